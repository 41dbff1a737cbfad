"""Issue 20: the diff command on hostile and unusual inputs. Every malformed input is one line
naming the file, exit 2 and nothing written (no traceback); folders written with --bom read as
the same editions; editions given newest first are compared oldest first; exit codes 0 same,
1 differ (--exit-code), 2 trouble."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.cli import main


def _lines(capsys) -> list[str]:
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err), err
    return err


def _short_row(f: Path) -> None:
    lines = (f / "initiatives.csv").read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3].split(",")[0]
    (f / "initiatives.csv").write_text("\n".join(lines), encoding="utf-8")


def _unterminated(f: Path) -> None:
    (f / "initiatives.csv").write_text((f / "initiatives.csv").read_text(encoding="utf-8") + 'I0,1,T0,"open quote',
                                       encoding="utf-8")


def _long_seq(f: Path) -> None:
    lines = (f / "targets.csv").read_text(encoding="utf-8").split("\n")
    cells = lines[1].split(",")
    cells[1] = "9" * 5000
    lines[1] = ",".join(cells)
    (f / "targets.csv").write_text("\n".join(lines), encoding="utf-8")


def _nested(f: Path) -> None:
    (f / "document.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


@pytest.mark.parametrize("damage,words", [
    (_short_row, "not as many fields"),
    (_unterminated, "not a readable CSV"),
    (_long_seq, "is not a whole number of at most 9 digits"),
    (_nested, "not valid JSON"),
    (lambda f: shutil.rmtree(f), "no such folder"),
    (lambda f: (f / "targets.csv").unlink(), "no such file"),
])
def test_a_malformed_input_is_one_line_and_exit_2(corpus_out, tmp_path, capsys, damage, words):
    folder = tmp_path / "2022"
    shutil.copytree(corpus_out / "2022", folder)
    damage(folder)
    capsys.readouterr()
    code = main(["diff", str(corpus_out / "2021"), str(folder), "--out", str(tmp_path / "out"), "--exit-code"])
    err = _lines(capsys)
    assert code == 2 and len(err) == 1 and words in err[0] and str(folder) in err[0], (code, err)
    assert not (tmp_path / "out").exists()


def test_folders_written_with_bom_diff_as_the_same_editions(corpus, corpus_diffs, tmp_path, capsys):
    """--bom folders (a BOM, formula-like cells quoted) read back to the same texts: the change
    list equals the one from the plain folders."""
    out = tmp_path / "bom"
    assert main(["extract", str(corpus / "2021"), str(corpus / "2022"), "--out", str(out), "-q", "--bom"]) in (0, 3)
    capsys.readouterr()
    assert main(["diff", str(out / "2021"), str(out / "2022"), "--out", str(out), "-q"]) == 0, _lines(capsys)
    for name in ("changes.csv", "target_changes.csv", "ministry_summary.csv", "report.html"):
        assert (out / "diff_2021_2022" / name).read_bytes() == (corpus_diffs / "diff_2021_2022" / name).read_bytes()


def test_editions_given_newest_first_are_compared_oldest_first(corpus_out, corpus_diffs, tmp_path, capsys):
    capsys.readouterr()
    code = main(["diff", str(corpus_out / "2022"), str(corpus_out / "2021"), "--out", str(tmp_path)])
    err = _lines(capsys)
    assert code == 0 and len(err) == 1 and "compared oldest first: 2021 → 2022" in err[0], err
    assert not (tmp_path / "diff_2022_2021").exists()
    assert (tmp_path / "diff_2021_2022/changes.csv").read_bytes() == \
        (corpus_diffs / "diff_2021_2022/changes.csv").read_bytes()


def test_exit_codes_same_differ_trouble(corpus_out, tmp_path, capsys):
    a, b = str(corpus_out / "2021"), str(corpus_out / "2022")
    assert main(["diff", b, b, "--out", str(tmp_path), "--exit-code", "-q"]) == 0
    assert main(["diff", a, b, "--out", str(tmp_path), "--exit-code", "-q"]) == 1
    assert main(["diff", a, str(tmp_path / "nowhere"), "--out", str(tmp_path), "--exit-code", "-q"]) == 2
    (tmp_path / "file").write_text("x")
    assert main(["diff", a, b, "--out", str(tmp_path / "file"), "-q"]) == 2
    assert len(_lines(capsys)) == 2
