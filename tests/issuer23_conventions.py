"""Documents built for issuer23 (session 23: issuers not read, by convention), each named for what it shows.

- build_flyer: a one-page flyer passed round (回覧): its title, what it offers, no date, and at its foot the contact
  band — the inquiry key (【お問い合わせ先】, ご予約･お問合せは) over the desk with its place in brackets
  (北野市健康推進課（保健センター）), its hours and telephone: the desk is the issuer, its place left out;
  with back=True the sheet's back (a schedule) is printed too.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred, _text

FLYER_DESK = "北野市健康推進課"


def build_flyer(path: Path, key: str = "【お問い合わせ先】", place: str = "（保健センター）", back: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 70), "回覧", fontname=GOTHIC, fontsize=14)
    _centred(page, 130, "結核健診のお知らせ", 28, GOTHIC)
    y = _text(page, 200, 12)
    page.insert_text((85, y + 20), "※気象状況等の影響により、中止になる場合があります。", fontname=MINCHO, fontsize=9)
    for dy, row in [(0, key), (16, FLYER_DESK + place), (32, "月～金曜日8:30～17:15(休日は除く）"),
                    (48, "TEL(0123)45-6789 FAX(0123)45-6790")]:
        page.insert_text((240, 730 + dy), row, fontname=MINCHO, fontsize=11)
    if back:   # the sheet's back: the year's schedule
        page = doc.new_page()
        _centred(page, 90, "令和８年度　健診予定表", 16, GOTHIC)
        _text(page, 130, 10)
    doc.save(path)
    return path
