"""Outputs are deterministic, UTF-8 with LF, and reruns skip what did not change."""
import json
import os

from pipeline.cli import main
from terminal import on_a_terminal


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".lock"}


def test_rerun_is_byte_identical(samples_out, tmp_path):
    from samples.build_samples import build

    src = tmp_path / "in"
    src.mkdir()
    build(src)
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["extract", str(src), "--out", str(a), "-q"]) == 0
    assert main(["extract", str(src), "--out", str(b), "-q", "--force"]) == 0
    assert _snapshot(a) == _snapshot(b)
    for name, data in _snapshot(a).items():
        assert b"\r\n" not in data and data.decode("utf-8")


def test_corpus_rerun_is_byte_identical(corpus, corpus_out, tmp_path):
    assert main(["extract", str(corpus / "2022"), "--out", str(tmp_path), "-q"]) == 0
    for name in ("headings.csv", "goals.csv", "initiatives.csv", "targets.csv", "document.json"):
        assert (tmp_path / "2022" / name).read_bytes() == (corpus_out / "2022" / name).read_bytes()


def test_rerun_with_nothing_changed_rewrites_nothing(tmp_path):
    from samples.build_samples import build

    src = tmp_path / "in"
    src.mkdir()
    build(src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0
    before = {p: os.stat(p).st_mtime_ns for p in out.rglob("*.csv")}
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0
    assert {p: os.stat(p).st_mtime_ns for p in out.rglob("*.csv")} == before


def test_a_rerun_reads_no_file_of_a_current_edition(tmp_path, monkeypatch):
    import pipeline.plan
    from samples.build_samples import build

    src = tmp_path / "in"
    src.mkdir()
    build(src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0

    def no_reading(path, sha256):
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(pipeline.plan, "read_file", no_reading)   # forked workers inherit it
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0


def test_a_rerun_that_reads_nothing_imports_no_stage(tmp_path):
    """The reading and structure stages (PyMuPDF, the patterns) are imported only when a file is to be read
    (reading.warm, before the first worker is forked): a rerun with every edition current imports none."""
    import subprocess
    import sys
    from pathlib import Path

    from samples.build_samples import build

    src = tmp_path / "in"
    src.mkdir()
    build(src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0
    probe = ("import sys; from pipeline.cli import main; code = main(sys.argv[1:]); "
             "print(code, sorted(m for m in sys.modules if m in ('pymupdf', 'extractors.layout', 'extractors.cover', "
             "'pipeline.edition', 'pipeline.datasets')))")
    run = subprocess.run([sys.executable, "-c", probe, "extract", str(src), "--out", str(out), "-q"],
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=True)
    assert run.stdout.split("\n")[0] == "0 []"


def test_a_file_that_joins_a_current_edition_redoes_it_whole(tmp_path):
    from samples.build_samples import appendix, main_body

    src = tmp_path / "in"
    src.mkdir()
    main_body(src / "main.pdf")
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0   # the main body alone
    sources = lambda: sorted(s["role"] for s in json.loads((out / "2099/document.json").read_text("utf-8"))["sources"])
    assert sources() == ["main"]
    appendix(src / "appendix.pdf")
    assert main(["extract", str(src), "--out", str(out), "-q"]) == 0
    assert sources() == ["appendix", "main"]
    assert len((out / "2099/initiatives.csv").read_text(encoding="utf-8").splitlines()) == 6


def test_two_workers_write_what_one_writes(tmp_path):
    from samples.build_samples import build

    for edition in ("2098", "2099"):
        (tmp_path / "in" / edition).mkdir(parents=True)
        build(tmp_path / "in" / edition, edition)
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "j1"), "-q", "-j", "1"]) == 0
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "j2"), "-q", "-j", "2"]) == 0
    one, two = _snapshot(tmp_path / "j1"), _snapshot(tmp_path / "j2")
    assert len(one) == 33 and {p.split("/")[0] for p in one} >= {"2098", "2099"}
    assert one == two


def test_progress_bar_only_on_a_terminal(tmp_path):
    import subprocess
    import sys

    from samples.build_samples import build

    for edition in ("2098", "2099"):
        (tmp_path / "in" / edition).mkdir(parents=True)
        build(tmp_path / "in" / edition, edition)
    cmd = [sys.executable, "-m", "pipeline", "extract", str(tmp_path / "in"), "--force"]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    piped = subprocess.run([*cmd, "--out", str(tmp_path / "a")], cwd=root, capture_output=True, text=True)
    assert piped.returncode == 0 and "[" not in piped.stderr and "\r" not in piped.stderr
    code, seen = on_a_terminal([*cmd[3:], "--out", str(tmp_path / "b")])
    assert code == 0
    assert b"\r[" in seen and b"4/4" in seen  # the bar (a step per file), redrawn in place
