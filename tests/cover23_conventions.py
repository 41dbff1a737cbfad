"""Pages typeset after the kinds cover23 met in its second sample of unseen documents (bench/cover_sample.tsv, draw 23),
none of whose words the code knows (stand-in names: 北野…, 南野…). Each builder sets one page, or a few, the way its
kind prints it:

- build_copy_notice: a notice sent on as a copy — the copy mark 写 set large at the top left in its circle, drawn by
  a stamp annotation over the page, the notice's number and date at the top right, the addressees, two senders each
  over （公印省略）, the subject.
- build_bill_list: a council session's list of the bills put to it, titled by the session (第４４４回北野市議会定例会
  提出議案一覧表), each row a bill's number and its subject, the last ones …の推薦について.
- build_bill: a bill's page: its number at the top left (議案第１号), its title set in from the text's edge, the
  articles, and the filing line (…提出) and the mayor signing at its foot.
- build_section_under_chapter: a standard's first section of a chapter, one file a section: its place 第III部 第2章
  第1節 北野性 small at the top right of each page, the chapter's heading centred over the section's on the first page.
- build_notice_of_instrument: a 告示 as the gazette prints it — its caption at the top, ○北野省告示第五十九号 (the mark
  opening the number), the text, the date and the minister signing.
- build_circular_head: a neighbourhood circular whose masthead is centred in large type, the date and the signer set
  small at the top right level with it, the issue's subject in a band under it.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_MINCHO, _GOTHIC = "japan", "china-s"
A4 = (595.0, 842.0)

NOTICE_NUMBER, NOTICE_DATE = "北医発０６３０第２号", "令和７年６月30日"
ADDRESSEES = ("地方北野局医療課長", "都道府県民生主管部（局）", "　国民健康保険主管課（部）長　　殿")
SENDERS = ("北野省保険局医療課長", "北野省保険局歯科医療管理官")
SUBJECT = ("「診療報酬の算定に伴う実施上の留意事項について」", "の一部改正について")

SESSION_TITLE = "第４４４回北野市議会定例会提出議案一覧表"
COUNCIL = "北野市議会"
BILLS = ("令和７年度北野市一般会計補正予算", "北野市火災予防条例の一部を改正する条例", "北野市立図書館設置条例",
         "市道の認定について", "北野市人権擁護委員の推薦について", "北野市人権擁護委員の推薦について")

BILL_NUMBER, BILL_TITLE = "議案第１号", "令和４年度北野市一般会計補正予算"
FILED, MAYOR = "令和４年６月１０日提出", "北野市長　南野　一郎"

PLACE, CHAPTER, SECTION = "第III部 第2章 第1節 北野性", "第2章　北野性・南野性(北野法第29条第1項・第2項)", "第1節　北野性"

INSTRUMENT = ("北野診療料の施設基準等の一部を改正する件", "○北野省告示第五十九号", "令和二年三月五日", "北野大臣　南野　一郎")

CIRCULAR_DATE, CIRCULAR_SIGNER = "2026年3月15日", "組長 北野 太郎"
CIRCULAR_TITLE, CIRCULAR_SUBJECT = "組からのお知らせ", "令和８年　第１回　家庭排水溝清掃のお知らせ"


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10.5, font: str = _MINCHO) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=size)


def _width(text: str, size: float, font: str = _MINCHO) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = _MINCHO) -> None:
    _text(page, A4[0] / 2 - _width(text, size, font) / 2, y, text, size, font)


def _save(doc: pymupdf.Document, path: Path) -> Path:
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


def build_copy_notice(path: Path) -> Path:
    """The copy mark 写 in 40 pt Gothic inside a circle at the top left, in a stamp annotation's box (the words a
    reader's stamp drew over the page), over the number and the date flush right in 12 pt; the addressees at the left closed by 殿, the senders each over （公印省略） at the right, the subject
    centred on two rows, the text under it; a second page of the attachment."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.draw_circle((76, 86), 24, color=(0, 0, 0), width=2)
    _text(page, 56, 100, "写", 40, _GOTHIC)
    page.add_stamp_annot(pymupdf.Rect(42, 52, 110, 119), stamp=0)
    for k, s in enumerate((NOTICE_NUMBER, NOTICE_DATE)):
        _text(page, 540 - _width(s, 12), 96 + 14 * k, s, 12)
    for k, s in enumerate(ADDRESSEES):
        _text(page, 42, 152 + 14 * k, s, 12)
    y = 236.0
    for s in SENDERS:
        _text(page, 315, y, s, 12)
        _text(page, 330, y + 14, "（　公　印　省　略　）", 12)
        y += 56
    for k, s in enumerate(SUBJECT):
        _centred(page, y + 20 + 14 * k, s, 12)
    y += 80
    for k in range(6):
        _text(page, 42, y + 16 * k, "　今般、下記の通知の一部を別添のとおり改正し、適用することとするので、周知徹底を図られたい。"[:40], 12)
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 42, 80, "別添", 12)
    for k in range(20):
        _text(page, 42, 110 + 16 * k, "第１　通則の改正に関する事項を次のとおり定めるものとする。", 12)
    return _save(doc, path)


def build_bill_list(path: Path) -> Path:
    """The session's list title centred in 12 pt, then a row a bill: 議案第 N号 at the left, its subject beside it."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _centred(page, 96, SESSION_TITLE, 12)
    for k, bill in enumerate(BILLS):
        y = 150 + 26 * k
        _text(page, 96, y, f"議案第{k + 1:>2}号", 11)
        _text(page, 190, y, bill, 11)
    return _save(doc, path)


def build_bill(path: Path) -> Path:
    """議案第１号 at the top left, the title set in 4 ems from the text's left edge, the articles in 10 pt, the filing
    line set in 2 ems near the foot and the mayor flush right under it; a second page of the budget's table."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 85, 90, BILL_NUMBER, 10)
    _text(page, 130, 130, BILL_TITLE, 10)
    rows = ("　令和４年度北野市の一般会計補正予算は、次に定めるところによる。", "（歳入歳出予算の補正）",
            "第１条　歳入歳出予算の総額に歳入歳出それぞれ475,633千円を追加する。", "（地方債の補正）",
            "第２条　地方債の追加、変更は、「第２表地方債補正」による。")
    for k, s in enumerate(rows):
        _text(page, 85, 175 + 40 * k, s, 10)
    _text(page, 110, 536, FILED, 10)
    _text(page, 510 - _width(MAYOR, 10), 604, MAYOR, 10)
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 85, 90, "第１表　歳入歳出予算補正", 10)
    for k in range(12):
        _text(page, 85, 120 + 20 * k, f"款　第{k + 1}項　金額　{(k + 3) * 1234:,}千円", 10)
    return _save(doc, path)


def build_circular_head(path: Path) -> Path:
    """The masthead centred in 20 pt Gothic, the date at the top right in 9.5 pt starting a little above it, the
    signer under the date; the issue's subject in 15 pt under the masthead; the greeting in 10 pt and the particulars in a ruled table."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 46, 58, "No.6", 9)
    _centred(page, 50, CIRCULAR_TITLE, 20, _GOTHIC)
    _text(page, 561 - _width(CIRCULAR_DATE, 9.5), 38, CIRCULAR_DATE, 9.5)
    _text(page, 561 - _width(CIRCULAR_SIGNER, 9.5), 53, CIRCULAR_SIGNER, 9.5)
    _text(page, 47, 92, CIRCULAR_SUBJECT, 15, _GOTHIC)
    rows = ("各位", "　平素は自治会運営にご協力いただき、誠にありがとうございます。", "　春の環境整備として家庭排水溝の清掃を実施いたします。")
    for k, s in enumerate(rows):
        _text(page, 34, 120 + 17 * k, s, 10)
    for k, (label, value) in enumerate((("日時", "令和８年４月５日（日）　午前８時30分より（雨天決行）"), ("集合場所", "南２組　北野前道路"),
                                        ("対象", "全戸（借家・アパート含む）"))):
        _text(page, 42, 190 + 22 * k, label, 10)   # the particulars' ruled table: a label's cell, its value's
        _text(page, 140, 190 + 22 * k, value, 10)
        for x0, x1 in ((36, 132), (132, 560)):
            page.draw_rect(pymupdf.Rect(x0, 175 + 22 * k, x1, 197 + 22 * k), color=(0, 0, 0), width=0.8)
    return _save(doc, path)


def build_section_under_chapter(path: Path) -> Path:
    """Two pages: the place in Gothic 10.6 pt at the top right in the top margin of each; on the first, the chapter's
    heading centred in 15 pt, the section's centred under it in 12 pt, then the numbered parts in Gothic and their
    text in 12 pt Mincho; the page number and the revision stamp at the foot."""
    doc = pymupdf.open()
    for n in range(2):
        page = doc.new_page(width=A4[0], height=A4[1])
        _text(page, 575 - _width(PLACE, 10.6, _GOTHIC), 53, PLACE, 10.6, _GOTHIC)
        _text(page, 269, 790, f"- {n + 1} -", 10.6)
        y = 86.0
        if n == 0:
            _centred(page, 92, CHAPTER, 15)
            _centred(page, 126, SECTION, 12)
            y = 166.0
        for part in range(2):
            _text(page, 71, y, f"{2 * n + part + 1}. 概要の{'一二三四'[2 * n + part]}", 12, _GOTHIC)
            for k in range(8):
                _text(page, 71, y + 24 + 21 * k, "本文の段落です。ここには説明の文章が続き、読む人に必要な事項を記します。"[: 36 if k % 3 != 2 else 18], 12)
            y += 24 + 21 * 8 + 12
    return _save(doc, path)


def build_notice_of_instrument(path: Path) -> Path:
    """The caption at the top left in 9 pt Gothic, the number opened by ○ in 12 pt, the enacting sentence, the date
    set in, the minister flush right, then the amended text in 12 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    caption, number, day, signer = INSTRUMENT
    _text(page, 60, 60, caption, 9, _GOTHIC)
    _text(page, 60, 100, number, 12)
    rows = ("　北野診療料の算定方法の規定に基づき、北野診療料の施設基準等の一部を次のように改正し、",
            "令和二年四月一日から適用する。")
    for k, s in enumerate(rows):
        _text(page, 60, 130 + 20 * k, s, 12)
    _text(page, 110, 190, day, 12)
    _text(page, 520 - _width(signer, 12), 220, signer, 12)
    for k in range(12):
        _text(page, 60, 270 + 20 * k, "第一　届出の通則に関する事項を次のとおり定めるものとする。", 12)
    return _save(doc, path)
