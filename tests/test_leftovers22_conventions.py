"""leftovers22: an issuer named only in the title before 関係/関連 (normalizers.bodies.title_body), the publisher's line
as one pattern (issuer._PUBLISHER), a contents entry's bare number spaced from its title (contents._spaced_number) and
an attachment's title opening with a number that opens no sequence, set over its table
(headings._attachment_title). Stand-in names (北野…) only."""
from __future__ import annotations

import pymupdf

from conftest import extract_document as _extract, read_csv
from extractors.cover_row import _unspaced
from extractors.issuer import _PUBLISHER
from normalizers.bodies import title_body
from real_truth import norm


def test_a_body_whose_matters_a_title_opens_with_issues_it():
    """北野省関係… / 北野庁関連事業…: the body before 関係 or 関連; a head that merely holds a body's ending names none."""
    assert title_body("北野省関係入札情報検索に際してのお願い") == "北野省"
    assert title_body("北野庁関連事業データ利活用ポリシー") == "北野庁"
    assert title_body("中小企業省力化投資補助金交付規程") == "" and title_body("新型感染症関連の支援策") == ""


def test_the_publisher_s_line_is_one_pattern():
    """At a row's head it opens no title; whole (with a bracketed note) it names the publisher."""
    whole = _PUBLISHER.fullmatch(_unspaced("発行　北野府（原稿作成　北野印刷局）"))
    assert whole is not None and whole.group(1) == "北野府"
    assert _PUBLISHER.match(_unspaced("編集・発行 北野市 令和７年４月")) is not None
    assert _PUBLISHER.fullmatch(_unspaced("編集・発行 北野市 令和７年４月")) is None
    assert _PUBLISHER.match("北野市発行の広報") is None


_CHAPTERS = [("1", "架空の概要", 3), ("2", "架空の基本要素の整理", 4)]


def _contents_with_bare_numbers(path):
    """A 目次 whose chapters are numbered by a bare digit spaced from the title (as a number read from its picture is,
    picture_labels), leader dots and a page number after it, and their chapters."""
    doc = pymupdf.open()
    doc.new_page().insert_text((150, 150), "架空の報告書", fontname="japan", fontsize=24)
    toc = doc.new_page()
    toc.insert_text((260, 90), "目次", fontname="japan", fontsize=14)
    for n, (label, title, page) in enumerate(_CHAPTERS):
        toc.insert_text((72, 130 + 24 * n), f"{label} {title}" + " ." * 30 + f" {page}", fontname="japan", fontsize=11)
    for label, title, _ in _CHAPTERS:
        page = doc.new_page()
        page.insert_text((72, 90), f"{label} {title}", fontname="japan", fontsize=16)
        page.insert_text((72, 130), "本文の段落です。内容を記します。", fontname="japan", fontsize=11)
    doc.save(path)
    return path


def test_a_contents_entry_s_bare_number_is_its_label(tmp_path):
    """1 架空の概要 …… 3: label 1, title 架空の概要 (on main: no label, title 1架空の概要 — the space the bare number is
    known by was cleaned out before the label was sought)."""
    out = _extract(_contents_with_bare_numbers(tmp_path / "report.pdf"))
    rows = [(r["label"], norm(r["title"])) for r in read_csv(out / "contents.csv")]
    assert rows == [(label, norm(title)) for label, title, _ in _CHAPTERS], rows


ATTACHMENT_TITLE = "Ⅳ　架空の労働者の安全と健康確保のための点検表"


def _notice_with_a_checklist(path):
    """A notice's text (numbered １ … ３ in its body type), then 別添２ at the top right of a page that is one ruled
    table, the checklist's title centred over the table (numbered Ⅳ, the number it had where it was taken from, no
    Ⅰ to Ⅲ anywhere) and a tab written down the right margin one letter a line (Ⅳ点検表です)."""
    doc = pymupdf.open()
    p = doc.new_page()
    p.insert_text((200, 80), "架空の指針の施行について", fontname="japan", fontsize=14)
    y = 120
    for head in ("１　趣旨", "２　措置", "３　支援"):
        p.insert_text((84, y), head, fontname="japan", fontsize=12)
        y += 20
        for _ in range(3):
            p.insert_text((96, y), "本文の段落です。事業者は架空の措置を講ずるよう努めるものとし、その内容を定める。",
                          fontname="japan", fontsize=12)
            y += 18
        y += 10
    q = doc.new_page()
    q.insert_text((515, 40), "別添２", fontname="japan", fontsize=14)
    width = pymupdf.get_text_length(ATTACHMENT_TITLE, fontname="japan", fontsize=12)
    q.insert_text(((81 + 515) / 2 - width / 2, 82), ATTACHMENT_TITLE, fontname="japan", fontsize=12)
    ys = [100 + 25 * k for k in range(6)]
    for y in ys:
        q.draw_line((81, y), (515, y))
    for x in (81, 120, 450, 515):
        q.draw_line((x, ys[0]), (x, ys[-1]))
    for k in range(5):
        q.insert_text((85, ys[k] + 17), str(k + 1), fontname="japan", fontsize=10)
        q.insert_text((125, ys[k] + 17), f"架空の点検項目その{k + 1}", fontname="japan", fontsize=10)
    for k, ch in enumerate("Ⅳ点検表です"):
        q.insert_text((572, 300 + 14 * k), ch, fontname="japan", fontsize=12)
    doc.save(path)
    return path


def test_an_attachment_s_title_may_open_with_a_lone_number(tmp_path):
    """別添２ over Ⅳ　…点検表 centred over its table: the attachment's title (on main: 別添２ untitled — the line is
    numbered, and the tab's letters at the margin set the page's text edge, so the line stood uncentred)."""
    out = _extract(_notice_with_a_checklist(tmp_path / "shishin.pdf"))
    rows = [(r["kind"], r["label"], norm(r["title"])) for r in read_csv(out / "headings.csv")]
    assert ("appendix", "別添2", norm(ATTACHMENT_TITLE)) in rows, rows
    assert [r for r in rows if r[0] == "chapter"] == [("chapter", str(n), t) for n, t in ((1, "趣旨"), (2, "措置"), (3, "支援"))]
