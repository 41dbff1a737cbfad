"""A ministry's survey request typeset here as 法務省's 「船荷証券等に関する実態調査」御協力のお願い is (the
conventions of tests/real/moj_funani_jittai_chosa_kyoryoku_irai_2021), with its truth beside it:

build_survey_request: page 1, a letter typed in Word — its head the date flush right, a draft's, its day
still a mark (令和３年６月●日), the addressee flush left (各 位), the sender flush right, then the subject
centred in 14 pt over the text (the title; the date stands to the month: 2021-06). Page 2, its
questionnaire in one Gothic 12 pt: parts labelled with a Roman numeral's own character (Ⅰ 会社概要について,
and Ⅱ whose title opens with the 【…】 tag of the respondents it addresses and wraps onto a second row:
headings), a question field (１ 御社名: a heading under Ⅰ), a question that is a sentence run over four
rows — its second row opening with a bracket after its first broke at the edge (１ 御社が，… / （【船主協会】…
） / …御教示下さい。): no heading — and under each question 【御回答欄】 over an empty box (a frame holding
blank rows, as Word's one-cell table holds its empty paragraphs): the field's label, no heading; at its end
the band [問合せ先] in bold over （省略） (the address left out of the published copy): no heading either.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "japan-s"
SIZE = 12
TITLE = "「船荷証券等に関する実態調査」御協力のお願い"
DATE = "2021-06"
HEADINGS = [("Ⅰ", "会社概要について"), ("１", "御社名"),
            ("Ⅱ", "【フレイトフォワーダーズ協会／船主協会対象】船荷証券等の利用割合に関する調査")]
LETTER = ["　平素より，弊省の行政事務に関し御高配を賜りまして，誠にありがとうご",
          "ざいます。本調査は，国際海上運送における船荷証券等の利用実態につい",
          "て，広く各種の事業分野における現状を把握することを目的とするもので",
          "す。お手数ですが，添付の質問票に御回答いただきますようお願い申し上",
          "げます。"]
QUESTION = ["１　御社が，運送人として荷主に対して発行している以下の書類・電子書類",
            "（【船主協会】御社が，運送人として自らの名義で発行するオペレーターズ",
            "ＢＬのみならず，オーナー名義のＢＬも対象とします。）について，直近約",
            "１年間を目安として，発行通数ベースでの利用割合を御教示下さい。"]


NOTES = ["＊ 可能であれば，何らかのデータに基づいた割合を頂戴できれば大変ありがたく",
         "存じますが，統計等が存在しないようであれば，御担当者の感覚に基づく大まか",
         "な割合について，御教示を頂けますと助かります。事業部門ごとに発行割合が一",
         "律ではないなどの御事情がある場合には，事業部門ごとの利用割合について御回",
         "答をいただくことでも構いませんので，可能な限り御提供いただければと存じま",
         "す。全く書類を発行しない場合は，本調査の対象に含めておりません。"]


def _row(page: pymupdf.Page, x: float, y: float, text: str, font: str = GOTHIC, size: float = SIZE) -> float:
    page.insert_text((x, y), text, fontname=font, fontsize=size)
    return y + 18


def _answer_box(page: pymupdf.Page, y: float) -> float:
    """【御回答欄】 over a frame holding seven blank rows (Word's empty paragraphs in a one-cell table)."""
    y = _row(page, 121, y, "【御回答欄】")
    page.draw_rect(pymupdf.Rect(113, y - 12, 505, y + 7 * 18), width=0.5)
    for k in range(7):
        page.insert_text((131, y + 18 * k), "　", fontname=GOTHIC, fontsize=SIZE)
    return y + 7 * 18 + 24


def build_survey_request(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _row(page, 409, 116, "令和３年６月●日", MINCHO)
    _row(page, 85, 136, "各　位", MINCHO)
    _row(page, 383, 155, "法務省民事局参事官室", MINCHO)
    page.insert_text((147, 195), TITLE, fontname=GOTHIC, fontsize=14)
    y = 232
    for text in LETTER:
        y = _row(page, 97, y, text, MINCHO)
    page = doc.new_page()
    y = _row(page, 199, 115, "船荷証券等に関する実態調査質問票")
    y = _row(page, 85, y + 18, "Ⅰ　会社概要について")
    y = _row(page, 97, y, "１　御社名")
    y = _answer_box(page, y)
    y = _row(page, 85, y, "Ⅱ　【フレイトフォワーダーズ協会／船主協会対象】船荷証券等の利用割合に")
    y = _row(page, 97, y, "関する調査")
    y = _row(page, 97, y, QUESTION[0])
    for text in QUESTION[1:]:
        y = _row(page, 109, y, text)
    y = _answer_box(page, y)
    y = _row(page, 277, y, "御協力まことにありがとうございました。")
    # the address left out of the published copy, its label set apart (bold: the glyphs filled and stroked)
    page.insert_text((109, y + 18), "[問合せ先]", fontname=GOTHIC, fontsize=SIZE, render_mode=2, border_width=0.04)
    _row(page, 109, y + 36, "（省略）")
    page = doc.new_page()   # the questionnaire's Gothic carries most of the letters: the document's body face
    y = 100
    for text in NOTES:
        y = _row(page, 97, y, text)
    doc.save(path)
    return path
