"""One edition from its files: run the structure stages on each file and gather the results,
with a parsing report (what was found, what was not, and why) and a status."""
from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from extractors import abbreviation_table, initiatives as initiative_stage
from extractors.appendix import AppendixRead, read_appendix
from extractors.cover import Cover, closing_date, dated, effective_date
from extractors.issuer import closing_signer
from extractors.goals import find_goals
from extractors.headings import find_headings
from extractors.page_flow import build_flow
from extractors.paragraphs import find_paragraphs, loose_paragraphs
from normalizers.ministries import load_registry
from extractors.records import (Flow, Footnote, Furniture, Goal, Heading, HeadingIndex, Initiative,
                                Paragraph, Problem, SourceDoc, TableCell, Target, ContentsEntry)
from extractors.contents_table import contents_table, unmatched_entries
from extractors.contents import contents_title
from extractors.ruled_tables import repeated_headers, table_cells
from extractors.settings import DEFAULT, Settings


@dataclass(slots=True)
class FileInfo:
    name: str
    sha256: str
    size: int
    pages: int
    role: str


@dataclass(slots=True)
class Edition:
    edition: str
    cover: Cover
    files: list[FileInfo] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    abbreviations: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    tables: list[TableCell] = field(default_factory=list)
    contents: list[ContentsEntry] = field(default_factory=list)
    contents_title: str = ""   # the contents' own title as printed (目次): contents.contents_title
    has_main: bool = False
    has_appendix: bool = False

    @property
    def is_strategy(self) -> bool:
        """A strategy edition: goal blocks (戦略目標, 大目標, 具体目標), targets or initiatives were
        found. Headings alone do not make one: any document has headings."""
        return bool(self.goals or self.targets or self.initiatives)

    @property
    def kind(self) -> str:
        return "edition" if self.is_strategy else "document"

    @property
    def status(self) -> str:
        return "partial" if any(p.severity == "error" for p in self.problems) else "success"

    def missing(self) -> list[str]:
        """What a strategy edition has that this one lacks, in words."""
        missing = []
        if not self.is_strategy:
            missing.append("no goal blocks (戦略目標, 大目標, 具体目標), targets or initiative tables")
        if self.is_strategy and not self.has_main:
            missing.append("main body (本文): not among the files read, so no headings, goals or footnotes")
        if self.is_strategy and not self.has_appendix:
            missing.append("appendix (別紙): not among the files read, so no targets or initiatives")
        if self.has_main and not self.headings:
            missing.append("main body without headings")
        if self.has_appendix and not self.initiatives:
            missing.append("appendix without initiative rows")
        return missing

    def report(self) -> dict:
        return {
            "kind": self.kind,
            "status": self.status,
            "found": {"headings": len(self.headings), "goals": len(self.goals),
                      "footnotes": len(self.footnotes), "paragraphs": len(self.paragraphs),
                      "targets": len(self.targets), "initiatives": len(self.initiatives),
                      "reposted_targets": sum(t.reposted for t in self.targets),
                      "initiatives_with_lead": sum(any(r.is_lead for r in i.ministries) for i in self.initiatives),
                      "rows_split_across_pages": sum(i.page_end != i.page_start for i in self.initiatives)},
            "missing": self.missing(),
            "problems": {sev: sum(p.severity == sev for p in self.problems) for sev in ("error", "warning", "note")},
        }


# what the layout stage met while reading: a damaged text layer or a page over a budget means
# data is likely missing (error: status partial, exit 3); replaced characters are a warning
_READ_SEVERITY = {"damaged_pdf": "error", "drawings_over_budget": "error", "no_text_layer": "error",
                  "unreadable_characters": "warning", "rotated_over_text": "note", "actual_text_astray": "note",
                  "damaged_outline": "note", "font_by_collection": "note", "cmap_codespace_capped": "note",
                  "cmap_codespace_missing": "note", "font_metrics_replaced": "note", "ocr_found_few_words": "note",
                  "text_painted_over": "note", "text_unprinted": "note"}


def _role_order(part: "Edition") -> tuple[int, str]:
    return (0 if part.cover.role == "main" else 1, part.files[0].name if part.files else "")


def _shifted(records: list, **offsets: int) -> list:
    """Copies of `records` with each named number field moved on by its offset (None stays
    None): one file's seqs continue after the files before it in the edition."""
    if not any(offsets.values()):
        return list(records)   # nothing to move: the first file's records as they are
    out = []
    for r in records:
        changes = {f: getattr(r, f) + n for f, n in offsets.items() if getattr(r, f) is not None}
        out.append(replace(r, **changes))
    return out


def add_main_body(ed: Edition, flow: Flow, index: HeadingIndex, cover: Cover, listed: set[int]) -> None:
    """Headings, goals, footnotes and paragraphs of a main body (one file: seqs from 1);
    `listed` are the flow indexes of initiative lines (＜取組＞ bullets), which are no paragraphs."""
    ed.has_main = True
    ed.headings.extend(index.headings())
    goals, used = find_goals(flow, index)
    ed.goals.extend(goals)
    ed.footnotes.extend(flow.footnotes)
    ed.paragraphs.extend(find_paragraphs(flow, index, used | listed, cover_pages=1 if cover.edition else 0,
                                         cover_at=cover.title_at + cover.subtitle_at + cover.labels_at, kept_at=cover.kept_at))


def add_appendix(ed: Edition, doc: SourceDoc, read: AppendixRead, cover: Cover, settings: Settings) -> None:
    """Targets and initiatives of the file's initiative lists (ruled tables or ＜取組＞ bullets)
    and the printed abbreviation table checked (one file: seqs from 1)."""
    if not has_lists(read):
        return  # a main body without initiative lists: its goal blocks are not targets
    ed.has_appendix = ed.has_appendix or cover.role == "appendix" or bool(read.targets)
    ed.problems.extend(read.problems)
    registry = load_registry()
    rules = {p.number: p.rules for p in doc.pages}
    targets, inits, problems = initiative_stage.build(read.targets, registry, rules, doc.name, settings)
    ed.targets.extend(targets)
    ed.initiatives.extend(inits)
    ed.problems.extend(problems)
    table, notes = abbreviation_table.check(read.abbreviation_rows, inits, registry, doc.name)
    ed.abbreviations.extend(table)
    ed.problems.extend(notes)


def has_lists(read: AppendixRead) -> bool:
    return any(t.rows or t.inline_lines or t.reposted for t in read.targets) or bool(read.abbreviation_rows)


def listed_lines(flow: Flow, read: AppendixRead) -> set[int]:
    """Flow indexes of the ＜取組＞ bullet lines the initiatives were read from."""
    taken = {id(line) for t in read.targets for line in t.inline_lines}
    return {i for i, it in enumerate(flow.items) if id(it) in taken} if has_lists(read) else set()


# a file whose first page's text reads as no title (extractors/cover.read_cover: a title drawn as a picture or as
# outlined letters, a masthead's, a page of items side by side): its title is empty, never another line's words
_NO_TITLE_READ = "no row of the first page's text reads as the title (drawn as a picture or outlines, or none printed)"


def read_part(doc: SourceDoc, cover: Cover, settings: Settings = DEFAULT) -> Edition:
    """One file's share of an edition, numbered on its own (seqs from 1): the structure stages
    run on the file's flow. A worker sends this back; merge() puts an edition together."""
    ed = Edition("", cover)
    ed.files.append(FileInfo(doc.name, doc.sha256, doc.size, doc.page_count, cover.role))
    ed.problems.extend(Problem(doc.name, page, what, said, _READ_SEVERITY.get(what, "error"))
                       for page, what, said in doc.warnings)
    if not cover.title and doc.page_count:   # said, never guessed: no line is promoted to a title the text lacks
        ed.problems.append(Problem(doc.name, 1, "title_not_read", _NO_TITLE_READ, "note"))
    flow = build_flow(doc, settings)
    ed.furniture.extend(flow.furniture + repeated_headers(flow))
    ed.tables.extend(table_cells(flow))
    index = find_headings(flow, cover)
    # the day the 附則 says the rules take effect, and a judgment's closing date: the last links of the cover's
    # date chain (cover.DATE_CHAIN), each filling only a date no earlier link gave
    ed.cover = dated(cover, replace(cover.dated_by, takes_effect=effective_date(flow, index), closing=closing_date(flow)))
    if not cover.issuer:   # a judgment's court signing under its closing date: the issuer where the cover read none
        ed.cover = replace(ed.cover, issuer=closing_signer(flow))
    contents = contents_table(flow, index.headings(), flow.furniture)
    ed.contents.extend(contents)
    ed.contents_title = contents_title(flow.items, flow.contents)
    read = read_appendix(flow, index)
    # a main body, or an overview (概要): a document of its own, read whole; so is a file named 別紙 of no
    # edition that holds no initiative list (a form, 別紙様式１, or an annex of prose): its text is in no list
    # to be read from (an edition's appendix without lists is said in its report: "appendix without
    # initiative rows"; its headings are no part of the main body's tree)
    lists = has_lists(read)
    body = cover.role != "appendix" or not (lists or cover.edition)
    if body:
        ed.problems.extend(Problem(doc.name, None, "heading_not_found", title, "note")
                           for title in unmatched_entries(contents, index.headings(), doc.outline,
                                                           settings.headings.contents_letters))
        add_main_body(ed, flow, index, cover, listed_lines(flow, read))
    else:   # an appendix read for its lists: its text outside them is its paragraphs (written after the lists)
        # the appendix's subtitle stays its paragraph: an edition's document.json holds its main body's cover only
        ed.paragraphs.extend(loose_paragraphs(flow, index, read.loose, cover.title_at + cover.labels_at))
    add_appendix(ed, doc, read, cover, flow.settings)
    a = settings.accounting   # every file: a main body, a document, an appendix read for its lists
    ed.problems.extend(unaccounted(doc, ed, a.unaccounted_share, a.unaccounted_least))
    return ed


# ﾞ ﾟ and the combining (han)dakuten, each looked for by str's own search (a document's whole text: the regex module
# read every character's class, some fifteen times the cost)
_SOUND_MARKS = ("\uff9e", "\uff9f", "\u3099", "\u309a")
_CODE_POINTS = f"utf-32-{sys.byteorder[0]}e"   # a text's code points as machine integers (_letters)


def _letters(text: str) -> Counter:
    """The letters (Unicode L*, after NFKC) of a text, counted: each distinct character normalised once. A
    text with a sound mark set apart (half-width ﾚﾎﾞ, as an Excel sheet's text layer prints it) is normalised
    whole first: NFKC composes ﾎﾞ into ボ, the letter the datasets hold (normalised alone, ﾎ is ホ and ﾞ no
    letter, and every ボ held would leave a ホ printed in no dataset).
    The characters are counted by code point, the text's UTF-32 read as integers (a lone surrogate passed as
    its own): counting the string itself made a one-letter string of every kanji and kana and hashed it, 2.4
    times the cost, and the two counts are most of what the accounting (unaccounted) costs."""
    if any(mark in text for mark in _SOUND_MARKS):
        text = unicodedata.normalize("NFKC", text)
    out: Counter = Counter()
    for point, n in Counter(memoryview(text.encode(_CODE_POINTS, "surrogatepass")).cast("I")).items():
        for c in unicodedata.normalize("NFKC", chr(point)):
            if unicodedata.category(c)[0] == "L":
                out[c] += n
    return out


def _held(ed: Edition) -> Iterator[str]:
    """Every text the part's datasets hold: the records' printed fields and the cover's."""
    c = ed.cover
    yield from (c.title, c.subtitle, c.date_as_printed, c.issuer, c.decided_by, *c.labels, ed.contents_title)
    for h in ed.headings:
        yield from (h.label, h.title)
    for g in ed.goals:
        yield from (g.kind, g.label, g.text)
    yield from (f.text for f in ed.footnotes)
    yield from (p.text for p in ed.paragraphs)
    yield from (f.text for f in ed.furniture)
    yield from (t.text for t in ed.tables)
    for e in ed.contents:
        yield from (e.label, e.title)
    major = ""
    for t in ed.targets:
        k = t.context
        yield from (t.label, t.text, k.part, k.part_title, k.chapter, k.section, k.subsection, k.band, k.major_goal)
        if k.major_goal and k.major_goal != major:   # its label is the column (major_goal), as goals.csv's kind
            major = k.major_goal
            yield "大目標"
    for i in ed.initiatives:
        yield i.text
        yield from (m.printed for m in i.ministries)
    for row in ed.abbreviations:
        yield from row


def unaccounted(doc: SourceDoc, ed: Edition, share: float, least: int = 0) -> list[Problem]:
    """Nothing is dropped silently: the letters the file's pages print (their text lines as read) that no
    dataset of its part holds — headings, goals, footnotes, paragraphs, targets, initiatives, abbreviations,
    furniture, table cells, contents, the cover's title, issuer and labels —, when more than `share` of them
    are missing and more than `least` letters, make one problem naming how many and the letters most missed
    (an error: the file was not read whole, pipeline.reading.INCOMPLETE). Below the share are the letters a
    reading turns into a form of its own (a date in ISO form, a mark read as a label, the contents' title)."""
    printed = _letters("\n".join(ln.text for page in doc.pages for ln in page.lines))
    total = sum(printed.values())
    if not total:
        return []
    missing = printed - _letters("\n".join(_held(ed)))
    lost = sum(missing.values())
    if lost <= max(share * total, least):
        return []
    most = "".join(ch for ch, _ in missing.most_common(20))
    return [Problem(doc.name, None, "text_not_in_datasets", f"{lost} of the {total} letters its pages print "
                    f"({lost / total:.0%}) are in no dataset; most missed: {most}", "error")]


def _edition_cover(parts: list[Edition]) -> Cover:
    """The edition's cover (document.json's): its main body's; with none, its first part's (sorted: _role_order).
    An appendix read for its lists keeps its subtitle as its paragraph (read_part: loose_paragraphs — an edition's
    document.json holds its main body's cover, where the subtitle of an appendix beside it would be held nowhere),
    so the cover of such a part, when it is the edition's, holds no subtitle: each text held once (the 2021 edition,
    its appendix alone: ～AI戦略2021の取組一覧～ was document.json's subtitle and its first paragraph)."""
    main = next((p.cover for p in parts if p.cover.role == "main"), None)
    if main is not None:
        return main
    first = parts[0]
    return first.cover if first.has_main else replace(first.cover, subtitle="", subtitle_at=())


def merge(parts: list[Edition], edition: str) -> Edition:
    """One edition from its files' parts: main bodies first, then appendices, in name order;
    each part's numbers continue after those of the parts before it."""
    parts = sorted(parts, key=_role_order)
    ed = Edition(edition, _edition_cover(parts))
    for p in parts:
        heading_off, target_off = len(ed.headings), len(ed.targets)
        ed.files += p.files
        ed.problems += p.problems
        ed.furniture += p.furniture
        ed.tables += _shifted(p.tables, table_id=max((c.table_id for c in ed.tables), default=0))
        ed.contents += _shifted(p.contents, seq=len(ed.contents))
        ed.contents_title = ed.contents_title or p.contents_title   # the first file's that prints one (the main body's)
        ed.headings += _shifted(p.headings, seq=heading_off)
        ed.goals += _shifted(p.goals, seq=max((g.seq for g in ed.goals), default=0), heading_seq=heading_off)
        ed.footnotes += p.footnotes
        ed.paragraphs += _shifted(p.paragraphs, seq=len(ed.paragraphs), heading_seq=heading_off)
        ed.targets += _shifted(p.targets, seq=target_off)
        ed.initiatives += _shifted(p.initiatives, seq=len(ed.initiatives), target_seq=target_off)
        ed.abbreviations += p.abbreviations
        ed.has_main = ed.has_main or p.has_main
        ed.has_appendix = ed.has_appendix or p.has_appendix
    return ed


def assemble(docs: list[tuple[SourceDoc, Cover]], edition: str) -> Edition:
    """One edition from its files read in full (in one process: tests, the benchmark)."""
    return merge([read_part(doc, cover) for doc, cover in docs], edition)
