"""Pages typeset after the kinds audit22 met in its sample of unseen documents (session 22), none of whose words the
code knows (stand-in names: 北野…, 南野…). Each builder sets one page, or a few, the way its kind prints it:

- build_judgment: a judgment signed off with no date — its last sentence, the court on the next row, the judges
  signing with their names, and a note among them (a judge unable to sign), the presiding judge last.
- build_filing: a member's 一般質問通告書 whose closing row holds the date, the addressee (…議長　殿) and the filer with
  the form's 氏名 label.
- build_session_schedule: a council's 一般質問日程表 headed by its session line (令和７年 第５回 北野市議会（定例会）).
- build_running_head: a standard's section whose place (第I部 第2章 第5節 査定) is printed small in the headings' face at
  the top right over its title set in the body's size and face, with side notes in the right margin.
- build_schedule_alone: a statute's schedule printed alone (別表第二 / its name / ［目次］ / its contents), all in one size.
- build_ornamented: a report's cover: the fiscal year, a row of ※ repeated, the title, the row of ※ again.
- build_wrapped_title: a council's 意見書 titled in two rows, the first centred, its wrap under it from the same left edge.
- build_session_days: a notice whose only date row under its title is a span of days (…（月）～…（金）).
- build_revised_stack / build_revision_over_title: a list made, then updated (…作成 / …更新), and an examination's
  booklet revised after it was set (…修正 over its title, no date under it).
- build_masthead_issue: a community newsletter whose first row is its masthead 【発行】令和8年3月　北野市自治会連合会.
- build_exam_booklet: an examination's booklet: the day of the examination at the top right, the school, the title
  naming the booklet and running on after that name (…入学試験問題 / （一般選抜） / 専門科目 / its subject).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_MINCHO, _GOTHIC = "japan", "china-s"
A4 = (595.0, 842.0)

SENTENCES = ("本件は、北野市が行った処分の取消しを求める事案である。原審は、請求を棄却した。",
             "しかしながら、原審の判断は是認することができない。その理由は次のとおりである。",
             "以上によれば、論旨は理由があり、原判決は破棄を免れない。")
CLOSE = "よって、裁判官全員一致の意見で、主文のとおり判決する。"
COURT = "北野高等裁判所第二民事部"
JUDGES = (("裁判官", "南　野　次　郎"), ("裁判官", "西　野　三　郎"))
UNABLE = "裁判官東野四郎は病気につき署名押印することができない。"
PRESIDING = ("裁判長裁判官", "北　野　太　郎")

FILING_TITLE = "北野市議会定例会一般質問通告書"
FILING_ROW = "令和４年２月１６日　北野市議会議長　殿　　北野市議会議員　氏名　南野　一郎"
FILER = "北野市議会議員南野一郎"

SESSION_LINE = "令和７年 第５回 北野市議会 （定例会）"
SESSION_TITLE = "一  般  質  問  日  程  表"
COUNCIL = "北野市議会"

PLACE = "第I部 第2章 第5節 査定"
SECTION = "第5節 査定"

SCHEDULE = ("別表第二", "北野診療報酬点数表", "［目次］")

YEAR, ORNAMENT, REPORT = "令和３年度", "※※※※※※※※※※※※※※※※※※※※", "事業及び決算報告書"

OPINION = ("安全性が確認できるまで未成年者への新型ワクチン接種の", "中止を求める意見書")

SPAN = "令和７年６月16日（月）～６月20日（金）"

STACK = ("令和8年1月11日作成", "令和8年4月1日更新")
REVISED = "令和4年7月12日修正"

MASTHEAD = ("【発行】令和8年3月", "北野市自治会連合会")
NEWSLETTER = "自治会きたの"

EXAM_DAY = "平成30年8月4日（土）"
SCHOOL = "北野大学大学院情報科学研究科"
EXAM_TITLE = ("平成31年度 博士前期課程（8月選抜） 入学試験問題", "（一般選抜）", "専門科目", "（情報数理1）")


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10.5, font: str = _MINCHO) -> None:
    page.insert_text((x, y), text, fontname=font, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = _MINCHO) -> None:
    _text(page, A4[0] / 2 - pymupdf.get_text_length(text, fontname=font, fontsize=size) / 2, y, text, size, font)


def _paragraphs(page: pymupdf.Page, y: float, rows: int, size: float = 10.5, x: float = 72.0) -> float:
    line = "本文の段落です。ここには説明の文章が続き、読む人に必要な事項を記します。以上です。"
    for k in range(rows):
        _text(page, x, y + k * size * 1.75, line[: 42 if k % 3 != 2 else 20], size)
    return y + rows * size * 1.75


def _save(doc: pymupdf.Document, path: Path) -> Path:
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


def build_judgment(path: Path) -> Path:
    """Two pages: 主　　文 and 理　　由 over the text on the first; on the second the last sentences, the close, then
    the court on the next row and the judges' rows set far in, 12 pt, a note among them, the presiding judge last."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 260, 90, "主　　　　文", 12)
    _text(page, 88, 120, "原判決を破棄する。", 12)
    _text(page, 260, 160, "理　　　　由", 12)
    y = 190.0
    for k in range(18):
        _text(page, 88, y + 24 * k, SENTENCES[k % 3][:34], 12)
    page = doc.new_page(width=A4[0], height=A4[1])
    y = 80.0
    for k, s in enumerate(SENTENCES):
        _text(page, 88, y + 28 * k, s[:34], 12)
    _text(page, 88, y + 28 * 3, "　" + CLOSE, 12)
    y += 28 * 5
    _text(page, 124, y, COURT, 12)
    rows = [f"{office}　　　　{name}" for office, name in JUDGES]
    for k, r in enumerate(rows):
        _text(page, 232, y + 28 * (k + 1), r, 12)
    _text(page, 100, y + 28 * (len(rows) + 1), UNABLE, 12)
    _text(page, 196, y + 28 * (len(rows) + 2), f"{PRESIDING[0]}　　　　{PRESIDING[1]}", 12)
    _text(page, 285, 790, "- 2 -", 10)
    return _save(doc, path)


def build_filing(path: Path) -> Path:
    """The form's title at the top left in 18 pt, its fields in 10 pt, the question's text in 12 pt, the filing
    sentence and the closing row (date, addressee 殿, filer 氏名 …) in 10.5 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 88, 72, FILING_TITLE, 18)
    _text(page, 43, 96, "質問件名　市民のため、そして職員のためにも、自らを律する仕組みを", 10)
    _text(page, 43, 122, "質問要旨", 10)
    y = _paragraphs(page, 145, 14, 12, 43)
    _text(page, 43, y + 20, "上記のとおり、北野市議会会議規則第57条第2項により通告します。", 10.5)
    _text(page, 43, y + 38, FILING_ROW, 10.5)
    return _save(doc, path)


def build_session_schedule(path: Path) -> Path:
    """The session line and the title centred in 18 pt, a ruled table of the members' questions' order under them."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _centred(page, 118, SESSION_LINE, 18)
    _centred(page, 151, SESSION_TITLE, 18)
    xs, ys = (100.0, 180.0, 240.0, 300.0, 500.0), [180.0 + 30 * k for k in range(6)]
    for y in ys:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    for c, h in enumerate(("月　日", "曜日", "順番", "氏　　名")):
        _text(page, xs[c] + 8, ys[0] + 19, h, 10.8)
    for r, name in enumerate(("南　野　一　郎", "西　野　二　郎", "東　野　三　郎", "北　野　四　郎")):
        for c, cell in enumerate((f"6月{16 + r}日", "月火水木"[r], str(r + 1), name)):
            _text(page, xs[c] + 8, ys[r + 1] + 19, cell, 10.8)
    return _save(doc, path)


def build_running_head(path: Path) -> Path:
    """The place in Gothic (the headings' face), 10.6 pt at the top right in the top margin; the section's title in
    the body's size and face (12 pt Mincho) at 247 pt, not centred on the text (71–575 pt) its side notes (8 pt, in the
    right margin) widen; its numbered parts in Gothic and their text."""
    doc = pymupdf.open()
    for n in range(2):
        page = doc.new_page(width=A4[0], height=A4[1])
        _text(page, 365, 53, PLACE, 10.6, _GOTHIC)
        _text(page, 269, 790, f"- {n + 1} -", 10.6)
        _text(page, 447, 790, "(2024.5)", 10.6)
        y = 86.0
        if n == 0:
            _text(page, 247, 85, SECTION, 12)
            y = 126.0
        for part in range(2):
            _text(page, 71, y, f"{2 * n + part + 1}. 概要の{'一二三四'[2 * n + part]}", 12, _GOTHIC)
            y = _paragraphs(page, y + 24, 8, 12, 71) + 12
        _text(page, 506, 246, "HB1210", 8)
        _text(page, 506, 262, "起案時の注意", 8)
    return _save(doc, path)


def build_schedule_alone(path: Path) -> Path:
    """Every row 10 pt: the schedule's label at the left, its name under it, ［目次］ and the contents' entries."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 80, 42, SCHEDULE[0], 10)
    _text(page, 111, 57, SCHEDULE[1], 10)
    _text(page, 90, 73, SCHEDULE[2], 10)
    entries = ("第１章　基本診療料", "第１部　初・再診料", "第１節　初診料", "第２節　再診料", "第２部　入院料等",
               "第２章　特掲診療料", "第１部　医学管理等", "第２部　在宅医療")
    for k, e in enumerate(entries):
        _text(page, 90 + (11 if "部" in e else 21 if "節" in e else 0), 88 + 15.5 * k, e, 10)
    _paragraphs(page, 88 + 15.5 * len(entries) + 20, 20, 10, 80)
    return _save(doc, path)


def build_ornamented(path: Path) -> Path:
    """The fiscal year and the title centred in 26 pt Gothic, rows of ※ (20 pt) over and under the title, then the
    body's paragraphs under a gap."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _centred(page, 200, YEAR, 26, _GOTHIC)
    _centred(page, 250, ORNAMENT, 20, _GOTHIC)
    _centred(page, 300, REPORT, 26, _GOTHIC)
    _centred(page, 350, ORNAMENT, 20, _GOTHIC)
    _centred(page, 600, "北野市土地開発公社", 18, _GOTHIC)
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 72, 80, "１　事業の概要", 12)
    _paragraphs(page, 110, 20)
    return _save(doc, path)


def build_wrapped_title(path: Path) -> Path:
    """All in the body's size (10.7 pt): （別紙） at the left, the title's first row centred on the text, its wrap under
    it from the same left edge, the text's paragraphs, the council's resolution and the addressees."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 86, 97, "（別紙）", 9)
    w = pymupdf.get_text_length(OPINION[0], fontname=_MINCHO, fontsize=10.7)
    x = (79 + 525) / 2 - w / 2
    _text(page, x, 115, OPINION[0], 10.7)
    _text(page, x, 133, OPINION[1], 10.7)
    line = "新型感染症の拡大防止を目的に昨年来、緊急事態宣言や重点措置が繰り返し発出されていますが、いまだ"
    y = 169.0
    for k in range(12):
        _text(page, 90 if k % 4 == 0 else 79, y, line[:41 if k % 4 == 0 else 42] if k % 4 != 3 else line[:12], 10.7)
        y += 16
    _text(page, 90, y + 8, "よって北野市議会は、国会及び関係行政庁に対し、次の事項を強く求めます。", 10.7)
    _text(page, 90, y + 40, "以上、地方自治法第99条の規定により意見書を提出します。", 10.7)
    for k, r in enumerate(("衆議院議長", "参議院議長", "内閣総理大臣")):
        _text(page, 107, y + 72 + 18 * k, r, 11)
    return _save(doc, path)


def build_session_days(path: Path) -> Path:
    """A notice's title centred in 16 pt, the session's days under it centred (12 pt), then the text."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _centred(page, 100, "北野市議会定例会の会期について", 16)
    _centred(page, 130, SPAN, 12)
    _paragraphs(page, 180, 18, 10.5)
    return _save(doc, path)


def _list_page(doc: pymupdf.Document, title: str, over: tuple[str, ...], under: tuple[str, ...]) -> None:
    page = doc.new_page(width=A4[0], height=A4[1])
    for k, r in enumerate(over):
        _text(page, 523 - pymupdf.get_text_length(r, fontname=_MINCHO, fontsize=11.5), 80 + 16 * k, r, 11.5)
    y = 80 + 16 * len(over) + 30
    _centred(page, y, title, 16.6)
    for k, r in enumerate(under):
        _text(page, 523 - pymupdf.get_text_length(r, fontname=_MINCHO, fontsize=11.5), y + 30 + 16 * k, r, 11.5)
    _paragraphs(page, y + 40 + 16 * len(under) + 20, 20, 12)


def build_revised_stack(path: Path) -> Path:
    """The list's title centred (16.6 pt), the two date rows at the right under it (made, then updated), the text."""
    doc = pymupdf.open()
    _list_page(doc, "令和8年度回覧板配布一覧", (), STACK)
    return _save(doc, path)


def build_revision_over_title(path: Path) -> Path:
    """The revision row at the top right (11.5 pt), the subject's title centred under it (16.6 pt), the questions."""
    doc = pymupdf.open()
    _list_page(doc, "基礎数学I", (REVISED,), ())
    return _save(doc, path)


def build_masthead_issue(path: Path) -> Path:
    """The masthead row at the top right (【発行】 and the month, the federation's name beside it, 13.5 pt), the
    newsletter's name in display type under it, its number, then articles."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 382, 20, MASTHEAD[0], 10)
    _text(page, 488, 20, MASTHEAD[1], 10)
    _centred(page, 52, "北野市自治会連合会と市民を結ぶ情報紙", 24)
    _centred(page, 130, NEWSLETTER, 60, _GOTHIC)
    _text(page, 449, 170, "第16号", 27)
    y = 230.0
    for k in range(3):
        _text(page, 54, y, f"地域のつながり その{k + 1}", 20)
        y = _paragraphs(page, y + 30, 5, 14, 54) + 20
    return _save(doc, path)


def build_exam_booklet(path: Path) -> Path:
    """The examination's day at the top right (12 pt), the school centred (14 pt), the title's rows centred (16 pt),
    筆記試験１ and the instructions under them; questions on the next page."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 384, 112, EXAM_DAY, 12)
    _centred(page, 158, SCHOOL, 14)
    for y, r in zip((249, 285, 357, 393), EXAM_TITLE):   # the subject's rows apart from the examination's
        _centred(page, y, r, 16)
    _centred(page, 420, "筆記試験１", 12)
    for k, r in enumerate(("注意事項", "１．試験開始の合図があるまで，この冊子を開いてはいけません。",
                           "２．解答は解答用紙の指定された欄に記入すること。")):
        _text(page, 86, 480 + 20 * k, r, 12)
    _text(page, 289, 775, "1/2", 12)
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 86, 90, "問題１", 12)
    _paragraphs(page, 120, 12, 12, 86)
    _text(page, 289, 775, "2/2", 12)
    return _save(doc, path)
