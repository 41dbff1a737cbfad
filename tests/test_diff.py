"""Edition diff: the corpus diffs (../shared/corpus/diffs), planted edits from tests/edit_pairs.py
over many seeds, target identity and lineages against the corpus truth, and the command."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import read_csv, read_tsv
from edit_pairs import make_pair
from pipeline.cli import main
from pipeline.diff.assign import assign
from pipeline.diff.compare import OTHER_TARGET, compare
from pipeline.diff.load import load_edition
from pipeline.diff.render import change_rows

KINDS = ["unchanged", "modified", "moved", "added", "removed"]


@pytest.fixture(scope="module")
def diffs(corpus_diffs):
    return corpus_diffs


def _f1(got: list[dict], truth: list[dict], kind: str) -> tuple[int, int, int]:
    g = {(str(r["old_seq"]), str(r["new_seq"])) for r in got if r["change"] == kind}
    t = {(r["old_seq"], r["new_seq"]) for r in truth if r["change"] == kind}
    return len(g & t), len(g), len(t)


def _ministries_exact(got: list[dict], truth: list[dict]) -> tuple[int, int]:
    by = {(str(r["old_seq"]), str(r["new_seq"])): r for r in got}
    s = lambda v: set(v.split("|")) - {""}
    paired = [t for t in truth if t["old_seq"] and t["new_seq"]]
    exact = sum(1 for t in paired if (g := by.get((t["old_seq"], t["new_seq"]))) and
                s(g["ministries_added"]) == s(t["ministries_added"]) and
                s(g["ministries_removed"]) == s(t["ministries_removed"]) and
                (g["lead_old"], g["lead_new"]) == (t["lead_old"], t["lead_new"]))
    return exact, len(paired)


@pytest.mark.parametrize("old,new", [("2019", "2021"), ("2021", "2022")])
def test_corpus_change_kinds_exact(corpus, diffs, old, new):
    got = read_csv(diffs / f"diff_{old}_{new}/changes.csv")
    truth = read_tsv(corpus / f"diffs/{old}_{new}.tsv")
    for kind in KINDS:
        tp, g, t = _f1(got, truth, kind)
        assert tp == g == t, (kind, tp, g, t)
    exact, paired = _ministries_exact(got, truth)
    assert exact == paired


def test_ministry_and_lead_changes_are_flagged_on_unchanged_rows(diffs):
    rows = read_csv(diffs / "diff_2021_2022/changes.csv")
    flagged = [r for r in rows if r["change"] == "unchanged" and "1" in (r["ministries_changed"], r["lead_changed"])]
    assert flagged, "unchanged rows whose ministries or lead changed carry a flag"
    for r in rows:
        assert r["lead_changed"] == ("" if not (r["old_id"] and r["new_id"]) else str(int(r["lead_old"] != r["lead_new"])))
        if r["old_id"] and r["new_id"]:
            assert r["old_target_id"] and r["new_target_id"]


def _identity(corpus: Path, year: str) -> dict[str, str]:
    """targets.tsv seq → the seq of the same 具体目標 in 2022."""
    rows = read_tsv(corpus / f"{year}/truth/targets.tsv")
    return {r["seq"]: (r["seq"] if year == "2022" else r["target_2022"]) for r in rows}


@pytest.mark.parametrize("old,new", [("2019", "2021"), ("2021", "2022")])
def test_targets_paired_as_the_truth_identifies_them(corpus, diffs, old, new):
    a, b = _identity(corpus, old), _identity(corpus, new)
    inverse = {v: k for k, v in b.items()}
    truth = {(k, inverse[v]) for k, v in a.items() if v in inverse}
    got = {(r["old_seq"], r["new_seq"]) for r in read_csv(diffs / f"diff_{old}_{new}/target_changes.csv")
           if r["old_seq"] and r["new_seq"]}
    assert got == truth


def test_lineage_follows_the_expected_pairwise_diffs(corpus, corpus_out, tmp_path):
    out = tmp_path / "lin"
    assert main(["diff", *(str(corpus_out / y) for y in ("2019", "2021", "2022")), "--out", str(out), "-q"]) == 0
    rows = read_csv(out / "lineage_2019_2022/lineage.csv")
    chains: dict[str, dict[str, str]] = {}
    for r in rows:
        chains.setdefault(r["lineage_id"], {})[r["edition"]] = r["seq"]
    got = {tuple(c.get(e, "") for e in ("2019", "2021", "2022")) for c in chains.values()}
    # every initiative of every edition is in exactly one lineage
    for year in ("2019", "2021", "2022"):
        seqs = [r["seq"] for r in rows if r["edition"] == year]
        assert sorted(seqs, key=int) == [r["seq"] for r in read_csv(corpus_out / year / "initiatives.csv")]
    # the chains the expected diffs imply
    a, b = read_tsv(corpus / "diffs/2019_2021.tsv"), read_tsv(corpus / "diffs/2021_2022.tsv")
    next_of = {r["old_seq"]: r["new_seq"] for r in b if r["old_seq"]}
    expected = {(r["old_seq"], r["new_seq"], next_of.get(r["new_seq"], "") if r["new_seq"] else "") for r in a}
    expected |= {("", "", r["new_seq"]) for r in b if not r["old_seq"]}
    assert len(got & expected) / len(expected) >= 0.98
    assert (out / "lineage_2019_2022/lineage.md").read_text(encoding="utf-8").count("| L") == 10


SEEDS = [(year, seed) for year in ("2019", "2021", "2022") for seed in range(7)]


def test_planted_edits_are_recovered(corpus_out):
    """21 edition pairs with planted edits: F1 >= 0.98 per change kind, pooled and per pair
    (no pair below 0.9), and ministry and lead changes exact on >= 98% of paired rows."""
    editions = {y: load_edition(corpus_out / y) for y in ("2019", "2021", "2022")}
    pooled = {k: [0, 0, 0] for k in KINDS}
    exact = paired = 0
    for year, seed in SEEDS:
        old, new, truth = make_pair(editions[year], seed)
        got = change_rows(compare(old, new))
        for kind in KINDS:
            tp, g, t = _f1(got, truth, kind)
            pooled[kind] = [x + y for x, y in zip(pooled[kind], (tp, g, t))]
            assert g + t == 0 or 2 * tp / (g + t) >= 0.9, (year, seed, kind, tp, g, t)
        e, p = _ministries_exact(got, truth)
        exact, paired = exact + e, paired + p
    for kind, (tp, g, t) in pooled.items():
        assert 2 * tp / (g + t) >= 0.98, (kind, tp, g, t)
        assert t > 0, kind  # every kind was planted
    assert exact / paired >= 0.98


def test_unrelated_rows_that_share_boilerplate_are_not_paired(corpus_out):
    from normalizers.words import WordWeights

    ed = load_edition(corpus_out / "2022")
    weights = WordWeights([i.text for i in ed.items])
    removed = "AIホスピタルの実現に向けた研究開発の推進"
    added = "説明可能AIによるセキュリティ技術確立に向けた研究開発を推進"
    assert weights.similarity(removed, added) < OTHER_TARGET
    assert weights.similarity(removed, removed + "、及びその成果の普及展開") >= OTHER_TARGET


@given(st.lists(st.lists(st.one_of(st.none(), st.floats(0.01, 1.0)), min_size=4, max_size=4), min_size=1, max_size=4))
@settings(max_examples=150, deadline=None)
def test_assignment_is_optimal(matrix):
    left, right = list(range(len(matrix))), list(range(4))
    got = sum(s for _, _, s in assign(left, right, lambda a, b: matrix[a][b]))
    best = 0.0
    for perm in itertools.permutations(right + [None] * len(left), len(left)):
        used = [(a, b) for a, b in zip(left, perm) if b is not None and matrix[a][b] is not None]
        if len({b for _, b in used}) == len(used):
            best = max(best, sum(matrix[a][b] for a, b in used))
    assert got == pytest.approx(best)


def test_exit_code_json_and_summary(corpus_out, tmp_path, capsys):
    a, b = str(corpus_out / "2021"), str(corpus_out / "2022")
    assert main(["diff", a, b, "--out", str(tmp_path), "--exit-code", "-q"]) == 1
    assert main(["diff", b, b, "--out", str(tmp_path), "--exit-code", "-q"]) == 0
    capsys.readouterr()
    assert main(["diff", a, b, "--out", str(tmp_path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["changes"] == {"unchanged": 196, "modified": 28, "moved": 10, "added": 26, "removed": 21}
    assert summary["lead_changes"] == 12
    merged = {m["id"]: m for m in summary["ministries"] if m["view"] == "merged"}
    assert "IT室" not in merged and merged["デジ庁"]["initiatives_old"] >= 19
    with pytest.raises(SystemExit) as usage:
        main(["diff", a, b, "--out", str(tmp_path), "-q", "-v"])
    assert usage.value.code == 2


def test_succession_named_and_reports_written(diffs):
    rows = read_csv(diffs / "diff_2021_2022/changes.csv")
    it = [r for r in rows if "IT室" in r["ministries_removed"].split("|") and "デジ庁" in r["ministries_added"].split("|")]
    assert it and all("IT室→デジ庁" in r["successions"] for r in it)
    md = (diffs / "diff_2021_2022/report.md").read_text(encoding="utf-8")
    assert "（削る）" in md and "（新設）" in md and "**" in md
    summary = read_csv(diffs / "diff_2021_2022/ministry_summary.csv")
    printed = {r["ministry_id"]: r for r in summary if r["view"] == "printed"}
    assert printed["IT室"]["lost"] == printed["IT室"]["initiatives_old"] and printed["IT室"]["initiatives_new"] == "0"


@pytest.mark.parametrize("damage,words", [
    (lambda f: (f / "initiatives.csv").write_bytes(b"\xff\xfe" + (f / "initiatives.csv").read_bytes()), "not UTF-8"),
    (lambda f: (f / "targets.csv").write_text("seq,text\n1,x\n", encoding="utf-8"), "column target_id is missing"),
    (lambda f: (f / "initiatives.csv").write_text(_bad_seq(f), encoding="utf-8"), "not a whole number"),
    (lambda f: (f / "document.json").write_text("{not json", encoding="utf-8"), "not valid JSON"),
    (lambda f: (f / "document.json").write_text('{"edition": "x/../../victim"}', encoding="utf-8"), "not a four-digit year"),
])
def test_diff_refuses_bad_inputs_in_one_line(corpus_out, tmp_path, capsys, damage, words):
    import shutil

    folder = tmp_path / "2022"
    shutil.copytree(corpus_out / "2022", folder)
    damage(folder)
    (tmp_path / "victim").mkdir()
    assert main(["diff", str(corpus_out / "2021"), str(folder), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and str(folder) in err[0], err
    assert (tmp_path / "victim").is_dir() and not (tmp_path / "out").exists()


def _bad_seq(folder: Path) -> str:
    lines = (folder / "initiatives.csv").read_text(encoding="utf-8").split("\n")
    cells = lines[1].split(",")
    cells[1] = "1.0"
    lines[1] = ",".join(cells)
    return "\n".join(lines)
