"""A ministry's slide summary typeset here as 環境省's 令和６年版 環境白書（要約） is (the conventions of
tests/real/env_kankyo_hakusho_2024_yoyaku_slides), with its truth beside it:

build_summary_deck: a cover (the white paper's name in 32 pt over its date and the ministry) and two landscape
slides, each with its chapter tab at the top left (12 pt), its title at the top right (18 pt) and a lead box
under the title; on the second slide the lead is set in the title's size as PowerPoint stores it, 18.02 pt
— no larger than the title: the title is the topmost of the lines set largest. Under the leads, bullets in
14 pt. Headings: the two slides' titles.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
WIDTH, HEIGHT = 780, 540
HEADINGS = ["人の命と健康を守る環境行政の原点", "第六次環境基本計画の策定"]
TAB = "第１章　環境基本計画が目指すもの"
BULLETS = ["◼ 気候変動、生物多様性の損失及び汚染という３つの危機に直面している。",
           "◼ 地下資源に依存した経済社会システムからの転換が必要である。",
           "◼ 環境収容力を守り環境の質を上げることで経済社会全体が成長できる。",
           "◼ 将来にわたって「新たな成長」を実現していく。"]


def _slide(doc: pymupdf.Document, title: str, lead: str, lead_size: float) -> None:
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((37, 30), TAB, fontname=GOTHIC, fontsize=12)
    page.insert_text((380, 30), title, fontname=GOTHIC, fontsize=18)
    page.insert_text((40, 70), lead, fontname=GOTHIC, fontsize=lead_size)
    y = 130.0
    for text in BULLETS * 2:
        page.insert_text((40, y), text, fontname=GOTHIC, fontsize=14)
        y += 28


def build_summary_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=WIDTH, height=HEIGHT)
    cover.insert_text((150, 200), "令和６年版　環境白書（要約）", fontname=GOTHIC, fontsize=32)
    cover.insert_text((300, 360), "令和６年６月", fontname=GOTHIC, fontsize=28)
    cover.insert_text((320, 400), "環境省", fontname=GOTHIC, fontsize=28)
    _slide(doc, HEADINGS[0], "水俣病問題は終わっていない。被害者の方々が安心して暮らせるよう進めていく。", 16)
    _slide(doc, HEADINGS[1], "環境基本法に基づき、２０２４年５月に第六次環境基本計画を閣議決定。", 18.02)
    doc.save(path)
    return path
