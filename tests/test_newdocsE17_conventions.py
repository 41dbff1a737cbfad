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
