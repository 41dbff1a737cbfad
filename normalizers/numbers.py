"""Numbers as printed in labels and dates: kanji (二十一), full-width (１２) and plain digits."""
from __future__ import annotations

import unicodedata

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十一 → 21, 百五 → 105; also plain and full-width digits."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = current * 10 + _KANJI_DIGITS[ch] if current else _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            return None
    return total + current
