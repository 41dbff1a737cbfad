"""Built documents for list23's conventions (tests/test_list23_conventions.py).

build_bill_list    one page: a council session's list of bills — the title centred, then rows 議案第Ｎ号 at the left and the
                   bill's subject beside it, one under another, nothing between them (one subject wrapped under itself).
build_statement    a 提案理由: each bill's number and title over the sentences stating the reason, two bills stated
                   together (their rows line under line, then one paragraph on both).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
SUBJECTS = ("令和７年度北野市一般会計補正予算", "令和７年度北野市介護保険特別会計補正予算", "北野市火災予防条例の一部を改正する条例",
            "北野市特定教育・保育施設及び特定地域型保育事業の運営に関する", "北野市税条例の一部を改正する条例",
            "北野市立図書館設置条例", "北野市職員定数条例の一部を改正する条例", "市道の認定について",
            "字区域の変更及び新たな字名の設定について", "北野市人権擁護委員の推薦について", "北野市人権擁護委員の推薦について",
            "北野市人権擁護委員の推薦について")
_W, _H = 595, 842
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def build_bill_list(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    title = "第４４４回北野市議会定例会提出議案一覧表"
    width = pymupdf.get_text_length(title, fontname=MINCHO, fontsize=14)
    page.insert_text(((_W - width) / 2, 80), title, fontname=MINCHO, fontsize=14)
    y = 130.0
    for k, subject in enumerate(SUBJECTS, start=1):
        page.insert_text((85, y), f"議案第{str(k).translate(_WIDE)}号", fontname=MINCHO, fontsize=10)
        page.insert_text((160, y), subject, fontname=MINCHO, fontsize=10)
        if "運営に関する" in subject:
            y += 14
            page.insert_text((160, y), "基準を定める条例等の一部を改正する条例", fontname=MINCHO, fontsize=10)
        y += 22
    doc.save(str(path))
    return path


def build_statement(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    y = 100.0
    rows = [(72, "議案第１号：令和７年度北野市一般会計補正予算"),
            (72, "　歳入歳出補正予算の規模は、１２，３４５千円の増額計上であります。主なものは次のとおりであります。"),
            (72, "　歳出では、総務費において庁舎の改修に要する経費を計上いたしました。"),
            (72, "　民生費において、保育施設の運営に要する経費を追加いたしました。"),
            (72, "　歳入では、国庫支出金及び繰越金を計上いたしました。"),
            (72, "議案第２号：市道の廃止について"), (72, "議案第３号：市道の認定について"),
            (72, "　本議案の路線は、道路整備に伴い廃止し、新たに認定するものであります。"),
            (72, "　路線の起点及び終点は、別図のとおりであります。"),
            (72, "議案第４号：北野市火災予防条例の一部を改正する条例"),
            (72, "　消防庁の通知を受けて、本条例の一部を改正するものであります。"),
            (72, "　主な改正の内容は、林野火災の予防に関する規定の追加であります。"),
            (72, "　施行期日は、令和８年４月１日とするものであります。")]
    for x, text in rows:
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=10.5)
        y += 24
    doc.save(str(path))
    return path


BACK_ROWS = ["Entrance Examination", "for Applied Computer Science Course,", "The University of Tokyo. Academic Year 2021"]
BACK_NOTES = ["This booklet is for the examinees in Applied Computer Science Course.",
              "This booklet has eight pages. Report missing, misplaced or imperfect pages to the instructor.",
              "This booklet includes four questions. Select any two questions and answer only those two.",
              "Use only black pencils (or black mechanical pencils).",
              "Do not take away this booklet, the answer sheets, and the scratch paper."]


def build_booklet_with_back_cover(path: Path) -> Path:
    """below23's examination booklet, its question pages numbered A-1 … at the foot (four of them), then its back
    page: the cover in English — centred rows, Directions, numbered notes — no page number."""
    import below23_conventions as bc
    src = pymupdf.open(str(bc.build_exam_booklet(path.with_name("front.pdf"))))
    doc = pymupdf.open()
    doc.insert_pdf(src)
    doc.insert_pdf(src, from_page=1)   # the questions again: four numbered pages
    for k, page in enumerate(doc.pages(1), 1):
        label = f"A-{k}"
        page.insert_text(((_W - pymupdf.get_text_length(label, fontsize=10)) / 2, 800), label, fontsize=10)
    back = doc.new_page(width=_W, height=_H)
    y = 110.0
    for row in BACK_ROWS:
        back.insert_text(((_W - pymupdf.get_text_length(row, fontname="tibo", fontsize=16)) / 2, y), row,
                         fontname="tibo", fontsize=16)
        y += 28
    y += 20
    back.insert_text((70, y), "Directions: Do not open this booklet before the examination begins.", fontname="tibo",
                     fontsize=11)
    y += 22
    for k, note in enumerate(BACK_NOTES, 1):
        back.insert_text((80, y), f"{k}. {note}", fontsize=10)
        y += 18
    doc.save(str(path))
    return path


def build_limits_question(path: Path) -> Path:
    """below23's booklet, its first question's page ending with a part set as TeX sets limits: （a）lim on the label's
    row, x→0 and the operand on the rows under it in a smaller size; then （b）lim the same way."""
    import below23_conventions as bc
    doc = pymupdf.open(str(bc.build_exam_booklet(path.with_name("front.pdf"))))
    page = doc[1]
    y = 400.0
    page.insert_text((70, y), "(4) 次の極限値を求めよ。", fontname="japan", fontsize=12)
    for label, limit, operand in (("（a）", "x→0", "1 − cos x"), ("（b）", "x→π/4", "tan(x + π/4)")):
        y += 30
        page.insert_text((90, y), label, fontname="japan", fontsize=12)
        page.insert_text((90 + 24, y), "lim", fontname="tiro", fontsize=12)
        page.insert_text((90 + 24, y + 10), limit, fontname="tiro", fontsize=8)
        page.insert_text((90 + 48, y), operand, fontname="tiro", fontsize=12)
        y += 14
    doc.save(str(path))
    return path
