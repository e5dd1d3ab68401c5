"""The allocation report's HTML page (verifier/reports/allocation_html.py) and its Markdown twin: issue 16 section 4.

Hand-made rows whose gaps are worked out here from the issue's definitions: both tables give the gap with the same
sign, and both pages say what the sign means and why a function's gap can exceed 100 %.
"""

from __future__ import annotations

import re
from html import unescape

from verifier.reports.allocation import (GAP_OVER_100, GAP_SIGN, AllocationReport, FunctionRow, GasRow,
                                         ProgramOutcome, function_rows, gas_rows, to_markdown)
from verifier.reports.allocation_html import to_html
from verifier.reports.live_lanes import LivePicture, LiveValue


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
