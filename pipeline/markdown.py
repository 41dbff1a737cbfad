"""document.md: an edition or a document as Markdown (CommonMark with GitHub's pipe tables and
footnotes), for reading, search and RAG pipelines.

Headings at their level (`#` × level, at most six), paragraphs, goal blocks as lists, ruled
tables as pipe tables where they stand, footnotes as `[^n]` with their text at the end, and an
appendix's 具体目標 with their initiatives (関係府省庁, ◎ before the lead). Text from a PDF is
untrusted: every character that could open a Markdown construct is escaped, so a paragraph that
begins with `#`, `1.`, `-`, `>` or `|` stays a paragraph, and a table cell stays in its cell.
"""
from __future__ import annotations

from collections import Counter

import regex

from extractors.records import Goal, Heading, Initiative, TableCell
from normalizers.text import SPACES as _SPACE
from pipeline.edition import Edition

MARKER = regex.compile(r"\[\^([0-9]+)\]")
_INLINE = regex.compile(r"([\\`*_\[\]<>|~!#])|&(?=#?[A-Za-z0-9]+;)")
# what opens a block at a line's start once inline characters are escaped: list (-, +, 1. 1)),
# setext underline (=, -)
_BLOCK_START = regex.compile(r"^([+=\-]|[0-9]{1,9}(?=[.)]))")
_REF = regex.compile(r"\[\^[^\]\\]+\]")   # a footnote reference as written here ([^3], [^3-p5])
MAX_LEVEL = 6   # Markdown has six heading levels; deeper ones are written at the sixth


def _inline(text: str) -> str:
    """Whitespace runs (newlines too) as one space, Markdown's inline characters escaped."""
    return _INLINE.sub(lambda m: "\\" + (m.group(1) or "&"), _SPACE.sub(" ", text))


def _line_start(line: str) -> str:
    """A line that opens no block: a leading -, +, = or 1. is escaped; a leading reference
    followed by a colon would be a footnote definition, so the colon is escaped."""
    start = _BLOCK_START.match(line)
    if start:
        token = start.group(1)
        return token + "\\" + line[len(token):] if token[0].isdigit() else "\\" + line
    ref = _REF.match(line)
    if ref and line[ref.end():ref.end() + 1] == ":":
        return line[:ref.end()] + "\\" + line[ref.end():]
    return line


def escape(text: str) -> str:
    """Text as one line of Markdown that renders as itself and opens no block (no heading, list,
    quote, rule, fence, table, HTML or definition)."""
    return _line_start(_inline(text).strip())


def cell(text: str) -> str:
    """Text as a pipe-table cell: escaped, line breaks as <br>."""
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    return "<br>".join(lines) or " "


class Notes:
    """Footnote labels, unique in the file: the number when it is printed once, else number-p<page>."""

    def __init__(self, footnotes):
        counts = Counter(f.number for f in footnotes)
        self.by_number: dict[int, list] = {}
        for f in sorted(footnotes, key=lambda f: (f.page, f.number)):
            self.by_number.setdefault(f.number, []).append(f)
        self.counts = counts

    def label(self, f) -> str:
        return str(f.number) if self.counts[f.number] == 1 else f"{f.number}-p{f.page}"

    def ref(self, number: int, page: int) -> str | None:
        """The label of footnote `number` as cited on `page`: the first printed there or after."""
        found = self.by_number.get(number)
        if not found:
            return None
        after = [f for f in found if f.page >= page]
        return self.label(after[0] if after else found[-1])

    def text_with_refs(self, text: str, page: int) -> str:
        """Escaped text in which each [^N] marker that has a footnote becomes a reference."""
        out, last = [], 0
        for m in MARKER.finditer(text):
            label = self.ref(int(m.group(1)), page)
            if label is not None:
                out += [_inline(text[last:m.start()]), f"[^{label}]"]
                last = m.end()
        out.append(_inline(text[last:]))
        return _line_start("".join(out).strip())

    def definitions(self, footnotes) -> list[str]:
        return [f"[^{self.label(f)}]: {escape(f.text) or ' '}"
                for f in sorted(footnotes, key=lambda f: (f.page, f.number))]


def heading_line(h: Heading) -> str:
    return "#" * max(1, min(h.level, MAX_LEVEL)) + " " + escape(f"{h.label} {h.title}")


def table_lines(cells: list[TableCell]) -> list[str]:
    """One ruled table as a pipe table: its first row as the header, a merged cell's text in its
    top-left position and the cells it covers left empty."""
    rows = max(c.row + c.rowspan - 1 for c in cells)
    cols = max(c.col + c.colspan - 1 for c in cells)
    grid = [[" "] * cols for _ in range(rows)]
    for c in cells:
        grid[c.row - 1][c.col - 1] = cell(c.text)
    lines = ["| " + " | ".join(grid[0]) + " |", "|" + "---|" * cols]
    lines += ["| " + " | ".join(r) + " |" for r in grid[1:]]
    return lines


def _goal_blocks(goals: list[Goal], notes: Notes) -> dict[int, list[str]]:
    """Goal blocks as lists: the block's kind and label in bold, then its items."""
    blocks: dict[int, list[str]] = {}
    for g in goals:
        lines = blocks.setdefault(g.seq, [f"**{escape(g.kind + g.label)}**", ""])
        refs = "".join(f"[^{label}]" for n in g.footnotes.split("|") if n.isdigit()
                       for label in [notes.ref(int(n), g.page)] if label)
        lines.append(f"- {escape(g.text)}{refs}")
    return blocks


def _initiative_tables(ed: Edition) -> set[int]:
    """Tables the initiatives were read from (same file, pages overlapping a row's): written
    as the initiative lists, with their ministries, not again as tables."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for i in ed.initiatives:
        spans.setdefault(i.source, []).append((i.page_start, i.page_end))
    ranges = {(c.source, c.page_start, c.page_end) for c in ed.tables}   # a few per table, not one per cell
    read = {(src, p0, p1) for src, p0, p1 in ranges if any(a <= p1 and p0 <= b for a, b in spans.get(src, []))}
    return {c.table_id for c in ed.tables if (c.source, c.page_start, c.page_end) in read}


def _tables(ed: Edition) -> dict[int, list[TableCell]]:
    skip = _initiative_tables(ed)
    out: dict[int, list[TableCell]] = {}
    for c in ed.tables:
        if c.table_id not in skip:
            out.setdefault(c.table_id, []).append(c)
    return out


def _section_of(page: int, headings: list[Heading]) -> int | None:
    """The last heading printed on or before `page`."""
    found = None
    for h in headings:
        if h.page <= page:
            found = h.seq
    return found


def _body(ed: Edition, notes: Notes, tables: dict[int, list[TableCell]], flow: set[str]) -> list[str]:
    """Headings in order, each followed by its paragraphs, goal blocks and tables by page."""
    blocks: dict[int | None, list[tuple[tuple[int, int, int], list[str]]]] = {}
    for p in (p for p in ed.paragraphs if not p.listed):
        blocks.setdefault(p.heading_seq, []).append(((p.page, 0, p.seq), [notes.text_with_refs(p.text, p.page)]))
    goals = _goal_blocks(ed.goals, notes)
    for g in ed.goals:
        if g.item_no == 1:
            blocks.setdefault(g.heading_seq, []).append(((g.page, 1, g.seq), goals[g.seq]))
    for tid, cells in tables.items():
        if cells[0].source in flow:
            page = cells[0].page_start
            blocks.setdefault(_section_of(page, ed.headings), []).append(((page, 2, tid), table_lines(cells)))
    out: list[str] = []
    for key, lines in sorted(blocks.get(None, [])):
        out += lines + [""]
    for h in ed.headings:
        out += [heading_line(h), ""]
        for key, lines in sorted(blocks.get(h.seq, [])):
            out += lines + [""]
    return out


def _ministries(i: Initiative) -> str:
    return "、".join(("◎" if r.is_lead else "") + r.printed for r in i.ministries)


def _context(t) -> str:
    c = t.context
    return " / ".join(x for x in (" ".join(filter(None, (c.part, c.part_title))), c.chapter, c.section, c.subsection, c.band) if x)


def _appendix(ed: Edition) -> list[str]:
    """Each 具体目標 with its context (when it changes) and its initiatives as a table."""
    rows: dict[int, list[Initiative]] = {}
    for i in ed.initiatives:
        rows.setdefault(i.target_seq, []).append(i)
    out: list[str] = []
    context = ""
    for t in ed.targets:
        if _context(t) and _context(t) != context:
            context = _context(t)
            out += [f"**{escape(context)}**", ""]
        if t.context.major_goal:
            out += [f"大目標: {escape(t.context.major_goal)}", ""]
        out += [f"**{escape(t.label or '具体目標')}** {escape(t.text)}" + ("（再掲）" if t.reposted else ""), ""]
        out += _initiative_table(rows.pop(t.seq, []))
    out += _initiative_table([i for seq in sorted(rows) for i in rows[seq]])
    return out


def _initiative_table(inits: list[Initiative]) -> list[str]:
    if not inits:
        return []
    return ["| 取組 | 関係府省庁（◎ 主担当） |", "|---|---|"] + \
        [f"| {cell(i.text)} | {escape(_ministries(i)) or ' '} |" for i in inits] + [""]


def _front(ed: Edition) -> list[str]:
    c = ed.cover
    out = [f"**{escape(c.title)}**", ""] if c.title else []
    issuer = "" if c.issuer and c.issuer in c.decided_by else c.issuer   # 会議 in 会議決定: said once
    said = "、".join(escape(x) for x in (issuer, c.decided_by, c.date) if x)
    return out + ([said, ""] if said else [])


def _after(ed: Edition, notes: Notes, tables: dict[int, list[TableCell]], flow: set[str]) -> list[str]:
    """Tables not placed among the headings (files without a main body), then the footnotes."""
    lines: list[str] = []
    for tid, cells in tables.items():
        if not (ed.has_main and cells[0].source in flow):
            lines += table_lines(cells) + [""]
    if ed.footnotes:
        lines += ["---", ""] + [d for line in notes.definitions(ed.footnotes) for d in (line, "")]
    return lines


def render(ed: Edition) -> bytes:
    """document.md of an edition or a document (UTF-8, LF, deterministic)."""
    notes = Notes(ed.footnotes)
    tables = _tables(ed)
    flow = {f.name for f in ed.files if f.role == "main"} or {f.name for f in ed.files}
    lines = _front(ed) + _body(ed, notes, tables, flow if ed.has_main else set())
    if ed.targets or ed.initiatives:
        lines += ["---", ""] + _appendix(ed)
    # an appendix's text outside its lists (a note over its abbreviation table), after them
    lines += [line for p in ed.paragraphs if p.listed for line in (notes.text_with_refs(p.text, p.page), "")]
    lines += _after(ed, notes, tables, flow)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8", errors="replace")
