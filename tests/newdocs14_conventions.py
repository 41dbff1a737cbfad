"""Two kinds of document not held before session 14, built with PyMuPDF (issue 19: documents nobody
has seen), truth beside each builder; the tests are in test_newdocs14_conventions.py.

* A judgment as a court's system prints it (FPDF: a text set line by line on a fixed grid): one Mincho
  size throughout, 主　　文 / 理　　由 centred by ideographic spaces, no title and no date at the head —
  the judgment's date on a line of its own at the END, over the court's name and its judges.
* A ministry's web page printed from the browser (Chrome's "Save as PDF", Skia/PDF): the site's
  navigation bar, a breadcrumb trail that repeats the page's name, the site section's banner set larger
  than anything else, the page's title in two bold rows with a side column's link level with the first,
  its date; sections "(1)" "(2)" in bold body size over topics in bold body size with no number."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_MINCHO = "japan-s"
_SIZE = 12.0
_ROW = 28.3
_SP = "\u3000"

# --- a judgment dated at its end -------------------------------------------------------------------------
JUDGMENT_DATE, JUDGMENT_ISO = "令和３年５月１７日", "2021-05-17"
JUDGMENT_HEADINGS = ["主文", "理由"]
_OPERATIVE = ["本件上告を棄却する。", "上告費用は上告人の負担とする。"]
_REASONS = ["上告代理人の上告理由について", "所論の点に関する原審の判断は，正当として是認することができる。原判決に所論の違法はなく，論旨は採用することができない。",
            "原審の適法に確定した事実関係の下においては，上告人の請求を棄却すべきものとした原審の判断は，正当として是認することができ，"
            "原判決に所論の違法はない。論旨は，独自の見解に立って原判決を論難するものにすぎず，採用することができない。",
            "所論の点に関する原審の認定判断は，原判決挙示の証拠関係に照らして首肯するに足り，その過程に所論の違法はない。",
            "よって，裁判官全員一致の意見で，主文のとおり判決する。"]


def _judgment_lines(closing: list[str]) -> list[str]:
    """The judgment's lines, 37 characters to a row, the given closing lines after its text."""
    lines = [_SP * 17 + "主" + _SP * 4 + "文"]
    lines += [_SP * 5 + s for s in _OPERATIVE]
    lines += [_SP * 17 + "理" + _SP * 4 + "由"]
    for para in _REASONS:
        text = _SP + para
        lines += [text[k:k + 37] for k in range(0, len(text), 37)]
    return lines + closing


def build_closing_judgment(path: Path, closing: list[str] | None = None) -> Path:
    """`closing`: the lines after the text (default: the date, the court, its judges); every line at one x,
    its indent made of ideographic spaces, as the courts' system sets it."""
    closing = closing if closing is not None else [
        _SP * 2 + JUDGMENT_DATE, _SP * 5 + "最高裁判所第一小法廷",
        _SP * 9 + "裁判長裁判官" + _SP * 4 + "山" + _SP * 3 + "田" + _SP * 3 + "太" + _SP * 3 + "郎",
        _SP * 12 + "裁判官" + _SP * 4 + "川" + _SP * 3 + "上" + _SP * 3 + "一" + _SP * 3 + "夫"]
    doc = pymupdf.open()
    lines = _judgment_lines([])
    lines = lines[:-1] + lines[4:-1] + lines[-1:]   # the reasons run on over a full page (25 rows)
    for n, block in enumerate((lines[:-2], lines[-2:] + closing), 1):   # the text turns a page before it closes
        page = doc.new_page(width=595.3, height=841.9)
        for k, line in enumerate(block):
            page.insert_text((88, 108 + _ROW * k), line, fontname=_MINCHO, fontsize=_SIZE)
        page.insert_text((285, 788), f"- {n} -", fontname=_MINCHO, fontsize=10)
    rename_fonts(doc, "/MS-Mincho", "/MS-Mincho")
    doc.save(path)
    return path


# --- a web page printed from the browser ------------------------------------------------------------------
WEB_TITLE = "The Second Emergency Response Package for the Novel Coronavirus Disease (Key Points)"
WEB_ISO = "2020-03-10"
_TITLE_ROWS = ["The Second Emergency Response Package for the Novel", "Coronavirus Disease (Key Points)"]
# (label, title, level): numbered sections in bold body size over topics in bold body size, no number
WEB_HEADINGS = [("(1)", "Preventing the disease from spreading", 1), ("", "Measures to prevent the spread of infections", 2),
                ("", "Enhancing the screening system", 2), ("(2)", "Responses for issues arising from school closures", 1),
                ("", "Support for parents' work leaves", 2), ("", "Promoting telework", 2)]
_WEB_PARA = ["The government will take comprehensive measures on both the demand and the supply sides of the",
             "matter and will continue to closely monitor the situation, taking the necessary measures."]


def build_web_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.0, height=842.0)
    for x, item in zip((77, 145, 210, 368, 430, 516), ("Home", "News", "Videos", "Policy", "The Cabinet", "Links")):
        page.insert_text((x, 88), item, fontname="helv", fontsize=7.7, color=(0.67, 0.67, 0.67))
    page.insert_text((51, 120), "Home >  Policy >  Ongoing Topics >  " + " ".join(_TITLE_ROWS), fontname="helv", fontsize=7.7)
    page.insert_text((51, 155), "Ongoing Topics", fontname="helv", fontsize=17.8, color=(0.08, 0.31, 0.5))
    page.insert_text((43, 200), _TITLE_ROWS[0], fontname="hebo", fontsize=11)
    page.insert_text((442, 200), "Related Link", fontname="hebo", fontsize=9.5)
    page.insert_text((43, 213), _TITLE_ROWS[1], fontname="hebo", fontsize=11)
    page.insert_text((454, 226), "Japanese", fontname="helv", fontsize=7.7)
    page.insert_text((43, 226), "March 10, 2020", fontname="hebo", fontsize=9, color=(0.08, 0.31, 0.5))
    page.insert_text((322, 247), "[Provisional Translation]", fontname="hebo", fontsize=9)
    y = 270.0
    for label, title, level in WEB_HEADINGS:
        y += 12 if level == 1 else 0
        page.insert_text((51, y), f"{label} {title}".strip(), fontname="hebo", fontsize=9,
                         color=(0.67, 0.67, 0.67) if level == 1 else (0, 0, 0))
        y += 14
        for row in _WEB_PARA:
            page.insert_text((52, y), row, fontname="helv", fontsize=9)
            y += 12.5
        y += 12
    doc.save(path)
    return path
