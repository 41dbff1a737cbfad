"""Official documents typeset here in the conventions of a 通知's annexes (issue 19), each with its
truth beside its builder.

- build_example_labels: a 作成要領 whose examples each open with a small frame at the top left that
  holds only 記載例Ｎ (in Gothic over a Mincho body), then a cross-reference line and text: each
  frame is a heading labelled 記載例Ｎ with no title (a word and its number, as 別紙Ｎ or 付録Ｎ label an
  annex), not a heading titled 記載例Ｎ. An annex opened by a line of its own in body type, （別紙）
  and its title (（別紙）添付資料一覧) over a list, is a heading labelled （別紙）. (The first page's title is
  the document's, no heading.)
- build_tender_notice: a prefecture's tender notice (入札公告) whose first page is the text's first page:
  its form label, its number, the subject line (the title, its name part in 14 pt, …の一般競争入札の実施について
  in body type) over the part's name (入札公告（個別編）, centred, 14 pt), the enacting sentence, the date, the
  signer, then the numbered sections in Gothic. The subject line is the document's title, no heading.
- build_key_value_notice: a city's tender notice in one font and size: numbered sections (１ … / ２ …) over
  key–value items typed with tabs (（１） 閲覧期間␣␣令和８年…まで), one of them with a remark wrapped under its value
  ((ちば電子調達…による。) at the value's column): the items are no headings, only the sections.
- build_reference_sections: a notice's common conditions: numbered sections (１ … / ２ …, the second with
  （１）（２） under it), then reference sections each opening a page, 参考１ 調査基準価格の算定方法 and 参考２ …,
  over their text: each 参考Ｎ is a heading beside the numbered sections (not a figure's caption, not under
  the last （２）).
- build_enclosed_labels: a tender notice's reference page (参考) whose formula names its terms by
  katakana in circles typed as Word's 囲い文字: each ○ is a piece of its own set right over the letter it
  encloses (the ○ piece ends where the letter's piece starts, one glyph on), in the running text
  (…基礎となった○ア・○イ…) and as the labels of the terms listed under it (○ア 直接工事費の…). The ○ and its
  letter are one line (○ア): the listed terms are items of a list marked ○, no headings; only the
  numbered sections head the page.
- build_enclosure_list: a 事務連絡's sections (１． > （１） > ①) and, at its end after white, a band
  ＜関係資料一覧＞ over lines naming its enclosures (別紙1 …, 別表1 …, 別添1 …): the band is a heading at the top.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC, MINCHO = "japan", "japan-s"
TEXT = "登録申請書の各欄には、指針を参考に必要な事項を記載すること。"


def _body(page: pymupdf.Page, y: float, rows: int) -> None:
    """`rows` lines of body text (Mincho 10.5 pt, 18 pt apart) from y down."""
    for k in range(rows):
        page.insert_text((85, y + 18 * k), TEXT, fontname=MINCHO, fontsize=10.5)


def build_example_labels(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((85, 90), "登録申請書の作成要領", fontname=GOTHIC, fontsize=14)
    _body(page, 130, 8)
    page = doc.new_page()
    page.insert_text((85, 90), "（別紙）添付資料一覧", fontname=MINCHO, fontsize=10.5)
    _body(page, 120, 6)
    for n in ("１", "２"):
        page = doc.new_page()
        page.draw_rect(pymupdf.Rect(83, 70, 140, 90), width=0.75)
        page.insert_text((86, 85), f"記載例{n}", fontname=GOTHIC, fontsize=12)
        page.insert_text((85, 120), "第３　１　（１）ア　細胞・組織の場合", fontname=MINCHO, fontsize=10.5)
        _body(page, 150, 6)
    doc.save(path)
    return path


# builder → headings (label, title) in order
def build_enclosed_labels(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((57, 110), "１　調査基準価格の算定方法", fontname=MINCHO, fontsize=10.5)
    # the sentence: each piece ends with the ○ that the next piece's first letter stands under
    pieces = ["　　予定価格算出の基礎となった○", "ア・○", "イ・○", "ウ・○", "エに掲げる額を合計した額とする。"]
    x = 57.0
    for piece in pieces:
        page.insert_text((x, 128), piece, fontname=MINCHO, fontsize=10.5)
        x += 10.5 * (len(piece) - 1)   # the next piece starts under this one's last glyph, the ○
    for k, (letter, term) in enumerate(zip("アイウエオ", ("直接工事費の合計額に１００分の９７を乗じて得た額",
                                                       "共通仮設費の合計額に１００分の９０を乗じて得た額",
                                                       "現場管理費の合計額に１００分の９０を乗じて得た額",
                                                       "一般管理費等の合計額に１００分の６８を乗じて得た額",
                                                       "有価物のスクラップ評価額"))):
        y = 146 + 18 * k
        page.insert_text((57, y), "　　　○", fontname=MINCHO, fontsize=10.5)
        page.insert_text((57 + 10.5 * 3, y), letter + "　" + term, fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 254), "２　価格失格判定基準の算定方法", fontname=MINCHO, fontsize=10.5)
    _body(page, 272, 6)
    doc.save(path)
    return path


def build_tender_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((57, 60), "別記第２号様式", fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 77), "北野県一般競争入札公告　教施第３８６号", fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 96), "北野県立北野高等学校旧校舎解体工事", fontname=MINCHO, fontsize=14)
    page.insert_text((57 + 14 * 17, 96), "の一般競争入札の実施について", fontname=MINCHO, fontsize=10.5)
    page.insert_text((234, 118), "入札公告（個別編）", fontname=MINCHO, fontsize=14)
    page.insert_text((57, 150), "　地方自治法第２３４条第１項の規定により本工事の一般競争入札を実施するものとし、次のとおり公告",
                     fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 167), "する。", fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 201), "令和８年７月１０日", fontname=MINCHO, fontsize=10.5)
    page.insert_text((300, 235), "北野県教育委員会教育長　北野　花子", fontname=MINCHO, fontsize=10.5)
    y = 270
    for n, title in (("１", "一般競争入札に付する事項"), ("２", "入札参加者に必要な資格に関する事項"), ("３", "入札保証金")):
        page.insert_text((57, y), f"{n}　{title}", fontname=GOTHIC, fontsize=10.5)
        _body(page, y + 17, 3)
        y += 17 * 5
    doc.save(path)
    return path


def build_key_value_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    x, gap = 71.0, 10.5
    rows = [(0, "１　設計図書等の閲覧及び質疑"), (1, "　本工事に係る設計図書の閲覧を次のとおり行う。"),
            (1, "（１）　閲覧期間　　令和８年７月１７日午後５時から令和８年８月２１日まで"),
            (11, "（ちば電子調達システム「入札情報サービス」による。なお、"), (11, "図面等は市ホームページに公開する。）"),
            (1, "（２）　設計図書　　紙での配布は行わない。"), (0, ""),
            (0, "２　入札期間・開札日時等"), (1, "（１）　場所　　本庁舎３階　財政課"),
            (1, "（２）　期間　　令和８年８月１９日から令和８年８月２１日まで"), (0, ""),
            (0, "３　入札保証金"), (1, "　免除する。")]
    y = 90.0
    for indent, text in rows:
        if text:
            page.insert_text((x + gap * indent, y), text, fontname=MINCHO, fontsize=10.5)
        y += 18
    _body(page, y + 18, 8)
    doc.save(path)
    return path


def build_reference_sections(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for line in ("１　入札参加資格の確認等", None, "２　入札執行", "（１）　入札書の提出", None, "（２）　その他", None):
        if line is None:
            _body(page, y, 3)
            y += 18 * 4
        else:
            page.insert_text((57, y), line, fontname=MINCHO, fontsize=10.5)
            y += 18
    for n, title in (("１", "調査基準価格の算定方法"), ("２", "価格失格判定基準の算定方法")):
        page = doc.new_page()
        page.insert_text((57, 70), f"参考{n}　{title}", fontname=MINCHO, fontsize=10.5)
        _body(page, 100, 8)
    doc.save(path)
    return path


# build_enclosure_list: a 事務連絡 whose sections (１． / （１） / ①, each over its text) end with the list of
# what it sends: a band ＜関係資料一覧＞ after white, over lines each naming an enclosure by its label
# (別紙1 …, 別表1 …, 別添1 …), to the letter's end. The band lists the enclosures of the whole letter: a
# heading at the top, beside １． and ２．, not under the last section (where a band after ② would sit).
ENCLOSURES = ["別紙1　国庫補助事業と地方単独事業の取扱について", "別紙2　実施計画様式及びチェックリスト",
              "別表1　交付限度額の算定対象となる国庫補助事業", "別添1　臨時交付金制度要綱"]
ENCLOSURE_HEADINGS = [(1, "１．", "交付対象事業"), (2, "（１）", "留意点"), (3, "①", "職員の人件費"), (3, "②", "用地費"),
                      (1, "２．", "交付申請について"), (2, "（１）", "提出期限"), (1, "", "＜関係資料一覧＞")]


def build_enclosure_list(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for _, label, title in ENCLOSURE_HEADINGS[:-1]:
        page.insert_text((68 if label in ("①", "②") else 57, y), f"{label}　{title}", fontname=MINCHO, fontsize=10.5)
        _body(page, y + 18, 2)
        y += 18 * 4
    page.insert_text((57, y + 30), ENCLOSURE_HEADINGS[-1][2], fontname=MINCHO, fontsize=10.5)
    for k, line in enumerate(ENCLOSURES):
        page.insert_text((57, y + 48 + 18 * k), line, fontname=MINCHO, fontsize=10.5)
    doc.save(path)
    return path


HEADINGS = {
    "build_example_labels": [("（別紙）", "添付資料一覧"), ("記載例１", ""), ("記載例２", "")],
    "build_enclosed_labels": [("１", "調査基準価格の算定方法"), ("２", "価格失格判定基準の算定方法")],
    "build_reference_sections": [("１", "入札参加資格の確認等"), ("２", "入札執行"), ("（１）", "入札書の提出"), ("（２）", "その他"),
                                 ("参考１", "調査基準価格の算定方法"), ("参考２", "価格失格判定基準の算定方法")],
    "build_key_value_notice": [("１", "設計図書等の閲覧及び質疑"), ("２", "入札期間・開札日時等"), ("３", "入札保証金")],
    "build_tender_notice": [("１", "一般競争入札に付する事項"), ("２", "入札参加者に必要な資格に関する事項"), ("３", "入札保証金")],
}
