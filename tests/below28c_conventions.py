"""Kinds below28c builds from documents left under a bar in session 27:

build_sheet_at_two_scales  landscape sheets printed fit to each page (read as slides): a summary under the book's title,
                           then the sheet 例示年度　例示補正予算目的別内訳 over a ruled table on page 2, set 13.3 pt there
                           (the page of more rows shrunk), and again at the same height over the table's rest on page 3 in
                           14 pt, as much wider, then the next sheet's title on page 4. Truth: the sheets' titles head
                           pages 2 and 4 (page 3's is the title printed again over the sheet's next page).
build_notice_form          a notice's form (様式): 様式1, the number and the date left blank (文書番号 / 年　月　日), the
                           addressee 例示大臣　殿, the sender's fields 機関名 / 機関等の長　名, then the subject on two rows,
                           the first run to the text's edge (…（例示プログラム）による例示研究 / 革新型）交付申請書) centred
                           under it, then the form's sentence and its numbered fields. Truth: title the subject's two
                           rows, no date, no issuer (the senders are left to fill in).
build_fields_in_margin     a statement's page with its box of fields (法人名 / 施設名) in the top margin over the title.
                           Truth: issuer the corporation the 法人名 field names.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_FONT = "japan"
_W, _H = 595, 842

SHEET_TITLE = "例示年度　例示補正予算目的別内訳"
NEXT_TITLE = "例示年度　例示補正予算性質別内訳"
_ROWS = ["例示税", "例示交付金", "例示負担金", "例示使用料", "例示手数料", "例示繰入金", "例示諸収入", "例示債"]


def _table(page: pymupdf.Page, top: float, rows: list[str], size: float, note: str = "例示の説明文をここに記す") -> None:
    xs, h = (60, 260, 400, 535), size * 1.8
    for k, name in enumerate(["款", *rows]):
        y = top + k * h
        page.draw_line((xs[0], y), (xs[-1], y))
        page.insert_text((xs[0] + 4, y + h - 4), name, fontname=_FONT, fontsize=size)
        page.insert_text((xs[1] + 4, y + h - 4), "金額" if k == 0 else f"{1000 * (k + 3):,}", fontname=_FONT, fontsize=size)
        page.insert_text((xs[2] + 4, y + h - 4), "備考" if k == 0 else note, fontname=_FONT, fontsize=size)
    bottom = top + (len(rows) + 1) * h
    page.draw_line((xs[0], bottom), (xs[-1], bottom))
    for x in xs:
        page.draw_line((x, top), (x, bottom))


def _centred(page: pymupdf.Page, y: float, text: str, size: float, across: float = _W) -> None:
    width = pymupdf.get_text_length(text, fontname=_FONT, fontsize=size)
    page.insert_text(((across - width) / 2, y), text, fontname=_FONT, fontsize=size)


_TEXT = "例示会計の歳入は、例示税及び例示交付金を主な財源とし、前年度に比べ例示の増となっている。"


def build_sheet_at_two_scales(path: Path) -> Path:
    """The book's title page, then the sheet's title over its text on page 2 (13.3 pt over 9.5 pt: the page shrunk to
    fit its rows), again at the same height over the rest on page 3 (14 pt over 10 pt, as much wider), the next
    sheet's on page 4."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)   # the book's first page: its own title over a summary
    _centred(page, 70, "例示年度", 17.6)
    _centred(page, 110, "例示補正予算の概要", 30.0)
    for k in range(8):
        page.insert_text((60, 160 + k * 17), _TEXT, fontname=_FONT, fontsize=10.0)
    for title, size, body, rows in ((SHEET_TITLE, 13.3, 9.5, 30), (SHEET_TITLE, 14.0, 10.0, 12), (NEXT_TITLE, 14.0, 10.0, 12)):
        page = doc.new_page(width=_W, height=_H)
        _centred(page, 70, title, size)
        for k in range(rows):
            page.insert_text((60 + (body if k % 3 == 0 else 0), 110 + k * body * 1.7), _TEXT, fontname=_FONT, fontsize=body)
    doc.save(path)
    return path


FORM_SUBJECT = ("　　年度例示研究拠点形成事業費補助金（例示プログラム：例示の科学技術の振興による例示研究", "革新型）交付申請書")


def build_notice_form(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    size = 10.5
    page.insert_text((70, 80), "様式1", fontname=_FONT, fontsize=size)
    page.insert_text((455, 110), "文　書　番　号", fontname=_FONT, fontsize=size)
    page.insert_text((476, 127), "年　　月　　日", fontname=_FONT, fontsize=size)
    page.insert_text((70, 180), "例示大臣　殿", fontname=_FONT, fontsize=size)
    page.insert_text((320, 228), "機関名", fontname=_FONT, fontsize=size)
    page.insert_text((340, 243), "機関等の長　名", fontname=_FONT, fontsize=size)
    first, second = FORM_SUBJECT
    page.insert_text((72, 293), first, fontname=_FONT, fontsize=size)
    _centred(page, 311, second, size)
    for k, row in enumerate(["　例示研究拠点形成事業費補助金（例示プログラム）による例示研究革新型の交付要綱第５条第１",
                             "項の規定により、上記補助金の交付につき、下記のとおり申請します。"]):
        page.insert_text((70, 345 + 17 * k), row, fontname=_FONT, fontsize=size)
    for k, row in enumerate(["1．補助事業の名称", "2．事業計画", "3．その他"]):
        page.insert_text((70, 430 + 34 * k), row, fontname=_FONT, fontsize=size)
    doc.save(path)
    return path


CORPORATION = "社会福祉法人例示の郷"


def build_fields_in_margin(path: Path) -> Path:
    """A corporation's statements, one a page: the ruled box of fields 法人名 / 施設名 in 7 pt in the top margin (y 12–29)
    of every page, each value in the cell beside its label, then 第1号の1様式 at the left, the statement's title in
    18 pt and its table."""
    doc = pymupdf.open()
    for title in ("資金収支計算書", "事業活動計算書", "貸借対照表"):
        page = doc.new_page(width=_W, height=_H)
        page.insert_text((29, 9), "第1号の1様式", fontname=_FONT, fontsize=8)
        for k, (label, value) in enumerate((("法人名", CORPORATION), ("施設名", "特別養護老人ホーム例示の郷"))):
            page.insert_text((272, 19 + 8 * k), label, fontname=_FONT, fontsize=7)
            page.insert_text((410, 19 + 8 * k), value, fontname=_FONT, fontsize=7)
        for y in (12, 20.5, 28.5):   # the box's rows ruled, the label's column ruled off (across the table's gutter)
            page.draw_line((258, y), (530, y), width=0.5)
        for x in (258, 406, 530):
            page.draw_line((x, 12), (x, 28.5), width=0.5)
        _centred(page, 74, title, 18)
        page.insert_text((188, 86), "（自 例示年4月1日　至 例示年3月31日）", fontname=_FONT, fontsize=9)
        _table(page, 95, [f"{r}の収入（例示の区分による）" for r in _ROWS * 4], 9, "例示の説明文をここに記しておく")
    doc.save(path)
    return path
