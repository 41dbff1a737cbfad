"""Kinds blind26c builds from session 26's unseen papers (a town's 補助金要綱 saved from its 例規 page):

build_rule_page   a 要綱 as a town's 例規 page prints it, every row in one size and face: the rule's name on the first row,
                  indented, not centred, then (趣旨) over 第１条 and the other captioned articles, no date anywhere. Truth:
                  title the first row; issuer the body opening it (例示町).
build_amended_rule  the same 要綱 amended twice: its articles, then three 附則 one under the other (この要綱は、平成３年…から施行
                  する。 / この改正は、平成２０年…から施行する。 / この改正は、２０２６年４月１日から施行する。), no date anywhere else.
                  Truth: date 2026-04-01 (the last 附則: the version printed).
build_rule_page(path, FACULTY_RULE)  the same page titled by where the rules apply (例示大学大学院例示研究科における…実施要項).
                  Truth: issuer the body before における (例示大学大学院例示研究科).
build_call_head   a programme's 募集要項: 令和8年4月 and 例示事業運営事務局 set small at the top right, then its title in two
                  centred 14pt rows, then section "1 事業の目的" and its text in 10pt, no date anywhere else. Truth: date
                  2026-04, issuer 例示事業運営事務局 (the head over the title).
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

_W, _H = 595, 842

RULE_TITLE = "例示町例示事業活動費補助金要綱"
_RULE_ROWS = [(80, RULE_TITLE),
              (67, "（趣旨）"),
              (56, "第１条　この要綱は、例示町の例示事業に従事する者がその活動のために要する費用の一部"),
              (67, "を補助することに関し、必要な事項を定めるものとする。"),
              (67, "（対象者）"),
              (56, "第２条　補助の対象となる者は、例示事業実施要綱第３条に基づき委嘱を受けた者とする。"),
              (67, "（対象経費）"),
              (56, "第３条　対象となる経費は別表に定めるものとし、補助は予算の範囲内で行う。"),
              (56, "２　対象となる経費は、事業を行うために直接要するものに限る。"),
              (67, "（申請）"),
              (56, "第４条　補助を受けようとする者は、申請書に次の各号に定める書類を添えて町長に申し出なければならない。"),
              (67, "(1)　事業計画書（別記様式第２号）"),
              (67, "(2)　その他町長が必要と認める書類")]


def _typed(path: Path, rows: list[tuple[int, str]]) -> Path:
    """One page of `rows` (left, text) typed one under another in 10.5 pt, from the top."""
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    y = 80.0
    for x, text in rows:
        tw.append((x, y), text, font=font, fontsize=10.5)
        y += 22
    tw.write_text(page)
    doc.save(path)
    return path


def build_rule_page(path: Path, title: str = RULE_TITLE) -> Path:
    return _typed(path, [(80, title)] + _RULE_ROWS[1:])


FACULTY_RULE = "例示大学大学院例示研究科における例示アシスタント実施要項"
FACULTY = "例示大学大学院例示研究科"
AMENDED_ON = "2026-04-01"
_SUPPLEMENTARY = [(80, "附　則"), (67, "この要綱は、平成３年４月１日から施行する。"),
                  (80, "附　則"), (67, "この改正は、平成２０年４月１日から施行する。"),
                  (80, "附　則"), (67, "この改正は、２０２６年４月１日から施行する。")]


def build_amended_rule(path: Path) -> Path:
    return _typed(path, _RULE_ROWS + _SUPPLEMENTARY)


CALL_TITLE = "例示中小企業例示体制整備事業募集要項"
CALL_SENDER = "例示事業運営事務局"
CALL_DATE, CALL_ISO = "令和8年4月", "2026-04"


def build_call_head(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=_W, height=_H)
    font = pymupdf.Font("cjk")
    tw = pymupdf.TextWriter(page.rect)
    for y, text, size in [(80, CALL_DATE, 8.0), (94, CALL_SENDER, 8.0)]:
        tw.append((529 - font.text_length(text, fontsize=size), y), text, font=font, fontsize=size)
    for y, text in [(115, "例示中小企業例示体制整備事業"), (138, "募集要項")]:
        tw.append(((_W - font.text_length(text, fontsize=14)) / 2, y), text, font=font, fontsize=14)
    y = 175.0
    for x, text in [(59, "1 事業の目的"),
                    (69, "例示の分野では変化が急速に進んでおり、多くの事業者においてその備えが求められています。"),
                    (59, "このため、本事業では、事業者の皆様を対象に、講習会で必要な知識を学んでいただきます。"),
                    (59, "2. 募集対象"),
                    (69, "申込みにあたっては、次に掲げる要件をいずれも満たすことが必要です。")]:
        tw.append((x, y), text, font=font, fontsize=10)
        y += 17
    tw.write_text(page)
    doc.save(path)
    return path
