"""Every dataset the corpus gives (editions, diffs and the real documents of other kinds) is
byte-identical to the hashes recorded in output_hashes.json. A change that alters an output must re-record them on purpose:

    RECORD_OUTPUT_HASHES=1 .venv/bin/python -m pytest tests/test_output_hashes.py

and the test below fails while that switch is on, so it is never left on (in CI or anywhere).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

HASHES = Path(__file__).with_name("output_hashes.json")
RECORD = os.environ.get("RECORD_OUTPUT_HASHES") == "1"


def _hashes(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name not in (".lock", "manifest.json")}


def test_corpus_outputs_match_recorded_hashes(corpus_diffs, real_out):
    got = _hashes(corpus_diffs) | {f"real/{k}": v for k, v in _hashes(real_out).items()}
    if RECORD:
        HASHES.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(HASHES.read_text(encoding="utf-8"))
    changed = sorted(n for n in expected.keys() | got.keys() if expected.get(n) != got.get(n))
    assert not changed, f"outputs differ from the recorded hashes: {changed}"


def test_record_switch_is_off():
    assert not RECORD, "RECORD_OUTPUT_HASHES=1 rewrites the expected hashes; unset it once they are recorded"
