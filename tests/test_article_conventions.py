"""The conventions of tests/article_conventions.py: rules and calls for applications."""
from __future__ import annotations

from pathlib import Path

import pytest

import article_conventions as ac
from conftest import read_csv
from pipeline.cli import main
from real_truth import norm


def _extract(pdf: Path) -> Path:
    assert main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "-q"]) == 0
    return pdf.parent / "out" / "documents" / pdf.stem


def _headings(out: Path) -> list[tuple[int, str, str]]:
    return [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]


def test_an_article_is_headed_by_its_caption(tmp_path):
    """条見出し: a caption in brackets on its own line right above 第N条 heads the article (label 第N条,
    title the caption without brackets), as does 第N条（caption）; the article's paragraphs and
    items (２, （１）, 一) are its text; 第１章 nests the articles; 附則 closes the main text."""
    out = _extract(ac.build_rules(tmp_path / "rules.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.RULES]


def test_bracketed_sub_headings_nest_under_the_heading_they_follow(tmp_path):
    """【…】 and ＜…＞ alone on their lines above paragraphs are sub-headings one level under the numbered
    heading they follow; bands at the top (a cover's notice box) head none of the numbered outline
    after them; a ＜…＞ label centred over a figure or right above a bulleted list is no heading."""
    out = _extract(ac.build_call(tmp_path / "call.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.CALL]


def test_a_label_over_a_list_and_the_parts_after_it_heads_them(tmp_path):
    """A ＜…＞ label over a bulleted list heads a passage when parts follow the list under it, the first
    opened by the first label of a series (＜中小企業者の定義＞ / ○… / ①　会社又は個人 over its table); a label
    whose list is followed by the next number of a series opened before it (② after ①) names the list.
    The parts themselves (① and ② over their tables) are optional headings, as the held call's truth marks them:
    since blind26d a short labelled line over a ruled table heads it (headings._stands_alone). Convention (below27):
    a ＜…＞ label that opens its passage, whose next heading is the first of a numbered series (①), heads that
    series — the parts rank under the label, though bands and items share a slot elsewhere."""
    out = _extract(ac.build_definition(tmp_path / "definition.pdf"))
    parts = [(norm(label), norm(title)) for _, label, title in ac.DEFINITION_PARTS]
    found = _headings(out)
    assert [h for h in found if h[1:] not in parts] == [(d, norm(label), norm(title)) for d, label, title in ac.DEFINITION]
    assert [h for h in found if h[1:] in parts] == [(d, norm(label), norm(title)) for d, label, title in ac.DEFINITION_PARTS]


def test_an_item_that_lost_its_bullet_follows_on_its_list(tmp_path):
    """In a list of definitions (・①… / ・②… / ・③… over a row set under its text), a line opening with the next
    circled number where the others' numbers stand (④…, its ・ left out) is the next item of that list, no
    heading, past the row the item above wraps to."""
    out = _extract(ac.build_definitions(tmp_path / "definitions.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.DEFINITIONS]


def test_a_diagrams_step_numbered_large_beside_small_words_is_no_heading(tmp_path):
    """A flow diagram's step — its number in 11.4 pt beside its words in 7 pt under a 12 pt body — is set in
    the size most of its letters are: well below the body's, a diagram's words, no heading."""
    out = _extract(ac.build_steps(tmp_path / "steps.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.STEPS]


def test_the_last_item_of_a_list_of_wrapped_items_is_no_heading(tmp_path):
    """A list's last item （４）… wrapped to a row at its label's indent, followed by a remark set further in, is
    an item of that list as the ones before it are — the item right before it ends on a wrapped row, whose
    first row opens with （３）: no heading."""
    out = _extract(ac.build_conditions(tmp_path / "conditions.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.CONDITIONS]


@pytest.mark.parametrize("name", ac.FORM_NAMES)
def test_a_forms_title_on_two_centred_rows_is_one_title(tmp_path, name):
    """A form's title set on two centred rows (補助金 / 確　定　通　知　書, letter-spaced) is one heading: both rows,
    on the first one's page — a form's name of seven letters spaced out (交　付　決　定　通　知　書) too."""
    out = _extract(ac.build_forms(tmp_path / "forms.pdf", name))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.forms_headings(name)]


def test_a_part_title_page_heads_the_forms_behind_it(tmp_path):
    """Convention (a divider): a page after the first that opens with the document's title again, holds a
    few lines and no sentence, names the part it opens by the short line centred under that title (様式集,
    in body type): a heading of a part, the forms behind it nested under it; its list of the forms is none."""
    out = _extract(ac.build_forms(tmp_path / "forms.pdf", divider=True))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.forms_headings("確定通知書", True)]


def test_attachments_of_rules_are_parts_of_the_document(tmp_path):
    """規程's attachments: 別紙Ｎ alone at the top right of a later page opens an attachment (label 別紙Ｎ,
    title the centred line under it), beside the main text — not a stamp set aside as furniture. The
    attachment's proportional cut of the body face (ＭＳ Ｐ明朝 beside ＭＳ 明朝) sets nothing apart; its
    hanging list (①企業組合 over lines set under its text) holds no headings; a band set further out than
    （１） stands beside it."""
    out = _extract(ac.build_attachments(tmp_path / "attachments.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.ATTACHMENTS]
    assert not [f for f in read_csv(out / "furniture.csv") if f["kind"] == "doc_label"]


def test_one_line_articles_and_the_particulars_of_forms(tmp_path):
    """A caption listing names joined by 、 ((様式、委任)) heads the article under it as any caption does.
    An article's number with its caption alone on its line (第１条（履行義務）) over its text heads the
    article (label 第１条, title the caption); a list of such lines line under line is none. The
    particulars a pledge or a form lists under its centred 記 (（１）暴力団 …, １．変更の内容 …), up to
    以上 or the next attachment, are no headings of the document."""
    out = _extract(ac.build_agreement(tmp_path / "agreement.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.AGREEMENT]


def test_an_article_captioned_on_its_number_line_is_headed_by_it(tmp_path):
    """第１条（目的） or 第２条　定義 on a line of its own over the article's text heads the article (label the
    number, title the caption, a caption's bracket open at the row's end runs it on to the next line);
    第４条　この規程は、… opens the article's text, no heading; the same lines listed one under another on
    a contents page are none."""
    out = _extract(ac.build_captioned_articles(tmp_path / "captioned.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.CAPTIONED]


def test_back_matter_pages_are_titled_at_their_top(tmp_path):
    """A title set larger than the body and centred, the first line of a page after the first, opens a
    part of the document (お問い合わせ先, 改訂履歴 over their tables); on the first page it is the document's
    own title, no heading."""
    out = _extract(ac.build_back_matter(tmp_path / "back_matter.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.BACK_MATTER]


def test_an_article_number_placed_apart_from_its_text_is_read(tmp_path):
    """A word processor that places words instead of typing the 全角 space (一太郎's export): 第１条 and the
    article's text as two pieces one character apart, no space in the text layer, is the article's number
    and its text, headed by the bracketed caption above — also where the caption follows an item's last
    line ending short without closing its sentence; an article whose first row runs to the edge with a
    bracket left open (教育委員会（第２条…) is headed by its caption, its row no caption of its own."""
    out = _extract(ac.build_placed_articles(tmp_path / "placed.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.PLACED]


def test_a_procedures_articles_numbered_without_jo_are_headed_by_their_captions(tmp_path):
    """要綱・要領 in 公用文: an article numbered 第Ｎ with no 条, its caption in brackets on the line above,
    is headed by that caption (label 第Ｎ) as a statute's article is; its first line is its text, no
    part's heading of its own. The title atop page 1 with a ○ before it is the document's title (the
    cover reads it without the mark), no item and no heading."""
    out = _extract(ac.build_procedure(tmp_path / "procedure.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.PROCEDURE]
    first = read_csv(out / "paragraphs.csv")
    assert not any(norm(p["text"]).startswith(norm("第１")) for p in first)


def test_a_single_attachment_labelled_without_a_number_is_a_part_too(tmp_path):
    """A 規程 with one attachment labels it 別紙 alone (no number), at the top left of its page over its
    centred title: the same part of the document as 別紙Ｎ (label 別紙, title the centred line); its
    particulars under 記 are no headings; 別紙 over a sentence is no part."""
    out = _extract(ac.build_single_attachment(tmp_path / "single.pdf"))
    assert _headings(out) == [(d, norm(label), norm(title)) for d, label, title in ac.SINGLE]
