"""Documents typeset here in the conventions of legal drafts (法制審議会 中間試案, 条約の資料):
provisions, lists of statutes and sources under an outline's labels.
Each builder's truth stands beside it.

- build_provision_outline: a draft's legal outline in one Gothic size, nothing set apart: ３ whose
  title opens with a quoted term, ⑴… naming provisions (long, listing statutes with 、, one wrapped
  onto a second row) each over the text it heads, indented under it; ⑴… naming sources over the
  passage quoted from each; and a reference list whose (1)… name Latin titles over their URLs:
  a list, no headings.
- build_articles: a 規程 in one Mincho size: each article's caption in brackets on a line of its own
  ((通則)) over the line its number opens (第１条　この規程は…); a bracketed label over no article
  ((別表)) heads nothing.
- build_wrapped_items: ①… items, each a phrase run to the text's edge and on to a row hung under
  its title, ① ② ③ ④ one after the other: a list, no headings, though no item is a sentence.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
BODY = 12.0

PROVISION_OUTLINE = [(1, "第６", "電子記録の効力等に関する規律の内容"), (2, "３", "「支配」概念の創設及び関連概念の定義"),
                     (3, "⑴", "商法第７５９条に相当する規定"), (3, "⑵", "商法第７６５条、第７６６条及び第７６７条"),
                     (3, "⑶", "民法第５２０条の２、第５２０条の３、第５２０条の１３、第５２０条の１９第１項"),
                     (3, "⑷", "民法第５２０条の４及び第５２０条の１４に相当する規定"), (2, "４", "参考資料"),
                     (3, "⑴", "小町谷操三『統一船荷證券法論』（勁草書房，1958）12頁"),
                     (3, "⑵", "貴族院手形法案特別委員会議事録速記録第2号3頁"), (2, "５", "参考情報へのリンク")]
_PROVISION_TEXT = "電子記録には適用しないものとし、その詳細については引き続き検討するものとする。"
_QUOTATION = "「條約は海上運送人の義務及び責任の最小限を規定するとともに、その權利及び免責の最大限を規定してゐる。」"
REFERENCES = [("(1) Zero Trust Architecture", "https://doi.org/10.6028/NIST"),   # Latin letters set full width:
              ("(2) Zero Trust Networks", "https://www.oreilly.com/"),            # within the text's edge
              ("(3) BeyondCorp (Google)", "https://cloud.google.com/")]


RIGHT = 514.0   # the text's right edge


def _rows(page: pymupdf.Page, x: float, y: float, text: str, size: float, font: str, next_x: float | None = None) -> float:
    """`text` in rows filled to the right edge, the first from x, the others from next_x (one
    character in by default)."""
    at = x
    while text:
        width = int((RIGHT - at) / size + 0.01)
        page.insert_text((at, y), text[:width], fontname=font, fontsize=size)
        text, at, y = text[width:], x + size if next_x is None else next_x, y + size * 1.5
    return y


def build_provision_outline(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for depth, label, title in PROVISION_OUTLINE:
        x = {1: 85.0, 2: 96.0, 3: 106.0}[depth]
        head = f"{label}　{title}"
        y = _rows(page, x, y, head, BODY, GOTHIC) + 2   # a long title wraps at the text's edge
        if label == "５":
            for ref, url in REFERENCES:
                page.insert_text((97, y), ref, fontname=GOTHIC, fontsize=BODY)
                page.insert_text((115, y + 18), url, fontname=GOTHIC, fontsize=BODY)
                y += 36
        elif depth == 3:   # the text (or the quotation) it heads, one character further in
            text = _QUOTATION if title.endswith("頁") else _PROVISION_TEXT
            y = _rows(page, 130, y, text, BODY, GOTHIC, 118)
        elif label != "４":
            y = _rows(page, 118, y, "この点について、次のように定めるものとする。", BODY, GOTHIC)
        y += 4
    doc.save(path)
    return path


WRAPPED_HEADINGS = [(1, "１", "国際的な枠組みの策定"), (1, "２", "今後の取組")]
WRAPPED_ITEMS = ["生成ＡＩに関する共通理解に向けた国際機関のレポート（共通の優先的な課題・リスク及び機会を例示）",
                 "全てのＡＩ関係者向け及びＡＩ開発者向けの国際指針",
                 "高度なＡＩシステムを開発する組織向けの国際行動規範",
                 "偽情報対策に資する研究の促進等のプロジェクトベースの協力（国際機関等と協力した取組の推進）"]


def build_wrapped_items(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    text = "閣僚声明の主なポイントは以下のとおりであり、各国はこれらの成果を前進させることを確認した。"
    for _depth, label, title in WRAPPED_HEADINGS:
        page.insert_text((85, y), f"{label}　{title}", fontname=GOTHIC, fontsize=BODY)
        y = _rows(page, 97, y + 20, text * 2, BODY, GOTHIC, 85) + 4
        if label == "１":
            for k, item in enumerate(WRAPPED_ITEMS):   # ① and its title on one row, the rest hung under the title
                y = _rows(page, 97, y, "①②③④"[k] + item, BODY, GOTHIC, 109)
            y += 4
    doc.save(path)
    return path


ARTICLES = [(1, "第１条", "通則"), (1, "第２条", "定義"), (1, "第３条", "交付の目的")]
_ARTICLE_TEXT = "補助金の交付については、補助金等に係る予算の執行の適正化に関する法律の定めによるほか、本規程の定めるところによる。"


def build_articles(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((200, 300), "補助金交付規程", fontname=GOTHIC, fontsize=14)   # a cover
    page = doc.new_page()
    y = 100.0
    for _depth, number, caption in ARTICLES:
        page.insert_text((85, y), f"（{caption}）", fontname=GOTHIC, fontsize=10.6)
        y = _rows(page, 85, y + 16, f"{number}　" + _ARTICLE_TEXT, 10.6, GOTHIC, 92) + 4
    page.insert_text((85, y), "（別表）", fontname=GOTHIC, fontsize=10.6)
    page.insert_text((85, y + 16), "補助額、補助率及び補助対象経費", fontname=GOTHIC, fontsize=10.6)
    doc.save(path)
    return path


# build_provisions_in_body_type: a 要綱案's legal outline in one Gothic size, nothing set apart: under 第１ and
# 第２ numbered provisions that are sentences — one whose sentence is carried on past a row opened by the tail
# of a note reference set smaller (…措置（注 / ３）がとられている…。), one whose first 。 closes a bracketed
# clause inside a row (…に限る。）及び…), one of two rows closing a statement with no comma (…債権者も / １と
# 同様とする。) — and a 号 list 一 二 三 whose 一 is set in by space characters to where 二 and 三 stand: no
# headings but 第１, 第２ and the short title １ under 第２.
PROVISIONS = [(1, "第１", "電子記録及びこれに関する基本的な概念"), (1, "第２", "電子記録と船荷証券の転換"),
              (2, "１", "船荷証券から電子記録への転換")]
_ROW, _FIRST = 34, 35   # characters of a row: from the text's indent (108), and with the label (from 96)
_NOTE = ("２　特定システムとは、電子記録を作成し、及び管理するために用いられる情報処理システムであって、電子記録の"
         "支配及び電子記録の提供に係る事項を適正かつ確実に行うために必要な技術的措置であって、法務省令で定める要件を満たす措置")
_NOTE_TAIL = ("３）", "がとられているものをいうものとする。")
_BRACKET = ("３　記名式の電子記録（当該電子記録の支配に係る権限を有する者に運送品を引き渡す旨が付記されたものに限る。）"
            "及び無記名式の電子記録上の権利の譲渡又はこれを目的とする質権の設定は、譲受人又は債権者に当該電子記録の"
            "提供をすることによって、その効力を生ずる。")
_TWO = "４　電子記録上の権利に対する強制執行がされた場合における差押債権者についても１と同様とする。"
_ITEMS = ["当該電子記録に被電子裏書人として自己の氏名若しくは名称又は他人の氏名若しくは名称を記録すること。",
          "当該電子記録に電子裏書をすること。", "当該電子記録の提供をすること。"]


def _wrapped(text: str) -> list[str]:
    """A provision in rows filled to the text's right edge (516): the first with its label."""
    rows, text = [text[:_FIRST]], text[_FIRST:]
    while text:
        rows, text = rows + [text[:_ROW]], text[_ROW:]
    return rows


def _set_rows(page: pymupdf.Page, y: float, rows: list[str], x: float = 96.0, next_x: float = 108.0) -> float:
    for k, row in enumerate(rows):
        page.insert_text((x if k == 0 else next_x, y), row, fontname=GOTHIC, fontsize=BODY)
        y += BODY * 1.4
    return y


def build_provisions_in_body_type(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = _set_rows(page, 80, ["第１　電子記録及びこれに関する基本的な概念"], 85)
    y = _set_rows(page, y, _wrapped("１　電子記録とは、船荷証券に記載すべき事項を記録した電磁的記録であって、特定の"
                                    "情報処理システムにおいて作成されたものをいうものとする。"))
    note = _wrapped(_NOTE[:_FIRST + 2 * _ROW - 2] + "（注")   # the reference breaks at the third row's end
    assert len(note) == 3 and note[-1].endswith("（注")
    y = _set_rows(page, y, note)
    page.insert_text((108, y), _NOTE_TAIL[0], fontname=GOTHIC, fontsize=10.6)   # the note reference's tail, smaller
    page.insert_text((108 + 2 * 10.6, y), _NOTE_TAIL[1], fontname=GOTHIC, fontsize=BODY)
    y += BODY * 1.4
    y = _set_rows(page, y, _wrapped(_BRACKET))
    y = _set_rows(page, y, _wrapped(_TWO))
    y = _set_rows(page, y, ["５　白地式電子裏書がされたときは、次の各号に掲げる行為ができる。"])
    first = "  一　" + _ITEMS[0]   # set in by two spaces from 第１'s margin to where 二 and 三 stand, run on a row
    y = _set_rows(page, y, [first[:_FIRST + 1], first[_FIRST + 1:]], 84, 120)
    for number, item in zip("二三", _ITEMS[1:]):
        y = _set_rows(page, y, [f"{number}　{item}"], 108)
    y = _set_rows(page, y, _wrapped("６　前各項の規定は、電子記録の提供がされた場合において、当該電子記録の支配に係る"
                                    "権限を有する者が当該電子記録上の権利を有する者として当該電子記録を利用することが"
                                    "できないようにする措置をとったときについて準用する。"))
    y = _set_rows(page, y + 10, ["第２　電子記録と船荷証券の転換"], 85)
    y = _set_rows(page, y, ["１　船荷証券から電子記録への転換"])
    _set_rows(page, y, ["船荷証券から電子記録への転換について、次の規律を設けるものとする。"], 120)
    doc.save(path)
    return path
