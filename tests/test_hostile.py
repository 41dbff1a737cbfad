"""Hostile and damaged input (issue 12's fault matrix): for each case the message, the exit
code and the state of DIR afterwards; bombs and pathological pages within their budgets of
time and memory; the files beside a bad one complete. Crafted files come from tests/hostile.py."""
from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
from conftest import read_csv
from pipeline.cli import main
from samples.build_samples import appendix, build

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], capsys) -> tuple[int, list[str]]:
    code = main(args)
    err = capsys.readouterr().err.strip().splitlines()
    assert not any("Traceback" in line for line in err)
    return code, err


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """A stream that inflates to 0.4 GB, built once for the module."""
    return hostile.inflation_bomb(tmp_path_factory.mktemp("bomb") / "bomb.pdf", gigabytes=0.4)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    build(folder)
    return folder


def _complete(out: Path, edition: str = "2099") -> bool:
    return len(read_csv(out / edition / "initiatives.csv")) == 5 and len(read_csv(out / edition / "headings.csv")) == 5


def test_inflation_bomb_costs_only_itself(good, bomb, tmp_path, capsys, monkeypatch):
    from extractors import budgets

    monkeypatch.setattr(budgets, "SECONDS_PER_COVER", 0.5)   # the bomb needs longer than this to read
    monkeypatch.setattr(budgets, "SECONDS_PER_FILE", 1.0)
    src = tmp_path / "in"
    shutil.copytree(good, src)
    shutil.copy(bomb, src / "bomb.pdf")
    started = time.monotonic()
    code, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert time.monotonic() - started < 30
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1.5 * 2**20  # KB: under 1.5 GB
    assert code == 1 and [l for l in err if "bomb.pdf" in l] == [l for l in err if "budget" in l]
    assert len([l for l in err if "bomb.pdf" in l]) == 1 and _complete(tmp_path / "out")


def test_a_file_over_the_memory_budget_costs_only_itself(good, tmp_path, capsys, monkeypatch):
    import extractors.layout as layout

    real = layout.read_pdf

    def hungry(path, **kw):
        if "appendix" in path and not kw.get("first_pages"):
            hog = [bytearray(2**20) for _ in range(4096)]   # 4 GB: over the worker's budget
            del hog
        return real(path, **kw)

    monkeypatch.setattr(layout, "read_pdf", hungry)   # forked workers inherit it
    code, err = _run(["extract", str(good), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 1 and len(err) == 1 and "memory budget" in err[0] and "appendix" in err[0], err
    headings = read_csv(tmp_path / "out/2099/headings.csv")   # the main body is there, marked partial
    assert len(headings) == 5
    assert json.loads((tmp_path / "out/2099/document.json").read_text(encoding="utf-8"))["sources"][0]["role"] == "main"


def _allocate_50_mb() -> int:
    block = [bytearray(2**20) for _ in range(50)]
    return len(block)


def test_a_parent_grown_large_leaves_its_worker_the_whole_budget():
    """The worker's budget is what a read may add to the address space it inherits at the fork: a parent that holds
    more than the budget itself (a long test session, a batch's caches: here 1.5 GB reserved, never touched) leaves its
    workers as much room as a fresh one. Before, the cap was absolute: a worker forked from such a parent could not
    take 50 MB, and MuPDF's MemoryError on opening a sound file was reported as "the PDF is corrupt or truncated ()"
    (layout._open now lets a MemoryError through to the worker, which names the budget)."""
    import mmap

    from pipeline.isolation import Task, run_tasks

    reserved = mmap.mmap(-1, 3 * 2**29)   # 1.5 GB of address space, no page of it touched
    try:
        done = list(run_tasks([Task("a", _allocate_50_mb, (), 30.0)], 1, 2**30))
    finally:
        reserved.close()
    assert [result for _, result in done] == [50]


@pytest.mark.parametrize("make,count,words", [(hostile.many_rules, 99_000, None),
                                              (hostile.many_spans, 200_000, "over the budget of 100000")])
def test_pathological_pages_are_fast(tmp_path, capsys, make, count, words):
    pdf = make(tmp_path / "page.pdf", count)
    started = time.monotonic()
    code, err = _run(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert time.monotonic() - started < 20
    if words:
        assert code == 1 and len(err) == 1 and words in err[0]
    else:
        assert code == 0 and (tmp_path / "out/documents/page/paragraphs.csv").is_file()


def test_lone_surrogate_costs_nothing_but_a_warning(good, tmp_path, capsys):
    src = tmp_path / "in"
    shutil.copytree(good, src)
    hostile.surrogate_text(src / "broken_font_map.pdf")
    code, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 0 and _complete(tmp_path / "out")
    problems = read_csv(tmp_path / "out/documents/broken_font_map/problems.csv")
    assert [p["what"] for p in problems] == ["unreadable_characters"]
    assert "\ufffd" in read_csv(tmp_path / "out/documents/broken_font_map/paragraphs.csv")[0]["text"]


def test_a_stencil_mask_where_a_label_stands_is_read_past(good, tmp_path, capsys):
    """A picture with no colour space (a stencil mask) right before a line, where a label printed
    as a picture would stand, is no label and no failure: the line is read as printed."""
    src = tmp_path / "in"
    src.mkdir()
    hostile.stencil_label(src / "stencil.pdf")
    code, _ = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 0
    text = "".join(p["text"] for p in read_csv(tmp_path / "out/documents/stencil/paragraphs.csv"))
    assert "カタログの定義" in text


def test_the_same_file_twice_is_read_once(good, tmp_path, capsys):
    src = tmp_path / "in"
    shutil.copytree(good, src)
    shutil.copy(src / "appendix_split_row_leads.pdf", src / "copy_of_appendix.pdf")
    code, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 0 and len(err) == 1 and "same file as" in err[0] and "copy_of_appendix.pdf" in err[0]
    assert _complete(tmp_path / "out")


def test_an_overview_is_kept_apart_from_its_edition(good, tmp_path, capsys):
    import pymupdf

    src = tmp_path / "in"
    shutil.copytree(good, src)
    d = pymupdf.open()
    p = d.new_page()
    p.insert_text((150, 200), "ＡＩ戦略２０９９の概要", fontname="japan", fontsize=24)
    p.insert_text((72, 300), "第一部 基本的事項の要点を一枚にまとめたもの", fontname="japan", fontsize=11)
    d.save(src / "gaiyou.pdf")
    code, _ = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 0 and _complete(tmp_path / "out")
    doc = json.loads((tmp_path / "out/2099/document.json").read_text(encoding="utf-8"))
    assert doc["title"] == "AI戦略2099" and len(doc["sources"]) == 2
    assert (tmp_path / "out/documents/gaiyou/document.json").is_file()


def test_a_failing_member_never_replaces_a_complete_edition(good, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(good), "--out", str(out), "-q"]) == 0
    before = {f.name: f.read_bytes() for f in (out / "2099").iterdir()}
    src = tmp_path / "in"
    shutil.copytree(good, src)
    data = (src / "appendix_split_row_leads.pdf").read_bytes()
    (src / "appendix_split_row_leads.pdf").write_bytes(data[: len(data) * 2 // 3])
    code, err = _run(["extract", str(src), "--out", str(out), "-q", "--force"], capsys)
    assert code == 1 and any("kept as it was" in l for l in err), err
    assert {f.name: f.read_bytes() for f in (out / "2099").iterdir()} == before


def test_sigterm_stops_cleanly_and_frees_the_lock(good, bomb, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(good, src)
    shutil.copy(bomb, src / "slow.pdf")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(src), "--out", str(out), "-j", "2", "-q"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143 and len(err.strip().splitlines()) == 1 and "SIGTERM" in err, err
    assert main(["extract", str(good), "--out", str(out), "-q"]) == 0   # the lock died with the run


def test_a_killed_worker_costs_only_its_file(tmp_path, capsys, monkeypatch):
    import pipeline.plan

    for edition in ("2098", "2099"):
        (tmp_path / "in" / edition).mkdir(parents=True)
        build(tmp_path / "in" / edition, edition)
    real = pipeline.plan.read_file

    def dies(path, sha256, settings):
        if "2098" in path:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, sha256, settings)

    monkeypatch.setattr(pipeline.plan, "read_file", dies)
    code, err = _run(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", "-j", "2"], capsys)
    killed = list((tmp_path / "in/2098").iterdir())   # one line per file whose worker was killed
    assert code == 1 and len(err) == len(killed) and all("/2098/" in e and "signal 9" in e for e in err), err
    assert _complete(tmp_path / "out") and not (tmp_path / "out/2098").exists()


def test_output_that_is_a_file_is_one_line(good, tmp_path, capsys):
    out = tmp_path / "out"
    out.write_text("x")
    code, err = _run(["extract", str(good), "--out", str(out)], capsys)
    assert code == 1 and len(err) == 1 and str(out) in err[0]


def test_a_full_disk_is_one_line_per_edition_and_every_edition_is_tried(tmp_path, capsys, monkeypatch):
    import errno

    import pipeline.writers

    for edition in ("2098", "2099"):
        (tmp_path / "in" / edition).mkdir(parents=True)
        build(tmp_path / "in" / edition, edition)

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pipeline.writers.os, "fsync", full)
    code, err = _run(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 1 and len(err) == 2 and all("No space left on device" in l for l in err), err
    assert not [p for p in (tmp_path / "out").iterdir() if p.name not in (".lock",)]


def test_names_are_escaped_and_kept_apart(tmp_path, capsys):
    import pymupdf

    src = tmp_path / "in"
    src.mkdir()
    for name in ("資料一.pdf", "資料二.pdf", "bad\nname\x1b[31m.pdf"):
        d = pymupdf.open()
        d.new_page().insert_text((72, 72), f"{name[:3]} の説明", fontname="japan")
        d.save(src / name)
    code, err = _run(["extract", str(src), "--out", str(tmp_path / "out")], capsys)
    assert code == 0 and not any("\x1b" in l for l in err) and any("bad\\x0aname\\x1b[31m.pdf" in l for l in err)
    folders = sorted(p.name for p in (tmp_path / "out/documents").iterdir())
    assert len(folders) == 3 and all(f.isascii() for f in folders)


def test_a_rerun_reports_what_is_still_there(tmp_path, capsys):
    import pymupdf

    d = pymupdf.open()
    d.new_page().insert_text((72, 72), "献立表 月曜日 カレーライス", fontname="japan")
    d.save(tmp_path / "menu.pdf")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "menu.pdf"), "--out", str(out), "-q"]) == 0   # a document is complete
    assert main(["extract", str(tmp_path / "menu.pdf"), "--out", str(out), "-q"]) == 0
    for _ in range(2):   # asking for editions only: 4, written and skipped alike
        assert main(["extract", str(tmp_path / "menu.pdf"), "--out", str(out), "-q", "--editions-only"]) == 4
    assert main(["extract", str(tmp_path / "menu.pdf"), "--out", str(out), "-q", "--editions-only", "--force"]) == 4


def test_outputs_get_the_usual_modes(good, tmp_path):
    assert main(["extract", str(good), "--out", str(tmp_path / "out"), "-q"]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "out/2099").stat().st_mode) == 0o777 & ~mask
    assert stat.S_IMODE((tmp_path / "out/manifest.json").stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("argv", [["--edition", "２０１９"], ["-v", "-q"]])
def test_bad_usage_is_refused(good, tmp_path, argv):
    with pytest.raises(SystemExit) as e:
        code = main(["extract", str(good), "--out", str(tmp_path), *argv])
        raise SystemExit(code)
    assert e.value.code == 2


def test_a_data_row_shaped_like_a_header_stays_data(tmp_path, capsys):
    """Rows holding 施策 or 府省 at the top of a continuation page are rows, not headers."""
    import pymupdf

    import samples.build_samples as sb

    doc = pymupdf.open()
    p = doc.new_page()
    sb.text(p, 180, 110, "「ＡＩ戦略2099」別紙", 16)
    sb.text(p, 67, 238, "＜具体目標＞", 10.5)
    sb.text(p, 78, 254, "防災の高度化", 10.5)
    t = sb.Table(doc, p, 700)
    t.row(["取組"], [("関係府省庁", False)])
    t.row(["気象データの活用"], [("国", False)])
    t.break_page()
    t.row(["防災施策の推進"], [("◎府", False)])
    t.row(["事項の整理"], [("府省", False)])
    t.close()
    doc.save(tmp_path / "bessi.pdf")
    code, _ = _run(["extract", str(tmp_path / "bessi.pdf"), "--out", str(tmp_path / "out"), "-q"], capsys)
    rows = read_csv(tmp_path / "out/2099/initiatives.csv")
    assert [r["text"] for r in rows] == ["気象データの活用", "防災施策の推進", "事項の整理"]
    assert rows[1]["lead"] == "内閣府"


def _corrupt(data: bytes, seed: int, kind: str) -> bytes:
    rng = random.Random(seed)
    if kind == "truncate":
        return data[: rng.randrange(len(data) // 4, len(data))]
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if kind == "flip":
            i = rng.randrange(len(out))
            out[i] = rng.randrange(256)
        else:  # a broken cross-reference: digits of the xref table changed
            at = out.rfind(b"xref")
            i = rng.randrange(at, len(out)) if at > 0 else rng.randrange(len(out))
            out[i] = ord(str(rng.randrange(10)))
    return bytes(out)


@pytest.fixture(scope="module")
def fuzz_inputs(tmp_path_factory) -> tuple[bytes, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    build(folder)
    return (folder / "appendix_split_row_leads.pdf").read_bytes(), folder / "main_body_spaced_date_goals_footnotes.pdf"


@given(seed=st.integers(0, 10**6), kind=st.sampled_from(["truncate", "flip", "xref"]))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_corrupted_input_gives_one_line_or_complete_data(fuzz_inputs, tmp_path_factory, capfd, seed, kind):
    """A damaged appendix beside a good main body: never a traceback; exit 0 only with every
    row complete; otherwise one line naming the file, or problems.csv saying what is missing;
    the good file's datasets always written."""
    data, main_body = fuzz_inputs
    src = tmp_path_factory.mktemp("case")
    shutil.copy(main_body, src / main_body.name)
    (src / "appendix.pdf").write_bytes(_corrupt(data, seed, kind))
    out = src / "out"
    capfd.readouterr()
    code = main(["extract", str(src), "--out", str(out), "-q"])
    said = capfd.readouterr()
    assert "Traceback" not in said.err and said.out == ""       # MuPDF's messages never reach stdout
    assert code in (0, 1, 3, 4), said.err
    headings = out / "2099/headings.csv"
    assert headings.is_file() and len(read_csv(headings)) == 5   # the good file is never lost
    if code == 0 and (out / "documents/appendix").is_dir():   # read whole, but no longer as this edition's
        doc = json.loads((out / "2099/document.json").read_text(encoding="utf-8"))
        assert [m for m in doc["report"]["missing"] if m.startswith("appendix")], doc["report"]
    elif code == 0:
        rows = read_csv(out / "2099/initiatives.csv")
        assert len(rows) == 5 and all(r["ministries"] for r in rows)
    elif code == 1:
        assert any("appendix.pdf" in line for line in said.err.splitlines())


def test_bytes_before_the_header_are_read_as_viewers_read_them(good, tmp_path, capsys):
    """A tool's banner written before %PDF- (within the first 1024 bytes, as readers allow):
    the file is read, and the repair MuPDF made is reported, not hidden."""
    src = tmp_path / "in"
    src.mkdir()
    for f in good.iterdir():
        (src / f.name).write_bytes(b"GPL Ghostscript 10.02.0\nProcessing pages 1 through 2.\n" + f.read_bytes())
    code, err = _run(["extract", str(src), "--out", str(tmp_path / "out"), "-q"], capsys)
    assert code == 3 and _complete(tmp_path / "out"), err
    assert any(p["what"] == "damaged_pdf" for p in read_csv(tmp_path / "out/2099/problems.csv"))


def test_a_stop_landing_in_a_finaliser_still_stops(capsys):
    """SIGTERM arriving while Python runs an object's __del__ cannot be raised there (Python
    prints 'Exception ignored' and goes on): it is delivered again and stops the work, with one
    line and exit 143, not a finished run that ignored it."""
    from pipeline.exit_codes import ExitCode
    from pipeline.stopping import stoppable

    class SignalledWhileFinalised:
        def __del__(self):
            signal.raise_signal(signal.SIGTERM)   # the handler runs here, inside __del__
            sum(range(1000))

    def work():
        SignalledWhileFinalised()                 # made and finalised at once
        for _ in range(200):                      # the rest of the work: the stop lands here
            time.sleep(0.01)
        return ExitCode.OK

    assert stoppable(work, "here", "nothing left") == ExitCode.TERMINATED
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["here: stopped by SIGTERM; nothing left"], err


_LEFT_BEHIND: list[int] = []   # what a task leaves in its worker's memory


def _leaves_state() -> int:
    _LEFT_BEHIND.append(1)
    return os.getpid()


def _fails_after_others() -> int:
    if _LEFT_BEHIND:
        raise RuntimeError("state left by an earlier file")
    return os.getpid()


def test_a_worker_reads_files_in_turn_and_a_failure_is_read_again_fresh():
    """One worker reads the tasks in turn (a fork per file cost a tenth of a run); a task that
    fails in a worker that had read others is read once more in a fresh worker, so what an
    earlier file left behind never costs another; one that fails there too is a Failure."""
    from pipeline.isolation import Failure, Task, run_tasks

    tasks = [Task(str(k), _leaves_state, (), 30, weight=9 - k) for k in range(3)]
    tasks += [Task("after", _fails_after_others, (), 30), Task("bad", int, ("x",), 30, weight=-1)]
    got = [res for _, res in run_tasks(tasks, 1, 2**31)]
    assert len(set(got[:3])) == 1 and os.getpid() not in got[:3], got   # one worker, not this process
    assert isinstance(got[3], int) and got[3] != got[0], got            # read again, in a new worker
    assert isinstance(got[4], Failure) and "ValueError" in got[4].reason, got


def test_memory_running_out_while_opening_is_no_corrupt_file(good, monkeypatch):
    """A MemoryError while MuPDF opens a file is the worker's budget, not the file's fault: layout._open lets it
    through (the worker then says "over the memory budget"), never "the PDF is corrupt or truncated ()"."""
    import pymupdf

    import extractors.layout as layout

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(pymupdf, "open", out_of_memory)
    with pytest.raises(MemoryError):
        layout._open(str(next(good.glob("*.pdf"))))
