"""The abbreviation table printed at the end of an appendix (略称 | 府省庁名), checked
against the registry: what the rows use but the table omits, what the table prints under
another spelling, what the table lists that the registry does not know."""
from __future__ import annotations

from normalizers.ministries import Registry, printed_key
from extractors.records import Initiative, Problem


def printed_abbreviations(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(abbreviation, printed name) per row; the name is the rest of the row joined (merged
    cells make parent and name columns unreliable, and the registry holds both anyway)."""
    return [(r[0].strip(), "".join(c.strip() for c in r[1:])) for r in rows if r and r[0].strip()]


def check(rows: list[list[str]], initiatives: list[Initiative], registry: Registry,
          source: str) -> tuple[list[tuple[str, str]], list[Problem]]:
    table = printed_abbreviations(rows)
    problems: list[Problem] = []
    if not table:
        return table, problems
    printed = {printed_key(a) for a, _ in table}
    table_ids = {}
    for abbr, _ in table:
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
