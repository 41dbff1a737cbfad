"""One summary line at the end of every extract run on stderr (editions, documents written,
unchanged, failed, non-PDF files skipped, time); -q prints errors only: no summary, no
document notice, no progress."""
from __future__ import annotations

import re
import shutil

from pipeline.cli import main
from terminal import on_a_terminal

SUMMARY = re.compile(r"^extract: (\d+) editions?, (\d+) documents? written, (\d+) unchanged, (\d+) failed, "
                     r"(\d+) non-PDF files? skipped; \d+\.\d s$")


def _inputs(corpus, folder):
    folder.mkdir()
    for name in ("honbun.pdf", "bessi.pdf"):
        shutil.copy(corpus / "2022" / name, folder / name)
    shutil.copy(corpus / "real" / "startup_funding_policy.pdf", folder / "policy.pdf")
    (folder / "notes.txt").write_text("not a PDF", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "data.csv").write_text("a,b\n", encoding="utf-8")
    return folder


def _summary(err: str) -> tuple[int, ...]:
    last = err.strip().splitlines()[-1]
    m = SUMMARY.match(last)
    assert m, last
    return tuple(int(g) for g in m.groups())


def test_every_run_ends_with_one_summary_line(corpus, tmp_path, capsys):
    src = _inputs(corpus, tmp_path / "in")
    out = str(tmp_path / "out")
    main(["extract", str(src), "--out", out])
    err = capsys.readouterr().err
    assert _summary(err) == (1, 1, 0, 0, 2)
    assert "\r" not in err and "[#" not in err      # no progress bar on a pipe
    assert sum(bool(SUMMARY.match(line)) for line in err.splitlines()) == 1
    main(["extract", str(src), "--out", out])
    assert _summary(capsys.readouterr().err) == (0, 0, 2, 0, 2)
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    main(["extract", str(src), "--out", out])
    err = capsys.readouterr().err
    assert _summary(err) == (0, 0, 2, 1, 2), err


def test_quiet_prints_errors_only(corpus, tmp_path, capsys):
    src = _inputs(corpus, tmp_path / "in")
    main(["extract", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert capsys.readouterr().err == ""    # no document notice, no summary
    (src / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    main(["extract", str(src), "--out", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "broken.pdf" in err[0]


def _on_a_terminal(args: list[str]) -> bytes:
    return on_a_terminal(args)[1]


def test_progress_names_each_file_on_a_terminal_and_quiet_says_nothing(corpus, tmp_path):
    src = _inputs(corpus, tmp_path / "in")
    seen = _on_a_terminal(["extract", str(src), "--out", str(tmp_path / "a")])
    assert b"\r[" in seen and b"3/3" in seen   # the bar, a step per file, redrawn in place
    assert all(name.encode() in seen for name in ("honbun.pdf", "bessi.pdf", "policy.pdf"))   # each by name
    assert SUMMARY.match(seen.decode().replace("\r\n", "\n").strip().splitlines()[-1])
    assert _on_a_terminal(["extract", str(src), "--out", str(tmp_path / "b"), "-q"]) == b""


def test_links_to_nothing_in_a_folder_are_named_not_dropped(corpus, tmp_path, capsys):
    """An archivist's folder with junk: a .pdf link whose target is gone, a .pdf link loop, a
    folder named x.pdf, an empty .pdf and a .txt. Each bad file is one line naming it and what to
    do, counted as failed, exit 1 (the links were dropped without a word, and a loop given by
    name was 'no such file or folder')."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(corpus / "real" / "startup_funding_policy.pdf", src / "policy.pdf")
    (src / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (src / "loop.pdf").symlink_to(src / "loop.pdf")
    (src / "x.pdf").mkdir()
    (src / "empty.pdf").write_bytes(b"")
    (src / "notes.txt").write_text("not a PDF", encoding="utf-8")
    assert main(["extract", str(src), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert _summary("\n".join(err)) == (0, 1, 0, 3, 1)
    for name in ("gone.pdf", "loop.pdf"):
        line, = [e for e in err if name in e]
        assert "symbolic link to nothing" in line and "Traceback" not in line
    assert main(["extract", str(src / "loop.pdf"), "--out", str(tmp_path / "out")]) == 1
    assert "symbolic link to nothing" in capsys.readouterr().err.splitlines()[0]


def test_an_output_folder_inside_the_input_folder_is_not_counted_as_skipped(corpus, tmp_path, capsys):
    """--out inside the folder being read: a rerun counted the tool's own CSVs, JSON and Markdown
    as non-PDF input files skipped (2 became 17)."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(corpus / "real" / "startup_funding_policy.pdf", src / "policy.pdf")
    (src / "notes.txt").write_text("not a PDF", encoding="utf-8")
    for _ in range(2):
        assert main(["extract", str(src), "--out", str(src / "out")]) == 0
        assert _summary(capsys.readouterr().err)[4] == 1
