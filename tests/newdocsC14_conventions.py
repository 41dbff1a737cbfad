"""A discussion paper's footnotes as Word sets them when the footnote style keeps the body's
first-line indent, built with PyMuPDF (issue 19: footnotes of documents nobody has seen): body-size
notes (only the number small) under a short separator rule at the left of the foot; on the first page
the note starts at the rule's start, on the second its number stands three characters right of it (the
paragraph indent the note kept) and its URL runs to a second line. Truth beside the builder; the test
is in test_newdocsC14_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO = "japan"
_SIZE, _MARK = 12.0, 7.0
_LEFT, _INDENT = 85.0, 121.0   # the column's left edge; the first line's indent (3 characters)
NOTES = [(1, "政府情報システムの管理に関する標準ガイドライン", ""),
         (2, "政府機関におけるセキュリティ・人材の育成・確保", "https://www.example.go.jp/hrd/plan.html")]
_BODY = [["情報システムは業務や行政サービスの提供を行うために必要な基盤である", "ことから、可用性、機密性、完全性に係るセキュリティについて考慮す",
          "ることが必要である。その管理の方法は標準ガイドラインに定められて", "いる。"],
         ["政府においては、人材の確保と育成の方針に基づき各府省において計画", "を策定し、人材を育成してきているところである。研修の実施計画に",
          "記載される各研修の科目において資産管理に係る科目はない。"]]
_MARKED = [(3, "いる。"), (2, "記載される各研修の科目において")]   # (row, text before the mark) of each page's mark


def build_indented_note(path: Path) -> Path:
    doc = pymupdf.open()
    for k, rows in enumerate(_BODY):
        page = doc.new_page(width=595.3, height=841.9)
        page.insert_text((400, 50), "ディスカッションペーパー", fontname=_MINCHO, fontsize=10.5)
        for r, text in enumerate(rows):
            page.insert_text((_INDENT if r == 0 else _LEFT + 24, 120 + 18 * r), text, fontname=_MINCHO, fontsize=_SIZE)
        row, before = _MARKED[k]
        x = (_INDENT if row == 0 else _LEFT + 24) + _SIZE * len(before)
        page.insert_text((x, 120 + 18 * row - 5), str(k + 1), fontname=_MINCHO, fontsize=_MARK)   # the raised mark
        for r in range(20):   # the page's running text down to the foot
            page.insert_text((_LEFT + 24, 220 + 18 * r), "これは本文の続きであり、脚注ではない行である。", fontname=_MINCHO, fontsize=_SIZE)
        rule_y = 720.0 if k == 0 else 699.0
        page.draw_line((_LEFT, rule_y), (_LEFT + 144, rule_y), color=(0, 0, 0), width=0.5)   # the separator
        number, text, url = NOTES[k]
        x = _LEFT if k == 0 else _INDENT
        page.insert_text((x, rule_y + 14), str(number), fontname=_MINCHO, fontsize=_MARK)
        page.insert_text((x + 6, rule_y + 19), text, fontname=_MINCHO, fontsize=_SIZE)
        if url:
            page.insert_text((x - 2, rule_y + 34), url, fontname="helv", fontsize=10)
        page.insert_text((293, 775), str(k + 1), fontname="helv", fontsize=_SIZE)
    doc.save(path)
    return path
