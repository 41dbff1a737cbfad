"""Real government PDFs with hand-made truth: ../shared/corpus/real (the corpus's) and tests/real
(fetched into the repository, truth in tests/real/truth). Every bar of issue 19 runs on every
one of them: headings, footnotes, ruled tables, title and date, letters. And every letter of
every corpus PDF accounted for in the datasets.

Measure them all with: .venv/bin/ai-strategy extract DIR --out OUT -q, then
python tests/real_truth.py DIR/truth OUT/documents DIR (run from tests/)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import OWN_REAL, read_csv, read_tsv
from letters import accounting
from pipeline.plan import safe_name
from real_truth import measure, norm

REAL = ["ai_jigyosha_guideline_draft_v1_2024_real", "ai_seido_kangaekata_2024_real"]
SHARED = ["ai_jigyosha_guideline_draft_v1_2024_real", "ai_ronten_2023", "ai_seido_chukan_torimatome_2025_real",
          "ai_seido_kangaekata_2024_real", "startup_funding_policy"]
OWN = sorted(p.name for p in (OWN_REAL / "truth").iterdir() if p.is_dir()) if (OWN_REAL / "truth").is_dir() else []
DOCS = [pytest.param("shared", n, id=n) for n in SHARED] + [pytest.param("own", n, id=n) for n in OWN]

# the issue's bars: at least (coverage … title, date: 1 = exact) / at most (false table pages, surplus)
BAR = {"f1": 0.9, "parents": 0.9, "pages": 0.98, "footnotes": 0.95, "tables_found": 1.0, "title": 1.0,
       "date": 1.0, "coverage": 0.97}
BAR_MAX = {"tables_false_pages": 0.0, "surplus": 0.03}

# Documents that stay under a bar: the figure measured at the last change (truncated, never
# lowered below it) is asserted instead, so that they can only get better. Each is a known
# limit (README, "Real documents"); the reason is on the line.
BELOW_THE_BAR: dict[str, dict[str, float]] = {
    # (東京都's 患者の発生について 別紙 (WPS Office), tables_found 0.75 — wrapped box heads read as rows, one box read
    # as a framed phrase — meets every bar since tables16: see HEADINGS_REACHED)
    # (the COVID-19 expert meeting's paper (Word 2019), whose headings are set bold by stroking the
    # filled glyphs (Word's bold of a face with no bold cut), meets every bar since that bold is read)
    # (a council briefing laid out as two poster pages, printed through Microsoft Print To PDF, whose 9pt
    # callout "26 手続の…" over the pasted 工程表 opened a note 26 that swallowed the page's foot, meets every
    # bar since words laid on a picture that no marker calls open no note: footnotes._callout)
    # (a 小平市 audit standard as handed to the council, a paper SCANNED (ScanSnap) with an OCR layer of invisible
    # glyphs — f1 0.422, parents 0.133, title 0, date 0 — meets every bar since ocr13: the page is Page.ocr, read
    # at one size with split numbers joined and specks out, the 目次 ended by the chapter its entry names without
    # its article range, and the letter's head, read by the OCR down as runs of one letter, read across again)
    # (文部科学省's 第２次補正予算（案） (JUST PDF 3), whose annex 担当局課一覧 — a ruled table whose 事業名 column is an
    # indented tree: narrow stub columns merged down their groups, group rows spanning the whole width with no
    # vertical rule — was read as five small tables, meets every bar since a group's row over its stub is two
    # cells of one table: rules_to_cells._tree_stub)
    # (内閣府・消防庁's 避難 leaflet (Adobe Illustrator 25.2, two designed A4 sides, newdocsF13): no running text —
    # free-placed frames in UD新丸ゴ of many sizes, ruby set as separate lines over the words, the headline
    # (令和３年５月２０日から / 避難指示で必ず避難 / 避難勧告は廃止です) in display type with ruby between its rows;
    # since leaflet13 the ruby is furniture and the title is the headline. f1, parents, pages 0, tables_found 0.5
    # until leaflet14, since which it meets every bar: the headline's rows are the title, no heading as well
    # (headings._headline_row); the four quadrant captions on their bands across the panels' tops are p2's
    # headings, their wrapped rows one title (typography._caption_bands, title_lines._band_rows); the 警戒レベル table
    # of filled, grey-stroked rows is found, the line drawings in its cells no rules (rules_to_cells._pictures_out))
    # (政府CIO補佐官等ディスカッションペーパー on IT資産管理 (2021-05, no producer metadata, newdocsC14), whose three
    # figures drawn as boxes in boxes (図2.1 the asset classes, 図3.1 and 図4.1 software stacks of ハードウェア /
    # ミドルウェア / ソフトウェア / データ boxes one on another) were read as 8 small tables on pp4, 8, 20, meets every
    # bar since figbox14: boxes drawn one by one with a gap between them (the grid's nearest rules closing each
    # text: cells.boxed_apart), text each in a figure shape of its own (the bevelled blocks, the cylinder:
    # cells.shaped_apart), text closed by rules beyond its cell (a box nested in a box: cells.boxed_beyond). The
    # 図 caption under a drawing is no cue: real tables are captioned 図 too)
    # (its sibling on アーキテクチャ設計 (2021-08, JUST PDF 4, newdocsC14), whose 図3 (p6) gave a 5×1 "table" as
    # first measured, meets every bar on main at 1d0003a already: no table is read on p6)
    # (特別会計ガイドブック (no producer, 2017), whose tree diagram on p2 — a bracket and its connectors drawn as
    # filled bars 2–3 pt thick — was read as a table of 11×3, meets every bar since a bar too thin for text is a line)
    # (特許庁 審査基準 chapter (no producer), whose opening sentence of 3.1.3 (1)'s paragraph set in a larger bold
    # Gothic (the rule stated, then the explanation in Mincho on its last line) was read as a title and
    # joined with the margin box beside it (HB6401 先願参照出願における…) — parents 0.631 — meets every bar
    # since a bold lead that runs on into body type on its last row is no title (headings._leads_paragraph)
    # and a side note is no heading's neighbour (TextLine.side_note); its only date, the revision stamp
    # "(2024.5)" at every page's foot, is read since cover._revision_stamp)
    # (境港市議会's vote list (Excel 2016), whose second list's title — …議決結果一覧表【陳情】, the sheet's print
    # title with its tag changed, over the second table on p2 — was read as a heading, meets every bar since
    # the document's title printed again with another tag over a table names that table: headings._retitled_table)
    # (神戸市's 観光動向調査 (DocuWorks 9, newdocsA15; pages 1–7 of 21), whose section boxes 分析の概要 / 分析の詳細 (white
    # MS-Gothic on a short blue rounded box, the size of the headings under them) were read beside the numbered
    # sections Ⅰ…Ⅸ / （１）… — parents 0.277 — meets every bar since a title on a tab right before a numbered series
    # on none heads it: typography._tab, heading_levels._boxes_over_outline)
    # 広報すずか No.1692 p1 (Adobe Acrobat 25.1, newdocsC16): a newsletter page in three columns. Its masthead title
    # 広報すずか is drawn as outlines (no text, no PDF Title): title 0 — no reading of the text layer prints it; the
    # cover reads no title since koho16 (cover._under_masthead: the section banner お知らせ was read as the title).
    # (f1 0.857, date 0 as newdocsC16 left it: the date, 令和8年（2026年） over a huge "1" "20" with a drawn slash, is
    # read since koho16 (cover._masthead), and the banner (white on a rounded band across its column) heads the
    # items under it: typography.mark_panels' caption_band, headings._banner, _under_band, _fitted_titles)
    "suzuka_koho_oshirase_2026": {"title": 0.0},
    # 金融庁's 保険モニタリングレポート【概要】 deck (PowerPoint 2016, newdocsA15; slides 1–6 of 11): its cover title is
    # drawn (a picture: no text, no PDF Title) — title 0, which no reading of the text layer can meet. Its f1 was 0.8
    # until below16: the tabs 本事務年度の主な実績 on p4/p6 share their row with a chart's caption at the right and p2's
    # tabs are set in the slide's own body size (14 pt); 1.0 since a tab in the body size heads its part
    # (deck_headings._a_tab) and a tab whose words head a part of another slide heads its own whatever stands level with
    # it (deck_headings._recurring_tabs). (The bar chart on p4, its bars hanging below the axis as well as standing on
    # it, is no table since rules_to_cells._across_one_axis). Since covers19 its title is empty (was the agency's name,
    # Financial / Services / Agency in the corner, under which the date is set larger: cover._dated_over_title) and a
    # note in problems.csv says so (title_not_read)
    "fsa_hoken_monitoring_report_gaiyo_slides_2023": {"title": 0.0},
    # (南国市's 令和８年度 土地取得事業特別会計予算 as filed with the council, newdocsB17: iText Core 7.2.4 binding a budget
    # system's tables behind two covers in 20 pt display type, blank pages and the bill as a scanned page) its only
    # date, 令和８年２月２７日提出, is printed in the scanned page alone — no text layer holds a date (date 0). (f1 0,
    # parents 0, pages 0, surplus 0.045 as first measured: the covers' 20 pt rows were the book's only long lines,
    # so its body was 20 pt and every line a small label; a title page holds no running text
    # (typography.title_page_numbers) and a part's title page of two display rows is one heading over them
    # (headings._title_page_rows): every other bar met)
    "nankoku_tochi_shutoku_tokubetsu_kaikei_yosan_2026": {"date": 0.0},
    # 小平市's 第10回 教育施策連絡会 会議要録 (one page scanned, PDFill OCR layer, blind21d; first measured f1 0, parents 0,
    # pages 0, tables_found 0, date 0, issuer 0 — date and issuer 1.0 since blind21d: the minutes' 日時 row dates them,
    # cover._entries_out; 会議要録 names the body, normalizers.bodies.MINUTES_KIND): the page's outer frame runs on round
    # the whole body, so the scan's rules make one 5 × 2 table whose last row is one cell holding the minutes — the
    # 4 × 2 header table is read 5 × 2 and the body's headings (1 挨拶, 2（1） …, ①) are cell text; the two shaded
    # section labels are also garbled by the OCR and laid at the layer's end (not read: CONVENTIONS, scans).
    # Since ocr22 the frame run on round the minutes is a box of the page's text under the table, no row
    # (page_flow._text_box_under): tables_found 0 → 1, f1 0 → 0.8, parents 0 → 0.5, pages 0 → 1 — 1 挨拶 and ① are
    # headings; 2（1） 情報交換・意見交換等（共通事項） stays unmatched, the OCR read it 2:伽)"情報交換・意見交換窯f(共通事項):,
    # so ① nests under 1 挨拶 (parents 0.5)
    "kodaira_kyoiku_shisaku_renrakukai_yoroku_2022": {"f1": 0.8, "parents": 0.5},
    # 三重県後期高齢者医療広域連合 / 鈴鹿市's 後期高齢者医療制度のお知らせ (newdocsD16): a colour flyer SCANNED (PaperStream
    # Capture 5.1 / PFUPDF Engine 1.3.80) under an OCR layer in GlyphLessFont. Its ToUnicode CMap names 250 codespace
    # ranges, which made MuPDF's warning a damaged_pdf (status partial) until newdocsD16 (a note since:
    # layout._CODESPACE_CAPPED). Below the bars: the title banner is not in the OCR layer (title 0); the date is only
    # "令和8年4月作成" at the foot of the last page (date 0); the three section bands are split and garbled by the OCR
    # ("資格確" + "書等について"), unread as headings, and the 【…の納期】 captions over the tables are read as bands
    # (f1 0.5, parents 0.8); the red "○…" item headings ending in 。 are read as text; the four tables are ruled in
    # the image only, no vector rule (tables_found 0). (f1, parents, pages 0 as first measured: on an OCR page the
    # "○…" lines, one size, close over their indented paragraphs, were text; since newdocsD16 a heading mark's line
    # over a paragraph indented past it heads it with no blank line asked: headings._set_off_mark). Since scan17 the
    # rules are read from the scan's picture (scan_rules): tables_found 0 → 0.75 — the 普通徴収 table's header row the OCR
    # read as one run of glyphs spread evenly across it ("期’7月’8月’9月|10月｜↑1月…": its cells' letters misplaced and
    # misread), the stamp's box (令和8年度版 / 広報7月号折込) on page 2 a 2 x 1 table —; the formula's rounded boxes are
    # figure shapes (their sides no rules) and the 【特別徴収…の納期】 caption over its table no band: f1 0.5 → 0.526.
    # Then f1 0.869, parents 1.0: on an OCR'd page a "○…。" line closing its one sentence heads the paragraph indented
    # under it (headings._set_off_mark), a mark's line continues only a line run to the edge (the OCR misreads 。 as
    # b: line_roles._scanned_mark), ○保険料の軽減措置 heads the ◆ lines indented under it (headings._marked_under), and
    # 【年度の途中で…の納期】 over its ※ note and table is the table's caption (headings._over_table).
    # The label boxed at page 2's top right (令和8年度版 / 広報7月号折込) is furniture (furniture._stacked_label), no table.
    # f1 0.869 → 0.960 since ocr19b: the section bands the OCR read twice over their spot (|資格確認 + 資格確 +
    # 書等について) are one reading (ocr_layer._second_readings_out, _pieces_joined), the frame's sides out as specks
    # (_sliver, _edge_bars_out), and each band heads the ○ items under it (heading_levels._titles_over_marks_unsized).
    # Left: 健康診査について, its に read "Iこ"; the title banner and "令和8年4月作成", not in the OCR layer.
    "mie_koki_koureisha_iryo_seido_oshirase_2026": {"tables_found": 0.75, "title": 0.0, "date": 0.0},
    # (国土交通省 中部地方整備局's 回覧 scanned by PaperStream Capture 5.1, newdocsA18: f1 0, parents 0, pages 0 — the
    # addressee "地域の皆様八" and the contact line, which the OCR layer wrote twice on their spot, were read as
    # overprinted bold, and the OCR's junk over the photos, "■■〆』国道1号", "戸司", as headings — meets every bar since
    # ocr19: an OCR layer's lines are read in regular weight (ocr_layer.at_one_size) and letters read off a picture
    # head nothing (ocr_layer.picture_letters: TextLine.in_figure); see HEADINGS_REACHED)
    # (鈴鹿市's 回覧 on the 鈴鹿四日市道路 with four slides of 三重河川国道事務所 printed 2-up (PaperStream scan with an OCR
    # layer, ocr19: f1 0.25, tables_found 0.5 — the slides' titles in the OCR's one size, a table column the OCR read down
    # the page —; f1 1 and tables_found 1 since ocr20, see HEADINGS_REACHED) meets every bar since below21: the map's
    # roads and frame on page 3 ruled a table of junk (tables_false_pages 1); a grid whose top and foot both run on past
    # one of its sides is where a picture's lines cross, no table (page_flow._crossing_lines: the map's top and foot
    # run 206 pt past the road closing the "grid"; every scanned table's sides end within 8 pt of its corners))
    # 鈴鹿市 地域医療推進課's 結核健診 flyer, circulated (PaperStream scan with an OCR layer, ocr19): the title, in display
    # type, the OCR read as junk (鐙捷鍵諺(鱒鄙熟 黒至鎚怠茸): title 0, no text layer holds it. f1 0 as first measured —
    # 【お問い合わせ先】 over the contact block a heading — until a band keying a contact is none (numbering.CONTACT_BAND)
    "suzuka_kekkaku_kenshin_oshirase_2026": {"title": 0.0},
    # (the government's English chart of COVID-19 support measures as of June 15, 2020, no producer recorded, english19)
    # a chevron row's words, "…social security insurance / due to income decline" beside "Reduction/ exemption of
    # social security insurance", are read as a title (f1 0.889; the truth's headings — the sideways group labels and
    # the category boxes — are all optional). Its date, "As of June 15, 2020" at the right end of a note's row, is read
    # since english19 (cover_row._row_date). Meets every bar since slides20: three arrow-shaped boxes or more touching side
    # by side, level, are a process chart's row — a figure, its words no headings (rules_to_cells._chevron_row); see
    # HEADINGS_REACHED
    # (関係閣僚会議's papers of 2020-01-24 in one Word 2016 file, newdocsB19: a portrait 議事次第, then landscape slides)
    # the slides' tabs — a caption white on a blue box set on a frame's top edge: 新たな検疫等の対策強化パッケージの実施
    # (p3), 現状・経緯 / 在留邦人の状況 / 外務省の今後の対応 (p4) — are figures' words, no headings: a tab's grid, alone or
    # with the frame it stands on, is a grid with too few texts (page_flow.fill_tables → charts), and p4's second frame with
    # its tab a diagram because the map's arrow inside it touches both (rules_to_cells.diagrams); p3's ＜…＞ sub-titles rank at
    # the top, ＜医療体制＞ missed; the 議事次第's agenda items "１．開　会", "２．議　事" are missed while （１） and ３． nest one
    # under the other (f1 0.782, parents 0.888). Every other bar met as first measured (the 3 × 7 table, title, date) but
    # tables_false_pages 1 — p4's first tab with the date beside it and the frame under it a 2-row table — until text in a
    # tab's row with no rule over it stands outside the frame, tabs19: cells.tabbed_boxes. Meets every bar since slides20:
    # a tab on a frame (typography.tab_on_frame — its foot on the frame's top edge or the edge running across it, left
    # ends together) names the frame's content wherever the page is: no figure's word (TextLine.on_tab), and a row of
    # its own beside the date (neighbours.shared_rows) — f1 0.962, parents 0.923 (＜医療体制＞ over a ○ list still a
    # block's label; see HEADINGS_REACHED)
    # (気象庁's model flood bulletin, JUST PDF 4, newdocsA19: the 水位 table holding a bar chart had its header's level cells
    # — レベル１ … レベル４, parted by short rules in the first header row only — read as one cell, tables_found 8/9; meets every
    # bar since three short verticals of one height under and over unbroken rules part a row of cells, no framed phrases:
    # rules_to_cells._parts_a_sub_row)
    # (東京大学 電気系工学専攻's sample question, Word for Mac through macOS Quartz PDFContext, newdocsB18) its one
    # heading, "Problem 4", is read as the title and so no heading, and a line of a framed C listing whose blanks are
    # drawn as boxes (if( D ){ … E ;) is read as a boxed title (f1, parents, pages 0)
    # Since covers19 "Problem 4" is that heading and the title both (a question's number alone on its line heads its
    # part: headings._numbers_a_question): parents and pages 1.0, f1 0.5 — "I. Answer the following questions …" (a
    # question whose sentences run in after its roman number, kind part: no sentence test) and the listing's line are
    # still read as headings. Meets every bar since slides20: a part's label opening an English line is judged as any
    # labelled line run to the edge into a sentence (headings._a_sentence), and a sign is no letter of a letter-spaced
    # title ("E ;": line_roles._LETTER_SPACED); see HEADINGS_REACHED
    # (財務省's English overview of the FY2020 first supplementary budget (PowerPoint 2013, three slides, newdocsC15):
    # slide 2 repeats the cover's title as its slide title — read as a heading over Ⅰ —, and "Ⅱ Transfer … ¥125.9bn"
    # is one line with its amount, no item set with its figure apart — f1 0.8, parents 0.833 —; meets every bar since
    # below16: the title printed again atop a slide is no heading unless another slide's title is set in its type
    # (deck_headings._title_again), and a numbered item's figure closing its own row is no word of its title
    # (deck_headings.row_figure: the figure the first paragraph under it))
    # (its sibling for the second supplementary budget (PowerPoint 2013, newdocsC15): the same repeated title, over two
    # rows on slide 2 ("Second" where the cover wrote "second"), its first row read as a heading over Ⅰ … Ⅲ — parents
    # 0.666 —, and the cover's table drawn with floating rules (a frame, a divider and header/total rules touching
    # neither) not read — tables_found 0 —; meets every bar since below16: deck_headings._title_again (case folded, over
    # its rows) and rules_to_cells._floating_met)
    # Since ocr22: the hyphens were ours to lose, not the OCR's — the foot of the box round 問題番号 | F1-1 crosses the
    # hyphen's line-tall box near its bottom and was taken for a rule's stretch read as a dash (F1-1 → F11, exp(-x) →
    # exp(x)); a dash set inside a word that a rule crosses only along its box's top or foot is printed
    # (ocr_layer.rules_read_as_marks, ocr_mark_middle). Q.2 Answer… is no letter label "Q." over a title "2 Answer…"
    # (numbering: a capital run into a number), and so (1) Consider… no section under it: f1 0.333 → 0.4. Left: the
    # question numbers 問題番号 F1-1 … F2-2 (truth depth 2) share one line with the subject's band (修士課程 情報学基礎
    # 【…】 l問題番号| F1-1: the row's pieces joined), which heads the subject, and the OCR read two of them F1—2, F2—1;
    # 【注意】 on the cover and (4) n → OO (lim's subscript n→∞ read on the label's line) still heads; the tables of
    # p10/p11 are not in the layer at all (tables 4/6). Since below23 the cover's 【注意】 heads nothing (a booklet's
    # cover: cover._booklet_cover, f1 0.4 → 0.444). Left, fitting this file alone: the question's box on the band's
    # row (two headings from one OCR row), its sides read as letters (l問題番号|, I問題番号|, 1問題番号|) and its en
    # dash read as a long dash on p4/p6 (F1—2, F2—1, which the truth's F1-2 never matches). Since below28a (4) n → OO
    # heads nothing: (1)–(4) of its question are one list, the others sentences (headings._outside_lists): f1 0.444 → 0.5
    "kyotou_johogaku_nyushi_johogaku_kiso_2021": {"f1": 0.5, "tables_found": 0.666},
    # (京都大学's exam booklet scanned by a FUJIFILM ApeosPort-VII with the scanner's OCR layer, newdocsB20: the OCR's junk
    # in formulas and listings read as headings, the band at each page's top — 【線形代数、微分積分】 and the boxed
    # 問題番号 F1-1 — not read as the subjects' and questions' heads; tables ruled in the scan only, their cells misread
    # (tables 1/6); the cover's title read with the admission terms above it). Since ocr21 its pages are read as an OCR'd
    # scan — the scanner traced each glyph and set it visibly in a starred font (ocr_layer.is_traced_type), so its sizes
    # were the OCR's guesses (4-52 pt) and no page was Page.ocr — : title 0 → 1 (one size: the booklet's row), tables
    # 1/6 → 4/6 (the grids pictured in pieces read from the page as rendered, scan_rules; a rule traced as ゜ a speck,
    # ocr_layer._sliver; the tables of p10/p11 are pictures whose cells no layer holds), f1 0 → 0.333, parents and pages
    # 0 → 1 (the subjects of the top band, headings._running_bands; its 問題番号 F1-1 the OCR read F11, F1—2: left, with
    # the formulas' junk read as (4)/(1)/Q. heads and 【注意】 on the cover)
    # (小規模事業者持続化補助金's 賃金引上げ枠の注意事項 (two PowerPoint 2016 slides, notes20): its notes （注１）–（注３） at the
    # first slide's foot, called by the same labels set inline in smaller type, are read since notes20 (footnotes 0 → 1:
    # footnotes._bracketed_foot); its callout ③で算出した額を記入 is no item heading (numbering: a circled number run into
    # a particle), f1 0.666 → 0.8, and "＜重要＞…ものを / ご提出ください" (24 pt on a slide of 18 pt) no title (numbering.breaks_off:
    # a clause broken off after を), f1 0.8 → 1. The check list's small ruled grid of the ledger's 10 items, nested in one of
    # its cells, was read into it as 25 × 7 (tables_found 0); since nested20 it is a table of its own, 4 × 3, and the list
    # 20 × 3 (tables_found 0 → 1: rules_to_cells._nested_apart). Meets every bar since below21: the first slide's
    # frame under its band 法人・個人事業主共通 (filled across the frame's top, a list of sentences under it) was read as a
    # 2 × 1 table (tables_false_pages 1); a band over one cell of text is a captioned panel, no table nor figure
    # (page_flow._captioned_list; jma_kozui's 発表者 box, a head over names, stays a 2 × 1 table), and the second
    # slide's title, centred over a table that runs past its one wrapped line, is centred on the table's span
    # (page_flow._measure_right))
    # session 22 (blind22c), documents nobody tuned for, truth written first. 総務省・経済産業省's AI事業者ガイドライン案
    # 別添 概要 deck left this list (fix22: f1 0.25 → 1.0, its annex labels 別添1. / 別添1 A. read in the slides' titles:
    # numbering.ANNEX_SLIDE, deck_headings._annex_candidate)
    # (特許庁 審査基準 第V部's ＜関連規定＞ (no producer): the law names over their framed blocks (特許法, パリ条約, 経済安全
    # 保障推進法) not read as headings, the articles read at depth 1 and ＜関連規定＞ as a band heading (f1 0.666); the
    # title read as the running head + ＜関連規定＞ + 特許法 — title 0, as first measured; meets every bar since legal23:
    # a law's name over its articles heads them (article_headings.law_name, heading_levels._laws_over_articles), the
    # running head printed again on later pages is no title row (cover._off_running_place, _later_heads), nor is the
    # law's name under the title (cover._over_first_article), and ＜…＞ sets the title off (cover._unquoted))
    # (session 23 (legal23), truth written first: 審査基準 第VI部's ＜関連規定＞, first measured f1 0.667, title 0, date 0 (the
    # law names, the treaty articles captioned on their number's line, the caption wrapped to a second row, the revision
    # stamp (2024.1) at the foot of pp3 and 6 only); meets every bar since legal23: f1 1.0 (law_name, line_roles.
    # _wrapped_captions, a regulation's rule 第2規則 read as an article: numbering._ARTICLE_NUMBER), title 1, date 1 (the
    # latest stamp of a later page where p1 prints none: cover._revision_stamp))
    # 東京都's 患者の発生状況 別紙 with the day's patient list left this list (fix22: f1 0.833 → 0.923, parents 0.8 → 1.0,
    # tables_found 0.909 → 1.0: the list's title heads it on p2, furniture.continued_titles; the note framed over its
    # cells no rule, layout._laid_over_grid; the ward table's 【参考】 band flush with ２ its sibling,
    # heading_levels._numbered_over_titles)
    # session 23 (blind23a), an unseen sweep document, truth written first: 南国市's 下水道事業会計補正予算（第３号）, a bill set
    # from its first page (一太郎) — first measured f1 0.842, parents 0.625, date 0, issuer 0 (the 第１款 rows of its
    # articles' amount lists read as headings: headings._outside_amount_lists; its filing line on p2 unread:
    # cover._opening_date with `bill`). Left: the optional titles of its ruled tables nest by meaning, not type —
    # 収益的収入及び支出 (p3, under 令和７年度 …予算実施計画の補正 in the same 13.7 pt) and 資本的収入 (p4, 14 pt) are
    # parts of the 実施計画, read as its siblings (parents 0.75)
    "nankoku_gesuido_jigyo_kaikei_hosei_yosan_dai3go_2026": {"parents": 0.75},
    # session 23 (blind23c), an unseen sweep document, truth written first: 飯野地区民生委員児童委員協議会's newsletter
    # 「飯野民児協だより」第47号 (a 広報誌, PaperStream colour scan with an OCR layer). First measured f1 0, parents 0, pages 0,
    # tables_found 0, title 0 (and issuer 0): the OCR misreads the masthead (飯野民児協たより) and merges it with the
    # date and the publisher's first line into one row; the headlines are misread or split (報告しきす, ふれあい．いきいき;
    # 電話に出ない対策で / 不審な電話をシャットアウト read in the wrong order) while the box's ①–④ items are read as
    # headings; the 3-row activity grid on p2 is ruled in the image only and not read. Left as first measured.
    "iino_minjikyo_dayori_dai47go_2026": {"f1": 0.0, "parents": 0.0, "pages": 0.0, "tables_found": 0.0, "title": 0.0},
    # session 24 (blind24c), an unseen document, truth written first: 新潟県透析災害対策マニュアル, five portrait slides made in
    # PowerPoint. First measured f1 0.470, date 0, tables_false_pages 1 (5 tables on p1), issuer 0; left as first
    # measured: the first slide's diagram is drawn twice — every box, arrow and label again 1.2 pt across and 9 pt down
    # — so each box and its copy are read as a grid of three rows and the labels (twice each) as running text (the
    # issuer is read from them); the slide titles 発災時 1 / 発災時 ２ are read as a label with no title and the
    # numbered procedure steps (1. … / 1）…) as headings; the only date, 2023年10月27日改訂 at the last slide's foot, is
    # on no cover row. figure25: the first copy lies under an opaque white box painted before the second
    # (painted_over: what a later white box covers wholly is not on the page), so the diagram is read once —
    # tables_false_pages 1 → 0 (no grids), f1 0.470 → 0.556 (the navy band 災害時情報共有と連携 found); parents
    # 1 → 0.8: that band (18 pt) is read as a sibling of the slide's title 県内の体制 (20 pt) above it, not under it
    # (heading_levels._titles_over_smaller: one smaller title after a larger one is a remark beside it). below26: date
    # 0 → 1 (its last line, 2023年10月27日改訂, dates the revision the paper is: cover_row._made_on, read by closing_date);
    # f1 0.556 → 0.727, parents 0.8 → 1: its slides are set up taller than wide, so it was no deck (the held decks are
    # landscape) and its numbered steps 2. / 1) / 3) read as chapters, 発災時 1 as a label; its outline is one entry per
    # slide (スライド 1 …), the export's, so it is a deck (typography.slides_outlined) — the slides' titles its headings —
    # and the cover's title, in the 33 pt of the last slide's title but printed on no other slide, no heading
    # (deck_headings._title_again). Left: 県内の体制 (a box under the cover's title, the diagram's head) and the band
    # 災害時情報共有と連携 on the first slide, the subtitle 自施設または周辺施設が被災したとき (17 letters, past
    # headings.short_title: deck_headings._under_titles) unread
    "niigata_toseki_saigai_taisaku_manual_slides_2023": {"f1": 0.727},
    # (埼玉県's 災害時透析医療確保マニュアル (blind24c, Word printed again through macOS), first measured f1 0.919, parents
    # 0.824 — the bands typed after a space and 　① / 　② read as list items, the optional ＜患者の受入調整手順＞ beside the
    # 【…】 steps it heads —, meets every bar since blind24c: headings._numbered_candidate (a 【…】 band alone; a label
    # short of the edge), heading_levels._angle_bands_over_bands)
    # blind24b: four unseen statistics documents (神戸市 open-data mirrors), truth committed before the pipeline ran.
    # 神戸市感染症発生動向調査週報 (an Excel sheet, Adobe PDF Library 15.0): eight of its nine truth headings are optional
    # (the 定点 kinds and the 【…】 panel titles); the one required, 神戸市環境保健研究所における病原体分離・検出状況 (20 pt over
    # p2's last table), is a candidate that keep_headings drops (_kept_title), and 全数把握対象感染症発生状況（二類感染症 結核）
    # — the first of four such lines, the others captions over case tables, this one over a single framed cell — reads
    # as a heading: f1, parents, pages 0 as first measured; date and issuer 0 → 1 (cover_row.made_then_maker).
    # figure24: the 20 pt title between two tables is kept (headings._larger_between: set larger than the body and
    # than either table's words): f1 0 → 0.667, parents and pages 0 → 1; the caption over the framed cell stays (its
    # cell is no table: the line stands over running text, in the bold the document's other titles are set in).
    "kobe_kansensho_hassei_doko_shuho_2017_45": {"f1": 0.666},
    # session 26 (cover26), draw 26's document, truth written first: a district sports committee's letter of thanks sent
    # round by 回覧 (PaperStream scan with an OCR layer). First measured title, date and issuer exact (cover26's
    # conventions: a letter's head over a bare subject, cover._letter_head; its head's title alone signing for the
    # committee, bodies.head_title_alone); f1, parents, pages 0 and tables_found 0, left as first measured: the OCR
    # garbles the framed 回覧 stamp into ■回蹟〃, read as a bulleted item's heading (truth: no headings, 回覧 a doc_label),
    # and reads the results grid's diagonally split corner cell as dashes (－－‐), so the grid's first row is not the
    # truth's (an empty corner) — OCR junk, no convention.
    "iino_taiiku_iinkai_orei_kairan_2026": {"f1": 0.0, "parents": 0.0, "pages": 0.0, "tables_found": 0.0},
    # session 26 (blind26a), an unseen document, truth written first: 延岡市's 令和８年度 ６月補正予算の概要 (Excel LTSC,
    # cut to 4 pages). First measured f1 0.667, pages 0.5, tables_found 0.667, title 0, date 0, issuer 0 (会). Since
    # blind26a: tables 1.0 (layout._covered_meetings: a shaded row filled as a band over its pieces shows no edge;
    # rules_to_cells._tree_stub: the 企業会計 strip over the total's row), date 1 (painted_over.unprinted: the white
    # 令和８年５月27日　財政課作成 line is not printed), issuer 1 (bodies.names_body: one letter names no body). Left: the
    # cover title's 「6」 is drawn as paths (WordArt), so the title reads 月補正予算の概要 and 令和8年度 over it, off its
    # axis without the 6, is read as a heading (f1 0.8). p3 prints p2's sheet title again over the 歳出 half of the part,
    # read as a heading of its own until below28c (f1 0.667, pages 0.5): the sheet is printed fit to each page, p2's
    # 13.3 pt, p3's 14.0 pt — one title at two scales, its width grown by the size's factor, no slide's topic carried
    # over (headings._one_scale).
    "nobeoka_hosei_yosan_gaiyo_2026": {"f1": 0.799, "title": 0.0},
    # blind26c, unseen (truth committed before the pipeline ran): a 東京都 programme's 募集要項 (Word 365, cut to 9 pp),
    # as first measured (date 0 and issuer 0 → 1 since the date and sender set small at the top right over the title are
    # read: cover._dated_and_sent_over_title). Table 4 (pp6–7) is read on p6 only and table 5 (pp7–8) as two — neither continuation over
    # the page break inside the framed panel is joined (7 read for 6); the band "1" (no point) did not open the run
    # "2." … "12.", which nested under it (parents; mended by below27), and one-line section bodies, 【応募締切…】, a wrapped line opening
    # with 20 and the panels' captions read as headings (f1)
    # below27: the band "1" opens the run "2." … "12." (heading_levels._point_left_out): parents 0.736 → 0.842; the
    # one-line bodies of 3. and 6. (their sections' text, in the bands' size) no headings (headings._sections_only_line),
    # nor the venue's 交通機関 rows under their field's name (headings._field_value): f1 0.826 → 0.884. Left: イ (a bold
    # item of 7(2)), 【応募締切…】 (bold, underlined, inside the Step list), "20 社程度…" (a wrapped row, most of its
    # letters 10.6 pt under a 10 pt row: line_roles.continues_paragraph's size test), the panels' captions
    # Since below28a イ (a bold item of 7(2)) heads nothing: its list's other items run as sentences
    # (headings._outside_lists): f1 0.883 → 0.905
    "tokyo_chusho_cyber_shanai_taisei_boshu_yoko_2024": {"parents": 0.842, "tables_found": 0.666},
    # (blind27b's unseen 高松市小・中学校区一覧表 takamatsu_shochu_gakkoku_ichiranhyo_2018, first f1 0.364, tables 0, issuer 0,
    # meets every bar since below28a: its notes' heads 注１ / 注２ / ＊注３ / ＊注４ read where set apart (headings._headed_note:
    # bold, white above, a sibling head on the page; no numbering system), 注４'s points １–４ one list (headings._outside_lists)
    # — see HEADINGS_REACHED)
    # (blind26d's unseen 東京都 仕様書 tokyo_kyoiku_kasetsu_kosha_shiyosho_2024, first f1 0.703, parents 0.923, meets every
    # bar since headings._spaced_to_sibling and _stands_alone's table under a label: see HEADINGS_REACHED)
    # blind27c, unseen (truth committed before the pipeline ran): 総務省統計局's 労働力調査 2022年平均 結果の要約 (Acrobat
    # Distiller, cut to 7 pp). First measured parents 0.636, footnotes 0, tables_found 0; footnotes 1 and tables 1 since
    # its two statistics tables, ruled from margin to margin without sides, end where their rules end
    # (open_sides.implied_sides: p1's table was read as a footnote before). Left: the summary's boxed findings 1.–5.,
    # p4's ○ sections, p5's 【用語の解説】 and the body's 第１ each nest under the one before (the truth has all five kinds
    # at the top: a summary, a second cover, front matter and the body bound in one file) — parents 7/11.
    "stat_roudouryoku_chosa_kihon_shukei_heikin_yoyaku_2022": {"parents": 0.636},
    # (blind27c's unseen 厚生労働省委託事業 survey report's 概要版 mhlw_shokuba_harassment_jittai_chosa_hokokusho_gaiyo_2021,
    # first measured tables_found 0.667 — 図表1, the committee's table, has no rule: its cells are grey boxes laid 2 pt
    # apart with white gaps between (a Word table shaded cell by cell, borders white), read as a diagram's boxes apart —
    # meets every bar since below28b: a grid of 3 rows or more, no cell merged, every cell filled by a box of its own is
    # a table shaded cell by cell (page_flow._shaded_cell_by_cell))
    # blind27c, unseen: a 検討会's meeting material as slides (PowerPoint for Microsoft 365, cut to 4), first measured
    # f1 0.889, false pages 3, date 0 (parents, pages, title, issuer 1; its ruled panel table found). Since below28b:
    # f1 1 — slide 4's title band, painted over the top of the pale panel under it, hides the panel's top edge
    # (layout._covered_side), so the frame is no one-column table —; false pages 0 — the stacked-bar charts of slides
    # 3–4 are plot areas over their value scales 0% 50% 100% (page_flow._value_row, _spaced_ticks), the cover's meeting
    # stamp (the meeting over its date | 資料４) a doc_label (labels._beside_its_number). Left: the stamp's date, the only
    # one printed, is not read (date 0).
    "mhlw_shokuba_harassment_chosa_kekka_gaiyo_slides_2024": {"date": 0.0},
    # session 27 (blind27a), an unseen document, truth written first: a 社会福祉法人's 平成27年度 計算書類 (iTextSharp /
    # Pdf_as, 8 pp, 15 ruled tables). First measured tables_found 0.8 (12/15); left: p1's 資金収支計算書 and its two
    # balance rows under a gap are read as one grid (43 rows): the package draws every rule as a stroke longer than
    # its cell, clipped to it, and the clip is not honoured — the gap row shows no vertical on the page; the 財産目録
    # (pp7–8, one sheet, header repeated) is read per page with a fifth column at x 448, where the green total bands'
    # overlapping fill pieces meet (the band over 40–496 holds a piece 388–448 of its own tint), so the pages' columns
    # (30|40|49|448|499|566, 30|40|389|448|499|566) do not match and the run is not joined. Since below28b the pieces'
    # sides inside a box of their tint show no edge (layout._covered_side): 30|40|49|499|566 and 30|40|499|566, the
    # truth's columns; still not joined — p8 prints the header again and lacks the 49 indent edge, and
    # ruled_tables._fewer_columns joins such a page only where the lacking edge borders an empty column (the 40–49 strip
    # holds the 流 of "1.流動資産", a line run over the undrawn edge).
    "niikawa_shafuku_kessansho_2015": {"tables_found": 0.8},
    # blind27d, unseen (truth committed before the pipeline ran): 文部科学省's 交付要綱 様式 (Acrobat PDFMaker, cut to pp1–6:
    # 様式1 with its 別紙 事業計画書, 様式2, 様式3), as first measured. The forms' titles are set in the body's face and size,
    # centred-ish over two rows between the blank 機関名 rows and the form's sentence — no reader took them (title 0 until
    # below28c: the number left blank, 文書番号, makes the head a notice's form, its subject the rows closing with the
    # paper's kind …交付申請書, the first run to the text's edge — cover._form_head, _form_subject_start; its senders are
    # fields, no issuer); the titles of 様式2/3 are no headings; the numbered fill-in fields (1．補助事業の名称 over the
    # white left to write in, １．…４． under Ⅰ) read as chapters; （１）直接経費 runs on into the caption （１－１）物品費
    # under it (f1, parents)
    "mext_spread_hojokin_koufu_yoko_yoshiki_2026": {"f1": 0.363, "parents": 0.25},
    # (blind27d's unseen 公募要領 mext_spread_koubo_youryou_dai1kai_2026, first f1 0.786, title 0, meets every bar since
    # below28a: bold runs in sentences are emphasis (headings._emphasis), its plain ① lines over their paragraphs head
    # them (headings._over_its_paragraph) — see HEADINGS_REACHED)
    # (blind27d's unseen 河川管理事務必携 chapter hyogo_kasen_kanmin_kyokai_kyotei_jimu_toriatsukai_2021, first f1 0.836,
    # f1 0.92 since below28a: the attachments ア–サ one list (headings._outside_lists); left ＜現地の状況＞, ①/③ of a
    # figure's side text, 所在地 of the sample form — see HEADINGS_REACHED)
    # (blind27e's unseen legend sheet gsi_meiji_teishicchi_hanrei_2015, first f1 0.333, meets every bar since below28a:
    # 取得項目詳細 and the region labels, bold over tables set smaller, head them (headings._heads_smaller_table))
    # session 28 (cover28), a 請願 drawn into the cover sample's draw 28, truth written first (Word 2016, 2 pp, one size):
    # title, date, issuer 1 since cover._captioned_subject (the subject under 件名); of its 3 firm headings, the captions
    # alone on their rows, p1's 紹介議員 and 請願理由 are read, p2's 請願事項 is not — its numbered requests (１ …ください。)
    # stand at its own left edge, not set in under it as p1's values are (f1 0.8)
    "kodaira_kyu_sagawatei_koen_seibi_seigan_2021": {"f1": 0.8},
    # session 28 (blind28a), an unseen document, truth written first: one page of a city's 広報 magazine (InDesign, Adobe
    # PDF Library 16.0; its six photographs re-encoded to fit 1.5 MB), as first measured f1 0.571, parents 0.5, date 0:
    # the folio at the foot (13 広報○○ 2022.1) read as a chapter heading and no date; the section panel read as a flow
    # diagram (its heading a figure's word); a photograph's tag in a rounded box read as a heading. Since blind28a
    # (furniture.folio_row, rules_to_cells._joined_inside, rules_to_cells.picture_tags): f1 1.0, date 1. Left: the
    # chart's title (optional; depth 2 under the banner in the truth) is set larger than the banner and read beside it.
    "sabae_koho_gomi_genryoka_2022_01": {"parents": 0.666},
}

# What every document reaches on headings (f1, parents, pages), truncated to three places: a
# change that loses a heading anywhere fails here even where the bar still holds.
HEADINGS_REACHED: dict[str, tuple[float, float, float]] = {
    # cover27: the 2020 sheet again (令和２年１０月５日), its one-page patient list headed once by the count announced —
    # truth committed before the pipeline ran; first measured f1 0.923 (〇年代 read as one title, as its 2020 sibling),
    # issuer 1 since issuer._credited_maker reads a count announced as its row's label
    "tokyo_corona_kansensha_hassei_jokyo_2020_10": (0.923, 1.0, 1.0),
    # blind26c: an unseen town's 補助金要綱, truth committed before the pipeline ran (first measured → now)
    "osaka_u_kogaku_ta_tf_jisshi_yoko_2019": (0.964, 1.0, 1.0),   # first f1 0.964, date 0 (the first 附則's day) and
    # issuer 0: dated by the last 附則 (cover.effective_date), issued by the body before における (bodies._RULES_IN_BODY);
    # the p4 sheet's title under its column of dates is no heading, its （１） list item one
    "tokyo_chusho_cyber_shanai_taisei_boshu_yoko_2024": (0.904, 0.842, 1.0),   # first measured 0.826, 0.736: see BELOW_THE_BAR
    "naganuma_kyoryokutai_katsudohi_hojokin_yoko_2026": (1.0, 1.0, 1.0),   # first f1 1.0 with title 0 and issuer 0: its
    # name on the first row in the body's type, right over (趣旨) / 第１条, read by no reader (cover._rule_over_its_articles)
    # blind26d: an unseen デジタル庁 調達仕様書 (Word for Microsoft 365, first 6 pages), truth committed before the
    # pipeline ran: first f1 0.357, parents 0.400 — its 1.1.–2.4. are black pictures whose /SMask holds the glyphs
    # (picture_labels.mask_shape/_flat, numbering.PICTURE_LABEL's 1.1.: every bar met)
    "digital_review_ai_chotatsu_shiyosho_2025": (1.0, 1.0, 1.0),
    # blind27c: unseen statistics releases and a survey report, truth committed before the pipeline ran (first → now)
    "mhlw_koyo_doko_chosa_kekka_gaikyo_r4_2023": (0.923, 1.0, 1.0),   # first f1 0.923 (ア/イ/ウ items with a line of
    # detail under 4's （２）（３） read as headings; the truth keeps them items), tables 0, title 0, date 0 → tables 1
    # (open_sides.implied_sides: 入職超過率 beyond the last column rule), title 1 (cover._unquoted: －…－), date 1
    # (cover._dated_over_contact: the day over 【照会先】)
    "stat_roudouryoku_chosa_kihon_shukei_heikin_yoyaku_2022": (1.0, 0.636, 1.0),   # see BELOW_THE_BAR
    "mhlw_shokuba_harassment_jittai_chosa_hokokusho_gaiyo_2021": (1.0, 1.0, 1.0),   # first as now; see BELOW_THE_BAR
    "mhlw_shokuba_harassment_chosa_kekka_gaiyo_slides_2024": (1.0, 1.0, 1.0),   # first f1 0.888; see BELOW_THE_BAR
    "tokyo_kyoiku_kasetsu_kosha_shiyosho_2024": (0.933, 0.952, 1.0),   # first f1 0.703, parents 0.923: "  (2) 使用期間"
    # typed in to (1)'s place (headings._spaced_to_sibling), "(1) 仮設校舎" and イ–カ over their ruled tables
    # (_stands_alone); left: ア, オ, キ (a 、 in the title: no short title) and 第1 beside the annex's title
    # blind25b: an unseen white paper's part, truth committed before the pipeline ran (first measured → now)
    "bousai_hakusho_2024_part3_bosai_keikaku": (1.0, 0.927, 1.0),   # first f1 0.678, parents 0.195: the tabs' clipped
    # fills framed a diagram over each page (layout._off_the_page), the divider's chapter list read as headings
    # (headings._listed_divisions), 2-1 apart from its title (page_flow._in_labels_type); 概要's ❶–❺ still at its level
    # (blind25b's own truth of mhlw_rodo_kijun_ihan_kohyo_jian_2019, first f1 0.444, pages 0, agreed with blind25c's:
    # tests/real/DOCUMENTS.md; blind25c's entry above is the one held)
    # blind24b: four unseen statistics documents, truth committed before the pipeline ran (first measured → now)
    "kobe_kogai_kujo_shori_jokyo_2014": (1.0, 1.0, 1.0),   # first f1 0.833, parents 0.6: ３ 月別の… read as 3月別の…
    # (line_roles._tab_after measures the typed space from its own start in condensed type)
    "kobe_jinko_no_ugoki_2014": (1.0, 1.0, 1.0),   # first footnotes 0, tables_found 0: 表１'s open body unread and read as
    # note 8 from its row ８年 (open_tables.implied_rules: every bar met)
    # 「第１章 産業連関表による平成17年神戸市経済の分析」 (Distiller 5.0, cut to 3 pages): 図１, a flow diagram of framed
    # boxes joined by block arrows, read as three 2-row tables (false page 2) and its boxes 移輸入 / 移輸出 as headings
    # (f1 0.875), as first measured; 表１ and 表２ (ruled headers, open bodies) tables_found 0 first measured, 1.0 since
    # open_tables.implied_rules. figure25 read the drawing: each head a V of two diagonal staircases (filled paths of
    # 24–544 steps), wings meeting the shaft's two rules, 中間投入 joined by connector lines to a junction. figure26:
    # a staircase is one shape, no rules (layout._staircase), and grids joined by lines in no grid with a staircase a
    # line ends at are a figure (rules_to_cells.block_diagrams): f1 0.875 → 1.0, tables_false_pages 1 → 0
    "kobe_sangyo_renkanhyo_bunseki_2005": (1.0, 1.0, 1.0),
    # blind23d: three unseen documents of the session-21 sweep, truth committed before the pipeline ran; both meet every
    # bar as first measured (f1, parents, pages, tables_found, title, date, issuer all 1.0)
    # below24: a partial document of the session-21 sweep, truth committed before the pipeline ran. 厚生労働省's 様式29の３,
    # a 施設基準 届出書添付書類 form (JUST PDF 3), read `partial` (damaged_pdf) for MuPDF's "CMap is missing codespace
    # range" (ToUnicode CMaps naming none, fonts encoded by name) and "bogus font … ascent/descent values" (the font of
    # its spaces), the text whole: both notes since below24 (layout._CODESPACE, _NOT_DAMAGE). First measured every figure
    # 1.0 but title 0: its braced choice 黄斑局所網膜電図 / 全視野精密網膜電図 with the rest of the title beside the braces'
    # middle, read by rows (the rest between the items); meets every bar since below24 (cover._braced_choice)
    "mhlw_moumaku_denzu_shisetsu_kijun_yoshiki29_3_2020": (1.0, 1.0, 1.0),
    "zaimu_hosei_yosan_dai2go_frame_2020": (1.0, 1.0, 1.0),   # 財務省's one-page 補正予算（第２号）フレーム, no headings
    "tokyo_corona_kansensha_hassei_jokyo_2021_11": (1.0, 1.0, 1.0),   # 東京都 別紙 (Excel 2019), 10 ruled grids
    "mhlw_shoshin_monshinhyo_komoku_besshi_yoshiki54_2022": (1.0, 1.0, 1.0),   # a 別紙様式 form sheet (JUST PDF), no headings
    # blind23a: four unseen documents of the session-21 sweep, truth committed before the pipeline ran (first measured)
    "pmda_shinsa_hokokusho_eliquis_vte_2015": (1.0, 0.933, 1.0),   # first f1 0.966, parents 0.929 (1）腸管排出（添付資料
    # 4.2.2.7.1-2）: the 2） of 1-2） no next label on its row, numbering.next_on_row); left: ＜提出された資料の概略＞
    # (optional) read beside （ⅰ）, not under it
    "ishigaki_kiirun_teiki_koro_shiryo_2025": (0.96, 1.0, 1.0),   # first f1 0.7 (panel captions on bands:
    # deck_headings._banded_parts; bracketed topics over ・ items: deck_headings._bracketed_topics); left: 候補船の
    # 略暦とコメント, set flush left on its band (no caption_band: the panel's box starts inside the band)
    "nankoku_gesuido_jigyo_kaikei_hosei_yosan_dai3go_2026": (1.0, 0.75, 1.0),   # see BELOW_THE_BAR
    "jizokuka_hojokin_koufu_kitei_ippan_2025": (1.0, 1.0, 1.0),   # every figure 1.0 first measured but issuer 0: the
    # truth as first written dropped the bracketed operator under the 事務局; aligned to the held 交付規程 truths (NOTES.md)
    # blind22a: four unseen documents of the session-21 sweep (first measured against the truth as first committed)
    "corona_senmonka_kaigi_jokyo_bunseki_teigen_0501_2020": (1.0, 1.0, 1.0),   # first f1 0.833, parents 0.8 (the masthead
    # row a heading: headings via Cover.issuer_at; 渋谷/難波 beside a figure's pictures: headings._figure_word; （４） run
    # into a 〇 「… paragraph as a sentence: numbering zero_mark's title may open with a bracket)
    "mhlw_dai2ji_hosei_yosan_tsuika_gaiyo_2020": (1.0, 1.0, 1.0),   # first f1 0.235, parents 0.5, issuer 0 (0.5/0.5
    # against the revised truth: see its NOTES.md); f1 0.933 until below23: two ○ rows of p3 whose typed blanks are a
    # piece of their own between the words and the amount are whole rows since page_flow._typed_blanks
    "mhlw_gigi_kaishaku_sono6_jimurenraku_2026": (1.0, 1.0, 1.0),   # first f1 0.923 (（別添１）: numbering attachment)
    "jizokuka_hojokin_sanko_shiryo_dai17kai_2025": (1.0, 1.0, 1.0),   # first parents 0.8 (a truth depth revised: NOTES.md)
    # session 22 (blind22b), from repositories new to tests/real, truth written first. 新潟市's 入札説明書 (Word, split by
    # pdftk) first measured f1 0.992 (ウ 入札金額, a list's item after items wrapped under their titles, read as a heading:
    # headings._after_hung_item), every other figure 1.0; 厚生労働省's 別紙１ (Excel for Microsoft 365) first measured
    # tables_found 0.5 (（人）, the last line of an L-shaped header cell, a cell of its own: rules_to_cells.header_corners),
    # date 0 (2021/6/14 24時時点: cover_row._DAY_THEN_FIGURES), issuer 0 (各都道府県 read: bodies._TITLED_BY); the city's
    # 選定委員会設置要綱 first measured f1 0.952, parents 0, title 0 (（趣旨） over 第１条 joined to the title, its second
    # row a heading: cover._article_caption), date 0 (…から施行し、…: cover._TAKES_EFFECT), issuer 0
    "niigata_kaigo_jigyosho_system_nyusatsu_setsumeisho_2025": (1.0, 1.0, 1.0),
    "mhlw_corona_todofuken_yoseisha_jokyo_bessi1_excel_2021": (1.0, 1.0, 1.0),
    "niigata_kaigo_system_itaku_senteiiinkai_setchi_yoko_2025": (1.0, 1.0, 1.0),
    "niigata_kaigo_system_rakusatsusha_kettei_kijun_2025": (1.0, 1.0, 1.0),   # the tender's 落札者決定基準: every figure 1.0 first measured
    # session 23 (blind23b), from repositories new to tests/real, truth written first. 官公需情報ポータルサイト's 検索APIガイド
    # (LibreOffice 6.1) first measured f1 0.903, parents 0.929 (3.1's second row, in the heading's Japanese face alone, a
    # heading of its own: title_lines._own_face); 近畿地整's 別紙－５ 技術評価項目 (no producer) tables_found 0 (a header
    # shaded under each of the sheet's columns read as cells: layout._row_pieces); 関東地整's 入札説明書 (iText / CubePDF)
    # f1 0.5, issuer 0 (sections a blank row apart read as a list, fields with a value at a tab as headings:
    # headings._spaced_apart, _value_beside; the 契約担当官's capacity: bodies._CONTRACTING); 沖縄総合事務局's (DocuWorks)
    # f1 0.615, title 0, issuer 0 on main's code, f1 0.8 and issuer 1 with the conventions above (a field's value past a
    # remark, a sentence broken by 禁則, a digit a size larger: headings._value_runs_on, _pushed_out,
    # records.Line.letters_size; the spread title: cover._side_pieces_apart)
    "kkj_kensaku_api_guide_2016": (1.0, 1.0, 1.0),
    "kinki_nara_kokudo24_shomei_gijutsu_hyoka_komoku_2024": (1.0, 1.0, 1.0),
    "kanto_tokyo_kokudo_kaichiku_hozen_nyusatsu_setsumeisho_2024": (1.0, 1.0, 1.0),
    "ogb_hokubu_5dam_shokusai_kanri_nyusatsu_setsumeisho_2024": (1.0, 1.0, 1.0),
    "saitama_senkyo_kanri_iinkai_joho_kokai_yoko_2008": (1.0, 1.0, 1.0),   # blind21d, first measured 1.0 (issuer 0 → 1)
    "kodaira_kyoiku_shisaku_renrakukai_yoroku_2022": (0.8, 0.5, 1.0),   # blind21d scan (0, 0, 0 before ocr22): see BELOW_THE_BAR
    "ai_jigyosha_guideline_draft_v1_2024_real": (1.0, 1.0, 1.0),
    "ai_ronten_2023": (1.0, 1.0, 1.0),
    "ai_seido_chukan_torimatome_2025_real": (1.0, 1.0, 1.0),
    "ai_seido_kangaekata_2024_real": (1.0, 1.0, 1.0),
    "startup_funding_policy": (1.0, 1.0, 1.0),
    "ai_jigyosha_guideline_v1_gaiyo_slides_2024": (1.0, 1.0, 1.0),
    "cao_chiho_sosei_rinji_koufukin_jimurenraku_2020": (1.0, 1.0, 1.0),
    "cao_chiho_sosei_rinji_koufukin_keikaku_teishutsu_sokuho_2020": (1.0, 1.0, 1.0),
    "cao_chiho_sosei_rinji_koufukin_qa_2020": (1.0, 1.0, 1.0),
    "cio_dp_ai_data_ryuiten_2020": (1.0, 1.0, 1.0),
    "cio_dp_data_jinzai_framework_2021": (1.0, 1.0, 1.0),
    "cio_dp_architecture_sekkei_2021": (1.0, 1.0, 1.0),
    "cio_dp_data_portability_2021": (1.0, 1.0, 1.0),
    # 政府CIO補佐官等DP 自治体のSNS利用 (Word for Microsoft 365, cut, newdocsE17): f1 0.786, parents 0.727, tables_false_pages 3
    # as first measured (第1章：対応編 read with its colon; ＜図表４：…＞ a heading; 図表1, 2 header bands read as tables)
    "cio_dp_jichitai_sns_kojin_joho_2021": (1.0, 1.0, 1.0),
    "cio_dp_it_shisan_kanri_2021": (1.0, 1.0, 1.0),
    "cio_dp_metadata_rule_2021": (1.0, 1.0, 1.0),
    "cio_dp_zero_trust_2020": (1.0, 1.0, 1.0),
    "corona_senmonka_kaigi_jogen_soshiki_teigen_2020": (1.0, 1.0, 1.0),
    "corona_taisaku_honbu_kinkyu_taiosaku_2020": (1.0, 1.0, 1.0),
    "digital_ai_hojokin_koufu_kitei_2026": (1.0, 1.0, 1.0),
    "fukui_choki_vision_kenmin_enquete_2020": (1.0, 1.0, 1.0),
    "funani_shoken_denshika_kento_jiko_shiryo1_2021": (1.0, 1.0, 1.0),
    "funani_shoken_joyaku_teishoku_bessi12_2021": (1.0, 1.0, 1.0),
    "funani_shoken_mletr_bassui_bessi7_2021": (1.0, 1.0, 1.0),
    "hoseishingikai_funani_bukai_dai16kai_gijiroku_2024": (1.0, 1.0, 1.0),
    "hoseishingikai_funani_chukan_shian_2023": (1.0, 1.0, 1.0),
    "hoseishingikai_funani_yokoan_2024": (1.0, 1.0, 1.0),
    "ipa_joho_security_soki_keikai_partnership_guideline_2022": (1.0, 1.0, 1.0),
    "meti_joho_system_anzen_taisaku_kijun_kokuji_1997": (1.0, 1.0, 1.0),
    "mlit_jitensha_gekkan_koho_slides_2020": (1.0, 1.0, 1.0),
    "mlit_jitensha_kyogikai_meigi_shiyo_yoryo_2020": (1.0, 1.0, 1.0),
    "mlit_jitensha_kyogikai_shuchi_irai_2021": (1.0, 1.0, 1.0),
    "mlit_jitensha_tsukin_sengen_gaiyo_shiryo_2020": (1.0, 1.0, 1.0),
    "naikaku_kinkyu_keizai_taisaku_kakugi_2020": (1.0, 1.0, 1.0),
    "naikakufu_shoshika_hakusho_2022_part1_ch1_sec3": (1.0, 1.0, 1.0),
    "mext_st_hakusho_2024_part1_ch2": (1.0, 1.0, 1.0),
    "mext_st_hakusho_2024_part1_ch3": (1.0, 1.0, 1.0),
    "mext_st_hakusho_2024_part1_ch5": (1.0, 1.0, 1.0),
    "mhlw_genyakuto_tourokugenbo_shishin_tsuchi_2014": (1.0, 1.0, 1.0),
    "mhlw_hoihatsu_kensaryo_tsuchi_2021": (1.0, 1.0, 1.0),
    "mhlw_kinkyu_hinin_iryokikan_ichiran_tochigi_2023": (1.0, 1.0, 1.0),
    "niigata_kinkyu_hinin_iryokikan_ichiran_2020": (1.0, 1.0, 1.0),
    "ai_senryaku_kaigi_koseiin_teishutsu_shiryo_slides_2024": (1.0, 1.0, 1.0),
    "mhlw_mf_qa_sono3_jimurenraku_2012": (1.0, 1.0, 1.0),
    "mhlw_saibou_mf_sakusei_youryou_jimurenraku_2013": (1.0, 1.0, 1.0),
    "otoineppu_chiiki_bosai_keikaku_jishin_2020": (1.0, 1.0, 1.0),
    "otoineppu_kani_suido_keiei_senryaku_2018": (1.0, 1.0, 1.0),
    "otoineppu_sogo_senryaku_2015": (1.0, 1.0, 1.0),
    "otoineppu_tokutei_jigyonushi_koudou_keikaku_2015": (1.0, 1.0, 1.0),
    "pmda_mf_seido_gaiyo_slides_2018": (1.0, 1.0, 1.0),
    "ronten_igirisuho_denshi_funani_shoken_law_commission_2022": (1.0, 1.0, 1.0),
    "sabae_jisshi_jigyo_ichiran_2020": (1.0, 1.0, 1.0),
    "saikosai_kensetsu_asbestos_okugai_hanketsu_2021": (1.0, 1.0, 1.0),
    "seichou_kasoku_hojokin_kouboyouryou_2025": (1.0, 1.0, 1.0),   # blind26d: its optional ① 会社又は個人 / ② 組合又は
    # 連合会, each over its table, found since _stands_alone reads a table under a label as its passage, nested beside
    # ＜中小企業者の定義＞ (parents 1.0 → 0.951); under it again since below27 (heading_levels._heads_its_run)
    "shojihomu_denshika_kenkyukai_dai10kai_gijiroku_2022": (1.0, 1.0, 1.0),
    "smrj_shoryokuka_koufu_kitei_2026": (1.0, 1.0, 1.0),
    "smrj_shoryokuka_koufu_kitei_shinkyu_2026": (1.0, 1.0, 1.0),
    "setagaya_yosan_hensei_gaiyo_2026": (1.0, 1.0, 1.0),
    "chusho_data_rikatsuyo_policy_2025": (1.0, 1.0, 1.0),
    "soumu_johotsushin_hakusho_2024_part1_ch4_sec1": (1.0, 1.0, 1.0),
    "smrj_shoryokuka_koubo_youryou_shinkyu_2025": (1.0, 1.0, 1.0),
    "nankoku_hochi_jidosha_jorei_kaisei_gian_2022": (1.0, 1.0, 1.0),
    "nankoku_ryohi_jorei_kaisei_gian_2026": (1.0, 1.0, 1.0),
    "nankoku_shizei_jorei_kaisei_gian_2022": (1.0, 1.0, 1.0),
    "nankoku_toshokan_setchi_jorei_gian_2025": (1.0, 1.0, 1.0),
    "nankoku_kasai_yobo_jorei_kaisei_gian_2026": (1.0, 1.0, 1.0),   # blind21c: first measured f1 0.667 (a quoted article read as a heading)
    "sakaiminato_gikai_giketsu_kekka_ichiran_rinjikai_2025": (1.0, 1.0, 1.0),   # blind21c: first measured 1.0
    "nankoku_shisei_hoshin_2026": (1.0, 1.0, 1.0),
    "nankoku_teian_riyu_2026": (1.0, 1.0, 1.0),
    # cover23 (draw 23 of bench/cover_sample.tsv): 南国市議会's list of the session's bills, each row 議案第Ｎ号 and its subject,
    # nothing between them (f1, parents, pages 0 as first measured: 25 headings, numbering's council_paper); 1.0 since
    # list23 (a run of papers closing the document with no sentence after any: headings._outside_paper_lists)
    "nankoku_gikai_teishutsu_gian_ichiran_2025": (1.0, 1.0, 1.0),
    "kamogawa_nyusatsu_koukoku_2026": (1.0, 1.0, 1.0),
    "chiba_kyoiku_nyusatsu_koukoku_2026": (1.0, 1.0, 1.0),
    "oamishirasato_nyusatsu_koukoku_2026": (1.0, 1.0, 1.0),
    "zaimu_hosei_yosan_setsumei_2020": (1.0, 1.0, 1.0),
    "zaimu_tokubetsu_kaikei_guidebook_rodo_hoken_2017": (1.0, 1.0, 1.0),
    "zaimu_zaisei_jijo_slides_hoseigo_2020": (1.0, 1.0, 1.0),
    "zaimu_zaisei_enzetsu_hosei1_2020": (1.0, 1.0, 1.0),
    "zaimu_zaisei_enzetsu_hosei2_2020": (1.0, 1.0, 1.0),
    "nankoku_dx_suishin_hoshin_2022": (1.0, 1.0, 1.0),   # footnotes 1.0 since remnants13 (was BELOW_THE_BAR 0.75)
    "it_donyu_hojokin_koufu_kitei_security_2025": (1.0, 1.0, 1.0),
    "nankoku_gikai_seimu_katsudohi_tebiki_2016": (1.0, 1.0, 1.0),
    "mof_zaiseishin_setsumei_shiryo_slides_2020": (1.0, 1.0, 1.0),
    "corona_senmonka_kaigi_jogen_soshiki_happyo_slides_2020": (1.0, 1.0, 1.0),
    "mhlw_corona_advisory_board_gijigaiyo_2020": (1.0, 1.0, 1.0),
    "yaizu_datamap_riyou_kiyaku_2023": (1.0, 1.0, 1.0),
    "yaizu_opendata_catalog_riyou_kiyaku_2025": (1.0, 1.0, 1.0),   # parents 0.909 before remnants14 (its 【…】 part under section 7)
    "kodaira_kansa_kijun_tsuchi_2020": (1.0, 1.0, 1.0),   # f1 0.422, parents 0.133 before ocr13
    "jpo_tokkyo_shinsa_kijun_inin_shorei_2025": (1.0, 1.0, 1.0),
    "soumu_hosei_yosan_gaiyo_2020": (1.0, 1.0, 1.0),
    "mext_hosei_yosan_dai2ji_gaiyo_2020": (1.0, 1.0, 1.0),
    "corona_senmonka_kaigi_teigen_eigoban_2020": (1.0, 1.0, 1.0),
    "mhlw_jukyo_kakuho_kyufukin_sokuhochi_2020": (1.0, 1.0, 1.0),
    "shojihomu_kenkyukai_funani_denshika_hokokusho_2022": (1.0, 1.0, 1.0),
    "jpo_shinsa_kijun_kokunai_yusenken_2024": (1.0, 1.0, 1.0),
    "mhlw_kinkyu_koguchi_shikin_tokurei_kashitsuke_sokuhochi_2020": (1.0, 1.0, 1.0),
    "cao_chiho_sosei_rinji_koufukin_gendogaku_2020": (1.0, 1.0, 1.0),
    "setagaya_kaitai_nyusatsu_koukoku_2026": (1.0, 1.0, 1.0),   # List Creator (newdocsF13): no headings, one table
    "kodaira_gikai_ippan_shitsumon_tsukokusho_2021": (1.0, 1.0, 1.0),   # calibre (newdocsF13): one optional heading
    "sakaiminato_gikai_giketsu_kekka_ichiran_2025": (1.0, 1.0, 1.0),
    "saikosai_taihotei_meiyo_kison_hanketsu_1969": (1.0, 1.0, 1.0),   # FPDF 1.7 (newdocsB14): date 0 before closing_date
    "kantei_kinkyu_taiosaku_dai2dan_eigoban_web_2020": (1.0, 1.0, 1.0),   # Skia/PDF, Chrome (newdocsB14): parents 0.160 before; f1 0.980 before the status tag (newdocsC15)
    "corona_senmonka_kaigi_teigen_eigoban_0504_2020": (1.0, 1.0, 1.0),   # JUST PDF 3, English (newdocsC15): f1 0.750, parents 0.777, title 0, date 0 before english15
    "kanpo_seifu_chotatsu_koukoku_2025": (1.0, 1.0, 1.0),   # 官報 (PDF generator): f1 0.333 as first measured, 0.666 after newdocsE15; kanpo15
    "zaimu_dai1ji_hosei_yosan_gaiyo_eigoban_2020": (1.0, 1.0, 1.0),   # PowerPoint 2013, English slides (newdocsC15): f1 0 as first measured, 0.8 / parents 0.833 before below16
    "zaimu_dai2ji_hosei_yosan_gaiyo_eigoban_2020": (1.0, 1.0, 1.0),   # PowerPoint 2013, English slides (newdocsC15): f1 0.9, parents 0.666 before below16
    "saikosai_zaigai_hibakusha_teate_hanketsu_easypdf_2006": (1.0, 1.0, 1.0),   # BCL easyPDF (newdocsB14): f1 0.250 before
    # 対策本部's basic policy (edition14; f1 0.952 before: its （２） heading, whose parenthesised tail is set
    # smaller under the line's one underline, was read as not underlined until underlines measured the
    # underline's depth in the row's largest type)
    "corona_taisaku_honbu_kihon_houshin_2020": (1.0, 1.0, 1.0),
    "corona_taisaku_honbu_kinkyu_taiosaku_dai2dan_2020": (1.0, 1.0, 1.0),   # edition14: every bar met as first read
    "naikakufu_shobocho_hinan_joho_poster_2021": (1.0, 1.0, 1.0),   # f1, parents, pages 0 before leaflet14
    "mod_nyusatsu_joho_kensaku_onegai_2009": (1.0, 1.0, 1.0),   # Acrobat Elements 7 (newdocsA14): no headings
    # 診療報酬点数表 第10部 手術 (JUST PDF 3, newdocsF15; as first read f1 0.055, parents 0.500, title 0: its fee
    # rows read as chapters, 第１節 under the 通則's item (2), 第１款 no label, 通則 and the part's title missed)
    "mhlw_shinryo_hoshu_tensuhyo_shujutsu_2020": (1.0, 1.0, 1.0),
    # its pp10, 16, 17 (tensuhyo16; as first read f1 0.666: イ sub-rows under a fee row with no points of its own read
    # as headings, their sibling ロ on a line the numbering does not read)
    "mhlw_shinryo_hoshu_tensuhyo_shujutsu_kotsu_2020": (1.0, 1.0, 1.0),
    "moj_funani_jittai_chosa_kyoryoku_irai_2021": (1.0, 1.0, 1.0),   # f1 0.348, date 0 before newdocsA14
    "env_kankyo_hakusho_2024_yoyaku_slides": (1.0, 1.0, 1.0),   # PowerPoint's own export: f1 0.666 before newdocsA14
    "kobe_kanko_doko_chosa_kekka_2023": (1.0, 1.0, 1.0),   # f1 0.654, parents 0.235 as first measured (newdocsA15)
    "fsa_hoken_monitoring_report_gaiyo_slides_2023": (1.0, 1.0, 1.0),   # f1 0.5 before newdocsA15's tabs, 0.8 before below16
    "fuji_ippan_kaikei_yosansho_2024": (1.0, 1.0, 1.0),   # DocuWorks (newdocsD15): tables_found 0.833 before; f1 0.666 before budget15 (no running text: the cells' size is the body)
    "hokkaido_shichoson_nyusatsu_shikaku_shinsei_tebiki_2024": (1.0, 1.0, 1.0),   # newdocsD15: tables_found 0.8 before; title 0 before budget15 (cover._between_rules)
    # 鈴鹿市's circulars scanned with PaperStream Capture (newdocsB15): the notice's f1/parents/pages 0 (its key–value
    # items read as headings), no title on either, no date on the notice, before cover._circular and
    # headings._value_runs_on (and paragraphs._positioned_break, so the title read is not counted twice)
    "suzuka_doro_sokuryo_sekkei_itaku_oshirase_2026": (1.0, 1.0, 1.0),
    "suzuka_shobo_jutaku_keihoki_chosa_irai_2026": (1.0, 1.0, 1.0),
    "suzuka_koho_oshirase_2026": (1.0, 1.0, 1.0),   # Acrobat 25.1 (koho16): f1 0.857 → 1.0; title below the bar
    # eDocument Library 2.6 (newdocsB15): f1 0.333, date 0, surplus 0.035 before the blank verso, the letter's own 記
    # and the cover's paragraph (cover.read_cover's opening, headings._outside_particulars, paragraphs.find_paragraphs: the title's lines by Cover.title_at)
    "nankoku_tochi_kaihatsu_kosha_kansa_hokoku_2022": (1.0, 1.0, 1.0),
    # a council's 意見書 scanned, PlotSoft PDFill (newdocsB16): f1 0 and title 0 as first read (a speck the OCR read
    # as 召 widened the text's column: no line reached its edge, a numbered demand read as a heading; the title
    # 1.4 em off the text's axis) before ocr_layer._speck's ideographs, CoverPage.ocr_centred, furniture.stamps' label
    "kodaira_gikai_vaccine_ikensho_2021": (1.0, 1.0, 1.0),
    # 保医発 with a 新旧対照表 over two pages (JUST PDF 3, newdocsB16): tables_found 0 as first read (the row the page
    # broke inside a list read as two) before ruled_tables._goes_on_at_indent
    "mhlw_hoihatsu_ryuijiko_betsushi36_shinkyu_2020": (1.0, 1.0, 1.0),
    "nankoku_shuwa_gengo_jorei_gian_2022": (1.0, 1.0, 1.0),   # a 条例 with a 前文 (newdocsB16): every bar met as first read
    # newdocsC16: 小平市議会's members' bill scanned by PlotSoft PDFill (OCR layer): surplus 0.063 before its number
    # 議員提出議案第３８号 was the paper's label (numbering.COUNCIL_PAPER) and the paper read as a notice under it
    # (cover._paper_numbered): surplus 0.000; Google Docs' study guide: f1 0.962 before headings._under_the_title (its
    # section 1 read as running on from the 17 pt title line over it)
    "kodaira_gikai_ikensho_teishutsu_gian_2021": (1.0, 1.0, 1.0),
    "kourei_rodosha_anzen_gakushu_guide_gdocs_2026": (1.0, 1.0, 1.0),
    # 持続化補助金＜創業型＞ 様式２ 記載例 (PDFium, known16): f1 0, title 0, date 0 as first read — the category tag
    # 【創業型】 read as its title and a heading, a cell's founding date as its date (numbering.CATEGORY_TAG, cover._entries_out)
    "jizokuka_hojokin_sogyo_keiei_keikakusho_kisairei_2025": (1.0, 1.0, 1.0),
    # 国税庁 (newdocsA16; DocuWorks 9): f1 0.788, parents 0.923, title 0, tables_false_pages 2 as first measured,
    # before cover._past_part_label, headings._outside_listed_divisions, markup out of numbering's angle band,
    # rules_to_cells._framed_runs and _frames_drawn_twice
    "nta_houjin_bangou_webapi_v4_kaisetsu_2021": (1.0, 1.0, 1.0),
    # 外務省 (newdocsA16; InDesign 17.4): f1 0.545, parents 0.333, footnotes 0 as first measured, before
    # footnote_zone.notes_under_a_long_rule, notes numbered in brackets (numbering.FOOTNOTE_START, NOTE_MARK,
    # NEXT_NOTE) and title_lines.title_beside reading a row from its first letter
    "mofa_gaiko_seisho_2025_ch1_sec1_2": (1.0, 1.0, 1.0),
    # 東京都's 患者の発生について 別紙 (WPS Office, known16; tokyo16 title/date/f1): was BELOW_THE_BAR for tables_found
    # 0.75 — boxes of one column whose head wraps were read as three rows (the head's tint filled line by line, two
    # bands of one colour edge to edge: no edge, layout._shared_sides `joined`), and the box 都外からの検体持ち込み, its
    # rows level with notes set in blocks 4–8 em away, was read as a phrase framed in running lines
    # (page_flow._framed_in_lines, running_gap); 1.0 since tables16. Its notes set side by side are read each whole
    # since known16 (reading_order.notes_whole). Since tokyo16 (were title 0, date 0, f1 0.545): title and date 1.0 —
    # the ◆ caution over the notes' 6.2 pt body is a remark, no title (cover._remark) —; f1 1.0 — the body is the
    # cells' 9.8 pt (typography._cells_outweigh); ＜属性＞ heads its part (headings._next_under); the ward table's
    # 【参考】 band heads it (headings._tag_led).
    "tokyo_corona_kansensha_hassei_jokyo_2021": (1.0, 1.0, 1.0),
    # 南国市議会's 政務活動費 出納簿 記載例 (newdocsC17; Word 2016): tables_found 0, title 0 (記載例), surplus 0.019 as
    # first measured — the dashed text boxes and their dashed arrows over the ledger were read as rules
    # (layout._notes_out, _dashed_arrow), 記載例 boxed at the top right was the title (numbering.STATUS_TAG), and
    # the title ran on with the field under it in one paragraph (the title's lines out by Cover.title_at, page_flow._mark_callout_words)
    "nankoku_gikai_seimu_katsudohi_suitobo_kisairei_2019": (1.0, 1.0, 1.0),
    # 南国市's 繰越事業一覧 (newdocsC17; Excel 2016): a 48 × 14 table over three pages, a merged two-row header repeated
    # on each; every bar met as first measured
    "nankoku_kurikoshi_jigyo_ichiran_2022": (1.0, 1.0, 1.0),
    # 南国市's 辺地 総合整備計画 議案 (newdocsC17; 一太郎): two merged-header tables, the first continued onto the next
    # page with no top rule; every bar met as first measured
    "nankoku_henchi_sogo_seibi_keikaku_henko_gian_2026": (1.0, 1.0, 1.0),
    # 南国市's 主な継続事業 (newdocsC17; Excel 2016): a 29 × 13 table over three pages, its header on the first only;
    # every bar met as first measured
    "nankoku_tousho_yosan_shuna_keizoku_jigyo_2022": (1.0, 1.0, 1.0),
    # 全国中小企業団体中央会's 旅費支給に関する基準 (newdocsC17; Word 2019): title 0 as first measured (【別紙１】 read
    # into it); the label opening the title's row is the file's label (cover._label_off_title, headings._a_label)
    "chuokai_monozukuri_ryohi_shikyu_kijun_2020": (1.0, 1.0, 1.0),
    # 文化審議会's 公用文作成の考え方 with its 解説 (newdocsA17; first measured f1 0.857, parents 0.806): bands nest by size
    # and numbering (heading_levels._band_over), イ　「…」, Ⅰ－１ (roman_decimal) and （付） (appended) are labels, a
    # 【関係資料】 band over underlined links names them (headings._over_links)
    "bunka_koyobun_sakusei_kangaekata_kaisetsu_2022": (1.0, 1.0, 1.0),
    "naikaku_kunrei_koyobun_kanji_shiyo_2010": (1.0, 1.0, 1.0),   # 内閣訓令 (newdocsA17, Distiller 9.4): every bar as first read
    # 外来語の表記 告示 extract, 国語課題小委 参考資料２－１ (newdocsA17, JUST PDF 3; first measured f1 0.625, parents 0.8): the
    # 告示's number and date title nothing (headings._dates_or_numbers, numbering.DOC_NUMBER), 【中　略】/【以下略】 are no bands
    # (_OMISSION_BAND), a title set as a page's centred title is one anywhere (_set_as_page_title), 付　録 alone is the
    # appendix holding its 用例集 (numbering appendix_alone, heading_levels._HOLDS_TITLES)
    "bunka_gairaigo_hyoki_kokuji_bassui_2021": (1.0, 1.0, 1.0),
    # newdocsB17: the 検査料 notice printed through a KONICA MINOLTA bizhub C558 (a copier's PDF with a real text
    # layer), and two through DocuCom PDF Driver 9.00 (from Word, from 一太郎: labels as text objects of their own)
    "mhlw_hoihatsu_kensaryo_tsuchi_2022": (1.0, 1.0, 1.0),
    "mhlw_hoihatsu_kensaryo_tsuchi_2017_12": (1.0, 1.0, 1.0),
    "mhlw_hoihatsu_kensaryo_tsuchi_2017_11": (1.0, 1.0, 1.0),
    "nankoku_tochi_shutoku_tokubetsu_kaikei_yosan_2026": (1.0, 1.0, 1.0),   # iText Core 7.2.4 budget (newdocsB17): date 0
    "mie_koki_koureisha_iryo_seido_oshirase_2026": (0.96, 1.0, 1.0),   # PaperStream OCR scan (newdocsD16): see BELOW_THE_BAR
    # 日本銀行's 金融システムレポート (newdocsA18, Acrobat Pro 2020; first measured f1 0.844, parents 0.947, footnotes 0.6,
    # tables_false_pages 1): contents run on to a page whose numbers are lines of their own (contents._numbered_spans; no
    # margin line numbers: furniture._steady), ii/iii page numbers (furniture.ROMAN_PAGE), ＢＯＸ１ beside the chapters
    # (numbering box), 付録 over its groups (heading_levels._titles_over_smaller), a chart's ticks no note
    # (footnotes._axis_labels) and its value scale no table (page_flow._value_scale)
    "boj_kinyu_system_report_2024": (1.0, 1.0, 1.0),
    "mlit_chubu_seibikyoku_shizen_kankyo_chosa_oshirase_2026": (1.0, 1.0, 1.0),   # PaperStream OCR scan (newdocsA18):
    # (0, 0, 0) until ocr19 read its layer in regular weight and its junk over the photos as no heading
    # newdocsB18: producers new to the corpus — Arbortext APP (a foreign statute as 法制審議会 reference material),
    # pLaTeX + dvipdfmx (a 国立大学's exam booklet), Word for Mac through macOS Quartz PDFContext (a sample question)
    # Singapore's Act: every bar since english19 (f1 0.883, parents 0, title 0, date 0 before): the cover's title the
    # next page repeats in title case (cover._repeated_title), its edition day as an ordinal (31st December 2011), the
    # Arrangement of Sections with no page numbers run on by its size (contents._unpaged_contents), PART I / PRELIMINARY
    # and Division 1 — … (numbering english_part / english_division) holding the bold section titles under them
    "funani_singapore_electronic_transactions_act_sankou3_2_2021": (1.0, 1.0, 1.0),
    # english19: two English papers of the government, from NTJ_English/ of michihito-ando/covid19-japan-policies
    # (内閣府's English summary of the emergency economic measures, PowerPoint 2016, english19: f1 0.519 as first
    # measured, 0.947 since an English slide's bold numbered parts head it, deck_headings._numbered_parts; below the bar
    # on tables until tabs19: slide 7's stacked bars, boxes each in a colour of its own, no cells, layout._bar_segments,
    # and slide 6's header cell "Comprehensive / Economic Measures¹" with its raised call kept at its line's end,
    # geometry._called_at_end; left: slide 2's banner a heading, slide 4's second tab none)
    "cao_kinkyu_keizai_taisaku_gaiyo_eigoban_2020": (0.947, 0.944, 1.0),   # PowerPoint 2016 slides
    "corona_shiensaku_ichiran_eigoban_2020": (1.0, 1.0, 1.0),   # no producer recorded (a chart; 0.888 before slides20)
    # newdocsB19: kinds not yet held — an advisory council's 見解 with an attached paper (Word 2016), a 総合計画's
    # 基本構想 put to the council (一太郎 + MS-Mincho plan pages), a 給与条例 amending bill whose two 給料表 are one ruled
    # row over four pages each (一太郎 + MS-Mincho)
    # (parents 0.818 as added: "事業者の方へのお願い", bold underlined after the last section 6., ranked its sibling; since
    # heads19b a title in a numbered series' type underlined as well, where no member is, text under it, ranks under
    # the section before it: heading_levels._over_underlined_titles; the optional 【…ウェブサイト】 band nests under it)
    "corona_senmonka_kaigi_kenkai_0309_2020": (1.0, 0.909, 1.0),
    "nankoku_sogo_keikaku_kihon_koso_gian_2025": (1.0, 1.0, 1.0),
    "nankoku_kyuyo_jorei_kaisei_gian_2025": (1.0, 1.0, 1.0),
    # (0.782, 0.888 before slides20; 0.962, 0.923 before kantei20b: the 議事次第's letter-spaced items １．開　会 … are
    # headings, headings._agenda_item; ＜医療体制＞ over its ○ list heads as its series does, headings._series_heads)
    "kantei_corona_kankei_kakuryo_kaigi_shidai_shiryo_2020": (1.0, 1.0, 1.0),
    # session 19 (footnotes19): a PMDA 審査報告書 bound with the ministry's 審議結果報告書 (Acrobat Pro 9.5.1), its Word
    # footnotes numbered *1 … *6 under a rule; the centred part titles 審査報告書 and 審査結果 read as text (f1 0.909),
    # the optional band ＜提出された資料の概略＞ nested beside （ⅲ） (parents 0.9). Since heads19b the part titles set
    # like 審査報告（1） (kept over its outline) at their pages' tops are kept (headings._set_as_part_title), and 審査報告書,
    # signed under its title by its date and issuer, holds the two only dated (heading_levels._signed_part)
    "pmda_shinsa_hokokusho_plavix_2012": (1.0, 0.916, 1.0),
    # newdocsA19: issuers new to the corpus — 国立国会図書館 (Ikinari PDF 4 slides; first measured f1 0.611: a title band of 16 %,
    # a title in two runs one title, ◆ part heads), 島根県 (Word for Mac via Quartz; every bar met as added), 気象庁 (JUST PDF 4
    # model bulletin; first measured f1 0, title 0: ○○ a placeholder, （見出し）-style part captions, a form's closed grid a table)
    "ndl_japansearch_metadata_renkei_slides_2019": (1.0, 1.0, 1.0),   # every bar since cards20 (record cards no tables: cells.record_card)
    "shimane_cms_joho_teikyo_sekininsha_sosa_manual_2014": (1.0, 1.0, 1.0),
    "jma_kozui_yoho_hanran_chui_joho_reibun_2022": (1.0, 1.0, 1.0),
    # 鈴鹿市's 回覧 on the 鈴鹿四日市道路, slides printed 2-up (PaperStream OCR scan, ocr19; f1 0.25 before ocr20): the
    # slides' titles are printed in the deck's blue (the picture's ink: scan_rules.picture_inks, LineRole.style "ink",
    # read as a title's in a slide's title band: headings._slide_title_ink), the office's name by the logo on each
    # slide's title band running furniture (furniture._stacked_labels), the 時期 column the OCR read down in runs side
    # by side read across (ocr_layer._in_step_runs), 【R6年度】 over the flow chart's junk a caption
    # (headings._over_picture), ●…します。 over a line hung under its words no heading (headings._past_its_words), the
    # arrow read "一" after the timeline's ● the rule (ocr_layer.rules_read_as_marks). See BELOW_THE_BAR (a false table).
    "suzuka_yokkaichi_doro_jigyo_oshirase_2026": (1.0, 1.0, 1.0),   # tables_false_pages 1 before below21 (the map's roads: page_flow._crossing_lines)
    "suzuka_kekkaku_kenshin_oshirase_2026": (1.0, 1.0, 1.0),   # PaperStream OCR scan (ocr19): title 0, see BELOW_THE_BAR
    "hokudai_keizai_nyushi_senmon_kamoku_shiken_mondai_2019": (0.923, 1.0, 1.0),   # title 1 since covers19 (the booklet's row)
    "utokyo_denki_kei_nyushi_problem4_sample_2023": (1.0, 1.0, 1.0),   # (0.0 before covers19, f1 0.5 before slides20)
    # newdocsB20: producers new to the corpus — a PMDA review through PharmaDoc Redact (first measured f1 0.690, parents
    # 0.300, footnotes 0: marks "1"+"）" in two runs, 6.R labels, a part title over its unnumbered first section) and an
    # ApeosPort-VII OCR scan (see BELOW_THE_BAR)
    "pmda_shinsa_hokokusho_xarelto_2023": (1.0, 1.0, 1.0),   # (0.903, 0.928 before pmda20: the sheet's ［審議結果］, a hung bullet line)
    "kyotou_johogaku_nyushi_johogaku_kiso_2021": (0.5, 1.0, 1.0),   # (0, 0, 0 before ocr21: its bands' subjects; 0.333 before ocr22; 0.4 before below23)
    # 東京大学 学際情報学府's 入学試験問題 専門科目 (dvipdfmx, below23; f1 0.364 as first measured): the questions' parts
    # (1) (2), (a) (b) — run in with their sentences, or listing a question's terms — are read as headings over the
    # question's text, and the English cover on the last page (Entrance Examination …, its notes 1.–11.) as titles and
    # chapters; its own cover's notes head nothing (cover._booklet_cover), title and issuer are read. f1 0.364 → 0.432
    # since a Japanese page is judged against its own face, not the English pages' CMR10 (typography._pages_in_other_fonts),
    # 0.516 since a label's full-width brackets are no letters of a face (（a）Microprogram: typography._japanese_letters),
    # 0.711 since list23: the English back cover heads nothing (headings._back_cover), nor （b）lim (numbering.formula_title);
    # 0.888 since below24: a Japanese page printing a listing, a formula or English terms in Computer Modern (CMTT10,
    # CMMI10, CMR10: faces of no family, the body's kin) is still set in its Japanese face — its share counted of the
    # letters in faces with a family (typography._pages_in_other_fonts) —, so its parts run in with their sentences head
    # nothing (pp6, 12, 14; the sweep's sister booklets of the same 学府 read so too); meets every bar since below26 (f1
    # 0.888 → 1.0): an English part whose words are spans of their own is read in the face of most of its letters, not
    # its longest word's (records.Line.font: (1) Fill (a) … factorial(n) …, p7), a formula's ≥ in CMSY10 is no letter of a
    # face (typography._japanese_letters: (2) In the paging system … (n ≥ 2), p11), and the calls (c) printf(…); (d)
    # printf(…); on one row are items side by side (numbering.next_on_row, pp6-7)
    "utokyo_gakujo_nyushi_senmon_kamoku_2015": (1.0, 1.0, 1.0),   # below23, dvipdfmx (0.364 first measured, 0.516 before list23, 0.711 before below24, 0.888 before below26)
    # newdocsA21: a PMDA review without the ministry's sheet (Word for Microsoft 365, pages 1–10 of 26), Word footnotes
    # 1）–14） with circled items; first measured f1 0.857: 7.R.1.1 read as "7." + "R.1.1 …" (numbering: decimal4)
    "pmda_shinsa_hokokusho_lixiana_cteph_2025": (1.0, 1.0, 1.0),
    # 政府CIO補佐官等ディスカッションペーパー's 付録 (JUST PDF 4 from Word, pages 1–6 of 25, newdocsA21): the chapters' numbers
    # "1" and "2" on their blue bands are printed as pictures of one glyph each (Word's list numbers rendered as small
    # images; the 目次's 1–5 too), so 1 概要 and 2 アーキテクチャ記述の基本要素 were read with their titles only: f1 0.75,
    # parents 0 (0.333 before newdocsA21's numbering.first_in_part), first measured with footnotes 0.875 and title 0
    # too. Meets every bar since pictnum21: a picture of one glyph read as a digit before a line is its number when the
    # document shows a series (picture_labels.numbered_in_series: the 目次's 1–5 and the chapters' 1, 2 in one column,
    # each following the one before; １.１ under 1, ２.１ under 2)
    "cio_dp_architecture_concept_paper_furoku_2021": (1.0, 1.0, 1.0),
    # newdocsA20: an issuer new to the corpus, 石垣市 (沖縄県) — its budget bill (iTextSharp 5.5.13 assembling the cover and
    # bill with a budget system's tables; first measured title 0 (the city under the title in its 36 pt), date 0 (only the
    # bill's filing line on p2 dates it), footnotes 0 (「１　追加（単位：千円）」 over a grid read as note 1), tables_found 0.666
    # (第１表 printed across facing pages, 見開き, read as six grids)) and the council member's 修正案 against it (Excel 2019;
    # first measured title 0: the sentence filing it joined to the title, every row in one size)
    "ishigaki_ippan_kaikei_hosei_yosan_dai7go_2025": (1.0, 1.0, 1.0),
    "ishigaki_gikai_hosei_yosan_shuseian_2025": (1.0, 1.0, 1.0),
    "jizokuka_chingin_hikiage_chuijiko_slides_2023": (1.0, 1.0, 1.0),   # PowerPoint 2016 (notes20): f1 0.666 as first measured; tables_false_pages 1 before below21
    # session 21 (blind21b), documents nobody had tuned for, truth written first: a 政府CIO補佐官 paper (Adobe PDF Library 15)
    # and a 南国市 報告 with its 繰越計算書 (一太郎) met every bar as first measured; the 厚労省 事務連絡 with its （別紙）
    # (Word 2016) was first measured f1 0.824, parents 0.571, issuer 0 (its 別紙's １ under the letter's Ⅱ, the third
    # addressee read as a sender): heading_levels._attachment_opens, issuer._addressee_list_end (addressees set in or out)
    "cio_dp_cloud_setchi_basho_2020": (1.0, 1.0, 1.0),
    "nankoku_gesuido_kurikoshi_keisansho_hokoku_2022": (1.0, 1.0, 1.0),
    "mhlw_koki_koreisha_hokenryo_genmen_jimurenraku_2020": (1.0, 1.0, 1.0),
    # blind21 (documents nobody tuned for, truth first): first measured f1/parents/pages 1.0 on all three
    "mhlw_kinkyu_hinin_teikyo_taisei_irai_tsuchi_2019": (1.0, 1.0, 1.0),   # five senders over one seal: issuer 0 first measured
    "mhlw_shokuba_lab_csv_komoku_teigi_2026": (1.0, 1.0, 1.0),   # Excel 2019 item sheet: every figure 1.0 first measured
    "jpo_tokkyo_shinsa_kijun_hatsumei_gaitousei_2024": (1.0, 1.0, 1.0),   # title 0 first measured (a side note between its rows)
    # 石垣市議会 schedule + notice (Word LTSC): first measured f1/parents/pages 0, title 0 (the larger day cells; 一 般 質 問
    # 日 程 表 read as label 一; "20 名" as label 20; p2's session line again as a heading)
    "ishigaki_gikai_ippan_shitsumon_nittei_tsukokusho_2023": (1.0, 1.0, 1.0),
    # session 22 (blind22c), first measured → now: the white paper's chapter (cut to 4 pages) f1 0.857 → 1.0 (第１節 and
    # its title a point off one baseline: page_flow._labels_beside_titles); the other three: see BELOW_THE_BAR
    "mext_st_hakusho_2024_part1_ch1": (1.0, 1.0, 1.0),
    # fix22: 0.25 → 1.0 (a deck's annex labels in its slides' titles: numbering.ANNEX_SLIDE)
    "ai_jigyosha_guideline_v1_betten_gaiyo_slides_2024": (1.0, 1.0, 1.0),
    "jpo_shinsa_kijun_yusenken_kanren_kitei_2024": (1.0, 1.0, 1.0),   # legal23: f1 0.666 → 1.0 (law_name)
    # session 23 (legal23), first measured → now: 第III部's ＜関連規定＞ f1 0.737, title 0 → 1.0; the 別紙６ treaty excerpt 1.0
    # as first measured; 第VI部's: see BELOW_THE_BAR
    "jpo_shinsa_kijun_tokkyo_yoken_kanren_kitei_2018": (1.0, 1.0, 1.0),
    "funani_shoken_rotterdam_rules_bassui_bessi6_2021": (1.0, 1.0, 1.0),
    "jpo_shinsa_kijun_tokushu_shutsugan_kanren_kitei_2024": (1.0, 1.0, 1.0),
    "tokyo_corona_kansensha_hassei_jokyo_2020": (0.923, 1.0, 1.0),   # fix22: 0.833/0.8 first measured
    # blind24c: four unseen documents from two new repositories, truth committed before the pipeline ran
    # (first measured → now)
    "osaka_toseki_iryo_saigaiji_taio_manual_2024": (0.941, 1.0, 1.0),   # first so: ３．…について run on into the bold
    # line under it (行政・府内医療機関ネットワークの事務局, optional), one title
    "digital_gif_core_data_model_gaiyo_2022": (1.0, 1.0, 1.0),   # first f1 0.743, parents 0.667 (the linked contents run
    # on to p2: contents._linked_entries; the browser's unnamed Type3 subsets one face: layout._font)
    "saitama_saigaiji_toseki_iryo_kakuho_manual_2023": (1.0, 0.948, 1.0),   # first f1 0.919, parents 0.824; (２) over its
    # table since blind26d's _stands_alone (0.974, 0.947 before); left: bands set
    # in under ② ranked beside ① (one slot); a form's question ３ 転送が必要な患者数 人 read as a heading until below28a
    # (its list's other items run as sentences: headings._outside_lists)
    "niigata_toseki_saigai_taisaku_manual_slides_2023": (0.727, 1.0, 1.0),   # see BELOW_THE_BAR (figure25: 0.47, 1.0; below26: 0.555, 0.8)
    "mhlw_hoihatsu_ryuijiko_kaisei_tsuchi_2025": (1.0, 1.0, 1.0),   # cover23: first measured so (title, date, issuer
    # exact since cover._page_rows leaves the 写 stamp annotation's words out; before: title 写, no date)
    # session 24 (cover24), draw 24's documents, truth written first; first measured so with cover24's conventions (the
    # kanji figures' date at a decision's close; a circular's head over its date and お知らせ centred under it)
    "saikosai_dai2shotei_jokoku_kikyaku_kettei_1953": (1.0, 1.0, 1.0),   # cover24: first measured under the letters' surplus bar only (0.0334:
    # the court read from the closing counted again from document.json's issuer); 0 since below25 (tests/letters.py counts no issuer)
    "yasuzuka_jichikai_kairan_oshirase_no11_2026": (1.0, 1.0, 1.0),
    # session 24 (blind24d), first measured; see BELOW_THE_BAR
    "mhlw_hoihatsu_0305_2_shisetsu_kijun_2018": (1.0, 1.0, 1.0),   # blind24d first measured (0.666, 0, 1): the senders over
    # their （公 印 省 略） read as title-kind headings; below25: a notice's head is the cover's (Cover.head_at), no heading
    "mhlw_kokuji_55_kihon_shinryoryo_2022": (1.0, 1.0, 1.0),   # first f1 0.8: 一の二 / 一の三 / 三の二 unread; title 0 → 1 (below25:
    # cover._instrument_titled, the 件名 column over ○厚生労働省告示第五十五号)
    # session 25 (cover25), draw 25's document, truth written first; first measured so with cover25's conventions (a scan's
    # rows aligned within CoverPage.ocr_aligned: the letter's two flush-right senders sign together)
    "suzuka_tamagaki_shogakko_kanban_onegai_2026": (1.0, 1.0, 1.0),
    # session 26 (cover26), draw 26's document, truth written first: see BELOW_THE_BAR
    "iino_taiiku_iinkai_orei_kairan_2026": (0.0, 0.0, 0.0),
    # session 25 (blind25c), unseen documents, truth written first (first measured → now)
    "mhlw_rodo_kijun_ihan_kohyo_jian_2019": (1.0, 1.0, 1.0),   # first f1 0: read as a slide deck (typography._sheet)
    "shimonoseki_akada_chu_shokuba_taiken_jisshi_yoko_2026": (1.0, 1.0, 1.0),   # first f1 1.0 with no label read (the
    # zero-width spaces); 0 once they were read, till a field's name as a word (headings._field_on_its_row)
    "shimonoseki_akada_chu_shokuba_taiken_seito_kokoroe_2026": (1.0, 1.0, 1.0),   # first f1 0.059: zero-width spaces
    "shimonoseki_akada_chu_jizen_homon_kiroku_yoshiki_2026": (1.0, 1.0, 1.0),   # first f1 0.25: rows with blanks (headings._holds_a_blank)
    # session 26 (blind26a), unseen documents, truth written first (first measured → now)
    "nobeoka_gikai_gian_shingi_kekka_2024": (1.0, 1.0, 1.0),   # first measured so (every bar)
    "nobeoka_shisei_hoshin_yosan_setsumei_2026": (1.0, 1.0, 1.0),   # first measured so (every bar; all headings optional)
    "nobeoka_hosei_yosan_gaiyo_2026": (0.799, 1.0, 1.0),   # first measured (0.666, 1.0, 0.5); below28c's sheet scale; see BELOW_THE_BAR
    # session 27 (blind27b), unseen documents, truth written first (first measured → now)
    "takamatsu_shochu_gakkoku_ichiranhyo_2018": (1.0, 1.0, 1.0),   # first f1 0.363; 1.0 since below28a (_headed_note, _outside_lists)
    "mhlw_denwa_shinryo_iryokikan_chosahyo_miyagi_2020": (1.0, 1.0, 1.0),   # first measured so (every bar)
    # session 27 (blind27a), unseen documents, truth written first (first measured → now)
    "niikawa_shafuku_kessansho_2015": (0.974, 1.0, 1.0),   # first f1 0.927, parents 0.526 (財務諸表に対する注記 printed
    # over each notes page read as a heading each: headings._title_again); the optional （1）–（3） under note ２. unread
    "niikawa_shafuku_zaisan_mokuroku_2019": (1.0, 1.0, 1.0),   # first measured so (no headings)
    # session 27 (blind27d), unseen documents, truth written first (first measured → now)
    "mext_spread_hojokin_koufu_yoko_2026": (1.0, 1.0, 1.0),   # first measured so (every bar: 24 captioned articles + 附則)
    "mext_spread_hojokin_koufu_yoko_yoshiki_2026": (0.363, 0.25, 1.0),   # first measured so; see BELOW_THE_BAR
    "mext_spread_koubo_youryou_dai1kai_2026": (1.0, 1.0, 1.0),   # first f1 0.785 (title 0 → 1); 1.0 since below28a
    "hyogo_kasen_kanmin_kyokai_kyotei_jimu_toriatsukai_2021": (0.92, 1.0, 1.0),   # first f1 0.836; 0.92 since below28a
    # session 27 (blind27e), unseen documents, truth written first (first measured → now)
    "gsi_globe_manual_2020": (0.923, 1.0, 1.0),   # first measured so (every bar): p5's callouts ⑤ 視点リセット and
    # ⑥ 「地点情報」ボタン, boxed labels drawn over a screenshot, read as two item headings (surplus 2 of 14)
    "gsi_meiji_teishicchi_hanrei_2015": (1.0, 1.0, 1.0),   # first f1 0.333; 1.0 since below28a (_heads_smaller_table)
    # session 28 (blind28b), unseen documents, truth written first (first measured → now)
    "nta_gensen_choshu_zeigakuhyo_getsugaku_2019": (1.0, 1.0, 1.0),   # first f1 0.667 (the second case's label a
    # subscript digit: numbering.folded), tables 0 (7 part pages: ruled_tables._next_part), issuer 0 (a 告示 cited date
    # first: numbering.INSTRUMENT_NUMBER)
    "sabae_tray_chukan_senbetsu_itaku_shiyosho_2022": (1.0, 1.0, 1.0),   # blind28a, unseen 仕様書 (Word 2013): first measured so
    "sabae_koho_gomi_genryoka_2022_01": (1.0, 0.666, 1.0),   # blind28a, unseen 広報 page: first 0.571, 0.5; see BELOW_THE_BAR
}

# Documents whose issuer (document.json) is not the truth's (meta.tsv), with what was read: the issuer is no bar of
# the issue but a cover's field; every other document's issuer is asserted exact (test_issuer). Remove an entry when
# a convention reads it.
ISSUER_NOT_READ: dict[str, str] = {
    'mhlw_koyo_doko_chosa_kekka_gaikyo_r4_2023': 'the ministry printed only as the cover\'s logo (a picture), its statistics office in the contact box under 【照会先】 (truth: 厚生労働省政策統括官付参事官付雇用・賃金福祉統計室, organisation and unit); read: none (blind27c)',
    'kobe_sangyo_renkanhyo_bunseki_2005': 'named only in the title, after the year (産業連関表による平成17年神戸市経済の分析: tests/real/truth/README.md\'s "after the fiscal year", a judgement — the city is also the economy analysed); read: none (blind24b)',
    'iino_minjikyo_dayori_dai47go_2026': 'the publisher printed on two lines (飯野地区民生委員 / 児童委員協議会) whose first the OCR layer merges with the masthead and the date; read: 児童委員協議会 (blind23c)',
    'hoseishingikai_funani_chukan_shian_2023': 'not printed in the document (the truth names its source); read: none',
    'hoseishingikai_funani_yokoan_2024': 'not printed in the document (the truth names its source); read: none',
    'jpo_shinsa_kijun_kokunai_yusenken_2024': 'printed from p5, not on the cover; read: none',
    'jpo_shinsa_kijun_tokkyo_yoken_kanren_kitei_2018': 'not printed in the document (the truth names its source, as for the other jpo_* sections); read: none',
    'jpo_shinsa_kijun_tokushu_shutsugan_kanren_kitei_2024': 'not printed in the document (the truth names its source, as for the other jpo_* sections); read: none',
    'jpo_shinsa_kijun_satei_2024': 'not printed in the document (the truth names its source, as for the other jpo_* sections); read: none',
    'jpo_tokkyo_shinsa_kijun_inin_shorei_2025': 'not printed in the document (the truth names its source); read: none',
    'jpo_tokkyo_shinsa_kijun_hatsumei_gaitousei_2024': 'not printed in the document (the truth names its source); read: none',
    'kantei_kinkyu_taiosaku_dai2dan_eigoban_web_2020': 'not printed in the document (the truth names its source); read: none',
    'kodaira_gikai_ikensho_teishutsu_gian_2021': 'not printed in the document (the truth names its source); read: none',
    'mhlw_jukyo_kakuho_kyufukin_sokuhochi_2020': 'not printed in the document (the truth names its source); read: none',
    'mhlw_kinkyu_hinin_iryokikan_ichiran_tochigi_2023': 'not printed in the document (the truth names its source); read: none',
    'mhlw_corona_todofuken_yoseisha_jokyo_bessi1_excel_2021': "not printed in the document (the truth names its source, the ministry whose daily 別紙１ it is; the PDF's Author is an official's name); read: none (before blind22b: '各都道府県', the title's head)",
    'mhlw_kinkyu_koguchi_shikin_tokurei_kashitsuke_sokuhochi_2020': 'not printed in the document (the truth names its source); read: none',
    'mhlw_shinryo_hoshu_tensuhyo_shujutsu_2020': 'not printed in the document (the truth names its source); read: none',
    'mhlw_shinryo_hoshu_tensuhyo_shujutsu_kotsu_2020': 'not printed in the document (the truth names its source); read: none',
    'mlit_jitensha_tsukin_sengen_gaiyo_shiryo_2020': 'printed from p2, not on the cover; read: none',
    'mof_zaiseishin_setsumei_shiryo_slides_2020': 'not printed in the document (the truth names its source); read: none',
    'mofa_gaiko_seisho_2025_ch1_sec1_2': 'not printed in the document (the truth names its source); read: none',
    'naikakufu_shoshika_hakusho_2022_part1_ch1_sec3': 'not printed in the document (the truth names its source); read: none',
    'nankoku_tochi_shutoku_tokubetsu_kaikei_yosan_2026': 'not printed in the document (the truth names its source); read: none',
    'ndl_japansearch_metadata_renkei_slides_2019': 'not printed in the document (the truth names its source); read: none',
    'ronten_igirisuho_denshi_funani_shoken_law_commission_2022': 'not printed in the document (the truth names its source); read: none',
    'sabae_jisshi_jigyo_ichiran_2020': 'not printed in the document (the truth names the city whose departments the list names); read: none',
    'sakaiminato_gikai_giketsu_kekka_ichiran_2025': 'not printed in the document (the truth names the council whose votes the list records); read: none',
    'sakaiminato_gikai_giketsu_kekka_ichiran_rinjikai_2025': 'not printed in the document (the truth names the council whose votes the list records, as for its 定例会 sibling); read: none',
    'setagaya_yosan_hensei_gaiyo_2026': 'printed from p2, not on the cover; read: none',
    'soumu_johotsushin_hakusho_2024_part1_ch4_sec1': 'printed on p1, not read as the issuer; read: none',
    'tokyo_corona_kansensha_hassei_jokyo_2021': 'not printed in the document (the truth names its source); read: none',
    # (tokyo_corona_kansensha_hassei_jokyo_2020, printed on pp2–4 only in the list's red count line （東京都発表）, is read
    # since cover24: the body that count line names announcing the figures credits them, issuer._credited_maker)
    'zaimu_tokubetsu_kaikei_guidebook_rodo_hoken_2017': 'not printed in the document (the truth names its source); read: none',
    'zaimu_zaisei_jijo_slides_hoseigo_2020': 'not printed in the document (the truth names its source); read: none',
    'jpo_shinsa_kijun_yusenken_kanren_kitei_2024': 'not printed in the document (the truth names its source, as for the other jpo_* sections); read: none',
    'niigata_toseki_saigai_taisaku_manual_slides_2023': "not printed (the truth names the body its title opens with, 新潟県); read: the first slide's diagram labels 被災の施設情報・物資・水の支援依頼避難・受入病院, its boxes and words drawn twice (blind24c); since figure25 (the covered copy out) the labels of two of its boxes, 新潟県透析医会・県災害対策本部医療活動支援班",
    # (niikawa_shafuku_kessansho_2015, its 法人名 box printed in the top margin — its label and value parted by the table's
    # gutter in the cover's rows — is read since below28c: the first page's 法人名 line and the line beside it,
    # issuer._field_in_margin)
    'gsi_meiji_teishicchi_hanrei_2015': 'printed only in the banner picture (the agency\'s logo: 国土交通省 over 国土地理院), no text layer, and nowhere in the text; read: none (blind27e)',
}

_MEASURED: dict[str, dict[str, float]] = {}


def _measured(which: str, name: str, corpus: Path, real_out: Path, own_real_out: Path) -> dict[str, float]:
    if name not in _MEASURED:
        truth, out, pdfs = ((corpus / "real/truth", real_out, corpus / "real") if which == "shared"
                            else (OWN_REAL / "truth", own_real_out, OWN_REAL))
        _MEASURED[name] = measure(truth / name, out / name, pdfs / f"{name}.pdf")
    return _MEASURED[name]


def _floor(name: str, key: str) -> float:
    return BELOW_THE_BAR.get(name, {}).get(key, BAR.get(key, 0.0))


def _ceiling(name: str, key: str) -> float:
    return BELOW_THE_BAR.get(name, {}).get(key, BAR_MAX[key])


@pytest.mark.parametrize("name", OWN)
def test_each_truth_names_its_pdf_and_output_folder(name):
    """A truth folder is measured against the output folder its PDF is written to: the PDF is there, and its name is
    one the writer keeps as it is (pipeline.plan.safe_name: at most 60 ASCII letters, digits, . _ -) — a longer name
    is cut and given a hash, and its truth would be measured against a folder that is never written (blind25c)."""
    assert (OWN_REAL / f"{name}.pdf").is_file()
    assert safe_name(f"{name}.pdf") == name


@pytest.mark.parametrize("which,name", DOCS)
def test_headings(corpus, real_out, own_real_out, which, name):
    m = _measured(which, name, corpus, real_out, own_real_out)
    got = {k: m[k] for k in ("f1", "parents", "pages")}
    assert all(got[k] >= _floor(name, k) for k in got), got   # the issue's bar (or the document's floor)
    # what is reached: no regression (a document added since the last measure meets the bar above)
    reached = dict(zip(("f1", "parents", "pages"), HEADINGS_REACHED.get(name, (0.0, 0.0, 0.0))))
    assert all(got[k] >= reached[k] for k in got), (got, reached)


@pytest.mark.parametrize("which,name", DOCS)
def test_footnotes_exact(corpus, real_out, own_real_out, which, name):
    """Number, page and text start of every footnote (numbering may restart per page)."""
    m = _measured(which, name, corpus, real_out, own_real_out)
    assert m["footnotes"] >= _floor(name, "footnotes"), m["footnotes"]


@pytest.mark.parametrize("which,name", DOCS)
def test_every_ruled_table_and_no_false_one(corpus, real_out, own_real_out, which, name):
    """Each truth table found with its pages, shape and first row; no table on a page without one."""
    m = _measured(which, name, corpus, real_out, own_real_out)
    assert m["tables_found"] >= _floor(name, "tables_found"), m
    assert m["tables_false_pages"] <= _ceiling(name, "tables_false_pages"), m


@pytest.mark.parametrize("which,name", DOCS)
def test_title_and_date(corpus, real_out, own_real_out, which, name):
    m = _measured(which, name, corpus, real_out, own_real_out)
    assert m["title"] >= _floor(name, "title") and m["date"] >= _floor(name, "date"), m


@pytest.mark.parametrize("which,name", DOCS)
def test_issuer(corpus, real_out, own_real_out, which, name):
    """The cover's issuer as the truth names it (NFKC, no white space), for every document not listed as
    ISSUER_NOT_READ; a listed one is still not read (so that the list only shrinks)."""
    m = _measured(which, name, corpus, real_out, own_real_out)
    assert m["issuer"] == (0.0 if name in ISSUER_NOT_READ else 1.0), (name, ISSUER_NOT_READ.get(name))


@pytest.mark.parametrize("which,name", DOCS)
def test_letters(corpus, real_out, own_real_out, which, name):
    m = _measured(which, name, corpus, real_out, own_real_out)
    assert m["coverage"] >= _floor(name, "coverage") and m["surplus"] <= _ceiling(name, "surplus"), m


def test_the_floors_are_honest():
    """A floor is a measured figure under the bar, never one set lower than needed: a document
    that meets a bar has no floor for it (the bar applies)."""
    for name, floors in BELOW_THE_BAR.items():
        for key, value in floors.items():
            assert (value < BAR[key]) if key in BAR else (value > BAR_MAX[key]), (name, key, value)
    assert set(HEADINGS_REACHED) | set(BELOW_THE_BAR) | set(ISSUER_NOT_READ) <= set(SHARED) | set(OWN)   # no entry for a document gone


@pytest.mark.parametrize("name", REAL)
def test_contents_and_bookmarks_agree_with_the_headings(real_out, name):
    """The cross-check: every title the printed contents or the PDF's bookmarks name is a heading."""
    assert not [p for p in read_csv(real_out / name / "problems.csv") if p["what"] == "heading_not_found"]
    assert read_csv(real_out / name / "contents.csv")


@pytest.mark.parametrize("name", REAL)
def test_footnotes(corpus, real_out, name):
    # an exponent written as raised digits (10²⁵) is no footnote marker
    for p in read_csv(real_out / name / "paragraphs.csv"):
        for marker in __import__("re").findall(r"\[\^(\d+)\]", p["text"]):
            assert int(marker) <= len(read_tsv(corpus / "real/truth" / name / "footnotes.tsv"))


@pytest.mark.parametrize("name", REAL)
def test_furniture(corpus, real_out, name):
    truth = {(r["pdf_page"], r["kind"]) for r in read_tsv(corpus / "real/truth" / name / "furniture.tsv")}
    got = {(r["page"], r["kind"]) for r in read_csv(real_out / name / "furniture.csv")}
    assert truth <= got and len(got - truth) <= 0.02 * len(truth)
    text = " ".join(p["text"] for p in read_csv(real_out / name / "paragraphs.csv"))
    assert "資料２－１" not in text


@pytest.mark.parametrize("name", REAL)
def test_title_date_issuer(corpus, real_out, name):
    meta = {r["field"]: r["value"] for r in read_tsv(corpus / "real/truth" / name / "meta.tsv")}
    doc = json.loads((real_out / name / "document.json").read_text(encoding="utf-8"))
    assert norm(doc["title"]) == norm(meta["title"]) and doc["date"] == meta["date"]
    assert norm(doc["issuer"]) == norm(meta["issuer"]) and doc["kind"] == "document"


def _pdfs(corpus: Path, folder: str) -> list[Path]:
    if folder.startswith("documents/"):
        return [corpus / "real" / (folder.split("/", 1)[1] + ".pdf")]
    return sorted((corpus / folder).glob("*.pdf"))


@pytest.mark.parametrize("folder", ["2019", "2021", "2022"] + [f"documents/{n}" for n in REAL])
def test_every_letter_is_accounted_for(corpus, corpus_out, real_out, folder):
    out = real_out.parent / folder if folder.startswith("documents/") else corpus_out / folder
    coverage, surplus = accounting(_pdfs(corpus, folder), out)
    assert coverage >= 0.97 and surplus <= 0.03, (coverage, surplus)


def test_2019_goals_hold_no_initiatives(corpus_out):
    goals = read_csv(corpus_out / "2019/goals.csv")
    initiatives = {norm(r["text"]) for r in read_csv(corpus_out / "2019/initiatives.csv")}
    assert goals and not [g for g in goals if norm(g["text"]).lstrip("・") in initiatives]
    assert {g["kind"] for g in goals} <= {"戦略目標", "大目標", "具体目標", "目標"}
