"""audit22's cover conventions on built pages (tests/audit22_conventions.py), each asserting what the page prints — its
title, date and issuer as a reader reads them — for the conventions no tests/real truth covers: a judgment signed off
with no date (issuer._signed_off_undated), a filer beside the addressee (issuer._filer_beside_addressee), a council's
session line (bodies.session_body), a running head naming the title's place (cover._off_running_place,
_named_by_place), a schedule printed alone (numbering.SCHEDULE_ALONE), an ornament row (cover._ornament), a title row's
wrap (cover._wrapped_under), a span of days (cover_row._SPAN_TO), a revision's date (cover._AMENDED), a masthead's
【発行】 row (cover_row.published) and an examination booklet's day (cover._booklet_day). Every page test failed on the
code before audit22 (953f286). The pure functions get property tests (hypothesis). The new names are imported inside
the tests, so that each test fails on its own where they are missing."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

import audit22_conventions as ac
from conftest import extract_document as _extract
from real_truth import norm


def _document(pdf) -> dict:
    return json.loads((_extract(pdf) / "document.json").read_text(encoding="utf-8"))


def _cover(pdf):
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    return read_cover(open_document(str(pdf)))


# --- issuer ------------------------------------------------------------------------------------------------------

def test_a_judgment_signed_off_with_no_date_is_issued_by_the_court(tmp_path):
    """…主文のとおり判決する。 / 北野高等裁判所第二民事部 / 裁判官 … / (a judge unable to sign) / 裁判長裁判官 …: no date
    closes the text; the court on the first row after its last sentence, over its judges, issues it — the note among
    the signatures is no close (before: no issuer)."""
    assert _document(ac.build_judgment(tmp_path / "judgment.pdf"))["issuer"] == ac.COURT


def test_a_members_filing_row_names_the_filer(tmp_path):
    """令和４年２月１６日　北野市議会議長　殿　　北野市議会議員　氏名　南野　一郎: the member after the addressee, the form's 氏名
    label out, files the paper (before: no issuer)."""
    doc = _document(ac.build_filing(tmp_path / "filing.pdf"))
    assert (norm(doc["title"]), doc["date"], doc["issuer"]) == (norm(ac.FILING_TITLE), "2022-02-16", ac.FILER)


def test_a_councils_session_line_names_the_council(tmp_path):
    """令和７年 第５回 北野市議会 （定例会） over 一般質問日程表: the council issues the schedule (before: no issuer)."""
    doc = _document(ac.build_session_schedule(tmp_path / "schedule.pdf"))
    assert doc["issuer"] == ac.COUNCIL
    assert norm(doc["title"]).endswith(norm(ac.SESSION_TITLE))


_ERA = st.sampled_from(["令和", "平成", "昭和"])
_KANJI = st.text(st.sampled_from("北南東西野川山田原中上下津島"), min_size=1, max_size=4)
_ISSUING = st.sampled_from(["市", "町", "村", "県", "区"])
_DIGITS = st.sampled_from(["0123456789", "０１２３４５６７８９"])


def _figures(n: int, digits: str) -> str:
    return "".join(digits[int(c)] for c in str(n))


@settings(max_examples=300, deadline=None)
@given(_ERA, st.one_of(st.just(0), st.integers(1, 64)), st.integers(1, 12), _KANJI, _ISSUING,
       st.sampled_from(["定例会", "臨時会"]), st.sampled_from([("（", "）"), ("(", ")"), ("", "")]), _DIGITS)
def test_session_body_reads_the_council_a_session_line_names(era, year, number, place, end, kind, brackets, digits):
    """Property: 〈era〉〈year or 元〉年第〈n〉回〈place〉議会〈(定例会|臨時会)〉, white space out, names 〈place〉議会."""
    from normalizers.bodies import session_body
    council = place + end + "議会"
    printed = _figures(year, digits) if year else "元"
    line = f"{era}{printed}年第{_figures(number, digits)}回{council}{brackets[0]}{kind}{brackets[1]}"
    assert session_body(line) == council


@settings(max_examples=300, deadline=None)
@given(_ERA, st.integers(1, 64), _KANJI, _ISSUING, st.sampled_from(["において", "で審議された", "の会議録", "の議事日程"]))
def test_session_body_reads_no_council_from_a_row_running_on(era, year, place, end, tail):
    """Property: a row that runs on past the session (a sentence, another paper's name) names no council."""
    from normalizers.bodies import session_body
    assert session_body(f"{era}{year}年第1回{place}{end}議会定例会{tail}") == ""


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["裁判官", "裁判長裁判官", "北野市長", "議長", "委員", "厚生労働大臣", "北野県知事"]),
       st.text(st.sampled_from("北南野川山田太郎次花子一"), min_size=2, max_size=5), st.sampled_from(["　", " ", "　　"]))
def test_an_office_holder_signing_with_a_name_signs_with_name(office, name, gap):
    """Property: an office's title ending as an office holder's (…長, …官, …員, …大臣, …知事) and a name after it, letter-
    spaced or not, is a signature (bodies.signs_with_name)."""
    from normalizers.bodies import signs_with_name
    assert signs_with_name(office + gap + gap.join(name))


@pytest.mark.parametrize("row", [ac.UNABLE, "よって、主文のとおり判決する。", ac.COURT, "北野市長", "以上"])
def test_a_sentence_or_a_bare_office_signs_with_no_name(row):
    """A sentence (the note of a judge unable to sign), a body's name, an office alone: no signature."""
    from normalizers.bodies import signs_with_name
    assert not signs_with_name(row)


# --- title -------------------------------------------------------------------------------------------------------

def test_a_running_head_naming_the_titles_place_is_no_title(tmp_path):
    """第I部 第2章 第5節 査定, small at the top right in the headings' face, over 第5節 査定 in the body's size and face: the
    head places the title, no row of it; the title is the row it names (before: the head, 第I部第2章第5節査定, read as the
    title by its face)."""
    assert norm(_cover(ac.build_running_head(tmp_path / "section.pdf")).title) == norm(ac.SECTION)


def test_a_schedule_printed_alone_is_titled_by_its_name(tmp_path):
    """別表第二 / 北野診療報酬点数表 / ［目次］ …, all in one size: the label places the schedule, its name titles it (before:
    no title)."""
    assert norm(_document(ac.build_schedule_alone(tmp_path / "schedule.pdf"))["title"]) == norm(ac.SCHEDULE[1])


def test_a_row_of_one_mark_repeated_is_an_ornament_the_title_runs_on_over(tmp_path):
    """令和３年度 / ※※※… / 事業及び決算報告書 / ※※※…: the title is the year and the report's name (before: the year alone)."""
    doc = _document(ac.build_ornamented(tmp_path / "report.pdf"))
    assert norm(doc["title"]) == norm(ac.YEAR + ac.REPORT)


def test_a_title_rows_wrap_from_its_left_edge_is_the_titles(tmp_path):
    """安全性が確認できるまで…接種の centred, 中止を求める意見書 under it from the same left edge, in the body's size: one
    title (before: no title)."""
    doc = _document(ac.build_wrapped_title(tmp_path / "opinion.pdf"))
    assert norm(doc["title"]) == norm("".join(ac.OPINION))


# --- date --------------------------------------------------------------------------------------------------------

def test_a_span_of_days_under_the_title_does_not_date_the_paper(tmp_path):
    """令和７年６月16日（月）～６月20日（金）: the session's days, no day the paper was made (before: 2025-06-16)."""
    doc = _document(ac.build_session_days(tmp_path / "session.pdf"))
    assert doc["date"] == ""


_WEEK = st.sampled_from(["", "（月）", "（金）", "(土)"])
_WAVE = st.sampled_from(["～", "〜", "~", "　～　", "～\u3000"])


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 8), st.integers(1, 12), st.integers(1, 28), _WEEK, _WAVE, st.booleans(), st.booleans(),
       st.integers(1, 12), st.integers(1, 28), _WEEK, _DIGITS)
def test_a_date_followed_by_a_wave_dash_and_another_day_is_never_the_date(year, month, day, week, wave, with_year,
                                                                          with_month, month2, day2, week2, digits):
    """Property (cover_row._SPAN_TO): a date row 〈date〉〈weekday〉～〈[era year][month]day〉〈weekday〉 reads no date, whatever
    the figures' width (the row's text cleaned as cover_rows reads it); the same row without the second day reads its date."""
    from extractors.cover_row import CoverRow, _row_date
    from normalizers.text import clean
    f = lambda n: _figures(n, digits)   # noqa: E731
    first = f"令和{f(year)}年{f(month)}月{f(day)}日{week}"
    second = (f"令和{f(year + 1)}年" if with_year else "") + (f"{f(month2)}月" if with_month or with_year else "") + f"{f(day2)}日{week2}"
    row = lambda text: CoverRow(100.0, 112.0, 12.0, clean(text), 200.0, 400.0, words=(clean(text),))   # as cover_rows  # noqa: E731
    assert _row_date(row(first + wave + second), 0.5).iso == ""
    assert _row_date(row(first), 0.5).iso == f"{2018 + year}-{month:02d}-{day:02d}"


def test_of_a_made_and_an_updated_date_the_update_dates_the_paper(tmp_path):
    """令和8年1月11日作成 / 令和8年4月1日更新 under the title: the paper as last updated (before: 2026-01-11)."""
    assert _document(ac.build_revised_stack(tmp_path / "list.pdf"))["date"] == "2026-04-01"


def test_a_revision_stamp_over_the_title_dates_the_paper(tmp_path):
    """令和4年7月12日修正 at the top right over 基礎数学I, no date under it: the paper as revised (before: no date)."""
    doc = _document(ac.build_revision_over_title(tmp_path / "booklet.pdf"))
    assert (norm(doc["title"]), doc["date"]) == (norm("基礎数学I"), "2022-07-12")


def test_a_masthead_row_dates_the_issue_and_names_its_publisher(tmp_path):
    """【発行】令和8年3月　北野市自治会連合会, small at the top right over the newsletter's tagline (which opens with the same
    name) and its name in display type: the issue's month and its publisher (before: neither)."""
    doc = _document(ac.build_masthead_issue(tmp_path / "newsletter.pdf"))
    assert (doc["date"], doc["issuer"]) == ("2026-03", ac.MASTHEAD[1])


def test_a_masthead_row_is_no_running_head(tmp_path):
    """The same masthead row ends with the name the row under it opens with, as a running head ends with its title's
    opening words (cover._off_running_place): printing the issue's date (cover_row.published) it is the cover's own
    row, read for the date — not set aside as a running place."""
    from extractors.cover import _grids, _off_running_place, _page_rows
    from extractors.settings import DEFAULT
    from pipeline.reading import open_document
    from extractors.typography import document_body
    doc = open_document(str(ac.build_masthead_issue(tmp_path / "newsletter.pdf")))
    body = document_body(doc, DEFAULT.typography)[0]
    rows = _page_rows(doc.pages[0], DEFAULT, body, _grids(doc.pages[0], DEFAULT))
    placed, named = _off_running_place(rows, doc.pages[0], body, DEFAULT)
    assert named is None and norm(placed[0].text) == norm("".join(ac.MASTHEAD))


def test_an_examination_booklet_is_dated_by_the_day_over_its_title_and_set_by_its_school(tmp_path):
    """平成30年8月4日（土） / 北野大学大学院情報科学研究科 / …入学試験問題 / （一般選抜） / 専門科目: the examination's day dates the
    booklet, the school sets it (before: neither)."""
    doc = _document(ac.build_exam_booklet(tmp_path / "exam.pdf"))
    assert (doc["date"], doc["issuer"]) == ("2018-08-04", ac.SCHOOL)


# --- pure readers of a cover row ---------------------------------------------------------------------------------

def _row(text: str):
    from extractors.cover_row import CoverRow
    from extractors.line_roles import dating_line
    from normalizers.text import clean
    d = dating_line(text)   # cover.cover_rows's CoverRow.dating and CoverRow.after_addressee, on its one piece
    return CoverRow(10.0, 22.0, 10.0, clean(text), 382.0, 578.0, words=(clean(text),), dating=d.date if d else "",
                    after_addressee=d.after if d else "")   # as cover_rows reads a row


_PUBLISHERS = st.sampled_from(["北野市自治会連合会", "北野市", "北野町教育委員会", "社会福祉法人北野市社会福祉協議会"])


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9), st.integers(1, 12), st.one_of(st.none(), st.integers(1, 28)),
       st.sampled_from(["【発行】", "［発行］", "[発行元]", "【発行者】"]), st.sampled_from(["", "　", " "]), _PUBLISHERS,
       _DIGITS)
def test_a_masthead_row_reads_its_issue_date_and_publisher(year, month, day, label, gap, body, digits):
    """Property (cover_row.published): 〈【発行】〉〈date〉〈publisher〉 reads the date, to its month or its day, and the
    publisher."""
    from extractors.cover_row import published
    f = lambda n: _figures(n, digits)   # noqa: E731
    date = f"令和{f(year)}年{f(month)}月" + (f"{f(day)}日" if day else "")
    got, by = published(_row(f"{label}{date}{gap}{body}"))
    iso = f"{2018 + year}-{month:02d}" + (f"-{day:02d}" if day else "")
    assert (got.iso, by) == (iso, body)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9), st.integers(1, 12), st.integers(1, 28), _DIGITS)
def test_a_date_closed_by_issued_is_the_issues_date_and_no_publisher(year, month, day, digits):
    """Property: a piece that is a date closed by 発行 (令和8年2月20日発行) reads that date and no publisher; a date in a
    sentence before 発行 is none."""
    from extractors.cover_row import published
    f = lambda n: _figures(n, digits)   # noqa: E731
    date = f"令和{f(year)}年{f(month)}月{f(day)}日"
    got, by = published(_row(date + "発行"))
    assert (got.iso, by) == (f"{2018 + year}-{month:02d}-{day:02d}", "")
    assert published(_row(f"本誌は{date}に発行")) == published(_row("お知らせ"))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9), st.integers(1, 12), st.integers(1, 28), _KANJI, st.sampled_from(["市", "町", "村"]),
       st.text(st.sampled_from("北南東西野川山田太郎次花子一"), min_size=2, max_size=4), st.sampled_from(["殿", "御中"]),
       st.sampled_from(["氏名　", "氏名：", ""]))
def test_a_filing_row_names_the_filer_after_the_addressee(year, month, day, place, end, name, to, field):
    """Property (issuer._filer_beside_addressee): 〈date〉 〈council〉議長 殿 〈council〉議員 氏名 〈name〉 — the member, with
    the name kept (a member's filing), is the filer; the same words with no date opening the row name none."""
    from extractors.issuer import _filer_beside_addressee
    council = place + end + "議会"
    tail = f"　{council}議長　{to}　　{council}議員　{field}{name[:1]}　{name[1:]}"
    assert _filer_beside_addressee(_row(f"令和{year}年{month}月{day}日" + tail)) == f"{council}議員{name}"
    assert _filer_beside_addressee(_row("提出先" + tail)) == ""


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("※＊*☆★◆◇●○■□◎・-―="), st.integers(3, 40), st.sampled_from(["", " ", "　"]))
def test_a_row_of_one_mark_repeated_is_an_ornament(mark, n, gap):
    """Property (cover._ornament): one mark, no letter and no digit, repeated three times or more (spaced or not) is
    an ornament; a row of one letter or one digit repeated, or of two marks, is none."""
    from extractors.cover import _ornament as ornament
    from extractors.settings import DEFAULT

    def _ornament(row):
        return ornament(row, DEFAULT.cover)
    assert _ornament(_row(gap.join(mark * n)))
    assert not _ornament(_row(mark * 2))
    assert not _ornament(_row("〇" * n)) and not _ornament(_row("1" * n)) and not _ornament(_row("※" * n + "◆"))
