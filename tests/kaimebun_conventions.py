"""Documents typeset here as 改め文 are: an amending bill (…の一部を改正する条例), set as a 条例 is in one
Mincho size, whose body is a list of instructions on the amended 条例 (第２条中「…」を「…」に改める。). An
instruction that closes with 次のように改める。 or 次の１条を加える。 is followed by the amended text itself —
a captioned article ((報告) / 第５条の２　…), paragraphs — set exactly as the 条例's own articles are, but
quoted: no heading of the bill. The bill's own parts are its 附則 and, where it amends two 条例 at once,
its own captioned articles ((…の一部改正) / 第１条　…の一部を次のように改正する。). A replacing 別表 is
printed after the 附則 on a page of its own: 別表（第３条関係）, the name of its table under it, the table.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
BODY = 10.0
PITCH = 22.5
LEFT = 85.0                       # an article's number, a paragraph's number: flush left
INDENT = LEFT + BODY              # a caption, an instruction's first line: one character in

COVER = [(LEFT, "議案第１号"), (INDENT, "南国市手数料条例の一部を改正する条例"), (INDENT + BODY, "令和８年２月２７日提出"),
         (390.0, "南国市長　山田　太郎"), (LEFT + 3 * BODY, "南国市手数料条例の一部を改正する条例"),
         (INDENT, "南国市手数料条例（平成１２年南国市条例第２号）の一部を次のように改正する。")]
# the instructions and the amended text they announce, as (x, text)
AMENDING = [
    (INDENT, "第２条中「交付」を「交付等」に改める。"),
    (INDENT, "第５条の次に次の１条を加える。"),
    (INDENT, "（報告）"),
    (LEFT, "第５条の２　市長は、毎年度、手数料の徴収の状況を報告しなければならない。"),
    (LEFT, "２　前項の報告は、書面により行うものとする。"),
    (INDENT, "第７条を次のように改める。"),
    (INDENT, "（委任）"),
    (LEFT, "第７条　この条例に定めるもののほか、必要な事項は、規則で定める。"),
    (INDENT, "別表を次のように改める。"),
]
CLOSING = [(LEFT + 3 * BODY, "附　則"), (INDENT, "この条例は、令和８年４月１日から施行する。")]
SCHEDULE = ("別表（第３条関係）", "手数料の額")
SHEET = 10.6                      # the attached sheet's own page style: a size a little larger than the bill's
ROWS = [("区分", "金額"), ("証明書", "３００円"), ("閲覧", "２００円")]

# a bill that amends two 条例 in its own articles, a replaced article quoted inside the first
OWN = [
    (INDENT, "（南国市手数料条例の一部改正）"),
    (LEFT, "第１条　南国市手数料条例（平成１２年南国市条例第２号）の一部を次のように改正する。"),
    (INDENT + BODY, "第４条を次のように改める。"),
    (INDENT + BODY, "（手数料の減免）"),
    (INDENT, "第４条　市長は、特別の理由があると認めるときは、手数料を減免することができる。"),
    (INDENT + BODY, "第６条中「閲覧」を「閲覧等」に改める。"),
    (INDENT, "（南国市印鑑条例の一部改正）"),
    (LEFT, "第２条　南国市印鑑条例（昭和５０年南国市条例第１号）の一部を次のように改正する。"),
    (INDENT + BODY, "第３条中「申請」を「届出」に改める。"),
]


def _write(page: pymupdf.Page, y: float, lines: list[tuple[float, str]], size: float = BODY) -> float:
    for x, text in lines:
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=size)
        y += PITCH
    return y


def build_amending_bill(path: Path) -> Path:
    """Page 1: the bill's cover block, the enacting sentence, the instructions with the article they
    insert and the one they replace, the 附則; page 2: the replacing 別表 with its table's name and a
    ruled 3 × 2 table, in the attached sheet's size (SHEET)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = _write(page, 80, COVER)
    y = _write(page, y + PITCH, AMENDING)
    _write(page, y + PITCH, CLOSING)
    page = doc.new_page(width=595, height=842)
    y = _write(page, 70, [(LEFT, SCHEDULE[0]), (LEFT, SCHEDULE[1])], SHEET) - BODY
    for k, row in enumerate(ROWS):
        top = y + k * 20
        page.draw_line((LEFT, top), (LEFT + 300, top), width=0.5)
        for c, text in enumerate(row):
            page.insert_text((LEFT + 6 + 150 * c, top + 14), text, fontname=MINCHO, fontsize=SHEET)
    bottom = y + len(ROWS) * 20
    page.draw_line((LEFT, bottom), (LEFT + 300, bottom), width=0.5)
    for x in (LEFT, LEFT + 150, LEFT + 300):
        page.draw_line((x, y), (x, bottom), width=0.5)
    doc.save(str(path))
    return path


def build_own_articles(path: Path) -> Path:
    """One page: the cover block, the bill's two own captioned articles, a replaced article quoted
    inside the first (one character further in than the bill's own), the 附則."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = _write(page, 80, COVER[:5])
    y = _write(page, y + PITCH, OWN)
    _write(page, y + PITCH, CLOSING)
    doc.save(str(path))
    return path


COMPARED_TITLE = "補助事業公募要領の一部を改訂する公募要領新旧対照表"
COMPARED_NOTE = "（傍線部分は改訂部分）"
COMPARED_NAME = "補助事業　公募要領"


def build_titled_comparison(path: Path) -> Path:
    """A landscape 新旧対照表 page: its title with a reading note on the marks closing its row, a blank
    line, the name of the compared text, then the ruled table (改訂後 | 現行, one body row)."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((43, 78), COMPARED_TITLE + COMPARED_NOTE, fontname=MINCHO, fontsize=10.6)
    page.insert_text((43, 102), COMPARED_NAME, fontname=MINCHO, fontsize=10.6)
    for y in (105, 126, 540):
        page.draw_line((50, y), (801, y), width=0.5)
    for x in (50, 425, 801):
        page.draw_line((x, 105), (x, 540), width=0.5)
    for x, head in ((55, "改訂後"), (431, "現行")):
        page.insert_text((x, 120), head, fontname=MINCHO, fontsize=10.6)
        page.insert_text((x, 140), "１．本事業の概要", fontname=MINCHO, fontsize=10.6)
        page.insert_text((x + 16, 152), "本事業は、中小企業等の省力化投資を支援する。", fontname=MINCHO, fontsize=10.6)
    doc.save(str(path))
    return path


def build_framed_subheadings(path: Path) -> Path:
    """A landscape page holding the rest of a 新旧対照表's row as Word frames it on the next page: ruled
    across only at its top and foot, two columns, and in each column the compared text's sub-heading
    framed in a small closed box of its own (２－４．補助金等の重複について) over lines of text."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    top, foot = 57.0, 537.0
    for y in (top, foot):
        page.draw_line((50, y), (801, y), width=0.5)
    for x in (50, 425, 801):
        page.draw_line((x, top), (x, foot), width=0.5)
    for x in (55, 431):
        page.insert_text((x, 70), "（３）補助対象者の要件", fontname=MINCHO, fontsize=10.6)
        page.insert_text((x + 16, 82), "次のいずれかに当てはまる者を補助対象とする。", fontname=MINCHO, fontsize=10.6)
        page.draw_rect(pymupdf.Rect(x, 357, x + 158, 369), width=0.5)
        page.insert_text((x + 1, 367), "２－４．補助金等の重複について", fontname=MINCHO, fontsize=10.6)
        page.insert_text((x + 11, 381), "以下に該当する事業は補助対象外とする。", fontname=MINCHO, fontsize=10.6)
    doc.save(str(path))
    return path
