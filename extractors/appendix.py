"""The appendix as targets and their initiative rows: walk the flow, keep the heading context,
read each ＜具体目標＞ block and the ruled table under it.

Context: part, chapter, section, subsection (①…, （Ａ）…), band 【…】 and 大目標 text. A heading
clears the levels below it; 大目標 is cleared by a new part, chapter or section.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from extractors.abbreviation_table import table_rows
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
    inline_lines: list[TextLine] = field(default_factory=list)  # ＜取組＞ bullet lines (no tables)
    runs: list = field(default_factory=list)                    # TableRun: the tables under it


@dataclass(slots=True)
class AppendixRead:
    targets: list[RawTarget]
    abbreviation_rows: list[list[str]]
    problems: list[Problem]
    loose: set[int] = field(default_factory=set)   # flow indexes of the text lines no target, list or heading took


CONTEXT_KINDS = ("part", "chapter", "section", "item", "band")   # the headings a target's context holds


def _set_context(ctx: Context, h: Heading) -> Context:
    full = f"{h.label} {h.title}".strip() if h.kind in ("chapter", "section") else f"{h.label}{h.title}"
    if h.kind == "part":
        return Context(part=h.label.rstrip(".．"), part_title=h.title)   # its label (the editions' key) and title
    if h.kind == "chapter":
        return Context(part=ctx.part, chapter=full, part_title=ctx.part_title)
    if h.kind == "section":
        return Context(part=ctx.part, chapter=ctx.chapter, section=full, part_title=ctx.part_title)
    if h.kind == "item":
        return replace(ctx, subsection=full, band="")
    if h.kind == "band":
        return replace(ctx, band=h.title)
    return ctx   # other numbering (A., 1), ア.) and unnumbered titles have no column here


def _repeats_header(t: Table, first: Table | None, previous: Table, tol: float) -> bool:
    """A fragment whose header row repeats the open table's, at the top of a later page: the
    table goes on (Word repeats header rows on each page; not every typesetter does)."""
    return (first is not None and t.header == first.header and t.page > previous.page
            and columns_match(first, t, tol))


# ---------------------------------------------------------------- pass 1: what each line is
@dataclass(slots=True)
class Event:
    """One element of the appendix flow, classified: heading, goal label, ＜取組＞ label, text,
    table fragment (pass 1), or a whole table run (pass 2)."""
    kind: str                       # heading | label | inline | text | table | run
    page: int
    line: TextLine | None = None
    index: int = -1                 # the flow index of its line
    heading: Heading | None = None
    label: tuple[str, str, str] | None = None
    table: Table | None = None
    run: TableRun | None = None
    mark: str = ""                  # the bullet its line opens with (LineRole.mark, as the line roles read it)


@dataclass(slots=True)
class TableRun:
    """An initiative table: its header and its rows stitched across its fragments."""
    header: list[str]
    fragments: list[Table]

    def rows(self) -> list[TableRow]:
        init, mins, _ = column_roles(self.header)
        return stitch(self.fragments, init if init is not None else 0, mins)


def _mark(flow: Flow, i: int) -> str:
    role = flow.roles[i]
    return role.mark if role is not None else ""


def _goal_of(flow: Flow, i: int) -> tuple[str, str, str] | None:
    role = flow.roles[i]
    return role.goal if role is not None else None


def classify(flow: Flow, headings: HeadingIndex) -> list[Event]:
    """The flow's tables (header read) and text lines, each said what it is; blank lines,
    heading continuations and contents lines left out."""
    events = []
    for i, it in enumerate(flow.items):
        if isinstance(it, Table):
            events.append(Event("table", it.page, table=with_header(it, flow.settings.tables.max_header_name)))
        elif not isinstance(it, TextLine) or it.blank or i in headings.continuations or i in flow.contents:
            continue
        elif i in headings:
            events.append(Event("heading", it.page, it, i, heading=headings.at[i], mark=_mark(flow, i)))
        elif (label := _goal_of(flow, i)) is not None:
            events.append(Event("label", it.page, it, i, label=label))
        elif INITIATIVES_LABEL.match(clean(it.text)):
            events.append(Event("inline", it.page, it, i))
        else:
            events.append(Event("text", it.page, it, i, mark=_mark(flow, i)))
    return events


# ---------------------------------------------------------------- pass 2: table runs
@dataclass(slots=True)
class _Runs:
    """State of pass 2: the open run, the last fragment of any table, the abbreviation rows."""
    tol: float   # pt: column edges this close line up (settings.tables.columns_match)
    out: list[Event] = field(default_factory=list)
    open: TableRun | None = None
    last: Table | None = None
    last_kind: str = ""
    text_since: bool = False
    abbreviations: list[list[str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _headed_fragment(st: _Runs, t: Table, source: str) -> None:
    assert t.header is not None
    st.open = None
    kind = table_kind(t.header)
    st.last, st.last_kind = (t, kind) if kind in ("abbreviations", "initiatives") else (None, "")
    if kind == "abbreviations":
        st.abbreviations.extend(table_rows(t))
    elif kind == "initiatives":
        st.open = TableRun(t.header, [t])
        st.out.append(Event("run", t.page, run=st.open))
    else:
        st.problems.append(Problem(source, t.page, "table_outside_target", "|".join(t.header)))


def _fragment(st: _Runs, t: Table, source: str) -> None:
    """A table fragment: a repeated header, a new table, or the continuation of the last one."""
    if t.header is not None and st.open and not st.text_since \
            and _repeats_header(t, st.last, st.open.fragments[-1], st.tol):
        st.open.fragments.append(t)   # the header row printed again at the top of a continuation page
        return
    st.text_since = False
    if t.header is not None:
        _headed_fragment(st, t, source)
    elif st.last is not None and columns_match(st.last, t, st.tol) and st.open is not None:
        st.open.fragments.append(t)
    elif st.last is not None and columns_match(st.last, t, st.tol) and st.last_kind == "abbreviations":
        st.abbreviations.extend(table_rows(t))
    else:
        first = clean(" | ".join("".join(c.text_lines) for c in t.rows[0].cells))[:80] if t.rows else ""
        st.problems.append(Problem(source, t.page, "table_without_header", first))
    st.out.append(Event("table_end", t.page))


def join_table_runs(events: list[Event], source: str, tol: float) -> _Runs:
    """Table fragments joined into runs: a fragment without a header row continues the table
    above it when their columns line up; a heading, goal label or ＜取組＞ label ends a run."""
    st = _Runs(tol)
    for ev in events:
        if ev.kind == "table":
            assert ev.table is not None
            _fragment(st, ev.table, source)
            continue
        st.text_since = True
        if ev.kind in ("heading", "label", "inline"):
            st.open = None
            if ev.kind != "inline":
                st.last, st.last_kind = None, ""
        st.out.append(ev)
    return st


# ---------------------------------------------------------------- pass 3: targets
@dataclass(slots=True)
class _Walk:
    """State of pass 3: the heading context, the open target and what text lines feed."""
    ctx: Context = field(default_factory=Context)
    current: RawTarget | None = None
    collecting: str | None = None   # text (a target's text) | major (大目標) | inline (＜取組＞ bullets)
    targets: list[RawTarget] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    loose: set[int] = field(default_factory=set)   # flow indexes of text lines nothing here took
    open_heads: dict[str, int] = field(default_factory=dict)   # the context's headings: kind → flow index
    held_heads: set[int] = field(default_factory=set)          # those a target's context holds

    def enter(self, h: Heading, index: int) -> None:
        """A context heading: those it closes (its level and below) that no target holds are loose."""
        for kind in CONTEXT_KINDS[CONTEXT_KINDS.index(h.kind):]:
            if kind in self.open_heads and (i := self.open_heads.pop(kind)) not in self.held_heads:
                self.loose.add(i)
        self.open_heads[h.kind] = index

    def close(self) -> None:
        self.loose |= set(self.open_heads.values()) - self.held_heads


def _with_major(ctx: Context, major: str) -> Context:
    return replace(ctx, major_goal=major)


def _on_label(w: _Walk, ev: Event) -> None:
    assert ev.label is not None and ev.line is not None
    kind, number, same_line = ev.label
    w.collecting = None   # 戦略目標 blocks are not targets
    if kind == "大目標":
        w.ctx = _with_major(w.ctx, same_line)
        w.collecting = "major" if not same_line else None
    elif kind in ("具体目標", "目標"):
        if w.ctx.major_goal == BULLET:
            w.ctx = _with_major(w.ctx, "")
        w.current = RawTarget(replace(w.ctx), kind + number, same_line, ev.line.page)
        w.held_heads |= set(w.open_heads.values())
        w.targets.append(w.current)
        w.collecting = "text"
    else:   # 戦略目標: no target
        w.loose.add(ev.index)


def _on_text(w: _Walk, line: TextLine, index: int, mark: str) -> None:
    if w.collecting == "text" and w.current is not None:
        w.current.text = join_lines([w.current.text, line.text]) if w.current.text else join_lines([line.text])
    elif w.collecting == "major":
        # one statement is the major goal; a bulleted list of several goals names none
        if mark == BULLET or w.ctx.major_goal.startswith(BULLET):
            w.ctx = _with_major(w.ctx, BULLET)
            w.loose.add(index)
        else:
            w.ctx = _with_major(w.ctx, join_lines([w.ctx.major_goal, line.text]))
    elif w.collecting == "inline" and w.current is not None:
        w.current.inline_lines.append(line)
    else:   # a note over or under a table, a cover's subtitle, a 戦略目標 block: the file's text outside its lists
        w.loose.add(index)


def _on_run(w: _Walk, run: TableRun, source: str, page: int) -> None:
    if w.current is None:
        w.problems.append(Problem(source, page, "table_outside_target", "|".join(run.header)))
        return
    init, mins, extras = column_roles(run.header)
    w.current.text_col, w.current.min_col, w.current.extras = init if init is not None else 0, mins, extras
    w.current.runs.append(run)


def walk_targets(events: list[Event], source: str) -> _Walk:
    """Targets with their heading context, text, table runs and ＜取組＞ lines."""
    w = _Walk()
    for ev in events:
        # between a target's label and its table everything is the target's text: an ① line
        # there is an item of a list in it, not a heading, even where the two look alike
        if ev.kind == "heading" and ev.heading is not None \
                and not (w.collecting == "text" and ev.heading.kind == "item"):
            w.ctx, w.collecting = _set_context(w.ctx, ev.heading), None
            if ev.heading.kind in CONTEXT_KINDS:
                w.enter(ev.heading, ev.index)
            else:
                w.loose.add(ev.index)
        elif ev.kind == "label":
            _on_label(w, ev)
        elif ev.kind == "inline":
            w.collecting = "inline" if w.current is not None else None
        elif ev.kind in ("text", "heading") and ev.line is not None:
            _on_text(w, ev.line, ev.index, ev.mark)
        elif ev.kind == "run" and ev.run is not None:
            _on_run(w, ev.run, source, ev.page)
        if ev.kind in ("run", "table_end"):
            w.collecting = None
    w.close()
    return w


def read_appendix(flow: Flow, headings: HeadingIndex) -> AppendixRead:
    """classify → join_table_runs → walk_targets, then each target's rows stitched."""
    runs = join_table_runs(classify(flow, headings), flow.source, flow.settings.tables.columns_match)
    walk = walk_targets(runs.out, flow.source)
    for t in walk.targets:
        for run in t.runs:
            t.rows.extend(run.rows())
        if len(t.rows) == 1 and REPOSTED.match(key("".join(t.rows[0].lines(t.text_col)))):
            t.reposted = True
            t.rows = []
    problems = sorted(runs.problems + walk.problems, key=lambda p: p.page or 0)  # document order
    return AppendixRead(walk.targets, runs.abbreviations, problems, walk.loose)
