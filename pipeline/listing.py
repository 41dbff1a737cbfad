"""`ai-strategy ls DIR`: what an output folder holds — editions, documents, diffs and lineages —
each with its status, sources, counts and when it was written (its files' time, in UTC).

Everything comes from the files the tool wrote (document.json, datapackage.json, changes.csv,
lineage.csv, manifest.json); nothing is parsed again. DIR may also be one such folder.
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline.exit_codes import ExitCode
from pipeline.reading import shown

_FOUND = ("headings", "goals", "footnotes", "paragraphs", "targets", "initiatives")


@dataclass(frozen=True, slots=True)
class Entry:
    folder: str       # relative to DIR
    kind: str         # edition | document | diff | lineage
    status: str       # success | partial | document's status; a diff: the editions compared
    sources: list[str]
    counts: dict[str, int]
    written: str      # UTC, ISO to the second: the newest file's time


def _json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _written(folder: Path) -> str:
    times = [p.stat().st_mtime for p in folder.iterdir() if p.is_file()]
    stamp = datetime.fromtimestamp(max(times, default=folder.stat().st_mtime), tz=timezone.utc)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _column_counts(path: Path, column: str) -> dict[str, int]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return dict(sorted(Counter(row.get(column) or "" for row in csv.DictReader(fh)).items()))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}


def _extracted(folder: Path, name: str, doc: dict) -> Entry:
    """An edition or document folder, from its document.json."""
    found = (doc.get("report") or {}).get("found") or {}
    counts = {k: int(found[k]) for k in _FOUND if isinstance(found.get(k), int) and found[k]}
    sources = [str(s.get("name", "")) for s in doc.get("sources") or [] if isinstance(s, dict)]
    return Entry(name, str(doc.get("kind") or "edition"), str(doc.get("status") or ""), sources, counts,
                 _written(folder))


def _entry(folder: Path, name: str) -> Entry | None:
    """The folder as ls shows it, or None when the tool did not write it."""
    doc, package = _json(folder / "document.json"), _json(folder / "datapackage.json")
    if doc:
        return _extracted(folder, name, doc)
    if (folder / "document.json").is_file():   # written by extract, since damaged: shown, not left out
        return Entry(name, "document" if name.startswith("documents/") else "edition",
                     "unreadable document.json: extract again with --force", [], {}, _written(folder))
    editions = [str(e.get("edition", "")) for e in package.get("editions") or [] if isinstance(e, dict)]
    if (folder / "changes.csv").is_file():
        counts = _column_counts(folder / "changes.csv", "change")
        counts["ministry changes"] = _column_counts(folder / "changes.csv", "ministries_changed").get("1", 0)
        counts["lead changes"] = _column_counts(folder / "changes.csv", "lead_changed").get("1", 0)
        return Entry(name, "diff", " → ".join(editions), editions, counts, _written(folder))
    if (folder / "lineage.csv").is_file():
        counts = {"lineages": len(_column_counts(folder / "lineage.csv", "lineage_id"))}
        return Entry(name, "lineage", " → ".join(editions), editions, counts, _written(folder))
    return None


def entries(root: Path) -> list[Entry]:
    """Every folder under root the tool wrote (root itself when it is one), in name order:
    editions, documents/<name>, diff_*, lineage_*."""
    own = _entry(root, ".")
    if own is not None:
        return [own]
    found = []
    for sub in sorted([p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
                      + sorted(p for p in (root / "documents").glob("*") if p.is_dir() and not p.name.startswith("."))):
        e = _entry(sub, sub.relative_to(root).as_posix())
        if e is not None:
            found.append(e)
    return found


def table(found: list[Entry]) -> str:
    """Aligned columns: folder, kind, status, written, counts, then the sources (names of any width)."""
    rows = [["folder", "kind", "status", "written (UTC)", "counts", "sources"]]
    rows += [[shown(e.folder), e.kind, shown(e.status) or "-", e.written,
              ", ".join(f"{n} {k}" for k, n in e.counts.items()) or "-", ", ".join(shown(s) for s in e.sources) or "-"]
             for e in found]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[5] + "\n" for r in rows)


def run_ls(folder: str, as_json: bool) -> ExitCode:
    root = Path(folder)
    if not root.is_dir():
        what = "a file, not a folder" if root.exists() else "no such folder"
        print(f"{shown(folder)}: {what}; give an output folder of extract or diff (e.g. outputs)", file=sys.stderr)
        return ExitCode.FAILED
    found = entries(root)
    if not found:
        print(f"{shown(folder)}: holds no editions, documents or diffs written by ai-strategy; "
              "run `ai-strategy extract INPUT --out DIR` first", file=sys.stderr)
        return ExitCode.FAILED
    if as_json:
        sys.stdout.write(json.dumps([asdict(e) for e in found], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(table(found))
    return ExitCode.OK
