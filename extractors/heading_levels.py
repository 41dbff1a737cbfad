"""The depth of each kept heading in the document's own tree (nest): a system met inside another nests one level
below it, one met again closes the levels under it; an unnumbered title sits under the nearest heading set in larger
type; named divisions of a legal text (編 > 章 > 節 > 款 > 目) rank above every item system; 【…】 bands and items share a
level; a system keeps the depth it usually has in the document.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from extractors.heading_candidate import Candidate, candidate_text
from extractors.line_roles import letters_span, text_left
from extractors.numbering import ATTACHMENT_STAMP, BAND_ALONE, BESIDE, BY_NAME, FOLLOWS, OUTLINE, SLOT, TOP, decimal_outer, first_in_part, \
    first_label, folded, label_number
from extractors.article_headings import names_a_law
from extractors.neighbours import next_item
from extractors.records import Flow, TextLine
from normalizers.dates import whole_date
from normalizers.text import SPACES as _SPACES


def _slot(c: Candidate) -> str:
    """Headings of one system are siblings wherever they meet (items and bands share a slot). Lines
    marked as headings are a system per mark (a budget's ◆ measures over their ○ sub-measures)."""
    if c.system == "mark":
        return c.system + c.label
    return "title" if c.system == "title" else SLOT.get(c.system, c.system)


def _kind_of(c: Candidate, slot: str, flow: Flow) -> tuple:
    """A system as typeset: a bold 12 pt ① and a plain 10.5 pt ① usually sit at different
    depths of one document. Underlines are left out: a rule under a line is as often a
    separator as a mark."""
    return (slot, round(c.size * 2) / 2, flow.line(c.index).bold)


_INNER = "<"   # a tiered slot's inner level: its slot name and this mark


def _tiered_slots(kept: list[Candidate], step: float, indents: list[float], inward: float) -> list[str]:
    """Each heading's slot. Convention (a white paper: "1 生成AIが抱える課題" on a band, then
    "❶ 主要なLLMの概要" set smaller and numbered again from 1 under it): a system whose heading set
    smaller than the last heading of its system by `step` or more opens its count again (its first
    label) numbers a level under that one; its headings set that much smaller are that level. So does
    one whose count starts again `inward` further in than that last heading (`indents`: each one's
    from its column's text, _indent; an English version's 1. "Region under alert…" set deep inside
    its (ii), its parts 1. … 5. at the margin): its headings set that far in are that level."""
    slots = [_slot(c) for c in kept]
    last: dict[str, tuple[float, float]] = {}
    outer: dict[str, float] = {}   # slot: the size of its outer level, once a count restarts under it
    outer_left: dict[str, float] = {}   # slot: where its outer level starts, once a count restarts further in
    for c, slot, left in zip(kept, slots, indents):
        if c.system == "title" or c.kind == "band":
            continue
        if slot in last and first_label(c.label):
            if slot not in outer and c.size <= last[slot][0] - step:
                outer[slot] = last[slot][0]
            elif slot not in outer_left and left >= last[slot][1] + inward:
                outer_left[slot] = last[slot][1]
        last[slot] = (c.size, left)
    return [slot + _INNER if slot in outer and c.size <= outer[slot] - step
            or slot in outer_left and left >= outer_left[slot] + inward else slot
            for c, slot, left in zip(kept, slots, indents)]


_Open = tuple[str, float, bool, float, bool]   # an open level: slot, size, on a panel, where its line starts,
# set apart by another typeface than the body's


def _nest_once(kept: list[Candidate], kinds: list[tuple], usual: dict[tuple, str | None] | None,
               nest_size: float, lefts: list[float], indent: float,
               faces: list[bool], boxed: list[bool] | None, tops: list[bool],
               anew: list[str | None], heads: set[int]) -> tuple[list[int], list[str | None]]:
    """Depths by a stack of open levels, and the slot each heading was found under. With
    `usual` (each typeset kind's usual parent slot), a heading met right under its usual
    parent's own usual parent keeps its usual depth: the level it skips is held open.
    `lefts`: where each heading's line starts; `indent`: what counts as further in; `faces`:
    whether each is set apart by another typeface than the body's; `boxed`: whether each is a boxed
    title (TextLine.boxed). Convention (a poster's sheet: its title set large at the top, the sections
    under it boxed, 自治体におけるＤＸの定義 in its frame): a boxed title right after a title at the
    top set larger nests under it — the title at the top, a sibling of what follows elsewhere,
    heads the boxes under it. `tops`: whether each heading stands at the top whatever is open (a
    letter's list of enclosures: _lists_enclosures); `anew`: the level each closes as it opens a part
    numbered anew beside it (_parts_numbered_anew), None for most; `heads`: the unnumbered titles at the top that
    open a level all the same (_titles_over_smaller, _boxes_over_outline, _titles_over_marks_unsized)."""
    stack: list[_Open] = []
    depths: list[int] = []
    parents: list[str | None] = []
    parent_of = {kind[0]: p for kind, p in (usual or {}).items()}
    bands_only = False   # only bands (【応募方法】 in a call's cover box) are open, opened at the top
    aside = False   # an aside's label (_aside_label) opened at the top is open: titles in its block nest under it
    for c, kind, left, face, top_level, beside in zip(kept, kinds, lefts, faces, tops, anew):
        slot = kind[0]
        stack += _sheet_title(len(depths), kept, kinds, depths, lefts, faces, None if stack else boxed, nest_size)
        _close_top_bands(stack, c, bands_only, nest_size, top_level)
        _close_further_in(stack, c, left, indent)
        _close_level(stack, beside)
        aside = _close_in_aside(stack, c, slot, nest_size, face, aside, top_level)
        bands_only = _top_bands_open(stack, c, bands_only, beside is not None)
        top = stack[-1][0] if stack else None
        parents.append(top)
        skipped = usual.get(kind) if usual else None
        if c.system != "title" and skipped is not None and skipped not in (top, "title", _ANGLE) and parent_of.get(skipped) == top \
                and not (top is None and _outranks(skipped, c.system)):   # nothing of its outline stands above it;
            # an unnumbered title is a line's own, no level of an outline held open where it is not printed
            # (１．基本方針 before the part （参考）… whose own １．… outnumber the body's), and so is a ＜…＞ band
            # heading its run (_angle_bands_over_bands: ① under （２） is no part of a label printed elsewhere)
            stack.append((skipped, c.size, False, left, face))
        if _opens_level(c, bool(stack), heads):
            stack.append((slot, c.size, c.panel, left, face))
        depths.append(max(len(stack), 1))
    return depths, parents


def _close_in_aside(stack: list[_Open], c: Candidate, slot: str, nest_size: float, face: bool, aside: bool,
                    top_level: bool) -> bool:
    """_close, a title held in the block of an aside's label open at the top (`aside`); whether such a
    label is open after the heading (it opens one at the top: `top_level`)."""
    _close(stack, c, slot, nest_size, face, aside and bool(stack) and stack[0][0] in _BAND_SLOTS)
    return (top_level and c.kind == "band") or (aside and bool(stack))


def _opens_level(c: Candidate, nested: bool, heads: set[int]) -> bool:
    """Whether the heading opens a level the headings after it nest in: any but a title at the top (`nested`
    False), which stays a sibling of what follows — but a letter-spaced one in the middle (主　文) opens a part,
    and one over marked headings set smaller heads them (`heads`: _titles_over_smaller)."""
    return c.system != "title" or nested or c.centred or c.index in heads


def _titles_over_smaller(kept: list[Candidate], nest_size: float) -> set[int]:
    """Flow indexes of unnumbered titles that head the marked headings after them. Convention (a budget
    summary's bands: "生活に困っている学生等や芸術家・アスリート等の支援" white on black in 16 pt over its
    measures "◆困窮学生等に対する支援　153 億円" in 14 pt): a title set larger than the heading right after
    it, which opens with a heading mark (numbering.HEADING_MARKS), heads it, though it stands at the top.
    Convention (a report's appendix, 付録：基本用語の定義 in 13 pt over its groups 金融機関決算関連 … in 12 pt, after
    the boxes beside the chapters): so does a title set larger than the unnumbered titles right after it, two
    or more in one size — its parts; one smaller line after a poster's title is a remark beside it."""
    return {c.index for c, nxt, then in zip(kept, kept[1:], kept[2:] + [None])
            if c.system == "title" and nxt.size < c.size - nest_size
            and (nxt.system == "mark" or (nxt.system == "title" and then is not None and then.system == "title"
                                          and abs(then.size - nxt.size) <= nest_size))}


def _titles_over_marks_unsized(kept: list[Candidate], flow: Flow) -> set[int]:
    """Flow indexes of unnumbered titles that head the marked headings after them where no type size is known.
    Convention (a scanned flyer's bands, 資格確認書等について over its "○…" items, on an OCR'd page: Flow.ocr_pages,
    every span at the layer's one size, ocr_layer.at_one_size): the OCR keeps no size to tell a band set
    larger by (_titles_over_smaller asks one), and a title set apart there right over a heading mark's line
    on its page heads it, as a title set larger does."""
    return {c.index for c, nxt in zip(kept, kept[1:])
            if c.system == "title" and nxt.system == "mark" and (page := flow.line(c.index).page) in flow.ocr_pages
            and flow.line(nxt.index).page == page}


def _laws_over_articles(kept: list[Candidate], flow: Flow) -> set[int]:
    """Flow indexes of the laws' names that head the articles quoted under them (article_headings.names_a_law: 特許法 over
    (特許の要件) / 第29条 …): each opens a level at the top, its articles one under it; each stands at the top whatever is
    open (the next law's name the first's sibling)."""
    return {c.index for c in kept if names_a_law(c, flow)}


def _boxes_over_outline(kept: list[Candidate], nest_size: float) -> set[int]:
    """Flow indexes of unnumbered titles that head the numbered sections after them. Convention (a survey
    report's section boxes: 分析の概要 / 分析の詳細 white on a blue box at the column's left edge, each over its
    own series Ⅰ．… / （１）… in a Gothic on no box): a title set apart on a band or a tab of its own right
    before a numbered heading on none heads that series, as the part it names — however equal their sizes;
    so does one right before a numbered heading on a band set smaller (by more than `nest_size`: a 公用文
    guide's part 基本的な考え方 on a 16 pt band over its section "１ 公用文作成の在り方" on a 12 pt band).
    Convention (a concept paper's chapters on blue bands, their numbers printed as pictures — the text layer holds
    概要, アーキテクチャ記述の基本要素 alone —, each over its sections １.１ … and ２.１ …): the series a band heads may
    open at its part's first section, N.1 (numbering.first_in_part), not only at 1."""
    return {c.index for c, nxt in zip(kept, kept[1:])
            if c.system == "title" and c.panel and (not nxt.panel or nxt.size < c.size - nest_size)
            and nxt.system != "title" and nxt.kind != "band" and (first_label(nxt.label) or first_in_part(nxt.label))}


def _sheet_title(k: int, kept: list[Candidate], kinds: list[tuple], depths: list[int], lefts: list[float],
                 faces: list[bool], boxed: list[bool] | None, nest_size: float) -> list[_Open]:
    """The level to open under the k-th heading (_nest_once): the title at the top right before it,
    set larger, when it is a boxed title (`boxed` None where a level is open already)."""
    if not (boxed and k and boxed[k]):
        return []
    above = kept[k - 1]
    if above.system == "title" and depths[k - 1] == 1 and above.size > kept[k].size + nest_size:
        return [(kinds[k - 1][0], above.size, above.panel, lefts[k - 1], faces[k - 1])]
    return []


def _close_top_bands(stack: list[_Open], c: Candidate, bands_only: bool, nest_size: float,
                     top_level: bool = False) -> None:
    """A band opened at the top (【応募方法】 in a call's cover box) heads a passage, never the numbered
    outline after it: a numbered heading closes bands that alone are open (`bands_only`). Convention (a
    budget summary's group band: 【経済対策】 in 18 pt over its parts Ⅰ … Ⅳ in 17 pt): bands set larger
    than the heading (by more than `nest_size`) head the outline after them, as the type says. A heading
    that stands at the top whatever is open (`top_level`: a letter's list of enclosures) closes all."""
    if top_level or (bands_only and c.kind != "band" and c.system != "title"
                     and not any(size > c.size + nest_size for _, size, *_ in stack)):
        stack.clear()


def _top_bands_open(stack: list[_Open], c: Candidate, bands_only: bool, part: bool = False) -> bool:
    """Whether, with c open, only bands opened at the top are open — a band that opens a part numbered
    anew (`part`: _parts_numbered_anew) heads the outline under it, as a part's title does: not such a band."""
    return c.kind == "band" and not part and (bands_only or not stack)


def _close_further_in(stack: list[_Open], c: Candidate, left: float, indent: float) -> None:
    """Convention: a band heads a passage under the heading it follows, as a sub-heading — but a
    公用文 outline (１ > （１） > …) sets each level in by a step, so a band set further out than an
    open level of that outline stands outside it: 【みなし同一法人】 at the text's edge after a （４）
    set in by a character is （４）'s sibling, under what （４） stands under. Such a band closes the
    innermost open levels of that outline whose lines start further in than its own (an article's
    commentary band, a band under a section's title, stays under it)."""
    if c.kind != "band":
        return
    while stack and stack[-1][3] > left + indent and OUTLINE.get(stack[-1][0], ("",))[0] == "公用文":
        stack.pop()


def _close(stack: list[_Open], c: Candidate, slot: str, nest_size: float, face: bool = False,
           aside: bool = False) -> None:
    """Close the levels a heading ends: for a numbered one, its own slot and what is under it
    (for one of the 法令 outline, also any level of its rank or below: 第N部 closes 第N);
    for an unnumbered title, every level set in type no larger than its own — but a title in the
    body's typeface (`face` False: set apart by weight alone) leaves open a level set apart by
    another typeface at its size (1.1 in bold Gothic over a bold Mincho title): it ranks under it. An
    appendix (付録1) closes every open level: it stands beside the body's outline, not under its last
    section; a reference section (参考１) closes every level under the part or appendix it is in (_holds_parts).
    A remark appended to the items before it (（付）) takes the level of the heading before it.
    An unnumbered title no larger than an aside's label open at the top (`aside`: _aside_label) stands in
    the block it names.
    A heading on a band (or in a frame of its own) first closes the open level set so and all
    under it: the headings a document sets on bands are one level, whatever their labels
    (参照文献 beside １ … ５) — but for bands that nest (_band_over)."""
    if _closed_by_place(stack, c):
        return
    if c.panel:
        at = next((k for k, entry in enumerate(stack) if entry[2] and not _band_over(entry, c, nest_size)), None)
        if at is not None:
            del stack[at:]
    _close_supplementary(stack, c)
    _close_in_division(stack, c, nest_size)
    if c.system == "title":
        _close_by_size(stack, c, nest_size, face, _band_holds(stack, c) or (aside and c.size <= stack[0][1] + nest_size))
        return
    while stack and stack[-1][0] == "title" and stack[-1][1] + nest_size < c.size:
        stack.pop()   # no heading nests under a title set in smaller type (a plan's goals on 20 pt banners
        # after its 11 pt 全体像): the title heads what is set no larger than itself
    at = _closes_at(stack, c, slot)
    if at is not None:
        del stack[at:]


def _closed_by_place(stack: list[_Open], c: Candidate) -> bool:
    """Close what a heading of a system with a fixed place closes (_close); whether it is one: an appendix closes
    every open level, a remark appended to items (（付）) the level of the heading before it, a reference section
    (参考１) every level under the part or appendix it is in."""
    if c.system in TOP:
        stack.clear()
    elif c.system in FOLLOWS:   # （付） after a section's items: their sibling, in the level of the one before it
        del stack[-1:]
    elif c.system in BESIDE:   # 参考１ after a part's numbered sections: under the part, beside its sections
        del stack[next((k for k, entry in enumerate(stack) if not _holds_parts(entry[0])), len(stack)):]
    else:
        return False
    return True


def _band_over(entry: _Open, c: Candidate, nest_size: float) -> bool:
    """Convention (a 公用文 guide's commentary: its part 基本的な考え方 on a 16 pt band, its sections "１ 公用文作成の
    在り方" on 12 pt bands under it, their items "（1）…" on bands of another tint under those): bands nest where
    their type or their numbering says so — an open band set larger than the heading (by more than
    `nest_size`) heads it, and so does an open numbered band of another system than the heading's numbered one
    (（1） under １, as off bands). An unnumbered band, and a band of the open band's own system at its size,
    is its sibling."""
    slot, size = entry[0], entry[1]
    if size > c.size + nest_size:
        return True
    return c.system != "title" and c.kind != "band" and slot not in ("title", _slot(c)) \
        and slot not in _BAND_SLOTS and not slot.startswith("mark")


def _parts_numbered_anew(kept: list[Candidate], kinds: list[tuple]) -> list[str | None]:
    """Convention (terms of use in two parts: sections １．… ７．, then a part titled on a 【…】 band over
    sub-sections numbered １．１, １．２ …): a decimal label names in its first number the section (N.) it
    stands under; a band right over decimals counting from 1 again (1.1) while the last section before it
    is not 1 (７．) opens a part of its own, numbered anew: it stands beside those sections, not under the
    last one (its decimals are not that section's). For each heading, the slot of the sections' level such
    a band closes (_close_level), None for any other heading (a band over 7.1 stays under ７．)."""
    out: list[str | None] = [None] * len(kept)
    for k in range(len(kept) - 1):
        c, nxt = kept[k], kept[k + 1]
        outer = decimal_outer(nxt.label) if c.kind == "band" and nxt.system == "decimal" else None
        section = next((j for j in range(k - 1, -1, -1) if kept[j].system == "number"), None)
        if outer == 1 and section is not None \
                and label_number(("number", "", kept[section].label, "", False)) not in (None, 1):
            out[k] = kinds[section][0]
    return out


def _close_level(stack: list[_Open], slot: str | None) -> None:
    """Close the open level of `slot` and every level under it (None: nothing)."""
    at = next((k for k, entry in enumerate(stack) if entry[0] == slot), None) if slot is not None else None
    if at is not None:
        del stack[at:]


def _close_supplementary(stack: list[_Open], c: Candidate) -> None:
    """Convention of 法令・規約: 附則 (the supplementary provisions) holds provisions only — its
    paragraphs, captioned or not — and closes the rules' text; a band after it (【参考】 over notes
    appended to a 規約) opens a part beside the rules, never one under 附則."""
    if c.kind != "band":
        return
    at = next((k for k, entry in enumerate(stack) if entry[0] == "supplementary"), None)
    if at is not None:
        del stack[at:]


# the bands' systems (【…】, ＜…＞, ［…］): their slots (_BAND_SLOTS), and a ＜…＞ band opening a run of them (_angle_bands_over_bands)
_BANDS = ("band", "angle_band", "bracket_band")
_BAND_SLOTS = frozenset(SLOT.get(name, name) for name in _BANDS)
_ANGLE = "angle_band"   # the slot of a ＜…＞ band heading a run of its own (_angle_bands_over_bands)


def _band_holds(stack: list[_Open], c: Candidate) -> bool:
    """Convention (notes appended to a 規約 under 【参考】, each topic on a line of its own: 「…」について):
    a section's title set apart by its line alone (`apart`) stands in the block the band over it
    names — under the innermost open level that is not such a title, when that level is a band's."""
    if not c.apart:
        return False
    level = next((entry[0] for entry in reversed(stack) if entry[0] != "title"), None)
    return level in _BAND_SLOTS


# Convention (a 告示's appendix: 付　録 alone at the margin, then its 用　例　集 centred under it): an appendix named alone on
# its line, with no number and no title of its own (numbering appendix_alone), holds the titles after it — they are its
# parts, whatever their size; the next appendix or a numbered heading that outranks it closes it
# Convention (an English statute's sections, each under its title in bold at the body's size — Short title,
# Interpretation —, its number opening its text): a named division of an English text (PART I, Division 1:
# numbering english_part, english_division, english_chapter) holds the section titles under it, whatever their size
# — its next division, or one that outranks it, closes it
_HOLDS_TITLES = frozenset({"appendix_alone", "english_part", "english_chapter", "english_division"})


def _close_by_size(stack: list[_Open], c: Candidate, nest_size: float, face: bool, in_band: bool = False) -> None:
    """An unnumbered title closes every level set no larger than its own, but one in the body's
    typeface (`face` False) leaves open a level set apart by another typeface at its size; one that
    stands in a band's block (`in_band`: _band_holds) closes only the titles under the band. The title of a
    division's first provisions (Candidate.provisions) has closed what it closes already (_close_in_division)."""
    if c.provisions:
        return
    if in_band:
        while stack and stack[-1][0] == "title":
            stack.pop()
        return
    while stack and stack[-1][1] <= c.size + nest_size and stack[-1][0] not in _HOLDS_TITLES \
            and not (not face and stack[-1][4] and stack[-1][1] + nest_size >= c.size):
        stack.pop()


def _holds_parts(slot: str) -> bool:
    """An open level that holds parts of a document, not sections: an appendix (付録６), a part
    (第１部, Ⅰ.) or an unnumbered title."""
    system = BY_NAME.get(slot)
    return slot == "title" or slot in TOP or (system is not None and system.kind == "part")


def _closes_at(stack: list[_Open], c: Candidate, slot: str) -> int | None:
    """Where a numbered heading closes the stack: at its own slot's level, or one of its fixed
    outline it outranks; a tiered system's inner level (_tiered_slots) closes its own level only."""
    inner = slot.endswith(_INNER)
    return next((k for k, (s, *_) in enumerate(stack)
                 if s == slot or (not inner and (_outranks(c.system, s) or _division_over(c.system, s)))), None)


def division(system: str) -> bool:
    """The system is a named division of a legal text (numbering.System.division: 第N部, 第N章, 第N節, 第N款 …)."""
    found = BY_NAME.get(system)
    return found is not None and found.division


def _close_in_division(stack: list[_Open], c: Candidate, nest_size: float) -> None:
    """Convention (a division's general provisions: 第10部 手術 over 通則 over its items, then 第１節): the title
    of a division's first provisions (Candidate.provisions) stands under the innermost open division, whatever
    was open under it; a division closes such a title (and any unnumbered title set no larger than itself)
    open after the last division — the provisions end where the next division opens (nothing else closes
    for such a title: _close)."""
    if c.provisions:
        at = next((k for k in range(len(stack) - 1, -1, -1) if division(stack[k][0])), None)
        if at is not None:
            del stack[at + 1:]
        return
    while division(c.system) and stack and stack[-1][0] == "title" and stack[-1][1] <= c.size + nest_size \
            and any(division(entry[0]) for entry in stack):
        stack.pop()


def _division_over(system: str, open_slot: str) -> bool:
    """Convention (a statute's or a 告示's named divisions: 編 > 章 > 節 > 款 > 目, and 部 above 章/節 where a
    text uses it — numbering.System.division): a named division ranks above every numbered or lettered item
    system, wherever the items opened first. A 第１節 after item (2) of a part's 通則 is that item's parent's
    sibling, never its child: it closes the open items (a part, an appendix, a title stays open)."""
    mine, other = BY_NAME.get(system), BY_NAME.get(open_slot)
    return mine is not None and mine.division and other is not None and not other.division \
        and OUTLINE.get(open_slot, ("",))[0] != "第" and other.kind not in ("part", "appendix", "title") \
        and not (other.top or other.beside)


def _outranks(system: str, open_slot: str) -> bool:
    """The system stands above or beside an open level in one fixed outline (第1部 closes a 第7:
    the outline never inverts)."""
    mine, other = OUTLINE.get(system), OUTLINE.get(open_slot)
    return mine is not None and other is not None and mine[0] == other[0] and mine[1] <= other[1]


def _fitted_titles(kept: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention (a newsletter's item titles in one face, 14 pt, the longest, 物価高対応子育て応援手当, set in 13.6 pt
    to fit its column): an unnumbered title filling its column's measure (both its ends within an em of the
    column's edges: Flow.bounds), set in the face of the title before it and smaller by no more than
    `typography.near_size`, was condensed to fit — it is set in that title's type and ranks with it."""
    near = flow.settings.typography.near_size
    out: list[Candidate] = []
    for c in kept:
        before = next((p for p in reversed(out) if p.system == "title"), None)
        line = flow.line(c.index)
        left, right = flow.bounds(line)
        if c.system == "title" and before is not None and before.size - near <= c.size < before.size \
                and line.font == flow.line(before.index).font and line.x0 - left <= c.size and right - line.x1 <= c.size:
            c = replace(c, size=before.size)
        out.append(c)
    return out


def nest(kept: list[Candidate], flow: Flow) -> list[int]:
    """The depth of each heading in the document's own tree (1 = top): a system met inside
    another nests one level below it, one met again closes the levels under it, an unnumbered
    title sits under the nearest heading in larger type; a system keeps the depth it usually
    has in this document when one of its instances skips a level (① right under 2.)."""
    nest_size = flow.settings.headings.nest_size
    hs = flow.settings.headings
    kept = _fitted_titles(kept, flow)
    lefts = [letters_span(flow.line(c.index))[0] for c in kept]
    margin = min((flow.text_left or text_left(flow)).values(), default=0.0)
    tiers = _point_left_out(kept, _angle_bands_over_bands(kept, _tiered_slots(kept, hs.restart_size,
                                                       [_indent(flow.line(c.index), flow, margin) for c in kept],
                                                       hs.restart_indent * flow.body_size)), flow, nest_size)
    kinds = [_kind_of(c, slot, flow) for c, slot in zip(kept, tiers)]
    over = _numbered_over_titles(kept, kinds, lefts, flow.settings.typography.same_indent * flow.body_size) \
        | _over_underlined_titles(kept, kinds, flow)
    faces = [((role := flow.roles[c.index]) is not None and "typeface" in role.style) or k in over or _spaced_part(c, flow)
             or _signed_part(c, flow) for k, c in enumerate(kept)]
    indent = flow.settings.typography.same_indent * flow.body_size
    boxed = [flow.line(c.index).boxed for c in kept]
    laws = _laws_over_articles(kept, flow)
    tops = [_lists_enclosures(c, flow) or _aside_label(k, kept, lefts, indent, flow) or c.index in laws for k, c in enumerate(kept)]
    anew = _levels_closed_anew(kept, kinds, flow)
    heads = _titles_over_smaller(kept, nest_size) | _boxes_over_outline(kept, nest_size) | _titles_over_marks_unsized(kept, flow) | laws
    _, parents = _nest_once(kept, kinds, None, nest_size, lefts, indent, faces, boxed, tops, anew, heads)
    seen: defaultdict[tuple, Counter] = defaultdict(Counter)   # (a kind's Counter made once, not once per heading)
    for kind, parent in zip(kinds, parents):
        seen[kind][parent] += 1
    usual = {kind: c.most_common(1)[0][0] for kind, c in seen.items()}
    return _nest_once(kept, kinds, usual, nest_size, lefts, indent, faces, boxed, tops, anew, heads)[0]


def _angle_bands_over_bands(kept: list[Candidate], tiers: list[str]) -> list[str]:
    """Convention (a manual's procedure: ＜受入調整の手順＞ over its steps 【かかりつけ医療機関】 / 【ブロック代表者】 / …,
    each a 【…】 band over its framed box, all at one indent): a ＜…＞ band that opens the bands of its part (the heading
    before it is no band) and whose next heading is a 【…】 band heads the run of them — a slot of its own, one level
    over theirs —, though the two kinds of band share a slot where they stand apart (numbering: both "circled"). One of
    a series of ＜…＞ siblings (＜甲業種＞ / ＜乙業種＞ over 【例：…】) stays their sibling.
    Convention (a call for applications' definition: ＜中小企業者の定義＞ over its remarks, then ①　会社又は個人 and
    ②　組合又は連合会, each over its table): such a band whose next heading opens a numbered series of the bands' slot
    (① — numbering.first_label) heads that series as it heads a run of 【…】 bands (_heads_its_run) — where no item of
    that slot stands right before it (a band after an item (ⅳ) is that item's sibling, the ① after it theirs)."""
    return [_ANGLE if c.system == "angle_band" and k + 1 < len(kept) and _heads_its_run(kept[k + 1], kept[k - 1] if k else None)
            and (k == 0 or kept[k - 1].system not in _BANDS) else tier
            for k, (c, tier) in enumerate(zip(kept, tiers))]


def _point_left_out(kept: list[Candidate], tiers: list[str], flow: Flow, nest_size: float) -> list[str]:
    """Convention (a 募集要項's sections on black bands: "1 事業の目的", then "2. 当事業の募集対象" … "12. 問い合わせ先"):
    a first label with no point (1, numbering's bare_number) whose next heading is the series' second with its point
    (2.), set as it is — its size, its weight, on a band or off one alike —, opens that series: the typist left out
    one point, it is no system of its own over the rest."""
    out = list(tiers)
    for k, (c, nxt) in enumerate(zip(kept, kept[1:])):
        if c.system == "bare_number" and first_label(c.label) and nxt.system == "number" \
                and label_number(("number", "", nxt.label, "", False)) == 2 and abs(c.size - nxt.size) <= nest_size \
                and c.panel == nxt.panel and flow.line(c.index).bold == flow.line(nxt.index).bold:
            out[k] = tiers[k + 1]
    return out


def _heads_its_run(nxt: Candidate, before: Candidate | None) -> bool:
    """The heading right after a ＜…＞ band opening its part (`before`: the heading before the band) is what the band
    heads (_angle_bands_over_bands): a 【…】 band, or the first item of a series that shares the bands' slot (①), no item
    of that slot right before the band."""
    if nxt.system == "band":
        return True
    return nxt.kind != "band" and _slot(nxt) == SLOT["band"] and first_label(nxt.label) \
        and (before is None or _slot(before) != SLOT["band"])


def _levels_closed_anew(kept: list[Candidate], kinds: list[tuple], flow: Flow) -> list[str | None]:
    """For each heading, the slot of the level it closes as it opens a part beside it (_close_level): a band over
    a part numbered anew (_parts_numbered_anew), an attachment's first heading (_attachment_opens); None for most."""
    opens = _attachment_opens(kept, kinds, flow)
    return [slot if slot is not None else opens.get(k) for k, slot in enumerate(_parts_numbered_anew(kept, kinds))]


def _attachment_opens(kept: list[Candidate], kinds: list[tuple], flow: Flow) -> dict[int, str]:
    """Convention (a ministry's 事務連絡 and its （別紙）: the letter's outline Ⅰ … Ⅱ, then, at the top right of a later
    page, （別紙） alone over the criteria it sends, their own outline １ … ３ with (1) (2) under it): an attachment's
    label (numbering.ATTACHMENT_STAMP: 別紙, 別添, numbered or not, bracketed or bare) taken out as the page's stamp
    (furniture doc_label) where it is first printed on a page after the first opens a paper of its own there: the
    first heading from that page on closes the outline the text before it numbered — its outermost level (the
    first numbered heading's) and all under it —, so that its １ is no child of the letter's Ⅱ. A title at the top
    over the whole file stays open over the attachment (入札公告（個別編） over its 別添's ３ 総合評価に関する事項, 審査報告書
    over its 別紙's 審査報告（1）). A label first printed on the first page labels the whole file (a stamp repeated on
    every page): it opens nothing. For each such heading (its position in `kept`), the slot it closes (_close_level)."""
    first: dict[str, int] = {}
    for f in flow.furniture:
        text = _SPACES.sub("", f.text)
        if f.kind == "doc_label" and ATTACHMENT_STAMP.match(text):
            first.setdefault(text, f.page)
    out: dict[int, str] = {}
    for p in {p for p in first.values() if p > 1}:
        k = next((k for k, c in enumerate(kept) if flow.line(c.index).page >= p), None)
        outer = None if k is None else next((kinds[j][0] for j in range(k) if kept[j].system != "title"), None)
        if k is not None and outer is not None:
            out[k] = outer
    return out


def _spaced_part(c: Candidate, flow: Flow) -> bool:
    """Convention (a judgment's parts: 主　　文, 理　　由, letter-spaced in the middle of the row, in the body's type):
    such a part's title holds the unnumbered titles set flush in its type after it (上告代理人…の上告理由について
    under 理由) — they rank under it, as a title in the body's face ranks under a heading set in another
    typeface (the `faces` of nest); the next part's title closes it."""
    role = flow.roles[c.index]
    return c.system == "title" and c.centred and role is not None and role.letter_spaced


def _signed_part(c: Candidate, flow: Flow) -> bool:
    """Convention (a review report bound after the ministry's cover: 審査報告書 centred in bold, under it flush right
    its date and the body that signs it, 独立行政法人 医薬品医療機器総合機構; its parts 審査結果 and 審査報告（1） centred so
    at their pages' tops, each dated under its title, none signed again): a part's title (Candidate.centred) signed
    under it — a date alone on the next row, then a row naming the issuer, both flush right in the body's type —
    titles the paper its issuer signs, and the titles set like it after it, only dated, are the paper's parts: they
    rank under it, as a title in the body's face ranks under one set apart by another typeface (the `faces` of nest)."""
    if c.system != "title" or not c.centred:
        return False
    line = flow.line(c.index)
    rows = [j for j in (next_item(c.index, flow),) if j is not None]
    rows += [j for j in (next_item(rows[0], flow),) if j is not None] if rows else []
    if len(rows) < 2 or not all(isinstance(flow.items[j], TextLine) and flow.items[j].page == line.page
                                and _flush_right(j, flow) for j in rows):
        return False
    return date_alone(flow.line(rows[0]).text) and not date_alone(flow.line(rows[1]).text) \
        and flow.roles[rows[1]].numbering is None and "。" not in flow.line(rows[1]).text


def _flush_right(i: int, flow: Flow) -> bool:
    """Line i, in the body's style, starts past its column's middle and ends at its right edge."""
    role, line = flow.roles[i], flow.line(i)
    left, right = flow.bounds(line)
    start, end = letters_span(line)
    return role is not None and not role.style and start > (left + right) / 2 \
        and end >= right - flow.settings.typography.same_indent * line.size


def date_alone(text: str) -> bool:
    """The row is a date and nothing else (normalizers.dates.whole_date, the row folded and its white space out)."""
    return whole_date(_SPACES.sub("", folded(text)))


def _numbered_over_titles(kept: list[Candidate], kinds: list[tuple], lefts: list[float], indent: float) -> set[int]:
    """Positions of numbered headings that head the unnumbered titles set in their type. Convention (a web
    page's sections: "(1) Preventing COVID-19 …" in bold 9 pt over a box whose topics are bold 9 pt lines
    with no number): where a numbered series is followed, after each of its headings, by unnumbered titles
    in its size and weight, and no such title stands before its first, the titles are its sections' topics
    — they rank under it, as a title set in another typeface than the body's ranks under a heading set in
    one (the `faces` of nest). A series with such a title before it (はじめに before １．…, おわりに after)
    is the titles' sibling. Convention (a prefecture's sheet: １ and ２ in bold at the left, the topics under １ set
    further in, then a 【参考】 band in their type flush with ２ over a table of its own): where the titles under some
    of the series stand further in than their heading (`lefts`, past `indent`), those are its topics and a title
    flush with the heading before it is none — that heading heads no title, the title follows as its sibling; where
    all stand flush with theirs (the web page's topics), all are topics."""
    out: set[int] = set()
    for kind in {kinds[k] for k, c in enumerate(kept) if c.system != "title"}:
        members = [k for k in range(len(kept)) if kinds[k] == kind]
        titles = [k for k, c in enumerate(kept) if c.system == "title" and kinds[k][1:] == kind[1:]]
        if len(members) < 2 or not titles or titles[0] < members[0]:
            continue
        bounds = [*members[1:], len(kept)]
        if all(any(a < t < b for t in titles) for a, b in zip(members, bounds)):
            out.update(_over_titles_further_in(members, titles, lefts, indent) or members)
    return out


def _over_titles_further_in(members: list[int], titles: list[int], lefts: list[float], indent: float) -> set[int]:
    """The members of a numbered series (positions in kept) with a title after them, before the next member, set
    further in than the member itself (past `indent`): _numbered_over_titles."""
    bounds = [*members[1:], len(lefts)]
    return {a for a, b in zip(members, bounds) if any(a < t < b and lefts[t] > lefts[a] + indent for t in titles)}


def _over_underlined_titles(kept: list[Candidate], kinds: list[tuple], flow: Flow) -> set[int]:
    """Positions of numbered headings that head an underlined title after them. Convention (an advisory council's
    見解 in Word: its sections 1. … 6. in bold at the body's size, their text stressing sentences in bold underlined;
    after the last section's request to everyone, 事業者の方へのお願い in bold underlined at the same size, no number):
    a title set in a numbered series' size and weight and underlined as well, where no member of the series is,
    is set in the sections' stress, not as their heading — it is a part of the section right before it and ranks
    under it, as the `faces` of nest rank a title under a heading set apart by another typeface (a title in the
    series' own type stays its sibling: _numbered_over_titles). A rule under a title that a table opens right under
    it is the table's top, no stress (a data sheet's 【参考】区市町村別患者数… over its ward table, after the last
    section's tables, is the sections' sibling): the title's text goes on under it (_text_under)."""
    def underlined(k: int) -> bool:
        return (role := flow.roles[kept[k].index]) is not None and "underlined" in role.style
    out: set[int] = set()
    for kind in {kinds[k] for k, c in enumerate(kept) if c.system != "title"}:
        members = [k for k in range(len(kept)) if kinds[k] == kind]
        if len(members) < 2 or any(underlined(k) for k in members):
            continue
        bounds = [*members[1:], len(kept)]
        out.update(a for a, b in zip(members, bounds) if any(
            kept[t].system == "title" and kinds[t][1:] == kind[1:] and underlined(t) and _text_under(kept[t].index, flow)
            for t in range(a + 1, b)))
    return out


def _text_under(i: int, flow: Flow) -> bool:
    """The item right after line i is a line of text (no table: a rule under i may be the table's top)."""
    j = next_item(i, flow)
    return j is not None and isinstance(flow.items[j], TextLine)


def _aside_label(k: int, kept: list[Candidate], lefts: list[float], indent: float, flow: Flow) -> bool:
    """Convention (a budget summary's aside after its measures: the titles 児童生徒等や学生の学びの保障 on black
    bands in 16 pt, their ◆ measures set in under them, then 【他省庁と連携する取組】 alone on its line in the
    measures' size, back at the titles' edge, over a measure another ministry carries): a 【…】 band that is
    its bracket alone (bracket_alone), set further out than the heading right before it and no further in
    than the last unnumbered title above, set larger than itself, stands outside the measures' outline —
    at the top, beside those titles; what its block holds nests under it (_nest_once)."""
    c = kept[k]
    if not (k and bracket_alone(c, flow) and lefts[k - 1] > lefts[k] + indent):
        return False
    out = next((j for j in range(k - 1, -1, -1) if lefts[j] <= lefts[k] + indent), None)
    return out is not None and kept[out].system == "title" and lefts[out] >= lefts[k] - indent \
        and kept[out].size > c.size + flow.settings.headings.nest_size


def _lists_enclosures(c: Candidate, flow: Flow) -> bool:
    """Convention (a letter's list of enclosures: ＜関係資料一覧＞ over 別紙1 …, 別添2 … at its end): a band
    over nothing but lines that each name an enclosure by its label (LineRole.enclosure), two at least,
    to the document's end, lists what is sent with the whole letter: it stands at the top, outside the
    last section, whatever band or item shares its slot elsewhere."""
    if c.kind != "band":
        return False
    after = flow.items[c.index + 1:]
    if any(not isinstance(it, TextLine) for it in after):
        return False   # a table after it: no list of names
    rows = [j for j, it in enumerate(after, c.index + 1) if isinstance(it, TextLine) and not it.blank]
    return len(rows) >= 2 and all((role := flow.roles[j]) is not None and role.enclosure for j in rows)


def _indent(line: TextLine, flow: Flow, margin: float) -> float:
    """How far in the line starts: from its column's left on a page set in columns, from the
    document's text margin (`margin`: the leftmost page's running text) on a page of one (a page's
    own running text may all stand indented, under its items)."""
    return letters_span(line)[0] - (flow.bounds(line)[0] if flow.columns.get(line.page) else margin)


def bracket_alone(c: Candidate, flow: Flow) -> bool:
    """Convention (an aside's label: 【他省庁と連携する取組】 alone on its line over the measures it frames): a
    【…】 band that is its bracket alone, closed on its line, is whole — the lines under it are what it
    names, none of its title."""
    return c.system == "band" and BAND_ALONE.fullmatch(candidate_text(flow.line(c.index))) is not None
