"""The project's own sample PDFs (built by samples/build_samples.py): every layout feature
they were built to show comes out as it was set."""
import json

from conftest import read_csv


def test_sample_document(samples_out):
    doc = json.loads((samples_out / "2099/document.json").read_text(encoding="utf-8"))
    assert (doc["edition"], doc["date"], doc["title"], doc["status"]) == ("2099", "2099-04-01", "AI戦略2099", "success")


def test_sample_heading_tree_and_goals(samples_out):
    heads = [(h["level"], h["label"], h["title"]) for h in read_csv(samples_out / "2099/headings.csv")]
    assert heads == [("1", "第一部", "基本的事項"), ("2", "1.", "はじめに"), ("3", "(1)", "研究環境の整備"),
                     ("4", "①", "中核的研究ネットワークの構築"), ("4", "", "【大学・高専】")]
    goals = [(g["kind"], g["label"], g["item_no"], g["text"]) for g in read_csv(samples_out / "2099/goals.csv")]
    assert goals == [("大目標", "", "1", "研究開発の日本型モデルの創出"),
                     ("具体目標", "1", "1", "全ての大学生が数理・データサイエンス・AIを習得"),
                     ("具体目標", "1", "2", "AIを活用した研究基盤の整備")]
    notes = read_csv(samples_out / "2099/footnotes.csv")
    assert [(n["number"], n["text"]) for n in notes] == [("1", "研究データ基盤とは、研究で得られたデータを共有する仕組みをいう。")]
    assert any("[^1]" in p["text"] for p in read_csv(samples_out / "2099/paragraphs.csv"))


def test_sample_split_row_leads_and_separators(samples_out):
    rows = read_csv(samples_out / "2099/initiatives.csv")
    got = [(r["text"], r["ministries"], r["lead"], r["page_start"], r["page_end"]) for r in rows]
    assert got == [
        ("高精度リモートセンシングデータの収集・分析技術の開発", "総", "", "1", "1"),
        ("災害の予測システム等の構築に向けた研究開発を推進", "科技|総|文|経", "科技", "1", "1"),
        ("国土交通データプラットフォームの構築によるデジタル・ツインの実現", "デジ庁|総|国", "国", "1", "2"),
        ("装備品等の研究開発におけるDXの推進", "総|防", "", "2", "2"),
        ("AI活用による船舶交通の安全確保", "国|防", "国", "2", "2"),   # lead underlined, no ◎
    ]
    targets = read_csv(samples_out / "2099/targets.csv")
    assert [t["reposted"] for t in targets] == ["0", "1"] and targets[1]["reposted_from"] == targets[0]["target_id"]
