"""The allocation report as one self-contained HTML page, with a picture of every function's register lanes.

What it does: `to_html(report)` renders an `allocation.AllocationReport`: the preamble, the per-function and
measured-gas tables (tabulate's escaping ``html`` format, the same rows and the same explanatory paragraphs as
the Markdown report, so the two agree on what a positive gap means and why a gap can exceed 100 %), the
failures, and per function one inline SVG (`function_svg`). The SVG has an x axis of the function's IR
instructions in the emitter's block order (block boundaries drawn and named; hovering a column shows its
instruction) and two panels, linear scan's allocation above the optimal one on the same axis so they line up:
each panel has a title row (no block line crosses it) and one lane per register r9-r12 (and r5-r8 where the full
model offers them; a register the function cannot use is drawn greyed out and marked unavailable), and every
value the allocation keeps in a register is a bar on its register's lane over the half-positions where the
verifier's liveness says it is live (`live_lanes.LiveValue.runs`), labelled with its IR name where the bar is wide
enough, always with a tooltip (`<title>`) giving name, register, live instructions and estimated saving. A value
has the same colour in both panels. A function neither allocation keeps any value of in a register gets a
one-line note instead of a picture of empty lanes.

Assumes: the report's rows carry their `LivePicture` (`allocation.analyse_program` computes it); a browser's
monospace font is at most `CHAR` pixels per character at 10 pixels (DejaVu Sans Mono and Menlo are about 6.0) and
`TITLE_CHAR` at 11 pixels bold.

Guarantees: the page uses no external asset (inline CSS, no script, no font or image links); every name and
instruction text is escaped (`html.escape`); nothing overflows the page horizontally: table cells wrap (the
measured-gas table's hex arguments break anywhere, at most `ARGS_WIDTH` characters wide, so the gas columns stay
on screen) and a picture wider than the page scrolls inside its own box. Pictures stay readable: each column is
between `MIN_CELL` and `MAX_CELL` pixels wide (about `TARGET_WIDTH` pixels for the whole axis; so the narrowest
bar, one half-position, is `MIN_CELL` / 2 pixels), a picture is at least as wide as its panel titles, and block
names are drawn only where they fit with at least `CHAR` pixels to the next (truncated with an ellipsis, or
left to the tooltip). Exactly one top-level ``<svg>`` per function with something allocated, else one
``<p class="note">``; each lane a ``<g class="lane">`` with ``data-register`` (and ``data-available="no"`` when
unavailable), each bar a ``<rect class="bar">`` inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from pvm_backend import abi

from .allocation import (FUNCTION_ALIGN, FUNCTION_HEADERS, GAS_ALIGN, GAS_GAP, GAS_HEADERS, AllocationReport,
                         FunctionRow, function_rows, gas_rows, preamble, table)
from .live_lanes import LiveValue

LANES: tuple[int, ...] = tuple(int(r) for r in abi.CALLEE_SAVED)
"""The registers an allocation may use under the seed model, one lane each: r9-r12 (a function whose model also
offers r5-r8, or whose allocations use them, gets a lane for each of those too)."""
TARGET_WIDTH = 1000
"""Pixels the instruction axis of a picture aims at."""
MIN_CELL = 10.0
"""Fewest pixels per IR instruction (wider functions scroll inside their box): a bar is never narrower than half
of it. (It was 3: bars of 1.5 pixels in long functions.)"""
MAX_CELL = 18.0
"""Most pixels per IR instruction (short functions do not balloon)."""
LEFT = 118
"""Pixels left of the axis, for lane labels."""
RIGHT = 12
AXIS = 30
"""Height of the axis strip (block names, instruction columns)."""
TITLE = 20
"""Height of a panel's title line."""
LANE = 22
"""Height of a lane."""
CHAR = 6.2
"""Width of one character of a 10-pixel label, with a margin, to decide whether a label fits its bar or block."""
TITLE_CHAR = 7.0
"""Width of one character of an 11-pixel bold panel title, with a margin, to make a picture wide enough for it."""
ARGS_WIDTH = 48
"""Most characters per line of the measured-gas table's hex arguments (longer ones wrap)."""

STYLE = f"""
body {{ font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }}
th, td {{ border: 1px solid #ccc; padding: 2px 8px; overflow-wrap: anywhere; }}
th {{ background: #f0f0f0; }}
.gas td:nth-child(2) {{ font-family: monospace; word-break: break-all; min-width: 8ch; max-width: {ARGS_WIDTH}ch; }}
.scroll {{ overflow-x: auto; border: 1px solid #ddd; padding: 4px; margin-bottom: 1.5em; }}
.note {{ color: #555; font-style: italic; }}
section h3 {{ margin-bottom: 0.2em; font-family: monospace; overflow-wrap: anywhere; }}
svg text {{ font-family: monospace; font-size: 10px; }}
svg .panel-title {{ font-size: 11px; font-weight: bold; }}
svg .lane-bg {{ fill: #fafafa; stroke: #e0e0e0; }}
svg .lane-off {{ fill: #e6e6e6; stroke: #e0e0e0; }}
svg .block {{ stroke: #999; stroke-dasharray: 2 2; }}
svg .ins {{ fill: transparent; }}
svg .ins:hover {{ fill: #0000000f; }}
svg .bar {{ stroke: #555; stroke-width: 0.5; }}
svg .bar:hover {{ stroke: #000; stroke-width: 1.5; }}
"""


def to_html(report: AllocationReport) -> str:
    """The whole page (module docstring)."""
    failures = report.failures
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             "<title>Register allocation: linear scan vs optimal</title>", f"<style>{STYLE}</style>", "</head>",
             "<body>", "<h1>Register allocation: linear scan vs optimal</h1>", *_paragraphs(preamble(report)),
             f"<h2>Functions ({len(report.functions)})</h2>",
             table(function_rows(report), FUNCTION_HEADERS, FUNCTION_ALIGN, "html")]
    if report.runs:
        parts += [f"<h2>Measured gas ({len(report.runs)} runs)</h2>", *_paragraphs([GAS_GAP]),
                  f'<div class="gas">{table(gas_rows(report), GAS_HEADERS, GAS_ALIGN, "html")}</div>']
    parts += [f"<h2>Failures ({len(failures)})</h2>",
              "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in failures) + "</ul>" if failures
              else "<p>None.</p>",
              "<h2>Live intervals on register lanes</h2>",
              "<p>Per function: the IR instructions in the emitter's block order from left to right (dashed lines "
              "start blocks; hover a column for its instruction), one lane per register (r9–r12, and r5–r8 "
              "under the full model), linear scan's "
              "assignment above the optimal one. A bar is a value kept in that register, spanning where the "
              "verifier's liveness says it is live; hover it for details. Grey lanes are registers the function "
              "cannot use. A long function's picture scrolls sideways in its box.</p>"]
    for index, row in enumerate(report.functions):
        gap = "-" if row.gap_percent is None else f"{row.gap_percent:.1f}"
        parts += [f'<section id="f{index}">', f"<h3>{escape(row.program)}: {escape(row.function)}</h3>",
                  f"<p>{row.candidates} candidates, {len(row.picture.instructions)} IR instructions, linear scan "
                  f"{row.linear_scan}, optimal {row.optimal} ({escape(row.status)}), gap {gap} %."
                  "</p>",
                  f'<div class="scroll">{function_svg(row)}</div>' if row.picture.values
                  else f'<p class="note">No picture: {_nothing_allocated(row)}.</p>', "</section>"]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """Markdown `lines` (paragraphs separated by empty lines, inline ``code`` and ``**bold**`` only) as escaped
    HTML paragraphs."""
    out = []
    for text in "\n".join(lines).split("\n\n"):
        pieces = text.strip().split("`")
        for i, piece in enumerate(pieces):
            if i % 2:
                pieces[i] = f"<code>{escape(piece)}</code>"
            else:
                bold = escape(piece).split("**")
                pieces[i] = "".join(f"<strong>{b}</strong>" if j % 2 else b for j, b in enumerate(bold))
        out.append(f"<p>{''.join(pieces)}</p>")
    return out


def _nothing_allocated(row: FunctionRow) -> str:
    """Why neither allocation of `row` keeps a value in a register."""
    if row.candidates == 0:
        return "nothing to allocate (no candidate values)"
    if not row.registers:
        return "nothing to allocate (no register is available to this function)"
    return "neither allocation keeps a value in a register"


def cell_width(instructions: int) -> float:
    """Pixels per IR instruction for a function of `instructions` instructions."""
    return max(MIN_CELL, min(MAX_CELL, TARGET_WIDTH / max(1, instructions)))


def function_svg(row: FunctionRow) -> str:
    """One function's picture: the axis, then linear scan's panel above the optimal one (module docstring)."""
    picture = row.picture
    n = len(picture.instructions)
    cell = cell_width(n)
    lanes = tuple(sorted(set(LANES) | set(row.registers)
                         | {r for _, r in (*row.linear_assignment, *row.optimal_assignment)}))
    panel = TITLE + LANE * len(lanes)
    panels = (("linear-scan", f"linear scan: objective {row.linear_scan}", row.linear_assignment),
              ("optimal", f"optimal: objective {row.optimal} ({row.status}, {row.seconds:.2f} s)",
               row.optimal_assignment))
    width = round(max(LEFT + n * cell, 4 + TITLE_CHAR * max(len(title) for _, title, _ in panels)) + RIGHT)
    height = AXIS + 2 * panel + 4
    names = {v.value: v for v in picture.values}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{escape(row.function)}: live intervals, linear scan above optimal">',
           f"<title>{escape(row.program)}: {escape(row.function)}: live intervals on r{lanes[0]}–r12, linear scan "
           f"above the optimal allocation</title>"]
    # Block lines run through the axis strip and each panel's lanes, never through a panel's title row.
    spans = [(12.0, float(AXIS))] + [(AXIS + k * panel + TITLE, AXIS + (k + 1) * panel) for k in range(len(panels))]
    out += _axis(picture.instructions, picture.blocks, cell, height, spans)
    for number, (kind, title, assignment) in enumerate(panels):
        top = AXIS + number * panel
        out.append(f'<g class="panel" data-allocation="{kind}">')
        out.append(f'<text class="panel-title" x="4" y="{top + 14}">{escape(title)}</text>')
        for lane, reg in enumerate(lanes):
            held = [names[v] for v, r in assignment if r == reg and v in names]
            out += _lane(reg, reg in row.registers, held, top + TITLE + lane * LANE, n * cell, cell, kind)
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _axis(instructions: Sequence[str], blocks: Sequence[tuple[int, str]], cell: float, height: int,
          spans: Sequence[tuple[float, float]]) -> list[str]:
    """Block boundaries (a dashed line over each of `spans`, (top, bottom) in pixels) with names, and one hover
    column per instruction showing its text. A name is drawn whole, or cut to at least 3 characters and an
    ellipsis, where that fits before the next block's line with one character to spare; else only its tooltip."""
    out = ['<g class="axis">']
    ends = [start for start, _ in blocks[1:]] + [len(instructions)]
    for (start, name), end in zip(blocks, ends):
        x = LEFT + start * cell
        room = min(24, int(((end - start) * cell - 2 - CHAR) / CHAR))   # characters that fit, one to spare
        label = escape(_fit(name, room)) if len(name) <= room or room >= 4 else ""
        out += [f'<line class="block" x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}"/>'
                for top, bottom in spans]
        out.append(f'<text x="{x + 2:.1f}" y="10"><title>block {escape(name)}: IR instructions {start}–{end - 1}'
                   f"</title>{label}</text>")
    for i, text in enumerate(instructions):
        out.append(f'<rect class="ins" x="{LEFT + i * cell:.1f}" y="14" width="{cell:.1f}" height="{height - 14}">'
                   f"<title>{i}: {escape(_fit(text, 160))}</title></rect>")
    out.append("</g>")
    return out


def _lane(reg: int, available: bool, held: Sequence[LiveValue], y: float, span: float, cell: float,
          kind: str) -> list[str]:
    """One register's lane in one panel, with a bar per live run of every value it holds."""
    attrs = f'data-register="r{reg}"' + ("" if available else ' data-available="no"')
    label = f"r{reg}" if available else f"r{reg} (unavailable)"
    out = [f'<g class="lane" {attrs}>',
           f'<rect class="{"lane-bg" if available else "lane-off"}" x="{LEFT}" y="{y + 1:.1f}" '
           f'width="{span:.1f}" height="{LANE - 2}"/>',
           f'<text x="4" y="{y + LANE / 2 + 4:.1f}">{label}</text>']
    for value in held:
        colour = f"hsl({(value.value * 137) % 360}, 65%, 72%)"
        live = ", ".join(f"{a // 2}–{(b - 1) // 2}" if a // 2 != (b - 1) // 2 else f"{a // 2}"
                         for a, b in value.runs)
        tip = escape(f"{value.name} in r{reg} ({kind}): live at IR instructions {live}; estimated saving "
                     f"{value.saving} gas")
        for a, b in value.runs:
            out.append(f'<rect class="bar" x="{LEFT + a * cell / 2:.1f}" y="{y + 3:.1f}" '
                       f'width="{(b - a) * cell / 2:.1f}" height="{LANE - 6}" fill="{colour}">'
                       f"<title>{tip}</title></rect>")
        if value.runs:
            a, b = max(value.runs, key=lambda run: run[1] - run[0])
            if (b - a) * cell / 2 >= CHAR * len(value.name) + 4:
                out.append(f'<text x="{LEFT + a * cell / 2 + 2:.1f}" y="{y + LANE / 2 + 4:.1f}">'
                           f"<title>{tip}</title>{escape(value.name)}</text>")
    out.append("</g>")
    return out


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` (>= 1) characters (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[:max(0, limit - 1)] + "…"
