"""Built pages for cover27's conventions (tests/test_cover27_conventions.py), invented names only:
- build_colophon_newsletter: a hospital's quarterly newsletter cover, its masthead in display type and beside it the
  colophon rows each led by a list mark — ●発行日 (the issue's day), ●発行 (the publisher), ●編集 (its committee) — or,
  with `slash`, one row 編集・発行／… naming the publisher after a slash; feature lines under it.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover24_conventions import _save, _text   # the same page helpers as cover24's built pages

A4 = (595.0, 842.0)

PUBLISHER = "北野中央総合病院"
FOUNDATION = "公益財団法人北野市文化振興事業団"


def build_colophon_newsletter(path: Path, slash: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 30.0, 40.0, "ありのままをお伝えする季刊誌", 9.0)
    _text(page, 30.0, 100.0, "北野だより", 48.0)
    colophon = ([f"編集・発行／{FOUNDATION}", "〒000-0000 北野市本町1-1"] if slash else
                ["●発行日　2026年1月1日", f"●発行　{PUBLISHER}", f"●編集　{PUBLISHER}広報委員会", "〒000-0000 北野市本町1-1"])
    y = 130.0
    for row in colophon:
        _text(page, 360.0, y, row, 8.0)
        y += 11.0
    y = 300.0
    for row in ("■新しい治療装置が入りました", "■市民公開講座を開きます", "■季節の献立", "■院内の話題"):
        _text(page, 40.0, y, row, 16.0)
        y += 40.0
    return _save(doc, path)
