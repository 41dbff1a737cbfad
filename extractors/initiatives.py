"""Initiative records from the rows under each target: text, ministries, lead, provenance.

Table rows read the initiative and ministry columns; inline bullets (・text【文、経】, the
convention of editions without appendix tables) read the 【…】 group that ends the bullet. Each ministry is
resolved through the registry; an abbreviation the registry does not know is kept as printed
and reported as a problem, never dropped.
"""
from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field

import regex

from extractors.appendix import RawTarget
from extractors.line_roles import list_item_starts
from extractors.ministry_cells import leads, parse_ministry_cell
from extractors.underlines import Glyph, glyphs_of, underlined
from normalizers.ministries import Registry
from normalizers.text import BULLET, clean, join_lines, key
from normalizers.variants import compare_key
from extractors.records import Initiative, MinistryRef, Problem, Rule, Target, TextLine
from extractors.settings import DEFAULT, Settings

_REPOST_MARK = regex.compile(r"[（(]再掲[）)]\s*$")


def without_repost_mark(text: str) -> str:
    """The target's text without the (再掲) mark that closes a reposted target's text: the text it was first
    listed with, keyed to find that target (_target) and by the diff (pipeline/diff/load.target_key)."""
    return _REPOST_MARK.sub("", text)
_BRACKETED_TAIL = regex.compile(r"【([^【】]*)】\s*$")


def stable_id(prefix: str, text: str, seen: dict[str, int]) -> str:
    """A readable id from the text's comparison key (glyph variants folded), the same in every
    edition; repeats get ~2, ~3."""
    base = prefix + hashlib.sha256(compare_key(text).encode("utf-8")).hexdigest()[:10]
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}~{seen[base]}"


def _closest(text_key: str, earlier: dict[str, str], threshold: float) -> str:
    """The earlier target whose text is nearest (a reposted target may be reworded slightly)."""
    best, best_ratio = "", threshold
    for k, tid in earlier.items():
        ratio = difflib.SequenceMatcher(None, text_key, k, autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = tid, ratio
    return best


def _cell_glyphs(pieces: list[tuple[int, list]], rules: dict[int, list[Rule]],
                 settings: Settings) -> tuple[str, list[bool]]:
    text, flags = "", []
    for page, spans in pieces:
        gl = glyphs_of(spans, settings.layout)
        fl = underlined(gl, rules.get(page, []), settings.underlines, settings.underlines.mark_length)
        if text and gl:
            text += "\n"
            flags.append(False)
        text += "".join(g.c for g in gl)
        flags.extend(fl)
    return text, flags


def _refs(text: str, flags: list[bool], registry: Registry, source: str, page: int,
          problems: list[Problem]) -> list[MinistryRef]:
    entries = parse_ministry_cell(text, flags)
    is_lead = leads(entries)
    refs = []
    for e, lead in zip(entries, is_lead):
        printed = clean(e.printed).replace(" ", "")
        m = registry.resolve(printed)
        if m is None:
            problems.append(Problem(source, page, "unknown_ministry", printed))
        refs.append(MinistryRef(printed, m.id if m else "", lead))
    return refs


def _inline_items(lines: list[TextLine], same_indent: float) -> list[list[TextLine]]:
    """The list's lines grouped into items (where they begin: line_roles.list_item_starts)."""
    items: list[list[TextLine]] = []
    for l, starts in zip(lines, list_item_starts(lines, same_indent)):
        if starts:
            items.append([l])
        else:
            items[-1].append(l)
    return items


@dataclass(slots=True)
class _Build:
    """What build() gathers for one file."""
    registry: Registry
    rules: dict[int, list[Rule]]
    source: str
    settings: Settings
    targets: list[Target] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    target_ids: dict[str, int] = field(default_factory=dict)
    initiative_ids: dict[str, int] = field(default_factory=dict)
    by_text: dict[str, str] = field(default_factory=dict)   # target text key → first target id

    def add(self, text: str, target_seq: int, refs: list[MinistryRef], pages: tuple[int, int],
            extra: dict[str, str] | None = None) -> None:
        self.initiatives.append(Initiative(stable_id("I", text, self.initiative_ids), len(self.initiatives) + 1,
                                           target_seq, text, refs, pages[0], pages[1], self.source, extra or {}))


def _target(b: _Build, n: int, rt: RawTarget) -> None:
    tid = stable_id("T", rt.text, b.target_ids)   # not the label: a renumbered target keeps its id
    t = Target(tid, n, rt.context, clean(rt.label), rt.text, rt.page, rt.reposted)
    base_key = key(without_repost_mark(rt.text))
    if rt.reposted:
        t.reposted_from = b.by_text.get(base_key, "") or _closest(base_key, b.by_text,
                                                                    b.settings.initiatives.repost_similarity)
        if not t.reposted_from:
            b.problems.append(Problem(b.source, rt.page, "reposted_target_not_found", rt.text[:80], "warning"))
    else:
        b.by_text.setdefault(base_key, tid)
    b.targets.append(t)


def _table_rows(b: _Build, n: int, rt: RawTarget) -> None:
    """Initiatives of a target's table rows: the text column, the ministry column's glyphs."""
    for row in rt.rows:
        itext = join_lines(row.lines(rt.text_col))
        ctext, flags = _cell_glyphs(row.spans(rt.min_col), b.rules, b.settings) if rt.min_col is not None else ("", [])
        refs = _refs(ctext, flags, b.registry, b.source, row.page_start, b.problems)
        if not itext:
            b.problems.append(Problem(b.source, row.page_start, "row_without_text", ctext[:80]))
            continue
        extra = {name: join_lines(row.lines(c)) for c, name in rt.extras.items()}
        b.add(itext, n, refs, (row.page_start, row.page_end), extra)


def _inline_rows(b: _Build, n: int, rt: RawTarget) -> None:
    """Initiatives of ＜取組＞ bullets: the text, then the 【…】 group of ministries that ends it."""
    for item in _inline_items(rt.inline_lines, b.settings.typography.same_indent):
        glyphs: list[Glyph] = []
        flags: list[bool] = []
        for line in item:
            gl = glyphs_of(line.source.spans, b.settings.layout)
            glyphs.extend(gl)
            flags.extend(underlined(gl, b.rules.get(line.page, []), b.settings.underlines,
                                    b.settings.underlines.mark_length))
        raw_text = "".join(g.c for g in glyphs)
        m = _BRACKETED_TAIL.search(raw_text)
        if m:
            body, ctext, cflags = raw_text[:m.start()], m.group(1), flags[m.start(1):m.end(1)]
        else:
            body, ctext, cflags = raw_text, "", []
            b.problems.append(Problem(b.source, item[0].page, "initiative_without_ministries",
                                      clean(raw_text)[:80], "warning"))
        itext = clean(body)
        itext = itext[1:].strip() if itext.startswith(BULLET) else itext
        refs = _refs(ctext, cflags, b.registry, b.source, item[0].page, b.problems)
        b.add(itext, n, refs, (item[0].page, item[-1].page))


def build(raw: list[RawTarget], registry: Registry, rules: dict[int, list[Rule]],
          source: str, settings: Settings = DEFAULT) -> tuple[list[Target], list[Initiative], list[Problem]]:
    """Targets and initiatives of one file in document order; `rules` are its pages' rules."""
    b = _Build(registry, rules, source, settings)
    for n, rt in enumerate(raw, start=1):
        _target(b, n, rt)
        _table_rows(b, n, rt)
        _inline_rows(b, n, rt)
    return b.targets, b.initiatives, b.problems
