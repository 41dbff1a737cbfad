"""Documents built for unify18 (session 18: one place per decision — the cover's date and title decided once and
handed on), each named for what it shows.

- build_twice_dated_plan: a plan's cover printing its date twice in two forms — a release note over the title in
  small type, (2026.6.11 公表), and the date row under the title, 令和８年６月１１日, over the body that decided it.
  The date row dates the plan (cover._document_date); its printed form is that row's, the one the reader read.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, _centred, _text

TITLE, NOTE, DATE, ISSUER = "北野村情報化推進計画", "（2026.6.11 公表）", "令和８年６月１１日", "北野村推進会議決定"


def build_twice_dated_plan(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((420, 90), NOTE, fontname=GOTHIC, fontsize=9)
    _centred(page, 260, TITLE, 26, GOTHIC)
    _centred(page, 560, DATE, 14)
    _centred(page, 590, ISSUER, 14)
    page = doc.new_page()
    page.insert_text((85, 90), "第１章　総則", fontname=GOTHIC, fontsize=14)
    _text(page, 120, 8)
    doc.save(path)
    return path
