"""Documents typeset here in the house style of real documents nobody had tuned for (blind22a, session 22):

- build_expert_paper: an expert meeting's paper set in one Gothic throughout — the meeting's name on its own row over
  the paper's quoted name and date, １．… sections, ○ and 〇 paragraphs, a figure's caption 【図1．…】 over a picture
  with its panel's name 渋谷 set larger beside it, and a （４） section title running to the edge over a paragraph
  marked 〇 whose first words are quoted (〇 「…」として…).
- build_budget_overview: a ministry's supplementary-budget overview typed in Word — a title, 第１ / （１） / ○ rows in
  one Gothic, each ○ measure's amount set flush right on its row (padded with spaces, some rows padded past the
  margin), a measure wrapped one character in from its ○ over its amount, an amount alone on the row under its
  measure (９．４億円), a 第２ whose amount (２兆７，１７９億円) stands on the row under its title; then a detail page:
  第１'s title in larger type broken early over its second row that ends in the amount, and each ○ row closed by its
  amount over its explanation in smaller type, the explanation's first row set in.
- build_notice_attachment: a 事務連絡 whose attachment is labelled （別添１） in brackets at the top right of its first
  page, over its title centred on the next row.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

_MINCHO, _GOTHIC = "japan", "china-s"

ISSUER = "新型コロナウイルス感染症対策専門家会議"
PAPER = "「新型コロナウイルス感染症対策の状況分析・提言」（2020年5月1日）"
SECTION_4 = "（４）「徹底した行動変容の要請」を維持するか、緩和するのかの判断に当たっての考え方"
FIGURE_WORD = "渋谷"
PARA = "我が国では、都市部を中心にクラスター感染が次々と生じるなど患者数が急増し、医療"


def _text(page: pymupdf.Page, x: float, y: float, text: str, size: float, font: str = _GOTHIC, bold: bool = False) -> None:
    """A run of text; `bold`: its glyphs filled and stroked in their colour (Word's bold for a face with none)."""
    if bold:
        page.insert_text((x, y), text, fontname=font, fontsize=size, render_mode=2, border_width=0.04,
                         color=(0, 0, 0), fill=(0, 0, 0))
    else:
        page.insert_text((x, y), text, fontname=font, fontsize=size)


def _paragraph(page: pymupdf.Page, x: float, y: float, first: str, size: float, rows: int, hang: float) -> float:
    """A marked paragraph: its first row opened by `first` (a mark and a space), its other rows hung at `hang`, each
    row as wide as the text's measure; the last row short, closing its sentence. Returns the next row's y."""
    _text(page, x, y, first + PARA[:36], size)
    for k in range(1, rows):
        last = k == rows - 1
        _text(page, hang, y + k * 18, PARA[:20] + "。" if last else PARA[:37], size)
    return y + rows * 18 + 18


def build_expert_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    size = 13.0
    _text(page, 43, 80, ISSUER, size, bold=True)
    _text(page, 84, 105, PAPER, size, bold=True)
    _text(page, 43, 160, "１．はじめに", size, bold=True)
    y = 178.0
    for _ in range(5):
        y = _paragraph(page, 57, y, "○ ", size, 4, 71)
    page = doc.new_page(width=595, height=842)
    y = 80.0
    _text(page, 53, y, "【図1．渋谷駅および難波駅から1km圏内のメッシュにおける年齢群別の接触頻度】", size)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 40), False)
    pix.set_rect(pix.irect, (90, 120, 200))
    page.insert_image(pymupdf.Rect(125, y + 20, 330, y + 150), pixmap=pix)
    _text(page, 130, y + 30, "年齢群間の接触頻度減少率", 15.0)
    _text(page, 82, y + 90, FIGURE_WORD, 15.0)
    for k, glyph in enumerate("年齢群"):   # the axis's label written down, a glyph a row
        _text(page, 116, y + 60 + 8 * k, glyph, 8.0)
    _text(page, 53, y + 175, "※ 横軸は推定感染時刻。不顕性感染者を除く。", 11.0)
    y += 215
    _text(page, 43, y, "２．感染の状況等について", size, bold=True)
    y = _paragraph(page, 57, y + 18, "○ ", size, 3, 71)
    _text(page, 43, y, SECTION_4, size, bold=True)
    _text(page, 55, y + 18, "〇 「新規感染者数が限定的となった地域」として、（２）の対策の強度を一定程度緩める", size)
    _text(page, 69, y + 36, "（徹底した行動変容の要請を緩和する）に当たっては、再流行への対応体制が整えた上", size)
    _text(page, 69, y + 54, "で、感染拡大を予防する新しい生活様式により暮らしていくことが求められる。", size)
    rename_fonts(doc, "/MS-Mincho", "/MS-Gothic")
    doc.save(path)
    return path


BUDGET_TITLE = "令和２年度 厚生労働省第二次補正予算（案）の概要"
PART_1 = ("第１ 検査体制の充実、感染拡大防止とワクチン・治療薬の開発", "２，７１９億円")
PART_2 = ("第２ ウイルスとの長期戦を戦い抜くための医療・福祉の提供体制の確保", "２兆７，１７９億円")
WRAPPED = ("○ 新型コロナウイルス感染症に関する母性健康管理措置により休業する妊", "婦のための助成制度の創設", "９０億円")
MEASURES = [("○ 検査試薬・検査キットの確保", "１７９億円"), ("○ 抗体検査による感染の実態把握", "１４億円")]
EXPLAIN = "ＰＣＲ検査等に使用する試薬について、企業が十分な量を安定的に製造・輸入できるよ"


def _amount_row(page: pymupdf.Page, y: float, words: str, amount: str, size: float = 14.0, pad: int = 0) -> None:
    """A measure and its amount set flush right at the text's right edge (561 pt) in one run, the white between
    typed as spaces (as Word's user pads it); `pad` more spaces after the amount, past the margin."""
    room = 561 - 71 - pymupdf.get_text_length(words + amount, fontname=_GOTHIC, fontsize=size)
    _text(page, 71, y, words + "\u3000" * round(room / size) + amount + "\u3000" * pad, size)


def _part(page: pymupdf.Page, y: float, part: tuple[str, str]) -> None:
    """A part's title underlined, its amount flush right on the row under it, underlined too."""
    _text(page, 57, y, part[0], 14.0)
    end = 57 + pymupdf.get_text_length(part[0], fontname=_GOTHIC, fontsize=14.0)
    page.draw_line((57, y + 2), (end, y + 2), width=0.75)
    x = 561 - pymupdf.get_text_length(part[1], fontname=_GOTHIC, fontsize=14.0)
    _text(page, x, y + 15, part[1], 14.0)
    page.draw_line((x, y + 17), (561, y + 17), width=0.75)


def build_budget_overview(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _text(page, 80, 90, BUDGET_TITLE, 18.0)
    _part(page, 150, PART_1)
    _text(page, 57, 190, "（１）ＰＣＲ等の検査体制のさらなる強化", 14.0)
    y = 212.0
    for words, amount in MEASURES:
        _amount_row(page, y, words, amount, pad=4)
        y += 22
    _text(page, 71, y, WRAPPED[0], 14.0)   # run to the edge; its next row hung one character in from the ○
    _text(page, 83, y + 15, WRAPPED[1], 14.0)
    _text(page, 561 - pymupdf.get_text_length(WRAPPED[2], fontname=_GOTHIC, fontsize=14.0), y + 15, WRAPPED[2], 14.0)
    y += 37
    _text(page, 71, y, "○ 医療的ケア児者への衛生用品等の優先配布", 14.0)
    _text(page, 561 - pymupdf.get_text_length("９．４億円", fontname=_GOTHIC, fontsize=14.0), y + 15, "９．４億円", 14.0)
    y += 45
    _part(page, y, PART_2)
    _amount_row(page, y + 38, "○ 医療・福祉事業者への資金繰り支援の拡充", "３６５億円")
    _amount_row(page, y + 60, "○ 薬局における薬剤交付支援事業", "１１億円")
    detail = doc.new_page(width=612, height=792)
    _text(detail, 63, 85, "第１ 検査体制の充実、感染拡大防止とワクチン・治療薬の", 16.0)
    room = 561 - 111 - pymupdf.get_text_length("開発" + PART_1[1], fontname=_GOTHIC, fontsize=16.0)
    _text(detail, 111, 107, "開発" + "\u3000" * round(room / 16.0) + PART_1[1], 16.0)   # the title's last row, its amount
    _text(detail, 57, 143, "（１）ＰＣＲ等の検査体制のさらなる強化", 13.0)
    y = 168.0
    for words, amount in MEASURES:
        _amount_row(detail, y, words, amount, 13.0)
        _text(detail, 93, y + 26, EXPLAIN[:38], 12.0)
        _text(detail, 81, y + 42, EXPLAIN[:39], 12.0)
        _text(detail, 81, y + 58, "査の実施を確保する。", 12.0)
        y += 100
    rename_fonts(doc, "/MS-Gothic", "/MS-Gothic")
    doc.save(path)
    return path


ATTACHMENT_TITLE = "医科診療報酬点数表関係"
BAND = "【電子的診療情報連携体制整備加算】"


def build_notice_attachment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _text(page, 428, 85, "事 務 連 絡", 12.0, _MINCHO)
    _text(page, 429, 103, "令和８年５月22日", 12.0, _MINCHO)
    _text(page, 71, 157, "地方厚生（支）局医療課　御中", 12.0, _MINCHO)
    _text(page, 399, 282, "厚生労働省保険局医療課", 12.0, _MINCHO)
    _text(page, 195, 336, "疑義解釈資料の送付について（その６）", 12.0, _MINCHO)
    for k in range(4):
        _text(page, 71 + (11 if k == 0 else 0), 389 + 18 * k,
              "診療報酬の算定方法の一部を改正する件等については、令和８年６月１日より実施す" if k < 3
              else "ることとしているところです。", 12.0, _MINCHO)
    annex = doc.new_page(width=595, height=842)
    _text(annex, 446, 48, "（別添１）", 12.0, _MINCHO)
    _text(annex, 232, 85, ATTACHMENT_TITLE, 12.0, _MINCHO)
    _text(annex, 85, 121, BAND, 12.0, _MINCHO)
    _text(annex, 83, 139, "問１　電子的診療情報連携体制整備加算の施設基準において、どのような製品が", 12.0, _MINCHO)
    _text(annex, 107, 157, "当該要件を満たすか。", 12.0, _MINCHO)
    _text(annex, 85, 175, "（答）現在、厚生労働省において認証制度を検討中。", 12.0, _MINCHO)
    rename_fonts(doc, "/MS-Mincho", "/MS-Mincho")
    doc.save(path)
    return path
