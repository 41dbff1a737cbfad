"""Renderers of a Diff: change tables (CSV), and the 新旧対照表 report as Markdown and as one
self-contained HTML file. Changed wording is marked on both sides at word boundaries (fugashi)."""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from normalizers.variants import compare_key
from normalizers.words import shown_tokens
from pipeline.diff.compare import Change, Diff
from pipeline.diff.lineage import LineageRow, LinkRow, TargetLineageRow
from pipeline.diff.summary import MEASURES, ministry_summary, summary
from pipeline.diff.load import Item, TargetRec
from pipeline.schema import columns
from pipeline.writers import csv_bytes



def _side(item: Item | None) -> dict:
    if item is None:
        return {"id": "", "seq": "", "target_id": "", "lead": "", "text": ""}
    return {"id": item.id, "seq": item.seq, "target_id": item.target_id, "lead": "|".join(item.lead),
            "text": item.text}


def change_rows(d: Diff) -> list[dict]:
    rows = []
    for c in d.changes:
        o, n = _side(c.old), _side(c.new)
        rows.append({"change": c.change, "old_id": o["id"], "new_id": n["id"], "old_seq": o["seq"],
                     "new_seq": n["seq"], "old_target_id": o["target_id"], "new_target_id": n["target_id"],
                     "similarity": f"{c.similarity:.3f}" if c.old and c.new else "",
                     "text_changed": c.text_changed, "ministries_changed": c.ministries_changed,
                     "lead_changed": c.lead_changed, "ministries_added": "|".join(c.ministries_added),
                     "ministries_removed": "|".join(c.ministries_removed), "lead_old": o["lead"],
                     "lead_new": n["lead"], "successions": "|".join(c.successions),
                     "old_text": o["text"], "new_text": n["text"]})
    return rows


def changes_csv(d: Diff, bom: bool = False) -> bytes:
    return csv_bytes(columns("changes.csv"), change_rows(d), bom)


def _target_side(t: TargetRec | None) -> dict:
    if t is None:
        return {"id": "", "seq": "", "label": "", "text": ""}
    return {"id": t.id, "seq": t.seq, "label": t.label, "text": t.text}


def targets_csv(d: Diff, bom: bool = False) -> bytes:
    rows = []
    for t in d.target_changes:
        o, n = _target_side(t.old), _target_side(t.new)
        related = t.related.id if t.related else ""
        rows.append({"change": t.change, "old_target_id": o["id"], "new_target_id": n["id"],
                     "old_seq": o["seq"], "new_seq": n["seq"],
                     "similarity": f"{t.similarity:.3f}" if t.old and t.new else "",
                     "label_changed": t.label_changed, "text_changed": t.text_changed,
                     "split_from": related if t.change == "split" else "",
                     "merged_into": related if t.change == "merged" else "",
                     "old_label": o["label"], "new_label": n["label"], "old_text": o["text"], "new_text": n["text"]})
    return csv_bytes(columns("target_changes.csv"), rows, bom)


ALIGN_CELLS = 1_000_000   # word pairs the alignment of one row's two texts may look at


def align(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes (as difflib's) turning word list a into b, at bounded cost: the common head and
    tail are taken off first (linear), and a middle of more than ALIGN_CELLS word pairs is one
    replacement instead of a quadratic alignment."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    ea, eb = len(a) - tail, len(b) - tail
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, head, 0, head)] if head else []
    if (ea - head) * (eb - head) <= ALIGN_CELLS:
        sm = difflib.SequenceMatcher(None, a[head:ea], b[head:eb], autojunk=False)
        ops += [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in sm.get_opcodes()]
    elif ea > head or eb > head:
        ops.append(("replace", head, ea, head, eb))
    if tail:
        ops.append(("equal", ea, len(a), eb, len(b)))
    return ops


Pieces = tuple[tuple[str, bool], ...]   # a text as runs of words, each (words, changed)


def word_pieces(old: str, new: str) -> tuple[Pieces, Pieces]:
    """Both texts as printed, in runs of words that are the same on both sides or differ
    (compared on their keys, at fugashi word boundaries). Texts with one key (glyph variants,
    layout spaces) are one unchanged run each. Decided once a row, for every renderer."""
    if compare_key(old) == compare_key(new):
        return ((old, False),), ((new, False),)
    a, b = shown_tokens(old), shown_tokens(new)
    left, right = [], []
    for op, i1, i2, j1, j2 in align([k for _, k in a], [k for _, k in b]):
        ta, tb = "".join(w for w, _ in a[i1:i2]), "".join(w for w, _ in b[j1:j2])
        if ta:
            left.append((ta, op != "equal"))
        if tb:
            right.append((tb, op != "equal"))
    return tuple(left), tuple(right)


def shown(pieces: Pieces, mark, side: str) -> str:
    """The runs wrapped by mark(words, changed, side), side "old" or "new"; joined as Markup,
    which escapes each run mark did not make markup."""
    if len(pieces) == 1:
        return mark(pieces[0][0], pieces[0][1], side)
    return Markup("").join(mark(t, changed, side) for t, changed in pieces)


KIND_LABELS = {"unchanged": "変更なし", "modified": "修正", "moved": "移動", "added": "新設", "removed": "削除"}


@dataclass(slots=True)
class ReportRow:
    """One row of the 新旧対照表 before rendering: texts as word runs, notes as plain text."""
    css: str
    new: Pieces
    old: Pieces
    ministries: Pieces
    labels: list[str]
    note: str
    ministries_old: Pieces = ()   # the old list where ministries or the lead changed (ministries: the new)


@dataclass(slots=True)
class ReportSection:
    id: str
    title: str
    subtitle: str
    part: str = ""
    rows: list[ReportRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def changed(self) -> int:
        return sum(r.css != "unchanged" for r in self.rows)


def _ministries(item: Item) -> str:
    return "、".join(("◎" if m in item.lead else "") + m for m in item.ministries)


def _ministry_list(item: Item, other: Item) -> Pieces:
    """One side's ministries, ◎ before a lead, in the 傍線 convention: a ministry the other side
    lacks, or whose lead mark differs, is a changed run."""
    runs: list[tuple[str, bool]] = []
    for m in item.ministries:
        runs += [("、", False)] if runs else []
        runs.append((("◎" if m in item.lead else "") + m, m not in other.ministries or (m in item.lead) != (m in other.lead)))
    return tuple(runs) or (("—", False),)


def ministry_change(c: Change) -> bool:
    """A paired row whose ministries or lead changed."""
    return c.ministries_changed == "1" or c.lead_changed == "1"


def _labels(c: Change) -> list[str]:
    labels = [KIND_LABELS[c.change]]
    if c.ministries_changed == "1":
        labels.append("府省庁変更")
    if c.lead_changed == "1":
        labels.append("主担当変更")
    return labels if len(labels) == 1 else [label for label in labels if label != "変更なし"]


def _note(c: Change, moved_from: str, linked: str = "") -> str:
    """Where a moved row came from, the row a new one was split from or a removed one merged
    into, ministries gained and lost, the lead before and after."""
    parts = [f"旧: {moved_from} から"] if c.change == "moved" else []
    parts += [linked] if linked else []
    if c.ministries_added or c.ministries_removed:
        parts.append(" ".join(["＋" + m for m in c.ministries_added] + ["−" + m for m in c.ministries_removed]))
    if c.lead_changed == "1" and c.old and c.new:
        parts.append(f"主担当 {'、'.join(c.old.lead) or '—'}→{'、'.join(c.new.lead) or '—'}")
    return "；".join(parts)


def _row(c: Change, moved_from: str, linked: str = "") -> ReportRow:
    new: Pieces
    old: Pieces
    if c.new is None:
        assert c.old is not None
        new, old, shown_item = (("（削る）", False),), ((c.old.text, False),), c.old
    elif c.old is None:
        new, old, shown_item = ((c.new.text, False),), (("（新設）", False),), c.new
    else:
        old, new = word_pieces(c.old.text, c.new.text)
        shown_item = c.new
    css = c.change if c.change != "unchanged" else "ministries" if ministry_change(c) else "unchanged"
    note = _note(c, moved_from, linked)
    if c.old is not None and c.new is not None and ministry_change(c):
        return ReportRow(css, new, old, _ministry_list(c.new, c.old), _labels(c), note, _ministry_list(c.old, c.new))
    return ReportRow(css, new, old, ((_ministries(shown_item), False),), _labels(c), note)


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _title(t: TargetRec, prefix: str = "") -> str:
    return f"{prefix}{t.label}　{t.text}"


def _new_sections(d: Diff) -> dict[str, ReportSection]:
    """A section per target of the new edition, in its order."""
    sections = {}
    for tc in d.target_changes:
        if tc.new is not None:
            note = "（前掲のとおり：取組は再掲元の具体目標に）" if tc.new.reposted else ""
            sections[tc.new.id] = ReportSection(f"t{tc.new.seq}", _title(tc.new),
                                                " ".join(filter(None, [tc.new.heading, note])), tc.new.part)
    return sections


def _old_section(t: TargetRec | None, fallback: str, n: int, d: Diff) -> ReportSection:
    """A section for a target of the old edition only (its rows were all removed)."""
    if t is None:
        return ReportSection(f"old{n}", fallback, "", f"（AI戦略{d.old_edition}のみ）")
    return ReportSection(f"old{t.seq}", _title(t, "（旧）"), t.heading, f"（AI戦略{d.old_edition}のみ）")


def report_sections(d: Diff) -> list[ReportSection]:
    """The 新旧対照表 by 具体目標, in new order: each row under its new target; a removed row
    under the target its old one became, or under its old target (after the others). Built
    once for every renderer; the renderers only escape and mark."""
    became = {tc.old.id: tc.new.id for tc in d.target_changes if tc.old and tc.new}
    olds = {tc.old.id: tc.old for tc in d.target_changes if tc.old}
    sections = _new_sections(d)
    links = _link_notes(d)
    for c in d.changes:
        item = c.new or c.old
        assert item is not None
        key = item.target_id if c.new else became.get(item.target_id, "old:" + item.target_id)
        if key not in sections:
            sections[key] = _old_section(olds.get(item.target_id), item.target_text, len(sections), d)
        moved_from = _short(_title(olds[c.old.target_id])) if c.old and c.old.target_id in olds else ""
        sections[key].rows.append(_row(c, moved_from, links.get(id(c.new or c.old), "")))
    return list(sections.values())


def _link_notes(d: Diff) -> dict[int, str]:
    """id(row) → where an added row was split from, or what a removed row was merged into."""
    out = {}
    for link in d.links:
        if link.relation == "split":
            out[id(link.new)] = f"「{_short(link.old.text, 24)}」から分割"
        elif link.relation == "merged":
            out[id(link.old)] = f"「{_short(link.new.text, 24)}」に統合"
    return out


def _shown_section(s: ReportSection, escape, mark) -> dict:
    """A section as one renderer shows it: texts escaped, changed runs marked."""
    rows = [{"css": r.css, "new": shown(r.new, mark, "new"), "old": shown(r.old, mark, "old"),
             "ministries": shown(r.ministries, mark, "new"),
             "ministries_old": shown(r.ministries_old, mark, "old") if r.ministries_old else "",
             "labels": r.labels, "note": escape(r.note)} for r in s.rows]
    return {"id": s.id, "title": escape(s.title), "subtitle": escape(s.subtitle), "part": s.part,
            "changed": s.changed, "total": s.total, "rows": rows}


def report_parts(sections: list[dict], escape) -> list[dict]:
    """Consecutive sections of one part, as {id, title, sections}: the contents' first level."""
    parts: list[dict] = []
    for s in sections:
        if not parts or parts[-1]["key"] != s["part"]:
            parts.append({"key": s["part"], "id": f"part{len(parts) + 1}", "title": escape(s["part"] or "（部の見出しなし）"),
                          "sections": []})
        parts[-1]["sections"].append(s)
    for p in parts:
        p["changed"] = sum(s["changed"] for s in p["sections"])
        p["total"] = sum(s["total"] for s in p["sections"])
    return parts


def _view(d: Diff, sections: list[ReportSection], escape, mark) -> dict:
    s = summary(d)
    counts = [(KIND_LABELS[k], n) for k, n in s["changes"].items()]
    counts += [("府省庁変更", s["ministry_changes"]), ("主担当変更", s["lead_changes"])]
    ministries = [m for m in s["ministries"] if m["view"] == "merged"]
    for m in ministries:
        m["name"] = escape(m["name"] or m["id"])
    return {"old": escape(d.old_edition), "new": escape(d.new_edition), "counts": counts, "ministries": ministries,
            "parts": report_parts([_shown_section(x, escape, mark) for x in sections], escape)}


def _templates():
    """Every template autoescapes: data reaches the page as text, never as markup (only the
    <ins>/<del> marks built in report_html are Markup, their words escaped)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=True,
                       undefined=StrictUndefined, keep_trailing_newline=True)


def _as_is(text: str) -> str:
    return text


def report_html(d: Diff, sections: list[ReportSection] | None = None) -> bytes:
    """The 新旧対照表 as one self-contained page (the template escapes every text)."""
    def mark(word: str, changed: bool, side: str) -> str:
        tag = "ins" if side == "new" else "del"
        return Markup("<{0}>{1}</{0}>").format(tag, word) if changed and word.strip() else word

    view = _view(d, report_sections(d) if sections is None else sections, _as_is, mark)
    return _templates().get_template("report.html.j2").render(**view).encode("utf-8")


def report_md(d: Diff, sections: list[ReportSection] | None = None) -> bytes:
    """The 新旧対照表 as Markdown: changed words in bold; | and line breaks escaped here, and
    HTML's < > & " ' by the template (a Markdown viewer renders raw HTML)."""
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    def mark(word: str, changed: bool, side: str) -> str:
        return f"**{esc(word)}**" if changed and word.strip() else esc(word)

    view = _view(d, report_sections(d) if sections is None else sections, esc, mark)
    return _templates().get_template("report.md.j2").render(**view).encode("utf-8")


def lineage_csv(rows: list[LineageRow], bom: bool = False) -> bytes:
    return csv_bytes(columns("lineage.csv"), [
        {"lineage_id": r.lineage_id, "edition": r.edition, "seq": r.item.seq, "initiative_id": r.item.id,
         "target_id": r.item.target_id, "change_from_previous": r.change_from_previous,
         "split_from": "|".join(r.split_from), "merged_from": "|".join(r.merged_from),
         "ministries": "|".join(r.item.ministries), "lead": "|".join(r.item.lead), "text": r.item.text}
        for r in rows], bom)


def lineage_links_csv(rows: list[LinkRow], bom: bool = False) -> bytes:
    return csv_bytes(columns("lineage_links.csv"), [
        {"edition_from": r.edition_from, "seq_from": r.seq_from, "edition_to": r.edition_to, "seq_to": r.seq_to,
         "relation": r.relation, "similarity": f"{r.similarity:.3f}"} for r in rows], bom)


def target_lineage_csv(rows: list[TargetLineageRow], bom: bool = False) -> bytes:
    return csv_bytes(columns("target_lineage.csv"), [
        {"target_lineage_id": r.lineage_id, "edition": r.edition, "seq": r.target.seq, "target_id": r.target.id,
         "label": r.target.label, "change_from_previous": r.change_from_previous,
         "split_from": "|".join(r.split_from), "merged_from": "|".join(r.merged_from), "text": r.target.text}
        for r in rows], bom)


def _splits_md(rows: list[LineageRow]) -> list[str]:
    """The rows split from or merged from other lineages, as a table (nothing when none)."""
    linked = [r for r in rows if r.split_from or r.merged_from]
    if not linked:
        return []
    md = ["", "## Splits and merges", "", "| lineage | edition | split from | merged from | text |", "|---|---|---|---|---|"]
    for r in sorted(linked, key=lambda r: (r.edition, r.item.seq)):
        md.append(f"| {r.lineage_id} | {r.edition} | {', '.join(r.split_from) or '—'} | "
                  f"{', '.join(r.merged_from) or '—'} | {r.item.text.replace('|', '｜')} |")
    return md


def lineage_md(rows: list[LineageRow], editions: list[str]) -> bytes:
    """How many lineages run through every edition, start and end in each, and the ten with
    the most ministry changes."""
    by: dict[str, list[LineageRow]] = {}
    for r in rows:
        by.setdefault(r.lineage_id, []).append(r)
    first = Counter(rs[0].edition for rs in by.values())
    last = Counter(rs[-1].edition for rs in by.values())
    full = sum(len(rs) == len(editions) for rs in by.values())
    md = [f"# 系譜: AI戦略{editions[0]} → AI戦略{editions[-1]}", "",
          f"{len(by)} lineages over {len(editions)} editions; {full} run through every edition.", "",
          "| edition | lineages that start here | end here | initiatives |", "|---|---|---|---|"]
    md += [f"| {e} | {first.get(e, 0)} | {last.get(e, 0)} | {sum(r.edition == e for r in rows)} |" for e in editions]
    md += _splits_md(rows)
    busiest = sorted(by.values(), key=lambda rs: (-sum(r.ministry_changes for r in rs), rs[0].lineage_id))[:10]
    md += ["", "## The ten lineages with the most ministry changes", "",
           "| lineage | changes | " + " | ".join(editions) + " | text (latest) |",
           "|---|---|" + "---|" * len(editions) + "---|"]
    for rs in busiest:
        cells = {r.edition: "、".join(r.item.ministries) or "—" for r in rs}
        md.append(f"| {rs[0].lineage_id} | {sum(r.ministry_changes for r in rs)} | "
                  + " | ".join(cells.get(e, "") for e in editions) + f" | {rs[-1].item.text.replace('|', '｜')} |")
    return ("\n".join(md) + "\n").encode("utf-8")


def ministry_summary_csv(d: Diff, bom: bool = False) -> bytes:
    return csv_bytes(columns("ministry_summary.csv"),
                     [{"view": m.view, "ministry_id": m.ministry_id, "name": m.name,
                       **{k: m.counts.get(k, 0) for k in MEASURES}} for m in ministry_summary(d)], bom)


def summary_text(s: dict) -> str:
    """The summary printed on stdout: counts per change kind, then per ministry (successions
    merged) what each gained and lost."""
    lines = [f"AI戦略{s['old']} → AI戦略{s['new']}: "
             + ", ".join(f"{k} {n}" for k, n in s["changes"].items())
             + f"; ministry changes {s['ministry_changes']}, lead changes {s['lead_changes']}",
             "targets: " + ", ".join(f"{k} {n}" for k, n in s["targets"].items())]
    if any(s.get("links", {}).values()):
        lines.append("rows split " + str(s["links"]["split"]) + ", merged " + str(s["links"]["merged"])
                     + " (lineage_links.csv of a lineage folder names them)")
    lines += [f"note: {n}" for n in s.get("notes", [])]
    for m in s["ministries"]:
        if m["view"] == "merged" and (m["gained"] or m["lost"] or m["leads_gained"] or m["leads_lost"]):
            lines.append(f"  {m['id']:<6} initiatives +{m['gained']} −{m['lost']} "
                         f"({m['initiatives_old']}→{m['initiatives_new']}), leads +{m['leads_gained']} "
                         f"−{m['leads_lost']} ({m['leads_old']}→{m['leads_new']})")
    return "\n".join(lines) + "\n"
