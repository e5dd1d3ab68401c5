"""Check 2: every read of the emitted code finds the value the IR says it reads, on every path — as Datalog.

What it does: `check_code(model, timeout)` states the model's facts (`verifier.model`) as relations of z3's
Fixedpoint engine (Datalog over finite domains) and asks whether a *failure* is derivable. The rules, with
``D(p, l, v)`` read as "on some path, l must hold v just before point p executes":

    reach(p)      ← entry(p)                     reach(q) ← reach(p), edge(p, q)
    D(p, l, v)    ← claim(p, l, v), reach(p)
    A(q, l, u)    ← D(p, l, v), edge(q, p), rename(q, p, v, u)     (phi v of p's block takes u on this edge)
    A(q, l, v)    ← D(p, l, v), edge(q, p), ¬renamed(q, p, v)
    D(q, l, v)    ← A(q, l, v), reach(q), ¬writes(q, l), ¬defines(q, v), ¬satisfies(q, l, v)
    D(q, s, v)    ← A(q, l, v), reach(q), copy(q, l, s), ¬defines(q, v)
    fail(q, l, v) ← A(q, l, v), reach(q), def(q, l, w), w ≠ v, ¬def(q, l, v)
                                                        (another value written there; a point may write one
                                                        location with several values of equal bits)
    fail(q, l, v) ← A(q, l, v), reach(q), kill(q, l)               (clobbered)
    fail(q, l, v) ← A(q, l, v), reach(q), defines(q, v), ¬def(q, l, v)
                                                        (v recomputed elsewhere: l holds a stale copy)
    fail(p, l, v) ← D(p, l, v), entry(p), ¬init(l, v)              (never written since entry)

A(q, l, v) reads "just after point q executes, on its way to a point that demands, l must hold v"; the rename
facts are SSA's phi semantics on each edge into a block with phis (all phis at once, `verifier.model`).
``defines(q, v)`` is `CodeModel.redefinitions`: a static alloca's address is the same on every computation
(`CodeModel.invariant`), so recomputing it makes no older copy stale (issue 15: rematerialised addresses).

The demand D walks backwards from each read through the copies that could have brought the value there (a
location holds v on every path iff no such walk reaches a failure), so only the locations a value travels
through are ever considered. A derivable ``fail`` is a refutation; the violations (every failing read in program
order, each with a path of code blocks from the entry to it, the location, the expected value and what may be
there instead) are rebuilt from the engine's answer, the set of all ``fail`` facts, by walking the same rules
(`verifier.replay`). `verifier.checks.code` registers this check.

Cost: each function gets a fresh engine. The relations and rules are z3 terms built once per class of domain
sizes (powers of two) and shared; the facts go straight into the engine's tables as tuples of integers
(`Z3_fixedpoint_add_fact`), since building a term per fact through the Python API costs far more than the
query.

Assumes: a `CodeModel` from `build_model`.

Guarantees: PROVED only when z3 answers that no ``fail`` fact is derivable; z3's "unknown" (time limit) is
UNKNOWN, never PROVED. The time limit applies to the z3 query (milliseconds granularity).
"""

from __future__ import annotations

import ctypes
import re
import time
from collections.abc import Iterable

import z3
from z3 import z3core

from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .model import CodeModel
from .replay import explain
from .result import Finding, Status


def _domain_size(n: int) -> int:
    """The smallest power of two >= max(n, 1). The answer does not depend on how many unused elements a domain
    has (every variable of every rule is bound by a positive atom, so no rule ranges over a whole domain);
    rounding lets functions of similar size share one `_Program`."""
    return 1 << max(0, max(n, 1) - 1).bit_length()


class _Program:
    """The relations, variables and rules of the Datalog program for domains of the given sizes (the module
    docstring's rules; built once per size triple, shared by every engine of that size)."""

    def __init__(self, points: int, locations: int, values: int) -> None:
        self.P = P = z3.FiniteDomainSort("Point", points)
        self.L = L = z3.FiniteDomainSort("Loc", locations)
        self.V = V = z3.FiniteDomainSort("Val", values)
        B = z3.BoolSort()
        rel = {
            "edge": (P, P), "copy": (P, L, L), "def": (P, L, V), "kill": (P, L), "writes": (P, L),
            "defines": (P, V), "claim": (P, L, V), "init": (L, V), "entry": (P,), "reach": (P,),
            "rename": (P, P, V, V), "renamed": (P, P, V), "satisfies": (P, L, V),
            "A": (P, L, V), "D": (P, L, V), "fail": (P, L, V),
        }
        self.r = {name: z3.Function(name, *sorts, B) for name, sorts in rel.items()}
        self.p, self.q = z3.Const("p", P), z3.Const("q", P)
        self.l, self.s = z3.Const("l", L), z3.Const("s", L)
        self.v, self.w = z3.Const("v", V), z3.Const("w", V)
        self.vars = (self.p, self.q, self.l, self.s, self.v, self.w)
        self.rules = [z3.ForAll(list(self.vars), z3.Implies(z3.And(body), head)) for head, body in self._rules()]
        self.name = z3.to_symbol("")

    def _rules(self) -> list[tuple[z3.BoolRef, list[z3.BoolRef]]]:
        """(head, body) of every rule, in the module docstring's order."""
        r = self.r
        p, q, l, s, v, w = self.vars
        D, A, fail = r["D"], r["A"], r["fail"]
        back = [A(q, l, v), r["reach"](q)]
        return [
            (r["reach"](p), [r["entry"](p)]),
            (r["reach"](q), [r["reach"](p), r["edge"](p, q)]),
            (D(p, l, v), [r["claim"](p, l, v), r["reach"](p)]),
            (A(q, l, w), [D(p, l, v), r["edge"](q, p), r["rename"](q, p, v, w)]),
            (A(q, l, v), [D(p, l, v), r["edge"](q, p), z3.Not(r["renamed"](q, p, v))]),
            (D(q, l, v), back + [z3.Not(r["writes"](q, l)), z3.Not(r["defines"](q, v)),
                                 z3.Not(r["satisfies"](q, l, v))]),
            (D(q, s, v), back + [r["copy"](q, l, s), z3.Not(r["defines"](q, v))]),
            (fail(q, l, v), back + [r["def"](q, l, w), v != w, z3.Not(r["def"](q, l, v))]),
            (fail(q, l, v), back + [r["kill"](q, l)]),
            (fail(q, l, v), back + [r["defines"](q, v), z3.Not(r["def"](q, l, v))]),
            (fail(p, l, v), [D(p, l, v), r["entry"](p), z3.Not(r["init"](l, v))]),
        ]


_PROGRAMS: dict[tuple[int, int, int], _Program] = {}
"""Programs by domain sizes (a handful of powers of two; they live as long as z3's main context)."""


def _program(model: CodeModel) -> _Program:
    key = (_domain_size(max(model.points, 1) + 1), _domain_size(len(model.locations)),
           _domain_size(len(model.value_names)))
    if key not in _PROGRAMS:
        _PROGRAMS[key] = _Program(*key)
    return _PROGRAMS[key]


class _Encoding:
    """One model's facts and the shared program's rules in a fresh Fixedpoint engine."""

    def __init__(self, model: CodeModel, timeout_ms: int) -> None:
        self.fp = fp = z3.Fixedpoint()
        fp.set(engine="datalog")
        fp.set("datalog.generate_explanations", False)
        fp.set(timeout=max(1, timeout_ms))
        prog = _program(model)
        self.r = prog.r
        self.p, self.l, self.v = prog.p, prog.l, prog.v
        for f in prog.r.values():
            fp.register_relation(f)
        fp.declare_var(*prog.vars)
        self._facts(model)
        ctx = fp.ctx.ref()
        for rule in prog.rules:   # what Fixedpoint.rule adds, without rebuilding the terms
            z3core.Z3_fixedpoint_add_rule(ctx, fp.fixedpoint, rule.as_ast(), prog.name)

    def _facts(self, m: CodeModel) -> None:
        """Every fact of `m`, each handed to the engine's tables directly as a tuple of domain indices
        (`Z3_fixedpoint_add_fact`): the same facts `Fixedpoint.fact` would state, without building a term and a
        quantifier per fact in Python."""
        ctx, fp, r = self.fp.ctx.ref(), self.fp.fixedpoint, self.r
        add = z3core.Z3_fixedpoint_add_fact

        def put(name: str, rows: Iterable[tuple[int, ...]], arity: int) -> None:
            decl = r[name].ast
            args = (ctypes.c_uint * arity)()
            for row in rows:
                args[:] = row
                add(ctx, fp, decl, arity, args)

        put("entry", [(0,)], 1)
        put("edge", m.edges, 2)
        put("copy", m.copies, 3)
        put("def", m.defs, 3)
        put("kill", m.kills, 2)
        writes = {(p, dst) for p, dst, _ in m.copies} | {(p, loc) for p, loc, _ in m.defs} | set(m.kills)
        put("writes", sorted(writes), 2)
        put("defines", sorted(m.redefinitions()), 2)
        put("claim", m.claims, 3)
        put("rename", m.renames, 4)
        put("renamed", [(q, t, phi) for q, t, phi, _ in m.renames], 3)
        put("init", m.init, 2)
        put("satisfies", m.satisfies, 3)


def check_code(model: CodeModel, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Finding:
    """Check 2 on one function's model (see the module docstring). `timeout_ms`: z3's limit in milliseconds.
    Returns PROVED, REFUTED with every failing read in program order (`verifier.replay.explain`), or UNKNOWN
    with z3's reason."""
    enc = _Encoding(model, timeout_ms)
    start = time.monotonic()
    try:
        answer = enc.fp.query(enc.r["fail"](enc.p, enc.l, enc.v))
    except z3.Z3Exception as exc:   # the datalog engine may report its time limit as an error ("canceled")
        message = exc.value.decode(errors="replace") if isinstance(exc.value, bytes) else str(exc.value)
        return Finding(Status.UNKNOWN, reason=f"z3: {message}")
    if answer == z3.unsat:
        return Finding(Status.PROVED)
    if answer == z3.unknown:   # z3's datalog engine gives the reason "ok" when it runs out of time
        reason = enc.fp.reason_unknown()
        if reason in ("", "ok"):
            late = time.monotonic() - start >= timeout_ms / 1000
            reason = f"timeout ({timeout_ms} ms)" if late else "z3's datalog engine gave no answer"
        return Finding(Status.UNKNOWN, reason=reason)
    failures = _tuples(enc.fp.get_answer(), 3)
    return Finding(Status.REFUTED, explain(model, failures))


_NUMBER = re.compile(r"\d+")


def _tuples(answer: z3.ExprRef, arity: int) -> set[tuple[int, ...]]:
    """The finite set of tuples described by a Fixedpoint answer (a disjunction of conjunctions of
    ``Var(i) == value``)."""
    out: set[tuple[int, ...]] = set()
    disjuncts = answer.children() if z3.is_or(answer) else [answer]
    for conj in disjuncts:
        values: dict[int, int] = {}
        literals = conj.children() if z3.is_and(conj) else [conj]
        for lit in literals:
            if not z3.is_eq(lit):
                continue
            lhs, rhs = lit.children()
            if z3.is_var(lhs):
                values[z3.get_var_index(lhs)] = int(_NUMBER.findall(str(rhs))[0])
        if len(values) == arity:
            out.add(tuple(values[i] for i in range(arity)))   # Var(i) is the query's i-th argument
    return out
