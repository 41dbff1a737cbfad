"""Scoring extracted datasets against the hand-made truth of ../shared/corpus/real (see its
truth/README.md): headings on (label, title) in order, their pages and parents, footnotes,
tables, title, date and issuer. Shared by the tests and by anyone checking another document."""
from __future__ import annotations

import difflib
import json
import unicodedata
from pathlib import Path

import regex

from conftest import read_csv, read_tsv


def _csv(path: Path) -> list[dict]:
    """A dataset's rows; none when the dataset is not written (a document with no headings)."""
    return read_csv(path) if path.is_file() else []


def norm(text: str) -> str:
    """NFKC with all whitespace removed (the truth's comparison)."""
    return regex.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def heading_scores(truth_dir: Path, out: Path) -> dict[str, float]:
    """F1 on (label, title) in order, heading pages and parents. A truth row marked optional
    (the `optional` column, 1) counts only where it is found: neither its absence nor its
    presence is an error."""
    truth = read_tsv(truth_dir / "headings.tsv")
    got = _csv(out / "headings.csv")
    g = [norm(h["label"]) + "|" + norm(h["title"]) for h in got]
    if any(h.get("optional") == "1" for h in truth):
        matched = {i for i, _ in _pairs([norm(h["label"]) + "|" + norm(h["title"]) for h in truth], g)}
        truth = [h for i, h in enumerate(truth) if h.get("optional") != "1" or i in matched]
    t = [norm(h["label"]) + "|" + norm(h["title"]) for h in truth]
    pairs = _pairs(t, g)
    tp = len(pairs)
    f1 = 2 * tp / (len(t) + len(g)) if t or g else 1.0
    if not t and not g:   # nothing to find, nothing found
        return {"f1": 1.0, "pages": 1.0, "parents": 1.0, "truth": 0, "got": 0, "matched": 0}
    pages = sum(truth[i]["pdf_page"] == got[j]["page"] for i, j in pairs) / max(tp, 1)
    parents = _parent_agreement(truth, got, pairs)
    return {"f1": f1, "pages": pages, "parents": parents, "truth": len(t), "got": len(g), "matched": tp}


def _pairs(t: list[str], g: list[str]) -> list[tuple[int, int]]:
    sm = difflib.SequenceMatcher(None, t, g, autojunk=False)
    return [(i, j) for a, b, n in sm.get_matching_blocks() for i, j in zip(range(a, a + n), range(b, b + n))]


def _parent_agreement(truth: list[dict], got: list[dict], pairs: list[tuple[int, int]]) -> float:
    """Share of matched headings whose parent (the nearest shallower heading before it) is the
    match of the truth's parent."""
    def parents(rows: list[dict], depth_field: str) -> list[int | None]:
        out: list[int | None] = []
        for i, r in enumerate(rows):
            d = int(r[depth_field])
            out.append(next((k for k in range(i - 1, -1, -1) if int(rows[k][depth_field]) < d), None))
        return out

    tp, gp = parents(truth, "depth"), parents(got, "level")
    to_g = dict(pairs)
    same = sum((tp[i] is None and gp[j] is None) or (tp[i] is not None and to_g.get(tp[i]) == gp[j]) for i, j in pairs)
    return same / max(len(pairs), 1)


def footnote_score(truth_dir: Path, out: Path) -> float:
    """Share of the truth's notes found exactly: same number on the same page (numbering may
    restart on every page), text starting as the truth's; 1.0 when neither has any, and every
    note found that the truth lacks counts against it."""
    truth = read_tsv(truth_dir / "footnotes.tsv")
    got = {(int(f["number"]), f["page"]): f for f in _csv(out / "footnotes.csv")}
    exact = sum(1 for t in truth if (g := got.get((int(t["number"]), t["pdf_page"]))) is not None
                and norm(g["text"]).startswith(norm(t["text_start"])))
    return exact / max(len(truth), len(got), 1) if truth or got else 1.0


def tables_of(folder: Path) -> list[dict]:
    """The ruled tables of an output folder as the truth describes them: pages, shape, first
    row (cells NFKC, no whitespace, joined with " | "), first cell of the last row."""
    by: dict[str, list[dict]] = {}
    for c in _csv(folder / "tables.csv"):
        by.setdefault(c["table_id"], []).append(c)
    out = []
    for cells in by.values():
        rows = max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells)
        cols = max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells)
        first = {int(c["col"]): norm(c["text"]) for c in cells if c["row"] == "1"}
        last = [c for c in cells if int(c["row"]) + int(c["rowspan"]) - 1 == rows and c["col"] == "1"]
        out.append({"pages": (cells[0]["page_start"], cells[0]["page_end"]), "shape": (rows, cols),
                    "first_row": " | ".join(first.get(k, "") for k in range(1, cols + 1)),
                    "last_first": norm(last[0]["text"]) if last else ""})
    return out


def table_scores(truth_dir: Path, out: Path) -> dict[str, float]:
    """found: share of the truth's tables read with their pages, shape and first row;
    false_pages: pages holding a table where the truth has none."""
    truth = read_tsv(truth_dir / "tables.tsv")
    got = tables_of(out)
    keys = {(g["pages"], g["shape"], g["first_row"]) for g in got}
    found = sum(((t["pdf_page_start"], t["pdf_page_end"]), (int(t["n_rows"]), int(t["n_cols"])),
                 " | ".join(norm(x) for x in t["first_row"].split(" | "))) in keys for t in truth)
    with_tables = {str(p) for t in truth for p in range(int(t["pdf_page_start"]), int(t["pdf_page_end"]) + 1)}
    false_pages = {g["pages"][0] for g in got} - with_tables
    return {"found": found / len(truth) if truth else 1.0, "false_pages": float(len(false_pages)),
            "truth": float(len(truth)), "got": float(len(got))}


def cover_scores(truth_dir: Path, out: Path) -> dict[str, float]:
    meta = {r["field"]: r["value"] for r in read_tsv(truth_dir / "meta.tsv")}
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    return {"title": float(norm(doc["title"]) == norm(meta["title"])), "date": float(doc["date"] == meta["date"]),
            "issuer": float(norm(doc["issuer"]) == norm(meta.get("issuer", "")))}


def measure(truth_dir: Path, out: Path, pdf: Path) -> dict[str, float]:
    """Every figure the issue's bars name, for one document. The letters' coverage and surplus count document.json's
    title, never its issuer or deciding body (read from rows that stay in the text): letters.py says why."""
    from letters import accounting
    h = heading_scores(truth_dir, out)
    coverage, surplus = accounting([pdf], out)
    return {"f1": h["f1"], "parents": h["parents"], "pages": h["pages"],
            "footnotes": footnote_score(truth_dir, out), **{f"tables_{k}": v for k, v in table_scores(truth_dir, out).items()},
            **cover_scores(truth_dir, out), "coverage": coverage, "surplus": surplus}


def heading_diff(truth_dir: Path, out: Path) -> list[str]:
    """The truth's headings beside the extracted ones, aligned as the score aligns them: lines
    '=' (matched; depth/level and pages when they differ), '-' (in the truth only), '+' (found only)."""
    truth, got = read_tsv(truth_dir / "headings.tsv"), _csv(out / "headings.csv")
    t = [norm(h["label"]) + "|" + norm(h["title"]) for h in truth]
    g = [norm(h["label"]) + "|" + norm(h["title"]) for h in got]
    lines: list[str] = []
    for op, a, b, c, d in difflib.SequenceMatcher(None, t, g, autojunk=False).get_opcodes():
        if op == "equal":
            for i, j in zip(range(a, b), range(c, d)):
                th, gh = truth[i], got[j]
                lines.append(f"= d{th['depth']}/l{gh['level']} p{th['pdf_page']}/{gh['page']} {t[i]}")
            continue
        lines += [f"- d{truth[i]['depth']} p{truth[i]['pdf_page']} {t[i]}" for i in range(a, b)]
        lines += [f"+ l{got[j]['level']} p{got[j]['page']} {g[j]}" for j in range(c, d)]
    return lines


if __name__ == "__main__":   # python tests/real_truth.py TRUTH_ROOT OUT_ROOT PDF_ROOT
    import sys             # or: python tests/real_truth.py --diff TRUTH_DIR OUT_DIR (one document)
    if sys.argv[1] == "--diff":
        print("\n".join(heading_diff(Path(sys.argv[2]), Path(sys.argv[3]))))
        raise SystemExit(0)
    truth_root, out_root, pdf_root = (Path(a) for a in sys.argv[1:4])
    for d in sorted(p for p in truth_root.iterdir() if p.is_dir()):
        m = measure(d, out_root / d.name, pdf_root / f"{d.name}.pdf")
        print(d.name, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in m.items()))
