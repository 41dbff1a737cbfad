"""One volume of an API manual issued as a set of volumes, as a word processor sets it and a document
system prints it, built with PyMuPDF (issue 19: documents nobody has seen): a cover set in one large type,
the volume's number alone on its first row (第六編) over the title with a blank between; a first section
that lists the set's volumes (第一編 … / 第二編 … / 第三編 … 本書, each entry with its wrapped row, this
volume's entry framed by a character border round each of its two lines); a request URL whose words to
fill in are framed one by one; an XML sample drawn in two frames stacked one on the other, each frame drawn
twice (an outline and one just inside it) and labelled in its top right corner. Truth beside the builder;
the test is in test_newdocsA16_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO, _GOTHIC = "japan", "japan-s"
_BODY = 12.0
VOLUME = "第六編"
TITLE_ROWS = ["Web-API（Ver.4.0）の", "リクエストの設定方法及び", "提供データの内容について", "－公表サイト－"]
TITLE = "".join(TITLE_ROWS)
HEADINGS = [("１．", "解説書の構成について"), ("２．", "法人番号を指定して情報を取得する機能について")]
VOLUMES = [("第一編", "Web-API の利用手続について（共通編）－公表サイト－"),
           ("第二編", "Web-API のリクエストの設定方法及び提供データの内容について（概要編）－公表サイト－"),
           ("第三編", "Web-API（Ver.1.0）のリクエストの設定方法及び提供データの内容について－公表サイト－")]
_MEASURE = 34   # letters on a line of the column from the entries' indent (96 pt to 504 pt, 12 pt letters)
XML = ['<?xml version="1.0" encoding="UTF-8"?>', "<corporations>", " <lastUpdateDate>2019-04-05</lastUpdateDate>",
       " <count>1</count>", " <corporation>", "   <sequenceNumber>1</sequenceNumber>", "   <name>株式会社検索</name>",
       " </corporation>", "</corporations>"]
_TEXT = "Web-API の解説書は、本書を含め、以下のとおり６編で構成しています。本書では各機能を説明します。"


def _frame(page: pymupdf.Page, r: pymupdf.Rect, twice: bool = False) -> None:
    """A frame of four thin lines; `twice`: an outline and a second one 0.7 pt inside it."""
    page.draw_rect(r, color=(0, 0, 0), width=0.5)
    if twice:
        page.draw_rect(pymupdf.Rect(r.x0 + 0.7, r.y0 + 0.7, r.x1 - 0.7, r.y1 - 0.7), color=(0, 0, 0), width=0.5)


def _cover(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((262, 160), VOLUME, fontname=_MINCHO, fontsize=24)
    for k, row in enumerate(TITLE_ROWS):
        page.insert_text((154, 235 + 36 * k), row, fontname=_MINCHO, fontsize=24)
    page.insert_text((226, 630), "令和３年10月", fontname=_MINCHO, fontsize=21.9)
    page.insert_text((265, 684), "国税庁", fontname=_MINCHO, fontsize=21.9)


def _volumes(page: pymupdf.Page, y: float) -> None:
    """The set's volumes, one entry under another with a blank line between, each wrapped at the column's edge
    and its rest hung under its title; the last entry (this volume) framed round each of its two lines, 本書
    after the second frame."""
    for n, (label, title) in enumerate(VOLUMES):
        entry = f"{label} {title}"
        rows = [entry[:_MEASURE]] + ([entry[_MEASURE:]] if len(entry) > _MEASURE else [])
        last = n == len(VOLUMES) - 1
        page.insert_text((96, y), rows[0], fontname=_MINCHO, fontsize=_BODY)
        if last:
            _frame(page, pymupdf.Rect(95.6, y - 12, 505, y + 4))
        for row in rows[1:]:
            y += 18
            page.insert_text((132, y), row, fontname=_MINCHO, fontsize=_BODY)
            if last:
                _frame(page, pymupdf.Rect(131.8, y - 12, 132.5 + _BODY * len(row), y + 4))
                page.insert_text((140 + _BODY * len(row), y), "本書", fontname=_MINCHO, fontsize=_BODY)
        y += 36


def _request(page: pymupdf.Page, y: float) -> None:
    """A request URL whose words to fill in are framed one by one, on two consecutive lines."""
    page.insert_text((99, y), "https://api.houjin-bangou.nta.go.jp/バージョン/num?id=アプリケーショ",
                     fontname=_MINCHO, fontsize=_BODY)
    _frame(page, pymupdf.Rect(315.8, y - 12, 376.3, y + 3.5))
    _frame(page, pymupdf.Rect(425.3, y - 12, 509.8, y + 3.5))
    y += 18
    page.insert_text((98, y), "ンID&number=法人番号,…&type=応答形式&変更履歴要否", fontname=_MINCHO, fontsize=_BODY)
    _frame(page, pymupdf.Rect(98.2, y - 12, 125.2, y + 3.5))
    _frame(page, pymupdf.Rect(174.1, y - 12, 277.3, y + 3.5))
    _frame(page, pymupdf.Rect(442.6, y - 12, 490.7, y + 3.5))


def _xml_sample(page: pymupdf.Page, y: float) -> None:
    """The XML sample: the header part and the data part each in a frame drawn twice, the second frame set on
    the first's foot, each labelled in a small frame at its top right."""
    for k, line in enumerate(XML):
        page.insert_text((113, y + 18 * k), line, fontname=_MINCHO, fontsize=_BODY)
    top, join, foot = y + 6, y + 6 + 18 * 3, y + 6 + 18 * 7
    _frame(page, pymupdf.Rect(112.2, top, 509.8, join + 0.4), twice=True)
    _frame(page, pymupdf.Rect(111.7, join, 509.3, foot), twice=True)
    for lt, name in ((top, "ヘッダー情報"), (join, "データ項目")):
        _frame(page, pymupdf.Rect(439.2, lt + 3, 503.2, lt + 17.6))
        page.insert_text((441, lt + 14), name, fontname=_GOTHIC, fontsize=10.5)


def build_api_manual(path: Path) -> Path:
    doc = pymupdf.open()
    _cover(doc)
    page = doc.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(79.7, 80, 515.6, 102), color=None, fill=(0.72, 0.8, 0.89))
    page.insert_text((85, 97), "".join(HEADINGS[0]), fontname=_GOTHIC, fontsize=15.9)
    page.insert_text((108, 135), _TEXT[:33], fontname=_MINCHO, fontsize=_BODY)
    page.insert_text((96, 153), _TEXT[33:], fontname=_MINCHO, fontsize=_BODY)
    _volumes(page, 200)
    page.insert_text((295, 780), "1", fontname="tiro", fontsize=10.5)
    page = doc.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(79.7, 80, 515.6, 102), color=None, fill=(0.72, 0.8, 0.89))
    page.insert_text((85, 97), "".join(HEADINGS[1]), fontname=_GOTHIC, fontsize=15.9)
    page.insert_text((108, 135), "法人番号を指定して情報を取得する機能のリクエストのフォーマットは以", fontname=_MINCHO,
                     fontsize=_BODY)
    page.insert_text((96, 153), "下のとおりです。四角で囲った値について説明します。", fontname=_MINCHO, fontsize=_BODY)
    _request(page, 200)
    page.insert_text((97, 270), "（応答結果のサンプル）", fontname=_MINCHO, fontsize=_BODY)
    _xml_sample(page, 290)
    page.insert_text((295, 780), "2", fontname="tiro", fontsize=10.5)
    doc.save(path)
    return path


# A white paper's chapter set by DTP in two columns (外交青書): a section's number white on a blue square, the text
# layer writing the title's row with blanks where the number stands; notes numbered in brackets through the
# chapter, their marks raised in the text, set at the page's foot under a rule across both columns; the folio under
# them.
SECTION = ("1", "情勢認識")
ITEM = ("（1）", "法の支配に基づく国際秩序に対する挑戦")
NOTES = [(1, "グローバル・ガバナンス：国家間にまたがる課題への対応に予見可能性を持たせる機関の総体"),
         (2, "拡大抑止：ある国が有する抑止力をその同盟国などにも提供すること")]
_LEFT, _RIGHT = 57.0, 314.0   # the columns' starts; each 21 letters of 10.6 pt wide
_PROSE = "国際社会は再び歴史の大きな転換点にある。冷戦後の一定期間、安定的な国際秩序が世界に拡大した。"


def _column(page: pymupdf.Page, x: float, y: float, rows: int, mark_at: int | None = None, mark: int = 0) -> float:
    for k in range(rows):
        text = (_PROSE * 3)[k * 21:(k + 1) * 21]
        page.insert_text((x, y), text, fontname=_MINCHO, fontsize=10.6)
        if k == mark_at:
            page.insert_text((x + 10.6 * 21 + 1, y - 4), f"({mark})", fontname=_GOTHIC, fontsize=6.2)
        y += 17
    return y


def build_white_paper_page(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(57, 315, 84, 346), color=None, fill=(0.1, 0.4, 0.8))
    page.insert_text((64, 339), SECTION[0], fontname=_GOTHIC, fontsize=19.8, color=(1, 1, 1))
    page.insert_text((57, 337), "\u3000\u3000" + SECTION[1], fontname=_GOTHIC, fontsize=15.6)
    page.draw_line((57, 350), (538, 350), color=(0.1, 0.4, 0.8), width=1)
    y = _column(page, _LEFT, 375, 10, mark_at=3, mark=1)
    page.insert_text((_LEFT, y + 14), "".join(ITEM), fontname=_GOTHIC, fontsize=10.6)
    _column(page, _LEFT, y + 31, 8)
    _column(page, _RIGHT, 375, 12, mark_at=6, mark=2)
    _column(page, _RIGHT, 375 + 17 * 12, 8)
    page.draw_line((57, 753), (538, 753), color=(0.5, 0.5, 0.5), width=0.5)
    for k, (n, text) in enumerate(NOTES):
        page.insert_text((58, 767 + 12 * k), f"({n}) {text}", fontname=_GOTHIC, fontsize=7.1)
    page.insert_text((37, 820), "014", fontname="helv", fontsize=9.2)
    page.insert_text((65, 820), "DIPLOMATIC BLUEBOOK 2025", fontname="helv", fontsize=9.4)
    doc.save(path)
    return path
