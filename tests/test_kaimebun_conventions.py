"""改め文 (tests/kaimebun_conventions.py): the amended text an instruction announces is quoted, no
heading of the bill; the bill's own articles and 附則 are its headings; a 別表's heading closes with the
provisions it serves, the name under it is its table's."""
from __future__ import annotations

from pathlib import Path

import pytest

import kaimebun_conventions as kc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def _headings(folder: Path) -> list[tuple[str, str, str]]:
    return [(h["label"], norm(h["title"]), h["page"]) for h in read_csv(folder / "headings.csv")]


@pytest.fixture(scope="module")
def bill(tmp_path_factory):
    return _extract(kc.build_amending_bill(tmp_path_factory.mktemp("kaimebun") / "kaimebun.pdf"))


def test_the_articles_an_instruction_announces_are_no_headings(bill):
    """(報告) / 第５条の２ after 第５条の次に次の１条を加える。 and (委任) / 第７条 after 第７条を次のように改める。
    are the amended 条例's text; the bill's headings are its 附則 and the replacing 別表."""
    assert _headings(bill) == [("", "附則", "1"), ("別表", norm("(第3条関係)"), "2")]


def test_the_amended_text_stays_in_the_paragraphs(bill):
    """Quoted, not dropped: the inserted article's words are in the bill's text."""
    text = norm("".join(p["text"] for p in read_csv(bill / "paragraphs.csv")))
    assert norm("市長は、毎年度、手数料の徴収の状況を報告しなければならない。") in text


def test_the_schedule_keeps_its_table(bill):
    """The name under 別表（第３条関係） is its table's, no heading; the table is read whole."""
    cells = read_csv(bill / "tables.csv")
    assert {(c["table_id"], c["page_start"]) for c in cells} == {("1", "2")}
    assert norm(kc.SCHEDULE[1]) not in {t for _, t, _ in _headings(bill)}


def test_the_bills_own_articles_stay_headings(tmp_path):
    """A bill amending two 条例 in its own captioned articles: those are its headings; the article it
    replaces inside the first ((手数料の減免) / 第４条 after 第４条を次のように改める。) is quoted."""
    out = _extract(kc.build_own_articles(tmp_path / "own.pdf"))
    assert _headings(out) == [("第1条", norm("南国市手数料条例の一部改正"), "1"),
                              ("第2条", norm("南国市印鑑条例の一部改正"), "1"), ("", "附則", "1")]


def test_a_comparison_tables_title_ends_at_its_blank_line(tmp_path):
    """新旧対照表: the title is the row over the table up to the blank line, less its reading note on the
    marks ((傍線部分は改訂部分)); the compared text's name under the blank line is no part of it."""
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    pdf = kc.build_titled_comparison(tmp_path / "titled.pdf")
    assert norm(read_cover(open_document(str(pdf), first_pages=1)).title) == norm(kc.COMPARED_TITLE)


def test_a_box_framing_a_phrase_in_a_one_row_grid_is_no_column(tmp_path):
    """A one-row grid ruled across only at its top and foot (Word's frame of a 新旧対照表's row on the next
    page): the small closed box around a sub-heading in each column is the cell's content, not two more
    column rules — the grid keeps its two columns."""
    out = _extract(kc.build_framed_subheadings(tmp_path / "framed.pdf"))
    cells = read_csv(out / "tables.csv")
    assert {(c["row"], c["col"]) for c in cells} == {("1", "1"), ("1", "2")}
    assert all(norm("２－４．補助金等の重複について") in norm(c["text"]) for c in cells)


def test_a_parenthesis_inside_the_quoted_words_does_not_hold_the_sentence_open():
    """Convention of 改め文 (blind21c): the quoted words are fragments of the amended statute and may open a
    parenthesis they do not close; only a parenthesis outside the quotes keeps a sentence open."""
    from extractors.line_roles import _bracket_depths
    assert _bracket_depths("同条第1項中「サウナ室に設ける放熱設備(以下「サウナ設備」という」を", 0, 0) == (0, 0)
    assert _bracket_depths("「一般サウナ設備(簡易サウナ設備以外の", 0, 0) == (1, 0)
    assert _bracket_depths("設備をいう。)をいう。以下同じ」に改める。", 1, 0) == (0, 0)
    assert _bracket_depths("南国市火災予防条例(昭和37年", 0, 0) == (0, 1)
    assert _bracket_depths("南国市条例第9号)の一部を", 0, 1) == (0, 0)
