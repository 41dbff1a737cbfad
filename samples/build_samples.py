"""Build the sample PDFs that `make extract` runs on (a fresh clone has no corpus).

Two small documents of one fictional edition (ＡＩ戦略2099), each named for what it exercises:
- main_body_spaced_date_goals_footnotes.pdf: a cover whose date is set one glyph per text line,
  a table of contents, a heading tree (第一部 / １． / （１） / ① / 【…】), goal blocks with
  bullets, a footnote with its marker, a numbered list that is not a heading.
- appendix_split_row_leads.pdf: a ruled 取組 | 関係府省庁 table whose last row breaks across a
  page (both cells continue), ◎ leads, ・ and 、 separators, a lead marked by underlining, a
  reposted target (前掲のとおり), and the abbreviation table.
Text is set with PyMuPDF's built-in Japanese font, so the files stay a few kilobytes.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

FONT = "japan"
HERE = Path(__file__).resolve().parent


def text(page, x, y, s, size=10.5):
    page.insert_text((x, y), s, fontname=FONT, fontsize=size)


def width(s, size):
    return pymupdf.get_text_length(s, fontname=FONT, fontsize=size)


def _reiwa(year: str) -> str:
    """The era year of a western year, in full-width digits (2099 → ８１)."""
    return str(int(year) - 2018).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def main_body(path: Path, edition: str = "2099") -> None:
    doc = pymupdf.open()
    cover = doc.new_page()
    text(cover, 200, 260, "ＡＩ戦略" + " ".join(edition), 26)
    for i, ch in enumerate(f"令和{_reiwa(edition)}年４月１日"):
        text(cover, 190 + 26 * i, 690, ch, 14)
    text(cover, 190, 712, "統合イノベーション戦略推進会議決定", 14)
    toc = doc.new_page()
    text(toc, 270, 90, "目 次", 12)
    text(toc, 60, 120, "第一部 基本的事項 ························ 1", 10.5)
    p = doc.new_page()
    y = 80
    def line(s, x=60, size=10.5, gap=18):
        nonlocal y
        text(p, x, y, s, size)
        y += gap
    line("第一部 基本的事項", size=13, gap=26)
    line("１．はじめに", size=12, gap=22)
    line(" 本戦略は、ＡＩに関する総合的な政策パッケージを示すものである。", x=70)
    line(" 基本理念として、次の点を定めている。", x=70)
    line("① 人間の尊厳が尊重される社会", x=84)
    line("② 持続性ある社会", x=84, gap=24)
    line("（１）研究環境の整備", size=12, gap=22)
    line("①中核的研究ネットワークの構築", size=11, x=66, gap=22)
    line("大目標", x=80)
    line("研究開発の日本型モデルの創出", x=92, gap=24)
    line("【大学・高専】", size=11, x=66, gap=22)
    line("具体目標１", x=80)
    line("・全ての大学生が数理・データサイエンス・ＡＩを習得", x=92)
    line("・ＡＩを活用した研究基盤の整備", x=92, gap=24)
    # a paragraph with a footnote marker: small raised digits after 整備
    text(p, 70, y, " 研究データ基盤の整備", 10.5)
    text(p, 70 + width(" 研究データ基盤の整備", 10.5), y - 4, "1", 6)
    text(p, 70 + width(" 研究データ基盤の整備", 10.5) + 4, y, "を進める。", 10.5)
    p.draw_line((60, 742), (200, 742), width=0.5)
    text(p, 60, 756, "1", 5)
    text(p, 65, 758, " 研究データ基盤とは、研究で得られたデータを共有する仕組みをいう。", 8)
    text(p, 295, 800, "1", 10)
    doc.set_metadata({"title": f"ＡＩ戦略{edition} (sample)"})
    doc.save(path, garbage=3, deflate=True)


class Table:
    """Draws a ruled two-column table row by row, breaking rows across pages like Writer."""

    def __init__(self, doc, page, y, x0=57, x1=442, x2=539):
        self.doc, self.page, self.y = doc, page, y
        self.xs = (x0, x1, x2)
        self.top = y

    def rule(self, y):
        self.page.draw_line((self.xs[0], y), (self.xs[2], y), width=0.5)

    def close(self):
        for x in self.xs:
            self.page.draw_line((x, self.top), (x, self.y), width=0.5)

    def row(self, left: list[str], right: list[tuple[str, bool]], size=10):
        """left: text lines; right: (cell line, underline it) pairs."""
        if self.y == self.top:
            self.rule(self.y)
        h = 13 * max(len(left), len(right)) + 5
        for i, s in enumerate(left):
            text(self.page, self.xs[0] + 4, self.y + 13 * (i + 1), s, size)
        for i, (s, ul) in enumerate(right):
            base = self.y + 13 * (i + 1)
            text(self.page, self.xs[1] + 4, base, s, size)
            if ul:
                self.page.draw_line((self.xs[1] + 4, base + 1.2), (self.xs[1] + 4 + width(s, size), base + 1.2), width=0.3)
        self.y += h
        self.rule(self.y)

    def break_page(self):
        self.close()
        self.page = self.doc.new_page()
        self.y = self.top = 60


def appendix(path: Path, edition: str = "2099") -> None:
    doc = pymupdf.open()
    p = doc.new_page()
    text(p, 470, 60, "別紙", 12)
    text(p, 180, 110, f"「ＡＩ戦略{edition}」別紙", 16)
    text(p, 57, 160, "第二部　差し迫った危機への対処", 14)
    text(p, 57, 190, "（１）AI for National Resilience の確立", 12)
    text(p, 67, 214, "大目標　「国家強靱化のためのＡＩ」の確立", 11)
    text(p, 67, 238, "＜具体目標＞", 10.5)
    text(p, 78, 254, "ＡＩによる利活用の基礎となるデジタル・ツインの構築", 10.5)
    t = Table(doc, p, 640)
    t.row(["取　組"], [("関係府省庁", False)])
    t.row(["高精度リモートセンシングデータの収集・分析技術の開発"], [("総", False)])
    t.row(["災害の予測システム等の構築に向けた研究開発を推進"], [("◎科技・総・文、経", False)])
    t.row(["国土交通データプラットフォームの構築によるデジタル・ツイ"], [("デジ庁、総、", False)])
    t.break_page()
    t.row(["ンの実現"], [("◎国", False)])
    t.row(["装備品等の研究開発におけるDX の推進"], [("総、防", False)])
    t.row(["ＡＩ活用による船舶交通の安全確保"], [("国", True), ("、防", False)])
    t.close()
    p = t.page
    y = t.y + 30
    text(p, 57, y, "第三部　社会実装の推進", 14)
    text(p, 57, y + 28, "（１）ＡＩの適用領域の拡大", 12)
    text(p, 67, y + 52, "＜具体目標＞", 10.5)
    text(p, 78, y + 68, "ＡＩによる利活用の基礎となるデジタル・ツインの構築（再掲）", 10.5)
    t2 = Table(doc, p, y + 80)
    t2.row(["取組"], [("関係府省庁", False)])
    t2.row(["（前掲のとおり）"], [])
    t2.close()
    y = t2.y + 30
    text(p, 57, y, "（注）関係府省庁の略称は以下のとおり。", 10)
    a = Table(doc, p, y + 10, x0=57, x1=147, x2=454)
    for abbr, name in [("略称", "府省庁名"), ("デジ庁", "デジタル庁"), ("科技", "科学技術・イノベーション推進事務局"),
                       ("総", "総務省"), ("文", "文部科学省"), ("経", "経済産業省"), ("国", "国土交通省"), ("防", "防衛省")]:
        a.row([abbr], [(name, False)])
    a.close()
    doc.save(path, garbage=3, deflate=True)


def build(folder: Path = HERE, edition: str = "2099") -> list[Path]:
    """The two samples in `folder`; tests build other editions of them (same text, other year)."""
    out = [folder / "main_body_spaced_date_goals_footnotes.pdf", folder / "appendix_split_row_leads.pdf"]
    main_body(out[0], edition)
    appendix(out[1], edition)
    return out


if __name__ == "__main__":
    for f in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"built {f}")
