"""Kinds blind26b builds from session 26's unseen statistics releases (a prefecture's daily count of cases, printed
from a spreadsheet):

build_side_by_side_lists  a release's first page: a title, then two lists set side by side, each a spreadsheet's block
                          ruled row by row (a thin bar under every row, no vertical rule anywhere), the left block's
                          rows by age ending in a small count set flush right against the block's end (0, 1, 3 …), the
                          right block's rows by place opening a few points past the gap between the two blocks' rules;
                          a second page opens with a numbered part, 「１　事例一覧」, over its list. Truth: the one
                          heading １ 事例一覧 (each left row's count is its row's, no label of the place beside it); under
                          the left block a third block whose header row is a grey band, 推定経路, over rows ruled one by
                          one: the band is the block's header row, no heading; the part's row ends in a bracketed remark
                          flush right, （欠番12例）, no value of a key.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842
TITLE = "例示県における例示感染症の発生状況"
HEADINGS = [(1, "１", "事例一覧")]
# left block: age band, two counts, total, today's (flush right at the block's end)
_LEFT = [("90歳以上", "163", "435", "598", "0"), ("80代", "585", "775", "1360", "1"), ("70代", "1000", "931", "1932", "1"),
         ("60代", "1988", "1679", "3668", "3"), ("50代", "2820", "2527", "5347", "3"), ("40代", "4104", "3248", "7354", "4"),
         ("30代", "4591", "3593", "8185", "5"), ("20代", "6017", "4974", "10992", "3"), ("10代", "3254", "2816", "6071", "5"),
         ("10歳未満", "2233", "2140", "4376", "7"), ("合計", "26774", "23146", "49947", "32")]
# right block: place, count, share, cleared
_RIGHT = [("例示市", "13175", "26%", "13047"), ("見本市", "3407", "7%", "3358"), ("試験市", "1387", "3%", "1371"),
          ("標本市", "4381", "9%", "4318"), ("模型市", "2015", "4%", "1990"), ("雛形市", "1833", "4%", "1813"),
          ("手本市", "5345", "11%", "5255"), ("型紙市", "2090", "4%", "2070"), ("例題町", "4154", "8%", "4031"),
          ("設例町", "1844", "4%", "1830"), ("仮名村", "1116", "2%", "1104")]


BAND = "推定経路"
_ROUTES = [("接触者", "29290"), ("県外", "48"), ("飲食店", "59"), ("職場", "53"), ("調査中", "19605")]


def _bar(page: pymupdf.Page, x0: float, x1: float, y: float) -> None:
    page.draw_rect(pymupdf.Rect(x0, y, x1, y + 0.6), color=None, fill=(0, 0, 0))


def _right(tw: pymupdf.TextWriter, font: pymupdf.Font, text: str, x1: float, y: float, size: float = 9) -> None:
    tw.append((x1 - font.text_length(text, fontsize=size), y), text, font=font, fontsize=size)


def build_side_by_side_lists(path: Path, size: float = 9, list_size: float = 10, cases: int = 12) -> Path:
    doc = pymupdf.open()
    font = pymupdf.Font("cjk")
    page = doc.new_page(width=_W, height=_H)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((110, 70), TITLE, font=font, fontsize=max(10.2, size + 1.6))   # the title a size over the rows
    tw.append((110, 88), "分類", font=font, fontsize=size)
    tw.append((300, 88), "10月13日（水）", font=font, fontsize=size)
    top, step = 91.0, 12.7
    for x0, x1 in ((108, 324), (336, 512)):
        _bar(page, x0, x1, top)
    tw.append((110, top + 10), "年代", font=font, fontsize=9)
    for text, x1 in (("男性", 176), ("女性", 206), ("合計", 296)):
        _right(tw, font, text, x1, top + 10)
    _right(tw, font, "うち当日分", 322, top + 10, 7.7)
    tw.append((338, top + 10), "居住地", font=font, fontsize=9)
    _right(tw, font, "うち解除", 510, top + 10, 7.7)
    y = top + step
    for (age, m, f, total, today), (place, n, share, cleared) in zip(_LEFT, _RIGHT):
        for x0, x1 in ((108, 324), (336, 512)):
            _bar(page, x0, x1, y)
        tw.append((110, y + 10), age, font=font, fontsize=size)
        for text, x1 in ((m, 176), (f, 206), (total, 296), (today, 322)):
            _right(tw, font, text, x1, y + 10, size)
        tw.append((338, y + 10), place, font=font, fontsize=size)
        for text, x1 in ((n, 445), (share, 473), (cleared, 510)):
            _right(tw, font, text, x1, y + 10, size)
        y += step
    for x0, x1 in ((108, 324), (336, 512)):
        _bar(page, x0, x1, y)
    y += 2 * step
    page.draw_rect(pymupdf.Rect(108, y, 245, y + step), color=None, fill=(0.85, 0.85, 0.85))
    _bar(page, 108, 245, y)
    tw.append((110, y + 10), BAND, font=font, fontsize=size)
    for route, n in _ROUTES:
        y += step
        _bar(page, 108, 245, y)
        tw.append((110, y + 10), route, font=font, fontsize=size)
        _right(tw, font, n, 243, y + 10, size)
    _bar(page, 108, 245, y + step)
    tw.write_text(page)
    page = doc.new_page(width=_W, height=_H)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((120, 75), TITLE, font=font, fontsize=16.2)
    tw.append((102, 97), "１　事例一覧", font=font, fontsize=list_size)
    tw.append((428, 97), "（欠番12例）", font=font, fontsize=list_size)
    y = 102.0
    for k in range(cases):
        _bar(page, 100, 494, y)
        tw.append((104, y + 20), f"{900 - k}", font=font, fontsize=list_size)
        for text, x in (("男性" if k % 2 else "女性", 140), ("30代", 180), ("10月12日", 220), ("10月13日", 280),
                        (_RIGHT[k % len(_RIGHT)][0], 340), ("調査中", 420)):
            tw.append((x, y + 20), text, font=font, fontsize=list_size)
        y += 34
    _bar(page, 100, 494, y)
    tw.write_text(page)
    doc.save(path)
    return path
