"""Every threshold the reader uses, in one frozen, typed object, grouped by stage.

Each value has its unit and the reason it has that value (`unit` and `why` in its metadata;
`describe()` lists them). One value per idea: "larger than body type" is `typography.larger`
everywhere, "at the same indent" is `typography.same_indent`. Stages take a `Settings` (the
default instance `DEFAULT` when none is given) and pass down the group they use; nothing reads a
module global. `fingerprint()` names the values: a run records it, so that outputs read with
other settings are read again.

Units: pt (PDF points), em (multiples of the line's or the body's type size), share (a part of
a whole, 0..1), count.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


# Fixed, not a setting: a record's property (Line.baseline) reads it and takes no arguments.
SAME_SIZE = 0.1   # pt: sizes closer than this are one size (rounding of the font matrix)
# Convention (TeX's Japanese classes — jsarticle, pLaTeX's \jQ — scale the kanji font to about 0.96 of the Latin
# one so that both look one size: 11.5 pt Japanese beside 12 pt Computer Modern digits): a line of Japanese letters
# alone set this factor smaller than the body's size is still of the body's size, not smaller
KANJI_SCALE = 1.06
# Fixed, not a setting (module-level patterns and their readers take no settings): a title's bracketed qualifier set
# under it — its version, its round, its kind: （第1.0版）, （一般選抜） — is a few words; a longer row wholly in
# brackets is a note or a sentence of its own (cover._qualifier, numbering.wholly_bracketed)
QUALIFIER_LETTERS = 20


def _v(value: Any, unit: str, why: str) -> Any:
    return field(default=value, metadata={"unit": unit, "why": why})


@dataclass(frozen=True, slots=True)
class Layout:
    """Opening the PDF: which drawings are rules, which text is at a slant."""
    thin_box: float = _v(2.0, "pt", "a filled rectangle thinner than this is a rule, not a box")
    slant: float = _v(0.17, "share", "sine and cosine both above this: a line more than 10 degrees off both axes")
    page_background: float = _v(0.9, "share", "a filled box this much of the page's width and height is its background")
    on_page: float = _v(0.5, "share", "a filled box with less of its area than this on the page is a clipped shape's piece\n"
                        "                                 (a tab's fill drawn as a band reaching far past the edge), no panel")
    bleed: float = _v(1.0, "pt", "a filled box reaching past the page's edge by more than this is printed to be trimmed (a\n"
                      "                                 bleed, 3 mm in print: a thumb tab, a colour band), no table's cell")
    nested_box: float = _v(0.5, "pt", "a box within this of a larger box of its colour lies inside it (padding)")
    white: float = _v(0.95, "share", "every colour component at least this: white (a gap drawn between boxes)")
    opaque: float = _v(0.99, "share", "a fill of at least this opacity hides what is drawn under it (a white box over a frame's side);\n"
                                    "                                 a translucent one (a callout's 70% white) lets it show")
    unprinted_dpi: int = _v(36, "count", "a page holding glyphs set in white is rendered at this many dots an inch to see whether their boxes\n"
                              "                                 show anything but white (painted_over.unprinted: 9 pt type is 4-5 pixels)")
    unprinted_dark: float = _v(0.85, "share", "a fill whose grey (`grey_red` … `grey_gamma`: as MuPDF renders sRGB grey) is at most\n"
                               "                                 this renders well below the white floor (`white`): a white glyph over it prints\n"
                               "                                 (painted_over._on_colour: a yellow band renders 0.97 grey, white; a blue one 0.27)")
    grey_red: float = _v(0.2126, "share", "the share of red in a colour's grey (sRGB's luminance), read through `grey_gamma`")
    grey_green: float = _v(0.7152, "share", "the share of green in a colour's grey (sRGB's luminance), read through `grey_gamma`")
    grey_blue: float = _v(0.0722, "share", "the share of blue in a colour's grey (sRGB's luminance), read through `grey_gamma`")
    grey_gamma: float = _v(2.2, "count", "a colour's components are raised to this power, weighted (`grey_red` …) and the\n"
                           "                                 sum taken back to its root: the grey MuPDF renders it (yellow 248 of 255, blue 69)")
    unprinted_paths: int = _v(400, "count", "the paths meeting a page's white glyphs over which painted_over._on_colour asks, span by span,\n"
                              "                                 what lies under them: past it the page's region is rendered instead\n"
                              "                                 (a render of a region costs about one pass over the page's content)")
    glyph_spot: int = _v(1, "count", "glyph origins rounded to this many decimals of a point (0.1 pt) stand at one spot: a covered\n"
                         "                                 glyph at the spot of one that shows is a copy struck again, kept (painted_over)")
    covered: float = _v(0.01, "pt", "a path's ink or a glyph this close inside an opaque white box painted after it is covered\n"
                        "                                 (painted_over: rounding of the content's numbers only — a rule on the box's\n"
                        "                                 edge shows half its width, a path reaching out of the box shows); a clip's\n"
                        "                                 side whose ends differ by less across lies along an axis (a rectangular clip)")
    white_over: float = _v(0.9, "share", "a white line running inside shaded boxes over this share of its length shows as a rule\n"
                                         "                                 (a tinted table's white grid; a few points at its ends may\n"
                                         "                                 stand past the shading, as a frame's corner does)")
    straight: float = _v(0.5, "pt", "a drawn line whose ends differ less than this across is straight")
    shape_items: int = _v(12, "count", "a path of 3 to this many pieces with a slanted side is a figure's shape (an arrow, a chevron)")
    staircase_steps: int = _v(20, "count", "a filled path of this many straight pieces or more, all along one diagonal of its box, is a\n"
                              "                                 slanted stroke drawn as a staircase (a block arrow's head side filled step by\n"
                              "                                 step: 24–544 pieces; asked first); a path that is none is _figure_shape's to read (3 to\n"
                              "                                 shape_items pieces, or one loop with a slanted side, a callout, of any number)")
    staircase_band: float = _v(0.5, "pt", "...each point of such a path within this of the diagonal (the staircases measured lie\n"
                               "                                 within 0.4 pt of it; a box, a ring or a glyph's outline strays points of its size)")
    dash_piece: float = _v(8.0, "pt", "a closed piece of a filled path no larger than this either way is one dash of a dashed\n"
                           "                                 line drawn piece by piece (a callout's dashed pointer: dashes 1.5 x 4.5 pt)")
    pointer_reach: float = _v(3.0, "pt", "an arrow this close to a dashed rectangle points from it: a text box's pointer (the form's\n"
                              "                                 dashed arrows start 0.5-1 pt off their box, or on it)")
    outline: float = _v(3.0, "pt", "a path with slanted sides whose sides all lie this close to a figure shape's is its\n"
                        "                                 outline (a border drawn as a filled ring around an arrow: 1-2.5 pt)")
    panel_touch: float = _v(1.0, "pt", "filled boxes of one colour this close are one panel (a shading drawn in strips)")
    abut: float = _v(0.5, "pt", "two filled boxes whose sides lie this close meet edge to edge (shaded cells laid side by side)")
    text_band: float = _v(5.0, "pt", "a filled box at least this tall holds a line of text: shaded boxes of one row so tall, of one\n"
                          "                            colour, meeting side by side with no line down the meeting are one band (layout._row_pieces);\n"
                          "                            thinner ones are a rule's pieces (a thick rule drawn as black bars)")
    bar_segments: int = _v(3, "count", "filled boxes of one width stacked edge to edge, each in a colour of its own, from which they are a "
                           "stacked bar's segments, no cells (two may be a header over a body cell; a table repeats its tints)")
    max_boxes: int = _v(1000, "count", "filled boxes per page looked at for cell edges (the check is quadratic)")
    row_tolerance: float = _v(0.3, "em", "spans whose baselines differ by less than this share one visual row")
    row_tolerance_min: float = _v(1.5, "pt", "...and by at least this much, whatever their size")
    upright_glyphs: int = _v(4, "count", "a cell of lone glyphs in columns is written down (縦書き: 例示機関へ送付 / 又は連絡)\n"
                             "                                 when its tallest column holds this many at least (a letter-spaced\n"
                             "                                 word over another holds two)")
    raised_size: float = _v(0.85, "share", "a span set at most this share of its neighbour's size may be a mark raised or lowered on "
                                           "its line (a superscript is set at 0.5-0.7 of its text's size)")
    call_chars: int = _v(2, "count", "a mark of at most this many characters set at a line's end with its baseline raised is a note "
                                     "call on that line, whatever its size (¹, *2: a call is a digit or two, a star)")
    call_gap: float = _v(0.25, "em", "...set this close to where the line's ink ends (a call follows its word, no space between)")
    scan_image_share: float = _v(0.8, "share", "images over this share of a page may be a scan of it (a figure in the margins: ~0.6)")
    sideways_share: float = _v(0.6, "share", "a /Rotate page whose text is this upright in its own space shows it sideways")
    vertical_share: float = _v(0.5, "share", "a page with more than this share of its letters on lines running down the page (glyphs\n"
                               "                                 stacked top to bottom: 縦書き) is set vertically and read turned, its\n"
                               "                                 columns as rows; a horizontal page's vertical labels (a table's\n"
                               "                                 stacked header cell, a stamp) hold a few per cent of its letters")
    vertical_pitch: float = _v(1.5, "em", "a glyph alone on its line with another alone on its line at most this far below (top to\n"
                               "                                 top), the two middles within vertical_align: glyphs set one by one down a\n"
                               "                                 column (a vertical layout drawn glyph by glyph; a table's rows stand further)")
    vertical_align: float = _v(0.25, "em", "...the middles of two glyphs one below the other in a column differ by at most this")
    vertical_block: float = _v(2.5, "em", "columns written down on a page set across, their middles at most this far apart (the\n"
                               "                                 leading turned: 1.5 to 2 em) and level, are one 縦書き box, read as a block")
    vertical_gap: float = _v(2.0, "em", "glyphs down one column further apart than this are two lines (a signature set at the\n"
                             "                                 column's foot below its text); 字下げ and spaces are glyphs, no gap")
    vertical_across: float = _v(1.5, "em", "a piece of text set across (縦中横: a number's digits side by side, squeezed into one\n"
                                "                                 character's room) at most this wide, standing in a column, is read in it")
    glyph_rule_glyphs: int = _v(20, "count", "a line of at least this many copies of one mark (no letter, no digit) written across the\n"
                                "                                 direction of most of the page's letters is a rule set as type (a column rule\n"
                                "                                 a typesetting system builds of a line font's dots, 官報; 罫 characters): a\n"
                                "                                 leader's dots run along its line, never across the page's letters")
    glyph_rule_width: float = _v(0.5, "pt", "...drawn as a rule this thick (a hairline: the dots' own weight is not read)")
    glyph_rule_span: float = _v(0.4, "share", "...and runs over at least this share of the page's side along it (a rule between\n"
                                "                                 columns; a stacked label or a bullet's column is short)")
    strip_pixels: int = _v(20, "count", "an image this many times longer than thick, in pixels, may be a rule drawn as a raster strip")
    ocr_line_letters: int = _v(3, "count", "an OCR layer's lines of at least this many letters give its one type size (their\n"
                                "                                 median height): shorter ones are specks and stray marks")
    ocr_speck: float = _v(0.5, "share", "an OCR layer's line of a mark or two whose box is under this share of a letter's height is\n"
                          "                                 a speck of dirt read as a mark (』 ■ | at 1-3 pt beside 10-12 pt letters)")
    ocr_speck_letters: int = _v(2, "count", "...and holds at most this many marks")
    ocr_sliver: float = _v(0.25, "share", "an OCR layer's line boxed narrower than this share of a letter's height, and no speck's\n"
                           "                            height, is a frame's side or a hairline read as marks (a scanned band's sides:\n"
                           "                            0.18-0.21 wide, 2.4 tall; a digit alone on its line, 1 or 2, is boxed 0.36-0.45 wide:\n"
                           "                            ocr_layer._sliver)")
    ocr_sliver_tall: float = _v(6.0, "em", "...and at least this many times taller than wide (a band's side: 7-15; a letter the OCR\n"
                                "                            read off a photograph's sliver, picture_letters: 4 and under)")
    ocr_sliver_long: float = _v(2.0, "em", "...or, one mark alone, whatever its width, at least this many letters tall (a table's rule traced as ゜ in a\n"
                                "                            scanner's traced type, ocr_layer.is_traced_type: 2.9-3.8 letters tall, 0.30-0.40 wide,\n"
                                "                            where a letter is the OCR's guess; a digit set at this height is boxed a third as wide\n"
                                "                            as tall or more, under ocr_sliver_tall)")
    ocr_mark_middle: float = _v(0.25, "share", "a rule the OCR read as a dash set inside a word runs through the glyph's box across its\n"
                                "                            line's middle: further than this share of the box's height from its top and its foot\n"
                                "                            (ocr_layer.rules_read_as_marks); a rule\n"
                                "                            nearer an edge is the frame round the line — the box 問題番号 | F1-1 whose foot crosses\n"
                                "                            the hyphen's box, which the OCR set a line tall, at 0.93 of it —, no mark")
    ocr_piece_height: float = _v(0.5, "share", "pieces of one row an OCR read apart are joined (ocr_layer._pieces_joined) when the shorter\n"
                                 "                            box is at least this share of the taller's height (a band's pieces, one boxed with\n"
                                 "                            the band's frame: 0.6; a 回覧 stamp beside a title in display type: 0.3)")
    ocr_narrow: float = _v(0.6, "em", "an OCR'd letter set full width (an ideograph, a kana) is boxed about as wide as tall:\n"
                           "                                 one boxed narrower than this, in ems of its own height, is no letter the paper prints\n"
                           "                                 (a sliver of a photograph; printed lines measure 0.76-1.2, half-width letters\n"
                           "                                 among them: ocr_layer.picture_letters)")
    ocr_wide: float = _v(1.6, "em", "...or wider than this, in ems of its own height (a flat bar of a photograph: 1.7-5.8)")
    ocr_row_gap: float = _v(3.0, "em", "an OCR's vertical runs read across again (ocr_layer._runs_read_across): glyphs of a row\n"
                            "                                 further apart than this many letters stand in two lines (a seal beside a name)")
    ocr_in_step: float = _v(0.25, "share", "an OCR's runs read down the page stand in step (ocr_layer._in_step) when a glyph's top and\n"
                            "                                 foot are within this share of a letter of a glyph's in the run beside it (a table's\n"
                            "                                 column the OCR read down: 0-2 pt apart at 14 pt letters)")
    scan_traced_share: float = _v(0.5, "share", "a page whose letters are more than this share set in a scanner's traced type (fonts\n"
                                  "                                 named starred: ocr_layer.is_traced_type) is read as an OCR'd scan: the one such\n"
                                  "                                 booklet's pages 100 % so, its page under a typed erratum 83 %; no other PDF held\n"
                                  "                                 (tests/real, the shared corpus) names a starred font on its first three pages")
    scan_ink_dpi: float = _v(48.0, "count", "an OCR'd scan's picture is read for its lines' ink (scan_rules.picture_inks) rendered in\n"
                             "                                 colour at this resolution: a 10 pt letter 7 pixels tall, its ink's hue still read;\n"
                             "                                 MuPDF decodes the scan's JPEG at a quarter of its size (25 ms a page)")
    scan_ink_share: float = _v(0.1, "share", "...the darkest this share of a line's pixels are its ink (a line's letters cover\n"
                               "                                 a quarter to a third of its box)")
    scan_ink_apart: float = _v(36.0, "count", "...a line's ink whose hue — (red - green, green - blue), 0-255 a channel — stands\n"
                               "                                 further than this from its page's running text's is another ink (slide titles\n"
                               "                                 in a deck's blue: 42-54, a flyer's red: 105-146; black text on a yellow-tinted\n"
                               "                                 table head: 28-32; a scan's cast over black text: under 10)")
    scan_rule_dpi: float = _v(96.0, "count", "an OCR'd scan's picture is read for its rules (scan_rules) rendered at this resolution: a\n"
                              "                                 hairline rule still a pixel of grey, a 10 pt letter 13 pixels; under half a 200 dpi\n"
                              "                                 scan's own, so MuPDF decodes its JPEG at half size (100 dpi: twice the time)")
    scan_rule_dark: int = _v(200, "count", "...a pixel darker than this grey (0-255) is ink: a hairline rule rendered at scan_rule_dpi\n"
                             "                                 greys to 145-170, the paper stands at 240-255 and the other side of the sheet showing\n"
                             "                                 through at 220 and above")
    scan_rule_gap: int = _v(1, "count", "...a light gap of at most this many pixels along a run of ink is the scanner's dropout, closed\n"
                            "                                 (the room between two letters is two or more)")
    scan_rule_piece: float = _v(1.2, "em", "...a run of ink at least this many letters long along a row (or a column) may be a piece of\n"
                                "                                 a rule: longer than any stroke of a letter (一, ｜: under one)")
    scan_rule_length: float = _v(1.5, "em", "...pieces touching row to row, together at least this many letters long, are a rule (a\n"
                                 "                                 table's row one line high is 1.5-2 letters tall)")
    scan_rule_thick: float = _v(0.3, "em", "...and no thicker on the whole than this share of a letter (a 1-2 pt rule; a heading's band\n"
                                "                                 or a shaded cell is a line of text thick)")
    scan_rule_clear: float = _v(0.9, "share", "...and with paper a pixel or two above and below it (the ink of the rules crossing it aside)\n"
                                "                                 along at least this share of its length: a rule stands clear of what it rules (a\n"
                                "                                 table's rules 0.98-1.0), a stroke of a banner's large letters or a piece of a band\n"
                                "                                 between its white letters has ink about it (0.8-0.87)")
    scan_round_min: float = _v(0.15, "em", "...four rules closing a box, each stopping short of the two it meets by at least this many\n"
                               "                                 letters at every corner, are a box with rounded corners (scan_rules._rounded_out:\n"
                               "                                 a table's rules meet, 0-1 pt apart, a pixel of grey between; a rounded corner's arc leaves 2-5 pt)")
    scan_round_max: float = _v(1.5, "em", "...and at most this many (further apart, they are rules of their own, not one box's sides)")
    scan_text_ratio: float = _v(0.02, "share", "text over less than this share of the images' area: no text layer")
    actual_text_agreement: float = _v(0.9, "share", "a page whose /ActualText reading shares less than this of its letters "
                                                   "with its glyphs' own reading is read from the glyphs: a structure "
                                                   "tree pointing its ActualText at other marked content (Word 2010) "
                                                   "puts another page's words in place of whole lines (a chapter page "
                                                   "shares 0.6, a flow chart under 0.3), while a faithful ActualText "
                                                   "replaces a dash or a ligature here and there (0.99 and above)")
    overprint: float = _v(0.15, "em", "the same glyph drawn again within this of itself (both ways) is one glyph struck twice: "
                                      "fake bold offsets its copies by a few hundredths of an em, while the closest two "
                                      "glyphs of a text stand apart by a narrow letter's advance (l, i: ~0.22 em)")
    picture_ink: int = _v(128, "count", "a picture's pixel is ink at a grey under this (of 0–255: the middle; of a mask, painted at\n"
                          "                                 this coverage or more): picture_labels._ink")
    picture_pixels: int = _v(64, "count", "a picture printing a list's label (1), (1)) is at most this many pixels each way")
    picture_mask_pixels: int = _v(256, "count", "...and a soft mask printing one (a 外字 label at a printer's 600 dpi: 200 pixels for 2 em)")
    picture_min_pixels: int = _v(12, "count", "...and at least this many (fewer print no glyph: a dot, a dash, a piece of a frame;\n"
                                            "                                   placed no thicker than a rule, a piece of a rule)")
    picture_height: float = _v(1.6, "em", "...at most this tall for its line's size")
    picture_gap: float = _v(1.0, "em", "...and stands at most this far left of its line")
    picture_series_x: float = _v(0.5, "em", "a picture of one digit stands in its series' column when its left edge is within this of\n"
                                          "                                   another's (Word's list numbers at one indent: 87.4-88.6 pt at 12 pt;\n"
                                          "                                   picture_labels.numbered_in_series)")
    picture_columns: int = _v(12, "count", "a picture's glyph is compared on a grid of this many columns over its ink")
    picture_rows: int = _v(16, "count", "...and this many rows (3 and 8 told apart by their left strokes)")
    picture_match: float = _v(0.6, "share", "a glyph is one of a label's when this like its template (ink per cell, proportion;\n"
                                          "                                   the digits of real labels score 0.74-0.81)")
    stroke_origin: float = _v(0.05, "pt", "a glyph's origin as the pass over stroked text and the text extraction each compute\n"
                                          "                                 it: the same point up to float rounding (a glyph's advance is pts)")
    overprint_band: float = _v(10.0, "pt", "spans are filed by bands of this height when looking for copies of "
                                           "glyphs: an index only, no result depends on it (a body line's height)")


@dataclass(frozen=True, slots=True)
class Typography:
    """Type sizes, weights and indents, as the body type sets them."""
    default_body_size: float = _v(10.0, "pt", "the body size of a document with no text at all")
    body_area: float = _v(0.6, "share", "the body size is the commonest above this share of the page's height (notes sit below)")
    body_line_letters: int = _v(12, "count", "...among the glyphs of lines of at least this many letters: running text (a list's\n"
                                "                                 short entries and amounts set smaller do not make the body)")
    running_lines: int = _v(2, "count", "...a document with fewer such lines outside its tables has no running text (a budget\n"
                            "                                 book of tables: its one long line is a part's title); its body is the size most of\n"
                            "                                 its text is set in, cells included")
    title_page_lines: int = _v(2, "count", "a page whose whole text is this many lines or fewer and no table (a cover, a part's title\n"
                               "                                 page: a line or two of display type) holds no running text: its lines make neither\n"
                               "                                 the body type nor a running line")
    larger: float = _v(0.4, "pt", "set larger than the body: at least a half-point step (10.5 over 10) with slack")
    near_size: float = _v(0.5, "pt", "a run-on line or a title row within a half point of another is set in its type")
    bold_share: float = _v(0.6, "share", "a line is bold when this share of its visible glyphs is")
    same_indent: float = _v(0.5, "em", "left edges closer than half an em start at the same indent")
    main_text_share: float = _v(0.9, "share", "lines at least this share of the body size set the page's right edge")
    min_size: float = _v(1.0, "pt", "a size below this (a broken font matrix) counts as this in ems")
    part_face_lines: int = _v(8, "count", "a page whose running lines (body_line_letters or more) are at least this many, and\n"
                              "                                 set in another family than the document's body, is a part set in its own face\n"
                              "                                 (typography.page_faces): a bound notice's pages of a dozen rows and more")
    part_face_share: float = _v(0.9, "share", "...when at least this share of those lines' letters is in that family: Gothic headings\n"
                                "                                 over a Mincho page's paragraphs are far fewer letters than its body")


@dataclass(frozen=True, slots=True)
class Joining:
    """Joining pieces of one visual line, and the right edge of the running text."""
    join_baseline: float = _v(1.0, "pt", "pieces whose baselines differ by at most this are on one line")
    join_gap: int = _v(4, "em", "justified or distributed text sets glyphs of one line up to 4 ems apart")
    join_overlap: int = _v(1, "pt", "a piece may overlap the one before by this much")
    spread_gap: float = _v(8.0, "em", "a title letter-spaced to a width (第1　総　　説 over two columns) sets its letters, one per\n"
                           "                                 piece, up to this far apart: a word of two letters spread across a page's width")
    spread_size: float = _v(3.0, "pt", "...in type at least this much larger than the page's commonest (a title's type: the\n"
                            "                                 letters of a table's row or a form's field, in text type, stay apart)")
    enclosed_overlap: float = _v(1.2, "em", "a piece ending with a glyph drawn over the next piece's first letter (Word's 囲い文字:\n"
                                 "                                 ○ set over ア) overlaps it by that glyph's width, about an em: up to this")
    word_gap: float = _v(0.15, "em", "two pieces of Latin text on one row this far apart or more are two words: the word space a\n"
                          "                                 layer that writes a justified line word by word leaves unwritten (an\n"
                          "                                 interword space is a quarter em or more, letters' kerning far less)")
    kerned_overlap: float = _v(1.0, "em", "a piece after a closing mark (、。，．）」) or opening with an opening one (（「) may start\n"
                               "                                 this far inside the mark's em box: the blank half a typesetter takes out\n"
                               "                                 of each mark of the pair (約物の詰め; TeX's JFM sets ，（ one em apart)")
    join_near: float = _v(1.0, "em", "pieces a little off one baseline, on either side of a whole point, join when at most this\n"
                          "                                 far apart: a label in a box of its own beside its title (a row's label beside its cell: farther)")
    boxed_label: float = _v(0.9, "share", "a section's number N-N boxed at a band's head is set up to this much larger than its title\n"
                            "                                 beside it (2-1 in 10.6 pt beside its title in 9.9 pt): one line")
    label_row: float = _v(0.15, "em", "a label of 第N章 / 第N節 alone on its piece and its title beside it in its type, their baselines\n"
                          "                                 at most this far apart, are one line (a white paper's section band: 第１節 | ＡＩとは set\n"
                          "                                 1.1pt off one baseline in 13pt type; the next row is an em and more below)")


@dataclass(frozen=True, slots=True)
class Margins:
    """Page numbers, margin line numbers, stamps, running lines."""
    margin: float = _v(0.07, "share", "top and bottom margins, as a share of the page height")
    footer_reach: float = _v(0.05, "share", "a footer may stand this much higher than the bottom margin")
    rising: float = _v(0.8, "share", "margin numbers count up down the page in this share of steps")
    steady: float = _v(0.5, "share", "...and in one step (1 2 3, 5 10 15) in this share of steps: a contents page's numbers jump")
    line_numbers: int = _v(3, "count", "bare numbers outside the text block that make a margin line-number column of their\n"
                           "                                 own; fewer stand only where the document's column is (furniture.line_numbers)")
    line_number_column: int = _v(6, "pt", "a lone margin number this close to the document's number column is one")
    stamp_top: float = _v(0.15, "share", "a meeting-material stamp stands in this top share of the page")
    stamp_right: float = _v(0.5, "share", "...and right of this share of its width")
    stamp_rows: int = _v(3, "count", "a label framed as boxes stacked in one column at a page's top right holds at most this many\n"
                          "                                 rows (an edition over the issue it was inserted in)")
    stamp_width: float = _v(0.5, "share", "a stamp framed as a table is at most this share of the page's width (wider: a header band)")
    min_words: int = _v(3, "count", "a line of more than this many characters is text that bounds the margin")
    running_pages: int = _v(3, "count", "a running header or footer is on at least this many pages (and half)")
    label_chars: int = _v(30, "count", "a deck's running label (a section tab, a breadcrumb: 第１章　… in a few words) has at most\n"
                          "                          this many characters; a longer line in a slide's margin is a sentence of its own")
    label_place: float = _v(2.0, "pt", "a deck's label printed on the next slide stands where it stood (its corner within this):\n"
                            "                            the slide layout places it, not the text")
    stacked_pages: int = _v(2, "count", "a short line printed twice on a page, at one place of each half (a 2-up handout's slides:\n"
                            "                            furniture._stacked_labels), on at least this many pages is each slide's running label")
    hung_number: float = _v(3.0, "em", "text starting this close right of a bare number on its row follows it: the number is a note's")
    same_row: float = _v(1.0, "pt", "pieces whose baselines differ by at most this are on one row")
    hung_over_rows: float = _v(2.0, "em", "text whose baseline is at most this many of its ems under a bare number's, starting within\n"
                               "                               hung_number of it, is the text the number was hung before, pushed to the next row")
    hung_over_size: float = _v(0.8, "share", "...when the number is set at most this share of that text's size (a note's raised\n"
                               "                               number over its URL: 6.5 over 10.6 pt); a page's number is no smaller than what follows it")
    row_piece_gap: float = _v(2.0, "em", "pieces of one row at most this far apart are one printed line (a source line's address and\n"
                              "                               its tail より一部抜粋・追記）, an em apart): a running line repeats as its whole row")
    ruby_size: float = _v(0.6, "share", "ruby (furigana) is set at most this share of its base word's size (about half, often less)")
    ruby_reach: float = _v(1.5, "em", "ruby stands at most this many of its own ems above the top of its base word's letters")
    tab_chars: int = _v(2, "count", "a chapter tab is set one or two characters to a row, stacked (第/３/章)")
    tab_rows: int = _v(2, "count", "...in at least this many rows (a word set vertically)")
    tab_leading: float = _v(0.5, "em", "rows of a tab follow each other with at most this gap")
    tab_axis: float = _v(1.0, "em", "a row whose middle stands at most this far across from a tab row's middle (in that row's\n"
                         "                                 size) stands on the tab's axis (a sideways digit, the emblem's larger one)")
    tab_reach: float = _v(2.5, "em", "a row on a tab's axis this close to one of its rows is the tab's (its emblem 第/3/部 set\n"
                          "                                 about two ems over its name; the page number in the corner, far under it)")
    strip_reach: float = _v(0.5, "share", "pieces written down on one axis outside the text block of a page set across, together over\n"
                            "                                 this share of its height, are a margin strip (官報: date, name, issue and page\n"
                            "                                 number down the side margin of every page): a running header")
    strip_axis: float = _v(0.5, "em", "...their middles across within this of each other")
    strip_side: float = _v(0.1, "share", "...standing within this share of the page's width from its left or right edge, on a page\n"
                           "                                 whose lines set across hold all but strip_rest of its letters (a figure's\n"
                           "                                 labels written down on a turned page are no strip)")
    strip_rest: float = _v(0.1, "share", "...see strip_side")
    tab_pages: int = _v(2, "count", "a tab is printed on at least this many pages (a chapter's every other page); "
                                    "a word set upright once at a slide's side is its text")


@dataclass(frozen=True, slots=True)
class Footnotes:
    """Footnote areas and the markers that point to them."""
    small: float = _v(0.8, "share", "footnote type is at most this share of the body size")
    marker_size: float = _v(0.9, "share", "a raised marker is at most this share of its line's size (set smaller, by a tenth at least)")
    marker_raise: float = _v(0.12, "em", "a raised marker's baseline is this much above its line's")
    marker_reach: float = _v(0.5, "em", "a marker set apart stands at most this far right of its line's end")
    own_number: float = _v(0.5, "pt", "a footnote's number set smaller than its text by more than this is its own span")
    max_loose_markers: int = _v(200, "count", "bare numbers on a page looked at as markers (more: a table of numbers)")
    row_slack: float = _v(1.0, "pt", "pieces of a note whose baselines differ by at most this are one visual row")
    note_leading: float = _v(1.6, "em", "a note's next line has its baseline at most this far below the line before (further: other text)")
    rule_clear: float = _v(0.5, "em", "a rule drawn across the text over its notes stands clear of the text above by at least this\n"
                                     "                                     (of the body size; an underline of a reference's address touches its line)")
    notes_leading: float = _v(2.5, "em", "under a rule across the text, a note's row stands at most this far below the row before (the next\n"
                                         "                                         note a little further than a note's own next line, 1.8 em in a white paper; the folio beyond)")
    separator_min: float = _v(0.08, "share", "a footnote separator is at least this share of the column's width (shorter: a dash)")
    separator_max: float = _v(0.5, "share", "...and at most this share (longer: a section rule or a table's)")
    separator_thickness: float = _v(2.0, "pt", "a footnote separator is a rule at most this thick")
    separator_left: float = _v(1.0, "em", "the first note line below a separator starts within this of the rule's start")
    separator_indent: float = _v(4.0, "em", "...or, under a separator drawn before and opening with a marked number, within this (a note keeping the body's first-line indent of up to 3-4 characters)")
    separator_below: float = _v(0.35, "share", "a footnote separator lies below this share of the page's height (the foot)")
    marker_raised: float = _v(0.15, "em", "a note's number raised this much above its text is its mark, at any size")
    endnote_edge: float = _v(1.0, "pt", "a row under endnotes starting at most this right of where their numbers stand is set at\n"
                                        "                                    their left edge: after a note's closing 。 it opens the text's next paragraph (footnotes._goes_on)")


@dataclass(frozen=True, slots=True)
class Underlines:
    """Rules drawn under glyphs (titles, lead ministries)."""
    thickness: float = _v(1.5, "pt", "a horizontal rule at most this thick can be an underline")
    above_baseline: float = _v(0.5, "pt", "an underline lies at most this far above the baseline")
    below_baseline: float = _v(0.3, "em", "...and at most this far below it")
    reach: float = _v(0.5, "pt", "an underline may stop this short of a glyph's centre")
    line_share: float = _v(0.7, "share", "a line is underlined when this share of its glyphs is")
    title_length: int = _v(60, "em", "a title's underline runs at most this long")
    mark_length: int = _v(12, "em", "a ministry's underline runs at most this long")


@dataclass(frozen=True, slots=True)
class Columns:
    """Gutters and reading order."""
    min_lines: int = _v(3, "count", "lines of running text a column needs")
    min_letters: int = _v(8, "count", "letters in such a line")
    min_gap: float = _v(1.0, "em", "a gutter is at least this wide, in the body size")
    max_gutters: int = _v(6, "count", "the widest strips looked at on one page (seven columns)")
    fill: float = _v(0.15, "share", "running text ends within this share of its column's width from the edge")
    slack: float = _v(0.5, "pt", "a line this far over a column's edge is still in it")
    box_reach: float = _v(1.0, "pt", "a line (or a table) this far over a box's side is still in the box (its glyphs' boxes\n"
                          "                                 reach past their ink): read box by box (reading_order.box_by_box)")
    rule_touch: float = _v(2.0, "pt", "a vertical rule whose ends come this close to a horizontal one meets it (a table's\n"
                           "                                 grid): no column rule")
    table_reach: float = _v(1.0, "em", "a table set across a page's one column that runs past its lines' furthest end by more than\n"
                            "                                 this (a ragged line's slack) ends the page's measure there (page_flow._measure_right)")
    gap_crossers: int = _v(10, "count", "a gutter's strip may be crossed by one line of running text in this many (a title or a\n"
                           "                                 rule across the page closes no gutter): reading_order.gutters")
    crossing_share: int = _v(4, "count", "...and the gutters found stand while no more than one line in this many crosses them")
    few_lines: int = _v(3, "count", "a page with no more lines of running text than this (a section's tail) has no right\n                                 edge of its own: the document's usual edge holds there")
    side_note_lines: int = _v(2, "count", "lines in small type stacked beyond the running text's edge that make a column of side\n"
                              "                                 notes (a cross-reference of two lines or more; one stray small line makes none)")
    side_note_gap: float = _v(2.0, "em", "rows of one side note stand at most this far apart, in the note's size (its code over its\n"
                              "                                 title: under one em); further, the next row opens another note")
    note_block_gap: float = _v(1.0, "em", "a line of a note stands at most this far under the line above it, in its own size\n"
                               "                                 (a note's leading): reading_order.notes_whole")
    note_size: float = _v(0.5, "pt", "the lines of one note are set in one size: sizes this far apart are one (reading_order.notes_whole)")


@dataclass(frozen=True, slots=True)
class Tables:
    """Ruled tables: rules to cells, rows across pages."""
    snap: float = _v(2.0, "pt", "positions closer than this are the same rule")
    open_width: float = _v(200.0, "pt", "a header rule of an open-bodied statistics table (open_tables) is at least this long: a\n"
                           "                                 table across the text (a 統計表's rules run its width, 400–500 pt)")
    open_header: float = _v(48.0, "pt", "...its header band is at most this tall (up to four rows of 7–10 pt type: 18–40 pt seen)")
    open_rows: int = _v(3, "count", "...and its body holds this many rows of text at least")
    side_rules: int = _v(3, "count", "row rules of one extent, at least `open_width` long, that a table ruled into columns but\n"
                         "                                 drawn without sides needs (its top, its header's foot, its foot) for its sides to\n"
                         "                                 stand where they end (open_sides)")
    side_lines: int = _v(2, "count", "...lines of text standing wholly between its outermost column rule and the rules' end that make\n"
                         "                                 that strip a column of its own (its heading and a figure; one stray mark makes none)")
    join: float = _v(3.0, "pt", "segments of one rule this close are one (shaded bands a hairline apart)")
    running_gap: float = _v(3.0, "em", "text beside a frame this close (in its own size) runs in one line with it (→ 別紙６: a\n"
                            "framed phrase in a running line); farther off it is another block (notes set beside a box)")
    row_snap: float = _v(3.0, "pt", "row or column boundaries closer than this are one (a thick rule's two edges)")
    min_rule: float = _v(4.0, "pt", "shorter strokes are not table rules (once dashes and dots are joined)")
    dot: float = _v(2.0, "pt", "a stroke no longer than this either way is a dot of a dotted rule")
    double_frame: float = _v(8.0, "pt", "a box's parallel sides closer than this, one inside the other, are its frame drawn twice\n"
                             "                                 (no line of 6 pt type and its padding fits between): still one box")
    bar_line: float = _v(5.0, "pt", "a shaded box thinner than this one way holds no line of text (min_cell): a line drawn as a\n"
                         "                                 filled bar (a diagram's bracket and connectors, 2–3 pt), one stroke, not a box's sides")
    nest_min: int = _v(4, "count", "a group of fewer verticals holds no grid nested in a cell (the holder's two sides and the nested\n"
                       "                                 grid's two at least): rules_to_cells._nested_apart looks no further")
    min_cell: float = _v(5.0, "pt", "a cell narrower or lower than this holds no line of text (a sliver between offset frames)")
    float_gap: float = _v(15.0, "pt", "a rule floating at both ends (a slide's table drawn with rules that stop short of its frame\n"
                          "                                 and of each other: 6.5 pt at the sides, 13.5 pt at the frame's top and foot) meets\n"
                          "                                 the rule it stops this close to; a wider gap holds a line of text beside it")
    float_share: float = _v(0.9, "share", "...the floating rule covering this share of the stretch between the two rules it meets (a\n"
                            "                                 margin at each end: 0.94–0.97 on a slide; a short stroke standing in a gap is none)")
    covered: float = _v(0.6, "share", "a cell side is drawn when rules cover this share of it")
    tree_stub: float = _v(24.0, "pt", "a column this narrow or narrower, merged down under a row spanning it and the columns\n"
                          "                                 beside it (no rule between them), is a tree's indentation stub (a few\n"
                          "                                 characters' indent of 10–12 pt type); a column of text is wider")
    gutter_gap: float = _v(8.0, "pt", "a frame's one row split by dividers that each stop this far short of both its top and its\n"
                           "                                 bottom (more than a rule's end misses a side by) is text in columns in a box")
    stroke_share: float = _v(0.66, "share", "strokes at most this share of the weight of a table's heaviest rules, standing in one of\n"
                             "                                 its cells, are a drawing's (a leaflet's line drawing, 0.14–0.67 pt in 1.06 pt rules; a\n"
                             "                                 chart's frame, 0.75 pt in a 0.92 pt page frame, is none: rules_to_cells._pictures_out)")
    box_share: float = _v(0.6, "share", "two verticals of one height in one row of a table ruled across, each covering less\n"
                          "                                 of the row than this, with no rule leading out, are a framed phrase's sides")
    box_share_open: float = _v(0.4, "share", "...covering less than this, they are, whatever rules lead out (merged with a neighbour's)")
    caption_frame: float = _v(24.0, "pt", "a box standing on a table's top edge, narrower than the table, no taller than this holds\n"
                              "                                 one caption line (up to 16 pt type and its padding): the table's framed title, no row")
    columns_match: float = _v(3.0, "pt", "column edges this close on the next page continue the table")
    spread_rows: int = _v(3, "count", "a table's right half on the facing page (見開き) stands level with at least this many rows of\n"
                          "                           its left half (a header and two rows: fewer rows level by chance)")
    broken_row_edge: float = _v(1.0, "em", "a cell's last line ending this close to the cell's right side (a justified line) is\n"
                                "                                 full: with its sentence open at a page's foot, the row runs on")
    tick_offset: float = _v(1.0, "em", "a number this close outside a grid, on each of its rules along one side, is an axis's tick label")
    shaded_rows: int = _v(3, "count", "a grid of this many rows or more, every cell filled by a box of its own, is a table shaded\n"
                          "                                 cell by cell, whatever the gaps between its boxes (fewer: four boxes of a diagram)")
    cell_gap: float = _v(3.0, "pt", "a box within this of each side of a grid's cell fills that cell (the white between a table's\n"
                         "                                 shaded cells: 2 pt)")
    scale_offset: float = _v(2.0, "em", "a row of evenly spaced numbers this close under a grid's foot (or over its head), the first\n"
                             "                                 and last centred on its sides, is a bar chart's value scale: the plot area's foot lies a\n"
                             "                                 little under its last bar (page_flow._value_row)")
    scale_reach: float = _v(1.0, "em", "...its numbers centred at most this far beyond the grid's left or right side (the first and last\n"
                            "                                 stand centred on the sides, their text overhanging them)")
    scale_align: float = _v(0.5, "em", "...its numbers level within this share of the first's height, reaching at most this far into the\n"
                            "                                 grid, the first and last centred on its sides and the steps between them equal within\n"
                            "                                 this share of their size (half a figure: a chart's labels are set on its gridlines)")
    aside_lines: int = _v(6, "count", "a frame of shaded boxes alone around this many lines of text or more is an aside (a\n"
                          "                                 column, コラム: several paragraphs); a heading's band holds one or two")
    min_filled: float = _v(0.15, "share", "a grid with text in fewer of its cells is a chart's gridlines or an empty frame, no table")
    card_fields: int = _v(3, "count", "a grid whose cells of text open with an item name and its value (名称：刀), this many or more\n"
                          "                                 and a caption at most per column, is a record drawn as a card, no table (cells.record_card)")
    side_run_on: float = _v(20.0, "pt", "a grid whose top and foot both run on past one of its sides by more than this, a rule\n"
                            "                                 between them stopping there, is where a picture's lines cross (a scanned map's roads and\n"
                            "                                 frame), no table: a table's rules keep one measure (page_flow._crossing_lines; scanned\n"
                            "                                 tables' sides end within 8 pt of their corners)")
    list_items: int = _v(2, "count", "a frame's one cell under a band holding this many lines or more that open as an item (a\n"
                         "                                 bullet, a circled number) or close a sentence (。) holds text, no value: a captioned panel (page_flow._captioned_list)")
    page_text_share: float = _v(0.5, "share", "a table's last row, one cell across columns that divide every row above it, holding\n"
                                "                                 more than this share of its page's lines of text, set across its measure, holds the page's\n"
                                "                                 running text: a box of text under the table (a page's frame run on from its sides), no\n"
                                "                                 row (page_flow._text_box_under; a form's notes row under its fields holds under 0.3)")
    text_box_rows: int = _v(3, "count", "...and this many of its lines or more run to its side (within headings.edge of it): the rows\n"
                            "                                 of paragraphs set across the box — more than a wrapped item's two; a form's paste field\n"
                            "                                 holds framed specimens set inside it, none running to its side")
    arrow_reach: float = _v(3.0, "pt", "an arrow whose box comes this close to a rounded box points at it (arrows of a flow\n"
                            "                                 diagram overlap or touch the boxes they join)")
    stack_gap: float = _v(10.0, "pt", "rows framed one by one with the same columns, stacked less than this apart with no text\n"
                          "                                 between them, are one table (no line of body type fits in the gap)")
    names_over: float = _v(3.0, "em", "column names set over a table's frame, under a rule across the table at most this far\n"
                           "                                 above the frame (one row of names and its padding), are its header row")
    picture_tag_reach: float = _v(10.0, "pt", "a rounded box whose top stands at most this far under a picture's foot (a\n"
                                  "                                 magazine's photograph labelled in a box set right under it: 7 pt) is the\n"
                                  "                                 picture's tag (rules_to_cells.picture_tags)")
    chevron_steps: int = _v(3, "count", "arrow-shaped boxes touching side by side, level, this many or more in a row are a\n"
                            "                                 process chart's steps (two slanted shapes side by side are a band's background design)")
    max_shapes: int = _v(400, "count", "figure shapes per page looked at for diagrams, and grids, arrows and lines in no grid for\n"
                         "                                 block_diagrams (the checks are quadratic; a page of more\n"
                         "                                 is a chart's markers, no flow diagram)")
    max_header_name: int = _v(10, "count", "characters of a column name in a header row")
    chart_lines: int = _v(3, "count", "rules laid across a grid's column rules, dividing no cell (a step chart's treads over a\n"
                          "                                 grid of years), that make the grid a chart: one or two may be a stray stroke")
    bar_tops: int = _v(6, "count", "heights at which a grid's column rules standing on its foot stop that make it a chart's\n"
                       "                                 bars side by side (a step chart); a table's stop at its header's levels, 1–4")
    min_bars: int = _v(3, "count", "separate boxes of cells standing on one grid's foot (a bar chart's stacked bars on its\n"
                       "                                 axis) that make the grid a chart: two may be a form's boxes side by side")


@dataclass(frozen=True, slots=True)
class Headings:
    """Heading candidates, titles and nesting."""
    edge: float = _v(1.6, "em", "a line ending this close to its column's right edge reaches it")
    indent_before: float = _v(1.5, "em", "a wrapped line starts at most this far left of the line before")
    paragraph_gap: float = _v(1.5, "em", "a gap larger than this between lines ends a paragraph")
    ocr_blank: float = _v(0.5, "em", "on a page read by position (an OCR'd page, a layer that places each line: no blank line\n"
                          "                          written) a gap this much wider than the page's usual gap between lines is a blank\n"
                          "                          line: a paragraph ends")
    ocr_margin: float = _v(2.0, "em", "...the line before being one that ends past this far left of the line's start (a speck read\n"
                           "                           in the margin, ロ or 。 at the page's edge, is no line before)")
    ocr_indent: float = _v(0.5, "em", "on a page read by position (no leading space written) a line whose first letter stands this far\n"
                           "                           right of the line before's opens a paragraph (字下げ; the OCR's boxes vary by a few tenths)")
    value_column: float = _v(3.0, "em", "a labelled line whose next line starts this far past its title's first letter, under a\n"
                             "                                 word a gap opens, is a key–value item whose value runs on (閲覧期間␣␣令和…)")
    value_gap: float = _v(2.5, "em", "...the value's next line standing at most this far under it (a blank line between: a\n"
                          "                          form spaces its values' rows, 測量業務：… / 設計業務：…)")
    word_gap: float = _v(1.0, "em", "a blank this wide between two letters of a line, with no space character, opens a word\n"
                        "                         (a tab stop an OCR layer writes as a jump: 1．業務名␣␣測量業務：…)")
    fill: float = _v(0.6, "share", "a line running this share of the column without closing its sentence wraps")
    shared_row: float = _v(0.5, "share", "lines overlapping this share of the lower one's height share a row")
    title_left: float = _v(2.5, "em", "an unnumbered title starts at most this far right of the text's left edge (in the body's\n"
                           "                                 size; a larger title set flush left, in its own: a heading style's indent)")
    off_centre: float = _v(2.0, "em", "a line whose letters' middle stands further than this left of its column's middle is\n"
                           "                                 set flush left (indented), not centred")
    run_on_indent: float = _v(2.5, "em", "a title's next line starts at most this far right of it")
    part_hang: float = _v(2.0, "em", "a bracketed caption alone on its line whose part (its next line or table) starts at least this\n"
                          "                              far right of it hangs over that part: its heading (（見出し） over a bulletin's headline)")
    title_gap: float = _v(0.8, "em", "a title set apart runs on to a line at most this far under it")
    pushed_out: float = _v(1.0, "em", "a row ending short of its column's edge by no more than the letters the next row opens with\n"
                           "                            (a letter and the marks that may not open a row: く。）) and this, broke there by 禁則")
    run_white: float = _v(1.5, "em", "two labelled lines of one system with more white than this between them (a blank row)\n"
                          "                           are no items of one list standing line under line (headings._spaced_apart)")
    field_rows: int = _v(3, "count", "empty rows under a 【…】 band that make it the label of a field left for the reader to\n"
                         "fill (【御回答欄】 over its empty box); a blank row or two under a heading is spacing")
    title_row: float = _v(1.0, "pt", "lines whose bottoms differ by at most this stand on one row (a phrase set in bold is\n"
                                     "                             a line of its own before the rest of its row)")
    nest_size: float = _v(0.25, "pt", "an unnumbered title closes levels set no more than this larger")
    sheet_scale: float = _v(0.1, "share", "a page printed to fit its sheet (a spreadsheet's fit-to-page) sets its title up to this\n"
                            "                                 share smaller or larger than the next page's copy of it: its whole sheet scaled,\n"
                            "                                 the title's width by the same factor (headings._title_again)")
    scale_match: float = _v(0.02, "share", "...the two copies' widths and sizes in one ratio within this share (one scale)")
    restart_size: float = _v(1.0, "pt", "a heading of a numbering system set this much smaller than the last heading of its\n"
                             "                                 system, its count starting again at one, is a level under it (a white paper's\n"
                             "                                 ❶ set smaller under its banded 1)")
    restart_indent: float = _v(4.0, "em", "...or set this much further in (in the body size), its count starting again at one (an\n"
                               "                                 English version's 1. \"Region under alert…\" inside (ii), its parts 1. … 5. at the margin)")
    cover_lines: int = _v(12, "count", "a first page with no more lines than this is a cover")
    label_size: float = _v(0.9, "share", "a labelled line in regular weight set below this share of the body size labels a figure,\n                                 a chart or a note, no heading (a heading is set in its text's size or heavier)")
    small_words: float = _v(0.7, "share", "a labelled line in regular weight most of whose letters are set below this share of the\n"
                            "                                 body size is a figure's or a note's words, however large its number (7 pt under 12 pt)")
    max_title: int = _v(80, "count", "characters of a heading line")
    short_title: int = _v(15, "count", "characters of a plain label's title on a line of its own that makes it a heading")
    listed_divisions: int = _v(3, "count", "divisions' labels alone on their lines, each over its name, one after the other\n"
                               "                                 on one page: a part's divider listing its chapters, no headings")
    topic_title: int = _v(40, "count", "characters of a line naming its topic (…について) alone on its line that makes it a\n"
                          "                                 section's title: it names the topic whole, so it runs longer than a plain label's title")
    set_in_block: float = _v(4.0, "em", "a block of items set in from both sides (a judgment's 主文: its items' labels 7 em in) starts\n"
                             "                               at least this far in from the running text's left")
    question_rows: int = _v(2, "count", "a question closing in 。 as a title (…か。, no 、) runs to this many rows at most; over more\n"
                            "                                 it is a sentence (headings._runs_into_sentence)")
    contents_letters: int = _v(4, "count", "a heading's title (white space out) this long or longer matches a contents entry or a\n"
                               "                                 bookmark holding it or held in it (contents_table.unmatched_entries); shorter, only\n"
                               "                                 the same title does")
    sentence_rows: int = _v(8, "count", "rows a labelled line in body type is followed to the 。 that makes it a sentence, no heading")
    left_edge_share: int = _v(3, "count", "a left edge used by a third as many lines as the commonest counts")
    lead_in: int = _v(2, "count", "lines: a label over a lead-in sentence this short and a table under it names the table")
    numbered_between: int = _v(2, "count", "pages between a booklet's covers, each carrying a page number, that make its last page,\n"
                               "                                 carrying none, its back cover (fewer are no series of numbered pages)")
    paper_list: int = _v(2, "count", "council papers' rows (議案第Ｎ号 beside its subject) line under line, no sentence nor table\n"
                         "                                 after any of them: this many make a list of a session's bills (one alone heads its page)")
    paragraph_indent: float = _v(1.5, "em", "a paragraph opens at most one character in (字下げ); a label set further in is an item")
    sibling_lines: int = _v(4, "count", "a label typed after spaces to where the label numbered before it stands is that label's\n"
                            "                             sibling, the two at most this many lines apart (a value line or two between them:\n"
                            "                             headings._spaced_to_sibling)")
    sibling_ink: float = _v(0.5, "em", "...their first letters this close across")
    title_held: float = _v(0.5, "share", "a line holding at least this share of the title as the first page prints it is the title's\n"
                           "                                 row, the rest wrapped under it (headings._the_title), or its opening repeated over a later\n"
                           "                                 page's heading (minutes' name over 議事次第: headings._opens_the_title)")
    field_letters: int = _v(4, "count", "a record's field name spread letter by letter, or a word, with its value on its row (日 時,\n"
                            "                                 場 所, 出 席 者, 対象生徒: headings._field_on_its_row) runs to at most this many letters")
    letter_spaced: int = _v(8, "count", "single characters in a letter-spaced title (主　文, 目　　次; a form's name\n"
                            "                                 spaced out: 交　付　決　定　通　知　書, 補助金交付申請書)")
    centred_clear: float = _v(4.0, "em", "a centred line's letters stand at least this far clear of both text edges")
    centred_axis: float = _v(1.0, "em", "a line set larger than the body whose letters' middle stands this close to its column's\n"
                             "                                 middle, four body ems clear of both edges, is centred in a narrow column; a line\n"
                             "                                 right over a table, its letters' middle this close to the table's and within both\n"
                             "                                 its sides, is centred on it (headings._over_its_table: an attachment's title)")
    banner_axis: float = _v(1.0, "em", "a line whose letters' middle stands this close to a larger heading's right above it is\n"
                            "                                 centred under it: that heading's subtitle (a measure on a goal's banner)")
    label_gap: float = _v(0.5, "em", "a gap this wide between a label's glyphs and its title's is the space a spaced label\n                                 wants (一　主旨 set as two pieces; justified text spaces glyphs a few tenths apart)")
    label_chars: int = _v(6, "count", "characters of a label a visible gap may close (第十一, （十二）)")
    tab_gap: float = _v(0.9, "em", "a space character of the text layer standing in a gap at least this wide after a label is\n"
                        "                                 a typed 全角 space or a tab (第２⇥条約との…), never Word's autospace (a quarter em)\n"
                        "                                 nor a half-width space (half an em); a full em less the glyph boxes' rounding")
    panel_pad: float = _v(2.0, "pt", "a line lies on a band or in a frame when its box is inside it, with this slack")
    panel_span: float = _v(0.6, "share", "a band or frame that sets a line apart spans this share of its column (a box\n"
                           "                                 around a word or a short label does not)")
    panel_height: float = _v(3.0, "em", "...and is at most this tall, in the line's size (a band, a frame around one line:\n"
                             "                                 a figure's frame holds its picture too)")
    ruled_rows: int = _v(3, "count", "rules of a band's own span standing from its foot down, row under row, that make the band\n"
                         "                                 the header row of a list ruled row by row, no panel (typography.heads_ruled_rows:\n"
                         "                                 a spreadsheet's 例示の区分 over its ruled rows; two rows are a framed line)")
    ruled_row_slack: float = _v(0.5, "share", "...each rule that far below the one before within this share of the band's height of\n"
                                "                                 it (rows about the band's height; a slide's frame over a table's rows is none)")
    band_caption_share: float = _v(0.5, "share", "a caption heading a slide's panel from the middle of its band (deck_headings._banded_parts)\n"
                                   "                                 is at most this share of its band's width (事業の概要 on a panel's\n"
                                   "                                 band; a flow chart's box is filled by its words from the left)")
    boxed_reach: float = _v(1.0, "em", "a frame drawn tight around a line's words (a boxed title) starts and ends within this\n"
                            "                                 of them: its left side at the line's first letter, its right after its last word")


@dataclass(frozen=True, slots=True)
class Slides:
    """A slide deck (PowerPoint and the like): landscape pages, a title band at the top of each."""
    landscape: float = _v(0.8, "share", "a deck: at least this share of its pages set wider than tall (slides)")
    title_band: float = _v(0.16, "share", "a slide's title starts in this top share of the page (its band): PowerPoint's title\n"
                           "                           placeholder runs to about a fifth of the slide, a title centred in it starts at 12–15%")
    titled: float = _v(0.6, "share", "a deck: at least this share of its pages after the first carry a title in the band")
    min_slides: int = _v(2, "count", "a deck has at least this many titled slides (a landscape sheet or two is no deck)")
    portrait_opening: int = _v(2, "count", "a document whose first this many pages are all set taller than wide (a report's cover\n"
                               "                                  and its text) is no deck, whatever landscape sheets follow (a budget's tables\n"
                               "                                  turned to fit the page): a deck opens with its slides")
    section_lines: int = _v(3, "count", "a slide with no title in its band and at most this many lines, one larger than the body, is a section slide")
    picture_band: float = _v(0.5, "share", "a picture starting in a slide's title band and at least this share of its width wide is\n"
                             "                             its title drawn as an image (or the band its title is set over)")
    sheet_width: float = _v(0.8, "share", "a page's ruled grids (the table reader's) at least this share of its width across (a sheet\n"
                            "                            printed from a table, typography._sheet)...")
    sheet_rows: int = _v(3, "count", "...one of this many rows at least (a slide's band over its frame: two)...")
    sheet_share: float = _v(0.8, "share", "...holding at least this share of the page's lines (a caption row and a title over it\n"
                            "                            the rest), each grid's left side drawn down this share of its height, is a sheet, no slide")


@dataclass(frozen=True, slots=True)
class CoverPage:
    """The first page: title, date, issuer."""
    side_margin: float = _v(0.12, "share", "a bare number left or right of this share of the width is a margin number\n                                 (or above margins.margin)")
    bottom_margin: float = _v(0.9, "share", "...or below this share of the height")
    date_share: float = _v(0.6, "share", "a row is a date when the date is this share of its letters")
    max_title_rows: int = _v(4, "count", "a title runs to a few rows; more rows in the largest type are text")
    piece_gap: int = _v(2, "em", "pieces of a row further apart than this are joined with ・")
    spread_letters: int = _v(3, "count", "a title spread letter by letter over its row (入　札　説　明　書) has this many\n"
                             "                                 one-letter pieces or more (cover._side_pieces_apart)")
    letter_rows: int = _v(4, "count", "a letter's head and text are this many rows at least (its date, sender, subject, a\n"
                          "                                 row of text): fewer are no letter (cover._letter)")
    side_piece: float = _v(0.8, "share", "a piece further than piece_gap beside a row's largest type, set at most this share of\n"
                           "                                 it, is a side note or a box beside that type's pieces: a row of its own")
    max_issuer: int = _v(40, "count", "characters of an issuer's row — and of a name row no longer than one: a part's label and\n"
                         "                              title, a schedule's name under its label (cover._part_printed_alone)")
    max_letter_subject: int = _v(60, "count", "characters of a letter's subject row (one row, centred: …の周知のお願い)")
    notice_rows: int = _v(20, "count", "a notice's subject (…について) stands among its first this many rows")
    circular_head_rows: int = _v(6, "count", "a circular's head over its subject (回覧, the date, the addressees, a speck the OCR\n"
                                 "                                 read; an association's issue number, its name and its officers\n"
                                 "                                 as a whole: No.11 / 回覧 / date / addressees / name / 会長 役員一同)\n"
                                 "                                 runs to at most this many rows")
    notice_date_rows: int = _v(8, "count", "a public notice (公告) dated after its subject: the date stands among this many rows\n"
                               "                                 under the subject (the enacting sentence, …次のとおり公告する。, wraps over a few)")
    max_stacked_name: int = _v(30, "count", "characters of a further issuer's row stacked under the first (a corporation's full\n                                 name with its legal form runs to 25)")
    stacked_gap: float = _v(0.8, "em", "an issuer's row stacked under another stands at most this far below it")
    listed_gap: float = _v(1.0, "em", "a list of issuers joined by ・ wrapped onto the next row (…村・…村議会 / …村教育委員会・…消防支署),\n"
                           "                                 set at its type's line pitch (a blank line's white, 0.8 em in 18 pt): its next row stands\n"
                           "                                 at most this far below it")
    note_gap: float = _v(2.5, "em", "a bracketed note naming the company that runs a secretariat, set under its name with a\n"
                                    "                                 line's leading (0.9 em on a subsidy rule's cover) or a blank line between (2.4 em at\n"
                                    "                                 a 公募要領's foot), stands at most this far below it")
    aligned: float = _v(2.0, "pt", "rows whose left or right edges (or centres) differ by at most this are aligned")
    ocr_aligned: float = _v(4.0, "pt", "on an OCR'd scan (Page.ocr), rows whose edges differ by at most this are aligned: each word\n"
                            "                          is boxed to its ink, so a row closing on a Latin capital stands off one closing on an\n"
                            "                          ideograph by a glyph's side bearing (a letter's sender rows set flush right, ○○小学校校長 over\n"
                            "                          ○○小学校PTA: 2.04 pt apart in 17 pt type) — a quarter em of a letter's type")
    addressee_indent: float = _v(2.0, "em", "a row stacked right under an addressee row (…御中) and starting at most this far in\n"
                                 "or out from it is an addressee too: the offices a brace gathers round one 御中 are set in by a\n"
                                 "character or so (後期高齢者医療主管課（部） under 都道府県…主管部（局）); the sender stands flush right")
    band_gap: float = _v(1.0, "em", "a row set between rules (a series line framed over the title): each rule within this of its\n"
                         "                        letters (a band's rules hug its row: half an em over and under it)")
    band_rule: float = _v(2.0, "pt", "...a rule at most this thick (a hairline or a 1 pt rule, not a filled band)")
    headline_share: float = _v(0.6, "share", "a designed headline's rows vary in display type: a row at least this share of its largest\n"
                               "                                 type (35 and 45 pt rows round a 51 pt one) is one of its rows")
    display: float = _v(2.0, "em", "...set at least this many times the body's size (display type, no subtitle in text sizes)")
    even_steps: float = _v(0.25, "em", "glyphs set one per piece at steps differing by at most this are one letter-spaced word")
    title_area: float = _v(0.5, "share", "a cover's title stands in this top share of the page: a picture there, and no text row,\n                             is a title set as a picture")
    issuer_apart: float = _v(2.0, "em", "an issuing body's name alone under a title in its type (石　垣　市 under a budget's title) is\n"
                             "                                the issuer when it stands at least this far under the title (two blank lines or more;\n"
                             "                                a title's own rows run on at a line's pitch or with a blank line)")
    title_gap: float = _v(8.0, "em", "rows of a title block stand at most this far apart (a Word cover spaces them with blank\n"
                          "                             lines, up to six); the date or the issuer at the foot stands further down")
    masthead_rows: int = _v(2, "count", "a masthead row printing the issue's date or its publisher (【発行】令和8年3月　北野市自治会連合会,\n"
                            "                               令和8年2月20日発行: cover_row.published) stands among the first page's first this many\n"
                            "                               rows, set small over the title (cover._dated_cover, issuer._publisher)")
    maker_credits: int = _v(2, "count", "the body every figure's credit names as its maker (…より北野省作成) issues a paper naming no\n"
                            "                              sender when at least this many credits name it: one figure credited to its maker is a\n"
                            "                              borrowed figure (issuer._credited_maker; a count announced as a row's label needs one)")
    flyer_pages: int = _v(2, "count", "a flyer passed round is one sheet, printed on one side or both (its front and the\n"
                          "                             schedule on its back): an undated paper of at most this many pages whose\n"
                          "                             first page's contact band names a desk is issued by that desk (issuer._flyer_desk)")
    opening_rows: int = _v(4, "count", "the head of the page after a cover, before its text: the title repeated, a variant\n                               (通常枠) and the date the document was made stand in its first this many rows")
    centred: float = _v(1.0, "em", "a title centred over the text: its axis within this of the text column's (Word centres exactly;\n"
                        "                      a justified column's right edge varies by a glyph)")
    ocr_centred: float = _v(2.0, "em", "on an OCR'd scan (Page.ocr), a title centred over the text: its axis within this of the text\n"
                            "                          column's — the paper fed a little askew and each word boxed to its ink move a row by an em\n"
                            "                          or more (a 意見書's title 1.4 em off the axis of its text, a scan at 400 dpi)")
    value_set_in: float = _v(0.5, "em", "a record's field caption over its value (１ 開催日時 over 令和５年６月６日…, at the text's left\n"
                             "                                edge): the value set in under it by at least this (a character; a title's wrap starts\n"
                             "                                where the title starts: cover._caption_over_value)")
    value_set_in_most: float = _v(4.0, "em", "...and by at most this (a few characters)")
    clear_of_edges: float = _v(2.0, "em", "...and clear of both of the column's edges by at least this (a short row, not a line of text)")
    blank_under_title: float = _v(1.0, "em", "...with at least this gap under it before the text (a blank line; text rows stand\n"
                                  "                                about a third of an em apart)")
    printed_name: float = _v(0.6, "share", "the PDF's title (or author) names the document when a run of at least this share of\n                                it is printed in its text (○○県… over the printed 山川村…)")
    slide_number_at: float = _v(3.0, "pt", "a deck's first slide numbered 1 where its second prints 2 (within this, either way): a\n"
                                "                                slide of the body, no cover")
    breadcrumb_crumbs: int = _v(3, "count", "a web page's breadcrumb trail (Home > Policy > page) has at least this many crumbs: one\n"
                                "                                 separator could be a comparison (A > B)")
    ornament_marks: int = _v(3, "count", "a row of one mark repeated at least this many times, no letter or digit (※※※… typed as a\n"
                             "                                rule over and under a title), is an ornament, no row of the cover (cover._ornament);\n"
                             "                                two marks (※※) may be a note's own")
    place_letters: int = _v(3, "count", "a running head in the top margin places the title under it when its last words are at least\n"
                            "                               this many of the title's first letters (第I部第2章第5節査定 over 第5節査定: cover._places);\n"
                            "                               two (第5) open many a numbered row")
    closing_rows: int = _v(20, "count", "a text signed off at its end (a judgment): its date and the signing body's rows stand among\n"
                           "                              its last this many lines (a 大法廷's fifteen judges, the court, the date)")
    effective_rows: int = _v(3, "count", "lines under 附則 read for the day the rules take effect (…から施行する。: the\n"
                             "                                 sentence opens the supplementary provisions and wraps over a line or two)")


@dataclass(frozen=True, slots=True)
class Initiatives:
    """Initiative lists."""
    repost_similarity: float = _v(0.8, "share", "a reposted target matches an earlier one at least this similar")


@dataclass(frozen=True, slots=True)
class Accounting:
    """Every letter accounted for: the text layer against the datasets."""
    unaccounted_share: float = _v(0.005, "share", "letters a file's text layer prints that no dataset of it holds, above this\n"
                                  "                                 share of them: a problem (error: the file was not read whole). Every piece\n"
                                  "                                 a reading turns into a form of its own has a home (a date in ISO form and as\n"
                                  "                                 printed, the contents' title, a subtitle, a label: document.json): the largest\n"
                                  "                                 share left, over tests/real, the shared corpus and the sweeps' 697 PDFs, is\n"
                                  "                                 0.0005 (6 of 11992 letters); ten times it")
    unaccounted_least: int = _v(10, "count", "...and above this many letters: the most left in one file over the same\n"
                                "                                 PDFs is 6 (a few letters a reading folds: a label's 別紙, an i), in a small\n"
                                "                                 file a large share")


@dataclass(frozen=True, slots=True)
class Settings:
    layout: Layout = field(default_factory=Layout)
    typography: Typography = field(default_factory=Typography)
    joining: Joining = field(default_factory=Joining)
    margins: Margins = field(default_factory=Margins)
    footnotes: Footnotes = field(default_factory=Footnotes)
    underlines: Underlines = field(default_factory=Underlines)
    columns: Columns = field(default_factory=Columns)
    tables: Tables = field(default_factory=Tables)
    headings: Headings = field(default_factory=Headings)
    slides: Slides = field(default_factory=Slides)
    cover: CoverPage = field(default_factory=CoverPage)
    initiatives: Initiatives = field(default_factory=Initiatives)
    accounting: Accounting = field(default_factory=Accounting)

    def values(self) -> dict[str, Any]:
        """Every value by its dotted name (`headings.edge`)."""
        out = {f"{g}.{k}": v for g, group in asdict(self).items() for k, v in group.items()}
        out["fixed.same_size"] = SAME_SIZE
        return out

    def fingerprint(self) -> str:
        """sha256 of the sorted values: equal settings, equal fingerprint, on any machine."""
        return hashlib.sha256(json.dumps(self.values(), sort_keys=True).encode("utf-8")).hexdigest()

    def describe(self) -> list[tuple[str, Any, str, str]]:
        """(name, value, unit, why) of every value, by stage."""
        out = []
        for g in fields(self):
            group = getattr(self, g.name)
            out += [(f"{g.name}.{f.name}", getattr(group, f.name), f.metadata["unit"], f.metadata["why"])
                    for f in fields(group)]
        return out


DEFAULT = Settings()
