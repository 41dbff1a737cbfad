"""Shared fixtures. Corpus tests read ../shared/corpus; they skip where it is absent, except in
CI (CI=true), where a missing corpus is a failure, never a skip."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("CORPUS", ROOT.parent / "shared" / "corpus"))


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def extract_document(pdf: Path) -> Path:
    """One PDF built by a test, extracted beside it (exit 0 asserted): its document folder."""
    from pipeline.cli import main

    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out/documents" / pdf.stem


def table_shapes(out: Path) -> list[tuple[int, int, str]]:
    """Each table of a document folder as (rows, columns, its first cell's text, NFKC without white space), in
    the order tables.csv lists them; none where no table was written."""
    from real_truth import norm
    cells = read_csv(out / "tables.csv") if (out / "tables.csv").is_file() else []
    by: dict[str, list[dict]] = {}
    for c in cells:
        by.setdefault(c["table_id"], []).append(c)
    return [(max(int(c["row"]) for c in v), max(int(c["col"]) for c in v),
             norm(next(c["text"] for c in v if c["row"] == "1" and c["col"] == "1"))) for v in by.values()]


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "2022" / "honbun.pdf").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpus not found at {CORPUS}: CI must have ../shared/corpus")
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_out(corpus, tmp_path_factory) -> Path:
    """The three editions extracted once for the whole session, with no --edition flag."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("corpus_out")
    code = main(["extract", str(corpus / "2022"), str(corpus / "2021"), str(corpus / "2019"),
                 "--out", str(out), "-q"])
    assert code in (0, 3), code
    return out


@pytest.fixture(scope="session")
def real_out(corpus, tmp_path_factory) -> Path:
    """The corpus's real documents of other kinds, extracted once for the session."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("real_out")
    assert main(["extract", str(corpus / "real"), "--out", str(out), "-q"]) == 0   # documents are complete outputs (exit 4 only with --editions-only)
    return out / "documents"


@pytest.fixture(scope="session")
def samples_out(tmp_path_factory) -> Path:
    from pipeline.cli import main
    from samples.build_samples import build

    folder = tmp_path_factory.mktemp("samples")
    build(folder)
    out = tmp_path_factory.mktemp("samples_out")
    assert main(["extract", str(folder), "--out", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="session")
def corpus_diffs(corpus_out) -> Path:
    """corpus_out with the two consecutive edition diffs written into it."""
    from pipeline.cli import main

    for old, new in (("2019", "2021"), ("2021", "2022")):
        assert main(["diff", str(corpus_out / old), str(corpus_out / new), "--out", str(corpus_out)]) == 0
    return corpus_out


OWN_REAL = ROOT / "tests" / "real"   # real PDFs fetched into the repository, truth in tests/real/truth


@pytest.fixture(scope="session")
def own_real_out(tmp_path_factory) -> Path:
    """tests/real's documents, extracted once for the session."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("own_real_out")
    assert main(["extract", str(OWN_REAL), "--out", str(out), "-q"]) == 0   # documents are complete outputs
    return out / "documents"
