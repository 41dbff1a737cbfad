"""Two circulars (回覧) of a city office as a neighbourhood association scans them (a document scanner's
capture software: a full-page picture with the OCR's words laid over it in invisible glyphs, each line at
the size the OCR guessed, no space character and no blank line written — only where each word stands),
built with PyMuPDF (issue 19: municipal papers nobody has seen, a producer not held before).

* `build_request`: the circulation stamp 回覧, the addressees (…各位) flush left, no date, the subject
  centred on a row of its own — opened by the sender's name set apart by a wide gap — a letter of two
  paragraphs (字下げ: the first line indented, no leading space written), 記, and three numbered captions,
  each a line of its own with its text indented under it.
* `build_notice`: 回覧 and the date 令和…年…月吉日 (no day: "an auspicious day") on the top row, the subject
  centred, a letter, 記, and numbered KEY–VALUE items: the label and the key, a gap, the value in a
  column to the right, the value's next line under it (a blank line between, as a form spaces its rows).

Truth beside the builders; the tests are in test_newdocsB15_conventions.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from scan_conventions import scanned_page

_FONT = "japan"
SENDER = "みどり市環境保全課"
SUBJECT = "ごみ集積所の調査について（依頼）"
NOTICE_SUBJECT = "排水路の清掃作業についてのお知らせ"
NOTICE_DATE = "2031-05"   # 令和13年5月吉日
CAPTIONS = [("1", "調査期間"), ("2", "調査方法"), ("3", "その他")]
KEYS = ["作業名", "作業期間", "連絡先"]
LETTER = [["日頃より、市の環境行政に御理解と御協力を賜り、誠にありがとうござ", "います。"],
          ["このたび、下記のとおり調査を実施いたしますので、御協力をお願い申", "し上げます。"]]

# (x, y, size as the OCR guessed it, text) — a line's pieces are separate entries on one y
_REQUEST = [
    (100, 80, 15.5, "回覧"),
    (80, 130, 12.0, "自治会会員"), (146, 130, 11.8, "各位"),
    (131, 170, 11.9, SENDER), (253, 170, 12.2, SUBJECT),
    (92, 210, 12.3, LETTER[0][0]), (80, 228, 12.1, LETTER[0][1]),
    (92, 246, 12.2, LETTER[1][0]), (80, 264, 12.0, LETTER[1][1]),
    (290, 305, 11.2, "記"),
    (82, 340, 8.8, "1"), (104, 340, 12.1, "調査期間"),
    (104, 358, 12.3, "令和13年6月1日から令和14年5月31日まで"),
    (82, 376, 9.4, "2"), (104, 376, 12.0, "調査方法"),
    (104, 394, 12.4, "対象地区内の一部のご家庭を職員2名程度が訪問します。"),
    (82, 412, 9.2, "3"), (104, 412, 11.8, "その他"),
    (104, 430, 12.2, "個別の状況について公表するものではありません。"),
    (262, 660, 12.4, "みどり市環境保全課資源グループ"),
    (262, 678, 11.7, "電話"), (300, 678, 11.7, "000－000－0000"),
]
_NOTICE = [
    (62, 78, 15.5, "回覧"), (420, 80, 11.2, "令和13年5月吉日"),
    (166, 115, 12.6, NOTICE_SUBJECT),
    (74, 158, 12.4, LETTER[0][0]), (62, 176, 11.4, LETTER[0][1]),
    (74, 194, 12.1, LETTER[1][0]), (62, 212, 11.9, LETTER[1][1]),
    (290, 260, 11.9, "記"),
    (64, 310, 12.2, "1．" + KEYS[0]), (152, 310, 11.5, "清掃業務：第3排水路清掃作業委託"),
    (152, 344, 11.6, "運搬業務：第3排水路汚泥運搬作業委託"),
    (64, 396, 12.0, "2．" + KEYS[1]), (152, 396, 11.9, "令和13年6月2日から令和13年6月30日まで"),
    (152, 414, 11.8, "※作業時間9：00～16：00"),
    (64, 460, 12.2, "3．" + KEYS[2]), (152, 460, 11.9, "発注者みどり市下水道課"), (330, 460, 12.0, "担当山田"),
    (330, 478, 11.2, "連絡先000－000－0000"),
]


def _scan(path: Path, lines: list[tuple[float, float, float, str]]) -> Path:
    doc = pymupdf.open()
    page = scanned_page(doc, grey=240)
    for x, y, size, text in lines:
        page.insert_text((x, y), text, fontname=_FONT, fontsize=size, render_mode=3)
    doc.set_metadata({"creator": "PaperStream Capture 5.1", "producer": "PFUPDF Engine 1.3.80"})
    doc.save(path)
    return path


def build_request(path: Path) -> Path:
    return _scan(path, _REQUEST)


def build_notice(path: Path) -> Path:
    return _scan(path, _NOTICE)


# A report bound as a printed booklet (a municipal corporation's audit report, typed in Word): a cover in
# display sizes (the year and business year centred over the letter-spaced title, the corporation's name low
# on the page, no date), a blank verso, then the covering letter dated at its head, its subject centred and
# letter-spaced over it, 記 and numbered captions on lines of their own — the letter's outline.
REPORT_TITLE = "令和９年度（第５５事業年度）事業報告書"
REPORT_NAME = "みどり市開発公社"
REPORT_DATE = "2028-05-20"
REPORT_CAPTIONS = [("１．", "報告の期日"), ("２．", "報告の対象"), ("３．", "報告の方法")]


def build_report(path: Path) -> Path:
    doc = pymupdf.open()
    cover = doc.new_page(width=595, height=842)
    for x, y, size, text in [(258, 100, 16.0, "令和９年度"), (235, 126, 14.1, "（第５５事業年度）"),
                             (208, 200, 20.1, "事 業 報 告 書"), (234, 600, 16.0, REPORT_NAME)]:
        cover.insert_text((x, y), text, fontname=_FONT, fontsize=size)
    doc.new_page(width=595, height=842)   # the blank verso
    page = doc.new_page(width=595, height=842)
    pad = " " * 28   # the date and the sender pushed right by spaces, as the letter is typed
    rows = [(57, 78, 12.0, pad + "令和10年５月20日"), (57, 103, 12.0, REPORT_NAME), (57, 128, 12.0, "理事長　山田　太郎　様"),
            (57, 153, 12.0, pad + REPORT_NAME), (57, 178, 12.0, pad + "監　事　鈴木　一郎"),
            (193, 250, 14.1, "事 業 報 告 に つ い て"),
            (57, 300, 12.0, " みどり市開発公社の令和９年度（第５５事業年度）の事業について、下記のとおり報告しま"),
            (57, 325, 12.0, "す。"), (292, 375, 12.0, "記")]
    y = 425
    for label, title in REPORT_CAPTIONS:
        rows += [(57, y, 12.0, label + title), (118, y + 25, 12.0, "みどり市開発公社令和９年度事業報告書による。")]
        y += 75
    for x, y0, size, text in rows:
        page.insert_text((x, y0), text, fontname=_FONT, fontsize=size)
    doc.save(path)
    return path
