"""Built pages for mend28's conventions (tests/test_mend28_conventions.py), invented names only (北野…):
- build_dated_form: a blank form — 別紙様式９ at the top left, the title at the left with the labelled date left blank
  in brackets at the right of the same row, (記入日：　年　月　日), a field label 主病： under it at the right over its
  check boxes, then the ruled grid of fields.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover24_conventions import _save, _text   # the same page helpers as cover24's built pages

A4 = (595.0, 842.0)
DATED_FORM_TITLE = "北野病　療養計画書　初回用"
FIELD_LABEL = "主病："


def build_dated_form(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 73.0, 38.0, "(別紙様式９)", 9.7)
    _text(page, 73.0, 66.0, DATED_FORM_TITLE, 11.4)
    _text(page, 339.0, 66.0, "(記入日：　　　　　　年　　　　　月　　　　日）", 9.7)
    _text(page, 358.0, 84.0, FIELD_LABEL, 9.7)
    _text(page, 358.0, 103.0, "□北野病　□南野病　□東野症", 9.7)
    top, height = 116.0, 22.0
    for r, (caption, value) in enumerate((("患者氏名", ""), ("検査項目", "□身長（　　cm）　□体重（　　kg）"),
                                          ("問診", "□食事の状況　□運動の状況"), ("達成目標", "患者と相談した目標"),
                                          ("服薬指導", "□処方なし　□薬の説明"))):
        page.draw_rect(pymupdf.Rect(70.0, top + r * height, 170.0, top + (r + 1) * height), color=(0, 0, 0), width=0.5)
        page.draw_rect(pymupdf.Rect(170.0, top + r * height, 530.0, top + (r + 1) * height), color=(0, 0, 0), width=0.5)
        _text(page, 76.0, top + r * height + 15.0, caption, 9.7)
        _text(page, 176.0, top + r * height + 15.0, value, 9.7)
    _text(page, 70.0, 250.0, "※実施項目は、□にチェック、（　）内には具体的に記入", 9.7)
    return _save(doc, path)
