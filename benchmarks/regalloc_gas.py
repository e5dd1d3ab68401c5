"""Gas of every corpus program and input under every allocator and register model, side by side.

What it does: reads a corpus manifest (default tests/corpus.toml, `verifier.reports.manifest.load_manifest`: each
program's entry, -O level and inputs) and compiles every program in each build of `BUILDS` (`--builds` picks):

    none                          every value in its stack slot (the baseline)
    seed / full                   `--regalloc linear-scan` with `--registers seed` (the specification) / `full`
    optimal-seed / optimal-full   `--regalloc optimal` under each register model

Every input runs on pvmc's interpreter (`run_spi`, the JIP-1 log host call serviced as in the corpus tests).
Printed: one row per program and input with the gas used in each build (GP A.44: initial gas minus gas left) and
each build's gas as a ratio of `none`; then, per build, the median and geometric mean of those ratios and the
ratio of the total gas, over the whole corpus and over the real-code corpus (programs under tests/real/), and
every input on which an optimal build costs more gas than linear scan under the same register model.

Assumes: every corpus program compiles in every build.

Guarantees: every build must give the same status, output and host-call log for every input as `none`;
otherwise a `MISMATCH` line per input goes to stderr and the exit status is 1 (2 on a compile error). Builds run
on a process pool (`--jobs`); rows come out in manifest order whatever the number of jobs.

Usage: .venv/bin/python benchmarks/regalloc_gas.py [--manifest tests/corpus.toml] [--builds none,seed,full,...]
       [--only SUBSTRING] [--jobs N] [--optimal-timeout S] [--format FMT] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from pvm_backend.abi import RegisterModel  # noqa: E402
from pvm_backend.driver import BuildOptions, compile_file  # noqa: E402
from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.options import DEFAULT_TIMEOUT_SECONDS, milliseconds  # noqa: E402
from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402

GAS = 10 ** 10
"""Gas limit of every run (the corpus tests' limit is far below it)."""
BUILDS: dict[str, tuple[str, RegisterModel]] = {
    "none": ("none", RegisterModel.SEED),
    "seed": ("linear-scan", RegisterModel.SEED),
    "full": ("linear-scan", RegisterModel.FULL),
    "optimal-seed": ("optimal", RegisterModel.SEED),
    "optimal-full": ("optimal", RegisterModel.FULL),
}
"""Column name -> (`--regalloc`, `--registers`)."""
REAL_PREFIX = "tests/real/"
"""Programs under this path (relative to the repository) form the real-code corpus."""


@dataclass(frozen=True)
class Row:
    """One program and input measured in every build."""

    program: str
    """Path relative to the repository."""
    case: int
    """0-based index of the input among the program's inputs."""
    args: str
    """Input bytes in hex."""
    status: str
    """Exit status of the `none` build."""
    gas: dict[str, int]
    """Build name -> gas used."""
    mismatch: str = ""
    """Empty when every build agrees with `none` on status, output and log; else what differs."""

    def ratio(self, build: str) -> float:
        """Gas of `build` over gas of `none` (1.0 when both are 0)."""
        base = self.gas["none"]
        return 1.0 if base == self.gas[build] else (self.gas[build] / base if base else math.inf)


def _measure(program: ManifestProgram, builds: tuple[str, ...], timeout_ms: int) -> list[Row] | str:
    """Every input of `program` in every build; a compile error's message instead when one fails."""
    name = str(program.path.relative_to(REPO)) if program.path.is_relative_to(REPO) else str(program.path)
    runs = {}
    for build in builds:
        regalloc, model = BUILDS[build]
        options = BuildOptions(regalloc=regalloc, registers=model, optimal_timeout_ms=timeout_ms)
        try:
            result = compile_file(program.path, entry=program.entry, opt_level=program.opt_level, options=options)
        except PvmcError as exc:
            return f"{name} [{build}]: compile error: {exc}"
        runs[build] = [run_spi(result.program, args, GAS, host_calls=jip1_log_handler) for args in program.inputs]
    rows = []
    for index, args in enumerate(program.inputs):
        base = runs["none"][index]
        differences = []
        for build in builds:
            run = runs[build][index]
            if (run.status, run.output, run.log) != (base.status, base.output, base.log):
                differences.append(f"{build}: status {run.status.value} output {run.output.hex()} vs none: "
                                   f"status {base.status.value} output {base.output.hex()}")
        rows.append(Row(name, index, args.hex(), base.status.value,
                        {b: runs[b][index].gas_used for b in builds}, "; ".join(differences)))
    return rows


def summary(rows: list[Row], builds: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per build: median and geometric mean of the per-input ratios to `none`, and the ratio of total gas."""
    out: dict[str, dict[str, float]] = {}
    if not rows:
        return out
    for build in builds:
        ratios = [row.ratio(build) for row in rows]
        out[build] = {"median": round(statistics.median(ratios), 4),
                      "geomean": round(math.exp(sum(math.log(r) for r in ratios) / len(ratios)), 4),
                      "total": round(sum(r.gas[build] for r in rows) / max(1, sum(r.gas["none"] for r in rows)), 4)}
    return out


def dearer(rows: list[Row], builds: tuple[str, ...]) -> list[str]:
    """Every input on which an optimal build costs more gas than linear scan under the same register model."""
    out = []
    for row in rows:
        for model in ("seed", "full"):
            opt = f"optimal-{model}"
            if opt in builds and model in builds and row.gas[opt] > row.gas[model]:
                out.append(f"{row.program} case {row.case}: {opt} {row.gas[opt]:,} > {model} {row.gas[model]:,}")
    return out


def main() -> int:
    """Run the benchmark; returns the exit status (1 on a mismatch between builds, 2 on a compile error)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=REPO / "tests" / "corpus.toml", help="corpus manifest")
    parser.add_argument("--builds", default=",".join(BUILDS),
                        help=f"comma-separated builds, 'none' first (default: {','.join(BUILDS)})")
    parser.add_argument("--only", default="", help="only programs whose path contains this substring")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--optimal-timeout", type=float, default=DEFAULT_TIMEOUT_SECONDS,
                        help=f"seconds per function for the optimal builds ({DEFAULT_TIMEOUT_SECONDS:g})")
    parser.add_argument("--format", default="github", help="tabulate table format (github)")
    parser.add_argument("--json", action="store_true", help="print rows and summaries as JSON")
    args = parser.parse_args()
    builds = tuple(args.builds.split(","))
    if builds[0] != "none" or any(b not in BUILDS for b in builds):
        parser.error(f"--builds must start with none and name builds of {', '.join(BUILDS)}")
    programs = [p for p in load_manifest(args.manifest).programs if args.only in str(p.path) and p.inputs]
    timeout_ms = milliseconds(args.optimal_timeout)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(_measure, programs, [builds] * len(programs), [timeout_ms] * len(programs)))
    errors = [r for r in results if isinstance(r, str)]
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 2
    rows = [row for result in results if not isinstance(result, str) for row in result]
    real = [row for row in rows if row.program.startswith(REAL_PREFIX)]
    info = {"all": summary(rows, builds), "real": summary(real, builds), "dearer": dearer(rows, builds)}
    if args.json:
        print(json.dumps({"builds": {b: {"regalloc": BUILDS[b][0], "registers": BUILDS[b][1].value}
                                     for b in builds},
                          "rows": [asdict(row) for row in rows], "summary": info}, indent=2))
    else:
        body = [(row.program, row.case, row.status, *(f"{row.gas[b]:,}" for b in builds),
                 *(f"{row.ratio(b):.3f}" for b in builds[1:])) for row in rows]
        print(tabulate(body, headers=["program", "case", "status", *builds, *(f"{b}/none" for b in builds[1:])],
                       tablefmt=args.format, disable_numparse=True))
        for scope, label in (("all", f"all {len(rows)} inputs"), ("real", f"real-code corpus, {len(real)} inputs")):
            for build, numbers in info[scope].items():   # type: ignore[union-attr]
                if build != "none":
                    print(f"{label}: {build}/none median {numbers['median']:.3f}, geomean {numbers['geomean']:.3f},"
                          f" total {numbers['total']:.3f}")
        print("optimal dearer than linear scan: " + ("; ".join(info["dearer"]) or "no input"))  # type: ignore[arg-type]
    mismatches = [row for row in rows if row.mismatch]
    for row in mismatches:
        print(f"MISMATCH {row.program} case {row.case} (args {row.args or '(empty)'}): {row.mismatch}",
              file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
