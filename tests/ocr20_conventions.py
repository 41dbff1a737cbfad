"""Builders of OCR'd scans (ocr20): pages that are one picture of the paper — print, rules and colours drawn into its
pixels — with the OCR's words laid over it in invisible glyphs (render mode 3), as a scanner's OCR leaves them.

* `build_handout`: a notice, then two pages printing a deck's slides two to a page, one over the other (a handout):
  each slide's title in the deck's blue at its top left, the office's name (its logo's words) in black at the right
  of the title's row, black text under it. The OCR layer keeps no colour, size or face.
* `build_table_read_down`: a table ruled in the picture whose first column the OCR read down the page, column of
  letters by column of letters (時平令 / 期成和 / ２５ / 年年), its second column across.
* `build_map`: a notice, then a caption 【事業の位置図】 over a framed map, the junk the OCR read off it (■■■■, 〆』■)
  under the caption; a timeline's arrow (a long rule) after a ●, which the OCR read as ●一; a ● sentence whose next
  line is hung under its words.

Truth beside the builders; the tests are in test_ocr20_conventions.py."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pymupdf

_FONT = "japan"
_WIDTH, _HEIGHT = 595.0, 842.0
_BLUE = (0.25, 0.42, 0.72)
_BLACK = (0.0, 0.0, 0.0)

NOTICE = "道路事業に関するお知らせ"
_NOTICE_TEXT = ["平素は市政にご理解とご協力を賜り、誠にありがとうございます。さて、このたび道路事業の",
                "概要をお知らせいたします。裏面の資料をご覧ください。"]
LOGO = "三重河川国道事務所"
TITLES = [["事業の概要", "都市計画の経緯"], ["今年度の事業内容", "用地補償の流れ"]]   # by page: the top slide's, the bottom's
_SLIDE_TEXT = ["本事業は、地域の交通を円滑にするため、道路を整備するものです。",
               "工事は用地の取得が済んだ区間から順に進めます。"]


def _scan(pages: list[tuple[Callable[[pymupdf.Page], None], list[tuple[float, float, float, str]]]], path: Path) -> Path:
    """A document of scanned pages: each page's picture drawn by its function (on a page of its own, rendered at
    100 dpi in colour) and its OCR layer (x, baseline, size, text) laid over it, invisible."""
    doc = pymupdf.open()
    for draw, words in pages:
        paper = pymupdf.open()
        sheet = paper.new_page(width=_WIDTH, height=_HEIGHT)
        draw(sheet)
        page = doc.new_page(width=_WIDTH, height=_HEIGHT)
        page.insert_image(page.rect, pixmap=sheet.get_pixmap(dpi=100, colorspace=pymupdf.csRGB))
        for x, y, size, text in words:
            page.insert_text((x, y), text, fontname=_FONT, fontsize=size, render_mode=3)
    doc.save(path)
    return path


def _printed(words: list[tuple[float, float, float, str]], colour: tuple[float, float, float]) -> Callable[[pymupdf.Page], None]:
    def draw(sheet: pymupdf.Page) -> None:
        for x, y, size, text in words:
            sheet.insert_text((x, y), text, fontname=_FONT, fontsize=size, color=colour)
    return draw


def _both(*draws: Callable[[pymupdf.Page], None]) -> Callable[[pymupdf.Page], None]:
    def draw(sheet: pymupdf.Page) -> None:
        for d in draws:
            d(sheet)
    return draw


def build_handout(path: Path) -> Path:
    notice = [(200, 120, 16, NOTICE)] + [(50, 170 + 18 * k, 10.5, t) for k, t in enumerate(_NOTICE_TEXT)]
    pages = [(_printed(notice, _BLACK), notice)]
    for titles in TITLES:
        titled, black = [], []
        for half, title in enumerate(titles):
            top = half * _HEIGHT / 2
            titled.append((30, top + 40, 16, title))
            black.append((420, top + 38, 11, LOGO))
            black += [(40, top + 90 + 18 * k, 10.5, t) for k, t in enumerate(_SLIDE_TEXT)]
        pages.append((_both(_printed(titled, _BLUE), _printed(black, _BLACK)), titled + black))
    return _scan(pages, path)


HEAD = ["時期", "内容"]
ROWS = [["平成２年", "都市計画の決定"], ["令和５年", "事業の承認"]]
_TOP, _PITCH = 100.0, 22.0   # the first row's top, the rows' pitch
_COLUMN_XS = (50.0, 190.0, 400.0)


def _table(sheet: pymupdf.Page) -> None:
    for k in range(4):
        y = _TOP - 1 + _PITCH * k
        sheet.draw_line((_COLUMN_XS[0], y), (_COLUMN_XS[-1], y), color=_BLACK, width=0.8)
    for x in _COLUMN_XS:
        sheet.draw_line((x, _TOP - 1), (x, _TOP - 1 + 3 * _PITCH), color=_BLACK, width=0.8)
    for r, row in enumerate([HEAD] + ROWS):
        sheet.insert_text((60, _TOP + _PITCH * r + 16), row[0], fontname=_FONT, fontsize=12)
        sheet.insert_text((200, _TOP + _PITCH * r + 16), row[1], fontname=_FONT, fontsize=12)


def build_table_read_down(path: Path) -> Path:
    """The first column's letters as the OCR wrote them: a run down the page for each place across (時平令, 期成和, ２５,
    年年), its glyphs a row's pitch apart and narrower than that (the runs stand side by side, a letter apart)."""
    doc_path = _scan([(_table, [(200, _TOP + _PITCH * r + 16, 12, row[1]) for r, row in enumerate([HEAD] + ROWS)]
                       + [(60, 300 + 18 * k, 10.5, t) for k, t in enumerate(_SLIDE_TEXT)])], path)
    doc = pymupdf.open(doc_path)
    page = doc[0]
    cells = [HEAD[0]] + [row[0] for row in ROWS]
    for k in range(max(len(c) for c in cells)):
        run = "".join(c[k] for c in cells if k < len(c))
        top = _TOP + _PITCH * next(r for r, c in enumerate(cells) if k < len(c))
        x = 58 + 14 * k
        page.insert_text((x, top), run, fontname=_FONT, fontsize=_PITCH, rotate=270, render_mode=3,
                         morph=(pymupdf.Point(x, top), pymupdf.Matrix(0.5, 1)))
    doc.saveIncr()
    return doc_path


CAPTION = "【事業の位置図】"
SENTENCE = "●主に用地調査、地質調査、環境調査を実施します。"
HUNG = "昨年度に引き続き、用地交渉を行わせて頂きます。"
_JUNK = [(60, 340, "■■■■"), (200, 350, "〆』■"), (60, 450, "■■"), (200, 460, "』■■")]
_ARROW_Y = 740.0
_MORE = ["詳しくは、事業の説明会でお知らせいたします。説明会の日時は、決まり次第、回覧でお知らせします。",
         "なお、説明会に参加できない方には、個別に資料をお届けいたします。ご不明な点は、お問い合わせください。",
         "調査の結果は、事業の計画に反映いたします。皆様のご理解とご協力をお願いいたします。"]


def _map(sheet: pymupdf.Page) -> None:
    sheet.draw_rect(pymupdf.Rect(40, 310, 300, 500), color=_BLACK, width=1.2)
    sheet.draw_rect(pymupdf.Rect(45, 315, 165, 395), color=None, fill=(0.9, 0.85, 0.7))
    sheet.draw_circle((100, _ARROW_Y), 6, color=_BLACK, fill=_BLACK)
    sheet.draw_line((100, _ARROW_Y), (520, _ARROW_Y), color=_BLACK, width=2.0)


def build_map(path: Path) -> Path:
    words = [(36, 80, 12, SENTENCE), (51, 98, 12, HUNG),
             (40, 130, 10.5, "用地の調査は、地権者の方の立会いのもとで行います。ご協力をお願いいたします。"),
             (40, 300, 12, CAPTION)] + [(x, y, 10, t) for x, y, t in _JUNK] \
        + [(94, _ARROW_Y + 6, 12, "●一")] + [(40, 560 + 18 * k, 10.5, t) for k, t in enumerate(_MORE)]
    notice = [(200, 120, 16, NOTICE)] + [(50, 170 + 18 * k, 10.5, t) for k, t in enumerate(_NOTICE_TEXT)]
    return _scan([(_printed(notice, _BLACK), notice),
                  (_both(_map, _printed([w for w in words if w[3] not in {t for _, _, t in _JUNK} and w[3] != "●一"], _BLACK)),
                   words)], path)
