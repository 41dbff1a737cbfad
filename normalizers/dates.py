"""Japanese era dates and western dates to ISO 8601: 令和４年４月２２日 → 2022-04-22, a year
and month with no day (令和6年5月, a draft's 令和３年６月●日, a notice's 令和８年７月吉日) → 2024-05, 令和7年(2025年)3月 → 2025-03, 2024.4.19 → 2024-04-19,
April 1, 2020 → 2020-04-01, 31st December 2011 → 2011-12-31."""
from __future__ import annotations

import regex

from normalizers.text import SPACES, clean

# era name → the Gregorian year of its first year (元年)
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}

# Convention (a court's old reports, 昭和二八年一〇月三〇日, 昭和五〇年): kanji figures written digit by digit, 〇 for
# nought, are a number as 十月三十日 is — a figure opens with a digit other than 〇 (a draft's day to come, 〇日, is a mark)
_KANJI_OPENING, _KANJI_FIGURE = r"[一二三四五六七八九十]", r"[〇一二三四五六七八九十]"
_YEAR = rf"(?:(?P<era>明治|大正|昭和|平成|令和)\s*(?P<ey>元|[0-9]{{1,2}}|{_KANJI_OPENING}{_KANJI_FIGURE}*)|(?P<wy>(?:19|20)[0-9]{{2}}))"
# the other calendar's year may follow in brackets: 令和7年(2025年)3月, 2025年(令和7年)3月
_ALSO = r"(?:[(（]\s*(?:明治|大正|昭和|平成|令和)?\s*(?:元|[0-9]{1,4})\s*年?\s*[)）]\s*)?"
# a year alone on its line, the other calendar's in brackets (令和8年（2026年）): a masthead's year over the issue's
# month and day set apart in display type (cover._masthead_date)
YEAR_ALONE = regex.compile(rf"^{_YEAR}\s*年\s*{_ALSO}$")
# a date set vertically (縦書き) writes its month and day in kanji too: 令和二年四月二十七日, 一〇月三〇日 (_KANJI_FIGURE)
_KANJI = _KANJI_OPENING + _KANJI_FIGURE + "{0,2}"
# an English version (a ministry's translation, 日英併記) prints the month's name: April 1, 2020 (the
# government's usage), 1 April 2020, or April 2020 with no day
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_NAME = r"(?<![A-Za-z])(?P<mn>" + "|".join(_MONTHS) + r")(?![A-Za-z])"
_WESTERN_YEAR = r"(?P<wy>(?:19|20)[0-9]{2})(?![0-9])"
# a British or Commonwealth text writes its day as an ordinal (31st December 2011, the 1st of a month), an American
# one may too (April 1st, 2020): the suffix is the day's, no letter of the month's name — read with spaces out
# (to_iso), 31stDecember2011, the name stands right after the suffix's letters
_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_AFTER_ORDINAL = r"(?P<mn>" + "|".join(_MONTHS) + r")(?![A-Za-z])"
# a draft not yet dated to the day prints a mark for it (令和３年６月●日: ●, ○, 〇, ◯ or ×), and a notice that
# names no day prints 吉日 ("an auspicious day": 令和８年７月吉日, as circulars and greetings are dated): its year
# and month stand, the day is none, and the mark is part of the date, not text after it
_DAY_TO_COME = r"[●○〇◯×]+|吉"
# Convention (a prefecture's case list dated R5.4.1 at its top right): an era written as its initial — M 明治, T 大正,
# S 昭和, H 平成, R 令和 — before the year's figures, month and day after it parted by dots or slashes (R5.4.1, H31/4/30),
# as a western year's date is written (2024.4.19); the initial stands after no letter or figure (a version's VER2.1.3
# holds none; R2.1.0 alone matches, and to_iso reads no day 0 in it)
ERA_INITIALS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_INITIAL = "[" + "".join(ERA_INITIALS) + "]"   # [MTSHR]: the initials from the one table of them
_ERA_INITIAL_DATE = (rf"(?<![A-Za-z0-9])(?P<ei>{_ERA_INITIAL})"
                     r"(?P<ey>[0-9]{1,2})(?P<sep>[./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9.])")
DATE = regex.compile(_YEAR + r"\s*年\s*" + _ALSO + rf"(?P<m>[0-9]{{1,2}}|{_KANJI})\s*月(?:\s*(?:(?P<d>[0-9]{{1,2}}|{_KANJI})|{_DAY_TO_COME})\s*日)?"
                     r"|(?<![0-9])(?P<wy>(?:19|20)[0-9]{2})(?P<sep>[./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
                     rf"|{_ERA_INITIAL_DATE}"
                     rf"|{_MONTH_NAME}\s*(?:(?P<d>[0-9]{{1,2}}){_ORDINAL}\s*,\s*)?{_WESTERN_YEAR}"
                     rf"|(?<![0-9])(?P<d>[0-9]{{1,2}})(?:\s*{_MONTH_NAME}|{_ORDINAL}\s*{_MONTH_AFTER_ORDINAL})\s*{_WESTERN_YEAR}")
# the capitals an English month's name opens with (_MONTH_NAME): the third and fourth forms of DATE hold one
_MONTH_INITIALS = frozenset(m[0] for m in _MONTHS)


def may_hold_date(text: str) -> bool:
    """Whether DATE can match anywhere in `text`, told by its characters alone: every date it reads holds
    年 and 月 (an era's or a year's date), or a '.' or '/' between its figures (2024.4.19), or an English
    month's name, which opens with a capital (April 1, 2020). A text with none of these holds no date, and
    the pattern (many forms, looked for at every character) is not asked of it."""
    return ("月" in text and "年" in text) or "." in text or "/" in text or not _MONTH_INITIALS.isdisjoint(text)


# DATE's second form opens with a western year and the mark right after it (2024.4.19, 2020/4/1); an era's initial
# and its year open the form after it the same way (R5.4.1)
_WESTERN_OPENING = regex.compile(rf"(?:19|20)[0-9]{{2}}[./]|(?<![A-Za-z0-9]){_ERA_INITIAL}[0-9]{{1,2}}[./]")


def may_find_date(text: str) -> bool:
    """Whether DATE.search can find a date in `text` as it stands (may_hold_date, closer; for a text searched without
    its spaces or dots taken out first): 年 and 月, or a western year with its '.' or '/' right after it, or an English
    month's whole name. The pattern is looked for at every character (about a microsecond each): a cover's rows
    (cover_row._date_of) and the titles asked whether they are a schedule's entries (numbering.schedule_entry) hold a
    '.', a '/' or a capital far more often than a date, and are not searched then."""
    return (("月" in text and "年" in text) or (("." in text or "/" in text) and _WESTERN_OPENING.search(text) is not None)
            or any(month in text for month in _MONTHS))


# the characters a date DATE reads opens with: an era's name (明治 大正 昭和 平成 令和), a figure (a western year,
# a day before its month's name), or an English month's capital
_DATE_OPENINGS = frozenset("明大昭平令0123456789") | _MONTH_INITIALS | frozenset(ERA_INITIALS)


def find_date(text: str) -> regex.Match[str] | None:
    """The first date DATE finds in `text` as it stands, the pattern asked only where one may be found (may_find_date)."""
    return DATE.search(text) if may_find_date(text) else None


def whole_date(text: str) -> bool:
    """`text`, as given (the caller takes out the white space and marks it is read without), is a date and nothing
    else: DATE, matched at its start, runs to its end. The one test of a date alone — a heading's row
    (heading_levels.date_alone), a cover row's last piece (cover_row._whole_date), a title page's date
    (headings' dated pages)."""
    m = DATE.match(text) if may_find_date(text) else None
    return m is not None and m.end() == len(text)


def may_open_date(text: str) -> bool:
    """Whether DATE can match at the start of `text` (DATE.match), told by its first character alone (most
    lines open with none a date opens with)."""
    return text[:1] in _DATE_OPENINGS


def to_iso(text: str) -> str | None:
    """The first date in text as YYYY-MM-DD, or YYYY-MM when no day is printed; None if none."""
    from normalizers.numbers import kanji_to_int

    s = SPACES.sub("", clean(text))  # dates are often letter-spaced on covers
    m = DATE.search(s)
    if not m:
        return None
    if m["era"] or m["ei"]:
        y = 1 if m["ey"] == "元" else kanji_to_int(m["ey"])
        if y is None:
            return None
        year = ERAS[m["era"] or ERA_INITIALS[m["ei"]]] + y - 1
    else:
        year = int(m["wy"])
    month = _MONTHS.index(m["mn"]) + 1 if m["mn"] else kanji_to_int(m["m"])
    if month is None or not 1 <= month <= 12:
        return None
    if m["d"] is None:
        return f"{year:04d}-{month:02d}"
    day = kanji_to_int(m["d"])
    return f"{year:04d}-{month:02d}-{day:02d}" if day is not None and 1 <= day <= 31 else None
