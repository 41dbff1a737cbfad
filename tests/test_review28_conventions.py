"""review28's guards on session 28's conventions (invented bodies and days)."""
from __future__ import annotations

from extractors.numbering import INSTRUMENT_NUMBER, folded
from normalizers.dates import DATE, to_iso


def test_a_cited_instruments_body_after_the_days_tsuke():
    """A notice cites an instrument by its day and 付(け) (令和５年３月31日付け例示省告示第10号): the body the number names
    is 例示省, never 付け例示省; the day alone before the body (blind28b's caption) reads as before."""
    for text in ("（令和５年３月31日付け例示省告示第10号）", "令和5年3月31日付例示省告示第10号", "月額表（令和5年3月31日例示省告示第10号別表第一）"):
        m = INSTRUMENT_NUMBER.search(text)
        assert m is not None and m.group(1) == "例示省", text


def test_era_initial_dates_and_their_guards():
    """R5.4.1 reads 令和; a version's VER2.1.3 holds no date; R2.1.0 matches but to_iso reads no day 0."""
    assert to_iso("R5.4.1") == "2023-04-01" and to_iso("H31/4/30") == "2019-04-30"
    assert DATE.search("VER2.1.3") is None and to_iso("R2.1.0") is None


def test_a_subscript_digit_opening_a_line_reads_as_its_figure():
    assert [folded(chr(0x2080 + k) + "　例示") for k in (1, 2, 9)] == ["1 例示", "2 例示", "9 例示"]
    assert folded("CO₂ の排出") == "CO₂ の排出"
