"""DIR/manifest.json: per edition, the input files (name, size, sha256), the pipeline version,
the fingerprint of the code and settings that made it (pipeline/fingerprint.py),
the status and the sha256 of every dataset written — what a rerun needs to skip an edition
safely. It is rewritten atomically after every edition, so a killed run loses nothing written.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from extractors.settings import Settings
from pipeline import __version__
from pipeline.fingerprint import fingerprint
from pipeline.writers import json_bytes, write_atomic


def digests(files: dict[str, bytes]) -> dict[str, str]:
    return {n: hashlib.sha256(b).hexdigest() for n, b in sorted(files.items())}


class Manifest:
    def __init__(self, path: Path):
        self.path = path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        editions = data.get("editions") if isinstance(data, dict) else None
        self.editions: dict[str, dict] = editions if isinstance(editions, dict) else {}

    def is_current(self, key: str, inputs: list[dict], folder: Path, written: dict, settings: Settings) -> bool:
        """True when the manifest lists these inputs, this pipeline version, this code and these
        settings (fingerprint) and these output options (`written`) for the edition, and the
        datasets on disk are the ones it lists (a hand-edited or half-restored folder is redone)."""
        entry = self.editions.get(key)
        if not isinstance(entry, dict) or entry.get("inputs") != inputs or entry.get("fingerprint") != fingerprint(settings) \
                or entry.get("pipeline_version") != __version__ or entry.get("settings", {}) != written:
            return False
        listed = entry.get("datasets") or {}
        try:
            on_disk = {n: (folder / n).read_bytes() for n in listed if "/" not in n}
        except OSError:
            return False
        return bool(listed) and digests(on_disk) == dict(sorted(listed.items()))

    def status(self, key: str) -> str:
        return (self.editions.get(key) or {}).get("status", "")

    def record(self, key: str, inputs: list[dict], status: str, files: dict[str, bytes], written: dict,
               settings: Settings) -> None:
        """The edition as written: `written` the output options, `settings` those it was read with."""
        self.editions[key] = {"inputs": inputs, "pipeline_version": __version__, "fingerprint": fingerprint(settings),
                              "status": status, "settings": written, "datasets": digests(files)}
        write_atomic(self.path, json_bytes({"pipeline_version": __version__,
                                            "editions": dict(sorted(self.editions.items()))}))
