"""Pages typeset after the kinds cover24 met in its third sample of unseen documents (bench/cover_sample.tsv, draw 24),
none of whose words the code knows (stand-in names: 北野…, 南野…). Each builder sets one page, or a few, the way its
kind prints it:

- build_decision: a one-page decision of a court as the old reports print it — 主　文 / 理　由, the text, then the date
  in kanji figures written digit by digit with 〇 for nought (昭和二八年一〇月三〇日), the court, its judges.
- build_part_under_chapter: a fee schedule's part printed as a file of its own: its chapter's label and name on the
  first row (第２章　北野料), the part's under it (第１部　南野管理等), then the part's items, all in the body's type.
- build_circular_letter: a neighbourhood association's circular typed in one size: the issue's number and the
  circulation stamp 回覧 at the top left, the date at the right, the addressees, the association's name and 会長　役員一同
  (its head and officers as a whole) at the right, お知らせ centred alone, the text.
- build_figures_sheet: a prefecture's daily figures (別紙): the as-of line and a remark (smaller than the first section's
  heading, 1　発生の状況, or not) over the first table on p1, then
  pages of rows each headed by the count announced (…（北野県発表）), the sheet naming no sender.
- build_numbered_circular: a circular typed in one size whose circulation stamp 回覧 opens the page, the issue's number
  No.4 under it, the masthead 組からのお知らせ centred over the numbered items.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_MINCHO = "japan"
A4 = (595.0, 842.0)

DECISION_DATE, COURT = "昭和二八年一〇月三〇日", "北野高等裁判所第二部"
JUDGES = ("裁判長裁判官　　北　野　一　郎", "裁判官　　南　野　二　郎", "裁判官　　東　野　三　郎")

CHAPTER, PART = ("第２章", "北野料"), ("第１部", "南野管理等")


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 12.0) -> None:
    page.insert_text((x, y), text, fontname=_MINCHO, fontsize=size)


def _save(doc: pymupdf.Document, path: Path) -> Path:
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    doc.close()
    return path


def build_decision(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    rows = ["主　　　　文", "本件上告を棄却する。", "理　　　　由",
            "被告人の上告趣意は、単なる法令違反の主張であつて、刑訴四〇五条の上告理由に当らな",
            "い。また記録を調べても同四一一条を適用すべきものとは認められない。",
            "よつて同四一四条、三八六条一項三号により主文のとおり決定する。",
            "この決定は、裁判官全員一致の意見である。", "　" + DECISION_DATE, "　　" + COURT, *("　　　　" + j for j in JUDGES)]
    y = 108.0
    for row in rows:
        _text(page, 88.0, y, row)
        y += 28.4
    _text(page, 285.0, 790.0, "- 1 -", 10.0)
    return _save(doc, path)


def build_part_under_chapter(path: Path) -> Path:
    doc = pymupdf.open()
    items = [("区分", "", ""), ("Ｂ０００", "北野管理料", ""), ("１", "診療所の場合", "２２５点"), ("２", "病院の場合", "１４７点"),
             ("注１", "別に定める疾患を主病とする患者に対して、計画に基づき管理を行った場合に、", ""),
             ("", "月２回に限り算定する。", ""), ("Ｂ００１", "南野指導料", ""), ("１", "初回の場合", "３００点"),
             ("２", "２回目以降の場合", "２５０点")]
    for n in range(2):
        page = doc.new_page(width=A4[0], height=A4[1])
        y = 70.0
        if n == 0:
            _text(page, 125.0, y, CHAPTER[0], 10.1)
            _text(page, 166.0, y, CHAPTER[1], 10.1)
            y += 15.0
            _text(page, 135.0, y, PART[0], 10.1)
            _text(page, 177.0, y, PART[1], 10.1)
            y += 15.0
        for _ in range(3):
            for a, b, c in items:
                if a:
                    _text(page, 84.0, y, a, 10.1)
                if b:
                    _text(page, 135.0, y, b, 10.1)
                if c:
                    _text(page, 500.0, y, c, 10.1)
                y += 15.0
        _text(page, 290.0, 800.0, f"- {n + 1} -", 10.1)
    return _save(doc, path)


CIRCULAR_NUMBER, CIRCULAR_DATE, ADDRESSEES, ASSOCIATION, OFFICERS = "No.11", "令和8年7月14日", "北野町自治会の皆様へ", \
    "北野町自治会", "会長　役員一同"
MASTHEAD = "組からのお知らせ"


def build_circular_letter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    size = 13.0
    _text(page, 85.0, 115.0, CIRCULAR_NUMBER, size)
    _text(page, 87.0, 140.0, "回覧", size)
    _text(page, 390.0, 160.0, CIRCULAR_DATE, size)
    _text(page, 85.0, 193.0, ADDRESSEES, size)
    _text(page, 420.0, 228.0, ASSOCIATION, size)
    _text(page, 420.0, 245.0, OFFICERS, size)
    _text(page, 85.0 + (31 * size - 4 * size) / 2, 282.0, "お知らせ", size)   # centred on the text's rows
    y = 338.0
    for row in ("暑さが一段と厳しくなってまいりましたが、皆さまいかがお過ごし", "でしょうか。",
                "水分補給を忘れず、元気に夏を乗り切りましょう。", "※市役所より別紙の回覧依頼がありましたので確認お願",
                "いします。"):
        _text(page, 85.0, y, row, size)
        y += 18.5
    return _save(doc, path)


def build_numbered_circular(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    size = 10.5
    _text(page, 71.0, 50.0, "回覧", size)
    _text(page, 70.0, 70.0, "No.4", size)
    rows = ("1.北野祭の開催について", "立春を過ぎ、まだ寒さの残るなか、2月11日に北野神社にて本年度の北野祭が滞りなく執り行われ",
                "ました。ご協力いただいた皆様、誠にありがとうございました。", "2.当番について(重要なお願い)",
                "上記の北野祭にて、本年度初めての当番のお務めとなりましたが、事前のご連絡なく当日欠席され",
                "た方が見受けられました。今一度ご自身の当番日時をご確認ください。")
    widest = max(pymupdf.get_text_length(row, fontname=_MINCHO, fontsize=size) for row in rows)
    masthead = pymupdf.get_text_length(MASTHEAD, fontname=_MINCHO, fontsize=size)
    _text(page, 74.0 + (widest - masthead) / 2, 100.0, MASTHEAD, size)   # centred on the text's rows
    y = 145.0
    for row in rows:
        _text(page, 74.0 if not row[0].isdigit() else 84.0, y, row, size)
        y += 16.0 if not row[0].isdigit() else 22.0
    return _save(doc, path)


ANNOUNCER = "北野県"


def build_figures_sheet(path: Path, head: float = 10.0, counted: int = 2, count_line: str = "") -> Path:
    """`head`: the size of the as-of line and the remark; the first section's heading (１　発生の状況) in 10 pt;
    `counted`: the pages of cases, each headed by the count announced (`count_line` in its place when given)."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 30.0, 60.0, "別紙", 11.0)
    _text(page, 45.0, 80.0, "◆令和２年７月２７日２０時３０分時点", head)
    _text(page, 45.0, 98.0, "◆速報値のため、今後の調査状況により、変動の可能性があります。", head)
    _text(page, 30.0, 118.0, "1　発生の状況", 10.0)
    for i, (name, value) in enumerate((("総数", "131"), ("接触歴あり", "52"), ("調査中", "79"))):
        _text(page, 60.0 + 120 * i, 140.0, name, 9.4)
        _text(page, 60.0 + 120 * i, 165.0, value, 13.0)
    for n in range(counted):
        page = doc.new_page(width=A4[0], height=A4[1])
        _text(page, 120.0, 40.0, "県内の件数一覧（７月２７日２０時３０分 現在）", 11.0)
        _text(page, 130.0, 62.0, count_line or f"県内件数（{ANNOUNCER}発表）　本日判明分：１３１件", 9.6)
        y = 90.0
        for k in range(20):
            _text(page, 40.0, y, f"{n * 20 + k + 1}　　7月27日　　北野市　　30代　　調査中", 8.0)
            y += 14.0
    return _save(doc, path)
