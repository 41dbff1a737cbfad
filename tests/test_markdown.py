"""document.md: headings at their level equal headings.csv (the 2022 edition, every real
document), footnote references all defined, initiatives with ◎ leads, and text from a PDF that
cannot break the Markdown structure. The Markdown is read here by a small CommonMark block
reader written from the spec (ATX headings, setext underlines, list and quote starts, fences,
pipe tables), not by the renderer's code."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from conftest import read_csv
from extractors.cover import Cover
from extractors.records import Footnote, Goal, Heading, Initiative, MinistryRef, Paragraph, TableCell, Target, Context
from pipeline.edition import Edition, FileInfo
from pipeline.markdown import render

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# any line that CommonMark would read as opening a block other than a paragraph
BLOCK = re.compile(r"^ {0,3}(#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$)|```|~~~|<[A-Za-z/!?]"
                   r"|\[[^\]]+\]:|(?:[-*_][ \t]*){3,}$|=+[ \t]*$)|^(?: {4}|\t)")


def _plain(s: str) -> str:
    return " ".join(UNESCAPE.sub(r"\1", s).split())


def md_headings(text: str) -> list[tuple[int, str]]:
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        m = None if fenced else ATX.match(line)
        if m:
            out.append((len(m.group(1)), _plain(m.group(2))))
    return out


def csv_headings(folder: Path) -> list[tuple[int, str]]:
    return [(min(int(h["level"]), 6), " ".join(f"{h['label']} {h['title']}".split()))
            for h in read_csv(folder / "headings.csv")]


def _check_structure(text: str) -> None:
    """Footnote references all defined, each definition once; no setext underline, fence or
    raw HTML; every table row has as many unescaped pipes as its header."""
    refs = set(re.findall(r"(?<!\\)\[\^([^\]\\]+)\](?!:)", text))
    defs = re.findall(r"^\[\^([^\]]+)\]:", text, flags=re.M)
    assert len(defs) == len(set(defs)), "a footnote label defined twice"
    assert refs <= set(defs), sorted(refs - set(defs))[:5]
    lines = text.splitlines()
    for prev, line in zip([""] + lines, lines):
        assert not line.startswith(("```", "~~~", "    ", "\t")), line
        if re.match(r"^ {0,3}(=+|-+)[ \t]*$", line):
            assert prev == "" and line == "---", f"setext underline under {prev!r}"
    table: int | None = None
    for line in lines:
        if line.startswith("|"):
            pipes = len(re.findall(r"(?<!\\)\|", line))
            table = pipes if table is None else table
            assert pipes == table, line
        else:
            table = None


def test_document_md_headings_equal_headings_csv(corpus_out, real_out):
    folders = [corpus_out / "2022"] + sorted(p for p in real_out.iterdir() if p.is_dir())
    assert len(folders) >= 3
    for folder in folders:
        text = (folder / "document.md").read_text(encoding="utf-8")
        expected = csv_headings(folder)
        assert md_headings(text) == expected, folder.name
        _check_structure(text)
    text = (corpus_out / "2022" / "document.md").read_text(encoding="utf-8")
    assert len(csv_headings(corpus_out / "2022")) == 55
    assert len(re.findall(r"^\[\^[0-9]+\]:", text, flags=re.M)) == 32   # the 32 footnotes of 2022
    assert "| 取組 | 関係府省庁（◎ 主担当） |" in text


def test_document_md_lists_every_initiative_with_its_lead(corpus_out):
    text = (corpus_out / "2022" / "document.md").read_text(encoding="utf-8")
    rows, inside = Counter(), False
    for line in text.splitlines():
        inside = line.startswith("| 取組 | 関係府省庁") or (inside and line.startswith("|"))
        m = re.match(r"^\| (.+) \| (.+) \|$", line) if inside else None
        if m and m.group(1) != "取組":
            marks = tuple(p.startswith("◎") for p in _plain(m.group(2)).split("、"))
            rows[_plain(m.group(1)), marks] += 1
    leads = Counter()
    for r in read_csv(corpus_out / "2022" / "initiative_ministries.csv"):
        leads[r["initiative_id"], int(r["position"])] = r["is_lead"] == "1"
    expected = Counter()
    for i in read_csv(corpus_out / "2022" / "initiatives.csv"):
        n = len(i["printed_ministries"].split("|")) if i["printed_ministries"] else 0
        expected[i["text"], tuple(leads[i["initiative_id"], k] for k in range(1, n + 1)) or (False,)] += 1
    assert sum(expected.values()) == 260
    assert rows == expected


HOSTILE = ["# 見出しではない", "1. リストではない", "- リストでもない", "> 引用でもない", "---", "===",
           "```python", "<script>alert(1)</script>", "[^x]: 偽の脚注", "[x]: http://example.com",
           "| a | b |", "    字下げ", "+ 加算", "* 星", "2) 括弧", "*強調*と_下線_と`コード`", "&amp; &#35;"]


def _hostile_edition() -> Edition:
    cover = Cover("# 表題", "", "", "", "main")
    ed = Edition("", cover, files=[FileInfo("x.pdf", "0" * 64, 1, 3, "main")], has_main=True)
    ed.headings = [Heading(1, 1, "chapter", "1.", "はじめに #", 1, "x.pdf"),
                   Heading(2, 2, "section", "(1)", "===", 2, "x.pdf")]
    ed.paragraphs = [Paragraph(n, 1, 1, t) for n, t in enumerate(HOSTILE, start=1)]
    ed.paragraphs.append(Paragraph(len(HOSTILE) + 1, 2, 2, "脚注つき[^1]の文と[^9]"))
    ed.paragraphs.append(Paragraph(len(HOSTILE) + 2, 2, 3, "[^1]: で始まる段落"))
    ed.footnotes = [Footnote(1, 2, "# 注の本文"), Footnote(1, 3, "二つ目の1番")]
    ed.goals = [Goal(1, "目標", "", 2, 1, "- 目標の項目", 2, "1")]
    ed.tables = [TableCell(1, 3, 3, 1, 1, 1, 1, "a|b", "x.pdf"), TableCell(1, 3, 3, 1, 2, 1, 1, "改\n行", "x.pdf"),
                 TableCell(1, 3, 3, 2, 1, 1, 2, "# 結合|セル", "x.pdf")]
    return ed


def test_text_from_a_pdf_cannot_break_the_structure():
    text = render(_hostile_edition()).decode("utf-8")
    assert md_headings(text) == [(1, "1. はじめに #"), (2, "(1) ===")]
    _check_structure(text)
    body = [line for line in text.splitlines() if line and not line.startswith(("#", "|", "[^", "**", "- "))
            and line != "---"]
    for line in body:   # every other line is a paragraph of its own
        assert not BLOCK.match(line), line
    for t in HOSTILE:
        assert any(_plain(line) == " ".join(t.split()) for line in body), t
    assert "[^1-p2]" in text and "[^1-p3]" in text   # 1 printed twice: labels kept apart
    assert "\\[^9\\]" in text                      # a marker with no footnote stays text
    assert "\n[^1-p3]\\: で始まる段落\n" in text        # a reference, then text: no definition
    assert sum(line.startswith("|") for line in text.splitlines()) == 3
    assert render(_hostile_edition()) == render(_hostile_edition())


def test_initiatives_render_with_ministries_and_lead():
    ed = Edition("2099", Cover("t", "2099", "", "", "appendix"), files=[FileInfo("b.pdf", "0" * 64, 1, 1, "appendix")])
    ed.targets = [Target("T1", 1, Context(part="第二部", chapter="1. 教育"), "具体目標1", "目標| の文", 1)]
    ed.initiatives = [Initiative("I1", 1, 1, "取組|の文", [MinistryRef("文", "文科省", True), MinistryRef("経", "経産省", False)],
                                 1, 1, "b.pdf")]
    ed.tables = [TableCell(1, 1, 1, 1, 1, 1, 1, "取組", "b.pdf")]   # the table the rows came from: not again
    text = render(ed).decode("utf-8")
    assert "**第二部 / 1. 教育**" in text
    assert "| 取組\\|の文 | ◎文、経 |" in text
    assert "| 取組 |" not in text.splitlines() and text.count("|---|") == 1


def test_the_front_names_the_issuer_once(corpus_out):
    """2022's cover: issued by 統合イノベーション戦略推進会議, decided as 統合イノベーション戦略推進会議決定;
    the line under the title said the 会議 twice (「会議、会議決定、date」)."""
    import json

    folder = corpus_out / "2022"
    doc = json.loads((folder / "document.json").read_text(encoding="utf-8"))
    assert doc["issuer"] and doc["issuer"] in doc["decided_by"] and doc["date"]
    front = (folder / "document.md").read_text(encoding="utf-8").split("\n\n")[1]
    assert front.count(doc["issuer"]) == 1 and doc["decided_by"] in front and doc["date"] in front, front
