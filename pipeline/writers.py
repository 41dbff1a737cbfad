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


def csv_bytes(columns: list[str], rows: list[dict], bom: bool = False) -> bytes:
    """CSV with a header row, LF line ends, UTF-8 (with a BOM for Excel when asked)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if r.get(k) is None else r.get(k) for k in columns})
    # "replace": a character no UTF-8 file can hold never costs a dataset (layout reports them)
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8", errors="replace")


def json_bytes(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8", errors="replace")


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def replace_folder(target: Path, files: dict[str, bytes]) -> None:
    """Write `files` into a fresh folder beside `target`, then swap it in.

    A reader sees the old complete set or the new complete set, never a mix: the new folder is
    complete before the swap, and the swap is two renames (old aside, new in).
    """
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new.", dir=parent))
    _as_usual(staging, folder=True)
    try:
        for name, data in sorted(files.items()):
            with open(staging / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=parent))
            os.rmdir(old)
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def recover(parent: Path) -> None:
    """Finish or undo swaps that a killed run left behind in `parent` and its documents/:
    a staged new folder is dropped, an old folder moved aside is put back if the new one never
    arrived, and a temporary file of write_atomic is removed."""
    if not parent.is_dir():
        return
    if (parent / "documents").is_dir():
        recover(parent / "documents")
    for entry in sorted(parent.iterdir()):
        name = entry.name
        if name.startswith(".") and name.endswith(".tmp") and entry.is_file():
            entry.unlink()
            continue
        if name.startswith(".") and ".new." in name:
            shutil.rmtree(entry, ignore_errors=True)
        elif name.startswith(".") and ".old." in name:
            final = parent / name[1:name.index(".old.")]
            if final.exists():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                os.replace(entry, final)
