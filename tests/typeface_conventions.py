"""Documents typeset here in the typeface conventions of issue 19: font names stored as a
Japanese driver writes them, a typeface's family against the body's.

- build_shift_jis_fonts: headings in ＭＳ ゴシック over a ＭＳ 明朝 body, both names stored in
  Shift-JIS; Latin references in Times.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

BODY = 10.5


# build_shift_jis_fonts: a paper printed through a Japanese PDF driver, which stores each font's
# name in Shift-JIS (a reader shows ＭＳ 明朝 as \x82l\x82r \x96¾\x92©): headings in ＭＳ ゴシック at the
# body size over a ＭＳ 明朝 body, and a list of references whose Latin titles are set in Times (a
# Mincho too, the same look as the body). The references are no headings; the headings end
# where their lines end.
SJIS_HEADINGS = [(1, "１．", "基本的な考え方"), (1, "２．", "参考文献")]
SJIS_REFERENCES = ["(1) Explainable Artificial Intelligence (XAI)", "(2) Model Cards for Model Reporting"]
_SJIS_GOTHIC, _SJIS_MINCHO = "china-s", "japan"   # two distinct CJK fonts, renamed below


def _sjis_name(name: str) -> str:
    """A PDF name holding the Shift-JIS bytes of a font name (#XX escapes for other bytes)."""
    return "/" + "".join(chr(b) if 0x21 <= b < 0x7F and chr(b) not in "#/()<>[]{}%" else f"#{b:02X}"
                         for b in name.encode("cp932"))


def build_shift_jis_fonts(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 90.0
    for k, (_depth, label, title) in enumerate(SJIS_HEADINGS):
        page.insert_text((85, y), f"{label}{title}", fontname=_SJIS_GOTHIC, fontsize=BODY)
        y += 18
        if k == 0:
            for j in range(8):
                page.insert_text((85, y), "　この方針は、人工知能の研究開発と利活用を一体的に進めるための基本的な考え方を示す。"[: 38 if j else 39],
                                 fontname=_SJIS_MINCHO, fontsize=BODY)
                y += 18
        else:
            for ref in SJIS_REFERENCES:
                page.insert_text((85, y), ref, fontname="tiro", fontsize=BODY)
                page.insert_text((100, y + 18), "https://www.example.org/papers/" + ref[1], fontname="tiro", fontsize=BODY)
                y += 36
        y += 12
    rename_fonts(doc, _sjis_name("ＭＳ 明朝"), _sjis_name("ＭＳ ゴシック"), keep=("/Times-Roman",))
    doc.save(path)
    return path
