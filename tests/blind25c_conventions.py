"""Kinds blind25c builds from session 25's unseen papers (a school's guide exported by a word processor, a ministry's
published list of cases):

build_zero_width_guide  a guide exported from a word processor: every run of a line wrapped in zero-width spaces
                        (U+200B) — "​【例示の基本】​" (16 pt) over "​１．例示の心がまえ​" … (14 pt, the label touching its
                        title), one of them a single character ("３．礼"), one a quoted phrase ("４．「例示します」"), each over
                        bulleted 11 pt lines. Truth: the band at depth 1, the numbered items at depth 2, labels as printed,
                        the quoted title with its brackets.
build_particulars       a 実施要項 exported the same way, glyph by glyph: six numbered particulars, each a field's name
                        (spread to a width, 目　　的, or a word, 対象生徒) then a wider blank and its value on one row, the
                        value's wrapped lines hung under the value. Truth: no heading, no date (２　期　日　… dates the event).
build_posted_list       a ministry's published list's cover: the division at the top right over 掲載日：令和元年8月30日,
                        the title centred. Truth: date 2019-08-30.
build_posted_sheets     the list whole: the cover, then landscape pages each one ruled grid across it under a caption row,
                        the list's title over a bureau's first page only, the first bureau's grid over two pages. Truth: no
                        heading (sheets, no slide deck); the first grid one table over pp2–3.
build_worksheet         a worksheet: its second part's title over rows holding blanks to fill in, set larger than the body.
                        Truth: the part's title the one heading.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842
ZW = "\u200b"

GUIDE_HEADINGS = [(1, "", "【例示の基本】"), (2, "１．", "例示の心がまえ（時間・体調管理）"), (2, "２．", "あいさつ"),
                  (2, "３．", "礼"), (2, "４．", "「例示します」"), (2, "５．", "電話と欠席の連絡")]

_BULLETS = ["●" + ZW + "時間を守る：指定された時間の十分前には到着し、準備を整えておきましょう。",
            "●" + ZW + "体調を整える：前日はしっかり睡眠をとり、朝食を必ず食べてください。"]


def build_zero_width_guide(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((72, 80), ZW + "例示学習にあたっての生徒心得" + ZW, font=font, fontsize=16)
    tw.append((468, 104), ZW + "2026/07/21" + ZW, font=font, fontsize=11)
    tw.append((72, 140), ZW + "【例示の基本】" + ZW, font=font, fontsize=16)
    tw.append((72, 164), ZW + "実際にやってみましょう！（職場によって例示が必要です。）" + ZW, font=font, fontsize=11)
    y = 200.0
    for _, label, title in GUIDE_HEADINGS[1:]:
        tw.append((72, y), ZW + label + title + ZW, font=font, fontsize=14)
        y += 24
        for bullet in _BULLETS:
            tw.append((90, y), ZW + bullet + ZW, font=font, fontsize=11)
            y += 18
        y += 14
    tw.write_text(page)
    doc.save(path)
    return path


# a 実施要項's particulars typed with 全角 spaces: the label, the field's name (spread to a width, or a plain word), a wider
# blank, its value on the same row — the value's wrapped lines set under the value
_PARTICULARS = ["１　目　　的　　生徒一人ひとりが将来を見つめ、これからの生き方を主体的に",
                "　　　　　　　考えようとする態度を育成する。そのために、地域で働く方々の姿",
                "　　　　　　　と接することで、職業や勤労への関心を深め、望ましい職業観を養",
                "　　　　　　　う。",
                "２　期　　日　　令和８年１１月６日（金）",
                "　　　　　　　　　・9:00～16:00を基本とする。",
                "３　対象生徒　　第２学年　１１０名　（７月１日現在）",
                "４　体験先　　　例示市内各事業所（１事業所での人数は特に定めない）",
                "５　体験内容　　各事業所の業務に支障を来さないよう、各事業所に一任する。",
                "６　その他　　　・生徒については保険に加入させ、体験先でのあらゆる事故や",
                "　　　　　　　　物損に対処できるようにしておく。",
                "　　　　　　　　・体験先への出勤、体験先からの帰宅は、公共交通機関または",
                "　　　　　　　　各家庭において行う。",
                "　　　　　　　　・当日は名札を首から提げ、職場体験学習中であることが",
                "　　　　　　　　分かるようにする。"]

def _lines_page(path: Path, title: str, lines: list[str]) -> Path:
    """The lines as a word processor exports them: each wrapped in zero-width spaces."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    tw.append((170, 90), ZW + title + ZW, font=font, fontsize=16)
    y = 134.0
    for k, text in enumerate(lines):
        y += 16 if text.startswith("　") or k == 0 else 32   # a row's next line at 16 pt, a blank line before an item
        x = 72.0
        for ch in ZW + text + ZW:   # glyph by glyph, each at its place, as the export sets them
            tw.append((x, y), ch, font=font, fontsize=12)
            x += 0 if ch == ZW else 6 if ch.isascii() else 12
    tw.write_text(page)
    doc.new_page(width=_W, height=_H)   # the export's blank second page
    doc.save(path)
    return path


def build_particulars(path: Path) -> Path:
    """Six numbered particulars, each a field's name and its value on one row: no heading."""
    return _lines_page(path, "令和８年度　例示学習実施要項", _PARTICULARS)



def _posted_cover(doc: pymupdf.Document) -> pymupdf.Page:
    """The published list's landscape cover: the issuing division at the top right over its posting date, the title
    centred in larger type, the period covered under it."""
    page = doc.new_page(width=_H, height=_W)
    page.insert_text((480, 80), "例示省例示局例示課", fontname="japan", fontsize=14)
    page.insert_text((492, 100), "掲載日：令和元年8月30日", fontname="japan", fontsize=14)
    page.insert_text((220, 300), "例示関係法令違反に係る公表事案", fontname="japan", fontsize=20)
    page.insert_text((260, 325), "（平成30年8月1日～令和元年7月31日公表分）", fontname="japan", fontsize=12)
    return page


def build_posted_list(path: Path) -> Path:
    """A ministry's published list: a landscape cover with the issuing division at the top right over its posting date
    (掲載日：令和元年8月30日), the title centred in larger type, the period covered under it, a note at the foot; then
    a page of running text. Truth: date 2019-08-30, issuer the division."""
    doc = pymupdf.open()
    page = _posted_cover(doc)
    page.insert_text((160, 470), "（※）各地方局が公表した際の内容を集約したもの", fontname="japan", fontsize=14)
    page = doc.new_page(width=_H, height=_W)
    for k in range(6):
        page.insert_text((60, 90 + 22 * k), "各地方局が公表した事案を、公表日の順に掲げる。内容は公表した際のものである。",
                         fontname="japan", fontsize=11)
    doc.save(path)
    return path


_SHEET_HEADER = ["企業・事業場名称", "所在地", "公表日", "違反法条", "事案概要", "その他参考事項"]
_SHEET_COLUMNS = [40, 180, 265, 325, 495, 700, 802]


def _sheet_page(doc: pymupdf.Document, bureau: str, rows: int, titled: bool, first: int = 0) -> None:
    """One page of the list: (`titled`: the list's title centred over it, 12.6 pt) the bureau and the update date on
    a caption row, then the ruled grid across the page — its header row and `rows` rows of cases, 9 pt."""
    page = doc.new_page(width=_H, height=_W)
    top = 94.0 if titled else 66.0
    if titled:
        page.insert_text((313, 66), "例示関係法令違反に係る公表事案", fontname="japan", fontsize=12.6)
    page.insert_text((40, top - 2), bureau, fontname="japan", fontsize=10.8)
    page.insert_text((656, top - 2), "最終更新日：令和元年7月31日", fontname="japan", fontsize=10.8)
    ys = [top, top + 12.6] + [top + 12.6 + 44.6 * (k + 1) for k in range(rows)]
    for y in ys:
        page.draw_line((_SHEET_COLUMNS[0], y), (_SHEET_COLUMNS[-1], y), width=0.5)
    for x in _SHEET_COLUMNS:
        page.draw_line((x, ys[0]), (x, ys[-1]), width=0.5)
    for x, word in zip(_SHEET_COLUMNS, _SHEET_HEADER):
        page.insert_text((x + 4, top + 10), word, fontname="japan", fontsize=9)
    for k in range(rows):
        y = top + 12.6 + 44.6 * k + 26
        for x, word in zip(_SHEET_COLUMNS, [f"（株）例示工業第{first + k + 1}", "例示県例示市", "H30.8.10", f"労働安全衛生法第{100 + first + k}条",
                                            "遅滞なく報告を提出しなかったもの", "H30.8.10送検"]):
            page.insert_text((x + 4, y), word, fontname="japan", fontsize=9)


def build_posted_sheets(path: Path) -> Path:
    """The published list whole: the cover (build_posted_list's), then the sheets — a bureau's grid continued over two
    pages (its caption row printed again, the title only over its first), then two bureaus' grids a page each. Truth:
    no heading (a list of sheets, no slide deck); the first bureau's grid one table of 1 + 9 + 10 rows over pp2–3."""
    doc = pymupdf.open()
    page = _posted_cover(doc)
    _sheet_page(doc, "北例示労働局", 9, True)
    _sheet_page(doc, "北例示労働局", 10, False, first=9)
    _sheet_page(doc, "南例示労働局", 3, True)
    _sheet_page(doc, "東例示労働局", 9, True)
    doc.save(path)
    return path


WORKSHEET_HEADINGS = [(1, "", "例示訪問を終えて")]


def build_worksheet(path: Path) -> Path:
    """A worksheet's two pages: its title (18 pt) over questions in 11 pt; then the second part's title in the title's type
    over rows set larger than the body, each holding a blank to fill in — 【行き】…駅…（　　　　　　　　）, …約　　　　　　分.
    Truth: the second part's title the one heading."""
    doc = pymupdf.open()
    font = pymupdf.Font("cjk")
    page = doc.new_page(width=_W, height=_H)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((72, 90), ZW + "例示訪問の記録" + ZW, font=font, fontsize=18)
    for k, text in enumerate(["　忘れてはいけないことをメモしなさい。", "◎当日は何時に、どこに集合ですか。",
                              "　　○時刻：　　　　　時　　　　　分", "◎持ち物や準備物は何を持ってくればよいですか。",
                              "◎その他何か注意事項はありますか。"]):
        tw.append((72, 150 + 32 * k), ZW + text + ZW, font=font, fontsize=11)
    tw.write_text(page)
    page = doc.new_page(width=_W, height=_H)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((72, 90), ZW + "例示訪問を終えて" + ZW, font=font, fontsize=18)
    tw.append((72, 130), ZW + "　決められた時刻に出勤するために、交通手段について調べなさい。" + ZW, font=font, fontsize=11)
    for k, text in enumerate(["【行き】出発する停留所または駅…（　　　　　　　　）", "　　　　到着する停留所または駅…（　　　　　　　　）",
                              "【帰り】出発する停留所または駅…（　　　　　　　　）", "　　　　到着する停留所または駅…（　　　　　　　　）"]):
        tw.append((72, 180 + 32 * k), ZW + text + ZW, font=font, fontsize=12)
    for k, text in enumerate(["自分の家から事業所までの移動時間は、約　　　　　　分", "自分の家と事業所の往復に必要な料金は、　　　　　　円"]):
        tw.append((72, 340 + 50 * k), ZW + text + ZW, font=font, fontsize=14)
    tw.write_text(page)
    doc.save(path)
    return path
