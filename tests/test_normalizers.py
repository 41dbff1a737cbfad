"""Normalizers: examples, and properties (idempotent, nothing meaningful dropped)."""

from hypothesis import given, settings, strategies as st

from extractors.ministry_cells import leads, parse_ministry_cell
from normalizers.dates import to_iso
from normalizers.ministries import load_registry
from normalizers.numbers import BLANK_UNITS, COUNTERS_ALONE, FIGURE_UNITS, TITLE_UNITS, kanji_to_int, one_of
from normalizers.text import clean, fold_width, join_lines, key

JP = st.sampled_from(list("令和年月日戦略目標取組文経総◎①②【】「」、。・～ー（）ＡＩ２０２２AI 　\u2f49\uf09e"))
TEXT = st.text(alphabet=st.one_of(JP, st.characters(codec="utf-8")), max_size=60)


def test_examples():
    assert clean("ＡＩ戦略２０２２") == "AI戦略2022"
    assert clean("令 和 ４ 年") == "令和4年"
    assert clean("Society 5.0 の実現") == "Society 5.0の実現"
    assert clean("\u2f49") == "月"            # Kangxi radical MOON
    assert clean("\u2ed1") == "長"            # CJK radical supplement, which NFKC misses
    assert clean("\uf09e 項目") == "・項目"    # Wingdings bullet
    assert clean("①～③◎【文】") == "①～③◎【文】"  # kept as printed, unlike NFKC
    assert join_lines(["AI for National", "Resilience の確立"]) == "AI for National Resilienceの確立"
    assert join_lines(["エンジニアやデー", "タサイエンティスト"]) == "エンジニアやデータサイエンティスト"


def test_dates():
    assert to_iso("令 和 ４ 年 ４ 月 ２ ２ 日") == "2022-04-22"
    assert to_iso("令和元年６月１１日") == "2019-06-11"
    assert to_iso("平成30年12月") == "2018-12"  # no day printed: year and month
    assert to_iso("令和6 年5 月") == "2024-05" and to_iso("2024年13月") is None
    assert to_iso("令和７年（２０２５年）３月") == "2025-03" and to_iso("2025年(令和7年)3月31日") == "2025-03-31"
    assert to_iso("2024.4.19") == "2024-04-19" and to_iso("２０２４/０４/１９") == "2024-04-19"
    assert to_iso("12024.4.19") is None and to_iso("2024.4/19") is None and to_iso("バージョン2.0.1") is None
    assert to_iso("2021年6月18日") == "2021-06-18"
    # a date set vertically writes its month and day in kanji too
    assert to_iso("令和二年四月二十七日") == "2020-04-27" and to_iso("令和二年十二月") == "2020-12"
    assert to_iso("令和二年十三月一日") is None and to_iso("令和二年四月三十二日") is None


def test_numbers():
    assert kanji_to_int("二十一") == 21 and kanji_to_int("百五") == 105 and kanji_to_int("１２") == 12


@given(TEXT)
@settings(max_examples=300)
def test_clean_is_idempotent(s):
    assert clean(clean(s)) == clean(s)
    assert fold_width(fold_width(s)) == fold_width(s)


@given(TEXT)
@settings(max_examples=300)
def test_clean_keeps_every_meaningful_character(s):
    """Nothing but layout whitespace disappears: the comparison key survives cleaning."""
    assert key(clean(s)) == key(fold_width(s).replace("\uf09e", "・"))
    for ch in "①◎【】「」、。～":
        assert fold_width(s).count(ch) == clean(s).count(ch)   # ｡ and ､ fold to 。 and 、 first


@given(st.lists(st.text(alphabet=st.sampled_from(list("文経総科技デジ庁IT室個情")), min_size=1, max_size=4), max_size=6),
       st.lists(st.sampled_from(["、", "・", ",", "，"]), min_size=6, max_size=6), st.integers(0, 5))
def test_ministry_cell_keeps_every_entry(names, seps, lead):
    text = ""
    for n, (name, sep) in enumerate(zip(names, seps)):
        text += ("◎" if n == lead else "") + name + (sep if n < len(names) - 1 else "")
    entries = parse_ministry_cell(text)
    assert [e.printed for e in entries] == names
    assert [i for i, x in enumerate(leads(entries)) if x] == ([lead] if lead < len(names) else [])


@given(st.text(max_size=40))
def test_ministry_cell_never_loses_a_glyph(text):
    entries = parse_ministry_cell(text)
    kept = "".join(e.printed for e in entries)
    dropped = [c for c in text if c not in kept]
    assert all(c in "、・,，;；/／\n◎" or c.isspace() for c in dropped)


def test_underlined_lead():
    text = "IT室、総、文"
    flags = [True, True, True, False, False, False, False]
    entries = parse_ministry_cell(text, flags)
    assert [e.printed for e in entries] == ["IT室", "総", "文"] and leads(entries) == [True, False, False]


def test_registry():
    r = load_registry()
    assert r.resolve("CSTI").id == "科技" and r.resolve("個人情報").id == "個情"
    assert r.resolve("IT 室").id == "IT室" and r.by_id["IT室"].successor == "デジ庁"
    assert r.resolve("法").id == "法" and r.resolve("ＸＹＺ") is None
    assert r.successor_chain("IT室") == ["デジ庁"]


# ---------------------------------------------------------------- glyph variants (normalizers/variants.py)
from normalizers.variants import compare_key, key_units, variants  # noqa: E402

_VARIANT_ALPHABET = list(variants()) + list(set(variants().values())) + list("令和年度～〜－−‐‑･・ＡＩAIａ1２3 　\u3099")
_LETTERS = st.text(alphabet=st.sampled_from(list("令和年度目標取組AIaｂ12３カｶ")), min_size=1, max_size=12)
_MIXED = st.text(alphabet=st.one_of(st.sampled_from(_VARIANT_ALPHABET), st.characters(codec="utf-8")), max_size=40)


def _letters(text: str) -> list[str]:
    import unicodedata

    return [c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] in "LN"]


def test_the_variant_table_folds_each_listed_pair():
    import unicodedata

    for variant, canonical in variants().items():
        assert compare_key(f"3{variant}7") == compare_key(f"3{canonical}7"), (hex(ord(variant)), hex(ord(canonical)))
        for ch in (variant, canonical):   # only signs: no letter or digit is ever folded into another
            assert unicodedata.category(ch)[0] not in "LN", hex(ord(ch))
    assert compare_key("（令和3～7年度）") == compare_key("（令和3〜7年度）")
    assert compare_key("A I") == compare_key("AI") == compare_key("ＡＩ")
    assert compare_key("2021－2025") == compare_key("2021−2025") == compare_key("2021‐2025") == compare_key("2021‑2025")
    assert compare_key("データ･連携") == compare_key("データ・連携")


@given(_MIXED)
@settings(max_examples=300, deadline=None)
def test_comparison_keys_are_idempotent_and_keep_the_printed_text(text):
    assert compare_key(compare_key(text)) == compare_key(text)
    units = key_units(text)
    assert "".join(u for u, _ in units) == text


@given(_LETTERS, _LETTERS, st.lists(st.sampled_from(_VARIANT_ALPHABET), max_size=6))
@settings(max_examples=300, deadline=None)
def test_comparison_keys_never_merge_texts_that_differ_in_a_letter(a, b, signs):
    """Variants, spaces and signs put between the letters never make texts whose letters
    (after width folding) differ compare equal."""
    mixed_a = "".join(x + y for x, y in zip(a, signs + [""] * len(a)))
    if _letters(mixed_a) != _letters(b):
        assert compare_key(mixed_a) != compare_key(b)


@given(st.lists(st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_one_of_is_the_letters_it_is_given(letters):
    """A vocabulary's one-letter words as a character class's body: the letters themselves, in order."""
    assert one_of(tuple(letters)) == "".join(letters)


def test_one_of_refuses_a_word_of_more_letters():
    """A word of two letters would turn a character class into one letter or the other, silently."""
    import pytest
    with pytest.raises(ValueError):
        one_of(("人", "万円"))
    for units in (TITLE_UNITS, COUNTERS_ALONE, FIGURE_UNITS, BLANK_UNITS):   # the held vocabulary builds
        assert len(one_of(units)) == len(units)
