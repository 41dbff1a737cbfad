"""Kinds blind28b builds from session 28's unseen paper (a national agency's print of a 告示's table):

build_parts_table  a table printed in numbered parts, one a page: （一） at the top left of page 1 and the range of
                  rows it holds at the right on the same row, （二）, （三） over pages 2 and 3; on every page the same
                  ruled grid — a two-row header (区分 spanning 以上 | 未満, 税額 spanning 甲 | 乙) printed again whole — and
                  one drawn body row holding a column of amounts a line each, set flush right, down to the frame's foot;
                  page 2's grid shifted 11 pt right (a bound booklet's alternate margin).
                  Truth: one table, pages 1–3, 2 + 3 = 5 rows × 4 columns, its first row 区分 |  | 税額 | .
build_subscript_labels  a note of two numbered cases whose font maps its full-size figures to subscript code points
                  in the text layer: "１　…の人" then, under a paragraph, "₂　…の人" (U+2082, printed as a 2 of the text's
                  size). Truth: both cases are headings, labels 1 and 2.
build_cited_instrument  a 告示's table as the agency applying it prints it: the title, then the table's caption citing
                  the instrument date first (月額表（令和５年３月31日例示省告示第10号別表第一）), no sender printed.
                  Truth: issuer 例示省 (the body the instrument's number names).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842
PART_MARKS = ("（一）", "（二）", "（三）")
HEADER = ["区分", "", "税額", ""]
PARTS_SHAPE = (5, 4)
_XS = [60.0, 140.0, 220.0, 380.0, 530.0]
_TOP, _MID, _HEAD, _FOOT = 90.0, 110.0, 130.0, 700.0


def _grid(page: pymupdf.Page, tw: pymupdf.TextWriter, font: pymupdf.Font, dx: float, first: int) -> None:
    xs = [x + dx for x in _XS]
    shape = page.new_shape()
    for y in (_TOP, _HEAD, _FOOT):
        shape.draw_line((xs[0], y), (xs[-1], y))
    shape.draw_line((xs[0], _MID), (xs[2], _MID))
    shape.draw_line((xs[2], _MID), (xs[-1], _MID))
    for k, x in enumerate(xs):
        shape.draw_line((x, _MID if k in (1, 3) else _TOP), (x, _FOOT))
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    tw.append((xs[0] + 30, _TOP + 14), "区分", font=font, fontsize=9)
    tw.append((xs[2] + 60, _TOP + 14), "税額", font=font, fontsize=9)
    for x, word in zip(xs, ("以上", "未満", "甲", "乙")):
        tw.append((x + 25, _MID + 14), word, font=font, fontsize=9)
    for k in range(38):
        low = first + 2000 * k
        y = _HEAD + 14 + 14.5 * k
        for right, value in zip(xs[1:], (low, low + 2000, low // 100, low // 30)):
            text = f"{value:,}"
            tw.append((right - 3 - font.text_length(text, fontsize=8), y), text, font=font, fontsize=8)


def build_parts_table(path: Path) -> Path:
    doc = pymupdf.open()
    font = pymupdf.Font("cjk")
    for n, mark in enumerate(PART_MARKS):
        page = doc.new_page(width=_W, height=_H)
        tw = pymupdf.TextWriter(page.rect)
        dx = 11.0 if n % 2 else 0.0
        if n == 0:
            tw.append((200, 50), "例示の税額表（令和８年分）", font=font, fontsize=12)
        first = 88000 + 76000 * n
        tw.append((60 + dx, 80), mark, font=font, fontsize=10)
        tw.append((420 + dx, 82), f"（{first:,}円〜{first + 75999:,}円）", font=font, fontsize=8)
        _grid(page, tw, font, dx, first)
        tw.append((290, 790), str(n + 1), font=font, fontsize=9)
        tw.write_text(page)
    doc.save(path)
    return path


CASES = ("「例示の控除申告書」（以下この表において「申告書」といいます。）の提出があった人",
         "申告書の提出がない人（「従たる給与についての申告書」の提出があった人を含みます。）")
_ITEM = "その人のその月の給与等の金額から、その給与等の金額から控除される社会保険料等の金額を控除した金"


def build_subscript_labels(path: Path) -> Path:
    """The note's lines as the agency sets them: 8.5 pt, each case's label indented one space, its items ⑴ ⑵ two,
    their wrapped lines under the items' text, the second case's paragraph under it."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((160, 80), "例示の税額の求め方について", font=font, fontsize=12)
    lines = [(52, "（備考）税額の求め方は、次のとおりです。"), (57, f"　１　{CASES[0]}")]
    for mark in ("⑴", "⑵", "⑶"):
        lines += [(57, f"　　{mark}　{_ITEM}"), (82, "額を求めます。これが求める税額です。")]
    lines += [(57, f"　\u2082　{CASES[1]}"), (57, f"　　　{_ITEM[:44]}"), (74, _ITEM), (74, "額を求めます。これが求める税額です。")]
    for k, (x, text) in enumerate(lines):
        tw.append((x, 480 + 12.8 * k), text, font=font, fontsize=8.5)
    tw.write_text(page)
    doc.save(path)
    return path


CITED_BODY = "例示省"


def build_cited_instrument(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((170, 40), "例示所得の税額表（令和８年分）", font=font, fontsize=12)
    tw.append((70, 64), f"月額表（令和５年３月31日{CITED_BODY}告示第10号別表第一）", font=font, fontsize=9)
    for k in range(6):
        tw.append((70, 100 + 16 * k), f"{88 + k},000円以上の場合には、その金額に応じた税額を求めます。", font=font, fontsize=9)
    tw.write_text(page)
    doc.save(path)
    return path
