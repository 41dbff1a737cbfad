"""A library's slide deck and a weather service's model bulletin, as their producers set them (issue 19: documents
nobody has seen), built with PyMuPDF. Truth beside the builders; the tests are in test_newdocsA19_conventions.py.

The deck (slides saved by a PDF printer, A4 landscape): a cover slide, its title mid-slide and its month under it;
slides whose titles stand in a title band set lower than a tenth of the page (centred in PowerPoint's placeholder,
y ≈ 80 of 595), one of them printed in two runs with a gap between (連携フォーマット　②メタデータ登録（１）); parts of
a slide headed by a diamond ◆ in a larger type than their text (◆ メタデータ項目 over its text, ◆ メタデータ登録方法
over a ruled table); a bold ● item as large as those heads over its remark in small type (an item: a circle leads
items); two ■ captions side by side on one row (no part's head); page numbers at the slides' foot.

The bulletin (a model text of a flood forecast): a routing band of small boxes — 発表者 over the issuers, then
第１受報者 over 機関名 | a blank to fill in, the words meeting at a corner only —, the title ○○川氾濫注意情報 whose
○○ hold the place of a river's name, and its parts captioned （見出し） / （主　文） / （雨量） at the left margin, each
part's text set in from its caption; on its second page a table whose header's first row — four level cells — is divided
only at its top, over one cell naming the levels."""
from __future__ import annotations

from pathlib import Path

import pymupdf

_GOTHIC = "japan-s"
_W, _H = 842.0, 595.0
_GREEN = (0.2, 0.6, 0.2)
DECK_TITLE = "メタデータ連携について"
# the deck's headings: (level, label, title)
DECK_HEADINGS = [(1, "", "連携の方法"), (2, "", "データ連携の流れ"), (1, "", "連携フォーマット　②メタデータ登録（１）"),
                 (2, "", "メタデータ項目"), (2, "", "メタデータ登録方法"), (1, "", "作業の流れ")]
_ROWS = (("ファイルのアップロード", "管理画面から手動でファイルをアップロードする方法"),
         ("ファイル取得", "Web上に掲載したファイルをURLで取得する方法"),
         ("ファイル定期取得", "上記のファイル取得を指定した日時に自動実行する方法"))


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float, color=(0, 0, 0)) -> None:
    page.insert_text((x, y), text, fontname=_GOTHIC, fontsize=size, color=color)


def _number(page: pymupdf.Page, n: int) -> None:
    _text(page, 806, 525, str(n), 15)


def _table(page: pymupdf.Page, top: float) -> None:
    """A ruled table of three rows and two columns (x 360 / 520 / 820)."""
    xs, height = (360.0, 520.0, 820.0), 36.0
    for k in range(len(_ROWS) + 1):
        page.draw_line((xs[0], top + k * height), (xs[-1], top + k * height), color=(0, 0, 0), width=0.75)
    for x in xs:
        page.draw_line((x, top), (x, top + len(_ROWS) * height), color=(0, 0, 0), width=0.75)
    for k, (name, text) in enumerate(_ROWS):
        _text(page, xs[0] + 6, top + k * height + 22, name, 12)
        _text(page, xs[1] + 6, top + k * height + 22, text, 11)


def build_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=_W, height=_H)
    _text(cover, 150, 330, DECK_TITLE, 28)
    _text(cover, 360, 380, "2019年2月", 21)
    _number(cover, 1)
    first = doc.new_page(width=_W, height=_H)
    _text(first, 330, 92, "連携の方法", 21)
    _text(first, 28, 140, "◆ データ連携の流れ", 17, _GREEN)
    _text(first, 48, 170, "提供機関のメタデータをそのままの形で登録する。", 14)
    _text(first, 48, 195, "多様なファイル形式に対応する。", 14)
    _text(first, 42, 240, "● 連携のためのメタデータ項目は自由", 17)
    _text(first, 65, 262, "※タイトル、日付、場所など分野横断で共通となる項目のみ", 9.5)
    _text(first, 48, 300, "項目の定義は提供機関が行う。", 14)
    _text(first, 48, 340, "■ 現在の連携", 14)
    _text(first, 448, 340, "■ 今後の連携", 14)
    _text(first, 48, 365, "手作業でファイルを登録する。", 14)
    _text(first, 448, 365, "定期的にファイルを取得する。", 14)
    _number(first, 2)
    second = doc.new_page(width=_W, height=_H)
    _text(second, 229, 92, "連携フォーマット", 21)       # the title in two runs, a wide gap between
    _text(second, 415, 92, "②メタデータ登録（１）", 21)
    _text(second, 354, 150, "◆ メタデータ項目", 17, _GREEN)
    _text(second, 357, 180, "メタデータ項目は自由だが、必須項目がある。", 14)
    _text(second, 357, 200, "必須項目はIDとタイトルである。", 14)
    _text(second, 354, 240, "◆ メタデータ登録方法", 17, _GREEN)
    _table(second, 260)
    _number(second, 3)
    third = doc.new_page(width=_W, height=_H)
    _text(third, 330, 92, "作業の流れ", 21)
    for k, step in enumerate(("組織情報を登録する。", "データベースを定義する。", "メタデータを登録する。", "公開する。")):
        _text(third, 60, 150 + 30 * k, f"{k + 1}. {step}", 14)
    _number(third, 4)
    doc.save(path)
    return path


BULLETIN_TITLE = "○○川氾濫注意情報"
PARTS = ["（見出し）", "（主　文）", "（雨量）"]
# the routing band's boxes: (x0, x1, the title row's words, a label cell's right edge or None)
_BOXES = ((29.0, 149.0, "発表者", None), (177.0, 259.0, "第１受報者", 204.0), (287.0, 369.0, "第２受報者", 314.0))


def _box(page: pymupdf.Page, x0: float, x1: float, title: str, label_right: float | None) -> None:
    """A title row (y 50–58) over a body row (58–84); a label cell (機関名) beside a blank when `label_right`, the
    divider drawn through both rows."""
    for y in (50.0, 58.0, 84.0):
        page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=0.7)
    for x in (x0, x1) + ((label_right,) if label_right else ()):
        page.draw_line((x, 50), (x, 84), color=(0, 0, 0), width=0.7)
    if label_right:
        _text(page, label_right + 8, 56.5, title, 7.2)
        _text(page, x0 + 3, 73, "機関名", 7.2)
    else:
        _text(page, x0 + 48, 56.5, title, 7.2)
        _text(page, x0 + 3, 68, "国土交通省　○○河川事務所", 7.2)
        _text(page, x0 + 3, 78, "気象庁　　　○○地方気象台", 7.2)


LEVELS = ["レベル１", "レベル２", "レベル３", "レベル４"]


def _chart_table(page: pymupdf.Page) -> None:
    """A table whose header's first row is divided only at its top: 観測所名 over two rows, four level cells over one
    cell holding their names (水防団待機 … 氾濫危険), two stations' rows under them (x 60/140/200/260/320/380)."""
    xs, black = (60.0, 140.0, 200.0, 260.0, 320.0, 380.0), (0, 0, 0)
    for y, x0 in ((420.0, 60.0), (432.0, 140.0), (450.0, 60.0), (466.0, 60.0), (482.0, 60.0)):
        page.draw_line((x0, y), (380, y), color=black, width=0.7)
    for x in (60.0, 140.0, 380.0):
        page.draw_line((x, 420), (x, 482), color=black, width=0.7)
    for x in xs[2:-1]:   # the level cells' sides: the first header row and the stations' rows, none in the second
        page.draw_line((x, 420), (x, 432), color=black, width=0.7)
        page.draw_line((x, 450), (x, 482), color=black, width=0.7)
    _text(page, 70, 440, "観測所名", 9)
    for k, level in enumerate(LEVELS):
        _text(page, xs[1] + 60 * k + 8, 430, level, 8)
    _text(page, 146, 445, "水防団待機　氾濫注意　避難判断　氾濫危険", 8)
    for k, name in enumerate(("Ａ観測所", "Ｂ観測所")):
        _text(page, 66, 462 + 16 * k, name, 9)
        for j in range(4):
            _text(page, xs[1] + 60 * j + 20, 462 + 16 * k, f"{140 + j}.0", 8)


def build_bulletin(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x0, x1, title, label_right in _BOXES:
        _box(page, x0, x1, title, label_right)
    _text(page, 224, 120, BULLETIN_TITLE, 16)
    _text(page, 426, 140, "○○川洪水予報第○号", 8)
    _text(page, 31, 190, PARTS[0], 11.2)
    _text(page, 80, 210, "【警戒レベル２相当情報［洪水］】○○川では、氾濫注意水位に到達", 12.8)
    _text(page, 31, 250, PARTS[1], 11.2)
    _text(page, 69, 280, "【警戒レベル２相当】○○川の○○水位観測所では、「氾濫注意水位」に到達し、", 11.2)
    _text(page, 69, 298, "今後、水位はさらに上昇する見込みです。洪水に関する情報に注意してください。", 11.2)
    _text(page, 31, 340, PARTS[2], 11.2)
    _text(page, 69, 358, "所により１時間に５０ミリの雨が降っています。", 11.2)
    _text(page, 69, 376, "今後もこの雨は降り続く見込みです。", 11.2)
    _chart_table(doc.new_page(width=595, height=842))
    doc.save(path)
    return path
