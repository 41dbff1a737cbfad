"""The real 2022 main body against its ground truth (../shared/corpus/2022/truth)."""
import json
import re

from conftest import read_csv, read_tsv
from normalizers.text import key


def test_headings_all_exact(corpus, corpus_out):
    truth = read_tsv(corpus / "2022/truth/headings.tsv")
    got = read_csv(corpus_out / "2022/headings.csv")
    assert len(got) == len(truth) == 55
    for g, t in zip(got, truth):
        assert (g["level"], g["kind"], key(g["label"] + g["title"]), g["page"]) == \
               (t["level"], t["kind"], key(t["label"] + t["title"]), t["pdf_page"])


def test_goals_at_least_98_percent_exact_in_order(corpus, corpus_out):
    truth = read_tsv(corpus / "2022/truth/goals.tsv")
    got = read_csv(corpus_out / "2022/goals.csv")
    sig = lambda r: (r["kind"], r["label"], key(r["text"]))
    exact = sum(sig(g) == sig(t) for g, t in zip(got, truth))
    assert len(got) == len(truth)
    assert exact / len(truth) >= 0.98, exact
    # blocks, headings and pages line up too
    assert [(g["seq"], g["heading_seq"], g["item_no"], g["page"]) for g in got] == \
           [(t["seq"], t["heading_seq"], t["item_no"], t["pdf_page"]) for t in truth]


def test_no_footnote_text_leaks_into_goals(corpus, corpus_out):
    notes = [key(r["text"])[:20] for r in read_csv(corpus_out / "2022/footnotes.csv")]
    for g in read_csv(corpus_out / "2022/goals.csv"):
        assert not any(n and n in key(g["text"]) for n in notes)


def test_footnotes_32_of_32(corpus, corpus_out):
    truth = read_tsv(corpus / "2022/truth/footnotes.tsv")
    got = read_csv(corpus_out / "2022/footnotes.csv")
    assert len(got) == len(truth) == 32
    for g, t in zip(got, truth):
        assert g["number"] == t["number"] and g["page"] == t["pdf_page"]
        assert key(g["text"]).startswith(key(t["text_start"]))


def test_document_json(corpus_out):
    doc = json.loads((corpus_out / "2022/document.json").read_text(encoding="utf-8"))
    assert (doc["edition"], doc["date"], doc["title"]) == ("2022", "2022-04-22", "AI戦略2022")
    assert doc["decided_by"] == "統合イノベーション戦略推進会議決定"
    assert {s["name"]: s["pages"] for s in doc["sources"]} == {"honbun.pdf": 42, "bessi.pdf": 21}
    assert all(len(s["sha256"]) == 64 for s in doc["sources"])


def test_every_footnote_marker_stays_with_its_text(corpus, corpus_out):
    paras = read_csv(corpus_out / "2022/paragraphs.csv")
    in_paragraphs = {n for p in paras for n in re.findall(r"\[\^(\d+)\]", p["text"])}
    # a goal's text leaves its markers out (as the truth does); its footnotes column keeps them
    in_goals = {n for g in read_csv(corpus_out / "2022/goals.csv") for n in g["footnotes"].split("|") if n}
    numbers = {t["number"] for t in read_tsv(corpus / "2022/truth/footnotes.tsv")}
    assert in_paragraphs | in_goals == numbers and in_goals and not in_paragraphs & in_goals
    assert all(not p["text"].strip().isdigit() for p in paras)  # no page numbers

