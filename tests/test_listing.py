"""`ai-strategy ls DIR` lists what an output folder holds, from the files written; and
`pipeline.load` of a folder without datasets says so instead of returning {}."""
from __future__ import annotations

import csv
import json
import re
import shutil
import time
from datetime import datetime, timezone

import pytest

import pipeline
from pipeline.cli import main


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_ls_lists_editions_diffs_and_documents(corpus, corpus_diffs, real_out, capsys):
    capsys.readouterr()
    assert main(["ls", str(corpus_diffs), "--json"]) == 0
    got = {e["folder"]: e for e in json.loads(capsys.readouterr().out)}
    assert {"2019", "2021", "2022", "diff_2019_2021", "diff_2021_2022"} <= set(got)
    for edition in ("2019", "2021", "2022"):
        e = got[edition]
        assert e["kind"] == "edition" and e["status"] in ("success", "partial")
        assert e["counts"]["initiatives"] == len(_rows(corpus_diffs / edition / "initiatives.csv"))
        assert set(e["sources"]) == {p.name for p in (corpus / edition).glob("*.pdf")}
        written = datetime.strptime(e["written"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        newest = max(p.stat().st_mtime for p in (corpus_diffs / edition).iterdir())
        assert abs(written.timestamp() - newest) < 1 and abs(written.timestamp() - time.time()) < 3600
    diff = got["diff_2021_2022"]
    rows = _rows(corpus_diffs / "diff_2021_2022" / "changes.csv")
    assert diff["kind"] == "diff" and diff["sources"] == ["2021", "2022"]
    assert diff["counts"]["unchanged"] == sum(r["change"] == "unchanged" for r in rows)
    assert diff["counts"]["ministry changes"] == sum(r["ministries_changed"] == "1" for r in rows)
    assert main(["ls", str(real_out.parent)]) == 0
    text = capsys.readouterr().out
    docs = sorted(p.name for p in real_out.iterdir() if p.is_dir())
    assert [line.split()[0] for line in text.splitlines()[1:]] == [f"documents/{d}" for d in docs]
    assert all(" document " in line for line in text.splitlines()[1:])


def test_ls_and_load_say_when_there_is_nothing(tmp_path, capsys):
    assert main(["ls", str(tmp_path / "missing")]) == 1
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["ls", str(tmp_path / "empty")]) == 1
    assert "holds no editions" in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="no such folder"):
        pipeline.load(tmp_path / "missing")
    with pytest.raises(ValueError, match="no datasets here"):
        pipeline.load(tmp_path / "empty")


def test_ls_and_load_of_a_file_say_it_is_a_file(tmp_path, capsys):
    """A user who gives a CSV or any file instead of its folder is told so, not 'no such folder'."""
    csv_file = tmp_path / "initiatives.csv"
    csv_file.write_text("a\n", encoding="utf-8")
    assert main(["ls", str(csv_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "a file, not a folder" in err[0] and "no such" not in err[0]
    with pytest.raises(NotADirectoryError, match=re.escape(f"a file, not a folder; give the folder that holds it ({tmp_path})")):
        pipeline.load(csv_file)


def test_ls_shows_a_folder_whose_document_json_is_damaged(corpus_out, tmp_path, capsys):
    """An edition folder whose document.json was cut short was left out of the list without a
    word; it is listed, with what to do."""
    out = tmp_path / "out"
    shutil.copytree(corpus_out / "2022", out / "2022")
    shutil.copytree(corpus_out / "2021", out / "2021")
    (out / "2022" / "document.json").write_text("{bad", encoding="utf-8")
    capsys.readouterr()
    assert main(["ls", str(out), "--json"]) == 0
    got = {e["folder"]: e for e in json.loads(capsys.readouterr().out)}
    assert set(got) == {"2021", "2022"}
    assert got["2022"]["kind"] == "edition" and "unreadable document.json" in got["2022"]["status"]
    assert "--force" in got["2022"]["status"]
