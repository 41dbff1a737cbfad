"""Documents typeset here as amendment comparison tables (新旧対照表) are: a ruled table of two
columns (改正後 | 改正前) whose one body row runs over several pages, the column rules running on
to the foot of each page and starting again at the top of the next, with no rule at the page
breaks (Word breaks the row; no border is drawn there). The provisions quoted in its cells
(（目的） / 第１条 …, 一 …) are the table's content, never headings of the document. The title is a
line in body type over the table.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BODY = 10.5
WIDTH, HEIGHT = 842, 595          # A4 landscape
EDGES = (57.0, 421.0, 786.0)      # the column rules
TITLE = "補助金交付規程新旧対照表"
HEADER = ("改正後", "改正前")
FOOT = 535.0                       # where the column rules end on a page the row runs past
LEADING = 19.0

# the provisions quoted in both columns, page by page (the same in each column, as an
# amendment changes a few words only)
PAGES = [
    ["補助金交付規程", "（目的）", "第１条　この規程は、補助金の交付に関し必要な事項を定める。",
     "（定義）", "第２条　この規程において、次の各号に掲げる用語の意義は、",
     "当該各号に定めるところによる。", "一　補助事業者　補助金の交付を受ける者をいう。",
     "二　補助対象経費　補助事業に要する経費をいう。", "第３条～第５条　（略）",
     "（交付の申請）", "第６条　補助事業者は、様式第１による申請書を提出する。",
     "（１）　事業計画書", "（２）　経費の明細書", "（３）　その他機構が必要と認める書類",
     "（交付の決定）", "第７条　機構は、申請書の内容を審査し、交付を決定する。",
     "２　機構は、前項の決定に条件を付すことができる。", "（変更の承認）",
     "第８条　補助事業者は、計画を変更するときは、承認を受ける。", "一　経費の配分の変更",
     "二　事業の内容の変更", "第９条　（略）"],
    ["（実績報告）", "第１０条　補助事業者は、事業が完了したときは、報告する。",
     "（額の確定）", "第１１条　機構は、報告を受けたときは、額を確定する。",
     "（交付決定の取消し）", "第１２条　機構は、次の各号のいずれかに該当するときは、",
     "交付の決定を取り消すことができる。", "一　偽りその他不正の手段により交付を受けたとき",
     "二　補助金を他の用途に使用したとき", "三　この規程に違反したとき",
     "（返還）", "第１３条　機構は、補助金の返還を命ずることができる。",
     "（財産の処分の制限）", "第１４条　取得財産を処分するときは、承認を受ける。",
     "第１５条～第２０条　（略）", "（書類の保存）", "第２１条　関係書類を五年間保存する。",
     "（その他）", "第２２条　この規程に定めるもののほか、必要な事項は別に定める。",
     "附　則", "この規程は、令和８年４月１日から施行する。", "附　則（改正）"],
    ["この規程は、令和８年６月１日から施行する。", "（経過措置）",
     "２　改正前の規程による申請は、なお従前の例による。", "以　上"],
]


def _column_rules(page: pymupdf.Page, top: float, bottom: float) -> None:
    for x in EDGES:
        page.draw_line((x, top), (x, bottom), width=0.7)


def _across(page: pymupdf.Page, y: float) -> None:
    page.draw_line((EDGES[0], y), (EDGES[-1], y), width=0.7)


def _cells(page: pymupdf.Page, y: float, lines: list[str]) -> float:
    for text in lines:
        for left in EDGES[:-1]:
            page.insert_text((left + 6, y), text, fontname=MINCHO, fontsize=BODY)
        y += LEADING
    return y


def build_comparison(path: Path) -> Path:
    """Three pages: the title and the header row (ruled above and below) over the open body row
    on page 1; page 2 all column rules, no rule across; page 3 the row's end, closed by a rule,
    and a line of text under the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((WIDTH / 2 - len(TITLE) * BODY / 2, 62), TITLE, fontname=MINCHO, fontsize=BODY)
    _across(page, 76)
    _across(page, 97)
    for left, name in zip(EDGES, HEADER):
        page.insert_text((left + 150, 91), name, fontname=MINCHO, fontsize=BODY)
    _column_rules(page, 76, FOOT)
    _cells(page, 114, PAGES[0])
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    _column_rules(page, 80, FOOT)
    _cells(page, 96, PAGES[1])
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    bottom = _cells(page, 96, PAGES[2]) - LEADING + 8
    _column_rules(page, 80, bottom)
    _across(page, bottom)
    page.insert_text((70, bottom + 30), "※様式については別途定める。", fontname=MINCHO, fontsize=BODY)
    doc.save(str(path))
    return path


def build_open_alone(path: Path) -> Path:
    """A page whose column rules run to its foot with no rule across, and a next page of plain
    text: a grid open at the page break that nothing continues is no table."""
    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((70, 62), "第１　趣旨", fontname=MINCHO, fontsize=BODY)
    _column_rules(page, 80, FOOT)
    _cells(page, 96, PAGES[1][:20])
    page = doc.new_page(width=WIDTH, height=HEIGHT)
    page.insert_text((70, 80), "本文はここから続く。" * 4, fontname=MINCHO, fontsize=BODY)
    doc.save(str(path))
    return path
