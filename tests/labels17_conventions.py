"""Documents built for the homes labels17 gave a cover's pieces no dataset held (session 17), each named for what
it shows.

- build_subtitled_plan: a plan's cover as a strategy's is set (ＡＩ戦略２０１９ over ～人・産業・地域・政府全てにＡＩ～):
  the title centred in large type, its subtitle between wave dashes on the row right under it, the date as printed
  (令和８年６月１１日) and the body that decided it lower down; then a contents page under its title 目次 (entries
  with leader dots and page numbers), then the text under the chapters the contents name.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred, _text

TITLE, SUBTITLE, DATE, ISSUER = "北野村情報化推進計画", "～人・暮らし・行政全てに情報網を～", "令和８年６月１１日", "北野村推進会議決定"
CONTENTS_TITLE = "目次"
CHAPTERS = [("第１章", "総則", 3), ("第２章", "推進体制", 4)]


def build_subtitled_plan(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 260, TITLE, 26, GOTHIC)
    _centred(page, 300, SUBTITLE, 16, GOTHIC)
    _centred(page, 560, DATE, 14)
    _centred(page, 590, ISSUER, 14)
    page = doc.new_page()
    _centred(page, 90, CONTENTS_TITLE, 14, GOTHIC)
    for k, (label, title, printed) in enumerate(CHAPTERS):
        page.insert_text((85, 130 + 24 * k), f"{label}　{title}" + "…" * 20 + f"{printed}", fontname=MINCHO,
                         fontsize=10.5)
    for label, title, _ in CHAPTERS:
        page = doc.new_page()
        page.insert_text((85, 90), f"{label}　{title}", fontname=GOTHIC, fontsize=14)
        _text(page, 120, 8)
    doc.save(path)
    return path
