"""A tab on a frame heads the frame's part wherever the page is, in a deck or not (tests/slides20_conventions.py)."""
from __future__ import annotations

import unicodedata

import slides20_conventions as sc
from conftest import read_csv, extract_document as _extract


def test_a_tab_on_a_frame_heads_its_part_outside_a_deck(tmp_path):
    """Papers whose slides follow a portrait agenda (no deck): each tab on a frame's top edge — astride the edge, or its
    foot on it; with the slide's date level with it beyond its box; over a frame a map's arrow reads as a diagram —
    heads the frame's part under its slide's title (they were read as a figure's words: no headings)."""
    out = _extract(sc.build_tabbed_papers(tmp_path / "tabbed.pdf"))
    heads = [(h["title"], int(h["page"]), int(h["level"])) for h in read_csv(out / "headings.csv")]
    titles = [t for t, _, _ in heads]
    assert titles == [sc.SLIDE_TITLES[0], sc.ASTRIDE, sc.SLIDE_TITLES[1], *sc.ON_EDGE]
    level = {t: lv for t, _, lv in heads}
    assert all(level[t] > level[sc.SLIDE_TITLES[1]] for t in sc.ON_EDGE)
    text = " ".join(p["text"] for p in read_csv(out / "paragraphs.csv"))
    assert unicodedata.normalize("NFKC", sc.DATE_BESIDE) in text   # (the date stays the page's text)


def test_a_tab_is_a_short_box_on_its_frames_top_edge_left_ends_together():
    """typography.tab_on_frame: the box's foot on a wider box's top edge, or that edge running across it, their left
    ends together; not a band across most of the frame's top (its caption band), nor a box set apart from the frame's
    left end, nor one standing over the frame with white between."""
    from extractors.settings import Settings
    from extractors.typography import tab_on_frame
    h = Settings().headings
    frame = (3.6, 180.6, 713.2, 381.7)
    assert tab_on_frame((3.7, 154.0, 136.4, 180.7), [frame], h)          # foot on the top edge
    assert tab_on_frame((3.7, 165.0, 136.4, 195.0), [frame], h)          # the edge runs across it
    assert not tab_on_frame((3.7, 165.0, 700.0, 195.0), [frame], h)      # a band across the frame's top
    assert not tab_on_frame((40.0, 154.0, 170.0, 180.7), [frame], h)     # away from the frame's left end
    assert not tab_on_frame((3.7, 140.0, 136.4, 166.0), [frame], h)      # over the frame, white between


def test_the_words_of_a_row_of_chevrons_are_a_charts_labels(tmp_path):
    """A chart in rows of chevrons touching side by side: every word set in a chevron is the chart's (TextLine.in_figure:
    no heading, however large and bold), the category box beside the rows and the chart's title are not (the chevrons'
    words were the page's text, their rows' larger lines read as titles)."""
    from extractors.page_flow import build_flow
    from extractors.records import TextLine
    from pipeline.reading import open_document
    flow = build_flow(open_document(str(sc.build_chevron_chart(tmp_path / "chevrons.pdf"))))
    lines = [it for it in flow.items if isinstance(it, TextLine) and not it.blank]
    inside = [t for t in lines if 62 <= t.y0 and t.y1 <= 230 and t.x0 >= 95]
    assert inside and all(t.in_figure for t in inside)
    assert not any(t.in_figure for t in lines if t.text.strip() in (sc.CATEGORY, sc.CHART_TITLE))


def test_a_chevron_row_is_three_arrows_or_more_level_and_touching():
    """rules_to_cells.diagrams: three arrow-shaped boxes touching side by side, level, are a figure (the chevrons' own
    extent, not the dotted frame round the chart); two slanted shapes side by side (a chapter band's background
    design), arrows level but apart, or arrows of other heights, are none."""
    from extractors.rules_to_cells import diagrams
    from extractors.settings import Settings
    t = Settings().tables
    row = [("arrow", (95.3, 62.5, 228.5, 112.9)), ("arrow", (222.7, 62.5, 367.3, 112.9)),
           ("arrow", (361.7, 62.5, 540.3, 112.9))]
    frame = ("note", (50.0, 54.0, 727.0, 575.0))
    assert diagrams(row + [frame], t) == [(95.3, 62.5, 540.3, 112.9)]
    assert diagrams([("arrow", (-9.0, -8.0, 302.0, 167.0)), ("arrow", (301.0, -8.0, 612.0, 167.0))], t) == []
    apart = [("arrow", (x, 62.5, x + 120.0, 112.9)) for x in (95.3, 240.0, 385.0)]
    assert diagrams(apart, t) == []
    stepped = [("arrow", (95.3, 62.5, 228.5, 112.9)), ("arrow", (222.7, 62.5, 367.3, 130.0)),
               ("arrow", (361.7, 62.5, 540.3, 150.0))]
    assert diagrams(stepped, t) == []


def test_an_english_parts_number_with_its_sentences_run_in_is_a_question(tmp_path):
    """An exam's part "I. Answer the following questions … negligible." — its roman number, then sentences run to the
    text's edge and closed by a full stop — is a question, no heading (headings._a_sentence, judged on an English
    line as on any labelled one); the paper's one heading is "Problem 4"."""
    from extractors import headings
    from extractors.page_flow import build_flow
    from pipeline.reading import open_document
    pdf = sc.build_exam_question(tmp_path / "exam.pdf")
    flow = build_flow(open_document(str(pdf)))
    part = next(i for i, r in enumerate(flow.roles) if r is not None and r.numbering and r.numbering[1] == "part")
    candidate = headings._candidate_of(part, flow.line(part), flow)
    assert candidate is not None and candidate.kind == "part" and headings._a_sentence(candidate, flow)
    out = _extract(pdf)
    assert [h["title"] for h in read_csv(out / "headings.csv")] == [sc.PROBLEM]


def test_a_sign_is_no_letter_of_a_letter_spaced_title(tmp_path):
    """A listing's line "E       ;" (a blank's letter, then its semicolon) is no letter-spaced title — its pieces are not
    all letters — while "if(  D  ){" over it is none either: no two-row centred title "if(D){E;" (LineRole.letter_spaced)."""
    from extractors.page_flow import build_flow
    from pipeline.reading import open_document
    flow = build_flow(open_document(str(sc.build_exam_question(tmp_path / "exam.pdf"))))
    roles = {flow.line(i).text.strip(): r for i, r in enumerate(flow.roles) if r is not None}
    assert not roles[sc.LISTING[2]].letter_spaced
    from extractors.line_roles import _LETTER_SPACED
    assert _LETTER_SPACED.match("主　文") and _LETTER_SPACED.match("（歳　　入）") and _LETTER_SPACED.match("議　　事")
    assert not _LETTER_SPACED.match("E       ;") and not _LETTER_SPACED.match("} ;")
