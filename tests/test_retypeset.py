"""The 2022 strategy typeset again in other layouts (tests/retypeset.py) gives the 2022 truth:
the extraction rests on what a document says and how it is ruled, not on one typesetting.

The main body is typeset from published_text.txt, whose wording differs from honbun.pdf (the
truth's source) in about 45 known places (強靱/強靭, すべき/するべき …): structure is compared
exactly, text by key where equal and by similarity where the two sources differ.
"""
import json
import re
from difflib import SequenceMatcher

import pytest

from conftest import read_csv, read_tsv
from normalizers.text import key
from test_appendix_editions import assert_initiatives_match, assert_targets_match


@pytest.fixture(scope="module")
def retypeset_out(corpus, tmp_path_factory):
    from pipeline.cli import main
    from retypeset import build, main_body

    folder = tmp_path_factory.mktemp("retypeset")
    published = corpus / "2022/published_text.txt"
    main_body(published, folder / "main_body_gap_paragraphs_raised_notes.pdf")
    build(published, folder / "appendix_repeated_headers_no_leaders.pdf")
    out = tmp_path_factory.mktemp("retypeset_out")
    assert main(["extract", str(folder), "--out", str(out), "-q"]) == 0
    return out / "2022"


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(a=key(a), b=key(b), autojunk=False).ratio()


def test_cover_and_both_files_make_one_edition(retypeset_out):
    doc = json.loads((retypeset_out / "document.json").read_text(encoding="utf-8"))
    assert (doc["edition"], doc["date"], doc["status"]) == ("2022", "2022-04-22", "success")
    assert sorted(s["role"] for s in doc["sources"]) == ["appendix", "main"]


def test_main_body_headings(corpus, retypeset_out):
    truth = read_tsv(corpus / "2022/truth/headings.tsv")
    got = read_csv(retypeset_out / "headings.csv")
    assert [(g["level"], g["kind"], key(g["label"])) for g in got] == \
           [(t["level"], t["kind"], key(t["label"])) for t in truth]
    assert all(_similar(g["title"], t["title"]) >= 0.9 for g, t in zip(got, truth))
    assert sum(key(g["title"]) == key(t["title"]) for g, t in zip(got, truth)) >= 50


def test_main_body_goals(corpus, retypeset_out):
    truth = read_tsv(corpus / "2022/truth/goals.tsv")
    got = read_csv(retypeset_out / "goals.csv")
    assert [(g["seq"], g["kind"], g["label"], g["heading_seq"], g["item_no"]) for g in got] == \
           [(t["seq"], t["kind"], t["label"], t["heading_seq"], t["item_no"]) for t in truth]
    assert all(_similar(g["text"], t["text"]) >= 0.85 for g, t in zip(got, truth))
    assert sum(key(g["text"]) == key(t["text"]) for g, t in zip(got, truth)) >= 65


def test_main_body_footnotes(corpus, retypeset_out):
    truth = read_tsv(corpus / "2022/truth/footnotes.tsv")
    got = read_csv(retypeset_out / "footnotes.csv")
    assert [g["number"] for g in got] == [t["number"] for t in truth]
    for g, t in zip(got, truth):
        start = key(g["text"])[:len(key(t["text_start"]))]
        assert _similar(start, t["text_start"]) >= 0.8, g["number"]
    # every marker stays with its text: in a paragraph as [^N], or in its goal's footnotes column
    in_paragraphs = {n for p in read_csv(retypeset_out / "paragraphs.csv") for n in re.findall(r"\[\^(\d+)\]", p["text"])}
    in_goals = {n for g in read_csv(retypeset_out / "goals.csv") for n in g["footnotes"].split("|") if n}
    assert in_paragraphs | in_goals == {t["number"] for t in truth}


def test_appendix(corpus, retypeset_out):
    assert_initiatives_match(read_tsv(corpus / "2022/truth/initiatives.tsv"), retypeset_out)
    assert_targets_match(read_tsv(corpus / "2022/truth/targets.tsv"), retypeset_out)
    report = json.loads((retypeset_out / "document.json").read_text(encoding="utf-8"))["report"]
    assert report["found"]["rows_split_across_pages"] >= 3  # the layout breaks rows of its own


@pytest.mark.parametrize("edition,convention", [
    ("2019", "inline"), ("2021", "underline"), ("2022", "mark"),   # each edition's own convention
    ("2021", "mark"), ("2022", "underline"),                       # and the other table convention
])
def test_appendix_typeset_from_truth(corpus, tmp_path, edition, convention):
    """Every edition's appendix set from its truth in a layout of our own (tests/typeset_from_truth.py:
    underlines as filled rectangles, repeated headers, rows and 【…】 lists broken anywhere)
    reads back as that truth."""
    from pipeline.cli import main
    from typeset_from_truth import build

    pdf = build(corpus / edition / "truth", edition, convention, tmp_path / f"appendix_{convention}.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    folder = tmp_path / "out" / edition
    assert_initiatives_match(read_tsv(corpus / edition / "truth/initiatives.tsv"), folder)
    assert_targets_match(read_tsv(corpus / edition / "truth/targets.tsv"), folder)
    report = json.loads((folder / "document.json").read_text(encoding="utf-8"))["report"]
    assert report["found"]["rows_split_across_pages"] >= 3 and report["problems"]["error"] == 0
