"""A statute's or a rule's articles (法令・規程・規約): an article headed by its caption on the line over its number
((目的) / 第１条　…) or by its number and caption alone on a line (第１条（目的）), those lines listed one under another
(a list of the articles: none), and an article's text holding no headings (its paragraphs ２, ３ and items (１), 一).
"""
from __future__ import annotations

import regex

from extractors.heading_candidate import Candidate, small_label
from extractors.neighbours import next_item, previous_item
from extractors.numbering import OUTLINE, TOP, law_name_words
from extractors.records import Flow, TextLine
from normalizers.text import clean, fold_width

_NUMBERED = regex.compile(r"[0-9]|第[一二三四五六七八九十]")   # a caption holding a number labels a form or an enclosure


def article_candidate(i: int, flow: Flow) -> Candidate | None:
    """Convention (法令, 規程): an article is headed by its caption on a line of its own right above the
    line its number opens ((通則) / 第１条　この規程は…): label the article's number, title the caption
    without its brackets, on the caption's line. A bracketed line with no article after it ((別表),
    (様式第１)) is none; a number with its caption alone on a line (第１条（目的）) is article_line's."""
    role = flow.roles[i]
    if role is None:
        return None
    line = flow.line(i)
    if not role.article_caption:
        return None
    nxt = number_line(i, flow)
    after = flow.roles[nxt] if nxt is not None else None
    if after is None or not after.article:
        return None
    return Candidate(i, "article", "article", after.article, role.article_caption, False, False, line.size)


def number_line(i: int, flow: Flow) -> int | None:
    """The line an article's caption at i stands over: the next past the rows the caption wraps to (line_roles.
    _wrapped_captions: …の手続 / 等))."""
    return next_item(_wrapped_to(i, flow), flow)


def caption_closed(title: str) -> str:
    """An article's caption run on to the row that closes its bracket (…の手続 + 等)): the bracket is no word of it."""
    return title[:-1] if title[-1:] in ")）" and "(" not in title and "（" not in title else title


def law_name(i: int, flow: Flow) -> Candidate | None:
    """Convention (a standard's page of the provisions it applies, ＜関連規定＞, quoting several laws: 特許法 / (特許の要件) /
    第29条 …, then パリ条約 / 第4条 …): a line opening no article, caption or numbering, continuing no line, that —
    with the rows it wraps to (…に関する法律(経済安 / 全保障推進法)) — closes no sentence and stands right over an
    article (its caption over 第N条, or the line its number opens) names the law whose articles follow: it heads them, a
    title set apart one level over them (heading_levels nests the articles under it). A name opens with a word (no
    paragraph's number, 4 (略), no bracket), cites no article (第2条～第7条 [略]) and starts where the article under it
    starts (a source set in under a treaty's title names none)."""
    role = flow.roles[i]
    if role is None or role.numbering or role.article or role.article_caption or role.article_title or role.continues:
        return None
    last = _wrapped_to(i, flow)
    after = next_item(last, flow)
    if after is None or not _an_article_at(after, flow):
        return None
    line, words = flow.line(i), fold_width(clean("".join(flow.line(j).text for j in range(i, last + 1)))).strip()
    if not law_name_words(words) or abs(line.x0 - flow.items[after].x0) > flow.settings.typography.same_indent * line.size:
        return None
    return Candidate(i, "title", "title", "", clean(line.text).strip(), False, bool(role.style), line.size, apart=True)


def _wrapped_to(i: int, flow: Flow) -> int:
    """The last of the lines line i wraps to (those after it that continue it: LineRole.continues)."""
    last = i
    while (nxt := next_item(last, flow)) is not None and isinstance(flow.items[nxt], TextLine) \
            and (its := flow.roles[nxt]) is not None and its.continues:
        last = nxt
    return last


def _an_article_at(j: int, flow: Flow) -> bool:
    """Item j opens an article: its caption over 第N条 (article_candidate), or the line its number opens."""
    role = flow.roles[j] if isinstance(flow.items[j], TextLine) else None
    return role is not None and (bool(role.article) or article_candidate(j, flow) is not None)


def part_caption(i: int, flow: Flow) -> Candidate | None:
    """Convention (a model text's or a bulletin's parts: （見出し） / （主　文） / （雨量） / （水位） / (参考資料) at the page's
    left margin, each alone on its line over its part, the part's text or table set in from it): a short bracketed
    caption alone on its line (LineRole.article_caption) that no article follows, hung over what comes next on its page —
    a line or a table starting at least `headings.part_hang` ems right of the caption's left edge (_hung) —, one of a
    series of such captions, other words at the same left edge (the document's parts), heads that part: title the
    caption as printed, brackets kept (they set it apart; no number labels it), a line set apart (Candidate.apart: kept
    alone on its row whatever the document's type). A lone bracketed line over a centred title ((別紙), (様式第1),
    (ディスカッションペーパー)) or a page's label repeated over each table ((法非適用企業)) parts nothing; a statute's caption
    stands one character in over its article's number at the margin ((目的) / 第１条…): article_candidate's."""
    if not _hung(i, flow):
        return None
    line, indent = flow.line(i), flow.settings.typography.same_indent
    series = {flow.roles[j].article_caption for j, it in enumerate(flow.items)
              if j != i and isinstance(it, TextLine) and abs(it.x0 - line.x0) <= indent * line.size and _hung(j, flow)}
    if not series - {flow.roles[i].article_caption}:
        return None
    return Candidate(i, "title", "title", "", clean(line.text).strip(), False, False, line.size, apart=True)


def _hung(i: int, flow: Flow) -> bool:
    """Line i is a short bracketed caption alone on its line (its words within `headings.short_title`, no number in
    them: (様式第1), (別紙2) label a form or an enclosure over its own title), hung over the line or table after it on its
    page (part_caption), no article's."""
    role = flow.roles[i]
    if role is None or not role.article_caption or len(role.article_caption) > flow.settings.headings.short_title \
            or _NUMBERED.search(fold_width(role.article_caption)):
        return False
    line, nxt = flow.line(i), next_item(i, flow)
    if nxt is None:
        return False
    after, its = flow.items[nxt], flow.roles[nxt]
    if after.page != line.page or (its is not None and its.article):
        return False
    return after.x0 - line.x0 >= flow.settings.headings.part_hang * line.size


def article_line(i: int, flow: Flow) -> Candidate | None:
    """Convention (規程・規約, a statute's reference translation): an article's number with its caption
    alone on its line — 第１条（補助事業の履行義務）, 第２条　定義, 第８条　記載（Writing） — over the article's
    text on the next line heads the article: label the number, title the caption (without its brackets
    when bracketed), also over its first paragraph numbered in brackets (_numbered_paragraph). A line that fills its
    row opens the article's text (第１条　この規程は…), unless a
    bracket of its caption is still open at the row's end: the caption runs on (…（Indication of time
    and / place in electronic records）). Such lines one right under another, or beside the contents'
    lines, are entries of a list of the articles (a contents page, with or without page numbers): none."""
    role = flow.roles[i]
    if role is None or not role.article_title or role.continues or role.indented or _listed_article(i, flow) \
            or captioned_above(i, flow):
        return None
    line, title = flow.line(i), role.article_title
    if small_label(line, flow) or (role.reaches_edge and title.count("(") <= title.count(")")):
        return None
    nxt = next_item(i, flow)
    if nxt is None or not _opens_its_text(nxt, flow):
        return None
    return Candidate(i, "article", "article", role.article, title, True, bool(role.style), line.size)


def _opens_its_text(j: int, flow: Flow) -> bool:
    """Item j, under an article's number and caption, opens the article's text: a line opening no article and no
    caption, with no bracket first but a paragraph's number (_numbered_paragraph)."""
    after = flow.roles[j] if isinstance(flow.items[j], TextLine) else None
    if after is None or after.article or after.article_caption:
        return False
    return clean(flow.line(j).text).strip()[:1] not in "（(［[【<＜" or _numbered_paragraph(after.numbering)


def _numbered_paragraph(numbering: tuple[str, str, str, str, bool] | None) -> bool:
    """Convention (a treaty's article as a standard quotes it: 第27条　特許の対象 / (1) (略) / (2) 加盟国は、…): a line under
    the article's number and caption opening with a bracketed paragraph number ((1), （１）) is the article's first
    paragraph — its text, as a line with no bracket is; a band (【…】, ＜…＞) or a caption over it is not."""
    return numbering is not None and numbering[1] != "band"


def captioned_above(i: int, flow: Flow) -> bool:
    """The article is headed by its caption on the line right above ((利用の制限) / 第１３条　教育委員会（第５条…
    to the row's end): its number's line opens its text, its bracket left open no caption running on."""
    above = previous_item(i, flow)
    return above is not None and (over := flow.roles[above]) is not None and bool(over.article_caption)


def _listed_article(i: int, flow: Flow) -> bool:
    """An article's number-and-caption line with a contents line, or another such line with no
    paragraph's gap between them, right before or after it."""
    line = flow.line(i)
    for j in (previous_item(i, flow), next_item(i, flow)):
        if j is None:
            continue
        if j in flow.contents:
            return True
        other, role = flow.items[j], flow.roles[j]
        if isinstance(other, TextLine) and role is not None and role.article_title and other.page == line.page \
                and abs(other.y0 - line.y0) - line.size <= flow.settings.headings.paragraph_gap * line.size:
            return True
    return False


def outside_articles(candidates: list[Candidate], flow: Flow) -> list[Candidate]:
    """Convention of 法令・規程: an article's text — its paragraphs (２, ３) and items (（１）, 一) —
    holds no headings; an article runs to the next heading of the statute's outline (another
    article, 第N章/節, 附則), a title set apart or centred (an attachment's) or a band (【…】: a
    commentary's, never a statute's). An article captioned on its number's line heads one only in
    a statute's own outline — at the start, or after its 第N章/節, another article, a title opening a
    part or an attachment (別紙); met under a paper's own labels (１．, （１）) it is a provision quoted
    in the text, no heading. A law's name over its articles (law_name) ends the article before it, in any type."""
    out, in_article, statute = [], False, True
    for c in candidates:
        if c.system == "article" and not caption_above(c, flow) and not statute:
            continue
        if c.system == "article" or OUTLINE.get(c.system, ("",))[0] == "第" or (c.system == "title" and c.styled) \
                or c.centred or c.kind == "band" or c.system in TOP or names_a_law(c, flow):
            in_article = c.system == "article"
            statute = c.kind != "band"
        elif in_article:
            continue
        else:
            statute = False
        out.append(c)
    return out


def names_a_law(c: Candidate, flow: Flow) -> bool:
    """The candidate is a law's name over its articles (law_name): the article before it ends there
    (outside_articles), and it heads the articles under it (heading_levels._laws_over_articles)."""
    return c.system == "title" and c.apart and law_name(c.index, flow) is not None


def caption_above(c: Candidate, flow: Flow) -> bool:
    """The article's heading is its caption on the line above its number (not 第１条（…） on one line)."""
    role = flow.roles[c.index]
    return role is not None and bool(role.article_caption)
