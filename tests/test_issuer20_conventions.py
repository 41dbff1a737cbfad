"""issuer20: the cover's issuer names a body or an office (normalizers.bodies), or no row is read as the issuer."""
from __future__ import annotations

import pytest

import issuer20_conventions as ic
from real_truth import norm


def _cover(path):
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    return read_cover(open_document(str(path)))


def test_a_head_signing_with_a_name_is_the_office(tmp_path):
    """北野村長　山田　太郎 under the date: the issuer is the office, 北野村長 (on main: the office and the name)."""
    assert norm(_cover(ic.build_head_signing(tmp_path / "bill.pdf")).issuer) == "北野村長"


def test_a_place_names_no_issuer_and_the_members_sign_for_their_body(tmp_path):
    """於 … under the date is the place; …会議構成員一同 is the body (on main: the place was read)."""
    assert norm(_cover(ic.build_deck_with_place(tmp_path / "deck.pdf")).issuer) == norm(ic.DECK_BODY)


def test_a_lead_in_names_no_issuer_the_row_after_it_does(tmp_path):
    """Prepared and Published by / THE … COMMISSION / UNDER THE AUTHORITY OF: the commission alone (on main: the lead-in)."""
    assert norm(_cover(ic.build_english_lead_in(tmp_path / "act.pdf")).issuer) == norm(ic.LAW_BODY)


def test_a_contact_band_is_no_issuer(tmp_path):
    """【連絡先】 and the office under it at the cover's foot say whom to ask: no issuer (on main: 【連絡先】)."""
    assert _cover(ic.build_contact_band(tmp_path / "budget.pdf")).issuer == ""


def test_a_public_notice_is_signed_under_its_date(tmp_path):
    """北野村公告第２１号, its subject, the enacting sentence, the date and 北野村長　山田　太郎: 北野村長 (on main: none)."""
    cover = _cover(ic.build_public_notice(tmp_path / "notice.pdf"))
    assert norm(cover.issuer) == "北野村長" and cover.date == "2026-07-17", cover


def test_an_instrument_is_the_body_its_number_names(tmp_path):
    """北野省告示第二号 signed by 北野大臣　山田　太郎: the body, 北野省 (on main: the head and the name)."""
    assert norm(_cover(ic.build_instrument(tmp_path / "kokuji.pdf")).issuer) == "北野省"


def test_a_cover_with_no_date_is_issued_by_the_name_at_its_foot(tmp_path):
    """No date under the budget book's title: the village's name at the foot is the issuer (on main: none)."""
    assert norm(_cover(ic.build_budget_book_cover(tmp_path / "book.pdf")).issuer) == ic.BOOK_BODY


def test_a_company_in_brackets_under_a_secretariat_closes_its_name(tmp_path):
    """…事務局 / （北野印刷株式会社） at the foot of a cover with no date: one name (on main: none)."""
    assert norm(_cover(ic.build_secretariat_cover(tmp_path / "kitei.pdf")).issuer) == norm("".join(ic.SECRETARIAT))


def test_a_budget_paper_is_issued_by_the_body_whose_budget_it_is(tmp_path):
    """令和２年度北野省第２次補正予算（案） and no row naming an issuer: 北野省 (on main: none)."""
    assert norm(_cover(ic.build_budget_paper(tmp_path / "budget.pdf")).issuer) == "北野省"


def test_minutes_with_no_meeting_s_number_are_the_body_s(tmp_path):
    """…アドバイザリーボード議事概要 with no 第N回: the body is the issuer (on main: none)."""
    assert norm(_cover(ic.build_minutes_unnumbered(tmp_path / "minutes.pdf")).issuer) == norm(ic.MINUTES_BODY)


def test_a_series_line_names_its_body():
    """政府CIO補佐官等ディスカッションペーパー: the series of the CIO advisers (and others) — tests/cover_conventions.py
    build_series_cover reads it on a built cover."""
    from normalizers.bodies import series_body
    assert series_body("北野村情報政策補佐官等ディスカッションペーパー") == "北野村情報政策補佐官"
    assert series_body("ディスカッションペーパー") == "" and series_body("研究成果ワーキングペーパー") == ""


def test_an_office_named_with_its_telephone_number():
    from normalizers.bodies import as_issuer, names_body
    assert names_body("北野県福祉保健部医務薬事課　025-280-5184") and as_issuer("北野県福祉保健部医務薬事課025-280-5184") == \
        "北野県福祉保健部医務薬事課"


@pytest.mark.parametrize("row", ["¥100,000 per person", "9時25分～9時35分", "於日本記者クラブ10階ホール", "地域の皆様",
                                 "【連絡先】", "Prepared and Published by", "Release 0.29a0", "Full Text (Japanese)",
                                 "解答上の注意", "「情報システムの合理化をどうすべきか」といった施策を戦", "1事業所",
                                 "Municipal social welfare council", "UNDER THE AUTHORITY OF",
                                 "北野市議会議長　山田太郎　殿", "各都道府県衛生主管部（局）薬務主管課 御中",
                                 "上記の議案に対する修正案を別紙のとおり地方自治法第115条の3及び北野市"])
def test_a_row_naming_no_body_is_no_issuer(row):
    from normalizers.bodies import names_body
    assert not names_body(row)


@pytest.mark.parametrize("row", ["総務省", "内閣府（防災担当）", "法務省民事局参事官室", "政府CIO補佐官", "南国市長　平山　耕三",
                                 "THE LAW REVISION COMMISSION", "Cabinet Office", "最高裁判所第一小法廷",
                                 "小平市議会議員 安竹洋平", "独立行政法人医薬品医療機器総合機構"])
def test_a_row_naming_a_body_or_an_office(row):
    from normalizers.bodies import names_body
    assert names_body(row)
