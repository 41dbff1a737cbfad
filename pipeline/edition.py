"""One edition from its files: run the structure stages on each file and gather the results,
with a parsing report (what was found, what was not, and why) and a status."""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors import abbreviation_table, initiatives as initiative_stage
from extractors.appendix import read_appendix
from extractors.cover import Cover
from extractors.goals import find_goals
from extractors.headings import find_headings
from extractors.page_flow import build_flow
from extractors.paragraphs import find_paragraphs
from normalizers.ministries import load_registry
from extractors.records import (Footnote, Goal, Heading, Initiative, Paragraph, Problem, SourceDoc,
                              Target)


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
    abbreviations: list[tuple[str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    has_main: bool = False
    has_appendix: bool = False

    @property
    def is_strategy(self) -> bool:
        return bool(self.headings or self.goals or self.targets or self.initiatives)

    @property
    def status(self) -> str:
        if not self.is_strategy:
            return "failure"
        return "partial" if any(p.severity == "error" for p in self.problems) else "success"

    def report(self) -> dict:
        missing = []
        if not self.is_strategy:
            missing.append("no heading tree, goal blocks or initiative tables were found")
        if self.has_main and not self.headings:
            missing.append("main body without headings")
        if self.has_appendix and not self.initiatives:
            missing.append("appendix without initiative rows")
        return {
            "status": self.status,
            "found": {"headings": len(self.headings), "goals": len(self.goals),
                      "footnotes": len(self.footnotes), "paragraphs": len(self.paragraphs),
                      "targets": len(self.targets), "initiatives": len(self.initiatives),
                      "reposted_targets": sum(t.reposted for t in self.targets),
                      "initiatives_with_lead": sum(any(r.is_lead for r in i.ministries) for i in self.initiatives),
                      "rows_split_across_pages": sum(i.page_end != i.page_start for i in self.initiatives)},
            "missing": missing,
            "problems": {sev: sum(p.severity == sev for p in self.problems) for sev in ("error", "warning", "note")},
        }


def _role_order(doc: SourceDoc, cover: Cover) -> tuple[int, str]:
    return (0 if cover.role == "main" else 1, doc.name)


def assemble(docs: list[tuple[SourceDoc, Cover]], edition: str) -> Edition:
    registry = load_registry()
    docs = sorted(docs, key=lambda dc: _role_order(*dc))
    main_cover = next((c for _, c in docs if c.role == "main"), docs[0][1])
    ed = Edition(edition, main_cover)
    for doc, cover in docs:
        ed.files.append(FileInfo(doc.name, doc.sha256, doc.size, doc.page_count, cover.role))
        flow = build_flow(doc)
        headings = find_headings(flow)
        if cover.role == "main":
            ed.has_main = True
            offset = len(ed.headings)
            for h, _ in headings.values():
                h.seq += offset
                ed.headings.append(h)
            goals, used = find_goals(flow, headings)
            gseq = max((g.seq for g in ed.goals), default=0)
            for g in goals:
                g.seq += gseq
                g.heading_seq = g.heading_seq + offset if g.heading_seq is not None else None
            ed.goals.extend(goals)
            ed.footnotes.extend(flow.footnotes)
            poff = len(ed.paragraphs)
            for p in find_paragraphs(flow, headings, used, cover_pages=1 if cover.edition else 0):
                p.seq += poff
                p.heading_seq = p.heading_seq + offset if p.heading_seq is not None else None
                ed.paragraphs.append(p)
        read = read_appendix(flow, headings)
        if not any(t.rows or t.inline_lines or t.reposted for t in read.targets) and not read.abbreviation_rows:
            continue  # a main body without initiative lists: its goal blocks are not targets
        ed.has_appendix = ed.has_appendix or cover.role == "appendix" or bool(read.targets)
        ed.problems.extend(read.problems)
        rules = {p.number: p.rules for p in doc.pages}
        targets, inits, problems = initiative_stage.build(read.targets, registry, rules, doc.name)
        toff, ioff = len(ed.targets), len(ed.initiatives)
        for t in targets:
            t.seq += toff
        for i in inits:
            i.seq += ioff
            i.target_seq += toff
        ed.targets.extend(targets)
        ed.initiatives.extend(inits)
        ed.problems.extend(problems)
        table, notes = abbreviation_table.check(read.abbreviation_rows, inits, registry, doc.name)
        ed.abbreviations.extend(table)
        ed.problems.extend(notes)
    return ed
