"""Conventions of unseen manuals and a guidebook from new repositories (blind24c): a browser's print of a markdown
guidebook, and prefectures' manuals typed in a word processor.

* A browser's print sets each run of glyphs in an unnamed Type3 font of its own (Type3 (4 0 R), Type3 (18 0 R) …):
  such fonts name no typeface, so they are one face (layout._font) — a list item is never set apart from the body
  by the glyph subset its digits fell in.
* A contents list of links (each entry underlined, no page number, in the body's size) runs on to the top of the
  next page while its lines stay underlined (contents._linked_entries): those entries are no headings.
* A 【…】 band that is its bracket alone, typed after a space, is a line of its own by its text (headings
  _numbered_candidate: numbering.BAND_ALONE), as a band typed without one is.
* A label typed after a space with none after it is an item only where its line runs to the column's edge (its
  sentence wraps on: （イ）天災事変…); stopping short over its paragraph (　①…の活用), it is judged as any label.
* A ＜…＞ band whose next heading is a 【…】 band heads the run of them (heading_levels._angle_bands_over_bands): the
  steps of a procedure under its name, though the two kinds of band share a slot elsewhere.
"""
from __future__ import annotations

import pymupdf

from extractors.contents import find_contents
from extractors.cover import read_cover
from extractors.headings import find_headings
from extractors.layout import _font
from extractors.page_flow import build_flow
from extractors.records import TextLine
from pipeline.reading import open_document
from real_truth import norm

_BODY = 10.5


def _put(page: pymupdf.Page, x: float, y: float, text: str, size: float = _BODY, underline: bool = False) -> None:
    page.insert_text((x, y), text, fontname="japan", fontsize=size)
    if underline:
        width = len(text) * size   # (past its last glyph: every glyph over the rule)
        page.draw_line((x, y + 1.5), (x + width, y + 1.5), color=(0, 0, 1), width=0.5)


def _headings(path) -> list[tuple[str, str]]:
    doc = open_document(str(path))
    index = find_headings(build_flow(doc), read_cover(doc))
    return [(h.label, h.title) for h in index.at.values()]


def test_an_unnamed_type3_font_is_no_typeface():
    """MuPDF names a Type3 font that has no name of its own after its object: every such font is the one face
    "Type3", no bold by its name; a named font stays as written."""
    assert _font("Type3 (18 0 R)") == ("Type3", False)
    assert _font("Type3 (91 0 R)") == _font("Type3 (4 0 R)")
    assert _font("BIZ-UDGothic-Bold") == ("BIZ-UDGothic-Bold", True)


_PARAGRAPH = ("本書は例示課が定める手続きの全体を説明するものであり、関係機関はこの内容に従って事務を進めるものとする。"
              "詳細は別冊の解説書を参照すること。")


def _linked_contents(path) -> None:
    """目次 over underlined entries with no page number, in body type, filling page 1; four more underlined entries at
    the top of page 2, then the text's first heading (larger) and its paragraph."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _put(page, 56, 60, "例示ガイドブック", 16)
    _put(page, 56, 100, "目次", 12.5)
    entries = [("1. はじめに", 76), ("1.1. 背景", 97), ("1.2. 課題", 97), ("2. 全体像", 76)] \
        + [(f"2.{n}. 第{n}の構成要素", 97) for n in range(1, 40)]
    for k, (text, x) in enumerate(entries[:46]):   # to the page's foot
        _put(page, x, 130 + 14 * k, text, underline=True)
    page = doc.new_page(width=595, height=842)
    for k, (text, x) in enumerate([("3.2. 記述形式の参照", 97), ("4. 留意事項", 76), ("4.1. 表記の扱い", 97),
                                   ("5. 付録", 76)]):
        _put(page, x, 60 + 14 * k, text, underline=True)
    _put(page, 56, 150, "1. はじめに", 12.5)
    for k in range(3):
        _put(page, 56, 180 + 16 * k, _PARAGRAPH[k * 30:(k + 1) * 30])
    doc.save(str(path))


def test_a_contents_of_links_runs_on_to_the_next_pages_top(tmp_path):
    path = tmp_path / "linked.pdf"
    _linked_contents(path)
    flow = build_flow(open_document(str(path)))
    lines = [(k, it) for k, it in enumerate(flow.items) if isinstance(it, TextLine) and it.page == 2]
    contents = find_contents(flow.items, body_size=flow.body_size)
    assert [it.text.strip() for k, it in lines if k in contents] == ["3.2. 記述形式の参照", "4. 留意事項", "4.1. 表記の扱い",
                                                                     "5. 付録"]
    heads = _headings(path)
    assert ("4.", "留意事項") not in heads and ("1.", "はじめに") in heads


def _manual(path) -> None:
    """A manual's sections in bold: １ over its paragraph; a band typed after a space over bullets; ① typed after a
    space, short of the edge, over its paragraph; ② the same; then an item （イ） typed after a space whose sentence
    runs to the edge and wraps."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _put(page, 60, 60, "例示災害対応マニュアル", 18)
    page.insert_text((60, 120), "１ 情報収集", fontname="japan", fontsize=12)
    page.insert_text((60.4, 120), "１ 情報収集", fontname="japan", fontsize=12)   # struck twice: bold
    _put(page, 72, 145, "（１） 医療機関の状況確認")
    _put(page, 72, 170, " ①情報システムの活用")
    _put(page, 72, 195, "  情報の収集にあたっては原則として情報システムを活用するものとする。")
    _put(page, 72, 220, " 保健所は、入力された情報を確認し、管内の状況を把握するものとし、医療機関は")
    _put(page, 66, 245, "被災後速やかに状況を入力し、状況の変化に応じ随時更新すること。")
    _put(page, 72, 270, " ②情報システムが使用できない場合")
    _put(page, 72, 295, " 【医療機関】")
    _put(page, 90, 320, "・電話又はＦＡＸにより様式の内容を保健所に報告するものとする。")
    _put(page, 72, 345, " 【保健所】")
    _put(page, 90, 370, "・電話又はＦＡＸにより医療機関の情報を把握するものとする。")
    _put(page, 60, 395, "　次の場合は、この限りでない。")
    _put(page, 60, 420, " （イ）天災事変その他やむを得ない事由により医療機関との連絡が取れない場合であって、保健所が")
    _put(page, 72, 445, "必要と認めたときは、市町村の協力を得て現地の状況を確認する。")
    doc.save(str(path))


def test_a_band_alone_typed_after_a_space_is_a_heading(tmp_path):
    path = tmp_path / "manual.pdf"
    _manual(path)
    heads = _headings(path)
    assert ("", "【医療機関】") in heads and ("", "【保健所】") in heads


def test_a_label_typed_after_a_space_short_of_the_edge_is_judged_as_any(tmp_path):
    path = tmp_path / "manual.pdf"
    _manual(path)
    heads = _headings(path)
    assert ("①", "情報システムの活用") in heads and ("②", "情報システムが使用できない場合") in heads
    assert not any(label == "（イ）" for label, _ in heads)   # its sentence runs to the edge: an item


def _procedure(path) -> None:
    """Two bold numbered sections over their paragraphs; under the first a ＜…＞ band, then three 【…】 steps each over
    its bulleted sentence, all at one indent; under the second a 【…】 band alone over its sentence."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _put(page, 60, 60, "例示受入調整マニュアル", 18)
    y = 110
    for head, lead, rows in (
            ("７ 患者の受入調整について", "  受療が困難となった患者の受入調整は、次の手順により行うものとする。",
             ["＜受入調整の手順＞", "【かかりつけ医療機関】", "・受療が困難となった患者を把握し、受入調整を依頼する。",
              "【ブロック代表者】", "・ブロック内での受入調整を図り、受入先の情報を伝える。", "【災害医療コーディネーター】",
              "・県域を越えた受入調整を災害対策本部を通して行う。"]),
            ("８ 日頃の備え", "  関係機関は、平常時から次の備えに努めるものとする。",
             ["【医療機関】", "・担当患者に対し、災害時の備えについて啓発に努める。"])):
        page.insert_text((60, y), head, fontname="japan", fontsize=12)
        page.insert_text((60.4, y), head, fontname="japan", fontsize=12)   # struck twice: bold
        y += 26
        _put(page, 72, y, lead)
        y += 26
        for row in rows:
            _put(page, 90 if row.startswith("・") else 72, y, row)
            y += 25
    doc.save(str(path))


def test_an_angle_band_over_square_bands_heads_them(tmp_path):
    path = tmp_path / "procedure.pdf"
    _procedure(path)
    doc = open_document(str(path))
    index = find_headings(build_flow(doc), read_cover(doc))
    got = [(norm(h.title), h.level) for h in index.at.values()]
    parents = {}   # each heading's nearest shallower heading before it
    for k, (title, level) in enumerate(got):
        parents[title] = next((t for t, d in reversed(got[:k]) if d < level), None)
    assert parents[norm("＜受入調整の手順＞")] == norm("患者の受入調整について")
    assert [parents[norm(t)] for t in ("【かかりつけ医療機関】", "【ブロック代表者】", "【災害医療コーディネーター】")] \
        == [norm("＜受入調整の手順＞")] * 3
    assert parents[norm("【医療機関】")] == norm("日頃の備え")
