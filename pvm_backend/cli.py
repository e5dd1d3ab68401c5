"""The `pvmc` command: compile, verify, run and disassemble PVM programs.

What it does: parses arguments (argparse), calls the driver, the verifier (`verifier.verify_build`), the
interpreter or the disassembler, and prints.

Guarantees (exit codes scripts can rely on):
  0  success (for `run`: the program halted; for `verify` and `compile --verify`: every function proved);
  1  `run`: the program stopped without halting (panic, page fault, unserviced host call, out of gas);
     `verify` and `compile --verify`: some function is refuted or unknown (a readable report per such function;
     `compile --verify` then writes no output file and prints no listing);
     `report soundness` / `report allocation`: something was refuted or unknown, or a program failed to compile
     (the report is still written and lists it);
  2  bad input or usage: exactly one line on stderr, no traceback, no output file written.
  141  (128 + SIGPIPE) stdout is closed early (`pvmc ... | head`): output stops quietly, no traceback.
Output files are written to a temporary name and renamed into place only when everything succeeded.
Logging: `PVMC_LOG=linear_scan=debug` (comma-separated `logger=level` pairs; a bare level sets the root) prints,
per function, the allocator's `regalloc::run()` line and the emitter's `lower_function()` counters;
`PVMC_LOG=verifier=debug` prints the verifier's `verify NAME: allocation=... code=... seconds=...` line per
function.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tabulate import tabulate

from pvm_backend import abi
from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.errors import InputError, PvmcError
from pvm_backend.interpreter import Engine
from pvm_backend.options import (DEFAULT_GAS, DEFAULT_MAX_PAGES, DEFAULT_OPT_LEVEL, DEFAULT_TIMEOUT_SECONDS,
                                 MAX_STACK_SIZE, check_not_the_input, check_output_path, gas_limit, milliseconds,
                                 optimisation_level, positive_jobs, positive_seconds, program_counter, stack_size,
                                 wasm_pages, write_atomically)

if TYPE_CHECKING:
    from pvm_backend.driver import CompileResult
    from pvm_backend.linker import FunctionStats
    from verifier import FunctionVerdict

EXIT_OK = 0
EXIT_RUN_NOT_HALTED = 1
EXIT_NOT_VERIFIED = 1
EXIT_BAD_INPUT = 2


_DESCRIPTION = """\
pvmc compiles C, LLVM IR (.ll, .bc) and WebAssembly (.wat, .wasm) into programs for the PVM of Polkadot's JAM
(Gray Paper 0.7.2, Appendix A), proves each function's register allocation and emitted code sound with z3
(`verify`, `compile --verify`), compares linear scan with z3's optimal allocation and reports soundness over
whole corpora (`report allocation`, `report soundness`), runs programs on a reference interpreter, and
disassembles them.

exit codes: 0 success; 1 `run` stopped without halting, or `verify` / `compile --verify` / `report soundness`
found a function refuted or unknown (`compile --verify` then writes no output), or a report could not compile
a program; 2 bad input or usage (one line on stderr).

environment: PVMC_LOG=[logger=]level,... sets log levels (debug, info, warning, error, critical), e.g.
PVMC_LOG=linear_scan=debug prints the allocator's and the emitter's counters per function, PVMC_LOG=verifier=debug
one line per verified function; PVMC_FAULT=NAME,... turns on test-only fault switches (deliberate bugs for
mutation testing; the names and what each breaks are in pvm_backend/faults.py)."""


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line usage error and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


_LEVELS = ("debug", "info", "warning", "error", "critical")


def _configure_logging() -> str | None:
    """Apply `PVMC_LOG`, e.g. ``linear_scan=debug,pvm_backend=info`` or just ``debug``. Returns the error message
    for a part that is not ``[logger=]level`` with one of `_LEVELS` (nothing is applied then), else None."""
    logging.basicConfig(format="%(name)s: %(levelname)s: %(message)s", stream=sys.stderr,
                        level=logging.WARNING)
    spec = os.environ.get("PVMC_LOG", "")
    settings = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, sep, level = item.rpartition("=")
        if level.lower() not in _LEVELS or (sep and not name):
            return (f"PVMC_LOG: {item!r} is not [logger=]level with a level of {', '.join(_LEVELS)} "
                    "(e.g. PVMC_LOG=linear_scan=debug)")
        settings.append((name or None, getattr(logging, level.upper())))
    for name, value in settings:
        logging.getLogger(name).setLevel(value)
    return None


def _compile(args: argparse.Namespace) -> CompileResult:
    """Compile `args.input` with the build options shared by `compile` and `verify`."""
    from pvm_backend import faults
    from pvm_backend.driver import BuildOptions, compile_file
    from pvm_backend.frontend.load import SourceOptions, WasmOptions

    options = BuildOptions(regalloc=args.regalloc, registers=RegisterModel(args.registers), dse=not args.no_dse,
                           block_local=not args.no_block_local, cross_block=not args.no_cross_block,
                           stack_size=args.stack_size, result=abi.ResultRegisters(args.result_r8),
                           optimal_timeout_ms=milliseconds(args.optimal_timeout),
                           faults=faults.from_environment(), jobs=args.jobs)
    wasm = WasmOptions(imports=args.imports, adapter=args.adapter, max_memory=args.max_memory)
    sources = SourceOptions(others=tuple(Path(p) for p in args.inputs[1:]), include_dirs=tuple(args.include_dirs),
                            defines=tuple(args.defines))
    return compile_file(Path(args.input), entry=args.entry, opt_level=args.opt_level, options=options, wasm=wasm,
                        sources=sources)


def _verify(result: CompileResult, seconds: float, jobs: int) -> tuple[FunctionVerdict, ...]:
    """Every registered check on every emitted function, on `jobs` worker processes; `seconds` is z3's limit per
    function per check (per IR instruction for check 3)."""
    from verifier import verify_build

    return verify_build(result.build, milliseconds(seconds), jobs=jobs)


def _counts(verdicts: Sequence[FunctionVerdict]) -> dict[str, int]:
    """{"proved", "refuted", "unknown"}: a function is refuted if any check is, unknown if no check is refuted
    but one is unknown."""
    proved = sum(1 for v in verdicts if v.proved)
    refuted = sum(1 for v in verdicts if v.refuted)
    return {"proved": proved, "refuted": refuted, "unknown": len(verdicts) - proved - refuted}


def _summary_line(verdicts: Sequence[FunctionVerdict]) -> str:
    c = _counts(verdicts)
    return f"{len(verdicts)} functions: {c['proved']} proved, {c['refuted']} refuted, {c['unknown']} unknown"


def _failure_paragraph(v: FunctionVerdict) -> str:
    """One paragraph for a function that is not proved: its name, every check's status (numbered in registry
    order), then one line per violation (check by check, in program order) and per check without an answer."""
    from verifier.result import Status

    head = f"{v.name}: " + ", ".join(f"check {n} ({r.name}) {r.status.value}" for n, r in enumerate(v.checks, 1))
    lines = [violation.describe() for violation in v.violations]
    for r in v.checks:
        if r.status is Status.UNKNOWN:
            lines.append(f"{r.name}: z3 gave no answer within the time limit ({r.reason or 'unknown'}); not "
                         "counted as proved")
        elif r.reason:
            lines.append(f"{r.name}: {r.reason}")
    return "\n".join([head, *(f"  {line}" for line in lines)])


def _check_names(verdicts: Iterable[FunctionVerdict]) -> tuple[str, ...]:
    """The table columns of the checks that ran (registry order), named by the checks themselves."""
    from verifier.result import check_names

    return check_names(verdicts)


def _statuses(v: FunctionVerdict, names: Sequence[str]) -> list[str]:
    """`v`'s status per column of `names` ("-" for a check that did not run on it)."""
    ran = {r.name: r.status.value for r in v.checks}
    return [ran.get(name, "-") for name in names]


def _failure_report(verdicts: Sequence[FunctionVerdict]) -> str:
    """The paragraphs of every function not proved, separated by blank lines."""
    return "\n\n".join(_failure_paragraph(v) for v in verdicts if not v.proved)


def _cmd_compile(args: argparse.Namespace) -> int:
    from pvm_backend.listing import format_listing

    for source in args.inputs:
        check_not_the_input(args.output, source)
    check_output_path(args.output, "output")
    result = _compile(args)
    verdicts: dict[str, FunctionVerdict] = {}
    if args.verify:
        checked = _verify(result, args.verify_timeout, args.jobs)
        if not all(v.proved for v in checked):
            print(f"pvmc: verification failed ({_summary_line(checked)}); no output written\n", file=sys.stderr)
            print(_failure_report(checked), file=sys.stderr)
            return EXIT_NOT_VERIFIED
        verdicts = {v.name: v for v in checked}
    names = _check_names(verdicts.values())
    payload: bytes | str
    if args.emit == "jam":
        payload = result.jam
    elif args.emit == "spi":
        payload = result.spi
    else:
        payload = format_listing(result.build)
    if args.output:
        write_atomically(Path(args.output), payload)
    elif args.emit == "asm" and not args.json:   # with --json the listing is the JSON's "listing"
        sys.stdout.write(str(payload))
    stats = {
        "input": str(result.source),
        "output": args.output,
        "emit": args.emit,
        "code_bytes": result.code_bytes,
        "blob_bytes": len(result.jam if args.emit == "jam" else result.spi),
        "seconds": round(result.seconds, 6),
        "regalloc": args.regalloc,
        "register_model": args.registers,
        "dse": not args.no_dse,
        "block_local": not args.no_block_local,
        "cross_block": not args.no_cross_block,
        "functions": [_function_stats(f, verdicts.get(f.name)) for f in result.build.functions],
    }
    if args.json:
        if args.emit == "asm" and not args.output:
            stats["listing"] = str(payload)
        print(json.dumps(stats, indent=2))
    elif args.stats:
        rows = [[f.name, f.ir_instructions, f.pvm_instructions, f.code_bytes,
                 f.allocation.summary.candidates, f.allocation.summary.allocated_values,
                 f.allocation.summary.allocatable_regs,
                 f.counters.alloc_load_hits, f.counters.reloads, f.counters.invalidations, f.counters.dse_removed]
                + ([*_statuses(verdicts[f.name], names), f"{verdicts[f.name].seconds:.3f}"]
                   if f.name in verdicts else [])
                for f in result.build.functions]
        print(tabulate(rows, headers=["function", "IR instr", "PVM instr", "code bytes", "candidates",
                                      "allocated", "regs", "load hits", "reloads", "invalidations",
                                      "DSE removed"] + ([*names, "verify s"] if verdicts else [])))
        print(f"code {stats['code_bytes']} bytes, blob {stats['blob_bytes']} bytes, {result.seconds:.3f} s")
    return EXIT_OK


def _function_stats(f: FunctionStats, verdict: FunctionVerdict | None = None) -> dict[str, object]:
    """One function's entry of `compile --json`: sizes, the allocator's statistics and the lowering counters;
    with `--verify` also "allocation" and "code" (each "proved"), "verify_seconds" and "checks" (one
    `{"name", "status", "seconds", "violations"}` per registered check)."""
    entry: dict[str, object] = {"name": f.name, "ir_instructions": f.ir_instructions,
                                "pvm_instructions": f.pvm_instructions, "code_bytes": f.code_bytes}
    entry.update(f.allocation.statistics())
    c = f.counters
    entry.update({"alloc_load_hits": c.alloc_load_hits, "alloc_store_hits": c.alloc_store_hits,
                  "reloads": c.reloads, "invalidations": c.invalidations, "dse_removed": c.dse_removed,
                  "block_local_hits": c.block_local_hits})
    if verdict is not None:
        entry.update({**verdict.legacy_json(), "verify_seconds": round(verdict.seconds, 4),
                      "checks": [r.as_json() for r in verdict.checks]})
    return entry


def _cmd_verify(args: argparse.Namespace) -> int:
    result = _compile(args)
    verdicts = _verify(result, args.timeout, args.jobs)
    if args.json:
        print(json.dumps({"input": str(result.source), "regalloc": args.regalloc,
                          "register_model": args.registers, "dse": not args.no_dse,
                          "opt_level": args.opt_level, "timeout_seconds": args.timeout,
                          "functions": [v.as_json() for v in verdicts], "summary": _counts(verdicts)}, indent=2))
    else:
        names = _check_names(verdicts)
        rows = [(v.name, v.values, v.allocated, *_statuses(v, names), f"{v.seconds:.3f}") for v in verdicts]
        print(tabulate(rows, headers=["function", "values", "allocated", *names, "seconds"]))
        print(_summary_line(verdicts))
        if not all(v.proved for v in verdicts):
            print()
            print(_failure_report(verdicts))
    return EXIT_OK if all(v.proved for v in verdicts) else EXIT_NOT_VERIFIED


def _read_input(path: Path) -> bytes:
    """The bytes of a program file; InputError (exit 2) when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def _parse_hex(text: str) -> bytes:
    cleaned = text[2:] if text.lower().startswith("0x") else text
    try:
        return bytes.fromhex(cleaned)
    except ValueError:
        raise InputError(f"--args: not a hex byte string: {text!r}") from None


def _cmd_run(args: argparse.Namespace) -> int:
    from pvm_backend.containers import ContainerKind, StandardProgram, decode_jam, detect_container
    from pvm_backend.interpreter import Status, jip1_log_handler, run_spi

    path = Path(args.program)
    data = _read_input(path)
    kind = detect_container(data)
    if kind is ContainerKind.JAM:
        program = decode_jam(data)[1]
    elif kind is ContainerKind.SPI:
        program = StandardProgram.decode(data)
    else:
        raise InputError(f"{path}: a generic program blob has no memory layout; `pvmc run` needs .jam or SPI")
    if args.gas <= 0:
        raise InputError("--gas must be positive")
    result = run_spi(program, _parse_hex(args.args), gas=args.gas, pc=args.pc, host_calls=jip1_log_handler,
                     result_registers=abi.ResultRegisters(args.result_r8), engine=Engine(args.engine))
    for message in result.log:
        print(message, file=sys.stderr)
    if args.json:
        print(json.dumps({"status": result.status.value, "gas_used": result.gas_used,
                          "output": result.output.hex(), "registers": list(result.registers), "pc": result.pc,
                          **({"host_id": result.host_id} if result.host_id is not None else {})}))
    else:
        status = result.status.value
        if result.status is Status.HOST:
            status += f" (ecalli {result.host_id})"
        print(f"status: {status}")
        print(f"gas used: {result.gas_used}")
        print(f"output: {result.output.hex()}")
    return EXIT_OK if result.status is Status.HALT else EXIT_RUN_NOT_HALTED


def _cmd_disasm(args: argparse.Namespace) -> int:
    from pvm_backend.disasm import disassemble

    for line in disassemble(_read_input(Path(args.file))):
        print(line)
    return EXIT_OK


def _add_build_arguments(p: argparse.ArgumentParser) -> None:
    """The options that choose what gets built, shared by `compile` and `verify`."""
    p.add_argument("--entry", default="main", metavar="NAME", help="entry function (default: main)")
    p.add_argument("-O", dest="opt_level", type=optimisation_level, default=DEFAULT_OPT_LEVEL, metavar="LEVEL",
                   help="optimisation level, as clang's: 0-3 run LLVM's -O0..-O3 pipeline; s favours code size "
                        "(-O2 with every function marked optsize: no loop unrolled at run time, smaller inlining "
                        "thresholds), z more so (optsize and minsize) (default: 2)")
    from pvm_backend.allocators import ALLOCATORS, DEFAULT_MODE, MODES
    described = "; ".join(f"{a.name} {a.description}" + (" (default)" if a.name == DEFAULT_MODE else "")
                          for a in ALLOCATORS)
    p.add_argument("--regalloc", choices=MODES, default=DEFAULT_MODE, help=f"register allocator: {described}")
    p.add_argument("--registers", choices=[m.value for m in RegisterModel], default=DEFAULT_REGISTER_MODEL.value,
                   help="register model given to the allocator: seed = the specification's r9-r12 minus the "
                        "parameter registers and, in a function that calls, minus the outgoing argument registers "
                        "(default); full = all of r9-r12, parameters kept in the register they arrive in, a "
                        "call's argument registers taken only across that call")
    p.add_argument("--optimal-timeout", type=positive_seconds, default=DEFAULT_TIMEOUT_SECONDS, metavar="SECONDS",
                   help="time limit per function for --regalloc optimal (measuring the gas model, then z3), in "
                        f"seconds (default: {DEFAULT_TIMEOUT_SECONDS:g}); when it runs out the better of the best "
                        "allocation found and linear scan's is used (status 'bounded', or 'timeout' when the "
                        "gas model was not finished)")
    p.add_argument("--jobs", "-j", type=positive_jobs, default=1, metavar="N",
                   help="worker processes that allocate registers for the functions and verify them, one function "
                        "at a time (default: 1, in this process); the output is the same for any N, and each "
                        "worker costs about half a second to start, so it pays on programs of many large "
                        "functions")
    p.add_argument("--stack-size", type=stack_size, default=abi.DEFAULT_STACK_SIZE, metavar="BYTES",
                   help=f"stack size in bytes, up to {MAX_STACK_SIZE} (default: {abi.DEFAULT_STACK_SIZE}); a function "
                        "whose frame alone is larger is a compile error, deeper call chains trap when they run out")
    p.add_argument("--result-r8", choices=[r.value for r in abi.ResultRegisters],
                   default=abi.ResultRegisters.LENGTH.value,
                   help="what the program leaves in r8 when it halts, beside the result's address in r7: length "
                        "(GP A.44, default) or end, the address after the result (anan-as's CLI and its "
                        "PVM-in-PVM build read [r7, r8))")
    p.add_argument("--no-dse", action="store_true",
                   help="keep stores to stack slots that are never loaded (dead store elimination is on by "
                        "default)")
    p.add_argument("--no-block-local", action="store_true",
                   help="keep every value the allocator leaves out in its stack slot, even one that never leaves "
                        "its basic block (by default, under the seed register model, such values stay in the "
                        "caller-saved registers r5-r8, and parameters read only in the entry block in the register "
                        "they arrive in; for measuring what that saves)")
    p.add_argument("--no-cross-block", action="store_true",
                   help="keep in its stack slot every value the allocator leaves out that lives across basic "
                        "blocks (by default, under the seed register model, such a value whose live interval holds "
                        "no call stays in a free caller-saved register of r5-r8; for measuring what that saves)")
    p.add_argument("-I", dest="include_dirs", action="append", default=[], metavar="DIR", type=Path,
                   help="add DIR to the C include path (clang's -I; may be given more than once)")
    p.add_argument("-D", dest="defines", action="append", default=[], metavar="NAME[=VALUE]",
                   help="define a C preprocessor macro (clang's -D; may be given more than once)")
    wasm = p.add_argument_group(
        "WebAssembly input", "An import is resolved by an --adapter export of its name, else by the --imports "
        "map, else by its name: host_call_N(id, a1..aN) is ecalli id, pvm_ptr(a) the PVM address of a, abort "
        "traps, console.log (AssemblyScript) writes its string as a JIP-1 log message (ecalli 100, level 3); "
        "anything else is an error naming the import.")
    wasm.add_argument("--imports", metavar="FILE", type=Path,
                      help="import map: lines `module.name = ACTION` or `name = ACTION` (# comments), ACTION one "
                           "of trap, nop (returns 0), host_call ID (ecalli ID with the arguments in r7..r12, the "
                           "result from r7), pvm_ptr, log [LEVEL] (an AssemblyScript string as a JIP-1 log)")
    wasm.add_argument("--adapter", metavar="FILE", type=Path,
                      help="a .wat or .wasm module merged into the input: its exports replace the input's imports "
                           "of the same name (the types must be equal); its own imports resolve to the input's "
                           "exports or as above; its memory is the input's memory")
    wasm.add_argument("--max-memory", type=wasm_pages, metavar="PAGES",
                      help="linear memory limit in 64 KiB pages that the program maps and memory.grow may reach "
                           f"(default: the module's declared maximum, or {DEFAULT_MAX_PAGES} pages when it "
                           "declares none; a declared maximum is only ever lowered)")


class _ListFaults(argparse.Action):
    """Print the fault switch names (pvm_backend/faults.py), one per line, and exit 0."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from pvm_backend.faults import Fault
        for fault in Fault:
            print(fault.value)
        parser.exit(EXIT_OK)


def _version() -> str:
    """The installed package's version (pyproject.toml), or "unknown" when run from an uninstalled tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pvmc")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `pvmc` (exposed for documentation and tests)."""
    parser = _Parser(prog="pvmc", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, required=True)

    c = sub.add_parser("compile", help="compile .c, .ll, .bc, .wat or .wasm into a PVM program",
                       description="Compile a C file (through clang-16, wasm32 target), LLVM IR text (.ll), "
                                   "bitcode (.bc) or WebAssembly (.wat, .wasm) into a PVM program. The entry "
                                   "function must have the signature (ptr args, i32 len) -> i64 (WebAssembly: "
                                   "(i32, i32) -> i64) and return ptr | len << 32; the program halts "
                                   "with r7 = output pointer and r8 = output length (GP A.44).")
    c.add_argument("inputs", metavar="INPUT", nargs="+",
                   help="source file: .c, .ll, .bc, .wat or .wasm; several .c, .ll and .bc files are linked into "
                        "one program (the first names it)")
    c.add_argument("-o", "--output", metavar="OUT",
                   help="output file (required unless --emit asm, which prints to stdout without it)")
    _add_build_arguments(c)
    c.add_argument("--emit", choices=("jam", "spi", "asm"), default="jam",
                   help="jam: JAM service blob with metadata (default); spi: bare standard program (GP A.7); "
                        "asm: text listing")
    c.add_argument("--verify", action="store_true",
                   help="prove every function's allocation and emitted code sound with z3 before writing; if "
                        "any function is refuted or unknown, print a report, write nothing and exit 1")
    c.add_argument("--verify-timeout", type=positive_seconds, default=DEFAULT_TIMEOUT_SECONDS, metavar="SECONDS",
                   help="z3 time limit for --verify per function for checks 1 and 2 (per started 10,000 IR "
                        "instructions in larger functions), per IR instruction for check 3 "
                        f"(default: {DEFAULT_TIMEOUT_SECONDS:g}); "
                        "a check that runs out of time is unknown, which fails verification")
    c.add_argument("--stats", action="store_true",
                   help="print per-function sizes, allocation statistics and lowering counters (with --verify: "
                        "also one column per check and the verification time)")
    c.add_argument("--json", action="store_true",
                   help="print the statistics as one JSON object (per function: sizes, candidates, "
                        "allocated_values, evicted, allocatable_regs, alloc_load_hits, alloc_store_hits, "
                        "reloads, invalidations, dse_removed, block_local_hits; with --verify also allocation, code, "
                        "verify_seconds, checks)")
    c.set_defaults(handler=_cmd_compile)

    v = sub.add_parser("verify", help="compile and prove every function's allocation and code sound (z3)",
                       description="Compile INPUT as `compile` does (nothing is written) and verify every "
                                   "function with z3: check 1, allocation: the register allocation respects its "
                                   "contract (no two live values share a register, only available registers, "
                                   "none clobbered by a call); check 2, code: the emitted PVM code reads on every "
                                   "path the value the IR says it reads; check 3, selection: the instructions "
                                   "emitted for each IR instruction compute what LLVM says it computes (results, "
                                   "memory, branch successors; an instruction outside its integer subset is counted as "
                                   "not covered, never as proved). Prints a table (function, values, "
                                   "allocated, one status column per check, seconds), a summary line and, per "
                                   "function not proved, every violation. Exit code 0 when every function is "
                                   "proved, 1 when any is refuted or unknown (unknown: z3 ran out of time; never "
                                   "counted as proved), 2 for bad input.")
    v.add_argument("inputs", metavar="INPUT", nargs="+",
                   help="source file: .c, .ll, .bc, .wat or .wasm; several .c, .ll and .bc files are linked into "
                        "one program (the first names it)")
    _add_build_arguments(v)
    v.add_argument("--timeout", type=positive_seconds, default=DEFAULT_TIMEOUT_SECONDS, metavar="SECONDS",
                   help="z3 time limit per function for checks 1 and 2 (per started 10,000 IR instructions in "
                        "larger functions), per query (one IR instruction) for "
                        f"check 3 (default: {DEFAULT_TIMEOUT_SECONDS:g})")
    v.add_argument("--json", action="store_true",
                   help='print {"input", "regalloc", "functions": [{"name", "values", "allocated", '
                        '"allocation", "code", "seconds", "unchecked_reads", "counterexample", "checks": '
                        '[{"name", "status", "seconds", "violations", "coverage", "instructions"}]}], "summary": '
                        '{"proved", "refuted", "unknown"}} as JSON; unchecked_reads counts register reads that no '
                        'claim covers (0: every read is checked), coverage how check 2 claimed them, instructions '
                        'the IR instructions check 3 checked and those it did not cover, by opcode')
    # Hidden: the names of the test-only fault switches (`PVMC_FAULT=<name>` turns one on for a compile or a
    # verify run; pvm_backend/faults.py). Printed during parsing, like --version, so INPUT stays required.
    v.add_argument("--list-faults", action=_ListFaults, nargs=0, help=argparse.SUPPRESS)
    v.set_defaults(handler=_cmd_verify)

    r = sub.add_parser("run", help="run a .jam or SPI program on the reference interpreter",
                       description="Run a program on pvmc's reference PVM interpreter. Prints the exit status, "
                                   "gas used and the output (GP A.44) in hex. The JIP-1 log host call "
                                   "(ecalli 100) is serviced by printing the message to stderr; any other host "
                                   "call stops the run with status `host`. Exit code 0 when the program halts, "
                                   "1 when it stops otherwise.")
    r.add_argument("program", metavar="PROGRAM", help=".jam (with metadata) or bare SPI file")
    r.add_argument("--args", default="", metavar="HEX", help="argument bytes in hex, e.g. 0a000000")
    r.add_argument("--gas", type=gas_limit, default=DEFAULT_GAS, metavar="N",
                   help=f"gas limit, 0 to 2^63-1 (default: {DEFAULT_GAS})")
    r.add_argument("--pc", type=program_counter, default=0, metavar="N",
                   help="initial program counter, 0 to 2^32-1 (default: 0: the entry; a pc that is not the start of "
                        "an instruction panics, GP A.2)")
    r.add_argument("--result-r8", choices=[v.value for v in abi.ResultRegisters],
                   default=abi.ResultRegisters.LENGTH.value,
                   help="how to read the output when the program halts: length, the r8 bytes at r7 (GP A.44, "
                        "default), or end, the bytes [r7, r8) (a program compiled with --result-r8 end)")
    r.add_argument("--json", action="store_true",
                   help='print {"status", "gas_used", "output", "registers", "pc"} as JSON')
    r.add_argument("--engine", choices=[e.value for e in Engine], default=Engine.NATIVE.value,
                   help="how the interpreter performs instructions; every engine gives the same result: native, "
                        "the instruction meanings compiled to C once and cached (default; blocks when no C compiler "
                        "is found), blocks, basic blocks compiled to Python, or step, one instruction at a time")
    r.set_defaults(handler=_cmd_run)

    d = sub.add_parser("disasm", help="disassemble a .jam, SPI or generic program blob",
                       description="Print one instruction per line with its pc. Accepts .jam, SPI and generic "
                                   "program blobs (GP A.2), detected from the bytes.")
    d.add_argument("file", metavar="FILE", help="the program to disassemble: a .jam service blob (metadata "
                                                  "prefix), a bare SPI program or a generic program blob")
    d.set_defaults(handler=_cmd_disasm)

    from verifier.reports.cli import register  # `pvmc report ...`; each report module loads when its command runs
    register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pvmc` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(args, "inputs"):
        args.input = args.inputs[0]   # the program's name, in messages and JSON
    problem = _configure_logging()
    if problem is not None:
        parser.error(problem)
    if args.command == "compile" and not args.output and args.emit != "asm":
        parser.error("compile needs -o OUT (or --emit asm to print a listing)")
    try:
        return int(args.handler(args))
    except PvmcError as exc:
        print(f"pvmc: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:   # stdout closed early (e.g. `pvmc ... | head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())   # Python's final flush must not raise again
        return 141


if __name__ == "__main__":
    sys.exit(main())
