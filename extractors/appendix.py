"""The appendix as targets and their initiative rows: walk the flow, keep the heading context,
read each ＜具体目標＞ block and the ruled table under it.

Context: part, chapter, section, subsection (①…, （Ａ）…), band 【…】 and 大目標 text. A heading
clears the levels below it; 大目標 is cleared by a new part, chapter or section.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.goals import match_goal_label
from extractors.row_stitching import TableRow, columns_match, stitch
from extractors.tables import column_roles, table_kind, with_header
from normalizers.text import BULLET, clean, join_lines, key
from extractors.records import Context, Flow, Heading, HeadingIndex, Problem, Table, TextLine

REPOSTED = regex.compile(r"^[（(]?前掲(?:のとおり)?[）)]?$")
INITIATIVES_LABEL = regex.compile(r"^[<＜]取組[>＞]$")


@dataclass(slots=True)
class RawTarget:
    context: Context
    label: str
    text: str
    page: int
    rows: list[TableRow] = field(default_factory=list)
    text_col: int = 0
    min_col: int | None = 1
    extras: dict[int, str] = field(default_factory=dict)
    reposted: bool = False
    inline_lines: list[TextLine] = field(default_factory=list)  # 2019: ＜取組＞ bullet lines


@dataclass(slots=True)
class AppendixRead:
    targets: list[RawTarget]
    abbreviation_rows: list[list[str]]
    problems: list[Problem]


def _set_context(ctx: Context, h: Heading) -> Context:
    full = f"{h.label} {h.title}".strip() if h.kind in ("chapter", "section") else f"{h.label}{h.title}"
    if h.kind == "part":
        return Context(part=h.label.rstrip(".．"))
    if h.kind == "chapter":
        return Context(part=ctx.part, chapter=full)
    if h.kind == "section":
        return Context(part=ctx.part, chapter=ctx.chapter, section=full)
    if h.kind == "item":
        return Context(ctx.part, ctx.chapter, ctx.section, full, "", ctx.major_goal)
    return Context(ctx.part, ctx.chapter, ctx.section, ctx.subsection, h.title, ctx.major_goal)


def _repeats_header(t: Table, first: Table | None, previous: Table) -> bool:
    """A fragment whose header row repeats the open table's, at the top of a later page: the
    table goes on (Word repeats header rows on each page; bessi.pdf does not)."""
    return (first is not None and t.header == first.header and t.page > previous.page
            and columns_match(first, t))


def read_appendix(flow: Flow, headings: HeadingIndex) -> AppendixRead:
    items = flow.items
    skip = headings.continuations
    ctx = Context()
    targets: list[RawTarget] = []
    abbreviations: list[list[str]] = []
    problems: list[Problem] = []
    current: RawTarget | None = None
    collecting = None          # "text" while reading a target's text, "inline" for ＜取組＞
    fragments: list[Table] = []
    last_table: Table | None = None
    text_since_table = False   # a line of text came after the last table fragment

    def close_table():
        nonlocal fragments
        if fragments and current is not None:
            current.rows.extend(stitch(fragments, current.text_col, current.min_col))
        fragments = []

    for i, it in enumerate(items):
        if isinstance(it, Table):
            t = with_header(it)
            if t.header is not None and fragments and not text_since_table and _repeats_header(t, last_table, fragments[-1]):
                fragments.append(t)  # the header row printed again at the top of a continuation page
                continue
            text_since_table = False
            if t.header is not None:
                close_table()
                kind = table_kind(t.header)
                if kind == "abbreviations":
                    abbreviations.extend([[clean("".join(c.text_lines)) for c in r.cells] for r in t.rows])
                    last_table = t
                    collecting = None
                    continue
                if kind != "initiatives" or current is None:
                    problems.append(Problem(flow.source, it.page, "table_outside_target",
                                            "|".join(t.header)))
                    last_table = None
                    continue
                init, mins, extras = column_roles(t.header)
                current.text_col, current.min_col, current.extras = init if init is not None else 0, mins, extras
                fragments = [t]
                last_table = t
            elif last_table is not None and columns_match(last_table, t) and (fragments or abbreviations):
                if fragments:
                    fragments.append(t)
                else:
                    abbreviations.extend([[clean("".join(c.text_lines)) for c in r.cells] for r in t.rows])
            else:
                problems.append(Problem(flow.source, it.page, "table_without_header",
                                        clean(" | ".join("".join(c.text_lines) for c in it.rows[0].cells))[:80]
                                        if it.rows else ""))
            collecting = None
            continue
        if not isinstance(it, TextLine) or it.blank or i in skip or i in flow.contents:
            continue
        text_since_table = True
        # between a target's label and its table everything is the target's text: an ① line
        # there is an item of a list in it, not a heading, even where the two look alike
        if i in headings and not (collecting == "text" and headings.at[i].kind == "item"):
            close_table()
            last_table = None
            ctx = _set_context(ctx, headings.at[i])
            collecting = None
            continue
        label = match_goal_label(it.text)
        if label:
            close_table()
            last_table = None
            kind, number, same_line = label
            if kind == "大目標":
                ctx = Context(ctx.part, ctx.chapter, ctx.section, ctx.subsection, ctx.band, same_line)
                collecting = "major" if not same_line else None
                continue
            if kind in ("具体目標", "目標"):
                if ctx.major_goal == BULLET:
                    ctx = Context(ctx.part, ctx.chapter, ctx.section, ctx.subsection, ctx.band, "")
                current = RawTarget(Context(**{f: getattr(ctx, f) for f in Context.__slots__}),
                                    kind + number, same_line, it.page)
                targets.append(current)
                collecting = "text"
                continue
            collecting = None  # 戦略目標 blocks are not targets
            continue
        if INITIATIVES_LABEL.match(clean(it.text)):
            close_table()
            collecting = "inline" if current is not None else None
            continue
        if collecting == "text" and current is not None:
            current.text = join_lines([current.text, it.text]) if current.text else join_lines([it.text])
        elif collecting == "major":
            # one statement is the major goal; a bulleted list of several goals names none
            if clean(it.text).startswith(BULLET) or ctx.major_goal.startswith(BULLET):
                major = BULLET
            else:
                major = join_lines([ctx.major_goal, it.text])
            ctx = Context(ctx.part, ctx.chapter, ctx.section, ctx.subsection, ctx.band, major)
        elif collecting == "inline" and current is not None:
            current.inline_lines.append(it)
    close_table()
    for t in targets:
        if len(t.rows) == 1 and REPOSTED.match(key("".join(t.rows[0].lines(t.text_col)))):
            t.reposted = True
            t.rows = []
    return AppendixRead(targets, abbreviations, problems)
