"""A document typeset here in conventions the corpus does not use (tests/other_conventions.py):
its heading tree, footnotes, merged table cells, furniture, cover and letters."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import other_conventions as oc
from conftest import read_csv
from letters import accounting
from pipeline.cli import main
from real_truth import norm


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("other")
    pdf = oc.build(folder / "policy.pdf")
    assert main(["extract", str(pdf), "--out", str(folder / "out"), "-q"]) == 0
    return folder / "out/documents/policy"


def test_heading_tree(out):
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title, _ in oc.HEADINGS]


def test_footnotes_table_and_contents(out):
    assert [(int(f["number"]), f["text"]) for f in read_csv(out / "footnotes.csv")] == oc.FOOTNOTES
    cells = {(int(c["row"]), int(c["col"])): (int(c["rowspan"]), int(c["colspan"]), c["text"])
             for c in read_csv(out / "tables.csv")}
    assert cells[1, 1] == (2, 1, "区分") and cells[1, 2] == (1, 2, "所管") and cells[4, 3] == (1, 1, "総務省")
    assert len(cells) == 10
    assert [c["title"] for c in read_csv(out / "contents.csv")] == ["総論", "具体的な取組", "おわりに"]


def test_furniture_and_cover(out, tmp_path):
    furniture = read_csv(out / "furniture.csv")
    assert {"doc_label", "line_numbers", "page_number", "running_header", "watermark"} <= {f["kind"] for f in furniture}
    assert {f["text"] for f in furniture if f["kind"] == "watermark"} == {oc.WATERMARK}
    assert not any(oc.WATERMARK in p["text"] for p in read_csv(out / "paragraphs.csv"))
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], norm(doc["issuer"])) == (norm("ＡＩ政策の基本方針（案）"), "2025-03",
                                                                      norm("ＡＩ政策推進本部"))
    coverage, surplus = accounting([out.parents[2] / "policy.pdf"], out)
    assert coverage >= 0.97 and surplus <= 0.03


def test_decimal_and_kanji_section_numbers(tmp_path):
    pdf = oc.build_decimal(tmp_path / "decimal.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"]))
           for h in read_csv(tmp_path / "out/documents/decimal/headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title, _, _ in oc.DECIMAL_HEADINGS]


def test_koyobun_numbering_in_body_type(tmp_path):
    pdf = oc.build_koyobun(tmp_path / "koyobun.pdf")
    main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"])
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"]))
           for h in read_csv(tmp_path / "out/documents/koyobun/headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in oc.KOYOBUN_HEADINGS]
    doc = json.loads((tmp_path / "out/documents/koyobun/document.json").read_text(encoding="utf-8"))
    assert (doc["title"], doc["date"], doc["decided_by"]) == ("人工知能の利活用に関する基本方針", "2025-07-01", "閣議決定")
    texts = [norm(p["text"]) for p in read_csv(tmp_path / "out/documents/koyobun/paragraphs.csv")]
    for bullet in oc.KOYOBUN_BULLETS:   # each ○ item a paragraph of its own
        assert norm(bullet) in texts or norm(bullet[1:]) in texts


def test_annotation_words_are_furniture_not_text(tmp_path):
    pdf = oc.build_annotated(tmp_path / "annotated.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/annotated"
    notes = [f["text"] for f in read_csv(out / "furniture.csv") if f["kind"] == "annotation"]
    assert norm(oc.NOTE) in [norm(n) for n in notes] and "APPROVED" in notes
    text = norm("".join(p["text"] for p in read_csv(out / "paragraphs.csv")))
    assert text == norm("".join(oc.ANNOTATED_BODY))   # the highlighted sentence stays, nothing added


def test_slide_titles_are_headings_and_their_points_are_not(tmp_path):
    pdf = oc.build_slides(tmp_path / "slides.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/slides"
    got = [(int(h["level"]), norm(h["title"]), int(h["page"])) for h in read_csv(out / "headings.csv")]
    assert got == [(1, norm(t), n) for n, t in enumerate(oc.SLIDE_TITLES, start=2)]
    points = [p["text"] for p in read_csv(out / "paragraphs.csv")]
    assert sum(norm(oc.SLIDE_POINTS[1]).lstrip("・") in norm(p) for p in points) == len(oc.SLIDE_TITLES) * 3
    doc = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm("AI戦略会議（第５回）"), "2024-05-22", "内閣府")
    assert {"doc_label", "page_number"} <= {f["kind"] for f in read_csv(out / "furniture.csv")}
