"""First pages typeset here in the cover conventions of issue 19 (item 5), each with its truth:
the title, the document's own date (ISO) and where it is asserted the issuer, in COVERS.

- build_slide_cover: a slide deck's cover, the title in display type over three rows (name,
  （第1.0版）, 概要), the issuers and the bracketed date in a smaller display type: the title's type holds the
  most letters of the page, and is still the title; the issuers are the centred rows stacked over
  the date.
- build_minutes_cover: minutes: the title in display type, then key/value rows in body type
  (第１　日　時　令和６年８月２１日（水）自　午後１時３０分 / 至 … / 第２　場　所 …): the meeting's
  date is the document's date; the body the title names is the issuer.
- build_judgment_caption: a judgment: no cover, all in one size; the case caption on top, then
  令和３年５月１７日　第二小法廷判決 (a date line naming the court and the act: the court is the
  issuer), then 主文 and text.
- build_notice_listing: a 告示 as listed in the 官報 style: ○name on top, then one row per date
  (…（告示第N号）（制定）, …（最終改正）), a sentence, then 一　主旨: the title is the name without
  its mark, the date the last amendment's; no issuer is set apart (the sentence under the dates
  opens the text): the issuer is the body the instrument's number names (技術振興省告示: issuer20).
- build_ordinal_cover: a plan's cover, the ordinal of the plan (第２次) in display type under its
  name: the title reads 第２次 + the name; under the date a bracketed note (no issuer), then the
  issuers, one a corporation's full name.
- build_labelled_cover: a plan's cover with labelled rows (団体名：…, 策定日：…, 計画期間：…): the
  issuer is the labelled body, the date the labelled date, a labelled period no issuer.
- build_council_bill: a city council's bill (議案) in one size: its number in the session (議案第３号) flush left
  at the top is the paper's label, no part of the title; the title, the 提出 date, the mayor, the title again.
- build_stamped_paper: a paper all in body type with a two-cell stamp at the top right
  (the body's name | 参考資料２－２), the title centred, the date and the author right-aligned.
- build_series_cover: a paper whose top rows name its series (…ディスカッションペーパー) and its
  date; the title in display type over two rows and the series' tag under them in brackets
  (（ディスカッションペーパー）): the tag is not the title's; the authors' row is a list (、) and
  the text below it no issuer.
- build_rule_cover: a rule (交付規程) with a cover of its own: the title over two rows in sizes that
  step (12 pt over 14 pt), the variant (特別枠) under it in 14 pt, no date, the secretariat at the foot
  in 14 pt; the body page opens by repeating the title on one row, the variant on the next, the date
  the rule was made right-aligned, then （通則） 第１条 …: the title is the rows the repetition joins
  (not the variant, not the secretariat), the date the one under the repetition.
- build_stepped_cover: the same cover without the variant, its body page opening with the text at
  once (no title repeated): the title block is the run of display rows at the top whatever their sizes step (12 pt
  centred over 14 pt), closed by the blank lines before the secretariat at the foot (in the title's
  14 pt, far under it: not the title's).
- build_numbered_rule: a rule whose first page opens with its title, its date right-aligned and under
  it the rule's number and its amendments' numbers (規程令6第4号, 改正規程令7第2号), then （通則） 第１条 …:
  the numbers name no issuer (none is printed): the village its title opens with issues it (a municipality's rules
  titled by its name, normalizers.bodies._RULES_OF_MUNICIPALITY; session 23, was "" before).
- build_public_notice: a public notice (公告) of a municipality: its number (北野村公告　第２１号) on top,
  the subject (…の実施について), the enacting sentence (…次のとおり実施する。) wrapped over two rows, THEN the
  date, the signer right-aligned, and the numbered text: the date a public notice prints after its subject
  and enacting formula is the document's date (a ministry's notice prints it above the subject).
- build_named_notice: a ward's tender notice from a form generator, all in one size: its name
  (一般競争入札公告) on the first row, the announcing formula (次のとおり…付します。), the date, the signer, then
  one ruled table: the title is the name — the formula under it announces the notice, it is no part of it.
- build_boxed_option_form: a council's filing form: its name in 18 pt beside a ruled box of options, no
  date at the top; it closes on its dating line (the date, the addressee …議長　殿, the signer): the title
  is the name alone, the date the dating line's.
- build_office_note: an office communication (事務連絡 in a notice's number place), its date, the
  addressees (…御中), the sender with no seal, and the subject wrapped over two rows ending in
  について: the title is the whole subject, the issuer the sender (never the addressees).
- build_liaison_letter: an official letter (事務連絡) all in one size: at the top right the stamp
  事務連絡 set one glyph per piece and the date, at the left the addressee (…（局） 御中), at the
  right the sender, then the subject over two rows (…について), the body, 記: the title is the
  subject's two rows (not the stamp), the issuer the sender (not the addressee).
- build_undated_cover: a cover with the title and the issuer only; the next page opens with 目次 and
  a sentence citing a date: no date.
- build_heading_face_excerpt: a statute's excerpt attached to a paper, all in the body's size: its title
  (…条約 抜粋（参考訳）) and the bracketed name it abbreviates spelled out under it in Gothic, then the
  articles in Mincho, no date: the title is the Gothic row above the bracketed gloss.
- build_body_type_minutes: a research group's minutes all in one size: the meeting (第３回 …研究会) in
  Gothic over its 日時 and 場所 rows, then 議事録 alone and centred, then the speakers' turns (（Ａ） …) in
  Mincho: the title is the meeting with the record's kind (…研究会議事録), the date the meeting's, the
  issuer the group the title names after its number (never 議事録).
- build_centred_policy: a policy printed from Word all in one size and face, no date: its name centred
  over the text with a blank line under it, then ○ paragraphs, and at the end a contact block — a
  bracketed band 【…窓口】 over a mail address: the title is the centred row; the band heads nothing.
- build_decision_cover_sheet: a cabinet decision's cover sheet, all in one size: 「…」について centred on top,
  the date and 閣　議　決　定 right under it (a short blank gap), then the sentence 「…」を別紙のとおり定める。
  (the plan itself follows as its 別紙): the title is the top row alone — the date row closes the title
  block — and the sheet is the document's cover, no appendix's (the sentence only names its 別紙).
- build_filled_in_cover: a budget explanation's cover, its rows letter-spaced, the session and the date
  printed as forms whose blanks are filled in (第　　　回　国　会 with 201 and 令　和　　　年　　　月 with 2
  and 4 set into the spaces as pieces of their own): the date is the year and month read in place.
- build_remarked_sheet: a statistics sheet (a press release's 別紙) whose top is two ◆ remarks in the cells'
  size — the as-at time and a caution closing in 。 — over numbered sections of small ruled tables, its notes
  in a smaller type outnumbering the remarks' glyphs: a bulleted sentence is no title (the sheet has none),
  the as-at time is its date.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

GOTHIC, MINCHO = "japan", "japan-s"
TEXT = "本稿は、研究会における検討の内容を取りまとめたものであり、今後の議論の素材とするものである。"


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = MINCHO) -> None:
    page.insert_text(((page.rect.width - size * len(text)) / 2, y), text, fontname=font, fontsize=size)


def _right(page: pymupdf.Page, y: float, text: str, size: float, right: float = 510) -> None:
    page.insert_text((right - size * len(text), y), text, fontname=MINCHO, fontsize=size)


def _left(page: pymupdf.Page, x: float, rows: list[tuple[float, str]], size: float, font: str = MINCHO) -> None:
    """Rows set flush at x, each at its own baseline y."""
    for y, row in rows:
        page.insert_text((x, y), row, fontname=font, fontsize=size)


def _text(page: pymupdf.Page, y: float, rows: int, size: float = 10.5) -> float:
    for _ in range(rows):
        page.insert_text((85, y), TEXT[:40], fontname=MINCHO, fontsize=size)
        y += size * 1.7
    return y


def build_slide_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    for k, row in enumerate(["人工知能事業者指針案", "（第２.０版）", "概要"]):
        _centred(page, 170 + 53 * k, row, 44, GOTHIC)
    for k, row in enumerate(["情報省", "産業省", "（令和６年４月）"]):
        _centred(page, 460 + 34 * k, row, 28, GOTHIC)
    doc.save(path)
    return path


def build_minutes_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for k, row in enumerate(["技術審議会", "情報基盤部会", "第９回会議議事録"]):
        _centred(page, 320 + 34 * k, row, 22)
    _left(page, 80, [(580, "第１　日　時　令和６年８月２１日（水）　自　午後１時３０分"), (597, "　　　　　　　　　　　　　　　　　　至　午後２時３７分"),
                     (631, "第２　場　所　庁舎地下１階大会議室"), (665, "第３　議　題　情報基盤の整備に関する要綱案"),
                     (699, "第４　議　事　（次のとおり）")], 10.5)
    doc.save(path)
    return path


def build_judgment_caption(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((90, 118), "令和２年（受）第１２３号，第１２４号　損害賠償請求事件", fontname=MINCHO, fontsize=12)
    page.insert_text((90, 144), "令和３年５月１７日　第二小法廷判決", fontname=MINCHO, fontsize=12)
    page.insert_text((250, 200), "主　　　文", fontname=MINCHO, fontsize=12)
    _text(page, 226, 12, 12)
    doc.save(path)
    return path


def build_notice_listing(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _left(page, 43, [(82, "○情報処理設備管理基準"), (100, "平成７年８月２９日（技術振興省告示第５１８号）（制定）"),
                     (117, "平成９年９月２４日（技術振興省告示第５３６号）（最終改正）")], 11)
    page.insert_text((54, 153), "情報処理設備管理基準を次のように定め、平成７年８月２９日から施行する。",
                     fontname=MINCHO, fontsize=11)
    page.insert_text((43, 205), "一　主旨", fontname=MINCHO, fontsize=10.8)
    _text(page, 223, 14, 10.8)
    doc.save(path)
    return path


def build_ordinal_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 208, "北野村職員子育て支援行動計画", 28)
    _centred(page, 287, "第２次", 24)
    _centred(page, 608, "平成２７年８月", 18)
    _centred(page, 644, "（平成２８年５月：一部追加）", 18)
    _centred(page, 698, "北野村・北野村議会", 18)
    _centred(page, 728, "特定非営利活動法人北野村子育て支援協会センター", 18)
    doc.save(path)
    return path


def build_labelled_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 160, "北野村簡易水道事業経営戦略", 22)
    for k, row in enumerate(["団体名：北野村", "事業名：簡易水道事業", "策定日：平成３０年３月", "計画期間：平成２９年度～平成３８年度"]):
        page.insert_text((113, 240 + 54 * k), row, fontname=MINCHO, fontsize=14)
    page.insert_text((113, 452), "１．事業概要", fontname=GOTHIC, fontsize=16)
    _text(page, 480, 10, 12)
    doc.save(path)
    return path


def build_stamped_paper(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(270, 116, 405, 136), width=0.5)
    page.draw_rect(pymupdf.Rect(405, 116, 490, 136), width=0.5)
    page.insert_text((275, 131), "情報基盤（制度関係）部会", fontname=MINCHO, fontsize=10.5)
    page.insert_text((410, 131), "参考資料２－２", fontname=MINCHO, fontsize=10.5)
    _centred(page, 167, "海外法における電子記録の論点と各国の立場", 10.5)
    _right(page, 203, "令和４年６月１５日", 10.5)
    _right(page, 221, "北野　太郎", 10.5)
    page.insert_text((85, 257), "１．はじめに", fontname=MINCHO, fontsize=10.5)
    _text(page, 275, 18)
    doc.save(path)
    return path


def build_series_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 53, "情報政策補佐官等ディスカッションペーパー", 10.5)
    _right(page, 67, "２０２１年８月", 10.5)
    _centred(page, 135, "行政システムの更新のための", 20, GOTHIC)
    _centred(page, 171, "データ移行の考え方", 20, GOTHIC)
    _centred(page, 213, "（ディスカッションペーパー）", 20, GOTHIC)
    _centred(page, 238, "２０２１年８月", 10.5)
    _centred(page, 273, "北野太郎、南花子", 10.5)
    page.insert_text((85, 310), "要旨", fontname=GOTHIC, fontsize=10.5)
    _text(page, 345, 3)
    _text(page, 455, 6, 12)
    doc.save(path)
    return path


def build_rule_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 110, "北野村情報基盤整備事業費補助金", 12)
    _centred(page, 176, "交付規程", 14)
    _centred(page, 270, "特別枠", 14)
    _centred(page, 569, "北野村情報基盤整備事業事務局", 14)
    _centred(page, 596, "（北野情報株式会社）", 14)
    page = doc.new_page()
    _centred(page, 68, "北野村情報基盤整備事業費補助金交付規程", 10.5)
    _centred(page, 88, "特別枠", 10.5)
    _right(page, 127, "令和８年（２０２６年）１月１６日", 10.5)
    page.insert_text((85, 166), "（通則）", fontname=MINCHO, fontsize=10.5)
    page.insert_text((85, 187), "第１条　" + TEXT[:30], fontname=MINCHO, fontsize=10.5)
    _text(page, 207, 10)
    doc.save(path)
    return path


def build_stepped_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 110, "北野村情報基盤整備事業費補助金", 12)
    _centred(page, 176, "交付規程", 14)
    _centred(page, 569, "北野村情報基盤整備事業事務局", 14)
    _centred(page, 596, "（北野情報株式会社）", 14)
    page = doc.new_page()   # the text, in body type, opens at once
    page.insert_text((85, 80), "（通則）", fontname=MINCHO, fontsize=10.5)
    page.insert_text((85, 100), "第１条　" + TEXT[:30], fontname=MINCHO, fontsize=10.5)
    _text(page, 120, 20)
    doc.save(path)
    return path


def build_numbered_rule(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 70, "北野村情報基盤整備補助金交付規程", 14)
    for k, row in enumerate(["令和６年６月２４日", "規程令６第４号", "改正規程令６第９号", "改正規程令７第２号"]):
        _right(page, 103 + 13.6 * k, row, 10.5)
    page.insert_text((67, 236), "（通則）", fontname=MINCHO, fontsize=10.5)
    page.insert_text((57, 250), "第１条　" + TEXT[:30], fontname=MINCHO, fontsize=10.5)
    _text(page, 264, 20)
    doc.save(path)
    return path


def build_office_note(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 134, "事務連絡", 12, 499)
    _right(page, 152, "平成２５年３月８日", 12, 499)
    page.insert_text((85, 226), "各都道府県情報主管部（局）情報主管課　御中", fontname=MINCHO, fontsize=12)
    _right(page, 298, "技術振興省情報政策局管理課", 12, 489)
    page.insert_text((121, 352), "情報基盤設備の整備に関連するものに係る登録原簿の", fontname=MINCHO, fontsize=12)
    page.insert_text((121, 370), "登録申請書の作成要領について", fontname=MINCHO, fontsize=12)
    _text(page, 420, 12, 12)
    doc.save(path)
    return path


def build_undated_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 300, "北野村情報基盤整備計画", 24)
    _centred(page, 600, "北野村", 18)
    page = doc.new_page()
    _centred(page, 100, "目次", 14)
    page.insert_text((85, 140), "本計画は令和８年１月１６日に策定した。", fontname=MINCHO, fontsize=10.5)
    _text(page, 160, 10)
    doc.save(path)
    return path


def build_liaison_letter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for k, glyph in enumerate("事務連絡"):
        page.insert_text((380 + 36 * k, 130), glyph, fontname=MINCHO, fontsize=12)
    _right(page, 148, "令和５年３月８日", 12)
    for y in (166, 184, 202, 238, 256, 274, 310, 328, 382, 400):   # Word's empty lines: a space each
        page.insert_text((85, y), " ", fontname="helv", fontsize=12)
    page.insert_text((85, 220), "各県情報主管部（局）情報主管課　御中", fontname=MINCHO, fontsize=12)
    _right(page, 292, "情報省情報政策局情報基盤課", 12)
    page.insert_text((121, 346), "情報基盤の整備に関連するものに係る登録申請書", fontname=MINCHO, fontsize=12)
    page.insert_text((121, 364), "及びその添付資料の作成要領について", fontname=MINCHO, fontsize=12)
    y = 420
    for _ in range(6):
        page.insert_text((85, y), TEXT[:35], fontname=MINCHO, fontsize=12)
        y += 18
    _centred(page, y + 18, "記", 12)
    doc.save(path)
    return path


def build_heading_face_excerpt(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((85, 103), "ＵＮＣＩＴＲＡＬ　ＭＬＥＴＲ　抜粋（参考訳）", fontname=GOTHIC, fontsize=10.5)
    page.insert_text((85, 121), "（Model Law on Electronic Records：電子的記録に関するモデル法）", fontname=GOTHIC, fontsize=10.5)
    y = 157.0
    for number, caption in (("第２条", "定義"), ("第８条", "記載")):
        page.insert_text((85, y), f"{number}　{caption}", fontname="china-s", fontsize=10.5)
        for _ in range(3):
            y += 18
            page.insert_text((96, y), TEXT[:40], fontname="china-s", fontsize=10.5)
        y += 36
    rename_fonts(doc, "/MS-Gothic", "/MS-Mincho")   # named as a word processor names them: a Gothic title over a Mincho body
    doc.save(path)
    return path


def build_body_type_minutes(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _left(page, 85, [(88, "第３回　情報基盤の電子化に関する研究会"), (105, "日時：令和５年６月１日（木）10:00～12:00"),
                     (123, "場所：公益社団法人情報基盤研究会会議室　※オンラインにて開催")], 10.5, GOTHIC)
    _centred(page, 157, "議事録", 10.5, GOTHIC)
    y = 191.0
    for turn in ("（Ａ）　本日もご参加いただきありがとうございます。", "（Ｂ）　資料について説明いたします。"):
        page.insert_text((85, y), turn, fontname=MINCHO, fontsize=10.5)
        y = _text(page, y + 17, 2) + 17
    doc.save(path)
    return path


def build_centred_policy(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 95, "情報基盤事業データ利活用ポリシー", 10.5)
    y = _text(page, 131, 4)
    for lead in ("○申請時に提供いただいた情報は、以下の表に定める目的で利活用される場合があります。",
                 "○本データ利活用に関するお問合せは、以下の宛先までお願いいたします。"):
        page.insert_text((85, y + 17), lead[:40], fontname=MINCHO, fontsize=10.5)
        y = _text(page, y + 17 + 17.85, 2)
    page.insert_text((101, y + 10), "【情報基盤事業データ利活用ポリシー窓口】", fontname=MINCHO, fontsize=10.5)
    page.insert_text((106, y + 27), " info@kitano-data.example.jp", fontname=MINCHO, fontsize=10.5)
    doc.save(path)
    return path


def build_council_bill(path: Path) -> Path:
    """A city council's bill (議案) as the members receive it, all in one Mincho size: the bill's number in its
    session (議案第３号) flush left at the top, the bill's title, its 提出 date and the mayor at the right, then
    the 条例's own title again, its enacting sentence and its first article."""
    doc = pymupdf.open()
    page = doc.new_page()
    _left(page, 85, [(80, "議案第３号"), (103, "　北野市立図書館設置条例"), (125, "　　令和７年１２月５日提出")], 10.0)
    _right(page, 170, "北野市長　北野　太郎", 10.0)
    _left(page, 85, [(215, "　　　北野市立図書館設置条例"), (260, "　北野市立図書館設置条例の全部を改正する。"),
                     (305, "　（設置）")], 10.0)
    page.insert_text((85, 328), "第１条　" + TEXT[:36], fontname=MINCHO, fontsize=10.0)
    _text(page, 350, 12, 10.0)
    doc.save(path)
    return path


def build_decision_cover_sheet(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 125, "「北野村情報基盤整備緊急対策」について", 14)
    _left(page, 370, [(200, "令和２年４月７日"), (224, "閣　議　決　定")], 14)
    page.insert_text((85, 296), "「北野村情報基盤整備緊急対策」を別紙のとおり定める。", fontname=MINCHO, fontsize=14)
    doc.new_page()
    doc.save(path)
    return path


def build_filled_in_cover(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _left(page, 114, [(235, "北野村補正予算（第１号）"), (280, "等の説明")], 25)
    _left(page, 226, [(440, "第　　　回　国　会")], 16)
    page.insert_text((253, 440), "201", fontname=MINCHO, fontsize=16)
    _left(page, 226, [(563, "（未　定　稿）")], 16)
    _left(page, 213, [(647, "令　和　　　年　　　月")], 16)
    page.insert_text((277, 647), "2", fontname=MINCHO, fontsize=16)
    page.insert_text((341, 647), "4", fontname=MINCHO, fontsize=16)
    _left(page, 199, [(755, "北　野　村　財　政　課")], 18)
    doc.save(path)
    return path


# builder → (title, date, issuer); issuer None: not asserted here

def build_public_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((71, 85), "北野村公告　第２１号", fontname=MINCHO, fontsize=10.5)
    page.insert_text((88, 121), "北野村旧庁舎解体工事の制限付き一般競争入札の実施について", fontname=MINCHO, fontsize=10.5)
    page.insert_text((82, 157), "　地方自治法第２３４条第１項の規定により、制限付き一般競争入札を次のとお", fontname=MINCHO, fontsize=10.5)
    page.insert_text((71, 175), "り実施する。", fontname=MINCHO, fontsize=10.5)
    page.insert_text((92, 211), "令和８年７月１７日", fontname=MINCHO, fontsize=10.5)
    _right(page, 247, "北野村長　北野　太郎", 10.5, 497)
    _left(page, 71, [(283, "１　制限付き一般競争入札に付する事項"), (301, "（１）　工事名　　北野村旧庁舎解体工事"),
                     (319, "（２）　工事場所　北野村本町　地内"), (355, "２　入札参加者に必要な資格に関する事項")], 10.5)
    _text(page, 373, 8)
    doc.save(path)
    return path

def build_request_letter(path: Path) -> Path:
    """A secretariat's request letter (依頼, Word, one Mincho size): a stamp at the top right, the date and
    the sender flush right under it, a blank line, the subject centred alone, a blank line, the text
    (each paragraph opened one character in, wide line spacing). No number, no addressee."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(480, 38, 550, 60), color=(0, 0, 0), width=0.8)
    page.insert_text((486, 54), "資料４－１", fontname=GOTHIC, fontsize=12)
    _right(page, 112, "令和３年３月３１日", 14, 528)
    _right(page, 148, "情報基盤推進協議会事務局", 14, 528)
    _centred(page, 220, "「情報基盤推進企業」宣言プロジェクトの周知のお願い", 14)
    y = 294.0
    for row in ("　今般、情報基盤を積極的に推進する事業者の取組を広く発信し、ひい", "ては、企業活動における情報基盤の活用の拡大を図るため、認定制度",
                "を創設し、令和２年４月より募集を開始します。", "　協議会の参画団体各位におかれましては、会員団体等に対して積極的な",
                "周知と応募の呼びかけを行っていただきますよう、お願いいたします。"):
        page.insert_text((71, y), row, fontname=MINCHO, fontsize=14)
        y += 36
    doc.save(path)
    return path


def build_titled_pages(path: Path) -> Path:
    """A briefing laid out as two poster pages (landscape): a framed stamp at the top right giving
    the date and the office that made it (令和４年２月24日 北野村企画課作成), then each page's title —
    the paper's name (26 pt) and the page's subject between wave dashes (20 pt) on one line, the
    next page repeating the name with another subject."""
    doc = pymupdf.open()
    for subject in ("～国の動向～", "～本村の取組～"):
        page = doc.new_page(width=842, height=595)
        page.draw_rect(pymupdf.Rect(640, 14, 800, 28), color=(0, 0, 0), width=0.5)
        page.insert_text((645, 25), "令和４年２月24 日北野村企画課作成", fontname=GOTHIC, fontsize=9)
        page.insert_text((43, 60), "北野村ＤＸ推進方針", fontname=GOTHIC, fontsize=26)
        page.insert_text((43 + 26 * 9 + 8, 60), subject, fontname=GOTHIC, fontsize=20)
        page.insert_text((43, 120), "自治体におけるＤＸの定義", fontname=GOTHIC, fontsize=16)
        _left(page, 43, [(150 + 20 * k, "行政サービスにデジタル技術やデータを活用して、住民の利便性を向上させること。") for k in range(4)], 12, GOTHIC)
        page.insert_text((790, 575), str(doc.page_count), fontname=GOTHIC, fontsize=10.5)
    doc.save(path)
    return path


def build_named_notice(path: Path) -> Path:
    """A ward's tender notice printed by a form generator, all in one size: the notice's name
    (一般競争入札公告) on the first row, the announcing formula (次のとおり一般競争入札に付します。), the date,
    the signer right-aligned, then the whole notice as one ruled two-column table (１ 件名 | …)."""
    doc = pymupdf.open()
    page = doc.new_page()
    _left(page, 71, [(85, "一般競争入札公告"), (99, "次のとおり一般競争入札に付します。"), (113, "令和 8年 8月 7日")], 9)
    _right(page, 127, "北野区契約担当者", 9, 575)
    ys = (140, 170, 185, 200, 240)
    for y in ys:
        page.draw_line((70, y), (575, y), color=(0, 0, 0), width=0.5)
    for x in (70, 159, 575):
        page.draw_line((x, ys[0]), (x, ys[-1]), color=(0, 0, 0), width=0.5)
    for (label, text), y in zip((("１　件名", "北野区立公園管理事務所解体工事"), ("２　履行場所", "北野１－２－３"),
                                 ("３　工期", "契約確定の日から令和 9年 7月23日まで"), ("４　工事概要", "管理事務所ほか２棟の解体工事")), ys):
        page.insert_text((74, y + 12), label, fontname=MINCHO, fontsize=9)
        page.insert_text((163, y + 12), text, fontname=MINCHO, fontsize=9)
    doc.save(path)
    return path


def build_boxed_option_form(path: Path) -> Path:
    """A council's filing form: its name in 18 pt at the top, and beside it at the top right a small
    ruled box of options (再質問の方式 over １ 一括質問一括答弁方式 / ２ 一問一答方式) whose last line stands
    at the height of the name; then the field rows and the text in 10.5 pt, the dating line (date, addressee 殿, signer) at the
    foot in 12 pt."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((43, 46), "　　　", fontname=MINCHO, fontsize=11)   # a blank line of the form's header, beside the box's first row
    page.insert_text((88, 72), "北野市議会定例会一般質問通告書", fontname=MINCHO, fontsize=18)
    for y in (38, 52, 79):
        page.draw_line((418, y), (544, y), color=(0, 0, 0), width=0.5)
    for x in (418, 544):
        page.draw_line((x, 38), (x, 79), color=(0, 0, 0), width=0.5)
    page.insert_text((451, 49), "再質問の方式", fontname=MINCHO, fontsize=10)
    page.insert_text((424, 63), "１ 一括質問一括答弁方式", fontname=MINCHO, fontsize=10)
    page.insert_text((424, 76), "２ 一問一答方式", fontname=MINCHO, fontsize=10)
    page.insert_text((43, 96), "質問件名　公共施設の再配置を問う", fontname=MINCHO, fontsize=10)
    page.insert_text((43, 120), "質問要旨", fontname=MINCHO, fontsize=10)
    _text(page, 140, 20, 10.5)
    page.insert_text((43, 720), "令和 3 年 2 月 10 日 北野市議会議長 殿　　北野市議会議員 氏名 北野 太郎", fontname=MINCHO, fontsize=12)
    doc.save(path)
    return path


def build_remarked_sheet(path: Path) -> Path:
    """A statistics sheet (an attachment of a press release): 別紙 at the top left, two ◆ remarks in bold
    Gothic 10 pt — the as-at time (◆令和３年１月１日１８時００分時点) and a caution ending in 。 —, a numbered
    section line, a ruled table of counts, and table notes in 6 pt under it, long enough to outnumber the
    remarks' glyphs (so the document's body reads as the notes' size)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((30, 60), "別紙", fontname=GOTHIC, fontsize=11)
    page.insert_text((44, 80), "◆令和３年１月１日１８時００分時点", fontname=GOTHIC, fontsize=10)
    page.insert_text((44, 97), "◆速報値のため、今後の調査状況により、変動の可能性があります。", fontname=GOTHIC, fontsize=10)
    page.insert_text((30, 115), "１　患者の発生状況", fontname=GOTHIC, fontsize=10)
    for x in (60, 160, 260, 360):
        page.draw_line((x, 125), (x, 165), color=(0, 0, 0), width=0.5)
    for y in (125, 145, 165):
        page.draw_line((60, y), (360, y), color=(0, 0, 0), width=0.5)
    for k, (head, figure) in enumerate((("総数", "783"), ("濃厚接触者", "254"), ("調査中", "529"))):
        page.insert_text((65 + 100 * k, 140), head, fontname=GOTHIC, fontsize=10)
        page.insert_text((65 + 100 * k, 160), figure, fontname=GOTHIC, fontsize=12)
    notes = ("※１　濃厚接触者：確定患者との接触歴があるもの。検査の結果は後日に公表する。",
             "※２　検査から結果が出るまでは３日程度要する。なお、この検査結果と本日の",
             "報告数が一致するものではない。（陰性確認を含む）検査件数は速報値である。",
             "＊２つの欄に該当する場合があるため、内訳と総数が一致しない場合がある。")
    for k, note in enumerate(notes):
        page.insert_text((44, 178 + 8 * k), note, fontname=GOTHIC, fontsize=6)
    doc.save(path)
    return path


COVERS = {
    "build_titled_pages": ("北野村ＤＸ推進方針", "2022-02-24", "北野村企画課"),
    "build_slide_cover": ("人工知能事業者指針案（第２.０版）概要", "2024-04", "情報省・産業省"),
    "build_minutes_cover": ("技術審議会情報基盤部会第９回会議議事録", "2024-08-21", "技術審議会情報基盤部会"),
    "build_judgment_caption": ("令和２年（受）第１２３号，第１２４号損害賠償請求事件", "2021-05-17", "最高裁判所第二小法廷"),   # cover28: a petty bench is the Supreme Court's
    "build_notice_listing": ("情報処理設備管理基準", "1997-09-24", "技術振興省"),   # issuer20: the body its number names
    "build_ordinal_cover": ("第２次北野村職員子育て支援行動計画", "2015-08",
                            "北野村・北野村議会・特定非営利活動法人北野村子育て支援協会センター"),
    "build_labelled_cover": ("北野村簡易水道事業経営戦略", "2018-03", "北野村"),
    "build_stamped_paper": ("海外法における電子記録の論点と各国の立場", "2022-06-15", None),
    "build_series_cover": ("行政システムの更新のためのデータ移行の考え方", "2021-08", "情報政策補佐官"),   # issuer20: the series' body
    "build_rule_cover": ("北野村情報基盤整備事業費補助金交付規程", "2026-01-16", None),
    "build_stepped_cover": ("北野村情報基盤整備事業費補助金交付規程", "", None),
    "build_numbered_rule": ("北野村情報基盤整備補助金交付規程", "2024-06-24", "北野村"),
    "build_office_note": ("情報基盤設備の整備に関連するものに係る登録原簿の登録申請書の作成要領について", "2013-03-08",
                          "技術振興省情報政策局管理課"),
    "build_undated_cover": ("北野村情報基盤整備計画", "", None),
    "build_public_notice": ("北野村旧庁舎解体工事の制限付き一般競争入札の実施について", "2026-07-17", None),
    "build_heading_face_excerpt": ("ＵＮＣＩＴＲＡＬ　ＭＬＥＴＲ　抜粋（参考訳）", "", ""),
    "build_body_type_minutes": ("第３回情報基盤の電子化に関する研究会議事録", "2023-06-01", "情報基盤の電子化に関する研究会"),
    "build_liaison_letter": ("情報基盤の整備に関連するものに係る登録申請書及びその添付資料の作成要領について", "2023-03-08",
                             "情報省情報政策局情報基盤課"),
    "build_centred_policy": ("情報基盤事業データ利活用ポリシー", "", None),
    "build_council_bill": ("北野市立図書館設置条例", "2025-12-05", None),
    "build_decision_cover_sheet": ("「北野村情報基盤整備緊急対策」について", "2020-04-07", None),
    "build_filled_in_cover": ("北野村補正予算（第１号）等の説明", "2020-04", "北野村財政課"),
    "build_request_letter": ("「情報基盤推進企業」宣言プロジェクトの周知のお願い", "2021-03-31", "情報基盤推進協議会事務局"),
    "build_named_notice": ("一般競争入札公告", "2026-08-07", None),
    "build_boxed_option_form": ("北野市議会定例会一般質問通告書", "2021-02-10", None),
    "build_remarked_sheet": ("", "2021-01-01", None),
}


def build_banded_series_cover(path: Path) -> Path:
    """A 手引き's cover: the series it belongs to in 20 pt between two rules drawn across the page, then the
    title in 36 pt, a bracketed qualifier in 28 pt, the edition, the date and the issuer; text on page 2."""
    doc = pymupdf.open()
    page = doc.new_page()
    for y in (150, 200):
        page.draw_line((75, y), (520, y), color=(0, 0, 0), width=1)
    _centred(page, 185, "北野市町村入札参加資格共同審査申請の手引き", 20)
    _centred(page, 350, "市町村への申請", 36)
    _centred(page, 400, "（建設工事編）", 28)
    _centred(page, 460, "令和７・８年度　定期申請", 24)
    _centred(page, 660, "2024年11月8日", 11)
    _centred(page, 720, "北野市町村入札参加資格共同審査協議会", 18)
    page = doc.new_page()
    page.insert_text((70, 70), "１．申請の概要", fontname=GOTHIC, fontsize=14)
    for k in range(30):
        page.insert_text((70, 100 + 16 * k), TEXT, fontname=MINCHO, fontsize=9.5)
    doc.save(path)
    return path
