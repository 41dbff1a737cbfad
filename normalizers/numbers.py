"""Numbers as printed in labels: circled (①), kanji (第二十一部), Roman (Ⅲ), full-width letters ((Ａ))."""
from __future__ import annotations

import unicodedata

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def circled_to_int(ch: str) -> int | None:
    """①..⑳, ㉑..㉟, ㊱..㊿, ⓪, and the negative/double circled forms → their number."""
    if len(ch) != 1:
        return None
    o = ord(ch)
    if 0x2460 <= o <= 0x2473:
        return o - 0x2460 + 1
    if 0x3251 <= o <= 0x325F:
        return o - 0x3251 + 21
    if 0x32B1 <= o <= 0x32BF:
        return o - 0x32B1 + 36
    if o == 0x24EA:
        return 0
    if 0x2776 <= o <= 0x277F:  # dingbat negative circled
        return o - 0x2776 + 1
    if 0x24F5 <= o <= 0x24FE:  # double circled
        return o - 0x24F5 + 1
    return None


def is_circled(ch: str) -> bool:
    return circled_to_int(ch) is not None


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


_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10,
          "Ⅺ": 11, "Ⅻ": 12, "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "ⅳ": 4, "ⅴ": 5, "ⅵ": 6, "ⅶ": 7, "ⅷ": 8,
          "ⅸ": 9, "ⅹ": 10}


def roman_to_int(text: str) -> int | None:
    text = text.strip()
    if len(text) == 1 and text in _ROMAN:
        return _ROMAN[text]
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    text = unicodedata.normalize("NFKC", text).upper()
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = values[c]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def label_number(label: str) -> int | None:
    """The number a heading label carries, whatever its script: 第二部, 1., (3), ①, (Ａ), Ⅱ."""
    s = unicodedata.normalize("NFKC", label) if not any(is_circled(c) for c in label) else label
    s = s.strip().strip("第部章節().．、 ")
    if not s:
        return None
    if len(s) == 1 and is_circled(s):
        return circled_to_int(s)
    if len(label.strip()) and roman_to_int(label.strip().rstrip(".．")) is not None:
        return roman_to_int(label.strip().rstrip(".．"))
    if len(s) == 1 and s.isascii() and s.isalpha():
        return ord(s.upper()) - ord("A") + 1
    return kanji_to_int(s)
