"""Record cards and table sides (session 20, cards20).

A record drawn as a card (extractors/cells.py `record_card`): framed rows stacked in one column, each an
item's name and its value parted by a colon in one cell (名称：刀 / サイズ：68.1弱 …), a caption band at
most at the card's head or foot — a slide's picture of a catalogue record — is a figure, no table; a
table that sets the names and the values in columns of their own stays a table."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import extract_document as _extract, table_shapes as _tables
from real_truth import norm

GOTHIC = "japan"
CARD = ["名称：刀", "サイズ：68.1弱", "和暦：長禄2", "分野：工芸", "作者名：長光", "コンテンツ記述：X博物館"]
TABLE = [("名称", "刀"), ("サイズ", "68.1弱"), ("和暦", "長禄2"), ("分野", "工芸")]


def _rows(page: pymupdf.Page, x0: float, y: float, width: float, texts: list[str]) -> float:
    """Framed rows of one column, each a white box stroked in a thin line: a card as a slide draws it."""
    for text in texts:
        page.draw_rect(pymupdf.Rect(x0, y, x0 + width, y + 21), color=(0.78, 0.29, 0.45), fill=(1, 1, 1), width=0.96)
        page.insert_text((x0 + 6, y + 15), text, fontname=GOTHIC, fontsize=11)
        y += 21
    return y


def build_cards(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((300, 60), "データ変遷（イメージ）", fontname=GOTHIC, fontsize=21)
    _rows(page, 40, 120, 150, CARD)
    y = _rows(page, 480, 120, 150, CARD[:4])
    page.draw_rect(pymupdf.Rect(480, y, 630, y + 26), color=None, fill=(1, 0, 0))   # the card's caption band
    page.insert_text((500, y + 18), "共通情報", fontname=GOTHIC, fontsize=14, color=(1, 1, 1))
    page.draw_polyline([(220, 170), (280, 170), (280, 160), (300, 180), (280, 200), (280, 190), (220, 190), (220, 170)],
                       color=(0, 0, 0), fill=(1, 1, 1), closePath=True)
    y = 380
    for a, b in TABLE:   # the same record as a table: its names and its values in columns of their own
        page.draw_rect(pymupdf.Rect(40, y, 200, y + 21), color=(0, 0, 0), width=0.75)
        page.draw_rect(pymupdf.Rect(200, y, 400, y + 21), color=(0, 0, 0), width=0.75)
        page.insert_text((46, y + 15), a, fontname=GOTHIC, fontsize=11)
        page.insert_text((206, y + 15), b, fontname=GOTHIC, fontsize=11)
        y += 21
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def cards(tmp_path_factory) -> Path:
    return _extract(build_cards(tmp_path_factory.mktemp("cards") / "cards.pdf"))


def test_a_record_drawn_as_a_card_is_no_table(cards):
    assert _tables(cards) == [(len(TABLE), 2, norm(TABLE[0][0]))]


def test_a_cards_words_stay_text(cards):
    text = norm((cards / "document.md").read_text(encoding="utf-8"))
    assert norm("作者名：長光") in text and norm("共通情報") in text


# A table's top rule (or a framed box's top side) right under a line set on it: the rule closes the grid or
# the frame (extractors/rules_to_cells.py `top_sides`), no underline of the line standing on it; a rule drawn
# under a title alone stays its underline.
CAPTION = "表１　手数料の一覧"
LABEL = "申請先の窓口"
TITLE = "２　申請の方法"


def build_sides(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 80), "手数料は、申請の際に窓口で納めてください。金額は次の表のとおりです。", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((72, 118), CAPTION, fontname=GOTHIC, fontsize=10.5)
    y = 120
    for a, b in [("区分", "金額"), ("交付", "300円"), ("再交付", "500円")]:
        page.draw_rect(pymupdf.Rect(72, y, 296, y + 20), color=(0, 0, 0), width=0.75)
        page.draw_rect(pymupdf.Rect(296, y, 520, y + 20), color=(0, 0, 0), width=0.75)
        page.insert_text((80, y + 15), a, fontname=GOTHIC, fontsize=10.5)
        page.insert_text((304, y + 15), b, fontname=GOTHIC, fontsize=10.5)
        y += 20
    page.insert_text((72, 260), TITLE, fontname=GOTHIC, fontsize=10.5)
    page.draw_line((72, 262.5), (72 + 10.5 * 7, 262.5), width=0.75)   # the title's own underline
    page.insert_text((72, 290), "申請書は、次の窓口に提出してください。", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((72, 318), LABEL, fontname=GOTHIC, fontsize=10.5)
    page.draw_rect(pymupdf.Rect(72, 320, 520, 380), color=(0, 0, 0), width=0.75)   # a framed box under the label
    page.insert_text((84, 340), "市役所本庁舎１階　市民課（平日の午前８時３０分から午後５時まで）", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((84, 360), "各支所の窓口でも受け付けます。", fontname=GOTHIC, fontsize=10.5)
    doc.save(path)
    return path


def test_a_table_or_frame_top_is_no_underline(tmp_path):
    from pipeline.reading import open_document
    from extractors.page_flow import build_flow
    flow = build_flow(open_document(str(build_sides(tmp_path / "sides.pdf"))))
    underlined = {norm(it.text): it.underlined for it in flow.items if hasattr(it, "underlined")}
    assert underlined[norm(TITLE)]
    assert not underlined[norm(CAPTION)] and not underlined[norm(LABEL)]
