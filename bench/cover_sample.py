"""How right is a cover read on documents nobody tuned for: title, date and issuer against a sample.

bench/cover_sample.tsv holds draws of 40 PDFs each from a sweep of 1,136 unseen government PDFs (session 21's
sweep), the column `draw` naming the seed a row was drawn with: 22 (session 22's audit; the cover conventions of
session 22 were built from its misses, so its figure is no longer unseen) and 23 (session 23: the sweep's distinct
files written as a document (session 22's extract of it), less every file already held — tests/real, the shared corpus and draw 22 — sorted by
SHA-256, `random.Random(23).sample(…, 40)`) and 24 (session 24: the same way from session 23's extract of the sweep, less
tests/real, the shared corpus and draws 22 and 23, `random.Random(24).sample(…, 40)`) and 25 (session 25: the same way
from session 24's extract of the sweep, less tests/real, the shared corpus and draws 22 to 24,
`random.Random(25).sample(…, 40)`) and 26 (session 26: the same way from session 25's extract of the sweep, less
tests/real, the shared corpus and draws 22 to 25, `random.Random(26).sample(…, 40)`) and 27 (session 27: the same way
from session 26's extract of the sweep, less tests/real, the shared corpus and draws 22 to 26, `random.Random(27).sample(…, 40)`) and 28
(session 28: the same way from session 27's extract of the sweep, less tests/real, the shared corpus and draws 22 to 27,
`random.Random(28).sample(…, 40)`). Each row has its provenance (repository, path, commit: `git show
COMMIT:PATH` of the repository brings it back) and its title, date and issuer as a reader writes them from the
rendered first pages, written before any output was looked at. Where a paper prints no issuer the issuer is empty
here (tests/real's truths name the source then). An exam booklet's title is the one row naming the booklet (入学試験問題,
試験問題 …) as that row prints it, with a bracketed qualifier set in its type right under it ((一般選抜)): the rows over
it (year, school, course, examination) and under it (subject, hours) qualify it, as tests/real's exam truths write it. Run `ai-strategy extract DIR --out OUT` over the sample's PDFs, then

    .venv/bin/python bench/cover_sample.py OUT        # one line per miss, then the counts per draw and in all

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
    right: dict[str, dict[str, int]] = {}
    for row in rows:
        counts = right.setdefault(row["draw"], dict.fromkeys(FIELDS, 0))
        doc = by_sha.get(row["sha256"])
        if doc is None:
            print(f"not extracted (draw {row['draw']}): {row['repo']} {row['path']}")
            continue
        misses = [f"{f}: read {doc.get(f, '')!r}, printed {row[f]!r}" for f in FIELDS
                  if _key(f, doc.get(f) or "") != _key(f, row[f])]
        for f in FIELDS:
            counts[f] += _key(f, doc.get(f) or "") == _key(f, row[f])
        if misses:
            print(f"draw {row['draw']} {row['path'].rsplit('/', 1)[-1]}: " + " | ".join(misses))
    for draw in sorted(right):
        n = sum(row["draw"] == draw for row in rows)
        print(f"draw {draw} of {n}: " + ", ".join(f"{f} {right[draw][f]}/{n}" for f in FIELDS))
    total = {f: sum(c[f] for c in right.values()) for f in FIELDS}
    print(f"sample of {len(rows)}: " + ", ".join(f"{f} {total[f]}/{len(rows)}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
