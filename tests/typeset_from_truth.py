"""Typeset an edition's appendix straight from its truth (targets.tsv, initiatives.tsv), in a
layout of our own, in any of the three conventions the editions use for the lead ministry:

  mark       ruled 取組 | 関係府省庁 tables, the lead marked ◎ (2022)
  underline  the same tables, the lead underlined (2021)
  inline     ＜取組＞ bullet lists, ・text【ministries】, the lead underlined (2019)

Underlines are thin filled rectangles (as Word draws them), not LibreOffice's stroked lines;
header rows repeat on continuation pages; rows and 【…】 lists break wherever the line or page
ends. Reading the result back must give the truth it was made from. Nothing of the corpus is
stored: the truth files are read at test time.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pymupdf
import regex

from retypeset import BOTTOM, COLS, FONT, LEFT, RIGHT, TOP, H, W, ruled_table, width

SEP = "、"
_FULL = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _heading(printed: str) -> str:
    """(1) AI for … → （１）AI for … : labels full-width and closed up, as typeset editions do."""
    if printed.startswith("(") and ")" in printed:
        label, rest = printed.split(")", 1)
        return (label + ")").translate(_FULL) + rest.lstrip()
    m = regex.match(r"^(\d+)\.\s*(.*)$", printed)
    if m:
        return m.group(1).translate(_FULL) + "．" + m.group(2)
    return printed


Glyphs = list[tuple[str, bool]]   # (character, underlined)


def _ministries(row: dict, convention: str) -> Glyphs:
    out: Glyphs = []
    names = [m for m in row["ministries"].split("|") if m]
    for n, name in enumerate(names):
        lead = name in row["lead"].split("|") and bool(row["lead"])
        if n:
            out.append((SEP, False))
        if lead and convention == "mark":
            out.append(("◎", False))
        out += [(c, lead and convention != "mark") for c in name]
    return out


class Setter:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0.0
        self.number = 0

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.y = TOP
        self.number += 1
        s = str(self.number)
        self.page.insert_text(((W - width(s, 9)) / 2, 815), s, fontname=FONT, fontsize=9)

    def glyph_line(self, glyphs: Glyphs, x: float, y: float, size: float) -> None:
        """Set one line, drawing an underline (a thin filled rectangle) under underlined runs."""
        run, under, x0 = "", False, x
        for c, u in glyphs + [("", None)]:
            if run and (u != under or not c):
                self.page.insert_text((x0, y), run, fontname=FONT, fontsize=size)
                w = sum(width(ch, size) for ch in run)
                if under:
                    self.page.draw_rect(pymupdf.Rect(x0, y + 1.0, x0 + w, y + 1.6), color=None, fill=(0, 0, 0))
                x0 += w
                run = ""
            run += c
            under = u

    @staticmethod
    def wrap(glyphs: Glyphs, max_w: float, size: float, after_separator: bool = False) -> list[Glyphs]:
        lines: list[Glyphs] = []
        cur: Glyphs = []
        chunk: Glyphs = []
        for g in glyphs + [("", False)]:
            if g[0]:
                chunk.append(g)
            if not after_separator or g[0] in (SEP, "") or not g[0]:
                w = sum(width(c, size) for c, _ in cur + chunk)
                if cur and w > max_w:
                    lines.append(cur)
                    cur = []
                cur += chunk
                chunk = []
                if not after_separator:
                    while sum(width(c, size) for c, _ in cur) > max_w:
                        cut = len(cur) - 1
                        lines.append(cur[:cut])
                        cur = cur[cut:]
        return lines + [cur] if cur else lines or [[]]

    def text(self, s: str | Glyphs, size=10.5, indent=0.0, gap=4.0, hang=0.0):
        glyphs = [(c, False) for c in s] if isinstance(s, str) else s
        for n, line in enumerate(self._hung(glyphs, size, indent, hang)):
            if self.y + size * 1.5 > BOTTOM:
                self.new_page()
            self.y += size * 1.5
            self.glyph_line(line, LEFT + indent + (hang if n else 0), self.y, size)
        self.y += gap

    def _hung(self, glyphs: Glyphs, size: float, indent: float, hang: float) -> list[Glyphs]:
        first = self.wrap(glyphs, RIGHT - LEFT - indent, size)
        if len(first) == 1 or not hang:
            return first
        head, rest = first[0], [g for line in first[1:] for g in line]
        return [head] + self.wrap(rest, RIGHT - LEFT - indent - hang, size)

    def table(self, rows: list[tuple[Glyphs, Glyphs]], size=9.5):
        cols = COLS
        wrapped = [[self.wrap(text, cols[1] - cols[0] - 8, size),
                    self.wrap(mins, cols[2] - cols[1] - 8, size, after_separator=True) if mins else []]
                   for text, mins in rows]
        header = [[(c, False) for c in "取　組"], [(c, False) for c in "関係府省庁"]]
        ruled_table(self, header, wrapped, cols, lambda line, x, y: self.glyph_line(line, x, y, size), gap=12)


def build(truth: Path, edition: str, convention: str, out: Path) -> Path:
    targets = _rows(truth / "targets.tsv")
    initiatives = _rows(truth / "initiatives.tsv")
    by_target: dict[str, list[dict]] = {}
    for r in initiatives:
        by_target.setdefault(r["target_seq"], []).append(r)
    st = Setter()
    st.new_page()
    st.y = 200
    cover = f"ＡＩ戦略{edition.translate(_FULL)}" if convention == "inline" else f"「ＡＩ戦略{edition}」別紙"
    st.text(cover, 20, indent=120, gap=20)
    st.text("取組一覧", 14, indent=160)
    st.new_page()
    context = ["", "", "", "", "", ""]
    for t in targets:
        levels = [t["part"], t["chapter"], t["section"], t["subsection"], t["band"], t["major_goal"]]
        for n, value in enumerate(levels):
            if value == context[n] and all(levels[k] == context[k] for k in range(n)):
                continue
            if not value:
                continue
            if n == 0:
                st.text(f"{value}．部の見出し" if not value.startswith("第") else f"{value}　部の見出し", 13, gap=6)
            elif n == 5:
                st.text("大目標　" + value, 11, indent=10, gap=4)
            else:
                st.text(_heading(value), 12 if n < 3 else 11, indent=0 if n < 3 else 5, gap=4)
        context = levels
        label = t["label"].translate(_FULL)
        st.text(f"＜{label}＞", 10.5, indent=15, gap=1)
        st.text(t["text"], 10.5, indent=20, gap=4)
        rows = by_target.get(t["seq"], [])
        if convention == "inline":
            st.text("＜取組＞", 10.5, indent=15, gap=1)
            for r in rows:
                glyphs = [(c, False) for c in "・" + r["initiative"] + "【"] + _ministries(r, convention) + [("】", False)]
                st.text(glyphs, 10.5, indent=20, gap=1, hang=width("・", 10.5))
            st.y += 6
        elif t["reposted"] == "1":
            st.table([([(c, False) for c in "（前掲のとおり）"], [])])
        else:
            st.table([([(c, False) for c in r["initiative"]], _ministries(r, convention)) for r in rows])
    st.doc.save(out, garbage=3, deflate=True)
    return out
