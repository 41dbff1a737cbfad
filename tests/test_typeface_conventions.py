"""The typeface conventions of issue 19 on documents typeset here (tests/typeface_conventions.py)."""
from __future__ import annotations

import typeface_conventions as tc
from pipeline.reading import open_document
from extractors.page_flow import build_flow
from extractors.records import TextLine


def test_font_names_stored_in_shift_jis(tmp_path):
    """A font's family is read from its name also when the name is stored in Shift-JIS: the
    headings' ＭＳ ゴシック is a Gothic, the body's ＭＳ 明朝 and the references' Times Mincho."""
    pdf = tc.build_shift_jis_fonts(tmp_path / "sjis.pdf")
    flow = build_flow(open_document(str(pdf)))
    families = {it.text.strip(): flow.roles[i].family for i, it in enumerate(flow.items) if isinstance(it, TextLine)}
    assert families["１．基本的な考え方"] == "gothic" and families[tc.SJIS_REFERENCES[0]] == "mincho"
    assert {f for t, f in families.items() if t.startswith("この方針")} == {"mincho"}


def test_font_names_read_as_their_maker_wrote_them():
    """Shift-JIS or UTF-8 bytes shown as Latin-1 (or read twice over, through Windows-1252),
    half-width kana: the family is the name's."""
    from extractors.typography import family, font_name
    assert font_name("\x82l\x82r \x96¾\x92©") == "ＭＳ 明朝"
    assert family("\x82l\x82r \x83S\x83V\x83b\x83N") == "gothic"
    assert family("â\x80\x9alâ\x80\x9arâ\x80\x93Â¾â\x80\x99Â©") == "mincho"
    assert family("ï¼¤ï¼¦å¹³æ\x88\x90æ\x98\x8eæ\x9c\x9dä½\x93W3") == "mincho"
    assert family("TBPï½ºï¾\x9eï½¼ï½¯ï½¸SL") == "gothic" and family("HG丸ｺﾞｼｯｸM-PRO") == "rounded"
    assert font_name("Cafè") == "Cafè" and family("Arial") == "gothic"
