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
