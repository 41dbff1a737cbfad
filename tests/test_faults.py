"""Fault matrix: each bad input gives one clear stderr line naming the file and the remedy,
a non-zero exit, and the good inputs beside it still give complete datasets."""
import fcntl
import json
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import read_csv
from pipeline.cli import main
from pipeline.plan import safe_name


def _write_faults(folder):
    (folder / "not_a_pdf.pdf").write_text("hello, this is text", encoding="utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    from samples.build_samples import build

    good = build(folder)
    (folder / "truncated.pdf").write_bytes(good[1].read_bytes()[:900])
    d = pymupdf.open(); d.new_page().insert_text((72, 72), "secret", fontname="japan")
    d.save(folder / "user_password.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    d = pymupdf.open(); d.new_page().draw_rect((50, 50, 300, 300), fill=(0, 0, 0))
    d.save(folder / "scanned.pdf")
    d = pymupdf.open(); d.new_page().insert_text((72, 72), "献立表 月曜日 カレーライス", fontname="japan")
    d.save(folder / "lunch_menu.pdf")


MATRIX = [  # (file, words the stderr line must hold)
    ("not_a_pdf.pdf", "not a PDF"),
    ("empty.pdf", "empty"),
    ("truncated.pdf", "corrupt or truncated"),
    ("user_password.pdf", "user password"),
    ("scanned.pdf", "OCR"),
    ("lunch_menu.pdf", "not an AI戦略 edition"),
]


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("faults")
    _write_faults(src)
    out = tmp_path_factory.mktemp("fault_out")
    return src, out


@pytest.mark.parametrize("name,words", MATRIX)
def test_fault_matrix(fault_run, capsys, name, words):
    src, out = fault_run
    code = main(["extract", str(src), "--out", str(out), "--force"])   # not -q: it silences the document notice
    err = capsys.readouterr().err.splitlines()
    lines = [l for l in err if name in l]
    assert code == 1
    assert len(lines) == 1 and words in lines[0], err
    # the good inputs beside the bad ones are complete
    assert len(read_csv(out / "2099/initiatives.csv")) == 5
    assert len(read_csv(out / "2099/headings.csv")) == 5


def test_not_strategy_output_cannot_collide_with_an_edition(fault_run):
    src, out = fault_run
    main(["extract", str(src), "--out", str(out), "-q", "--force"])
    paragraphs = read_csv(out / "documents/lunch_menu/paragraphs.csv")
    assert any("献立表" in p["text"] for p in paragraphs)
    report = json.loads((out / "documents/lunch_menu/document.json").read_text(encoding="utf-8"))
    assert report["kind"] == "document" and report["status"] == "success" and report["report"]["missing"]


def test_a_second_run_into_the_same_folder_is_refused(tmp_path, capsys):
    from samples.build_samples import build

    build(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "w") as held:  # as a run in progress holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(["extract", str(tmp_path), "--out", str(out), "-q"]) == 1
    assert "another extract run is writing here" in capsys.readouterr().err
    assert not (out / "2099").exists()
    assert main(["extract", str(tmp_path), "--out", str(out), "-q"]) == 0  # lock released


def test_page_limit(tmp_path, capsys, monkeypatch):
    from extractors import budgets
    from samples.build_samples import build

    build(tmp_path)
    monkeypatch.setattr(budgets, "MAX_PAGES", 2)
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "main_body_spaced_date_goals_footnotes.pdf: 3 pages is over the budget of 2 pages per file" in err


@given(st.text(min_size=0, max_size=60))
def test_folder_names_from_untrusted_names_stay_inside(name):
    folder = safe_name(name + ".pdf")
    assert folder and "/" not in folder and "\\" not in folder and not folder.startswith(".")
    assert (Path("/out") / folder).resolve().parent == Path("/out")


def test_owner_password_only_opens(corpus, tmp_path):
    assert main(["extract", str(corpus / "2022/honbun.pdf"), "--out", str(tmp_path), "-q"]) == 0


def test_unknown_ministry_is_kept_and_reported(tmp_path, capsys):
    from samples.build_samples import appendix
    import samples.build_samples as sb

    orig = sb.Table.row

    def row(self, left, right, size=10):
        right = [(s.replace("防", "未知庁"), u) for s, u in right]
        return orig(self, left, right, size)

    sb.Table.row = row
    try:
        appendix(tmp_path / "bessi.pdf")
    finally:
        sb.Table.row = orig
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "bessi.pdf"), "--out", str(out)]) == 3
    assert "未知庁" in capsys.readouterr().err
    rows = read_csv(out / "2099/initiative_ministries.csv")
    assert any(r["printed"] == "未知庁" and r["ministry_id"] == "" for r in rows)
    assert any(p["what"] == "unknown_ministry" and p["raw"] == "未知庁" for p in read_csv(out / "2099/problems.csv"))
    assert main(["extract", str(tmp_path / "bessi.pdf"), "--out", str(tmp_path / "strict"), "--strict"]) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_internal_error_costs_only_its_own_edition(tmp_path, capsys, monkeypatch, jobs):
    import pipeline.edition
    from samples.build_samples import build

    for edition in ("2098", "2099"):
        (tmp_path / "in" / edition).mkdir(parents=True)
        build(tmp_path / "in" / edition, edition)
    real = pipeline.edition.merge

    def merge(parts, edition):
        if edition == "2098":
            raise IndexError("a bug met on this document")
        return real(parts, edition)

    monkeypatch.setattr(pipeline.edition, "merge", merge)
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "-q", "-j", jobs]) == 1
    err = [l for l in capsys.readouterr().err.splitlines() if "internal error" in l]
    assert err and all("2098" in line and "IndexError: a bug met on this document" in line for line in err)
    assert not (out / "2098").exists()
    assert len(read_csv(out / "2099/initiatives.csv")) == 5
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["editions"]) == ["2099"]
