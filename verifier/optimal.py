"""The optimal register allocation of one function: z3's `Optimize` over the verifier's allocation contract.

What it does: `optimal_allocation(contract, weights)` chooses, for every candidate value, one of the registers the
register model offers (r9-r12 under the seed model, r5-r12 under the full one) or none,
respecting every constraint of `verifier.contract.build_contract` (fits, availability, SSA conflicts, call and
`ecalli` clobbers: the same declared constraints check 1 proves an allocation against), and maximising the
estimated gas saved:

    objective = Σ over allocated values v of saving(v)  −  Σ over registers R used of register_cost(R)

`AllocationWeights` (`pvm_backend.allocation`) carries the two coefficient tables; they are measured from the
emitter's real behaviour by `pvm_backend.gas_model` (the code lowered with the value in a register against the
stack-slot baseline, every instruction weighted by 10 ** loop depth: reads served by the register, write-through moves,
reloads after calls and at loop heads, phi copies, stores DSE can drop). A value whose measured saving is not
positive is never worth a register (SEED-regalloc.md's phi lesson: moves can cost more than they save) and is
left out of the problem. `score(weights, registers)` evaluates any allocation (e.g. linear scan's) by the same
objective, so the two can be compared.

`allocate_optimally(request)` is the ``optimal`` allocator of the registry (`pvm_backend.allocators`): it adds the
emitter's own requirements to the contract (only the registers the allocation problem offers, and the value
pairs the emitter cannot give one register, `AllocationRequest.emitter_conflicts`), measures the gas model
through the request and returns an `Allocation` with its `Objective`.

Registers that are interchangeable in a function (same cost, open to the same values) are used in ascending
order only (`symmetric_pairs`: symmetry breaking, so that z3 need not refute every permutation of a solution).
Values live at one point form a clique; redundant cardinality constraints over each (`cliques`) let z3 prove
that no more of them fit than there are registers, instead of refuting each placement pair by pair.

The problem is solved as weighted MaxSAT: one soft constraint "v is allocated" (a variable y_v equivalent to
"v is in one of its registers") of weight saving(v) per candidate, one "R is unused" of weight
register_cost(R) per register; hard constraints are the contract. A clique's cardinality constraint is over its
y_v (one literal per value instead of one per value and register: over the functions of the corpus under
`--registers full`, 136 of 146 proved optimal at 10 s instead of 133, estimated gas saved +0.3 %).
When the MaxSAT search has not proved its optimum with all but `RELAXATION_SHARE` of the time (more is kept
for small functions, `SMALL_RELAXATION_SHARE`), a relaxation without registers (`_relax_and_colour`: cliques
of conflicting values against the registers they may use)
bounds the objective, and an allocation reaching that bound, found by colouring the relaxation's values, is
proved optimal (over the corpus under `--registers full` at 10 s: `keccak_f` 37,464 instead of a bounded 34,462,
`many_locals.wat` `main` 4,895 instead of 4,433, `compare.wat` `main` 70 instead of 67; in the full-model
allocation report 155 of 162 functions proved instead of 152).
z3 runs in a forked child process killed at the limit (z3's own limit is `REPORT_SECONDS` earlier), because it
does not honour its own limit in every phase (compiling cardinality constraints, preprocessing a large
problem); the child reports every improving model as it goes, so a killed search keeps the best one.

Assumes: `weights` was measured for the same function as `contract`; savings and costs are non-negative
integers (gas units).

Guarantees: the returned registers satisfy the contract (check 1 proves them; `optimal_allocation` checks them
with `satisfies` and raises RuntimeError otherwise); `status` is OPTIMAL only when z3 proved no allocation scores
higher (the MaxSAT optimum, or an allocation scoring the relaxation's optimum); BOUNDED gives the best
allocation found (never scoring less than a valid warm start, `allocate_optimally` passes linear scan's) and a
proven upper `bound` on the objective; TIMEOUT means no allocation was found in time and returns the empty one
(objective 0).
"""

from __future__ import annotations

import enum
import logging
import os
import pickle
import select
import signal
import struct
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import z3

from pvm_backend.allocation import Allocation, AllocationSummary, AllocationWeights, Objective
from pvm_backend.allocator_api import AllocationRequest
from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .contract import Constraint, Contract, build_contract



logger = logging.getLogger("verifier")

CLIQUE_LITERALS_PER_CHOICE = 32
"""The clique constraints of one function may mention at most this many literals per (value, register) choice
variable, counting each clique's per-register and cardinality constraints (largest cliques beyond it are left
out): z3 compiles cardinality constraints in a phase its time limit does not interrupt. Measured at a 10 s
limit: `matmul` `multiply` (360 candidates) takes 147 s without a budget, 31 s with 128, 10.1 s with 32; `bcj`
`main` and `struct_copy` `summarize` are proved optimal with 32 as without a budget."""


class OptimalStatus(enum.Enum):
    """How far the solver got."""

    OPTIMAL = "optimal"
    """No allocation scores higher (proved)."""
    BOUNDED = "bounded"
    """Time ran out: the allocation is the best found, `bound` a proven upper bound on the objective."""
    TIMEOUT = "timeout"
    """Time ran out before any allocation was found: `optimal_allocation` returns the empty allocation (or a
    valid warm start), `allocate_optimally` linear scan's."""


@dataclass(frozen=True, slots=True)
class OptimalAllocation:
    """The outcome of `optimal_allocation` for one function."""

    function: str
    """Function name."""
    registers: tuple[tuple[int, int], ...]
    """(value id, register) pairs of the chosen allocation, by value id."""
    objective: int
    """Its estimated gas saved (`score`)."""
    bound: int
    """Proven upper bound on the objective (equals `objective` when OPTIMAL)."""
    status: OptimalStatus
    """OPTIMAL, BOUNDED or TIMEOUT."""
    seconds: float
    """Wall time of the optimisation."""
    candidates: int
    """Values that could take a register (fit one, have a slot)."""
    available: tuple[int, ...]
    """Registers any value may use in this function."""


def score(weights: AllocationWeights, registers: Mapping[int, int]) -> int:
    """The objective of the allocation `registers` (value id -> register), in estimated gas saved."""
    savings = dict(weights.savings)
    costs = dict(weights.register_costs)
    used = set(registers.values())
    return sum(savings.get(v, 0) for v in registers) - sum(costs.get(r, 0) for r in used)


def allowed_registers(contract: Contract) -> dict[int, tuple[int, ...]]:
    """Per value id that some constraint restricts: the registers of `contract.available` it may still use
    (fits, availability and call-clobber constraints); values not listed may use all of `contract.available`."""
    forbidden: dict[int, set[int]] = {}
    for c in contract.constraints:
        if c.rule != "conflict":
            forbidden.setdefault(c.values[0], set()).update(c.forbidden)
    return {v: tuple(r for r in contract.available if r not in regs) for v, regs in forbidden.items()}


def satisfies(contract: Contract, registers: Mapping[int, int]) -> bool:
    """Whether the allocation `registers` (value id -> register) meets every constraint of `contract` and uses
    only `contract.available`, evaluated directly (no solver): the guard on a warm start."""
    if any(r not in contract.available for r in registers.values()):
        return False
    for c in contract.constraints:
        if c.rule == "conflict":
            a, b = c.values
            if a in registers and registers.get(b) == registers[a]:
                return False
        elif registers.get(c.values[0]) in c.forbidden:
            return False
    return True


def optimal_allocation(contract: Contract, weights: AllocationWeights, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                       start: Mapping[int, int] | None = None) -> OptimalAllocation:
    """The allocation of `contract.function` maximising `score(weights, ·)` subject to `contract` (module
    docstring); `timeout_ms` (milliseconds) bounds the whole call, building the problem included. `start` (value
    id -> register, e.g. linear scan's allocation) is a warm start: z3 begins its search from it, and when z3
    proves nothing better within the limit and `start` scores higher than what z3 found, `start` is returned
    (status BOUNDED), so the result is never worse than `start` under the objective. A `start` that breaks the
    contract (`satisfies`) is ignored.

    z3 runs in a child process (`_search_in_child`) with `REPORT_SECONDS` less than the limit, killed at the limit:
    z3 does not honour its own limit while it compiles cardinality constraints or preprocesses a large problem
    (measured: monocypher's `blake2b_compress`, 1,425 choices, 23 s at a 7 s limit). A killed search keeps the
    best model z3 reported before (status BOUNDED with the trivial bound, every candidate's saving) or else `start`.
    Raises RuntimeError when the solver process fails (an internal error, with its traceback)."""
    began = time.perf_counter()
    start = dict(start) if start is not None and satisfies(contract, start) else None
    best_possible = _best_possible(contract, weights)   # objective = best_possible - penalty
    solver_ms = max(1, timeout_ms - round(REPORT_SECONDS * 1000))
    registers, status, penalty = _search_in_child(contract, weights, solver_ms, start, began + timeout_ms / 1000)
    if not satisfies(contract, registers):
        raise RuntimeError(f"the optimal allocation's solver returned an allocation of {contract.function} that "
                           "breaks its contract")
    objective = score(weights, registers)
    bound = objective if status is OptimalStatus.OPTIMAL else max(best_possible - (penalty or 0), objective)
    if status is not OptimalStatus.OPTIMAL and start is not None and score(weights, start) > objective:
        registers, objective, status = start, score(weights, start), OptimalStatus.BOUNDED
        bound = max(bound, objective)
    return OptimalAllocation(contract.function, tuple(sorted(registers.items())), objective, bound, status,
                             time.perf_counter() - began, len(weights.savings), contract.available)


REPORT_SECONDS = 0.25
"""How much of the limit of `optimal_allocation` is left to the solver process for reporting its answer: z3's own
limit ends this much earlier than the limit at which the process is killed (z3 stops shortly after its own limit
when it honours it), so that the whole call stays within its limit."""


Solved = tuple[dict[int, int], OptimalStatus, int | None]
"""What a solve returns: the allocation found (value id -> register), its status, and the lower bound z3 proved
on the penalty when interrupted (None when optimal or unknown)."""


def _choices(contract: Contract, weights: AllocationWeights) -> dict[int, tuple[int, ...]]:
    """Value id -> the registers it may take, for the values worth one (positive saving, some register)."""
    restricted = allowed_registers(contract)
    out: dict[int, tuple[int, ...]] = {}
    for value, saving in weights.savings:
        regs = restricted.get(value, contract.available)
        if saving > 0 and regs:
            out[value] = tuple(regs)
    return out


def _search_in_child(contract: Contract, weights: AllocationWeights, timeout_ms: int,
                    start: Mapping[int, int] | None, deadline: float) -> Solved:
    """`_search` within `timeout_ms` in a forked process, killed at the `time.perf_counter()` `deadline`.
    The child sends every improving model z3 reports and then its answer, as length-prefixed pickles over a
    pipe; a killed child's last model is returned as BOUNDED (penalty bound unknown), or nothing as TIMEOUT.
    Without `os.fork` (not POSIX) `_search` runs in this process. Raises RuntimeError when the child raised (an
    internal error, with the child's traceback); a child that ended without an answer (killed by a signal) is
    logged as a warning on logger ``verifier`` and treated as a timeout."""
    if not hasattr(os, "fork"):
        return _search(contract, weights, timeout_ms, start, None)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child: solve, report, and leave without running the parent's exit handlers
        code = 0
        try:
            os.close(read_end)

            def send(message: object) -> None:
                data = pickle.dumps(message)
                os.write(write_end, struct.pack("<Q", len(data)))
                view = memoryview(data)
                while view:
                    view = view[os.write(write_end, view):]

            try:
                send(("done", _search(contract, weights, timeout_ms, start, lambda regs: send(("model", regs)))))
            except BaseException:
                send(("error", traceback.format_exc()))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    answer: Solved | None = None
    last: dict[int, int] | None = None
    failure: str | None = None
    buffer = bytearray()
    killed = False
    try:
        while True:
            wait = deadline - time.perf_counter()
            if wait <= 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
                break
            ready, _, _ = select.select([read_end], [], [], wait)
            if not ready:
                continue
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            buffer += chunk
            while len(buffer) >= 8:
                size = struct.unpack_from("<Q", buffer)[0]
                if len(buffer) < 8 + size:
                    break
                kind, payload = pickle.loads(bytes(buffer[8:8 + size]))
                del buffer[:8 + size]
                if kind == "model":
                    last = payload
                elif kind == "done":
                    answer = payload
                else:
                    failure = payload
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    if failure is not None:
        raise RuntimeError(f"the optimal allocation's solver failed on {contract.function}:\n{failure}")
    if answer is not None:
        return answer
    if not killed:   # a crash or the kernel's OOM killer inside z3: the warm start stands, as after a timeout
        logger.warning("the optimal allocation's solver process for %s ended without an answer; keeping the "
                       "best allocation it reported, else the warm start", contract.function)
    return (last, OptimalStatus.BOUNDED, None) if last is not None else ({}, OptimalStatus.TIMEOUT, None)


RELAXATION_SHARE = 0.3
"""The share of the time limit kept for `_relax_and_colour` after a MaxSAT search that proved nothing."""

SMALL_RELAXATION_SHARE = 0.6
"""The same share for functions of at most `SMALL_CANDIDATES` candidates: there MaxSAT proves its optimum within a
few seconds or not at all, and the relaxation may need more (`compare.wat` `main`, 40 candidates: 5-6 s)."""

SMALL_CANDIDATES = 128
"""Candidates up to which `SMALL_RELAXATION_SHARE` applies."""


def _search(contract: Contract, weights: AllocationWeights, timeout_ms: int, start: Mapping[int, int] | None,
            on_model: Callable[[dict[int, int]], None] | None) -> Solved:
    """The whole solve within `timeout_ms` milliseconds: the MaxSAT search (`_solve`) with all but
    `RELAXATION_SHARE` (`SMALL_RELAXATION_SHARE` for small problems) of the time, and when it proved nothing,
    `_relax_and_colour` with what is left: an allocation reaching the relaxation's optimum is optimal; a
    relaxation solved without one still bounds the objective (returned as a lower bound on the penalty).
    MaxSAT comes first because, among allocations of one objective, its choice from linear scan's warm start
    stays closer to linear scan's, which the emitter often rewards where the additive objective cannot tell
    (measured: the relaxation's colouring of `sieve` `main` under the full model, of the same objective as
    MaxSAT's optimum, cost 10 % more gas)."""
    began = time.perf_counter()
    choices = _choices(contract, weights)
    share = SMALL_RELAXATION_SHARE if len(choices) <= SMALL_CANDIDATES else RELAXATION_SHARE
    solved = _solve(contract, weights, max(1, round(timeout_ms * (1 - share))), start, on_model)
    if solved[1] is OptimalStatus.OPTIMAL:
        return solved
    left = timeout_ms - round((time.perf_counter() - began) * 1000)
    relaxed = _relax_and_colour(contract, weights, left, start) if left > 0 else None
    if relaxed is None:
        return solved
    registers, bound = relaxed
    if registers is not None and score(weights, registers) >= bound:
        if on_model is not None:
            on_model(registers)
        return registers, OptimalStatus.OPTIMAL, None
    return solved[0], solved[1], max(solved[2] or 0, _best_possible(contract, weights) - bound)


def _relax_and_colour(contract: Contract, weights: AllocationWeights, timeout_ms: int,
                      start: Mapping[int, int] | None = None) -> tuple[dict[int, int] | None, int] | None:
    """An upper bound on the objective from a relaxation without registers, and an allocation reaching it when
    one exists; None when the relaxation was not solved within `timeout_ms` milliseconds.

    The relaxation: per candidate v one variable y_v (v allocated), per register R with a cost one u_R (R
    used); maximise Σ saving(v)·y_v − Σ register_cost(R)·u_R subject to, for every clique of pairwise
    conflicting values (`cliques`, and each conflict pair) and every set A of registers some member is
    restricted to: the members restricted to A number at most the free registers of A plus the used costly
    ones (they need distinct registers of A). Every allocation meets these, with the same objective, so the
    relaxation's optimum bounds the problem's. Registers do not appear, so the k! relabellings of each
    register choice that make the MaxSAT search slow are gone. Then the values the relaxation allocates are
    given registers (a satisfiability problem: the contract's conflicts, each value's registers, costly
    registers only where the relaxation used them); if that succeeds, the allocation's objective equals the
    bound and it is optimal. SSA conflict graphs are chordal (a value's live range is a subtree of the
    dominator tree), where a value set whose every clique fits the registers can always be coloured
    (Gavril 1974; Hack, Grund and Goos 2006, "Register allocation for programs in SSA form"), so the colouring
    fails only through the constraints this leaves out (per-value registers, the emitter's extra conflicts,
    cliques `cliques` does not find). Both searches begin from `start` (value id -> register, linear scan's
    allocation), so that among allocations of equal objective the one found stays close to it: the objective is
    additive, the emitter is not (measured over the corpus under the full model, an arbitrary colouring of
    `sieve` `main` cost 11 % more gas than the MaxSAT optimum of the same objective)."""
    began = time.perf_counter()
    context = z3.Context()
    regs_of = _choices(contract, weights)
    if not regs_of:
        return None
    savings = dict(weights.savings)
    costs = {r: c for r, c in weights.register_costs if c > 0 and r in contract.available}
    allocated = {v: z3.Bool(f"y_{v}", context) for v in regs_of}
    used = {r: z3.Bool(f"u_r{r}", context) for r in costs}
    opt = z3.Optimize(ctx=context)
    opt.set(timeout=max(1, timeout_ms))
    for v, y in allocated.items():
        opt.add_soft(y, savings[v], "penalty")
        if all(r in costs for r in regs_of[v]):   # only costly registers: one of them is used
            opt.add(z3.Implies(y, _or(context, [used[r] for r in regs_of[v]])))
    for r, u in used.items():
        opt.add_soft(z3.Not(u), costs[r], "penalty")
    stars = conflict_stars(contract, set(regs_of))
    groups = {tuple(sorted(c)) for c in cliques(contract, stars)}
    groups |= {(min(a, b), max(a, b)) for center, others in stars for a, b in ((center, o) for o in others)}
    for group in sorted(groups):
        for room in {frozenset(regs_of[v]) for v in group}:
            members = [allocated[v] for v in group if room.issuperset(regs_of[v])]
            free = sum(1 for r in room if r not in costs)
            if len(members) <= free:
                continue
            terms = [(y, 1) for y in members] + [(used[r], -1) for r in sorted(room) if r in costs]
            opt.add(z3.PbLe(terms, free))
    for v, y in allocated.items():
        if start is not None:
            opt.set_initial_value(y, z3.BoolVal(v in start, context))
    opt.set(timeout=max(1, timeout_ms - round((time.perf_counter() - began) * 1000)))
    if _check(opt) != z3.sat:
        return None
    model = opt.model()
    chosen = [v for v, y in allocated.items() if z3.is_true(model.eval(y, model_completion=True))]
    paid = {r for r, u in used.items() if z3.is_true(model.eval(u, model_completion=True))}
    bound = sum(savings[v] for v in chosen) - sum(costs[r] for r in paid)
    colour = z3.SimpleSolver(ctx=context)   # the SMT core: the one that takes initial values
    x = {v: {r: z3.Bool(f"x_{v}_r{r}", context) for r in regs_of[v] if r not in costs or r in paid}
         for v in chosen}
    if any(not options for options in x.values()):
        return None, bound
    for options in x.values():
        xs = list(options.values())
        colour.add(_or(context, xs))
        if len(xs) > 1:
            colour.add(_at_most(context, xs, 1))
    for constraint in _no_shared_register(context, x, conflict_stars(contract, set(chosen))):
        colour.add(constraint)
    for v, options in x.items():
        for r, var in options.items():
            if start is not None:
                colour.set_initial_value(var, z3.BoolVal(start.get(v) == r, context))
    colour.set(timeout=max(1, timeout_ms - round((time.perf_counter() - began) * 1000)))
    if _check(colour) != z3.sat:
        return None, bound
    found = colour.model()
    registers = {v: next(r for r, var in options.items() if z3.is_true(found.eval(var, model_completion=True)))
                 for v, options in x.items()}
    return registers, bound


def _solve(contract: Contract, weights: AllocationWeights, timeout_ms: int, start: Mapping[int, int] | None,
           on_model: Callable[[dict[int, int]], None] | None) -> Solved:
    """Build the weighted MaxSAT problem (module docstring) and run z3 on it within `timeout_ms` milliseconds,
    building included; `on_model` receives every improving allocation z3 reports on the way."""
    began = time.perf_counter()
    context = z3.Context()   # a fresh context: the answer depends on the problem only, not on earlier z3 work
    costs = dict(weights.register_costs)
    choices = {value: {r: z3.Bool(f"x_{value}_r{r}", context) for r in regs}
               for value, regs in _choices(contract, weights).items()}
    opt = z3.Optimize(ctx=context)
    opt.set(timeout=max(1, timeout_ms))
    allocated = {value: z3.Bool(f"y_{value}", context) for value in choices}
    used = {r: z3.Bool(f"used_r{r}", context) for r in contract.available}
    handle = None
    for value, options in choices.items():
        xs = list(options.values())
        if len(xs) > 1:
            opt.add(_at_most(context, xs, 1))
        for r, x in options.items():
            opt.add(z3.Implies(x, used[r]))
        opt.add(allocated[value] == _or(context, xs))
        handle = opt.add_soft(allocated[value], dict(weights.savings)[value], "penalty")
    stars = conflict_stars(contract, set(choices))
    for constraint in _no_shared_register(context, choices, stars):
        opt.add(constraint)
    added: set[frozenset[int]] = set()
    budget = CLIQUE_LITERALS_PER_CHOICE * sum(len(options) for options in choices.values())
    for clique in cliques(contract, stars):
        members = frozenset(clique)
        size = sum(len(choices[v]) for v in clique) + len(clique)
        if members in added or size > budget:
            continue
        added.add(members)
        budget -= size
        room = sorted({r for v in clique for r in choices[v]})
        for r in room:
            xs = [choices[v][r] for v in clique if r in choices[v]]
            if len(xs) > 2:
                opt.add(_at_most(context, xs, 1))
        if len(clique) > len(room):
            opt.add(_at_most(context, [allocated[v] for v in clique], len(room)))
    for r, flag in used.items():
        if costs.get(r, 0) > 0 and choices:
            opt.add_soft(z3.Not(flag), costs[r], "penalty")
    for lower, higher in symmetric_pairs(choices, costs):
        opt.add(z3.Implies(used[higher], used[lower]))
    if start is not None:
        for value, options in choices.items():
            for r, x in options.items():
                opt.set_initial_value(x, z3.BoolVal(start.get(value) == r, context))

    def chosen(model: z3.ModelRef) -> dict[int, int]:
        out: dict[int, int] = {}
        for value, options in choices.items():
            for r, x in options.items():
                if z3.is_true(model.eval(x, model_completion=True)):
                    out[value] = r
                    break
        return out

    reported: list[dict[int, int]] = []

    def report(model: z3.ModelRef) -> None:
        try:
            reported.append(chosen(model))
        except z3.Z3Exception:   # the search was cancelled while this model was read: it is not kept
            return
        if on_model is not None:
            on_model(reported[-1])

    opt.set_on_model(report)
    opt.set(timeout=max(1, timeout_ms - round((time.perf_counter() - began) * 1000)))   # building counts too
    answer = _check(opt)
    if answer == z3.sat:
        return chosen(opt.model()), OptimalStatus.OPTIMAL, None
    if _has_model(opt):
        return chosen(opt.model()), OptimalStatus.BOUNDED, _penalty_bound(handle)
    if reported:
        return reported[-1], OptimalStatus.BOUNDED, _penalty_bound(handle)
    return {}, OptimalStatus.TIMEOUT, None


def symmetric_pairs(choices: Mapping[int, Mapping[int, object]], costs: Mapping[int, int]) -> list[tuple[int, int]]:
    """Symmetry breaking: (lower, higher) for consecutive registers of every class of interchangeable registers
    (the same register cost, and open to exactly the same values in `choices`: value -> register -> variable).
    Any allocation can have the registers of a class permuted so that the used ones come first without changing
    its objective or feasibility, so requiring "higher used only if lower used" keeps an optimum and removes the
    k! equivalent copies of each solution z3 would otherwise have to rule out."""
    classes: dict[tuple[int, frozenset[int]], list[int]] = {}
    registers = sorted({r for options in choices.values() for r in options})
    for r in registers:
        signature = (costs.get(r, 0), frozenset(v for v, options in choices.items() if r in options))
        classes.setdefault(signature, []).append(r)
    return [(a, b) for members in classes.values() for a, b in zip(members, members[1:])]


def cliques(contract: Contract, stars: list[tuple[int, tuple[int, ...]]]) -> list[tuple[int, ...]]:
    """Per star of `conflict_stars`, its centre and the values of the star that conflict pairwise with it and each
    other (taken greedily; a definition and everything live after it when the star is one point's), as value
    tuples of at least three. A redundant cardinality constraint over each that has more values than registers
    (`optimal_allocation`: at most as many of them in registers as they have registers between them) does not
    change the solutions but lets z3 prove optimality without refuting every way of fitting n values into fewer
    registers pair by pair (a pigeonhole argument that pairwise conflicts alone make exponentially hard for its
    core-guided MaxSAT)."""
    pairs = {c.values for c in contract.constraints if c.rule == "conflict"}
    out = []
    for center, others in stars:
        members = [center]
        for value in others:   # greedily: the star's values that conflict with every one taken so far
            if all((min(value, m), max(value, m)) in pairs for m in members):
                members.append(value)
        if len(members) >= 3:
            out.append(tuple(members))
    return out


def conflict_stars(contract: Contract, values: set[int]) -> list[tuple[int, tuple[int, ...]]]:
    """The conflict constraints among `values`, grouped per program point into stars (a value and the values it
    may not share a register with): each conflict pair is covered exactly once. A definition conflicts with
    everything live after it, so one star per point usually covers all of that point's pairs, which keeps the
    encoding linear in the function's size instead of quadratic."""
    by_point: dict[str, set[tuple[int, int]]] = {}
    for c in contract.constraints:
        if c.rule == "conflict" and c.values[0] in values and c.values[1] in values:
            by_point.setdefault(c.point, set()).add((c.values[0], c.values[1]))
    stars: list[tuple[int, tuple[int, ...]]] = []
    for point in sorted(by_point):
        pairs = by_point[point]
        while pairs:
            degree: dict[int, int] = {}
            for a, b in pairs:
                degree[a] = degree.get(a, 0) + 1
                degree[b] = degree.get(b, 0) + 1
            center = max(sorted(degree), key=lambda v: degree[v])
            covered = {p for p in pairs if center in p}
            stars.append((center, tuple(sorted(b if a == center else a for a, b in covered))))
            pairs -= covered
    return stars


def _best_possible(contract: Contract, weights: AllocationWeights) -> int:
    """The objective's trivial upper bound: every candidate worth a register (`_choices`) in one, no register
    cost."""
    savings = dict(weights.savings)
    return sum(savings[v] for v in _choices(contract, weights))


def _no_shared_register(context: z3.Context, variables: Mapping[int, Mapping[int, z3.BoolRef]],
                        stars: list[tuple[int, tuple[int, ...]]]) -> list[z3.BoolRef]:
    """Per star of `conflict_stars` and register: the centre in that register excludes every other value of the
    star from it (`variables`: value -> register -> "the value is in that register")."""
    out = []
    for center, others in stars:
        for r, x in variables[center].items():
            rivals = [variables[v][r] for v in others if r in variables[v]]
            if rivals:
                out.append(z3.Implies(x, z3.Not(_or(context, rivals))))
    return out


def _check(solver: z3.Optimize | z3.Solver) -> z3.CheckSatResult:
    """`solver.check()`, with running out of time reported as unknown: with a model callback z3 raises
    "canceled" instead."""
    try:
        return solver.check()
    except z3.Z3Exception as error:
        if "canceled" not in str(error):
            raise
        return z3.unknown


def _or(context: z3.Context, xs: list[z3.BoolRef]) -> z3.BoolRef:
    """`z3.Or(xs)` without the Python API's per-argument coercion (which dominates building large problems)."""
    if len(xs) == 1:
        return xs[0]
    array = (z3.Ast * len(xs))(*[x.as_ast() for x in xs])
    return z3.BoolRef(z3.Z3_mk_or(context.ref(), len(xs), array), context)


def _at_most(context: z3.Context, xs: list[z3.BoolRef], k: int) -> z3.BoolRef:
    """`z3.AtMost(*xs, k)` without the Python API's per-argument coercion."""
    array = (z3.Ast * len(xs))(*[x.as_ast() for x in xs])
    return z3.BoolRef(z3.Z3_mk_atmost(context.ref(), len(xs), array, k), context)


def _has_model(opt: z3.Optimize) -> bool:
    try:
        opt.model()
    except z3.Z3Exception:
        return False
    return True


def _penalty_bound(handle: z3.OptimizeObjective | None) -> int | None:
    """The lower bound z3 established on the penalty of an interrupted search (the objective's upper bound is
    every candidate's saving minus it), or None."""
    if handle is None:
        return None
    lower = handle.lower()
    return max(0, lower.as_long()) if z3.is_int_value(lower) else None   # a penalty is never negative


def allocate_optimally(request: AllocationRequest, start: Mapping[int, int] | None = None) -> Allocation:
    """The ``optimal`` allocator (module docstring): the best allocation of `request.function` found within
    `request.timeout_ms` milliseconds for the whole step (measuring the gas model, then z3 with what is left),
    warm-started from `start` (the registry passes linear scan's allocation of the same request) and never
    scoring less than it. When the gas model alone runs out of time, `start` is the result (status ``timeout``,
    no objective measured: value and bound 0)."""
    function = request.function
    began = time.perf_counter()
    deadline = began + request.timeout_ms / 1000
    weights = request.weights(deadline)
    # out of time while measuring: only `start` is checked against the contract, so only its values' part is built
    contract = build_contract(function, request.model,
                              None if weights is not None else (start or {}).keys())
    # The emitter's own requirements on top of the verifier's contract: only the registers it was built to
    # allocate (no host-call argument registers), and no register shared with a value read or live at one's
    # definition (check 2 refuted allocations that met the contract alone: a select writing its result over its
    # condition, a fused compare's operand overwritten before the branch).
    available = tuple(r for r in contract.available if r in request.problem.registers)
    extra = tuple(Constraint("conflict", (min(a, b), max(a, b)), (), f"position {p}")
                  for a, b, p in request.emitter_conflicts)
    contract = replace(contract, constraints=contract.constraints + extra, available=available)
    if weights is None:   # out of time while measuring: linear scan's allocation stands
        kept = tuple(sorted(start.items())) if start is not None and satisfies(contract, start) else ()
        candidates = sum(1 for v in request.problem.values if v.fits_register)
        summary = AllocationSummary(candidates, len(kept), allocatable_regs=len(available), available=available)
        late = Objective(AllocationWeights((), ()), 0, 0, OptimalStatus.TIMEOUT.value, time.perf_counter() - began)
        return Allocation(function.name, kept, summary=summary, objective=late)
    remaining_ms = max(1, round((deadline - time.perf_counter()) * 1000))
    result = optimal_allocation(contract, weights, remaining_ms, start)
    summary = AllocationSummary(candidates=result.candidates, allocated_values=len(result.registers),
                                allocatable_regs=len(result.available), available=result.available)
    objective = Objective(weights, result.objective, result.bound, result.status.value, time.perf_counter() - began)
    return Allocation(function.name, result.registers, summary=summary, objective=objective)
