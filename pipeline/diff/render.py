"""Renderers of a Diff: change tables (CSV), and the 新旧対照表 report as Markdown and as one
self-contained HTML file. Changed wording is marked on both sides at word boundaries (fugashi)."""
from __future__ import annotations

import difflib
import html
from collections import Counter

from normalizers.words import tokens
from pipeline.diff.compare import Diff
from pipeline.writers import csv_bytes

CHANGE_COLUMNS = ["change", "old_id", "new_id", "old_seq", "new_seq", "similarity", "text_changed",
                  "ministries_added", "ministries_removed", "lead_old", "lead_new", "successions",
                  "old_text", "new_text"]
TARGET_COLUMNS = ["change", "old_target_id", "new_target_id", "old_seq", "new_seq", "similarity",
                  "old_label", "new_label", "old_text", "new_text"]
KINDS = ("unchanged", "modified", "moved", "added", "removed")


def changes_csv(d: Diff) -> bytes:
    rows = []
    for c in d.changes:
        o, n = c.old, c.new
        rows.append({"change": c.change, "old_id": o.id if o else "", "new_id": n.id if n else "",
                     "old_seq": o.seq if o else "", "new_seq": n.seq if n else "",
                     "similarity": f"{c.similarity:.3f}" if o and n else "", "text_changed": c.text_changed,
                     "ministries_added": "|".join(c.ministries_added), "ministries_removed": "|".join(c.ministries_removed),
                     "lead_old": "|".join(o.lead) if o else "", "lead_new": "|".join(n.lead) if n else "",
                     "successions": "|".join(c.successions),
                     "old_text": o.text if o else "", "new_text": n.text if n else ""})
    return csv_bytes(CHANGE_COLUMNS, rows)


def targets_csv(d: Diff) -> bytes:
    rows = [{"change": t.change, "old_target_id": t.old["target_id"] if t.old else "",
             "new_target_id": t.new["target_id"] if t.new else "", "old_seq": t.old["seq"] if t.old else "",
             "new_seq": t.new["seq"] if t.new else "", "similarity": f"{t.similarity:.3f}" if t.old and t.new else "",
             "old_label": t.old["label"] if t.old else "", "new_label": t.new["label"] if t.new else "",
             "old_text": t.old["text"] if t.old else "", "new_text": t.new["text"] if t.new else ""}
            for t in d.target_changes]
    return csv_bytes(TARGET_COLUMNS, rows)


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
