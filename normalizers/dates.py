"""Japanese era dates and western dates to ISO 8601."""
from __future__ import annotations

import regex

from normalizers.text import clean

# era name → the Gregorian year of its first year (元年)
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}

_ERA_DATE = regex.compile(
    r"(?P<era>明治|大正|昭和|平成|令和)\s*(?P<y>元|\d{1,2}|[一二三四五六七八九十]+)\s*年\s*"
    r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_WESTERN_DATE = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def to_iso(text: str) -> str | None:
    """The first date in text as YYYY-MM-DD ("令和４年４月２２日" → "2022-04-22"), or None."""
    from normalizers.numbers import kanji_to_int

    s = regex.sub(r"\s+", "", clean(text))  # dates are often letter-spaced on covers
    m = _ERA_DATE.search(s)
    if m:
        y = 1 if m["y"] == "元" else kanji_to_int(m["y"])
        if y is None:
            return None
        year = ERAS[m["era"]] + y - 1
        month, day = int(m["m"]), int(m["d"])
    else:
        m = _WESTERN_DATE.search(s)
        if not m:
            return None
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
