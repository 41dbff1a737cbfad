"""Renderers of a Diff: change tables (CSV), and the 新旧対照表 report as Markdown and as one
self-contained HTML file. Changed wording is marked on both sides at word boundaries (fugashi)."""
from __future__ import annotations

import difflib
import html
from collections import Counter

from normalizers.words import tokens
from pipeline.diff.compare import Diff
from pipeline.diff.lineage import LineageRow
from pipeline.diff.summary import MEASURES, ministry_summary
from pipeline.diff.load import Item, TargetRec
from pipeline.schema import columns
from pipeline.writers import csv_bytes

KINDS = ("unchanged", "modified", "moved", "added", "removed")


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
        rows.append({"change": t.change, "old_target_id": o["id"], "new_target_id": n["id"],
                     "old_seq": o["seq"], "new_seq": n["seq"],
                     "similarity": f"{t.similarity:.3f}" if t.old and t.new else "",
                     "old_label": o["label"], "new_label": n["label"], "old_text": o["text"], "new_text": n["text"]})
    return csv_bytes(columns("target_changes.csv"), rows, bom)


def marked(old: str, new: str, mark, new_mark=None) -> tuple[str, str]:
    """Both texts with the words that differ wrapped by mark(word) (new_mark on the new side,
    where it is given)."""
    new_mark = new_mark or mark
    a, b = list(tokens(old)), list(tokens(new))
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left, right = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        ta, tb = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            left.append(mark(ta, False))
            right.append(new_mark(tb, False))
        else:
            if ta:
                left.append(mark(ta, True))
            if tb:
                right.append(new_mark(tb, True))
    return "".join(left), "".join(right)


def _summary(d: Diff) -> tuple[Counter, dict]:
    counts = Counter(c.change for c in d.changes)
    per: dict[str, Counter] = {}
    for c in d.changes:
        for m in (c.new.ministries if c.new and c.change == "added" else []):
            per.setdefault(m, Counter())["gained"] += 1
        for m in (c.old.ministries if c.old and c.change == "removed" else []):
            per.setdefault(m, Counter())["lost"] += 1
        for m in c.ministries_added:
            per.setdefault(m, Counter())["gained"] += 1
        for m in c.ministries_removed:
            per.setdefault(m, Counter())["lost"] += 1
        for m in (c.new.lead if c.new else []):
            per.setdefault(m, Counter())["leads"] += 1
    return counts, per


def _note(c) -> str:
    """The 変更 column: the change kind, ministries gained and lost, a lead change."""
    note = c.change
    if c.ministries_added or c.ministries_removed:
        note += f"; 府省庁 +{','.join(c.ministries_added)} −{','.join(c.ministries_removed)}"
    if c.old and c.new and c.old.lead != c.new.lead:
        note += f"; 主担当 {','.join(c.old.lead) or '—'}→{','.join(c.new.lead) or '—'}"
    return note


def _groups(d: Diff):
    """Changes grouped by the new target (removed rows by their old target)."""
    groups: dict[str, list] = {}
    for c in d.changes:
        item = c.new or c.old
        assert item is not None
        t = item.target_text
        groups.setdefault(t, []).append(c)
    return groups


def _cells(c, escape, old_mark, new_mark) -> tuple[str, str]:
    """The 新 and 旧 cells of one row of the 新旧対照表."""
    if c.change == "added":
        return escape(c.new.text), "（新設）"
    if c.change == "removed":
        return "（削る）", escape(c.old.text)
    old, new = marked(c.old.text, c.new.text, old_mark, new_mark)
    return new, old


def report_md(d: Diff) -> bytes:
    counts, per = _summary(d)
    md = [f"# 新旧対照表: AI戦略{d.old_edition} → AI戦略{d.new_edition}", "", "## Summary", "",
          "| change | count |", "|---|---|"]
    md += [f"| {k} | {counts.get(k, 0)} |" for k in KINDS]
    md += ["", "| ministry | initiatives gained | lost | leads (new) |", "|---|---|---|---|"]
    md += [f"| {m} | {c['gained']} | {c['lost']} | {c['leads']} |" for m, c in sorted(per.items())]
    tch = Counter(t.change for t in d.target_changes)
    md += ["", "Targets: " + ", ".join(f"{k} {tch.get(k, 0)}" for k in ("unchanged", "reworded", "moved", "added", "removed")), ""]
    esc = lambda s: s.replace("|", "\\|")
    mark = lambda w, changed: f"**{esc(w)}**" if changed and w.strip() else esc(w)
    for target, cs in _groups(d).items():
        md += [f"## {esc(target)}", "", f"| 新（AI戦略{d.new_edition}） | 旧（AI戦略{d.old_edition}） | 変更 |", "|---|---|---|"]
        for c in cs:
            new, old = _cells(c, esc, mark, mark)
            md.append(f"| {new} | {old} | {_note(c)} |")
        md.append("")
    return ("\n".join(md) + "\n").encode("utf-8")


_CSS = """body{font-family:sans-serif;margin:2em;}table{border-collapse:collapse;width:100%;margin-bottom:2em}
td,th{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#eee}
ins{background:#cfc;text-decoration:none}del{background:#fcc;text-decoration:none}.note{color:#555;font-size:90%}"""


def report_html(d: Diff) -> bytes:
    counts, per = _summary(d)
    e = html.escape
    h = [f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>新旧対照表 {e(d.old_edition)}→{e(d.new_edition)}</title>",
         f"<style>{_CSS}</style></head><body>", f"<h1>新旧対照表: AI戦略{e(d.old_edition)} → AI戦略{e(d.new_edition)}</h1>",
         "<h2>Summary</h2><table><tr><th>change</th><th>count</th></tr>"]
    h += [f"<tr><td>{k}</td><td>{counts.get(k, 0)}</td></tr>" for k in KINDS]
    h += ["</table><table><tr><th>ministry</th><th>gained</th><th>lost</th><th>leads (new)</th></tr>"]
    h += [f"<tr><td>{e(m)}</td><td>{c['gained']}</td><td>{c['lost']}</td><td>{c['leads']}</td></tr>" for m, c in sorted(per.items())]
    h.append("</table>")
    new_mark = lambda w, changed: f"<ins>{e(w)}</ins>" if changed else e(w)
    old_mark = lambda w, changed: f"<del>{e(w)}</del>" if changed else e(w)
    for target, cs in _groups(d).items():
        h.append(f"<h2>{e(target)}</h2><table><tr><th>新（AI戦略{e(d.new_edition)}）</th><th>旧（AI戦略{e(d.old_edition)}）</th><th>変更</th></tr>")
        for c in cs:
            new, old = _cells(c, e, old_mark, new_mark)
            h.append(f"<tr><td>{new}</td><td>{old}</td><td class='note'>{e(_note(c))}</td></tr>")
        h.append("</table>")
    h.append("</body></html>")
    return ("\n".join(h) + "\n").encode("utf-8")




def lineage_csv(rows: list[LineageRow], bom: bool = False) -> bytes:
    return csv_bytes(columns("lineage.csv"), [
        {"lineage_id": r.lineage_id, "edition": r.edition, "seq": r.item.seq, "initiative_id": r.item.id,
         "target_id": r.item.target_id, "change_from_previous": r.change_from_previous,
         "ministries": "|".join(r.item.ministries), "lead": "|".join(r.item.lead), "text": r.item.text}
        for r in rows], bom)


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
    for m in s["ministries"]:
        if m["view"] == "merged" and (m["gained"] or m["lost"] or m["leads_gained"] or m["leads_lost"]):
            lines.append(f"  {m['id']:<6} initiatives +{m['gained']} −{m['lost']} "
                         f"({m['initiatives_old']}→{m['initiatives_new']}), leads +{m['leads_gained']} "
                         f"−{m['leads_lost']} ({m['leads_old']}→{m['leads_new']})")
    return "\n".join(lines) + "\n"
