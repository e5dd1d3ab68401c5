"""`pvmc report allocation` (verifier/reports/allocation.py, allocation_html.py) on small programs.

Expected facts come from outside the report: the functions each program defines (read from its source: clang
keeps `main` and the noinline helpers), the gas of each input measured by compiling the program independently
with each allocator and running it on anan-as (one program) or our interpreter (the other), the gap formula of
the issue, the HTML grammar (the standard library's html.parser), the value names of an independent compile of
the same program, and the exit codes of the CLI (0 produced, 1 a program failed, 2 bad input with one stderr
line and nothing written).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pvm_backend.cli import main as pvmc
from pvm_backend.containers import decode_jam
from pvm_backend.driver import compile_file
from pvm_backend.frontend.load import load_module
from pvm_backend.faults import ENV as FAULT_ENV
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction
from verifier.reports.allocation import allocation_report, to_json
from verifier.reports.allocation_html import to_html
from verifier.reports.live_lanes import live_picture
from verifier.reports.manifest import load_inputs

ROOT = Path(__file__).resolve().parents[2]
GCD = ROOT / "tests/programs/gcd.c"
FIB = ROOT / "tests/programs/fib.c"
FUNCTION_KEYS = {"program", "function", "candidates", "registers", "linear_scan", "optimal", "bound", "gap_percent",
                 "status", "seconds"}
PROGRAM_KEYS = {"program", "args", "gas_none", "gas_linear_scan", "gas_optimal", "optimal_dearer"}
LANES = ["r9", "r10", "r11", "r12"]
GAS = 10**9
"""`pvmc run`'s default gas limit, which the report uses too; every run here needs a few thousand."""
MODES = {"gas_none": "none", "gas_linear_scan": "linear-scan",
         "gas_optimal": "optimal"}

# A loop over the argument bytes in hand-written IR whose function, block and value names need escaping in HTML.
ESCAPE_LL = r"""; args: 010203
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@out = internal global i64 0

define i64 @"sum<&>"(ptr %args, i32 %len) noinline {
entry:
  %empty = icmp eq i32 %len, 0
  br i1 %empty, label %exit, label %"loop<b>"

"loop<b>":
  %i = phi i32 [ 0, %entry ], [ %i.next, %"loop<b>" ]
  %"acc<&\22>" = phi i64 [ 0, %entry ], [ %acc.next, %"loop<b>" ]
  %p = getelementptr i8, ptr %args, i32 %i
  %b8 = load i8, ptr %p
  %b = zext i8 %b8 to i64
  %acc.next = add i64 %"acc<&\22>", %b
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, %len
  br i1 %more, label %"loop<b>", label %exit

exit:
  %r = phi i64 [ 0, %entry ], [ %acc.next, %"loop<b>" ]
  ret i64 %r
}

define i64 @main(ptr %args, i32 %len) {
  %r = call i64 @"sum<&>"(ptr %args, i32 %len)
  store i64 %r, ptr @out
  %pi = ptrtoint ptr @out to i64
  %res = or i64 %pi, 34359738368
  ret i64 %res
}
"""


def cli_json(out: Path, *argv: str) -> tuple[int, dict]:
    """Run `pvmc report allocation ARGV --json -o OUT --quiet`; (exit code, parsed report)."""
    code = pvmc(["report", "allocation", *argv, "--json", "-o", str(out), "--quiet"])
    return code, json.loads(out.read_text())


def test_json_schema_functions_and_gap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, data = cli_json(tmp_path / "a.json", "tests/programs/gcd.c", "tests/programs/fib.c", "--jobs", "2")
    assert code == 0
    assert set(data) == {"register_model", "functions", "programs"} and data["register_model"] == "seed"
    assert data["programs"] == []          # source files carry no inputs for the report
    assert all(set(f) == FUNCTION_KEYS for f in data["functions"])
    # Input order, then emission order (the entry first): gcd.c keeps its noinline `gcd`, fib.c inlines `fib`.
    assert [(f["program"], f["function"]) for f in data["functions"]] == [
        ("tests/programs/gcd.c", "main"), ("tests/programs/gcd.c", "gcd"), ("tests/programs/fib.c", "main")]
    for f in data["functions"]:
        assert f["status"] in ("optimal", "bounded", "timeout")
        assert set(f["registers"]) <= set(LANES) and f["candidates"] >= 0 and f["seconds"] >= 0
        expected = 0.0 if f["bound"] == 0 else 100 * (f["bound"] - f["linear_scan"]) / f["bound"]
        assert f["gap_percent"] == pytest.approx(expected, abs=0.006)
        assert f["optimal"] <= f["bound"]
        if f["status"] == "optimal":
            assert f["linear_scan"] <= f["optimal"] == f["bound"]
    # Both mains keep values in registers, so the optimum saves something there. Whether allocating anything pays
    # in `gcd`, whose loop values the emitter's baseline keeps in r5-r8 (`pvm_backend.baseline`), depends on the
    # baseline: the columns above bound it.
    assert [f["optimal"] > 0 for f in data["functions"]][0::2] == [True, True]


def test_measured_gas_equals_independent_runs(tmp_path: Path, anan: AnanAs) -> None:
    manifest = tmp_path / "gas.toml"
    manifest.write_text(f'root = "{ROOT}"\n'
                        '[[program]]\npath = "tests/programs/gcd.c"\nargs = ["0c000000000000001200000000000000"]\n'
                        '[[program]]\npath = "tests/programs/fib.c"\nargs = ["0a000000", "c8000000"]\n')
    code, data = cli_json(tmp_path / "gas.json", str(manifest), "--jobs", "1")
    assert code == 0
    assert all(set(p) == PROGRAM_KEYS for p in data["programs"])
    gcd, fib = GCD.relative_to(ROOT).as_posix(), FIB.relative_to(ROOT).as_posix()
    rows = {(p["program"].removeprefix(f"{ROOT.as_posix()}/"), p["args"]): p for p in data["programs"]}
    assert list(rows) == [(gcd, "0c000000000000001200000000000000"), (fib, "0a000000"), (fib, "c8000000")]
    for key, mode in MODES.items():
        # Built as a user builds it: `pvmc compile` in a process of its own.
        jam = tmp_path / f"{mode}.jam"
        for source, out in ((GCD, jam), (FIB, tmp_path / f"fib-{mode}.jam")):
            subprocess.run([sys.executable, "-m", "pvm_backend.cli", "compile", str(source), "--regalloc",
                            mode, "-o", str(out)], check=True, cwd=ROOT)
        theirs = anan.run_spi(jam.read_bytes(), bytes.fromhex("0c000000000000001200000000000000"), GAS,
                              metadata=True, host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})
        assert theirs.status == "halt" and theirs.output[:8] == (6).to_bytes(8, "little")   # gcd(12, 18)
        assert rows[gcd, "0c000000000000001200000000000000"][key] == theirs.gas_used, key
        program = decode_jam((tmp_path / f"fib-{mode}.jam").read_bytes())[1]
        for args, fib_n in (("0a000000", 55), ("c8000000", None)):
            ours = run_spi(program, bytes.fromhex(args), GAS, host_calls=jip1_log_handler)
            assert ours.status.value == "halt"
            if fib_n is not None:
                assert ours.output == fib_n.to_bytes(8, "little")
            assert rows[fib, args][key] == ours.gas_used, (key, args)
    for row in rows.values():   # the flag is exactly "optimal measured dearer than linear scan"
        assert row["optimal_dearer"] == (row["gas_optimal"] > row["gas_linear_scan"])


@dataclass
class Lane:
    """One register lane of one panel of one picture."""

    available: bool
    bars: list[float] = field(default_factory=list)
    """x of every bar."""
    titles: list[str] = field(default_factory=list)
    """Tooltip of every bar."""


class Page(HTMLParser):
    """Collects tags, headings, every svg's lanes and bars, and the hover titles of IR instructions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.headings: list[str] = []
        self.svgs: list[dict[str, dict[str, Lane]]] = []   # per picture: panel -> register -> lane
        self.instruction_titles: list[str] = []
        self.notes: list[str] = []
        """The one-line notes of functions drawn without a picture."""
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.stack_attrs: dict[str, str] = {}
        """The attributes of the element just closed."""
        self.text: list[str] = []

    def _lane(self) -> Lane:
        panel = list(self.svgs[-1].values())[-1]
        return list(panel.values())[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        a = {k: v or "" for k, v in attrs}
        if tag == "svg":
            self.svgs.append({})
        elif tag == "g" and "data-allocation" in a:
            self.svgs[-1][a["data-allocation"]] = {}
        elif tag == "g" and a.get("class") == "lane":
            list(self.svgs[-1].values())[-1][a["data-register"]] = Lane(a.get("data-available") != "no")
        elif tag == "rect" and a.get("class") == "bar":
            self._lane().bars.append(float(a["x"]))
        if tag not in ("meta", "line"):
            self.stack.append((tag, a))
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            return
        self.stack_attrs = self.stack.pop()[1]
        text = "".join(self.text)
        if tag == "h3":
            self.headings.append(text)
        elif tag == "p" and self.stack_attrs.get("class") == "note":
            self.notes.append(text)
        elif tag == "title" and self.stack and self.stack[-1][0] == "rect":
            parent = self.stack[-1][1].get("class")
            if parent == "ins":
                self.instruction_titles.append(text)
            elif parent == "bar":
                self._lane().titles.append(text)
        self.text = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_has_one_picture_per_function_with_lanes_and_escaped_names(tmp_path: Path) -> None:
    source = tmp_path / "escape.ll"
    source.write_text(ESCAPE_LL)
    report = allocation_report(load_inputs([str(source), str(GCD)]), jobs=1)
    data = to_json(report)
    page = Page()
    page.feed(to_html(report))
    page.close()
    # Nothing from a name became markup: only the tags the page is made of.
    assert page.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "code", "strong",
                         "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "section", "div", "svg", "g",
                         "rect", "text", "line"}
    functions = [(f["program"], f["function"]) for f in data["functions"]]
    builds = [compile_file(source), compile_file(GCD)]   # linear scan, as the report's left panel
    assert [name for _, name in functions] == [e.name for b in builds for e in b.build.emitted]
    assert "sum<&>" in [name for _, name in functions]
    assert page.headings == [f"{program}: {function}" for program, function in functions]
    # A picture for every function either allocation keeps a value of in a register, a one-line note for the rest.
    drawn = [bool(row.linear_assignment or row.optimal_assignment) for row in report.functions]
    assert len(page.svgs) == sum(drawn) and len(page.notes) == len(functions) - sum(drawn)
    assert all(note.startswith("No picture: ") for note in page.notes)
    assert any(t.endswith(': %acc.next = add i64 %"acc<&\\22>", %b') for t in page.instruction_titles)
    irs = [b.module.function(e.name) for b in builds for e in b.build.emitted]
    pictured = [(f, row, ir) for f, row, ir, d in zip(data["functions"], report.functions, irs, drawn) if d]
    for svg, (f, row, ir) in zip(page.svgs, pictured, strict=True):
        assert ir is not None and list(svg) == ["linear-scan", "optimal"]
        for panel, assignment in (("linear-scan", row.linear_assignment), ("optimal", row.optimal_assignment)):
            lanes = svg[panel]
            assert list(lanes) == LANES
            assert [r for r, lane in lanes.items() if lane.available] == f["registers"]
            for register, lane in lanes.items():
                held = {f"%{ir.values[v].name}" for v, r in assignment if f"r{r}" == register}
                assert {t.split(" in ")[0] for t in lane.titles} == held, (f["function"], panel, register)
                assert all(t.split(" in ")[1].startswith(f"{register} ") for t in lane.titles)
                assert len(lane.bars) == len(lane.titles) and (not held or lane.available)
    # Some optimum keeps values in registers, so its panel has bars. (gcd's no longer does: the emitter's baseline
    # keeps its loop values in r5-r8, and allocating them to r9-r12 would only add prologue saves.)
    assert any(lane.bars for svg in page.svgs for lane in svg["optimal"].values())


LOOP_LL = """define i64 @main(ptr %args, i32 %len) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, %len
  br i1 %more, label %loop, label %exit
exit:
  %r = zext i32 %i.next to i64
  ret i64 %r
}
"""


def test_live_runs_of_a_loop_by_hand(tmp_path: Path) -> None:
    source = tmp_path / "loop.ll"
    source.write_text(LOOP_LL)
    function = load_module(source, 0, "main").function("main")
    assert function is not None
    ids = {v.name: v.id for v in function.values}
    picture = live_picture(function, {ids["len"]: 11}, {ids["i"]: 12, ids["i.next"]: 11}, {ids["i"]: 7})
    # Positions: 0 br | 1 phi, 2 add, 3 icmp, 4 br | 5 zext, 6 ret; half-position 2p is just before p, 2p + 1
    # just after. %len is live from entry around the loop's back edge to its last branch; %i from the phi (defined
    # on entry to the loop) to its use by the add; %i.next from the add to the zext in exit (used by the phi on
    # the back edge and by the zext).
    assert picture.blocks == ((0, "entry"), (1, "loop"), (5, "exit"))
    assert len(picture.instructions) == 7 and picture.instructions[2] == "%i.next = add i32 %i, 1"
    runs = {v.name: v.runs for v in picture.values}
    assert runs == {"%len": ((0, 10),), "%i": ((2, 5),), "%i.next": ((5, 11),)}
    assert {v.name: v.saving for v in picture.values} == {"%len": 0, "%i": 7, "%i.next": 0}


@pytest.mark.parametrize("make", ["missing", "bad-manifest", "bad-fault", "no-output-directory"])
def test_bad_input_exits_2_with_one_line_and_no_output(make: str, capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = str(tmp_path / "missing.c")
    if make == "bad-manifest":
        target = str(tmp_path / "bad.toml")
        Path(target).write_text('[[program]]\npath = "x.c"\nregisters = 3\n')
    elif make in ("bad-fault", "no-output-directory"):
        if make == "bad-fault":
            monkeypatch.setenv(FAULT_ENV, "no-such-fault")
        target = str(FIB)
    out = tmp_path / ("none/report.html" if make == "no-output-directory" else "report.html")
    code = pvmc(["report", "allocation", target, "--html", "-o", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert not out.exists()
    assert {"no-output-directory": str(out), "bad-fault": "no-such-fault"}.get(make, target) in captured.err


def test_a_program_that_does_not_compile_is_listed_and_fails(tmp_path: Path) -> None:
    floats = tmp_path / "floats.c"
    floats.write_text("double half(double x) { return x * 0.5; }\n"
                      "unsigned long long main(const unsigned char *a, unsigned int n) {\n"
                      "  return (unsigned long long)half((double)n); }\n")
    out = tmp_path / "report.md"
    assert pvmc(["report", "allocation", str(floats), str(FIB), "--jobs", "1", "-o", str(out), "--quiet"]) == 1
    markdown = out.read_text()
    assert "## Failures (1)" in markdown and f"- {floats.as_posix()}: compile:" in markdown
    assert "floating point" in markdown
    assert "| tests/programs/fib.c" in markdown or f"| {FIB.as_posix()}" in markdown
