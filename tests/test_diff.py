"""Edition diff against the expected diffs in ../shared/corpus/diffs."""
import pytest

from conftest import read_csv, read_tsv

KINDS = ["unchanged", "modified", "moved", "added", "removed"]


@pytest.fixture(scope="module")
def diffs(corpus_diffs):
    return corpus_diffs


@pytest.mark.parametrize("old,new", [("2019", "2021"), ("2021", "2022")])
def test_change_kinds_f1(corpus, diffs, old, new):
    got = read_csv(diffs / f"diff_{old}_{new}/changes.csv")
    truth = read_tsv(corpus / f"diffs/{old}_{new}.tsv")
    for kind in KINDS:
        g = {(r["old_seq"], r["new_seq"]) for r in got if r["change"] == kind}
        t = {(r["old_seq"], r["new_seq"]) for r in truth if r["change"] == kind}
        tp = len(g & t)
        f1 = 2 * tp / (len(g) + len(t)) if g or t else 1.0
        assert f1 >= 0.98, (kind, f1)


@pytest.mark.parametrize("old,new", [("2019", "2021"), ("2021", "2022")])
def test_ministry_and_lead_changes(corpus, diffs, old, new):
    got = {(r["old_seq"], r["new_seq"]): r for r in read_csv(diffs / f"diff_{old}_{new}/changes.csv")}
    truth = [r for r in read_tsv(corpus / f"diffs/{old}_{new}.tsv") if r["old_seq"] and r["new_seq"]]
    s = lambda v: set(v.split("|")) - {""}
    exact = sum(1 for t in truth if (g := got.get((t["old_seq"], t["new_seq"]))) and
                s(g["ministries_added"]) == s(t["ministries_added"]) and
                s(g["ministries_removed"]) == s(t["ministries_removed"]) and
                (g["lead_old"], g["lead_new"]) == (t["lead_old"], t["lead_new"]))
    assert exact / len(truth) >= 0.98


def test_succession_named_and_reports_written(diffs):
    rows = read_csv(diffs / "diff_2021_2022/changes.csv")
    it = [r for r in rows if "IT室" in r["ministries_removed"].split("|") and "デジ庁" in r["ministries_added"].split("|")]
    assert it and all("IT室→デジ庁" in r["successions"] for r in it)
    html = (diffs / "diff_2021_2022/report.html").read_text(encoding="utf-8")
    md = (diffs / "diff_2021_2022/report.md").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<ins>" in html and "<del>" in html and "（新設）" in html
    assert "（削る）" in md and "**" in md
    assert read_csv(diffs / "diff_2021_2022/target_changes.csv")
