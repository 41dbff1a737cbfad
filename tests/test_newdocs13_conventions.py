"""Three kinds of document new in session 13 (tests/newdocs13_conventions.py), against the truth beside
their builders: a report's outline typed with tabs, an Excel sheet's title marked ○, an English version."""
from __future__ import annotations

import json

import newdocs13_conventions as nc
from conftest import read_csv, extract_document as _extract
from normalizers.dates import to_iso
from real_truth import norm


def _headings(out) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def _document(out) -> dict:
    return json.loads((out / "document.json").read_text(encoding="utf-8"))


def test_a_label_a_tab_before_its_title_heads_a_title_opening_with_a_counter(tmp_path):
    """第２⇥条約との関係について: the text layer keeps the tab as one half-width space, the title a full em after
    the label; a title opening with 条 after a number is 第２ and its title, as 第１⇥準拠法について is — not
    第２条 run on into 約 (Word's autospace, a quarter em, is what sets 第10 条 apart)."""
    out = _extract(nc.build_tabbed_outline(tmp_path / "report.pdf"))
    assert _headings(out) == [(depth, norm(label), norm(title)) for label, title, depth in nc.REPORT_HEADINGS]


def test_a_sheet_titled_with_a_list_mark_over_its_table(tmp_path):
    """○住居確保給付金の…: the sheet's title is read without the mark, and the line that prints it (mark and all)
    is the title, no paragraph of the text; the ※ note under the grid stays a paragraph."""
    out = _extract(nc.build_marked_sheet(tmp_path / "sheet.pdf"))
    assert _document(out)["title"] == nc.SHEET_TITLE
    assert [p["text"] for p in read_csv(out / "paragraphs.csv")] == [nc.SHEET_NOTE]


def test_a_sheet_titled_over_the_day_its_figures_run_to(tmp_path):
    """（８月１５日までの貸付状況） centred under the title names the day the figures run to: no qualifier of the
    title (as （第1.0版） is), whether the title is set in the sheet's size or larger; its words stay in the text."""
    for size in (6.7, 12.0):
        out = _extract(nc.build_scoped_sheet(tmp_path / f"scoped{int(size)}.pdf", size))
        assert _document(out)["title"] == norm(nc.SCOPED_TITLE), size
        assert any(norm(nc.SCOPE) in norm(p["text"]) for p in read_csv(out / "paragraphs.csv")), size


def test_english_dates():
    """An English version prints the month's name: April 1, 2020 (the government's usage), 1 April 2020,
    April 2020 with no day; a word that only starts as a month does not date anything."""
    assert [to_iso(t) for t in ("(April 1, 2020)", "1 April 2020", "April 2020", "Mayor 2020", "令和２年４月１日")] == \
        ["2020-04-01", "2020-04-01", "2020-04", None, "2020-04-01"]


def test_an_english_version_titled_and_dated_under_its_issuer(tmp_path):
    """The issuer flush left over a title and a date both centred: the title is the centred row over
    the date, the date "(April 1, 2020)"."""
    doc = _document(_extract(nc.build_english_version(tmp_path / "english.pdf")))
    assert (doc["title"], doc["date"]) == (nc.EN_TITLE, nc.EN_ISO)


def test_an_english_outline_in_body_type(tmp_path):
    """(1) > (i) (ii) (iii) in body type, each title a phrase hung over English text set further in,
    head it (as ⑴ > ア do in a Japanese paper); (ii) and (iii) are roman numerals under (1) beside (i);
    a title of more than eighty letters is an English line's length of forty; the count 1. 2. started
    again deep inside (ii) is a level under it, not the boxed parts 1. 2. at the margin."""
    out = _extract(nc.build_english_version(tmp_path / "english.pdf"))
    assert _headings(out) == [(level, norm(label), norm(title)) for label, title, level, *_ in nc.EN_HEADINGS]
