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


# --- a judgment as a converter of the 2000s sets it (BCL easyPDF) ------------------------------------------
# 主 and 文 as two runs far apart (no space characters), 主文's items set in from both sides and hung, the
# reasons' paragraphs numbered １ (1) with the label a run of its own, a sentence carried over a page's turn
# and on into a row opening with a bracket; the line naming the argument answered under 理由
ARGUMENT = "上告代理人甲野太郎ほかの上告受理申立て理由について"
EASY_HEADINGS = [(1, "主文"), (1, "理由"), (2, ARGUMENT)]
_EASY_TEXT = ("原審の適法に確定した事実関係の概要は，次のとおりである。上告人は，長崎市長から健康管理手当の支給認定を受けて"
              "同手当の支給を受けていたが，我が国を出国したことにより同手当の支給を停止されたため，未払の同手当の支払を求めている。"
              "原審は，上告人の請求を認容すべきものとしたが，その判断は是認することができない。その理由は次のとおりである。")


def _rows(text: str, first: int, rest: int) -> list[str]:
    rows, k = [text[:first]], first
    while k < len(text):
        rows.append(text[k:k + rest])
        k += rest
    return rows


def build_spaced_runs_judgment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    y = 108.0

    def put(x: float, text: str) -> None:
        page.insert_text((x, y), text, fontname=_MINCHO, fontsize=_SIZE)

    for word in ("主文", None, "理由"):
        if word is None:   # 主文's items, set in from both sides: the first wraps hung under its text
            for label, rows in (("１", ["原判決のうち上告人の敗訴部分を破棄し，同部分に", "つき第１審判決を取り消す。"]),
                                ("２", ["前項の部分に関する被上告人の請求を棄却する。"])):
                put(171, label)
                for row in rows:
                    put(195, row)
                    y += 30.3
            continue
        put(232, word[0])
        put(306, word[1])
        y += 30.3
    put(97, ARGUMENT)
    y += 30.3
    for label in ("１", "２", "３"):   # numbered paragraphs: the label a run of its own, the text run to the edge
        rows = _rows(_EASY_TEXT, 34, 37)
        put(97, label)
        put(122, rows[0])
        y += 30.3
        for row in rows[1:]:
            put(85, row)
            y += 30.3
    put(97, "(1)")   # the page's last row: its sentence goes on over the page's turn
    put(129, _EASY_TEXT[:34])
    page.insert_text((298, 783), "- 1 -", fontname=_MINCHO, fontsize=10)
    page = doc.new_page(width=595.3, height=841.9)
    y = 108.0
    put(85, _EASY_TEXT[34:71])
    y += 30.3
    put(97, "(2)")   # a row of its sentence opens with a bracket
    put(129, _EASY_TEXT[:34])
    y += 30.3
    put(85, "（平成１１年法律第８７号による改正前のもの）３条，被爆者援護法施行令の規")
    y += 30.3
    put(85, "定は是認することができる。")
    page.insert_text((298, 783), "- 2 -", fontname=_MINCHO, fontsize=10)
    rename_fonts(doc, "/MS-Mincho", "/MS-Mincho")
    doc.save(path)
    return path
