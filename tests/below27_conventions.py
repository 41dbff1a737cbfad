"""Kinds below27 builds from documents left under a bar in session 26:

build_bands_point_left_out  a programme's call on one page: its sections on black bands, white bold letters, the
                            first "1 事業の目的" typed with no point, then "2. 募集の対象" and "3. 申込方法", each over a
                            paragraph in the body's type. Truth: the three sections are siblings, depth 1 (the first
                            no part of its own over the rest). `one_line`: "2." holds one line in the bands' size
                            (10.6 pt, regular) and a ※ note, nothing else: that line is its text, no heading.
                            "3." holds a venue's fields: 【所在地】 over the address, 【交通機関】 over two rows in the
                            bands' size: the field's value, no heading (the labels in body type: the truth leaves them
                            out, as the held call's does; here, with no band set apart, they may read as bands).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_REGULAR, _BOLD = "japan-s", "china-ss"   # renamed 例示ゴシック / its bold on save (_faces)
_W, _H = 595, 842
_BODY = 10.0

BANDS = [("1", "事業の目的"), ("2.", "募集の対象"), ("3.", "申込方法")]
_TEXT = ["本事業は、例示市内の中小企業の皆様を対象に、情報管理の体制整備を支援するものです。",
         "参加企業には、全十回の講習と専門家の派遣を通じて、社内の規程と手順の整備を進めていただきます。",
         "詳しくは、例示事務局までお問い合わせください。"]


def _faces(doc: pymupdf.Document) -> None:
    for xref in range(1, doc.xref_length()):
        kind, name = doc.xref_get_key(xref, "BaseFont")
        if kind == "name":
            doc.xref_set_key(xref, "BaseFont", "/ExampleGothic-Bold" if "Song" in name else "/ExampleGothic")


ONE_LINE = "令和６年５月２３日（木）から令和６年６月２８日（金）まで"
NOTE = "※締切日の消印有効とします。"
VENUE = ["例示線「例示駅」南口　徒歩５分", "例示地下鉄「例示駅（７番出口）」　徒歩１分"]


def build_bands_point_left_out(path: Path, one_line: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((160, 90), "例示市情報管理体制整備事業", fontname=_REGULAR, fontsize=14)
    page.insert_text((270, 114), "募集要項", fontname=_REGULAR, fontsize=14)
    y = 160.0
    for label, title in BANDS:
        page.draw_rect(pymupdf.Rect(56, y - 12, 540, y + 4), color=None, fill=(0, 0, 0))
        page.insert_text((60, y), f"{label} {title}", fontname=_BOLD, fontsize=10.6, color=(1, 1, 1))
        y += 20
        if one_line and label == "2.":   # the section holds one line in the bands' size, and a note
            page.insert_text((60, y), ONE_LINE, fontname=_REGULAR, fontsize=10.6)
            page.insert_text((60, y + 17), NOTE, fontname=_REGULAR, fontsize=_BODY)
            y += 58
            continue
        if one_line and label == "3.":   # the venue: two fields, the second's value in the bands' size
            for text, size in (("【所在地】", _BODY), ("例示市例示町１－２－３　例示ビル内", _BODY), ("【交通機関】", _BODY),
                               *((row, 10.6) for row in VENUE)):
                page.insert_text((60, y), text, fontname=_REGULAR, fontsize=size)
                y += 17
            y += 24
            continue
        for k, row in enumerate(_TEXT):
            page.insert_text((60 if k else 70, y), row, fontname=_REGULAR, fontsize=_BODY)
            y += 17
        y += 24
    _faces(doc)
    doc.save(path)
    return path
