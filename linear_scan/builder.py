"""`ProblemBuilder`: write an allocation problem instruction by instruction (unit tests, fuzzing).

What it does: lets a test state a function the way one reads it — blocks in linear order, each a list of
instructions that define a value and use others, phis at block starts, calls, terminators naming their
successors — and computes positions, predecessors, call-site register writes, the leaf flag, the available
registers and the scratch registers of calls (all of r5-r8, as `pvm_backend.selection` declares them) by the
rules of `linear_scan.problem`.

Example (a counting loop with two parameters)::

    b = ProblemBuilder("count", params=2)   # values 0 and 1 are the parameters
    b.block(); b.jump(1)                    # block 0: position 0
    b.block()                               # block 1: the loop
    i = b.phi((0, None), (1, 3))            # value 2, defined at position 1
    j = b.op(i, 0)                          # value 3 = i + p0, position 2
    b.branch(1, 2, uses=(j, 1))             # position 3, back-edge 1 -> 1
    b.block(); b.ret(j)                     # block 2
    problem = b.build()

Assumes: callers define every value they use somewhere in the function (a use may name a value defined later in
the linear order, as SSA allows when the definition dominates the use; value ids are resolved by `build`).

Guarantees: `build` returns a `Problem` (whose own checks run) or raises ProblemError for an unterminated block,
an instruction outside a block, a use of a value never defined, or a phi that is not at its block's start.
`build` may be called once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend import abi

from .problem import (CALLER_SAVED, Block, CallKind, Problem, ProblemError, Value, argument_registers, available_registers,
                      call_site)


@dataclass
class _BlockDraft:
    start: int
    end: int = -1
    successors: tuple[int, ...] = ()
    has_non_phi: bool = False


@dataclass
class _ValueDraft:
    definition: int
    uses: list[int] = field(default_factory=list)
    param_index: int | None = None
    is_phi: bool = False
    fits_register: bool = True


class ProblemBuilder:
    """Accumulates blocks and instructions; `build()` freezes them into a `Problem`."""

    def __init__(self, name: str = "f", params: int = 0, param_words: int | None = None,
                 model: abi.RegisterModel = abi.RegisterModel.SEED) -> None:
        """`params` parameters (values 0..params-1, defined at position 0) occupying `param_words` argument words
        (default: one word each; words 0-3 arrive in r9-r12); `model` the register model (under
        `RegisterModel.FULL`, parameters of one word each are precoloured to their incoming registers)."""
        self.name = name
        self.model = model
        self._values = [_ValueDraft(0, param_index=i) for i in range(params)]
        self._param_count = params
        self._param_words = params if param_words is None else param_words
        self._blocks: list[_BlockDraft] = []
        self._phi_uses: list[tuple[int, int]] = []      # (predecessor block, value)
        self._uses: list[tuple[int, int]] = []          # (value, position), resolved by build()
        self._calls: list[tuple[int, CallKind, int]] = []  # (position, kind, argument words / host arity)
        self._position = 0

    # ------------------------------------------------------------------------------------------ structure

    def block(self) -> int:
        """Start the next block in the linear order; returns its id. The previous block must be terminated."""
        if self._blocks and self._blocks[-1].end < 0:
            raise ProblemError(f"{self.name}: block {len(self._blocks) - 1} has no terminator")
        self._blocks.append(_BlockDraft(start=self._position))
        return len(self._blocks) - 1

    def _current(self) -> _BlockDraft:
        if not self._blocks or self._blocks[-1].end >= 0:
            raise ProblemError(f"{self.name}: instruction outside an open block")
        return self._blocks[-1]

    def _instruction(self, uses: tuple[int, ...], result: bool, fits: bool = True) -> int | None:
        block = self._current()
        block.has_non_phi = True
        position = self._position
        self._position += 1
        self._uses.extend((value, position) for value in uses)
        if not result:
            return None
        self._values.append(_ValueDraft(position, fits_register=fits))
        return len(self._values) - 1

    # ------------------------------------------------------------------------------------------ instructions

    def op(self, *uses: int, result: bool = True, fits: bool = True) -> int | None:
        """An ordinary instruction using `uses`; returns the id of its result (None when `result` is False).
        `fits` False marks a result that needs more than one register (never allocated)."""
        return self._instruction(uses, result, fits)

    def phi(self, *incoming: tuple[int, int | None], fits: bool = True) -> int:
        """A phi with (predecessor block, value or None for a constant) pairs; must precede the block's other
        instructions. Returns the phi's value id (defined at the block's first position)."""
        block = self._current()
        if block.has_non_phi:
            raise ProblemError(f"{self.name}: phi after a non-phi instruction in block {len(self._blocks) - 1}")
        self._position += 1
        self._values.append(_ValueDraft(block.start, is_phi=True, fits_register=fits))
        for pred, value in incoming:
            if value is not None:
                self._phi_uses.append((pred, value))
        return len(self._values) - 1

    def call(self, *uses: int, argument_words: int | None = None, result: bool = True) -> int | None:
        """A real call (direct or indirect) passing `uses`, in `argument_words` words (default len(uses))."""
        position = self._position
        out = self._instruction(uses, result)
        self._calls.append((position, CallKind.CALL, len(uses) if argument_words is None else argument_words))
        return out

    def host_call(self, *uses: int, result: bool = True) -> int | None:
        """A host call `ecalli` with arguments `uses` (at most 6) in r7, r8, r9, ..."""
        if len(uses) > abi.MAX_HOST_ARGS:
            raise ProblemError(f"{self.name}: a host call takes at most {abi.MAX_HOST_ARGS} arguments")
        position = self._position
        out = self._instruction(uses, result)
        self._calls.append((position, CallKind.HOST, len(uses)))
        return out

    def _terminate(self, successors: tuple[int, ...], uses: tuple[int, ...]) -> None:
        self._instruction(uses, result=False)
        block = self._blocks[-1]
        block.end = self._position - 1
        block.successors = tuple(dict.fromkeys(successors))

    def jump(self, target: int) -> None:
        """Unconditional branch terminating the current block."""
        self._terminate((target,), ())

    def branch(self, *targets: int, uses: tuple[int, ...] = ()) -> None:
        """Conditional branch / switch terminating the current block, reading `uses`."""
        self._terminate(targets, uses)

    def ret(self, *uses: int) -> None:
        """Return terminating the current block (no successors)."""
        self._terminate((), uses)

    # ------------------------------------------------------------------------------------------ freezing

    def build(self) -> Problem:
        """Freeze into a `Problem`. Raises ProblemError (see the module docstring)."""
        if not self._blocks or self._blocks[-1].end < 0:
            raise ProblemError(f"{self.name}: the last block has no terminator")
        for value, position in self._uses:
            if not 0 <= value < len(self._values):
                raise ProblemError(f"{self.name}: position {position} uses unknown value {value}")
            self._values[value].uses.append(position)
        for pred, value in self._phi_uses:
            if not 0 <= pred < len(self._blocks) or not 0 <= value < len(self._values):
                raise ProblemError(f"{self.name}: phi incoming ({pred}, {value}) names an unknown block or value")
            self._values[value].uses.append(self._blocks[pred].end)
        preds: list[list[int]] = [[] for _ in self._blocks]
        for index, draft in enumerate(self._blocks):
            for succ in draft.successors:
                if 0 <= succ < len(self._blocks):
                    preds[succ].append(index)
        blocks = tuple(Block(i, d.start, d.end, d.successors, tuple(sorted(set(preds[i]))))
                       for i, d in enumerate(self._blocks))
        values = tuple(Value(i, v.definition, tuple(sorted(v.uses)), v.param_index, v.is_phi, v.fits_register)
                       for i, v in enumerate(self._values))
        calls = tuple(call_site(position, kind, words) for position, kind, words in self._calls)
        incoming = argument_registers(self._param_words)
        is_leaf = all(c.kind is not CallKind.CALL for c in calls)
        outgoing = sorted({r for c in calls if c.kind is CallKind.CALL for r in c.argument_registers})
        host = sorted({r for c in calls if c.kind is CallKind.HOST for r in c.argument_registers})
        precoloured: tuple[tuple[int, int], ...] = ()
        if self.model is abi.RegisterModel.FULL and self._param_words == self._param_count:
            precoloured = tuple((v.id, incoming[v.param_index]) for v in values
                                if v.param_index is not None and v.param_index < len(incoming))
        # A call or host call needs every caller-saved register (as `pvm_backend.selection` declares it).
        scratch = tuple((position, CALLER_SAVED) for position in sorted({c.position for c in calls}))
        return Problem(self.name, values, blocks, calls, self._param_count, incoming, is_leaf, tuple(outgoing),
                       available_registers(incoming, is_leaf, outgoing, host, self.model), self.model, precoloured,
                       scratch)

