"""What the first page says about the document: title, edition, date, deciding body, role.

Covers often set a date one glyph per text line (a vertical or letter-spaced date), so the
page's lines are read in position order and joined before the date is looked for.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from normalizers.dates import to_iso
from normalizers.text import clean, unspace_letterspaced
from extractors.records import SourceDoc

_EDITION = regex.compile(r"(?:AI|ＡＩ)\s*戦略\s*((?:19|20)\d\d)")
_DECIDED = regex.compile(r"(\S*(?:会議|本部|閣議)\s*決定)\s*$")


@dataclass(slots=True)
class Cover:
    title: str
    edition: str        # four digits, or "" when the document does not say
    date: str           # ISO, or ""
    decided_by: str
    role: str           # main | appendix


def read_cover(doc: SourceDoc) -> Cover:
    page = doc.pages[0]
    lines = [l for l in page.lines if l.text.strip()]
    if not lines:
        return Cover("", "", "", "", "main")
    biggest = max(l.size for l in lines)
    title_lines = sorted((l for l in lines if l.size >= biggest - 0.5), key=lambda l: (l.y0, l.x0))
    title = unspace_letterspaced("".join(l.text for l in title_lines))
    flat = "".join(l.text for l in sorted(lines, key=lambda l: (round(l.y0), l.x0)))
    flat_clean = regex.sub(r"\s+", "", clean(flat))
    m = _EDITION.search(regex.sub(r"\s+", "", clean(title))) or _EDITION.search(flat_clean)
    edition = m.group(1) if m else ""
    decided = ""
    for l in lines:
        dm = _DECIDED.search(clean(l.text))
        if dm:
            decided = dm.group(1).replace(" ", "")
            break
    role = "appendix" if "別紙" in flat_clean[:200] else "main"
    return Cover(title, edition, to_iso(flat) or "", decided, role)
