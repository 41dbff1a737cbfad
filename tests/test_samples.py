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


def test_an_extra_column_is_kept_and_shifts_nothing(tmp_path):
    """A 取組 | 備考 | 関係府省庁 table: the note column lands in `extra`, ministries and leads
    are still read from their own column, and a row split across pages keeps all three."""
    import pymupdf

    from pipeline.cli import main
    from samples.build_samples import text

    doc = pymupdf.open()
    page = doc.new_page()
    text(page, 470, 60, "別紙", 12)
    text(page, 180, 110, "「ＡＩ戦略2099」別紙", 16)
    text(page, 57, 160, "第二部　差し迫った危機への対処", 14)
    text(page, 67, 190, "＜具体目標＞", 10.5)
    text(page, 78, 206, "ＡＩによる利活用の基礎となるデジタル・ツインの構築", 10.5)
    xs = (57, 330, 440, 539)
    rows = [(["取組"], ["備考"], ["関係府省庁"]),
            (["高精度リモートセンシングデータの収集"], ["令和５年度から"], ["◎総・文"]),
            (["災害の予測システムの構築"], [], ["国"]),
            (["国土交通データ基盤の構築によるデジタル・ツイ"], ["継続"], ["デジ庁、"]),
            None,  # page break inside the row above: every cell continues
            (["ンの実現"], ["して実施"], ["◎国"])]
    y = top = 700
    page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for row in rows:
        if row is None:
            for x in xs:
                page.draw_line((x, top), (x, y), width=0.5)
            page = doc.new_page()
            y = top = 60
            page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
            continue
        for col, lines in enumerate(row):
            for i, s in enumerate(lines):
                text(page, xs[col] + 4, y + 13 * (i + 1), s, 10)
        y += 18
        page.draw_line((xs[0], y), (xs[-1], y), width=0.5)
    for x in xs:
        page.draw_line((x, top), (x, y), width=0.5)
    doc.save(tmp_path / "bessi_with_notes.pdf")

    assert main(["extract", str(tmp_path / "bessi_with_notes.pdf"), "--out", str(tmp_path / "out"), "-q"]) == 0
    got = [(r["text"], r["ministries"], r["lead"], r["extra"], r["page_start"], r["page_end"])
           for r in read_csv(tmp_path / "out/2099/initiatives.csv")]
    assert got == [
        ("高精度リモートセンシングデータの収集", "総|文", "総", "備考=令和5年度から", "1", "1"),
        ("災害の予測システムの構築", "国", "", "備考=", "1", "1"),
        ("国土交通データ基盤の構築によるデジタル・ツインの実現", "デジ庁|国", "国", "備考=継続して実施", "1", "2"),
    ]
