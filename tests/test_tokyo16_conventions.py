"""Conventions of a statistics sheet (tokyo16): a sheet of small ruled tables under numbered section lines, the text
outside its tables a few remarks and the tables' notes, set smaller than the cells (typography._cells_outweigh)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from conftest import read_csv
from pdf_fonts import rename_fonts
from pipeline.cli import main

GOTHIC, PLAIN = "japan", "japan-s"
NOTES = ("※１　濃厚接触者：確定患者との接触歴があるもの。検査の結果は後日に公表する。",
         "＊２つの欄に該当する場合があるため、内訳と総数が一致しない場合がある。")


def _grid(page: pymupdf.Page, x: float, y: float, heads: list[str], figures: list[str], width: float = 60,
          font: str = GOTHIC) -> float:
    """A ruled table of one row of heads (10 pt) over one row of figures (12 pt); its foot."""
    xs = [x + width * k for k in range(len(heads) + 1)]
    for gx in xs:
        page.draw_line((gx, y), (gx, y + 40), color=(0, 0, 0), width=0.5)
    for gy in (y, y + 18, y + 40):
        page.draw_line((xs[0], gy), (xs[-1], gy), color=(0, 0, 0), width=0.5)
    for k, (head, figure) in enumerate(zip(heads, figures)):
        page.insert_text((xs[k] + 4, y + 14), head, fontname=font, fontsize=10)
        page.insert_text((xs[k] + 4, y + 35), figure, fontname=font, fontsize=12)
    return y + 40


def build_statistics_sheet(path: Path) -> Path:
    """別紙 and two ◆ remarks (bold Gothic 10 pt, the cells' size) over numbered sections of ruled tables (heads
    10 pt, figures 12 pt); each table's notes in 6 pt under it; in the second section a line of figures in 8.4 pt
    (…中２３４１人　当日の新規陽性者　１３３７人) under a 【参考】 line in that size and a caption in 7.7 pt over a table: the text outside the tables is
    set smaller than the cells and holds fewer glyphs than they do."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((30, 60), "別紙", fontname=GOTHIC, fontsize=11)
    page.insert_text((44, 80), "◆令和３年１月１日１８時００分時点", fontname=GOTHIC, fontsize=10)
    page.insert_text((30, 100), "１　患者の発生状況", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, 110, ["総数", "濃厚接触", "渡航歴", "調査中", "高齢者", "重症者", "不明"],
              ["783", "254", "1", "529", "87", "0", "12"])
    for k, note in enumerate(NOTES):
        page.insert_text((44, y + 10 + 8 * k), note, fontname=GOTHIC, fontsize=6)
    y = _grid(page, 44, y + 30, ["10代", "20代", "30代", "40代", "50代", "60代", "70代"],
              ["30", "234", "143", "132", "104", "59", "31"])
    y = _grid(page, 44, y + 20, ["80代", "90代", "100歳", "男性", "女性", "確認中", "不明"],
              ["25", "11", "0", "423", "360", "0", "0"])
    page.insert_text((30, y + 25), "２　都内発生数", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, y + 35, ["入院中", "宿泊療養", "自宅療養", "調整中", "死亡", "退院", "転送"],
              ["2,730", "1,013", "3,278", "2,447", "631", "50,861", "6"])
    for k, note in enumerate(NOTES):
        page.insert_text((44, y + 10 + 8 * k), note, fontname=GOTHIC, fontsize=6)
    page.insert_text((44, y + 32), "【参考】　入院・療養等調整中の陽性患者について（１２月３１日発表分）", fontname=GOTHIC,
                     fontsize=8.4)
    page.insert_text((84, y + 45), "入院療養等調整中２３４１人　　当日の新規陽性者　　１３３７人", fontname=GOTHIC, fontsize=8.4)
    page.insert_text((64, y + 60), "その後の状況　１月１日（金）１６時時点", fontname=GOTHIC, fontsize=7.7)
    _grid(page, 44, y + 66, ["入院", "宿泊療養", "自宅療養", "療養終了", "他県転送", "移管中", "調査中"],
          ["18", "23", "129", "41", "6", "733", "54"])
    doc.save(path)
    return path


def test_a_sheets_lines_set_under_its_cells_size_are_no_headings(tmp_path):
    """A sheet of small tables has no running text: its body is the size most of its text is set in, cells
    included (10 pt), never its notes' (6 pt) — a 【参考】 line, a line of figures or a caption over a table, set
    between the two sizes, is no heading; the numbered section lines are the sheet's only headings."""
    pdf = build_statistics_sheet(tmp_path / "sheet.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    titles = [h["title"] for h in read_csv(tmp_path / "out/documents/sheet/headings.csv")]
    assert titles == ["患者の発生状況", "都内発生数"], titles


def build_banded_sheet(path: Path) -> Path:
    """A statistics sheet whose parts are set apart by bands, bold as its section lines (the cells and notes in the
    regular face): ＜属性＞ at the left margin with, to its right, a box's ※ note in 6 pt set as a block of its own
    (read right after the band), then 〇年代 over its table; under section ２ two tables, and between them
    【参考】区市町村別患者数（都内発生分） at the section lines' margin over the second."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((44, 60), "◆令和３年１月１日１８時００分時点", fontname=GOTHIC, fontsize=10)
    page.insert_text((30, 80), "１　患者の発生状況", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, 90, ["総数", "濃厚接触", "渡航歴", "調査中"], ["783", "254", "1", "529"], font=PLAIN)
    y = _grid(page, 348, y + 8, ["持込み"], ["41"], font=PLAIN)
    page.insert_text((44, y - 10), "＜属性＞", fontname=GOTHIC, fontsize=10)
    for k, note in enumerate(("※３　都外居住者が自己採取し郵送した検体を都内医療機関で", "検査を行った結果、陽性判明した数である。")):
        page.insert_text((300, y + 6 + 8 * k), note, fontname=PLAIN, fontsize=6)
    page.insert_text((44, y + 16), "〇年代", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, y + 26, ["10代", "20代", "30代", "40代", "50代", "60代", "70代"],
              ["30", "234", "143", "132", "104", "59", "31"], font=PLAIN)
    page.insert_text((30, y + 25), "２　都内発生数", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, y + 35, ["入院中", "宿泊療養", "自宅療養", "調整中", "死亡", "退院", "転送"],
              ["2,730", "1,013", "3,278", "2,447", "631", "50,861", "6"], font=PLAIN)
    page.insert_text((30, y + 25), "【参考】区市町村別患者数（都内発生分）", fontname=GOTHIC, fontsize=10)
    _grid(page, 44, y + 35, ["千代田", "中央", "港", "新宿", "文京", "台東", "墨田"],
          ["331", "1258", "2547", "4510", "1018", "1105", "1244"], font=PLAIN)
    rename_fonts(doc, "/YuGothic-Bold", "/YuGothic-Regular")
    doc.save(path)
    return path


def test_a_sheets_bands_head_their_parts(tmp_path):
    """＜属性＞ heads the part under it though a note set in a block to its right is read next (a label names what
    stands under it, never a line beside it: headings._next_under); 【参考】区市町村別患者数… between two tables heads
    the second — a line led by a 【…】 tag going on with its own title is a band, no label amid the tables
    (headings._tag_led)."""
    pdf = build_banded_sheet(tmp_path / "sheet.pdf")
    assert main(["extract", str(pdf), "--out", str(tmp_path / "out"), "-q"]) == 0
    titles = [h["title"] for h in read_csv(tmp_path / "out/documents/sheet/headings.csv")]
    assert "<属性>" in titles, titles
    assert [t for t in titles if t.startswith("【参考】区市町村別患者数")], titles
