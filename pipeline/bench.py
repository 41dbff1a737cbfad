"""`make bench`: the pipeline against the floor and the pdfplumber-only baseline, in one run.

floor     PyMuPDF get_text("dict") on every page, images not decoded, nothing else
baseline  pdfplumber extract_text() + extract_tables() on every page
pipeline  extract end to end into datasets (in-process), and its stages on their own
Medians over --runs runs; peak memory of the pipeline via tracemalloc; scaling on the corpus
pages repeated 10 times; the diff of two editions; whole-process times.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def files_of(corpus: Path) -> list[Path]:
    return [corpus / "2022/honbun.pdf", corpus / "2022/bessi.pdf",
            corpus / "2021/ai_strategy_2021_bessi.pdf", corpus / "2019/ai_strategy_2019.pdf"]


def floor(files):
    import pymupdf

    flags = pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES
    for f in files:
        with pymupdf.open(f) as d:
            for p in d:
                p.get_text("dict", flags=flags)


def baseline(files):
    import pdfplumber

    for f in files:
        with pdfplumber.open(f) as pdf:
            for p in pdf.pages:
                p.extract_text()
                p.extract_tables()


def pipeline_run(files, out):
    from pipeline.cli import main

    code = main(["extract", *map(str, files), "--out", str(out), "-q", "--force"])
    assert code in (0, 3), code


def stages(files):
    from extractors.layout import read_pdf
    from extractors.page_flow import build_flow
    from pipeline.edition import assemble
    from extractors.cover import read_cover

    t = {}
    s = time.perf_counter(); docs = [read_pdf(str(f)) for f in files]; t["layout"] = time.perf_counter() - s
    s = time.perf_counter(); [build_flow(d) for d in docs]; t["flow (tables, footnotes)"] = time.perf_counter() - s
    s = time.perf_counter(); [assemble([(d, read_cover(d))], "") for d in docs]; t["flow + structure"] = time.perf_counter() - s
    return t


def repeated(files, times: int, folder: Path) -> Path:
    import pymupdf

    out = pymupdf.open()
    for _ in range(times):
        for f in files[:2]:
            with pymupdf.open(f) as d:
                out.insert_pdf(d)
    path = folder / "repeated.pdf"
    out.save(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    files = files_of(corpus)
    missing = [f for f in files if not f.is_file()]
    if missing:
        print(f"bench: corpus file missing: {missing[0]}; run with --corpus PATH", file=sys.stderr)
        return 1
    import pymupdf

    pages = sum(pymupdf.open(f).page_count for f in files)
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    pipeline_run(files, tmp / "warm")  # warm imports and caches once
    t_floor = _median(lambda: floor(files), args.runs)
    t_pipe = _median(lambda: pipeline_run(files, tmp / "out"), args.runs)
    t_base = _median(lambda: baseline(files), max(1, min(args.runs, 3)))
    tracemalloc.start()
    pipeline_run(files, tmp / "mem")
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    rep = repeated(files, 10, tmp)
    one = repeated(files, 1, tmp / "one") if (tmp / "one").mkdir() is None else None
    t_one = _median(lambda: pipeline_run([one], tmp / "o1"), 3)
    t_ten = _median(lambda: pipeline_run([rep], tmp / "o10"), 3)
    from pipeline.compare import compare
    t_diff = _median(lambda: compare(tmp / "out/2021", tmp / "out/2022"), args.runs)
    st = stages(files)
    py = sys.executable
    two = [str(files[0]), str(files[1])]
    proc = lambda cmd: _median(lambda: subprocess.run(cmd, check=True, capture_output=True), 3)
    floor_code = ("import pymupdf,sys\nf=pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES\n"
                  "for a in sys.argv[1:]:\n d=pymupdf.open(a)\n for p in d: p.get_text('dict',flags=f)")
    base_code = ("import pdfplumber,sys\nfor a in sys.argv[1:]:\n with pdfplumber.open(a) as d:\n"
                 "  for p in d.pages: p.extract_text(); p.extract_tables()")
    p_floor = proc([py, "-c", floor_code, *two])
    p_pipe = proc([py, "-m", "pipeline", "extract", *two, "--out", str(tmp / "proc"), "-q", "--force"])
    p_base = proc([py, "-c", base_code, *two])
    print(f"corpus: {pages} pages in {len(files)} files; medians of {args.runs} runs; {os.cpu_count()} cores")
    print(f"{'what':34} {'seconds':>9} {'pages/s':>9}")
    for name, t in [("floor (PyMuPDF dict, no images)", t_floor), ("pipeline end to end", t_pipe),
                    ("baseline (pdfplumber text+tables)", t_base)]:
        print(f"{name:34} {t:9.3f} {pages / t:9.1f}")
    for name, t in st.items():
        print(f"  stage {name:28} {t:9.3f}")
    print(f"pipeline / floor          {t_pipe / t_floor:6.2f}x   (bar: at most 5x)")
    print(f"baseline / pipeline       {t_base / t_pipe:6.2f}x   (bar: at least 10x)")
    print(f"peak memory (tracemalloc) {peak:6.1f} MB (bar: under 300 MB)")
    print(f"scaling: 10x pages        {t_ten / t_one:6.2f}x time ({t_one:.3f}s → {t_ten:.3f}s)")
    print(f"diff 2021→2022            {t_diff:6.3f} s  (bar: under 0.5 s)")
    print(f"whole process: floor {p_floor:.3f}s, pipeline {p_pipe:.3f}s, baseline {p_base:.3f}s")
    print(f"  pipeline / floor        {p_pipe / p_floor:6.2f}x   (bar: at most 5x)")
    print(f"  baseline / pipeline     {p_base / p_pipe:6.2f}x   (bar: at least 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
