"""Every ruled table of a document as cells (tables.csv), wherever it stands:

    table_runs (fragments joined across page breaks) → cells_of_run (merged cells as drawn)

A fragment continues the table before it when that table ended its page, the fragment opens
the next one (under nothing but running lines, or under the lines printed over the table again:
a spreadsheet's print titles), and their columns line up. A merged cell is written once, at its top left, with
its row and column spans; its text is read from all the glyphs it holds, line by line.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extractors.geometry import baseline_rows
from extractors.cells import cell_lines
from extractors.line_roles import closes_sentence
from extractors.ministry_cells import SEPARATORS
from extractors.neighbours import printed_again, share_a_row
from extractors.numbering import NO_LETTER, part_alone
from extractors.records import Flow, Furniture, Row, Table, TableCell, TextLine
from extractors.row_stitching import columns_match
from extractors.settings import DEFAULT, Layout
from normalizers.text import fold_width, join_lines


def _running(flow: Flow, line: TextLine, other_page: int) -> bool:
    """The line is a running head or foot: the page next to it prints it again at its height (neighbours.printed_again;
    any line, whatever its type — here only so the fragment beside it may still end or open its page)."""
    return any(isinstance(it, TextLine) and it.page == other_page and printed_again(line, it, flow) for it in flow.items)


def _ends_page(flow: Flow, i: int) -> bool:
    page = flow.items[i].page
    return all(isinstance(it, TextLine) and (it.blank or _running(flow, it, page + 1))
               for it in flow.items[i + 1:] if it.page == page)


def _opens_page(flow: Flow, i: int, before: int = -1) -> bool:
    """Nothing stands over the fragment on its page but blank or running lines, or (`before`: the
    previous page's fragment) the lines printed over that one again (_titled_again)."""
    page = flow.items[i].page
    return all(isinstance(it, TextLine) and (it.blank or _running(flow, it, page - 1))
               for it in flow.items[:i] if it.page == page) or (before >= 0 and _titled_again(flow, i, before))


def _over(flow: Flow, i: int) -> list[TextLine]:
    """The lines over the fragment `i` on its page; a note laid over its cells (a callout inside its box, read
    before it) stands on it, not over it."""
    page, top = flow.items[i].page, flow.items[i].y0
    return [it for it in flow.items[:i] if it.page == page and isinstance(it, TextLine) and not it.blank and it.y0 < top]


def _headed(flow: Flow, over: list[TextLine], page: int) -> list[TextLine]:
    """The lines over a table's fragment less those the next page prints again as its running heads. Convention (a
    list's title printed again over its table on each page it runs over: the title heads the table on its first page,
    a running head on the next, furniture.continued_titles): what stands over the first fragment is its title, then
    the lines printed over every fragment."""
    heads = {f.text.strip() for f in flow.furniture if f.page == page and f.kind == "running_header"}
    return [ln for ln in over if ln.text.strip() not in heads] if heads else over


def _titled_again(flow: Flow, i: int, before: int) -> bool:
    """Convention (a spreadsheet's print titles: the sheet's title and legend printed again over
    the table on every page, the page's content shifted as a whole by the printer): the lines over
    the fragment `i` are, in order, the lines over the previous page's fragment `before`, each at
    the same height over its table (within `snap`), and they are all that stands over either.
    Convention (blind25c: a ministry's list, a bureau's grid continued under its caption row printed again —
    北例示労働局 … 最終更新日：… —, the list's title printed over the bureau's first page only): over the previous
    fragment, the lines over the caption rows it shares are the list's title over its first page, no part of them."""
    snap, page, prior = flow.settings.tables.snap, flow.items[i].page, flow.items[before].page
    mine = _unlabelled(flow, _over(flow, i), prior)
    theirs = _unlabelled(flow, _headed(flow, _over(flow, before), page), page)
    theirs = theirs[len(theirs) - len(mine):] if mine and len(theirs) > len(mine) else theirs
    if not mine or len(mine) != len(theirs) or not _boxes_again(flow, i, before):
        return False
    top, other = flow.items[i].y0, flow.items[before].y0
    return all(_same_title_row(a.text, b.text) and abs((top - a.y0) - (other - b.y0)) <= snap
               for a, b in zip(mine, theirs))


def _unlabelled(flow: Flow, lines: list[TextLine], other_page: int) -> list[TextLine]:
    """The lines less those the other page prints as its label (a form's 別紙４ read as the first page's stamp,
    furniture there, and as a line on the next: labels.label_lines reads a file's labels on its first page)."""
    labels = {f.text.strip() for f in flow.furniture if f.page == other_page and f.kind == "doc_label"}
    return [ln for ln in lines if ln.text.strip() not in labels]


# a print title's row closed by the page's own folio (（単位：円）　1頁): the row, then the folio
_FOLIO = regex.compile(r"^(.*?)\s*([0-9０-９]{1,3})\s*(?:頁|ページ)$")


def _same_title_row(mine: str, theirs: str) -> bool:
    """Convention (blind27a: a sheet's print titles close their unit row with the page's folio, (単位：円)　1頁 over the
    first page, (単位：円)　2頁 over the next): the rows are the same, or the same but for a folio counting on by one."""
    if mine.strip() == theirs.strip():
        return True
    a, b = _FOLIO.match(fold_width(mine.strip())), _FOLIO.match(fold_width(theirs.strip()))
    return bool(a and b) and a.group(1) == b.group(1) and int(a.group(2)) == int(b.group(2)) + 1


def _boxes_again(flow: Flow, i: int, before: int) -> bool:
    """Convention (blind27a: a statement's sheet prints, over its table on every page, a small ruled box naming the
    body and the accounts — 法人名 / 施設名 / 会計単位名 and their values): the ruled tables over the fragment `i` on its
    page are those over the previous page's fragment `before`, the last so many of them, each with the same rows'
    texts at the same height over its fragment (within `snap`). True where no table stands over `i` (nothing to match)."""
    page, prior = flow.items[i].page, flow.items[before].page
    mine = [it for it in flow.items[:i] if isinstance(it, Table) and it.page == page]
    theirs = [it for it in flow.items[:before] if isinstance(it, Table) and it.page == prior][-len(mine):] if mine else []
    top, other, snap = flow.items[i].y0, flow.items[before].y0, flow.settings.tables.snap
    return len(mine) == len(theirs) and all(_texts(a) == _texts(b) and abs((top - a.y0) - (other - b.y0)) <= snap
                                            for a, b in zip(mine, theirs))


def _texts(table: Table) -> list[list[str]]:
    """The table's cells' texts, row by row, each cell's lines joined (_boxes_again compares two boxes by them)."""
    return [["".join(c.text_lines).strip() for c in row.cells] for row in table.rows]


def table_runs(flow: Flow) -> list[list[Table]]:
    """The document's tables, each as its fragments in page order (a table printed across a spread one fragment
    of its two halves: _tables_of). A fragment continues the run of the last fragment ending the page before; a ruled
    box printed again over it first (_boxes_again) is a run of its own, no break between them."""
    runs: list[list[Table]] = []
    ends: dict[int, tuple[int, int, int]] = {}   # page → (run, first index, last index) of the last fragment ending on it
    for first, i, it in _tables_of(flow):
        tol = flow.settings.tables.columns_match
        r, before, last = ends.get(it.page - 1, (-1, -1, -1))
        if r >= 0 and it.page == last_page(runs[r][-1]) + 1 and _ends_page(flow, last) \
                and (_opens_page(flow, first, before)
                     and (columns_match(runs[r][-1], it, tol) or _fewer_columns(runs[r][0], it, tol, flow.settings.layout))
                     or _next_part(flow, first, before, runs[r], it)):
            runs[r].append(it)
        else:
            runs.append([it])
            r = len(runs) - 1
        ends[last_page(it)] = (r, first, i)
    return runs


def _next_part(flow: Flow, i: int, before: int, run: list[Table], frag: Table) -> bool:
    """Convention (blind28b: a table printed in numbered parts, one a page — a tax table's （一） over its first page,
    （二）…（七） over the next, each beside the range of rows the page holds, the whole header printed again on every
    page, and a bound booklet's pages set on alternate margins, every other page's grid shifted as a whole): the
    fragment `i` goes on the run whose last fragment stands at `before` when every line over it shares a row
    (neighbours.share_a_row) with a part's label alone in brackets (numbering.part_alone) counting on by one from a part label
    over that fragment, the fragment repeats the table's first row (_repeated_header) and its columns are the last
    fragment's, each as wide (_shifted_columns)."""
    over, ls = _over(flow, i), flow.settings.layout
    marks = [(ln, n) for ln in over if (n := part_alone(ln.text)) is not None]
    if len(marks) != 1 or not _shifted_columns(run[-1], frag, flow.settings.tables.columns_match):
        return False
    mark, n = marks[0]
    one_row = all(share_a_row(ln, mark, flow) for ln in over)
    return one_row and n - 1 in {part_alone(ln.text) for ln in _over(flow, before)} and _repeated_header(run[0], frag, ls) > 0


def _shifted_columns(a: Table, b: Table, tol: float) -> bool:
    """The two grids' columns line up once the second is moved by the offset of its left edge (within `tol`:
    row_stitching.columns_match, shifted)."""
    return columns_match(a, b, tol, b.columns[0][0] - a.columns[0][0] if a.columns and b.columns else 0.0)


def last_page(table: Table) -> int:
    """The page a fragment ends on: its own, or the facing page its right half is printed on (_beside)."""
    return table.page_end or table.page


def _tables_of(flow: Flow) -> list[tuple[int, int, Table]]:
    """The flow's tables in order, each as (index of its first piece, index of its last, table): a table printed
    across a spread (_spread) one table, its halves side by side (_beside)."""
    found = [(i, it) for i, it in enumerate(flow.items) if isinstance(it, Table)]
    out: list[tuple[int, int, Table]] = []
    k = 0
    while k < len(found):
        i, table = found[k]
        if k + 1 < len(found) and _spread(flow, (i, table), found[k + 1]):
            out.append((i, found[k + 1][0], _beside(table, found[k + 1][1])))
            k += 2
        else:
            out.append((i, i, table))
            k += 1
    return out


def _spread(flow: Flow, at_left: tuple[int, Table], at_right: tuple[int, Table]) -> bool:
    """Convention (a budget book's 第１表 printed across facing pages, 見開き: the left page's grid holds the 款 | 項
    of each row, the right page's grid the same rows' amounts, 補正前の額 | 補正額 | 計, under its unit （単位：千円）):
    the first table of the next page (`at_right`: its index in the flow and itself) whose rows stand level with the
    rows of the table ending the page before (`at_left`: nothing under it on its page) — as many rows, at least
    `spread_rows`, each row's top and foot within `snap` —, drawn on other columns under a header of other words, the
    rows' figures beside their labels (_labels_beside_figures), is that table's right half: one table across the spread. A table going on down the next page is drawn on the same
    columns (table_runs)."""
    (i, left), (_, right), t = at_left, at_right, flow.settings.tables
    if right.page != left.page + 1 or len(left.rows) != len(right.rows) or len(left.rows) < t.spread_rows:
        return False
    level = all(abs(a.y0 - b.y0) <= t.snap and abs(a.y1 - b.y1) <= t.snap for a, b in zip(left.rows, right.rows))
    return level and not columns_match(left, right, t.columns_match) and _ends_page(flow, i) \
        and _row_texts(left, 0, flow.settings.layout) != _row_texts(right, 0, flow.settings.layout) \
        and _labels_beside_figures(left, right, flow.settings.layout)


def _labels_beside_figures(left: Table, right: Table, ls: Layout) -> bool:
    """The halves of a spread (_spread): the left half's body names its rows — no cell of it figures alone
    (NO_LETTER: 150,214, △5,057) —, the right half's body is their figures alone. Two tables that each hold
    figures of their own (a region's budget and staff, then costs) printed at one height on facing pages are two."""
    mine = [x for r in range(1, len(left.rows)) for x in _row_texts(left, r, ls) if x.strip()]
    theirs = [x for r in range(1, len(right.rows)) for x in _row_texts(right, r, ls) if x.strip()]
    return bool(mine) and bool(theirs) and not any(NO_LETTER.match(x.strip()) for x in mine) \
        and all(NO_LETTER.match(x.strip()) for x in theirs)


def _beside(left: Table, right: Table) -> Table:
    """The two halves of a table printed across a spread (_spread) as one: the right half's columns after the left's
    (moved to abut them), each row's cells the left's then the right's, on the left's page to the right's."""
    dx, n = left.columns[-1][1] - right.columns[0][0], len(left.columns)
    rows = [Row(a.page, a.y0, a.y1, a.cells + b.cells) for a, b in zip(left.rows, right.rows)]
    merged = left.cells_as_drawn() + [(r, c + n, rs, cs) for r, c, rs, cs in right.cells_as_drawn()]
    return Table(left.page, left.x0, left.y0, left.x1 + right.x1 - right.x0, left.y1,
                 left.columns + [(x0 + dx, x1 + dx) for x0, x1 in right.columns], rows, None, merged,
                 left.open_top, left.open_foot, page_end=right.page)


def _edges(table: Table) -> list[float]:
    return [table.columns[0][0]] + [x1 for _, x1 in table.columns]


def _onto(first: Table, frag: Table, tol: float) -> list[int] | None:
    """Where each column edge of the fragment stands among the first fragment's (their indexes), when
    every one of them is one of the first's within `tol`; None otherwise."""
    mine, theirs = _edges(frag), _edges(first)
    out = [next((k for k, y in enumerate(theirs) if abs(x - y) <= tol), -1) for x in mine]
    return out if -1 not in out and out == sorted(set(out)) else None


def _fewer_columns(first: Table, frag: Table, tol: float, ls: Layout) -> bool:
    """Convention (a budget table's sub-items set in a narrow column of their own, ruled off only beside
    them, the header spanning it): on the next page, where no sub-item runs, that column is not drawn —
    the fragment goes on with fewer columns and no header printed again, each of its edges one of the
    table's, its outer edges the table's, and every edge it lacks one the table's header row does not
    draw (a header cell spans it). A fragment that prints the header again, whole, is a table of its own,
    unless every edge it lacks borders a column the table leaves empty (_empty_column)."""
    lacking = _lacking(first, frag, tol)
    if lacking is None:
        return False
    again = [t for t in _row_texts(frag, 0, ls) if t] == [t for t in _row_texts(first, 0, ls) if t]
    return not again or all(_empty_column(first, e - 1, ls) or _empty_column(first, e, ls) for e in lacking)


def _lacking(first: Table, frag: Table, tol: float) -> list[int] | None:
    """The table's column edges the fragment lacks, when it has fewer columns, each of its edges one
    of the table's, its outer edges the table's, and every edge it lacks one the table's header row
    does not draw; None otherwise."""
    m = _onto(first, frag, tol)
    if m is None or len(frag.columns) >= len(first.columns) or m[0] != 0 or m[-1] != len(first.columns):
        return None
    lacking = [e for e in range(1, len(first.columns)) if e not in m]
    spanned = {e for r, c, _, cs in first.cells_as_drawn() if r == 0 for e in range(c + 1, c + cs)}
    return lacking if all(e in spanned for e in lacking) else None


def _empty_column(table: Table, col: int, ls: Layout) -> bool:
    """Convention (a spreadsheet's blank margin column printed with its borders: a narrow strip
    beside a label column, one empty cell down the whole body, the header cell over it spanning
    it and its neighbour): no cell drawn in the column alone holds any text."""
    alone = [(r, c, rs, cs) for r, c, rs, cs in table.cells_as_drawn() if c == col and cs == 1]
    return bool(alone) and not any(_cell_text(table, r, c, rs, cs, ls).strip() for r, c, rs, cs in alone)


def _column_map(first: Table, frag: Table, tol: float) -> list[int]:
    """The fragment's column edges as the table's (the first fragment's) indexes: the same where they
    line up one to one, the first's where the fragment lacks a column (_fewer_columns)."""
    m = _onto(first, frag, tol) if len(frag.columns) < len(first.columns) else None
    return m if m is not None else list(range(len(frag.columns) + 1))


def _cell_text(table: Table, row: int, col: int, rowspan: int, colspan: int, ls: Layout) -> str:
    spans = [s for r in range(row, row + rowspan) for c in range(col, col + colspan)
             if r < len(table.rows) and c < len(table.rows[r].cells) for s in table.rows[r].cells[c].spans]
    return join_lines(cell_lines(spans, ls))


def _row_texts(frag: Table, row: int, ls: Layout) -> list[str]:
    return [_cell_text(frag, r, c, rs, cs, ls) if r == row else "" for r, c, rs, cs in frag.cells_as_drawn() if r <= row < r + rs]


def _repeated_header(first: Table, frag: Table, ls: Layout) -> int:
    """How many rows at the top of a continuation repeat the table's first rows (a header
    printed again on every page): counted once, at the start.
    Convention (a sheet's print titles over a page the table does not reach: 例示市小・中学校区一覧表's title, date and
    column-header row printed again over a page of notes): a continuation shorter than the table's first fragment whose
    every row repeats the table's first rows is that header alone — all its rows are the header's (none the rest of
    the row the page before ended on), and the table ends on the page before (cells_of_run)."""
    k = 0
    alone = len(frag.rows) < len(first.rows)   # only a header printed alone can repeat every row it has
    while k < min(len(first.rows), len(frag.rows) - (0 if alone else 1)):
        row = _row_texts(frag, k, ls)
        if not any(row) or row != _row_texts(first, k, ls):
            break
        k += 1
    return k


def _continues_row(frag: Table, row: int, cells: list[TableCell], ls: Layout, run_on: int, m: list[int]) -> bool:
    """The continuation's first row (under any repeated header) is the rest of the row the page
    broke when its first cell is empty, or when the row before ran on past the page's foot
    full (`run_on` FULL, whatever its first cell holds: a label broken too, 英語 | 正文): its
    cells lie in columns the row above has. Where a cell of it spans on down, empty (a label
    column printed once, above the break), the row beside it goes on only when the row before
    ran on (OPEN): rows of one line each under a spanning label are rows of their own. `m`: the
    fragment's column edges as the table's (_column_map)."""
    mine = [cell for cell in frag.cells_as_drawn() if cell[0] == row]
    if not cells or not mine or not _opens_as_rest(frag, mine, ls, run_on):
        return False
    last = max(c.row + c.rowspan - 1 for c in cells)
    if not run_on and not _label_above(cells, last):
        return False
    starts = {c.col - 1 for c in cells if c.row + c.rowspan - 1 == last}
    return all(m[c] in starts for _, c, _, _ in mine)


def _label_above(cells: list[TableCell], last: int) -> bool:
    """The row before the break holds its label: the table's first-column cell ending in its last
    row has text. Convention (an outline table, 款 | 項 | 金額 of a budget: a group's name on a row
    of its own, the first column left blank beside the group's sub-rows): an empty first cell under
    the break continues the row above only where that row's first cell is printed (the label set
    once, above the break); where it is blank too, the blank is the group's column, and a row of
    complete one-line cells under it (the row before ran not on: _run_on 0) is a row of its own."""
    return any(c.col == 1 and c.row + c.rowspan - 1 == last and c.text.strip() for c in cells)


def _opens_as_rest(frag: Table, mine: list[tuple[int, int, int, int]], ls: Layout, run_on: int) -> bool:
    """The row's cells (`mine`) may be the rest of a broken row (_continues_row): a cell
    spanning on down is empty and the row before ran on; a first cell holding text only
    when the row before ran on full."""
    spanning = [(c, rs, cs) for r, c, rs, cs in mine if rs != 1]
    if spanning and (run_on < OPEN or any(_cell_text(frag, mine[0][0], c, rs, cs, ls).strip() for c, rs, cs in spanning)):
        return False
    first = mine[0]
    return run_on == FULL or first[1] != 0 or not _cell_text(frag, first[0], 0, 1, first[3], ls).strip()


def _letters(line: list) -> tuple[str, float, float]:
    """A visual line's text, where its first visible glyph starts and where its last ends."""
    boxes = [box for s in line for ch, box in zip(s.text, s.char_boxes) if not ch.isspace()]
    return "".join(s.text for s in line).strip(), min((b[0] for b in boxes), default=0.0), max((b[2] for b in boxes), default=0.0)


OPEN, FULL = 1, 2   # how a row ran on past the page's foot (_run_on)
_JOINING = SEPARATORS - {"\n"}   # marks that join the parts of a name or a list: a cell ending on one is broken off


def _run_on(frag: Table, ls: Layout, edge: float) -> int:
    """How the fragment's last row ran on past the page's foot (Word lets a row break across
    pages): OPEN when every cell of it that wraps (two lines or more) ends with its sentence
    open (closes_sentence), one such cell at least; FULL when besides every such cell ends its
    last line full, at the cell's right side (within `edge` em): running text the page broke
    off. 0 otherwise: a cell of one line (a label, a number, a date) tells nothing, and a
    wrapped cell closed at the foot ends the row. Convention (blind28b: a tax table's columns of amounts, one
    figure a line set flush right down a whole page's row): a wrapped cell whose last line is a figure alone
    (NO_LETTER: 167,000, △5,057) tells nothing either — figures reach the cell's right side because they are set
    flush right, not because the page broke running text. Convention: a word processor sets a cell's
    text inside its sides by one padding left and right (Word's cell margins), so the right
    side a full line reaches is the cell's, less the padding its text keeps at the left. A cell of
    any length that ends on a joining mark (SEPARATORS: 高齢者等雇用安定・, a name or a list broken
    off) leaves the row OPEN at least."""
    wrapped, full = 0, True
    cells = _last_row(frag, ls)
    for c, cs, spans, lines in cells:
        if len(lines) < 2 or NO_LETTER.match(lines[-1][0]):
            continue
        text, _, end = lines[-1]
        if closes_sentence(text):
            return 0
        wrapped += 1
        padding = max(0.0, min(start for _, start, _ in lines) - frag.columns[c][0])
        full = full and end >= frag.columns[c + cs - 1][1] - padding - edge * max(s.size for s in spans)
    if wrapped:
        return FULL if full else OPEN
    return OPEN if any(lines and lines[-1][0][-1:] in _JOINING for _, _, _, lines in cells) else 0


def _last_row(frag: Table, ls: Layout) -> list[tuple[int, int, list, list[tuple[str, float, float]]]]:
    """The cells that end in the fragment's last row: (column, colspan, spans, visual lines with letters)."""
    last = len(frag.rows) - 1
    return _cells_where(frag, ls, lambda r, rs: r + rs - 1 == last)


def _cells_where(frag: Table, ls: Layout, keep) -> list[tuple[int, int, list, list[tuple[str, float, float]]]]:
    """The cells whose (first row, rowspan) `keep` takes: (column, colspan, spans, visual lines with letters)."""
    out = []
    for r, c, rs, cs in frag.cells_as_drawn():
        if keep(r, rs):
            spans = [s for rr in range(r, r + rs) for cc in range(c, c + cs) for s in frag.rows[rr].cells[cc].spans]
            out.append((c, cs, spans, [ln for ln in (_letters(row) for row in baseline_rows(spans, ls)) if ln[0]]))
    return out


def _goes_on_at_indent(above: Table, frag: Table, row: int, ls: Layout, tol: float) -> bool:
    """Convention (a 新旧対照表's long cells, which Word breaks across pages: the list of drug names under
    its group's name goes on at the next page's top, in both columns): the row the page broke goes on where
    every cell of the continuation's first row (`row`, under any repeated header) that holds text opens its
    first line at the indent (within `tol`) the same column's cell above the break set its last line at —
    an indent in from that cell's own text edge (its lines' leftmost start): an item of a list or an
    indented passage carried on, where a new row would open its text at the cell's edge. Both fragments
    drawn on the same columns."""
    if len(above.columns) != len(frag.columns):
        return False
    last = {c: lines for c, _, _, lines in _last_row(above, ls) if lines}
    first = [(c, lines) for c, _, _, lines in _cells_where(frag, ls, lambda r, _: r == row) if lines]

    def goes_on(c: int, lines: list[tuple[str, float, float]]) -> bool:
        before = last.get(c)
        if not before:
            return False
        indent = before[-1][1]
        return indent > min(start for _, start, _ in before) + tol and abs(lines[0][1] - indent) <= tol

    return bool(first) and all(goes_on(c, lines) for c, lines in first)


def _ran_on(run: list[Table], n: int, skip: int, ls: Layout, edge: float, tol: float) -> int:
    """How the row before fragment `n` ran on past its page's foot (_run_on): a row left open at the foot
    (no rule under it: page_flow.page_breaks) runs on FULL, and so does one whose list goes on at its
    indent on the next page (_goes_on_at_indent)."""
    if not n:
        return 0
    if run[n - 1].open_foot:
        return FULL
    run_on = _run_on(run[n - 1], ls, edge)
    return FULL if run_on == OPEN and _goes_on_at_indent(run[n - 1], run[n], skip, ls, tol) else run_on


def cells_of_run(table_id: int, run: list[Table], ls: Layout, source: str = "", edge: float = DEFAULT.tables.broken_row_edge,
                 tol: float = DEFAULT.tables.columns_match) -> list[TableCell]:
    """The run's cells, numbered on its first fragment's columns (a fragment with fewer columns
    placed on them: _column_map)."""
    out: list[TableCell] = []
    offset = 0
    skips = [_repeated_header(run[0], frag, ls) if n else 0 for n, frag in enumerate(run)]
    end = max(last_page(frag) for frag, skip in zip(run, skips) if skip < len(frag.rows))   # a header alone adds no page
    for n, frag in enumerate(run):
        skip = skips[n]
        m = _column_map(run[0], frag, tol)
        run_on = _ran_on(run, n, skip, ls, edge, tol)
        if n and _continues_row(frag, skip, out, ls, run_on, m):
            last = max(c.row + c.rowspan - 1 for c in out)
            ends = {c.col: i for i, c in enumerate(out) if c.row + c.rowspan - 1 == last}
            for _, c, rs, cs in (cell for cell in frag.cells_as_drawn() if cell[0] == skip):
                i = ends[m[c] + 1]
                more = _cell_text(frag, skip, c, 1, cs, ls)
                out[i] = replace(out[i], text=join_lines([out[i].text, more]), rowspan=out[i].rowspan + rs - 1)
            skip += 1
        for r, c, rs, cs in frag.cells_as_drawn():
            if r >= skip:
                out.append(TableCell(table_id, run[0].page, end, offset + r - skip + 1, m[c] + 1, rs,
                                     m[c + cs] - m[c], _cell_text(frag, r, c, rs, cs, ls), source))
        offset += len(frag.rows) - skip
    return out


def repeated_headers(flow: Flow) -> list[Furniture]:
    """The header rows a table prints again at the top of each continuation page: not rows of
    the table (counted once, at its start), kept as the page's furniture (kind table_header)."""
    ls = flow.settings.layout
    out = []
    for run in table_runs(flow):
        for frag in run[1:]:
            for r in range(_repeated_header(run[0], frag, ls)):
                out.append(Furniture(frag.page, "table_header", " | ".join(_row_texts(frag, r, ls))))
    return out


def table_cells(flow: Flow) -> list[TableCell]:
    """Cells of every ruled table of the flow, tables numbered from 1 (an edition's merge
    numbers them on across its files)."""
    return [cell for n, run in enumerate(table_runs(flow), start=1)
            for cell in cells_of_run(n, run, flow.settings.layout, flow.source, flow.settings.tables.broken_row_edge,
                                     flow.settings.tables.columns_match)]
