"""A central bank's semi-annual report and a works office's notice, as their producers set them (issue 19:
documents nobody has seen), built with PyMuPDF. Truth beside the builders; the tests are in
test_newdocsA18_conventions.py.

The report (a Word document saved by Acrobat): a cover; a 目次 whose page numbers the text layer sets as lines
of their own flush right on the entries' rows, running on to a second page that opens with an entry so
numbered (69 69 74 83 94 down its right edge: no margin line numbers, which count in one step); the front
matter's pages numbered ii, iii at the foot; a chapter Ⅰ． in 14 pt over a line chart drawn in vectors — a frame
divided by a marker line, its value scale 108 … 88 down its left side, its time axis and a （注） under it in
8 pt at the page's foot —; a ＢＯＸ１ in 13 pt after the chapters, beside them; an appendix 付録　… in 13 pt over
its groups in 12 pt.

The notice (a circular handed round a neighbourhood): the circulation stamp |回覧 at the top right (an OCR
reading of its frame's side beside it), the date, the addressees and the office, the subject centred and framed
whole in 【】, the text, 記 and its items."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_MINCHO, _GOTHIC = "japan", "japan-s"
_BODY = 11.0
_BLUE = (0.0, 0.44, 0.75)
TITLE = "金融システムレポート"
# the contents: (label, title, page printed or "" for none, indent)
CONTENTS_1 = [("Ⅰ．", "わが国金融システムの安定性評価（要旨）", "1", 0), ("Ⅱ．", "金融資本市場から観察されるリスク", "7", 0),
              ("１．", "国際金融市場", "7", 1), ("２．", "国内金融市場", "10", 1), ("Ⅲ．", "金融仲介活動", "16", 0),
              ("１．", "銀行部門の金融仲介活動", "16", 1), ("（１）", "貸出", "", 2), ("（２）", "有価証券投資", "", 2),
              ("２．", "ノンバンク部門の金融仲介活動", "22", 1), ("Ⅳ．", "金融機関が直面するリスク", "34", 0),
              ("１．", "信用リスク", "34", 1), ("（１）", "国内の信用リスク", "", 2), ("（２）", "海外の信用リスク", "", 2),
              ("２．", "有価証券投資にかかる市場リスク", "48", 1), ("３．", "資金流動性リスク", "52", 1)]
CONTENTS_2 = [("Ⅴ．", "金融システムの頑健性", "69", 0), ("１．", "金融機関の損失吸収力", "69", 1),
              ("（１）", "自己資本の充実度と損失吸収力", "", 2), ("２．", "マクロ・ストレステスト", "74", 1),
              ("（１）", "ベースライン・シナリオ", "", 2), ("ＢＯＸ１　", "８月初にかけて生じた金融・為替市場の急激な", "83", 0),
              ("", "相場変動について", "", 4),
              ("ＢＯＸ２　", "年齢別・地域別にみた住宅ローンのリスク特性", "86", 0), ("", "付録　基本用語の定義", "94", 0)]
# the headings of the text: (level, label, title)
HEADINGS = [(1, "Ⅰ．", "わが国金融システムの安定性評価（要旨）"),
            (1, "ＢＯＸ１", "８月初にかけて生じた金融・為替市場の急激な相場変動について"),
            (1, "", "付録　基本用語の定義"), (2, "", "金融機関決算関連"), (2, "", "国内基準行の自己資本比率関連")]
_TEXT = ("わが国の金融システムは、全体として安定性を維持している。金融仲介活動は円滑に行われている。貸出市場で",
         "は、貸出金利が上昇するもとでも、企業の資金需要は増加しており、金融機関の融資姿勢も引き続き積極的で",
         "ある。こうした金融仲介活動に、大きな不均衡は認められない。")


def _paragraph(page: pymupdf.Page, y: float) -> float:
    for k, row in enumerate(_TEXT):
        page.insert_text((82 if k == 0 else 71, y), row, fontname=_GOTHIC, fontsize=_BODY)
        y += 20
    return y + 10


def _contents(page: pymupdf.Page, entries: list[tuple[str, str, str, int]], y: float) -> None:
    """Entries in 12 pt (11 pt for the (１) ones), each page number written after them as a text of its own
    flush right on the row, as Word's tab stop leaves it in the layer."""
    for label, title, number, indent in entries:
        size = 11.0 if indent == 2 else 12.0
        page.insert_text((110 + (8 * indent if indent < 4 else 58), y), label + title, fontname=_GOTHIC, fontsize=size,
                         color=_BLUE if indent == 0 else (0, 0, 0))
        if number:
            page.insert_text((505 - 6 * len(number), y + 1), number, fontname=_GOTHIC, fontsize=10.5)
        y += 24


def _foot(page: pymupdf.Page, number: str) -> None:
    page.insert_text((295, 805), number, fontname=_GOTHIC, fontsize=9)


def _chart(page: pymupdf.Page, y: float) -> float:
    """A line chart drawn in vectors: its plot frame divided by a marker line, the value scale 108 … 88 left of it
    (the first level with the frame's top, the last with its foot), the time axis under it, a curve."""
    top, foot, left, right = y, y + 120, 100.0, 300.0
    page.draw_rect(pymupdf.Rect(left, top, right, foot), color=(0, 0, 0), width=0.5)
    page.draw_line((210, top), (210, foot), color=(0, 0, 0), width=0.5)
    for k, value in enumerate(("108", "104", "100", "96", "92", "88")):
        at = top + k * (foot - top) / 5
        page.insert_text((left - 2 - 8 * len(value), at + 3), value, fontname=_GOTHIC, fontsize=8)   # flush with the frame
    for k, tick in enumerate(("7/1", "8", "15", "22", "29", "8/5", "12", "19", "26")):
        page.insert_text((left - 4 + k * 24, foot + 10), tick, fontname=_GOTHIC, fontsize=8)
    page.draw_polyline([(left + k * 20, top + 40 + (k % 3) * 15) for k in range(11)], color=(0, 0.5, 0), width=1.5)
    page.insert_text((left + 10, top + 14), "米雇用統計公表", fontname=_GOTHIC, fontsize=8)   # the legend in the plot
    page.insert_text((right - 60, top + 14), "S&P 500", fontname=_GOTHIC, fontsize=8)
    return foot + 12


def build_report(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((170, 400), TITLE, fontname=_GOTHIC, fontsize=26)
    cover.insert_text((440, 740), "日本銀行", fontname=_GOTHIC, fontsize=13)
    cover.insert_text((440, 760), "2024年10月", fontname=_GOTHIC, fontsize=13)
    first = doc.new_page(width=595, height=842)
    first.insert_text((71, 90), "目　次", fontname=_GOTHIC, fontsize=14, color=_BLUE)
    _contents(first, CONTENTS_1, 125)
    _foot(first, "ii")
    second = doc.new_page(width=595, height=842)
    _contents(second, CONTENTS_2, 125)
    _foot(second, "iii")
    text = doc.new_page(width=595, height=842)
    text.insert_text((71, 95), "".join(HEADINGS[0][1:]), fontname=_GOTHIC, fontsize=14, color=_BLUE)
    y = _paragraph(text, 130)
    text.insert_text((230, y + 10), "図表Ⅰ-1　主要株価指数", fontname=_GOTHIC, fontsize=10)
    y = _chart(text, y + 30)
    _paragraph(text, y + 30)
    for k, tick in enumerate(("18", "19", "20", "21", "22", "23", "24")):
        text.insert_text((100 + 28 * k, 700), tick, fontname=_GOTHIC, fontsize=8)
    for k, tick in enumerate(("3", "5", "7")):
        text.insert_text((450 + 16 * k, 699), tick, fontname=_GOTHIC, fontsize=8)
    text.insert_text((498, 701.5), "9 月", fontname=_GOTHIC, fontsize=8)   # its baseline a little off the ticks'
    text.insert_text((73, 716), "（注）中図の「日本」はTOPIX、「米国」はS&P 500。後方4週移動平均。", fontname=_GOTHIC, fontsize=8)
    text.insert_text((73, 728), "（資料）Bloomberg", fontname=_GOTHIC, fontsize=8)
    _foot(text, "1")
    box = doc.new_page(width=595, height=842)
    box.insert_text((71, 90), "ＢＯＸ１　" + HEADINGS[1][2], fontname=_GOTHIC, fontsize=13, color=_BLUE)
    y = _paragraph(box, 125)
    _foot(box, "83")
    appendix = doc.new_page(width=595, height=842)
    appendix.insert_text((71, 90), HEADINGS[2][2], fontname=_GOTHIC, fontsize=13, color=_BLUE)
    appendix.insert_text((76, 125), HEADINGS[3][2], fontname=_GOTHIC, fontsize=12, color=_BLUE)
    y = 146.0
    for row in _TERMS:
        appendix.insert_text((76, y), row, fontname=_GOTHIC, fontsize=10.5)
        y += 19.6
    appendix.insert_text((76, y + 14), HEADINGS[4][2], fontname=_GOTHIC, fontsize=12, color=_BLUE)
    appendix.insert_text((76, y + 35), "コア資本比率＝コア資本／リスクアセット", fontname=_GOTHIC, fontsize=10.5)
    _foot(appendix, "94")
    doc.save(path)
    return path


_TERMS = ("当期純利益＝コア業務純益＋株式関係損益＋債券関係損益－信用コスト", "コア業務粗利益＝資金利益＋非資金利益",
          "コア業務純益＝資金利益＋非資金利益－経費", "資金利益＝資金運用収益－資金調達費用",
          "株式関係損益＝株式売却益－株式売却損－株式償却", "信用コスト率＝信用コスト／貸出残高")


NOTICE_TITLE = "国道23号鈴鹿四日市道路事業における自然環境調査のお知らせ"


def build_notice(path: Path) -> Path:
    """The notice, typed: |回覧 at the top right, the head, the subject framed whole in 【】 centred with white
    above and under it, two paragraphs, 記 and an item."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((490, 60), "|回覧", fontname=_GOTHIC, fontsize=18)
    page.insert_text((430, 90), "令和８年５月吉日", fontname=_GOTHIC, fontsize=12)
    page.insert_text((60, 110), "地域の皆様へ", fontname=_GOTHIC, fontsize=12)
    page.insert_text((280, 128), "国土交通省中部地方整備局三重河川国道事務所", fontname=_GOTHIC, fontsize=12)
    page.insert_text((105, 175), f"【{NOTICE_TITLE}】", fontname=_GOTHIC, fontsize=13)
    rows = ("日頃より地域の皆様には、道路事業に格段のご理解とご協力を賜り、厚く御礼申し上げます。",
            "さて、本年度も引き続き自然環境調査を実施いたします。作業上、皆様の所有地に立ち入る場合",
            "もございますので、ご承知いただきますとともに、調査へのご協力のほど宜しくお願い致します。")
    for k, row in enumerate(rows):
        page.insert_text((72 if k < 2 else 60, 220 + 18 * k), row, fontname=_MINCHO, fontsize=12)
    page.insert_text((292, 300), "記", fontname=_MINCHO, fontsize=12)
    page.insert_text((64, 340), "(2)調査範囲：裏面参照の地域", fontname=_MINCHO, fontsize=12)
    doc.save(path)
    return path
