"""Government PDFs of other kinds and typesetting (../shared/corpus/real, hand-made truth):
headings, footnotes, ruled tables, furniture, title and date; and every letter of every corpus
PDF accounted for in the datasets."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import read_csv, read_tsv
from letters import accounting
from real_truth import footnote_score, heading_scores, norm

REAL = ["ai_jigyosha_guideline_draft_v1_2024_real", "ai_seido_kangaekata_2024_real"]



@pytest.mark.parametrize("name", REAL)
def test_headings(corpus, real_out, name):
    s = heading_scores(corpus / "real/truth" / name, real_out / name)
    assert s["f1"] >= 0.9 and s["pages"] >= 0.98 and s["parents"] >= 0.9, s   # the bar
    assert s["f1"] >= 0.99 and s["pages"] >= 0.99 and s["parents"] >= 0.99, s  # what is reached: no regression


@pytest.mark.parametrize("name", REAL)
def test_contents_and_bookmarks_agree_with_the_headings(real_out, name):
    """The cross-check: every title the printed contents or the PDF's bookmarks name is a heading."""
    assert not [p for p in read_csv(real_out / name / "problems.csv") if p["what"] == "heading_not_found"]
    assert read_csv(real_out / name / "contents.csv")


@pytest.mark.parametrize("name", REAL)
def test_footnotes(corpus, real_out, name):
    assert footnote_score(corpus / "real/truth" / name, real_out / name) >= 0.95
    # an exponent written as raised digits (10²⁵) is no footnote marker
    for p in read_csv(real_out / name / "paragraphs.csv"):
        for marker in __import__("re").findall(r"\[\^(\d+)\]", p["text"]):
            assert int(marker) <= len(read_tsv(corpus / "real/truth" / name / "footnotes.tsv"))


def _tables(folder: Path) -> list[dict]:
    by: dict[str, list[dict]] = defaultdict(list)
    for c in read_csv(folder / "tables.csv"):
        by[c["table_id"]].append(c)
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


@pytest.mark.parametrize("name", REAL)
def test_ruled_tables(corpus, real_out, name):
    truth = read_tsv(corpus / "real/truth" / name / "tables.tsv")
    got = _tables(real_out / name)
    assert len(got) == len(truth)
    for t, g in zip(truth, got):
        assert g["pages"] == (t["pdf_page_start"], t["pdf_page_end"])
        assert g["shape"] == (int(t["n_rows"]), int(t["n_cols"]))
        assert g["first_row"] == " | ".join(norm(x) for x in t["first_row"].split(" | "))
        assert g["last_first"] == norm(t["last_row_first_cell"])


@pytest.mark.parametrize("name", REAL)
def test_furniture(corpus, real_out, name):
    truth = {(r["pdf_page"], r["kind"]) for r in read_tsv(corpus / "real/truth" / name / "furniture.tsv")}
    got = {(r["page"], r["kind"]) for r in read_csv(real_out / name / "furniture.csv")}
    assert truth <= got and len(got - truth) <= 0.02 * len(truth)
    text = " ".join(p["text"] for p in read_csv(real_out / name / "paragraphs.csv"))
    assert "資料２－１" not in text


@pytest.mark.parametrize("name", REAL)
def test_title_date_issuer(corpus, real_out, name):
    meta = {r["field"]: r["value"] for r in read_tsv(corpus / "real/truth" / name / "meta.tsv")}
    doc = json.loads((real_out / name / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(meta["title"]) and doc["date"] == meta["date"]
    assert norm(doc["issuer"]) == norm(meta["issuer"]) and doc["kind"] == "document"


def _pdfs(corpus: Path, folder: str) -> list[Path]:
    if folder.startswith("documents/"):
        return [corpus / "real" / (folder.split("/", 1)[1] + ".pdf")]
    return sorted((corpus / folder).glob("*.pdf"))


@pytest.mark.parametrize("folder", ["2019", "2021", "2022"] + [f"documents/{n}" for n in REAL])
def test_every_letter_is_accounted_for(corpus, corpus_out, real_out, folder):
    out = real_out.parent / folder if folder.startswith("documents/") else corpus_out / folder
    coverage, surplus = accounting(_pdfs(corpus, folder), out)
    assert coverage >= 0.97 and surplus <= 0.03, (coverage, surplus)


def test_2019_goals_hold_no_initiatives(corpus_out):
    goals = read_csv(corpus_out / "2019/goals.csv")
    initiatives = {norm(r["text"]) for r in read_csv(corpus_out / "2019/initiatives.csv")}
    assert goals and not [g for g in goals if norm(g["text"]).lstrip("・") in initiatives]
    assert {g["kind"] for g in goals} <= {"戦略目標", "大目標", "具体目標", "目標"}
