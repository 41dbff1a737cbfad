"""A survey report typeset here as a prefecture's questionnaire results are (the conventions of
tests/real/fukui_choki_vision_kenmin_enquete_2020), with its truth beside it:

build_survey: 11 pt Gothic text under two numbered sections in the same type (1. 調査の目的 /
2. 調査の結果, each followed by its text: headings); under the second, a question's answer options
in 10 pt: the first after a lead (答　１．…（13）　２．…（83）　３．…（308）), the rest on a row of
their own side by side (４．…（108）　５．…（25）); then options one under another in 10 pt (答　１．…
(653), then ２．…(196) / ３．…(539) / ４．…(531)), one of them wrapped with its second line under its
text (a hanging list); a 【…】 band right above a ruled table (its caption); the text after them.

build_survey_report: the report's own pages as the prefecture sets them: its title centred in 20 pt over
the text on the first page (the document's title: no heading), its one section heading in 14 pt set
flush left but indented two characters of its own size (項目別の調査結果: a word processor's heading
style, 28 pt in, past two and a half characters of the 11 pt body), then a question and its answer
options in 10 pt — the first after the lead 答 on its row, the second under that one's label on a row
of its own, the rest side by side on rows opening with spaces (３．２以外の…: an option naming option
２, which reads as a section number 3.2).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
BODY, SMALL = 11, 10
HEADINGS = [("1.", "調査の目的"), ("2.", "調査の結果")]
BAND = "【健康】"
ROW = [["医療機関が整備されている", "497"], ["日常的に運動する機会がある", "93"]]
PURPOSE = ["　本調査は、県民の意識を把握し、長期ビジョンの推進に役立てるために実施したものであり、",
           "その結果は、施策の立案と評価に用いる。調査の対象は、県内に居住する満18歳以上の県民",
           "3,000人であり、住民基本台帳から年代別に無作為に抽出した。回答者は1,625人であった。",
           "　調査は、郵送による配布と回収のほか、インターネットによる回答を併用して行った。",
           "設問は、長期ビジョンの認知度、暮らしの充足度、将来の重要度などの31問である。"]


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float = BODY) -> float:
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=size)
    return y + size * 1.65


def build_survey(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _text(page, 60, 80, "1. 調査の目的")
    for line in PURPOSE:
        y = _text(page, 60, y, line)
    y = _text(page, 60, y + 6, "2. 調査の結果")
    y = _text(page, 70, y, "問１　あなたは長期ビジョンについて知っていましたか。")
    y = _text(page, 70, y, "答　１．よく知っている（13）　２．少し知っている（83）　３．知っている（308）", SMALL)
    y = _text(page, 98, y, "４．あまり知らない（108）　５．知らない（25）", SMALL)
    y = _text(page, 70, y + 6, "・「知っている」の割合は24.9％であった。")
    y = _text(page, 70, y, "問２　今後、どのようなことが必要だと思いますか。")
    y = _text(page, 70, y, "答　１．若者の出会いの場の提供などの結婚支援策を推進すること(653)", SMALL)
    y = _text(page, 98, y, "２．気軽に出産・育児の相談ができる体制を充実すること(196)", SMALL)
    y = _text(page, 98, y, "３．企業における産前・産後休暇や育児休業が取得しやすい職場環境の整備を支援す", SMALL)
    y = _text(page, 114, y, "ること(539)", SMALL)
    y = _text(page, 98, y, "４．保育所やこども園の保育サービスを充実すること(531)", SMALL)
    y = _text(page, 70, y + 6, "・「結婚支援策」の割合が最も高くなっている。")
    y = _text(page, 80, y + 10, BAND, SMALL)
    xs, top = [80, 420, 480], y - 6
    for r, (item, count) in enumerate(ROW):   # a ruled table right under the band
        page.draw_line((xs[0], top + 20 * r), (xs[-1], top + 20 * r), width=0.6)
        page.insert_text((xs[0] + 4, top + 20 * r + 14), item, fontname=GOTHIC, fontsize=SMALL)
        page.insert_text((xs[1] + 4, top + 20 * r + 14), count, fontname=GOTHIC, fontsize=SMALL)
    page.draw_line((xs[0], top + 20 * len(ROW)), (xs[-1], top + 20 * len(ROW)), width=0.6)
    for x in xs:
        page.draw_line((x, top), (x, top + 20 * len(ROW)), width=0.6)
    _text(page, 70, top + 20 * len(ROW) + 24, "・「医療機関」の割合が30.6％で最も高い。")
    doc.save(path)
    return path


REPORT_TITLE = "県民アンケート調査結果の概要と施策の方向"   # 20 characters of 20 pt: centred, 42 pt in
REPORT_HEADING = "項目別の調査結果"
REPORT_TEXT = ["　本報告は、県民の意識を把握し、長期ビジョンの推進に役立てるために実施した調査の",
               "結果をまとめたものである。調査の対象は、県内に居住する満18歳以上の県民3,000人で",
               "あり、住民基本台帳から年代別に無作為に抽出した。回答者は1,625人であった。",
               "　調査は、郵送による配布と回収のほか、インターネットによる回答を併用して行った。",
               "設問は、長期ビジョンの認知度、暮らしの充足度、将来の重要度などの31問である。"]
REPORT_OPTIONS = ["答　　１．就学（専門学校、大学、大学院）（251）",
                  "２．学校（高校、専門学校、大学、大学院）卒業後の就職（93）",
                  "　　　　　３．２以外の就職、転職（88）　４．本人の転勤（63）",
                  "　　　　　５．家族の転居（61）　６．その他（19）"]


def build_survey_report(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    width = 20 * len(REPORT_TITLE)
    _text(page, (60 + 544) / 2 - width / 2, 80, REPORT_TITLE, 20)   # centred on the text's measure
    y = 130.0
    for line in REPORT_TEXT:
        y = _text(page, 60, y, line)
    y = _text(page, 60 + 2 * 14, y + 20, REPORT_HEADING, 14)   # two characters of its own size in
    y = _text(page, 60, y + 6, "問１　あなたが県外で暮らすことになった理由について、当てはまるものを１つ選ん")
    y = _text(page, 93, y, "で○をつけてください。")
    y = _text(page, 80, y, REPORT_OPTIONS[0], SMALL)
    y = _text(page, 80 + 3 * SMALL, y, REPORT_OPTIONS[1], SMALL)   # under the first option's label
    for line in REPORT_OPTIONS[2:]:
        y = _text(page, 60, y, line, SMALL)
    y = _text(page, 70, y + 6, "・「就学」の割合は38.6％で最も高いが、昨年度の調査の結果を下回った。")
    for line in REPORT_TEXT:
        y = _text(page, 60, y, line)
    doc.save(path)
    return path
