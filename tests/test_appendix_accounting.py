"""Every letter of an appendix read for its initiative lists lands in a dataset (or problems.csv), as for
any other file (pipeline.edition.unaccounted runs on every part): a part's title in targets.csv's
part_title, the file's text outside its lists — a note over or under a table, its cover's subtitle — in
paragraphs.csv (extractors/paragraphs.loose_paragraphs)."""
from __future__ import annotations

import pymupdf

import table_conventions as tc
from conftest import read_csv
from real_truth import norm

FONT = "japan"
NOTE = "※ 各取組の進捗は、関係府省庁が毎年度の工程表により確認し、その結果を取りまとめて公表する。"


def _appendix(path):
    """An edition's appendix (別紙): title, subtitle, a part with its title, a 大目標, a ＜具体目標＞ over a
    ruled 取組 | 関係府省庁 table, a note under the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((180, 80), "「ＡＩ戦略２０９９」別紙", fontname=FONT, fontsize=16)
    page.insert_text((190, 110), "～ＡＩ戦略２０９９の取組一覧～", fontname=FONT, fontsize=12)
    page.insert_text((57, 160), "第二部　差し迫った危機への対処", fontname=FONT, fontsize=14)
    page.insert_text((57, 190), "（１）ＡＩによる国家強靱化の確立", fontname=FONT, fontsize=12)
    page.insert_text((67, 214), "大目標　「国家強靱化のためのＡＩ」の確立", fontname=FONT, fontsize=11)
    page.insert_text((67, 238), "＜具体目標＞", fontname=FONT, fontsize=10.5)
    page.insert_text((78, 254), "ＡＩによる利活用の基礎となるデジタル・ツインの構築", fontname=FONT, fontsize=10.5)
    rows = [("取組", "関係府省庁"), ("高精度リモートセンシングデータの収集技術の開発", "総"),
            ("災害の予測システムの構築に向けた研究開発を推進", "文、経"), ("装備品等の研究開発におけるＤＸの推進", "防")]
    xs, ys = [57, 442, 539], [270 + 22 * i for i in range(len(rows) + 1)]
    tc._grid_lines(page, xs, ys)
    for (left, right), y in zip(rows, ys):
        page.insert_text((61, y + 15), left, fontname=FONT, fontsize=10)
        page.insert_text((446, y + 15), right, fontname=FONT, fontsize=10)
    page.insert_text((57, ys[-1] + 30), NOTE, fontname=FONT, fontsize=10)
    doc.save(path)
    return path


def _part(path):
    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    from pipeline.edition import read_part

    source = read_pdf(str(path))
    return read_part(source, read_cover(source))


def test_an_appendix_s_part_title_and_note_are_held_and_checked(tmp_path):
    part = _part(_appendix(tmp_path / "bessi.pdf"))
    assert part.initiatives and part.cover.role == "appendix" and part.cover.edition == "2099"
    assert not part.headings   # an appendix's headings are no part of the main body's tree
    assert {(t.context.part, norm(t.context.part_title)) for t in part.targets} == {("第二部", norm("差し迫った危機への対処"))}
    texts = [norm(p.text) for p in part.paragraphs]
    # an appendix's subtitle stays its paragraph: an edition's document.json holds its main body's cover only
    assert norm(NOTE) in texts and norm("～ＡＩ戦略２０９９の取組一覧～") in texts, texts
    assert all(p.listed and p.heading_seq is None for p in part.paragraphs)
    assert not [p for p in part.problems if p.what == "text_not_in_datasets"]


def test_an_appendix_line_that_lands_nowhere_is_flagged(tmp_path, monkeypatch):
    """The guard runs on an appendix read for its lists: its note and subtitle held in no paragraph (as before this
    convention) make the file's text_not_in_datasets error — the note's letters (確, 表) missed; the subtitle's are
    document.json's `subtitle` too (labels17)."""
    import pipeline.edition as edition

    monkeypatch.setattr(edition, "loose_paragraphs", lambda *args, **kw: [])
    part = _part(_appendix(tmp_path / "bessi.pdf"))
    assert part.initiatives
    flagged = [p for p in part.problems if p.what == "text_not_in_datasets"]
    assert flagged and flagged[0].severity == "error" and {"確", "表"} <= set(flagged[0].raw.split("most missed: ")[1])


def test_no_corpus_appendix_is_flagged(corpus_out, samples_out):
    """The corpus's editions (2022 honbun + bessi, the synthetic 2021 appendix and 2019 main body with its
    ＜取組＞ lists) and the samples hold every letter: no file's text_not_in_datasets; the part titles and the
    appendices' notes are in their datasets."""
    for folder in (corpus_out / "2019", corpus_out / "2021", corpus_out / "2022", samples_out / "2099"):
        assert not [p for p in read_csv(folder / "problems.csv") if p["what"] == "text_not_in_datasets"], folder
        assert all(t["part_title"] for t in read_csv(folder / "targets.csv")), folder
    for year in ("2021", "2022"):
        texts = [p["text"] for p in read_csv(corpus_out / year / "paragraphs.csv")]
        assert any("略称" in t for t in texts), year
    assert {t["part_title"] for t in read_csv(corpus_out / "2022" / "targets.csv") if t["part"] == "第二部"} \
        == {"差し迫った危機への対処"}



def test_a_part_no_target_sits_under_is_paragraphs(tmp_path):
    """A part and a section the appendix prints with text under them but no ＜具体目標＞: no target's context
    holds them, so they are paragraphs of their own (a heading one paragraph, its label and title), in order."""
    path = _appendix(tmp_path / "bessi.pdf")
    doc = pymupdf.open(path)
    page = doc.new_page(width=595, height=842)
    page.insert_text((57, 80), "第三部　社会実装の推進", fontname=FONT, fontsize=14)
    page.insert_text((57, 110), "（１）今後の検討課題", fontname=FONT, fontsize=12)
    page.insert_text((67, 140), "関係府省庁は、次期戦略の策定に向けて検討を進める。", fontname=FONT, fontsize=10.5)
    doc.save(tmp_path / "bessi2.pdf")
    part = _part(tmp_path / "bessi2.pdf")
    assert {t.context.part for t in part.targets} == {"第二部"}
    later = [norm(p.text) for p in part.paragraphs if p.page == 2]
    assert later == [norm("第三部社会実装の推進"), norm("(1)今後の検討課題"), norm("関係府省庁は、次期戦略の策定に向けて検討を進める。")]
    assert not [p for p in part.problems if p.what == "text_not_in_datasets"]
