"""Files met in a sweep over PDFs nobody had read with the pipeline: each once failed inside the
pipeline (an internal error, the file left out). The layouts are built here from the convention."""
from __future__ import annotations

import pymupdf

import table_conventions as tc
from conftest import extract_document, read_csv
from real_truth import norm

FONT = "japan"


def _table_to_the_foot_then_a_numbered_title(path):
    """A 別表 page: a numbered title, then a ruled table to the page's foot; the next page opens with
    the next numbered title over a paragraph set further in. The item before that title is the table."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "（別表）", fontname=FONT, fontsize=10.5)
    page.insert_text((60, 95), "１．　経費区分及び補助率", fontname=FONT, fontsize=10.5)
    xs, ys = [60, 250, 535], [110 + 40 * i for i in range(17)]
    tc._grid_lines(page, xs, ys)
    for r, y in enumerate(ys[:-1]):
        for c, x in enumerate(xs[:-1]):
            page.insert_text((x + 4, y + 24), f"区分{r + 1}の欄{c + 1}", fontname=FONT, fontsize=10)
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 70), "２．　補助対象となる機器及び周辺機器の範囲について", fontname=FONT, fontsize=10.5)
    page.insert_text((81, 95), "本事業において、補助対象となる機器の購入費の内訳は以下に限定する。", fontname=FONT,
                     fontsize=10.5)
    page.insert_text((70.5, 113), "以下に該当しない機器の購入費は補助対象外とする。", fontname=FONT, fontsize=10.5)
    doc.save(path)
    return path


def test_a_numbered_title_after_a_table_that_ends_the_page_before(tmp_path):
    """Was: AssertionError in headings._aligned (the item before ２． is a table, read as a text line)."""
    out = extract_document(_table_to_the_foot_then_a_numbered_title(tmp_path / "bessi.pdf"))
    labels = [norm(h["label"]) for h in read_csv(out / "headings.csv")]
    assert "2." in labels or "２．" in labels, labels
    assert len(read_csv(out / "tables.csv")) > 0


def _boxes_in_a_row(path, widths, texts, divided=True):
    """Ruled boxes in a row on one sheet's rows: each starts at y 100 and ends at y 160, a rule at
    y 130 dividing its header from its value; `widths` each, 20 pt apart."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "１　患者の発生状況", fontname=FONT, fontsize=12)
    x = 60.0
    for w, (head, value) in zip(widths, texts):
        ys = [100, 130, 160] if divided else [100, 160]
        tc._grid_lines(page, [x, x + w], ys)
        page.insert_text((x + 4, 120), head, fontname=FONT, fontsize=10)
        page.insert_text((x + 4, 150), value, fontname=FONT, fontsize=10)
        x += w + 20
    page.insert_text((60, 200), "※ 数値は速報値であり、今後の調査により変動する可能性がある。", fontname=FONT, fontsize=10)
    doc.save(path)
    return path


def test_tables_side_by_side_on_one_sheet_are_tables_not_a_bar_chart(tmp_path):
    """Four ruled boxes of several widths in a row, level at top and foot (a report's key figures laid
    on a spreadsheet: 総数 | 65歳以上 | 重症者 | 検査実施件数), are four tables; they were read as a
    chart's bars standing on one foot (rules_to_cells._bars), and no table came out."""
    texts = [("総数", "783"), ("65歳以上", "87"), ("重症者", "0"), ("検査実施件数", "6,363")]
    out = extract_document(_boxes_in_a_row(tmp_path / "report.pdf", [150, 60, 45, 80], texts))
    cells = read_csv(out / "tables.csv")
    assert sorted({c["table_id"] for c in cells}) == ["1", "2", "3", "4"]
    assert [norm(c["text"]) for c in cells] == [norm(t) for pair in texts for t in pair]


def test_bars_of_one_width_level_at_top_are_still_a_chart(tmp_path):
    """A chart's bars of equal totals (an ionogram: cations beside anions) start level as well, but a
    chart draws every bar at one width: the boxes stay a chart's, no tables (guards _side_by_side's
    width test: boxes level at top are not enough to make tables)."""
    out = extract_document(_boxes_in_a_row(tmp_path / "bars.pdf", [40, 40, 40], [("Na", "140"), ("Cl", "106"), ("K", "4")]))
    tables = out / "tables.csv"
    assert not tables.is_file() or not read_csv(tables)


def test_a_row_of_figures_set_large_in_a_table_titles_nothing(tmp_path):
    """A report whose first page prints no title (別紙, its date, a numbered section over a table) sets its
    key figures large in the table's cells: 166 101 1 64 is no title (a row of figures holds no word)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((40, 60), "別紙", fontname=FONT, fontsize=10)
    page.insert_text((60, 80), "◆令和２年４月１２日　１８時３０分時点", fontname=FONT, fontsize=10)
    page.insert_text((40, 110), "１　患者の発生状況", fontname=FONT, fontsize=10)
    xs, ys = [60, 150, 250, 350, 450], [120, 150, 190]
    tc._grid_lines(page, xs, ys)
    for x, (head, value) in zip(xs, [("総数", "166"), ("濃厚接触者", "101"), ("海外渡航歴", "1"), ("調査中", "64")]):
        page.insert_text((x + 6, 140), head, fontname=FONT, fontsize=10)
        page.insert_text((x + 30, 178), value, fontname=FONT, fontsize=16)
    page.insert_text((60, 210), "※１　濃厚接触者：確定患者との接触歴があるもの", fontname=FONT, fontsize=9)
    page.insert_text((40, 240), "＜属性＞", fontname=FONT, fontsize=10)
    page.insert_text((40, 260), "〇年代", fontname=FONT, fontsize=10)
    ages = ["10歳未満", "10代", "20代", "30代", "40代", "50代", "60代", "70代"]
    xs2 = [60 + 55 * k for k in range(len(ages) + 1)]
    tc._grid_lines(page, xs2, [270, 290, 320])
    for x, (age, n) in zip(xs2, zip(ages, ["2", "0", "22", "21", "17", "18", "11", "23"])):
        page.insert_text((x + 4, 284), age, fontname=FONT, fontsize=8)
        page.insert_text((x + 20, 312), n, fontname=FONT, fontsize=16)
    page.insert_text((40, 350), "２　都内患者数", fontname=FONT, fontsize=10)
    page.insert_text((60, 370), "※退院には、死亡退院を含む", fontname=FONT, fontsize=9)
    page.insert_text((60, 390), "◆速報値のため、今後の調査状況により、変動の可能性があります。", fontname=FONT, fontsize=10)
    doc.save(tmp_path / "report.pdf")
    out = extract_document(tmp_path / "report.pdf")
    import json
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["title"] == ""


def test_a_forms_number_at_the_top_right_is_its_label_not_its_title(tmp_path):
    """A form (申請様式) prints its number at the top right, (様式２) or 様式第１号, often larger than its
    title centred under it: the number labels the form as 資料２ labels a paper; the title is the name."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((470, 60), "（様式２）", fontname=FONT, fontsize=13)
    page.insert_text((200, 90), "経営計画書兼補助事業計画書", fontname=FONT, fontsize=11)
    xs, ys = [60, 200, 535], [110 + 30 * k for k in range(8)]
    tc._grid_lines(page, xs, ys)
    for y, (key, value) in zip(ys, [("名称", "持続化珈琲"), ("法人番号", "なし"), ("主たる業種", "小売業"),
                                    ("従業員数", "１人"), ("資本金額", "万円"), ("売上高", "9,350,000円"),
                                    ("事業所数", "１事業所")]):
        page.insert_text((64, y + 20), key, fontname=FONT, fontsize=10)
        page.insert_text((204, y + 20), value, fontname=FONT, fontsize=10)
    for k in range(6):
        page.insert_text((60, 360 + 18 * k), f"（{k + 1}）記載例に従い、該当する欄に必要事項を記入してください。", fontname=FONT,
                         fontsize=10)
    doc.save(tmp_path / "form.pdf")
    out = extract_document(tmp_path / "form.pdf")
    import json
    assert json.loads((out / "document.json").read_text(encoding="utf-8"))["title"] == "経営計画書兼補助事業計画書"


def test_a_file_named_bessi_with_no_initiative_list_is_read_whole(tmp_path):
    """A file opening with （別紙様式１） is an appendix by its name, but one that holds no initiative list
    (a form, an annex of prose) has its text in no list to read it from: it is read whole, its paragraphs
    kept. Before, only its tables came out and nine tenths of its letters were in no dataset, unsaid."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 60), "（別紙様式１）", fontname=FONT, fontsize=10.5)
    page.insert_text((180, 90), "服薬情報等提供料に係る情報提供書", fontname=FONT, fontsize=12)
    body = ["情報提供先医療機関名の担当医に対し、患者の服薬状況について次のとおり情報を提供する。",
            "この情報提供書は、保険薬局が患者の同意を得て作成し、医療機関に送付するものである。",
            "提供した情報については、診療録に記載し、保険薬局の記録と照合できるようにすること。"]
    for k, text in enumerate(body):
        page.insert_text((60, 130 + 18 * k), text, fontname=FONT, fontsize=10.5)
    xs, ys = [60, 300, 535], [200, 230, 260, 290]
    tc._grid_lines(page, xs, ys)
    for y, (a, b) in zip(ys, [("処方箋発行日", "調剤日"), ("薬剤名等", "服薬状況"), ("患者の訴え", "その他")]):
        page.insert_text((64, y + 20), a, fontname=FONT, fontsize=10)
        page.insert_text((304, y + 20), b, fontname=FONT, fontsize=10)
    doc.save(tmp_path / "form.pdf")
    out = extract_document(tmp_path / "form.pdf")
    text = "".join(norm(p["text"]) for p in read_csv(out / "paragraphs.csv"))
    assert all(norm(line) in text for line in body)


def test_letters_in_no_dataset_are_a_problem_not_silence(tmp_path):
    """pipeline.edition.unaccounted: a file's part whose datasets leave out more than the settings' share of
    the letters its pages print carries a problem naming how many and which (what read_part adds to every
    part); one holding them all carries none."""
    from dataclasses import replace as _replace

    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    from extractors.settings import DEFAULT
    from pipeline.edition import read_part, unaccounted

    pdf = tmp_path / "form.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((180, 90), "服薬情報等提供料に係る情報提供書", fontname=FONT, fontsize=12)
    for k in range(6):
        page.insert_text((60, 130 + 18 * k), f"第{k + 1}項　患者の服薬状況について次のとおり情報を提供する。", fontname=FONT,
                         fontsize=10.5)
    doc.save(pdf)
    source = read_pdf(str(pdf))
    part = read_part(source, read_cover(source, DEFAULT), DEFAULT)
    share = DEFAULT.accounting.unaccounted_share
    assert not [p for p in part.problems if p.what == "text_not_in_datasets"]
    assert unaccounted(source, part, share) == []
    lost = _replace(part, paragraphs=[], headings=[])
    problems = unaccounted(source, lost, share)
    assert [p.what for p in problems] == ["text_not_in_datasets"] and problems[0].severity == "error"
    assert "患" in problems[0].raw.split("most missed: ")[1]


def test_half_width_katakana_with_sound_marks_are_letters_held(tmp_path):
    """pipeline.edition._letters: a sheet printed from Excel sets katakana half width, the sound mark a
    character of its own (ﾚﾎﾞﾉﾙｹﾞｽﾄﾚﾙ); the datasets hold them folded (レボノルゲストレル). Counted character by
    character ﾎ was ホ and ﾞ no letter, so every ボ held left a ホ in no dataset: the file was flagged
    text_not_in_datasets (error, status partial) though every letter was there."""
    from extractors.cover import read_cover
    from extractors.layout import read_pdf
    from pipeline.edition import _letters, read_part

    assert _letters("ﾚﾎﾞﾉﾙｹﾞｽﾄﾚﾙ錠") == _letters("レボノルゲストレル錠")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "緊急避妊に係る診療が可能な産婦人科医療機関等一覧", fontname=FONT, fontsize=12)
    for k in range(12):
        page.insert_text((60, 120 + 20 * k), f"医療機関{k + 1}　常備薬：有（ﾚﾎﾞﾉﾙｹﾞｽﾄﾚﾙ錠・ﾌﾟﾗﾉﾊﾞｰﾙ・ﾉﾙﾚﾎﾞ）",
                         fontname=FONT, fontsize=10)
    doc.save(tmp_path / "list.pdf")
    source = read_pdf(str(tmp_path / "list.pdf"))
    assert any("ﾎﾞ" in ln.text for p in source.pages for ln in p.lines)   # the text layer as printed
    part = read_part(source, read_cover(source))
    assert not [p for p in part.problems if p.what == "text_not_in_datasets"], part.problems


def test_a_repaired_outline_is_a_note_not_a_damaged_file(tmp_path):
    """extractors/layout._read_pages: MuPDF repairs a broken bookmark tree on opening (an item whose /Parent
    is its sibling: "repaired broken tree structure in outline"). The outline says nothing of the text, so
    the file is no damaged_pdf (error, status partial, "text may be missing"), only a damaged_outline note."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "第１章　総則", fontname=FONT, fontsize=12)
    for k in range(4):
        page.insert_text((60, 110 + 18 * k), f"第{k + 1}条　この規程は、事業の実施に関し必要な事項を定めるものとする。",
                         fontname=FONT, fontsize=10.5)
    doc.set_toc([[1, "第１章　総則", 1], [1, "第２章　補則", 1]])
    outlines = int(doc.xref_get_key(doc.pdf_catalog(), "Outlines")[1].split()[0])
    first, last = (int(doc.xref_get_key(outlines, k)[1].split()[0]) for k in ("First", "Last"))
    doc.xref_set_key(last, "Parent", f"{first} 0 R")
    doc.save(tmp_path / "kitei.pdf")
    pymupdf.TOOLS.reset_mupdf_warnings()
    pymupdf.open(tmp_path / "kitei.pdf").close()
    assert "outline" in pymupdf.TOOLS.mupdf_warnings()   # the case: MuPDF says it on opening
    out = extract_document(tmp_path / "kitei.pdf")
    problems = read_csv(out / "problems.csv")
    assert [(p["what"], p["severity"]) for p in problems if "damaged" in p["what"]] == [("damaged_outline", "note")]
    assert json_status(out) == "success"


def json_status(folder):
    import json

    return json.loads((folder / "document.json").read_text(encoding="utf-8"))["status"]


def _cid_font_not_embedded(path, lines):
    """A page set in MS-Mincho not embedded, Identity-H, CIDSystemInfo Adobe-Japan1, no ToUnicode: each line's
    codes the collection's CIDs (its ASCII run: CID = code point - 31), as a court's PDF maker writes them."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    desc = doc.get_new_xref()
    doc.update_object(desc, "<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] "
                            "/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>")
    cid = doc.get_new_xref()
    doc.update_object(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho /CIDSystemInfo << /Registry "
                           f"(Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor {desc} 0 R /DW 500 >>")
    font = doc.get_new_xref()
    doc.update_object(font, f"<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /Identity-H "
                            f"/DescendantFonts [{cid} 0 R] >>")
    contents = doc.get_new_xref()
    doc.update_object(contents, "<< >>")
    doc.update_object(page.xref, f"<< /Type /Page /Parent {doc.xref_get_key(page.xref, 'Parent')[1]} /MediaBox "
                                 f"[0 0 595 842] /Resources << /Font << /FM {font} 0 R >> >> /Contents {contents} 0 R >>")
    ops = [f"BT /FM 11 Tf 60 {760 - 20 * k} Td <{''.join(f'{ord(ch) - 31:04x}' for ch in line)}> Tj ET"
           for k, line in enumerate(lines)]
    doc.update_stream(contents, "\n".join(ops).encode())
    doc.save(path)
    return path


def test_a_font_read_through_its_collection_is_a_note_not_a_damaged_file(tmp_path):
    """extractors/layout._mupdf_said: MuPDF reads a font not embedded, set with Identity-H, through the character
    collection it names ("non-embedded font using identity encoding: MS-Mincho (mapping via Adobe-Japan1-UCS2)"),
    as a viewer does: the text is there, so the file is no damaged_pdf (error, status partial), only a
    font_by_collection note."""
    lines = ["The appeal is dismissed.", "The costs of the appeal shall be borne by the appellant.",
             "The reasons for the judgment follow the petition of the appellant."]
    pdf = _cid_font_not_embedded(tmp_path / "hanrei.pdf", lines)
    pymupdf.TOOLS.reset_mupdf_warnings()
    with pymupdf.open(pdf) as doc:
        assert doc[0].get_text().split("\n")[0] == lines[0]
    assert "mapping via Adobe-Japan1" in pymupdf.TOOLS.mupdf_warnings()   # the case: MuPDF says it
    out = extract_document(pdf)
    problems = read_csv(out / "problems.csv")
    assert [(p["what"], p["severity"]) for p in problems if p["what"] in ("damaged_pdf", "font_by_collection")] \
        == [("font_by_collection", "note")]
    assert json_status(out) == "success"


def _paper_first_page(path, stamp=False):
    """A paper's first page set in Latin script: its title in 20 pt over two rows (broken between two
    words, as a typesetter breaks a Latin line: at a space it does not print), the authors, then the body
    in 10 pt. With `stamp`, an archive's identifier set running UP the left margin in larger type than
    the title (a preprint server's stamp, arXiv:…), level with the body beside it."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((90, 80), "Real-time Temporal Stereo Matching", fontname="helv", fontsize=20)
    page.insert_text((90, 106), "using Iterative Adaptive Support Weights", fontname="helv", fontsize=20)
    page.insert_text((90, 140), "Jane Doe and John Roe, University of Nowhere", fontname="helv", fontsize=11)
    y = 180
    for k in range(20):
        page.insert_text((90, y), f"Body sentence number {k + 1} of the paper runs on over this row of text.",
                         fontname="helv", fontsize=10)
        y += 14
    if stamp:
        page.insert_text((40, 560), "arXiv:2203.00274v2  [cs.CL]", fontname="helv", fontsize=24,
                         rotate=90)
    doc.save(path)
    return path


def _title(out):
    import json
    return json.loads((out / "document.json").read_text(encoding="utf-8"))["title"]


def test_a_latin_title_wrapped_over_two_rows_keeps_the_space_between_its_words(tmp_path):
    """Was: "Real-time Temporal Stereo Matchingusing Iterative Adaptive Support Weights" (a cover title's
    rows joined with nothing between them, as Japanese rows are)."""
    out = extract_document(_paper_first_page(tmp_path / "paper.pdf"))
    assert _title(out) == "Real-time Temporal Stereo Matching using Iterative Adaptive Support Weights"


def test_a_stamp_running_up_the_margin_is_no_title(tmp_path):
    """Was: "arXiv:2203.00274v2 [cs.CL]Body sentence number 18 of the paper…" (a line set running up the
    margin, in the page's largest type, gathered into one row with the body's lines level with its middle,
    and read as the title)."""
    out = extract_document(_paper_first_page(tmp_path / "paper.pdf", stamp=True))
    assert _title(out) == "Real-time Temporal Stereo Matching using Iterative Adaptive Support Weights"


def _truth_table_over_a_question(path):
    """A typeset exam page (LaTeX, dvipdfmx): questions, a small truth table ruled by three horizontal
    rules and one vertical drawn row by row (each digit a text line of its own), then the next question
    under it. The table's header rule is short and low enough to be a footnote separator
    (footnote_zone.separator), and its first row's digits hang like a note's number before its text; the
    next question's number, (2), set in the Latin face a little larger, reads as a note's."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((80, 100), "第７問", fontname=FONT, fontsize=14)
    page.insert_text((87, 125), "(1) 以下の真理値表で表される関数について答えよ。", fontname=FONT, fontsize=11.5)
    for k in range(8):
        page.insert_text((113, 150 + 19 * k), f"({'abcdefgh'[k]}) 簡約化した標準形を示し、その理由を三行以内で述べよ。記号は定義に従う。",
                         fontname=FONT, fontsize=11.5)
    xs = [294, 312, 330, 349]
    for x, head in zip(xs, "xyzF"):
        page.insert_text((x, 323.5), head, fontname="helv", fontsize=12)
    for y in (312, 328.8, 460.7):
        page.draw_line((287.8, y), (361.5, y), width=0.4)
    for y0, y1 in zip([312, 329] + [329 + 16.45 * k for k in range(1, 8)], [328.6] + [329 + 16.45 * k for k in range(1, 9)]):
        page.draw_line((341.9, y0), (341.9, y1), width=0.4)   # the vertical drawn row by row, as TeX draws it
    for r in range(8):
        for c, x in enumerate(xs):
            bit = (r >> (2 - c)) & 1 if c < 3 else (r * 5 >> 2) & 1
            page.insert_text((x, 344.5 + 16.4 * r), str(bit), fontname="helv", fontsize=12)
    page.insert_text((114, 499), "(c) 以下の関数を、論理ゲートで実現する方法を示せ。", fontname=FONT, fontsize=11.5)
    page.insert_text((134, 516), "ただし、使えるゲートは二種類とする。", fontname=FONT, fontsize=11.5)
    page.insert_text((87, 568), "(2)", fontname="helv", fontsize=12)
    page.insert_text((108, 568), "論理回路に関する以下の問いに答えよ。", fontname=FONT, fontsize=11.5)
    page.insert_text((285, 778), "A-13", fontname="helv", fontsize=10)
    doc.save(path)
    return path


def test_text_under_a_separator_with_no_note_before_it_is_the_pages_text(tmp_path):
    """Was: 1% of an exam's letters in no dataset (text_not_in_datasets, status partial). The lines under
    a footnote separator before the page's first note are the last page's note running on
    (page_flow.read_document appends them to it); in a document with no note before, they ran on to
    nothing and were dropped. They are the page's own text: its items."""
    out = extract_document(_truth_table_over_a_question(tmp_path / "exam.pdf"))
    held = "".join(norm(r.get("text", "") + r.get("title", "")) for name in ("paragraphs", "headings", "footnotes")
                   if (out / f"{name}.csv").is_file() for r in read_csv(out / f"{name}.csv"))
    for line in ("論理ゲートで実現する方法を示せ。", "ただし、使えるゲートは二種類とする。"):
        assert norm(line) in held, held


def test_a_truth_tables_rows_open_no_note(tmp_path):
    """footnote_zone.opens_note: the truth table's header rule stands over rows of digits alone (0 0 1 1, each a
    piece); a number hung before its text opens a note, a row of numbers alone is a table's row. No footnote area
    under the table: no footnotes, the question under it a paragraph of the page."""
    out = extract_document(_truth_table_over_a_question(tmp_path / "exam.pdf"))
    notes = out / "footnotes.csv"
    assert not notes.is_file() or not read_csv(notes)


def test_a_run_on_with_no_note_before_it_is_kept_as_the_pages_items():
    """page_flow._run_on: the lines under a separator before the page's first note go on the last note of an
    earlier page; with no note before them they are the page's items (they were dropped: letters in no dataset)."""
    from types import SimpleNamespace

    from extractors.page_flow import PageRead, _run_on
    from extractors.records import Footnote

    def line(text: str) -> SimpleNamespace:   # a TextLine as _run_on reads it: its source's text, its top
        return SimpleNamespace(source=SimpleNamespace(text=text), y0=700.0)

    items: list = []
    footnotes: list = []
    kept = line("ただし書き")
    _run_on(PageRead([], [], [], 0.0, run_on=[kept]), footnotes, items)
    assert items == [kept] and footnotes == []
    footnotes = [Footnote(1, 1, "注の本文")]
    _run_on(PageRead([], [], [], 0.0, run_on=[line("の続き")]), footnotes, items)
    assert items == [kept] and footnotes[0].text.endswith("の続き")
