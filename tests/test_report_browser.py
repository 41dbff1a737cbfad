"""The 新旧対照表 page in a real browser: headless Chromium (Debian's chromium and
chromium-driver, which .ci/run installs) driven by Selenium, at 1400 px and 390 px wide.
Screenshots of both widths are saved in tests/screenshots/ by every run."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        if os.environ.get("CI") == "true":
            pytest.fail("chromium and chromedriver are missing: .ci/run must install them")
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report(corpus_diffs) -> Path:
    return corpus_diffs / "diff_2021_2022/report.html"


def _open(browser, report: Path, width: int) -> None:
    browser.set_window_size(width, 900)
    browser.get(report.as_uri())
    # the window's outer width includes no chrome in headless mode; check what the page sees
    assert browser.execute_script("return window.innerWidth") == width


@pytest.mark.parametrize("width", [1400, 390])
def test_no_horizontal_overflow_and_a_screenshot(browser, report, width):
    _open(browser, report, width)
    SHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SHOTS / f"report_{width}px.png"))
    browser.execute_script("document.querySelector('section.has-changes tr.moved').scrollIntoView()")
    browser.save_screenshot(str(SHOTS / f"report_{width}px_rows.png"))
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than a {width}px window"
    assert browser.execute_script("return document.querySelector('meta[name=viewport]') !== null")


def test_every_contents_link_lands_on_its_section(browser, report):
    from selenium.webdriver.common.by import By

    _open(browser, report, 1400)
    links = browser.find_elements(By.CSS_SELECTOR, "nav#contents a")
    assert len(links) == 42 + 3   # every 具体目標 of 2022 and its three parts
    for href in [a.get_attribute("href") for a in links]:
        target = href.split("#", 1)[1]
        browser.get(report.as_uri() + "#" + target)
        top = browser.execute_script(f"return document.getElementById('{target}').getBoundingClientRect().top")
        assert 0 <= top < 120, (target, top)   # at the top, below the sticky bar


def test_changed_only_hides_unchanged_rows(browser, report):
    from selenium.webdriver.common.by import By

    _open(browser, report, 1400)
    count = "return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent !== null).length"
    shown = lambda css: browser.execute_script(count, css)
    unchanged, changed = shown("tr.unchanged"), shown("tbody tr:not(.unchanged)")
    assert unchanged > 100 and changed > 50
    browser.find_element(By.ID, "changed-only").click()
    assert shown("tr.unchanged") == 0 and shown("tbody tr:not(.unchanged)") == changed
    labels = {e.text for e in browser.find_elements(By.CSS_SELECTOR, "tbody .label")}
    assert {"修正", "移動", "新設", "削除", "府省庁変更", "主担当変更"} <= labels
    assert browser.find_elements(By.CSS_SELECTOR, "ins") and browser.find_elements(By.CSS_SELECTOR, "del")
    underline = browser.execute_script("return getComputedStyle(document.querySelector('ins')).textDecorationLine")
    assert "underline" in underline


HOSTILE = ['<script>window.__pwned = "script"</script>', '<img src=x onerror="window.__pwned = \'img\'">',
           '" onmouseover="window.__pwned = 1" x="', "'><svg onload=window.__pwned=2>"]


def _hostile_edition(folder: Path, edition: str, texts: list[str]) -> Path:
    """An edition folder as extract writes it, by hand: every text, ministry and id a payload."""
    import csv
    import json

    folder.mkdir(parents=True)
    (folder / "document.json").write_text(json.dumps({"edition": edition}), encoding="utf-8")
    tcols = ["target_id", "seq", "label", "text", "reposted", "part", "chapter", "section", "subsection", "band"]
    icols = ["initiative_id", "seq", "target_id", "text", "ministries", "lead"]
    targets = [dict(zip(tcols, [f'T"{HOSTILE[0]}', "1", HOSTILE[1], "具体目標" + HOSTILE[2], "0", HOSTILE[3],
                                HOSTILE[0], "", "", ""]))]
    inits = [dict(zip(icols, [f"I{n}{p}", str(n + 1), targets[0]["target_id"], f"{t}の推進{p}",
                              f"{p}|文|{HOSTILE[(n + 1) % 4]}", p])) for n, (t, p) in enumerate(zip(texts, HOSTILE))]
    for name, cols, rows in (("targets.csv", tcols, targets), ("initiatives.csv", icols, inits)):
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(rows)
    return folder


def test_no_text_of_a_dataset_runs_as_markup(browser, tmp_path):
    """Texts, ministries, leads and ids carrying <script>, <img onerror> and quotes: the page's
    DOM holds them as text only (one script element, the page's own; no img or svg; no
    attribute but the template's), and nothing they say runs."""
    from selenium.webdriver.common.by import By

    from pipeline.cli import main

    old = _hostile_edition(tmp_path / "2097", "2097", ["データ活用", "人材育成", "研究開発", "防災"])
    new = _hostile_edition(tmp_path / "2098", "2098", ["データ利活用", "人材育成", "基盤研究開発", "減災"])
    assert main(["diff", str(old), str(new), "--out", str(tmp_path), "-q"]) == 0
    page = tmp_path / "diff_2097_2098/report.html"
    browser.set_window_size(1400, 900)
    browser.get(page.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    assert not browser.find_elements(By.CSS_SELECTOR, "img, svg, [onerror], [onmouseover], [onload]")
    text = browser.find_element(By.TAG_NAME, "body").text
    assert all(p in text for p in HOSTILE), text[:2000]     # shown as the datasets hold them
    marks = browser.find_elements(By.CSS_SELECTOR, "ins, del")
    assert marks and all(not m.find_elements(By.XPATH, "./*") for m in marks)   # marks hold text only
    md = (tmp_path / "diff_2097_2098/report.md").read_text(encoding="utf-8")
    assert "<script" not in md and "<img" not in md and "&lt;script&gt;" in md


VISIBLE = "return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent !== null).length"


def _changed_rows(changes_csv: Path) -> list[dict]:
    import csv

    with open(changes_csv, encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh)
                if r["change"] != "unchanged" or r["ministries_changed"] == "1" or r["lead_changed"] == "1"]


@pytest.mark.parametrize("pair", ["diff_2019_2021", "diff_2021_2022"])
def test_the_switch_keeps_every_changed_row_and_the_counts_agree(browser, corpus_diffs, pair):
    """With 変更のある行だけ on, the rows shown are the rows changes.csv says changed in any way:
    wording, place, ministries or lead (a ministry-only change included); the contents' counts
    add up to them."""
    import re

    from selenium.webdriver.common.by import By

    report = corpus_diffs / pair / "report.html"
    changed = _changed_rows(corpus_diffs / pair / "changes.csv")
    ministry_only = [r for r in changed if r["change"] == "unchanged"]
    assert ministry_only, "the corpus diffs have rows whose only change is their ministries or lead"
    _open(browser, report, 1400)
    browser.find_element(By.ID, "changed-only").click()
    assert browser.execute_script(VISIBLE, "table.pairs tbody tr") == len(changed)
    shown = browser.execute_script(
        "return [...document.querySelectorAll('table.pairs tbody tr')].filter(e => e.offsetParent !== null)"
        ".map(e => e.cells[0].textContent === '（削る）' ? e.cells[1].textContent : e.cells[0].textContent)")
    assert sorted(shown) == sorted(r["new_text"] or r["old_text"] for r in changed)
    counts = [re.search(r"変更 (\d+) / (\d+)", e.get_attribute("textContent")).groups()
              for e in browser.find_elements(By.CSS_SELECTOR, "nav#contents > ol > li > .count")]
    assert sum(int(c) for c, _ in counts) == len(changed)
    assert sum(int(t) for _, t in counts) == sum(1 for _ in open(corpus_diffs / pair / "changes.csv")) - 1


def test_ministry_changes_are_underlined_on_both_sides(browser, corpus_diffs):
    """関係府省庁 of a changed row shows 新 and 旧, the ministries that differ underlined (傍線)."""
    from selenium.webdriver.common.by import By

    report = corpus_diffs / "diff_2021_2022/report.html"
    _open(browser, report, 1400)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.ministries")
    changed = [r for r in _changed_rows(corpus_diffs / "diff_2021_2022/changes.csv") if r["change"] == "unchanged"]
    assert len(rows) == len(changed)
    for row in rows:
        cell = row.find_elements(By.TAG_NAME, "td")[2]
        marks = cell.find_elements(By.CSS_SELECTOR, ".m-new ins, .m-old del")
        assert cell.find_elements(By.CSS_SELECTOR, ".m-new") and cell.find_elements(By.CSS_SELECTOR, ".m-old")
        assert marks, cell.text
        for m in marks:
            assert "underline" in browser.execute_script("return getComputedStyle(arguments[0]).textDecorationLine", m)
    removed = [r for r in changed if r["ministries_removed"]]
    text = browser.find_element(By.TAG_NAME, "main").text
    for r in removed[:5]:
        assert any(m in text for m in r["ministries_removed"].split("|"))


def test_tables_are_labelled_for_assistive_technology(browser, report):
    from selenium.webdriver.common.by import By

    _open(browser, report, 1400)
    ths = browser.find_elements(By.TAG_NAME, "th")
    assert len(ths) > 150
    assert [th.get_attribute("scope") for th in ths if th.get_attribute("scope") not in ("col", "row")] == []
    tables = browser.find_elements(By.TAG_NAME, "table")
    assert all(t.find_elements(By.TAG_NAME, "caption") for t in tables)
    captions = [t.find_element(By.TAG_NAME, "caption").get_attribute("textContent").strip() for t in tables]
    assert all(captions) and len(set(captions)) == len(captions)
    assert len(browser.find_elements(By.TAG_NAME, "main")) == 1
    navs = browser.find_elements(By.TAG_NAME, "nav")
    assert navs and all(browser.execute_script(
        "const n = arguments[0]; const id = n.getAttribute('aria-labelledby');"
        "return n.getAttribute('aria-label') || (id && document.getElementById(id).textContent)", n) for n in navs)


def test_no_figure_breaks_inside_on_a_phone(browser, report):
    """At 390 px no figure (12→15, 変更 3 / 9) wraps inside, and the page does not overflow."""
    _open(browser, report, 390)
    broken = browser.execute_script("""
        const out = [];
        for (const e of document.querySelectorAll('.n, .count')) {
          if (e.offsetParent === null) continue;
          const r = document.createRange(); r.selectNodeContents(e);
          const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
          if (tops.size > 1) out.push(e.textContent);
        }
        return out;""")
    assert broken == []
    assert browser.execute_script("return document.querySelectorAll('.n, .count').length") > 100
    assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_print_has_page_numbers_and_a_running_title(browser, report, capsys):
    """Printed through Chrome's Page.printToPDF (DevTools; the page's @page size): every page
    carries the running title and its number of the total."""
    import base64

    import pymupdf

    _open(browser, report, 1400)
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    pages = len(doc)
    with capsys.disabled():
        print(f"\n新旧対照表 2021→2022 printed: {pages} pages (A4 landscape)")
    assert 5 < pages < 48    # 48 A4 pages before the print styles
    assert doc[0].rect.width > doc[0].rect.height   # landscape, as @page says
    for n, page in enumerate(doc, start=1):
        text = page.get_text()
        assert "新旧対照表　AI戦略2021 → AI戦略2022" in text and f"{n} / {pages}" in text, n
