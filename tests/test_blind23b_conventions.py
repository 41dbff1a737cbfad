"""Conventions of four unseen documents from new repositories (blind23b): a spreadsheet's header shaded cell by cell,
a heading set in a pair of faces, an 入札説明書's particulars and sections, a contracting officer's capacity.

* Shaded boxes of one colour and one row meeting side by side with no line down the meeting show one band: no edge
  divides the row there (layout._row_pieces) — a header cell 分類 over two of the sheet's columns is one cell.
* A heading whose Latin letters are in one face and its kana and kanji in another runs on to a row set in its
  Japanese face alone (title_lines._own_face).
* A numbered row whose value stands at a tab stop on its row is a key–value item, no heading (headings._value_beside);
  two numbered rows with a blank row between them are no items of one list (headings._spaced_apart) unless they name
  fields by a colon (headings._a_field).
* A field's value runs on past a remark set further right (…工事 / （電子入札対象案件） / ②…): the value's second entry
  stands under its first (headings._value_runs_on).
* A numbered row ending short of the edge because the next row opens with a letter and marks that may not open a
  row (…を除 / く。）…, 禁則) is a wrapped row: a sentence, no heading (headings._pushed_out).
* A title spread letter by letter (入　札　説　明　書) ends with its letters: a smaller phrase after it on its row is no part
  of it (cover._side_pieces_apart).
* The capacity a contracting officer acts in (分任支出負担行為担当官) is no part of the office issuing (bodies._CONTRACTING).
"""
from __future__ import annotations

import pymupdf

from extractors.cover import read_cover
from extractors.headings import find_headings
from extractors.page_flow import build_flow
from extractors.records import Table
from normalizers.bodies import as_issuer
from pipeline.reading import open_document

_GREY = (0.85, 0.85, 0.85)


def _rule(page: pymupdf.Page, a: tuple[float, float], b: tuple[float, float]) -> None:
    page.draw_line(a, b, color=(0, 0, 0), width=0.5)


def _header_in_pieces(path) -> list[Table]:
    """A table of three columns (x 50, 130, 210, 300) whose header row's first cell spans the first two: the header
    shaded as three boxes of one grey, one under each of the sheet's columns, the line at x 130 drawn under the
    header only."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Points awarded for each item of the tender.", fontsize=10)
    for x0, x1 in ((50, 130), (130, 210), (210, 300)):
        page.draw_rect(pymupdf.Rect(x0, 100, x1, 120), color=None, fill=_GREY)   # the header's pieces
    for y in (100, 120, 140, 160):
        _rule(page, (50, y), (300, y))
    for x in (50, 210, 300):
        _rule(page, (x, 100), (x, 160))
    _rule(page, (130, 120), (130, 160))   # under the header only
    page.insert_text((110, 114), "Class", fontsize=9)
    page.insert_text((240, 114), "Points", fontsize=9)
    for k, (group, item, points) in enumerate((("Works", "Record", "4"), ("Works", "Awards", "3"))):
        page.insert_text((55, 134 + 20 * k), group, fontsize=9)
        page.insert_text((135, 134 + 20 * k), item, fontsize=9)
        page.insert_text((250, 134 + 20 * k), points, fontsize=9)
    page.insert_text((50, 200), "The total is forty points.", fontsize=10)
    doc.save(str(path))
    return [it for it in build_flow(open_document(str(path))).items if isinstance(it, Table)]


def test_a_header_shaded_under_each_column_is_one_cell_where_no_line_divides_it(tmp_path):
    tables = _header_in_pieces(tmp_path / "pieces.pdf")
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(3, 3)]
    assert (0, 0, 1, 2) in tables[0].cells_as_drawn()   # Class over the first two columns


def _headings(path) -> list[tuple[str, str]]:
    doc = open_document(str(path))
    index = find_headings(build_flow(doc), read_cover(doc))
    return [(h.label, h.title) for h in index.at.values()]


def _write(page: pymupdf.Page, x: float, y: float, parts: list[tuple[str, str]], size: float) -> None:
    """Pieces of one row, each in its face, set one after the other."""
    for font, text in parts:
        page.insert_text((x, y), text, fontname=font, fontsize=size)
        x += pymupdf.Font(font if font != "hebo" else "helvetica-bold").text_length(text, size) if font == "hebo" \
            else pymupdf.Font("cjk").text_length(text, size)


_BODY = "検索文字列の記述方法は、ポータルサイトの検索キーワードの記述方法と同じです。"


def _paired_faces(path):
    """LibreOffice's pair of faces: a heading's digits and Latin words in a bold Latin face, its kana and kanji in
    a Japanese face; the heading wraps, its second row all kana; the body in a third face."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((150, 200), "検索ＡＰＩガイド", fontname="japan", fontsize=28)
    page = doc.new_page(width=595, height=842)
    y = 80.0
    for label, title in (("1 ", "本ガイドの概要"), ("2 ", "検索の方法")):
        _write(page, 57, y, [("hebo", label), ("japan", title)], 16)
        page.insert_text((57, y + 24), _BODY, fontname="china-s", fontsize=10.5)
        page.insert_text((57, y + 40), _BODY, fontname="china-s", fontsize=10.5)
        y += 70
    _write(page, 57, y, [("hebo", "2.1"), ("japan", " 検索文字列（"), ("hebo", "Query Project_Name"),
                         ("japan", "、"), ("hebo", "Organization_Name"), ("japan", " パ")], 16)
    page.insert_text((86, y + 18), "ラメーター）", fontname="japan", fontsize=16)
    page.insert_text((57, y + 44), _BODY, fontname="china-s", fontsize=10.5)
    page.insert_text((57, y + 60), _BODY, fontname="china-s", fontsize=10.5)
    doc.save(str(path))
    return _headings(path)


def test_a_heading_in_a_pair_of_faces_runs_on_to_a_row_in_its_japanese_face(tmp_path):
    heads = _paired_faces(tmp_path / "pair.pdf")
    assert heads[-1] == ("2.1", "検索文字列(Query Project_Name、Organization_Nameパラメーター)")
    assert not [h for h in heads if h[1].startswith("ラメーター")]


def _setsumeisho(path, blank_rows: bool = True, colon: bool = False):
    """An 入札説明書's opening: numbered sections (１．…) each after a blank row, the first carrying its value at a tab;
    under ３．, particulars typed with tabs (（１）工事名␣␣value)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y, pitch = 80.0, 16.2
    def row(x: float, text: str, value: str = "", at: float = 192.5) -> None:
        nonlocal y
        page.insert_text((x, y), text, fontname="japan-s", fontsize=10.8)
        if value:
            page.insert_text((at, y), value, fontname="japan-s", fontsize=10.8)
        y += pitch
    row(82, "関東の道路の改築工事に係る入札公告に基づく一般競争入札等については、この説明書による。")
    y += pitch
    if colon:
        row(71, "１．調査範囲：裏面参照の地域")
    else:
        row(71, "１．公告日", "令和６年１月３１日", 137)
    y += pitch if blank_rows else 0
    row(71, "２．連絡先：" if colon else "２．契約担当官等")
    row(93, "東京都千代田区九段南一丁目　合同庁舎")
    y += pitch
    row(71, "３．工事概要")
    row(82, "（１）工事名", "道路の改築工事（電子入札対象案件）")
    row(82, "（２）工事場所", "東京都千代田区霞が関一丁目")
    row(82, "（３）工期", "令和６年４月１日から令和７年３月３１日まで")
    row(82, "（４）資料", "①別冊図面　②別冊仕様書")
    row(82, "（５）本工事は、申請書及び資料を受け付け、価格と価格以外の要素を総合的に評価する工事である。")
    y += pitch
    row(71, "４．競争参加資格")
    row(82, "（１）予算決算及び会計令第７０条及び第７１条の規定に該当しない者であること。")
    doc.save(str(path))
    return _headings(path)


def test_a_value_at_a_tab_on_its_row_makes_a_numbered_row_a_field(tmp_path):
    heads = _setsumeisho(tmp_path / "fields.pdf")
    assert not [h for h in heads if h[0] in ("(1)", "(4)", "（１）", "（４）")]


def test_numbered_rows_a_blank_row_apart_are_sections(tmp_path):
    heads = [label for label, _ in _setsumeisho(tmp_path / "sections.pdf")]
    assert heads == ["1.", "2.", "3.", "4."]


def test_fields_named_by_a_colon_stay_a_list_however_spaced(tmp_path):
    heads = [label for label, _ in _setsumeisho(tmp_path / "colons.pdf", colon=True)]
    assert "1." not in heads and "2." not in heads


def test_a_contracting_officers_capacity_is_no_part_of_the_issuing_office():
    assert as_issuer("分任支出負担行為担当官関東地方整備局東京国道事務所長石井宏明") == "関東地方整備局東京国道事務所長"
    assert as_issuer("支出負担行為担当官近畿地方整備局長") == "近畿地方整備局長"
    assert as_issuer("契約担当官") == "契約担当官"   # a capacity alone names no office: kept as printed


def _ogb(path):
    """A second 入札説明書's opening (DocuWorks: each word placed): the title spread, the method beside it in smaller type;
    on the next page a field whose two entries are numbered, a remark set right under the first; an item whose
    sentence broke short of the edge by 禁則 (…を除 / く。）…)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    def put(x: float, y: float, text: str, size: float = 11) -> None:
        page.insert_text((x, y), text, fontname="japan-s", fontsize=size)
    for k, ch in enumerate("入札説明書"):
        put(113 + 28.4 * k, 97, ch, 14)
    put(262, 97, "一般競争入札総合評価方式（施工体制確認型）")
    put(81, 130, "沖縄の植栽管理工事に係る入札公告に基づく一般競争入札については、この説明書による。")
    put(70, 170, "１．公告日　令和６年１２月１７日")
    put(70, 200, "２．契約担当官等")
    put(93, 216, "分任支出負担行為担当官　沖縄総合事務局北部ダム統合管理事務所長")
    page = doc.new_page(width=595, height=842)
    put(70, 85, "３．工事概要")
    put(76, 101, "(1)")
    put(104, 101, "工事名")
    put(150, 101, "①令和６・７年度羽地ダム植栽管理工事")
    put(304, 116, "（電子入札対象案件）")
    put(151, 131, "②令和６・７年度北部ダム植栽管理工事")
    put(76, 147, "(2)")
    put(104, 147, "本工事は、現場経験の少ない技術者の技術向上を図るため、主任技術者を専任で補助")
    put(93, 162, "する技術者を配置することができる試行工事である。")
    put(76, 178, "(3)")
    put(104, 178, "本工事は、沖縄総合事務局開発建設部、開発建設部の事務所（港湾空港関係を除")
    put(93, 193, "く。）における過去２年度間の低入札工事の工事成績を評価する試行工事である。")
    put(76, 209, "(4)")
    put(104, 209, "本工事は、参考見積書を技術資料等と併せて提出する試行工事である。")
    put(70, 240, "４．競争参加資格")
    put(81, 256, "予算決算及び会計令第７０条及び第７１条の規定に該当しない者であること。")
    doc.save(str(path))
    opened = open_document(str(path))
    return read_cover(opened), _headings(path)


def _candidates(path):
    """The heading candidates of a built document by label, with its flow (the judgement of one convention asked of
    the candidate it concerns)."""
    from extractors.headings import heading_candidates
    doc = open_document(str(path))
    flow = build_flow(doc)
    return {c.label: c for c in heading_candidates(flow, read_cover(doc))}, flow


def test_a_fields_value_runs_on_past_a_remark_set_right(tmp_path):
    from extractors.headings import _value_runs_on
    _ogb(tmp_path / "ogb.pdf")
    candidates, flow = _candidates(tmp_path / "ogb.pdf")
    assert _value_runs_on(candidates["(1)"], flow)


def test_a_row_broken_short_by_kinsoku_runs_on_into_its_sentence(tmp_path):
    from extractors.headings import _a_sentence
    _ogb(tmp_path / "ogb.pdf")
    candidates, flow = _candidates(tmp_path / "ogb.pdf")
    assert _a_sentence(candidates["(3)"], flow)


def test_a_spread_title_ends_with_its_letters(tmp_path):
    cover, _ = _ogb(tmp_path / "ogb.pdf")
    assert cover.title == "入札説明書"


def _note_with_a_larger_digit(path):
    """A bold bracketed note over four rows in 10.4 pt, one full-width digit of its third row set in 11 pt (DocuWorks),
    over the body in 11 pt."""
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    cover.insert_text((200, 200), "入札説明書", fontname="japan-s", fontsize=20)
    page = doc.new_page(width=595, height=842)
    rows = ("【本工事の主な試行対象等は、一括審査方式、専任補助者、地元資材の活用率、難工事の実績評価、",
            "週休２日の実績評価、契約後ＶＥ方式、入札時に工事費内訳書の提出義務、余裕期間の設定、参考",
            None, "策工事である。】")
    bold = pymupdf.Font("cjk")
    for k, text in enumerate(rows):
        y = 90 + 15 * k
        if text is None:   # the third row: 見積書、週休 / ２ (11 pt) / 日、過去…
            x = 70.0
            for piece, size in (("見積書、週休", 10.4), ("２", 11.0), ("日、過去２年度間の低入札工事の成績評価、生産性向上チャレンジ工事、熱中症対", 10.4)):
                page.insert_text((x, y), piece, fontname="japan", fontsize=size, render_mode=2, border_width=0.02)
                x += bold.text_length(piece, size)
            continue
        page.insert_text((70, y), text, fontname="japan", fontsize=10.4, render_mode=2, border_width=0.02)
    for k in range(3):
        page.insert_text((81, 170 + 16 * k), "本入札説明書に記載の工事は、技術資料等を共通化できる２件の工事を対象に、一括して公告し、",
                         fontname="japan-s", fontsize=11)
    doc.save(str(path))
    return _headings(path)


def test_a_larger_digit_leaves_a_row_in_its_paragraph(tmp_path):
    heads = _note_with_a_larger_digit(tmp_path / "note.pdf")
    assert not [h for h in heads if h[1].startswith("見積書")]
