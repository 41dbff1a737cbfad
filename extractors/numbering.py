"""The numbering systems a document labels its headings and items with, in one table.

Every numbering pattern and set the stages use is derived from SYSTEMS: the heading label
patterns (headings.py), what opens an item of a list (paragraphs.py, the line roles), the goal
labels (goals.py; headings.py leaves them out). A new numbering system is one row here.

A row: the label as printed (width-folded), what may follow it before the title (`after`: a
look-ahead), whether a space must follow (公用文's １　目的: without it, 10 月に… would be a label),
how the title must start (`title`: the words it must not precede — 5.0 を支える, 3 件の), the
kind written to headings.csv, and how the system sits among the others (slot: systems that share
a level; judged_with: systems judged together for being set apart; never_list: labels no sentence
enumerates with; ranked: a document's main levels; spaced_or_styled: a label only when a space
follows it or the line is set apart).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from normalizers.bodies import CONTACT_WORDS, SUBJECT_LINE
from normalizers.dates import DATE, ERAS, may_find_date
from normalizers.numbers import BLANK_UNITS, COUNTERS_ALONE, FIGURE_UNITS, TITLE_UNITS, kanji_to_int, one_of
from normalizers.text import BULLETS, SPACES as _SPACES, clean, fold_width, no_white_space, unspaced, visible

N = r"[0-9]{1,2}"
NZ = r"[1-9][0-9]?"       # a section number never has a 0 part (5.0 is a version: Society 5.0)
KANJI = r"[一二三四五六七八九十百〇]+"
KANJI_NUMBER = r"[一二三四五六七八九十][一二三四五六七八九十百〇]*"   # a number never opens with 〇 (〇 alone is a mark)
CIRCLED = "\u2460-\u2473\u3251-\u325f"   # ① … ⑳, ㉑ … ㉟
PARENTHESIZED = "\u2474-\u2487"   # ⑴ … ⒇: one character for (1) … (20), as 法令 outlines print them
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"   # 公用文 numbering (１　目的) titles a Japanese line; 14 CFR Part 39 is text
# ...or one opening with an abbreviation run into a Japanese word, or set off from it by a space as a
# word processor spaces Latin from kana (１　ＭＦ制度, 3 AI システム; ＭＦの利用, AI は… are sentences)
# ...or one opening with a quoted term (３　「支配」概念の創設); への after the abbreviation makes a
# noun phrase (10) IPAへの通知と…公表), not a sentence
_JAPANESE_TITLE = rf"(?={_CJK}|[「『]|[A-Z]{{1,6}} ?(?![をにはがでともや]|へ(?!の)){_CJK})"
JAPANESE_TITLE = regex.compile(_JAPANESE_TITLE)   # a legal outline's title is a Japanese phrase (a reference list's is not)
# a line of an English version (a ministry's translation): Latin letters, no Japanese script, not closing as a
# sentence or a clause does (…the situation. / …as follows:)
_NOT_JAPANESE = r"[^\p{Han}\p{Hiragana}\p{Katakana}]"
LATIN_TEXT = regex.compile(rf"^{_NOT_JAPANESE}*\p{{Latin}}{_NOT_JAPANESE}*$")
# an English version's text closes its sentences with a full stop after a word (…make recommendations.)
LATIN_SENTENCE_END = regex.compile(r"[a-z][.?!]\s*$")
LATIN_PHRASE = regex.compile(rf"^{_NOT_JAPANESE}*\p{{Latin}}{_NOT_JAPANESE}*(?<![.,;:])\s*$")
_NOT_PARTICLE = r"(?:はじめに|[^\sa-zをのにはがでとへもや])"   # 5.0 を支える…, 11.43 and… run on a sentence; a title does not start so
# 10 月に…, 3 件の…, 第2 部では… are no labels (counters and the units 第N takes rarely begin a
# title; 人, 日, 社, 個 begin many): the units are vocabulary, normalizers.numbers.TITLE_UNITS
_NOT_UNIT = rf"(?:はじめに|[^\s0-9{one_of(TITLE_UNITS)}をのにはがでとへもや])"   # はじめに opens many
# on a line set apart from the body (bold, larger, another typeface: a heading's type) the title may open
# with a word in kana that a sentence's particle would (第５　がけ地に近接する…, ３　とりまとめ): running text
# is set in body type, so the particle test guards it alone; counters and units still open no title
_NOT_UNIT_APART = rf"(?:[^\s0-9{one_of(TITLE_UNITS)}])"
# Convention (a schedule's count under its table, "20 名": twenty questioners): a number and one counter alone on
# the line (normalizers.numbers.COUNTERS_ALONE: 名, 人, 件 … — words whose titles 名称, 人材, 件名 run on) is a quantity,
# no label and title
_COUNT_ALONE = rf"(?![{one_of(COUNTERS_ALONE)}]\s*$)"
_SPACED_TITLE, _SPACED_TITLE_APART = rf"{_COUNT_ALONE}{_JAPANESE_TITLE}{_NOT_UNIT}", rf"{_COUNT_ALONE}{_JAPANESE_TITLE}{_NOT_UNIT_APART}"
# Convention (公用文 set with a tab: ３⇥次の段階としての…): a number its title stands apart from by a
# visible gap (a tab, a placed word; line_roles._gap_after_label) is a label even before a counter or a
# unit: a counter runs on its number set solid (３次, 10 月 with Word's autospace), never across a gap.
# A particle still opens no title, and a title is a phrase: a unit alone or nearly (30⇥年, 3⇥月: a form's
# date set in its fields, each number a gap before its unit) is no title.
_GAPPED_TITLE = rf"{_JAPANESE_TITLE}(?=\S{{4}})(?:はじめに|[^\s0-9をのにはがでとへもや])"
_ANY = r"\S"
# a word processor sets a space between half-width digits and the kanji after them (Word's autospace,
# kept as a space in the text layer): 第10 節 is 第10節 as printed
AUTOSPACE = r" ?"
# …and an article's number so set apart from the kanji on both sides (第10 条, 第 10 条: Word documents of 規約
# and 条例 print it so; read on the folded line, runs of space one space)
_ARTICLE_N = rf"{AUTOSPACE}[0-9]{{1,2}}{AUTOSPACE}"
_ARTICLE_N3 = rf"{AUTOSPACE}[0-9]{{1,3}}{AUTOSPACE}"
# 第四部では…, 第２章の… run on a sentence: a title straight after the label never opens with a particle
_NO_PARTICLE_UNSPACED = r"(?:(?<=\s)|(?=はじめに)|(?![をのにはがでとへもや]))\S"
# a bracket whose words end in 参照 ("see …"): a cross-reference to other parts, not a band's title
_NOT_XREF = r"(?![^【】<>]*参照\s*[】>])"


@dataclass(frozen=True, slots=True)
class System:
    name: str
    kind: str                  # written to headings.csv
    label: str                 # the label's pattern (group 1 of the heading pattern)
    title: str = _ANY          # how the title starts: the words the label must not precede
    spaced: bool = False       # a space must follow the label
    after: str = ""            # what may stand between label and space (a look-ahead, a dot)
    tail: str = ".*"           # the rest of the line
    slot: str = ""             # the level it shares with another system ("" = its own)
    judged_with: str = ""      # the system it is judged with for being set apart ("" = itself)
    never_list: bool = False   # no sentence enumerates with it
    ranked: bool = False       # one of a document's main levels
    spaced_or_styled: bool = False   # a label only when a space follows or the line is set apart
    styled_only: bool = False  # a label only on a line set apart from the body (bold, larger, another typeface)
    runs: bool = False         # in body type a heading unless one of a run of items of its system (一 … 二 … line under
                               # line, each with its wrapped lines: a 号 list quoted in a provision)
    top: bool = False          # opens at the top of the document: an appendix stands beside the body's outline,
                               # never under its last section
    beside: bool = False       # stands beside the sections of the part it closes (参考N after a part's numbered
                               # sections): under the part or the appendix it is in, never under a section
    apart: str = ""            # how the title starts on a line set apart from the body, where it differs
    outline: tuple[str, int] | None = None   # (outline, rank) in a fixed outline: 第N部 > 第N章 > 第N節 > 第N;
                               # １ > ⑴ (公用文). A heading closes every open level of its outline at its rank or
                               # below, never nests under one (第1部 after a 第7 is no child of it)
    follows: bool = False      # takes the level of the heading before it (（付）: a remark appended to the items it follows)
    division: bool = False     # a division a legal text names (編 > 章 > 節 > 款 > 目; 部 above 章/節 where a text
                               # uses it): ranks above every numbered or lettered item system (heading_levels._closes_at)

    def pattern(self, apart: bool = False) -> str:
        space = r"\s+" if self.spaced else r"\s*"
        return rf"^({self.label}){self.after}{space}({self._title(apart)}{self.tail})$"

    def opening(self, apart: bool = False) -> str:
        """The pattern up to the title's first words: a line that opens so may be labelled."""
        space = r"\s+" if self.spaced else r"\s*"
        return rf"(?:{self.label}){self.after}{space}(?:{self._title(apart)})"

    def _title(self, apart: bool) -> str:
        return self.apart if apart and self.apart else self.title


# the kinds of paper a council reads in its session, each numbered in it (議案第１号, 報告第３号): the
# council_paper system's label and a paper's stamp (STAMP). Convention (a paper its members or a committee
# file, numbered in a series of its own: 議員提出議案第３８号, 委員会提出議案第２号, 意見書案第１号, 決議案第３号):
# the filer or the paper's kind before 議案 is part of the paper's name
COUNCIL_PAPER = r"(?:(?:議員|委員会)提出議案|意見書案|決議案|議案|報告|諮問|請願|陳情|発議|認定|承認|同意)"

# a Roman numeral's own character (Ⅰ … Ⅻ, U+2160–216B), as a part's label prints it (Latin letters I. V. are
# another's writing of it)
_PART_NUMERAL = r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]"
PART_NUMERAL = regex.compile(rf"^{_PART_NUMERAL}[.．]?$")

# 第1章：対応編 — a colon may stand between a division's label and its title (a discussion paper's chapter
# divider): it parts the two, as a space does, and belongs to neither
_DIVISION_COLON = r"(?:\s*[:：])?"

# an English division's number: arabic or roman, a capital after it for a division inserted later (PART IIA, Part 3A),
# then no letter or figure (Part II, Parts, Participants…)
_ENGLISH_NUMBER = r" (?:[0-9]{1,3}|[IVXL]{1,6})[A-Z]?(?![A-Za-z0-9])"
# what parts the number from the title on its line: a dash (Division 1 — General provisions), a colon, a full stop
_ENGLISH_AFTER = r"(?:\s*[—–:.-])?"
# the title: words opening with a capital, or none (the label alone on its line, its title under it)
_ENGLISH_TITLE = r"(?=\p{Lu}|$)"

# a decimal label's second number, or a capital letter in its place (6.R: a review report's part reviewing section 6)
_DECIMAL_PART = rf"(?:{NZ}|[A-Z](?![A-Za-z0-9+,&]))"

SYSTEMS: tuple[System, ...] = (
    System("part", "part", rf"第(?:{KANJI}|{N}{AUTOSPACE})部", title=_NO_PARTICLE_UNSPACED, after=_DIVISION_COLON, never_list=True, ranked=True, outline=("第", 1),
           division=True),
    # 第N編: a statute's book, above its chapters (民法 第一編 総則); a text uses 編 or 部 at the top, rarely both
    System("book", "part", rf"第(?:{KANJI}|{N}{AUTOSPACE})編", title=_NO_PARTICLE_UNSPACED, never_list=True, ranked=True, outline=("第", 1),
           division=True),
    System("chapter_kanji", "chapter", rf"第(?:{KANJI}|{N}{AUTOSPACE})章", title=_NO_PARTICLE_UNSPACED, after=_DIVISION_COLON, never_list=True, ranked=True, outline=("第", 2),
           division=True),
    System("section_kanji", "section", rf"第(?:{KANJI}|{N}{AUTOSPACE})節", title=_NO_PARTICLE_UNSPACED, after=_DIVISION_COLON, never_list=True, ranked=True, outline=("第", 3),
           division=True),
    # 第N款, 第N目: a 節's subdivisions in a statute or a 告示 (節 > 款 > 目, over its articles or its 区分 of a
    # fee schedule: 第１款 皮膚・皮下組織 under 第１節 手術料), below 節 and above an article and a 第N of 公用文
    System("subsection_kanji", "section", rf"第(?:{KANJI}|{N}{AUTOSPACE})款", title=_NO_PARTICLE_UNSPACED, never_list=True, ranked=True,
           outline=("第", 4), division=True),
    System("division_kanji", "section", rf"第(?:{KANJI}|{N}{AUTOSPACE})目", title=_NO_PARTICLE_UNSPACED, never_list=True, ranked=True,
           outline=("第", 5), division=True),
    System("dai", "part", rf"第(?:{KANJI}|{N})", title=_SPACED_TITLE, apart=_SPACED_TITLE_APART, spaced=True,   # 第１　総論 (公用文)
           never_list=True, ranked=True, outline=("第", 6)),
    # 付録1: 政府・自治体… (an appendix of the document, as printed: its number, a colon or a dot)
    System("appendix", "appendix", rf"付録\s?{N}[:：.．]?", title=_NO_PARTICLE_UNSPACED, never_list=True,
           top=True),
    # 付　録 alone on its line (a 告示's or a guide's appendix, one of its kind, unnumbered: 本文 … 付録 over its 用例集):
    # the document's appendix as 付録1 is, beside the body's outline, never under its last part
    System("appendix_alone", "appendix", "", title=r"[付附]\s*録", tail=r"\s*", never_list=True, top=True),
    # 参考１ 調査基準価格の算定方法 (a notice's, a guideline's reference sections closing a part): a section of
    # reference matter beside the part's numbered sections, under the part or appendix they are in
    System("reference", "appendix", rf"参考\s?{N}[:：.．]?", title=_NO_PARTICLE_UNSPACED, never_list=True,
           beside=True),
    # （別紙）添付資料一覧: an annex's bracketed marker opening its title's line (a notice's annex), an
    # appendix of the document as 付録1 is
    System("annex", "appendix", r"\(別紙\)", title=_NO_PARTICLE_UNSPACED, never_list=True, top=True),
    # Ⅰ－１　漢字の使い方: a section numbered within its part, the part's Roman numeral, a dash and the section's
    # number (a 公用文 guide's Ⅰ 表記の原則 > Ⅰ－１ > （1） > ア), as 1-1 numbers a section within chapter 1; read
    # before the numeral alone (whose title would start "－１")
    System("roman_decimal", "section", rf"{_PART_NUMERAL}-{NZ}", title=_NOT_PARTICLE, after=r"(?![.0-9])",
           never_list=True, ranked=True, spaced_or_styled=True),
    # （付）公用文の分類を意識することの意義: a remark appended to the items it follows, in their type — the items'
    # sibling, at the level of the heading before it (a 公用文 guide's section （2） > ア … エ, （付）…)
    System("appended", "appendix", r"\(付\)", title=_NO_PARTICLE_UNSPACED, never_list=True, follows=True),
    # ＢＯＸ１　８月初にかけて生じた…: a box, a study set apart in a frame and numbered in a series of its own (a
    # central bank's report lists BOX1–BOX4 after its last chapter, beside them): an appendix of the document,
    # beside the body's outline, never under its last section; its number read in the text (BOX1 を参照) opens
    # no title, a particle after it
    System("box", "appendix", rf"BOX{AUTOSPACE}{N}", title=_NOT_PARTICLE, never_list=True, top=True),
    # Ⅳにおける…, Ⅴで記述します: a numeral run into a particle is a reference in a sentence, no label
    System("roman", "part", _PART_NUMERAL + r"[.．]?|(?:X{0,2}(?:IX|IV|V?I{0,3}))[.．]", title=_NO_PARTICLE_UNSPACED,
           ranked=True),
    # a closing dot is part of the label as printed (１－１．米国, 2-1.)
    # Convention (a review report's outline: 6.1 生物薬剤学試験…, 6.2.1 …, then 6.R 機構における審査の概略 and 6.R.1 …
    # — the agency's review of the section, numbered with a capital letter in the section's place): a single capital
    # stands for a number inside a decimal label (_DECIMAL_PART)
    # …and one level further, a label of four numbers (7.R.1.1 試験デザインの妥当性について, 3.1.2.1): the level under
    # N.N.N, read before it (whose title would start ".1"), as N.N.N is read before N.N
    System("decimal4", "subsection", rf"{NZ}[.-]{_DECIMAL_PART}[.-]{NZ}[.-]{NZ}\.?", title=_NOT_PARTICLE,
           after=r"(?![.0-9])", never_list=True, ranked=True, spaced_or_styled=True),
    System("decimal3", "subsection", rf"{NZ}[.-]{_DECIMAL_PART}[.-]{NZ}\.?", title=_NOT_PARTICLE, after=r"(?![.0-9])",
           never_list=True, ranked=True, spaced_or_styled=True),
    # …and a space the word processor set after the first number's full stop (１． ２ 第三者の…: a full-width
    # stop and a half-width space, kept in the text layer) leaves it one number
    System("decimal", "section", rf"{NZ}(?:-|\.{AUTOSPACE}){_DECIMAL_PART}\.?", title=_NOT_PARTICLE, after=r"(?![.0-9])",
           never_list=True, ranked=True, spaced_or_styled=True),
    System("number", "chapter", rf"{N}\.", after=r"(?![0-9])", ranked=True),
    # 一　主旨 (告示, 法令): a bare kanji numeral opens the outline under 第N, above １ (公用文); a space (or a
    # visible gap, line_roles) must follow it: 一般に…, 三つの… run on a sentence
    # …and its branch number (一の二, 三の二: an item inserted after 一 by an amendment, 法令's 枝番) is one label of
    # the same outline, ranked with the bare numeral it follows
    System("kanji", "section", rf"{KANJI_NUMBER}(?:の{KANJI_NUMBER})?", title=_SPACED_TITLE, apart=_SPACED_TITLE_APART, spaced=True,
           ranked=True, runs=True, outline=("公用文", 0)),
    System("paren_kanji", "section", rf"\({KANJI}\)"),
    System("bare_number", "chapter", NZ, title=_SPACED_TITLE, apart=_SPACED_TITLE_APART, spaced=True,   # １　目的 (公用文)
           never_list=True, ranked=True, outline=("公用文", 1)),
    # (1 ): the autospace a word processor sets after half-width digits stands before the closing bracket too
    System("paren_number", "section", rf"\({N}{AUTOSPACE}\)|[{PARENTHESIZED}]", ranked=True, outline=("公用文", 2)),
    System("half_paren_number", "subsection", rf"{N}\)"),
    # Q.2 Answer the following questions…, A.1: a capital and its stop run into a number is one label (a question's,
    # an annex's item), no letter of a list whose title opens with a digit
    System("letter", "letter", r"[A-Z]\.", after=r"(?![0-9])", ranked=True),
    # a. b. c.: a report's lowest sub-headings under ① (Word's outline a. under ①), set apart from the body
    # (bold) on a line of their own; in body type a. opens a list item or a sentence, no heading
    System("small_letter", "letter", r"[a-z]\.", after=r"(?![a-z]\.)", styled_only=True),
    # ③で算出した額を記入, ①を記入: a circled number run into a particle points to the item of that number (a
    # callout beside a pictured form), a reference in a sentence as Ⅳにおける… is, no label
    System("circled", "item", f"[{CIRCLED}]", title=_NO_PARTICLE_UNSPACED),
    System("paren_letter", "item", r"\([A-Za-z]\)", slot="circled", judged_with="circled"),
    # (i) (ii) (iii): an English text's level under (1) counts in lower-case roman numerals (ⅰ ⅱ in a Japanese
    # one); (i), (v) and (x) read as letters above, so a list (a) … (i) runs on — the level shares their slot
    System("paren_roman", "item", r"\((?:ii|iii|iv|vi{1,3}|ix|xi{1,2})\)|\([ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ]\)", slot="circled",
           judged_with="circled"),
    System("katakana", "katakana", r"[アイウエオカキクケコサシスセソタチツテト][.．、]"),
    # （ア）: the 公用文 level under ア (第1 > 1 > (1) > ア > (ア)), a system of its own
    # (イ) (ロ) (ハ): the same level counted in イロハ order (a budget's or a statute's items)
    System("paren_katakana", "katakana", r"\([アイウエオカキクケコロハニホヘト]\)"),
    # ア　測定 (公用文); on a line set apart from the body (a heading's face), the title may open with a
    # Latin word: ア　NICTによる国産LLMの開発 (a white paper's sub-heading naming an institute or a product)
    # …or with a quoted term, as a 公用文 heading names a category it rules on (イ　「告示・通知等」の法令に準ずる
    # 文書では…): the bracket opens a Japanese word; in body type ア「… stays a sentence's item
    System("katakana_spaced", "katakana", r"[アイウエオカキクケコサシスセソタチツテト]", title=rf"(?={_CJK})", spaced=True,
           apart=rf"(?={_CJK}|[A-Za-z]|[「『]{_CJK})", slot="katakana", judged_with="katakana"),
    # 〇 本ガイドラインの目的: the kanji zero (U+3007, no bullet of the text) opens a titled part of a guideline;
    # its title may open with a quotation's bracket (〇 「新規感染者数が…」として…: an expert meeting's paragraphs
    # marked 〇 and ○ alike, each a line of its own kind, which no sentence of the line above runs on into)
    System("zero_mark", "item", "〇", title=rf"(?=[「『]?{_CJK})", spaced=True),
    # 【…】 and ＜…＞ whose words end in 参照 (＜（１）（２）（３）参照＞ right-aligned under a summary's
    # paragraph, 【別紙２参照】) point the reader to other parts: a cross-reference, no band (_NOT_XREF)
    System("band", "band", "", title=rf"【{_NOT_XREF}[^】]{{1,40}}】", tail="", slot="circled", never_list=True),
    # ＜…＞ alone on its line above a paragraph: a sub-heading as 【…】 is (a call for applications'
    # ＜中小企業者の定義＞); above a list or a table it labels that (headings._labels_a_block)
    # Convention (an API manual's XML sample: <?xml version="1.0"?> / <corporations> … </corporations>): markup —
    # a declaration or instruction (<?…?>, <!…>), a closing tag (</…>), an empty element (<…/>), a bare tag of Latin
    # letters (<corporation>) — is code, no band: a band's words are the document's own
    System("angle_band", "band", "", title=rf"<(?![?!/]|[A-Za-z][A-Za-z0-9:._-]*>){_NOT_XREF}[^<>]{{2,40}}(?<!/)>", tail="",
           slot="circled", never_list=True),
    # ［現状と課題］ alone on its line in the headings' heavier face: a municipal plan's sub-heading under its
    # section titles (over the ① items); in body type it is a remark or a figure's label, no heading
    System("bracket_band", "band", "", title=r"\[[^\[\]]{2,40}\]", tail="", spaced_or_styled=True),
    # a council paper's number in its session opening the statement on it: 議案第１号：令和７年度…補正予算 (a
    # 提案理由 reads the session's bills and reports one after another, each under its number and title); the
    # colon or a space after the number sets the title apart, a particle after it runs on a sentence (議案第１号の…)
    System("council_paper", "section", rf"{COUNCIL_PAPER}第{N}号", after=r"(?:\s*:)?",
           title=_NO_PARTICLE_UNSPACED, never_list=True),
    # Convention (an English statute or report's named divisions: PART I / PRELIMINARY, PART IIA — a part inserted
    # after II —, Part 3 — Definitions, CHAPTER II, Division 1 — General provisions): the division's name and its
    # number (arabic or roman, a letter after it for one inserted), then its title after a dash, a colon or a space,
    # or alone on its line, its title centred on the lines under it (headings._title_under_label); the title opens
    # with a capital (Part II of the Act applies… is a sentence). They nest by the order they open, as the Japanese
    # legal outline's 編 > 章 > 節 do, and hold the section titles under them (heading_levels._HOLDS_TITLES)
    System("english_part", "part", rf"(?:PART|Part){_ENGLISH_NUMBER}", after=_ENGLISH_AFTER, title=_ENGLISH_TITLE,
           never_list=True),
    System("english_chapter", "chapter", rf"(?:CHAPTER|Chapter){_ENGLISH_NUMBER}", after=_ENGLISH_AFTER,
           title=_ENGLISH_TITLE, never_list=True),
    System("english_division", "section", rf"(?:DIVISION|Division){_ENGLISH_NUMBER}", after=_ENGLISH_AFTER,
           title=_ENGLISH_TITLE, never_list=True),
    # 法令・規程: an article's number with its caption in brackets right after it, alone on its line
    # (第１条（目的）): the article's place in the statute's outline, below 第N節 (articles are headed by
    # the caption on the line above them: article_headings.article_candidate; a line in this form over the
    # article's text heads it, article_headings.article_line; a contents page lists such lines one under another)
    System("article", "article", rf"第(?:{KANJI}|{_ARTICLE_N})条(?:の(?:{KANJI}|{N}))*", title=r"\([^()]{1,40}\)",
           tail=r"\s*", never_list=True, outline=("第", 7)),
    # 附則 (supplementary provisions) alone on its line, with the amending rule's number in brackets:
    # they follow the whole main text, so they close every level of its outline
    System("supplementary", "title", "", title=r"附\s*則(?:\s*\([^()]{1,40}\))?", tail=r"\s*", never_list=True,
           outline=("第", 1)),
    # 規程・要綱: a numbered attachment (別紙１) labelled alone on its line at the top of its first page, its
    # title on the centred line under it (title_lines.title_lines): a part of the document beside its
    # main text, as an appendix is (a list of the attachments prints 別紙１ with its title on one line);
    # a ministry's notice labels what it issues 別添１, 別添２ so (the 指針 a 基発 notice publishes)
    # (a 事務連絡's attachment labelled in brackets at the top right of its first page, （別添１） over its centred
    # title 医科診療報酬点数表関係: the same label, its brackets kept as printed)
    System("attachment", "appendix", rf"(?:別(?:紙|添)\s?(?:{N}|{KANJI_NUMBER})|\(別(?:紙|添)\s?(?:{N}|{KANJI_NUMBER})\))",
           title="", tail=r"\s*", never_list=True, top=True),
    # …and a document with one attachment labels it 別紙 with no number (the pledge after a 交付規程's
    # articles): a part only with its centred title under it (headings.find_headings); alone, or at
    # the top right over a form (a stamp), it is what it was
    System("lone_attachment", "appendix", r"別紙", title="", tail=r"\s*", never_list=True, top=True),
    # 法令・条例: an attachment of the statute (別表, 別表第一, 別記) headed by the bracket naming the provisions it
    # serves (別表（第１５条、第１７条関係）): a part beside the main text, as an appendix is; its table's name may
    # stand on the line under it (headings._labels)
    System("schedule", "appendix", rf"(?:別表|別記)(?:第(?:{KANJI}|{N}))?", title=r"\([^()]{1,40}関係\)", tail=r"\s*",
           never_list=True, top=True),
)

BY_NAME = {s.name: s for s in SYSTEMS}

# Convention (a deck's annexes: a slide's title opening 別添1. over a slide of its own, then 別添1 A. …, 別添1 B. … over
# the slides of that annex's parts): an annex label closed by its stop, or followed by a part's capital and its stop,
# opens the slide's title; group 1 the annex label, group 2 the part's capital (none on the annex's own slide),
# group 3 the title. Only a slide's title reads it (deck_headings._annex_candidate): in running text 別添1. is a
# reference, and a label alone on its line is the attachment system's
ANNEX_SLIDE = regex.compile(rf"^((?:別添|別紙)\s?(?:{N}|{KANJI_NUMBER}))(?:[.．]|\s?([A-Z])[.．])\s*(\S.*)$")
# a part of a text printed in a file of its own opens with its label and title (第10部　手術, 第一編　総則; read
# unspaced): cover._part_printed_alone
PART_ROW = regex.compile(rf"^(?:{BY_NAME['part'].label}|{BY_NAME['book'].label})(?![をのにはがでとへもや])\S")
# Convention (a fee schedule's part printed in a file of its own under its chapter's heading: 第２章　特掲料 / 第１部
# 管理等): a chapter's label and name on the row over a part's are the part's place, no title of the file
# (cover._part_printed_alone)
CHAPTER_ROW = regex.compile(rf"^{BY_NAME['chapter_kanji'].label}(?![をのにはがでとへもや])\S")
# a volume's or a part's label alone on its row, nothing after it (第六編 over the title of one volume of a
# manual's set, in the title's type): the volume's place in its set, no word of its title (cover._past_part_label);
# so is 付録 alone over the title of a paper's appendix printed as a file of its own (付録 / ディスカッションペーパー
# 用アーキテクチャ作成 / コンセプトペーパー): the file's place beside the paper, no word of its title
PART_LABEL_ALONE = regex.compile(rf"^(?:{BY_NAME['part'].label}|{BY_NAME['book'].label}|[付附]録)$")
# a statute's schedule's label alone on its row (別表第二 over 歯科診療報酬点数表, the schedule printed in a file of its own):
# the schedule's place in the statute, no word of its name (cover._part_printed_alone)
SCHEDULE_ALONE = regex.compile(rf"^{BY_NAME['schedule'].label}$")
# a question's number alone on its line, in a series the examination continues (Problem 4, Question 2, 問題３, 問２,
# 第３問): the part of the paper it numbers, whatever else the file prints (headings._the_title)
QUESTION_ALONE = regex.compile(r"^(?:(?:Problem|Question)\s?[0-9]{1,2}|(?:問題|問)\s?[0-9０-９]{1,2}|第[0-9０-９一二三四五六七八九十]{1,3}問)$")
NUMBERING: list[tuple[str, str, regex.Pattern]] = [(s.name, s.kind, regex.compile(s.pattern())) for s in SYSTEMS]
_OPENS = regex.compile("^(?:" + "|".join(s.opening() for s in SYSTEMS) + ")")   # one test instead of one per system
# the same for a line set apart from the body (System.apart): only the systems whose titles differ there
NUMBERING_APART = [(s.name, s.kind, regex.compile(s.pattern(apart=True))) for s in SYSTEMS if s.apart]
_OPENS_APART = regex.compile("^(?:" + "|".join(s.opening(apart=True) for s in SYSTEMS if s.apart) + ")")
# each system's opening on its own, compiled once (_opening_with reads them for each new first character:
# compiled at each call, the regex module's cache lookup cost ten times the match)
_OPENINGS = tuple(regex.compile("^(?:" + s.opening() + ")") for s in SYSTEMS)
_OPENINGS_APART = tuple(regex.compile("^(?:" + s.opening(apart=True) + ")") for s in SYSTEMS if s.apart)
# the same for a label a visible gap sets apart from its title (_GAPPED_TITLE): the systems whose spaced
# titles exclude counters and units
# Convention (a WTO notice of a gazette: its last section, ５ Summary, the notice in English): a label a visible
# gap sets apart may title its section with one English word, capitalised, alone on the line — across a gap
# as its Japanese siblings are set (１調達内容), never after a space character (14 CFR Part 39 is text)
_ENGLISH_WORD = r"\p{Lu}\p{Ll}{2,}"
NUMBERING_GAPPED = [(s.name, s.kind, regex.compile(rf"^({s.label}){s.after}\s+((?:{_GAPPED_TITLE}{s.tail})|{_ENGLISH_WORD})$"))
                    for s in SYSTEMS if s.title == _SPACED_TITLE]
SLOT = {s.name: s.slot for s in SYSTEMS if s.slot}
JUDGED = {s.name: s.judged_with for s in SYSTEMS if s.judged_with}
NEVER_LISTS = frozenset(s.name for s in SYSTEMS if s.never_list)
RANKED = frozenset(s.name for s in SYSTEMS if s.ranked)
SPACED_OR_STYLED = frozenset(s.name for s in SYSTEMS if s.spaced_or_styled)
STYLED_ONLY = frozenset(s.name for s in SYSTEMS if s.styled_only)
RUNS = frozenset(s.name for s in SYSTEMS if s.runs)
OUTLINE = {s.name: s.outline for s in SYSTEMS if s.outline}   # system → (outline, rank)
# systems whose pattern is the whole line (附　則, ＜定義＞): a line of its own by its text, wherever it
# is indented, and its title ends with it
WHOLE_LINE = frozenset({"supplementary", "angle_band", "bracket_band"})
# a 【…】 band that is its bracket alone, closed on its line (【他省庁と連携する取組】): whole, as those are
# (a band with words after its bracket, or one whose bracket closes on the next line, runs on)
BAND_ALONE = regex.compile(r"\s*【[^【】]+】\s*")
# a band's subject anywhere in a row (an OCR'd page's top row, 修士課程 情報学基礎 【線形代数、微分積分】 問題番号: headings._running_bands)
BAND_IN_ROW = regex.compile(r"【[^【】]{1,40}】")
# a 【…】 band with its words after it on its line (【参考】　重症者の属性): set apart from the body, the head of the
# block under it (line_roles._item_start)
BAND_WITH_WORDS = regex.compile(r"\s*【[^【】]{1,40}】\s*\S")
TOP = frozenset(s.name for s in SYSTEMS if s.top)
BESIDE = frozenset(s.name for s in SYSTEMS if s.beside)
FOLLOWS = frozenset(s.name for s in SYSTEMS if s.follows)



# Convention (blind28b: a font whose text layer maps its full-size figures to the subscript digits U+2080–2089 — a
# tax table's note prints "₂　例示申告書の…" where the page shows a 2 of the text's size): a subscript digit
# opening the line, a space after it, is a label's digit (its value: unicodedata.digit); a real subscript follows a
# letter (CO₂, H₂O), no space.
_SUBSCRIPT_OPENING = regex.compile(r"^(\s*)([\u2080-\u2089])(?=\s)")


@lru_cache(maxsize=1 << 16)   # the same line is read by the roles, goals and headings
def folded(text: str) -> str:
    """The line as the patterns read it: widths folded, runs of space one space (a line holding none,
    normalizers.text.no_white_space, is as folded: 3,088 of the 7,380 read over the corpus, the pattern not asked).
    Convention (blind25c: a word processor's export, a zero-width space U+200B or U+FEFF set around every run of the
    line, ​１．あいさつ​): a zero-width space is no character the patterns read — it prints nothing, so a label it
    stands before or after opens the line and touches its title as printed (normalizers.text.visible); a subscript
    digit opening the line before a space is the figure it stands for (_SUBSCRIPT_OPENING: ₂　… reads 2　…)."""
    text = visible(fold_width(text))
    if "\u2080" <= text.lstrip()[:1] <= "\u2089":
        text = _SUBSCRIPT_OPENING.sub(lambda m: m.group(1) + str(unicodedata.digit(m.group(2))), text)
    return text if no_white_space(text) else _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)   # a document's lines open with a few hundred characters
def _opening_with(first: str, apart: bool = False) -> tuple[tuple[str, str, regex.Pattern], ...]:
    """The systems (NUMBERING's rows, in its order; NUMBERING_APART's for a line set apart) whose
    label may open a line starting with the character `first`: the system's opening read as the
    start of a match (partial). A line a system's whole pattern matches opens as that system's
    opening does, so no other system can match it: the others are never asked."""
    if (_OPENS_APART if apart else _OPENS).match(first, partial=True) is None:   # most characters: none
        return ()
    rows = NUMBERING_APART if apart else NUMBERING
    return tuple(row for opening, row in zip(_OPENINGS_APART if apart else _OPENINGS, rows)
                 if opening.match(first, partial=True) is not None)


@lru_cache(maxsize=1 << 14)   # a few patterns, a few hundred first characters
def may_open(pattern: regex.Pattern, first: str) -> bool:
    """The pattern may match a text opening with the character `first` (read as the start of a match)."""
    return pattern.match(first, partial=True) is not None


def match_opening(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """pattern.match(text), asked only of a text whose first character may open a match (may_open:
    read once per pattern and character): most lines open as no caption, item or article does."""
    return pattern.match(text) if may_open(pattern, text[:1]) else None


def may_open_label(s: str) -> bool:
    """The folded line's first character may open some system's label (_opening_with: read once
    per character, not once per line): a line opening otherwise has no label, wherever a gap
    splits its first glyphs."""
    return bool(_opening_with(s[:1]))


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def _small_roman(label: str) -> int | None:
    """The value of a bracketed lower-case roman numeral ((iv) → 4), None for another label."""
    m = regex.fullmatch(r"\(([ivx]{1,5})\)", label)
    if m is None:
        return None
    values = [_ROMAN_DIGITS[ch] for ch in m.group(1)]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def roman_in_its_list(label: str, before: tuple | None, after: tuple | None) -> bool:
    """Convention (an English list counted (i) (ii) (iii) … (vi)): (i), (v) and (x) read as letters alone
    (paren_letter, a list (a) … (i) runs on), but the system of a label is its list's — a letter whose roman
    value is one under the next label of the list, a roman numeral ((i) followed by (ii), (v) by (vi)), or one
    over the label before it ((iv) then (v)), is that list's roman numeral. `before`, `after`: the numbering
    (system, kind, label, title, spaced) of the labels before and after it in the text, None when none."""
    n = _small_roman(label)
    if n is None:
        return False
    return any(other is not None and other[0] == "paren_roman" and _small_roman(other[2]) == n + step
               for other, step in ((after, 1), (before, -1)))


def match_numbering(text: str, s: str | None = None, apart: bool = False) -> tuple[str, str, str, str, bool] | None:
    """(system, kind, label, title, spaced) for a line whose text starts with a number label
    (`s`: the text already folded, when the caller has it; `apart`: the line is set apart from the
    body, and only the systems whose titles may start otherwise there are tried: System.apart).
    Convention (work once): only the systems whose label may open with the line's first character
    (_opening_with) are tried, in the table's order."""
    s = folded(text) if s is None else s
    systems = _opening_with(s[:1], apart)
    if not systems or not (_OPENS_APART if apart else _OPENS).match(s):   # most lines: no system's label opens them
        return None
    for system, kind, pat in systems:
        m = pat.match(s)
        if m:
            rest = s[m.end(1):]
            return system, kind, m.group(1), clean(m.group(2)), rest[:1] == " "
    return None


def match_gapped(text: str) -> tuple[str, str, str, str, bool] | None:
    """match_numbering for a line whose label stands apart from its title by a visible gap (`text`: the
    line with a space at the gap), where the title may open with a counter (_GAPPED_TITLE)."""
    s = folded(text)
    for system, kind, pat in NUMBERING_GAPPED:
        m = pat.match(s)
        if m:
            return system, kind, m.group(1), clean(m.group(2)), True
    return None


# 第4章 alone on its line: a part's, chapter's or section's label set as an emblem, its title beside it
# (title_lines.title_beside); the systems of the 第 outline that open a part of the document
_ALONE = [(s.name, s.kind, regex.compile(rf"^({s.label})\s*$")) for s in SYSTEMS
          if s.outline and s.outline[0] == "第" and s.name in ("part", "chapter_kanji", "section_kanji")]


def label_alone(text: str) -> tuple[str, str, str] | None:
    """(system, kind, label) for a line holding only a label of 第N部, 第N章 or 第N節, nothing after it."""
    s = folded(text).strip()
    if not s.startswith("第"):
        return None
    for system, kind, pat in _ALONE:
        if m := pat.match(s):
            return system, kind, _SPACES.sub("", m.group(1))
    return None


_NUMBER_ALONE = regex.compile(r"^([0-9]{1,2})$")
# a section's number N-N alone on its piece (2-1 in a box of its own at a band's head, its title beside it)
_DECIMAL_ALONE = regex.compile(r"^([0-9]{1,2}[-－][0-9]{1,2})$")


def decimal_alone(text: str) -> bool:
    """A line holding only a section's number of two parts joined by a hyphen (2-1, ３－２), nothing after it."""
    return _DECIMAL_ALONE.match(_SPACES.sub("", folded(text))) is not None


# Convention (blind28b: a table printed in numbered parts, one a page, （一） over its first page, （二）… over the next):
# a part's number alone in brackets, in kanji or in figures (ruled_tables._next_part)
_PART_ALONE = regex.compile(r"^\(([一二三四五六七八九十]+|[0-9]{1,2})\)$")


def part_alone(text: str) -> int | None:
    """The number of the part a line labels holding only that number in brackets (_PART_ALONE: （三） → 3, (2) → 2), white
    space out; None for any other line."""
    m = _PART_ALONE.match(unspaced(fold_width(text)))
    return kanji_to_int(m.group(1)) if m else None


def number_alone(text: str) -> tuple[str, str, str] | None:
    """(system, kind, label) for a line holding only a bare number (３): a section's number set as an
    emblem beside its title (headings._emblem), labelled as the bare_number system's (１　目的)."""
    m = _NUMBER_ALONE.match(folded(text).strip())
    return None if m is None else ("bare_number", "chapter", m.group(1))


# items of one list set side by side on a row: the label of the line's own system numbered one on
# stands inside the line (４．あまり共感できない（108）　５．共感できない（25）): the form of that
# label and what may not follow it (5.0 is a number, no label)
_NEXT_ON_ROW = {"number": ("{}.", r"(?![0-9])"), "half_paren_number": ("{})", ""), "paren_number": ("({})", "")}
_NOT_DIGIT = regex.compile(r"[^0-9]")   # compiled once: a label's digits are read for every numbered line


def next_on_row(numbering: tuple[str, str, str, str, bool]) -> bool:
    """The line's label is followed on its row by the next label of its system (４．… ５．…, or
    ① … ② …; not as a digit of a longer number): items of a list set side by side, a row of the list.
    Convention (a review report's data heading: 1）腸管排出（添付資料4.2.2.7.1-2）): a number joined by a hyphen to the
    one before it is a part of a compound number (an attachment's number 4.2.2.7.1-2), no next label.
    Convention (an exam's listing: (c) f(2);　(d) f(3); on one row, the calls a question asks about): a
    lettered label followed on its row by the next letter's, (c) … (d) …, is items side by side too."""
    system, _, label, title, _ = numbering
    if system == "circled" and len(label) == 1:
        return chr(ord(label) + 1) in title
    if system == "paren_letter":
        letter = label.strip("() ")
        return len(letter) == 1 and letter not in "zZ" and f"({chr(ord(letter) + 1)})" in title
    form = _NEXT_ON_ROW.get(system)
    digits = _NOT_DIGIT.sub("", label)
    if form is None or not digits:
        return False
    following = form[0].format(int(digits) + 1)
    if following not in title:   # most lines: the next label is nowhere in the title
        return False
    return regex.search(r"(?<![0-9.\-‐－–])" + regex.escape(following) + form[1], title) is not None


# the first label of a count, in any system's form: 1, １．, (1), ①, ⑴, ア, 一, Ⅰ, 第1 …
_FIRST_LABEL = regex.compile(r"^[^0-9一二三四五六七八九十]*?(?:0*1(?![0-9])|[\u2460\u2474\u2488\u2776\u3251アⅠ]|一(?![一二三四五六七八九十]))")


def first_label(label: str) -> bool:
    """The label opens a count: its number is one (1, １．, (1), ①, ア, 一, Ⅰ) — a count starting again."""
    return _FIRST_LABEL.match(fold_width(label)) is not None


# a decimal label whose last number is one (２.１, 3-1, 7.R.1): the first section under the part its first numbers name
_FIRST_IN_PART = regex.compile(r"^[0-9]{1,2}(?:[.-](?:[0-9]{1,2}|[A-Z]))*[.-]0*1\.?$")


def first_in_part(label: str) -> bool:
    """The label opens a count within the part its outer numbers name (２.１ after the chapter numbered 2): a
    decimal label whose last number is one, whatever the numbers before it."""
    return _FIRST_IN_PART.match(fold_width(label)) is not None


def label_number(numbering: tuple[str, str, str, str, bool]) -> int | None:
    """The number a label of a system counted one by one carries (２． → 2, ③ → 3), None for another
    system (the forms of _NEXT_ON_ROW and the circled numbers)."""
    system, _, label, _, _ = numbering
    if system == "circled" and len(label) == 1:
        k = ord(label)
        return k - 0x2460 + 1 if k <= 0x2473 else k - 0x3251 + 21
    digits = _NOT_DIGIT.sub("", label)
    return int(digits) if system in _NEXT_ON_ROW and digits else None


_DECIMAL_OUTER = regex.compile(r"^([0-9]+)\s*(?:-|\.\s*)[0-9]")


def decimal_outer(label: str) -> int | None:
    """The number of the section a decimal label (the decimal system's: １．２, 1-2) stands under, its first
    number (１．２ → 1); None for any other label."""
    m = _DECIMAL_OUTER.match(fold_width(label))
    return int(m.group(1)) if m else None


def previous_label(numbering: tuple[str, str, str, str, bool]) -> regex.Pattern | None:
    """The label of the line's own system numbered one before its own (２． → １．, ③ → ②), as it
    may stand inside another line (not as a digit of a longer number), on the width-folded text;
    None for a first label or a system with no such form."""
    system, _, label, _, _ = numbering
    if system == "circled" and len(label) == 1 and label not in ("\u2460", "\u3251"):
        return regex.compile(regex.escape(chr(ord(label) - 1)))
    form = _NEXT_ON_ROW.get(system)
    digits = _NOT_DIGIT.sub("", label)
    if form is None or not digits or int(digits) < 2:
        return None
    return regex.compile(r"(?<![0-9.])" + regex.escape(form[0].format(int(digits) - 1)) + form[1])


# ---------------------------------------------------------------- goal labels
GOAL_KINDS = ("戦略目標", "大目標", "具体目標", "目標")
_GOAL_WORD = "|".join(GOAL_KINDS)
# ＜戦略目標1＞ text, 大目標: text, 目標 on a line of its own; 大目標「…」の確立 (no space: the goal's
# title opens with a quotation bracket)
GOAL_LABEL = regex.compile(rf"^[<＜]?({_GOAL_WORD})([0-9]*)[>＞]?(?:(?:[:：\s]\s*(.*))?$|(?=[「『])(.*)$)")


_GOAL_WORD_END = "目標"   # every goal label's word ends so (GOAL_KINDS): a line without it opens none
assert all(kind.endswith(_GOAL_WORD_END) for kind in GOAL_KINDS)


def goal_label(text: str, s: str | None = None) -> tuple[str, str, str] | None:
    """(kind, number as printed, text on the same line) of a goal label line (width-folded;
    `s`: the text already folded); GOAL_LABEL is asked only of a line holding 目標 (most hold none)."""
    s = folded(text) if s is None else s
    if _GOAL_WORD_END not in s:
        return None
    m = GOAL_LABEL.match(s)
    if not m:
        return None
    return m.group(1), m.group(2), clean(m.group(3) or m.group(4) or "")


def match_goal_label(text: str, s: str | None = None) -> tuple[str, str, str] | None:
    """(kind, number read as an integer, text on the same line) for a goal label line."""
    m = goal_label(text, s)
    if not m:
        return None
    kind, number, same_line = m
    return kind, str(kanji_to_int(number)) if number else "", same_line


# ---------------------------------------------------------------- items and other line kinds
# Word's 囲い文字 (a letter enclosed in a circle or a square): the enclosing glyph is a piece of its own
# set over the letter, which starts under it; a piece ending with one of these encloses the next
# piece's first letter (○ over ア: ○ア, the label of a list item marked ○)
ENCLOSING = "○◯□◇"


def encloses_next(text: str) -> bool:
    """The piece ends with a glyph drawn to enclose the letter set under it (囲い文字)."""
    s = text.rstrip()
    return bool(s) and s[-1] in ENCLOSING


# Convention (約物の詰め, JIS X 4051: 、。，．）」 end and （「 open in half an em of ink on a full em; typesetters — TeX's
# JFM, InDesign, Word's 文字間隔の調整 — take the blank half out where such marks meet or close a row, so the next piece
# starts inside the em box the text layer gives the mark before it)
CLOSING_MARKS = "、。，．）」』】〕〉》］｝"
OPENING_MARKS = "（「『【〔〈《［｛"


def kerned_marks(last: str, following: str) -> bool:
    """The piece `last` ends with a closing mark, or `following` opens with an opening one: the pair a
    typesetter sets closer than their em boxes (約物の詰め)."""
    a, b = last.rstrip(), following.lstrip()
    return bool(a) and a[-1] in CLOSING_MARKS or bool(b) and b[0] in OPENING_MARKS


# a bullet, a circled number or an enumeration with its space (1. …) opens an item of a list
ITEM_START = regex.compile(rf"^\s*(?:[{BULLETS}{CIRCLED}]|{BY_NAME['number'].label}\s)")
# 図1, 表2, 資料3 … and a figure's source or credit line under it (資料：…作成, 出典：, 提供：, 注：): no heading
# (参考1 opens a section of reference matter: System "reference")
# 記載例１, 別紙２ alone on a line set apart (a small frame at an example's or an annex's top): a word and
# its number, a label with no title (the frame holds nothing else), as 付録１ labels an appendix
LABEL_ALONE = regex.compile(rf"^((?:\p{{Han}}|\p{{Katakana}}){{2,4}}\s?{N})$")
# （参考）本対応策の所要額: a bracketed tag — a word of up to four letters, no number — before a title on its
# line (a reference part's or an annex's heading): the title is set apart, the tag marks its kind; a line
# bracketed whole ((単位：億円)) or opened by a numbered bracket ((1), an item's label) is no such title; so is
# a 【…】 tag before a title (【参考】区市町村別患者数…: a statistics sheet's part over its table; headings._tag_led)
BRACKET_TAG = regex.compile(r"^(?:[（(]\p{L}{1,4}[）)]|【\p{L}{1,4}】)\s*[^\s（()）【】]")
# a questionnaire's part opens its title with the respondents it addresses in a 【…】 tag (Ⅱ 【船主協会対象】
# 船荷証券等の利用割合に関する調査): the title is the words after the tag — or, where the tag runs on to the
# next row (Ⅲ 【船会社・…・損 / 保会社】…), the tag's own words, its bracket opened
ADDRESS_TAG = regex.compile(r"^【(?:[^【】]+】\s*)?")
# 〔例３〕, ［例４］ opening a line: the caption of an example that follows (a model provision or a sample
# form in its frames: 〔例３〕１年単位の変形労働時間制の規程例), as 図１ captions a figure: it names the
# block, no part of the document's outline. A white paper numbers its figures and tables by part,
# chapter and place, the word after the number (第1-1-8図 婚姻件数…, 第2-3-1表 …): a caption as 図１ is; a budget
# book numbers its tables alone (第１表　歳入歳出予算, 第３表　地方債: the table's caption; 第１表のとおり is a sentence).
# A survey report or a white paper names a chart or a table 図表 (図表１, 図表4-2), often in a 【…】 band over
# it (【図表１ 性別構成】), or in angle brackets (＜図表１：LINE サービス規約に基づいた利用＞, a discussion paper's
# figure): the bracket holds a caption as 図１ is, no sub-heading
_CAPTION_BRACKET = "[【＜<〈]"   # the bracket a caption may open in (【図表１ 性別構成】, ＜図表１：…＞)
_FIGURE_WORD = "図表|図|Figure"   # the word a figure's number follows (図表1, 図6, Figure 2): CAPTION's and FIGURE_TITLE's
CAPTION = regex.compile(rf"^(?:{_CAPTION_BRACKET}\s*(?=図表|図\s*[0-9]|表\s*[0-9]))?(?:(?:{_FIGURE_WORD}|表|Table|資料|別添)\s*[0-9]+"
                        r"|(?:資料|出典|提供|注|備考)\s*[：:]"
                        r"|[〔\[]例\s*[0-9]+[〕\]]|第\s*[0-9]+(?:\s*[-－‐―ー]\s*[0-9]+)*\s*(?:図|表)(?![のにをはがでと、。]))")
# a figure's own caption over it, by its number (【図6．北野駅および…】, 図表1, Figure 2): CAPTION's bracket and figure's
# word — not a table's (its rows follow) nor a source or a note under a figure (資料：, 注：)
FIGURE_TITLE = regex.compile(rf"^{_CAPTION_BRACKET}?\s*(?:{_FIGURE_WORD})\s*[0-9]")
# 別紙1 国庫補助事業と地方単独事業の取扱について, 別添２　…: an enclosure's label (別紙, 別添, 別表, 参考資料 and its
# number) and its name on one line: a line of a letter's list of enclosures (LineRole.enclosure)
ENCLOSURE = regex.compile(rf"^(?:別紙|別添|別表|参考資料)\s?(?:{N}|{KANJI_NUMBER})[\s\u3000]+\S")
# 項目：値 — a short item name (up to six letters, letter-spaced or not) and a colon opening the line,
# its value after it (団 体 名 ： 山川村, 策定日：平成30年3月): a form's or a profile's field, no heading
# a blank to fill in (blind25c: a form's rows, 乗車する駅…（　　　　　　　　）, 所要時間は、約　　　　　　分): an empty
# pair of brackets, spaces only between them, or a unit after a wide blank closing the row
# …or a date with no figure in it, alone on its row (blind27d: a 参考 sample agreement under a handbook's last section,
# 「年　　月　　日」 over the parties' rows): the date left blank to fill in
_ERA = "|".join(ERAS)   # an era's name (normalizers.dates.ERAS), as a blank date may print it
FORM_BLANK = regex.compile(rf"[（(][ \u3000]{{2,}}[)）]|[ \u3000]{{3,}}[{one_of(BLANK_UNITS)}]$"
                           rf"|^[ \u3000]*(?:{_ERA})?[ \u3000]*年[ \u3000]+月[ \u3000]+日[ \u3000]*$")
FIELD_ROW = regex.compile(r"^(?:\p{L}\s*){1,6}[：:](?!//)\s*\S")   # (a web address's scheme is none)
# 項目：値 in a card's cell (名称：刀, コンテンツ記述：68.1弱, アグリゲーター：Y DB): a record's item name, one word of up to
# twelve letters, and its value after the colon (cells.record_card: a record drawn as a card, no table)
CARD_FIELD = regex.compile(r"^\p{L}{1,12}[：:](?!//)\s*\S")
# Convention (a notice's contacts: ●計画に関するお問合せ　北野河川国道事務所　計画課, 連絡先　…課　電話 059-…): a row naming
# whom to ask — its key 問い合わせ(先) or 連絡先 — and, after it on the row, the office or the telephone number: a field,
# its key no title (a key alone, 連絡先：, heads the contacts under it); no sentence runs through it (、。)
CONTACT_ROW = regex.compile(rf"^[{BULLETS}･\s]*[^\s、，,。]{{0,16}}?(?:問い?合わ?せ先?|連絡先)[\s：:]*[^\s、，,。][^、，,。]*"
                            r"(?:署|課|局|部|室|所|係|班|グループ|センター|[0-9０-９]{2,4}[-－ー‐][0-9０-９]{2,4}[-－ー‐][0-9０-９]{3,4})$")
# Convention (a flyer's or a notice's contact block: 【お問い合わせ先】 over the office, its hours and telephone): a band
# whose words are a contact's key alone keys the block under it, as a field's key does — no heading
CONTACT_BAND = regex.compile(rf"^[【［\[<＜〈]\s*{CONTACT_WORDS}\s*[】］\]>＞〉]$")   # the words: normalizers.bodies
# a contents entry's leader dots and the page number after them (第一部 基本的事項 ……… 1): what is left is its title
# (contents.is_toc_line; picture_labels.numbered_in_series compares an entry's title with a heading's)
LEADER_MARKS = ".．・·…‥⋯"
CONTENTS_LEADERS = regex.compile(rf"(?:[{LEADER_MARKS}]\s*){{4,}}\s*[0-9]*\s*$")
_LEADERS_END = frozenset(LEADER_MARKS)


def ends_on_leaders(text: str) -> bool:
    """The text ends as CONTENTS_LEADERS asks, a leader mark last once its white space and page number (ASCII digits)
    are taken off its end (str.rstrip's white holds the pattern's \\s): a text ending otherwise — most lines — has no
    leaders, and the pattern, searched from every character, is not asked (contents.is_toc_line: of the corpus's
    7,383 lines 46 end so, 10 are contents lines)."""
    return text.rstrip().rstrip("0123456789").rstrip()[-1:] in _LEADERS_END
# a label printed as a picture, as read from it (extractors/picture_labels.py): 1), (1), 1., and a section's
# two numbers 1.1. (a chapter's number and its own: four glyphs, the most a picture label is read of)
PICTURE_LABEL = regex.compile(r"^(?:[0-9]{1,2}[).]|[0-9]\.[0-9]\.|\([0-9]{1,2}\))$")
# a "title" with no letter at all (5-35-4: a figure's step numbers run together, read as 5-35 and -4)
# Convention (academic and technical Japanese — a university's or an institute's papers, TeX-set booklets, 公用文 since
# 2022's 公用文作成の考え方 — closes its sentences with the full-width full stop ． and separates with ，): a ． or .
# right after a Japanese letter or a closing bracket ends a sentence as 。 does. Asked of a title after its label (a
# label's ． follows a digit or a kanji numeral: １．, 一．, never this stop), by whatever decides "a sentence".
FULL_STOP = regex.compile(r"。|(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー）」』])(?<![一二三四五六七八九十百〇])[．.](?![0-9０-９])")


def has_full_stop(text: str) -> bool:
    """A sentence's end (。, or ． / . after a Japanese letter: FULL_STOP) stands in `text`."""
    return "。" in text or ("．" in text or "." in text) and FULL_STOP.search(text) is not None


def breaks_off(text: str) -> bool:
    """`text` breaks off at a comma: 、, or ， / , right after a Japanese letter (the academic comma of FULL_STOP's
    convention), at the dash with which an English statute's clause leads into its list (…means —, …requires —),
    or at the object particle を, whose verb the next row holds (＜重要＞…確認できるものを / ご提出ください: a notice's
    sentence set large; a Japanese title ends in a noun, とは, について, never を) — a clause that runs on, no title."""
    t = text.rstrip()
    return t.endswith(("、", "，", "—", "を")) or t.endswith(",") and FULL_STOP.search(t[:-1] + ".", len(t) - 1) is not None


# Convention (an English statute's section: its number in bold opens its text, 1. This Act may be cited as the …
# Act.; 2.—(1) In this Act, …): the text after a label is a sentence when it closes with a full stop after a word
# (of three letters or more: et al. and No. are abbreviations) or opens with the dash that runs a section's number
# into its first subsection — an English title ends with neither
_ENGLISH_SENTENCE = regex.compile(r"^[—―].|(?<=\p{L}\p{Ll}{2})\.\s*$")


_ENGLISH_STOP = regex.compile(r"(?<=\p{L}\p{Ll}{2})\.(?:\s|$)|[—―:]\s*$")


def closes_a_sentence(text: str) -> bool:
    """Rows run together (`text`) hold a sentence's end: FULL_STOP's, or in English text a full stop after a word
    of three letters or more, or the dash or colon that leads a clause into its list (…from—, …purposes:)."""
    return has_full_stop(text) or LATIN_TEXT.match(text) is not None and _ENGLISH_STOP.search(text) is not None


def english_sentence(title: str) -> bool:
    """The title of a labelled English line is a sentence (_ENGLISH_SENTENCE), not a title."""
    return LATIN_TEXT.match(title) is not None and _ENGLISH_SENTENCE.search(title.strip()) is not None


def ends_with_full_stop(text: str) -> bool:
    """`text` closes with a sentence's end (FULL_STOP): 。, or ． / . right after a Japanese letter."""
    t = text.rstrip()
    return t.endswith("。") or t[-1:] in ".．" and FULL_STOP.search(t, len(t) - 1) is not None


NO_LETTER = regex.compile(r"^[^\p{L}]+$")
# Convention (a question's part set as a formula after its label, typeset by TeX: （b）lim on the label's row, its limit
# x→π/4 and its operand on the rows under it): the names TeX sets as operators (\lim, \sin, \log, \max …)
_OPERATORS = frozenset("lim limsup liminf sup inf max min sin cos tan cot sec csc sinh cosh tanh arcsin arccos arctan "
                       "log ln lg exp det dim ker deg arg gcd Pr".split())


def formula_title(title: str) -> bool:
    """The title is a formula: an operator's name (_OPERATORS) and nothing else of a word — single letters, digits,
    signs and brackets around it (lim, sin x, max(a, b)): it names nothing a heading would."""
    words = regex.findall(r"\p{L}+", title)
    return any(w in _OPERATORS for w in words) and all(w in _OPERATORS or len(w) == 1 for w in words)
# a label's title that is only a short bracketed remark ((略), (削除)): a provision left out of a quotation, no title;
# never the bracket naming the provisions an attachment serves (別表（第３条関係）: SERVES_PROVISIONS), its title
OMITTED = regex.compile(r"^\s*[（(][^（）()]{1,6}(?<!関係)[）)]\s*$")
# what a schedule's entry holds beside its dates: weekdays ((土)), further days and months of the same
# entry (・20日(土), ／12月2日), the marks between them and a note's ※ — no word
_SCHEDULE_REST = regex.compile(r"[（(][月火水木金土日祝][）)]|[0-9０-９]{1,2}\s*[月日]|[・/／~～〜、,，\s※]|から|まで")


def schedule_entry(title: str) -> bool:
    """Convention (a survey's or an event's list of dates: ① 令和５年５月13日(土)・20日(土)※ / ② 令和５年９月９日(土)):
    an enumerated line whose words are its dates only is an entry of a schedule, no title of a part.
    A title in which no date can be found (dates.may_find_date: most titles) is none, the pattern not asked."""
    if not may_find_date(title):
        return False
    rest = DATE.sub("", title)
    return rest != title and not _SCHEDULE_REST.sub("", rest)
BLOCK_LABEL = regex.compile(r"^[<＜][^<>＜＞]{1,12}[>＞]$")   # ＜取組＞, ＜参考＞: another block begins
# 法令's articles (条文): the article number opens the article's first line (第１条　この規程は…, 第２条の２…),
# its caption (見出し) in brackets on the line above ((通則)); read
# on the folded line (widths folded: （ is "(")
# an article's number: 第１条, 第１０ 条 (a word processor's autospace), 第二条の二; a treaty's regulations number their
# articles as rules (特許法条約規則 第2規則: Rule 2), read as its articles are
_ARTICLE_NUMBER = rf"第(?:{_ARTICLE_N3}|{KANJI})(?:条|規則)(?:の(?:{N}|{KANJI}))?"
ARTICLE = regex.compile(rf"^({_ARTICLE_NUMBER})(?:\s|\(|$)")
# an article's number anywhere in a line (第2条～第7条 [略], 特許法第三十八条の三…): the line cites an article, so it names
# no law whose articles follow (article_headings.law_name)
CITES_ARTICLE = regex.compile(_ARTICLE_NUMBER)


def law_name_words(words: str) -> bool:
    """Folded words that can name a law over its quoted articles (特許法 / (特許の要件) / 第29条 …): they open with a
    letter (no paragraph's number, 4 (略), no bracket), close no sentence and cite no article (CITES_ARTICLE). The one
    test of the name, asked by the cover of a row under its title (cover._over_first_article) and by the flow of a line
    (article_headings.law_name); what stands under it — an article — each asks of its own records."""
    return bool(words) and unicodedata.category(words[0]).startswith("L") and "。" not in words \
        and CITES_ARTICLE.search(words) is None


# 要綱・要領 (公用文): an article numbered 第Ｎ with no 条 (第１　この要領は…), headed by its caption in brackets on
# the line above as a statute's article is ((目的) / 第１　…); read only on the line right under such a caption
UNSUFFIXED_ARTICLE = regex.compile(rf"^(第(?:{N}|{KANJI}))\s")
# …and right under such a caption, a statute's article number run into its text (第1条この基準は…: the space
# after the number lost, as an OCR layer over a scanned page loses it): the caption says an article opens there
GLUED_ARTICLE = regex.compile(rf"^({_ARTICLE_NUMBER})(?=\p{{Han}}|\p{{Hiragana}}|\p{{Katakana}})")
# Convention of 改め文 (a bill, rule or notice that amends another: …の一部を次のように改正する。 then
# instructions): an instruction opens with the provision it amends (第３条第２項中…, 附則第７条…, 別表…, 同条…)
# and closes with an amending verb (…に改める。 …を加える。 …を削る。 …とする。), with no topic of its own
# (は、) outside the quoted words 「…」 (read with them removed: AMENDED_WORDS); one that closes with 次のように
# 改める。 or 次の…を加える。 announces the amended text that follows (AMENDMENT_ANNOUNCES)
AMENDMENT_INSTRUCTION = regex.compile(rf"^(?!.*は、)(?:附則|別表|別記|様式|目次|本則|同[条項号表章節款]|第(?:{N}[0-9]?|{KANJI})"
                                      r"[条章節款項号])[^。]*(?:改める|加える|削る|とする|改正する)。$")
AMENDMENT_ANNOUNCES = regex.compile(r"(?:次のように改める|次の[^。「」]{1,12}を加える)。$")
# Convention of 法令 (別表第一（第三条関係）, 別記様式（第５条関係）): an attachment's heading closes with the
# bracket naming the provisions it serves; the line under it names its table or form, no part of its title
SERVES_PROVISIONS = regex.compile(r"関係\)$")
AMENDED_WORDS = regex.compile(r"「(?:[^「」]++|(?R))*」")
_ARTICLE_PRINTED = regex.compile(r"^\s*第\s?[0-9０-９一二三四五六七八九十百〇]+\s?(?:条(?:の[0-9０-９一二三四五六七八九十百〇]+)?|(?=[\s　]))\s*")


def after_article(text: str) -> str:
    """A printed line without the article number that opens it (第１条　この規程は… → この規程は…)."""
    return _ARTICLE_PRINTED.sub("", text, count=1)


# 記書き (notices, forms, pledges): 記 alone on its line, centred, announces the particulars listed under
# it (１．変更の内容 / ２．…: the items a form asks for, the points a pledge swears to); 以上 alone on its
# line closes them
# a line naming the topic of the passage under it (「土砂災害警戒区域等」について, 内水浸水想定（…）について):
# a title, never a sentence, which closes with a predicate and its 。 Narrower than a paper's subject (SUBJECT_LINE):
# について closing the line, no bracket after it and no …のお知らせ (those read as topics too would make a
# newsletter's ○○相談のご案内 a heading: measured, no byte-identical change, left for the headings' owner)
TOPIC = regex.compile(r"について$")
PARTICULARS = regex.compile(r"^記$")
CLOSING = regex.compile(r"^以上$")
# (通則), (補助額、補助率及び補助対象経費): a caption alone on its line (a list of names joined by 、 as well;
# a sentence's 。 never)
ARTICLE_CAPTION = regex.compile(r"^\(([^()。]{1,40})\)$")
# an article's number with its caption after it on the line, nothing else (第１条（目的）, 第２条 定義,
# 第８条 記載(Writing)): a caption names, it holds no 、 or 。 (第１条 この規程は、… opens the article's text);
# group 1 a bracketed caption, group 2 one after a space (read on the folded line)
ARTICLE_TITLE = regex.compile(rf"^{_ARTICLE_NUMBER}"
                              r"(?:\s*\(([^()。、，,]{1,40})\)|\s+([^\s()。、，,][^。、，,]{0,78}))\s*$")
# Convention (a daily figures sheet's first section, 1　病床使用率等, set larger than the as-of line over it; a notice's
# 3　総合評価に関する事項): a bare figure and a space before a word, as printed, opens an outline's first level (公用文's
# １　目的) — a count's unit after the figure (10 年後, 2 つの, 5 人: normalizers.numbers.FIGURE_UNITS) is none
BARE_FIGURE_OPENING = regex.compile(rf"^[0-9０-９]{{1,2}}[ \u3000]+(?![{one_of(FIGURE_UNITS)}])[^\s0-9０-９.．,，:：/%％]")
# a cover row that opens an outline (１．, 第１, （１）, ①, ⑴, ア．, Ⅰ．) or a list, or names a part of the
# document (目次, 要旨, 主文 …): never the title or the issuer (the cover is read before the flow: rows, not lines)
COVER_NOT_A_NAME = regex.compile(r"^(?:[0-9０-９]+[.．、)）]|第[0-9０-９一二三四五六七八九十]+[部章節]?(?:\s|$)|[（(][0-9０-９一-十]+[）)]"
                                 r"|[①-⑳⑴-⒇]|[ア-ン][.．、]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[.．、]|[" + BULLETS + r"]"
                                 r"|[＜<【〈]?(?:目次|目\s*次|要旨|概要|はじめに|主\s*文|理\s*由)[＞>】〉]?$)")
# an amount or a share as a budget prints it beside an item (255,655億円, 26.0 億円, 12.5%); in an English
# version, the yen in billions or trillions (¥1,809.7bn, 31,817.1bn, -2.0bn, ¥15tn)
# a figure and its unit, the choice left open; an amount over a trillion counts its 兆 first (２兆７，１７９億円)
_AMOUNT = r"[0-9０-９][0-9０-９,，.．]*\s*(?:兆\s*[0-9０-９][0-9０-９,，.．]*\s*)?(?:(?:兆|億|万|千|百万|十億)?円|[%％]"
FIGURE = regex.compile(_AMOUNT + r")"
                       r"|[¥￥]?[-−]?[0-9][0-9,.]*\s*(?:bn|tn)\b")
# a value a price list or a schedule sets at the right of a row: an amount, a share, points (a fee schedule's
# 1,250点) or a count (12件, 3人)
ROW_VALUE = regex.compile(_AMOUNT + r"|点|件|人|回)")
# …or a rate in words a fee schedule sets there in its place (所定点数の100分の160に相当する点数): a phrase, no
# sentence, closing on the unit the list counts in
ROW_RATE = regex.compile(r"^[^。、，,]{2,30}(?:点数|金額|額)$")
# the characters a row's value closes on (ROW_VALUE's units, ROW_RATE's words): a text ending otherwise is
# no value, and neither pattern is asked of it (row_value)
ROW_VALUE_ENDS = frozenset("円%％点件人回数額")
# the characters FIGURE closes on: its units (円, %, ％), the n of bn and tn (a_figure)
_FIGURE_ENDS = frozenset("円%％n")
_WIDE_GAP = regex.compile(r"\s{3,}")   # the white a row sets between its title and its figure flush right


def row_value(text: str) -> bool:
    """The text (its spaces aside) is a row's value (ROW_VALUE: 1,250点, 3,500円), or a rate in words (ROW_RATE):
    the one test of a value set alone — a schedule's row closing on it (schedule_rows), a column of them beside
    the rows (reading_order.gutters). One whose last character (white space aside) is none a value closes on
    (ROW_VALUE_ENDS: most texts) is none: no space taken out of it, no pattern asked."""
    s = clean(text)
    if s.rstrip()[-1:] not in ROW_VALUE_ENDS:
        return False
    bare = _SPACES.sub("", s)
    return ROW_VALUE.fullmatch(bare) is not None or ROW_RATE.match(bare) is not None


def a_figure(text: str) -> bool:
    """The text is a figure alone (FIGURE: 255,655億円, 12.5%, ¥125.9bn), spaces aside: the one test of a figure
    set apart — the amount a row closes on (with_its_figure), a figure beside or under a title (title_lines,
    deck_headings). A figure ends on its unit (円, %, ％) or on bn or tn (_FIGURE_ENDS): a text whose last letter is
    another (of the corpus's 8,068 texts asked, 51 end so, 7 are figures) is none, no space taken out
    of it, no pattern asked; the white space after the unit is white for str.rstrip as for the pattern's \\s."""
    s = clean(text)
    if s.rstrip()[-1:] not in _FIGURE_ENDS:
        return False
    return FIGURE.fullmatch(_SPACES.sub("", s)) is not None


def with_its_figure(text: str) -> bool:
    """Convention (a budget summary's rows: "感染の拡大に備えた対応力の充実強化　　　26.0 億円", "◆困窮学生等に対する
    支援　　　153 億円"): a row of a title and its amount set flush right, white between them (the row's raw
    text, its spaces kept). A text holding no white space (no_white_space: 4,921 of the corpus's 8,385 lines) is one piece, the
    pattern not asked."""
    t = text.strip()
    if no_white_space(t):
        return False
    pieces = _WIDE_GAP.split(t)
    return len(pieces) == 2 and a_figure(pieces[1])


# Convention (a circular handed round a neighbourhood): the circulation stamp 回覧 (供覧) framed at the top of its
# first page labels the paper as a 資料Ｎ stamp does; on a scan the OCR may read the frame's sides as bars
# beside it (|回覧, 回覧’): they are the frame's
_CIRCULATION = r"[|｜│]?(?:回覧|供覧)[|｜│’']?"
# a meeting material's stamp or a document's label at the top of a page (資料２－１, 参考資料3, 別添, 別紙１２;
# a form's number either way round: 様式第１号, 第１号様式, 別紙様式１ — a form set out as an attachment);
# a council paper's number in its session (議案第１２号, 報告第３号, 諮問第１号: the bill, report or inquiry it is)
# an attachment's label among those stamps, numbered or not, in brackets or bare (（別紙）, 別添, 別紙１, ［別添２］): printed
# first on a page after the first, it opens an attachment there (heading_levels._attachment_opens).
# Convention (a paper a ward's office lays before a council's standing committee: 例示委員会資料 over the date and the
# office at the top right): the committee's name before 資料 — its name in kanji, closed by 委員会 — labels the paper
# as 資料２ does, the committee it goes to, no title; a meeting's ordinal before the name (第三回例示委員会資料: the papers
# of the committee's third meeting, numbered in its series) is no part of a committee's name, and the line no stamp
_COMMITTEE = r"(?!第[〇一二三四五六七八九十百千]+回)\p{Han}{1,12}"
# Convention (a committee paper typed in Word: （１）例示窓口の受付件数␣␣␣␣␣(単位：件／令和６年度速報値), its sub-head over a
# table): the unit of the table under a heading, bracketed whole (（単位：人）), typed at the heading's row's right after
# white space — UNIT_AFTER on the row as printed; UNIT_AT_END the same unit closing the title read from it (its white
# may be collapsed): no word of the title (headings._run_on)
_UNIT_CLOSING = r"[（(]\s*単位\s*[:：][^（）()]*[）)]\s*$"   # the unit bracketed whole, closing the text
UNIT_AFTER = regex.compile(rf"\s{_UNIT_CLOSING}")
UNIT_AT_END = regex.compile(rf"\s*{_UNIT_CLOSING}")
ATTACHMENT_STAMP = regex.compile(r"^[\[【（(]?(?:別添|別紙)[0-9０-９]*[\]】）)]?$")
STAMP = regex.compile(rf"^[\[【（(]?(?:(?:資料|参考資料|別添|別紙|参考|{_COMMITTEE}委員会資料)\s*[0-9０-９A-Za-zＡ-Ｚ]*"
                      rf"(?:\s*[-－‐―ー]\s*[0-9０-９]+)*|{COUNCIL_PAPER}\s*第\s*[0-9０-９]+\s*号|{_CIRCULATION}"
                      r"|(?:別記|別紙)?様式\s*(?:第\s*)?[0-9０-９]+(?:\s*号)?(?:\s*(?:の|[-－‐])\s*[0-9０-９]+)*"
                      r"|(?:別記)?第\s*[0-9０-９]+\s*号\s*様式)"
                      r"[\]】）)]?$")
# an attachment's label in brackets opening the row of the name it labels (【別紙１】旅費支給に関する基準, （別添２）調査票):
# the label and the name (cover._label_off_title)
LABEL_OPENING = regex.compile(r"^\s*([\[【［〔（(](?:別紙|別添|別記|参考資料|資料)\s*[0-9０-９A-Za-zＡ-Ｚ]*"
                              r"(?:\s*[-－‐]\s*[0-9０-９]+)*[\]】］〕）)])\s*(\S.*)$")
# Convention (a document's status printed on its first page: [Provisional Translation] under an English
# version's date, 【仮訳】, （案） or 【暫定版】 set apart at the top, Draft, 【速報】, （未定稿）, 【公表版】; a slide deck's
# "Provisional Translation" boxed at every slide's top right; a form's filled-in sample stamped 記載例 / 記入例 / 見本 in
# a box at its top right, over the form's title; a form printed for one visit of two, 初回用 / 継続用 set at the right over
# its title in larger type — which copy it is): a line or row that holds only such a tag, bracketed
# or not (spaces out), labels the whole document — what state the paper is in — and is neither its title nor its
# issuer nor a heading: the labels pass marks it on its line (labels.label_lines: Line.label), once for every stage — on the
# first page the cover reads it into Cover.labels (cover.status_labels), at a page's top right it is a stamp. A tag that closes the title's own row (中間とりまとめ（案）) is printed
# as part of the title and stays in it.
STATUS_TAG = regex.compile(r"^[\[［【（(〔]?(?:仮訳|暫定訳|案|素案|原案|暫定版|速報|速報版|未定稿|公表版|確定版|記載例|記入例|見本|初回用|継続用|"
                           r"(?i:draft|(?:provisional|tentative|unofficial)translation))[\]］】）)〕]?$")
# Convention (an examination problem published as a specimen: "Sample" boxed at its page's top right, in type larger
# than the problem's heading under it): the specimen's mark in English (見本 is a status tag) is a stamp where a stamp
# stands (labels.stamps: the page's top right, upright), never the title; elsewhere — a watermark set at a slant across
# the text — it is no label at all
SPECIMEN = regex.compile(r"^(?i:sample|specimen)$")
# Convention (a subsidy's form or guide printed for one of its frames: 【創業型】 set at the top left of the
# first page, in larger type than the form's title centred under it, beside the form's number （様式２）): a word
# in square brackets naming the type or frame of the programme (…型, …枠: 【一般型】, 【通常枠】) alone on the
# first page's top row labels the whole document — which frame it belongs to —, as a status tag does: the cover
# reads it into Cover.labels (cover.status_labels, from the mark labels.label_lines sets), never its title nor a heading. Further down the same band
# heads the part on that frame, and stays a heading there.
CATEGORY_TAG = regex.compile(r"^[【［〔][^【】［］〔〕\s]{1,10}[型枠][】］〕]$")
# a council paper's number alone on its row (議案第１２号): the paper's label wherever the top of its first page
# sets it — flush left over the bill's title, as 議案 are printed, or at the right as a stamp
PAPER_NUMBER = regex.compile(rf"^{COUNCIL_PAPER}\s*第\s*[0-9０-９]+\s*号$")
# a notice's or an instrument's number alone on its line (写保医発1029第1号, 内閣訓令第1号; in kanji numerals as a 告示
# prints it, 内閣告示第二号): the paper's number, never its title nor a heading (cover._notice, headings._title_shaped)
DOC_NUMBER = regex.compile(rf"^\S{{0,16}}第(?:[0-9０-９]+|{KANJI_NUMBER})号$")
# Convention (a notice's form, 様式: the number left blank for the sender to fill in — 文書番号, or 第　　号 with no figure —
# where a notice prints its number; spaces out): the head of a notice to be sent, its subject the name of the paper
# (FORM_SUBJECT), never a title or a heading (cover._notice)
BLANK_DOC_NUMBER = regex.compile(r"^(?:文書番号|\S{0,16}第号)$")
# ...the subject of such a form: the row closing with the paper's kind, …交付申請書, …届出書, …変更届, …承認願
FORM_SUBJECT = regex.compile(r"(?:書|届|願)$")
# Convention (an instrument numbered in a body's name: 内閣告示第二号, 内閣訓令第1号, (通商産業省告示第518号) on its date's
# row, …(平成3年内閣告示第2号) closing its title): group 1 is the body the number names, which issues it (issuer._instrument_body).
# Convention (a 告示 as the gazette prints it, its number opened by a mark: ○厚生労働省告示第五十九号): the mark sets the
# instrument apart, no letter of the body's name
# Convention (blind28b: a 告示's table printed by the agency that applies it, its caption citing the instrument in full,
# date first — 月額表（令和５年３月31日例示省告示第10号別表第一…）): the body follows the citation's day (日), or the
# day's 付(け) as a notice cites an instrument (令和５年３月31日付け例示省告示第10号: the body 例示省, not 付け例示省)
INSTRUMENT_NUMBER = regex.compile(rf"(?:^[○〇◯]?|[（(]|年|(?<=[0-9０-９]\s?)日(?:付け?)?)([^\s（()）年0-9０-９○〇◯]{{1,12}}?)(?:告示|訓令)第(?:[0-9０-９]+|{KANJI_NUMBER})号")
# display numerals: single digits spaced apart alone on their line (5 4 3 — a leaflet's level numbers set huge
# behind its boxes); one digit alone may be a section's number beside its title (３ 婚姻・出産の状況) or a date's
# figure set apart (令和 2 年 4 月), and a year or a count has more digits
DIGIT_ALONE = regex.compile(r"^\s*[0-9０-９]\s*$")   # one digit alone on its line (a badge's numeral under its label)
DISPLAY_NUMERAL = regex.compile(r"^\s*[0-9０-９](?:\s+[0-9０-９])+\s*$")
# how a letter's or a circular's subject ends (…について（依頼）, …のお知らせ, …の件): normalizers.bodies.SUBJECT_LINE, the one
# pattern — the cover's notice and circular (cover._notice, cover._circular), a letter heading its own 記
# (headings._outside_particulars) and a body's name (bodies.names_body: a subject names none) read it
APPENDIX_ROW = regex.compile(r"^[\[【（(＜<]?別紙")   # a cover row opening with 別紙: the cover of an appendix
# a form's number set as an attachment (（別紙様式54）, 別紙様式１): a stamp (STAMP) that names the file an appendix
ATTACHED_FORM = regex.compile(r"^[\[【（(]?別紙様式")
# the bullets a heading set in the heading face may open with (○帰国者等への支援 in Gothic over a Mincho
# body: headings.py's _marked); a ・ or ※ opens a list item or a remark whatever its face
HEADING_MARKS = "○◯●■□◆◇"
# Convention (a slide's part headed by a diamond: ◆ データ連携の流れ, ◆目的): the marks that head a part of a slide
# (deck_headings._marked_parts) — a circle (● 文部科学省 - 米国エネルギー省…) leads an item, however large and bold, and
# a square (■ 現在のAI開発 | ■ …の活用) captions a slide's halves side by side as often as it heads a part. A symbol
# font sets its marks at private-use code points, U+F000 + the letter typed (Wingdings u: ◆), which the text's
# folding reads as one bullet (normalizers.text BULLET): SYMBOL_MARKS, by what the glyph draws
PART_MARKS = "◆◇"
SYMBOL_MARKS = {"\uf075": "◆"}
# a name listed with its mark (官報: ○名称): the mark, not the name. Convention (a model text's blanks: ○○川, ○○市 —
# a run of marks holds the place of a name to fill in, 伏せ字): a mark another follows is the name's, no list's
LISTED_MARK = regex.compile(r"^[○◯](?![○◯〇])\s*")
# a footnote's number opening its note: not a number run on (250,000 or 1/2 of a chart); a number
# closed by ")" (1) 2): Word's note style "1)") is the note's number, its parenthesis no part of the text.
# A number set off by an ideographic space (the typesetter's note style "１　…") opens its note whatever
# the note's first letter, a number too (１　45～49歳の未婚率…): no run of figures is set that way
# Convention (a white paper set by DTP: its notes numbered through the chapter in brackets, (1) … (5), the mark
# raised in the text and opening its note at the page's foot): a number in brackets and a space open a note as a
# bare number does (a paper's cross-reference 前掲注（9）38頁 wrapped to a line's start is no note: no space after it)
FOOTNOTE_START = regex.compile(r"^\s*(?|[(（](\d{1,3})[)）]\s+(\S.*)|(\d{1,3})(?:\u3000[\s\u3000]*|[)）]?\s*(?![\d,.，．%％/／:：~～]))(\S.*))$")
STARS = "*＊"   # the asterisks a starred note's mark opens with (STARRED): a line with neither opens none
STARRED = regex.compile(r"^\s*[*＊]\s?([0-9０-９]{1,3})(?![0-9０-９])\s*[:：]?[\s\u3000]*(\S.*)$")   # *1: or ＊２　: a note's mark
# a line that opens a note: ※ (numbered or not), ＊ or *, （注）, 注１：, as notes under a table or a figure open
# (reading_order.notes_whole: each read whole where it starts)
NOTE_LINE = regex.compile(r"^\s*(?:※|[*＊](?![*＊])|[（(]注[0-9０-９]{0,2}[）)]|注[0-9０-９]{0,2}\s*[：:])")
_NOTE_OPENINGS = "※*＊（(注"   # the characters NOTE_LINE's notes open with, after white space


def note_line(text: str) -> regex.Match | None:
    """NOTE_LINE.match(text), asked only of a text whose first letter after its white space opens a note
    (_NOTE_OPENINGS; str.lstrip's white holds the pattern's \\s): most lines open otherwise, and the pattern is not
    asked of them (reading_order._notes asks it of 7,467 lines over the corpus)."""
    return NOTE_LINE.match(text) if text.lstrip()[:1] in _NOTE_OPENINGS else None
# ※1 自治体… ※2 …: notes run together on one line at the foot, each opened by ※ and its number (run_together_notes)
REFERENCE_NOTE = regex.compile(r"^\s*※\s?([0-9０-９]{1,2})(?![0-9０-９])\s*(\S.*)$")
REFERENCE_MARK = regex.compile(r"※\s?([0-9０-９]{1,2})(?![0-9０-９])")
# Convention (notes numbered by a label, as the style guides for official and academic writing number them when
# a plain number would be read as a figure: 注１, 注2), 注3：, or a circled number ①): at a page's foot in small
# type the label opens its note, the label's number the note's; the text above calls the note by that label
# (注１ in its words, （注１）, or ① raised over its line: footnotes.labelled_called). A label in brackets, （注１）,
# opening a row is a kind of its own ("（注"): mostly an annotation under the table or the figure it follows (a
# slide's, a criterion's, called from a cell in the text's own size), no footnote — the held truths read it so;
# but a note at the foot called by the same bracketed label set in SMALLER type than the words around it
# (直近１か月分（注１）の: a slide's, a leaflet's reduced inline call) is a footnote (footnotes.labelled_called).
# Groups: the label's kind (注, （注, or empty for a circled number), the number, the note's text.
LABELLED_NOTE = regex.compile(r"^\s*(?|(注)\s?([0-9０-９]{1,2})(?![0-9０-９])[)）:：.．]?|([（(]注)\s?([0-9０-９]{1,2})[)）]|()([①-⑳]))"
                              r"[\s\u3000]*(\S.*)$")
# Convention (notes appended after a list or a table, each headed by its label and a title on a line of its own:
# 注１　○○地区の区域変更に伴う取扱いについて, ＊注３　…について over the note's paragraphs): the label — 注 and its
# number, a ＊ or ※ before it as printed — and, after white space, the note's title (headings._headed_note reads
# it as a heading only where its line is set apart). Groups: the label, the title.
NOTE_HEAD = regex.compile(r"^[\s\u3000]*([*＊※]?注[0-9０-９]{1,2})(?![0-9０-９])[\s\u3000]+(\S.*)$")
# Convention (endnotes: a chapter's or a document's notes gathered after its text under a line of their own, 注,
# 脚注, 注記, 注釈, 【注】, Notes, each note opening with its number): the line that heads them, alone on its line.
# （注） in round brackets heads the notes under a table or a figure, no endnotes
ENDNOTES_HEAD = regex.compile(r"^[\s\u3000]*(?:[【〔［\[＜<〈]?(?:注|脚注|注記|注釈|註)[】〕］\]＞>〉]?|(?i:notes|endnotes))[\s\u3000]*$")
LABEL_CALL = regex.compile(r"注\s?([0-9０-９]{1,2})(?![0-9０-９])")   # 注１ in the text: the call of the note labelled 注１
CIRCLED_ORDER = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"   # circled numbers 1-20, in order (CIRCLED is the regex class of ① … ㉟)


def labelled_note(text: str) -> tuple[int, str, str] | None:
    """(number, kind, text) of a note its label opens (LABELLED_NOTE): kind "注", "（注" for the label in brackets,
    or "" for a circled number."""
    m = LABELLED_NOTE.match(text)
    if m is None:
        return None
    kind, number = m.group(1), m.group(2)
    kind = "（注" if kind[:1] in ("（", "(") else kind   # either bracket: one kind
    return (CIRCLED_ORDER.index(number) + 1 if not kind else int(fold_width(number))), kind, m.group(3)

# a starred note's marker in the text that points to it, alone in its span or line: ＊5, or ＊6＊7 for two notes
STAR_MARKS = regex.compile(r"^\s*(?:[*＊]\s?[0-9０-９]{1,3}\s*)+$")
MARK_NUMBER = regex.compile(r"[0-9０-９]{1,3}")   # each note's number in such a marker
NEXT_NOTE = regex.compile(r"^\s*(?|[(（](\d{1,3})[)）][\s\u3000]|(\d{1,3})(?:[)）]|[\s\u3000]))[\s\u3000]*(\S.*)$")   # 30 資本金… or 30)資本金… opens note 30; 30%程度… does not
# a note's mark set apart (smaller or raised) before its text or in the body: a number, a number closed
# by ")" (Word's "1)"), or a lower-case roman numeral (Word's footnote style i, ii, iii … )
NOTE_MARK = regex.compile(r"^(?:(?|[(（](\d{1,3})[)）]|(\d{1,3})[)）]?)|([ivx]{1,5}))$")   # (3) as well: FOOTNOTE_START
# the characters a note's number or mark may open with (a digit, or the bracket of (3))
NOTE_MARK_HEADS = "(（"
_ROMAN = {"i": 1, "v": 5, "x": 10}


def note_mark(text: str) -> int | None:
    """The number a note's mark set apart stands for (3, "3)" and "iii" are 3), or None."""
    m = NOTE_MARK.match(text.strip())
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    values = [_ROMAN[c] for c in m.group(2)]
    total = sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))
    return total if 0 < total < 40 else None

# 「情報セキュリティ早期警戒パートナーシップ」 alone on its line: one quotation whole, the name of what a
# diagram or a passage quotes, no title of a part (a heading may open with a quoted term, never be one)
QUOTED_WHOLE = regex.compile(r"^\s*「[^「」]+」\s*$")

# （はじめに）, （１次産業及び３次産業）: one pair of round brackets round the whole line (spaces out) — a topic or a
# section's title set wholly in brackets; a bracketed remark opens or closes a line, never fills one set so
ENCLOSED_WHOLE = regex.compile(r"^[（(](?:[^（）()]|[（(][^（）()]*[）)])+[）)]$")

_BRACKETED = regex.compile(r"^\s*[（(]([^（）()]*)[）)]\s*$")


def wholly_bracketed(text: str, most: int | None = None, least: int = 1) -> bool:
    """The text (white space at its ends aside) is one pair of round brackets, none inside, round `least` letters or
    more — `most` at most where given: the one test of a row or a line wholly bracketed, (…) or （…）, each reader
    with its limits — a remark closing a heading's row ((欠番12例), (単位：人): headings._remark_at_the_end), a
    bracketed note that names no issuer (cover_row._name_row: any length, the empty pair too, least=0), a title's
    qualifier under it (（第1.0版）, （一般選抜）: cover, most=QUALIFIER_LETTERS). ENCLOSED_WHOLE (brackets inside)
    and OMITTED (an omitted article's few letters) are other decisions."""
    m = _BRACKETED.match(text)
    return m is not None and least <= len(m.group(1)) and (most is None or len(m.group(1)) <= most)


# the separators of a web page's breadcrumb trail: Home > Policy > …, ホーム ＞ 政策 ＞ …, Top › …, Top » …
_CRUMB = regex.compile(r"\s*[>＞›»]\s*")


def breadcrumb(text: str, least: int) -> list[str]:
    """The crumbs of a web page's breadcrumb trail printed on one line (Home > Policy > Ongoing Topics >
    page name), when the line is one of at least `least` crumbs, none empty; [] for any other line."""
    crumbs = [c.strip() for c in _CRUMB.split(text)]
    return crumbs if len(crumbs) >= least and all(crumbs) else []

