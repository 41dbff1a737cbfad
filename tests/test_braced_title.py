"""A form's title naming a choice (extractors/cover._braced_choice, below24).

Convention: a 様式 sheet of a notice's forms titles itself with a choice — the items stacked in braces drawn as curves,
the rest of the title set right of the braces, level with the stack's middle (｛甲診療料 / 乙診療料｝の施設基準に係る届出書
添付書類). Read by rows, the rest falls between the items; a reader reads the choice first, then the rest."""
from __future__ import annotations

import json

import pymupdf

from conftest import extract_document
from real_truth import norm


def _braced_form(path, *, stacked=("甲診療料", "乙診療料")):
    """A 様式 sheet whose title names a choice: the items stacked in round braces (drawn as curves), the rest of
    the title set right of the braces, level with the stack's middle; a ruled table of entries under it."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "様式１", fontname="japan", fontsize=11)
    for k, item in enumerate(stacked):
        page.insert_text((114, 108 + 18 * k), item, fontname="japan", fontsize=12)
    top, foot = 92, 96 + 18 * len(stacked)
    for x, bend in ((106, -6), (262, 6)):
        page.draw_bezier((x, top), (x + bend, top + 4), (x + bend, foot - 4), (x, foot), width=0.6)
    page.insert_text((272, (top + foot) / 2 + 5), "の施設基準に係る届出書添付書類", fontname="japan", fontsize=12)
    page.insert_text((330, foot + 22), "※ 該当する届出事項を○で囲むこと", fontname="japan", fontsize=10.5)
    ys = [foot + 40, foot + 70, foot + 100, foot + 130]
    for y in ys:
        page.draw_line((60, y), (540, y), width=0.8)
    for x in (60, 300, 540):
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.8)
    for r, y in enumerate(ys[:-1]):
        page.insert_text((66, y + 19), f"{r + 1} 届出の区分", fontname="japan", fontsize=10.5)
        page.insert_text((306, y + 19), "記入すること。", fontname="japan", fontsize=10.5)
    page.insert_text((60, ys[-1] + 30), "［記載上の注意］", fontname="japan", fontsize=10.5)
    page.insert_text((70, ys[-1] + 48), "１ 常勤の医師の勤務時間を記入すること。", fontname="japan", fontsize=10.5)
    doc.save(path)
    return path


def test_a_braced_choice_in_a_title_is_read_before_the_words_beside_it(tmp_path):
    """cover._braced_choice: the stacked items first, in their order, then the rest of the title."""
    out = extract_document(_braced_form(tmp_path / "yoshiki.pdf"))
    title = json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]
    assert norm(title) == "甲診療料乙診療料の施設基準に係る届出書添付書類", title
