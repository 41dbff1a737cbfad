"""Issue 20: a hypothesis fuzz of damaged inputs over a complete output folder, asserting for
every exit code what is on disk: the previous complete edition survives byte-identical unless
it is replaced by a read with every file it had (each read whole, no count under half); no
traceback; a kept edition says so in one line with exit 1; nothing but the tool's own files."""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from samples.build_samples import build

MAIN, APPENDIX = "main_body_spaced_date_goals_footnotes.pdf", "appendix_split_row_leads.pdf"
KINDS = ["truncate", "flip", "xref", "empty", "eight_bytes", "password", "missing", "rotate", "scan", "no_cover"]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[Path, Path, dict[str, bytes]]:
    good = tmp_path_factory.mktemp("fuzz_good")
    build(good)
    complete = tmp_path_factory.mktemp("fuzz_complete")
    assert main(["extract", str(good), "--out", str(complete), "-q"]) == 0
    return good, complete, _snapshot(complete / "2099")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _damaged(data: bytes, kind: str, seed: int) -> bytes | None:
    rng = random.Random(seed)
    if kind == "truncate":
        return data[: rng.randrange(len(data) // 8, len(data))]
    if kind in ("flip", "xref"):
        out = bytearray(data)
        at = out.rfind(b"xref") if kind == "xref" else 0
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(max(at, 0), len(out))
            out[i] = ord(str(rng.randrange(10))) if kind == "xref" else rng.randrange(256)
        return bytes(out)
    if kind in ("empty", "eight_bytes", "missing"):
        return {"empty": b"", "eight_bytes": b"%PDF-1.7", "missing": None}[kind]
    doc = pymupdf.open(stream=data, filetype="pdf")
    page = rng.randrange(doc.page_count)
    if kind == "password":
        return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    if kind == "rotate":
        for p in doc:
            p.set_rotation(rng.choice([90, 180, 270]))
    elif kind == "scan":
        pix, rect = doc[page].get_pixmap(dpi=60), doc[page].rect
        doc.delete_page(page)
        doc.new_page(page, width=rect.width, height=rect.height).insert_image(rect, pixmap=pix)
    else:   # no_cover
        doc.delete_page(0)
    return doc.tobytes()


@given(seed=st.integers(0, 10**6), kind=st.sampled_from(KINDS), target=st.sampled_from([MAIN, APPENDIX]))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_damaged_inputs_never_shrink_a_complete_edition(world, tmp_path_factory, capfd, seed, kind, target):
    good, complete, before = world
    case = tmp_path_factory.mktemp("case")
    src = case / "in"
    src.mkdir()
    for f in good.iterdir():
        data = f.read_bytes() if f.name != target else _damaged(f.read_bytes(), kind, seed)
        if data is not None:
            (src / f.name).write_bytes(data)
    out = case / "out"
    shutil.copytree(complete, out)
    capfd.readouterr()
    code = main(["extract", str(src), "--out", str(out), "-q"])
    said = capfd.readouterr()
    err = said.err.strip().splitlines()
    assert "Traceback" not in said.err and said.out == "", said.err
    assert code in (0, 1, 3), (code, err)
    after = _snapshot(out / "2099")
    kept = [l for l in err if l.startswith("2099: partial: kept as it was")]
    if kept:
        assert code == 1 and after == before and len(kept) == 1, (code, err)
    elif after != before:   # replaced: only by a read with every file it had, each read whole
        doc = json.loads(after["document.json"])
        old = json.loads(before["document.json"])
        assert sorted(s["name"] for s in doc["sources"]) == sorted([MAIN, APPENDIX]), err
        assert not any(p["what"] in ("damaged_pdf", "no_text_layer") for p in _problems(after)), err
        for k in ("goals", "targets", "initiatives", "headings"):
            assert 2 * doc["report"]["found"][k] >= old["report"]["found"][k], (k, err)
    if code == 1:
        assert kept or any(target in l for l in err), err
    assert not [p.name for p in out.iterdir() if p.name.startswith(".ai-strategy")], "leftovers"
    json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def _problems(files: dict[str, bytes]) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(files.get("problems.csv", b"").decode("utf-8"))))
