"""Kinds blind24a builds from session 24's unseen minutes (議事録), each typeset here with its truth beside it:

build_typed_minutes   minutes typed in one size throughout (a cabinet council's): the meeting's name and 議事録 centred
                      on top, then the record's numbered fields at the text's left edge — "１ 開催日時" with its value
                      "令和５年６月６日（火）８：４５～８：５５" set in under it by a character, "２ 場所" over the venue, "３ 議事次第"
                      over its agenda — and on p2 the speakers' turns "〇例示大臣： …". Truth: the title is the centred
                      row alone (the field caption under it is the date's, no row of the title); the date the meeting's;
                      the issuer the council the title names, 会議 and all (例示社会推進会議).
build_office_minutes  minutes with a display cover: "第25回" / "例示教育推進会議" / "議 事 録" in 18 pt, the office that keeps
                      them, "例示庁例示教育推進課", in 16 pt at the foot; p2 the 議事次第 with the date. Truth: the issuer is the
                      office the cover prints, not the council the title names.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
_W, _H = 595, 842

TYPED_TITLE = "第４回例示社会推進会議議事録"
TYPED_DATE = "2023-06-06"
TYPED_ISSUER = "例示社会推進会議"

OFFICE_TITLE = "第25回例示教育推進会議議事録"
OFFICE_DATE = "2019-07-26"
OFFICE_ISSUER = "例示庁例示教育推進課"

_TURNS = ["〇例示大臣： ただいまから、第４回「例示社会推進会議」を開催いたします。お忙しい中、御参加いただきまして",
          "誠にありがとうございます。それでは、議事に入ります。議事１につきましては、私から説明申し上げます。",
          "〇北野大臣： 例示省としては、例示カードの普及と利活用の促進について、財政措置も含め強力に推進します。",
          "〇南野大臣： 例示の基盤を整備し、例示カードとの一体化等を進めています。"]


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10.56) -> None:
    page.insert_text((x, y), text, fontname=MINCHO, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, size: float) -> None:
    width = pymupdf.get_text_length(text, fontname=MINCHO, fontsize=size)
    _text(page, (_W - width) / 2, y, text, size)


def _turns(page: pymupdf.Page, y: float) -> None:
    for line in _TURNS * 3:
        _text(page, 71, y, line)
        y += 18.6


def _with_turns_page(doc: pymupdf.Document, page: pymupdf.Page, path: Path) -> Path:
    """The minutes closed as the typed and the venue minutes close: page 1's folio, then a page of the speakers' turns with its
    own; saved to `path`."""
    _text(page, 295, 775, "1")
    turns = doc.new_page(width=_W, height=_H)
    _turns(turns, 116)
    _text(turns, 295, 775, "2")
    doc.save(path)
    return path


def build_typed_minutes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _centred(page, 103, "第４回例示社会推進会議 議事録", 10.56)
    y = 151.0
    for caption, values in (("１ 開催日時", ["令和５年６月６日（火）８：４５～８：５５"]),
                            ("２ 場所", ["例示官邸２階大ホール"]),
                            ("３ 議事次第", ["１．開 会", "２．議 事", "（１）「例示社会の実現に向けた計画」について",
                                            "（２）その他", "３．閉 会"]),
                            ("４ 資料", ["資料１：例示社会の実現に向けた計画（案）"])):
        _text(page, 71, y, caption)
        y += 24
        for value in values:
            _text(page, 80 if caption[0] in "１２" else 82, y, value)
            y += 24
        y += 24
    return _with_turns_page(doc, page, path)


def build_office_minutes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _centred(page, 275, "第25回", 18)
    _centred(page, 312, "例示教育推進会議", 18)
    _centred(page, 349, "議 事 録", 18)
    _centred(page, 725, "例示庁例示教育推進課", 16)
    _text(page, 295, 775, "1")
    page = doc.new_page(width=_W, height=_H)
    _centred(page, 96, "第25回例示教育推進会議", 14)
    _centred(page, 110, "議 事 次 第", 14)
    _text(page, 71, 140, "１ 日 時  令和元年７月26日（金）14：00～15：56")
    _text(page, 71, 168, "２ 場 所  例示合同庁舎第４号館特別会議室")
    _turns(page, 220)
    _text(page, 295, 775, "2")
    doc.save(path)
    return path


VENUE_TITLE = "第３回例示政策検討会議事録"
VENUE_DATE = "2023-06-06"
VENUE_ISSUER = "例示政策検討会"


def build_venue_minutes(path: Path) -> Path:
    """review24: minutes in body type whose fields stand under the title, each caption and its value on one row a wide
    space apart — 日時　令和５年６月６日…, 場所　オンライン会議 (a venue with no figure, named as a body is: …会議) —,
    the speakers' turns on p2. Truth: the issuer is the body the title names; the venue under the date is no office."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    _centred(page, 100, "第３回例示政策検討会議事録", 16)
    for k, row in enumerate(("日時　令和５年６月６日（火）１４時００分～１６時００分", "場所　オンライン会議",
                             "出席者　北野委員、南野委員、西野委員")):
        _text(page, 71, 136 + 23 * k, row)
    return _with_turns_page(doc, page, path)
