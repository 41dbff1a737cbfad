"""Deterministic, atomic output: UTF-8, LF, rows in document order, every file written to a
temporary name and renamed; an edition's datasets are swapped in as one folder."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _as_usual(path: Path | str, folder: bool) -> None:
    """The mode a plain mkdir/open would give (temp files and folders are made private)."""
    os.chmod(path, (0o777 if folder else 0o666) & ~_UMASK)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")   # Excel folds the full-width ones


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (it begins with = + - @, a tab or a
    carriage return, or their full-width forms), prefixed with a single quote, as OWASP's
    CSV-injection guidance says (one more quote before quotes that precede such a start, so
    that as_printed gives every text back); anything else as it is."""
    return "'" + value if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS) else value


def as_printed(value: str) -> str:
    """spreadsheet_safe undone (a cell that began with quotes before a formula start had one
    more added, so every text comes back as it was)."""
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS) else value


def csv_bytes(columns: list[str], rows: list[dict], bom: bool = False) -> bytes:
    """CSV with a header row, LF line ends, UTF-8. With `bom` (for Excel): a BOM first, and text
    cells that would run as formulas neutralised (spreadsheet_safe); without it, every cell as
    printed."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        cells = ["" if r.get(k) is None else r.get(k) for k in columns]
        w.writerow([spreadsheet_safe(v) for v in cells] if bom else cells)
    # "replace": a character no UTF-8 file can hold never costs a dataset (layout reports them)
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8", errors="replace")


def json_bytes(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8", errors="replace")


PREFIX = ".ai-strategy."   # every temporary name the tool writes starts so; nothing else is ever removed
MARKER = ".ai-strategy-swap"   # inside each of the tool's temporary folders: the folder it swaps


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{PREFIX}tmp.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _as_usual(tmp, folder=False)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_files(files: list[tuple[Path, bytes]]) -> None:
    """New files written, then made durable together: every file is written first and fsynced
    after (a folder's files are committed together: the first fsync's journal commit carries the
    data of all of them, where an fsync right after each write waits for a commit of its own)."""
    handles = []
    try:
        for path, data in files:
            fh = open(path, "xb")
            handles.append(fh)
            fh.write(data)
            fh.flush()
        for fh in handles:
            os.fsync(fh.fileno())
    finally:
        for fh in handles:
            fh.close()


def _wrapper(parent: Path, kind: str, token: str, target: str) -> tuple[Path, tuple[Path, bytes]]:
    """A temporary folder of the tool's own: its prefix, and a marker inside naming the folder
    it holds (recover() touches nothing else); the marker is returned to be written (_write_files)."""
    folder = parent / f"{PREFIX}{kind}.{token}"
    folder.mkdir()
    return folder, (folder / MARKER, json_bytes({"holds": target}))


def replace_folder(target: Path, files: dict[str, bytes]) -> None:
    """Write `files` into a fresh folder beside `target`, then swap it in.

    A reader sees the old complete set or the new complete set, never a mix: the new folder is
    complete (inside a staging folder of the tool's own) before the swap, and the swap is two
    renames (old into an aside folder of the tool's own, new in). recover() finishes or undoes
    a swap a killed run left.
    """
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{PREFIX}new.", dir=parent))
    token = staging.name[len(PREFIX) + 4:]
    aside: Path | None = None
    try:
        (staging / target.name).mkdir()
        _as_usual(staging / target.name, folder=True)
        written = [(staging / MARKER, json_bytes({"holds": target.name}))]
        written += [(staging / target.name / name, data) for name, data in sorted(files.items())]
        if target.exists():
            aside, marker = _wrapper(parent, "old", token, target.name)
            written.append(marker)
        _write_files(written)   # every file durable, the aside folder's marker too, before a rename
        if aside is not None:
            os.replace(target, aside / target.name)
        os.replace(staging / target.name, target)
    except BaseException:
        if aside is not None and not target.exists() and (aside / target.name).is_dir():
            os.replace(aside / target.name, target)   # stopped mid-swap: the old folder goes back
        raise
    finally:
        for folder in (staging, aside):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


def _holds(entry: os.DirEntry) -> str | None:
    """The folder name a temporary folder of the tool's own holds: its name has the prefix, it
    is a real folder (no symlink) and its marker (a regular file) names a plain folder name."""
    if not entry.name.startswith((f"{PREFIX}new.", f"{PREFIX}old.")) or not entry.is_dir(follow_symlinks=False):
        return None
    marker = os.path.join(entry.path, MARKER)
    try:
        if not os.path.isfile(marker) or os.path.islink(marker) or os.path.getsize(marker) > 4096:
            return None
        with open(marker, encoding="utf-8") as fh:
            held = json.load(fh).get("holds")
    except (OSError, ValueError, AttributeError):
        return None
    ok = isinstance(held, str) and held not in ("", ".", "..") and "/" not in held and "\0" not in held
    return held if ok else None


def recover(parent: Path) -> None:
    """Finish or undo swaps that a killed run left behind in `parent` and its documents/: only
    names the tool writes (PREFIX, and for folders its marker inside) are touched, and no
    symlink is followed. A staged new folder is dropped; an old folder moved aside goes back
    if the new one never arrived; a temporary file of write_atomic is removed."""
    if not parent.is_dir() or parent.is_symlink():
        return
    documents = parent / "documents"
    if documents.is_dir() and not documents.is_symlink():
        recover(documents)
    with os.scandir(parent) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith(f"{PREFIX}tmp.") and entry.is_file(follow_symlinks=False):
            os.unlink(entry.path)
            continue
        held = _holds(entry)
        if held is None:
            continue
        inner, final = Path(entry.path) / held, parent / held
        if entry.name.startswith(f"{PREFIX}old.") and not os.path.lexists(final) \
                and inner.is_dir() and not inner.is_symlink():
            os.replace(inner, final)
        shutil.rmtree(entry.path, ignore_errors=True)
