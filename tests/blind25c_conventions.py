"""Kinds blind25c builds from session 25's unseen papers (a school's guide exported by a word processor, a ministry's
published list of cases):

build_zero_width_guide  a guide exported from a word processor: every run of a line wrapped in zero-width spaces
                        (U+200B) — "​【例示の基本】​" (16 pt) over "​１．例示の心がまえ​" … (14 pt, the label touching its
                        title), one of them a single character ("３．礼"), one a quoted phrase ("４．「例示します」"), each over
                        bulleted 11 pt lines. Truth: the band at depth 1, the numbered items at depth 2, labels as printed,
                        the quoted title with its brackets.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842
ZW = "\u200b"

GUIDE_HEADINGS = [(1, "", "【例示の基本】"), (2, "１．", "例示の心がまえ（時間・体調管理）"), (2, "２．", "あいさつ"),
                  (2, "３．", "礼"), (2, "４．", "「例示します」"), (2, "５．", "電話と欠席の連絡")]

_BULLETS = ["●" + ZW + "時間を守る：指定された時間の十分前には到着し、準備を整えておきましょう。",
            "●" + ZW + "体調を整える：前日はしっかり睡眠をとり、朝食を必ず食べてください。"]


def build_zero_width_guide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((72, 80), ZW + "例示学習にあたっての生徒心得" + ZW, font=font, fontsize=16)
    tw.append((468, 104), ZW + "2026/07/21" + ZW, font=font, fontsize=11)
    tw.append((72, 140), ZW + "【例示の基本】" + ZW, font=font, fontsize=16)
    tw.append((72, 164), ZW + "実際にやってみましょう！（職場によって例示が必要です。）" + ZW, font=font, fontsize=11)
    y = 200.0
    for _, label, title in GUIDE_HEADINGS[1:]:
        tw.append((72, y), ZW + label + title + ZW, font=font, fontsize=14)
        y += 24
        for bullet in _BULLETS:
            tw.append((90, y), ZW + bullet + ZW, font=font, fontsize=11)
            y += 18
        y += 14
    tw.write_text(page)
    doc.save(path)
    return path
