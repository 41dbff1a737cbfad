"""The abbreviation table printed at the end of an appendix (略称 | [所属] | 府省庁名), read as
printed and checked against the registry: what the rows use but the table omits, what the table
prints under another spelling, what the table lists that the registry does not know.

The parent body (内閣官房, 内閣府 …) is printed once for the rows under it, either in a cell merged
down over them or in the first of them with the cells below left blank. A merged cell reaches every
row it spans; a blank cell takes the parent printed above it only where the registry confirms that
parent for the row's body (a blank cell alone cannot say where the group ends: 個情 under 警's
国家公安委員会 is no member of it)."""
from __future__ import annotations

from normalizers.ministries import Registry, printed_key
from normalizers.text import clean
from extractors.records import Initiative, Problem, Table


def table_rows(t: Table) -> list[list[str]]:
    """The fragment's rows as printed: a merged cell's text at every row it spans (in its first
    column), a cell spanning several columns read whole in its first one."""
    rows = [[clean("".join(c.text_lines)) for c in r.cells] for r in t.rows]
    drawn = max((r + rs for r, _, rs, _ in t.merged), default=len(rows))
    skipped = drawn - len(rows)   # header rows the fragment dropped (tables.with_header)
    for r, c, rs, cs in t.merged:
        span = [i - skipped for i in range(r, r + rs) if 0 <= i - skipped < len(rows)]
        if not span or (rs == 1 and cs == 1):
            continue
        text = "".join(rows[i][k] for i in span for k in range(c, min(c + cs, len(rows[i]))))
        for i in span:
            rows[i][c:c + cs] = [text] + [""] * (min(c + cs, len(rows[i])) - c - 1)
    return rows


def printed_abbreviations(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """(abbreviation, parent, name) per row: the name is the row's last filled cell, the parent
    what is printed between the abbreviation and the name (empty in a two-column table)."""
    out = []
    for r in rows:
        if not r or not r[0].strip():
            continue
        filled = [c.strip() for c in r[1:] if c.strip()]
        out.append((r[0].strip(), "".join(filled[:-1]), filled[-1] if filled else ""))
    return out


def _parents_confirmed(table: list[tuple[str, str, str]], registry: Registry) -> list[tuple[str, str, str]]:
    """A blank parent cell takes the parent printed above it where the registry agrees."""
    out, above = [], ""
    for abbr, parent, name in table:
        if parent:
            above = parent
        else:
            m = registry.resolve(abbr)
            parent = above if above and m is not None and printed_key(m.parent) == printed_key(above) else ""
        out.append((abbr, parent, name))
    return out


def check(rows: list[list[str]], initiatives: list[Initiative], registry: Registry,
          source: str) -> tuple[list[tuple[str, str, str]], list[Problem]]:
    table = _parents_confirmed(printed_abbreviations(rows), registry)
    problems: list[Problem] = []
    if not table:
        return table, problems
    printed = {printed_key(a) for a, _, _ in table}
    table_ids = {}
    for abbr, _, _ in table:
        m = registry.resolve(abbr)
        if m is None:
            problems.append(Problem(source, None, "unknown_ministry_in_table", abbr))
        else:
            table_ids[m.id] = abbr
    used: dict[str, str] = {}
    for ini in initiatives:
        for ref in ini.ministries:
            if ref.ministry_id:
                used.setdefault(ref.printed, ref.ministry_id)
    for p, mid in sorted(used.items(), key=lambda kv: kv[1]):
        if printed_key(p) in printed:
            continue
        if mid in table_ids:
            problems.append(Problem(source, None, "registry_note",
                                    f"rows print {p} where the abbreviation table prints {table_ids[mid]} ({mid})", "note"))
        else:
            problems.append(Problem(source, None, "registry_note",
                                    f"rows use {p} ({mid}), which the abbreviation table omits", "note"))
    return table, problems
