"""Records to dataset files: the column contract other tools read (see README)."""
from __future__ import annotations

from normalizers.ministries import load_registry
from pipeline import __version__
from extractors.records import Initiative
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


def _target_rows(ed: Edition) -> list[dict]:
    rows = []
    for t in ed.targets:
        c = t.context
        rows.append({"target_id": t.target_id, "seq": t.seq, "part": c.part, "chapter": c.chapter,
                     "section": c.section, "subsection": c.subsection, "band": c.band,
                     "major_goal": c.major_goal, "label": t.label, "reposted": int(t.reposted),
                     "reposted_from": t.reposted_from, "text": t.text, "page": t.page})
    return rows


def _ministry_ids(i: Initiative, leads_only: bool = False) -> str:
    return "|".join(r.ministry_id or r.printed for r in i.ministries if r.is_lead or not leads_only)


def _initiative_rows(ed: Edition) -> list[dict]:
    tid = {t.seq: t.target_id for t in ed.targets}
    return [{"initiative_id": i.initiative_id, "seq": i.seq, "target_id": tid.get(i.target_seq, ""),
             "text": i.text, "ministries": _ministry_ids(i), "lead": _ministry_ids(i, leads_only=True),
             "printed_ministries": "|".join(r.printed for r in i.ministries),
             "page_start": i.page_start, "page_end": i.page_end, "source": i.source,
             "extra": "; ".join(f"{k}={v}" for k, v in sorted(i.extra.items()))}
            for i in ed.initiatives]


def _initiative_ministry_rows(ed: Edition) -> list[dict]:
    return [{"initiative_id": i.initiative_id, "position": n, "printed": r.printed,
             "ministry_id": r.ministry_id, "is_lead": int(r.is_lead)}
            for i in ed.initiatives for n, r in enumerate(i.ministries, start=1)]


def _ministry_rows(ed: Edition) -> list[dict]:
    """The registry rows the edition uses, in registry order."""
    used = {r.ministry_id for i in ed.initiatives for r in i.ministries if r.ministry_id}
    return [m.as_row() for m in load_registry().rows if m.id in used]


def _csv(name: str, rows: list[dict]) -> bytes:
    return csv_bytes(COLUMNS[name], rows)


def dataset_files(ed: Edition) -> dict[str, bytes]:
    """Every dataset file of an edition: file name → bytes."""
    out: dict[str, bytes] = {"document.json": json_bytes(document(ed))}
    if ed.has_main:
        for name, records in (("headings.csv", ed.headings), ("goals.csv", ed.goals),
                              ("footnotes.csv", ed.footnotes), ("paragraphs.csv", ed.paragraphs)):
            out[name] = _csv(name, _dicts(records, COLUMNS[name]))
    if ed.targets or ed.initiatives:
        out["targets.csv"] = _csv("targets.csv", _target_rows(ed))
        out["initiatives.csv"] = _csv("initiatives.csv", _initiative_rows(ed))
        out["initiative_ministries.csv"] = _csv("initiative_ministries.csv", _initiative_ministry_rows(ed))
        out["ministries.csv"] = _csv("ministries.csv", _ministry_rows(ed))
    out["problems.csv"] = _csv("problems.csv", [p.as_row() for p in ed.problems])
    return out
