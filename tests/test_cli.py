"""The `pvmc` command as a user sees it: exit codes, one-line errors, no partial output, the shipped example.

Expected values: fib(20) = 6765 and fib(30) = 832040 are well-known; everything else is the CLI contract
(exit codes 0/1/2, one stderr line, no output file on failure) stated in pvm_backend/cli.py and the issue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIB = REPO / "examples" / "fib.c"


def pvmc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pvm_backend.cli", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, timeout=300)


@pytest.fixture(scope="module")
def fib_jam(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "fib.jam"
    done = pvmc("compile", str(FIB), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_shipped_example_compiles_and_runs(fib_jam: Path) -> None:
    done = pvmc("run", str(fib_jam), "--args", "1e000000", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "halt"
    assert bytes.fromhex(result["output"]) == (832040).to_bytes(8, "little")
    assert result["gas_used"] > 0
    assert len(result["registers"]) == 13


@pytest.mark.parametrize("level", [["-Os"], ["-O", "z"], ["-O0"]])
def test_optimisation_levels_as_clang_spells_them(level: list[str], fib_jam: Path, tmp_path: Path) -> None:
    """-Os / -Oz give the same fib(30) in fewer code bytes than the default -O2 (whose loop is unrolled)."""
    out = tmp_path / "fib.jam"
    done = pvmc("compile", str(FIB), *level, "-o", str(out))
    assert done.returncode == 0, done.stderr
    result = json.loads(pvmc("run", str(out), "--args", "1e000000", "--json").stdout)
    assert (result["status"], bytes.fromhex(result["output"])) == ("halt", (832040).to_bytes(8, "little"))
    if level != ["-O0"]:
        assert out.stat().st_size < fib_jam.stat().st_size


def test_run_prints_status_gas_output(fib_jam: Path) -> None:
    done = pvmc("run", str(fib_jam))
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "status: halt"
    assert lines[1].startswith("gas used: ")
    assert lines[2] == "output: " + (6765).to_bytes(8, "little").hex()


@pytest.mark.parametrize("gas", ["10", "10000000"])
def test_every_engine_gives_the_same_run(fib_jam: Path, gas: str) -> None:
    runs = [pvmc("run", str(fib_jam), "--args", "1e000000", "--gas", gas, "--json", "--engine", engine)
            for engine in ("native", "blocks", "step")]
    assert [done.returncode for done in runs] == ([0] * 3 if gas != "10" else [1] * 3)
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    if gas != "10":
        assert bytes.fromhex(json.loads(runs[0].stdout)["output"]) == (832040).to_bytes(8, "little")


@pytest.mark.parametrize("source", ["tests/programs/func_ptr.c", "tests/wat/call_indirect.wat"])
def test_compile_and_verify_on_worker_processes_give_the_same_program_and_verdicts(tmp_path: Path,
                                                                                    source: str) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jam"
        done = pvmc("compile", str(REPO / source), "-o", str(out), "--verify", "--json", "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        verdicts = [(f["name"], f["code_bytes"], [(c["name"], c["status"], c["violations"]) for c in f["checks"]])
                    for f in json.loads(done.stdout)["functions"]]
        outputs.append((out.read_bytes(), verdicts))
    assert outputs[0] == outputs[1]
    checks = [c for _, _, function_checks in outputs[0][1] for c in function_checks]
    assert len(outputs[0][1]) > 1 and checks and all(status == "proved" for _, status, _ in checks)


def test_run_out_of_gas_exits_1(fib_jam: Path) -> None:
    done = pvmc("run", str(fib_jam), "--gas", "10", "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["status"] == "out-of-gas"


def test_compile_stats_json(tmp_path: Path) -> None:
    out = tmp_path / "fib.spi"
    done = pvmc("compile", str(FIB), "-o", str(out), "--emit", "spi", "--stats", "--json")
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert stats["blob_bytes"] == out.stat().st_size
    assert 0 < stats["code_bytes"] < stats["blob_bytes"]
    assert stats["seconds"] > 0
    names = [f["name"] for f in stats["functions"]]
    assert "main" in names
    for f in stats["functions"]:
        assert f["ir_instructions"] > 0 and f["pvm_instructions"] > 0


def test_disasm_lists_instructions_with_pc(fib_jam: Path) -> None:
    done = pvmc("disasm", str(fib_jam))
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert any("jump_ind" in line for line in lines)
    assert any("load_imm_jump" in line for line in lines)
    assert any(line.strip().startswith("0:") for line in lines)


def test_emit_asm_prints_listing() -> None:
    done = pvmc("compile", str(FIB), "--emit", "asm")
    assert done.returncode == 0, done.stderr
    assert "main" in done.stdout


def _assert_one_line_error(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_malformed_ir_is_one_line_exit_2_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ll"
    bad.write_text("define i64 @main(ptr %a, i32 %n) {\n  ret i64 %nope\n}\n")
    out = tmp_path / "bad.jam"
    done = pvmc("compile", str(bad), "-o", str(out))
    _assert_one_line_error(done)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_float_is_unsupported_naming_function_and_instruction(tmp_path: Path) -> None:
    src = tmp_path / "f.ll"
    src.write_text(
        "define i64 @main(ptr %a, i32 %n) {\n"
        "  %x = sitofp i32 %n to double\n"
        "  %y = fptosi double %x to i64\n"
        "  ret i64 %y\n"
        "}\n")
    out = tmp_path / "f.jam"
    done = pvmc("compile", str(src), "-o", str(out), "-O", "0")
    _assert_one_line_error(done)
    assert "@main" in done.stderr and "sitofp" in done.stderr
    assert not out.exists()


def test_missing_entry_is_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "x.jam"
    done = pvmc("compile", str(FIB), "-o", str(out), "--entry", "nosuch")
    _assert_one_line_error(done)
    assert "nosuch" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("argv", [
    ["compile"],
    ["compile", "examples/fib.c"],
    ["compile", "examples/fib.c", "-o", "x.jam", "-O", "7"],
    ["compile", "examples/fib.c", "-o", "x.jam", "-Ofast"],
    ["frobnicate"],
    ["run", "no/such/file.jam"],
    ["compile", "no/such/file.c", "-o", "x.jam"],
    ["compile", "README.md", "-o", "x.jam"],
])
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    done = pvmc(*argv, cwd=REPO)
    _assert_one_line_error(done)
    assert not (REPO / "x.jam").exists()


@pytest.mark.parametrize("option", [["--pc=-1"], ["--pc=-7"], ["--pc", "4294967296"], ["--pc", "x"],
                                    ["--gas", "9223372036854775808"], ["--gas=-5"]])
def test_run_rejects_a_pc_or_gas_outside_the_pvm_s_ranges(fib_jam: Path, option: list[str]) -> None:
    """Issue 16: a negative --pc indexed the code from its end (halting with exit 0, or a traceback); the PVM's pc
    is 32 bits and its gas counter a signed 64-bit number (GP A.1). Outside those ranges: a usage error."""
    done = pvmc("run", str(fib_jam), *option)
    _assert_one_line_error(done)
    assert "--pc" in done.stderr or "--gas" in done.stderr


@pytest.mark.parametrize("pc", ["4294967295", "0xFFFF"])
def test_run_from_a_pc_outside_the_code_panics(fib_jam: Path, pc: str) -> None:
    """A pc in range but past the code is not an instruction start: the run panics at once (GP A.2), exit 1."""
    done = pvmc("run", str(fib_jam), "--pc", pc, "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["status"] == "panic"


@pytest.mark.parametrize("through", ["same path", "symbolic link"])
def test_compile_refuses_to_write_over_its_input(tmp_path: Path, through: str) -> None:
    """Issue 16: `pvmc compile x.c -o x.c` silently replaced the source with the blob. Refused as gcc does."""
    source = tmp_path / "x.c"
    source.write_text((REPO / "examples" / "fib.c").read_text())
    output = source
    if through == "symbolic link":
        output = tmp_path / "link.c"
        output.symlink_to(source)
    done = pvmc("compile", str(source), "-o", str(output))
    _assert_one_line_error(done)
    assert "input" in done.stderr
    assert source.read_text() == (REPO / "examples" / "fib.c").read_text()


def test_emit_asm_with_json_and_no_output_prints_one_json_document() -> None:
    """Issue 16: `--emit asm --json` without -o printed the listing and then the JSON on stdout."""
    done = pvmc("compile", str(REPO / "examples" / "fib.c"), "--emit", "asm", "--json")
    assert done.returncode == 0
    stats = json.loads(done.stdout)
    assert stats["emit"] == "asm" and "add_imm_32 r1, r1" in stats["listing"]
    assert done.stdout.count("add_imm_32 r1, r1") == stats["listing"].count("add_imm_32 r1, r1")


def test_run_rejects_bad_hex(fib_jam: Path) -> None:
    _assert_one_line_error(pvmc("run", str(fib_jam), "--args", "zz"))


def test_run_rejects_garbage_program(tmp_path: Path) -> None:
    junk = tmp_path / "junk.jam"
    junk.write_bytes(b"\xff\xfe not a program")
    _assert_one_line_error(pvmc("run", str(junk)))


def test_help_explains_exit_codes() -> None:
    done = pvmc("--help")
    assert done.returncode == 0
    assert "exit codes" in done.stdout
    for command in ("compile", "run", "disasm"):
        assert command in done.stdout


def test_regalloc_modes_and_dse_flag_give_the_same_result(tmp_path: Path) -> None:
    """`--regalloc none|linear-scan` and `--no-dse` change the code, never the answer (fib(30) = 832040)."""
    outputs = {}
    for flags in (["--regalloc", "none"], ["--regalloc", "linear-scan"], ["--no-dse"]):
        out = tmp_path / f"fib{len(outputs)}.jam"
        done = pvmc("compile", str(FIB), "-o", str(out), *flags, "--json")
        assert done.returncode == 0, done.stderr
        stats = json.loads(done.stdout)
        ran = pvmc("run", str(out), "--args", "1e000000", "--json")
        outputs[" ".join(flags)] = (json.loads(ran.stdout)["output"], stats)
    assert {o for o, _ in outputs.values()} == {(832040).to_bytes(8, "little").hex()}
    none = outputs["--regalloc none"][1]["functions"][0]
    scan = outputs["--regalloc linear-scan"][1]["functions"][0]
    no_dse = outputs["--no-dse"][1]["functions"][0]
    assert none["allocated_values"] == 0 and none["skipped"] == "regalloc=none"
    assert scan["allocated_values"] > 0 and scan["alloc_load_hits"] > 0 and scan["dse_removed"] > 0
    assert scan["allocatable_regs"] == 2          # r11, r12: main's two parameters occupy r9, r10
    assert no_dse["dse_removed"] == 0 and no_dse["pvm_instructions"] > scan["pvm_instructions"]


def test_linear_scan_debug_log_prints_allocator_and_lowering_counters(tmp_path: Path) -> None:
    env_done = subprocess.run([sys.executable, "-m", "pvm_backend.cli", "compile", str(FIB), "-o",
                               str(tmp_path / "f.jam")], capture_output=True, text=True, cwd=REPO, timeout=300,
                              env={**os.environ, "PVMC_LOG": "linear_scan=debug"})
    assert env_done.returncode == 0
    lines = env_done.stderr.splitlines()
    run_line = next(line for line in lines if "regalloc::run() main:" in line)
    lower_line = next(line for line in lines if "lower_function() main:" in line)
    for key in ("candidates=", "allocated_values=", "evicted=", "allocatable_regs="):
        assert key in run_line
    for key in ("alloc_load_hits=", "alloc_store_hits=", "reloads=", "invalidations=", "dse_removed="):
        assert key in lower_line
    quiet = pvmc("compile", str(FIB), "-o", str(tmp_path / "g.jam"))
    assert "regalloc::run()" not in quiet.stderr


# --- verification: `compile --verify`, `pvmc verify` -------------------------------------------------------
# Expected values: examples/fib.c defines one function (main); tests/regalloc/call_clobber.c defines five
# (main and the noinline scramble, four, mixer, logger), all reachable; `--regalloc none` allocates no value to a
# register. Verification must not change what is written. A real miscompilation for the failure cases is made
# in-process by dropping every store of a value to its home slot after dead store elimination: reloads of those
# values then read whatever the slot held on entry, which the verifier must refute.

CALL_CLOBBER = REPO / "tests" / "regalloc" / "call_clobber.c"


def test_compile_verify_writes_the_same_output_as_plain_compile(tmp_path: Path) -> None:
    plain, verified = tmp_path / "plain.jam", tmp_path / "verified.jam"
    assert pvmc("compile", str(FIB), "-o", str(plain)).returncode == 0
    done = pvmc("compile", str(FIB), "-o", str(verified), "--verify", "--verify-timeout", "30")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    assert verified.read_bytes() == plain.read_bytes()


def test_compile_verify_stats_json_has_per_function_verdicts(tmp_path: Path) -> None:
    done = pvmc("compile", str(CALL_CLOBBER), "-o", str(tmp_path / "c.jam"), "--verify", "--stats", "--json")
    assert done.returncode == 0, done.stderr
    functions = json.loads(done.stdout)["functions"]
    assert sorted(f["name"] for f in functions) == ["four", "logger", "main", "mixer", "scramble"]
    for f in functions:
        assert (f["allocation"], f["code"]) == ("proved", "proved")
        assert f["verify_seconds"] > 0
        assert [(c["name"], c["status"], c["violations"]) for c in f["checks"]] == [
            ("allocation", "proved", []), ("code", "proved", []), ("selection", "proved", [])]
    unverified = json.loads(pvmc("compile", str(FIB), "-o", str(tmp_path / "f.jam"), "--json").stdout)
    assert "allocation" not in unverified["functions"][0]


def test_verify_prints_table_and_summary_exit_0() -> None:
    done = pvmc("verify", str(FIB))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["function", "values", "allocated", "allocation", "code", "selection", "seconds"]
    row = lines[2].split()
    assert row[0] == "main" and row[3:6] == ["proved", "proved", "proved"]
    assert int(row[1]) > 0 and float(row[6]) > 0
    assert lines[3] == "1 functions: 1 proved, 0 refuted, 0 unknown"
    assert len(lines) == 4


def test_verify_json_schema_regalloc_none() -> None:
    done = pvmc("verify", str(CALL_CLOBBER), "--regalloc", "none", "--json", "--timeout", "30")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["input"] == str(CALL_CLOBBER) and report["regalloc"] == "none"
    assert report["summary"] == {"proved": 5, "refuted": 0, "unknown": 0}
    assert sorted(f["name"] for f in report["functions"]) == ["four", "logger", "main", "mixer", "scramble"]
    for f in report["functions"]:
        assert {"name", "allocation", "code", "seconds", "counterexample", "checks"} <= set(f)
        assert (f["allocation"], f["code"], f["counterexample"]) == ("proved", "proved", None)
        assert [c["name"] for c in f["checks"]] == ["allocation", "code", "selection"]
        assert all(c["status"] == "proved" and c["violations"] == [] and c["seconds"] >= 0 for c in f["checks"])
        assert f["allocated"] == 0 and f["values"] > 0 and f["seconds"] > 0


def _drop_slot_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Miscompile on purpose: remove every store of a value to its home slot after dead store elimination."""
    import dataclasses

    from pvm_backend.emitter import pipeline
    from pvm_backend.emitter.items import EmittedFunction

    eliminate = pipeline.eliminate_dead_stores

    def broken(function: EmittedFunction) -> EmittedFunction:
        kept = tuple(e for e in eliminate(function).instructions if e.slot_store is None)
        return dataclasses.replace(function, instructions=kept)

    monkeypatch.setattr(pipeline, "eliminate_dead_stores", broken)


@pytest.mark.parametrize("emit", ["jam", "asm"])
def test_compile_verify_refuted_exit_1_report_and_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], emit: str) -> None:
    from pvm_backend.cli import main

    _drop_slot_stores(monkeypatch)
    out = tmp_path / "fib.out"
    argv = ["compile", str(FIB), "--verify", "--regalloc", "none", "--emit", emit]
    code = main(argv + (["-o", str(out)] if emit == "jam" else []))
    captured = capsys.readouterr()
    assert code == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert captured.out == ""   # no listing either
    assert "Traceback" not in captured.err
    assert "verification failed" in captured.err and "no output written" in captured.err
    assert "main: check 1 (allocation) proved, check 2 (code) refuted" in captured.err
    assert "expecting %" in captured.err and "path: fn:main" in captured.err


def test_verify_refuted_exit_1_with_counterexample(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from pvm_backend.cli import main

    _drop_slot_stores(monkeypatch)
    assert main(["verify", str(FIB), "--regalloc", "none"]) == 1
    text = capsys.readouterr().out
    assert "1 functions: 0 proved, 1 refuted, 0 unknown" in text
    assert "main: check 1 (allocation) proved, check 2 (code) refuted" in text
    assert main(["verify", str(FIB), "--regalloc", "none", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"proved": 0, "refuted": 1, "unknown": 0}
    cx = report["functions"][0]["counterexample"]
    assert cx["check"] == "code" and cx["path"][0] == "fn:main" and cx["expected"].startswith("%")


def test_unknown_fails_verification_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A check that z3 could not decide in time is unknown: `compile --verify` must not write the output."""
    import verifier.checks.code
    from pvm_backend.cli import main
    from verifier import Finding, Status

    monkeypatch.setattr(verifier.checks.code, "check_code", lambda model, timeout_ms: Finding(Status.UNKNOWN,
                                                                                              reason="timeout"))
    out = tmp_path / "fib.jam"
    assert main(["compile", str(FIB), "-o", str(out), "--verify"]) == 1
    err = capsys.readouterr().err
    assert not out.exists()
    assert "0 proved, 0 refuted, 1 unknown" in err
    assert "check 2 (code) unknown" in err and "timeout" in err and "not counted as proved" in err
    assert main(["verify", str(FIB), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"] == {"proved": 0, "refuted": 0, "unknown": 1}


@pytest.mark.parametrize("argv", [
    ["verify"],
    ["verify", "no/such/file.c"],
    ["verify", "README.md"],
    ["verify", "examples/fib.c", "--timeout", "0"],
    ["verify", "examples/fib.c", "--timeout", "soon"],
    ["compile", "examples/fib.c", "-o", "x.jam", "--verify", "--verify-timeout", "-1"],
])
def test_verify_usage_errors_exit_2(argv: list[str]) -> None:
    done = pvmc(*argv, cwd=REPO)
    _assert_one_line_error(done)
    assert not (REPO / "x.jam").exists()


def test_verifier_debug_log_prints_one_line_per_function(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pvm_backend.cli", "compile", str(FIB), "-o",
                           str(tmp_path / "f.jam"), "--verify"], capture_output=True, text=True, cwd=REPO,
                          timeout=300, env={**os.environ, "PVMC_LOG": "verifier=debug"})
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if "verify main:" in line)
    for key in ("allocation=proved", "code=proved", "selection=proved", "values=", "allocated=", "seconds="):
        assert key in line
    quiet = pvmc("verify", str(FIB))
    assert "verify main:" not in quiet.stderr


def test_help_documents_verification() -> None:
    top = pvmc("--help").stdout
    assert "verify" in top and "refuted or unknown" in top
    compile_help = pvmc("compile", "--help").stdout
    assert "--verify" in compile_help and "--verify-timeout" in compile_help
    verify_help = pvmc("verify", "--help").stdout
    for option in ("--timeout", "--json", "--regalloc", "--no-dse", "--entry"):
        assert option in verify_help


def test_cli_default_timeout_is_the_verifiers() -> None:
    from pvm_backend.cli import DEFAULT_TIMEOUT_SECONDS
    from verifier import DEFAULT_TIMEOUT_MS

    assert DEFAULT_TIMEOUT_SECONDS * 1000 == DEFAULT_TIMEOUT_MS


def test_list_faults_is_hidden_and_lists_every_fault_switch(capsys: pytest.CaptureFixture[str]) -> None:
    from pvm_backend.cli import main
    from pvm_backend.faults import Fault
    with pytest.raises(SystemExit) as exit_info:
        main(["verify", "--list-faults"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.split() == [f.value for f in Fault]
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    assert "fault" not in capsys.readouterr().out.replace("default", "")


def test_unknown_fault_name_is_bad_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from pvm_backend.cli import main
    monkeypatch.setenv("PVMC_FAULT", "no-such-fault")
    assert main(["verify", str(Path(__file__).parents[1] / "examples" / "fib.c")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no-such-fault" in err[0]


def test_messages_name_what_is_really_wrong(tmp_path: Path) -> None:
    """Issue 16: a directory named like a source said "no such file"; an output in a directory that takes no new
    files said "No such file or directory"; a WAT syntax error named neither file nor line."""
    (tmp_path / "dir.c").mkdir()
    done = pvmc("compile", str(tmp_path / "dir.c"), "-o", str(tmp_path / "a.jam"))
    _assert_one_line_error(done)
    assert "is a directory" in done.stderr
    bad = tmp_path / "bad.wat"
    bad.write_text("(module\n  (func (result i32)\n    i32.const 1\n    i32.bogus))\n")
    done = pvmc("compile", str(bad), "-o", str(tmp_path / "a.jam"))
    _assert_one_line_error(done)
    assert f"{bad}:4:5: invalid WAT" in done.stderr
    if Path("/proc/version").is_file():
        done = pvmc("compile", str(FIB), "-o", "/proc/version")
        _assert_one_line_error(done)
        assert "cannot create a file in /proc" in done.stderr


@pytest.mark.parametrize("value", ["nonsense", "linear_scan=loud", "=debug"])
def test_a_pvmc_log_value_that_makes_no_sense_is_a_usage_error(tmp_path: Path, value: str) -> None:
    """Issue 16: such values were ignored silently."""
    done = subprocess.run([sys.executable, "-m", "pvm_backend.cli", "compile", str(FIB), "-o",
                           str(tmp_path / "a.jam")], capture_output=True, text=True, cwd=REPO, timeout=300,
                          env={**os.environ, "PVMC_LOG": value})
    _assert_one_line_error(done)
    assert "PVMC_LOG" in done.stderr and not (tmp_path / "a.jam").exists()


def test_version_and_help_name_the_environment() -> None:
    done = pvmc("--version")
    assert done.returncode == 0 and done.stdout.startswith("pvmc ")
    helped = pvmc("--help").stdout
    assert "PVMC_LOG" in helped and "PVMC_FAULT" in helped and "faults.py" in helped


BIG_FRAME = r"""
static unsigned char out[8];
__attribute__((noinline)) unsigned long long big(const unsigned char *a, unsigned n) {
  volatile unsigned char buf[100000];
  for (unsigned i = 0; i < n && i < sizeof buf; i++) buf[i] = a[i % 4];
  return buf[n / 2];
}
unsigned long long main(const unsigned char *args, unsigned int len) {
  out[0] = (unsigned char)big(args, len);
  return (unsigned long long)(unsigned int)out | (1ull << 32);
}
"""


def test_a_frame_larger_than_the_stack_is_a_compile_error_and_stack_size_raises_it(tmp_path: Path) -> None:
    """Issue 14: a function whose frame exceeds the 64 KiB stack trapped on every call with no hint at compile
    time. Now it is bad input naming the function and its frame; `--stack-size` makes room (the output is
    buf[len / 2] = args[(len / 2) % 4] by the C source)."""
    source, out = tmp_path / "big.c", tmp_path / "big.jam"
    source.write_text(BIG_FRAME)
    done = pvmc("compile", str(source), "-o", str(out))
    _assert_one_line_error(done)
    assert "@big" in done.stderr and "100368 bytes" in done.stderr and "--stack-size" in done.stderr
    assert not out.exists()
    done = pvmc("compile", str(source), "-o", str(out), "--stack-size", "200000")
    assert done.returncode == 0, done.stderr
    ran = json.loads(pvmc("run", str(out), "--args", "0a0b0c0d0e0f", "--json").stdout)
    assert (ran["status"], ran["output"]) == ("halt", "0d")


@pytest.mark.parametrize("value", ["0", "16777216", "-1", "big"])
def test_stack_size_outside_what_a_standard_program_holds_is_a_usage_error(tmp_path: Path, value: str) -> None:
    done = pvmc("compile", str(FIB), "-o", str(tmp_path / "a.jam"), f"--stack-size={value}")
    _assert_one_line_error(done)
    assert "--stack-size" in done.stderr


def test_a_program_compiled_with_result_r8_end_runs_with_result_r8_end(tmp_path: Path) -> None:
    """`--result-r8 end` on both commands: the program halts with r8 = r7 + 4 (the end of add(5, 7)'s u32 output),
    `run --result-r8 end` reads [r7, r8) and prints 5 + 7; read as a length (the default) r8 is out of range, so
    the output is empty, as GP A.44 reads it."""
    out = tmp_path / "add.jam"
    source = REPO / "tests" / "wat" / "bench" / "add.wat"
    assert pvmc("compile", str(source), "--result-r8", "end", "-o", str(out)).returncode == 0
    ended = pvmc("run", str(out), "--args", "0500000007000000", "--result-r8", "end", "--json")
    assert ended.returncode == 0
    report = json.loads(ended.stdout)
    assert report["output"] == (5 + 7).to_bytes(4, "little").hex()
    assert report["registers"][8] == report["registers"][7] + 4
    default = json.loads(pvmc("run", str(out), "--args", "0500000007000000", "--json").stdout)
    assert default["output"] == "" and default["registers"] == report["registers"]
