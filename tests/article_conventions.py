"""Rules (規程・要綱・法令) typeset as word processors print them, each with its truth beside it:

- build_rules: one Mincho face and size throughout, nothing bold. Each article's caption stands
  in brackets on a line of its own right above the line its number opens (条見出し: （通則） /
  第１条 この規程は…). The
  articles' paragraphs (２ …) and items (（１）…, 一 …) are short lines of their own, no sentence
  closed on them — still the article's text. 第１章 above the articles nests them; the
  supplementary provisions (附　則, one indented with the amending rule's number) close the
  main text.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from pdf_fonts import rename_fonts

MINCHO = "japan-s"
BODY = 10.5

# (depth, label, title): the headings of build_rules
RULES = [(1, "第１章", "総則"), (2, "第１条", "通則"), (2, "第２条", "定義"), (2, "第３条", "交付の申請"),
         (2, "第４条", "委任"), (1, "", "附則"), (1, "", "附則（規程令７第２号）")]
_TEXT = ("この規程は、補助金の交付に関し必要な事項を定めるものとし、関係する法令の定めによるほか、",
         "この規程の定めるところによる。")


def _line(page: pymupdf.Page, y: float, text: str, x: float = 70.0) -> float:
    page.insert_text((x, y), text, fontname=MINCHO, fontsize=BODY)
    return y + 16


def _article(page: pymupdf.Page, y: float, caption: str, number: str, items: list[str]) -> float:
    if caption:
        y = _line(page, y, f"（{caption}）", 80.5)
    y = _line(page, y, f"{number}　{_TEXT[0]}")
    y = _line(page, y, _TEXT[1], 80.5)
    for item in items:
        y = _line(page, y, item, 80.5)
    return y + 4


def build_rules(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 80, "補助金交付規程", 240)
    y = _line(page, y + 10, "第１章　総則", 80.5)
    y = _article(page, y, "通則", "第１条", [])
    y = _article(page, y, "定義", "第２条", ["（１）補助事業者　交付の決定を受けた者", "（２）補助対象経費　別表に定める経費",
                                           "２　前項の経費の額は、別に定める"])
    y = _article(page, y, "交付の申請", "第３条", ["一　事業の計画", "二　経費の配分"])
    y = _article(page, y, "委任", "第４条", [])
    y = _line(page, y, "附　則", 90)
    y = _line(page, y, "　この規程は、令和７年４月１日から施行する。")
    y = _line(page, y, "　附　則（規程令７第２号）", 80)
    _line(page, y, "　この規程は、令和７年９月１日から施行する。")
    doc.save(path)
    return path


# build_call: a call for applications (公募要領) all in one Gothic size: the cover's notice box opens with
# bands (【応募方法】, each over its sentence); then the outline １． > （１） > Ⅰ with bands 【…】 and ＜…＞
# alone on their lines above paragraphs, under the heading they follow; a ＜…＞ label centred over a
# figure, one right above a bulleted list and one over a lead-in sentence and the table it announces
# (＜提出書類一覧表＞ / 下表のとおり…提出してください。 / the table) name those blocks, no headings.
CALL = [(1, "", "【応募方法】"), (1, "", "【受付期間】"), (1, "１．", "事業の目的"), (2, "（１）", "補助対象者"),
        (3, "Ⅰ", "補助事業の要件"), (4, "", "【賃上げ要件について】"), (4, "", "＜返還について＞"),
        (3, "Ⅱ", "事業者の範囲"), (4, "", "＜中小企業者の定義＞"), (1, "２．", "補助対象経費"), (2, "", "【注意事項】")]
_PARAGRAPH = ("本事業は、中小企業等の成長を加速するため、大規模な投資を行う事業者を支援するものであり、",
              "その要件は以下のとおりとする。")
GOTHIC = "japan"


def _para(page: pymupdf.Page, y: float) -> float:
    page.insert_text((70, y), _PARAGRAPH[0], fontname=GOTHIC, fontsize=11)
    page.insert_text((70, y + 17), _PARAGRAPH[1], fontname=GOTHIC, fontsize=11)
    return y + 40


def _head(page: pymupdf.Page, y: float, text: str, x: float = 70.0) -> float:
    page.insert_text((x, y), text, fontname=GOTHIC, fontsize=11)
    return y + 20


def _table(page: pymupdf.Page, y: float, rows: list[tuple[str, str]]) -> float:
    """A ruled table of two columns, a row of names over its rows."""
    xs, height = (70.0, 250.0, 520.0), 22.0
    for k, row in enumerate(rows):
        for x, text in zip(xs, row):
            page.insert_text((x + 6, y + k * height + 15), text, fontname=GOTHIC, fontsize=11)
    for k in range(len(rows) + 1):
        page.draw_line((xs[0], y + k * height), (xs[-1], y + k * height), width=0.8)
    for x in xs:
        page.draw_line((x, y), (x, y + len(rows) * height), width=0.8)
    return y + len(rows) * height


def build_call(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for _, label, title in CALL[:2]:
        y = _para(page, _head(page, y, label + title))
    y = _para(page, _head(page, y, "＜事業のイメージ＞", 240))   # centred over a figure: its label
    page.draw_rect(pymupdf.Rect(150, y, 450, y + 60), width=0.8)
    y += 80
    for _, label, title in CALL[2:9]:
        y = _para(page, _head(page, y, label + title))
        if y > 700:
            page, y = doc.new_page(), 80.0
    y = _head(page, y, "＜主な事業＞")   # above a bulleted list: its label
    y = _head(page, y, "・設備投資の支援", 81)
    y = _head(page, y, "・人材育成の支援", 81) + 6
    y = _head(page, y, "＜提出書類一覧表＞")   # over a lead-in and its table: the table's label
    y = _head(page, y, "　下表のとおり、提出ファイル名を指定のものへと変更の上、提出してください。") + 4
    y = _table(page, y, [("提出書類", "提出ファイル名"), ("事業計画書", "計画書＿事業者名"), ("決算書", "決算書＿事業者名")]) + 24
    for _, label, title in CALL[9:]:
        y = _para(page, _head(page, y, label + title))
    doc.save(path)
    return path



# build_definition: the same call's framed definition — a ＜…＞ label over a bulleted list of its conditions,
# then its parts, each opened by the first label of a series (① 会社又は個人 over its table, ② …): the label
# heads the passage (the list is its lead). A second ＜…＞ label over a bulleted list with the next number of a
# series opened before it (② after the ① the label stands under) after the list names that list alone.
DEFINITION = [(1, "１．", "事業の目的"), (2, "（１）", "補助対象者"), (3, "", "＜中小企業者の定義＞"),
              (2, "（２）", "補助事業"), (3, "①", "設備投資"), (3, "②", "人材育成")]
DEFINITION_PARTS = [(4, "①", "会社又は個人"), (4, "②", "組合又は連合会")]   # optional: the parts over their tables


def build_definition(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _para(page, _head(page, 80.0, "１．事業の目的"))
    y = _para(page, _head(page, y, "（１）補助対象者"))
    y = _head(page, y, "＜中小企業者の定義＞", 76)
    y = _head(page, y, "○下表に該当する者であること（中小企業等経営強化法に規定する中小企業者）。", 76)
    y = _head(page, y, "○該当しない組合や財団法人、及び法人格のない任意団体は補助対象外です。", 76)
    y = _head(page, y + 8, "①　会社又は個人", 76)
    y = _table(page, y, [("業種", "定義"), ("製造業", "資本金３億円以下"), ("卸売業", "資本金１億円以下")]) + 16
    y = _head(page, y, "②　組合又は連合会", 76)
    y = _table(page, y, [("組織形態", "定義"), ("企業組合", "－"), ("協業組合", "－")]) + 24
    y = _para(page, _head(page, y, "（２）補助事業"))
    y = _para(page, _head(page, y, "①設備投資"))
    y = _head(page, y, "＜主な事業＞")
    y = _head(page, y, "・設備の導入を支援する事業", 81)
    y = _head(page, y, "・工場の新設を支援する事業", 81) + 6
    _para(page, _head(page, y, "②人材育成"))
    doc.save(path)
    return path


# build_definitions: a 告示 in one Mincho size: 一 > （一） headings on lines of their own, and under （一） a list of
# definitions, each ・ then a circled number, the term, leaders and its definition; ③'s definition wraps to a row
# set under its text; ④ has lost its ・ (a typist's slip): it stands where the others' numbers stand, the next
# item of that list, no heading.
DEFINITIONS = [(1, "一", "用語の定義"), (2, "（一）", "建物及び室関係"), (1, "二", "基準の構成")]
_TERMS = [("・", "①建物………………", "情報システム等を収容する建物"), ("・", "②コンピュータ室…", "ホストコンピュータを設置するための専用の室"),
          ("・", "③事務室……………", "端末機、サーバ、ワークステーション、パーソナルコンピュータ等を設置して"),
          ("", "", "いる室、店舗、配送センタ等"), ("", "④データ等保管室…", "データ、プログラム等を含んだ記録媒体を保管する室"),
          ("・", "⑤端末スペース……", "一般の利用者に開放する端末機を設置した場所")]


def build_definitions(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 60, "○情報システム安全対策基準", 43)
    y = _line(page, y + 10, "一　用語の定義", 43)
    for text in _TEXT:
        y = _line(page, y, "・" + text, 43)
    y = _line(page, y, "（一）建物及び室関係", 43)
    for bullet, term, text in _TERMS:
        if bullet:
            page.insert_text((43, y), bullet, fontname=MINCHO, fontsize=BODY)
        if term:
            page.insert_text((54, y), term, fontname=MINCHO, fontsize=BODY)
        y = _line(page, y, text, 54 + 10.5 * 9)
    y = _line(page, y + 10, "二　基準の構成", 43)
    for _ in range(3):
        y = _line(page, y, "・本基準は、設置基準、技術基準及び運用基準から構成されており、その内容は以下のとおりである。", 43)
    doc.save(path)
    return path


# build_steps: a guideline in 12 pt Gothic whose outline (１．, ２．) is set at the body's size; between them a
# flow diagram of framed boxes, its steps each numbered by a 11.4 pt figure set beside its words in 7 pt
# (1　発見者は、IPAに脆弱性 / 関連情報を届け出る): a diagram's words, no heading, however large its number.
STEPS = [(1, "１．", "概要"), (1, "２．", "発見者の対応")]


def build_steps(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((150, 300), "脆弱性関連情報取扱ガイドライン", fontname=GOTHIC, fontsize=20)
    page = doc.new_page()
    y = 70.0
    for line in ("１．概要", "　製品に係る脆弱性関連情報取扱の概要は、図１の通りです。"):
        page.insert_text((78, y), line, fontname=GOTHIC, fontsize=12)
        y += 20
    for k, (box, words) in enumerate([("発見者", ("発見者は、IPAに脆弱性", "関連情報を届け出る")),
                                      ("ＩＰＡ", ("IPAは、調整機関に脆弱", "性関連情報を通知する"))]):
        page.draw_rect(pymupdf.Rect(200, y, 260, y + 20), width=0.8)
        page.insert_text((206, y + 15), box, fontname=GOTHIC, fontsize=11)
        page.draw_line((230, y + 20), (230, y + 60), width=0.8)
        page.insert_text((133, y + 38), str(k + 1), fontname="helv", fontsize=11.4)
        page.insert_text((147, y + 37), words[0], fontname=GOTHIC, fontsize=7)
        page.insert_text((147, y + 46), words[1], fontname=GOTHIC, fontsize=7)
        y += 60
    y += 30
    for line in ("２．発見者の対応", "　発見者は、脆弱性関連情報を発見した場合、ＩＰＡに届け出ます。",
                 "　届出の方法は、ウェブサイトの届出様式によるものとします。"):
        page.insert_text((78, y), line, fontname=GOTHIC, fontsize=12)
        y += 20
    page = doc.new_page()
    page.insert_text((78, 70), "　以上の対応は、本ガイドラインの定めるところによります。", fontname=GOTHIC, fontsize=12)
    doc.save(path)
    return path


# build_conditions: rules in one Mincho size whose 公用文 outline (１　…) holds a list of conditions （１）…（４）, each
# wrapped to a second row set at its label's indent; the last is followed by a remark set further in (なお、…):
# the list's last item, no heading, though the item before it ends on a wrapped row.
CONDITIONS = [(1, "１", "補助対象者"), (1, "２", "補助対象経費")]
_CONDITION_ROWS = [("（１）　発行済株式の総数又は出資価格の総額の２分の１以上を同一の大企業が所有し", "ている中小企業者等"),
                   ("（２）　発行済株式の総数又は出資価格の総額の３分の２以上を大企業が所有している中", "小企業者等"),
                   ("（３）　大企業の役員又は職員を兼ねている者が、役員総数の２分の１以上を占めている", "中小企業者等"),
                   ("（４）　確定している直近過去３年分の各年又は各事業年度の課税所得の年平均額が１５", "億円を超える中小企業者等")]
_RUNNING = "本規程は、補助金の交付に関し必要な事項を定めるものとし、関係する法令の定めによる"


def build_conditions(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 70, "補助金交付規程", 250)
    for _ in range(3):
        y = _line(page, y, _RUNNING)
    y = _line(page, y, "ものとする。")
    y = _line(page, y + 8, "１　補助対象者")
    y = _line(page, y, "　補助対象者は、次の各号のいずれにも該当しない者とする。")
    for first, second in _CONDITION_ROWS:
        y = _line(page, y, first)
        y = _line(page, y, second)
    y = _line(page, y, "なお、大企業とは、中小企業者以外の者であって、事業を営む者をいう。", 80.5)
    y = _line(page, y + 8, "２　補助対象経費")
    for _ in range(2):
        y = _line(page, y, _RUNNING)
    doc.save(path)
    return path


# build_forms: rules followed by their forms (様式), each form's title set on two centred rows in a size a little
# above the body's — the programme's name over the form's name, letter-spaced (確　定　通　知　書, or a longer
# name of seven letters: 交　付　決　定　通　知　書): one title.
# build_forms(divider=True): the forms behind a page of their own that opens as the rule's text did, with the
# rule's title, and under it, centred in body type, the part's name (様式集) over the list of the forms: the
# part's title page, its name a heading the forms nest under.
FORM_NAMES = ["確定通知書", "交付決定通知書"]


def forms_headings(name: str, divider: bool = False) -> list[tuple[int, str, str]]:
    return [(1, "", "様式集"), (2, "", "補助金" + name)] if divider else [(1, "", "補助金" + name)]


def build_forms(path: Path, name: str = "確定通知書", divider: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    if divider:   # the rule's title set larger on its first page: the document's title
        page.insert_text((236, 70), "補助金交付規程", fontname=MINCHO, fontsize=14)
        y = 90.0
    else:
        y = _line(page, 70, "補助金交付規程", 250)
    for _ in range(12):
        y = _line(page, y, _RUNNING)
    y = _line(page, y, "ものとする。")
    if divider:
        page = doc.new_page()
        _line(page, 60, "補助金交付規程", 250)
        _line(page, 110, "様式集", 276)
        _line(page, 170, "（様式第１）　" + name + "【第１１条関係】", 85)
    page = doc.new_page()
    y = _line(page, 60, "（様式第１）")
    y = _line(page, y, "年月日", 450)
    y = _line(page, y + 10, "補助事業者名")
    page.insert_text((281, y + 30), "補助金", fontname=MINCHO, fontsize=11)
    spaced = "　".join(name)
    page.insert_text((303.5 - 11 * len(spaced) / 2, y + 46), spaced, fontname=MINCHO, fontsize=11)   # centred
    y += 80
    for _ in range(3):
        y = _line(page, y, _RUNNING)
    doc.save(path)
    return path

# build_attachments: rules (規程) in ＭＳ 明朝 whose attachments (別紙) follow the main text, each opened by
# its label 別紙Ｎ alone at the top right of its first page over its title, centred. 別紙１ is set in ＭＳ Ｐ明朝
# (the proportional cut of the body's face: the same family, nothing set apart by it); its （１） heads a
# list whose items hang — ①企業組合 over the lines that describe it, set under its text — and a band
# 【みなし大企業】 set further out than （１） stands beside it, not under it.
ATTACHMENTS = [(1, "第１条", "通則"), (1, "第２条", "定義"), (1, "", "附則"), (1, "別紙１", "補助対象者となる事業者"),
               (2, "（１）", "中小企業者（組合関連）"), (2, "", "【みなし大企業】"), (1, "別紙２", "補助上限額及び補助率")]
_BODY_FONT, _CUT_FONT = "japan", "china-s"   # two distinct CJK fonts, renamed below: ＭＳ 明朝 and ＭＳ Ｐ明朝
_MEMBER = "その直接又は間接の構成員の３分の２以上が中小企業者であるもの。"


def _set(page: pymupdf.Page, y: float, text: str, x: float = 70.0, font: str = _BODY_FONT) -> float:
    page.insert_text((x, y), text, fontname=font, fontsize=BODY)
    return y + 16


def _opening(page: pymupdf.Page, label: str, title: str) -> float:
    """An attachment's first page: its label at the top right, its title centred under it."""
    _set(page, 70, label, 500)
    return _set(page, 100, title, (page.rect.width - BODY * len(title)) / 2) + 10


def _rules_page(doc: pymupdf.Document, in_force: str) -> None:
    """A 規程's articles: its title, two captioned articles, and its 附則 saying when it comes into force."""
    page = doc.new_page()
    y = _set(page, 80, "補助金交付規程", 240) + 10
    for caption, number in (("通則", "第１条"), ("定義", "第２条")):
        y = _set(page, y, f"（{caption}）", 80.5)
        for k in range(3):
            y = _set(page, y, (f"{number}　" if k == 0 else "") + _TEXT[0], 70 if k == 0 else 80.5)
        y = _set(page, y, _TEXT[1], 80.5) + 4
    y = _set(page, y, "附　則", 90)
    _set(page, y, f"　この規程は、{in_force}。")


def build_attachments(path: Path) -> Path:
    doc = pymupdf.open()
    _rules_page(doc, "令和７年４月１日から施行する")
    page = doc.new_page()
    y = _opening(page, "別紙１", "補助対象者となる事業者")
    y = _set(page, y, "（１）中小企業者（組合関連）", 80, _CUT_FONT)
    y = _set(page, y, "中小企業等経営強化法に定める法人であり、下記にある組合等に該当する法人。", 90.5, _CUT_FONT)
    for item in ("①企業組合", "②協業組合", "③事業協同組合"):
        y = _set(page, y, item, 90.5, _CUT_FONT)
        y = _set(page, y, _MEMBER, 101, _CUT_FONT)
    y = _set(page, y + 8, "【みなし大企業】", 70, _CUT_FONT)
    _set(page, y, "次のいずれかに該当する事業者は、大企業とみなされる事業者となり、補助対象外となる。", 80.5, _CUT_FONT)
    page = doc.new_page()
    y = _opening(page, "別紙２", "補助上限額及び補助率")
    _set(page, y, "補助上限額及び補助率は、以下のとおりとする。", 80.5)
    rename_fonts(doc, "/MS-Mincho", "/MS-PMincho")
    doc.save(path)
    return path


# build_agreement: rules (規程) in one Mincho face and size (an article's caption may list names joined by 、:
# （様式、委任）) whose attachments are an agreement and a pledge,
# followed by a form. 別紙１, an agreement (規約), lists its articles line under line (第１条（履行義務） /
# 第２条（補助金の交付）: a list of them, no headings), then, after a sentence, sets each article's number with its caption
# alone on a line (第１条（履行義務）) over the article's text; 別紙２, a pledge, swears to the particulars
# listed under a centred 記 — （１）暴力団 / （２）… — up to 以上; the form after it (様式第１) asks for its
# particulars under its 記 (１．変更の内容 / ２．…). Particulars are no part of the document's outline.
AGREEMENT = [(1, "第１条", "通則"), (1, "第２条", "様式、委任"), (1, "", "附則"), (1, "別紙１", "共同事業実施規約"),
             (2, "第１条", "履行義務"), (2, "第２条", "補助金の交付"), (1, "別紙２", "反社会的勢力排除に関する誓約事項")]
_AGREED = ("甲及び乙は、補助金の交付に関する法令の定め並びに機構が定める公募要領を遵守して、善良な管理者",
           "の注意をもって補助事業を履行する義務を負う。")


def _centred(page: pymupdf.Page, y: float, text: str) -> float:
    return _line(page, y, text, (page.rect.width - BODY * len(text)) / 2)


def _attachment(doc: pymupdf.Document, label: str, title: str) -> tuple[pymupdf.Page, float]:
    page = doc.new_page()
    _line(page, 70, label, 500)
    return page, _centred(page, 100, title) + 10


def build_agreement(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _centred(page, 80, "補助金交付規程") + 10
    y = _article(page, y, "通則", "第１条", ["２　補助事業の実施に当たっては、別紙１の規約による。",
                                           "３　交付の申請に当たっては、別紙２の誓約事項を誓約する。"])
    y = _article(page, y, "様式、委任", "第２条", ["２　この規程に定める様式は、様式第１による。",
                                           "３　この規程に定めるもののほか、必要な事項は別に定める。"])
    y = _line(page, y, "附　則", 90)
    _line(page, y, "　この規程は、令和７年４月１日から施行する。")
    page, y = _attachment(doc, "別紙１", "共同事業実施規約")
    y = _line(page, y, "　甲及び乙は、以下の規約に同意し、共同で補助事業を実施することとします。本規約の条項は次の")
    y = _line(page, y, "とおりとする。") + 4
    for entry in ("第１条（履行義務）", "第２条（補助金の交付）"):
        y = _line(page, y, entry, 80.5)
    y = _line(page, y, "　各条の定めるところは、次のとおりとする。")
    for number, caption in (("第１条", "履行義務"), ("第２条", "補助金の交付")):
        y = _line(page, y + 6, f"{number}（{caption}）")
        y = _line(page, y, _AGREED[0], 80.5)
        y = _line(page, y, _AGREED[1], 80.5)
        y = _line(page, y, "２　甲及び乙は、共同で交付決定を受けて事業を実施する。", 70)
        for item in ("（１）甲が違反を行っていた場合は、甲が負担するもの", "（２）乙が違反を行っていた場合は、乙が負担するもの"):
            y = _line(page, y, item, 80.5)
    page, y = _attachment(doc, "別紙２", "反社会的勢力排除に関する誓約事項")
    y = _line(page, y, "　当社は、補助金の交付の申請をするに当たって、また、補助事業の実施期間内及び完了後において")
    y = _line(page, y, "は、下記のいずれにも該当しないことを誓約いたします。")
    y = _centred(page, y + 6, "記") + 6
    for item in ("（１）暴力団", "（２）暴力団員", "（３）暴力団関係企業"):
        y = _line(page, y, item)
    _line(page, y + 6, "以上", 500)
    page = doc.new_page()
    _line(page, 70, "（様式第１）")
    y = _centred(page, 110, "計画変更承認申請書") + 10
    y = _line(page, y, "　補助金交付規程第２条の規定に基づき、計画変更について下記のとおり申請します。")
    y = _centred(page, y + 6, "記") + 6
    for item in ("１．変更の内容", "２．変更を必要とする理由", "３．変更が補助事業に及ぼす影響"):
        y = _line(page, y, item) + 40
    doc.save(path)
    return path


# build_captioned_articles: rules and a statute's reference translation whose articles carry their caption
# on the number's own line — 第１条（目的）, 第２条　定義, a caption with its English in brackets run on to a
# second line — over the article's text; an article whose text starts on its number's line (第４条　この
# 規程は、…) has none. The first page lists the articles one under another (a contents page with no page
# numbers): no headings.
CAPTIONED = [(1, "第１条", "目的"), (1, "第２条", "定義"),
             (1, "第３条", "移転可能文書の電子的記録による置換え（Replacement of records by electronic records）")]
_CAPTION_WRAP = ("第３条　移転可能文書の電子的記録による置換え（Replacement of records",   # to the text's right edge
                 "by electronic records）")
_FULL = "法が移転可能文書の使用を要求するときは、当該要求は、次に掲げる要件を満たす電子的記録によ"


def build_captioned_articles(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 80, "目　次", 270) + 10
    for label, title in (("第１条", "（目的）"), ("第２条", "（定義）"), ("第３条", "（移転可能文書の置換え）"), ("第４条", "（施行）")):
        y = _line(page, y, label + title, 80.5)
    page = doc.new_page()
    y = _line(page, 80, "電子的記録に関する規程（参考訳）", 200) + 14
    for head, text in (("第１条（目的）", ["この規程は、電子的記録の取扱いに関し必要な事項を定めるものとする。"]),
                       ("第２条　定義", ["「電子的記録」とは、電子的手段により生成され、又は保存される情報をいう。"]),
                       (None, [_FULL, "って満たされる。"])):
        if head is None:
            page.insert_text((70, y), _CAPTION_WRAP[0], fontname=MINCHO, fontsize=BODY)
            y = _line(page, y + 16, _CAPTION_WRAP[1])
        else:
            y = _line(page, y, head)
        for k, t in enumerate(text):
            y = _line(page, y, t, 80.5 if k == 0 else 70)
        y += 16
    y = _line(page, y, "第４条　この規程は、令和７年４月１日から施行する。")
    _line(page, y, "２　前項の規定にかかわらず、第２条の規定は公布の日から施行する。", 70)
    doc.save(path)
    return path


# build_back_matter: a call for applications (公募要領) in Gothic 11 pt, its numbered headings at 12 pt; its
# first page opens with the document's title, 14 pt and centred; its back matter is a page per part, each
# opened by its title, 14 pt and centred at the page's top, over a ruled table (お問い合わせ先, 改訂履歴).
BACK_MATTER = [(1, "１．", "事業の目的"), (1, "２．", "補助対象経費"), (1, "", "お問い合わせ先"), (1, "", "改訂履歴")]


def _ruled(page: pymupdf.Page, top: float, rows: list[list[str]]) -> None:
    xs = [70.0, 250.0, 520.0]
    for r, row in enumerate(rows):
        y = top + 24 * r
        page.draw_rect(pymupdf.Rect(xs[0], y, xs[2], y + 24), width=0.8)
        page.draw_line((xs[1], y), (xs[1], y + 24), width=0.8)
        for k, text in enumerate(row):
            page.insert_text((xs[k] + 6, y + 16), text, fontname=GOTHIC, fontsize=10.5)


def _page_title(page: pymupdf.Page, y: float, text: str) -> float:
    page.insert_text(((page.rect.width - 14 * len(text)) / 2, y), text, fontname=GOTHIC, fontsize=14)
    return y + 30


def build_back_matter(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _page_title(page, 70, "成長加速化補助金公募要領")
    for _, label, title in BACK_MATTER[:2]:
        page.insert_text((70, y), label + title, fontname=GOTHIC, fontsize=12)
        y = _para(page, _para(page, _para(page, y + 20)))
    page = doc.new_page()
    _ruled(page, _page_title(page, 70, "お問い合わせ先"), [["", "連絡先"], ["事務局", "東京都文京区水道１－３－３"]])
    page = doc.new_page()
    _ruled(page, _page_title(page, 70, "改訂履歴"), [["改訂日", "改訂内容"], ["2025/12/26", "初版掲載"]])
    doc.save(path)
    return path


# build_placed_articles: a city's 条例 exported by a word processor that places words instead of typing the
# 全角 space (一太郎): each article's number "第１条" and the article's text are two pieces on one row, a gap of
# one character between them and no space in the text layer. Captions in brackets one character in, on a line
# of its own above each article; one caption follows an item's last line that ends short without closing
# its sentence (…認める業務); one article's first row runs to the edge with a bracket left open
# (教育委員会（第２条第２項の…), its caption on the line above, at the foot of the page (its text runs on
# over the page break).
PLACED = [(1, "第１条", "設置"), (1, "第２条", "指定管理者が行う業務の範囲"), (1, "第３条", "指定管理者の指定の申請"),
          (1, "第４条", "利用の制限"), (1, "", "附則")]
_ROW = 39   # characters from the article's text to the right edge (70 + 3 + 1 characters in, 42 after the caption's x)


def _placed(page: pymupdf.Page, y: float, number: str, text: str) -> float:
    """第N条 and its text as two pieces one character apart; the text wrapped at the right edge."""
    page.insert_text((70, y), number, fontname=MINCHO, fontsize=BODY)
    first, rest = text[:_ROW], text[_ROW:]
    page.insert_text((70 + (len(number) + 1) * BODY, y), first, fontname=MINCHO, fontsize=BODY)
    y += 16
    while rest:
        y, rest = _line(page, y, rest[:42], 80.5), rest[42:]
    return y


def build_placed_articles(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 80, "図書館設置条例", 240) + 14
    y = _line(page, y, "（設置）", 80.5)
    y = _placed(page, y, "第１条", "図書、記録その他必要な資料を収集し、整理し、保存して、一般公衆の利用に供し、"
                                  "その教養、調査研究等に資することを目的として、図書館を設置する。")
    y = _line(page, y, "（指定管理者が行う業務の範囲）", 80.5)
    y = _placed(page, y, "第２条", "指定管理者は、次に掲げる業務を行うものとする。")
    page.insert_text((76, y), "(1)", fontname=MINCHO, fontsize=BODY)
    y = _line(page, y, "図書館及びその設備の維持管理に関する業務", 101.5)
    page.insert_text((76, y), "(2)", fontname=MINCHO, fontsize=BODY)
    y = _line(page, y, "前号に掲げるもののほか、第１条に掲げる目的（以下「設置目的」という。", 101.5)
    y = _line(page, y, "）を達成するために教育委員会が必要があると認める業務", 91)
    y = _line(page, y, "（指定管理者の指定の申請）", 80.5)
    y = _placed(page, y, "第３条", "第２条の規定により指定管理者の公募を行った場合において、指定管理者の指定を受けようとする"
                                  "ものは、教育委員会に申請しなければならない。")
    y = _line(page, 772, "（利用の制限）", 80.5)   # the page's last two rows: the article runs on to the next page
    _placed(page, y, "第４条", "教育委員会（第２条第２項の規定により指定管理者にその管理を行わせている場合にあ")
    page = doc.new_page()
    y = _line(page, 80, "っては、指定管理者。）は、図書館の利用を制限することができる。", 80.5)
    y = _line(page, y + 8, "附　則", 128)
    _line(page, y, "　この条例は、令和８年４月１日から施行する。")
    doc.save(path)
    return path


# build_procedure: a 要領 in 公用文 as a 協議会 issues it (Word, one Mincho size): its title with a ○ before
# it atop page 1, the date and the issuer; articles numbered 第１, 第２ (no 条), each headed by its caption in
# brackets on the line above, with 号 一/二 under them; and, under 第２, a line opening 第３号 in running
# text. Its headings: the articles alone (the title is the document's, its ○ no item's mark).
PROCEDURE_TITLE = "行事等に関する協議会名義の使用許可等取扱要領"
PROCEDURE = [(1, "第１", "目的"), (1, "第２", "名義使用の許可基準"), (1, "第３", "許可等の申請")]


def build_procedure(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _line(page, 74, f"○{PROCEDURE_TITLE}")
    y = _line(page, y + 10, "令和２年３月　日", 400)
    y = _line(page, y, "自転車活用推進官民連携協議会", 360)
    for k, (_, number, caption) in enumerate(PROCEDURE):
        y = _line(page, y + 20, f"（{caption}）", 80.5)
        y = _line(page, y, f"{number}　協議会名義の使用の許可については、この要領の定めるところによる。")
        y = _line(page, y, "この要領は、名義の使用に関し必要な事項を定めるものとする。", 80.5)
        if k == 1:
            y = _line(page, y, "一　営利を主たる目的としないもの", 81.6)
            y = _line(page, y, "二　特定の団体の宣伝に利用されるおそれのないもの", 81.6)
    doc.save(path)
    return path


# build_single_attachment: rules (規程) with one attachment, a pledge after the articles, labelled 別紙 with no
# number (a document with one attachment needs none) alone at the top left of its page, its title centred
# on the line under it, then its sentence and its particulars under 記; and a form after it whose top
# left prints 別紙 over no centred title (a sentence under it): no part.
SINGLE = [(1, "第１条", "通則"), (1, "第２条", "定義"), (1, "", "附則"), (1, "別紙", "反社会的勢力排除に関する誓約事項")]


def build_single_attachment(path: Path) -> Path:
    doc = pymupdf.open()
    _rules_page(doc, "令和７年３月１８日より施行する")
    page = doc.new_page()
    title = "反社会的勢力排除に関する誓約事項"
    _set(page, 70, "別紙", 70)
    y = _set(page, 100, title, (page.rect.width - BODY * len(title)) / 2) + 10
    y = _set(page, y, "　当法人は、補助金の交付の申請をするにあたって、下記のいずれにも該当しないことを誓約します。")
    y = _set(page, y + 4, "記", 290)
    for item in ("(１) 暴力団", "(２) 暴力団員", "(３) 暴力団準構成員"):
        y = _set(page, y, item)
    page = doc.new_page()
    _set(page, 70, "別紙", 70)
    _set(page, 100, "　上記のとおり相違ないことを誓約します。")
    doc.save(path)
    return path
