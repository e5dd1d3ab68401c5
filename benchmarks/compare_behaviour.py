"""Behaviour snapshots of the compiler over a corpus, and their comparison (did a refactor change anything?).

What it does: `snapshot` reads a corpus manifest (default tests/corpus.toml, read with this checkout's
`verifier.reports.manifest.load_manifest`) and, for every program and every `--regalloc` mode, drives the `pvmc`
CLI in child processes (`python -P -m pvm_backend.cli`, so the compiler under test is whichever checkout
PYTHONPATH puts first, never the current directory) and records:
- `compile PROG -o X.jam --entry E -O N --regalloc MODE --stats --json`: exit code, sha256 of the .jam bytes,
  `code_bytes`, `blob_bytes` and the `functions` list (without the timing fields `TIMING`); on failure the exit
  code and the last stderr line;
- `run X.jam --args HEX --json` for every input of the program: exit code, status, gas used, output, host call
  id, and the JIP-1 log lines it printed;
- `verify PROG --entry E -O N --regalloc MODE --json`: exit code and per function name, values, allocated,
  check 1 and check 2 status, reason and counterexample (without `seconds`).
Every limit is the CLI's default (z3: 10 s per function; gas: `pvmc run`'s default). Paths are relative to the
manifest's `root`, child processes run there, and temporary paths are replaced by `<tmp>`, so the JSON (sorted
keys) has no timings or temp paths.
`compare` prints every difference between two snapshots as `program [mode] what: before -> after` and a summary.
A field that only the newer snapshot has (an output the CLI added, such as `verify --json`'s `checks`) is listed
once with its count and not counted: adding output is not changing behaviour; removing or changing one is.

Identical means: the same programs with the same inputs, and for each mode the same compile exit code, .jam
bytes and per-function statistics, the same run results (exit, status, gas, output, log) and the same verify
exit code, verdicts and counterexamples. `meta` (which checkout was run) is printed, never compared.
One exception, because it was seen to vary on unchanged code: when z3 runs out of its 10 s in an `optimal`
allocation (`optimal_status` bounded or timeout in either snapshot), the allocation it returns depends on
machine load (e.g. tests/regalloc/expiry_reuse.c `main`: objective 148628 or 148708 in runs of the same
commit). For such a function its statistics and verified `allocated` count, and for its program the .jam hash,
sizes and gas, are printed as "nondeterministic" and not counted; exit codes, run statuses and outputs, and
verify verdicts still count. Functions z3 proved optimal gave identical .jam bytes in every repeat.

Usage:
  PYTHONPATH=/path/to/checkout .venv/bin/python benchmarks/compare_behaviour.py snapshot -o before.json
      [--manifest tests/corpus.toml] [--jobs N] [--modes none,linear-scan,optimal]
  .venv/bin/python benchmarks/compare_behaviour.py compare before.json after.json
Exit status of compare: 0 identical, 1 differences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from tqdm import tqdm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from verifier.reports.manifest import load_manifest  # noqa: E402

MODES = ("none", "linear-scan", "optimal")
TIMING = frozenset({"seconds", "optimal_seconds", "verify_seconds"})
"""Fields of `--json` outputs that are wall-clock times, never compared."""
CLI = [sys.executable, "-P", "-m", "pvm_backend.cli"]


def pvmc(args: list[str], root: Path, scratch: str) -> tuple[int, object, list[str]]:
    """Run `pvmc ARGS` in `root`; (exit code, parsed JSON stdout or None, stderr lines with `scratch` scrubbed)."""
    done = subprocess.run(CLI + args, cwd=root, capture_output=True, text=True, check=False)
    try:
        out = json.loads(done.stdout) if done.stdout.strip() else None
    except json.JSONDecodeError:
        out = {"unparsed_stdout": done.stdout.replace(scratch, "<tmp>").replace(str(root) + "/", "")}
    lines = [line.replace(scratch, "<tmp>").replace(str(root) + "/", "") for line in done.stderr.splitlines()]
    return done.returncode, out, [line for line in lines if line.strip()]


def untimed(entries: object) -> object:
    """`entries` without the wall-clock fields `TIMING`, at any depth (a verdict's `checks` carry their own)."""
    if isinstance(entries, dict):
        return {k: untimed(v) for k, v in entries.items() if k not in TIMING}
    if isinstance(entries, list):
        return [untimed(e) for e in entries]
    return entries


def snapshot_mode(path: str, entry: str, opt: int, inputs: list[str], mode: str, root: Path, scratch: str) -> dict:
    """What one program does in one allocation mode: its compile, every input's run, and its verification."""
    build = ["--entry", entry, "-O", str(opt), "--regalloc", mode]
    jam = Path(scratch) / f"{mode}.jam"
    code, out, err = pvmc(["compile", path, "-o", str(jam), *build, "--stats", "--json"], root, scratch)
    result: dict = {"compile": {"exit": code}}
    if code != 0 or not isinstance(out, dict) or "functions" not in out or not jam.is_file():
        result["compile"]["error"] = err[-1] if err else ""
    else:
        result["compile"].update(jam_sha256=hashlib.sha256(jam.read_bytes()).hexdigest(),
                                 code_bytes=out["code_bytes"], blob_bytes=out["blob_bytes"],
                                 functions=untimed(out["functions"]))
        runs = []
        for hexargs in inputs:
            code, out, err = pvmc(["run", str(jam), "--args", hexargs, "--json"], root, scratch)
            run = {"args": hexargs, "exit": code, "stderr": err}
            if isinstance(out, dict):
                run.update({k: out[k] for k in ("status", "gas_used", "output", "host_id") if k in out})
            runs.append(run)
        result["runs"] = runs
        jam.unlink()
    code, out, err = pvmc(["verify", path, *build, "--json"], root, scratch)
    result["verify"] = {"exit": code}
    if isinstance(out, dict) and "functions" in out:
        result["verify"]["functions"] = untimed(out["functions"])
    else:
        result["verify"]["error"] = err[-1] if err else ""
    return result


def snapshot_program(task: tuple[str, str, int, list[str], tuple[str, ...], str]) -> tuple[str, dict]:
    """Worker: every mode of one program (key, record)."""
    path, entry, opt, inputs, modes, root = task
    key = path + ("" if entry == "main" else f" --entry {entry}") + ("" if opt == 2 else f" -O{opt}")
    with tempfile.TemporaryDirectory(prefix="pvmc-compare-") as scratch:
        record = {"path": path, "entry": entry, "opt_level": opt, "inputs": inputs,
                  "modes": {m: snapshot_mode(path, entry, opt, inputs, m, Path(root), scratch) for m in modes}}
    return key, record


def code_under_test(root: Path) -> dict[str, str]:
    """Which checkout the child processes import pvm_backend from, and its commit (for the reader, not compared)."""
    probe = subprocess.run([sys.executable, "-P", "-c", "import pvm_backend; print(pvm_backend.__file__)"],
                           cwd=root, capture_output=True, text=True, check=True)
    checkout = Path(probe.stdout.strip()).parents[1]
    git = subprocess.run(["git", "-C", str(checkout), "describe", "--always", "--dirty"], capture_output=True,
                         text=True, check=False)
    return {"code": str(checkout), "commit": git.stdout.strip() or "unknown"}


def cmd_snapshot(args: argparse.Namespace) -> int:
    modes = tuple(m.strip() for m in args.modes.split(","))
    if not modes or any(m not in MODES for m in modes):
        raise SystemExit(f"--modes: choose from {', '.join(MODES)}")
    manifest = Path(args.manifest)
    programs = load_manifest(manifest).programs
    root = (manifest.parent / tomllib.loads(manifest.read_text()).get("root", ".")).resolve()
    tasks = [(os.path.relpath(p.path, root), p.entry, p.opt_level, [i.hex() for i in p.inputs], modes, str(root))
             for p in programs]
    meta = {**code_under_test(root), "manifest": str(manifest), "modes": list(modes)}
    print(f"snapshot of {meta['code']} ({meta['commit']}): {len(tasks)} programs x {len(modes)} modes, "
          f"{args.jobs} jobs", file=sys.stderr)
    records: dict[str, dict] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(snapshot_program, t) for t in tasks]
        for future in tqdm(as_completed(futures), total=len(futures), unit="program", file=sys.stderr):
            key, record = future.result()
            records[key] = record
    Path(args.output).write_text(json.dumps({"meta": meta, "programs": records}, indent=1, sort_keys=True) + "\n")
    runs = sum(len(r["inputs"]) for r in records.values()) * len(modes)
    functions = sum(len(r["modes"][m]["verify"].get("functions", [])) for r in records.values() for m in modes)
    print(f"wrote {args.output}: {len(records)} programs, {len(modes)} modes, {runs} runs, "
          f"{functions} verified functions", file=sys.stderr)
    return 0


def keyed(value: object) -> object:
    """Lists of functions and runs become dicts keyed by name / args, so differences name them."""
    if isinstance(value, dict):
        return {k: keyed(v) for k, v in value.items()}
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        label = "name" if "name" in value[0] else "args" if "args" in value[0] else None
        if label is not None and len({v.get(label) for v in value}) == len(value):
            return {f"{label}={v[label] or '(empty)'}": keyed(v) for v in value}
    return value


Difference = tuple[tuple[str, ...], object, object]


def differences(before: object, after: object, where: tuple[str, ...] = ()) -> list[Difference]:
    """(path, before, after) for every leaf where the two differ; a missing side is `<absent>`."""
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for k in sorted(set(before) | set(after)):
            found += differences(before.get(k, "<absent>"), after.get(k, "<absent>"), (*where, k))
        return found
    return [] if before == after else [(where, before, after)]


def shown(value: object) -> str:
    """A leaf as JSON; a whole subtree present on one side only (a program, mode, function, run) as <present>."""
    return "<present>" if isinstance(value, dict) else json.dumps(value)


def timed_out(programs: list[dict], key: str, mode: str) -> set[str]:
    """Functions of one program and mode whose optimal allocation z3 did not prove within its limit (status
    `bounded` or `timeout`) in either snapshot; `programs` are the two keyed snapshots' programs."""
    names = set()
    for snap in programs:
        functions = snap.get(key, {}).get("modes", {}).get(mode, {}).get("compile", {}).get("functions", {})
        if isinstance(functions, dict):
            names |= {f["name"] for f in functions.values() if f.get("optimal_status") not in (None, "optimal")}
    return names


def timing_dependent(rest: tuple[str, ...], late: set[str]) -> bool:
    """Whether the difference at `rest` (mode, section, ...) follows from which allocation z3 had found when its
    time limit ran out in one of the functions `late`: that function's statistics, its verified `allocated`
    count, the program's .jam hash and sizes, and the gas of its runs. Never exit codes, statuses or outputs."""
    if not late or len(rest) < 2:
        return False
    section, tail = rest[1], rest[2:]
    names = {f"name={n}" for n in late}
    return (section == "compile" and (tail[:1] in (("jam_sha256",), ("code_bytes",), ("blob_bytes",))
                                      or tail[0] == "functions" and len(tail) > 2 and tail[1] in names)
            or section == "runs" and tail[-1:] == ("gas_used",)
            or section == "verify" and len(tail) == 3 and tail[1] in names and tail[2] == "allocated")


def cmd_compare(args: argparse.Namespace) -> int:
    snaps = [json.loads(Path(p).read_text()) for p in (args.before, args.after)]
    for name, snap in zip(("before", "after"), snaps):
        print(f"{name}: {snap['meta']['code']} ({snap['meta']['commit']})")
    programs = [keyed(snap["programs"]) for snap in snaps]
    counted, set_apart, added = 0, 0, {}
    for path, old, new in differences(*programs):
        program, rest = path[0], path[1:]
        if old == "<absent>" and len(path) > 1 and not path[-1].startswith(("name=", "args=")):
            added[path[-1]] = added.get(path[-1], 0) + 1   # a new output field: reported, not a change
            continue
        mode = rest[1] if len(rest) > 2 and rest[0] == "modes" else None
        late = timed_out(programs, program, mode) if mode else set()
        loose = mode is not None and timing_dependent(rest[1:], late)
        set_apart += loose
        counted += not loose
        label = f"nondeterministic (z3 time limit in {', '.join(sorted(late))}): " if loose else ""
        what = ".".join(rest[2:] if mode else rest) or "(program)"
        print(f"{label}{program}{f' [{mode}]' if mode else ''} {what}: {shown(old)} -> {shown(new)}")
    total = len(set(snaps[0]["programs"]) | set(snaps[1]["programs"]))
    modes = len(set(snaps[0]["meta"]["modes"]) | set(snaps[1]["meta"]["modes"]))
    for field, count in sorted(added.items()):
        print(f"added field (present only after, not compared): {field} in {count} places")
    extra = f" ({set_apart} nondeterministic differences set apart)" if set_apart else ""
    print(f"{total} programs × {modes} modes: " + ("identical" if not counted else f"{counted} differences") + extra)
    return 0 if not counted else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("snapshot", help="record what the compiler under PYTHONPATH does on a corpus")
    s.add_argument("--manifest", default=str(REPO / "tests" / "corpus.toml"), help="corpus manifest")
    s.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    s.add_argument("--modes", default=",".join(MODES), help="comma-separated --regalloc modes (default: all)")
    s.add_argument("-o", "--output", required=True, help="snapshot JSON to write")
    c = sub.add_parser("compare", help="print the differences of two snapshots; exit 1 if any")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args()
    return cmd_snapshot(args) if args.command == "snapshot" else cmd_compare(args)


if __name__ == "__main__":
    sys.exit(main())
