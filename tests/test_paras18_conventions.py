"""paras18: paragraphs and reading order — a code's title set out at the margin opens its own paragraph, a fee
schedule's rows stay rows (no headings) where the numbering does not read a label, a 【参考】 band's line is a
paragraph of its own, a source line under a figure is no running footer, a Latin ligature keeps its spaces.
Built documents: tests/paras18_conventions.py. The held documents' checks were written from their rendered pages
(PyMuPDF get_pixmap at 100 dpi, looked at) and their text layer, before the pipeline's output was read."""
from __future__ import annotations

from pathlib import Path

import pytest

import paras18_conventions as pc
from conftest import extract_document, read_csv
from real_truth import norm

REAL = Path(__file__).parent / "real"


def _paragraphs(out: Path) -> list[str]:
    return [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]


def test_a_code_set_out_at_the_margin_opens_its_own_paragraph(tmp_path):
    """paragraphs._set_out: on a page read by position, Ｋ００２ デブリードマン set out at the margin, left of every
    line of the rows above it (set in under Ｋ００１), opens a paragraph; it never closes the rows before it."""
    paragraphs = _paragraphs(extract_document(pc.build_code_titles(tmp_path / "codes.pdf")))
    for code, name, rows in pc.CODES[1:]:   # (the first is read with 区分, the column's head over it)
        assert norm(code + name) in paragraphs, (code, paragraphs)
        last = rows[-1]
        assert any(p.endswith(norm(last[0] + last[1] + last[2])) for p in paragraphs), (last, paragraphs)
    assert not any(p.endswith(norm(pc.CODES[1][0] + pc.CODES[1][1])) and p != norm(pc.CODES[1][0] + pc.CODES[1][1])
                   for p in paragraphs), paragraphs


def test_rows_grouping_sub_rows_are_rows_not_headings(tmp_path):
    """schedule_rows: "１ 血管損傷の場合 43,830点" over "２ １以外の場合" (a row grouping priced sub-rows, its title
    opening with a figure: _priced_sibling), "１ 自家採血輸血（200mＬごとに）" over its sub-row イ１回目 750点 (no words
    of the row: it stops short, _row_wraps; a sub-row the numbering does not read: _sub_row), and a row whose note
    runs over the page break (_further_in) are rows of the schedule: no headings."""
    out = extract_document(pc.build_grouped_rows(tmp_path / "grouped.pdf"))
    titles = [norm(h["title"]) for h in read_csv(out / "headings.csv")]
    for words in ("血管損傷の場合", "自家採血輸血（200mＬごとに）", "ナビゲーションによるもの"):
        assert norm(words) not in titles, (words, titles)
    assert not any(p.startswith(("43,830点", "2,000点")) for p in _paragraphs(out))


def test_a_bands_line_set_apart_is_a_paragraph_of_its_own(tmp_path):
    """line_roles._item_start (a 【…】 band with its words after it, bold: BAND_WITH_WORDS) and
    paragraphs._after_lead: 【参考】　重症者の属性 joins no note above it, and 【参考】　入院・療養等調整中… no line of
    figures set in the regular face under it."""
    paragraphs = _paragraphs(extract_document(pc.build_band_heads(tmp_path / "bands.pdf")))
    for band, under in pc.BANDS:
        assert norm(band) in paragraphs, (band, paragraphs)
        if under:
            assert norm(under) in paragraphs, (under, paragraphs)


def test_a_source_line_printed_on_every_page_is_no_running_footer(tmp_path):
    """furniture._row_shapes: the source line's tail より一部抜粋・追記） repeats on every page, but its row —
    （出典：https://… and the tail an em apart — differs from page to page: no running line; the tail stays in the
    page's text."""
    out = extract_document(pc.build_source_rows(tmp_path / "sources.pdf"))
    kinds = {(f["kind"], f["text"]) for f in read_csv(out / "furniture.csv")}
    assert not any(kind.startswith("running") for kind, _ in kinds), kinds
    text = "".join(_paragraphs(out))
    for address in pc.SOURCES:
        assert norm(address + pc.TAIL) in text, (address, text)


def test_a_latin_ligature_keeps_the_spaces_around_it():
    """normalizers.text._keep_space: ﬁ ﬂ ﬀ ﬃ ﬄ (U+FB00–FB06) are Latin letters — the space before and after one
    stays (the ﬁrst, is ﬂexible), and a line ending in one wraps on to the next with a space."""
    from normalizers.text import clean, join_lines

    assert clean("this is the ﬁrst attempt") == "this is the ﬁrst attempt"
    assert clean("we ﬁrst ﬁx one of them") == "we ﬁrst ﬁx one of them"
    assert clean("MORN is ﬂexible") == "MORN is ﬂexible"
    assert join_lines(["in the", "ﬁeld of"]) == "in the ﬁeld of"
    assert clean("日本 語 ﬁ") == "日本語ﬁ"   # a space touching a Japanese letter still goes


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    """The held documents these conventions were read from, extracted once."""
    import shutil

    folder = tmp_path_factory.mktemp("held18")
    names = ["mhlw_shinryo_hoshu_tensuhyo_shujutsu_2020", "tokyo_corona_kansensha_hassei_jokyo_2021",
             "ai_senryaku_kaigi_koseiin_teishutsu_shiryo_slides_2024"]
    for name in names:
        shutil.copy(REAL / f"{name}.pdf", folder / f"{name}.pdf")
    from pipeline.cli import main

    assert main(["extract", str(folder), "--out", str(folder / "out"), "-q"]) == 0
    return folder / "out/documents"


def test_held_fee_schedule_codes_open_their_paragraphs(held):
    """Page 5 of the 点数表 part (rendered, read): Ｋ００１ 皮膚切開術, Ｋ００２ デブリードマン … Ｋ００６－４ set at the
    margin, each over its rows set in; each code's line is a paragraph, the rows under it the next."""
    paragraphs = _paragraphs(held / "mhlw_shinryo_hoshu_tensuhyo_shujutsu_2020")
    for title in ("Ｋ００１皮膚切開術", "Ｋ００２デブリードマン", "Ｋ００３皮膚、皮下、粘膜下血管腫摘出術（露出部）",
                  "Ｋ００６－４皮膚腫瘍冷凍凝固摘出術（一連につき）"):
        assert norm(title) in paragraphs, (title, paragraphs)
    assert norm("１長径10センチメートル未満570点２長径10センチメートル以上20センチメートル未満990点３長径20センチメートル以上1,770点") \
        in paragraphs


def test_held_statistics_sheet_bands_are_paragraphs_of_their_own(held):
    """The Tokyo sheet (rendered, read): 【参考】　重症者の属性 (bold, over its table) follows the note ※療養期間経過を含む
    set at the right, not inside it; 【参考】　入院・療養等調整中の陽性患者について（１２月３１日発表分） (bold) stands over the
    line of figures 入院療養等調整中２３４１人 … set in the regular face."""
    paragraphs = _paragraphs(held / "tokyo_corona_kansensha_hassei_jokyo_2021")
    assert norm("※療養期間経過を含む") in paragraphs, paragraphs
    assert norm("【参考】　重症者の属性") in paragraphs, paragraphs
    assert norm("【参考】　入院・療養等調整中の陽性患者について（１２月３１日発表分）") in paragraphs, paragraphs
    assert norm("入院療養等調整中２３４１人　　当日の新規陽性者　　１３３７人") in paragraphs, paragraphs


def test_held_deck_source_lines_are_the_slides_text(held):
    """The AI戦略会議 member's deck (slide 2 rendered, read): each example's source line （出典：https://… より一部抜粋・
    追記） under its picture is one printed line, the address different on each: no running footer; its tail stays
    in the slide's text."""
    out = held / "ai_senryaku_kaigi_koseiin_teishutsu_shiryo_slides_2024"
    kinds = [f["kind"] for f in read_csv(out / "furniture.csv")]
    assert "running_footer" not in kinds, kinds
    text = "".join(_paragraphs(out))
    assert norm("（出典：https://www.cyberagent.co.jp/news/detail/id=29572　より一部抜粋・追記）") in text
