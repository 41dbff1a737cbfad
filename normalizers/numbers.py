"""Numbers as printed in labels and dates: kanji (二十一), full-width (１２) and plain digits; and the words a figure is
counted in (助数詞, units), vocabulary here only: extractors/numbering.py builds its patterns from them (a figure before a
unit is a count, no label)."""
from __future__ import annotations

import unicodedata

# the units a spaced title never opens with after a number or 第N (10 月に…, 3 件の…, 第2 部では…: a count, a date's part,
# a part of a document or a law): numbering's spaced titles (人, 日, 社, 個 begin many titles, so they are not here)
TITLE_UNITS = ("月", "年", "回", "件", "歳", "秒", "割", "倍", "%", "部", "章", "節", "条", "項", "号", "款", "期", "次")
# the counters a number stands with alone on its line, a quantity (a schedule's "20 名" under its table): words whose
# titles run on (名称, 人材, 件名), so only alone
COUNTERS_ALONE = ("名", "人", "件", "個", "枚", "台", "社", "校")
# the units after a bare figure and a space that make it a count, no outline's first level (10 年後, 2 つの, 5 人,
# 3 か所 / 3 箇所 / 3 ヶ月 / 3 カ月, 10 万, 3 次, 2 期, 5 号, 4 回): numbering.BARE_FIGURE_OPENING
FIGURE_UNITS = ("年", "月", "日", "つ", "人", "万", "億", "千", "百", "次", "期", "号", "回", "か", "箇", "ヶ", "カ")
# the units a form's blank is filled in before, closing its row after the blank (約　　　　分, 　　　　円, 　　　　名):
# numbering.FORM_BLANK
BLANK_UNITS = ("分", "円", "時", "人", "名")


def one_of(words: tuple[str, ...]) -> str:
    """The characters of one-letter `words` as the body of a pattern's character class ([…] round it). A word of
    another length would make the class mean something else, silently: it is refused."""
    if any(len(w) != 1 for w in words):
        raise ValueError(f"one_of takes one-letter words only: {[w for w in words if len(w) != 1]}")
    return "".join(words)

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
