"""Labels printed as pictures of one colour painted through their soft masks, and labels typed in to their
siblings' place (blind26d).

A word processor exporting list numbers it cannot embed may print each as a picture of one flat colour the size of
the label, its shape held by the picture's soft mask (the picture is black everywhere; the mask paints "1.1."):
what prints is the mask's shape, so the mask is read, each such picture placed by its name since their own pixels
look alike (picture_labels.mask_shape, _flat). A label of two numbers (1.1., 2.4.: a section under its chapter) is one a picture may print
(numbering.PICTURE_LABEL), as 1., 1) and (1) are.

A labelled line indented by typed spaces to where the label numbered before it stands (placed there by its
paragraph's indent) is that label's sibling, not an indented item (headings._spaced_to_sibling); a short labelled
line with a ruled table right under it heads the table as it heads running text (headings._stands_alone)."""
from __future__ import annotations

import pymupdf

from pipeline.reading import open_document


def _masked_label(text: str) -> pymupdf.Pixmap:
    """A picture of one colour (black) whose soft mask holds `text` (2.5 px a point: 55 px for "1.1.", as Word exports it)."""
    doc = pymupdf.open()
    page = doc.new_page(width=5 * len(text) + 2, height=12)
    page.insert_text((2, 10), text, fontname="helv", fontsize=11)
    grey = page.get_pixmap(dpi=180, colorspace=pymupdf.csGRAY)
    pix = pymupdf.Pixmap(pymupdf.csRGB, grey.irect, True)
    pix.clear_with(0)                                   # black everywhere, transparent
    pix.set_alpha(bytes(255 - v for v in grey.samples))   # the mask paints the glyphs only
    return pix


def _read(path, rows: list[tuple[str, str]]) -> list[str]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 100.0
    for label, text in rows:
        if label:
            page.insert_image(pymupdf.Rect(86, y - 10, 86 + 5.3 * len(label), y), pixmap=_masked_label(label))
        page.insert_text((86 + 5.3 * len(label) + 2 if label else 85, y), text, fontname="japan", fontsize=12)
        y += 30
    doc.save(str(path))
    return [ln.text.strip() for p in open_document(str(path)).pages for ln in p.lines if ln.text.strip()]


def test_a_flat_picture_through_its_mask_prints_the_mask(tmp_path):
    lines = _read(tmp_path / "masked.pdf", [("(1)", "技術的実現可能性の明確化"), ("", "本文はここに書かれています。"),
                                            ("(2)", "本格導入に向けた課題の整理")])
    assert "(1) 技術的実現可能性の明確化" in lines or "(1)技術的実現可能性の明確化" in lines, lines


def test_a_section_number_printed_as_a_picture_is_a_label(tmp_path):
    lines = _read(tmp_path / "sections.pdf", [("1.1.", "調達件名"), ("", "本文はここに書かれています。"),
                                              ("1.2.", "調達の背景"), ("", "本文はここに書かれています。")])
    assert any(ln.replace(" ", "") == "1.1.調達件名" for ln in lines), lines
    assert any(ln.replace(" ", "") == "1.2.調達の背景" for ln in lines), lines


def test_a_label_typed_in_to_its_siblings_place_is_their_sibling(tmp_path):
    """Convention (headings._spaced_to_sibling): "(1) 建方期間" placed by the paragraph's indent, then "  (2) 使用期間"
    and "  (3) 解体期間" typed after spaces from the margin to the same place, each over its value line: (2) and (3)
    are (1)'s siblings, not indented items; a label typed in past where its sibling stands is still an item."""
    from extractors.cover import read_cover
    from extractors.headings import find_headings
    from extractors.page_flow import build_flow
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((249, 81), "仕  様  書", fontname="japan", fontsize=16)
    page.insert_text((295, 790), "1", fontname="helv", fontsize=10.5)
    rows = [(71, "１ 契約件名"), (81.5, "  都立○○高等学校仮設校舎等の借入れ"), (71, "２ 契約期間"),
            (71, "   契約確定の日の翌日から令和１１年２月２８日まで"), (92, "(1) 建方期間"),
            (81.5, "  契約確定の日の翌日から令和８年７月３１日まで"), (71, "  (2) 使用期間"),
            (81.5, "  令和８年８月１日から令和１０年８月３１日まで"), (71, "  (3) 解体期間"),
            (81.5, "  令和１０年９月１日から令和１１年２月２８日まで"), (71, "３ 借入場所"), (81.5, "  東京都○○市○○町１番地"),
            (71, "４ 借入物件"), (71, "   仮設校舎等"), (82, "(1) 概要"), (82, "  仮設校舎等の概要は別紙のとおりとする。"),
            (71, "        (2) 詳細は別冊のとおりとする。")]
    for k, (x, text) in enumerate(rows):   # a space of the face is an em wide: "  (2)" from 71 puts "(" at 92
        page.insert_text((x, 100 + 18 * k), text, fontname="japan", fontsize=10.5)
    path = tmp_path / "typed.pdf"
    doc.save(str(path))
    src = open_document(str(path))
    heads = [(h.label, h.title) for h in find_headings(build_flow(src), read_cover(src)).at.values()]
    assert ("(2)", "使用期間") in heads and ("(3)", "解体期間") in heads, heads
    assert not any(t.startswith("詳細") for _, t in heads), heads


def test_a_short_labelled_line_over_its_ruled_table_heads_it(tmp_path):
    """Convention (headings._stands_alone): a short label and title in body type on a line of its own with a ruled
    table right under it (a specification's "(1) 仮設校舎" over its table of ○-checked clauses) heads that table as
    it would head running text."""
    from extractors.cover import read_cover
    from extractors.headings import find_headings
    from extractors.page_flow import build_flow

    def table(page, y, rows):
        for k, text in enumerate(rows):
            page.draw_rect(pymupdf.Rect(120, y + 22 * k, 150, y + 22 * (k + 1)), color=(0, 0, 0), width=0.7)
            page.draw_rect(pymupdf.Rect(150, y + 22 * k, 510, y + 22 * (k + 1)), color=(0, 0, 0), width=0.7)
            page.insert_text((130, y + 22 * k + 15), "○", fontname="japan", fontsize=10.5)
            page.insert_text((155, y + 22 * k + 15), text, fontname="japan", fontsize=10.5)
        return y + 22 * len(rows)

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((85, 80), "１ 賃貸借物件（仮設校舎等）", fontname="japan", fontsize=10.5)
    page.insert_text((88, 100), "(1) 仮設校舎", fontname="japan", fontsize=10.5)
    y = table(page, 106, ["高等学校の校舎として機能及び安全性を満足する施設とすること。", "ごみ置場の設置場所は学校と打合せの上、決定する。"])
    page.insert_text((88, y + 18), "(2) 付帯工事", fontname="japan", fontsize=10.5)
    y = table(page, y + 24, ["給水管取出しについて、参考図面を基に所管庁と協議すること。", "排水は既存公設ますへ接続する。"])
    page.insert_text((85, y + 30), "２ 留意事項", fontname="japan", fontsize=10.5)
    page.insert_text((96, y + 48), "本仕様書に定めのない事項は、監督員と協議の上、決定するものとする。", fontname="japan", fontsize=10.5)
    path = tmp_path / "over.pdf"
    doc.save(str(path))
    src = open_document(str(path))
    heads = [(h.label, h.title) for h in find_headings(build_flow(src), read_cover(src)).at.values()]
    assert ("(1)", "仮設校舎") in heads and ("(2)", "付帯工事") in heads, heads
