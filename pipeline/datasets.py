"""Records to dataset files, in the columns of pipeline/schema.py (the contract other tools read)."""
from __future__ import annotations

from normalizers.ministries import load_registry
from pipeline import __version__, markdown
from extractors.records import Initiative
from pipeline.edition import Edition
from pipeline.schema import columns, created, datapackage, source
from pipeline.writers import csv_bytes, json_bytes

def document(ed: Edition) -> dict:
    return {
        "edition": ed.edition,
        "title": ed.cover.title,
        "subtitle": ed.cover.subtitle,
        "labels": list(ed.cover.labels),
        "date": ed.cover.date,
        "date_as_printed": ed.cover.date_as_printed,
        "issuer": ed.cover.issuer,
        "decided_by": ed.cover.decided_by,
        "contents_title": ed.contents_title,
        "pipeline_version": __version__,
        "kind": ed.kind,
        "status": ed.status,
        "sources": [{"name": f.name, "sha256": f.sha256, "size": f.size, "pages": f.pages, "role": f.role}
                    for f in ed.files],
        "report": ed.report(),
    }


def package_meta(ed: Edition) -> dict:
    """datapackage.json's title, created (the date printed on the cover) and sources (each PDF
    with its SHA-256)."""
    title = ed.cover.title or (ed.files[0].name if ed.files else "")
    return {"title": f"{title}（{ed.edition}）" if ed.edition and ed.edition not in title else title,
            "created": created(ed.cover.date),
            "sources": [source(f.name, f.name, sha256=f.sha256, role=f.role) for f in ed.files]}


def _dicts(records, fields) -> list[dict]:
    return [{k: getattr(r, k) for k in fields} for r in records]


def _target_rows(ed: Edition) -> list[dict]:
    rows = []
    for t in ed.targets:
        c = t.context
        rows.append({"target_id": t.target_id, "seq": t.seq, "part": c.part, "part_title": c.part_title, "chapter": c.chapter,
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


def _abbreviation_rows(ed: Edition) -> list[dict]:
    registry = load_registry()
    rows = []
    for printed, parent, name in ed.abbreviations:
        m = registry.resolve(printed)
        rows.append({"printed": printed, "parent": parent, "name": name, "ministry_id": m.id if m else ""})
    return rows


def _csv(name: str, rows: list[dict], bom: bool) -> bytes:
    return csv_bytes(columns(name), rows, bom)


def dataset_files(ed: Edition, bom: bool = False) -> dict[str, bytes]:
    """Every dataset file of an edition, and its datapackage.json: file name → bytes."""
    out: dict[str, bytes] = {"document.json": json_bytes(document(ed))}
    if ed.has_main:
        for name, records in (("headings.csv", ed.headings), ("goals.csv", ed.goals), ("footnotes.csv", ed.footnotes)):
            out[name] = _csv(name, _dicts(records, columns(name)), bom)
    if ed.has_main or ed.paragraphs:   # an appendix's text outside its lists is paragraphs too
        out["paragraphs.csv"] = _csv("paragraphs.csv", _dicts(ed.paragraphs, columns("paragraphs.csv")), bom)
    if ed.targets or ed.initiatives:
        out["targets.csv"] = _csv("targets.csv", _target_rows(ed), bom)
        out["initiatives.csv"] = _csv("initiatives.csv", _initiative_rows(ed), bom)
        out["initiative_ministries.csv"] = _csv("initiative_ministries.csv", _initiative_ministry_rows(ed), bom)
        out["ministries.csv"] = _csv("ministries.csv", _ministry_rows(ed), bom)
    out["contents.csv"] = _csv("contents.csv", _dicts(ed.contents, columns("contents.csv")), bom)
    if ed.abbreviations:
        out["abbreviations.csv"] = _csv("abbreviations.csv", _abbreviation_rows(ed), bom)
    out["tables.csv"] = _csv("tables.csv", _dicts(ed.tables, columns("tables.csv")), bom)
    out["furniture.csv"] = _csv("furniture.csv", _dicts(ed.furniture, columns("furniture.csv")), bom)
    out["problems.csv"] = _csv("problems.csv", [p.as_row() for p in ed.problems], bom)
    out["document.md"] = markdown.render(ed)
    name = f"ai-strategy-{ed.edition}" if ed.edition else "ai-strategy-document"
    out["datapackage.json"] = json_bytes(datapackage(name, sorted(out), bom, package_meta(ed)))
    return out
