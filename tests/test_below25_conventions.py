"""below25 (tests/below25_conventions.py): a notice's head over its subject is the cover's, no heading; a 告示's 件名
over its number is its title, whatever its type."""
from __future__ import annotations

import json

import below25_conventions as bc
from conftest import extract_document as _extract, read_csv
from real_truth import norm


def test_senders_centred_over_their_seals_head_nothing(tmp_path):
    """Two senders, each centred over its letter-spaced （公 印 省 略）: the notice's head (cover._notice hands it on as
    Cover.head_at), no title-kind headings over the letter — on main each sender and its seal read as one, and 第１ / 第２
    were ranked under them."""
    out = _extract(bc.build_joint_notice(tmp_path / "notice.pdf"))
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(out / "headings.csv")]
    assert got == [(d, norm(label), norm(title)) for d, label, title in bc.NOTICE_HEADINGS], got
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["title"] == bc.NOTICE_TITLE
    assert meta["issuer"] == "・".join(bc.NOTICE_SENDERS)


def test_vertical_kokuji_titled_by_the_column_over_its_number(tmp_path):
    """A 告示 set down in columns, every column in one size: the 件名 column over ○例示省告示第十号 is the title
    (cover._instrument_titled) — on main a first page in one size throughout named no title."""
    out = _extract(bc.build_vertical_kokuji(tmp_path / "kokuji.pdf"))
    meta = json.loads((out / "document.json").read_text(encoding="utf-8"))
    assert meta["title"] == bc.KOKUJI_TITLE, meta["title"]
    assert meta["date"] == "2022-03-04"
    assert meta["issuer"] == "例示省"
    assert bc.KOKUJI_TITLE not in [h["title"] for h in read_csv(out / "headings.csv")]
