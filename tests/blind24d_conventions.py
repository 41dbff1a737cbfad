"""Kinds blind24d builds from session 24's unseen 告示 (a 本則 of 第N parts whose items under a part are captions):

build_branch_numbers  a 告示's 本則 typed in one size: "第一　例示の通則" over items that are sentences, then "第二　例示料の
                      施設基準等" over captions set on lines of their own — "一　…に係る時間", then "一の二　…の施設基準" and
                      "一の三　…の施設基準" (branch numbers, 枝番: items inserted after 一 by an amendment), "二　…の施設基準" —
                      each with its sentence under it. Truth: the 第N parts at depth 1, every caption at depth 2, the
                      branch-numbered ones as well as the bare.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
_W, _H = 595, 842

BRANCH_HEADINGS = [(1, "第一", "例示の通則"), (1, "第二", "例示料の施設基準等"),
                   (2, "一", "例示初診料に係る例示大臣が定める時間"), (2, "一の二", "例示初診料の特定加算の施設基準"),
                   (2, "一の三", "例示再診料の情報機器を用いた診療に係る施設基準"), (2, "二", "例示再診料の夜間加算の施設基準")]

_LINES = [("", "例示料の施設基準等の一部を改正する件"), ("", ""),
          ("第一", "例示の通則"),
          ("一", "例示機関は、第二に規定する施設基準に従い、適正に届出を行わなければならないこと。"),
          ("二", "例示機関は、届出の内容に変更があったときは、速やかに届け出なければならないこと。"),
          ("第二", "例示料の施設基準等"),
          ("一", "例示初診料に係る例示大臣が定める時間"),
          ("", "当該地域において一般の例示機関がおおむね診療の態勢を解除した後の時間であること。"),
          ("一の二", "例示初診料の特定加算の施設基準"),
          ("", "例示機関における取引価格の妥結率が五割以下であること。"),
          ("一の三", "例示再診料の情報機器を用いた診療に係る施設基準"),
          ("", "情報機器を用いた診療を行うにつき十分な体制が整備されていること。"),
          ("二", "例示再診料の夜間加算の施設基準"),
          ("", "一週当たりの診療時間が三十時間以上であること。")]


def build_branch_numbers(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    y = 90.0
    for label, text in _LINES:
        if label.startswith("第"):
            page.insert_text((71, y), f"{label}　{text}", fontname=MINCHO, fontsize=10.5)
        elif label:
            page.insert_text((81.5, y), f"{label}　{text}", fontname=MINCHO, fontsize=10.5)
        elif text:
            page.insert_text((92, y), text, fontname=MINCHO, fontsize=10.5)
        y += 21
    doc.save(path)
    return path
