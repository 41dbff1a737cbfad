"""Kinds blind27c builds from session 27's unseen papers (statistics releases, survey reports):

build_open_sided_table  a statistics release's table as a ministry's statistics office rules it: its row rules drawn from
                  margin to margin (x 57–538), its column rules inside only (all six through the header, two down the
                  body), no side drawn; the first column (区分, the bands' labels and rows) stands between the rules'
                  start and the first column rule, the last (超過率) between the last column rule and the rules' end.
                  Truth: one table of 3 grid rows × 7 columns, its first row 区分 | 人数 | 入数 | 出数 | 入率 | 出率 | 超過率.
build_release_cover  a statistics release's cover: a framed box at the top right — 令和８年４月１日 over 【照会先】, the
                  office, its officer and telephone — over the title centred in 14 pt between two dashes
                  (－令和７年例示調査結果の概況－), the contents under it. Truth: title 令和７年例示調査結果の概況 (the dashes
                  set it off), date 2026-04-01.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842
LEFT, RIGHT = 57.0, 538.0
HEADER_XS = [167.0, 243.0, 305.0, 367.0, 424.0, 481.0]
BODY_XS = [167.0, 367.0]
HEADINGS = ["区分", "人数", "入数", "出数", "入率", "出率", "超過率"]
ROWS = [150.0, 174.0, 230.0, 286.0]   # top, header's foot, a band's foot, the table's foot
OPEN_SIDED_SHAPE = (len(ROWS) - 1, len(HEADINGS))


def build_open_sided_table(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((200, 110), "表１　例示の動き", font=font, fontsize=10.5)
    shape = page.new_shape()
    for y in ROWS:
        shape.draw_line((LEFT, y), (RIGHT, y))
    for x in HEADER_XS:
        shape.draw_line((x, ROWS[0]), (x, ROWS[1]))
    for x in BODY_XS:
        shape.draw_line((x, ROWS[1]), (x, ROWS[-1]))
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    edges = [LEFT] + HEADER_XS + [RIGHT]
    for (a, b), text in zip(zip(edges, edges[1:]), HEADINGS):
        tw.append((a + 4, ROWS[0] + 15), text, font=font, fontsize=8)
    for k, (top, label) in enumerate(((ROWS[1], "例示年（2022）"), (ROWS[2], "例示年（2021）"))):
        tw.append((LEFT + 2, top + 12), label, font=font, fontsize=8)
        for j, row in enumerate(("計", "男")):
            y = top + 26 + 14 * j
            tw.append((120, y), row, font=font, fontsize=8)
            for x, value in zip((210, 280, 340, 400, 455, 515), ("51,198.9", "7,798.0", "7,656.7", "15.2", "15.0", "0.2")):
                tw.append((x, y), value, font=font, fontsize=8)
    tw.write_text(page)
    doc.save(path)
    return path


RELEASE_TITLE = "令和７年例示調査結果の概況"
RELEASED_ON = "2026-04-01"


def build_release_cover(path: Path) -> Path:
    """A statistics release's cover: a framed box at the top right — the day of release, 【照会先】, the office, its
    officer and telephone — over the title centred in 14 pt between two dashes (－…－), the contents under it."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    for k, text in enumerate(("令和８年４月１日", "【照会先】", "例示局例示統計室", "室長補佐　例示　太郎",
                              "（代表電話）03(0000)0000（内線0000）")):
        tw.append((318, 128 + 14 * k), text, font=font, fontsize=10.5)
    tw.append((177, 354), "－" + RELEASE_TITLE + "－", font=font, fontsize=14)
    tw.append((253, 440), "目　　次", font=font, fontsize=12)
    for k, text in enumerate(("調査の概要 ‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥ １ページ",
                              "利用上の注意 ‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥ ３ページ")):
        tw.append((67, 490 + 28 * k), text, font=font, fontsize=10.5)
    tw.write_text(page)
    shape = page.new_shape()
    shape.draw_rect(pymupdf.Rect(307, 116, 536, 200))
    shape.finish(color=(0, 0, 0), width=0.7)
    shape.commit()
    doc.save(path)
    return path
