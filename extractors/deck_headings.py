"""A deck's headings: its slides' titles (LineRole.slide_title) and the section slides that part it, the tabs and
part titles set on a slide, the title printed again on a slide (_title_again), and a numbered item's figure closing
its row (row_figure) — what a slide sets inside it (bullets, captions, items) is its content, no heading.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import regex

from extractors.cover import cover_lines
from extractors.heading_candidate import Candidate
from extractors.line_roles import LineRole
from extractors.neighbours import next_item, rows_beside, shared_rows
from extractors.records import Flow, Table, TextLine
from extractors.schedule_rows import ends_in_value
from extractors.numbering import ENCLOSED_WHOLE, ANNEX_SLIDE, LATIN_TEXT, PART_MARKS, SYMBOL_MARKS, a_figure
from extractors.title_lines import figure_under, set_like, title_lines
from extractors.typography import slide_body
from normalizers.text import SPACES as _SPACES, clean



def slide_candidates(flow: Flow, printed: str = "") -> list[Candidate]:
    """A deck's headings are its slides' titles (LineRole.slide_title), and nothing set inside a
    slide (its bullets, box captions, numbered items are the slide's content). A title opening
    with a label of a numbering system nests by it; the others are siblings of one level, all
    of one typeset kind: a long title shrunk to fit its band (PowerPoint's autofit) ranks no
    lower than its neighbours. A section slide's title opens a part (convention: a divider
    slide, its title alone on it, parts a deck): the slides after it nest under it, up to the
    next section slide, whatever its size against their titles (dividers of 32 and 40 pt among
    titles of 28 to 36 pt); all section slides are of one rank. `printed`: the document's title as the first
    page prints it, where the cover read it (cover.printed_title); a slide's title that prints it again is none
    (_title_again)."""
    titles, opening = _with_sections(flow, [i for i, r in enumerate(flow.roles) if r is not None and r.slide_title])
    again = _title_again(flow, [i for i in titles if flow.roles[i].slide_title == "title"], printed)
    titles = [i for i in titles if i not in again]
    sizes = Counter(round(flow.line(i).size, 1) for i in titles if flow.roles[i].slide_title == "title")
    size = sizes.most_common(1)[0][0] if sizes else flow.body_size
    parts = max([flow.line(i).size for i in titles if flow.roles[i].slide_title == "section"] + [size])
    part = parts + flow.settings.typography.larger   # above every slide title's rank
    ranks = {"section": part, "title": size}   # a part's heading (no slide_title): its own size, under its slide's title
    is_cover = cover_lines(flow)[0]
    return [_candidate(i, flow, ranks, opening) for i in titles if not (is_cover and flow.line(i).page == 1)]


def _candidate(i: int, flow: Flow, ranks: dict[str, float], opening: set[int]) -> Candidate:
    """The candidate of a slide's title or part heading at line i: a part's head led by its mark (_marked_parts) ranked
    under the slides' titles; a part's head set wholly in brackets (_bracketed_topics) ranked no higher than under
    them; else _slide_candidate's."""
    if not flow.roles[i].slide_title and _marked(flow, i):
        return _marked_candidate(i, flow, ranks["title"] - flow.settings.typography.larger)
    if not flow.roles[i].slide_title and _set_in_brackets(flow.line(i)):
        c = _slide_candidate(i, flow, ranks, opening)   # a bracketed topic (_bracketed_topics): under the slides' titles
        return replace(c, size=min(c.size, ranks["title"] - flow.settings.typography.larger))
    return _slide_candidate(i, flow, ranks, opening)


def _marked_candidate(i: int, flow: Flow, below: float) -> Candidate:
    """The candidate of a part's heading led by its mark (_marked_parts): its title is the text in its own type, the
    mark and an aside set smaller on its row ((データ変遷イメージは参考3参照)) no part of it; ranked by its size, under
    the slides' titles (`below`) when it is set as large as they are (◆目的 in the title's 21 pt)."""
    line, near = flow.line(i), flow.settings.typography.near_size
    own = clean("".join(s.text for s in line.source.spans if abs(s.size - line.size) <= near)).strip()
    return Candidate(i, "title", "title", "", own[1:].strip(), False, True, min(line.size, below))


def _marked(flow: Flow, i: int) -> bool:
    """Line i opens with a part's mark (◆: numbering.PART_MARKS) or with a symbol font's glyph of one, a
    private-use code point (Wingdings' diamond U+F075: numbering.SYMBOL_MARKS), which the text's folding reads as a
    bullet. A line holding its mark again is two captions side by side on one row (◆… ◆… over a slide's two halves, as
    ■自転車活用推進本部における取組 ■各地域における取組の例 are set), no part's head."""
    text = flow.line(i).text.lstrip()
    c = text[:1]
    return bool(c) and (c in PART_MARKS or c in SYMBOL_MARKS) and c not in text[1:]


def _slide_candidate(i: int, flow: Flow, ranks: dict[str, float], opening: set[int]) -> Candidate:
    """The candidate of a slide's title or part heading at line i, ranked by `ranks` (its own size for a
    part's heading): by its label where it opens with one, its figure at its row's end cut (row_figure)."""
    line, role = flow.line(i), flow.roles[i]
    own = ranks.get(role.slide_title, line.size)
    m = role.numbering
    if m:
        return Candidate(i, m[0], m[1], m[2], _without_figure(m[3], row_figure(i, flow)), m[4], True, own)
    text = clean(line.text).strip()
    if role.slide_title == "title" and (annex := ANNEX_SLIDE.match(text)):
        under = flow.settings.typography.larger + flow.settings.typography.near_size   # past a title fitted to its band
        return _annex_candidate(i, annex, own - under if annex[2] else own)
    return Candidate(i, "title", "title", "", text, False, True, own,
                     centred=role.slide_title == "section" or i in opening)


def _annex_candidate(i: int, annex: regex.Match, rank: float) -> Candidate:
    """Convention (a deck's annexes, numbering.ANNEX_SLIDE: 別添1. 第1部関連 over the slide opening the annex, 別添1 A.
    AIに関する前提 over each slide of its parts): the annex's label with its stop (別添1.) heads the annex's slide, at
    the slides' titles' rank, and opens a part as a section slide does (centred: the slides of its parts nest under it
    up to the next slide in the titles' rank, however few they are); the annex's number and the part's capital
    (別添1 A.) label a part of it, ranked under the slides' titles (`rank` the caller's: below them by more than a
    long title condensed to fit its band differs from them, heading_levels._fitted_titles), so it nests under its
    annex's slide — the printed numbering gives the depth, not the type, which is the same on every slide."""
    label = f"{annex[1]} {annex[2]}." if annex[2] else f"{annex[1]}."
    return Candidate(i, "title", "title", label, annex[3].strip(), True, True, rank, centred=not annex[2])


def _title_again(flow: Flow, titles: list[int], printed: str) -> set[int]:
    """Flow indexes of the slides' titles that print the document's title again. Convention (a deck whose
    first slide prints its title over a summary, the first slide of the body printing it once more at its
    top in a set of its own — Overview of the Example / Programme for FY2026 in 24 pt over two rows,
    the first slide's in 19 pt on one, over Ⅰ …): a slide's title whose text is the document's title (spaces
    out, case folded; on one row or over the rows right under it in its type, a few at most) is the title
    repeated — a title page again — no heading: what is under it keeps its own depth. Unless the deck titles
    its slides so: the same title on another slide set in its type (face and size) makes it one of the slides'
    titles — a topic's title carried over consecutive slides in one type heads each (例示プロジェクトの概要
    over slides 1–3, …の例示マーク over the fourth in the same face and size). Another slide's own title set in
    the cover's type (a last slide's own title in the cover title's size) carries no title over: the cover's
    stays the document's, no heading (below26)."""
    whole = _folded(printed)
    if not whole:
        return set()
    same = [i for i in titles if _spells(i, whole, flow)]
    return {i for i in same if not any(flow.line(j).page != flow.line(i).page
                                       and set_like(flow.line(i), flow.line(j), flow, False, False) for j in same)}


def _folded(text: str) -> str:
    """A title's text as two printings of it compare: spaces out, case folded (Overview of the second /
    of the Second)."""
    return _SPACES.sub("", clean(text)).casefold()


def _spells(i: int, whole: str, flow: Flow) -> bool:
    """Line i alone, or with the rows right under it on its page set in its type, spells `whole`."""
    line, text = flow.line(i), _folded(flow.line(i).text)
    for j in [i, *rows_beside(i, 1, flow.settings.cover.max_title_rows - 1, flow)]:
        if j != i:
            if not set_like(line, flow.line(j), flow, False, True):
                return False
            text += _folded(flow.line(j).text)
        if text == whole or not whole.startswith(text):
            return text == whole
    return False


def _with_sections(flow: Flow, titles: list[int]) -> tuple[list[int], set[int]]:
    """The slides' titles with their parts' headings (_slide_sections), in order, and the titles
    of the slides set in parts (each opens the parts of its slide: they nest under it)."""
    parted = _slide_sections(flow, titles)
    pages = {flow.line(i).page for i in parted}
    return sorted(titles + parted), {i for i in titles if flow.line(i).page in pages and flow.roles[i].slide_title == "title"}


def _slide_sections(flow: Flow, titles: list[int]) -> list[int]:
    """Flow indexes of the headings of a slide's parts. Convention (a slide in parts, each under
    its band: 例示マークの目的 / 使用規約 under the slide's title): a line alone on a shaded band
    or in a frame of its own across its column (style "panel"), in bold, set larger than the
    slide's own body type and smaller than the slide's title, opening no list (no bullet), alone
    on its row (shared_rows), heads the part of the slide under it. The captions of a figure's
    boxes set side by side (本編 beside 別添) share their row; the figure's words are set in the
    body's size."""
    larger, shared = flow.settings.typography.larger, shared_rows(flow)
    figured = _figured_items(flow, shared)
    titled, top = _title_sizes(flow, titles, figured)
    under = _under_titles(flow, [i for i in titles if flow.roles[i].slide_title == "title"])
    untitled = {flow.line(i).page for i in figured} - set(titled)
    bodies = _slide_bodies(flow, set(titled) | untitled)
    out: list[int] = []
    for i, it in enumerate(flow.items):
        role = flow.roles[i]
        if isinstance(it, TextLine) and role is not None and (it.page in titled or i in figured) and not role.slide_title \
                and not role.mark and (bodies[it.page] + larger < it.size or _tab_over_text(i, it, role, bodies[it.page], flow)) \
                and _heads_a_part(i, it, role, titled.get(it.page, top), larger, (under, shared, figured)):
            out.append(i)
    out += _not_in(out, _banded_parts(flow, titled, shared) + _bracketed_topics(flow, titled, shared))
    return out + _recurring_tabs(flow, out, shared, (titled, bodies)) + _marked_parts(flow, titled, bodies, shared) \
        + _not_in(out, _numbered_parts(flow, shared, (titled, bodies)))


def _not_in(found: list[int], more: list[int]) -> list[int]:
    """The indexes of `more` not in `found`, in their order."""
    return [i for i in more if i not in found]


def _bracketed_topics(flow: Flow, titled: dict[int, float], shared: dict[int, set[int]]) -> list[int]:
    """Convention (a city's slide of merits in topics: （１次産業及び３次産業） / （２次産業、企業誘致、移住定住促進） /
    （災害対応）, each alone on its line at the text's left in the slide's text size, over the ・ item it heads): lines set
    wholly in brackets (numbering.ENCLOSED_WHOLE), alone on their rows, each right over a bulleted item, smaller
    than the slide's title, two or more on the slide, head its parts. One such line alone is an aside."""
    larger = flow.settings.typography.larger
    series: dict[int, list[int]] = {}
    for i, it in enumerate(flow.items):
        role = flow.roles[i]
        if isinstance(it, TextLine) and it.page in titled and role is not None and not role.slide_title \
                and not role.mark and i not in shared and it.size < titled[it.page] - larger \
                and _set_in_brackets(it) and _over_an_item(i, it, flow):
            series.setdefault(it.page, []).append(i)
    return [i for found in series.values() if len(found) >= 2 for i in found]


def _set_in_brackets(line: TextLine) -> bool:
    """The line is set wholly in one pair of round brackets, spaces out (numbering.ENCLOSED_WHOLE): a bracketed topic
    (_bracketed_topics), set under the slides' titles (_candidate)."""
    return ENCLOSED_WHOLE.match(_SPACES.sub("", clean(line.text))) is not None


def _over_an_item(i: int, line: TextLine, flow: Flow) -> bool:
    """The item after line i is a bulleted line on its page, in its size, starting where it starts (_bracketed_topics)."""
    k = next_item(i, flow)
    nxt, role = (flow.items[k], flow.roles[k]) if k is not None else (None, None)
    ty = flow.settings.typography
    return isinstance(nxt, TextLine) and role is not None and bool(role.mark) and nxt.page == line.page \
        and abs(nxt.size - line.size) <= ty.larger and abs(nxt.x0 - line.x0) <= ty.same_indent * line.size


def _banded_parts(flow: Flow, titled: dict[int, float], shared: dict[int, set[int]]) -> list[int]:
    """Convention (a city's slides in panels: 事業の概要 in white on a rounded blue band across the top of the panel
    listing the ship's particulars, 客 室 仕 様 on a band over the photographs of the rooms — regular weight, no larger
    than the slide's text): a caption on a band across the top of a region of a titled slide (TextLine.caption_band,
    typography._caption_bands: the band holds it alone and heads the region under it), centred on a band much wider
    than itself (_centred_on_band), alone on its row, no bullet, smaller than the slide's title, heads that region,
    a part of the slide — the band sets it apart, not its weight. A flow chart's boxes (組織情報の登録… filling its box
    from the left) and a bulleted line on a band are none."""
    larger = flow.settings.typography.larger
    return [i for i, it in enumerate(flow.items)
            if isinstance(it, TextLine) and it.caption_band is not None and it.page in titled
            and flow.roles[i] is not None and not flow.roles[i].slide_title and not flow.roles[i].mark
            and i not in shared and it.size < titled[it.page] - larger and _centred_on_band(it, flow)]


def _centred_on_band(line: TextLine, flow: Flow) -> bool:
    """The line stands in the middle of its caption band (within centred_axis ems) and fills at most
    band_caption_share of the band's width (_banded_parts): a panel's caption, no flow chart's box filled from the left."""
    band, hs = line.caption_band, flow.settings.headings
    if band is None:
        return False
    middle = (band[0] + band[2]) / 2
    return abs((line.x0 + line.x1) / 2 - middle) <= hs.centred_axis * line.size \
        and line.x1 - line.x0 <= hs.band_caption_share * (band[2] - band[0])


def _marked_parts(flow: Flow, titled: dict[int, float], bodies: dict[int, float], shared: dict[int, set[int]]) -> list[int]:
    """Flow indexes of the marked heads of a slide's parts. Convention (a slide in parts, each headed by a line led by
    a mark — ◆ データ連携の流れ / ◆ 二次利用条件の設定 over their ➢ items, ◆目的 / ◆データモデル / ◆提供 over their ✓ items,
    ◆ メタデータ登録方法 over a table; the mark a diamond, or a symbol font's glyph for one: _marked): a titled slide's line
    opening with such a mark, set larger than the slide's body type and no larger than its title, over a table or
    over a line set smaller than itself (its items, its text), beside nothing but smaller type on its row (an aside in
    brackets, a caption across the slide), heads the part under it. The slide's body type is measured as its title's is
    (typography.slide_title): the smaller of the slide's own and the document's, a slide's table not counted in its
    own. The same mark before lines in its own size is a list's bullet (● 連携のためのメタ / データフォーマットは in one
    size: an item of a box); an arrow or a tick (➢ メタデータは原則CC0, ✓ …) leads an item, never a part."""
    larger, out = flow.settings.typography.larger, []
    for i, it in enumerate(flow.items):
        if isinstance(it, TextLine) and it.page in titled and flow.roles[i] is not None and not flow.roles[i].slide_title \
                and _marked(flow, i) and min(bodies[it.page], flow.body_size) + larger < it.size <= titled[it.page] + larger \
                and all(flow.line(j).size < it.size - larger for j in shared.get(i, ())) and _over_its_part(i, it, flow):
            out.append(i)
    return out


def _over_its_part(i: int, line: TextLine, flow: Flow) -> bool:
    """The item after line i on its slide is a table, or a line set smaller than it (_marked_parts)."""
    k = next_item(i, flow)
    nxt = flow.items[k] if k is not None else None
    if isinstance(nxt, Table):
        return nxt.page == line.page
    return isinstance(nxt, TextLine) and nxt.page == line.page and nxt.size < line.size - flow.settings.typography.larger


def _numbered_parts(flow: Flow, shared: dict[int, set[int]], sizes: tuple[dict[int, float], dict[int, float]]) -> list[int]:
    """Convention (an English summary's slide in numbered parts: "1. Domestic and overseas economies have been hit
    ruinously" … "4. …" in bold Calibri over the bullets of each, "I. Measures to prevent …" / "II. Protecting …"
    in bold over the measures numbered 1. … 8. in a regular Times): lines in bold opening with labels of one
    numbering system, two or more on the slide, each alone on its row, no smaller than the slide's text and
    smaller than its title, head the slide's parts — the items under them, in the text's weight, are their
    content. A bold numbered line alone on its slide is an item set in bold. The lines are English (LATIN_TEXT): a
    Japanese slide's bold numbered items under a band's caption (これまでの取組 over "1. デジタルスキル標準(DSS)" and
    its text) are the band's content as the Japanese decks read them — not asked here."""
    titled, bodies = sizes
    larger = flow.settings.typography.larger
    series: dict[tuple[int, str], list[int]] = {}
    for i, it in enumerate(flow.items):
        role = flow.roles[i]
        if isinstance(it, TextLine) and it.page in titled and role is not None and role.numbering and role.numbering[2] \
                and not role.mark and not role.slide_title and "bold" in role.style and i not in shared \
                and LATIN_TEXT.match(it.text) is not None \
                and bodies[it.page] - larger <= it.size < titled[it.page] - larger:
            series.setdefault((it.page, role.numbering[0]), []).append(i)
    return [i for found in series.values() if len(found) >= 2 for i in found]


def _recurring_tabs(flow: Flow, found: list[int], shared: dict[int, set[int]],
                    sizes: tuple[dict[int, float], dict[int, float]]) -> list[int]:
    """Convention (a deck's recurring tabs: 本事務年度の主な実績 on one blue tab over a part of each theme's slide,
    alone on its row on one slide, level with the caption ＜…＞ of a chart in the slide's other half on the next):
    a tab (_a_tab) whose words head a part of another slide (`found`: _slide_sections) heads its part here as
    well, whatever stands level with it beyond its band — the slides' layout sets it, not this slide's row."""
    heads: dict[str, set[int]] = {}
    for i in found:
        heads.setdefault(_SPACES.sub("", clean(flow.line(i).text)), set()).add(flow.line(i).page)
    titled, bodies = sizes
    larger, own, out = flow.settings.typography.larger, set(found), []
    for i in sorted(shared):
        it, role = flow.line(i), flow.roles[i]   # (a shared row's lines are text lines)
        if i not in own and it.page in titled and role is not None and not role.slide_title \
                and _a_tab(it, role, bodies[it.page] - larger) and it.size < titled[it.page] - larger \
                and heads.get(_SPACES.sub("", clean(it.text)), set()) - {it.page}:
            out.append(i)
    return out


def _title_sizes(flow: Flow, titles: list[int], figured: set[int]) -> tuple[dict[int, float], float]:
    """Each titled slide's title size, by page, and the deck's largest. A slide whose items run on from the
    last (_figured_items) has no title of its own — none in its band, or one of those items there —: its
    items are measured against the deck's largest title, not against the item in its band."""
    titled = {flow.line(i).page: flow.line(i).size for i in titles if flow.roles[i].slide_title == "title"}
    top = max(titled.values(), default=flow.body_size)
    titled.update({flow.line(i).page: top for i in titles if i in figured})
    return titled, top


def _heads_a_part(i: int, line: TextLine, role: LineRole, title: float, larger: float,
                  found: tuple[set[int], dict[int, set[int]], set[int]]) -> bool:
    """A slide's line larger than its text (or a tab in its size: _a_tab) heads a part of it (_slide_sections):
    an item set with its figure, no larger than the title; or, alone on its row and smaller than the title, a
    line in bold on a band or in a frame of its own, or the subtitle right under the title."""
    under, shared, figured = found
    if i in figured:
        return line.size <= title + larger
    return ("panel" in role.style and "bold" in role.style or i in under) and i not in shared \
        and line.size < title - larger


def _tab_over_text(i: int, line: TextLine, role: LineRole, body: float, flow: Flow) -> bool:
    """Line i is a tab (_a_tab) in the slide's body size (`body`) over the part's text: the next line is
    set in that size, no larger. A tab over a figure — its next line the chart's label in larger type
    (Approximately 4.4% of real GDP on a tab over the frame of a chart, Approximately 3.3% under it in 20 pt)
    — captions the figure."""
    larger = flow.settings.typography.larger
    k = next_item(i, flow)
    nxt = flow.items[k] if k is not None else None
    return _a_tab(line, role, body - larger) and isinstance(nxt, TextLine) and nxt.page == line.page \
        and nxt.size <= body + larger


def _a_tab(line: TextLine, role: LineRole, body: float) -> bool:
    """Convention (a slide's captioned parts: 保険会社の社会的役割 / 環境変化と諸課題 / 本レポートの目的 in bold white on
    a blue tab over each part's box, in the slide's own body size): a line in bold alone on a band or in a frame
    of its own (TextLine.on_panel: typography._tab, _caption_bands), no smaller than the slide's text (`body`:
    a figure's word on a band is smaller), is set apart by its band and its weight, however near the text's
    size — a candidate for the head of the part under it."""
    return line.on_panel and "bold" in role.style and line.size >= body


def row_figure(i: int, flow: Flow) -> str:
    """Convention (an English budget slide: "Ⅱ Transfer to the special account … funds          ¥125.9bn", the
    item's words and its figure one text line, the figure flush right after more than an em of white): a
    deck's numbered line in bold that closes on a figure set apart so (ends_in_value) holds its figure at
    its row's end, as the items whose figure is a line of its own beside them do (_figure_beside) — no word
    of its title. The figure's text, or "" (none)."""
    line, role = flow.line(i), flow.roles[i]
    if not flow.deck or role is None or not role.numbering or "bold" not in role.style or not ends_in_value(line, a_figure):
        return ""
    return clean(next(sp.text for sp in reversed(line.source.spans) if sp.text.strip())).strip()


def _without_figure(title: str, figure: str) -> str:
    """The title with the figure at its end (row_figure) cut off."""
    bare = _SPACES.sub("", figure)
    cut = next((k for k in range(len(title) - 1, -1, -1) if _SPACES.sub("", title[k:]) == bare), None) if bare else None
    return title if cut is None else title[:cut].rstrip()


def _figured_items(flow: Flow, shared: dict[int, set[int]]) -> set[int]:
    """Flow indexes of a slide's item headings set with their figure. Convention (a budget slide:
    "１．新型コロナウイルス感染症緊急経済対策関係経費 …… 255,655億円", "（２）雇用の維持と事業の継続 ……
    194,905億円"): a line in bold opening with a label of a numbering system, its row shared only
    with its figure — an amount or a share alone, to its right, in the same size — heads the item
    listed under it (the bullets "・…〔953億円〕" are its content). Such items run on over the next
    slide, whose band then holds one of them as its title: they rank by their labels, not under it.
    `shared`: shared_rows."""
    out: set[int] = set()
    for i, it in enumerate(flow.items):
        role = flow.roles[i]
        if isinstance(it, TextLine) and role is not None and role.numbering and "bold" in role.style \
                and (_figure_beside(i, shared, flow) or figure_under(it, i, flow) is not None or _wrapped_figure(i, flow) is not None
                     or row_figure(i, flow)):
            out.add(i)
    return out


def _figure_beside(i: int, shared: dict[int, set[int]], flow: Flow) -> bool:
    """Line i shares its row only with a figure to its right, in its size (_figured_items)."""
    mates, it = shared.get(i, set()), flow.line(i)
    if len(mates) != 1:
        return False
    other = flow.line(next(iter(mates)))
    return other.x0 > it.x1 and abs(other.size - it.size) <= flow.settings.typography.larger and a_figure(other.text)


def _wrapped_figure(i: int, flow: Flow) -> int | None:
    """Convention (an English budget slide: "1. Develop preventive measures … medical treatment" wrapped over
    "structures, as well as pharmaceuticals ¥1,809.7bn"): the item's title wraps to a second row, hung past
    its label in its size and weight, and its figure stands alone at that row's end, in its size. The flow
    index of that row (the title's end), or None."""
    j, it = next_item(i, flow), flow.line(i)
    if j is None or not isinstance(nxt := flow.items[j], TextLine) or (role := flow.roles[j]) is None:
        return None
    hung = nxt.page == it.page and role.numbering is None and "bold" in role.style \
        and abs(nxt.size - it.size) <= flow.settings.typography.near_size \
        and nxt.x0 > it.x0 and nxt.y0 - it.y1 <= flow.settings.headings.title_gap * it.size
    return j if hung and _figure_ends(j, flow) else None


def _figure_ends(j: int, flow: Flow) -> bool:
    """The next line after row j is a figure alone (FIGURE) level with it, to its right, in its size."""
    row, k = flow.line(j), next_item(j, flow)
    if k is None or not isinstance(fig := flow.items[k], TextLine):
        return False
    return fig.page == row.page and fig.x0 > row.x1 and fig.y0 < row.y1 and row.y0 < fig.y1 \
        and abs(fig.size - row.size) <= flow.settings.typography.near_size and a_figure(fig.text)


def item_rows(i: int, flow: Flow) -> list[int]:
    """The lines a heading's title runs on to (title_lines); a deck's numbered item wrapped to the row its
    figure closes (_wrapped_figure) runs on to that row alone; one whose own row closes on its figure
    (row_figure) ends there."""
    role = flow.roles[i]
    if flow.deck and role is not None and role.numbering and (k := _wrapped_figure(i, flow)) is not None:
        return [k]
    return [] if row_figure(i, flow) else title_lines(i, flow)


def _under_titles(flow: Flow, titles: list[int]) -> set[int]:
    """Flow indexes of the lines that open a slide's text right under its title, flush with it (the
    next line of the flow, on the title's page, starting within half an em of the title's left edge),
    short (a plain title's length, headings.short_title) and no sentence (no 、 or 。 in it).
    Convention (a slide's subtitle: 自転車月間の広報活動 under 令和２年…について, set apart by its size
    alone, no band): such a line, larger than the slide's text, heads its part. A lead message under
    the title (…のルール作り、イノベーション創出を引き続き主導) is the slide's text.
    Convention (a title band of two lines, both centred: "２．これまでの取り組みについて" over
    "(1)厚生労働省「…」の活動"): the line right under a centred title, centred on the same axis, in
    bold, no sentence, either short or opening with a label of a numbering system, is the slide's
    subtitle: it heads the slide's part (the section line above it is repeated on each slide)."""
    indent, short = flow.settings.typography.same_indent, flow.settings.headings.short_title
    out: set[int] = set()
    for t in titles:
        title, nxt = flow.line(t), next_item(t, flow)
        line = flow.items[nxt] if nxt is not None else None
        bare = _SPACES.sub("", clean(line.text)) if isinstance(line, TextLine) else ""
        if nxt is None or not isinstance(line, TextLine) or line.page != title.page or any(c in bare for c in "。、，,"):
            continue
        flush = abs(line.x0 - title.x0) <= indent * line.size and len(bare) <= short
        if flush or _centred_under(line, title, flow.roles[nxt], len(bare) <= short, indent):
            out.add(nxt)
    return out


def _centred_under(line: TextLine, title: TextLine, role: LineRole | None, short: bool, indent: float) -> bool:
    """A subtitle centred on a centred title's axis (not flush with it), in bold, short or
    opening with a label of a numbering system (_under_titles)."""
    return abs(line.x0 + line.x1 - title.x0 - title.x1) / 2 <= indent * line.size \
        and abs(line.x0 - title.x0) > indent * line.size and role is not None and "bold" in role.style \
        and (short or role.numbering is not None)


def _slide_bodies(flow: Flow, pages: set[int]) -> dict[int, float]:
    """Each of the slides' own body size (typography.slide_body), by page."""
    lines: dict[int, list] = {}
    for it in flow.items:
        if isinstance(it, TextLine) and not it.blank and it.page in pages:
            lines.setdefault(it.page, []).append(it.source)
    return {page: slide_body(ls, flow.body_size) for page, ls in lines.items()}
