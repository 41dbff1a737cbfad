"""A ministry's notice and the guideline it issues (tests/newdocsB21_conventions.py): a typeface sets a line apart only
against its own part's face (typography.page_faces); 別添１ at the top right of the guideline's first page opens an
attachment as 別紙１ does (numbering system attachment), no figure's caption; a header cell's corner ruled off in fine
rules divides the cell (rules_to_cells._divides, _header_corner)."""
from __future__ import annotations

import pytest

import newdocsB21_conventions as nc
from conftest import read_csv, extract_document as _extract
from real_truth import norm


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return _extract(nc.build_notice_with_guideline(tmp_path_factory.mktemp("notice") / "notice.pdf"))


@pytest.fixture(scope="module")
def checklist(tmp_path_factory):
    return _extract(nc.build_checklist_header(tmp_path_factory.mktemp("checklist") / "checklist.pdf"))


def test_a_part_set_in_its_own_face_sets_nothing_apart_by_it(notice):
    """The notice is set in Mincho, the guideline (most of the letters: the body's face) in Gothic: the notice's
    (1) items, sentences hung under their titles, are no headings — before, every labelled line of the Mincho part
    was set apart by its typeface and its sentence read as a title."""
    got = [(norm(h["label"]), norm(h["title"])) for h in read_csv(notice / "headings.csv")]
    assert not [h for h in got if h[1].startswith(norm("指針第２の１"))]
    assert (norm("１"), norm(nc.NOTICE_ITEMS[0][1])) in got


def test_an_attachment_labelled_betten_opens_its_part(notice):
    """別添１ over the guideline's centred title heads the attachment (level 1, its title the centred line), its
    outline 第１ > １ > ⑴ one level under it — before, 別添１ was read as a caption and the guideline's 第１ nested
    under the notice's last item."""
    got = [(int(h["level"]), norm(h["label"]), norm(h["title"])) for h in read_csv(notice / "headings.csv")]
    assert got == [(level, norm(label), norm(title)) for level, label, title in nc.HEADINGS]


def test_a_header_cells_corner_ruled_off_in_fine_rules_divides_it(checklist):
    """結果 spans two columns over 優先度, ruled off in its lower right corner in 0.28 pt under a 0.7 pt frame: the
    table has the header's two rows, 結果 one cell across both columns — before, the fine L was taken for a
    picture in the cell and dropped (one header row), and then the L-shaped region gave 結 | 果."""
    cells = read_csv(checklist / "tables.csv")
    rows = max(int(c["row"]) + int(c["rowspan"]) - 1 for c in cells)
    cols = max(int(c["col"]) + int(c["colspan"]) - 1 for c in cells)
    assert (rows, cols) == (3 + len(nc.ITEMS), 5)
    first = {int(c["col"]): (norm(c["text"]), int(c["colspan"])) for c in cells if c["row"] == "1"}
    assert first[4] == (norm(nc.HEADER[2]), 2)
    assert any(c["row"] == "2" and c["col"] == "5" and norm(c["text"]) == norm(nc.HEADER[3]) for c in cells)
