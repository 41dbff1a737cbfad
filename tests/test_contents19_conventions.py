"""A contents title printed again after the contents, heading no entry (a manual's page titled Contents over its
text): the text's line, not the contents' (extractors/contents._titles_heading_entries). Before, every line reading
as a contents title joined the contents, only the first was written (document.json's contents_title) and the others'
letters were in no dataset (text_not_in_datasets on a Sphinx manual of the sweep)."""
import pymupdf

from extractors.page_flow import build_flow
from pipeline.reading import open_document


def _manual(path):
    doc = pymupdf.open()
    cover = doc.new_page()
    cover.insert_text((150, 150), "Reference Guide", fontsize=24)
    toc = doc.new_page()
    toc.insert_text((72, 90), "Contents", fontsize=16)
    for n, (entry, page) in enumerate([("1 Introduction", 3), ("2 Usage", 4)]):
        toc.insert_text((72, 130 + 20 * n), f"{entry} . . . . . . . . . . . . . . . . . . . . {page}", fontsize=10)
    again = doc.new_page()
    again.insert_text((72, 90), "Contents", fontsize=16)
    again.insert_text((72, 130), "This guide describes the compiler and how it is run from the command line.", fontsize=10)
    body = doc.new_page()
    body.insert_text((72, 90), "1 Introduction", fontsize=16)
    body.insert_text((72, 130), "The compiler turns the source into a module that the interpreter can load.", fontsize=10)
    doc.save(path)
    return str(path)


def test_a_contents_title_heading_no_entry_stays_in_the_text(tmp_path):
    flow = build_flow(open_document(_manual(tmp_path / "manual.pdf")))
    titles = [(flow.items[i].page, flow.items[i].text) for i in sorted(flow.contents) if flow.items[i].text == "Contents"]
    assert titles == [(2, "Contents")]
    assert any(it.page == 2 and "1 Introduction" in it.text for it in (flow.items[i] for i in flow.contents))


def _word_contents(path):
    """Word's contents as its layer sets them: each entry's page number a line of its own flush right on the entry's
    row, set a little higher in another face (the flow reads it before its entry), and 付表's numbered table names
    whose numbers stand left of them (labels, no pages)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((150, 150), "架空の報告書", fontname="japan", fontsize=24)
    toc = doc.new_page()
    toc.insert_text((250, 90), "目　次", fontname="japan", fontsize=14)
    for n, (entry, page) in enumerate(_ENTRIES):
        y = 130 + 26 * n
        toc.insert_text((500, y - 1.5), str(page), fontname="helv", fontsize=10)
        toc.insert_text((72, y), entry, fontname="japan", fontsize=11)
    toc.insert_text((72, 250), "付表", fontname="japan", fontsize=11)
    toc.insert_text((80, 274.5), "1", fontname="helv", fontsize=10)
    toc.insert_text((100, 276), "架空の集計表", fontname="japan", fontsize=11)
    for entry, _ in _ENTRIES:
        page = doc.new_page()
        page.insert_text((72, 90), entry, fontname="japan", fontsize=14)
        page.insert_text((72, 130), "本文の段落です。内容を記します。", fontname="japan", fontsize=11)
    doc.save(path)
    return str(path)


_ENTRIES = [("Ⅰ．総論", 1), ("１．現状", 3), ("２．課題", 7), ("Ⅱ．各論", 12)]


def test_a_page_number_set_as_a_line_of_its_own_is_its_row_s_entry_s_page(tmp_path):
    """contents.contents_entries takes each entry's page from the number standing on its row to its right
    (_numbers_on_rows), in whatever order the flow reads them; a number left of its entry is a label, no page."""
    from extractors.contents import contents_entries

    flow = build_flow(open_document(_word_contents(tmp_path / "report.pdf")))
    got = [(title, page) for _, _, title, page in contents_entries(flow.items, flow.contents)]
    assert got == [("総論", 1), ("現状", 3), ("課題", 7), ("各論", 12), ("付表", 0), ("架空の集計表", 0)]
