"""Initiatives, ministries, leads and targets of every edition against its truth."""
from pathlib import Path

import pytest

from conftest import read_csv, read_tsv
from normalizers.text import key

EDITIONS = ["2022", "2021", "2019"]


def assert_initiatives_match(truth: list[dict], folder: Path) -> None:
    got = read_csv(folder / "initiatives.csv")
    assert len(got) == len(truth)
    targets = {r["target_id"]: r["seq"] for r in read_csv(folder / "targets.csv")}
    for g, t in zip(got, truth):
        assert key(g["text"]) == key(t["initiative"]), g["seq"]
        assert key(g["printed_ministries"]) == key(t["ministries"]), g["seq"]
        printed = dict(zip(g["ministries"].split("|"), g["printed_ministries"].split("|")))
        lead_printed = "|".join(printed[i] for i in g["lead"].split("|")) if g["lead"] else ""
        assert key(lead_printed) == key(t["lead"]), g["seq"]
        assert targets[g["target_id"]] == t["target_seq"], g["seq"]
        if t.get("ministry_ids") is not None:
            assert g["ministries"] == t["ministry_ids"], g["seq"]


def assert_targets_match(truth: list[dict], folder: Path) -> None:
    got = read_csv(folder / "targets.csv")
    assert len(got) == len(truth)
    fields = ["part", "chapter", "section", "subsection", "band", "major_goal", "label", "text"]
    for g, t in zip(got, truth):
        assert [key(g[f]) for f in fields] == [key(t[f]) for f in fields], g["seq"]
        assert g["reposted"] == t["reposted"]
        if g["reposted"] == "1":
            assert g["reposted_from"] in {r["target_id"] for r in got if r["seq"] < g["seq"]}


@pytest.mark.parametrize("edition", EDITIONS)
def test_initiatives_exact(corpus, corpus_out, edition):
    assert_initiatives_match(read_tsv(corpus / edition / "truth/initiatives.tsv"), corpus_out / edition)


@pytest.mark.parametrize("edition", EDITIONS)
def test_targets_exact(corpus, corpus_out, edition):
    assert_targets_match(read_tsv(corpus / edition / "truth/targets.tsv"), corpus_out / edition)


def test_2022_counts_from_the_issue(corpus_out):
    got = read_csv(corpus_out / "2022/initiatives.csv")
    assert len(got) == 260
    assert sum(bool(r["lead"]) for r in got) == 112
    assert sum(len(r["ministries"].split("|")) > 1 and not r["lead"] for r in got) == 9


def test_2022_every_abbreviation_resolved_and_registry_notes(corpus_out):
    rows = read_csv(corpus_out / "2022/initiative_ministries.csv")
    assert rows and all(r["ministry_id"] for r in rows)
    assert {"個情", "法"} <= {r["ministry_id"] for r in rows}
    problems = read_csv(corpus_out / "2022/problems.csv")
    assert all(p["severity"] == "note" for p in problems)
    notes = " ".join(p["raw"] for p in problems)
    assert "個人情報" in notes and "法" in notes


def test_it_shitsu_stays_its_own_body(corpus_out):
    mins = {r["id"]: r for r in read_csv(corpus_out / "2021/ministries.csv")}
    assert mins["IT室"]["successor"] == "デジ庁" and mins["IT室"]["valid_to"] == "2021-08-31"


def test_appendix_alone_gives_the_same_rows(corpus, tmp_path):
    from pipeline.cli import main

    assert main(["extract", str(corpus / "2022/bessi.pdf"), "--out", str(tmp_path), "-q"]) == 0
    alone = read_csv(tmp_path / "2022/initiatives.csv")
    truth = read_tsv(corpus / "2022/truth/initiatives.tsv")
    assert [key(r["text"]) for r in alone] == [key(t["initiative"]) for t in truth]



@pytest.mark.parametrize("edition", EDITIONS)
def test_abbreviation_table_as_printed(corpus, corpus_out, edition):
    """Every printed row of the abbreviation table with its parent and name, merged parent cells
    (内閣官房, 内閣府 over several rows) reaching every row they span; rows the table does not
    print (in_printed_table 0) are absent."""
    truth = [t for t in read_tsv(corpus / edition / "truth/ministries.tsv") if t["in_printed_table"] == "1"]
    got = read_csv(corpus_out / edition / "abbreviations.csv")
    assert [(key(g["printed"]), key(g["parent"]), key(g["name"])) for g in got] == \
        [(key(t["abbreviation"]), key(t["parent"]), key(t["name"])) for t in truth]
    if "canonical_id" in truth[0]:   # the synthetic editions' truth names the canonical ids
        assert [g["ministry_id"] for g in got] == [t["canonical_id"] for t in truth]
