"""Who issues the document: the issuer (and a cabinet's or a council's deciding body, decided_by), read from the
first page's rows (extractors.cover_row) by the cover's readers — title and date stay in extractors.cover, which
calls this module; this module never calls back.

The issuer is the first standalone row under the date,
above the text and any contact band (【連絡先】), that is not a sentence, a list item or a part's name (目次, 要旨, 主文) and
names a body or an office (normalizers.bodies: no amount, time, place, addressee or lead-in; a head signing with a name
is the office, 北野市長; a body's members signing together, …構成員一同, the body), with the
rows stacked right under it that name one too (one issuer per row, joined with ・); a row ending in 決定 names the
deciding body (and the issuer); with none under the date, the rows stacked over it (a slide
deck's 総務省 / 経済産業省 / (令和6年4月)). A bracketed note or a labelled value (計画期間：…) names
no issuer; the court the date line names, the body minutes' title names, a labelled body
(団体名：…), or the body an instrument's number names (内閣告示第二号: 内閣) is the issuer; a notice with no seal and no
addressee is signed on the row under its date. A cover whose readers name no issuer is issued by
the body a stamp's papers are (…研究会資料 １), the body named alone on a masthead row over the title, the meeting an
agenda's (議事次第) title names, the bodies a foot band names, the local government a fiscal year's report is
titled by, the PDF's author when the text prints it, or the one body the figures' credits name as maker
(…より金融庁作成) — never a body a sentence merely mentions (_issuer_elsewhere); a budget book dated by its bill's filing
line is issued by the office signing it (_filing_signer), a judgment by the court under its closing date
(closing_signer).

The chain, in the order the issuer is read (each step only where the earlier ones read none):
1. the layout's own reader, as extractors.cover reads the first page —
   - a notice (通知, 事務連絡, a council paper set out as one: cover._notice) → _notice_issuer: the body its
     instrument's number names (_instrument_body), else its senders over their seals (_sealed), else the name rows
     between its addressees and its subject (_unsealed, _addressee_list_end), else its sender flush right under its
     subject (_sender_under_subject), else the office signing under its date (_signer); senders holding one office,
     that office (_one_office);
   - a letter (cover._letter: the sender rows right-aligned under its date) and a circular (cover._circular: the
     office opening its subject row) name theirs in the rows their layout reads;
   - a page read by its title (cover._cover_of) → title_page_issuer: the standalone rows under the date naming a
     body, stacked or listed (_issuer, _stacked_names, _listed_names, _list_runs_on; a row ending in 決定 names the
     deciding body), else the rows over the date, else the maker a dated stamp names, else the filer after the
     addressee on a row opening with a date (_filer_beside_addressee: a member's 通告書); over those, the body the
     title names before its quotation (cover._body_quoting), the body minutes are of (_minutes_body), the court the
     date line names (_maker), a labelled body or the publisher's line (_labelled, _publisher_over); then, where
     still none, the body an instrument's number names, the series line's body, the body whose budget the title
     names, the school setting an examination (_booklet_setter), the party, orderer, prefecture or body whose
     matters a paper printing none names (_unsigned) — _instrument_or;
   - a title set as a picture: the PDF's author as its title opens with it (cover._pictured); under a newsletter's
     masthead, none (cover._under_masthead);
2. read_issuer, the one call cover.read_cover makes last: the office signing the bill's filing line that dates the
   cover (_filing_signer), else the issuer step 1 read, else where such papers print it (_issuer_elsewhere: a
   stamp naming a body's papers, a masthead over the title, an agenda's meeting, a foot band, the local government
   a fiscal year's report is titled by, the PDF's author the text prints, the one maker the figures' credits name);
3. after the flow is read, closing_signer: the court under a judgment's closing date — or, with no date, on the
   first row after its last sentence, over its judges (_signed_off_undated) — fills an issuer none of the above read
   (pipeline/edition.read_part).
The title readers ask one question of this module too: a body's name alone far under the title is the issuer at
the cover's foot, no row of the title (_issuer_under), and a publisher's line (_PUBLISHER) opens no title.
Vocabulary (what names a body, an addressee, a contact band) is normalizers.bodies'.
"""
from __future__ import annotations

from typing import Protocol

import regex

from extractors.cover_row import (PUBLISHED_LABEL, _EXAM_NAMED, _GLOSS, _SEAL, _WHITE_AND_DOTS, Box, CoverRow,
                                  Dated, _closing, _compact, _latin, _name_row, _row_date, _signing_rows, _stacked, _unspaced,
                                  filing_row, made_then_maker, printed_text, published)
from extractors.numbering import INSTRUMENT_NUMBER
from extractors.numbering import LATIN_SENTENCE_END as _LATIN_SENTENCE_END   # an English sentence's close
from extractors.records import Flow, SourceDoc
from extractors.settings import Settings
from normalizers.bodies import ADDRESSEE as _ADDRESSEE   # 各都道府県衛生主管部（局）薬務主管課 御中; 各 位 (to all it concerns)
from normalizers.bodies import (INQUIRY_KEY, ISSUING_END, MADE_BY, MINUTES_KIND, as_issuer, bracketed_body, budget_body, contact_desk, filer, head_title_alone,
                                members_office, names_body, names_corporation, opens_contact, orderer, party_named, reported_body, series_body, session_body, signs_with_name,
                                title_body, unit_of)
from normalizers.dates import DATE
from normalizers.text import BULLETS, fold_width


class CoverRead(Protocol):
    """What the cover's readers have read when read_issuer decides the issuer (cover.Cover): the title, where the
    first page prints it, the date, and the issuer the layout's reader read (step 1 of the chain)."""
    title: str
    title_at: tuple[Box, ...]
    date: str
    issuer: str


def title_page_issuer(rows: list[CoverRow], last: int, at: int | None, made: str, title: str,
                      quoted: regex.Match | None, settings: Settings) -> tuple[str, str]:
    """(deciding body's line, issuer) of a page read by its title (cover._cover_of): `rows` its rows (a form's
    entries and the minutes' kind out), `last` the title's last row, `at` the date's row among the rows after it
    (None: no date), `made` the office a dated stamp over the title names, `quoted` the body a title row names
    before its quotation (cover._body_quoting). Step 1's page read by its title, in the module docstring's order."""
    rest = rows[last + 1:]
    decided, issuer = _issuer(rest[at + 1:], settings) if at is not None else ("", made)
    if at != 0 and not issuer and last >= 0:   # the issuers stacked over the date, under the title ((令和6年4月) under
        decided, issuer = _issuer(rest[:at], settings)   # 総務省 / 経済産業省); with no date, under the title (its foot: 北野市)
    if not issuer:
        issuer = next((f for r in rest if (f := _filer_beside_addressee(r))), "")
    minutes = "" if at is None and _office_row(issuer) else _minutes_body(_unspaced(title))
    named = quoted.group(1) if quoted else minutes
    maker = named or (_maker(rest[at]) if at is not None else "")
    labelled = _labelled(rows, last) if not maker else None
    return decided, maker or (labelled.group(1) if labelled else _instrument_or(issuer, rows, last, at, title))


def _office_row(issuer: str) -> bool:
    """Convention (minutes whose cover prints the office that keeps them at its foot, 例示庁例示課 under the meeting's
    name and 議事録, and no date: a display cover): the issuer read from the cover's rows is a body's name holding no
    figure — the minutes' body the title names yields to it (truth README: the title names the issuer only where the
    paper prints none). Asked only of a cover that prints no date (title_page_issuer: `at` None): minutes that print
    their date print it as one of the record's fields (日時, then 場所 …), and the rows under it are the other fields'
    values — a venue names a body as an office does (場所　例示会館第一会議室, 場所　オンライン会議; the caption is
    read off the row with its white space), no office's row; a venue's floor's figure (例示省地下１階 大会議室) is none
    either."""
    return bool(issuer) and names_body(issuer) and _FIGURE.search(issuer) is None


_FIGURE = regex.compile(r"[0-9０-９]")   # a figure: a venue's floor or room number, never an office's name


# a form's field label before the name it asks for (氏名 — the name)
_NAME_FIELD = regex.compile(r"氏名[:：]?")


def _filer_beside_addressee(row: CoverRow) -> str:
    """Convention (a member's filing, 一般質問通告書: its closing row 令和４年２月１６日　北野市議会議長　殿　　北野市議会議員　氏名
    北野　一郎 — the date, the addressee and the filer on one row): on a form's dating line (CoverRow.dating, as
    line_roles.dating_line decides it where the row is made), what follows the addressee (CoverRow.after_addressee, as
    dating_line reads it on the text as printed: no 様 of a 様式 standing before the addressee), the form's 氏名 label out,
    names the filer, who issues the paper (a member keeps the name: normalizers.bodies.as_issuer); "" when nothing
    there names a body or an office."""
    filer = _NAME_FIELD.sub("", fold_width(_unspaced(row.after_addressee))) if row.dating else ""
    return as_issuer(filer) if filer and names_body(filer) else ""


def read_issuer(cover: CoverRead, doc: SourceDoc, rows: list[CoverRow], after: list[CoverRow], body: float,
                settings: Settings) -> str:
    """The document's issuer as read_cover decides it, once, last (step 2 of the chain): the signer of the bill that
    dates the cover (_filing_signer), else as the cover's readers read it, else read where such papers print it
    (_issuer_elsewhere) when its readers read none."""
    signer = _filing_signer(cover, after, settings)
    return signer or cover.issuer or _issuer_elsewhere(cover, doc, rows, body, settings)


_DECIDED = regex.compile(r"^(.*?(?:会議|本部|閣議|委員会))\s*決定$")


def _issuer_under(rows: list[CoverRow], first: int, last: int, settings: Settings) -> bool:
    """Convention (a budget book's cover: 令和７年度 / 一般会計補正予算 / （第７号） in 36 pt and, far under them in the
    same type, 石　垣　市): the row under the title's rows first..last that is an issuing body's name alone (_NAME_ALONE:
    …市, …省, …委員会), set further under the title's last row than the title's rows stand apart from each other
    and at least `issuer_apart` ems under it, is the issuer at the cover's foot, never a row of the title."""
    if last + 1 >= len(rows) or not _NAME_ALONE.match(_unspaced(rows[last + 1].text)):
        return False
    gap = rows[last + 1].y0 - rows[last].y1
    inner = [b.y0 - a.y1 for a, b in zip(rows[first:last], rows[first + 1:last + 1])]
    return gap >= settings.cover.issuer_apart * rows[last].size and all(gap > g for g in inner)


def _filing_signer(cover: CoverRead, after: list[CoverRow], settings: Settings) -> str:
    """Convention (a budget book dated by the bill it carries, _filing_line: 令和７年１２月１日提出 / 北野市長　北野　一郎):
    the office signing the filing line, on the row right under it, files the bill and issues the book (the holder's
    name out: normalizers.bodies.as_issuer) — the body's name on the cover (北野市) is the book's binding. Only where the
    filing line dates the cover (the cover prints no date of its own); "" otherwise."""
    share = settings.cover.date_share
    at = next((k for k, r in enumerate(after) if filing_row(r)
               and (d := _row_date(r, share)).iso and d.iso == cover.date), None)
    if at is None or at + 1 >= len(after) or not names_body(after[at + 1].text):
        return ""
    return as_issuer(_unspaced(after[at + 1].text))


def _instrument_or(issuer: str, rows: list[CoverRow], last: int, at: int | None, title: str) -> str:
    """The body an instrument's number in the cover's head (its title's rows, `last` the title's last, down to its
    date's, `at` among the rows after the title) names (_instrument_body), else the issuer read under the date, else
    the body the series line over the title names (normalizers.bodies.series_body) or the council its session line
    names (normalizers.bodies.session_body: 令和７年 第５回 北野市議会（定例会）), else the body whose budget the
    title names (normalizers.bodies.budget_body), else the school that sets an examination (_booklet_setter), else the
    issuer of a paper that prints none (_unsigned)."""
    return _instrument_body(rows[:last + 2 + (at or 0)]) or issuer \
        or next((b for r in rows[:last + 1] if (b := series_body(_unspaced(r.text)) or session_body(_unspaced(r.text)))), "") \
        or budget_body(_unspaced(title)) \
        or _booklet_setter(rows[:last], title) or _unsigned(title, rows[last + 1:])


def _booklet_setter(over: list[CoverRow], title: str) -> str:
    """Convention (an examination's question booklet, _booklet_named: the rows over its title name the school that
    sets the examination — 東野大学大学院情報学研究科, 北野大学大学院経済学院 — and which examination it is): under a
    title naming the booklet (_EXAM_NAMED; its series and subject rows after that name too: …入学試験問題（一般選抜）専門科目
    （生物情報１）), the first row over it that names a body (normalizers.bodies.names_body), whole, is the issuer —
    a date set over the school is none (平成30年8月4日（土） / 西野大学大学院情報科学研究科); "" for any other title."""
    if not _EXAM_NAMED.search(_unspaced(title)):
        return ""
    return next((as_issuer(s) for r in over if names_body(s := _unspaced(r.text))), "")


def _unsigned(title: str, text: list[CoverRow]) -> str:
    """The issuer of a paper that prints none (no row under its title or date names it, no number, no series, no
    budget): the party its text names (normalizers.bodies.party_named: 南野市（以下「本市」という。）, よって北野市議会は、),
    else the orderer its contact item names (normalizers.bodies.orderer: 発注者　…市役所道路整備課), else the prefecture
    its title opens with or the body whose matters it opens with (normalizers.bodies.title_body: 〇〇県長期ビジョン…,
    防衛省関係…, 中小企業庁関連事業…)."""
    return party_named("".join(_unspaced(r.text) for r in text)) \
        or next((o for r in text for w in (r.words or (r.text,)) if (o := orderer(w))), "") or title_body(_unspaced(title))


# minutes name their body in the title (…部会第１６回会議議事録): the body is the issuer, not the
# key/value rows under it (第１ 日時 …, 第２ 場所 …)
_MINUTES = regex.compile(rf"^(.+?)第[0-9０-９]+回[^第]{{0,8}}{MINUTES_KIND}$")


# …or after the meeting's number (第10回 商事法の電子化に関する研究会 議事録); a 会議 before the record's kind in a
# group of its own (第４回 例示社会推進会議 議事録: the body's word or the record's, _minutes_body decides); the lazy name
# stops before it, so the name with it is group 1 and group 2 joined
_MINUTES_NAMED_AFTER = regex.compile(rf"^第[0-9０-９]+回(.+?)(会議)?{MINUTES_KIND}$")


# …or with no meeting's number, the body's name then the record's kind (…アドバイザリーボード議事概要): when it names a body
_MINUTES_OF_BODY = regex.compile(rf"^(.+?){MINUTES_KIND}$")


def _minutes_body(title: str) -> str:
    """The body minutes are of, named before the meeting's number or after it, or before the record's kind alone
    ("": none). Convention (第４回 例示社会推進会議 議事録 beside 第３回 北野市例示委員会 会議議事録): the 会議 before the
    record's kind (_MINUTES_NAMED_AFTER's group 2) is the body's own word when the name without it names no body
    (…推進, no body's ending) and with it does (…推進会議)."""
    if before := _MINUTES.match(title):
        return before.group(1)
    if after := _MINUTES_NAMED_AFTER.match(title):
        name, meeting = after.group(1), after.group(2) or ""
        return name + meeting if meeting and not names_body(name) and names_body(name + meeting) else name
    unnumbered = _MINUTES_OF_BODY.match(title)
    return unnumbered.group(1) if unnumbered and names_body(unnumbered.group(1)) else ""


# who publishes (a row, white space out; the label: cover_row.PUBLISHED_LABEL): 発行内閣府, 編集・発行○○市 (the name an office's: a ministry, an agency, a
# bureau, a municipality), a bracketed note after it (発行内閣府（原稿作成国立印刷局）). Matched at a row's head, it opens
# no title (cover: the issuer's row); the whole row so, it names the issuer (_publisher_over)
_ISSUING = ISSUING_END   # how an issuing body's name ends: normalizers.bodies
_PUBLISHER = regex.compile(rf"{PUBLISHED_LABEL}([^\s0-9０-９()（）「」、。・]{{1,12}}?{_ISSUING})(?:[（(][^（）()]{{1,24}}[）)])?")
_NAME_ALONE = regex.compile(rf"^[^\s0-9０-９()（）「」、。・]{{1,12}}?{_ISSUING}$")   # 西野市, 総務省: a body's name alone
_LABELLED = regex.compile(rf"^(?:団体名|作成者|作成|{PUBLISHED_LABEL})[:：](.{{1,40}})$")   # 団体名：北野村, 発行者：…
# Convention (a newsletter's colophon beside its masthead: ●発行日　2026年1月1日 / ●発行　北野中央病院 / ●編集　…広報委員会, or
# 編集・発行／公益財団法人北野市文化振興事業団 under it): the publisher's label led by a list mark, or set off by a slash, labels
# the publisher as a colon does — the body after it (white space out) issues the paper; 発行日 is the day
_MARKED_PUBLISHER = regex.compile(rf"^(?:[{BULLETS}](?:{PUBLISHED_LABEL})(?!日)[:：／/]?|(?:{PUBLISHED_LABEL})[／/])(.{{2,40}})$")
_ACT = regex.compile(r"^(.{1,12}?)(?:判決|決定)$")


def _labelled(rows: list[CoverRow], last: int) -> regex.Match | None:
    """An issuer given by a label (団体名：北野村, 発行者：…; letter-spacing dots no letters), else by a colophon's publisher
    (●発行　北野中央病院, 編集・発行／…: _MARKED_PUBLISHER, the name naming a body), else by the publisher's line among the
    rows down to the title's, `last` (_publisher_over), else by a statement's 法人名 field over its title (_form_field)."""
    return next((lm for r in rows if (lm := _LABELLED.match(_WHITE_AND_DOTS.sub("", r.text)))), None) \
        or next((lm for r in rows if (lm := _MARKED_PUBLISHER.match(_unspaced(r.text))) and names_body(lm.group(1))), None) \
        or _publisher_over(rows[:last + 1]) or _form_field(rows[:last + 1])


# a statement's field naming its corporation, its value in the cell beside it (法人名｜社会福祉法人例示の郷): group 1 the value
_CORPORATION_FIELD = "法人名"   # the field's label (_form_field in a cell, _field_in_margin in the margin)
_FORM_FIELD = regex.compile(rf"^{_CORPORATION_FIELD}[:：]?(.{{2,40}})$")


def _form_field(rows: list[CoverRow]) -> regex.Match | None:
    """Convention (blind27a: a corporation's statements — a social-welfare corporation's 資金収支計算書, 財産目録 —
    print over their title a ruled box of fields, 法人名 / 施設名 / 会計単位名, each value in the cell beside its label, no
    colon): the corporation the 法人名 field names issues the statement — where the value is a corporation's or a
    body's name (normalizers.bodies.names_corporation: 社会福祉法人例示の郷; names_body), never a blank form's next
    field."""
    return next((m for r in rows if (m := _FORM_FIELD.match(_WHITE_AND_DOTS.sub("", r.text)))
                 and (names_corporation(m.group(1)) or names_body(m.group(1)))), None)


def _stamp(rows: list[CoverRow]) -> str:
    """The body a stamp names as its papers' (…研究会資料 １ at the page's top: _BODY_PAPERS); ""."""
    return next((m.group(1) for r in rows if (m := _BODY_PAPERS.match(_unspaced(r.text))) and names_body(m.group(1))), "")


def _field_in_margin(doc: SourceDoc) -> str:
    """Convention (_form_field's box of fields, 法人名 / 施設名 / 会計単位名, printed small in the top margin over the
    statement's title, on every page: the cover's rows leave the margin out): the first page's line that is the label
    法人名 alone, and the nearest line right of it on its row (its middle within half the label's size of the label's)
    naming a corporation (normalizers.bodies.names_corporation) — the corporation issues the statement; "" when none."""
    lines = doc.pages[0].lines if doc.pages else []
    for label in (ln for ln in lines if _unspaced(ln.text) == _CORPORATION_FIELD):
        mid = (label.y0 + label.y1) / 2
        beside = sorted((ln for ln in lines if ln.x0 >= label.x1 and abs((ln.y0 + ln.y1) / 2 - mid) <= label.size / 2),
                        key=lambda ln: ln.x0)
        if beside and names_corporation(value := _unspaced(beside[0].text)):
            return value
    return ""


def _publisher_over(rows: list[CoverRow]) -> regex.Match | None:
    """Convention (a gazette's masthead: 発行　内閣府（原稿作成　国立印刷局） over the edition's title): the publisher
    the line names issues the edition — the notices under it are signed each by its own office. The first row among
    the rows down to the title's last that is a publisher's line whole (_PUBLISHER)."""
    return next((m for r in rows if (m := _PUBLISHER.fullmatch(_unspaced(r.text)))), None)


def _maker(row: CoverRow) -> str:
    """Who the date line says made the document (令和３年５月１７日 第一小法廷判決 → 最高裁判所第一小法廷, the bench named with
    its court by normalizers.bodies.as_issuer; 平成29年11月14日作成 and the centre far right on its row → the centre:
    cover_row.made_then_maker); "" when it names none."""
    if made := made_then_maker(row):
        return as_issuer(made)
    s = _unspaced(row.text)
    m = DATE.search(s)
    act = _ACT.match(s[m.end():]) if m else None
    return as_issuer(act.group(1)) if act else ""


def _notice_issuer(rows: list[CoverRow], first: int, at: int, date: Dated, settings: Settings) -> str:
    """A notice's issuer: the body its instrument's number names (_instrument_body), else its senders over their seals
    ((公印省略), _sealed), else the name rows between its addressees and its subject (_unsealed), else its sender flush
    right under its subject (_sender_under_subject), else its signer (_signer); senders who hold one office, that office
    (_one_office)."""
    senders = _sealed(rows[:first], settings) or _unsealed(rows[:first], settings) or _sender_under_subject(rows, at, settings) \
        or _signer(rows, date)
    return _instrument_body(rows[:first]) or "・".join(_one_office(senders))


def _sealed(rows: list[CoverRow], settings: Settings) -> list[str]:
    """The senders over their seals ((公印省略)): the row over each seal. Convention (an office named with a bracketed
    note on the row under it: ○○省大臣官房参事官 / （例示担当） / （公印省略）): a note alone
    over the seal closes the name on the row over it. Convention (a joint notice, 連名通知: five directors' offices
    stacked one a row, ○○省例示局例示課長 / … / ○○省第二例示局例示課長, over a single （公印省略）):
    the rows stacked right over that one that name a body too, up to an addressee (…殿) or another seal, are
    senders as well, top to bottom (_over_seal)."""
    compact = [_unspaced(r.text) for r in rows]
    senders = []
    for i in range(1, len(compact)):
        if _SEAL.match(compact[i]):
            noted = i >= 2 and _GLOSS.match(compact[i - 1]) is not None and not _SEAL.match(compact[i - 2]) \
                and not _ADDRESSEE.search(compact[i - 2])
            senders += [compact[i - 2] + compact[i - 1]] if noted else _over_seal(rows, compact, i, settings)
    return senders


def _over_seal(rows: list[CoverRow], compact: list[str], seal: int, settings: Settings) -> list[str]:
    """The row right over the seal at row `seal` and the rows stacked right over it (_stacked) that name a body,
    up to an addressee, another seal or a row that names none."""
    k = seal - 1
    while k > 0 and not _SEAL.match(compact[k - 1]) and not _ADDRESSEE.search(compact[k - 1]) \
            and _stacked(rows[k - 1], rows[k], settings) and names_body(rows[k - 1].text):
        k -= 1
    return compact[k:seal]


def _sender_under_subject(rows: list[CoverRow], at: int, settings: Settings) -> list[str]:
    """Convention (an office communication, 事務連絡, that names its sender under its subject, flush right over the
    text: …について / 内閣府地方創生推進室): the row right under the subject, set flush right with the head's date
    and number, naming a body, is the sender."""
    if at + 1 >= len(rows) or at == 0:
        return []
    row, right = rows[at + 1], max(r.x1 for r in rows[:at])
    if abs(row.x1 - right) > settings.cover.aligned or not _name_row(row, settings, settings.cover.max_issuer) \
            or not names_body(row.text):
        return []
    return [as_issuer(_unspaced(row.text))]


def letter_senders(rows: list[str]) -> list[str]:
    """A letter's senders from the rows right-aligned under its date (white space out, one sender a row: cover._letter).
    Convention (a committee paper's sender: 西野市例示センター over 相談課・調整課・指導課): an organisation's units on the
    row under its name are one sender with it (normalizers.bodies.unit_of), as _stacked_names reads a cover's; a head's
    title alone under a body's name signs for it, no sender of its own (normalizers.bodies.head_title_alone)."""
    names: list[str] = []
    for s in rows:
        if names and head_title_alone(s):   # its head signing for the body over it (北野地区例示委員会 / 会長　北野　一郎)
            continue
        if names and unit_of(names[-1], s):
            names[-1] += s
        else:
            names.append(s)
    return names


def _one_office(senders: list[str]) -> list[str]:
    """Convention (members of one office signing a notice each on a row of their own: 北野市監査委員　南野健司 /
    北野市監査委員　西野洋子): the office they hold together issues it, named once (normalizers.bodies.members_office).
    The senders as they are otherwise."""
    office = members_office(senders)
    return [office] if office else senders


def _signer(rows: list[CoverRow], date: Dated) -> list[str]:
    """Convention (a bill a mayor files, 議案: …について / the 提出 date / 北野市長　北野　次郎; a public notice, 公告: the
    enacting sentence, its date, 東野市長　北野　久之): a notice that prints no seal and no addressee is signed on
    the row right under its date — the office signing (its holder's name out: normalizers.bodies.as_issuer),
    when that row names a body; none otherwise."""
    k = next((k for k, r in enumerate(rows) if r is date.row), None)
    if k is None or k + 1 >= len(rows) or not names_body(rows[k + 1].text):
        return []
    return [as_issuer(_unspaced(rows[k + 1].text))]


def _instrument_body(rows: list[CoverRow]) -> str:
    """Convention (an instrument numbered in a body's name: 内閣告示第二号, 内閣訓令第1号, (通商産業省告示第518号) on its
    date's row): the body its number names issues it — the head signing under the date (内閣総理大臣　…) signs for it.
    The body the first instrument's number among `rows` (the head of the first page, over the text) names; ""."""
    return next((m.group(1) for r in rows if (m := INSTRUMENT_NUMBER.search(_unspaced(r.text)))), "")


def _unsealed(rows: list[CoverRow], settings: Settings) -> list[str]:
    """The senders of a notice that prints no seal (an office communication): the name rows
    between its addressees (…殿, …御中) and its subject."""
    addressed = [i for i, r in enumerate(rows) if _ADDRESSEE.search(_unspaced(r.text))]
    if not addressed:
        return []
    return [_unspaced(r.text) for r in rows[_addressee_list_end(rows, addressed[-1], settings) + 1:]
            if _name_row(r, settings, settings.cover.max_issuer)]


def _addressee_list_end(rows: list[CoverRow], k: int, settings: Settings) -> int:
    """Convention (addressees listed one a row and braced to one 御中 set beside the middle of the list: 財政担当課 /
    市町村担当課　御中 / 地方創生担当課): the rows stacked right under the addressee's row k, starting within a
    character or two of it on the left (settings.cover.addressee_indent: an office's section set in under its
    department, 後期高齢者医療主管部（局） / 　後期高齢者医療主管課（部） 御中 / 都道府県…広域連合事務局), are addressees
    of the list too. The last row of the list."""
    cp = settings.cover
    while k + 1 < len(rows) and abs(rows[k + 1].x0 - rows[k].x0) <= cp.addressee_indent * rows[k].size \
            and rows[k].y0 < rows[k + 1].y0 <= rows[k].y1 + cp.stacked_gap * rows[k].size \
            and _name_row(rows[k + 1], settings, cp.max_issuer):
        k += 1
    return k


def _issuer(rows: list[CoverRow], settings: Settings) -> tuple[str, str]:
    """(deciding body's line, issuer) from the standalone rows under the date (or the title):
    the first that names no part of the document, with the rows set right under it in the same
    size and alignment (one issuer per row: 内閣府 / 文部科学省 joined with ・)."""
    for k, r in enumerate(rows):
        s = _unspaced(r.text)
        if "。" in s or _LATIN_SENTENCE_END.search(r.text) or opens_contact(s):   # the text or the contact band has
            break                                                                  # begun: the issuer stands above it
        if not _name_row(r, settings, settings.cover.max_issuer):
            continue
        dm = _DECIDED.match(s)
        if dm:
            return dm.group(0), dm.group(1)
        if filer(s):
            return "", filer(s)
        if not names_body(r.text):   # an amount, a time, a place, an addressee, a lead-in: no body named
            continue
        return "", "・".join(_listed_names(rows, k, settings))
    return "", ""


def _stacked_names(rows: list[CoverRow], k: int, settings: Settings) -> list[str]:
    """The issuer's row k and the rows stacked right under it that name a body too (one issuer per row).
    Convention (a secretariat run by a company: …事業事務局 / （例示印刷株式会社）): a bracketed note stacked under a
    name that names a body itself closes that name (normalizers.bodies.bracketed_body), and so does an organisation's
    unit stacked under it (国税庁 / 法人番号管理室: normalizers.bodies.unit_of) — no issuer of its own."""
    names = [as_issuer(_unspaced(rows[k].text))]
    for prev, nxt in zip(rows[k:], rows[k + 1:]):
        s = _unspaced(nxt.text)
        if bracketed_body(s) and _stacked(prev, nxt, settings, settings.cover.note_gap):
            names[-1] += s
        elif _stacked(prev, nxt, settings) and _name_row(nxt, settings, settings.cover.max_stacked_name) \
                and names_body(nxt.text):
            if unit_of(names[-1], s):   # its organisation's unit: one name with it
                names[-1] += as_issuer(s)
            else:
                names.append(as_issuer(s))
        else:
            break
    return names


def _listed_names(rows: list[CoverRow], k: int, settings: Settings) -> list[str]:
    """The issuers from row k (_stacked_names), and the rows a list of them joined by ・ runs on to (_list_runs_on)
    where each row so far gave one name."""
    names, j = _stacked_names(rows, k, settings), k
    while len(names) == j - k + 1 and j + 1 < len(rows) and _list_runs_on(rows[j], rows[j + 1], settings) \
            and _name_row(rows[j + 1], settings, settings.cover.max_stacked_name):
        names.append(as_issuer(_unspaced(rows[j + 1].text)))
        j += 1
    return names


def _list_runs_on(a: CoverRow, b: CoverRow, settings: Settings) -> bool:
    """Convention (issuers listed with ・ over two rows: 山川村・山川村議会 / 山川村教育委員会・山川消防支署): a
    row that lists bodies joined by ・ runs on onto the row under it that lists bodies too, set at the type's line
    pitch (CoverPage.listed_gap)."""
    def listed(r: CoverRow) -> bool:
        parts = _unspaced(r.text).split("・")
        return len(parts) >= 2 and all(names_body(p) for p in parts)
    return listed(a) and listed(b) and _stacked(a, b, settings, settings.cover.listed_gap)


def closing_signer(flow: Flow) -> str:
    """Convention (a judgment signed off at its end, closing_date: 令和八年六月二五日 / 例示地方裁判所 / 裁判長裁判官 …):
    the body on the row right under the closing date (the court that gave it, over its judges) issues the text; ""
    when the text does not close so, or that row names no body (normalizers.bodies.names_body). Read with the flow,
    as the closing date is: it fills only an issuer the cover read none of (pipeline/edition.read_part)."""
    date, signer = _closing(flow)
    if not date.iso:
        return _signed_off_undated(flow)
    return as_issuer(_unspaced(signer)) if signer and names_body(signer) else ""


def _signed_off_undated(flow: Flow) -> str:
    """Convention (a judgment signed off with no date: …主文のとおり判決する。 / 最高裁判所第二小法廷 / 裁判長裁判官　東野
    三郎 / 裁判官 …): the text's last rows, after its last sentence, only name rows, the first naming a body and the
    next an office holder signing with a name (normalizers.bodies.signs_with_name: the body's members) — the body
    issues the text; "" when the text closes otherwise (a dated close is closing_signer's)."""
    names = _signing_rows(flow)
    if len(names) < 2 or not names_body(names[0]) or not signs_with_name(names[1]):
        return ""
    return as_issuer(_unspaced(names[0]))


# a stamp naming the papers of a body (商事法の電子化に関する研究会資料 １: the study group's paper number 1)
_BODY_PAPERS = regex.compile(r"^(.+?)(?:会議|部会)?資料[0-9０-９\-－ー・]*$")


# an agenda's head (議事次第, 次第)
_AGENDA = regex.compile(r"^(?:議事)?次第$")


def _issuer_elsewhere(cover: CoverRead, doc: SourceDoc, rows: list[CoverRow], body: float, settings: Settings) -> str:
    """The issuer of a cover that names none where the cover's readers look (under the date, stacked over it, under the
    title), read where such papers print it, in this order:
    - a stamp naming the body's papers (…研究会資料 １ at the page's top: the paper is that body's), _BODY_PAPERS;
    - a statement's 法人名 field printed in the page's margin, which the cover's rows leave out (_field_in_margin);
    - a masthead: the body's name alone on the first row over the title (Expert Meeting on …, over the paper's title;
      北野大学大学院経済学院 over an examination's booklet title), _over_title;
    - an agenda's (議事次第 on its page) title naming the meeting (…に関する関係閣僚会議): the meeting issues its papers;
    - a band at the page's foot, the last row, in the body's type or larger, naming the bodies that issue a poster or
      a leaflet (内閣府（防災担当）・消防庁), _foot_band;
    - the local government a fiscal year's survey or report is titled by (令和５年度 東野市観光動向調査結果について),
      normalizers.bodies.reported_body;
    - the PDF's author (its document information) when it names a public body (normalizers.bodies.ISSUING_END) that
      the text prints (a white paper's chapter crediting its figures …を基に文部科学省作成, a template's issuing block
      気象庁 ○○地方気象台): the file's own record of its maker, borne out by the page. An author no page prints (a
      speech's file written by the ministry, a person's or a machine's account name) is no issuer.
    - the body every figure's credit names as its maker (…より金融庁作成, or announcing them: …（北野都発表） heading a
      figures sheet's pages; at least two credits, or one announcing the count as its row's label, all naming it), when
      the author read none: the paper's figures and the paper are that body's, _credited_maker.
    - the publisher a masthead row's 【発行】 label names with the issue's date, on the page's first rows
      (_publisher, cover_row.published: 【発行】令和8年3月　北野市自治会連合会), after a stamp;
    - a flyer's desk: the desk its contact band names (_flyer_desk), when none of the above holds;
    A body merely named in a sentence of the text is never read here; "" when none of these holds."""
    title = _unspaced(cover.title)
    agenda = title if title and names_body(title) and any(_AGENDA.match(_unspaced(r.text)) for r in rows) else ""
    return _stamp(rows) or _field_in_margin(doc) or _publisher(rows[:settings.cover.masthead_rows]) or _over_title(cover, rows) or agenda \
        or _foot_band(rows, body) or reported_body(title) or _author_printed(doc) or _credited_maker(doc, settings) \
        or _flyer_desk(cover, doc, rows, settings)


def _publisher(head: list[CoverRow]) -> str:
    """The publisher a masthead row's 【発行】 label names, among the page's first rows (`head`: masthead_rows of them,
    as cover._dated_cover reads the issue's date there; cover_row.published); ""."""
    return next((by for r in head if (by := published(r)[1])), "")


def _over_title(cover: CoverRead, rows: list[CoverRow]) -> str:
    """Convention (a masthead: a paper's body named alone on the page's first row, over its title — an expert
    meeting's English paper, a graduate school over its examination's title): the first row, when it stands over
    the title's first piece, in one piece (pieces set far apart are items side by side: a web page's menu bar, Home
    News … The Cabinet), and names a body (normalizers.bodies.names_body)."""
    if not cover.title_at or not rows:
        return ""
    top = min(b[1] for b in cover.title_at)
    first = min(rows, key=lambda r: r.y0)
    if first.y1 > top or first.apart or not names_body(first.text):   # a web page's menu bar (Home  News  …) is none
        return ""
    return first.text if any(_latin(ch) for ch in first.text) else as_issuer(_unspaced(first.text))   # English spaced


def _foot_band(rows: list[CoverRow], body: float) -> str:
    """Convention (a poster's or a leaflet's foot: the bodies issuing it named on the page's last row, in the
    body's type or larger — 内閣府（防災担当）・消防庁): that row, each of its names naming a body.
    Convention (a list ruled to the page's foot: 例示町一丁目～六丁目、見本新町, a school district's streets in its last
    cell): a row inside a ruled table's box (CoverRow.in_table) is a cell's line, no band — its places are no issuer.
    Convention (a list printed from a spreadsheet, under its table at the page's foot one row 問い合わせ先：北野県例示課
    電話 …): a row opening a contact band (normalizers.bodies.opens_contact) names whom to ask, no issuing body."""
    if not rows:
        return ""
    last = max(rows, key=lambda r: r.y1)
    if last.in_table or opens_contact(_unspaced(last.text)):
        return ""
    names = _unspaced(last.text).split("・")
    return "・".join(as_issuer(n) for n in names) if last.size >= body and all(names_body(n) for n in names) else ""


def _author_printed(doc: SourceDoc) -> str:
    """The PDF's author when it names a public body whose name the document's text prints (_issuer_elsewhere)."""
    author = _compact(doc.info.get("author", ""))
    if not author or not regex.search(ISSUING_END + "$", author) or not names_body(author):
        return ""
    return author if author in printed_text(doc) else ""


def _credited_maker(doc: SourceDoc, settings: Settings) -> str:
    """The one body every figure's credit in the text names as its maker (normalizers.bodies.MADE_BY), when
    settings.cover.maker_credits or more credits name it and none names another; "".
    Convention (a daily figures sheet whose list of cases is headed once by the count announced, 都内感染者数（北野都発表）
    本日判明分：…, the sheet's one page of cases): a credit announcing the count as its row's label — the bracket closing
    the row's first phrase, nothing before it but the count's name (no sentence: no 、 or 。) — names the body whose
    count the sheet is, once as well as on every page; a body announcing something a sentence quotes, or one figure
    credited to its maker, is not the paper's issuer then."""
    credits = [(m, text) for p in doc.pages for ln in p.lines
               for text in (_unspaced(ln.text),) for m in MADE_BY.finditer(text)]
    makers = {m.group("maker") for m, _ in credits}
    if len(makers) != 1:
        return ""
    maker = makers.pop()
    labelled = any(_announcing_label(m, text) for m, text in credits)
    return maker if len(credits) >= settings.cover.maker_credits or labelled else ""


def _announcing_label(credit: regex.Match[str], text: str) -> bool:
    """The credit (MADE_BY) announces a count as its row's label: （…発表） right after the count's name opening the row,
    no sentence before it (_credited_maker)."""
    before = text[:credit.start()]
    return credit.group(0).endswith(("発表）", "発表)")) and bool(before) and not regex.search(r"[、。，．]", before)


def _flyer_desk(cover: CoverRead, doc: SourceDoc, rows: list[CoverRow], settings: Settings) -> str:
    """Convention (a flyer passed round, 回覧: one sheet — its front, and its back if printed, a schedule — no date,
    and at its foot the contact band: 【お問い合わせ先】 / 北野市健康推進課(保健センター） / hours / TEL, or ご予約･お問合せは
    / …課(市役所2階24番窓口） / TEL…まで): the sheet prints no sender but the desk that runs what it offers, named under
    the page's last inquiry key (normalizers.bodies.contact_desk: its place left out). A dated paper, or one of more
    pages (settings.cover.flyer_pages: a report's cover), names whom to ask there, no issuer (issuer20's contact
    band); ""."""
    if len(doc.pages) > settings.cover.flyer_pages or cover.date:
        return ""
    ordered = sorted(rows, key=lambda r: r.y0)
    desks = [contact_desk(_unspaced(k.text), _unspaced(d.text)) for k, d in zip(ordered, ordered[1:])
             if INQUIRY_KEY.match(_unspaced(k.text))]
    return desks[-1] if desks else ""
