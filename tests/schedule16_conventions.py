"""Documents typeset here as a fee schedule's code with a row grouping priced sub-rows (診療報酬点数表: under
"Ｋ０５９ 骨移植術", "３ 同種骨移植（非生体）" carries no points of its own; its sub-rows "イ 同種骨移植（特殊なもの）
39,720点" and "ロ その他の場合 21,050点", set one character further in, each end in their points flush right).
Its rows run on where the numbering reads no label (ロ; "２　２日目以降") and past a note set under a row ("注 …"):
each is a row of the list. Everything in one Mincho size; the schedule's 款 opens the page, its code column
headed "区分"; a code priced on its own line is a row too."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from schedule15_conventions import PITCH, _right, _text, code_rows

SUBSECTION = ("第２款", "筋骨格系・四肢・体幹")
# (code, name, rows: (label, words, points or "" for a row grouping the sub-rows under it, x))
CODES = [
    ("Ｋ０５８", "骨長調整手術", [("１", "骨端軟骨発育抑制術", "16,340点", 146), ("２", "骨短縮術", "15,200点", 146)]),
    ("Ｋ０５９", "骨移植術（軟骨移植術を含む。）", [
        ("１", "自家骨移植", "16,830点", 146), ("２", "同種骨移植（生体）", "28,660点", 146),
        ("３", "同種骨移植（非生体）", "", 146),
        ("イ", "同種骨移植（特殊なもの）", "39,720点", 156), ("ロ", "その他の場合", "21,050点", 156),
        ("４", "自家培養軟骨移植術", "14,030点", 146)]),
    ("Ｋ０６４", "先天性股関節脱臼観血的整復術", []),
    # a row whose label and figures run together ("２　２日目以降"): the numbering reads no label there
    ("Ｋ６００", "大動脈バルーンパンピング法（ＩＡＢＰ法）（１日につき）", [("１", "初日", "8,780点", 146),
                                                         ("２", "２日目以降", "3,680点", 146)]),
    # the list's last row after a note under the row before it
    ("Ｋ２５４", "治療的角膜切除術", [("１", "エキシマレーザーによるもの", "10,000点", 146),
                              ("注", "手術に伴う画像診断及び検査の費用は、算定しない。", "", 156),
                              ("２", "その他のもの", "2,650点", 146)]),
    ("Ｋ２５５", "強角膜瘻孔閉鎖術", []),
]


# a code priced on its own line with a numbered note under it: "注１" at the rows' indent, its text after it,
# its item "２" set further in, the words of each wrapping further in still — (mark, x, text x, lines)
NOTED = ("Ｋ９３６", "自動縫合器加算", "2,500点")
NOTE = [("注１", 146, 177, ["区分番号Ｋ５１１、Ｋ５１３及びＫ５１４に掲げる手術に当たって、自動縫合器を",
                           "使用した場合に算定する。"]),
        ("２", 156, 177, ["区分番号Ｋ５５２、Ｋ５５２－２、Ｋ５５４、Ｋ５５５、Ｋ５５７からＫ５５",
                         "７－３まで及びＫ５９４の３に掲げる手術に当たって使用した場合に算定する。"])]


def _noted_code(page: pymupdf.Page, y: float) -> float:
    y += PITCH
    _text(page, 84, y, f"{NOTED[0]}　{NOTED[1]}")
    _right(page, y, NOTED[2])
    for mark, x, tx, lines in NOTE:
        y += PITCH
        _text(page, x, y, mark)
        _text(page, tx, y, lines[0])
        for more in lines[1:]:
            y += PITCH
            _text(page, tx - 11, y, more)
    return y


def build_sub_rows(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 70.0
    _text(page, 156, y, f"{SUBSECTION[0]}　{SUBSECTION[1]}")
    y += PITCH
    _text(page, 84, y, "区分")
    y = code_rows(page, y, CODES, alone="23,240点")
    _noted_code(page, y)
    doc.save(str(path))
    return path


# a page of a code's many rows (long enough for the reader to take the white between the rows' words and their
# points for a gutter: the points read after every row's words): the rows still each end in their points flush
# right on their own row — (label, words, points, x); a row with no points groups the priced sub-rows under it
_SUB = ["大動脈弁置換術又は形成術を伴うもの", "人工弁置換術を伴う大動脈基部置換術", "自己弁温存型大動脈基部置換術", "その他のもの"]
APART = ("Ｋ５６０", "大動脈瘤切除術（吻合又は移植を含む。）",
         [("１", "上行大動脈", "", 146)] + [(k, w, "114,510点", 156) for k, w in zip("イロハニ", _SUB)]
         + [("２", "弓部大動脈", "114,510点", 146), ("３", "上行大動脈及び弓部大動脈の同時手術", "", 146)]
         + [(k, w, "187,370点", 156) for k, w in zip("イロハニ", _SUB)]
         + [("４", "下行大動脈", "89,250点", 146), ("５", "胸腹部大動脈", "249,750点", 146),
            ("６", "腹部大動脈（分枝血管の再建を伴うもの）", "59,080点", 146), ("７", "腹部大動脈（その他のもの）", "52,000点", 146)])
APART_BEFORE = ("Ｋ５５７－２", "大動脈弁下狭窄切除術（線維性、筋肥厚性を含む。）", "78,260点")
APART_NEXT = ("Ｋ５６１", "ステントグラフト内挿術", "49,440点")
# then a code whose first row has a note under it (the note no wrapped words of the row) — (label, words, points, x)
APART_NOTED = ("Ｋ５６２", "動脈管開存症手術",
               [("１", "経皮的動脈管開存閉鎖術", "22,780点", 146), ("注", "手術に伴う画像診断及び検査の費用は算定しない。", "", 156),
                ("２", "動脈管開存閉鎖術（直視下）", "22,000点", 146)])


def build_values_apart(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 70.0
    _text(page, 84, y, f"{APART_BEFORE[0]}　{APART_BEFORE[1]}")
    _right(page, y, APART_BEFORE[2])
    y += PITCH
    _text(page, 84, y, f"{APART[0]}　{APART[1]}")
    values = []
    for label, words, points, x in APART[2]:
        y += PITCH
        _text(page, x, y, label)
        _text(page, x + 20, y, words)
        if points:
            values.append((y, points))
    y += PITCH
    _text(page, 84, y, f"{APART_NEXT[0]}　{APART_NEXT[1]}")
    values.append((y, APART_NEXT[2]))
    y += PITCH
    _text(page, 84, y, f"{APART_NOTED[0]}　{APART_NOTED[1]}")
    for label, words, points, x in APART_NOTED[2]:
        y += PITCH
        _text(page, x, y, label)
        _text(page, x + 20, y, words)
        if points:
            values.append((y, points))
    for at, points in values:
        _right(page, at, points)
    doc.save(str(path))
    return path
