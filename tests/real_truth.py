"""Scoring extracted datasets against the hand-made truth of ../shared/corpus/real (see its
truth/README.md): headings on (label, title) in order, their pages and parents, footnotes,
tables, title and date. Shared by the tests and by anyone checking another document."""
from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import regex

from conftest import read_csv, read_tsv


def norm(text: str) -> str:
    """NFKC with all whitespace removed (the truth's comparison)."""
    return regex.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def heading_scores(truth_dir: Path, out: Path) -> dict[str, float]:
    truth = read_tsv(truth_dir / "headings.tsv")
    got = read_csv(out / "headings.csv")
    t = [norm(h["label"]) + "|" + norm(h["title"]) for h in truth]
    g = [norm(h["label"]) + "|" + norm(h["title"]) for h in got]
    sm = difflib.SequenceMatcher(None, t, g, autojunk=False)
    pairs = [(i, j) for a, b, n in sm.get_matching_blocks() for i, j in zip(range(a, a + n), range(b, b + n))]
    tp = len(pairs)
    f1 = 2 * tp / (len(t) + len(g)) if t or g else 1.0
    pages = sum(truth[i]["pdf_page"] == got[j]["page"] for i, j in pairs) / max(tp, 1)
    parents = _parent_agreement(truth, got, pairs)
    return {"f1": f1, "pages": pages, "parents": parents, "truth": len(t), "got": len(g), "matched": tp}


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
    truth = read_tsv(truth_dir / "footnotes.tsv")
    got = {int(f["number"]): f for f in read_csv(out / "footnotes.csv")}
    exact = sum(1 for t in truth if (g := got.get(int(t["number"]))) is not None and g["page"] == t["pdf_page"]
                and norm(g["text"]).startswith(norm(t["text_start"])))
    return exact / max(len(truth), 1)
