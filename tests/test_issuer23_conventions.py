"""issuer23: issuers printed where the cover's readers do not look, read by convention."""
from __future__ import annotations

import issuer23_conventions as ic
import issuer20_conventions as ic20
from real_truth import norm


def _cover(path):
    from extractors.cover import read_cover
    from pipeline.reading import open_document
    return read_cover(open_document(str(path)))


def test_a_flyer_is_issued_by_the_desk_its_contact_band_names(tmp_path):
    """回覧 flyer, no date, 【お問い合わせ先】 / 北野市健康推進課（保健センター） / hours / TEL at its foot: the desk, its place
    left out (on main: none)."""
    assert norm(_cover(ic.build_flyer(tmp_path / "flyer.pdf")).issuer) == ic.FLYER_DESK


def test_a_flyer_asking_to_book_names_its_desk_too(tmp_path):
    """ご予約･お問合せは / 北野市健康推進課（市役所2階24番窓口）, a schedule on the sheet's back (on main: none)."""
    path = ic.build_flyer(tmp_path / "flyer.pdf", key="ご予約･お問合せは", place="（市役所2階24番窓口）", back=True)
    assert norm(_cover(path).issuer) == ic.FLYER_DESK


def test_a_dated_papers_contact_band_is_still_no_issuer(tmp_path):
    """The policy paper's cover (dated, pages after it) with 【連絡先】 / 大臣官房会計課 at its foot: whom to ask, none."""
    assert _cover(ic20.build_contact_band(tmp_path / "budget.pdf")).issuer == ""
