"""A discussion paper's chapter dividers (第1章：対応編) and its angle-bracketed figure captions
(＜図表１：…＞): the colon parts a division's label from its title, the caption is no heading."""
from __future__ import annotations

from extractors.numbering import CAPTION, folded, match_numbering


def test_a_colon_between_a_divisions_label_and_its_title_belongs_to_neither():
    for text, label, title in (("第1 章：対応編", "第1章", "対応編"), ("第２章：解説編", "第2章", "解説編"),
                               ("第3節: 調査の方法", "第3節", "調査の方法"), ("第１部：総論", "第1部", "総論")):
        got = match_numbering(text)
        assert got is not None, text
        assert got[2].replace(" ", "") == label and got[3] == title


def test_a_division_without_a_colon_reads_as_before():
    got = match_numbering("第２章 解説編")
    assert got is not None and got[2] == "第2章" and got[3] == "解説編"


def test_a_figure_caption_in_angle_brackets_is_a_caption():
    for text in ("＜図表１：LINE サービス規約に基づいた利用＞", "＜図表５：アプリによる暗号化＞", "〈図3 利用の流れ〉"):
        assert CAPTION.match(folded(text)), text
    for text in ("＜参考＞", "＜要旨＞", "＜図の見方＞"):
        assert not CAPTION.match(folded(text)), text


def _figure_page(path, heads_over_a_panel: bool):
    """A discussion paper's page: running text, then ＜図表１：…＞ over three column heads set on blue
    bands; under them either a diagram (a tall pale panel hanging from the middle head, boxes of words
    in it and beside it) or the rows of a real table ruled under the same heads."""
    import pymupdf
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    text = "内閣官房等ガイドラインには、機密性の低い情報については、サービスの利用規約に基づいた利用が可能であるとされている。"
    for k in range(6):
        page.insert_text((85, 110 + 18 * k), text[:38], fontname="japan", fontsize=12)
    page.insert_text((88, 300), "＜図表１：サービス規約に基づいた利用＞", fontname="japan-s", fontsize=11)
    cols = [(88, 215), (215, 359), (359, 525)]
    for (x0, x1), head in zip(cols, ("情報種別", "利用条件", "利用イメージ")):
        page.draw_rect(pymupdf.Rect(x0, 318, x1, 342), color=(0, 0, 0), fill=(0.18, 0.46, 0.71), width=0.58)
        page.insert_text((x0 + 30, 334), head, fontname="japan", fontsize=10.8, color=(1, 1, 1))
    if heads_over_a_panel:
        page.draw_rect(pymupdf.Rect(215, 342, 359, 527), color=None, fill=(1, 0.95, 0.8))
        for y, word in ((370, "公式アカウント"), (420, "利用規約")):
            page.draw_rect(pymupdf.Rect(240, y - 15, 339, y + 20), color=(0.3, 0.3, 0.3), fill=(0.9, 0.9, 0.9), width=0.75)
            page.insert_text((255, y + 5), word, fontname="japan", fontsize=9.6)
        page.draw_rect(pymupdf.Rect(98, 436, 197, 475), color=(0.3, 0.3, 0.3), fill=(0.8, 0.8, 0.8), width=0.75)
        page.insert_text((110, 458), "機密性の低い情報", fontname="japan", fontsize=10.8)
        page.insert_text((400, 460), "周知、広報活動", fontname="japan", fontsize=6)
    else:
        for r in range(3):
            y0 = 342 + 24 * r
            for (x0, x1), cell in zip(cols, ("低い情報", "利用規約", "広報")):
                page.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + 24), color=(0, 0, 0), width=0.75)
                page.insert_text((x0 + 10, y0 + 16), f"{cell}{r + 1}", fontname="japan", fontsize=10.5)
    for k in range(4):
        page.insert_text((85, 600 + 18 * k), text[:38], fontname="japan", fontsize=12)
    doc.save(path)
    return path


def test_column_heads_on_bands_over_a_diagram_are_no_table(tmp_path):
    """Three heads on filled bands with a panel of the figure hanging from their bottom edge head a
    diagram, not a table; the same heads over ruled rows stay a table's header row."""
    from conftest import extract_document, read_csv

    out = extract_document(_figure_page(tmp_path / "figure.pdf", True))
    assert not (out / "tables.csv").is_file() or not read_csv(out / "tables.csv")
    out = extract_document(_figure_page(tmp_path / "table.pdf", False))
    cells = read_csv(out / "tables.csv")
    assert {"低い情報1", "低い情報3", "広報3"} <= {c["text"] for c in cells}
