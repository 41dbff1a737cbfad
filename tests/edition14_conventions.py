"""A headquarters' basic policy typeset here in its conventions (issue 19, session 14), with its truth
beside the builder.

- build_small_tail_underlined: one Mincho face for everything, body 18pt; the numbered headings
  (１．… and （１）…) stand at the margin on a line of their own, set apart by an underline alone (a thin
  filled rectangle drawn once under the whole line). One heading's parenthesised tail is set smaller
  on the same baseline （２）…の把握（定点観測（週報）） and the word processor draws the line's one underline at
  the depth its LARGEST type sets: further below the baseline than the smaller type alone would put
  it. The tail shares the underline of the rest, so the line is underlined and a heading.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
SIZE, SMALL = 18.0, 14.0
LEFT = 71.0
LEADING = 30.0
TEXT = "各地域の状況を踏まえつつ関係者と連携して必要な対策を速やかに講じることとし、その内容を広く周知する。"
ROW = 25   # letters of a full row at SIZE between LEFT and the right edge

HEADINGS = {"build_small_tail_underlined": [
    ("１．", "基本的な考え方"),
    ("２．", "対策の重要事項"),
    ("（１）", "情報提供の充実"),
    ("（２）", "地域での発生状況の把握（定点観測（週報））"),
    ("（３）", "拡大防止の取組"),
]}


def _rows(page: pymupdf.Page, y: float, n: int) -> float:
    """A paragraph of n rows, its first indented one character (字下げ), its last ending short; the y
    after it."""
    text = TEXT * 4
    start = 0
    for k in range(n):
        x = LEFT + (SIZE if k == 0 else 0)
        width = ROW - (1 if k == 0 else 0)
        row = text[start:start + width] if k < n - 1 else "広く周知する。"
        page.insert_text((x, y), row, fontname=MINCHO, fontsize=SIZE)
        start += width
        y += LEADING
    return y


def _heading(page: pymupdf.Page, y: float, text: str, tail: str = "") -> float:
    """A heading's line at the margin, `tail` after it set SMALL on the same baseline, and one thin
    filled rule under the whole line 4.3pt below the baseline (within 0.3 em of 18pt, beyond 0.3 em of
    14pt); the y of the next row."""
    page.insert_text((LEFT, y), text, fontname=MINCHO, fontsize=SIZE)
    x = LEFT + SIZE * len(text)
    if tail:
        page.insert_text((x, y), tail, fontname=MINCHO, fontsize=SMALL)
        x += SMALL * len(tail)
    page.draw_rect(pymupdf.Rect(LEFT, y + 3.9, x, y + 4.7), color=None, fill=(0, 0, 0), width=0)
    return y + LEADING + 6


def build_small_tail_underlined(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.32, height=841.92)
    page.insert_text((150, 110), "地域における感染症対策の基本方針", fontname=MINCHO, fontsize=19)
    page.insert_text((330, 150), "令和２年３月２日", fontname=MINCHO, fontsize=16)
    page.insert_text((330, 172), "感染症対策本部決定", fontname=MINCHO, fontsize=16)
    y = _heading(page, 225, "１．基本的な考え方")
    y = _rows(page, y, 4)
    y = _heading(page, y + 12, "２．対策の重要事項")
    y = _heading(page, y, "（１）情報提供の充実")
    y = _rows(page, y, 3)
    y = _heading(page, y + 6, "（２）地域での発生状況の把握", "（定点観測（週報））")
    y = _rows(page, y, 3)
    y = _heading(page, y + 6, "（３）拡大防止の取組")
    _rows(page, y, 2)
    doc.save(path)
    return path
