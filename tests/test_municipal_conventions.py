"""Municipal plans' conventions on documents typeset here (tests/municipal_conventions.py)."""
from __future__ import annotations


import pytest

import municipal_conventions as mc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_ultra_bold_gothic_titles_at_body_size(tmp_path):
    """Titles in HG創英角ゴシックUB (its weight named by its UB suffix) over a body in another face:
    unnumbered titles at body size head their sections, ［…］ sub-headings nest under them (a ［…］
    label in body type is none), and a goal set on a 20 pt line after a title in body size is
    that title's sibling, not its child; the measure centred under a goal is part of its banner."""
    out = _extract(mc.build_municipal_plan(tmp_path / "plan.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title, _ in mc.PLAN_HEADINGS]


def test_ultra_bold_suffix_names_a_bold_face():
    """Japanese faces name their weight by a suffix: UB, EB and E are bold; M-PRO, W3 are not."""
    from extractors.layout import _font
    assert _font("HG創英角ｺﾞｼｯｸUB")[1] and _font("HGPSoeiKakugothicUB")[1] and _font("HGGothicE")[1]
    assert _font("HGｺﾞｼｯｸE")[1] and not _font("HG丸ｺﾞｼｯｸM-PRO")[1] and not _font("ＤＦ平成明朝体W3")[1]
    assert not _font("LucidaConsole")[1] and not _font("ArialCE")[1]


def test_contents_run_on_and_autospaced_section_labels(tmp_path):
    """Contents without leaders that fill their page run on to the next, the body starting after
    them: none of their entries is a heading. 第10 節 (a space after the half-width number, as Word
    sets it) is a section label as 第９節 is."""
    out = _extract(mc.build_disaster_plan(tmp_path / "bosai.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert [g[:3] for g in got] == [(1, "第1章", "総則")] + [(2, norm(mc._section_label(n)), norm(t))
                                                            for n, t in enumerate(mc.DISASTER_SECTIONS, 1)]
    assert got[0][3] == 2


@pytest.mark.parametrize("square", [False, True])
def test_flow_diagram_captions_are_no_headings(tmp_path, square):
    """Rounded boxes joined by block arrows are a flow diagram: the captions in its boxes (heavy
    Gothic, larger than the body, alone on their lines) head nothing; the titles around it, and
    a title on a rounded panel of its own (no arrow joins it), are headings. Convention: a flow
    diagram's boxes may be plain rectangles, stroked with square corners (`square`): those joined by
    arrows are a diagram too, and neither their captions nor a numbered step beside an arrow (its
    number heavy and larger: 1　計画を策定する) heads anything."""
    out = _extract(mc.build_flow_diagram(tmp_path / "diagram.pdf", square))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in mc.DIAGRAM_HEADINGS]


def test_rows_framed_one_by_one_and_names_over_the_frame(tmp_path):
    """Rows each framed as a set of boxes of their own, stacked with a gap narrower than a cell,
    are one table (the gaps are no rows); column names set over its frame under a rule across
    its width, no column rule between them, are its header row."""
    from real_truth import tables_of
    out = _extract(mc.build_framed_rows(tmp_path / "framed.pdf"))
    got = sorted((t["pages"][0], t["shape"], t["first_row"]) for t in tables_of(out))
    rows = " | ".join(norm(x) for x in mc.FRAMED_ROWS[0])
    assert got == [("1", (4, 3), rows), ("2", (5, 3), " | ".join(norm(x) for x in mc.FRAMED_NAMES))]


def test_strips_of_one_chart_and_an_arrow_s_border(tmp_path):
    """Two strips ruled apart with the same columns, stacked closer than a line of text, are one
    table; a block arrow's border drawn as a filled ring around it rules no cell."""
    from real_truth import tables_of
    out = _extract(mc.build_period_chart(tmp_path / "period.pdf"))
    got = [(t["shape"], t["first_row"], t["last_first"]) for t in tables_of(out)]
    assert got == [((2, 6), " | ".join([""] + [norm(y) for y in mc.PERIOD_YEARS]), norm(mc.PERIOD_ROW[0]))]


def test_a_legal_outline_in_the_headings_face_and_its_slips(tmp_path):
    """第Ｎ and Ｎ set in ＭＳ ゴシック at the body size over ＭＳ 明朝 paragraphs: a title in that face opening with
    kana a particle would (第２　がけ地に…) is a heading; a 第Ｎ, a Ｎ and a （Ｎ） left in body type, each alone over
    its paragraph, are headings as their siblings are (the 第Ｎ also where spaces typed from the margin indent it and
    its paragraph alike); a run of （１） （２） and （３） （４） set close to their
    text, and １ … ２ … line under line, are lists."""
    out = _extract(mc.build_legal_plan(tmp_path / "legal_plan.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title, _ in mc.LEGAL_PLAN]


def test_a_label_in_a_box_of_its_own_beside_its_title(tmp_path):
    """A section's label set in a cell of its own just left of its title, its baseline a little
    off the title's (across a whole point), is one heading with it; a row's label two ems left of
    its value is no part of it."""
    out = _extract(mc.build_label_boxes(tmp_path / "labels.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in mc.LABEL_BOXES]
    assert not [p for p in read_csv(out / "paragraphs.csv") if "給水人口675人" in norm(p["text"])]   # two lines


def test_fields_under_a_title_are_no_headings(tmp_path):
    """項目：値 rows under a cover's title (団 体 名 ： 音威子府村, larger than the body, alone on their
    lines) are a profile's fields: no headings, each a paragraph of its own."""
    out = _extract(mc.build_label_boxes(tmp_path / "fields.pdf"))
    assert not [h for h in read_csv(out / "headings.csv") if ":" in norm(h["title"])]
    texts = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert all(norm(name + "：" + value) in texts for name, value in mc.LABEL_FIELDS)


def test_chart_titles_side_by_side_are_no_headings(tmp_path):
    """Chart titles set side by side on one row (①… ②… ③…, each a line of its own over its chart) are
    items of one row, as ４．… ５．… inside one line are: no headings, though two of them stand right
    on their plot frame's top side (read as an underline, which sets the system apart)."""
    out = _extract(mc.build_chart_row(tmp_path / "charts.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(norm(label), norm(title)) for label, title in mc.CHART_SECTIONS], got


def test_a_speech_sections_by_short_lines_set_apart_by_white(tmp_path):
    """A 施政方針 in one face and size: a short line of its own flush left, a blank line above it (or a page
    break), the section's first paragraph right under it opened one character in, heads that section (総　務 as
    two pieces read 総務); a short line with white under it too (a date), a short line over lines at its own
    indent (a list of names) and a paragraph's last line are none."""
    out = _extract(mc.build_policy_speech(tmp_path / "speech.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, "", norm(t)) for t in mc.SPEECH_SECTIONS]


def test_a_council_papers_number_heads_the_statement_on_it(tmp_path):
    """A 提案理由: 議案第Ｎ号：title (報告第Ｎ号：…) flush left in body type heads the statement of reasons under it
    (label the paper's number, the colon a separator, title the bill's title, a long title run on to the
    line hung under its own start, also over a page break); 議案第３号の… opening a paragraph is a sentence, no
    heading; a title that reaches the edge runs on to no line standing after white (its statement's paragraph)."""
    out = _extract(mc.build_reasons_for_bills(tmp_path / "reasons.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(label), norm(title)) for label, title in mc.BILLS]
