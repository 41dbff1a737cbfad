"""Issue 20: an edition only grows or is replaced by a read with every file it had; what was
not extracted is said. Each case runs over a copy of a complete output folder and checks the
exit code, the lines and that the folder survives byte-identical (tests/test_hostile.py holds
the older fault matrix; tests/test_trust_fuzz.py the fuzz)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pymupdf
import pytest

from conftest import read_csv
from pipeline.cli import main
from samples.build_samples import build

MAIN, APPENDIX = "main_body_spaced_date_goals_footnotes.pdf", "appendix_split_row_leads.pdf"


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    build(folder)
    return folder


@pytest.fixture(scope="module")
def complete(good, tmp_path_factory) -> Path:
    """An output folder holding the complete 2099 edition (main body and appendix)."""
    out = tmp_path_factory.mktemp("complete")
    assert main(["extract", str(good), "--out", str(out), "-q"]) == 0
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _over_complete(complete: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(complete, out)
    return out


def _run(args: list[str], capsys) -> tuple[int, list[str]]:
    code = main(args)
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err), err
    return code, err


def _inputs(good: Path, tmp_path: Path, **files: bytes | None) -> Path:
    """A copy of the good inputs, with files replaced (bytes) or left out (None)."""
    src = tmp_path / "in"
    src.mkdir()
    for f in good.iterdir():
        if f.name in files and files[f.name] is None:
            continue
        given = files.get(f.name)
        (src / f.name).write_bytes(f.read_bytes() if given is None else given)
    return src


def _kept(out: Path, before: dict[str, bytes], code: int, err: list[str], name: str) -> None:
    assert code == 1, err
    assert snapshot(out / "2099") == before
    line = [l for l in err if l.startswith("2099: partial: kept as it was")]
    assert len(line) == 1 and name in line[0] and "--replace-smaller" in line[0], err


def test_a_rerun_with_the_main_body_only_keeps_the_complete_edition(good, complete, tmp_path, capsys):
    out = _over_complete(complete, tmp_path)
    before = snapshot(out / "2099")
    code, err = _run(["extract", str(good / MAIN), "--out", str(out), "-q"], capsys)
    _kept(out, before, code, err, APPENDIX)
    # the appendix was not given: the line must not say it was read (it said 'was not read whole')
    assert f"{APPENDIX} is not among the files read whole" in err[-1] and "was not read" not in err[-1], err


def test_replace_smaller_replaces_and_says_what_is_missing(good, complete, tmp_path, capsys):
    out = _over_complete(complete, tmp_path)
    code, err = _run(["extract", str(good / MAIN), "--out", str(out), "--replace-smaller"], capsys)
    assert code == 0 and len(err) == 2 and err[1].startswith("extract: 1 edition") and "not extracted: appendix" in err[0], err
    doc = json.loads((out / "2099/document.json").read_text(encoding="utf-8"))
    assert [m for m in doc["report"]["missing"] if m.startswith("appendix")], doc["report"]
    assert not (out / "2099/initiatives.csv").exists()


def test_an_appendix_alone_says_the_main_body_is_missing(good, tmp_path, capsys):
    code, err = _run(["extract", str(good / APPENDIX), "--out", str(tmp_path / "out")], capsys)
    assert code == 0 and len(err) == 2 and err[1].startswith("extract: 1 edition") and "not extracted: main body" in err[0], err
    doc = json.loads((tmp_path / "out/2099/document.json").read_text(encoding="utf-8"))
    assert [m for m in doc["report"]["missing"] if m.startswith("main body")], doc["report"]


def _password(data: bytes) -> bytes:
    doc = pymupdf.open(stream=data, filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")


@pytest.mark.parametrize("damage", ["eight_bytes", "empty", "truncated", "user_password", "missing"])
@pytest.mark.parametrize("strict", [False, True])
def test_an_appendix_that_cannot_be_read_keeps_the_complete_edition(good, complete, tmp_path, capsys, damage,
                                                                    strict):
    data = (good / APPENDIX).read_bytes()
    bad = {"eight_bytes": b"%PDF-1.7", "empty": b"", "truncated": data[: len(data) // 2],
           "user_password": _password(data) if damage == "user_password" else b"", "missing": None}[damage]
    src = _inputs(good, tmp_path, **{APPENDIX: bad})
    out = _over_complete(complete, tmp_path)
    before = snapshot(out / "2099")
    code, err = _run(["extract", str(src), "--out", str(out), "-q", *(["--strict"] if strict else [])], capsys)
    _kept(out, before, code, err, APPENDIX)
    if damage != "missing":   # the file's own line says what is wrong with it
        assert any(APPENDIX in l and not l.startswith("2099:") for l in err), err


def test_a_main_body_without_its_cover_does_not_rebuild_the_edition_from_the_appendix(good, complete, tmp_path,
                                                                                       capsys):
    doc = pymupdf.open(good / MAIN)
    doc.delete_page(0)   # the cover: the edition is no longer recognised, the file reads as a document
    src = _inputs(good, tmp_path, **{MAIN: doc.tobytes()})
    out = _over_complete(complete, tmp_path)
    before = snapshot(out / "2099")
    code, err = _run(["extract", str(src), "--out", str(out), "-q"], capsys)
    _kept(out, before, code, err, MAIN)


def test_a_read_with_every_file_replaces_the_edition(good, complete, tmp_path, capsys):
    """A new version of a member (same name, other bytes) read whole is an update, not a loss."""
    doc = pymupdf.open(good / APPENDIX)
    doc.set_metadata({"title": "revised"})
    src = _inputs(good, tmp_path, **{APPENDIX: doc.tobytes()})
    out = _over_complete(complete, tmp_path)
    code, err = _run(["extract", str(src), "--out", str(out), "-q"], capsys)
    assert code == 0 and err == []
    doc_json = json.loads((out / "2099/document.json").read_text(encoding="utf-8"))
    assert len(doc_json["sources"]) == 2 and len(read_csv(out / "2099/initiatives.csv")) == 5


def test_recovery_touches_only_the_tools_own_names(good, complete, tmp_path, capsys):
    """User dot-files, lookalike names, symlinks (to folders that hold the tool's own names, too)
    and a documents/ that is a symlink: a run (--force, so every edition is swapped) leaves each
    as it was; only a leftover of the tool's own (prefix and marker) is cleaned."""
    out = _over_complete(complete, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / ".ai-strategy.new.x").mkdir(parents=True)
    (elsewhere / ".ai-strategy.new.x/.ai-strategy-swap").write_text('{"holds": "2099"}')
    (elsewhere / ".ai-strategy.tmp.y").write_text("not yours")
    planted = {".netrc.tmp": "machine example.com", ".config.new.d/settings": "x", ".mozilla.old.1/prefs.js": "y",
               ".2099.old.abc/keep": "z", ".ai-strategy.new.nomarker/keep": "no marker inside",
               ".ai-strategy.old.badmarker/.ai-strategy-swap": '{"holds": "../../etc"}',
               ".ai-strategy.old.badmarker/2099/keep": "bad marker", ".ai-strategy.tmp.dir/keep": "a folder",
               "notes.new.txt": "mine"}
    for name, text in planted.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    links = {".ai-strategy.new.link": elsewhere / ".ai-strategy.new.x", ".ai-strategy.tmp.link": elsewhere / ".ai-strategy.tmp.y",
             ".ai-strategy.old.link": elsewhere, "documents": elsewhere}
    for name, target in links.items():
        (out / name).symlink_to(target)
    ours = out / ".ai-strategy.old.leftover"   # a killed run's own leftover: cleaned (2099 exists)
    (ours / "2099").mkdir(parents=True)
    (ours / ".ai-strategy-swap").write_text('{"holds": "2099"}')
    (out / ".ai-strategy.tmp.leftover").write_text("half a manifest")
    before = snapshot(elsewhere)
    code, err = _run(["extract", str(good), "--out", str(out), "-q", "--force"], capsys)
    assert code == 0, err
    for name, text in planted.items():
        assert (out / name).read_text() == text, name
    for name, target in links.items():
        assert (out / name).is_symlink() and os.readlink(out / name) == str(target), name
    assert snapshot(elsewhere) == before
    assert not ours.exists() and not (out / ".ai-strategy.tmp.leftover").exists()


FORMULAS = ["=SUM(A1:A9)", "＝２＊３", "+81 3 1234", "-1 を引く", "@cmd", "\tx", "＋1", "－1", "＠a",
            "'=quoted", "'plain", "a=b", "1-2"]


def test_formula_like_cells_are_neutralised_for_spreadsheets_only():
    """--bom (the spreadsheet target): a text cell beginning with = + - @ TAB CR (full-width
    too) gets a leading quote (OWASP); without it the CSV holds the text as printed; as_printed
    (what diff reads a --bom folder with) gives every text back."""
    import csv
    import io

    from pipeline.writers import as_printed, csv_bytes, spreadsheet_safe

    rows = [{"text": t, "n": -n} for n, t in enumerate(FORMULAS)]
    faithful = list(csv.DictReader(io.StringIO(csv_bytes(["text", "n"], rows).decode("utf-8"), newline="")))
    assert [r["text"] for r in faithful] == FORMULAS
    safe = list(csv.DictReader(io.StringIO(csv_bytes(["text", "n"], rows, bom=True).decode("utf-8-sig"), newline="")))
    assert [r["text"] for r in safe] == ["'" + t for t in FORMULAS[:10]] + FORMULAS[10:]
    assert [r["n"] for r in safe] == [str(-n) for n in range(len(FORMULAS))]   # numbers stay numbers
    assert [as_printed(r["text"]) for r in safe] == FORMULAS
    assert spreadsheet_safe("\rx") == "'\rx" and spreadsheet_safe(-1) == -1


def test_a_formula_in_a_pdf_is_neutralised_with_bom(tmp_path, capsys):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "＝２＊３＋ＨＹＰＥＲＬＩＮＫ", fontname="japan", fontsize=11)
    doc.save(tmp_path / "formula.pdf")
    for flag, expected in (([], "=2*3+HYPERLINK"), (["--bom"], "'=2*3+HYPERLINK")):
        out = tmp_path / f"out{len(flag)}"
        code, err = _run(["extract", str(tmp_path / "formula.pdf"), "--out", str(out), "-q", *flag], capsys)
        text = (out / "documents/formula/paragraphs.csv").read_text(encoding="utf-8-sig")
        assert text.splitlines()[1].endswith("," + expected), text


def test_a_change_to_the_code_or_the_settings_re_extracts(good, tmp_path, capsys, monkeypatch):
    """The manifest records the code's and the settings' fingerprints: a rerun with the same
    inputs skips only while both are the same (the version string alone stayed 0.2.0 over
    dozens of extractor commits)."""
    import pipeline.fingerprint as fp
    from extractors.settings import DEFAULT

    tree = tmp_path / "tree"
    for package in fp.PACKAGES:
        shutil.copytree(fp.ROOT / package, tree / package, ignore=shutil.ignore_patterns("__pycache__"))
    first = fp.code_fingerprint(tree)
    assert fp.code_fingerprint(tree) == first
    (tree / "extractors/headings.py").write_text((tree / "extractors/headings.py").read_text() + "# changed\n")
    assert fp.code_fingerprint(tree) != first
    assert fp.fingerprint()["settings"] == DEFAULT.fingerprint()

    out = tmp_path / "out"
    assert main(["extract", str(good), "--out", str(out), "-q"]) == 0
    code, err = _run(["extract", str(good), "--out", str(out)], capsys)
    assert code == 0 and any("unchanged, skipped" in l for l in err), err
    import pipeline.manifest

    real = fp.fingerprint()
    for changed in ({"code": "other code"}, {"settings": "other settings"}):
        monkeypatch.setattr(pipeline.manifest, "fingerprint", lambda settings, changed=changed: {**real, **changed})
        code, err = _run(["extract", str(good), "--out", str(out)], capsys)
        assert code == 0 and not any("unchanged, skipped" in l for l in err) and any("2099: success" in l for l in err), err
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["editions"]["2099"]["fingerprint"] == {**real, **changed}


def _note(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontname="japan")
    doc.save(path)
    return path


def test_two_files_of_one_name_are_two_documents(tmp_path, capsys):
    """2021/gaiyou.pdf and 2022/gaiyou.pdf (different bytes) become documents/gaiyou and
    documents/gaiyou-<8 hex of its SHA-256>, never one; a later run of the second alone goes to
    its own folder again, and the first stays as it was."""
    import hashlib

    one = _note(tmp_path / "in/2021/gaiyou.pdf", "二〇二一年の概要 説明の文")
    two = _note(tmp_path / "in/2022/gaiyou.pdf", "二〇二二年の概要 別の説明")
    out = tmp_path / "out"
    code, err = _run(["extract", str(tmp_path / "in"), "--out", str(out), "-q"], capsys)
    short = hashlib.sha256(two.read_bytes()).hexdigest()[:8]
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["gaiyou", f"gaiyou-{short}"]
    for folder, pdf in (("gaiyou", one), (f"gaiyou-{short}", two)):
        doc = json.loads((out / "documents" / folder / "document.json").read_text(encoding="utf-8"))
        assert [s["sha256"] for s in doc["sources"]] == [hashlib.sha256(pdf.read_bytes()).hexdigest()]
    before = snapshot(out / "documents/gaiyou")
    other = tmp_path / "out2"
    shutil.copytree(out, other)
    shutil.rmtree(other / "documents" / f"gaiyou-{short}")
    code, err = _run(["extract", str(two), "--out", str(other), "-q"], capsys)
    assert snapshot(other / "documents/gaiyou") == before
    assert (other / "documents" / f"gaiyou-{short}/document.json").is_file()


@pytest.mark.parametrize("where", ["pipeline.edition.merge", "pipeline.datasets.dataset_files",
                                   "pipeline.writers.replace_folder"])
@pytest.mark.parametrize("sig,code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_in_the_parent_stops_the_run(good, complete, tmp_path, capsys, monkeypatch, where, sig, code):
    """A Ctrl-C or SIGTERM that lands while the parent merges, renders or writes: exit 130/143,
    one line, the previous edition as it was (a broad except used to swallow it: exit 0; a
    second one left the file out as an internal error)."""
    import importlib
    import signal

    module, name = where.rsplit(".", 1)
    mod = importlib.import_module(module)
    real = getattr(mod, name)
    calls = []

    def stopped(*a, **kw):
        calls.append(1)
        if len(calls) <= 2:   # twice: the second lands where the first was handled
            os.kill(os.getpid(), getattr(signal, sig))
        return real(*a, **kw)

    monkeypatch.setattr(mod, name, stopped)
    if module == "pipeline.writers":
        import pipeline.run
        monkeypatch.setattr(pipeline.run, name, stopped)
    out = _over_complete(complete, tmp_path)
    before = snapshot(out / "2099")
    got, err = _run(["extract", str(good), "--out", str(out), "-q", "--force"], capsys)
    assert got == code and len(err) == 1 and ("Ctrl-C" if sig == "SIGINT" else "SIGTERM") in err[0], err
    assert snapshot(out / "2099") == before


@pytest.mark.parametrize("sig,code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_during_a_diff_stops_it(complete, tmp_path, capsys, monkeypatch, sig, code):
    import signal

    import pipeline.diff.compare as compare

    real = compare.compare

    def stopped(*a, **kw):
        os.kill(os.getpid(), getattr(signal, sig))
        return real(*a, **kw)

    monkeypatch.setattr(compare, "compare", stopped)
    edition = str(complete / "2099")
    got, err = _run(["diff", edition, edition, "--out", str(tmp_path / "d")], capsys)
    assert got == code and len(err) == 1 and "stopped by" in err[0], err
    assert not (tmp_path / "d").exists() or not list((tmp_path / "d").iterdir())


def _scanned(src: Path, page_no: int) -> bytes:
    """The PDF with one page replaced by a picture of it (no text layer), as a scanner makes it."""
    doc = pymupdf.open(src)
    pix = doc[page_no - 1].get_pixmap(dpi=100)
    rect = doc[page_no - 1].rect
    doc.delete_page(page_no - 1)
    page = doc.new_page(page_no - 1, width=rect.width, height=rect.height)
    page.insert_image(page.rect, pixmap=pix)
    return doc.tobytes()


def test_a_page_without_a_text_layer_is_a_problem(good, tmp_path, capsys):
    """A main body whose page 2 is an image of it: a problem row on that page, status partial,
    exit 3, one line saying so (it used to be success, exit 0, an empty problems.csv)."""
    src = _inputs(good, tmp_path, **{MAIN: _scanned(good / MAIN, 2)})
    out = tmp_path / "out"
    code, err = _run(["extract", str(src), "--out", str(out), "-q"], capsys)
    assert code == 3, err
    problems = [p for p in read_csv(out / "2099/problems.csv") if p["what"] == "no_text_layer"]
    assert [(p["page"], p["severity"]) for p in problems] == [("2", "error")]
    assert problems[0]["raw"].startswith("no text layer: scanned?")
    assert json.loads((out / "2099/document.json").read_text(encoding="utf-8"))["status"] == "partial"
    assert len([l for l in err if "no_text_layer on page 2" in l]) == 1, err
    doc = pymupdf.open(good / MAIN)   # every page of the good file has its text: no such row
    assert all(p["what"] != "no_text_layer" for p in read_csv(out / "2099/problems.csv") if p["file"] != MAIN)
    assert doc.page_count >= 2


def test_a_scanned_page_never_replaces_a_complete_edition(good, complete, tmp_path, capsys):
    src = _inputs(good, tmp_path, **{MAIN: _scanned(good / MAIN, 2)})
    out = _over_complete(complete, tmp_path)
    before = snapshot(out / "2099")
    code, err = _run(["extract", str(src), "--out", str(out), "-q"], capsys)
    _kept(out, before, code, err, "damaged")


def _turned(src: Path, degrees: int) -> bytes:
    """The PDF with /Rotate set on every page over its upright text (a viewer shows it sideways)."""
    doc = pymupdf.open(src)
    for page in doc:
        page.set_rotation(degrees)
    return doc.tobytes()


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_main_body_rotated_over_its_upright_text_is_read_in_its_own_direction(good, complete, tmp_path, capsys,
                                                                                 degrees):
    """/Rotate over upright text: the text is read in its own direction (the datasets equal the
    upright file's), a note row per page says so; it used to give a few of the goals, exit 0."""
    src = _inputs(good, tmp_path, **{MAIN: _turned(good / MAIN, degrees)})
    out = tmp_path / "out"
    code, err = _run(["extract", str(src), "--out", str(out), "-q"], capsys)
    assert code == 0, err
    for name in ("headings.csv", "goals.csv", "footnotes.csv", "paragraphs.csv", "initiatives.csv"):
        assert (out / "2099" / name).read_bytes() == (complete / "2099" / name).read_bytes(), name
    notes = [p for p in read_csv(out / "2099/problems.csv") if p["what"] == "rotated_over_text"]
    assert notes and all(p["severity"] == "note" for p in notes)
    assert len(notes) == pymupdf.open(good / MAIN).page_count
