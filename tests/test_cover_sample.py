"""bench/cover_sample.py counts title, date and issuer exact against its sample, matching documents by their
sources' SHA-256: text compared after NFKC with white space out, the date exactly, and a sample file no document
was read from counted a miss and named, never dropped."""
from __future__ import annotations

import importlib.util
import json

from conftest import ROOT

HEADER = "sha256\trepo\tpath\tcommit\tdraw\ttitle\tdate\tissuer\tnote\n"


def _script():
    spec = importlib.util.spec_from_file_location("cover_sample", ROOT / "bench" / "cover_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _document(out, name, sha, title, date, issuer):
    folder = out / "documents" / name
    folder.mkdir(parents=True)
    j = {"title": title, "date": date, "issuer": issuer, "sources": [{"sha256": sha}]}
    (folder / "document.json").write_text(json.dumps(j, ensure_ascii=False), encoding="utf-8")


def test_counts_each_field_and_names_what_was_not_read(tmp_path, capsys, monkeypatch):
    module = _script()
    sample = tmp_path / "sample.tsv"
    sample.write_text(HEADER
                      + "aa\to/r\tdir/one.pdf\tc1\t1\t北野市 計画\t2024-04-01\t北野市\t\n"
                      + "bb\to/r\tdir/two.pdf\tc1\t2\t報告書\t2023-03-31\t北野県\t\n"
                      + "cc\to/r\tdir/three.pdf\tc1\t2\t要綱\t\t\t\n", encoding="utf-8")
    monkeypatch.setattr(module, "SAMPLE", sample)
    out = tmp_path / "out"
    _document(out, "one", "aa", "北野市計画", "2024-04-01", "北野市")        # white space aside: all three right
    _document(out, "two", "bb", "報告書", "2023-03-30", "ＡＢＣ北野県")       # date off by a day, issuer wrong
    assert module.main([str(out)]) == 0
    printed = capsys.readouterr().out
    assert "not extracted (draw 2): o/r dir/three.pdf" in printed
    assert "draw 2 two.pdf: date: read '2023-03-30', printed '2023-03-31' | issuer:" in printed
    assert "one.pdf" not in printed
    assert "draw 1 of 1: title 1/1, date 1/1, issuer 1/1" in printed
    assert "draw 2 of 2: title 1/2, date 0/2, issuer 0/2" in printed
    assert printed.rstrip().endswith("sample of 3: title 2/3, date 1/3, issuer 1/3")


def test_full_width_letters_fold_as_nfkc():
    module = _script()
    assert module._key("title", "ＡＩ 戦略　２０２２") == module._key("title", "AI戦略2022")
    assert module._key("date", "2022-04-22") != module._key("date", "2022-04-22 ")


def test_the_sample_is_seven_draws_of_forty_distinct_rows_with_provenance():
    module = _script()
    rows = module.SAMPLE.read_text(encoding="utf-8").splitlines()
    assert rows[0] == HEADER.rstrip("\n")
    assert len(rows) == 281
    draws: dict[str, int] = {}
    for row in rows[1:]:
        assert len(row.split("\t")) == 9
        sha, repo, path, commit, draw = row.split("\t")[:5]
        assert len(sha) == 64 and "/" in repo and path.endswith(".pdf") and len(commit) == 40
        draws[draw] = draws.get(draw, 0) + 1
    assert draws == {"22": 40, "23": 40, "24": 40, "25": 40, "26": 40, "27": 40, "28": 40}
    assert len({row.split("\t")[0] for row in rows[1:]}) == 280
