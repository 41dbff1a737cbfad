"""/ActualText (extractors/layout.py, `_glyphs_if_astray`): the text a tagged PDF's structure tree
says its marked content stands for. MuPDF puts it in place of the glyphs; a producer's broken
tree (Word 2010's) hands marked content the ActualText of other elements — a chapter page read as
the cover's and the contents' words. Where the two readings of a page share few letters the page
is read from its glyphs; a faithful ActualText (a dash spelled otherwise) is kept."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import read_csv
from extractors.layout import read_pdf, reads_glyphs, tree_actual_text
from letters import printed
from pipeline.cli import main
from real_truth import norm

HEADING = "1 Purpose of the allowance"
BODY = "The council pays each member an allowance for research and reports on how it was spent."


def _tagged(path: Path, lines: list[tuple[float, str, str]]) -> Path:
    """A one-page tagged PDF: each (size, glyphs, actual_text) one marked-content line whose
    structure element (found through the page's /StructParents and the ParentTree) carries
    `actual_text` as its /ActualText."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "x", fontname="helv", fontsize=12)   # the font resource /helv
    content = "".join(f"/P <</MCID {i}>> BDC BT /helv {size} Tf 72 {742 - 40 * i} Td ({text}) Tj ET EMC\n"
                      for i, (size, text, _) in enumerate(lines))
    doc.update_stream(page.get_contents()[0], content.encode("latin-1"))
    root, tree = doc.get_new_xref(), doc.get_new_xref()
    elems = [doc.get_new_xref() for _ in lines]
    for i, (xref, (_, _, actual)) in enumerate(zip(elems, lines)):
        doc.update_object(xref, f"<</Type/StructElem/S/Span/P {root} 0 R/Pg {page.xref} 0 R/K {i}/ActualText({actual})>>")
    kids = " ".join(f"{x} 0 R" for x in elems)
    doc.update_object(tree, f"<</Nums[0[{kids}]]>>")
    doc.update_object(root, f"<</Type/StructTreeRoot/K[{kids}]/ParentTree {tree} 0 R/ParentTreeNextKey 1>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(page.xref, "StructParents", "0")
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def astray(tmp_path_factory) -> Path:
    """Word 2010's defect: the chapter's heading and body carry the ActualText of the cover."""
    return _tagged(tmp_path_factory.mktemp("astray") / "astray.pdf",
                   [(14, HEADING, "Handbook of the research allowance"), (11, BODY, "Issued by the council, April 2016")])


def test_mupdf_reads_the_stray_actual_text(astray):
    """The defect as MuPDF shows it: its default text is the other element's words."""
    with pymupdf.open(astray) as doc:
        assert "Handbook" in doc[0].get_text() and "Purpose" not in doc[0].get_text()


def test_a_page_whose_actual_text_is_astray_is_read_from_its_glyphs(astray):
    """The glyphs' own words are read, and a note says so."""
    src = read_pdf(str(astray))
    text = [ln.text for ln in src.pages[0].lines]
    assert norm(HEADING) in map(norm, text) and norm(BODY) in map(norm, text)
    assert not any("Handbook" in t or "Issued" in t for t in text)
    assert (1, "actual_text_astray") in {(p, w) for p, w, _ in src.warnings}
    assert not any(w == "damaged_pdf" for _, w, _ in src.warnings)


def test_the_letters_are_counted_from_the_glyphs_too(astray):
    """What the datasets are measured against reads the page as they do."""
    with pymupdf.open(astray) as doc:
        assert tree_actual_text(doc) and reads_glyphs(doc[0], True)
    count = printed([astray])
    assert count["P"] >= 1 and count["H"] == 0


def test_the_heading_is_found(astray, tmp_path):
    assert main(["extract", str(astray), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out/documents/astray"
    text = " ".join(r["text"] for r in read_csv(out / "paragraphs.csv"))
    assert "council pays" in text and "Issued by" not in text


def test_a_faithful_actual_text_is_kept(tmp_path):
    """An ActualText that spells a figure dash as a hyphen shares all but one letter with the
    glyphs: MuPDF's reading stands."""
    pdf = _tagged(tmp_path / "faithful.pdf", [(11, "well\x97being of the members of the council", "well-being of the members of the council")])
    src = read_pdf(str(pdf))
    assert norm("".join(ln.text for ln in src.pages[0].lines)) == norm("well-being of the members of the council")
    assert "actual_text_astray" not in {w for _, w, _ in src.warnings}
