"""csmith differential testing (issue 16 §1): random C programs, the wasmtime reference, pvmc in every allocation
mode at each optimisation level, the verifier on each build; every program × configuration classified.

What it does: for every seed, a fresh child process (this script with `--worker`, so a segfault, a hang or a
runaway allocation of the compiler costs that seed only) generates csmith's program, takes the reference
checksum (clang-16 wasm32 + wasmtime) and checks each configuration (`-O` level × mode: `support.csmith.check`:
compile, verify, run, classify); `--jobs` such children run at a time. Prints a summary table and writes
`fuzz.md` and `fuzz.json` under `--out` (default `reports/`): the counts per class, per configuration, the
unsupported features by message, every failure with its message, and per seed its classes and messages. With
`--reduce DIR`, each failure (miscompile, crash, proved-but-wrong, false alarm; one per seed and class) is
reduced by creduce to a small program written to DIR, with an interestingness test this script generates
(`--interesting`: the reduced program must still build cleanly for the reference, run there to a checksum, and
show the same class, with the same leading message words for a crash or a false alarm, in the same
configuration).

Classes (tests/support/csmith.py): ok, miscompile, crash, unsupported, timeout (the reference over 5 M wasm
instructions or 1 s, or pvmc over its gas or wall-clock limit), false alarm, proved-but-wrong, bad program (clang
rejected it or the reference trapped: not pvmc's).

Assumes: `scripts/setup` has run (csmith and creduce from Debian, clang-16, the venv). Run from anywhere.

Guarantees: the reports are complete for the seeds that ran; while the run goes on they are rewritten with the
seeds finished so far, marked partial, at most every `--checkpoint` seconds (each file replaced whole), so a run
killed early leaves its last checkpoint, and `--resume` continues it (the same run: seeds, configurations,
csmith options, limits and pvmc's git revision, all recorded in the report's `settings`; refused otherwise, exit
2); a seed whose child died or overran gets a crash or timeout for each configuration it did not report. Exit
status 0 when nothing is a miscompile, crash or proved-but-wrong, 1 otherwise (false alarms, unsupported and
timeouts are reported, not failures of the run).

Usage: .venv/bin/python benchmarks/fuzz_csmith.py --count 1000 --jobs 8           # the nightly run
       .venv/bin/python benchmarks/fuzz_csmith.py --count 1000 --jobs 8 --resume # after it was stopped
       .venv/bin/python benchmarks/fuzz_csmith.py --seeds 1-50 --modes none --opt-levels 2 --out /tmp/f
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from tabulate import tabulate  # noqa: E402

from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.ir import Module  # noqa: E402

from support import csmith  # noqa: E402
from support.csmith import Config, Limits, Outcome  # noqa: E402

FAILURES = (Outcome.MISCOMPILE, Outcome.CRASH, Outcome.PROVED_BUT_WRONG)
"""Classes that make the run fail (exit status 1)."""
REDUCED = (*FAILURES, Outcome.FALSE_ALARM)
"""Classes `--reduce` reduces."""
CLASS_ORDER = (Outcome.OK, Outcome.MISCOMPILE, Outcome.CRASH, Outcome.PROVED_BUT_WRONG, Outcome.FALSE_ALARM,
               Outcome.UNSUPPORTED, Outcome.TIMEOUT, Outcome.BAD_PROGRAM)
SEED_OVERHEAD_SECONDS = 60.0
"""A seed's child may run this long beyond its configurations' limits (csmith, imports, the reference)."""


def parse_seeds(text: str) -> list[int]:
    """``A-B`` (inclusive) or ``A`` as a list of seeds; argparse error otherwise."""
    first, _, last = text.partition("-")
    try:
        seeds = list(range(int(first), int(last or first) + 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a seed range A-B: {text!r}") from None
    if not seeds:
        raise argparse.ArgumentTypeError(f"empty seed range: {text!r}")
    return seeds


def csv_of(kind: type, allowed: tuple[object, ...]) -> object:
    """argparse type: a comma-separated list of values of `kind`, each one of `allowed`."""
    def parse(text: str) -> list[object]:
        values = [kind(part) for part in text.split(",") if part]
        bad = [v for v in values if v not in allowed]
        if bad or not values:
            raise argparse.ArgumentTypeError(f"expected a comma-separated list of {allowed}, not {text!r}")
        return values
    return parse


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--seeds", type=parse_seeds, metavar="A-B", help="csmith seeds A to B inclusive")
    which.add_argument("--count", type=int, metavar="N", help="N seeds from --first-seed (default 20)")
    p.add_argument("--first-seed", type=int, default=1, metavar="S", help="first seed of --count (default 1)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="seeds checked at a time, one child process each (default: every core)")
    p.add_argument("--opt-levels", type=csv_of(int, (0, 1, 2, 3)), default=list(csmith.OPT_LEVELS),
                   metavar="0,2", help="pvmc -O levels (default 0,2)")
    p.add_argument("--modes", type=csv_of(str, tuple(csmith.MODES)), default=list(csmith.MODES),
                   metavar="MODE,...", help=f"allocation modes (default all: {','.join(csmith.MODES)})")
    p.add_argument("--small", action="store_true",
                   help=f"smaller programs: csmith {' '.join(csmith.SMALL_OPTIONS)} (default: "
                        f"{' '.join(csmith.CSMITH_OPTIONS)})")
    p.add_argument("--out", type=Path, default=REPO / "reports", metavar="DIR",
                   help="where fuzz.md and fuzz.json go (default reports/)")
    p.add_argument("--work", type=Path, metavar="DIR", help="keep generated programs here (default: temporary)")
    p.add_argument("--reduce", type=Path, metavar="DIR", help="creduce every failure into DIR")
    p.add_argument("--reduce-timeout", type=float, default=1800, metavar="SECONDS",
                   help="creduce's wall-clock limit per failure (default 1800)")
    defaults = Limits()
    p.add_argument("--seconds", type=float, default=defaults.seconds, metavar="SECONDS",
                   help=f"wall-clock limit per configuration (default {defaults.seconds:g})")
    p.add_argument("--gas", type=int, default=defaults.gas, metavar="N",
                   help=f"gas per pvmc run (default {defaults.gas})")
    p.add_argument("--verify-timeout", type=float, default=defaults.verify_seconds, metavar="SECONDS",
                   help="z3 limit per function per check, per IR instruction for check 3 "
                        f"(default {defaults.verify_seconds:g})")
    p.add_argument("--optimal-timeout", type=float, default=defaults.optimal_seconds, metavar="SECONDS",
                   help=f"--regalloc optimal's limit per function (default {defaults.optimal_seconds:g})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--checkpoint", type=float, default=60.0, metavar="SECONDS",
                   help="rewrite the reports with the seeds finished so far at most this often while the run goes "
                        "on, marked partial, so that a run stopped early leaves its numbers (default: 60)")
    p.add_argument("--resume", action="store_true",
                   help="continue the run whose partial report is under --out: the seeds it finished are kept, the "
                        "rest are run; it must be the same run (seeds, levels, modes, sizes, limits) at the same "
                        "revision of pvmc")
    p.add_argument("--render", type=Path, metavar="JSON",
                   help="only rewrite fuzz.md under --out from an earlier run's fuzz.json (same tables)")
    p.add_argument("--worker", type=int, metavar="SEED", help=argparse.SUPPRESS)
    p.add_argument("--interesting", type=Path, metavar="FILE", help=argparse.SUPPRESS)
    p.add_argument("--want", help=argparse.SUPPRESS)
    p.add_argument("--match", default="", help=argparse.SUPPRESS)
    return p


def limits_of(args: argparse.Namespace) -> Limits:
    return Limits(seconds=args.seconds, gas=args.gas, verify_seconds=args.verify_timeout,
                  optimal_seconds=args.optimal_timeout)


def configs_of(args: argparse.Namespace) -> list[Config]:
    return [Config(level, mode) for level in args.opt_levels for mode in args.modes]


def csmith_options(args: argparse.Namespace) -> tuple[str, ...]:
    return csmith.SMALL_OPTIONS if args.small else csmith.CSMITH_OPTIONS


def limit_flags(args: argparse.Namespace) -> list[str]:
    """The options a child needs to check as this process was told to."""
    return [*(["--small"] if args.small else []), "--seconds", str(args.seconds), "--gas", str(args.gas),
            "--verify-timeout", str(args.verify_timeout), "--optimal-timeout", str(args.optimal_timeout)]


def revision() -> str:
    """The git commit of the pvmc the children run (this script's checkout), with ``+modified`` when tracked
    files outside reports/ differ from it; ``unknown`` outside a git checkout."""
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=False)
    if head.returncode != 0:
        return "unknown"
    clean = subprocess.run(["git", "-C", str(REPO), "diff", "--quiet", "HEAD", "--", ".", ":(exclude)reports"],
                           check=False)
    return head.stdout.strip() + ("" if clean.returncode == 0 else "+modified")


def settings(args: argparse.Namespace, seeds: list[int]) -> dict[str, object]:
    """What makes two runs the same run (`--resume` continues only the same run): the seeds, the
    configurations, csmith's options, the limits and pvmc's revision."""
    return {"seeds": seeds, "configurations": [c.name for c in configs_of(args)],
            "csmith_options": list(csmith_options(args)), "limits": asdict(limits_of(args)), "revision": revision()}


class ResumeError(Exception):
    """`--resume` cannot continue the report under --out (missing, unreadable, or of another run)."""


def resumed(args: argparse.Namespace, wanted: dict[str, object]) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The earlier part of the run under `args.out`: (its summary, its records). Raises ResumeError when there is
    none or it is of another run (its settings differ from `wanted`)."""
    path = args.out / "fuzz.json"
    try:
        data = json.loads(path.read_text())
        summary, records = data["summary"], data["seeds"]
        earlier = summary["settings"]
    except FileNotFoundError:
        raise ResumeError(f"{path}: no report to resume") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResumeError(f"{path}: not a report this script can resume ({exc})") from None
    differ = [key for key in wanted if earlier.get(key) != wanted[key]]
    if differ:
        raise ResumeError(f"{path}: a different run ({', '.join(differ)} differ); resume it with the same options "
                          f"at revision {earlier.get('revision')}")
    return summary, records


# --- the child: one seed ------------------------------------------------------------------------------------

def worker(args: argparse.Namespace) -> int:
    """Check seed `args.worker`: print one JSON line for the reference, then one per configuration."""
    from support.wasm_reference import WasmReference

    with tempfile.TemporaryDirectory(prefix="pvmc-csmith-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        path = csmith.generate(args.worker, work, csmith_options(args))
        ref = csmith.reference(path, WasmReference(Path(tmp)))
        print(json.dumps({"reference": {**asdict(ref), "checksum": ref.checksum.hex() if ref.checksum else None,
                                        "outcome": ref.outcome.value, "lines": len(path.read_text().splitlines())}}),
              flush=True)
        if ref.checksum is None:
            return 0
        modules: dict[int, Module | PvmcError] = {}
        for config in configs_of(args):
            found = csmith.check(path, config, ref.checksum, limits_of(args), modules)
            print(json.dumps(finding_json(found)), flush=True)
    return 0


def finding_json(found: csmith.Finding) -> dict[str, object]:
    return {"config": found.config.name, "opt_level": found.config.opt_level, "mode": found.config.mode,
            "class": found.outcome.value, "message": found.message, "seconds": round(found.seconds, 3),
            "gas": found.gas}


# --- the parent: every seed -----------------------------------------------------------------------------------

def run_seed(seed: int, args: argparse.Namespace) -> dict[str, object]:
    """Run the child for `seed` and collect what it printed; fill in what it could not say."""
    configs = configs_of(args)
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(seed), "--opt-levels",
               ",".join(map(str, args.opt_levels)), "--modes", ",".join(args.modes), *limit_flags(args)]
    if args.work:
        command += ["--work", str(args.work)]
    budget = SEED_OVERHEAD_SECONDS + len(configs) * args.seconds
    start = time.perf_counter()
    died = ""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=budget, check=False)
        out, err = done.stdout, done.stderr
        if done.returncode != 0:
            died = f"child exited with {done.returncode}: {csmith.first_line(err, -1)}"
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        died = f"child over {budget:g} s"
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    record: dict[str, object] = {"seed": seed, "seconds": round(time.perf_counter() - start, 2),
                                 "reference": None, "configs": []}
    found = [line for line in lines if "config" in line]
    for line in lines:
        if "reference" in line:
            record["reference"] = line["reference"]
    reference = record["reference"]
    if reference is None or (isinstance(reference, dict) and reference["checksum"] is not None):
        missing = [c for c in configs if c.name not in {f["config"] for f in found}]
        outcome = Outcome.TIMEOUT if "over" in died else Outcome.CRASH
        found += [{"config": c.name, "opt_level": c.opt_level, "mode": c.mode, "class": outcome.value,
                   "message": died or "child printed nothing", "seconds": 0.0, "gas": 0} for c in missing]
    record["configs"] = found
    return record


def seed_classes(record: dict[str, object]) -> list[str]:
    """The classes of a seed: the reference's when it gave no checksum, else one per configuration."""
    ref = record["reference"]
    if isinstance(ref, dict) and ref["checksum"] is None:
        return [str(ref["outcome"])]
    return [str(c["class"]) for c in record["configs"]]  # type: ignore[union-attr]


def summarise(records: list[dict[str, object]], args: argparse.Namespace, wall: float) -> dict[str, object]:
    counts: Counter[str] = Counter()
    per_config: dict[str, Counter[str]] = {c.name: Counter() for c in configs_of(args)}
    unsupported: Counter[str] = Counter()
    failures = []
    for record in records:
        ref = record["reference"]
        if isinstance(ref, dict) and ref["checksum"] is None:
            counts[f"seed: {ref['outcome']}"] += 1
            continue
        for c in record["configs"]:  # type: ignore[union-attr]
            counts[c["class"]] += 1
            per_config[c["config"]][c["class"]] += 1
            if c["class"] == Outcome.UNSUPPORTED.value:
                unsupported[" ".join(str(c["message"]).split(":")[-1].split()[:8])] += 1
            elif c["class"] not in (Outcome.OK.value, Outcome.TIMEOUT.value):
                failures.append({"seed": record["seed"], **c})
    busy = sum(float(r["seconds"]) for r in records)  # type: ignore[arg-type]
    return {"seeds": len(records), "configurations": [c.name for c in configs_of(args)],
            "counts": dict(counts), "per_config": {k: dict(v) for k, v in per_config.items()},
            "unsupported": dict(unsupported.most_common()), "failures": failures,
            "wall_seconds": round(wall, 1), "seconds_per_program": round(busy / max(1, len(records)), 2),
            "programs_per_second": round(len(records) / wall, 4) if wall else 0.0, "jobs": args.jobs,
            "csmith_options": list(csmith_options(args)), "limits": asdict(limits_of(args)),
            "reference_limits": {"fuel": csmith.REFERENCE_FUEL, "seconds": csmith.REFERENCE_SECONDS}}


def to_markdown(summary: dict[str, object], records: list[dict[str, object]], command: str) -> str:
    counts: dict[str, int] = summary["counts"]  # type: ignore[assignment]
    per_config: dict[str, dict[str, int]] = summary["per_config"]  # type: ignore[assignment]
    classes = [c.value for c in CLASS_ORDER]
    lines = ["# csmith differential testing", "",
             f"Generated by `{command}` (benchmarks/fuzz_csmith.py; reports/README.md says how and when). "
             f"csmith 2.3.0 `{' '.join(summary['csmith_options'])}` with our runtime header "  # type: ignore[arg-type]
             "(tests/fuzz/csmith_runtime/csmith.h); reference: clang-16 wasm32 + wasmtime."
             + (f" pvmc at {summary['settings']['revision']}."  # type: ignore[index]
                if "settings" in summary else "")
             + (f" Resumed {summary['resumed']} time{'' if summary['resumed'] == 1 else 's'} (`--resume`): the wall "
                "time is the sum of the parts."
                if summary.get("resumed") else ""), "",
             *([f"**Partial report: {summary['seeds']} of {summary['seeds_planned']} programs finished** (written "
                f"every --checkpoint seconds while the run goes on; a run stopped early leaves the last one).", ""]
               if summary.get("complete") is False else []),
             f"{summary['seeds']} programs × {len(per_config)} configurations in {summary['wall_seconds']} s of "
             f"wall time on {summary['jobs']} jobs: {summary['programs_per_second']} programs/s, "
             f"{summary['seconds_per_program']} s per program (its child process: csmith, reference, every "
             "configuration).", "", "## Classes (program × configuration)", "",
             tabulate([[k, v] for k, v in sorted(counts.items(), key=lambda kv: _class_rank(kv[0]))],
                      ["class", "count"], tablefmt="github"), "",
             "`seed: ...` rows count programs with no reference checksum (each stands for all its "
             "configurations).", "", "## Per configuration", "",
             tabulate([[name, *(row.get(c, 0) for c in classes)] for name, row in per_config.items()],
                      ["configuration", *classes], tablefmt="github"), ""]
    unsupported: dict[str, int] = summary["unsupported"]  # type: ignore[assignment]
    if unsupported:
        lines += ["## Unsupported (first words of the message)", "",
                  tabulate(list(unsupported.items()), ["message", "count"], tablefmt="github"), ""]
    failures: list[dict[str, object]] = summary["failures"]  # type: ignore[assignment]
    lines += ["## Failures and false alarms", ""]
    lines += [f"- seed {f['seed']} `{f['config']}` **{f['class']}**: {_one_line(f['message'])}"
              for f in failures] or ["none"]
    timeouts = [(r["seed"], _one_line(r["reference"]["message"])) for r in records  # type: ignore[index]
                if isinstance(r["reference"], dict) and r["reference"]["checksum"] is None]
    if timeouts:
        lines += ["", "## Programs without a reference checksum", "",
                  tabulate(timeouts, ["seed", "why"], tablefmt="github")]
    return "\n".join(lines) + "\n"


def write_reports(records: list[dict[str, object]], args: argparse.Namespace, command: str, wall: float,
                  planned: int, run: dict[str, object] | None = None) -> dict[str, object]:
    """Write `fuzz.json` and `fuzz.md` under `args.out` for the seeds finished so far (`records`, in seed order,
    of `planned`), each through a temporary file renamed into place, so a run stopped at any moment leaves whole
    files. Both are written before either is renamed, and fuzz.md is renamed first: where fuzz.json exists,
    fuzz.md does too, of the same checkpoint or (stopped between the two renames) one later. `run` adds the
    run's `settings` and how often it was `resumed` (`wall` counts every part). Returns the summary."""
    summary = summarise(records, args, wall)
    summary.update(run or {})
    summary["seeds_planned"] = planned
    summary["complete"] = len(records) == planned
    texts = (("fuzz.md", to_markdown(summary, records, command)),
             ("fuzz.json", json.dumps({"command": command, "summary": summary, "seeds": records}, indent=1) + "\n"))
    for name, text in texts:
        (args.out / (name + ".partial")).write_text(text)
    for name, _ in texts:
        os.replace(args.out / (name + ".partial"), args.out / name)
    return summary


def _one_line(message: object) -> str:
    """`message` with its line breaks and runs of blanks folded into single spaces (a Markdown cell or item)."""
    return " ".join(str(message).split())


def _class_rank(name: str) -> tuple[bool, int]:
    """Table order: configuration classes in `CLASS_ORDER`, then the `seed: ...` rows in the same order."""
    classes = [c.value for c in CLASS_ORDER]
    bare = name.removeprefix("seed: ")
    return bare != name, classes.index(bare) if bare in classes else len(classes)


def print_summary(summary: dict[str, object]) -> None:
    counts: dict[str, int] = summary["counts"]  # type: ignore[assignment]
    print(tabulate(sorted(counts.items(), key=lambda kv: _class_rank(kv[0])), ["class", "count"]))
    print(f"{summary['seeds']} programs, {summary['wall_seconds']} s wall, {summary['seconds_per_program']} s "
          f"per program, {summary['programs_per_second']} programs/s")
    for f in summary["failures"]:  # type: ignore[attr-defined]
        print(f"seed {f['seed']} {f['config']} {f['class']}: {f['message']}")


def main() -> int:
    args = build_parser().parse_args()
    if args.worker is not None:
        return worker(args)
    if args.interesting is not None:
        return interesting(args)
    if args.render is not None:
        data = json.loads(args.render.read_text())
        (args.out / "fuzz.md").write_text(to_markdown(data["summary"], data["seeds"], data["command"]))
        return 0
    seeds = args.seeds or list(range(args.first_seed, args.first_seed + (args.count or 20)))
    for tool in ("csmith", *(["creduce"] if args.reduce else [])):
        if shutil.which(tool) is None:
            print(f"fuzz_csmith: {tool} not found (scripts/setup installs it)", file=sys.stderr)
            return 2
    command = "benchmarks/fuzz_csmith.py " + " ".join(shlex.quote(a) for a in sys.argv[1:] if a != "--resume")
    run = {"settings": settings(args, seeds), "resumed": 0}
    records: dict[int, dict[str, object]] = {}
    earlier_wall = 0.0
    if args.resume:
        try:
            summary, done = resumed(args, run["settings"])
        except ResumeError as exc:
            print(f"fuzz_csmith: --resume: {exc}", file=sys.stderr)
            return 2
        records = {int(r["seed"]): r for r in done}  # type: ignore[call-overload]
        earlier_wall = float(summary["wall_seconds"])
        run["resumed"] = int(summary.get("resumed", 0)) + 1
    todo = [seed for seed in seeds if seed not in records]
    start = time.perf_counter()
    bar = None
    if not args.quiet:
        from tqdm import tqdm
        bar = tqdm(total=len(seeds), initial=len(seeds) - len(todo), desc="csmith", unit="program", file=sys.stderr,
                   dynamic_ncols=True)
    args.out.mkdir(parents=True, exist_ok=True)
    written = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(run_seed, seed, args): seed for seed in todo}
        for future in as_completed(futures):
            records[futures[future]] = future.result()
            if bar is not None:
                bar.update(1)
                bad = sum(c in {o.value for o in FAILURES} for r in records.values() for c in seed_classes(r))
                bar.set_postfix(failures=bad)
            if len(records) < len(seeds) and time.perf_counter() - written >= args.checkpoint:
                write_reports([records[s] for s in seeds if s in records], args, command,
                              earlier_wall + time.perf_counter() - start, len(seeds), run)
                written = time.perf_counter()
    if bar is not None:
        bar.close()
    summary = write_reports([records[s] for s in seeds], args, command, earlier_wall + time.perf_counter() - start,
                            len(seeds), run)
    print_summary(summary)
    if args.reduce:
        reduce_failures(summary["failures"], args)  # type: ignore[arg-type]
    failed = any(f["class"] in {o.value for o in FAILURES} for f in summary["failures"])  # type: ignore[attr-defined]
    return 1 if failed else 0


# --- reduction ------------------------------------------------------------------------------------------------

def match_words(outcome: str, message: str) -> str:
    """What a reduced program's message must still contain: the exception and where for a crash, the check and
    its verdict for a false alarm, nothing for a wrong output."""
    if outcome == Outcome.CRASH.value:
        return message.split(":")[0] + ": " + message.split(": ")[1].split()[0] if ": " in message else message
    if outcome == Outcome.FALSE_ALARM.value:
        return " ".join(message.split(": ")[1].split()[:3]) if ": " in message else message
    return ""


def interesting(args: argparse.Namespace) -> int:
    """creduce's test (run in creduce's directory): exit 0 when `args.interesting` still builds cleanly for the
    reference, runs there to a checksum and shows class `args.want` (containing `args.match`) in the one
    configuration given by --opt-levels and --modes."""
    from support.wasm_reference import WasmReference

    path = args.interesting.resolve()
    csmith.install_header(path.parent)
    strict = ["clang-16", "--target=wasm32-unknown-unknown", "-fsyntax-only", "-DCSMITH_KEEP_WARNINGS",
              "-Werror=uninitialized", "-Werror=sometimes-uninitialized", "-Werror=return-type",
              "-Werror=implicit-function-declaration", "-Werror=implicit-int", "-Werror=int-conversion",
              "-Werror=incompatible-pointer-types", "-Werror=array-bounds", "-Werror=division-by-zero",
              "-Werror=shift-count-overflow", str(path)]
    if subprocess.run(strict, capture_output=True, check=False).returncode != 0:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        ref = csmith.reference(path, WasmReference(Path(tmp)))
    if ref.checksum is None:
        return 1
    found = csmith.check(path, configs_of(args)[0], ref.checksum, limits_of(args))
    return 0 if found.outcome.value == args.want and args.match in found.message else 1


def reduce_failures(failures: list[dict[str, object]], args: argparse.Namespace) -> None:
    """creduce one failure per seed and class into `args.reduce` (module docstring)."""
    args.reduce.mkdir(parents=True, exist_ok=True)
    csmith.install_header(args.reduce)
    seen: set[tuple[object, object]] = set()
    for f in failures:
        if f["class"] not in {o.value for o in REDUCED} or (f["seed"], f["class"]) in seen:
            continue
        seen.add((f["seed"], f["class"]))
        name = f"csmith_{f['seed']}_{str(f['class']).replace(' ', '_').replace('-', '_')}.c"
        with tempfile.TemporaryDirectory(prefix="pvmc-creduce-") as tmp:
            work = Path(tmp)
            source = csmith.generate(int(f["seed"]), work, csmith_options(args))  # type: ignore[call-overload]
            program = work / "program.c"
            source.rename(program)
            test = work / "interesting.sh"
            test.write_text("#!/bin/sh\n# creduce interestingness test generated by benchmarks/fuzz_csmith.py\n"
                            f"exec {shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} "
                            f"--interesting program.c --want {shlex.quote(str(f['class']))} "
                            f"--match {shlex.quote(match_words(str(f['class']), str(f['message'])))} "
                            f"--opt-levels {f['opt_level']} --modes {f['mode']} "
                            f"{' '.join(limit_flags(args))}\n")
            test.chmod(0o755)
            print(f"creduce seed {f['seed']} {f['config']} {f['class']} -> {args.reduce / name}", file=sys.stderr)
            try:
                subprocess.run(["creduce", "--n", str(max(1, args.jobs)), "--timeout", "300", str(test),
                                str(program)], cwd=work, capture_output=True, timeout=args.reduce_timeout,
                               check=False)
            except subprocess.TimeoutExpired:
                print("  creduce ran out of time; keeping its best so far", file=sys.stderr)
            text = program.read_text()
            header = (f"/* Reduced by creduce from csmith 2.3.0 --seed {f['seed']} "
                      f"{' '.join(csmith_options(args))}.\n * pvmc {f['config']}: {f['class']}: {f['message']}\n"
                      f" * Reproduce: benchmarks/fuzz_csmith.py --interesting {name} --want '{f['class']}' --match "
                      f"{shlex.quote(match_words(str(f['class']), str(f['message'])))} --opt-levels {f['opt_level']} "
                      f"--modes {f['mode']} (exit 0: still {f['class']}) */\n")
            (args.reduce / name).write_text(header + text)


if __name__ == "__main__":
    sys.exit(main())
