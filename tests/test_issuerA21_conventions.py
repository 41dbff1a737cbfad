"""issuerA21: the issuer printed on the first page of letters, notices and council papers (extractors/cover.py,
normalizers/bodies.py)."""
from __future__ import annotations

import issuerA21_conventions as ic
from normalizers.bodies import filer, members_office, orderer, party_named, title_body
from real_truth import norm


def _cover(path):
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    return read_cover(open_document(str(path)))


def test_an_office_note_is_sent_by_the_office_under_its_subject(tmp_path):
    """Addressees braced to one 御中 are all addressees; the office flush right under the subject sends it (on main: the
    last addressee)."""
    cover = _cover(ic.build_office_note(tmp_path / "note.pdf"))
    assert norm(cover.issuer) == ic.NOTE_SENDER and norm(cover.title) == ic.NOTE_SUBJECT, cover


def test_a_bracketed_note_over_a_seal_closes_the_name_over_it(tmp_path):
    """北野省大臣官房参事官 / （医療機器審査担当） / （公印省略）: one sender (on main: the note alone)."""
    cover = _cover(ic.build_sealed_with_note(tmp_path / "tsuchi.pdf"))
    assert norm(cover.issuer) == norm(f"{ic.SEALED[0]}・{ic.SEALED[1]}{ic.SEALED[2]}"), cover


def test_members_of_one_board_sign_for_its_office(tmp_path):
    """Two 北野市監査委員 rows, each with a member's name: the office, once (on main: both rows with the names)."""
    assert norm(_cover(ic.build_members_signing(tmp_path / "kansa.pdf")).issuer) == ic.MEMBERS_OFFICE


def test_a_motion_is_issued_by_its_filer(tmp_path):
    """提出者 under the chair addressed: the filer's row (on main: the city the title's budget names)."""
    assert norm(_cover(ic.build_motion(tmp_path / "motion.pdf")).issuer) == norm(ic.MOTION_FILER)


def test_terms_of_use_are_issued_by_the_party_their_preamble_defines(tmp_path):
    """北野市（以下「本市」という。） in the preamble: the city (on main: none)."""
    assert norm(_cover(ic.build_terms(tmp_path / "kiyaku.pdf")).issuer) == ic.TERMS_PARTY


def test_the_vocabulary_of_bodies():
    assert members_office(["北野市監査委員山田太郎", "子", "北野市監査委員川村花子"]) == "北野市監査委員"
    assert members_office(["北野市議会議員山田太郎", "北野市監査委員川村花子"]) == ""   # two offices: both stay
    assert filer("提出者　北野　一郎") == "提出者北野一郎" and filer("賛成者　北野　一郎") == ""
    assert party_named("よって北野市議会は、国に対し次の事項を求める。") == "北野市議会"
    assert party_named("本サイトは、北野推進協議会（以下「本会」という。）が運用する。") == "北野推進協議会"
    assert party_named("北野法（以下「本法」という。）") == ""   # no body's name
    assert title_body("北野県長期ビジョン") == "北野県" and title_body("都道府県別の状況") == "" \
        and title_body("中小企業省力化投資補助金交付規程") == ""
    assert orderer("発注者　北野市役所道路整備課") == "北野市役所道路整備課" and orderer("受注者　北野測量株式会社") == ""
