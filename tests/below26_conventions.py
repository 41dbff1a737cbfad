"""Kinds below26 builds from session 24's unseen documents left under a bar:

build_revised_manual  a manual of three portrait pages: its title large on the first (例示県例示対策マニュアル), no
                      date on it, its steps 1. / 2. in the body's size, and on the last page, after the text, one line
                      flush right: 2026年4月1日改訂. Truth: the paper is dated 2026-04-01 (the revision it is).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
_W, _H = 540, 780
_BODY = 14.0

MANUAL_TITLE = "例示県例示対策マニュアル"
REVISED = "2026年4月1日改訂"


def _width(text: str, size: float = _BODY) -> float:
    return pymupdf.get_text_length(text, fontname=GOTHIC, fontsize=size)


def build_revised_manual(path: Path, last: str = REVISED) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 110), MANUAL_TITLE, fontname=GOTHIC, fontsize=30)
    steps = ["1. 例示センターに被害状況を連絡する", "　電話または電子メールで送信する",
             "2. 例示窓口の受付け可能な申請数を確認する", "3. 返信のない団体には直接問い合わせる"]
    for k, row in enumerate(steps):
        page.insert_text((40, 200 + 24 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 100), "発災時の連絡", fontname=GOTHIC, fontsize=30)
    for k, row in enumerate(("1）例示課が対象地区を調査のうえ相談する", "2）例示課が中心となり受付けを決定する")):
        page.insert_text((40, 160 + 22 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 100), "平常時の備え", fontname=GOTHIC, fontsize=30)
    for k, row in enumerate(("以下の項目について平時から会員の名簿を", "整理し閲覧できるように用意する")):
        page.insert_text((60, 160 + 22 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page.insert_text((480 - _width(last, 10.0), 420), last, fontname=GOTHIC, fontsize=10.0)
    doc.save(path)
    return path


DECK_TITLE = "例示県例示事務処理マニュアル"
DECK_SLIDES = ("初動期 1", "初動期 ２", "平常時の備え")


def build_portrait_deck(path: Path, outlined: bool = True) -> Path:
    """build_portrait_deck  four slides set up taller than wide (540 × 780, a presentation program's export): the
                            title in 33 pt on the first over a few labels, then a slide title at the top of each (32,
                            24 and, the last, 33 pt — the cover title's size) over numbered steps 1） / 1. in 16 pt, items under each;
                            the PDF's outline one entry for each slide (スライド 1: …, スライド 2, …). Truth: the
                            headings are the three slides' titles, depth 1; the steps and the cover's title none."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 130), DECK_TITLE, fontname=GOTHIC, fontsize=33)
    labels = ("例示センター", "中核窓口", "対象団体", "情報共有", "申請依頼", "申請受付", "担当者の情報", "資料の送付依頼")
    for k, label in enumerate(labels * 2):   # a diagram's labels, more lines than a cover's
        page.insert_text((60 + 110 * (k % 4), 300 + 40 * (k // 4)), label, fontname=GOTHIC, fontsize=9)
    sizes = (32, 24, 33)
    steps = (("1）例示担当者が対象地区を調査のうえ以下を相談・決定する", "　・中核窓口", "　・支援が必要な団体", "",
              "2）中核窓口が中心となり、団体間での受付を相談する", "　・申請件数", "　・日時", "",
              "3）中核窓口が例示担当者に連絡・報告", "　・状況", "　・必要な資料"),
             ("1. 他団体の報告を確認する", "　例示連絡システム", "　他団体からの連絡", "",
              "2. 申請状況を把握して中核窓口を決定し連絡", "　中核窓口の決定", "　対象団体、受付窓口へ情報提供"),
             ("以下の項目について平時から会員の名簿を", "整理し閲覧できるように用意する", "", "　氏名", "　連絡先"))
    for title, size, rows in zip(DECK_SLIDES, sizes, steps):
        page = doc.new_page(width=_W, height=_H)
        page.insert_text((50, 95), title, fontname=GOTHIC, fontsize=size)
        for k, row in enumerate(rows):
            page.insert_text((50, 200 + 19 * k), row, fontname=GOTHIC, fontsize=16)
    if outlined:
        doc.set_toc([[1, f"スライド 1: {DECK_TITLE}", 1]] + [[1, f"スライド {k}", k] for k in range(2, 5)])
    doc.save(path)
    return path

