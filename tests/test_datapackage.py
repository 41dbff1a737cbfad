"""datapackage.json: title, created, sources (each PDF with its SHA-256, checked against the
files themselves) and, for a diff or lineage, the editions compared. The descriptor's shape is
checked against the Data Package v1 profile's rules, written out here (frictionless-py is a
heavy dependency; where it is installed it validates too)."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

NAME = re.compile(r"^([-a-z0-9._/])+$")
RFC3339 = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
SAFE_PATH = re.compile(r"^(?=^[^./~])(^((?!\.{2}).)*$)")
TYPES = {"string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year",
         "yearmonth", "duration", "geopoint", "geojson", "any"}


def shape_errors(p: dict) -> list[str]:
    """The Data Package (tabular) profile's rules this tool's descriptors touch."""
    errors = []
    if not NAME.match(p.get("name", "")):
        errors.append(f"name {p.get('name')!r}")
    if not isinstance(p.get("title", ""), str):
        errors.append("title not a string")
    if "created" in p and not RFC3339.match(p["created"]):
        errors.append(f"created {p['created']!r} is not RFC 3339")
    for s in p.get("sources", []):
        if not isinstance(s, dict) or not isinstance(s.get("title"), str) or not s["title"]:
            errors.append(f"source without a title: {s}")
        elif "path" in s and not SAFE_PATH.match(s["path"]):
            errors.append(f"source path {s['path']!r}")
    if not p.get("resources"):
        errors.append("no resources")
    for r in p.get("resources", []):
        if not NAME.match(r.get("name", "")) or not SAFE_PATH.match(r.get("path", "")):
            errors.append(f"resource {r.get('name')!r}")
        for f in r["schema"]["fields"]:
            if f["type"] not in TYPES:
                errors.append(f"{r['name']}.{f['name']}: type {f['type']}")
    return errors


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _validate(folder: Path) -> dict:
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert shape_errors(package) == [], folder
    try:
        from frictionless import Package
    except ImportError:
        return package
    report = Package(str(folder / "datapackage.json")).validate()   # pragma: no cover - where installed
    assert report.valid, report.flatten(["type", "note"])[:5]
    return package


def test_edition_and_document_packages_name_their_sources(corpus, corpus_diffs, real_out):
    pdfs = {p.name: _sha(p) for p in list(corpus.rglob("*.pdf"))}
    for edition in ("2019", "2021", "2022"):
        package = _validate(corpus_diffs / edition)
        assert edition in package["title"]
        got = {s["path"]: s["sha256"] for s in package["sources"]}
        assert got and all(pdfs[name] == sha for name, sha in got.items())
        assert {s["role"] for s in package["sources"]} <= {"main", "appendix", "overview"}
    assert _validate(corpus_diffs / "2022")["created"] == "2022-04-22T00:00:00Z"   # the date on the cover
    for folder in sorted(p for p in real_out.iterdir() if p.is_dir()):
        package = _validate(folder)
        assert package["title"]
        assert [(s["path"], s["sha256"]) for s in package["sources"]] == [(folder.name + ".pdf", pdfs[folder.name + ".pdf"])]


def test_diff_packages_record_the_editions_compared(corpus_diffs):
    for old, new in (("2019", "2021"), ("2021", "2022")):
        package = _validate(corpus_diffs / f"diff_{old}_{new}")
        assert [e["edition"] for e in package["editions"]] == [old, new]
        editions = [json.loads((corpus_diffs / e / "datapackage.json").read_text(encoding="utf-8")) for e in (old, new)]
        assert package["sources"] == [{**{k: v for k, v in s.items() if k != "role"}, "title": f"{e}: {s['title']}"}
                                      for e, p in zip((old, new), editions) for s in p["sources"]]
        assert package["title"] == f"新旧対照 AI戦略{old} → AI戦略{new}"
        assert package.get("created") == max(p["created"] for p in editions if "created" in p)


@pytest.mark.parametrize("name", [".hidden.pdf", "a..b.pdf", "~x.pdf", "ok name.pdf"])
def test_a_source_path_the_spec_refuses_is_left_out(name):
    from pipeline.schema import source

    s = source(name, name, sha256="0")
    assert s["title"] == name and ("path" in s) == (name == "ok name.pdf")
    assert shape_errors({"name": "x", "sources": [s], "resources": [{"name": "a", "path": "a.csv",
                                                                     "schema": {"fields": []}}]}) == []
