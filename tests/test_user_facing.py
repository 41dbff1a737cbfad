"""What analysts and archivists meet: the default sample, the installed command, the data
package in every folder, typed loading, BOM for Excel, and the README kept with the schema."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.schema import BY_FILE

ROOT = Path(__file__).resolve().parents[1]


def _folders(corpus_diffs: Path) -> list[Path]:
    return sorted(p for p in corpus_diffs.iterdir() if (p / "datapackage.json").is_file())


def test_every_folder_has_a_data_package_that_matches_its_csvs(corpus_diffs):
    folders = _folders(corpus_diffs)
    assert {f.name for f in folders} >= {"2019", "2021", "2022", "diff_2019_2021", "diff_2021_2022"}
    for folder in folders:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        assert package["profile"] == "tabular-data-package"
        assert sorted(r["path"] for r in package["resources"]) == sorted(p.name for p in folder.glob("*.csv"))
        for r in package["resources"]:
            with open(folder / r["path"], encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0] == [f["name"] for f in r["schema"]["fields"]], r["path"]
            key = r["schema"].get("primaryKey")
            if key:
                at = [rows[0].index(k) for k in key]
                keys = [tuple(row[i] for i in at) for row in rows[1:]]
                assert len(keys) == len(set(keys)), (folder.name, r["path"], "primary key not unique")
            for fk in r["schema"].get("foreignKeys", []):
                assert fk["reference"]["resource"] + ".csv" in {x["path"] for x in package["resources"]}


def test_load_gives_typed_frames(corpus_diffs):
    import pipeline

    frames = pipeline.load(corpus_diffs / "2022")
    goals, targets = frames["goals"], frames["targets"]
    assert str(goals["label"].dtype) == "string" and "0" in set(goals["label"])   # a label "0" stays text
    assert str(goals["heading_seq"].dtype) == "Int64" and str(targets["reposted"].dtype) == "boolean"
    assert str(frames["initiatives"]["initiative_id"].dtype) == "string"
    assert int(targets["reposted"].sum()) == 3 and len(frames["initiatives"]) == 260
    changes = pipeline.load(corpus_diffs / "diff_2021_2022")["changes"]
    assert str(changes["old_seq"].dtype) == "Int64" and changes["old_seq"].isna().sum() == 26   # added rows


def test_bom_for_excel(tmp_path):
    from samples.build_samples import build

    build(tmp_path)
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "--bom"]) == 0
    data = (tmp_path / "out/2099/initiatives.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    import pipeline

    assert len(pipeline.load(tmp_path / "out/2099")["initiatives"]) == 5
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q"]) == 0   # a rerun without --bom redoes it
    assert not (tmp_path / "out/2099/initiatives.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_installed_command_version_and_help():
    command = Path(sys.executable).with_name("ai-strategy")
    done = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    from pipeline import __version__

    assert done.returncode == 0 and done.stdout.strip() == f"ai-strategy {__version__}"
    helped = subprocess.run([str(command), "extract", "--help"], capture_output=True, text=True).stdout
    assert "exit codes:" in helped and "default: outputs" in helped


def test_edition_that_contradicts_the_cover_is_warned(tmp_path, capsys):
    from samples.build_samples import build

    build(tmp_path)
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--edition", "2098", "-q"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: --edition 2098 given, but the cover says 2099") == 2
    assert (tmp_path / "out/2098/initiatives.csv").is_file()


def test_the_default_sample_is_the_real_main_body(tmp_path):
    from samples.build_samples import build

    assert (ROOT / "samples/ai_strategy_2022_main_body_published.pdf").is_file()
    build(tmp_path)   # the generated pair, as make builds it into samples/
    (tmp_path / "real.pdf").write_bytes((ROOT / "samples/ai_strategy_2022_main_body_published.pdf").read_bytes())
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "-q"]) == 0
    headings = list(csv.DictReader(open(tmp_path / "out/2022/headings.csv", encoding="utf-8")))
    assert len(headings) == 55


def test_readme_names_every_dataset_and_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, d in BY_FILE.items():
        assert f"`{name}`" in readme, name
        for column in d.columns:
            assert column in readme, (name, column)


def test_diff_help_names_every_file_a_diff_writes(corpus_out, tmp_path, capsys):
    """`diff --help` lists the files of the folders it writes: every file of a diff and a lineage
    folder written from three editions is named (lineage_links.csv and target_lineage.csv were
    not); diff with one folder names an example, no stale 'oldest first'."""
    eds = [str(corpus_out / y) for y in ("2019", "2021", "2022")]
    assert main(["diff", *eds, "--out", str(tmp_path), "-q"]) == 0
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    written = {p.name for d in tmp_path.iterdir() for p in d.iterdir() if p.name != "datapackage.json"}
    assert written >= {"lineage_links.csv", "target_lineage.csv", "changes.csv"}
    assert sorted(n for n in written if n not in shown) == []
    assert main(["diff", eds[0]]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "outputs/2021 outputs/2022" in err[0]


def test_extract_help_says_when_an_edition_is_kept(capsys):
    """Exit 1 also when the new read has under half the items (README's table, --replace-smaller's
    help); the exit-code list of extract --help named only a missing file."""
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    codes = shown[shown.index("exit codes:"):]
    assert "lacks a file it had or has under half its goals, targets, initiatives or headings" in codes
