"""How right is a cover read on documents nobody tuned for: title, date and issuer against a sample.

bench/cover_sample.tsv holds 40 PDFs drawn at random (seed 22) from a sweep of 1,136 unseen government PDFs
(session 22's audit), each with its provenance (repository, path, commit: `git show COMMIT:PATH` of the repository
brings it back) and its title, date and issuer as a reader writes them from the rendered first pages, written before
any output was looked at. Where a paper prints no issuer the issuer is empty here (tests/real's truths name the
source then). Run `ai-strategy extract DIR --out OUT` over the sample's PDFs, then

    .venv/bin/python bench/cover_sample.py OUT        # one line per miss, then the counts

Documents are matched by the SHA-256 of their source, so file names do not matter; a sample PDF not among OUT's
documents is counted a miss and named. Text is compared after NFKC with white space removed, the date exactly.
"""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path

import regex

SAMPLE = Path(__file__).with_name("cover_sample.tsv")
FIELDS = ("title", "date", "issuer")
_WHITE = regex.compile(r"\s+")


def _key(field: str, text: str) -> str:
    return text if field == "date" else _WHITE.sub("", unicodedata.normalize("NFKC", text))


def read_documents(out: Path) -> dict[str, dict]:
    """Each written document's document.json, by the SHA-256 of every source it was read from."""
    by_sha: dict[str, dict] = {}
    for doc in sorted((out / "documents").glob("*/document.json")):
        j = json.loads(doc.read_text(encoding="utf-8"))
        for source in j.get("sources", []):
            by_sha[source["sha256"]] = j
    return by_sha


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: cover_sample.py OUT (an extract's --out folder holding the sample's documents)", file=sys.stderr)
        return 2
    by_sha = read_documents(Path(argv[0]))
    rows = list(csv.DictReader(SAMPLE.open(encoding="utf-8"), delimiter="\t"))
    right = dict.fromkeys(FIELDS, 0)
    for row in rows:
        doc = by_sha.get(row["sha256"])
        if doc is None:
            print(f"not extracted: {row['repo']} {row['path']}")
            continue
        misses = [f"{f}: read {doc.get(f, '')!r}, printed {row[f]!r}" for f in FIELDS
                  if _key(f, doc.get(f) or "") != _key(f, row[f])]
        for f in FIELDS:
            right[f] += _key(f, doc.get(f) or "") == _key(f, row[f])
        if misses:
            print(f"{row['path'].rsplit('/', 1)[-1]}: " + " | ".join(misses))
    print(f"sample of {len(rows)}: " + ", ".join(f"{f} {right[f]}/{len(rows)}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
