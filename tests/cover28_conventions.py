"""Built pages for cover28's conventions (tests/test_cover28_conventions.py), invented names only (北野…):
- build_wrapped_bill: a council bill set in one size: 議案第７号 at the top left, its title on two rows — the first
  running to the text's right edge, the second its wrap from the same left edge, short — the filing line set in by a
  character under it (its centre falling on the wrap's), the mayor flush right, the title again and the articles.
- build_bench_judgment: a judgment headed by its case and 平成２６年３月２８日　第二小法廷判決, closing with its judges in
  brackets (no court named at the close).
- build_petition: a petition typed in one size: 件名 (the caption) alone on the first row, its subject set in under it
  on a full row and wrapping back to the margin, then 紹介議員 over the introducing members and 請願理由 over the text.
- build_specimen_problem: an examination problem whose page carries a boxed "Sample" at its top right, in type larger
  than the problem's heading 問題６ under it, then the questions.
- build_copy_tagged_form: a blank form — 別紙様式１, 初回用 in larger type at the right, the title, 年　月　日 left blank,
  the ruled grid of fields.
- build_contact_foot_list: a list printed from a spreadsheet: its title over a ruled table, and under the table at the
  page's foot one row 問い合わせ先：北野県地域医療課　電話 000-000-0000.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover24_conventions import _save, _text   # the same page helpers as cover24's built pages

A4 = (595.0, 842.0)

BILL_ROWS = ("北野市特定教育・保育施設及び特定地域型保育事業の運営に関する基準を定める", "条例等の一部を改正する条例")
BILL_TITLE = "".join(BILL_ROWS)
CASE = "平成２５年（あ）第９１１号　詐欺被告事件"
PETITION = ("北野邸の土地を売らないことも含め、市民の意見を聞きながら公園整備を行うことに", "ついて")
SPECIMEN_HEADING = "問題６"
LIST_TITLE = "北野診療が可能な医療機関等一覧（集計用）"


def build_wrapped_bill(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 85.0, 80.0, "議案第７号", 10.0)
    _text(page, 97.0, 103.0, BILL_ROWS[0], 10.0)
    _text(page, 97.0, 125.0, BILL_ROWS[1], 10.0)
    _text(page, 109.0, 148.0, "令和７年１２月５日提出", 10.0)
    _text(page, 390.0, 193.0, "北野市長　北野　一郎", 10.0)
    _text(page, 121.0, 238.0, BILL_ROWS[0][:43], 10.0)
    _text(page, 121.0, 260.0, BILL_ROWS[0][43:] + BILL_ROWS[1], 10.0)
    rows = ("第１条　北野市特定教育・保育施設の運営に関する基準を定める条例の一部を次のように",
            "改正する。", "第２５条中「第３３条の１０各号」を「第３３条の１０第１項各号」に改める。",
            "附　則", "この条例は、公布の日から施行する。")
    for k, s in enumerate(rows):
        _text(page, 85.0, 305.0 + 22.5 * k, s, 10.0)
    return _save(doc, path)


def build_bench_judgment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 88.0, 70.0, CASE, 12.0)
    _text(page, 88.0, 92.0, "平成２６年３月２８日　第二小法廷判決", 12.0)
    rows = ("　　　　　主　　　　文", "　　　　原判決及び第１審判決を破棄する。", "　　　　被告人は無罪。", "　　　　　理　　　　由",
            "　弁護人北野一郎の上告趣意のうち，判例違反をいう点は，事案を異にする判例を引用するもの",
            "であって，本件に適切でなく，刑訴法４０５条の上告理由に当たらない。",
            "　よって，裁判官全員一致の意見で，主文のとおり判決する。",
            "(裁判長裁判官　北野一郎　裁判官　南野二郎　裁判官　東野三郎)")
    for k, s in enumerate(rows):
        _text(page, 88.0, 130.0 + 26.0 * k, s, 12.0)
    _text(page, 285.0, 800.0, "- 1 -", 10.0)
    return _save(doc, path)


def build_petition(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    y = 103.0
    for x, s in ((92.0, "件名"), (102.6, PETITION[0]), (92.0, PETITION[1]), (None, ""), (92.0, "紹介議員"),
                 (102.6, "北　野　一　郎　　南　野　二　郎"), (102.6, "東　野　三　郎　　西　野　四　郎"), (None, ""),
                 (92.0, "請願理由"),
                 (102.0, "公園化が予定されている北野町２丁目の北野邸跡地は、御遺族より市へ寄贈いただいた"),
                 (92.0, "ものです。この公園用地につき、市は、整備費用捻出のため面積の約３割を売却する計"),
                 (92.0, "画を立てました。しかし、周辺住民は、土地を売らずに進めてほしいと考えています。")):
        if x is not None:
            _text(page, x, y, s, 10.6)
        y += 18.0
    return _save(doc, path)


def build_specimen_problem(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_text((449.0, 58.0), "Sample", fontname="helv", fontsize=16.0)
    page.draw_rect(pymupdf.Rect(440.0, 40.0, 520.0, 64.0), color=(0, 0, 0), width=0.8)
    _text(page, 85.0, 122.0, SPECIMEN_HEADING, 13.8)
    rows = ("Ｉ．式(i)の微分方程式で表される制御対象を考える．", "　但し，u(t)は制御入力，y(t)は出力である．以下の問に答えよ．",
            "(1) 制御対象の伝達関数を導出せよ．", "(2) 制御系全体のブロック線図を示せ．", "(3) 閉ループ系の極をすべて配置するゲインを求めよ．")
    for k, s in enumerate(rows):
        _text(page, 85.0, 150.0 + 22.0 * k, s, 10.6)
    return _save(doc, path)


def build_contact_foot_list(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=A4[1], height=A4[0])
    _text(page, 220.0, 70.0, LIST_TITLE, 14.0)
    top, left, widths, height = 85.0, 80.0, (200.0, 90.0, 250.0, 120.0), 22.0
    heads = ("施設名", "郵便番号", "住所", "電話番号")
    for r in range(8):
        x = left
        for c, w in enumerate(widths):
            page.draw_rect(pymupdf.Rect(x, top + r * height, x + w, top + (r + 1) * height), color=(0, 0, 0), width=0.5)
            text = heads[c] if r == 0 else (f"北野クリニック{r}", f"000-000{r}", f"北野県北野市本町{r}番地", f"000-000-000{r}")[c]
            _text(page, x + 4.0, top + r * height + 15.0, text, 9.0)
            x += w
    _text(page, 560.0, top + 8 * height + 16.0, "問い合わせ先：北野県地域医療課　電話　000-000-0000", 9.0)
    return _save(doc, path)


FORM_TITLE = "北野管理料に係る管理計画書"


def build_copy_tagged_form(path: Path) -> Path:
    """A blank form: 別紙様式１ at the top left, 初回用 (which copy: the first visit's) at the right in 12 pt, the title
    centred under it in 11 pt, 年　月　日 left blank at the right under it, then the ruled grid of fields."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    _text(page, 28.0, 54.0, "別紙様式１", 10.6)
    _text(page, 406.0, 68.0, "初回用", 12.0)
    _text(page, 215.0, 83.0, FORM_TITLE, 11.0)
    _text(page, 440.0, 98.0, "年　　月　　日", 11.0)
    top, height = 112.0, 22.0
    for r, (caption, value) in enumerate((("患者氏名", ""), ("基礎疾患", "□高血圧症　□糖尿病　□その他（　　　　）"),
                                          ("服薬", "□無　□有（薬剤名　　　　　）"), ("改善目標", "□歯磨きの習慣　□喫煙習慣"),
                                          ("治療の予定", "□むし歯の治療　□歯周病の治療"))):
        page.draw_rect(pymupdf.Rect(28.0, top + r * height, 130.0, top + (r + 1) * height), color=(0, 0, 0), width=0.5)
        page.draw_rect(pymupdf.Rect(130.0, top + r * height, 560.0, top + (r + 1) * height), color=(0, 0, 0), width=0.5)
        _text(page, 34.0, top + r * height + 15.0, caption, 11.0)
        _text(page, 136.0, top + r * height + 15.0, value, 11.0)
    _text(page, 40.0, 260.0, "この治療の予定は治療開始時の方針であり、変更することがあります。", 11.0)
    return _save(doc, path)
