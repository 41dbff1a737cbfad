"""Comparison keys that fold glyph variants: characters that print the same but are different
code points, so that an edition set with 〜 (U+301C) and one set with ～ (U+FF5E) compare equal.

The variants are data (glyph_variants.csv beside this file: variant, canonical, note). A key is
NFKC (full and half width folded: ＡＩ → AI, ･ → ・, ｶ → カ), then the table, then no whitespace
at all (so a line break that split a Latin word, 「A I」, is no change against 「AI」). Only
characters that are no letter and no digit are in the table, so two texts that differ in a
letter or a digit never get one key. Keys are for comparing only: texts are shown as printed.
"""
from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from pathlib import Path

from normalizers.text import SPACE_RUN

VARIANTS_PATH = Path(__file__).with_name("glyph_variants.csv")


def _char(code: str) -> str:
    if not code.startswith("U+"):
        raise ValueError(f"{VARIANTS_PATH}: {code!r} is not a code point written U+XXXX")
    return chr(int(code[2:], 16))


@lru_cache(maxsize=1)
def variants() -> dict[str, str]:
    """variant → canonical, as the table lists them."""
    with open(VARIANTS_PATH, encoding="utf-8", newline="") as fh:
        return {_char(r["variant"]): _char(r["canonical"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    return {ord(v): c for v, c in variants().items()}


@lru_cache(maxsize=1 << 17)
def compare_key(text: str) -> str:
    """The text's comparison key: NFKC, glyph variants folded, no whitespace. Repeated until
    it no longer changes (removing a space can bring a combining mark next to a letter), so
    compare_key(compare_key(t)) == compare_key(t)."""
    out = text
    for _ in range(4):
        folded = SPACE_RUN.sub("", unicodedata.normalize("NFKC", SPACE_RUN.sub("", out)).translate(_table()))
        if folded == out or unicodedata.is_normalized("NFKC", folded):
            return folded
        out = folded
    return out


def _joins_previous(ch: str) -> bool:
    """A mark printed on the character before it (combining marks, half-width (semi-)voiced marks)."""
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\uff9e\uff9f"


def key_units(text: str) -> list[tuple[str, str]]:
    """The text cut into printed units (a character with the marks set on it), each with its
    key: joining the first items gives `text` back, joining the second its key (spaces and
    layout whitespace have an empty key)."""
    units: list[str] = []
    for ch in text:
        if units and _joins_previous(ch):
            units[-1] += ch
        else:
            units.append(ch)
    return [(u, compare_key(u)) for u in units]
