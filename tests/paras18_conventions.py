"""Documents typeset here for paras18's paragraph conventions.

build_code_titles   a fee schedule's codes set out at the margin (Ｋ００１ 皮膚切開術), their rows set in under them
                    ("１ 長径10センチメートル未満　570点"), one Mincho size, each line placed where it stands (a layer
                    that writes no blank line and no leading space: read by position).
build_grouped_rows  a fee schedule's code whose first row is priced and whose second groups priced sub-rows, its
                    title opening with a figure ("２　１以外の場合"), and a code whose row's sub-rows carry their figures
                    run on to their label (イ１回目); a third code's row note runs over the page break.
build_band_heads    a statistics sheet's 【参考】 lines (bold, the words after the band) over a line of figures in the
                    regular face, and one over a table.
build_source_rows   a portrait paper whose every page closes on a source line (（出典：https://… and its tail
                    より一部抜粋・追記） set an em apart, the address different on each page) over its page number.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts
from schedule15_conventions import PITCH, _right, _text, code_rows

# (code, name, rows: (label, words, points or "" for a row grouping the sub-rows under it, x))
CODES = [
    ("Ｋ００１", "皮膚切開術", [("１", "長径10センチメートル未満", "570点", 146),
                          ("２", "長径10センチメートル以上20センチメートル未満", "990点", 146),
                          ("３", "長径20センチメートル以上", "1,770点", 146)]),
    ("Ｋ００２", "デブリードマン", [("１", "100平方センチメートル未満", "1,260点", 146),
                            ("２", "100平方センチメートル以上3,000平方センチメートル未満", "4,300点", 146),
                            ("３", "3,000平方センチメートル以上", "10,030点", 146)]),
    ("Ｋ００３", "皮膚、皮下、粘膜下血管腫摘出術（露出部）", [("１", "長径３センチメートル未満", "3,480点", 146),
                                          ("２", "長径３センチメートル以上", "9,180点", 146)]),
]


def build_code_titles(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _text(page, 146, 70, "第１款　皮膚・皮下組織")
    _text(page, 84, 70 + PITCH, "区分")
    code_rows(page, 70 + PITCH, CODES)
    doc.save(str(path))
    return path


GROUPED = [
    ("Ｋ５６１", "ステントグラフト内挿術", [("１", "血管損傷の場合", "43,830点", 146), ("２", "１以外の場合", "", 146),
                                  ("イ", "胸部大動脈", "56,560点", 156), ("ロ", "腹部大動脈", "49,440点", 156)]),
    ("Ｋ９２０", "輸血", [("１", "自家採血輸血（200mＬごとに）", "", 146),
                      ("イ", "１回目", "750点", 156), ("ロ", "２回目以降", "650点", 156),
                      ("２", "保存血液輸血（200mＬごとに）", "", 146),
                      ("イ", "１回目", "450点", 156), ("ロ", "２回目以降", "350点", 156)]),
]
# a code whose first row's note runs on over the page's foot, the next rows heading the next page
NOTED = ("Ｋ９３９", "画像等手術支援加算", ("１", "ナビゲーションによるもの", "2,000点"),
         ("注", "区分番号Ｋ０５５－２、Ｋ０５５－３、Ｋ０８０の１及びＫ０８１の１に掲げる手術に当たって、",
          "ナビゲーションによる支援を行った場合に算定する。"),
         [("２", "実物大臓器立体モデルによるもの", "2,000点"), ("３", "患者適合型手術支援ガイドによるもの", "2,000点")])


def build_grouped_rows(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _text(page, 146, 70, "第８款　心・脈管")
    _text(page, 84, 70 + PITCH, "区分")
    code_rows(page, 70 + PITCH, GROUPED)
    code, name, first, note, rows = NOTED
    y = 740.0
    _text(page, 84, y, f"{code}　{name}")
    _text(page, 146, y + PITCH, first[0])
    _text(page, 166, y + PITCH, first[1])
    _right(page, y + PITCH, first[2])
    _text(page, 156, y + 2 * PITCH, note[0])
    _text(page, 177, y + 2 * PITCH, note[1])
    page = doc.new_page(width=595, height=842)
    y = 70.0
    _text(page, 166, y, note[2])
    for label, words, points in rows:
        y += PITCH
        _text(page, 146, y, label)
        _text(page, 166, y, words)
        _right(page, y, points)
    _text(page, 84, y + PITCH, "Ｋ９４０　削除")
    doc.save(str(path))
    return path


GOTHIC, PLAIN = "japan", "japan-s"
BANDS = (("【参考】　重症者の属性", None),
         ("【参考】　入院・療養等調整中の陽性患者について（１２月３１日発表分）",
          "入院療養等調整中２３４１人　　当日の新規陽性者　　１３３７人"))


def _grid(page: pymupdf.Page, x: float, y: float, heads: list[str], figures: list[str]) -> float:
    xs = [x + 60 * k for k in range(len(heads) + 1)]
    for gx in xs:
        page.draw_line((gx, y), (gx, y + 40), color=(0, 0, 0), width=0.5)
    for gy in (y, y + 18, y + 40):
        page.draw_line((xs[0], gy), (xs[-1], gy), color=(0, 0, 0), width=0.5)
    for k, (head, figure) in enumerate(zip(heads, figures)):
        page.insert_text((xs[k] + 4, y + 14), head, fontname=PLAIN, fontsize=10)
        page.insert_text((xs[k] + 4, y + 35), figure, fontname=PLAIN, fontsize=12)
    return y + 40


def build_band_heads(path: Path) -> Path:
    """A sheet of ruled tables (cells 10 and 12 pt, the regular face: the body) under bold section lines (10 pt;
    GOTHIC, renamed to a bold face on save); a note set at the right under the first section's table, then the
    bold 【参考】 bands in 8.4 pt, the second over a line of figures in the regular face."""
    doc = pymupdf.open()
    page = doc.new_page()
    heads = [["総数", "濃厚接触", "渡航歴", "調査中", "高齢者", "重症者", "不明"],
             ["10代", "20代", "30代", "40代", "50代", "60代", "70代"],
             ["入院中", "宿泊療養", "自宅療養", "調整中", "死亡", "退院", "転送"],
             ["30代", "40代", "50代", "60代", "70代", "80代", "確認中"]]
    figures = [["783", "254", "1", "529", "87", "0", "12"], ["30", "234", "143", "132", "104", "59", "31"],
               ["2,730", "1,013", "3,278", "2,447", "631", "50,861", "6"], ["1", "4", "11", "20", "34", "18", "0"]]
    page.insert_text((30, 60), "１　患者の発生状況", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, 70, heads[0], figures[0])
    y = _grid(page, 44, y + 20, heads[1], figures[1])
    page.insert_text((30, y + 25), "２　都内発生数", fontname=GOTHIC, fontsize=10)
    y = _grid(page, 44, y + 35, heads[2], figures[2])
    page.insert_text((400, y + 12), "※療養期間経過を含む", fontname=PLAIN, fontsize=8.4)
    page.insert_text((44, y + 24), BANDS[0][0], fontname=GOTHIC, fontsize=8.4)
    y = _grid(page, 44, y + 30, heads[3], figures[3])
    page.insert_text((44, y + 24), BANDS[1][0], fontname=GOTHIC, fontsize=8.4)
    page.insert_text((84, y + 38), BANDS[1][1], fontname=PLAIN, fontsize=8.4)
    rename_fonts(doc, "/YuGothic-Bold", "/YuGothic-Regular")
    doc.save(path)
    return path


SOURCES = ["https://www.example.jp/news/2310/05/news179.html", "https://www.example.co.jp/news/detail/id=29572",
           "https://www.example.com/news/28034", "https://www.example.org/news/article/64855/"]
TAIL = "より一部抜粋・追記）"
BODY_LINES = ["生成ＡＩを活用した商品画像の自動生成機能を開発・運用した事例を紹介する。",
              "生成した商品画像と効果予測ＡＩを活用し、広告効果の高い商品画像を提供している。"]


def build_source_rows(path: Path) -> Path:
    doc = pymupdf.open()
    for k, address in enumerate(SOURCES):
        page = doc.new_page(width=595, height=842)
        page.insert_text((60, 110), f"事例{k + 1}　生成ＡＩの利活用", fontname=PLAIN, fontsize=14)
        for j, line in enumerate(BODY_LINES):
            page.insert_text((60, 150 + 18 * j), line, fontname=PLAIN, fontsize=10.5)
        head = f"（出典：{address}"
        page.insert_text((60, 790), head, fontname=PLAIN, fontsize=8)   # in the foot's margin
        width = pymupdf.get_text_length(head, fontname=PLAIN, fontsize=8)
        page.insert_text((60 + width + 8, 790), TAIL, fontname=PLAIN, fontsize=8)
        page.insert_text((290, 815), str(k + 1), fontname=PLAIN, fontsize=10)
    doc.save(str(path))
    return path
