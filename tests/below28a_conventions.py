"""Kinds tests28 builds for below28a's five heading conventions (headings.py), each a small invented document in one
face (bold: filled and stroked, as Word sets a face with no bold cut), a cover holding its title, then the page:

build_note_heads   a notice's text, then two notes each headed 注N and a title in bold over its paragraph, white above.
                   `plain_note`: a 注３ line in the text's regular face inside the running text. Truth: 注１, 注２ head
                   their notes, labelled 注1, 注2, the title alone; the plain 注３ line heads nothing. `heads` 1:
                   注１'s head alone on its page: no note's head.
build_list_items   ２ 申請に必要な書類 over its attachments （１）…（５） at one indent counting on, three of five running as
                   sentences (、/。), （１）位置図 a short name over a line of its description set further in.
                   Truth: the chapters head, none of （１）…（５）. `names`: the three are names (no 、 nor 。): （１） heads.
build_small_table  a 12 pt paragraph, then a bold 10 pt region's name right over a ruled table of 7 pt cells.
                   Truth: the name heads the table. `cell_size` 10: the cells as large as the name: no heading.
build_emphasis     a call whose sentence runs on into a bold row (the row above reaches the edge, closes none), and a
                   bold row of its own in the body's size with no white above. Truth: only the numbered sections head.
                   `run_on` False: no sentence runs on into a bold row: the bold row is a title.
build_over_paragraph  a call whose ① items stand in bold further in under their section, and under （１） one ① in body
                   type at the text's left over a paragraph opened one character in, running past the line's end.
                   Truth: that ① heads its paragraph. `sibling`: ② right under it, line under line: neither heads.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT = "japan-s"
_BOLD = {"render_mode": 2, "border_width": 0.04, "color": (0, 0, 0), "fill": (0, 0, 0)}   # Word's bold: filled and stroked
_W, _H = 595, 842
_BODY = 10.0
_LEFT = 60.0
_START = 90.0


def _pages(title: str) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A cover holding the title alone, then the page the convention is on (a short first page reads as the cover)."""
    doc = pymupdf.open()
    cover = doc.new_page(width=_W, height=_H)
    cover.insert_text(((_W - 18 * len(title)) / 2, 300), title, fontname=_FONT, fontsize=18)
    return doc, doc.new_page(width=_W, height=_H)


def _rows(page: pymupdf.Page, y: float, rows: list[tuple[float, str, bool]], size: float = _BODY,
          pitch: float = 16.0) -> float:
    for x, text, bold in rows:
        page.insert_text((x, y), text, fontname=_FONT, fontsize=size, **(_BOLD if bold else {}))
        y += pitch
    return y


_PARA = ["例示市では、令和８年度から例示地区の通学区域を見直し、各校の児童数の偏りを小さくすることとしました。",
         "見直しの内容は、次の表のとおりです。詳しくは、例示課までお問い合わせください。"]
NOTE_HEADS = [("注１", "例示地区の通学区域の修正に伴う経過措置について"), ("注２", "例示区域の取扱いについて")]
_NOTE_TEXT = ["通学区域の修正の前から在籍している児童は、卒業するまで現在の学校に通学することができます。",
              "この場合、保護者は例示課に申し出てください。兄弟姉妹についても同様とします。"]
PLAIN_NOTE = "注３　例示地区の住所の表示は変わりません"


def build_note_heads(path: Path, plain_note: bool = False, heads: int = 2) -> Path:
    doc, page = _pages("例示市立小学校の通学区域の見直し")
    y = _rows(page, _START, [(_LEFT + _BODY, _PARA[0], False), (_LEFT, _PARA[1], False)])
    if plain_note:
        y = _rows(page, y, [(_LEFT, PLAIN_NOTE, False), (_LEFT, _PARA[1], False)])
    for label, title in NOTE_HEADS[:heads]:
        y += 20
        y = _rows(page, y, [(_LEFT, f"{label}　{title}", True), (_LEFT + _BODY, _NOTE_TEXT[0], False),
                            (_LEFT, _NOTE_TEXT[1], False)])
    doc.save(path)
    return path


LIST_SECTION = ("２", "申請に必要な書類")
ITEMS = [("（１）", "位置図"),
         ("（２）", "申請書（様式第１号）に、申請者の氏名、住所及び連絡先を記入したもの。"),
         ("（３）", "申請者が法人である場合は、その登記事項証明書。"),
         ("（４）", "申請に係る土地の所有者の同意を証明する書面、又はこれに代わるもの。"),
         ("（５）", "印鑑証明書")]
NAMES = ["位置図", "例示市土地利用条例", "例示市土地利用条例施行規則", "例示市開発指導要綱", "印鑑証明書"]
_ITEM_NOTE = "縮尺は２千５百分の１以上とし、方位、道路及び目標となる地物を明示すること。"


def build_list_items(path: Path, names: bool = False) -> Path:
    doc, page = _pages("例示事業の申請の手引")
    y = _rows(page, _START, [(_LEFT, "１　申請の方法", False),
                             (_LEFT + _BODY, "申請者は、次の書類を例示課に提出してください。提出は郵送でも受け付けます。", False)])
    y = _rows(page, y, [(_LEFT, "　".join(LIST_SECTION), False)])
    for k, (label, text) in enumerate(ITEMS):
        y = _rows(page, y, [(_LEFT + _BODY, f"{label}{NAMES[k] if names else text}", False)])
        if k == 0:
            y = _rows(page, y, [(_LEFT + 4 * _BODY, _ITEM_NOTE, False)])
    y = _rows(page, y, [(_LEFT, "３　申請の期限", False),
                        (_LEFT + _BODY, "申請は、令和８年４月１日から同年５月３１日までに行ってください。", False)])
    doc.save(path)
    return path


REGION = "例示地区"
_TABLE = [["記号", "区分", "説明"], ["Ａ", "第一種区域", "住宅の環境を守る区域"], ["Ｂ", "第二種区域", "店舗の立地を認める区域"],
          ["Ｃ", "商業区域", "商業の利便を増す区域"]]


def build_small_table(path: Path, cell_size: float = 7.0) -> Path:
    doc, page = _pages("例示市の区域図の凡例")
    y = _rows(page, _START, [(_LEFT + 12, "この凡例は、例示市の区域図に用いる記号の意味を示すものです。", False),
                          (_LEFT, "区域の境界は、図面上の太線で示します。", False)], size=12.0, pitch=20)
    y = _rows(page, y + 14, [(_LEFT, REGION, True)])
    top, xs, h = y - 8, [_LEFT, 120.0, 240.0, 480.0], 16.0
    shape = page.new_shape()
    for k in range(len(_TABLE) + 1):
        shape.draw_line((xs[0], top + h * k), (xs[-1], top + h * k))
    for x in xs:
        shape.draw_line((x, top), (x, top + h * len(_TABLE)))
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    for r, row in enumerate(_TABLE):
        for x, cell in zip(xs, row):
            page.insert_text((x + 4, top + h * r + 11), cell, fontname=_FONT, fontsize=cell_size)
    doc.save(path)
    return path


SECTIONS = [("１．", "事業の目的"), ("２．", "補助の内容")]
EMPHASIS = "例示の額以下（直接経費として）"


def build_emphasis(path: Path, run_on: bool = True) -> Path:
    """Rows 42 em wide at 10 pt: a sentence running on into a bold row (row above reaches the edge, closes nothing)."""
    doc, page = _pages("例示事業公募要領")
    y = _START
    y = _rows(page, y, [(_LEFT, "".join(SECTIONS[0]), True),
                        (_LEFT + _BODY, "本事業は、例示市内の事業者が新たな技術を用いて行う取組を支援するものであり、地域の", False),
                        (_LEFT, "課題を解決する新たなサービスを試行的に導入する取組でもあり、その成果を広く普及させる", run_on),
                        (_LEFT, "ことを目的とします。", False)])
    y = _rows(page, y + 12, [(_LEFT, "".join(SECTIONS[1]), True),
                             (_LEFT + _BODY, "補助の額は、事業に要する経費の二分の一以内とし、一件当たりの上限は次のとおりです。", False),
                             (_LEFT, EMPHASIS, True),
                             (_LEFT + _BODY, "なお、間接経費は補助の対象としません。詳しくは例示課にお問い合わせください。", False)])
    doc.save(path)
    return path


PARAGRAPH_HEAD = ("①", "応募書類提出期限までに行うべきこと")
_LONG = ["募集期間は、令和８年４月１日から同年５月３１日までとし、期限までに例示課に必要な書類を提",
         "出してください。期限を過ぎたものは受け付けません。"]


def build_over_paragraph(path: Path, sibling: bool = False) -> Path:
    doc, page = _pages("例示事業募集要領")
    y = _rows(page, _START, [(_LEFT, "１．応募の資格", True),
                          (_LEFT + 2 * _BODY, "①例示市内に事業所を有すること", True),
                          (_LEFT + 3 * _BODY, "申請の日に、例示市内に本店又は主たる事業所を有していることが必要です。", False),
                          (_LEFT + 2 * _BODY, "②市税を滞納していないこと", True),
                          (_LEFT + 3 * _BODY, "申請の日に、例示市の市税を滞納していないことが必要です。", False)])
    y = _rows(page, y + 12, [(_LEFT, "２．応募の方法", True), (_LEFT, "（１）募集期間", False)])
    head = "".join(PARAGRAPH_HEAD)
    if sibling:
        y = _rows(page, y, [(_LEFT, head, False), (_LEFT, "②応募書類を提出すること", False)])
    else:
        y = _rows(page, y, [(_LEFT, head, False)])
    y = _rows(page, y, [(_LEFT + _BODY, _LONG[0], False), (_LEFT, _LONG[1], False)])
    doc.save(path)
    return path
