"""Issue 19's conventions on documents typeset here (tests/round3_conventions.py), each against
the truth written beside its builder."""
from __future__ import annotations

import json

import pytest

import round3_conventions as rc
from extractors.cover import read_cover
from extractors.headings import find_headings
from extractors.layout import read_pdf
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import TextLine
from extractors.ruled_tables import table_cells
from conftest import read_csv, extract_document as _extract
from real_truth import norm


def test_footnotes_at_body_size_under_a_separator(tmp_path):
    """Notes in body type under a short rule, numbers restarting per page, one run on to the
    next page: every note by page and number, none of their text in the body, whose paragraph
    runs on across the page break as printed."""
    out = _extract(rc.build_footnotes(tmp_path / "notes.pdf"))
    got = [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv")]
    assert got == [(n, p, norm(t)) for n, p, t in rc.FOOTNOTES]
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert not [b for b in body for _, _, t in rc.FOOTNOTES if norm(t)[:12] in b]
    assert any(b.endswith(norm("".join(rc.RUN_ON))) for b in body)
    assert [h["title"] for h in read_csv(out / "headings.csv")] == ["基本的な考え方", "推進体制"]


@pytest.fixture(scope="module")
def table_flow(tmp_path_factory):
    pdf = rc.build_tables(tmp_path_factory.mktemp("r3tables") / "tables.pdf")
    flow = build_flow(open_document(str(pdf)))
    return flow, table_cells(flow)


def _shapes(cells, page: int) -> list[tuple[int, int]]:
    ids = sorted({c.table_id for c in cells if c.page_start == page})
    return [(max(c.row + c.rowspan - 1 for c in cells if c.table_id == t),
             max(c.col + c.colspan - 1 for c in cells if c.table_id == t)) for t in ids]


def test_boxes_inside_cells_are_their_content(table_flow):
    _, cells = table_flow
    assert _shapes(cells, 1) == [(4, 2)]
    texts = {(c.row, c.col): norm(c.text) for c in cells if c.page_start == 1}
    assert [texts[r, 1] for r in range(1, 5)] == [norm(n) for n, _ in rc.BOXED]
    assert all("重点" in texts[r, 2] for r in range(1, 5))


def test_separately_stroked_cells_are_one_table(table_flow):
    _, cells = table_flow
    assert _shapes(cells, 2) == [(3, 3)]
    assert [norm(c.text) for c in cells if c.page_start == 2 and c.row == 1] == [norm(t) for t in rc.STROKED[0]]


def test_a_figure_is_no_table_and_its_words_no_heading(table_flow):
    flow, cells = table_flow
    assert _shapes(cells, 3) == []
    assert not [h for h in find_headings(flow).headings() if h.page == 3]
    lines = [t for t in flow.items if isinstance(t, TextLine) and t.page == 3]
    assert {w for w in rc.FIGURE_WORDS if any(w in t.text for t in lines)} == set(rc.FIGURE_WORDS)


def test_a_cover_in_body_type(tmp_path):
    """Title, date and issuers of a first page set in one size, the issuers letter-spaced."""
    out = _extract(rc.build_body_cover(tmp_path / "policy.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert {k: doc[k] for k in rc.BODY_COVER} == rc.BODY_COVER


def test_a_cover_title_is_larger_than_the_documents_body_type(tmp_path):
    """A slide deck's title page whose title holds most of its letters: the title is larger than
    the document's body type (typography.document_body, as the flow reads it), whatever the
    page's own commonest size (the cover measured its page alone and read no title)."""
    path = str(rc.build_slide_cover(tmp_path / "slides.pdf"))
    assert read_cover(open_document(path)).title == rc.SLIDE_TITLE


def test_no_title_date_or_issuer_from_a_heading_or_a_list_item(tmp_path):
    doc = read_cover(open_document(str(rc.build_no_cover(tmp_path / "survey.pdf")), first_pages=1))
    assert (doc.title, doc.date, doc.issuer) == ("", "", "")


def test_headings_set_apart_by_typeface_end_with_their_line(tmp_path):
    """Gothic at the body size over Mincho text that starts on the next line: the heading is its
    own line only; one on a shaded band in a frame is a heading too (no figure)."""
    out = _extract(rc.build_gothic_headings(tmp_path / "paper.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.GOTHIC_HEADINGS]


def test_notes_that_outnumber_the_body(tmp_path):
    """Small notes whose glyphs outnumber the body's: the body size is the text's above the
    foot; a note's number set as a piece of its own opens it; a chart's axis numbers and its
    source line in small type above the notes are no notes."""
    out = _extract(rc.build_heavy_notes(tmp_path / "paper.pdf"))
    got = {(int(f["number"]), int(f["page"])): norm(f["text"]) for f in read_csv(out / "footnotes.csv")}
    assert sorted(got) == sorted((n, p) for n, p, _ in rc.HEAVY_NOTES)
    assert all(got[n, p].startswith(norm(t)[:30]) for n, p, t in rc.HEAVY_NOTES)


def test_notes_across_two_columns(tmp_path):
    """Notes under a short rule set across both columns of a two-column page, their numbers hung
    before the text in pieces of their own, the lowest in the bottom margin: every note by page
    and number, none of them in the body or taken for a page number; the body's marker, only a
    little smaller than its line, read as one."""
    out = _extract(rc.build_page_wide_notes(tmp_path / "paper.pdf"))
    got = {(int(f["number"]), int(f["page"])): norm(f["text"]) for f in read_csv(out / "footnotes.csv")}
    assert got == {(n, p): norm(t) for n, p, t in rc.WIDE_NOTES}
    assert [(f["page"], f["text"]) for f in read_csv(out / "furniture.csv") if f["kind"] == "page_number"] == [
        ("1", "1"), ("2", "2")]
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert not [t for _, _, t in rc.WIDE_NOTES if norm(t)[:10] in body]
    assert body.count(norm(rc.WIDE_COLUMN[0]) + "[^1]") == 2   # the raised marker on each page


def test_notes_marked_with_an_asterisk(tmp_path):
    """*1 notes where they stand: under the paragraph of a form in the body's type, over two
    lines; at a slide's foot with a raised number. An unnumbered ※ remark stays in the body."""
    out = _extract(rc.build_starred_notes(tmp_path / "form.pdf"))
    got = [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(out / "footnotes.csv")]
    assert got == [(n, p, norm(t)) for n, p, t in rc.STARRED_NOTES]
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm(rc.STARRED_REMARK) in body
    assert not [t for _, _, t in rc.STARRED_NOTES if norm(t)[:10] in body]


def test_sub_headings_in_one_typeface_and_lists_that_are_none(tmp_path):
    """A short ① line of its own over running text is a heading; ① ② ③ line under line are a list."""
    out = _extract(rc.build_one_typeface(tmp_path / "policy.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.ONE_FACE_HEADINGS]


def test_a_notice_is_titled_by_its_subject(tmp_path):
    """A 通知's number is never its title; the subject (…について) is; its senders over （公印省略）."""
    doc = read_cover(open_document(str(rc.build_notice(tmp_path / "notice.pdf")), first_pages=1))
    assert {"title": doc.title, "date": doc.date, "issuer": doc.issuer} == rc.NOTICE


def test_a_legal_outline_nests_by_its_fixed_order(tmp_path):
    """第Ｎ部 > 第Ｎ > １ > ⑴ (or （１）) in one typeface: ⑴ is a label; a 第Ｎ部 met after a 第Ｎ
    is its sibling, never its child (the outline never inverts); a numbered sentence is text."""
    out = _extract(rc.build_legal_outline(tmp_path / "draft.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.LEGAL_OUTLINE]


def test_a_judgment_in_one_type_with_letter_spaced_parts(tmp_path):
    """主　文 / 理　由 letter-spaced and centred on lines of their own are the judgment's parts;
    labels at the paragraphs' one-character indent (字下げ) are headings, ア followed by a space
    too; a numbered sentence with ，commas run on to its 。 and the 主文's deeper items are text."""
    out = _extract(rc.build_judgment(tmp_path / "judgment.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.JUDGMENT]


def test_a_first_page_with_a_long_table_is_no_cover(tmp_path):
    """A first page holding a long ruled table is the text's first page: its headings count."""
    out = _extract(rc.build_first_page_table(tmp_path / "treaty.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.FIRST_PAGE_HEADINGS]


def test_a_notice_outline_its_sentences_and_lists(tmp_path):
    """１　ＭＦ制度について is a heading (an abbreviation run into Japanese); a numbered paragraph whose
    sentence closes inside a row is text; 1)… 2)… 3)… line under line are a list."""
    out = _extract(rc.build_notice_outline(tmp_path / "notice_outline.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.NOTICE_OUTLINE]


def test_a_disclaimer_set_larger_is_no_title(tmp_path):
    """A paragraph set larger than the text that runs to the edge into its 。 is a sentence, no title."""
    out = _extract(rc.build_boxed_disclaimer(tmp_path / "disclaimer.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.DISCLAIMER_HEADINGS]


def test_a_heading_in_the_right_column_stands_alone(tmp_path):
    """Two columns with notes across the full width of the foot: the notes do not close the
    gutter, so a heading in the right column is never joined to the left column's line beside
    it, and the right column's text follows its own heading. The chapter's title printed again
    at the top of the next page opens nothing; a ● line in the larger heading face is a sub-heading."""
    out = _extract(rc.build_white_paper(tmp_path / "paper.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.WHITE_PAPER]
    body = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert any(b.startswith(norm(rc.WHITE_RIGHT[:20])) for b in body)
    assert not [b for b in body if norm(rc.WHITE_RIGHT[:20]) in b and norm(rc.WHITE_LEFT[:20]) in b]


def test_a_label_closed_by_its_own_dot_needs_no_space(tmp_path):
    """２－１．草案の内容 on a line of its own in body type: the label's dot sets it off from its
    title as a space would; its depth under ２． comes from nesting."""
    out = _extract(rc.build_closed_decimals(tmp_path / "paper.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.CLOSED_DECIMALS]


def test_a_bracketed_contents_title_and_a_short_leader(tmp_path):
    """＜目次＞ titles the contents as 目次 does: every entry on its page is contents, also one
    whose leader is three dots; the headings are the text's own, on page 2."""
    out = _extract(rc.build_bracketed_contents(tmp_path / "shian.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"]), h["page"]) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title), "2") for d, label, title in rc.CONTENTS_HEADINGS]
    entries = [norm(e["label"] + e["title"]) for e in read_csv(out / "contents.csv")]
    assert entries == [norm(label + title) for _, label, title in rc.CONTENTS_HEADINGS]


def test_a_figure_s_words_and_a_note_s_provision_are_no_headings(tmp_path):
    """Headings are set at least in the size of their text (or heavier): a label in small
    regular type inside a diagram (第１２　原動機) or a note is a label of the figure, not a
    heading of the paper, though it opens with the headings' own numbering."""
    out = _extract(rc.build_figure_labels(tmp_path / "figure.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.FIGURE_HEADINGS]


def test_fake_bold_by_overprinting_is_one_bold_glyph(tmp_path):
    """Text struck four times at offsets of a quarter point (a printer driver's bold) is read
    once, and bold: the cover's title and the headings (set apart by that bold only) are each
    printed once; the copies are accounted as furniture of kind overprint, so every letter of
    the text layer is still accounted for and none is emitted twice."""
    import letters
    from letters import accounting
    pdf = rc.build_overprinted(tmp_path / "plan.pdf")
    out = _extract(pdf)
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(rc.OVERPRINT_TITLE)
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.OVERPRINT_HEADINGS]
    assert {f["page"] for f in read_csv(out / "furniture.csv") if f["kind"] == "overprint"} == {"1", "2"}
    coverage, surplus = accounting([pdf], out)
    over = letters.emitted(out) - letters.printed([pdf])   # the cover's title is document.json's, not a paragraph too
    assert coverage == 1.0 and not over   # (the title out of the text since newdocsB15 — by Cover.title_at since unify18 —: it was emitted twice)


def test_a_kokuji_outline_in_kanji_numerals(tmp_path):
    """一 > （一） in one typeface: a kanji numeral a visible gap before its title is a label (the
    text layer holds no space); （三） after a list tail alone on its page opens a part; a 号 list
    (一 … 二 …, wrapped) and a paragraph opening Ⅱにおける… are text."""
    out = _extract(rc.build_kokuji_outline(tmp_path / "kokuji.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.KOKUJI_HEADINGS]


def test_a_cover_whose_title_is_a_picture(tmp_path):
    """A picture stands where a cover's title stands and no text row does: the rows under it (a
    caption, a slogan in large type) are not the title. The PDF's own title names the document,
    as the text prints it (without the prefecture the PDF's title adds), and its author the
    issuer; no date is printed, so none is read."""
    out = _extract(rc.build_picture_cover(tmp_path / "plan.pdf"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), norm(doc["issuer"]), doc["date"]) == (norm(rc.PICTURE_TITLE), norm(rc.PICTURE_ISSUER), "")


def test_a_guideline_outline_in_one_gothic(tmp_path):
    """Ⅰ． > 〇 > 1) in one typeface: 〇 (U+3007) opens a titled part; a 1) whose title is a long name
    on its own row over text further in heads it; 1) items whose title is a clause are a list."""
    out = _extract(rc.build_guideline_outline(tmp_path / "guideline.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.GUIDELINE_HEADINGS]


@pytest.fixture(scope="module")
def starred_paper(tmp_path_factory):
    return _extract(rc.build_starred_paper(tmp_path_factory.mktemp("sp") / "starred_paper.pdf"))


def test_starred_markers_raised_in_the_text_are_no_notes(starred_paper):
    """＊1 raised inside a line (with the rest of the line a piece of its own) and ＊2 raised at a
    sub-heading's end point to the notes; the notes open their rows at the foot, ＊2's mark and
    text set as two pieces of one row: every note with its whole text, the body whole."""
    got = [(int(f["number"]), int(f["page"]), norm(f["text"])) for f in read_csv(starred_paper / "footnotes.csv")]
    assert got == [(n, p, norm(t)) for n, p, t in rc.SP_NOTES]
    body = "".join(norm(p["text"]) for p in read_csv(starred_paper / "paragraphs.csv"))
    assert norm(rc.SP_MARKED[0] + "[^1]" + rc.SP_MARKED[1]) in body
    assert not [t for _, _, t in rc.SP_NOTES if norm(t)[:12] in body]


def test_a_sub_heading_set_apart_may_open_its_title_with_a_latin_word(starred_paper):
    """ア　NICTによる… in the headings' Gothic over a Mincho body is a sub-heading (its marker out)."""
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(starred_paper / "headings.csv")]
    assert tuple(norm(x) for x in rc.SP_HEADING) in got


def test_a_page_number_right_before_the_running_footer(starred_paper):
    """On the left-hand pages the number stands before the running footer on its row: the page's number."""
    numbers = [f["text"] for f in read_csv(starred_paper / "furniture.csv") if f["kind"] == "page_number"]
    assert numbers == rc.SP_PAGE_NUMBERS
    assert not [p for p in read_csv(starred_paper / "paragraphs.csv") if "46" in p["text"] or "48" in p["text"]]


def test_one_system_in_two_sizes_counted_again_is_two_levels(tmp_path):
    """1 (14 pt) > 1, 2 set smaller and counted again under it > ア > （ア）（イ); the figure reference
    closing the bracket the line above opened, in the links' Gothic, runs on (no heading Ⅰ)."""
    out = _extract(rc.build_tiered_outline(tmp_path / "tiered.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.TIERED_HEADINGS]
    body = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert norm("".join(rc.TIERED_REFERENCE)) in body


def test_a_chapter_title_beside_its_emblem_runs_over_its_rows(tmp_path):
    """第4章 with its 4 set huge, the title beside it in display type over two rows: the title is
    the label and both rows (the emblem's glyph is the row's largest, not the title's type)."""
    out = _extract(rc.build_chapter_opener(tmp_path / "opener.pdf"))
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["title"] == "".join(rc.OPENER_TITLE)


def test_headings_made_bold_by_stroking_the_glyphs(tmp_path):
    """Convention: a glyph filled and stroked in its own colour (text render mode 2, Word's bold
    for a face without a bold weight) is set in bold. Headings at body size so set apart are
    read as any bold heading, a. under ① among them; a stroked phrase opening a paragraph's row,
    or a stroked sentence that runs to the edge, is no title run on."""
    out = _extract(rc.build_stroked_bold(tmp_path / "stroked.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.STROKED_HEADINGS]


def test_a_glyph_filled_and_stroked_in_its_own_colour_is_bold(tmp_path):
    """Convention (Word's bold for a face without a bold weight): a glyph filled and stroked in its
    own colour (text render mode 2) is bold, in layout, as a bold face's glyph is — on a page turned
    by /Rotate too; a glyph only stroked (outlined letters) or stroked in another colour than its fill
    (white letters with a black contour) is not. A span stroked only in part (the label of a band) is
    cut where its weight changes."""
    doc = read_pdf(str(rc.build_stroke_kinds(tmp_path / "kinds.pdf")))
    lines = {"".join(s.text for s in line.spans).strip(): line for line in doc.pages[0].lines}
    assert [(text, all(s.bold for s in lines[text].spans)) for text, _ in rc.STROKE_KINDS] == rc.STROKE_KINDS
    label = lines["".join(rc.STROKE_LABEL)]
    assert [(s.text.strip(), s.bold) for s in label.spans if s.text.strip()] == \
        [(rc.STROKE_LABEL[0], True), (rc.STROKE_LABEL[1].strip(), False)]
    assert [s.bold for line in doc.pages[1].lines for s in line.spans if s.text.strip()] == [True]


def test_a_band_whose_label_alone_is_bold_heads_as_its_siblings(tmp_path):
    """Convention: among bracketed bands set in bold, one whose bold stops at its label (【第２条 in
    bold, its caption in the body's weight) is set apart by its label as they are by their whole line:
    a heading, no list item."""
    out = _extract(rc.build_model_rules_explained(tmp_path / "rules.pdf"))
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert (norm(""), norm(rc.MODEL_RULES_HEADINGS[2][2])) in got


def test_an_examples_caption_is_no_heading(tmp_path):
    """Convention: 〔例１〕 opening a line captions the example that follows (a model provision), as
    図１ captions a figure: no heading, and neither is the caption's second line, hung under its title."""
    out = _extract(rc.build_model_rules_explained(tmp_path / "rules.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.MODEL_RULES_HEADINGS]


@pytest.mark.parametrize("legend", [False, True])
def test_a_larger_bold_centred_title_heads_its_part(tmp_path, legend):
    """Convention (a notice in parts): a centred title set larger than the body and bold, alone on its
    row, heads the part that follows — on the first page under the document's own subject line, and
    mid-page too — in a document that sets its other headings apart; the subject line stays its title.
    Its outline is the next labelled line's: an unnumbered name between them (a legend's, グラフ凡例,
    centred over a dashboard's charts) is passed."""
    out = _extract(rc.build_part_titles(tmp_path / "parts.pdf", legend))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.PART_HEADINGS]


def test_a_tagged_title_centred_atop_a_page_heads_its_outline(tmp_path):
    """Convention (reference matter closing a document): a title opened by a bracketed tag —
    （参考）本対応策の所要額 — centred in the headings' bold face at the body's size as a page's first
    line, over an outline of its own that restarts at １．, heads that outline: the tag does not make it
    a bracketed remark, and the headings under it nest below it though they are set in its size."""
    out = _extract(rc.build_reference_page(tmp_path / "reference.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in rc.REFERENCE_HEADINGS]


def test_a_band_alone_opening_a_page_starts_a_block(tmp_path):
    """Convention (a guide's reference block): 【参考】 alone on its line names the block under it — the
    paragraph above ends there, also where only a page break (no blank line) stands between them."""
    out = _extract(rc.build_band_after_break(tmp_path / "band.pdf"))
    got = [norm(p["text"]) for p in read_csv(out / "paragraphs.csv")]
    assert got[-4:-1] == [norm(t) for t in rc.BAND_PARAGRAPHS]
