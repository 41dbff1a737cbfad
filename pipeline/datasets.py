"""Records to dataset files: the column contract other tools read (see README)."""
from __future__ import annotations

from normalizers.ministries import load_registry
from pipeline import __version__
from pipeline.edition import Edition
from pipeline.writers import csv_bytes, json_bytes

COLUMNS = {
    "headings.csv": ["seq", "level", "kind", "label", "title", "page", "source"],
    "goals.csv": ["seq", "kind", "label", "heading_seq", "item_no", "text", "page", "footnotes"],
    "footnotes.csv": ["number", "page", "text"],
    "paragraphs.csv": ["seq", "heading_seq", "page", "text"],
    "targets.csv": ["target_id", "seq", "part", "chapter", "section", "subsection", "band",
                    "major_goal", "label", "reposted", "reposted_from", "text", "page"],
    "initiatives.csv": ["initiative_id", "seq", "target_id", "text", "ministries", "lead",
                        "printed_ministries", "page_start", "page_end", "source", "extra"],
    "initiative_ministries.csv": ["initiative_id", "position", "printed", "ministry_id", "is_lead"],
    "ministries.csv": ["id", "abbreviations", "aliases", "name", "parent", "valid_from",
                       "valid_to", "successor", "note"],
    "problems.csv": ["file", "page", "severity", "what", "raw"],
}


def document(ed: Edition) -> dict:
    return {
        "edition": ed.edition,
        "title": ed.cover.title,
        "date": ed.cover.date,
        "decided_by": ed.cover.decided_by,
        "pipeline_version": __version__,
        "status": ed.status,
        "sources": [{"name": f.name, "sha256": f.sha256, "size": f.size, "pages": f.pages, "role": f.role}
                    for f in ed.files],
        "report": ed.report(),
    }


def _dicts(records, fields) -> list[dict]:
    return [{k: getattr(r, k) for k in fields} for r in records]


def files_of(ed: Edition) -> dict[str, bytes]:
    out: dict[str, bytes] = {"document.json": json_bytes(document(ed))}
    if ed.has_main:
        out["headings.csv"] = csv_bytes(COLUMNS["headings.csv"], _dicts(ed.headings, COLUMNS["headings.csv"]))
        out["goals.csv"] = csv_bytes(COLUMNS["goals.csv"], _dicts(ed.goals, COLUMNS["goals.csv"]))
        out["footnotes.csv"] = csv_bytes(COLUMNS["footnotes.csv"], _dicts(ed.footnotes, COLUMNS["footnotes.csv"]))
        out["paragraphs.csv"] = csv_bytes(COLUMNS["paragraphs.csv"], _dicts(ed.paragraphs, COLUMNS["paragraphs.csv"]))
    if ed.targets or ed.initiatives:
        tid = {t.seq: t.target_id for t in ed.targets}
        trows = []
        for t in ed.targets:
            c = t.context
            trows.append({"target_id": t.target_id, "seq": t.seq, "part": c.part, "chapter": c.chapter,
                          "section": c.section, "subsection": c.subsection, "band": c.band,
                          "major_goal": c.major_goal, "label": t.label, "reposted": int(t.reposted),
                          "reposted_from": t.reposted_from, "text": t.text, "page": t.page})
        irows, mrows = [], []
        used: list[str] = []
        for i in ed.initiatives:
            irows.append({"initiative_id": i.initiative_id, "seq": i.seq, "target_id": tid.get(i.target_seq, ""),
                          "text": i.text,
                          "ministries": "|".join(r.ministry_id or r.printed for r in i.ministries),
                          "lead": "|".join(r.ministry_id or r.printed for r in i.ministries if r.is_lead),
                          "printed_ministries": "|".join(r.printed for r in i.ministries),
                          "page_start": i.page_start, "page_end": i.page_end, "source": i.source,
                          "extra": "; ".join(f"{k}={v}" for k, v in sorted(i.extra.items()))})
            for n, r in enumerate(i.ministries, start=1):
                mrows.append({"initiative_id": i.initiative_id, "position": n, "printed": r.printed,
                              "ministry_id": r.ministry_id, "is_lead": int(r.is_lead)})
                if r.ministry_id and r.ministry_id not in used:
                    used.append(r.ministry_id)
        registry = load_registry()
        ministries = [m.as_row() for m in registry.rows if m.id in used]
        out["targets.csv"] = csv_bytes(COLUMNS["targets.csv"], trows)
        out["initiatives.csv"] = csv_bytes(COLUMNS["initiatives.csv"], irows)
        out["initiative_ministries.csv"] = csv_bytes(COLUMNS["initiative_ministries.csv"], mrows)
        out["ministries.csv"] = csv_bytes(COLUMNS["ministries.csv"], ministries)
    out["problems.csv"] = csv_bytes(COLUMNS["problems.csv"], [p.as_row() for p in ed.problems])
    return out
