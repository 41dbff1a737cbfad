"""Typeset the published 2022 text (../shared/corpus/2022/published_text.txt) again, in layouts
unlike the real PDFs. main_body(): Mincho body and Gothic headings, paragraphs told apart by a
first-line indent and a gap (never an empty text line), footnotes at the foot of the page of
their raised marker, contents with leaders. build(), the appendix, another font (PyMuPDF's built-in Japanese font), other column widths
and margins, the header row repeated at the top of every page a table continues on, page numbers
as "- N -", a table of contents without dot leaders, and rows broken wherever the page ends.

The appendix text is tidied as bessi.pdf's was (SYNTHETIC/README of the corpus): letters the rendering
spaces out are set full-width, spaces next to Japanese characters dropped, heading numbers set
full-width. So what differs from bessi.pdf is the layout alone, and the extraction must still
give the 2022 truth. Nothing of the corpus is stored in the project: this reads it at test time.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pymupdf
import regex

FONT = "japan"
W, H = 595, 842
LEFT, RIGHT, TOP, BOTTOM = 50, 545, 60, 790
COLS = (50, 390, 545)           # 取組 | 関係府省庁, 340 pt and 155 pt (bessi.pdf: 136/34 mm)
LINE = 12.5                     # table line height
SEPARATORS = "、・"

_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()"})
_SPACED = regex.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){1,}[A-Za-z](?![A-Za-z])")
_JA = r"[^\x00-\x7f]"


def tidy(s: str) -> str:
    s = regex.sub(r"^- ", "", s.strip())  # the rendering's list marker: "- ① …", "- ・…"
    s = _SPACED.sub(lambda m: m.group(0).replace(" ", "").translate(_FULL), s.strip())
    s = regex.sub(rf"(?<={_JA}) +| +(?={_JA})", "", s)
    return s


def heading_label(s: str) -> str:
    """(1) → （１）, 1. → １．, < 具体目標 > → ＜具体目標＞ as in bessi.pdf."""
    m = regex.match(r"^(\(\d+\)|\d+\.)\s*(.*)$", s)
    if m:
        label = m.group(1).translate(_FULL).replace(".", "．")
        return label + m.group(2)
    m = regex.match(r"^<\s*(具体目標|目標)\s*(\d*)\s*>$", s)
    if m:
        return f"＜{m.group(1)}{m.group(2).translate(_FULL)}＞"
    m = regex.match(r"^大目標\s*(.*)$", s)
    if m:
        return "大目標　" + tidy(m.group(1))
    return s


@lru_cache(maxsize=None)
def width(s: str, size: float, font: str = FONT) -> float:
    return pymupdf.get_text_length(s, fontname=font, fontsize=size)


def wrap(s: str, max_w: float, size: float, after: str | None = None) -> list[str]:
    """Greedy wrap by glyph widths; with `after`, break only after one of those characters."""
    lines, cur = [], ""
    if after is None:
        for ch in s:
            if cur and width(cur + ch, size) > max_w:
                lines.append(cur)
                cur = ""
            cur += ch
        return lines + [cur] if cur else lines or [""]
    parts = regex.findall(rf"[^{after}]+[{after}]?", s) or [""]
    for part in parts:
        if cur and width(cur + part, size) > max_w:
            lines.append(cur)
            cur = ""
        cur += part
    return lines + [cur]


class Typesetter:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0.0
        self.number = 0

    def new_page(self, numbered: bool = True):
        self.page = self.doc.new_page(width=W, height=H)
        self.y = TOP
        if numbered:
            self.number += 1
            label = f"- {self.number} -"
            self.page.insert_text(((W - width(label, 9)) / 2, 815), label, fontname=FONT, fontsize=9)

    def text(self, s: str, size: float = 10.5, indent: float = 0, gap: float = 6):
        for line in wrap(s, RIGHT - LEFT - indent, size):
            if self.y + size * 1.5 > BOTTOM:
                self.new_page()
            self.y += size * 1.5
            self.page.insert_text((LEFT + indent, self.y), line, fontname=FONT, fontsize=size)
        self.y += gap

    def table(self, header: list[str], rows: list[list[str]], cols=COLS, size: float = 9.5):
        wrapped = [[wrap(row[0], cols[1] - cols[0] - 8, size)]
                   + [wrap(cell, cols[c + 2] - cols[c + 1] - 8, size, after=SEPARATORS if c == 0 else None)
                      for c, cell in enumerate(row[1:])] for row in rows]

        def draw(line, x, y):
            self.page.insert_text((x, y), line, fontname=FONT, fontsize=size)

        ruled_table(self, header, wrapped, cols, draw, gap=14)


def ruled_table(setter, header: list, rows: list[list[list]], cols, draw, gap: float) -> None:
    """A ruled table on `setter` (anything with page, y and new_page()): `rows` are per cell
    lines already wrapped, `draw(line, x, y)` sets one line. A row that does not fit is broken
    at the page end (every cell goes on), and the header row is repeated on each new page."""
    def rule(y):
        setter.page.draw_line((cols[0], y), (cols[-1], y), width=0.5)

    def verticals(top, bottom):
        for x in cols:
            setter.page.draw_line((x, top), (x, bottom), width=0.5)

    def draw_row(cells_lines, top):
        for c, lines in enumerate(cells_lines):
            for i, line in enumerate(lines):
                draw(line, cols[c] + 4, top + LINE * (i + 1) - 2)

    def start(top):
        rule(top)
        draw_row([[h] for h in header], top)
        rule(top + LINE + 4)
        return top + LINE + 4

    if setter.y + 3 * LINE > BOTTOM:
        setter.new_page()
    table_top = setter.y + 4
    setter.y = start(table_top)
    for todo in rows:
        while True:
            room = int((BOTTOM - setter.y - 4) // LINE)
            if room > 0:
                take = min(max(len(lines) for lines in todo), room)
                draw_row([lines[:take] for lines in todo], setter.y)
                setter.y += LINE * take + 4
                rule(setter.y)
                todo = [lines[take:] for lines in todo]
                if not any(todo):
                    break
            verticals(table_top, setter.y)
            setter.new_page()
            table_top = setter.y
            setter.y = start(table_top)
    verticals(table_top, setter.y)
    setter.y += gap


def appendix_text(published: Path) -> list[str]:
    lines = published.read_text(encoding="utf-8").splitlines()
    return lines[lines.index("別紙") + 1:]


def build(published: Path, out: Path) -> Path:
    lines = appendix_text(published)
    ts = Typesetter()
    ts.new_page(numbered=False)
    i = 0
    while not lines[i].strip():
        i += 1
    ts.page.insert_text((LEFT, 60), "別紙", fontname=FONT, fontsize=12)
    ts.y = 120
    while lines[i].strip() != "目次":          # title lines
        if lines[i].strip():
            ts.text(tidy(lines[i]), 16)
        i += 1
    ts.text("目次", 12)
    i += 1
    while i < len(lines) and (not lines[i].strip() or "\t" in lines[i]):   # contents: title, page on the right
        if lines[i].strip():
            title, page = lines[i].rsplit("\t", 1)
            ts.text(heading_label(tidy(title)), 10.5, indent=10, gap=0)
            ts.page.insert_text((RIGHT - width(page, 10.5), ts.y - 6), page, fontname=FONT, fontsize=10.5)
        i += 1
    ts.new_page()
    in_target = False
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line and line.split("\t")[0].replace(" ", "") in ("取組", "略称"):
            in_target = False
            header = [tidy(c) for c in line.split("\t") if c.strip()]
            rows = []
            i += 1
            while i < len(lines):
                if not lines[i].strip():
                    # the rendering breaks a row at its own page ends: a blank line, then the rest
                    # of the row with an empty ministry cell. It repeats the character at one break
                    # (知財シ + システム), which the published row does not.
                    nxt = lines[i + 1] if i + 1 < len(lines) else ""
                    if rows and "\t" in nxt and not nxt.split("\t")[1].strip() and header[0] != "略称":
                        rest = tidy(nxt.split("\t")[0])
                        rows[-1][0] += rest[1:] if rows[-1][0][-1:] == rest[:1] else rest
                        i += 2
                        continue
                    break
                rows.append([tidy(c) for c in lines[i].split("\t")])
                i += 1
            if header[0] == "略称":   # the abbreviation table: 略称 | the body's name (merged parents kept)
                rows = [[r[0], "".join(c for c in r[1:] if c)] for r in rows]
                ts.table(["略称", "府省庁名"], rows, cols=(50, 150, 545))
            else:
                ts.table(header[:2], [r[:2] + [""] * (2 - len(r[:2])) for r in rows])
            continue
        if in_target:   # a target's text, lists in it included, runs to its table
            ts.text(tidy(line), 10.5, indent=20)
            i += 1
            continue
        s = heading_label(line.strip()) if line.startswith("大目標") else heading_label(tidy(line))
        in_target = s.startswith("＜")
        size = 13 if regex.match(r"^第.部", s) else 11 if regex.match(r"^(（|[０-９]+．|大目標)", s) else 10.5
        ts.text(s, size, indent=0 if size > 10.5 else 10)
        i += 1
    ts.doc.save(out, garbage=3, deflate=True)
    return out


# ---------------------------------------------------------------- the main body
BODY, GOTHIC = "japan-s", "japan"          # Mincho body, Gothic headings and goal labels
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE = regex.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$")
_MARKER = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_GOAL = regex.compile(r"^(戦略目標)\s*(\d+)$|^(大目標|具体目標|目標)\s*(\d*)$")
_HEADING = regex.compile(r"^(第.部|\d+\.)\s+(.*)$|^([(（]\d+[)）]|[\u2460-\u2473])\s*(.*)$")
_ENGLISH_LIST = regex.compile(r"^\d+\. [\x20-\x7e]+$")   # 1. Basic Theories… : a list in the text


def _plain(s: str) -> str:
    """The rendering's markup off: *et al.* → et al., <https://…> → https://…"""
    return regex.sub(r"<(https?://[^>]+)>", r"\1", regex.sub(r"\*([^*]+)\*", r"\1", s))


def _full_label(label: str) -> str:
    label = label.replace("（", "(").replace("）", ")")
    if label[:1].isdigit() or label.startswith("("):
        return label.translate(_FULL).replace(".", "．")
    return label


class BodySetter:
    """Running text with footnotes at the foot of the page their marker is on; paragraphs are
    told apart by a first-line indent and a gap, never by an empty text line."""

    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.number = 0
        self.notes: dict[str, str] = {}
        self.page_notes: list[str] = []

    def new_page(self, numbered=True):
        self.flush_notes()
        self.page = self.doc.new_page(width=W, height=H)
        self.y = TOP
        if numbered:
            self.number += 1
            s = str(self.number)
            self.page.insert_text(((W - width(s, 10)) / 2, 820), s, fontname=BODY, fontsize=10)

    def _note_lines(self, numbers):
        out = []
        for n in numbers:
            for k, line in enumerate(wrap(self.notes[n], RIGHT - LEFT - 12, 8)):
                out.append((n if k == 0 else "", line))
        return out

    def notes_height(self, numbers):
        lines = self._note_lines(numbers)
        return 10 * len(lines) + 14 if lines else 0

    def flush_notes(self):
        if not self.page_notes or self.page is None:
            self.page_notes = []
            return
        lines = self._note_lines(self.page_notes)
        y = BOTTOM - 10 * len(lines) + 6
        self.page.draw_line((LEFT, y - 10), (LEFT + 150, y - 10), width=0.5)
        for n, line in lines:
            if n:
                self.page.insert_text((LEFT, y - 3), n, fontname=BODY, fontsize=5.5)
            self.page.insert_text((LEFT + 10, y), line, fontname=BODY, fontsize=8)
            y += 10
        self.page_notes = []

    def paragraph(self, s: str, font=BODY, size=10.5, indent=0.0, first_indent="", gap=7.0):
        """Set one paragraph; superscript digits in s become raised footnote markers."""
        tokens: list[tuple[str, str | None]] = []     # (glyph, footnote number it ends)
        pos = 0
        s = first_indent + s
        for m in _MARKER.finditer(s):
            tokens += [(c, None) for c in s[pos:m.start()]]
            tokens.append(("", m.group(0).translate(SUPERSCRIPT)))
            pos = m.end()
        tokens += [(c, None) for c in s[pos:]]
        lines, cur, w = [], [], 0.0
        for c, note in tokens:
            cw = width(c, size, font) if c else width(note, 6, font)
            if cur and w + cw > RIGHT - LEFT - indent:
                lines.append(cur)
                cur, w = [], 0.0
            cur.append((c, note))
            w += cw
        if cur:
            lines.append(cur)
        for line in lines:
            new = [n for _, n in line if n]
            if self.y + size * 1.6 > BOTTOM - self.notes_height(self.page_notes + new):
                self.new_page()
            self.y += size * 1.6
            x = LEFT + indent
            run = ""
            for c, note in line + [("", "")]:       # runs of text, then a raised marker
                if note is None:
                    run += c
                    continue
                if run:
                    self.page.insert_text((x, self.y), run, fontname=font, fontsize=size)
                    x += sum(width(ch, size, font) for ch in run)
                    run = ""
                if note:
                    self.page.insert_text((x, self.y - size * 0.45), note, fontname=font, fontsize=6)
                    x += width(note, 6, font)
            self.page_notes += new
        self.y += gap


def main_body(published: Path, out: Path) -> Path:
    text = published.read_text(encoding="utf-8")
    lines = [_plain(l) for l in text[:text.index("\n別紙\n")].splitlines()]
    bs = BodySetter()
    for line in lines:   # footnote texts are set where their markers are
        m = _NOTE.match(line.strip())
        if m:
            bs.notes[m.group(1).translate(SUPERSCRIPT)] = tidy(m.group(2))
    bs.new_page(numbered=False)
    i = 0
    while lines[i].strip() != "目 次":                       # the cover
        if lines[i].strip():
            s = tidy(regex.sub(r"(?<=\d) (?=\d)", "", lines[i]))
            bs.y += 120 if bs.y == TOP else 0
            bs.paragraph(s, GOTHIC, 24 if "戦略" in s and "会議" not in s else 14, indent=120, gap=30)
        i += 1
    bs.new_page(numbered=False)
    bs.paragraph("目次", GOTHIC, 12, indent=220, gap=12)
    i += 1
    while i < len(lines) and (not lines[i].strip() or "\t" in lines[i]):
        if lines[i].strip():
            title, page = lines[i].rsplit("\t", 1)
            title = tidy(title)
            dots = "・" * int((RIGHT - LEFT - 20 - width(title + page, 10.5)) // width("・", 10.5))
            bs.paragraph(title + dots + page, BODY, 10.5, indent=10, gap=4)
        i += 1
    bs.new_page()
    after_label = None          # the kind of goal label the paragraphs now follow
    items_done = False
    while i < len(lines):
        raw = lines[i].strip()
        i += 1
        if not raw or _NOTE.match(raw):
            continue
        goal = _GOAL.match(raw)
        if goal:
            kind = goal.group(1) or goal.group(3)
            number = goal.group(2) or goal.group(4) or ""
            bs.paragraph(kind + number.translate(_FULL), GOTHIC, 10.5, indent=10, gap=3)
            after_label, items_done = kind, False
            continue
        if _ENGLISH_LIST.match(raw):
            bs.paragraph(raw, BODY, 10.5, indent=30, gap=2)
            continue
        head = _HEADING.match(raw)
        if head and not raw.startswith("- "):
            label = _full_label(head.group(1) or head.group(3))
            title = tidy(head.group(2) if head.group(1) else head.group(4))
            size = 13 if label.startswith("第") else 12 if "．" in label else 11
            bs.paragraph(label + (" " if label.startswith("第") else "") + title, GOTHIC, size, gap=6)
            after_label = None
            continue
        if regex.match(r"^【[^】]+】$", raw):
            bs.paragraph(raw, GOTHIC, 10.5, gap=4)
            after_label = None
            continue
        if raw.startswith("- "):                              # a list: enumeration or bullet
            item = tidy(raw[2:])
            if item[:1] in "①②③④⑤⑥⑦⑧⑨⑩":
                item = item[0] + " " + item[1:]               # an enumeration keeps its space
            in_goal = after_label is not None and not items_done
            bullet = item.startswith("・")   # a goal's bullets are its items; enumerations go deeper
            bs.paragraph(item, BODY, 10.5, indent=20 if in_goal and bullet else 30, gap=2)
            continue
        s = tidy(raw)
        if after_label is not None and not items_done:
            # a goal's item: flush left under its label; a 戦略目標 has one statement paragraph
            bs.paragraph(s, BODY, 10.5, indent=20, gap=3)
            items_done = after_label == "戦略目標"
            continue
        bs.paragraph(s, BODY, 10.5, first_indent="　", gap=7)
    bs.flush_notes()
    bs.doc.save(out, garbage=3, deflate=True)
    return out
