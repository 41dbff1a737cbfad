"""Kinds blind23a builds from session 23's unseen sweep documents, each typeset here with its truth beside it:

build_account_bill  a public-enterprise account's supplementary budget set as a bill from its first page (no cover):
                    議案第６号, the title, three articles under their captions （総則） （収益的支出） （資本的収入）, each
                    amending amounts by a list set with tabs, no rules — （科目） （既決予定額） （補正予定額） （計） over
                    第１款 …　６６７，９８６　１，４１６　６６９，４０２ and its 第１項 rows — the third article's list running
                    onto p2, which closes the bill with the filing line 令和８年２月２７日提出 and the mayor; p3 the
                    account's 予算実施計画の補正 as a ruled table (款 | 項 | amounts) under 収　　入 and (単位:千円）. Truth: the
                    three articles are the headings (the 款 and 項 rows are accounts of the lists); the bill is dated by
                    its filing line and issued by the mayor's office.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
_W, _H = 595, 842
BILL_TITLE = "令和７年度北野市下水道事業会計補正予算（第３号）"
BILL_DATE = "2026-02-27"
BILL_ISSUER = "北野市長"
ARTICLES = [("第１条", "総則"), ("第２条", "収益的支出"), ("第３条", "資本的収入")]
_XS = (85, 127, 232, 347, 452)   # 科目 (款/項 label, name), 既決予定額, 補正予定額, 計


def _list(page: pymupdf.Page, y: float, accounts: list[tuple[str, str, str, str, str]], head: bool = True) -> float:
    """An amount list set with tabs: its column heads, then one row per account; returns the y under it."""
    if head:
        for x, text in ((85, "（科目）"), (232, "（既決予定額）"), (337, "（補正予定額）"), (494, "（計）")):
            page.insert_text((x, y), text, fontname=MINCHO, fontsize=10)
        y += 18
        for x in (284, 389, 505):
            page.insert_text((x, y), "千円", fontname=MINCHO, fontsize=10)
        y += 18
    for label, name, before, change, after in accounts:
        indent = 0 if label.endswith("款") else 11
        for x, text in zip(_XS, (label, name, before, change, after)):
            page.insert_text((x + indent if x < 200 else x, y), text, fontname=MINCHO, fontsize=10)
        y += 18
    return y + 18


def build_account_bill(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((85, 71), "議案第６号", fontname=MINCHO, fontsize=10)
    page.insert_text((186, 108), BILL_TITLE, fontname=MINCHO, fontsize=10)
    y = 145.0
    texts = ["令和７年度北野市下水道事業会計の補正予算（第３号）は、次に定めるところによる。",
             "予算第３条に定めた収益的収入及び支出の予定額を次のとおり補正する。",
             "予算第４条に定めた資本的収入の予定額を次のとおり補正する。"]
    lists = [[], [("第１款", "下水道事業収益", "６６７，９８６", "１，４１６", "６６９，４０２"),
                  ("第１項", "営業収益", "３７２，１０１", "△６，６５０", "３６５，４５１"),
                  ("第２項", "営業外収益", "２９５，８６５", "８，０６６", "３０３，９３１")],
             [("第１款", "資本的収入", "４１０，２７１", "△２，４１２", "４０７，８５９"),
              ("第２項", "他会計補助金", "１５２，６０２", "△２，０１２", "１５０，５９０")]]
    for (label, caption), text, accounts in zip(ARTICLES, texts, lists):
        page.insert_text((96, y), f"（{caption}）", fontname=MINCHO, fontsize=10)
        page.insert_text((85, y + 18), label, fontname=MINCHO, fontsize=10)
        page.insert_text((127, y + 18), text, fontname=MINCHO, fontsize=10)
        y = _list(page, y + 55, accounts) if accounts else y + 55
    more = doc.new_page(width=_W, height=_H)
    _list(more, 71, [("第４項", "受益者負担金", "４，７６９", "△４００", "４，３６９")], head=False)
    more.insert_text((106, 126), "令和８年２月２７日提出", fontname=MINCHO, fontsize=10)
    more.insert_text((410, 163), "北野市長　山田　太郎", fontname=MINCHO, fontsize=10)
    more.insert_text((298, 815), "- 2 -", fontname=MINCHO, fontsize=10)
    plan = doc.new_page(width=_W, height=_H)
    plan.insert_text((129, 120), "令和７年度　北野市下水道事業会計予算実施計画の補正", fontname=MINCHO, fontsize=13.7)
    plan.insert_text((85, 150), "収　　入", fontname=MINCHO, fontsize=10.8)
    plan.insert_text((476, 150), "(単位:千円）", fontname=MINCHO, fontsize=10.8)
    xs, top, pitch = (85.0, 200.0, 320.0, 400.0, 480.0, 560.0), 160.0, 24.0
    rows = [("款", "項", "既決予定額", "補正予定額", "計"), ("１下水道事業収益", "", "667,986", "1,416", "669,402"),
            ("", "１営業収益", "372,101", "△ 6,650", "365,451")]
    for k, cells in enumerate(rows):
        for x, text in zip(xs, cells):
            plan.insert_text((x + 4, top + k * pitch + 16), text, fontname=MINCHO, fontsize=10)
    for k in range(len(rows) + 1):
        plan.draw_line((xs[0], top + k * pitch), (xs[-1], top + k * pitch), width=0.5)
    for x in xs:
        plan.draw_line((x, top), (x, top + len(rows) * pitch), width=0.5)
    plan.insert_text((298, 815), "- 3 -", fontname=MINCHO, fontsize=10)
    doc.save(path)
    return path


# build_panel_deck: a city's slides (16:9), after a cover. Slide 1 titled in white on a dark band at its top, a panel
# under it — a light box whose top is a blue band holding its caption 候補船の概要 in white, centred, 12 pt regular,
# over the panel's ■ particulars in 10 pt. Slide 2 titled the same way, three topics set wholly in brackets in the
# slide's 20 pt, each alone on its line at the left over the ・ item it heads. Slide 3 one bracketed line over its ・
# item (an aside, no topic). Truth: (depth, title) per slide below.
GOTHIC = "japan"
PANEL_DECK = [[(1, "そもそもなぜ定期航路が必要なのか"), (2, "候補船の概要")],
              [(1, "市民にどんなメリットがあるの？"), (2, "（１次産業及び３次産業）"), (2, "（２次産業、企業誘致）"), (2, "（災害対応）")],
              [(1, "市民の税金はどれくらい使われるの？")]]
_TOPIC_ITEM = "・定期船を利用した交流人口の増加に伴う観光振興が期待されるほか、産業振興にも寄与"


def _deck_slide(doc: pymupdf.Document, title: str) -> pymupdf.Page:
    page = doc.new_page(width=842, height=595)
    page.draw_rect(pymupdf.Rect(10, 10, 780, 50), color=None, fill=(0.15, 0.35, 0.65))
    page.insert_text((24, 40), title, fontname=GOTHIC, fontsize=24, color=(1, 1, 1))
    page.insert_text((800, 570), str(doc.page_count - 1), fontname=GOTHIC, fontsize=20)
    return page


def build_panel_deck(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=842, height=595)
    cover.insert_text((60, 220), "台湾との定期航路開設に向けて", fontname=GOTHIC, fontsize=40)
    cover.insert_text((340, 400), "令和７年２月", fontname=GOTHIC, fontsize=20)
    cover.insert_text((370, 430), "北野市", fontname=GOTHIC, fontsize=20)
    panel = _deck_slide(doc, PANEL_DECK[0][0][1])
    panel.draw_rect(pymupdf.Rect(46, 66, 306, 300), color=None, fill=(0.85, 0.9, 0.97))
    panel.draw_rect(pymupdf.Rect(46, 66, 306, 94), color=None, fill=(0.2, 0.4, 0.8))
    caption = PANEL_DECK[0][1][1]
    panel.insert_text((176 - 6.1 * len(caption), 85), caption, fontname=GOTHIC, fontsize=12.2, color=(1, 1, 1))
    for k, row in enumerate(["■船名　PANSTAR DREAM", "■建造年　1997年", "■総トン数　21,535MT", "■旅客定員　545名"]):
        panel.insert_text((58, 120 + 14 * k), row, fontname=GOTHIC, fontsize=10.2)
    panel.insert_text((340, 120), "船内は客室構成で全120室、免税店や和洋レストランを備えている。", fontname=GOTHIC, fontsize=16)
    topics = _deck_slide(doc, PANEL_DECK[1][0][1])
    y = 90.0
    for _, topic in PANEL_DECK[1][1:]:
        topics.insert_text((14, y), topic, fontname=GOTHIC, fontsize=20)
        topics.insert_text((14, y + 32), _TOPIC_ITEM, fontname=GOTHIC, fontsize=20)
        topics.insert_text((14, y + 56), "大きく寄与する。", fontname=GOTHIC, fontsize=20)
        y += 130
    aside = _deck_slide(doc, PANEL_DECK[2][0][1])
    aside.insert_text((14, 90), "（ふるさと納税の活用）", fontname=GOTHIC, fontsize=20)
    aside.insert_text((14, 122), "・船舶購入については国の補助を活用し、市負担は全額ふるさと納税で支出予定。", fontname=GOTHIC, fontsize=20)
    aside.insert_text((14, 200), "・市民の利用を促進するための運賃割引等を実施する予定。", fontname=GOTHIC, fontsize=20)
    doc.save(path)
    return path


# build_review_report: a review report's data pages (Word, 10.5 pt Mincho body, headings struck in bold at the body's
# size): 2. 非臨床に関する資料 / （5） その他の薬物動態試験 / 1） 腸管排出（添付資料4.2.2.7.1-2） over its paragraph, then
# 2） 胆汁排泄（添付資料4.2.2.7.3） over its paragraph. Truth: (depth, label, title) below — the attachment's number
# 4.2.2.7.1-2 in the first title holds a "2）", no next item on its row.
REVIEW_HEADINGS = [(1, "2.", "非臨床に関する資料"), (2, "（5）", "その他の薬物動態試験"),
                   (3, "1）", "腸管排出（添付資料4.2.2.7.1-2）"), (3, "2）", "胆汁排泄（添付資料4.2.2.7.3）")]
_REVIEW_TEXT = ["胆管カニューレを施した雄ラット及び雄イヌに、標識したアピキサバンをそれぞれ静脈内投与した。ラ",
                "ットでは投与24時間までに投与量の約20%、イヌでは投与72時間後までに投与量の約50%が糞便中に",
                "排泄された。活性炭を投与したときの糞便中への放射能の排泄量は、非投与時よりも増加した。"]


def _struck(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    for dx in (0.0, 0.03 * size):
        page.insert_text((at[0] + dx, at[1]), text, fontname=MINCHO, fontsize=size)


def build_review_report(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    y = 80.0
    for k in range(4):   # the section before, running text at the body's measure
        page.insert_text((65 + (10.5 if k == 0 else 0), y), _REVIEW_TEXT[k % 3], fontname=MINCHO, fontsize=10.5)
        y += 17.5
    y += 17.5
    for depth, label, title in REVIEW_HEADINGS:
        _struck(page, (65 + 11 * (depth == 3), y), f"{label}{title}", 10.5)
        y += 17.5
        if depth < 3:
            continue
        for k, line in enumerate(_REVIEW_TEXT):
            page.insert_text((76 + (10.5 if k == 0 else 0), y), line, fontname=MINCHO, fontsize=10.5)
            y += 17.5
        y += 17.5
    page.insert_text((295, 792), "4", fontname=MINCHO, fontsize=10.5)
    doc.save(path)
    return path
