"""What made a folder's datasets: a fingerprint of the code (every source and data file of the
installed packages extractors, normalizers and pipeline) and of the settings
the run read with (extractors/settings.py: the defaults, or those the run's options carry). The
manifest records it; any change to either re-extracts."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from extractors.settings import DEFAULT, Settings

PACKAGES = ("extractors", "normalizers", "pipeline")
_SOURCE = (".py", ".csv", ".j2", ".json", ".tsv")
ROOT = Path(__file__).resolve().parents[1]


def code_fingerprint(root: Path = ROOT) -> str:
    """sha256 over the packages' source files (relative path and bytes, in path order)."""
    h = hashlib.sha256()
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in _SOURCE and path.is_file() and "__pycache__" not in path.parts:
                data = path.read_bytes()
                h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
                h.update(data)
    return h.hexdigest()


@lru_cache(maxsize=1)
def _code() -> str:
    return code_fingerprint()   # once per process


def fingerprint(settings: Settings = DEFAULT) -> dict[str, str]:
    """The code's fingerprint and that of the settings a run reads with."""
    return {"code": _code(), "settings": settings.fingerprint()}
