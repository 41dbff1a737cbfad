"""Heading misses of session 13, built with PyMuPDF (issue 19: documents nobody has seen). An English
translation of a 提言 in one face and size: its outline carried by labels and indents only, and a list of
classes under a numbered part, each item its title, its description and a labelled block
(<Possible response>) set in to the item's text. Truth beside the builder; the tests are in
test_headrem13_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

BODY = 10.6
LEFT, RIGHT = 85.0, 513.0
HEADINGS = [("1.", "Introduction", 1), ("2.", "Recommendations", 1), ("(1)", "Regional classifications", 2),
            ("(i)", "Concept of regional classification", 3),
            ("1.", '"Region under alert"', 4), ("2.", '"Region with confirmed cases"', 4), ("3.", '"Region with no cases"', 4),
            ("(2)", "Need for behavior modification", 2)]
BAND = "<Possible response>"
ISSUER, TITLE = "Expert Meeting on Regional Measures", "Analysis and Recommendations of the Response to the Disease"
_TEXT = ["The committee has examined the situation in each region and sets out the measures below, in",
         "the order in which they should be considered by the prefectures concerned."]
_ITEM = ["Regions where a significant increase is confirmed compared to a week",
         "before, but which have not reached a situation that can be referred to as",
         "an explosive surge. There is also an increasing trend of patients who are",
         "seeking an examination at the hospitals of the region."]
_RESPONSE = ["Carry out low-risk activities while taking thorough measures to avoid",
             "closed spaces. Refrain from participating in indoor gatherings and events",
             "attended by fifty or more people. If signs appear that the infection is",
             "spreading, consider additional measures."]


def _row(page: pymupdf.Page, x: float, y: float, text: str) -> None:
    page.insert_text((x, y), text, fontname="tiro", fontsize=BODY)


def build_region_classes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    _row(page, LEFT, 80, ISSUER)
    for k, text in enumerate((TITLE, "(April 1, 2020)")):   # the title block, centred
        _row(page, (LEFT + RIGHT - pymupdf.get_text_length(text, "tiro", BODY)) / 2, 110 + 18 * k, text)
    y = 170.0
    for label, title, depth in HEADINGS:
        if depth == 4 and label == "1.":   # the list of classes on a page of its own
            _row(page, 295, 780, "1")
            page, y = doc.new_page(width=595.3, height=841.9), 90.0
        if depth == 4:   # an item of the list of classes: its number set in, its text further in
            _row(page, 156, y, label)
            _row(page, 174, y, title)
            y += 18
            for k, text in enumerate(_ITEM):
                _row(page, 184 if k == 0 else 174, y, text)
                y += 18
            _row(page, 174, y, BAND)
            y += 18
            for k, text in enumerate(_RESPONSE):
                _row(page, 184 if k == 0 else 174, y, text)
                y += 18
            continue
        indent = 21 if depth == 3 else 0   # (i) set in under (1), its title further in
        _row(page, LEFT + indent, y, label)
        _row(page, LEFT + 36 + indent, y, title)
        y += 18
        for k, text in enumerate(_TEXT):
            _row(page, LEFT + (10 if k == 0 else 0), y, text)
            y += 18
    _row(page, 295, 780, "2")
    doc.save(path)
    return path


# build_measures_with_aside: a ministry's budget by measure (tests/budget13_conventions.build_measures_by_mark)
# and after its measures an aside: its label 【…】 alone on its line in the measures' size, back at the band
# titles' edge, over a measure another ministry carries (underlined, no mark) and a remark in brackets under
# it. Truth: ASIDE_EXPECTED (level, label, title): the aside's label at the top, its measure under it.
ASIDE = "【他省庁と連携する取組】"
ASIDE_MEASURE = "大学病院における高度医療提供体制の緊急強化"
ASIDE_REMARK = "（新型コロナウイルス感染症緊急包括支援交付金（厚労省）で対応）"


def build_measures_with_aside(path: Path) -> Path:
    import budget13_conventions as bc
    doc = pymupdf.open()
    page = doc.new_page(width=595.3, height=841.9)
    page.insert_text((120, 77), "令和２年度文部科学省第２次補正予算（案）", fontname=bc._GOTHIC, fontsize=18)
    page.insert_text((bc._LEFT, 137), bc.MARK_BAND, fontname=bc._GOTHIC, fontsize=16)
    y = 170.0
    for mark, title, amount, subs in bc.MEASURES_BY_MARK:
        bc._row(page, 70.3, y, mark + title, amount, 14)
        page.draw_line((70.3, y + 2), (bc._RIGHT, y + 2), color=(0, 0, 0), width=0.5)
        for m, t, a in subs:
            y += 30
            bc._row(page, 84.3, y, m + t, a, 14)
            y = bc._paragraph(page, y)
        if not subs:
            y = bc._paragraph(page, y)
        y += 12
    y += 30
    page.insert_text((bc._LEFT, y), ASIDE, fontname=bc._GOTHIC, fontsize=14)
    page.insert_text((70.3, y + 20), ASIDE_MEASURE, fontname=bc._GOTHIC, fontsize=14)
    page.draw_line((70.3, y + 22), (70.3 + 14 * len(ASIDE_MEASURE), y + 22), color=(0, 0, 0), width=0.5)
    page.insert_text((70.3, y + 40), ASIDE_REMARK, fontname=bc._GOTHIC, fontsize=14)
    bc._paragraph(page, y + 42)
    page.insert_text((294, 794), "1", fontname="helv", fontsize=14)
    bc.rename_fonts(doc, "/MS-Gothic", "/MS-Mincho", keep=("/Helvetica",))
    doc.save(path)
    return path


def aside_expected() -> list[tuple[int, str, str]]:
    import budget13_conventions as bc
    return bc.MARKED + [(1, "", ASIDE), (2, "", ASIDE_MEASURE)]


# build_sheet_of_two_lists: a council's vote list printed from a spreadsheet on one landscape page: the sheet's
# title with its tag (【議案】) centred over a legend and the bills' table, then further down the title again with
# another tag (【陳情】: SECOND_TITLE) over the legend and the petitions' table. Truth: no headings — the first
# title is the document's, the second names its table (a caption). `second` replaces that title: a line in
# its own words over the table (OWN_WORDS) is a heading, as a heading over a table is.
SHEET_TITLE = "令和７年６月定例会　議決結果一覧表【議案】"
SECOND_TITLE = "令和７年６月定例会　議決結果一覧表【陳情】"
OWN_WORDS = "請願及び陳情の審査結果"
LEGEND = "賛成：○　反対：×　（注）賛否状況は全て案件に対する各議員の賛否状況を記載しています。"
_SHEET_X = (50.0, 130.0, 190.0, 420.0, 480.0)
_SHEET_ROWS = {"bills": [("第３９号", "監査委員の選任について", "可決"), ("第４２号", "一般会計補正予算（第２号）", "可決")],
               "petitions": [("陳情第５号", "国への意見書提出を求める陳情", "不採択"), ("陳情第６号", "教育予算の拡充を求める陳情", "採択")]}


def _sheet_list(page: pymupdf.Page, top: float, title: str, rows: list[tuple[str, str, str]]) -> float:
    page.insert_text((421 - 6 * len(title), top), title, fontname="japan", fontsize=12)
    page.insert_text((560, top + 18), LEGEND, fontname="japan", fontsize=5)
    shape = page.new_shape()
    head = top + 24
    bottom = head + 20 * (1 + len(rows))
    for k in range(len(rows) + 2):
        shape.draw_line((_SHEET_X[0], head + 20 * k), (_SHEET_X[-1], head + 20 * k))
    for x in _SHEET_X:
        shape.draw_line((x, head), (x, bottom))
    shape.finish(color=(0, 0, 0), width=0.5)
    shape.commit()
    for k, row in enumerate([("番号", "案件名", "議決結果"), *rows]):
        for x, text in zip(_SHEET_X, row):
            page.insert_text((x + 4, head + 20 * k + 14), text, fontname="japan", fontsize=9)
    return bottom


def build_sheet_of_two_lists(path: Path, second: str = SECOND_TITLE) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=841.9, height=595.3)
    bottom = _sheet_list(page, 40, SHEET_TITLE, _SHEET_ROWS["bills"])
    _sheet_list(page, bottom + 60, second, _SHEET_ROWS["petitions"])
    doc.save(path)
    return path
