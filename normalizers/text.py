"""Text folding for Japanese government PDFs.

Plain NFKC goes too far (① → 1, ～ → ~, ㈱ → (株)); these functions fold only what layout and
fonts distort and keep what the document means:

- full-width ASCII (ＡＩ, ２０２２, （）) → ASCII; ～ (U+FF5E) is kept, it is a Japanese dash here
- the ideographic space → a space; other Unicode spaces → a space
- Kangxi radicals (⽉) and the CJK radical supplement (⻑) → the ideographs they stand for
- CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) → the unified ideographs they are
  canonically equal to (年 U+F98E → 年 U+5E74): a font's ToUnicode that maps a glyph to the compatibility
  code point writes the same character; the few with no decomposition (﨎 U+FA0E …) are kept
- private-use bullet glyphs (Wingdings U+F09E and kin) → ・
- half-width katakana → full-width katakana
- spaces that layout puts next to CJK glyphs are removed; a single space between two ASCII
  characters stays ("Society 5.0 を" → "Society 5.0を", "令 和 ４ 年" → "令和4年")
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# CJK Radicals Supplement code points that NFKC leaves alone, mapped to the ideograph a reader
# sees. Only radicals that are glyph variants of a full ideograph are listed.
_RADICAL_SUPPLEMENT = {
    "⺃": "乚", "⺅": "亻", "⺇": "𠘨", "⺉": "刂", "⺋": "㔾", "⺎": "兀", "⺏": "尣", "⺐": "尢",
    "⺒": "巳", "⺓": "幺", "⺔": "彑", "⺖": "忄", "⺗": "心", "⺘": "扌", "⺙": "攵", "⺛": "旡",
    "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫",
    "⺦": "丬", "⺨": "犭", "⺩": "王", "⺫": "罒", "⺬": "示", "⺭": "礻", "⺮": "竹", "⺯": "糸",
    "⺰": "纟", "⺲": "罒", "⺳": "网", "⺴": "罓", "⺵": "罓", "⺶": "羊", "⺷": "羊", "⺸": "羊",
    "⺹": "耂", "⺺": "肀", "⺻": "聿", "⺼": "月", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹",
    "⻁": "虎", "⻂": "衤", "⻃": "覀", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠",
    "⻉": "贝", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長",
    "⻒": "镸", "⻓": "长", "⻔": "门", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页",
    "⻛": "风", "⻜": "飞", "⻝": "食", "⻞": "飠", "⻟": "食", "⻠": "饣", "⻡": "爿", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾",
    "⻫": "斉", "⻬": "齐", "⻭": "歯", "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀",
    "⻳": "龟",
}

# Private-use glyphs that symbol fonts (Wingdings, Symbol) use for list bullets.
_PUA_BULLETS = {
    "\uf09e", "\uf06c", "\uf06e", "\uf075", "\uf076", "\uf09f", "\uf0a1", "\uf0a7", "\uf0a8",
    "\uf0b7", "\uf0d8", "\uf0e0", "\uf0fc", "\uf0fb", "\uf0b2", "\uf06d", "\uf071",
}
BULLET = "・"
BULLETS = "・○◯●■□◆◇▶▷►➢※"   # marks that open a list item (never a heading, always a new paragraph)

_KEEP_FULLWIDTH = {"～"}  # U+FF5E: a Japanese range dash, not a tilde


def _fold_char(ch: str) -> str:
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return ch if ch in _KEEP_FULLWIDTH else chr(o - 0xFEE0)
    if ch == "\u3000":
        return " "
    if 0x2F00 <= o <= 0x2FDF:  # Kangxi radicals: NFKC maps each to its ideograph
        return unicodedata.normalize("NFKC", ch)
    if 0x2E80 <= o <= 0x2EFF:
        return _RADICAL_SUPPLEMENT.get(ch, ch)
    if 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F:   # compatibility ideographs: NFC, their canonical form
        return unicodedata.normalize("NFC", ch)
    if ch in _PUA_BULLETS:
        return BULLET
    if 0xFF61 <= o <= 0xFF9F:  # half-width katakana and punctuation
        return unicodedata.normalize("NFKC", ch)
    return ch


_FOLD_TABLE: dict[int, str] = {}
for _o in list(range(0xFF01, 0xFF5F)) + list(range(0x2F00, 0x2FE0)) + list(range(0x2E80, 0x2F00)) \
        + list(range(0xFF61, 0xFFA0)) + [0x3000] + [ord(c) for c in _PUA_BULLETS] \
        + list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20)):
    _c = chr(_o)
    _f = _fold_char(_c)
    if _f != _c:
        _FOLD_TABLE[_o] = _f
# half-width katakana voiced marks combine with the previous letter: fold pairs through NFKC+NFC
# any run of white space: what a text is compared without (its spaces out), in every stage
SPACES = regex.compile(r"\s+")
_HALFWIDTH_KANA = regex.compile(r"[\uFF61-\uFF9F]+")




@lru_cache(maxsize=1 << 16)  # the same line is looked at by several stages
def fold_width(text: str) -> str:
    """Full-width ASCII to ASCII, radicals and compatibility ideographs to ideographs, PUA bullets to ・; nothing else."""
    if _HALFWIDTH_KANA.search(text):
        text = _HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return text.translate(_FOLD_TABLE)


# a run of white space of any kind: \s, the no-break and typographic spaces, the zero-width spaces and the BOM
# (clean's layout spaces, key's and variants.compare_key's "no whitespace at all")
SPACE_RUN = regex.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def _keep_space(left: str, right: str) -> bool:
    """Both characters are printable ASCII (! to ~) or a Latin ligature: two comparisons each, no pattern
    asked of a character (a regex match per side, for every space of every line cleaned). Convention (Latin
    type set with ligatures, TeX's and most book faces': ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ, U+FB00–FB06, one glyph for two or three
    letters, kept as printed by the text layer): a ligature is Latin letters, so the space before or after it
    stays (the ﬁrst, is ﬂexible; it was taken as a space touching a non-ASCII letter: theﬁrst)."""
    return ("!" <= left <= "~" or "\ufb00" <= left <= "\ufb06") and ("!" <= right <= "~" or "\ufb00" <= right <= "\ufb06")


_ZERO_WIDTH = str.maketrans("", "", "\u200b\ufeff")


def visible(text: str) -> str:
    """The text without its zero-width spaces (U+200B, U+FEFF). Convention (blind25c: a word processor's export, a
    zero-width space set around every run of a line, ​１．あいさつ​): a zero-width space prints nothing, so it is no
    character of the line as its patterns read it — a label it stands before opens the line, touching its title as
    printed. A text holding none is as it was."""
    return text.translate(_ZERO_WIDTH) if "\u200b" in text or "\ufeff" in text else text


def no_white_space(text: str) -> bool:
    """A non-empty `text` holds no character SPACES (\\s) matches: str.split tells so in one pass — str.isspace is true
    of every character \\s matches (checked over every code point) —, where the pattern reads every character's
    Unicode properties. The one test of it (collapse_spaces, unspaced, numbering.folded)."""
    return text.split() == [text]


def no_space_run(text: str) -> bool:
    """A non-empty `text` holds no character SPACE_RUN matches: str.isspace is true of every one (\\s and the listed
    spaces) bar the zero-width U+200B and U+FEFF, looked for on their own. The one test of it (collapse_spaces, key)."""
    return no_white_space(text) and "\u200b" not in text and "\ufeff" not in text


def collapse_spaces(text: str) -> str:
    """Remove spaces that touch a non-ASCII character; keep one space between ASCII characters.
    A text with no space of any kind (str.isspace is true of every character SPACE_RUN's \\s and
    listed spaces match, bar the zero-width U+200B and U+FEFF; 43% of the corpus's lines) is as
    it was: str.split tells so in one pass, where the regex's split reads every character's
    Unicode properties."""
    if no_space_run(text):
        return text
    parts = SPACE_RUN.split(text)
    if len(parts) == 1:
        return text
    out = [parts[0]]
    for part in parts[1:]:
        if not part:
            continue
        if out[-1] and _keep_space(out[-1][-1], part[0]):
            out.append(" ")
        out.append(part)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def clean(text: str) -> str:
    """The text form of every text field: folded and with layout spaces collapsed."""
    return collapse_spaces(fold_width(text))


def unspaced(text: str) -> str:
    """The text with no white space (SPACES: every run of \\s taken out). A text holding none (no_white_space) is as
    it was, the pattern not asked: most of a cover's rows (cover_row._unspaced: 4,725 of the corpus's 5,850)."""
    return text if no_white_space(text) else SPACES.sub("", text)


def key(text: str) -> str:
    """The comparison key of the corpus: NFKC, then no whitespace at all (the zero-width spaces
    clean() takes for layout spaces included); a text holding none (no_space_run) as it is, the pattern not asked."""
    folded = unicodedata.normalize("NFKC", text)
    return folded if no_space_run(folded) else SPACE_RUN.sub("", folded)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines of one paragraph: Japanese joins without a space, Latin words keep one."""
    out = ""
    for line in lines:
        line = clean(line)
        if not line:
            continue
        if out and _keep_space(out[-1], line[0]) and out[-1] != "-":
            out += " "
        out += line
    return out


def unspace_letterspaced(text: str) -> str:
    """Close runs of single glyphs set apart by spaces ("AI戦略2 0 2 2" → "AI戦略2022").

    Only for display lines such as covers and titles, where typesetters letter-space digits.
    """
    text = clean(text)
    return regex.sub(r"(?<=\d) (?=\d)", "", text) if regex.search(r"\d \d \d", text) else text
