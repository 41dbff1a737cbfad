"""A meeting's papers in one word-processor file, built with PyMuPDF (Japanese gothic): a portrait agenda page, then
pages laid out like slides (landscape, a title white on a blue band across the top) — too few for the file to be read
as a deck. Each slide's parts are framed boxes captioned by a TAB: a white caption on a short blue box stroked dark
blue at the frame's left end, its foot on the frame's top edge (or the edge running across it), the part's text in
the frame under it. The tests are in test_slides20_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
_BLUE, _DARK, _EDGE = (0.31, 0.506, 0.741), (0.09, 0.216, 0.369), (0.216, 0.376, 0.573)
_WHITE = (1.0, 1.0, 1.0)

SLIDE_TITLES = ["地域交通の再編に向けた取組について", "住民の移動手段の状況について"]
ASTRIDE = "新たな運行支援策の実施"               # a tab the frame's top edge runs across
ON_EDGE = ["現状と経緯", "利用者の状況", "市の今後の対応"]   # tabs whose foot sits on their frame's top edge
DATE_BESIDE = "令和６年４月１日"
_TEXT = "地域の公共交通を維持するため、運行事業者と連携して利用状況を調査し、必要な支援を行う。"


def _band(page: pymupdf.Page, title: str) -> None:
    page.draw_rect(pymupdf.Rect(2.3, 3.7, 712.7, 37.6), color=_DARK, fill=_BLUE, width=2.04)
    page.insert_text((120, 29), title, fontname=GOTHIC, fontsize=22, color=_WHITE)


def _tab(page: pymupdf.Page, box: tuple[float, float, float, float], text: str, size: float) -> None:
    page.draw_rect(pymupdf.Rect(*box), color=_DARK, fill=_BLUE, width=2.04)
    page.insert_text((box[0] + 8, box[3] - (box[3] - box[1] - size) / 2 - 2), text, fontname=GOTHIC, fontsize=size,
                     color=_WHITE)


def _agenda(doc: pymupdf.Document) -> None:
    page = doc.new_page(width=595, height=842)
    page.insert_text((120, 90), "地域公共交通に関する連絡会議", fontname=GOTHIC, fontsize=18)
    page.insert_text((350, 160), "日時：令和６年４月２日（火）", fontname=GOTHIC, fontsize=12)
    page.insert_text((240, 260), "議　事　次　第", fontname=GOTHIC, fontsize=18)
    for k, text in enumerate(["１．開　会", "２．議　事", "３．閉　会"]):
        page.insert_text((71, 330 + 70 * k), text, fontname=GOTHIC, fontsize=16)
    page.insert_text((71, 560), "（配布資料）", fontname=GOTHIC, fontsize=12)
    for k, title in enumerate(SLIDE_TITLES):
        page.insert_text((83, 590 + 25 * k), f"資料{k + 1}　　{title}", fontname=GOTHIC, fontsize=12)


def build_tabbed_papers(path: Path) -> Path:
    """The agenda page, then two slides: the first a lead box, then a frame whose tab (ASTRIDE, 18 pt) the frame's top
    edge crosses, with three lines of text in it; the second three frames each under a tab (ON_EDGE, 16 pt) whose
    foot sits on the frame's top edge, the slide's date set at the right end of the first tab's row, and in the
    second frame a red arrow pointing at a place on a map (which reads that frame as a diagram)."""
    doc = pymupdf.open()
    _agenda(doc)
    page = doc.new_page(width=720, height=540)
    _band(page, SLIDE_TITLES[0])
    page.draw_rect(pymupdf.Rect(4.4, 77.3, 710.6, 111.2), color=(0, 0, 0), width=0.72)
    page.insert_text((24, 99), _TEXT, fontname=GOTHIC, fontsize=14)
    page.draw_rect(pymupdf.Rect(6.6, 153.6, 708.4, 432.4), color=_EDGE, width=0.72)
    _tab(page, (7.5, 138.9, 357.5, 168.1), ASTRIDE, 18)
    for k in range(3):
        page.insert_text((14, 200 + 20 * k), "○" + _TEXT, fontname=GOTHIC, fontsize=14)
    page = doc.new_page(width=720, height=540)
    _band(page, SLIDE_TITLES[1])
    page.insert_text((600, 62), DATE_BESIDE, fontname=GOTHIC, fontsize=14)
    for (top, bottom, width), tab in zip(((47.5, 139.2, 98.7), (154.0, 381.7, 136.4), (400.5, 513.7, 182.1)), ON_EDGE):
        _tab(page, (3.7, top, width, top + 26.6), tab, 16)
        page.draw_rect(pymupdf.Rect(3.6, top + 26.6, 713.2, bottom), color=_EDGE, width=0.72)
        for k in range(2):
            page.insert_text((11, top + 50 + 20 * k), _TEXT, fontname=GOTHIC, fontsize=16)
    page.insert_text((564, 358), "市役所", fontname=GOTHIC, fontsize=12)
    arrow = page.new_shape()
    arrow.draw_polyline([(592.6, 367.0), (620.0, 367.0), (620.0, 364.5), (628.5, 368.9), (620.0, 373.3), (620.0, 370.8),
                         (592.6, 370.8), (592.6, 367.0)])
    arrow.finish(color=None, fill=(1, 0, 0), closePath=True)
    arrow.commit()
    doc.save(path)
    return path


CHART_TITLE = "Support Measures at a Glance"
CHEVRON_ROWS = [["All residents", "Special cash payment", "Application can be submitted by post or online",
                 "Call center open every day from nine to eight"],
                ["Household with children", "Child allowance", "Additional allowance per child without application",
                 "Each municipality and its call center"],
                ["Difficulty in paying social security insurance due to income decline",
                 "Reduction or exemption of social security insurance", "National health care insurance and pension",
                 "Each municipality and its pension office"]]
CATEGORY = "Grant"


def _chevron(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float, fill: tuple[float, float, float]) -> None:
    """An arrow-shaped box: a notch at its left end, a point at its right (PowerPoint's chevron)."""
    d, mid = 8.0, (y0 + y1) / 2
    shape = page.new_shape()
    shape.draw_polyline([(x0, y0), (x1 - d, y0), (x1, mid), (x1 - d, y1), (x0, y1), (x0 + d, mid), (x0, y0)])
    shape.finish(color=(1.0, 0.53, 0.52), fill=fill, width=1.5, closePath=True)
    shape.commit()


def _wrapped(words: str, size: float, width: float) -> list[str]:
    """The words in rows no wider than `width` at `size` (Helvetica Bold)."""
    rows: list[str] = []
    for word in words.split():
        if rows and pymupdf.get_text_length(rows[-1] + " " + word, fontname="hebo", fontsize=size) <= width:
            rows[-1] += " " + word
        else:
            rows.append(word)
    return rows


def build_chevron_chart(path: Path) -> Path:
    """A one-page English chart (Helvetica Bold throughout): its title, then rows of four chevrons touching side by
    side — who it is for > the measure > what it gives > where to ask —, each holding its words centred in rows of
    10.5 pt (who, the measure) or 8 pt (what it gives, where to ask), a category box (CATEGORY) at the rows' left, and a note in 8 pt at the foot."""
    doc = pymupdf.open()
    page = doc.new_page(width=756, height=1008)
    page.insert_text((200, 40), CHART_TITLE, fontname="hebo", fontsize=18)
    xs = [95.0, 222.0, 361.0, 534.0, 724.0]
    page.draw_rect(pymupdf.Rect(54, 62, 90, 230), color=None, fill=(0.95, 0.5, 0.5))
    page.insert_text((58, 150), CATEGORY, fontname="hebo", fontsize=10.9, color=_WHITE)
    for r, row in enumerate(CHEVRON_ROWS):
        y0 = 62.0 + 56.0 * r
        for k, words in enumerate(row):
            x0, x1 = xs[k] + (0 if k == 0 else -6.0), xs[k + 1]
            _chevron(page, x0, y0, x1, y0 + 50, (0.98, 0.6, 0.6) if k % 2 else (1.0, 0.95, 0.85))
            size = 10.5 if k < 2 else 8.0   # who and what in the chevrons' large type, the rest in the note's
            pieces = _wrapped(words, size, x1 - x0 - 20)
            for n, piece in enumerate(pieces):
                width = pymupdf.get_text_length(piece, fontname="hebo", fontsize=size)
                page.insert_text(((x0 + x1 - width) / 2, y0 + 25 + size / 3 - (size + 2) * (len(pieces) - 1) / 2
                                  + (size + 2) * n), piece, fontname="hebo", fontsize=size)
    for n in range(6):
        page.insert_text((60, 900 + 11 * n), "Note: the amounts are those announced by each ministry; see its website "
                         "for the conditions that apply.", fontname="helv", fontsize=8)
    doc.save(path)
    return path


PROBLEM = "Problem 4"
QUESTION = ("I. Answer the following questions on logic circuits. Fig. 1 shows the symbols of logic gates used in "
            "circuit schematics. Assume that the propagation delay is 50 ps for the AND gate and for the OR gate, 30 ps "
            "for the NOT gate and 80 ps for the XOR gate, and that the wiring delay is negligible.")
LISTING = ["void enumerate(node_t *root){", "if(       D        ){", "E       ;", "}", "printf(\"%d\", root->sid);"]
PART_TWO = ("II. Consider a C language program that stores the student ID numbers (sid) of students in a binary search "
            "tree. Each node of the tree holds a sid and pointers to its two (left and right) child nodes.")


def build_exam_question(path: Path) -> Path:
    """A sample question of an entrance examination (Times 10.6 pt on A4, lines 18 pt apart): "Problem 4" in Arial
    Bold 13.9 pt alone at the top, then part I. — its roman number and its sentences run in on the line, wrapped to
    the text's edges — and its sub-questions; on the second page part II. set so, a sub-question and a C listing framed at the right,
    in Courier 9.4 pt, its blanks drawn as boxes: D inside "if( … ){", E before its semicolon on a line of its own."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((54, 86), PROBLEM, fontname="hebo", fontsize=13.9)
    y = _justified(page, QUESTION, 103.0) + 18
    for k in range(12):
        page.insert_text((54, y + 18 * k), f"({k + 1}) Find the critical path of the circuit of Fig. {k + 2} and "
                         "its delay.", fontname="tiro", fontsize=10.6)
    page = doc.new_page(width=595, height=842)
    _justified(page, PART_TWO, 50.0)
    for k, text in enumerate(["(3) The function enumerate() in Program 3 prints every sid in ascending order.",
                              "Complete Program 3 by filling in the blanks D and E."]):
        page.insert_text((54 if k == 0 else 72, 104 + 18 * k), text, fontname="tiro", fontsize=10.6)
    page.draw_rect(pymupdf.Rect(299.3, 120.0, 523.0, 240.0), color=(0, 0, 0), width=0.75)
    for k, (x, text) in enumerate(zip((305, 326, 391, 326, 326), LISTING)):
        page.insert_text((x, 140 + 13 * k), text, fontname="cour", fontsize=9.4)
    page.draw_rect(pymupdf.Rect(346.9, 145.0, 395.0, 156.0), color=(0, 0, 0), width=0.75)
    page.draw_rect(pymupdf.Rect(385.0, 158.0, 420.0, 169.0), color=(0, 0, 0), width=0.75)
    doc.save(path)
    return path


def _justified(page: pymupdf.Page, text: str, y: float) -> float:
    """The text set in Times 10.6 pt rows 18 pt apart from `y`, justified to the text's edges (54 to 541) but for its
    last row; the baseline under the last row."""
    rows = _wrapped_in(text, "tiro", 10.6, 487)
    for k, row in enumerate(rows):
        words = row.split()
        gap = (487 - pymupdf.get_text_length(row.replace(" ", ""), fontname="tiro", fontsize=10.6)) / (len(words) - 1)
        x = 54.0
        for word in words:
            page.insert_text((x, y), word, fontname="tiro", fontsize=10.6)
            x += pymupdf.get_text_length(word, fontname="tiro", fontsize=10.6) + (gap if k < len(rows) - 1 else 2.65)
        y += 18
    return y


def _wrapped_in(words: str, font: str, size: float, width: float) -> list[str]:
    """The words in rows no wider than `width` at `size` in `font`."""
    rows: list[str] = []
    for word in words.split():
        if rows and pymupdf.get_text_length(rows[-1] + " " + word, fontname=font, fontsize=size) <= width:
            rows[-1] += " " + word
        else:
            rows.append(word)
    return rows
