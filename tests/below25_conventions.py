"""Kinds below25 builds from session 24's unseen documents left under a bar:

build_joint_notice     a joint notice (通知) typed in one size: its number and date flush right, the addressees flush
                       left closed by 殿, then two senders, each row centred over its own letter-spaced （公 印 省 略）,
                       then the subject …について centred, the text, 記, and the parts 第１ / 第２ with their items
                       (sentences). Truth: the headings are 第１ and 第２ alone, at depth 1 — the senders and their seals
                       are the notice's head, the cover's, no headings over the letter.
build_vertical_kokuji  a 告示 set down in columns (縦書き) read right to left, every column in the text's one size: its
                       件名 …の一部を改正する件, the number ○例示省告示第十号, the enacting sentence over two columns, the
                       date, the minister signing, 本則を次のように改める。, the instrument's name, then 第一 and its
                       items. Truth: the title is the 件名 column.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
_W, _H = 595, 842
_BODY = 10.0

NOTICE_TITLE = "例示料の施設基準等及びその届出に関する手続きの取扱いについて"
NOTICE_SENDERS = ("例示省保険局例示課長", "例示省保険局第二例示管理官")
NOTICE_HEADINGS = [(1, "第１", "例示料の施設基準等"), (1, "第２", "届出に関する手続き")]


def _width(text: str, size: float = _BODY) -> float:
    return pymupdf.get_text_length(text, fontname=MINCHO, fontsize=size)


def _centred(page: pymupdf.Page, y: float, text: str, middle: float) -> None:
    page.insert_text((middle - _width(text) / 2, y), text, fontname=MINCHO, fontsize=_BODY)


def build_joint_notice(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    right = 526.0

    def flush_right(y: float, text: str) -> None:
        page.insert_text((right - _width(text), y), text, fontname=MINCHO, fontsize=_BODY)

    def left(y: float, text: str, x: float = 71.0) -> None:
        page.insert_text((x, y), text, fontname=MINCHO, fontsize=_BODY)
    flush_right(94, "例発0305第２号")
    flush_right(120, "令和６年３月５日")
    for k, row in enumerate(("地方例示局例示課長", "都道府県例示主管部（局）", "　例示保険主管課（部）長　　殿",
                             "都道府県例示医療主管部（局）", "　例示医療主管課（部）長")):
        left(153 + 17.5 * k, row)
    y = 275.0
    for sender in NOTICE_SENDERS:   # each sender centred over its seal, the seal's letters spaced
        _centred(page, y, sender, 378.0)
        _centred(page, y + 17.5, "（公 印 省 略）", 378.0)
        y += 52.0
    _centred(page, 414, NOTICE_TITLE, 298.0)
    text = ["　標記については、本日、「例示料の算定方法の一部を改正する件」が告示され、令和６年４月１日より",
            "適用されることとなったところであるが、下記の事項に留意の上、貴管下の例示機関に周知徹底を図り、",
            "その取扱いに遺漏のないよう特段の御配慮を願いたい。"]
    y = 466.0
    for row in text:
        left(y, row)
        y += 17.5
    _centred(page, y + 17.5, "記", 298.0)
    y += 52.5
    items = {"第１": ["１　初診料の施設基準等は別添１のとおりとする。", "２　入院料の施設基準等は別添２のとおりとする。"],
             "第２": ["１　届出に際しては、当該例示機関の所在地を管轄する例示局長に届け出ること。",
                     "２　届出書の提出があった場合は、届出書を基に要件を審査すること。"]}
    for _, label, title in NOTICE_HEADINGS:
        left(y, f"{label}　{title}")
        y += 17.5
        for item in items[label]:
            left(y, item, 81.0)
            y += 17.5
        y += 17.5
    doc.save(path)
    return path


KOKUJI_TITLE = "例示料の施設基準等の一部を改正する件"
_PITCH = 28.0   # one column to the next
_TOP = 60.0     # the columns' top


def build_vertical_kokuji(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    page.insert_font(fontname=MINCHO, wmode=1)
    size = 14.0
    columns = [(0, KOKUJI_TITLE), (0, "○例示省告示第十号"),
               (1, "例示料の算定方法（令和二年例示省告示第五号）の規定に基づき、例示料の施設基準等（令和二年例示省"),
               (0, "告示第六号）の一部を次のように改正し、令和四年四月一日から適用する。"),
               (2, "令和四年三月四日"), (26, "例示大臣　例示　太郎"),
               (1, "本則を次のように改める。"), (3, "例示料の施設基準等"), (0, "第一　届出の通則"),
               (1, "一　例示機関は、第二から第十までに規定する施設基準に従い、適正に届出を行わなければならないこと。"),
               (1, "二　例示機関は、届出を行った後に内容と異なる事情が生じた場合には、速やかに変更を行うこと。")]
    x = 540.0
    for indent, text in columns:
        page.insert_text((x, _TOP + indent * size), text, fontname=MINCHO, fontsize=size)
        x -= _PITCH
    doc.save(path)
    return path
