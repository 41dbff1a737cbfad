"""Papers typeset here for the one stamp decision (the labels pass, labels.label_lines: Line.label), read by the flow and
the cover alike.

- build_reference_part: the cover of a reference part, 参考資料 set alone in display type in the middle of
  the page, the date and the office under it, and a meeting stamp 資料３ at the top right: the stamp is the
  document's label (doc_label, out of the cover's rows), the words 参考資料 set as the cover's title are its
  title — a stamp is told by where it is printed (a page's top), not by its words alone.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred

TEXT = "本資料は、検討会における議論の参考として、関係する制度の概要を取りまとめたものである。"
STAMP, TITLE, DATE, OFFICE = "資料３", "参考資料", "令和６年４月", "内閣府"


def build_reference_part(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((500, 60), STAMP, fontname=MINCHO, fontsize=12)
    _centred(page, 380, TITLE, 32, GOTHIC)
    _centred(page, 440, DATE, 14)
    _centred(page, 470, OFFICE, 14)
    page = doc.new_page()
    page.insert_text((85, 80), "１．制度の概要", fontname=GOTHIC, fontsize=12)
    for k in range(6):
        page.insert_text((85, 110 + 18 * k), TEXT[:40], fontname=MINCHO, fontsize=10.5)
    doc.save(path)
    return path
