"""Kinds below26 builds from session 24's unseen documents left under a bar:

build_revised_manual  a manual of three portrait pages: its title large on the first (例示県例示対策マニュアル), no
                      date on it, its steps 1. / 2. in the body's size, and on the last page, after the text, one line
                      flush right: 2023年10月27日改訂. Truth: the paper is dated 2023-10-27 (the revision it is).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

GOTHIC = "japan"
_W, _H = 540, 780
_BODY = 14.0

MANUAL_TITLE = "例示県例示対策マニュアル"
REVISED = "2023年10月27日改訂"


def _width(text: str, size: float = _BODY) -> float:
    return pymupdf.get_text_length(text, fontname=GOTHIC, fontsize=size)


def build_revised_manual(path: Path, last: str = REVISED) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 110), MANUAL_TITLE, fontname=GOTHIC, fontsize=30)
    steps = ["1. 例示センターに被害状況を連絡する", "　電話または電子メールで送信する",
             "2. 例示病院の受入れ可能な患者数を確認する", "3. 連絡のない施設には直接問い合わせる"]
    for k, row in enumerate(steps):
        page.insert_text((40, 200 + 24 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 100), "発災時の連絡", fontname=GOTHIC, fontsize=30)
    for k, row in enumerate(("1）例示病院が被災地域を調査のうえ相談する", "2）例示病院が中心となり受入れを決定する")):
        page.insert_text((40, 160 + 22 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page = doc.new_page(width=_W, height=_H)
    page.insert_text((40, 100), "平時からの準備", fontname=GOTHIC, fontsize=30)
    for k, row in enumerate(("以下の項目について平時から患者の情報を", "まとめ一覧できるように準備する")):
        page.insert_text((60, 160 + 22 * k), row, fontname=GOTHIC, fontsize=_BODY)
    page.insert_text((480 - _width(last, 10.0), 420), last, fontname=GOTHIC, fontsize=10.0)
    doc.save(path)
    return path
