"""`extract`: find the PDFs, group them into editions, process each edition (in worker
processes with -j), write its datasets as one swap, and keep a manifest for reruns."""
from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex

from pipeline import __version__

SKIP_NAMES = {".DS_Store"}


def expand(inputs: list[str]) -> tuple[list[str], list[str]]:
    """PDF paths in a stable order, and the error lines for inputs that do not exist."""
    files, errors = [], []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            files.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() == ".pdf")
        elif p.is_file():
            files.append(str(p))
        else:
            errors.append(f"{raw}: no such file or folder; check the path")
    seen, out = set(), []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out, errors


def safe_name(name: str) -> str:
    """A folder name made from an untrusted string: never a path, never hidden, never empty."""
    s = regex.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).stem).strip("._") or "document"
    return s[:80]


def _lock(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return None
    return fh


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        width = 24
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _read_covers(paths: list[str], edition: str | None):
    """Read every file once; group readable ones by edition. Errors are returned, not raised."""
    from extractors.cover import read_cover
    from extractors.errors import InputError
    from extractors.layout import read_pdf

    docs, errors = [], []
    for path in paths:
        try:
            doc = read_pdf(path)
        except InputError as exc:
            errors.append((path, exc.code, str(exc)))
            continue
        cover = read_cover(doc)
        docs.append((doc, cover, edition or cover.edition))
    return docs, errors


def process_group(key: str, members: list) -> tuple[str, dict, dict, list[str]]:
    """Assemble one edition and render its files (runs in a worker process with -j)."""
    from pipeline.datasets import files_of
    from pipeline.edition import assemble

    ed = assemble([(d, c) for d, c, _ in members], key if key.isdigit() else "")
    return key, files_of(ed), ed.report(), [p.as_row()["what"] + ": " + p.raw for p in ed.problems
                                             if p.severity == "error"]


def _inputs_of(members) -> list[dict]:
    return [{"name": d.name, "size": d.size, "sha256": d.sha256} for d, _, _ in members]


def run_extract(args) -> int:
    from pipeline.cli import EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS
    from pipeline.writers import json_bytes, recover, replace_folder, write_atomic
    import hashlib

    out = Path(args.out)
    lock = _lock(out)
    if lock is None:
        print(f"{out}: another extract run is writing here; wait for it to finish or use another --out",
              file=sys.stderr)
        return EXIT_FAILED
    started = time.perf_counter()
    status = EXIT_OK
    try:
        recover(out)
        paths, missing = expand(args.inputs)
        for line in missing:
            print(line, file=sys.stderr)
            status = EXIT_FAILED
        if not paths and not missing:
            print("no PDF files found in the inputs; give PDF files or folders that hold them", file=sys.stderr)
            return EXIT_FAILED
        docs, errors = _read_covers(paths, args.edition)
        for path, code, message in errors:
            print(message, file=sys.stderr)
            status = EXIT_FAILED
        groups: dict[str, list] = {}
        for doc, cover, edition in docs:
            key = edition if edition else f"_unrecognized/{safe_name(doc.name)}"
            groups.setdefault(key, []).append((doc, cover, edition))
        manifest_path = out / "manifest.json"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        editions = manifest.setdefault("editions", {})
        todo = []
        for key in sorted(groups):
            members = groups[key]
            entry = editions.get(key)
            folder = out / key
            if not args.force and entry and entry.get("inputs") == _inputs_of(members) \
                    and entry.get("pipeline_version") == __version__ and folder.is_dir() \
                    and all((folder / n).is_file() for n in entry.get("datasets", {})):
                if not args.quiet:
                    print(f"{key}: unchanged, skipped (use --force to redo)", file=sys.stderr)
                if entry.get("status") == "partial":
                    status = max(status, EXIT_PROBLEMS) if status != EXIT_FAILED else status
                continue
            todo.append((key, members))
        results = []
        if args.jobs > 1 and len(todo) > 1:
            with ProcessPoolExecutor(max_workers=min(args.jobs, len(todo))) as pool:
                futures = [pool.submit(process_group, k, m) for k, m in todo]
                for n, f in enumerate(futures, start=1):
                    results.append(f.result())
                    _progress(n, len(todo), results[-1][0]) if not args.quiet else None
        else:
            for n, (k, m) in enumerate(todo, start=1):
                results.append(process_group(k, m))
                _progress(n, len(todo), k) if not args.quiet else None
        members_of = dict(todo)
        for key, files, report, errs in results:
            members = members_of[key]
            st = report["status"]
            names = ", ".join(d.name for d, _, _ in members)
            if st == "failure":
                print(f"{names}: not a strategy document ({'; '.join(report['missing'])}); "
                      f"what was found is in {out / '_unrecognized'}; check that this is an AI戦略 PDF",
                      file=sys.stderr)
                status = EXIT_FAILED
                key = key if key.startswith("_unrecognized/") else f"_unrecognized/{safe_name(members[0][0].name)}"
            for e in errs:
                print(f"{names}: {e} (kept as printed; add it to normalizers/ministries.csv if it is a real body)",
                      file=sys.stderr)
            if st == "partial":
                if args.strict:
                    print(f"{names}: --strict: edition {key} has problems, datasets not written", file=sys.stderr)
                    status = EXIT_FAILED
                    continue
                if status == EXIT_OK:
                    status = EXIT_PROBLEMS
            replace_folder(out / key, files)
            editions[key] = {"inputs": _inputs_of(members),
                             "pipeline_version": __version__, "status": st,
                             "datasets": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(files.items())}}
            if args.verbose:
                print(f"{key}: {st} {json.dumps(report['found'], ensure_ascii=False)}", file=sys.stderr)
            elif not args.quiet:
                print(f"{key}: {st} ({report['found']['initiatives']} initiatives, "
                      f"{report['found']['headings']} headings) → {out / key}", file=sys.stderr)
        if results:
            write_atomic(manifest_path, json_bytes({"pipeline_version": __version__,
                                                    "editions": dict(sorted(editions.items()))}))
        if args.verbose:
            print(f"done in {time.perf_counter() - started:.2f}s", file=sys.stderr)
        return status
    finally:
        lock.close()
