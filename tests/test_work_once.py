"""Work a run does once, not twice (a one-worker run's cost against the floor, `make bench`):
what a page shows is asked of MuPDF once, what a stage found is handed on, and a folder's
files are made durable together."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import round3_conventions as rc
from extractors import page_flow, rules_to_cells
from pipeline import writers
from extractors.layout import _placed, read_pdf
from pipeline.reading import open_document
from extractors.page_flow import build_flow


def _count_calls(monkeypatch, owners: tuple, name: str, record=lambda *args: args[0]) -> list:
    """Each call of `name` (as looked up on each of `owners`, the module that defines it and those
    that imported it) recorded by `record` of its arguments, then made as before: the list of records."""
    calls: list = []
    original = getattr(owners[0], name)

    def counted(*args, **kwargs):
        calls.append(record(*args))
        return original(*args, **kwargs)
    for owner in owners:
        monkeypatch.setattr(owner, name, counted)
    return calls


class _Asked:
    """A compiled pattern standing in for `pattern`: each search or match records `name` in
    `asked` (the text asked, where no name is given), then asks the pattern as before. A partial
    match (where a match may open, read once per character: numbering.match_opening) is not counted."""

    def __init__(self, asked: list, pattern, name: str | None = None) -> None:
        self.asked, self.pattern, self.name = asked, pattern, name

    def search(self, text, *args):
        self.asked.append(text if self.name is None else self.name)
        return self.pattern.search(text, *args)

    def match(self, text, *args, **kwargs):
        if not kwargs:
            self.asked.append(text if self.name is None else self.name)
        return self.pattern.match(text, *args, **kwargs)


def _grid_page(path: Path) -> Path:
    """Two pages, each with a ruled table of 3 x 2 cells under a line of text."""
    doc = pymupdf.open()
    for n in range(2):
        page = doc.new_page()
        page.insert_text((72, 90), f"表{n + 1}　一覧", fontname=rc.GOTHIC, fontsize=rc.BODY)
        for y in (110, 140, 170, 200):
            page.draw_line((72, y), (472, y), width=0.75)
        for x in (72, 272, 472):
            page.draw_line((x, 110), (x, 200), width=0.75)
        for r, y in enumerate((130, 160, 190)):
            page.insert_text((80, y), f"項目{r + 1}", fontname=rc.MINCHO, fontsize=rc.BODY)
            page.insert_text((280, y), f"内容{r + 1}", fontname=rc.MINCHO, fontsize=rc.BODY)
    doc.save(path)
    return path


def test_a_pages_grids_are_found_once_where_no_page_break_draws_a_rule(tmp_path, monkeypatch):
    """page_breaks finds every page's grids (rules_to_cells.read_grids, raw_grids before) to see
    where a table runs over a page break; where no break rule is drawn on a page, its tables are cut
    from those same grids, not found a second time; and the chart test (lines laid over a grid)
    reads the horizontal rules the grids were read from: the page's rules are split into horizontal
    and vertical strokes (split_rules) once (it was once more, for the chart test's rules)."""
    calls = _count_calls(monkeypatch, (rules_to_cells,), "read_grids", lambda rules, t: len(rules))
    splits = _count_calls(monkeypatch, (rules_to_cells,), "split_rules", lambda rules, t: len(rules))
    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    tables = [it for it in flow.items if not hasattr(it, "text")]
    assert len(tables) == 2   # a table on each page, read as before
    assert len(calls) == 2    # once per page (it was twice)
    assert len(splits) == 2   # once per page (it was twice)


def test_images_are_placed_where_get_image_info_places_them(tmp_path):
    """_placed (the image blocks of a text page that keeps images, their boxes only) lists the
    boxes get_image_info lists, in its order: a picture drawn as a cover's title, one scaled
    and one placed twice."""
    doc = pymupdf.open(rc.build_picture_cover(tmp_path / "plan.pdf"))
    page = doc[0]
    dot = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 4, 4), 0)
    xref = page.insert_image(pymupdf.Rect(40, 40, 46.5, 46.5), pixmap=dot)
    page.insert_image(pymupdf.Rect(500, 760, 560, 800), xref=xref)
    placed = _placed(page)
    assert len(placed) == 3
    assert placed == [tuple(info["bbox"]) for info in page.get_image_info()]


def test_a_folders_files_are_all_written_before_the_first_fsync(tmp_path, monkeypatch):
    """replace_folder writes every file of the new folder (its marker among them) and then
    fsyncs them one after another, so that they are committed together; nothing is renamed
    before the last fsync (the swap stays atomic and durable)."""
    files = {f"{name}.csv": f"{name}\n".encode() * 100 for name in ("headings", "footnotes", "tables")}
    target = tmp_path / "out" / "doc"
    seen: list[list[str]] = []
    renamed: list[int] = []
    fsync, replace = writers.os.fsync, writers.os.replace

    def watched(fd):
        seen.append(sorted(p.name for p in (tmp_path / "out").rglob("*.csv") if p.stat().st_size))
        return fsync(fd)

    def counted(a, b):
        renamed.append(len(seen))
        return replace(a, b)
    monkeypatch.setattr(writers.os, "fsync", watched)
    monkeypatch.setattr(writers.os, "replace", counted)
    writers.replace_folder(target, files)
    assert len(seen) == len(files) + 1   # the files and the staging folder's marker
    assert seen[0] == sorted(files)      # all written before the first fsync (one fsync each used to follow each write)
    assert renamed == [len(seen)]        # one rename, after the last fsync
    assert {p.name: p.read_bytes() for p in target.iterdir()} == files


def test_a_documents_datasets_are_built_while_the_worker_reads_on(tmp_path, monkeypatch):
    """A file that no edition can hold (its cover names no edition) is a group of its own: its
    datasets are merged and rendered in the parent as soon as its read comes, while the worker
    reads the next file, not after every file is read; an edition's files wait for the
    grouping. What is written is the same as when every group is built after the reads."""
    from samples.build_samples import build

    import pipeline.execute
    import pipeline.run
    from pipeline.cli import main

    inputs = tmp_path / "in"
    (inputs / "2099").mkdir(parents=True)
    build(inputs / "2099", "2099")
    rc.build_picture_cover(inputs / "plan.pdf")
    _grid_page(inputs / "grids.pdf")
    events: list[str] = []
    build_group, plan_run = pipeline.execute.build_group, pipeline.run.plan_run

    def built(key, reads, bom):
        events.append("document" if key.startswith("documents") else "edition")
        return build_group(key, reads, bom)

    def planned(*args, **kwargs):
        plan = plan_run(*args, **kwargs)
        events.append("planned")
        return plan
    monkeypatch.setattr(pipeline.execute, "build_group", built)
    monkeypatch.setattr(pipeline.run, "plan_run", planned)
    assert main(["extract", str(inputs), "--out", str(tmp_path / "early"), "-q", "-j", "1"]) == 0
    assert events == ["document", "document", "planned", "edition"]   # it was planned first, then all three
    events.clear()
    monkeypatch.setattr(pipeline.run, "early_documents", lambda opts: ({}, None))   # every group after the reads
    assert main(["extract", str(inputs), "--out", str(tmp_path / "late"), "-q", "-j", "1"]) == 0
    assert events == ["planned", "edition", "document", "document"]   # in key order

    def files(out: Path) -> dict[str, bytes]:
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.is_file() and p.name != "manifest.json"}
    assert files(tmp_path / "early") == files(tmp_path / "late")


def test_the_collector_stays_paused_over_a_whole_read(tmp_path, monkeypatch):
    """read_file pauses the cyclic collector once, from the layout to the pickled part: the
    cover and the structure are read with it paused too, and the document's records are gone
    before it runs again. (Paused for the layout and again for the structure, it ran in
    between, and at each pause's end it walked every record of the document: a tenth of a
    one-worker run.)"""
    import gc

    import extractors.cover
    import pipeline.edition
    from pipeline.reading import read_file

    seen: list[tuple[str, bool]] = []
    read_cover, read_part = extractors.cover.read_cover, pipeline.edition.read_part

    def cover(*args, **kwargs):
        seen.append(("cover", gc.isenabled()))
        return read_cover(*args, **kwargs)

    def part(*args, **kwargs):
        seen.append(("part", gc.isenabled()))
        return read_part(*args, **kwargs)
    monkeypatch.setattr(extractors.cover, "read_cover", cover)
    monkeypatch.setattr(pipeline.edition, "read_part", part)
    assert gc.isenabled()
    read = read_file(str(_grid_page(tmp_path / "grids.pdf")), "")
    assert read.part is not None
    assert seen == [("cover", False), ("part", False)]   # the cover was read with the collector running
    assert gc.isenabled()


def test_a_page_of_dashes_printed_as_pictures_lists_its_images_once(tmp_path, monkeypatch):
    """A page whose resources name tiny pictures (a dashed rule printed dash by dash), none of
    them with a soft mask, is not listed again for soft masks (get_images walks the resources
    layout._page_xobjects read already, and found nothing there); the dashes are still its
    rules. A page naming a tiny picture with a soft mask is listed as before
    (test_judgment_conventions)."""
    import table_conventions as tc

    from extractors.ruled_tables import table_cells

    listed: list[int] = []
    get_images = pymupdf.Page.get_images

    def counted(self, *args, **kwargs):
        listed.append(self.number)
        return get_images(self, *args, **kwargs)
    monkeypatch.setattr(pymupdf.Page, "get_images", counted)
    flow = build_flow(open_document(str(tc.build_dash_images(tmp_path / "dash_images.pdf"))))
    cells = table_cells(flow)
    assert [c.text for c in cells if c.row == 3] == ["Amino acid", "2 g/L"]   # the dashed rules divide the rows
    assert listed == []   # it was listed once, for soft masks


def test_a_pages_commonest_left_edge_is_counted_once(monkeypatch):
    """text_left (where each page's running text starts: the leftmost edge at least a share as
    common as the commonest) finds the commonest edge's count once per page, not once for each
    edge it weighs (a page of many edges, a table's cells: its edges squared); the edge is the
    same."""
    from collections import Counter
    from types import SimpleNamespace

    from extractors import line_roles
    from extractors.records import TextLine
    from extractors.settings import DEFAULT

    asked: list[int] = []

    class Counted(Counter):
        def values(self):
            asked.append(1)
            return super().values()
    monkeypatch.setattr(line_roles, "Counter", Counted)
    lines = [TextLine(1, 72.0, 100.0 + k, 300.0, 110.0 + k, 10.5, "Mincho", "本文", "本文", None) for k in range(30)]
    lines += [TextLine(1, 80.0 + k, 400.0, 300.0, 410.0, 10.5, "Mincho", "表", "表", None) for k in range(200)]
    lines += [TextLine(2, 60.0, 100.0, 300.0, 110.0, 10.5, "Mincho", "本文", "本文", None)]
    flow = SimpleNamespace(items=lines, body_size=10.5, settings=DEFAULT)
    assert line_roles.text_left(flow) == {1: 72, 2: 60}
    assert len(asked) == 2   # once per page (it was once per edge: 202 times)


def _line(text: str, x0: float, y0: float, size: float = 10.5):
    from extractors.records import Line, Span
    boxes = tuple((x0 + k * size, y0, x0 + (k + 1) * size, y0 + size) for k in range(len(text)))
    span = Span(text, "Mincho", size, x0, y0, x0 + len(text) * size, y0 + size, y0 + size * 0.88, boxes)
    return Line(1, [span], span.x0, span.y0, span.x1, span.y1)


def test_a_page_with_no_asterisk_is_not_read_for_starred_notes(monkeypatch):
    """starred_notes joins a page's pieces into rows only when one of its lines holds an asterisk
    (a starred note's mark, ＊1 or *1, opens with one): most pages hold none, and their rows were
    built for nothing. A page with one still has its note taken."""
    from extractors import footnotes
    from extractors.settings import DEFAULT

    joined = _count_calls(monkeypatch, (footnotes,), "visual_rows", lambda lines, fn: len(lines))
    plain = [_line("本文の行です。", 72, 100 + 20 * k) for k in range(5)]
    body, notes = footnotes.starred_notes(plain, 10.5, DEFAULT.footnotes)
    assert body == plain and notes == [] and joined == []
    starred = plain + [_line("＊1　注の本文です。", 72, 700, 9.0)]
    body, notes = footnotes.starred_notes(starred, 10.5, DEFAULT.footnotes)
    assert [n.text for n in notes] == ["＊1　注の本文です。"] and body == plain and len(joined) == 1


def test_a_line_with_rules_at_its_height_but_none_under_it_is_not_read_glyph_by_glyph(monkeypatch):
    """A page of many rules (a form's dashes, a table's rows) puts rules at the height of most of
    its lines; a line is read glyph by glyph for an underline only when a rule short enough for
    one runs under its text. A rule under the text still underlines it."""
    from extractors import typography
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    read = _count_calls(monkeypatch, (typography,), "underlined_count", lambda spans, *rest: len(spans))   # (its
    # glyphs counted span by span: underlines.underlined_count)
    line = _line("見出しの行", 72, 100)
    under = line.spans[0].baseline + 1.0
    aside = [Rule(400.0, under, 420.0, under, 0.5), Rule(450.0, under, 470.0, under, 0.5)]
    bands = typography.RuleBands(aside, DEFAULT.underlines.thickness)
    assert typography.to_text_line(line, bands, DEFAULT).underlined is False
    assert read == []
    bands = typography.RuleBands(aside + [Rule(72.0, under, 72 + 5 * 10.5, under, 0.5)], DEFAULT.underlines.thickness)
    assert typography.to_text_line(line, bands, DEFAULT).underlined is True
    assert read == [1]


def test_a_labels_next_label_is_looked_for_by_pattern_only_where_it_stands(monkeypatch):
    """next_on_row asks for the next label of the line's system by pattern (not as a digit of a
    longer number) only when its text stands in the title: most numbered lines hold none."""
    from extractors import numbering

    searched = _count_calls(monkeypatch, (numbering.regex,), "search", lambda pattern, text, *rest: text)
    assert numbering.next_on_row(("number", "", "4.", "あまり共感できない", False)) is False
    assert searched == []
    assert numbering.next_on_row(("number", "", "4.", "あまり共感できない（108） 5.共感できない", False)) is True
    assert numbering.next_on_row(("number", "", "4.", "値は 15.0 です", False)) is False
    assert len(searched) == 2


def test_a_plain_lines_role_asks_no_address_caption_or_block_pattern(monkeypatch):
    """A line's role looks for a web or mail address, an article's bracketed caption and a block
    label (＜取組＞) by pattern only when the line holds what each needs (://, www. or @; an
    opening bracket; an angle bracket): most lines hold none. Lines that hold one still read so."""
    from extractors import line_roles

    asked: list[str] = []

    for name in ("_ADDRESS", "ARTICLE_CAPTION", "BLOCK_LABEL"):
        monkeypatch.setattr(line_roles, name, _Asked(asked, getattr(line_roles, name), name))
    assert line_roles._address("本文の行です。") == "" and line_roles._caption("本文の行です。") == ""
    assert line_roles._block_label("本文の行です。") is False
    assert asked == []
    assert line_roles._address("https://www.example.go.jp/") == "opens"
    assert line_roles._address("問合せ　info@example.go.jp") == "holds"
    assert line_roles._caption("(目的)") == "目的"
    assert line_roles._block_label("＜取組＞") is True
    assert sorted(asked) == ["ARTICLE_CAPTION", "BLOCK_LABEL", "_ADDRESS", "_ADDRESS"]


def test_a_line_whose_first_letter_opens_no_label_is_not_looked_at_for_a_gapped_label(monkeypatch):
    """A label set apart from its title by a visible gap (一　主旨 printed as 一 and 主旨) is looked
    for glyph by glyph only on a line whose first letter may open some system's label
    (numbering.may_open_label): a line opening 本… has none, wherever a gap stands. 記 and 以上
    (a notice's particulars) are looked for only on a line holding them."""
    from extractors import line_roles
    from extractors.records import Line, Span, TextLine

    looked = _count_calls(monkeypatch, (line_roles,), "_gap_after_label", lambda line, gap, chars, tab, apart=False: line.text)

    def gapped(first: str, rest: str) -> TextLine:   # the first glyph, then a gap of two ems, then the rest
        boxes = ((72.0, 100.0, 82.5, 110.5),) + tuple((103.5 + k * 10.5, 100.0, 114.0 + k * 10.5, 110.5) for k in range(len(rest)))
        span = Span(first + rest, "Mincho", 10.5, 72.0, 100.0, boxes[-1][2], 110.5, 109.0, boxes)
        source = Line(1, [span], span.x0, span.y0, span.x1, span.y1)
        return TextLine(1, span.x0, span.y0, span.x1, span.y1, 10.5, "Mincho", span.text, span.text, source)
    plain = gapped("本", "文の行です")
    assert line_roles._numbering(plain, line_roles.folded(plain.text), False, 0.5, 6, 0.9) is None
    assert looked == []
    label = gapped("一", "主旨")
    assert line_roles._numbering(label, line_roles.folded(label.text), False, 0.5, 6, 0.9) is not None
    assert looked == ["一主旨"]
    assert line_roles._particulars("本文の行です", True) == "" and line_roles._particulars("記", True) == "opens"
    assert line_roles._particulars("以 上", False) == "closes"


def test_a_span_overlapping_no_earlier_span_is_not_looked_at_glyph_by_glyph(tmp_path, monkeypatch):
    """Overprinting (fake bold) is looked for glyph by glyph (layout._copies) only in a span that
    overlaps one read before it on its row: each copy of a title or heading struck at four
    offsets is, the first drawing and the plain body lines are not (they cost one look at
    their row's neighbours, in the loop over the page's spans). The struck text reads once."""
    import round3_conventions as rc3

    from extractors import layout

    calls = _count_calls(monkeypatch, (layout,), "_copies", lambda s, *rest: "".join(c["c"] for c in s["chars"]))
    doc = read_pdf(str(rc3.build_overprinted(tmp_path / "plan.pdf")))
    headings = [label + title for _, label, title in rc3.OVERPRINT_HEADINGS]
    assert [ln.text for ln in doc.pages[1].lines if ln.text in headings] == headings   # each read once
    copies = len(rc3.OVERPRINT_OFFSETS) - 1
    assert sorted(calls) == sorted([rc3.OVERPRINT_TITLE] * copies + headings * copies)


def test_only_pictures_of_a_labels_size_are_decoded_to_be_told_apart(tmp_path, monkeypatch):
    """A page naming small pictures that may print list labels (1) 2) 3)) and a photograph: the
    labels are read as before, and only pictures of a label's size (and the page's images of
    their sizes) are decoded to be told apart by their pixels; the photograph is not (it was,
    twice: placed and listed, by get_image_info)."""
    import white_paper_conventions as wp

    path = wp.build_picture_labels(tmp_path / "pictured.pdf")
    doc = pymupdf.open(path)
    photo = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 300, 200), 0)
    photo.clear_with(128)
    doc[1].insert_image(pymupdf.Rect(300, 600, 450, 700), pixmap=photo)
    doc.save(tmp_path / "photo.pdf")
    decoded = _count_calls(monkeypatch, (pymupdf.mupdf,), "fz_md5_pixmap2", lambda pix: pix.w())
    read = read_pdf(str(tmp_path / "photo.pdf"))
    assert [ln.text for ln in read.pages[1].lines if ln.text in ("1)カタログ", "2)カタログレコード", "3)データセット")] == \
        ["1)カタログ", "2)カタログレコード", "3)データセット"]
    assert decoded and 300 not in decoded


def test_a_page_holding_a_pattern_is_passed_over_once_for_its_paths_and_clips(tmp_path, monkeypatch):
    """A page whose resources hold a pattern (dashed row rules filled with a tiling pattern) is
    passed over once for its drawings (get_cdrawings, extended: its paths and its clips), not a
    second time for the clips; its table is read as before, the dashed rules dividing its rows."""
    import table_conventions as tc

    from extractors.ruled_tables import table_cells

    passes: list[bool] = []
    get_cdrawings = pymupdf.Page.get_cdrawings

    def counted(self, *args, **kwargs):
        passes.append(bool(kwargs.get("extended")))
        return get_cdrawings(self, *args, **kwargs)
    monkeypatch.setattr(pymupdf.Page, "get_cdrawings", counted)
    flow = build_flow(open_document(str(tc.build_pattern_rules(tmp_path / "pattern_rules.pdf"))))
    rows = {c.row for c in table_cells(flow)}
    assert len(rows) == len(tc.PATTERN_RULED)
    assert passes == [True]   # it was two passes: [False, True]


def test_a_fill_and_stroke_of_one_path_apart_by_a_clip_are_listed_as_the_plain_pass_lists_them(tmp_path):
    """The extended pass keeps apart a fill and a stroke of the same path with a clip drawn
    between them, which the plain pass lists as one path (fs): on a page holding a pattern
    such a page's paths are those of the plain pass; else the extended pass's paths (its
    clips and groups set apart) are the plain pass's."""
    from extractors.layout import _drawings

    path = tmp_path / "apart.pdf"
    import table_conventions as tc

    patterned = tc.build_pattern_rules(tmp_path / "p.pdf")
    doc = pymupdf.open(patterned)
    page = doc[0]
    xref = page.get_contents()[0]
    box = b"100 600 120 20 re"
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n0.5 g " + box + b" f q 0 0 300 300 re W n " + box + b" S Q\n")
    doc.save(path)
    page = pymupdf.open(path)[0]
    plain = page.get_cdrawings()
    assert any(d["type"] == "fs" and d["items"][0][0] == "re" for d in plain)   # one path to the plain pass
    assert _drawings(page)[0] == plain

    def bare(ds):
        return [{k: v for k, v in d.items() if k != "level"} for d in ds]
    page = pymupdf.open(patterned)[0]
    paths, clips = _drawings(page)
    assert bare(paths) == page.get_cdrawings() and clips


def test_the_glyphs_a_rule_may_underline_are_gathered_once_per_height(tmp_path, monkeypatch):
    """A table's row rule drawn cell by cell is many rules at one height: the glyphs they may
    underline (on baselines whose band holds that height) are gathered once for all of them
    (underlines._glyph_edges), not once a rule; an underlined phrase is still found, the row
    rule's pieces are no underline."""
    from extractors import underlines
    from extractors.settings import DEFAULT

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "See the linked page", fontname="helv", fontsize=10)
    length = pymupdf.get_text_length("See the linked page", fontname="helv", fontsize=10)
    page.draw_line((72, 101.2), (72 + length, 101.2), width=0.7)   # the phrase's underline
    for x in range(72, 472, 50):   # a row rule under a row of cells, drawn cell by cell
        page.insert_text((x + 4, 196), "cell", fontname="helv", fontsize=10)
        page.draw_line((x, 200), (x + 50, 200), width=0.5)
    doc.save(tmp_path / "underlined.pdf")
    read = read_pdf(str(tmp_path / "underlined.pdf")).pages[0]
    gathered = _count_calls(monkeypatch, (underlines,), "_glyph_edges", lambda spans, y, u: y)
    found = underlines.text_underlines(read.rules, [s for ln in read.lines for s in ln.spans], DEFAULT.underlines,
                                       DEFAULT.tables.min_rule)
    assert [(r.y0 + r.y1) / 2 for r in read.rules if id(r) in found] == [pytest.approx(101.2, abs=0.01)]
    assert len(gathered) == 2   # one height each: the phrase's, the row rule's (it was once a rule: 9)


def test_a_lines_label_is_asked_only_of_the_systems_its_first_letter_may_open(monkeypatch):
    """match_numbering tries only the systems whose label may open with the line's first character
    (numbering._opening_with, read once per character): a line opening with ① is asked of the
    circled numbers alone, not of the sixteen systems before them in the table; a line that opens no
    system's label is asked of none. The label found is the same."""
    from extractors import numbering

    asked: list[str] = []

    monkeypatch.setattr(numbering, "NUMBERING", [(n, k, _Asked(asked, p, n)) for n, k, p in numbering.NUMBERING])
    cached = getattr(numbering, "_opening_with", None)
    if cached is not None:
        cached.cache_clear()
    try:
        assert numbering.match_numbering("①　基本方針を定める")[:3] == ("circled", "item", "①")
        assert asked == ["circled"]
        asked.clear()
        assert numbering.match_numbering("本文の行です。") is None and asked == []
        assert numbering.match_numbering("（１）目的")[0] == "paren_number"
        assert "circled" not in asked and "part" not in asked
    finally:
        if cached is not None:
            cached.cache_clear()   # the rows cached here are the counted ones


def test_where_a_pages_running_text_starts_is_found_once_for_the_roles_and_the_headings(tmp_path, monkeypatch):
    """line_roles.text_left (per page, the running text's commonest left edge) is found once per
    flow (Flow.text_left) and read by the line roles and the headings alike (it was found twice)."""
    from extractors import heading_levels, headings, line_roles

    owners = tuple(m for m in (line_roles, headings, heading_levels, page_flow) if hasattr(m, "text_left"))   # where it is named
    calls = _count_calls(monkeypatch, owners, "text_left")
    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    headings.find_headings(flow)
    assert len(calls) == 1
    assert flow.text_left == {1: 72, 2: 72}   # the line over each page's table starts at 72 pt


def test_a_2up_spreads_middle_is_found_once_per_page(tmp_path, monkeypatch):
    """furniture.spread_gutter (a 2-up spread's middle) is found once per page by build_flow and
    handed to the deck's slide titles and to the page's gutters (each found it on its own: twice
    for a slide with no gutter); each half still has its title."""
    import slide_conventions as sc
    from extractors import furniture, typography

    owners = tuple(m for m in (furniture, typography, page_flow) if hasattr(m, "spread_gutter"))
    calls = _count_calls(monkeypatch, owners, "spread_gutter", lambda page, ms: page.number)
    flow = build_flow(open_document(str(sc.build_spread_deck(tmp_path / "spread.pdf"))))
    assert flow.deck and [len(flow.slide_titles[n]) for n in (2, 3, 4)] == [2, 2, 2]
    assert sorted(calls) == [1, 2, 3, 4]   # each page once


def _two_tables_page(path: Path) -> Path:
    """One page, two ruled tables of 3 x 2 cells one under the other, a line of text over each."""
    doc = pymupdf.open()
    page = doc.new_page()
    for top in (110, 400):
        page.insert_text((72, top - 20), "表　一覧", fontname=rc.GOTHIC, fontsize=rc.BODY)
        for y in (top, top + 30, top + 60, top + 90):
            page.draw_line((72, y), (472, y), width=0.75)
        for x in (72, 272, 472):
            page.draw_line((x, top), (x, top + 90), width=0.75)
        for r in range(3):
            page.insert_text((80, top + 20 + 30 * r), f"項目{r + 1}", fontname=rc.MINCHO, fontsize=rc.BODY)
            page.insert_text((280, top + 20 + 30 * r), f"内容{r + 1}", fontname=rc.MINCHO, fontsize=rc.BODY)
    doc.save(path)
    return path


def test_a_pages_tick_labels_are_found_once_for_all_its_grids(tmp_path, monkeypatch):
    """Whether a grid is a chart's plot area asks for the page's numbers alone (tick labels,
    page_flow._tick): each line is asked once per page, not once for every grid on it; both
    tables are still read."""
    asked = _count_calls(monkeypatch, (page_flow,), "_tick", lambda line: line.text)
    doc = read_pdf(str(_two_tables_page(tmp_path / "two.pdf")))
    flow = build_flow(doc)
    assert len([it for it in flow.items if not hasattr(it, "text")]) == 2
    assert len(asked) == len(doc.pages[0].lines)


def test_a_spans_marker_patterns_are_asked_only_of_a_text_opening_as_a_marker(monkeypatch):
    """A footnote marker's span opens with a digit (5, 5)) or a star (＊5): a span opening
    otherwise (most of them) is not asked of the starred marker's pattern; markers still read so."""
    from extractors import footnotes

    asked: list[str] = []

    monkeypatch.setattr(footnotes, "STAR_MARKS", _Asked(asked, footnotes.STAR_MARKS))
    assert not footnotes._mark_text("本文の行です。") and not footnotes._mark_text("  ")
    assert asked == []
    assert footnotes._mark_text("＊5") and footnotes._mark_text(" 12") and footnotes._mark_text("3)")
    assert asked == ["＊5"]


def test_a_line_with_no_underline_length_rule_in_its_band_is_not_read_glyph_by_glyph():
    """underlines.underlined reads a glyph's place (its middle) only where a rule short enough for
    an underline lies in its baseline band: a line with none under it (a table's row rules only,
    too long) gets no flag without a glyph looked at; a rule under a glyph still marks it. A
    glyph is a plain named tuple (built for every glyph of each line read for underlines)."""
    from extractors.records import Rule
    from extractors.settings import DEFAULT
    from extractors.underlines import Glyph, underlined

    read: list[str] = []

    class Placed:   # a glyph that records where its place is read
        def __init__(self, c: str, x0: float):
            self.c, self._x0, self.baseline, self.size, self.row_size = c, x0, 109.0, 10.5, 10.5

        @property
        def x0(self) -> float:
            read.append(self.c)
            return self._x0

        @property
        def x1(self) -> float:
            return self._x0 + 10.5
    glyphs = [Placed(c, 72 + 10.5 * k) for k, c in enumerate("見出しの行")]
    u = DEFAULT.underlines
    row_rule = Rule(72.0, 110.0, 540.0, 110.0, 0.5)   # a table's row rule: longer than any underline
    assert underlined(glyphs, [row_rule], u, u.mark_length) == [False] * 5
    assert read == []
    assert underlined(glyphs, [Rule(72.0, 110.0, 93.0, 110.0, 0.5)], u, u.mark_length) == [True, True, False, False, False]
    assert isinstance(Glyph("見", 72.0, 82.5, 109.0, 10.5), tuple)


def test_a_pages_line_middles_are_taken_for_asides_only_where_a_frame_of_shaded_boxes_stands():
    """rules_to_cells.asides counts the lines inside a frame drawn by shaded boxes alone: the
    page's lines' middles are taken only on a page with such a frame (most have none; they were
    taken for every page)."""
    from extractors.records import Page
    from extractors.settings import DEFAULT

    read: list[str] = []

    class Placed:   # a line of text that records where its place is read
        def __init__(self, text: str, y0: float):
            self.text, self.y0, self.y1, self.x1, self.size = text, y0, y0 + 10.5, 300.0, 10.5
            self.spans: list = []

        @property
        def x0(self) -> float:
            read.append(self.text)
            return 72.0
    page = Page(2, 595.0, 842.0, [Placed("本文の行です。", 100.0 + 20 * k) for k in range(3)], [])
    tables, lines, stamps, figures = page_flow._page_tables(page, DEFAULT, ())
    assert (tables, stamps, figures) == ([], [], []) and len(lines) == 3
    assert read == []


def test_a_lines_role_is_a_plain_named_tuple(tmp_path):
    """A LineRole is built for every line of a flow and never changed: a plain named tuple (a
    frozen dataclass cost five times as much to build); a slide's title and a row's items still
    take their field by _replace."""
    from extractors.line_roles import LineRole

    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    roles = [r for r in flow.roles if r is not None]
    assert roles and all(isinstance(r, tuple) and isinstance(r, LineRole) for r in roles)
    assert roles[0]._replace(slide_title="title").slide_title == "title"


def test_a_rule_drawn_piece_by_piece_is_made_once_when_its_pieces_are_joined(monkeypatch):
    """rules_to_cells.merge_collinear joins a dashed rule drawn in pieces into one Rule made once
    for the run (one was made for every piece joined, each thrown away at the next); a piece
    joined to none is kept as it is."""
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    made = _count_calls(monkeypatch, (rules_to_cells,), "Rule", lambda *args: args)
    dashes = [Rule(72.0 + 6 * k, 100.0, 75.0 + 6 * k, 100.0, 0.5) for k in range(50)]   # 3 pt dashes, 3 pt apart
    alone = Rule(72.0, 300.0, 400.0, 300.0, 0.5)
    out = rules_to_cells.merge_collinear(dashes + [alone], False, DEFAULT.tables)
    assert out == [Rule(72.0, 100.0, 75.0 + 6 * 49, 100.0, 0.5), alone] and out[1] is alone
    assert len(made) == 1


def test_a_lines_number_goal_and_star_patterns_are_asked_only_of_a_line_opening_as_they_must(monkeypatch):
    """A number alone on its line (furniture.BARE) is asked only of a line opening with a digit, a
    starred marker (＊5) only of one opening with a star, a goal label (numbering.GOAL_LABEL) only of
    one holding 目標: most lines are asked of none. Those that do still read so."""
    from extractors import footnotes, furniture, numbering

    asked: list[str] = []

    monkeypatch.setattr(furniture, "BARE", _Asked(asked, furniture.BARE, "BARE"))
    monkeypatch.setattr(footnotes, "STAR_MARKS", _Asked(asked, footnotes.STAR_MARKS, "STAR_MARKS"))
    monkeypatch.setattr(numbering, "GOAL_LABEL", _Asked(asked, numbering.GOAL_LABEL, "GOAL_LABEL"))
    plain = _line("本文の行です。", 72, 100)
    assert not footnotes._bare_number(plain) and numbering.goal_label(plain.text) is None
    assert asked == []
    assert footnotes._bare_number(_line(" 12 ", 72, 100)) and footnotes._bare_number(_line("＊5", 72, 100))
    assert numbering.goal_label("＜戦略目標1＞ 人材") == ("戦略目標", "1", "人材")
    assert asked == ["BARE", "STAR_MARKS", "GOAL_LABEL"]


def test_a_line_is_asked_once_whether_it_is_a_bare_number_raised_over_another(monkeypatch):
    """attach_raised asks each line once whether it is a number alone (a marker set apart): the
    answer sorts the lines into marks and their hosts (it was asked again for the hosts); the mark
    still joins the line it is raised over."""
    from extractors import footnotes
    from extractors.records import Line, Span
    from extractors.settings import DEFAULT

    asked = _count_calls(monkeypatch, (footnotes,), "_bare_number", lambda line: line.text)
    host = _line("本文の行です", 72, 100)
    mark = Span("1", "Mincho", 6.0, host.x1, 99.0, host.x1 + 3.0, 105.0, 104.0, ((host.x1, 99.0, host.x1 + 3.0, 105.0),))
    lines = [host, Line(1, [mark], mark.x0, mark.y0, mark.x1, mark.y1), _line("次の行です", 72, 120)]
    out = footnotes.attach_raised(lines, DEFAULT.footnotes)
    assert len(out) == 2 and out[0].text == "本文の行です1"
    assert sorted(asked) == sorted(ln.text for ln in lines)


def test_a_lines_caption_item_article_and_field_patterns_are_asked_only_where_it_may_open_so(tmp_path, monkeypatch):
    """A line's role asks a caption (図1, 表2), an item start, an article's number (第N条) or a field
    (項目：値) by pattern only where the line may open so: its first character may open a match
    (numbering.match_opening, read once per pattern and character), a colon for a field. The
    page's lines 表1　一覧 are asked of the caption alone, and still read as captions."""
    from extractors import line_roles

    asked: list[str] = []

    for name in ("CAPTION", "ITEM_START", "ARTICLE", "ARTICLE_TITLE", "FIELD_ROW"):
        monkeypatch.setattr(line_roles, name, _Asked(asked, getattr(line_roles, name), name))
    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    asked.clear()
    roles = [r for r in line_roles.line_roles(flow) if r is not None]
    assert [r.caption for r in roles] == [True, True]
    assert asked == ["CAPTION", "CAPTION"]


def test_a_spans_ink_is_read_once_when_spans_are_grouped_into_rows(monkeypatch):
    """geometry.baseline_rows reads where each span's ink starts (ink_x) once, for both of its
    orders (rows by baseline and ink, each row by ink: it was read for each), and a single span
    (a cell or a line of one span, most) is its own row without a sort. The rows are the same."""
    from extractors import geometry
    from extractors.settings import DEFAULT

    inked = _count_calls(monkeypatch, (geometry,), "ink_x", lambda span: span.text)
    grouped = _count_calls(monkeypatch, (geometry,), "group_rows", lambda items, order, joins: len(items))
    one = _line("表の見出し", 72, 100).spans
    assert geometry.baseline_rows(one, DEFAULT.layout) == [one] and inked == [] and grouped == []
    spans = [_line("右", 200, 100).spans[0], _line("左", 72, 100).spans[0], _line("下", 72, 130).spans[0]]
    rows = geometry.baseline_rows(spans, DEFAULT.layout)
    assert [[s.text for s in row] for row in rows] == [["左", "右"], ["下"]]
    assert sorted(inked) == ["下", "右", "左"] and grouped == [3]


def test_a_pages_rules_are_sifted_once_for_where_a_separator_may_be(tmp_path, monkeypatch):
    """The rules a footnote separator may be (thin horizontal strokes in the page's lower part:
    footnote_zone.low_rules) are sifted once per page, for the notes under all its columns and for
    each column's own: a table's rules at the top of the page are never measured against a
    column (_short_rule asked of each, for each column); the tables are read as before."""
    from extractors import footnote_zone

    measured = _count_calls(monkeypatch, (footnote_zone,), "_short_rule", lambda r, right, height, fn: r.y0)
    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    assert len([it for it in flow.items if not hasattr(it, "text")]) == 2
    assert measured == []


def test_a_documents_lines_are_not_looked_at_for_running_heads_it_does_not_repeat(tmp_path, monkeypatch):
    """A page's lines are looked at for running heads and feet (furniture._running: in a margin,
    a shape the document repeats) only in a document that repeats some: with none, no line's
    place is measured against the margins (it was, line by line, on every page)."""
    from extractors import furniture
    from extractors.settings import DEFAULT

    placed = _count_calls(monkeypatch, (furniture,), "_in_margin", lambda line, page, ms: line.text)
    page = read_pdf(str(_grid_page(tmp_path / "grids.pdf"))).pages[0]
    assert furniture._running(list(page.lines), page, set(), {}, DEFAULT.margins) == []
    assert placed == []
    foot = page.lines[0]
    assert furniture._running([foot], page, {"nothing"}, {}, DEFAULT.margins) == [] and placed == [foot.text]


def test_each_systems_opening_is_compiled_once_for_the_characters_a_line_may_open_with(monkeypatch):
    """The systems whose label may open with a character (numbering._opening_with, asked for each
    new first character of a document's lines: some two thousand over the corpus, in each worker)
    are found by each system's opening compiled once (numbering._OPENINGS), not by regex.match on
    the opening's text, which looked the pattern up in the regex module's cache at each of the ~24
    asks per character (ten times the cost of the match); a character no system opens with (most:
    a kanji, a kana) is told by the systems' openings joined (_OPENS) in one ask. The same systems."""
    import regex

    from extractors import numbering

    looked_up = _count_calls(monkeypatch, (regex,), "match")
    numbering._opening_with.cache_clear()
    try:
        assert [row[0] for row in numbering._opening_with("①")] == ["circled"]
        assert numbering._opening_with("本") == () and numbering._opening_with("本", True) == ()
        assert "paren_number" in [row[0] for row in numbering._opening_with("(")]
        assert numbering.match_numbering("（１）目的")[0] == "paren_number"
        assert looked_up == []   # no pattern compiled or looked up by its text
    finally:
        numbering._opening_with.cache_clear()


def test_a_pages_size_is_read_once_for_all_its_rules(monkeypatch):
    """Crop marks outside the page are cut away (layout._on_the_page): the page's width and height
    are read once for all its rules, not once per rule (each a call into PyMuPDF's Rect: 22,406
    over the corpus's 11,203 rules); the rules kept are the same."""
    from extractors.layout import _on_the_page
    from extractors.records import Rule

    read: list[str] = []
    for side in ("width", "height"):
        original = getattr(pymupdf.Rect, side)
        monkeypatch.setattr(pymupdf.Rect, side, property(lambda r, o=original, s=side: read.append(s) or o.fget(r)))
    rules = [Rule(10.0 * i, 100, 10.0 * i + 5, 100.5, 0.5) for i in range(70)] + [Rule(-30, 5, -10, 5.5, 0.5)]
    kept = _on_the_page(rules, pymupdf.Rect(0, 0, 595, 842))
    assert len(kept) == 60 and all(r.x0 <= 595 for r in kept)   # past the right edge and the crop mark out
    assert sorted(read) == ["height", "width"]


def test_a_type_size_is_rounded_once_per_page_not_once_per_span(tmp_path, monkeypatch):
    """A span's size is kept to two places (layout._span): a page sets its spans in a few sizes,
    so each size is rounded once per page (layout._rounded), not once for each of its spans
    (19,336 spans over the 13 corpus files, round to places going through a decimal conversion);
    the spans' sizes are the same."""
    from extractors import layout

    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page()
        for k in range(20):
            page.insert_text((72, 80 + 20 * k), f"第{k + 1}行の本文", fontname=rc.GOTHIC, fontsize=10.5)
        page.insert_text((72, 560), "見出し", fontname=rc.GOTHIC, fontsize=14.25)
    path = tmp_path / "sizes.pdf"
    doc.save(path)
    rounded = _count_calls(monkeypatch, (layout,), "_rounded", record=lambda size, sizes: size)
    src = read_pdf(str(path))
    spans = [s for p in src.pages for ln in p.lines for s in ln.spans]
    assert len(spans) == 42 and {s.size for s in spans} == {10.5, 14.25}
    assert sorted(rounded) == [10.5, 10.5, 14.25, 14.25]   # each size once on each of the two pages


def _tagged_pdf(path: Path, actual_text: str | None, packed: bool) -> Path:
    """A one-page tagged PDF (a StructTreeRoot, one element per marked-content line), its elements
    with /ActualText `actual_text` or none, its objects packed into object streams or not."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "x", fontname="helv", fontsize=12)
    doc.update_stream(page.get_contents()[0], b"/P <</MCID 0>> BDC BT /helv 12 Tf 72 700 Td (Purpose) Tj ET EMC\n")
    root, tree, elem = doc.get_new_xref(), doc.get_new_xref(), doc.get_new_xref()
    said = f"/ActualText({actual_text})" if actual_text else ""
    doc.update_object(elem, f"<</Type/StructElem/S/Span/P {root} 0 R/Pg {page.xref} 0 R/K 0{said}>>")
    doc.update_object(tree, f"<</Nums[0[{elem} 0 R]]>>")
    doc.update_object(root, f"<</Type/StructTreeRoot/K[{elem} 0 R]/ParentTree {tree} 0 R/ParentTreeNextKey 1>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(page.xref, "StructParents", "0")
    doc.save(path, use_objstms=packed, deflate=True)
    return path


def test_a_tagged_pdf_that_writes_no_actual_text_is_not_searched_object_by_object(tmp_path, monkeypatch):
    """Whether a tagged document's tree holds /ActualText (layout.tree_actual_text) was asked of each
    of its objects printed as text (9,117 objects over the corpus's six tagged files, none of them
    holding it: a tenth of the floor); the file's bytes, its object streams inflated, are searched
    for the name first, and the objects only where it is written. Packed or not, a file holding it
    is still found, and a page is read as before."""
    from extractors import layout

    asked = _count_calls(monkeypatch, (pymupdf.Document,), "xref_object", record=lambda doc, xref, *a, **k: xref)
    for packed in (False, True):
        plain = _tagged_pdf(tmp_path / f"plain{packed}.pdf", None, packed)
        with pymupdf.open(plain) as doc:
            assert not layout.tree_actual_text(doc, plain.read_bytes())
        assert asked == []
        said = _tagged_pdf(tmp_path / f"said{packed}.pdf", "Purpose", packed)
        with pymupdf.open(said) as doc:
            assert layout.tree_actual_text(doc, said.read_bytes()) and layout.tree_actual_text(doc)
        asked.clear()
    src = read_pdf(str(tmp_path / "plainTrue.pdf"))
    assert [ln.text for ln in src.pages[0].lines] == ["Purpose"]


def test_a_tagged_pages_two_readings_are_compared_by_their_text_and_its_glyphs_rawdict_made_only_if_read(
        tmp_path, monkeypatch):
    """A document whose tree names /ActualText has each page read twice, with and without it
    (layout._glyphs_if_astray): the two readings are compared by their plain text, and the
    glyphs' rawdict (a dict per glyph, walked in Python to count its letters) is made only for a
    page read from its glyphs; a faithful ActualText leaves one rawdict per page."""
    made: list[str] = []
    get_text = pymupdf.Page.get_text
    monkeypatch.setattr(pymupdf.Page, "get_text", lambda page, option="text", **k: made.append(option) or get_text(page, option, **k))
    src = read_pdf(str(_tagged_pdf(tmp_path / "faithful.pdf", "Purpose", packed=False)))
    assert [ln.text for ln in src.pages[0].lines] == ["Purpose"]
    assert made.count("rawdict") == 1


def test_a_lines_folded_text_and_the_bracket_left_open_above_are_read_once_per_line(tmp_path, monkeypatch):
    """A line's folded text (numbering.folded) is read once, by line_roles, for its role and for the
    改め文's sentences (it was folded again by _sentences and once more for each sentence's joined
    text); whether it closes a bracket the line above left open (_closes_left_open) is asked once,
    for its label and for its continuation (it was asked by each). The roles are the same."""
    from extractors import line_roles

    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    folds = _count_calls(monkeypatch, (line_roles,), "folded", lambda text: text)
    closes = _count_calls(monkeypatch, (line_roles,), "_closes_left_open", lambda prev, before, line: line.text)
    roles = [r for r in line_roles.line_roles(flow) if r is not None]
    texts = [it.text for it in flow.items if hasattr(it, "text")]
    assert [r.caption for r in roles] == [True, True] and len(texts) == 2
    assert sorted(folds) == sorted(texts) and sorted(closes) == sorted(texts)


def test_a_rule_is_measured_against_the_spans_at_its_height_not_every_span_above_it(monkeypatch):
    """table_rules.in_a_glyph (a DTP layout's letters drawn again as outlines) looks for a rule inside
    a span only among the spans whose top stands within the tallest span's height above the rule
    (bisection over the spans sorted by top): a table's rule under a page of text is measured against
    none of its lines (it was, rule by rule, against every span above it). A stroke inside a
    glyph is still found."""
    from extractors.records import Rule
    from extractors.table_rules import in_a_glyph

    feet: list[str] = []

    class Counted:   # a span whose foot (y1) records each reading of it
        def __init__(self, span):
            self.span = span

        def __getattr__(self, name):
            if name == "y1":
                feet.append(self.span.text)
            return getattr(self.span, name)

    spans = [Counted(_line(f"本文の第{k}行", 72, 80 + 14 * k).spans[0]) for k in range(40)]
    table = [Rule(72, 700 + 10 * k, 500, 700.5 + 10 * k, 0.5) for k in range(10)]
    stroke = Rule(75, 85, 78, 85.5, 0.5)   # inside the first line's first glyph
    assert in_a_glyph(table + [stroke], spans) == {id(stroke)}
    assert len(feet) <= len(spans) + 2   # each span's height once; the stroke's line (and its neighbour)


def test_a_lines_spaces_are_taken_out_only_for_a_sentence_the_amendment_test_reads(tmp_path, monkeypatch):
    """The 改め文's sentences (line_roles._sentences) are cut on each line's folded text as it is
    (stripped, it ends as it does with its spaces out; brackets count the same): the spaces are
    taken out (_SPACES.sub) once per sentence the amendment test reads, on its joined text, not
    once for each of its lines besides. The page's two lines 表1　一覧 (one sentence, no 。) are one
    sub; the roles are the same."""
    from extractors import line_roles

    subs: list[str] = []

    class Spaces:   # line_roles._SPACES, recording the text of each sub
        def __init__(self, pattern):
            self.pattern = pattern

        def sub(self, repl, text, *args):
            subs.append(text)
            return self.pattern.sub(repl, text, *args)

        def __getattr__(self, name):
            return getattr(self.pattern, name)

    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    monkeypatch.setattr(line_roles, "_SPACES", Spaces(line_roles._SPACES))
    roles = [r for r in line_roles.line_roles(flow) if r is not None]
    assert [r.caption for r in roles] == [True, True] and not any(r.quoted for r in roles)
    assert subs == ["表1 一覧表2 一覧"]


def test_shaded_bars_sides_are_parted_by_direction_once_not_for_each_pair_of_long_sides(monkeypatch):
    """rules_to_cells._bars_as_lines (a bar thinner than `bar_line`: a line, not a box) parts the
    shaded boxes' sides by direction once per direction — the long sides, sorted, and the caps
    across them — and reads a side's partners from the sorted long sides in place: a side's
    direction (Rule.horizontal) is read a few times per side, not once more for every side for
    each pair of long sides that may make a bar (the caps and _bordered passed over every side).
    Ten bars are ten lines, as before."""
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    read: list[int] = []
    slot = Rule.__dict__["horizontal"]   # a slot set as the rule is made (Rule.__post_init__): each read counted
    monkeypatch.setattr(Rule, "horizontal", property(lambda r: read.append(1) or slot.__get__(r), slot.__set__))

    def box(x0: float, y0: float, x1: float, y1: float) -> list[Rule]:
        return [Rule(x0, y0, x1, y0, 0.5, True), Rule(x0, y1, x1, y1, 0.5, True),
                Rule(x0, y0, x0, y1, 0.5, True), Rule(x1, y0, x1, y1, 0.5, True)]
    sides = [r for k in range(10) for r in box(72, 100 + 30 * k, 400, 102 + 30 * k)]   # bars 2 pt thick
    out = rules_to_cells._bars_as_lines(sides, DEFAULT.tables)
    assert len(out) == 10 and all(r.y0 == r.y1 for r in out)
    assert len(read) <= 5 * len(sides)


def test_the_previous_label_is_sought_on_the_line_above_only_where_the_line_stands_further_in(tmp_path, monkeypatch):
    """_follows_item (答　　１．… / ２．… under the first option's label): the label above must stand past
    the lead-in's start and within a step of the line's first letter, so a numbered line whose first
    letter stands no further in than the line above's (３．２以外… and ５．… under ２．…'s label) has no
    previous label's pattern made (a regex compiled, each time) nor its line above folded glyph by
    glyph. The roles are the same: ２． under 答　　１． follows it, the others do not."""
    import survey_conventions as sc
    from extractors import line_roles

    flow = build_flow(open_document(str(sc.build_survey_report(tmp_path / "report.pdf"))))
    asked = _count_calls(monkeypatch, (line_roles,), "previous_label", lambda numbering: numbering[2])
    roles = line_roles.line_roles(flow)
    numbered = {role.numbering[2]: role for role in roles if role is not None and role.numbering is not None}
    assert [label for label, role in numbered.items() if role.follows_item] == ["2."], numbered
    assert set(numbered) >= {"2.", "3.2", "5."} and asked == ["2."], asked


def test_a_lines_typeface_reads_the_font_its_text_line_holds_not_its_spans_again(tmp_path, monkeypatch):
    """style_of's typeface (typography.letters_face): a line set in one font is read in the font its
    TextLine holds (to_text_line read Line.font once); Line.font, a property that counts each span's
    letters, is not read again for every line's role, nor a set of fonts made of a line's one span."""
    from extractors import line_roles
    from extractors.records import Line

    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    before = [r.style for r in line_roles.line_roles(flow) if r is not None]
    reads: list = []
    font = Line.font

    def counted(line):
        reads.append(line.text)
        return font.fget(line)
    monkeypatch.setattr(Line, "font", property(counted))
    roles = [r for r in line_roles.line_roles(flow) if r is not None]
    assert [r.style for r in roles] == before and len(roles) == 2 and reads == []


def test_a_lines_face_is_decided_once_as_its_text_line_is_made(tmp_path, monkeypatch):
    """typography.letters_face is asked once per line, by to_text_line (TextLine.face): page_faces, gothic_titles,
    line_roles.style_of and the headings read the field (it was asked 2.6 times a line), and each line's face is
    what letters_face reads of its source line."""
    from extractors import headings, line_roles, typography
    from extractors.records import TextLine

    asked = _count_calls(monkeypatch, (typography,), "letters_face", lambda line, font=None: id(line))
    flow = build_flow(open_document(str(Path(__file__).parents[1] / "samples" / "main_body_spaced_date_goals_footnotes.pdf")))
    flow.roles = line_roles.line_roles(flow)
    headings.find_headings(flow)
    lines = [it for it in flow.items if isinstance(it, TextLine)]
    assert lines and len(asked) == len(set(asked)) and {id(it.source) for it in lines} <= set(asked), asked
    monkeypatch.undo()
    assert all(it.face == typography.letters_face(it.source, it.font) for it in lines)


def test_a_lines_role_is_made_from_its_fields_in_their_order(tmp_path):
    """_role makes each line's LineRole from its 25 fields in their order (LineRole._make), not by
    name: each field holds what its annotation names (a slip in the order puts a bool where a str
    goes), and the roles read as named — the report's numbered options, 答's lead-in, the heading."""
    import typing

    import survey_conventions as sc
    from extractors import line_roles

    flow = build_flow(open_document(str(sc.build_survey_report(tmp_path / "report.pdf"))))
    roles = [r for r in line_roles.line_roles(flow) if r is not None]
    hints = typing.get_type_hints(line_roles.LineRole)
    for role in roles:
        for name, value in role._asdict().items():
            kind = hints[name]
            if kind in (bool, str):
                assert type(value) is kind, (name, value)
    assert {r.family for r in roles} == {"gothic"} and all(isinstance(r.style, tuple) for r in roles)
    numbered = {r.numbering[2]: r for r in roles if r.numbering is not None}
    assert numbered["2."].follows_item and numbered["5."].on_a_row and not numbered["2."].on_a_row


def test_a_lines_underline_test_makes_no_glyph_for_its_spaces(tmp_path, monkeypatch):
    """_mostly_underlined reads a line's visible glyphs: underlines.glyphs_of(visible=True) made no
    Glyph for a space (it made one for every character, then a second list without the spaces); now
    its glyphs are counted span by span (underlines.underlined_count) and no Glyph is made at all. The
    title over its rule is underlined as before."""
    from extractors import underlines

    path = tmp_path / "underlined.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "第１　計画の　目的", fontname=rc.GOTHIC, fontsize=rc.BODY)
    page.draw_line((72, 102), (72 + 9 * rc.BODY, 102), width=0.5)
    page.insert_text((72, 130), "本計画は、地域の情報化を進めるために定める。", fontname=rc.GOTHIC, fontsize=rc.BODY)
    doc.save(path)
    doc = read_pdf(str(path))
    made = _count_calls(monkeypatch, (underlines,), "Glyph", lambda c, *rest: c)
    flow = build_flow(doc)
    lines = [it for it in flow.items if hasattr(it, "underlined")]
    assert [t.underlined for t in lines] == [True, False], [(t.text, t.underlined) for t in lines]
    assert made == []


def test_a_wrapped_bands_lines_are_read_in_the_folded_text_line_roles_made(tmp_path, monkeypatch):
    """_wrapped_bands (【…に関す / る重要情報】) reads each line's folded text from line_roles' folds: no line
    is folded again — it folded both lines of each pair of a line and the one continuing it, most of a
    document's running text; only the two lines of a band's candidate are folded joined. The band is
    found as before: the two lines' numbering a band's."""
    import terms13_conventions as tc
    from extractors import line_roles

    flow = build_flow(open_document(str(tc.build_catalogue_terms(tmp_path / "catalogue.pdf"))))
    folds = _count_calls(monkeypatch, (line_roles,), "folded", lambda text: text)
    roles = line_roles.line_roles(flow)
    texts = [it.text for it, role in zip(flow.items, roles) if role is not None and not it.blank]
    from collections import Counter
    extra = Counter(folds) - Counter(texts)   # what was folded besides each line once: the band's two lines joined
    assert len(texts) > 10 and len(folds) == len(texts) + 1 and list(extra.values()) == [1], folds
    bands = [it.text for it, role in zip(flow.items, roles) if role is not None and role.numbering is not None
             and role.numbering[0] == "band"]
    assert tc.BAND_LINES[0] in bands


def test_a_pages_lines_are_looked_at_once_for_glyphs_written_down(tmp_path, monkeypatch):
    """Whether a line holds one glyph (layout._one_glyph) is asked once of each text line:
    _set_vertically asks it of the lines not written down (stacked one glyph a line?), and the
    縦書き boxes of a page set across (_down_columns) are read from the lines written down that
    _set_vertically found, asking it of those only; _down_columns walked every line of every
    page again, counting the glyphs of each. The 縦書き box and the header cell written down
    alone are read as before (test_vertical_conventions)."""
    import vertical_conventions as vc
    from extractors import layout

    pdf = vc.build_mixed_blocks(tmp_path / "mixed.pdf")
    asked = _count_calls(monkeypatch, (layout,), "_one_glyph", lambda line: id(line))
    across, down = read_pdf(str(pdf)).pages
    assert "".join(vc.BOX) in [ln.text for ln in across.lines] and down.turned
    first, second = ([ln["dir"] for b in page.get_text("rawdict", flags=layout._TEXT_FLAGS)["blocks"]
                      if b.get("type", 0) == 0 for ln in b["lines"]] for page in pymupdf.open(pdf))
    set_across = [d for d in second if not (abs(d[0]) <= 0.17 and d[1] > 0)]   # the page set vertically's table rows
    assert len(first) > 40 and len(set_across) == 3
    assert len(asked) == len(set(asked)) == len(first) + len(set_across)   # no line asked twice (every line was)


def test_a_block_holding_no_struck_glyph_keeps_its_lines_as_read(tmp_path):
    """The overprint pass (layout._overprints) lists a block's lines anew, without those left
    empty, only where it took copies out of one of them: a block holding none keeps MuPDF's list
    of its lines as it was (every block's lines were listed anew). A struck heading's copies are
    taken out as before."""
    import round3_conventions as rc3

    from extractors import layout
    from extractors.settings import DEFAULT

    doc = pymupdf.open(str(rc3.build_overprinted(tmp_path / "plan.pdf")))
    for page in doc:
        raw = page.get_text("rawdict", flags=layout._TEXT_FLAGS)
        blocks = [b for b in raw["blocks"] if b.get("type", 0) == 0]
        before = [(b["lines"], len(b["lines"])) for b in blocks]
        struck = layout._overprints(raw, DEFAULT.layout)
        kept = [b["lines"] is lines and len(lines) == n for b, (lines, n) in zip(blocks, before)]
        assert any(kept)   # a block of plain lines on every page (none was kept)
        assert all(kept) == (not struck)   # the title's and the headings' blocks listed anew


class _Iterated(str):
    """A string of bracket characters that records each time it is read character by character
    (sum(map(text.count, brackets)): the brackets counted in a line)."""
    counted: list

    def __iter__(self):
        self.counted.append(1)
        return super().__iter__()


def test_a_lines_brackets_are_counted_only_where_it_holds_one(tmp_path, monkeypatch):
    """A line's brackets are counted (sixteen str.count over its text, eight of each) only on a line that
    holds one: _left_open (does the line before end inside a bracket?) asks first whether it opens any,
    and the 改め文's sentences (_sentences: 。 outside brackets ends one) whether it holds one — most
    lines hold none, and their counts are 0 and 0. The roles are as before: the survey's options in
    brackets, the bill's amended article quoted."""
    import kaimebun_conventions as kc
    import survey_conventions as sc
    from extractors import line_roles

    flows = [build_flow(open_document(str(build(tmp_path / f"{build.__name__}.pdf"))))
             for build in (sc.build_survey_report, kc.build_amending_bill)]
    before = [line_roles.line_roles(flow) for flow in flows]
    counted: list = []
    for name in ("_OPENING", "_OPENS"):
        brackets = _Iterated(getattr(line_roles, name))
        brackets.counted = counted
        monkeypatch.setattr(line_roles, name, brackets)
    for flow, roles in zip(flows, before):
        counted.clear()
        assert line_roles.line_roles(flow) == roles
        lines = [it.text for it, role in zip(flow.items, roles) if role is not None and not it.blank]
        holding = [t for t in lines if any(c in t for c in "（(「『［[【〔）)」』］]】〕")]
        assert len(counted) <= 2 * len(holding) < 2 * len(lines), (len(counted), len(holding), len(lines))
    assert any(role is not None and role.quoted for role in before[1])


def test_only_a_line_holding_its_word_is_cleaned_to_be_asked_if_it_is_the_contents_title(monkeypatch):
    """contents.is_contents_title (目次, 目　次, ＜目次＞) cleans a line and takes out its spaces and brackets
    only where the line holds 次 — no character folds to it — not every line of a document, three
    times over in find_contents (the title test, then is_toc_line's leaders and its title test again).
    The contents are found as before."""
    from extractors import contents
    from extractors.records import TextLine

    def line(i: int, text: str) -> TextLine:
        return TextLine(1, 60, 60 + 20 * i, 400, 70 + 20 * i, 10.5, "Gothic", text, text, None)
    texts = ["はじめに", "＜目　次＞", "第１章　総則　……………　1", "第２章　計画　……………　3", "本文の段落。"]
    items = [line(i, t) for i, t in enumerate(texts)]
    cleaned = _count_calls(monkeypatch, (contents,), "clean", lambda text: text)
    assert contents.find_contents(items) == {1, 2, 3, 4}
    assert sorted(cleaned) == sorted(texts), cleaned   # once a line: the title's, then each entry's or leaders' test
    assert not contents.is_contents_title("次の各号") and contents.is_contents_title("⽬次")



def test_a_grid_kept_whole_hands_its_merged_cells_on_to_the_table(tmp_path, monkeypatch):
    """closed_parts works out a grid's merged cells (rules_to_cells.merged_cells) to find its closed
    cells; a grid kept whole (every cell closed, its columns as ruled) carries them (TableGrid.cells) to
    fill_table, which worked them out a second time for the same grid. A grid made anew (cut, stacked)
    carries none: its cells are found for it. The tables are as before, one per page."""
    from extractors import cells

    merged = _count_calls(monkeypatch, (rules_to_cells, cells), "merged_cells", lambda grid, t: grid.bbox)
    flow = build_flow(open_document(str(_grid_page(tmp_path / "grids.pdf"))))
    tables = [it for it in flow.items if not hasattr(it, "text")]
    assert len(tables) == 2 and all(t.merged == [(r, c, 1, 1) for r in range(3) for c in range(2)] for t in tables)
    assert len(merged) == 2   # once per page's grid (it was twice)


def test_a_grids_sides_are_made_and_asked_once_for_its_closed_parts(monkeypatch):
    """closed_parts makes the grid's segments once (rules_to_cells.GridSides: merged_cells' owners made them again)
    and asks each side once: a one-cell's four sides are those its owners asked between it and its neighbours. A
    grid of 3 x 4 ruled cells, one rule left out (two cells one): the parts are as they were, one table of 11 cells."""
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    xs, ys = (0.0, 40.0, 80.0, 120.0, 160.0), (0.0, 20.0, 40.0, 60.0)
    verticals = tuple(Rule(x, ys[r], x, ys[r + 1], 0.5) for x in xs for r in range(3) if (x, r) != (40.0, 1))
    horizontals = tuple(Rule(xs[c], y, xs[c + 1], y, 0.5) for y in ys for c in range(4))
    grid = rules_to_cells.TableGrid(xs, ys, verticals, horizontals)
    made = _count_calls(monkeypatch, (rules_to_cells,), "_segments", lambda rules, vertical: vertical)
    asked = _count_calls(monkeypatch, (rules_to_cells,), "_covered", lambda seg, at, lo, hi, t: (id(seg), at, lo, hi))
    parts = rules_to_cells.closed_parts(grid, DEFAULT.tables)
    assert sorted(made) == [False, True] and len(asked) == len(set(asked)), asked
    assert len(parts) == 1 and len(rules_to_cells.merged_cells(parts[0], DEFAULT.tables)) == 11


def test_a_covers_pages_are_read_into_rows_and_grids_once(tmp_path, monkeypatch):
    """read_cover finds the first page's ruled tables once (cover._grids: its rows' boxes, _page_rows, and where its
    first table starts, _table_top, found them each) and reads a page with no gutter into rows once (cover_rows was
    asked again without the gutters on every page, _split_at_a_gutter); the cover is as before. The grids and ruled
    tables of each page are read once, with the page (Page.grids): the cover and the flow read the first pages' alike
    (each found them again)."""
    from extractors import cover

    doc = open_document(str(_grid_page(tmp_path / "grids.pdf")))
    before, flow_before = cover.read_cover(doc), build_flow(doc)
    raw = _count_calls(monkeypatch, (rules_to_cells,), "read_grids", lambda rules, t: len(rules))
    grids = _count_calls(monkeypatch, (rules_to_cells,), "grids_and_figures", lambda rules, t, raw=None: len(rules))
    rows = _count_calls(monkeypatch, (cover,), "cover_rows", lambda lines, cp, cuts=None, boxes=None: len(lines))
    doc = open_document(str(tmp_path / "grids.pdf"))
    assert cover.read_cover(doc) == before and build_flow(doc) == flow_before
    assert len(rows) == 2, rows   # the cover's page and the page after it, once each
    assert len(raw) == 2 and len(grids) == 2, (raw, grids)   # once a page, for the cover and the flow alike


def _numbered_on_bands(path: Path) -> Path:
    """Two pages, each opening with a numbered title on a shaded band across the column (１　計画の目的),
    its paragraph, then a numbered title in the body's type ((1)　対象の範囲) over a line of text."""
    doc = pymupdf.open()
    for n, (label, title) in enumerate((("１", "計画の目的"), ("２", "計画の期間"))):
        page = doc.new_page()
        page.draw_rect(pymupdf.Rect(60, 86, 540, 104), color=None, fill=(0.85, 0.85, 0.85))
        page.insert_text((72, 100), f"{label}　{title}", fontname=rc.MINCHO, fontsize=rc.BODY)
        y = 130
        for k in range(6):
            page.insert_text((72, y), "本計画は、地域の情報化を進めるために定めるものであり、施策の方向を示す。" if k % 2 == 0
                             else "これにより、住民の利便性の向上と行政の効率化を図るものとする。", fontname=rc.MINCHO, fontsize=rc.BODY)
            y += 18
        page.insert_text((72, y + 10), f"（{n + 1}）　対象の範囲", fontname=rc.MINCHO, fontsize=rc.BODY)
        page.insert_text((72, y + 40), "本計画の期間は、令和５年度から令和９年度までの５年間とする。", fontname=rc.MINCHO, fontsize=rc.BODY)
    doc.save(path)
    return path


def test_a_numbered_candidate_is_made_with_its_band_not_copied_to_set_it(tmp_path, monkeypatch):
    """headings._line_candidate makes a numbered line's Candidate with `panel` (alone on a band or in a
    frame) set as it is made (_numbered_candidate's argument): it made it, then copied it with
    dataclasses.replace to set panel — for every numbered candidate, most of them on no band (960
    copies on the corpus). The candidates are as before: the title on its band is a panel's."""
    from extractors import headings

    flow = build_flow(open_document(str(_numbered_on_bands(tmp_path / "bands.pdf"))))
    copied = _count_calls(monkeypatch, (headings,), "replace", lambda c: c)
    found = [(c.label, c.title, c.panel) for c in headings.heading_candidates(flow)]
    assert found == [("2", "計画の期間", True), ("(2)", "対象の範囲", False)], found
    assert copied == []


def test_a_space_between_two_ascii_letters_is_told_by_comparing_them_not_by_a_pattern(monkeypatch):
    """clean (collapse_spaces) keeps a space between two printable ASCII characters and join_lines puts
    one between two lines' Latin words: each side is compared with ! and ~ (text._keep_space), where a
    regex was matched against each of the two characters, for every space of every line cleaned. The
    same characters pass as before ([!-~], every code point), and the texts come out as before."""
    import regex

    from normalizers import text

    ascii_graph = regex.compile(r"[!-~]")
    for o in range(0x3100):
        c = chr(o)
        assert text._keep_space(c, "a") == text._keep_space("a", c) == bool(ascii_graph.match(c)), hex(o)
    asked: list = []
    monkeypatch.setattr(text, "_ASCII_GRAPH", _Asked(asked, ascii_graph), raising=False)   # as it was named
    assert text.collapse_spaces("Society 5.0 を　実現 する") == "Society 5.0を実現する"
    assert text.collapse_spaces("令 和 ４ 年") == "令和４年" and text.collapse_spaces(" a  b ") == "a b"
    assert text.join_lines(["Digital", "Agency の", "取組", "e-", "Gov"]) == "Digital Agencyの取組e-Gov"
    assert asked == []


class _Split(_Asked):
    """_Asked for a pattern that is asked to split a text."""

    def split(self, text, *args):
        self.asked.append(text)
        return self.pattern.split(text, *args)


def test_a_text_with_no_space_is_not_split_by_the_space_pattern(monkeypatch):
    """collapse_spaces (clean) splits a text at its runs of space with the regex SPACE_RUN only where the
    text holds a space of some kind: str.split finds none in a line set solid (43% of the corpus's lines),
    which comes back as it was. Every character the pattern takes for a space is one str.isspace
    takes for one, or U+200B or U+FEFF (asked on their own), so no text holding one skips the split; the
    texts come out as before."""
    from normalizers import text

    for o in range(0x110000):
        if not 0xD800 <= o <= 0xDFFF and text.SPACE_RUN.match(chr(o)):
            assert chr(o).isspace() or chr(o) in "\u200b\ufeff", hex(o)
    asked: list = []
    monkeypatch.setattr(text, "SPACE_RUN", _Split(asked, text.SPACE_RUN))
    solid = ["本計画は、地域の情報化を進める。", "Society5.0", "第１章"]
    assert [text.collapse_spaces(t) for t in solid] == solid and asked == []
    spaced = {"令 和 ４ 年": "令和４年", "地\u200b域": "地域", "x\ufeffy": "x y", "Society 5.0 を": "Society 5.0を", "\u3000本文": "本文"}
    assert {t: text.collapse_spaces(t) for t in spaced} == spaced and asked == list(spaced)


def test_a_grids_rule_directions_are_read_once_for_every_cell_the_figure_tests_box(monkeypatch):
    """page_flow._no_table's figure tests (cells.boxed_apart, cells.boxed_beyond) box each cell's text by the
    nearest rules around it (_ruled_box): the grid's rules are parted by direction once (cells.ruling) and
    each cell reads the parted lists — a rule's direction (Rule.horizontal) is not read again for every cell
    of the table. A ruled 12 × 4 table is a table, as before, and each rule is asked once."""
    from extractors import cells
    from extractors.records import Line, Rule, Span
    from extractors.rules_to_cells import TableGrid
    from extractors.settings import DEFAULT

    t, ls = DEFAULT.tables, DEFAULT.layout
    xs, ys = [72.0, 172.0, 272.0, 372.0, 472.0], [100.0 + 20 * k for k in range(13)]
    hs = [Rule(xs[0], y, xs[-1], y, 0.5) for y in ys]
    vs = [Rule(x, ys[0], x, ys[-1], 0.5) for x in xs]
    grid = TableGrid(xs, ys, vs, hs)
    lines = [Line(1, [Span("値", "MS-Mincho", 10.0, x + 5, y + 5, x + 15, y + 15, y + 14, ((x + 5, y + 5, x + 15, y + 15),), False)],
                  x + 5, y + 5, x + 15, y + 15) for x in xs[:-1] for y in ys[:-1]]
    table, _ = cells.fill_table(grid, lines, 1, ls, t)
    read: list[int] = []
    slot = Rule.__dict__["horizontal"]   # a slot set as the rule is made (Rule.__post_init__): each read counted
    monkeypatch.setattr(Rule, "horizontal", property(lambda r: read.append(1) or slot.__get__(r), slot.__set__))
    ruled, texts = cells.ruling(grid.verticals + grid.horizontals), cells.text_cells(table)
    assert len(texts) == 48
    assert not cells.boxed_apart(texts, [], ls.panel_touch, t.snap, ruled)
    assert not cells.boxed_beyond(table, texts, ruled, t.snap, t.row_snap)
    assert len(read) == len(hs) + len(vs)


def test_a_grids_rules_are_read_once_for_the_connector_test_not_once_per_inner_rule(monkeypatch):
    """cells.crossed_by_connector asks each rule on an inner boundary of the grid whether it leaves a box
    (a rule drawn across it at the frame, the frame's sides ending there): the grid's rules are read once
    (cells.ruling: direction, middle line, span) and each question finds the rules near a line by their
    middles, not by a scan of all the grid's rules per inner rule (quadratic in a wide grid). A table of
    40 columns whose column rules run on below its last row with its outer sides is a table, as before; a
    box of two cells whose middle rule runs on below it alone (a connector) is no table; each rule's
    direction is asked once."""
    from extractors import cells
    from extractors.records import Rule
    from extractors.rules_to_cells import TableGrid
    from extractors.settings import DEFAULT

    t = DEFAULT.tables
    xs, ys = [20.0 + 20 * k for k in range(41)], [100.0, 120.0, 140.0]
    vs = [Rule(x, ys[0], x, ys[-1] + 100, 0.5) for x in xs]   # all run on below, the sides too
    hs = [Rule(xs[0], y, xs[-1], y, 0.5) for y in ys]
    read: list[int] = []
    slot = Rule.__dict__["horizontal"]   # a slot set as the rule is made (Rule.__post_init__): each read counted
    monkeypatch.setattr(Rule, "horizontal", property(lambda r: read.append(1) or slot.__get__(r), slot.__set__))
    wide = TableGrid(tuple(xs), tuple(ys), tuple(vs), tuple(hs))
    assert not cells.crossed_by_connector(wide, cells.ruling(wide.verticals + wide.horizontals), [], t.snap, t.row_snap)
    assert len(read) == len(vs) + len(hs)
    read.clear()
    bx, by = (100.0, 200.0, 300.0), (100.0, 140.0)
    box = TableGrid(bx, by, (Rule(bx[0], by[0], bx[0], by[1], 0.5), Rule(bx[1], by[0], bx[1], by[1] + 60, 0.5),
                             Rule(bx[2], by[0], bx[2], by[1], 0.5)), tuple(Rule(bx[0], y, bx[2], y, 0.5) for y in by))
    assert cells.crossed_by_connector(box, cells.ruling(box.verticals + box.horizontals), [], t.snap, t.row_snap)
    assert len(read) == 5
def test_a_document_read_before_an_edition_file_is_built_before_that_files_read_comes(tmp_path, monkeypatch):
    """The files are read biggest first and their reads come to the parent in that order: a
    document read first is merged and rendered while the worker reads the edition's file,
    though the edition's file stands before it in the input (given on in input order, every
    read waited for the files before it in the input: with one worker, no document was built
    until the last of them was read). The datasets written are the same."""
    from samples.build_samples import build

    import pipeline.execute
    import pipeline.plan
    from pipeline.cli import main

    inputs = tmp_path / "in"
    (inputs / "2099").mkdir(parents=True)
    build(inputs / "2099", "2099")
    edition_files = sorted((inputs / "2099").glob("*.pdf"))
    document = _grid_page(inputs / "zz_grids.pdf")   # after the edition's files in the input
    doc = pymupdf.open(document)
    for _ in range(40):   # bigger than the edition's files: read first
        doc.insert_pdf(pymupdf.open(document), from_page=0, to_page=0)
    doc.save(inputs / "zz_big.pdf")
    document.unlink()
    assert all((inputs / "zz_big.pdf").stat().st_size > f.stat().st_size for f in edition_files)
    events: list[str] = []
    build_group, run_tasks = pipeline.execute.build_group, pipeline.plan.run_tasks

    def built(key, reads, bom):
        events.append("built " + ("document" if key.startswith("documents") else "edition"))
        return build_group(key, reads, bom)

    def tasks(*args, **kwargs):
        for task, res in run_tasks(*args, **kwargs):
            events.append("read " + Path(task.key).name)
            yield task, res
    monkeypatch.setattr(pipeline.execute, "build_group", built)
    monkeypatch.setattr(pipeline.plan, "run_tasks", tasks)
    assert main(["extract", str(inputs), "--out", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    assert events[:2] == ["read zz_big.pdf", "built document"], events   # before the edition's file came
    assert sorted(events[2:]) == sorted([f"read {f.name}" for f in edition_files] + ["built edition"]), events


class _Untouchable(dict):
    """A span whose characters fail the test when gathered past the first."""
    def __getitem__(self, key):
        if key == "chars":
            return _FirstOnly(dict.__getitem__(self, key))
        return dict.__getitem__(self, key)


class _FirstOnly(list):
    def __iter__(self):
        raise AssertionError("the span's characters were gathered")


def test_a_page_with_no_line_running_up_has_its_letters_counted_for_no_turn():
    """layout._printed_across counts a page's letters only where a line runs up the page."""
    from extractors.layout import _printed_across
    from extractors.settings import DEFAULT

    line = {"dir": (1.0, 0.0), "spans": [_Untouchable(chars=[{"c": "本"}, {"c": "文"}])]}
    assert _printed_across([line] * 50, DEFAULT.layout) is False


def test_a_line_opening_with_a_letter_is_no_typed_rule_by_its_first_letter_alone():
    """layout._typed_rule asks a line's first character before gathering the rest of them."""
    from extractors.layout import _typed_rule
    from extractors.settings import DEFAULT

    line = {"dir": (1.0, 0.0), "bbox": (0, 0, 500, 10), "spans": [_Untouchable(chars=[{"c": "本"}] * 80)]}
    assert _typed_rule(line, 595, 842, DEFAULT.layout) is False


def test_a_page_with_no_line_near_its_side_edges_has_no_strip_sought_in_its_lines_text():
    """furniture._outside_across asks whether any line stands near a side edge before it reads the
    lines' text (a margin strip is sought on every page; most have no line out there)."""
    from types import SimpleNamespace

    from extractors.furniture import _outside_across
    from extractors.settings import DEFAULT

    class Mute:
        x0, x1, y0, y1, size = 200.0, 400.0, 100.0, 110.0, 10.0

        @property
        def text(self):
            raise AssertionError("the line's text was read")

    page = SimpleNamespace(width=595.0, height=842.0, turned=False, number=1)
    assert _outside_across([Mute() for _ in range(30)], page, {}, DEFAULT.margins) == []


def test_a_box_by_box_reading_measures_glyphs_only_of_items_a_box_comes_near():
    """reading_order._text_boxes measures an item's glyphs (_extent) only where some box reaches it; an
    item far from every box is neither held nor crossed, and its frame stands for it."""
    from extractors.reading_order import _text_boxes

    class Far:
        x0, y0, x1, y1 = 300.0, 500.0, 500.0, 510.0

        @property
        def source(self):
            raise AssertionError("a far item's glyphs were measured")

    class Near:
        x0, y0, x1, y1, source = 60.0, 60.0, 160.0, 70.0, None

    kept, held = _text_boxes([Near(), Far(), Far()], [(50.0, 50.0, 200.0, 100.0)], 1.0)
    assert kept == [(50.0, 50.0, 200.0, 100.0)] and held == [[0]]


class _Subbed(_Asked):
    """_Asked for a pattern that is asked to replace its matches in a text."""

    def sub(self, repl, text, *args, **kwargs):
        self.asked.append(text)
        return self.pattern.sub(repl, text, *args, **kwargs)


def test_a_title_that_can_hold_no_date_is_not_searched_for_dates_as_a_schedule_entry(monkeypatch):
    """numbering.schedule_entry asks the date pattern (DATE: many forms, looked for at every character) only of a
    title in which a date can be found (dates.may_find_date: 年 and 月, a western year with its '.' or '/' after it,
    or an English month's name); most titles hold none. The entries and the titles are told as before, and
    may_hold_date and may_find_date are true of every text DATE finds a date in (1.5 and 1.5., a URL's slashes,
    a capital that opens no month's name are no date's)."""
    from extractors import numbering
    from normalizers.dates import DATE, may_find_date, may_hold_date

    for text in ("令和5年5月13日(土)", "平成三十年四月一日", "2024.4.19", "2020/4/1", "April 1, 2020", "1 May 2021",
                 "令和7年(2025年)3月", "令和8年7月吉日", "September 2019", "31stDecember2011", "x2019.12.1"):
        assert DATE.search(text) and may_hold_date(text) and may_find_date(text), text
    for text in ("1.5", "第1.5節", "https://www.example.go.jp/a/b", "AI戦略", "Ministry", "2019年度"):
        assert not DATE.search(text) and not may_find_date(text), text
    asked: list = []
    monkeypatch.setattr(numbering, "DATE", _Subbed(asked, DATE))
    titles = {"計画の概要": False, "基本的な考え方について": False, "第１章　総則": False}
    assert {t: numbering.schedule_entry(t) for t in titles} == titles and asked == []
    entries = {"令和5年5月13日(土)・20日(土)※": True, "令和5年度の取組": False}   # (read on the folded title)
    assert {t: numbering.schedule_entry(t) for t in entries} == entries and asked == ["令和5年5月13日(土)・20日(土)※"]


def test_a_text_that_closes_on_no_unit_is_not_asked_the_row_value_patterns(monkeypatch):
    """numbering.row_value (a fee schedule's row value: 1,250点, 所定点数の100分の80に相当する点数) asks ROW_VALUE and
    ROW_RATE only of a text whose last character (white space aside) is one a value closes on
    (numbering.ROW_VALUE_ENDS); a text of words ending otherwise is no value, its spaces not taken out."""
    from extractors import numbering

    asked: list = []
    monkeypatch.setattr(numbering, "ROW_VALUE", _Fullmatched(asked, numbering.ROW_VALUE))
    words = ["診療報酬の算定方法", "筋肉、臓器に達するもの（長径５センチメートル以上）", "第１条　目的", ""]
    assert [numbering.row_value(t) for t in words] == [False] * len(words) and asked == []
    values = {"1,250点": True, "８，６００ 点 ": True, "50％": True, "所定点数の100分の80に相当する点数": True, "3人の委員": False}
    assert {t: numbering.row_value(t) for t in values} == values
    assert asked == ["1,250点", "8,600点", "50%", "所定点数の100分の80に相当する点数"]


class _Fullmatched(_Asked):
    """_Asked for a pattern that is asked to match a whole text."""

    def fullmatch(self, text, *args):
        self.asked.append(text)
        return self.pattern.fullmatch(text, *args)


def test_a_line_that_opens_with_no_dates_character_is_not_matched_as_a_dating_line(monkeypatch):
    """line_roles.dating_line (a form's dating line: 令和３年２月１０日　…議長　殿) asks the date pattern of a line only
    where its first character may open a date (dates.may_open_date: an era's name, a figure, an English month's
    capital): every line's role asks it, and most lines open otherwise. Dating lines are told as before."""
    from extractors import line_roles
    from normalizers.dates import DATE
    from normalizers.text import clean

    asked: list = []
    monkeypatch.setattr(line_roles, "DATE", _Asked(asked, DATE))
    lines = ["本計画は、地域の情報化を進める。", "（目的）", "・施策の方向性", "第１条　この規程は"]
    assert [line_roles.dating_line(s) for s in lines] == [None] * len(lines) and asked == []
    dated = "令和3年2月10日 小平市議会議長 殿"
    assert line_roles.dating_line(dated).date == "令和3年2月10日" and asked == [clean(dated)]   # read cleaned
    assert line_roles.dating_line("2021年4月1日 施行") is None


def test_only_the_lines_of_a_page_holding_as_few_as_a_cover_are_read_for_a_title_page(monkeypatch):
    """headings.title_pages (a title page after the cover: few lines, one a date alone) cleans and reads the
    lines of a page only where the page holds no more lines than a cover (HeadingsSettings.cover_lines): a
    page of running text holds more, and its lines are not cleaned for it. The title page is found as before."""
    from types import SimpleNamespace

    from extractors import headings
    from extractors.records import TextLine
    from extractors.settings import DEFAULT

    def line(page: int, text: str) -> TextLine:
        return TextLine(page, 72.0, 100.0, 300.0, 110.0, 10.5, "MS-Mincho", text, text, None)   # type: ignore[arg-type]

    many = DEFAULT.headings.cover_lines + 1
    items = [line(2, f"本文の{k}行目である") for k in range(many)] + [line(3, "（別紙）"), line(3, "地域計画"), line(3, "令和4年4月")]
    cleaned: list = []
    monkeypatch.setattr(headings, "clean", lambda t: cleaned.append(t) or t)
    assert headings.title_pages(SimpleNamespace(items=items, settings=DEFAULT)) == {3}
    assert cleaned == ["（別紙）", "地域計画", "令和4年4月"]


def test_a_line_that_continues_a_paragraph_is_no_sections_line_by_its_role_alone(monkeypatch):
    """headings._section_line (a section's title in body type, or a line naming its topic …について) asks the
    line's role and size first: a line that opens with a space, continues the line above, is centred or is set
    in another size is none, and neither its spaces are taken out nor its topic sought (most lines)."""
    from types import SimpleNamespace

    from extractors import headings
    from extractors.settings import DEFAULT

    def untouched(*args):
        raise AssertionError("the line's topic was sought")
    monkeypatch.setattr(headings, "_names_topic", untouched)
    line = SimpleNamespace(size=10.5)
    flow = SimpleNamespace(body_size=10.5, settings=DEFAULT)
    for role in (dict(opens_space=True), dict(continues=True), dict(centred=True)):
        r = SimpleNamespace(**{"opens_space": False, "continues": False, "centred": False, **role})
        assert headings._section_line(0, "「土砂災害警戒区域等」について", line, r, flow) is None
    r = SimpleNamespace(opens_space=False, continues=False, centred=False)
    assert headings._section_line(0, "総　務", SimpleNamespace(size=16.0), r, flow) is None


def _spans_over_rules():
    """Spans on two rows (a raised small one on the first), spaces among their glyphs, and rules under
    some glyphs: a whole word, half a word, a rule too long for an underline, one under no baseline."""
    from extractors.records import Rule, Span

    def span(text: str, x: float, baseline: float, size: float) -> Span:
        boxes = tuple((x + k * size, baseline - size, x + (k + 1) * size, baseline + size * 0.2) for k in range(len(text)))
        return Span(text, "MS-Mincho", size, boxes[0][0], baseline - size, boxes[-1][2], baseline + size * 0.2,
                    baseline, boxes)
    spans = [span("見出し　の語", 72, 100, 10.5), span("注", 135, 95, 6), span(" 下線 ", 150, 100, 10.5),
             span("次の行", 72, 130, 10.5)]
    rules = [Rule(72, 101.5, 103.5, 102, 0.5), Rule(150, 102, 190, 102.5, 0.5), Rule(60, 131, 600, 131.5, 0.5),
             Rule(72, 160, 100, 160.5, 0.5)]
    return spans, rules


def test_an_underline_counted_span_by_span_as_glyph_by_glyph():
    """_mostly_underlined counts a line's underlined glyphs span by span (underlines.underlined_count: the rules
    under a span found once for it, no Glyph record made for its glyphs): the same counts as the glyphs'
    flags (underlined over glyphs_of, visible glyphs only), whatever rules stand under them."""
    from itertools import combinations

    from extractors.settings import DEFAULT
    from extractors.underlines import glyphs_of, underlined, underlined_count

    spans, rules = _spans_over_rules()
    u, ls = DEFAULT.underlines, DEFAULT.layout
    for n in range(len(rules) + 1):
        for some in combinations(rules, n):
            for part in (spans, spans[:1], spans[1:3], spans[3:]):
                flags = underlined(glyphs_of(part, ls, visible=True), list(some), u, u.title_length)
                assert underlined_count(part, list(some), u, ls, u.title_length) == (len(flags), sum(flags))
    assert underlined_count(spans, rules, u, ls, u.title_length)[1] > 0   # the example underlines some glyphs


def test_a_numbered_line_looks_back_for_a_note_by_its_text():
    """A numbered line asks whether it is an item of a schedule's note (schedule_rows.item_of_note) over the lines
    above it: a line with no 注 in its text, or of one span, opens no note, and its spans are not listed."""
    from extractors import schedule_rows
    from extractors.records import Line, Span, TextLine

    def line(text: str, y: float, parts: int = 1) -> TextLine:
        step = len(text) // parts or 1
        pieces = [text[k:k + step] for k in range(0, len(text), step)]
        spans, x = [], 72.0
        for p in pieces:
            boxes = tuple((x + k * 10, y - 10, x + (k + 1) * 10, y + 2) for k in range(len(p)))
            spans.append(Span(p, "MS-Mincho", 10.0, x, y - 10, boxes[-1][2], y + 2, y, boxes))
            x = boxes[-1][2]
        src = Line(1, spans, 72.0, y - 10, x, y + 2)
        return TextLine(1, 72.0, y - 10, x, y + 2, 10.0, "MS-Mincho", text, text, src)

    class _Spans(list):
        listed = 0

        def __iter__(self):
            _Spans.listed += 1
            return super().__iter__()
    lines = [line("本文の行です", 100 + 14 * k, parts=2) for k in range(6)] + [line("１　項目", 200)]
    for ln in lines:
        ln.source.spans = _Spans(ln.source.spans)
    flow = type("F", (), {"items": lines, "settings": __import__("extractors.settings").settings.DEFAULT,
                          "line": lambda self, k: lines[k]})()
    assert not schedule_rows.item_of_note(len(lines) - 1, lines[-1], flow)
    assert _Spans.listed == 0


def test_a_lines_column_bounds_asked_once_for_its_role(tmp_path, monkeypatch):
    """A line's role reads where its column's running text starts and ends (Flow.bounds) once: its indent, whether
    it reaches the edge (line_roles.reaches_edge, given the right edge) and whether it is centred (_centred, given
    both) read that one answer (it was asked twice for every line, three times for a line measured for centring).
    A line is asked once more only as the line before the next (_wrapped)."""
    from collections import Counter

    from extractors import line_roles
    from extractors.records import Flow

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((250, 90), "報告の概要", fontname=rc.GOTHIC, fontsize=rc.BODY)   # centred: measured for it
    for k, y in enumerate((130, 148, 166)):
        page.insert_text((72, y), "本文の行であり、次の行へと続く文を書いている" + "、続く" * (2 - k), fontname=rc.MINCHO,
                         fontsize=rc.BODY)
    doc.save(tmp_path / "lines.pdf")
    flow = build_flow(open_document(str(tmp_path / "lines.pdf")))
    asked: Counter = Counter()
    original = Flow.bounds

    def counted(self, line):
        asked[id(line)] += 1
        return original(self, line)
    monkeypatch.setattr(Flow, "bounds", counted)
    roles = line_roles.line_roles(flow)
    lines = [it for it in flow.items if hasattr(it, "text")]
    assert roles == flow.roles   # the same roles as build_flow read
    assert lines and all(asked[id(line)] >= 1 for line in lines)
    assert max(asked.values()) <= 2


def test_a_rules_direction_is_decided_as_it_is_made():
    """Rule.horizontal is decided once, as the rule is made (a slot, no property computed at each of the ~150k
    reads a corpus makes): the same answer as its geometry gives, after dataclasses.replace and a pickle's
    round trip (a worker's read sent to the parent) too; it takes no part in a rule's equality or hash."""
    import dataclasses
    import pickle

    from extractors.records import Rule

    for r in (Rule(1, 2, 30, 2.5, 0.5), Rule(5, 0, 5.4, 80, 0.4, True), Rule(0, 0, 3, 3, 1.0), Rule(0, 0, 0, 0, 0.0)):
        assert r.horizontal == ((r.x1 - r.x0) >= (r.y1 - r.y0))
        back = pickle.loads(pickle.dumps(r))
        assert back == r and hash(back) == hash(r) and back.horizontal == r.horizontal
        turned = dataclasses.replace(r, x1=r.x0, y1=r.y0 + 50)
        assert turned.horizontal is False
    assert "horizontal" not in repr(Rule(1, 2, 30, 2.5, 0.5))


def test_a_lines_japanese_letters_counted_as_character_by_character():
    """letters_face counts a multi-font span's characters that are neither ASCII nor white nor punctuation
    (typography._japanese_letters, by str's own loops and one compiled pattern): the same count as a test of each
    character, for every kind of white str.isspace names (the ideographic space, a no-break space, a line separator)
    and none it does not (a zero-width space, a BOM), and for the full-width marks (、（）「」) — no letters (below23) —
    nor a mathematical symbol (＝, ≥: below26's \\p{Sm})."""
    import unicodedata

    from extractors.typography import _japanese_letters

    texts = ["", "abc 12", "区分Ａ　α=0.85、β＝1.10", "\u3000\xa0\u2028\u205f\x85\u1680", "\u200b\ufeff語",
             " 注１　椎間又は椎弓\t", "ＡＢＣ　ｄｅｆ ghi", "（ａ）「語」，。・"]
    for text in texts:
        assert _japanese_letters(text) == sum(1 for ch in text if not ch.isascii() and not ch.isspace()
                                              and not unicodedata.category(ch).startswith("P")
                                              and unicodedata.category(ch) != "Sm"), text


def test_a_pages_commonest_size_is_counted_only_when_two_one_letter_pieces_meet_on_a_row(monkeypatch):
    """merge_fragments asks the size most of a page's letters are set in (typography.slide_body, a count over all its
    spans) only for a title letter-spaced to a width (_spread_letters: two pieces of one letter each on a row): a page
    whose pieces far apart on a row hold words never asks it (it was counted for every page); a page that sets
    総　　説 in a title's type asks it once, and the two letters are one line as before."""
    from extractors.settings import DEFAULT

    counted = _count_calls(monkeypatch, (page_flow,), "slide_body", lambda lines, default: len(lines))
    body = [_line("本文の行です。", 72, 100 + 20 * k) for k in range(4)]
    apart = body + [_line("左の語", 72, 300), _line("右の語", 400, 300)]
    merged = page_flow.merge_fragments(apart, DEFAULT.typography, DEFAULT.joining)
    assert len(merged) == 6 and counted == []
    spread = body + [_line("総", 150, 300, 20.0), _line("説", 330, 300, 20.0)]
    merged = page_flow.merge_fragments(spread, DEFAULT.typography, DEFAULT.joining)
    assert len(merged) == 5 and counted == [6]
    assert [ln.text.replace("\u3000", "").replace(" ", "") for ln in merged if ln.y0 == 300] == ["総説"]


def test_only_the_first_row_under_a_rule_is_joined_to_ask_if_the_rule_separates_notes(monkeypatch):
    """footnote_zone.separator asks of each short rule low on the page whether the first row under it opens a note
    (_separates): the lines under the rule are grouped into rows, and only the first row's pieces are joined into
    one line (all were, each row a Line made, for a count and the first); the separator found is the same."""
    from extractors import footnote_zone
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    joined = _count_calls(monkeypatch, (footnote_zone,), "_joined_row", lambda row, fn: row[0].text)
    text = [_line("本文の行です。" * 4, 72, 100 + 20 * k) for k in range(20)]
    mark = _line("1", 72, 640 + 10.5 * 0.88 - 6.0 * 0.88, 6.0)   # on the note's baseline, smaller: its mark
    notes = [mark, _line("注の本文です。", 80, 640), _line("注の続きです。", 72, 660), _line("注の終わり。", 72, 680)]
    rule = Rule(72, 630, 200, 630.5, 0.5)
    found = footnote_zone.separator(text + notes, [rule], 842, 10.5, set(), DEFAULT.footnotes, DEFAULT.underlines)
    assert found == rule and joined == ["1"]


def test_a_rows_band_rules_are_those_near_it_found_by_bisection():
    """cover._between_rules asks only the page's band rules (cover._band_rules: thin, no box's side) whose foot or
    top stands near the row (each row of a cover asked every rule of its page): it decides as the test of every rule
    did, rules at the gap's very edges and boxes' sides among them."""
    import random
    from extractors import cover
    from extractors.cover_row import CoverRow
    from extractors.records import Rule
    from extractors.settings import DEFAULT

    cp = DEFAULT.cover
    rng = random.Random(26)
    banded = 0
    for _ in range(400):
        y = rng.uniform(100, 700)
        row = CoverRow(y, y + 12, 12.0, "行", 100.0, 400.0)
        gap = cp.band_gap * row.size
        ats = [row.y0 - gap, row.y0, row.y1, row.y1 + gap] + [rng.uniform(y - 3 * gap, y + 12 + 3 * gap) for _ in range(6)]
        rules = [Rule(rng.choice((90.0, 101.0, 100.0 + cp.aligned)), at, rng.choice((410.0, 399.0, 400.0 - cp.aligned)),
                      at + rng.choice((0.0, 0.5, cp.band_rule + 0.1)), 0.5, box=rng.random() < 0.2)
                 for at in rng.sample(ats, 4)]

        def across(r: Rule) -> bool:
            return not r.box and r.y1 - r.y0 <= cp.band_rule and r.x0 <= row.x0 + cp.aligned and r.x1 >= row.x1 - cp.aligned
        every = any(0 <= row.y0 - r.y1 <= gap and across(r) for r in rules) \
            and any(0 <= r.y0 - row.y1 <= gap and across(r) for r in rules)
        assert cover._between_rules(row, cover._band_rules(rules, cp), cp) == every
        banded += every
    assert banded > 10, banded   # (the draws frame some rows)


def test_a_pages_tab_stacks_are_read_once_where_the_document_prints_no_tab(tmp_path, monkeypatch):
    """furniture.thumb_tabs reads each page's stacks of short rows outside the text (_stacks) to find the chapter
    tabs the document prints; where it prints none, take_furniture reads them no more (_tab_stacks read each page's
    twice, for the tabs and for the margin line numbers, to keep none); the flow is as before."""
    from extractors import furniture

    doc = open_document(str(_grid_page(tmp_path / "grids.pdf")))
    before = build_flow(doc)
    stacks = _count_calls(monkeypatch, (furniture,), "_stacks", lambda lines, ms: len(lines))
    assert build_flow(doc) == before
    assert len(stacks) == 2, stacks   # once a page, by thumb_tabs (it was three times)
