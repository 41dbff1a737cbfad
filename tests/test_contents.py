"""Where the table of contents is found (extractors/contents.py)."""


def test_contents_without_leaders_end_where_the_text_begins():
    """Contents set without leader dots are known by following 目次; where the text starts on
    the same page, the first heading (repeating the first entry) and what follows are text."""
    from extractors.contents import find_contents
    from extractors.records import TextLine

    def line(y, text):
        return TextLine(2, 60, y, 400, y + 10, 10.5, "Gothic", text, text, None)

    items = [line(60, "目次"), line(80, "第一部 基本的事項"), line(80, "1"), line(95, "第二部 差し迫った危機"),
             line(95, "9"), line(200, "第一部 基本的事項"), line(220, "本戦略は、…を示すものである。")]
    assert find_contents(items) == {0, 1, 2, 3, 4}
    assert find_contents([line(60, "第一部 基本的事項 ………… 1"), line(80, "本文")]) == {0}
