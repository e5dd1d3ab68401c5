"""The corpus manifest reader (verifier/reports/manifest.py) and the project's manifest tests/corpus.toml.

Small manifests are written to a temporary directory with hand-chosen files and inputs, so every expected value
is written down here. tests/corpus.toml is checked against the corpus as the tests run it, read with the parsers
the tests used before the manifest existed (re-stated below) and tests/wasm/wasm_harness.load_program, an
independent `;; args:` reader.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from pvm_backend.errors import InputError
from verifier.reports.manifest import ManifestProgram, load_inputs, load_manifest, read_args_lines

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"

sys.path.insert(0, str(TESTS / "wasm"))
from wasm_harness import load_program  # noqa: E402


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def one_line_error(excinfo: pytest.ExceptionInfo[InputError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    return message


# ----------------------------------------------------------------------------------------- args lines

def test_args_lines_per_language(tmp_path: Path) -> None:
    c = write(tmp_path / "a.c", "// args: 0a000000\n//args:\nint x; // args: ff\n  // args: 01 02  03\n")
    wat = write(tmp_path / "b.wat", ";; args: 2a\n;; args:\n(module)\n; args: 99\n")
    ll = write(tmp_path / "c.ll", "; args: 0102\n;; args: 03\ndefine void @f() { ret void }\n")
    assert read_args_lines(c) == (b"\x0a\x00\x00\x00", b"", b"\x01\x02\x03")
    assert read_args_lines(wat) == (b"\x2a", b"")
    assert read_args_lines(ll) == (b"\x01\x02",)
    assert read_args_lines(write(tmp_path / "d.c", "int main;\n")) == ()


def test_bad_hex_in_an_args_line_names_file_and_line(tmp_path: Path) -> None:
    source = write(tmp_path / "bad.c", "// args: 00\n// args: 0g\n")
    with pytest.raises(InputError) as excinfo:
        read_args_lines(source)
    assert f"{source}:2" in one_line_error(excinfo)


# ----------------------------------------------------------------------------------------- small manifests

def test_globs_defaults_overrides_and_args_lines(tmp_path: Path) -> None:
    write(tmp_path / "src" / "b.c", "// args: 01\n// args: 0203\n")
    write(tmp_path / "src" / "a.c", "// args:\n")
    write(tmp_path / "src" / "k.ll", "; args: ff\n")
    write(tmp_path / "ex" / "e.c", "int main;\n")
    manifest = write(tmp_path / "conf" / "m.toml", """\
root = ".."

[[program]]
path = "src/*.c"

[[program]]
path = "src/k.ll"
entry = "kernel"
opt_level = 0

[[program]]
path = "ex/e.c"
args = ["14000000", "", "0x0102"]
opt_level = "s"
""")
    loaded = load_manifest(manifest)
    assert loaded.source == manifest
    assert loaded.programs == (
        ManifestProgram(tmp_path / "src" / "a.c", "main", (b"",), 2),
        ManifestProgram(tmp_path / "src" / "b.c", "main", (b"\x01", b"\x02\x03"), 2),
        ManifestProgram(tmp_path / "src" / "k.ll", "kernel", (b"\xff",), 0),
        ManifestProgram(tmp_path / "ex" / "e.c", "main", (b"\x14\x00\x00\x00", b"", b"\x01\x02"), "s"),
    )


def test_explicit_args_replace_the_files_own(tmp_path: Path) -> None:
    write(tmp_path / "p.c", "// args: 01\n")
    manifest = write(tmp_path / "m.toml", '[[program]]\npath = "p.c"\nargs = ["ee"]\n')
    assert load_manifest(manifest).programs[0].inputs == (b"\xee",)


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[[program]]\npath = "p.c"\n\n[[program]]\npath = "missing.c"\n', 4, "no such file"),
    ('[[program]]\npath = "nothing/*.c"\n', 1, "matches no file"),
    ('[[program]]\npath = "p.c"\nargs = [\n  "00",\n  "zz",\n]\n', 5, "not a hex"),
    ('[[program]]\npath = "p.c"\nopt_level = 7\n', 1, "opt_level"),
    ('[[program]]\npath = "p.c"\nopt_level = "fast"\n', 1, "opt_level must be 0-3, \"s\" or \"z\", not 'fast'"),
    ('[[program]]\npath = "p.c"\nentyr = "f"\n', 1, "unknown key 'entyr'"),
    ('[[program]]\npath = "p.c"\n[[program]]\npath = "*.c"\n', 3, "listed twice"),
    ('\n\nprograms = 1\n', 3, "unknown key 'programs'"),
])
def test_errors_name_the_manifest_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    write(tmp_path / "p.c", "// args: 00\n")
    manifest = write(tmp_path / "m.toml", text)
    with pytest.raises(InputError) as excinfo:
        load_manifest(manifest)
    message = one_line_error(excinfo)
    assert message.startswith(f"{manifest}:{line}:") and words in message


def test_bad_toml_names_file_and_line(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.toml", '[[program]]\npath = "p.c\n')
    with pytest.raises(InputError) as excinfo:
        load_manifest(manifest)
    message = one_line_error(excinfo)
    assert str(manifest) in message and "line 2" in message


@pytest.mark.parametrize(("content", "words"), [
    (b"", "no [[program]]"),
    (b"root = \"src\"\n", "no [[program]]"),
    (b"[[program]]\npath = 5\n", "path must be a string"),
    (b"# caf\xe9\n[[program]]\npath = \"p.c\"\n", "must be UTF-8 text"),
])
def test_manifests_that_name_nothing_or_are_garbled_are_bad_input(tmp_path: Path, content: bytes,
                                                                   words: str) -> None:
    """Issue 16: an empty manifest passed both reports with exit 0; a non-UTF-8 one showed Python's codec text;
    `path = 5` said a path was missing."""
    write(tmp_path / "p.c", "// args: 00\n")
    manifest = tmp_path / "m.toml"
    manifest.write_bytes(content)
    with pytest.raises(InputError) as excinfo:
        load_manifest(manifest)
    message = one_line_error(excinfo)
    assert message.startswith(str(manifest)) and words in message and "codec" not in message


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(InputError) as excinfo:
        load_manifest(tmp_path / "none.toml")
    assert str(tmp_path / "none.toml") in one_line_error(excinfo)


def test_inputs_mix_manifests_and_source_files(tmp_path: Path) -> None:
    source = write(tmp_path / "s.wat", ";; args: 01\n(module)\n")
    write(tmp_path / "p.c", "// args: 00\n")
    manifest = write(tmp_path / "m.toml", '[[program]]\npath = "p.c"\n')
    assert load_inputs([str(source), str(manifest)]) == (
        ManifestProgram(source, "main", (), 2), ManifestProgram(tmp_path / "p.c", "main", (b"\x00",), 2))
    for bad, words in ((tmp_path / "x.c", "no such file"), (write(tmp_path / "x.txt", ""), "unknown input kind")):
        with pytest.raises(InputError) as excinfo:
            load_inputs([str(bad)])
        assert words in one_line_error(excinfo)


# ----------------------------------------------------------------------------------------- tests/corpus.toml

_OLD_C_ARGS = re.compile(r"^//\s*args:(.*)$")


def old_c_cases(path: Path) -> tuple[bytes, ...]:
    """tests/support/corpus.cases_of as it read `// args:` lines before the manifest existed."""
    return tuple(bytes.fromhex("".join(m.group(1).split())) for line in path.read_text().splitlines()
                 if (m := _OLD_C_ARGS.match(line.strip())))


def old_ll_cases(path: Path) -> tuple[bytes, ...]:
    """tests/regalloc/test_regalloc_regressions.ll_cases."""
    return tuple(bytes.fromhex(line[len("; args:"):].replace(" ", "")) for line in path.read_text().splitlines()
                 if line.startswith("; args:"))


def expected_corpus() -> dict[tuple[Path, int], tuple[bytes, ...]]:
    """(file, -O level) -> inputs, for every program a corpus test runs (as those tests find them)."""
    expected: dict[tuple[Path, int], tuple[bytes, ...]] = {}
    for path in sorted((TESTS / "programs").glob("*.c")):                      # tests/test_corpus.py
        expected[(path, 2)] = old_c_cases(path)
    for path in sorted((TESTS / "real").glob("*.c")):                          # tests/test_real_corpus.py
        expected[(path, 2)] = old_c_cases(path)
    for path in sorted((TESTS / "wat").glob("*.wat")) + sorted((TESTS / "wat" / "bench").glob("*.wat")):
        expected[(path, 2)] = load_program(path).inputs                        # tests/test_wat_corpus.py
    for path in sorted((TESTS / "regalloc").iterdir()):                        # test_regalloc_regressions.py
        if path.suffix == ".c":
            expected[(path, 2)] = old_c_cases(path)
        elif path.suffix == ".wat":
            expected[(path, 2)] = load_program(path).inputs
        elif path.suffix == ".ll":
            expected[(path, 0)] = old_ll_cases(path)
    for path in sorted((TESTS / "regalloc" / "faults").glob("*.c")):           # tests/regalloc/test_faults.py
        expected[(path, 2)] = old_c_cases(path)
    expected[(ROOT / "examples" / "fib.c", 2)] = (bytes.fromhex("14000000"), bytes.fromhex("1e000000"))
    from support.assemblyscript import programs as assemblyscript_programs  # tests/wasm/test_assemblyscript_corpus.py

    for program in assemblyscript_programs():
        for runtime in program.runtimes:
            expected[(program.wasm(runtime), 2)] = program.inputs
    return expected


def test_corpus_manifest_lists_every_corpus_program_with_its_inputs() -> None:
    programs = load_manifest(TESTS / "corpus.toml").programs
    assert {(p.path, p.opt_level): p.inputs for p in programs} == expected_corpus()
    assert len(programs) == len(expected_corpus())
    assert all(p.entry == "main" for p in programs)
    assert sum(len(p.inputs) for p in programs) > 300


def test_support_corpus_gives_the_same_cases_as_before() -> None:
    sys.path.insert(0, str(TESTS))
    from support.corpus import all_cases, cases_of, program_files

    assert [(c.source, c.args) for c in all_cases()] == [
        (path, args) for path in sorted((TESTS / "programs").glob("*.c")) for args in old_c_cases(path)]
    assert program_files() == sorted((TESTS / "programs").glob("*.c"))
    with pytest.raises(ValueError, match="at least 3"):
        cases_of(ROOT / "examples" / "fib.c")
