"""One row of the first page and what a row holds: the records and the row readers both the cover's readers
(title and date: extractors.cover) and the issuer's (extractors.issuer) read with — a visual row (CoverRow) and
its pieces' boxes, a date as read where it stands (Dated), whether a row is mostly a date (_row_date), can name an
issuer (_name_row) or is stacked right under another (_stacked), and the rows a text closes with (_closing: a
closing date, and the row under it that signs it). Shared, so that neither module imports the other's readers
back (extractors.cover imports extractors.issuer, never the other way round).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from extractors.numbering import COVER_NOT_A_NAME as _NOT_A_NAME   # a row opening an outline or a list
from extractors.numbering import DOC_NUMBER, match_numbering, schedule_entry, wholly_bracketed
from extractors.records import Flow, SourceDoc, TextLine
from extractors.settings import Settings
from normalizers.bodies import names_body, signs_with_name
from normalizers.dates import DATE, find_date, to_iso, whole_date
from normalizers.text import SPACES as _SPACES, clean, fold_width, unspaced


def _unspaced(text: str) -> str:
    """The text with its spaces out (a cover's rows are letter-spaced and wrapped at will)."""
    return unspaced(text)


_SENTENCE = regex.compile(r"[。．]\s*$|[、，]")


@dataclass(frozen=True, slots=True)
class Dated:
    """One date as the reader that found it read it, where it stands: its ISO form ("" when none), its text as
    printed (spaces and letter-spacing dots out: 令和元年６月１１日 — document.json's `date_as_printed` when this
    date dates the document; "" where the date stands in no row of the cover: the 附則's day or a text's closing
    date, read from the flow's lines, whose text is a paragraph's), and the cover row it was read from (None when
    none). The reader holds the match: the printed form is taken from it, never looked for again by its value."""
    iso: str = ""
    as_printed: str = ""
    row: CoverRow | None = None


NO_DATE = Dated()


def _printed(text: str) -> str:
    """A date's text as document.json's `date_as_printed` holds it: spaces and letter-spacing dots out — but one
    space kept between the words of an English date (31st December 2011, May 4, 2020: _between_words)."""
    text = text.strip()
    return _SPACES.sub(lambda m: " " if _between_words(text, m.start(), m.end()) else "", text).replace("・", "")


def _latin(ch: str) -> bool:
    """`ch` is a Latin letter (A-Z, a-z)."""
    return ch.isascii() and ch.isalpha()


def _between_words(text: str, start: int, end: int) -> bool:
    """The spaces text[start:end] part a Latin word (or its comma) from a word or figure after it, or a figure
    from a Latin word after it: a word space of an English date, kept (_printed)."""
    before, after = text[start - 1:start], text[end:end + 1]
    latin_before, latin_after = _latin(before), _latin(after)
    return ((latin_before or before == ",") and (latin_after or after.isdigit())) or (before.isdigit() and latin_after)


@dataclass(slots=True)
class CoverRow:
    """One visual row of the cover: its pieces left to right, its type size."""
    y0: float
    y1: float
    size: float
    text: str
    x0: float = 0.0
    x1: float = 0.0
    font: str = ""   # the font of its first piece
    pieces: tuple[tuple[float, float], ...] = ()   # each piece's (size, left edge), left to right
    words: tuple[str, ...] = ()   # each piece's text, left to right
    banded: bool = False   # set between two rules drawn across it (a series line framed over the title)
    in_table: bool = False   # set inside a ruled table's box (cover_rows: a cell's text)
    boxes: tuple[Box, ...] = ()   # each piece's box (x0, y0, x1, y1), left to right: where the row stands on the page
    apart: bool = False   # pieces of one type set far apart (joined with ・): items side by side, no one title (_cover_title)
    dating: str = ""   # the date (cleaned) of a form's dating line, as line_roles.dating_line decides it where the row is
                       # made (cover.cover_rows, on its pieces as printed): the cover's date and the filer read it
    after_addressee: str = ""   # what follows the addressee on that dating line (cleaned), as line_roles.dating_line
                                # reads it on the pieces as printed: the filer beside the addressee (issuer)
    outline: bool = False   # opens, as printed, with a bare figure and a space before a word (1　病床使用率等:
                            # numbering.BARE_FIGURE_OPENING) — the spaces the row's text is cleaned of (cover.cover_rows)
    particular: bool = False   # opens, as printed, with a figure, a space, a field's name and a wider blank before its
                               # value (２　期　　日　　令和…: PARTICULAR), the same way


Box = tuple[float, float, float, float]
# white space and letter-spacing dots: what a row's date and its label are read without (compiled once: regex.sub
# with a pattern's text looks it up in the module's cache at each call)
_WHITE_AND_DOTS = regex.compile(r"[\s・]+")
_DATE_LABEL = regex.compile(r"^(?:策定|作成|公表|発行|決定|改定|改訂|掲載)?(?:日|年月日|年月)[:：]"   # 掲載日： a posting (blind25c)
                            r"|^(?:第[0-9]+)?(?:開催)?日時[:：]?|^(?i:as\s*of)")   # English: As of June 15, 2020 (時点)   # minutes: 第１ 日時 令和６年８月２１日（水）…


# what may follow a date on its row: the weekday, the hours (自 午後１時３０分), bracketed notes
# ((…告示第518号)(制定)), the court and the act it dates (第一小法廷判決), the office that made the
# paper (令和４年２月24日 西野市企画課作成: a briefing's stamp)
_AFTER_DATE = regex.compile(r"[(][月火水木金土日](?:曜日?)?[)]|(?:自|至)?(?:午前|午後)?[0-9]{1,2}(?:[:][0-9]{2}|時(?:[0-9]{1,2}分)?)"
                            r"(?:から|まで|[~～-])?|[(][^()]*[)]|^[^、。,(]{0,12}(?:判決|決定)$|^[^、。,(]{1,16}作成$")


# Convention (a session's days under its paper's name: 令和７年６月16日（月）～６月20日（金）): a date followed by a wave dash
# and another day is a span — the days a schedule or a session covers, never the day the paper was made. The other day
# as a date prints it: its year with or without the era (令和７年12月25日～令和８年１月５日, across a year's end), its
# month, or the day alone (６月16日～20日)
_SPAN_TO = regex.compile(r"^[～〜~](?:(?:令和|平成|昭和)?(?:[0-9]{1,4}|元)年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日")


def _listed_dates(text: str) -> bool:
    """Convention (a survey report's cover: the survey's days listed one per numbered row under 調査日):
    a numbered row whose words are only its dates is an entry of a schedule (numbering.schedule_entry);
    it dates the work the paper reports, not the paper."""
    m = match_numbering(text)
    return m is not None and schedule_entry(_unspaced(m[3]))


def _date_row(row: CoverRow, share: float) -> str:
    """The row's date in ISO form when the row is mostly that date (_row_date), "" when it is none."""
    return _row_date(row, share).iso


def _row_date(row: CoverRow, share: float) -> Dated:
    """The row's date when the row is mostly that date (not a date in a sentence), after a label that
    names it (策定日：, 作成日：, 日時, As of), before its weekday, hours, bracketed notes or the act it dates
    (…判決); letter-spacing dots (平成・30年) are no letters. NO_DATE when the row is none.
    Convention (an English chart's "As of June 15, 2020" set at the page's top right, on the row of a note at the
    left — Click to jump to related website): where the row is no date, its last piece, set apart from the rest
    at its right end, opening with a label that names a date (_DATE_LABEL: As of, 作成日：) and mostly that date, is
    the cover's date. Convention (blind28c: a prefecture's case list, R5.4.1 at the right end of the row of the note
    under its title): that last piece is the cover's date, too, when it is a date and nothing else (_whole_date), no
    label before it, and no other piece of the row holds a date (a 新旧対照表's row prints the rules' day in each
    column: the day of the rules, not of the paper). Not inside a ruled table's box (in_table): a form's row pairs a
    field's name with its value (代表者の生年月日 | 1959年12月30日, 設立年月日 | …), and the value dates that field — a
    person's birth, a company's founding — not the paper (sweep28: three filled-in example forms dated by a birthday)."""
    dated = _date_of(row.text, row, share)
    if dated.iso or len(row.words) < 2:
        return dated
    if made_then_maker(row):
        return _date_of(row.words[0], row, share)
    last = row.words[-1]
    alone = not row.in_table and _whole_date(last) and not any(_holds_date(w) for w in row.words[:-1])
    return _date_of(last, row, share) if _DATE_LABEL.match(_unspaced(last)) or alone else dated


def _holds_date(piece: str) -> bool:
    """The piece holds a date (normalizers.dates.find_date), its spaces out."""
    return find_date(_unspaced(piece)) is not None


def _whole_date(piece: str) -> bool:
    """The piece is a date and nothing else (normalizers.dates.whole_date: 令和５年４月１日, 2023.4.1, R5.4.1), its spaces
    and letter-spacing dots out."""
    return whole_date(_WHITE_AND_DOTS.sub("", piece))


def made_then_maker(row: CoverRow) -> str:
    """Convention (a weekly report set as a spreadsheet: 平成29年11月14日作成 at the left of the row under its title, the
    centre that made it far right on the same row): a row whose first piece is a date closed by 作成 — the making stamp —
    and whose other pieces name a body: that body (the maker: it issues the paper, and the stamp's date dates it,
    _row_date); "" when the row is none such."""
    if len(row.words) < 2 or not _made_on_text(row.words[0]):
        return ""
    maker = _unspaced("".join(row.words[1:]))
    return maker if names_body(maker) else ""


def first_dated(rows: list[CoverRow], share: float, default: Dated = NO_DATE) -> Dated:
    """The date of the first of `rows` that is mostly a date (_row_date); `default` when none is."""
    return next((d for r in rows if (d := _row_date(r, share)).iso), default)


# Convention (a spreadsheet's as-of line over its table: 2021/6/14 24時時点): a date written in figures and slashes or
# dots ends at its day — the space after it parts the day from the hours that follow, which must not run into its
# figures when the row's spaces are taken out (2021/6/1424時…)
_DAY_THEN_FIGURES = regex.compile(r"((?<![0-9])(?:19|20)[0-9]{2}([./])[0-9]{1,2}\2[0-9]{1,2})\s+(?=[0-9])")


# a numbered particular as printed: a figure, a space, the field's name (spread letter by letter, or a word), a wider
# blank (two spaces or more) and its value (２　期　　日　　令和８年…, ３　対象生徒　　第２学年…)
PARTICULAR = regex.compile(r"^[0-9０-９]{1,2}[ \u3000]+(?:\S[ \u3000]{1,2})*?\S+?[ \u3000]{2,}\S")


def _dated_particular(text: str, row: CoverRow | None) -> bool:
    """Convention (blind25c: a 実施要項's particulars, ２　期　　日　　令和８年５月１２日（火）): a numbered particular
    (CoverRow.particular) naming its field before its date is an item of what the paper sets out — the day of the event
    it announces, not the paper's date; a field that names the paper's own day (_DATE_LABEL: minutes' １　日　時　…,
    作成日：) dates the paper."""
    if row is None or not row.particular:
        return False
    words = _WHITE_AND_DOTS.sub("", fold_width(text)).lstrip("0123456789")   # the figure PARTICULAR read as its label
    day = find_date(words)
    return day is not None and day.start() > 0 and not _DATE_LABEL.match(words[:day.start()].rstrip(":：") + "：")


def _date_of(text: str, row: CoverRow, share: float) -> Dated:
    """The date `text` (a row's text, or its last piece's) holds when it is mostly that date (_row_date)."""
    s = _DATE_LABEL.sub("", _WHITE_AND_DOTS.sub("", _DAY_THEN_FIGURES.sub(r"\1,", text)))
    if _listed_dates(text) or _dated_particular(text, row):
        return NO_DATE
    m = find_date(s)
    if not m:
        return NO_DATE
    tail = s[m.end():]
    while (t := _AFTER_DATE.sub("", tail)) != tail:
        tail = t
    s = s[:m.end()] + tail
    if len(m.group(0)) < share * len(s.strip("・ ")) or _SPAN_TO.match(fold_width(tail)):
        return NO_DATE
    iso = to_iso(m.group(0)) or ""
    return Dated(iso, _printed_date(m, text), row) if iso else NO_DATE


def _printed_date(m: regex.Match, text: str) -> str:
    """The printed form of the date `m` read on the row's text with its spaces out (_row_date): spaces out, but an
    English date's words keep the one space between them (31st December 2011, April 1, 2020: a month's name run
    into its figures is no form it is printed in) — read again on the row with each run of spaces one space."""
    spaced = DATE.search(_SPACES.sub(" ", text)) if m["mn"] else None
    return _printed(spaced.group(0) if spaced else m.group(0))


_GLOSS = regex.compile(r"^[(（].+[)）]$")


def _compact(text: str) -> str:
    return _unspaced(unicodedata.normalize("NFKC", text))


def printed_text(doc: SourceDoc) -> str:
    """Every letter the document's pages print, compacted (_compact): what a name the PDF's information gives (its
    title, its author) is looked for in (cover._pictured, issuer._author_printed)."""
    return _compact("".join(ln.text for p in doc.pages for ln in p.lines))


# the name of an examination's question booklet (試験問題, 問題冊子, 問題用紙, and 入試問題 — 入学試験問題 shortened, as a
# department's booklet prints it: 平成１９年度大学院前期課程入試問題): closing its row (_EXAM_BOOKLET: 令和２年度
# 専門科目　試験問題), or anywhere in a title, the rows it runs on to after that name included (_EXAM_NAMED:
# 入学試験問題（一般選抜）専門科目)
_BOOKLET_NAME = r"(?:試験問題|入試問題|問題冊子|問題用紙)"
_EXAM_BOOKLET = regex.compile(_BOOKLET_NAME + "$")
_EXAM_NAMED = regex.compile(_BOOKLET_NAME)


def _date_then(word: str) -> regex.Pattern:
    """A date closed by `word` alone, the date its group 1 (matched on a row or a piece folded, white space out:
    _dated_then): 令和８年２月２７日提出, 令和8年4月1日改訂, 令和8年2月20日発行."""
    return regex.compile(rf"^({DATE.pattern})(?:{word})$")


def _dated_then(text: str, closed: regex.Pattern) -> regex.Match | None:
    """`text` folded, white space out, as a date closed by a word alone (`closed`, made by _date_then)."""
    return closed.match(fold_width(_unspaced(text)))


# the words that say the paper was revised (令和8年4月1日改訂, …更新, …修正, …改正: the paper as last revised): the one
# vocabulary of a revision's word, read by closing_date (_REVISED_ON) and by the cover's date rows (cover._AMENDED)
REVISED = "更新|改訂|改定|修正|改正"
_FILED = _date_then("提出")
_REVISED_ON = _date_then(REVISED)
_ISSUED_ON = _date_then("発行")


def filing_row(row: CoverRow) -> bool:
    """Convention (a council bill's filing line: 令和８年２月２７日提出, over the mayor signing it): the row is a date
    closed by 提出 alone (_FILED, on the row folded, white space out). The one test of it: the bill's title
    (cover._bill_titled), the date it gives a cover (cover._filing_line) and its signer (issuer._filing_signer)."""
    return _dated_then(row.text, _FILED) is not None
_MADE = regex.compile(r"^(.{1,16}?)作成$")


def _made_on(row: CoverRow) -> bool:
    """The row dates the paper's making: its date followed by 作成 (by the office that made it or not), or its
    revision — the date closed by a revision's word alone (_REVISED_ON, REVISED: a manual's or a plan's last line,
    令和8年4月1日改訂, saying which revision this paper is)."""
    return _made_on_text(row.text) or _dated_then(row.text, _REVISED_ON) is not None


def _made_on_text(text: str) -> bool:
    """`text` (a row's, or one piece's: made_then_maker) holds a date closed by 作成 at its end."""
    s = _unspaced(text)
    m = find_date(s)
    return m is not None and s[m.end():].endswith("作成")


_SEAL = regex.compile(r"^[（(]公印省略[）)]$")


def _name_row(r: CoverRow, settings: Settings, longest: int) -> bool:
    """A row that can name an issuer: no date, no sentence, no list item or part's name, no
    bracketed note ((平成28年5月：一部追加)), no labelled value (計画期間：…), no document's number
    (a rule's 規程令6第4号 under its date, and its amendments' 改正規程令7第27号), short."""
    s = _unspaced(r.text)
    return not (_date_row(r, settings.cover.date_share) or _SENTENCE.search(r.text) or len(s) > longest
                or _NOT_A_NAME.match(s) or wholly_bracketed(s, least=0) or _LABELLED.match(s) or DOC_NUMBER.match(s))


_LABELLED = regex.compile(r"^[^:：]{1,8}[:：]")   # a labelled value: 計画期間：…


def _stacked(a: CoverRow, b: CoverRow, settings: Settings, gap: float = 0.0) -> bool:
    """b is set right under a (at most `gap` ems under it, CoverPage.stacked_gap unless given), in its size, aligned
    with it on the left, the right or the centre (a display type's rows may overlap: b's top stands under a's)."""
    cp = settings.cover
    gap = gap or cp.stacked_gap
    return (abs(a.size - b.size) <= settings.typography.near_size and a.y0 < b.y0 and b.y0 - a.y1 <= gap * a.size
            and (abs(a.x0 - b.x0) <= cp.aligned or abs(a.x1 - b.x1) <= cp.aligned
                 or abs(a.x0 + a.x1 - b.x0 - b.x1) <= 2 * cp.aligned))


def _last_rows(flow: Flow) -> list[CoverRow]:
    """The text's last `closing_rows` lines, each read as a row as cover_rows reads one (its text cleaned), top first:
    what the text's close is read from (_closing, _signing_rows)."""
    lines = [it for it in flow.items if isinstance(it, TextLine)][-flow.settings.cover.closing_rows:]
    return [CoverRow(ln.y0, ln.y1, ln.size, clean(ln.text).strip(), ln.x0, ln.x1, ln.font) for ln in lines]


def _closing(flow: Flow) -> tuple[Dated, str]:
    """The closing date (closing_date) and the row right under it ("" for none)."""
    settings = flow.settings
    signers = 0
    under = ""
    for row in reversed(_last_rows(flow)):
        if (date := _date_row(row, settings.cover.date_share)):
            return (Dated(date), under) if signers or _made_on(row) else (NO_DATE, "")
        if not _name_row(row, settings, settings.cover.max_issuer):
            return NO_DATE, ""
        signers += 1
        under = row.text
    return NO_DATE, ""


def _signing_rows(flow: Flow) -> list[str]:
    """The name rows closing the text, after its last row that is no name (a sentence), top first; none when the
    text's last rows are all names (nothing signed off) or it ends in a sentence. A sentence set among members signing
    with their names (裁判官北野一郎は病気につき署名押印することができない。 between the judges and the presiding judge
    signing for them) is a note among the signatures, not the text's close."""
    settings = flow.settings
    rows = _last_rows(flow)
    names: list[str] = []
    for k in range(len(rows) - 1, -1, -1):
        if _name_row(rows[k], settings, settings.cover.max_issuer):
            names.append(rows[k].text)
        elif not (names and k > 0 and all(signs_with_name(n) for n in names) and signs_with_name(rows[k - 1].text)):
            return names[::-1]
    return []


# Convention (who publishes a paper, labelled: 発行, 発行元, 発行者, 編集・発行): the 発行 label, one pattern however it is
# set — in brackets (【発行】令和8年3月…, _PUBLISHED_BY), before a colon (発行者：…, issuer._LABELLED) or run on into
# the publisher's name (発行　内閣府, issuer._PUBLISHER)
PUBLISHED_LABEL = r"(?:編集・)?発行(?:元|者)?"
# Convention (a newsletter's or a bulletin's masthead row: 【発行】令和8年3月　北野市自治会連合会, or the issue's date closed by
# 発行 — 令和8年2月20日発行 — among the masthead's pieces): the issue's date, and the body the label names as publisher
_PUBLISHED_BY = regex.compile(rf"^[【［\[]{PUBLISHED_LABEL}[】］\]]")


def published(row: CoverRow) -> tuple[Dated, str]:
    """The issue's date and its publisher a masthead row prints (_PUBLISHED_BY: the 【発行】 label, then the date and
    the body; _ISSUED_ON: a piece that is a date closed by 発行, nothing else): (NO_DATE, "") when the row is none. The
    publisher is the rest after the date, when it names a body (normalizers.bodies.names_body)."""
    s = fold_width(_unspaced(row.text))
    if (m := _PUBLISHED_BY.match(s)) and (d := DATE.search(s, m.end())) and d.start() == m.end():
        by = s[d.end():]
        iso = to_iso(d.group(0)) or ""
        return (Dated(iso, _printed(d.group(0)), row) if iso else NO_DATE), (by if names_body(by) else "")
    for piece in row.words or (row.text,):
        if (m := _dated_then(piece, _ISSUED_ON)) and (day := to_iso(m.group(1))):
            return Dated(day, _printed(m.group(1)), row), ""
    return NO_DATE, ""
