"""The allocation report's HTML page (verifier/reports/allocation_html.py) as a reader sees it: issue 16 section 4.

The layout test opens the page in headless Chromium at 1,400 pixels (support/chromium.py) and measures what the
issue's user complained about: page overflow, tables wider than the page or with clipped cells, panel titles
cut by the picture's edge or crossed by block lines, block names running into each other, instruction columns
too narrow to read, empty pictures. The page is a real report of a small manifest (fib.c, checked_trap.c with
functions that allocate nothing, blake2b.wat with a 402-instruction function and 272-digit hex inputs) plus one
hand-made function whose picture is narrower than its titles. The other tests use hand-made rows whose gaps are
worked out here from the issue's definitions.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from support.chromium import measure
from verifier.reports.allocation import (GAP_OVER_100, GAP_SIGN, AllocationReport, FunctionRow, GasRow,
                                         ProgramOutcome, allocation_report, function_rows, gas_rows, to_markdown)
from verifier.reports.allocation_html import to_html
from verifier.reports.live_lanes import LivePicture, LiveValue
from verifier.reports.manifest import load_inputs

ROOT = Path(__file__).resolve().parents[2]
WINDOW = 1400
"""The window width of the issue's reader, in pixels."""
READABLE_COLUMN = 8.0
"""Fewest pixels per IR instruction a reader can hover and tell apart (the issue: 3 is not)."""
LABEL_GAP = 6.0
"""Fewest pixels between two block names (a space of the 10-pixel monospace font): closer, they read as one."""

LAYOUT_JS = r"""
const root = document.documentElement;
const view = root.clientWidth;
const box = e => e.getBoundingClientRect();
const own = e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join("");
const meet = (a, b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5
                       && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
const tables = [...document.querySelectorAll("table")].map(t => {
  const cells = [...t.querySelectorAll("th, td")];
  return {width: box(t).width, container: t.parentElement.clientWidth,
          headers: [...t.querySelectorAll("th")].map(c => c.textContent.trim()),
          clipped: cells.filter(c => c.scrollWidth > c.clientWidth).map(c => c.textContent.trim()),
          outside: cells.filter(c => box(c).left < 0 || box(c).right > view).map(c => c.textContent.trim())};
});
const sections = [...document.querySelectorAll("section")].map(section => {
  const svg = section.querySelector("svg");
  const note = section.querySelector("p.note");
  const out = {id: section.querySelector("h3").textContent, svg: !!svg, note: note ? note.textContent : null};
  if (!svg) return out;
  const s = box(svg);
  out.boxRight = box(section.querySelector(".scroll")).right;
  const texts = [...svg.querySelectorAll("text")].filter(t => own(t).trim()).map(t => {
    const r = box(t);
    return {text: own(t), title: t.getAttribute("class") === "panel-title",
            x0: r.left - s.left, x1: r.right - s.left, y0: r.top - s.top, y1: r.bottom - s.top};
  });
  const lines = [...svg.querySelectorAll("line")].map(l => ({x0: +l.getAttribute("x1") - 0.5,
      x1: +l.getAttribute("x2") + 0.5, y0: +l.getAttribute("y1"), y1: +l.getAttribute("y2")}));
  out.outside = texts.filter(t => t.x0 < -0.5 || t.x1 > s.width + 0.5 || t.y0 < -0.5 || t.y1 > s.height + 0.5)
                     .map(t => t.text);
  out.overlaps = [];
  texts.forEach((a, i) => texts.slice(i + 1).forEach(b => { if (meet(a, b)) out.overlaps.push([a.text, b.text]); }));
  out.crossed = texts.filter(t => t.title && lines.some(l => meet(t, l))).map(t => t.text);
  const names = texts.filter(t => t.y1 < 20).sort((a, b) => a.x0 - b.x0);
  out.labelGaps = names.slice(1).map((t, i) => [names[i].text, t.text, t.x0 - names[i].x1]);
  out.bars = [...svg.querySelectorAll("rect.bar")].map(b => box(b).width);
  out.columns = [...svg.querySelectorAll("rect.ins")].map(c => box(c).width);
  return out;
});
return {scrollWidth: root.scrollWidth, clientWidth: view, tables, sections};
"""
"""Measures the page in Chromium: returns the page's scroll and client width, per table its width, its
container's and the cells whose text is clipped or lies outside the window, per function section whether it has
a picture or a note and, for a picture, the texts outside it, overlapping pairs of texts, panel titles a block
line crosses, the gaps between neighbouring block names, and the widths of bars and instruction columns."""


def _row(function: str, instructions: int, values: tuple[LiveValue, ...], *, linear: int = 0, optimal: int = 0,
         bound: int | None = None, status: str = "optimal", candidates: int = 1,
         registers: tuple[int, ...] = (11, 12), program: str = "hand.ll", seconds: float = 0.01) -> FunctionRow:
    """A hand-made function row: `instructions` IR instructions in one block, `values` all in r12 under the
    optimal allocation and none under linear scan's."""
    picture = LivePicture(tuple(f"%t{i} = add i64 %x, {i}" for i in range(instructions)), ((0, "entry"),), values)
    return FunctionRow(program, function, candidates, registers, linear, optimal,
                       optimal if bound is None else bound, status, seconds, (),
                       tuple((v.value, 12) for v in values), picture)


def _report(*outcomes: ProgramOutcome) -> AllocationReport:
    return AllocationReport(("hand.toml",), outcomes, 10.0, 1, 1.0)


NARROW = ProgramOutcome("narrow.ll", (_row("tiny", 2, (LiveValue(0, "%t0", 5, ((1, 3),)),), program="narrow.ll",
                                           optimal=123456, bound=123457, status="bounded", seconds=10.0),))
"""A function of two instructions whose panel title ("optimal: objective 123456 (bounded, 10.00 s)") is wider
than its two columns and the lane labels."""


def _text(html: str) -> str:
    """The text of `html` without tags, unescaped, whitespace collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def _markdown_text(markdown: str) -> str:
    return " ".join(markdown.replace("`", "").replace("**", "").split())


def test_gap_has_the_same_sign_in_both_tables() -> None:
    # Optimal better than linear scan in both: by the objective (40 of a bound of 100 reached) and in measured
    # gas (900 against 1,000); then optimal dearer on another input (1,010 against 1,000).
    report = _report(ProgramOutcome("p.c", (_row("f", 3, (), linear=40, optimal=100),),
                                    (GasRow("p.c", b"\x01", (1200, 1000, 900), "halt", True),
                                     GasRow("p.c", b"\x02", (1200, 1000, 1010), "halt", True))))
    [function] = function_rows(report)
    better, dearer = gas_rows(report)
    assert function[6] == "60.0"                       # 100 × (100 − 40) / 100
    assert better[5:7] == [100, "+10.0"]               # linear-scan − optimal, 100 × 100 / 1000
    assert dearer[5:7] == [-10, "-1.0"] and dearer[7] == "halt (optimal dearer)"
    for page in (_markdown_text(to_markdown(report)), _text(to_html(report))):
        assert GAP_SIGN in page and "linear-scan − optimal" in page
        assert "(linear-scan − optimal) / linear-scan" in page and "(bound − linear scan) / bound" in page


def test_gaps_over_100_percent_are_explained_on_both_pages() -> None:
    # The explanation's claim, from the definition: against a positive bound the gap exceeds 100 % exactly when
    # linear scan's objective is below 0, and a small bound magnifies it (2 against −630: 31,600 %).
    for bound in (2, 100):
        for linear in (-630, -1, 0, 1, bound):
            gap = _row("f", 1, (), linear=linear, optimal=bound).gap_percent
            assert gap is not None and (gap > 100) == (linear < 0)
    assert _row("f", 1, (), linear=-630, optimal=2).gap_percent == 31600.0
    report = _report(ProgramOutcome("p.c", (_row("f", 1, (), linear=-630, optimal=2),)))
    assert "can exceed 100 %" in GAP_OVER_100 and "negative" in GAP_OVER_100 and "31600 %" in GAP_OVER_100
    assert " ".join(GAP_OVER_100.split()) in _markdown_text(to_markdown(report))
    assert " ".join(GAP_OVER_100.split()) in _text(to_html(report))


def test_html_paragraphs_are_the_markdown_ones() -> None:
    report = _report(ProgramOutcome("p.c", (_row("f", 3, (), linear=40, optimal=100),),
                                    (GasRow("p.c", b"\x01", (1200, 1000, 900), "halt", True),)))
    markdown = to_markdown(report).split("## Failures")[0]
    html = _text(to_html(report))
    paragraphs = [p for p in markdown.split("\n\n") if p and not p.startswith(("#", "|"))]
    assert len(paragraphs) == 7      # command, summary, objectives, gap, over 100 %, gas totals, gas gap
    for paragraph in paragraphs:
        assert _markdown_text(paragraph) in html


def test_functions_without_allocated_values_get_a_note_not_a_picture() -> None:
    value = LiveValue(3, "%x", 7, ((1, 4),))
    report = _report(ProgramOutcome("p.c", (_row("none", 40, (), candidates=0), _row("no_regs", 40, (), registers=()),
                                            _row("unused", 40, ()), _row("used", 40, (value,)))))
    sections = re.findall(r"<section .*?</section>", to_html(report), re.S)
    assert [s.count("<svg") for s in sections] == [0, 0, 0, 1]
    notes = [re.findall(r'<p class="note">(.*?)</p>', s) for s in sections]
    assert notes == [["No picture: nothing to allocate (no candidate values)."],
                     ["No picture: nothing to allocate (no register is available to this function)."],
                     ["No picture: neither allocation keeps a value in a register."], []]


def test_block_lines_stay_out_of_panel_titles() -> None:
    svg = re.search(r"<svg.*?</svg>", to_html(_report(NARROW)), re.S)
    assert svg is not None
    titles = [float(y) for y in re.findall(r'<text class="panel-title" x="[\d.]+" y="([\d.]+)"', svg.group(0))]
    lines = [(float(a), float(b)) for a, b in re.findall(r'<line class="block" [^>]*y1="([\d.]+)" [^>]*'
                                                          r'y2="([\d.]+)"', svg.group(0))]
    assert len(titles) == 2 and lines
    for y in titles:    # an 11-pixel title occupies about y − 11 to y + 3
        assert all(bottom <= y - 11 or top >= y + 3 for top, bottom in lines), (y, lines)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of a real report of a small manifest plus the hand-made narrow function (module docstring)."""
    tmp = tmp_path_factory.mktemp("html")
    manifest = tmp / "small.toml"
    manifest.write_text(f'root = "{ROOT}"\n[[program]]\npath = "tests/programs/fib.c"\n'
                        '[[program]]\npath = "tests/programs/checked_trap.c"\n'
                        '[[program]]\npath = "tests/wat/bench/blake2b.wat"\n')
    real = allocation_report(load_inputs([str(manifest)]), jobs=2, inputs=[str(manifest)])
    assert not real.failures
    report = AllocationReport(real.inputs, (*real.outcomes, NARROW), real.timeout_seconds, real.jobs,
                              real.wall_seconds)
    out = tmp / "allocation.html"
    out.write_text(to_html(report), encoding="utf-8")
    return out


def test_page_layout_in_chromium_at_1400_pixels(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html
    assert max(len(a) for a in re.findall(r"<td[^>]*>\s*([0-9a-f]{200,})\s*</td>", html)) == 272
    layout = measure(page, LAYOUT_JS, width=WINDOW)
    assert isinstance(layout, dict)
    # No horizontal overflow of the page; every table fits its container and shows every cell whole, so the
    # measured-gas table's gas columns are on screen beside 272-digit arguments.
    assert layout["scrollWidth"] <= layout["clientWidth"] <= WINDOW
    tables = layout["tables"]
    assert [t["headers"][:3] for t in tables] == [["program", "function", "candidates"],
                                                  ["program", "args", "gas none"]]
    for table in tables:
        assert table["width"] <= table["container"], table["headers"]
        assert table["clipped"] == [] and table["outside"] == [], table["headers"]
    sections = {s["id"]: s for s in layout["sections"]}
    assert len(sections) == len(layout["sections"])
    # A function with nothing in a register is a note; every other function a picture that fits the page (it
    # scrolls inside its box), with its texts inside it, apart, and no block line through a panel title.
    notes = [name for name, s in sections.items() if not s["svg"]]
    assert "tests/programs/checked_trap.c: checked_div" in notes
    assert all(sections[name]["note"].startswith("No picture: ") for name in notes)
    pictures = {name: s for name, s in sections.items() if s["svg"]}
    assert "narrow.ll: tiny" in pictures and len(pictures) >= 4
    for name, s in pictures.items():
        assert s["boxRight"] <= layout["clientWidth"], name
        assert s["outside"] == [], (name, "text cut by the picture's edge")
        assert s["overlaps"] == [], (name, "texts drawn over each other")
        assert s["crossed"] == [], (name, "block lines through panel titles")
        assert all(gap >= LABEL_GAP for _, _, gap in s["labelGaps"]), (name, s["labelGaps"])
        assert min(s["columns"]) >= READABLE_COLUMN, name
        assert min(s["bars"]) >= READABLE_COLUMN / 2, name
    # The long function really is long: wider than the window, so it scrolls rather than shrinks.
    long = pictures["tests/wat/bench/blake2b.wat: wasm.func3"]
    assert len(long["columns"]) > 400 and sum(long["columns"]) > WINDOW
