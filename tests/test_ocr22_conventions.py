"""A page's frame round its text, and the boxed question number of an exam (ocr22).

* A table whose rows are each divided by its column rules but the last, one cell across every column, holding more
  than half of its page's lines with paragraphs run to its side, is a table over a box of the page's running text
  (minutes written on a form: 日時 | 場所 | 出席者 | 配布資料 over the minutes, the page's frame run on from the table's
  sides round them): the box is no row, its lines the page's text (page_flow._text_box_under). A form's paste field
  holding framed specimens, none of their lines run to its side, stays the form's last row.
* A rule an OCR read as a dash runs through the dash's box across its middle: the frame's foot along the bottom edge of
  the hyphen of a boxed question number (問題番号 | F1-1), which the OCR boxed a line tall, leaves it a hyphen
  (ocr_layer.rules_read_as_marks) — a dash set inside a word only: a rule's stretch read 一 at a line's end stays out.
* A capital and its stop run into a number (Q.2 Answer the following questions…) is one label, no letter of a list whose
  title opens with a digit (numbering.SYSTEMS "letter")."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors.numbering import match_numbering
from extractors.page_flow import build_flow
from extractors.records import Table, TextLine
from pipeline.reading import open_document

_SENTENCE = "会議では、各校の取組を報告し、今後の対応について意見を交換した。次回までに各校で検討することとした。"


def _frame(page: pymupdf.Page, x0: float, ys: list[float], x1: float, column: float, divided: int) -> None:
    """A frame from ys[0] to ys[-1], its rows ruled across, the column rule at `column` down the first `divided` rows."""
    for x in (x0, x1):
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=1)
    for y in ys:
        page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=1)
    page.draw_line((column, ys[0]), (column, ys[divided]), color=(0, 0, 0), width=1)


def _form(title: str, fields: tuple[tuple[str, str], ...]) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A page titled `title` over a frame whose first four rows hold `fields` (a key, a value beside the column rule)
    and whose last row runs to the page's foot."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), title, fontname="japan", fontsize=12)
    ys = [80, 105, 130, 155, 180, 780]
    _frame(page, 50, ys, 545, 140, 4)
    for k, (key, value) in enumerate(fields):
        page.insert_text((60, ys[k] + 17), key, fontname="japan", fontsize=10.5)
        page.insert_text((150, ys[k] + 17), value, fontname="japan", fontsize=10.5)
    return doc, page


def _minutes(path: Path) -> list:
    doc, page = _form("第１回 連絡会 会議要録", (("日時", "令和４年３月２８日（月）"), ("場所", "市役所６００会議室"),
                                               ("出席者", "教育部長、学務課長、指導主事"), ("配布資料", "ガイドライン（案）")))
    y = 205
    for head in ("１ 挨拶", "２ 意見交換"):
        page.insert_text((60, y), head, fontname="japan", fontsize=10.5)
        y += 20
        for _ in range(6):   # a paragraph set across the box, its rows run to the frame's side
            page.insert_text((70, y), _SENTENCE[:44], fontname="japan", fontsize=10.5)
            y += 18
        y += 20
    doc.save(str(path))
    return build_flow(open_document(str(path))).items


def test_a_frame_run_on_round_the_pages_text_is_no_row(tmp_path: Path) -> None:
    items = _minutes(tmp_path / "minutes.pdf")
    tables = [it for it in items if isinstance(it, Table)]
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(4, 2)]
    texts = [it.text for it in items if isinstance(it, TextLine)]
    assert "１ 挨拶" in texts and "２ 意見交換" in texts


def _paste_field(path: Path) -> list:
    doc, page = _form("領収書等貼付用紙", (("整理番号", "２"), ("支出額", "４２，３５０円"), ("内容", "研修会"),
                                         ("按分率", "円 × ／")))
    page.insert_text((60, 197), "【領収書等 貼付欄】", fontname="japan", fontsize=10.5)
    for top in (230, 480):   # two framed specimens pasted in the field
        page.draw_rect(pymupdf.Rect(170, top, 440, top + 200), color=(0, 0, 0), width=0.5)
        for k, words in enumerate(("領 収 書", "令和○○年４月１０日", "○○○○様", "金３０，０００円", "但し、航空券代として",
                                   "（株）○○トラベル", "代表取締役○○○○ 印")):
            page.insert_text((185, top + 25 + 22 * k), words, fontname="japan", fontsize=10.5)
    doc.save(str(path))
    return build_flow(open_document(str(path))).items


def test_a_forms_paste_field_stays_its_last_row(tmp_path: Path) -> None:
    tables = [it for it in _paste_field(tmp_path / "paste.pdf") if isinstance(it, Table)]
    assert [(len(t.rows), len(t.columns)) for t in tables] == [(5, 2)]


_BODY = ["設問１ 以下で定義される実行列ＡとＢ、および実数ベクトルｘに関して、以下の問いに答えよ。",
         "設問２ 行列Ａの固有値と固有ベクトルをすべて求めよ。求め方も示すこと。"]


def _boxed_number(sheet: pymupdf.Page) -> None:
    sheet.draw_rect(pymupdf.Rect(380, 62, 540, 82), color=(0, 0, 0), width=1.0)   # the box, its foot at the baseline
    sheet.draw_line((450, 62), (450, 82), color=(0, 0, 0), width=1.0)
    sheet.insert_text((385, 78), "問題番号", fontname="japan", fontsize=11)
    sheet.insert_text((458, 78), "F1-1", fontname="helv", fontsize=11)
    for k, words in enumerate(_BODY):
        sheet.insert_text((60, 120 + 20 * k), words, fontname="japan", fontsize=10.5)


def test_a_frame_along_a_dashs_edge_is_no_dash_read_off_a_rule(tmp_path: Path) -> None:
    from ocr20_conventions import _scan

    words = [(382, 82, 12, "問題番号| F1-1 一")] + [(60, 120 + 20 * k, 10.5, w) for k, w in enumerate(_BODY)]
    doc = open_document(str(_scan([(_boxed_number, words)], tmp_path / "exam.pdf")))
    assert any(r.horizontal and abs(r.y0 - 82) < 2 for r in doc.pages[0].rules)   # the box's foot, read off the picture
    assert any(ln.text.rstrip().endswith("F1-1") for ln in doc.pages[0].lines)
    assert doc.pages[0].specks == ["一"]   # the rule's stretch read after a space: no word's dash


def test_a_capital_run_into_a_number_is_no_letter_label() -> None:
    assert match_numbering("Q.2 Answer the following questions about a hashing") is None
    assert match_numbering("A. Background")[:3] == ("letter", "letter", "A.")
