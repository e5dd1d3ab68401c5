"""A printer of the IR view (`pvm_backend.ir`), for golden tests and debugging.

What it does: renders a `Module` (or one `Function`) as text, one line per global, declaration, block header and
instruction, showing every field of the view that is set.

Assumes: nothing beyond the `ir` contract; it never imports llvmlite.

Guarantees: deterministic output (flags sorted). The format, by example::

    global @msg size 4 align 4 data 00000000 reloc 0:4=@.str
    global @.str size 6 align 1 constant data 68656c6c6f00
    global @arr size 40 align 16 zero
    declare i32 @llvm.ctpop.i32(i32)
    define i32 @f(ptr %v0, i32 %v1) {
    b0 %entry:
      %v2 = add nsw i32 (i32 %v1, i32 1)
      br (i1 %v3) -> b1, b2
    b1 %loop: preds b0, b1
      %v4 = phi i32 [b0: 0, b1: %v5]
      %v6 = icmp ult i1 (i32 %v4, i32 10)
      %v7 = getelementptr inbounds ptr (ptr %v0, i32 %v4, i32 1) gep %struct.S +4 + %v4:i32*16
      %v8 = load i32 (ptr %v7) align 4
      switch (i32 %v8) -> b3 [1: b4, 4294967295: b5]
      %v9 = call i32 (i32 %v8) @g
      %v10 = extractvalue i32 ({ i32, i1 } %v9) idx 0
      %v11 = alloca ptr (i32 1) type [4 x i32] align 16
    }

Operands print as ``<type> <value>``: ``%vN`` for SSA values, the unsigned value for constants, ``undef``,
``@g``/``@g+8``/``@g-4`` for global addresses and ``@f`` for functions. A block header lists its predecessors.
"""

from __future__ import annotations

from pvm_backend.ir import (Const, Function, FunctionAddr, GepInfo, GlobalAddr, GlobalVar, Instruction, Module, Operand,
                            Undef, ValueRef)


def operand_text(op: Operand) -> str:
    """One operand without its type: ``%v3``, ``5``, ``undef``, ``@g+8``, ``@f``."""
    if isinstance(op, ValueRef):
        return f"%v{op.id}"
    if isinstance(op, Const):
        return str(op.value)
    if isinstance(op, Undef):
        return "undef"
    if isinstance(op, GlobalAddr):
        if op.offset > 0:
            return f"@{op.name}+{op.offset}"
        if op.offset < 0:
            return f"@{op.name}-{-op.offset}"
        return f"@{op.name}"
    if isinstance(op, FunctionAddr):
        return f"@{op.name}"
    raise TypeError(f"not an operand: {op!r}")


def gep_text(g: GepInfo) -> str:
    """``gep <source type> +<offset>[ + %vN:iW*scale ...]``."""
    parts = [f"gep {g.source_type.text} {g.offset:+d}"]
    for idx, width, scale in g.terms:
        parts.append(f"+ {operand_text(idx)}:i{width}*{scale}")
    return " ".join(parts)


def instruction_text(ins: Instruction) -> str:
    """One instruction in the format of the module docstring."""
    head = f"%v{ins.result} = " if ins.result is not None else ""
    words = [ins.opcode]
    if ins.predicate is not None:
        words.append(ins.predicate)
    words.extend(sorted(ins.flags))
    if ins.result is not None:
        words.append(ins.type.text)
    if ins.operands:
        words.append("(" + ", ".join(f"{t.text} {operand_text(o)}"
                                     for o, t in zip(ins.operands, ins.operand_types)) + ")")
    elif ins.opcode not in ("phi",):
        words.append("()")
    if ins.phi_incoming:
        words.append("[" + ", ".join(f"b{b}: {operand_text(v)}" for b, v in ins.phi_incoming) + "]")
    if ins.callee is not None:
        words.append(f"@{ins.callee}")
    if ins.callee_operand is not None:
        words.append(f"via {operand_text(ins.callee_operand)}")
    if ins.gep is not None:
        words.append(gep_text(ins.gep))
    if ins.indices:
        words.append("idx " + ", ".join(map(str, ins.indices)))
    if ins.allocated_type is not None:
        words.append(f"type {ins.allocated_type.text}")
    if ins.align:
        words.append(f"align {ins.align}")
    if ins.successors:
        if ins.switch_cases:
            words.append(f"-> b{ins.successors[0]} ["
                         + ", ".join(f"{v}: b{b}" for v, b in ins.switch_cases) + "]")
        else:
            words.append("-> " + ", ".join(f"b{s}" for s in ins.successors))
    return head + " ".join(words)


def function_text(f: Function) -> str:
    """A definition (header, blocks, ``}``) or a one-line declaration."""
    if f.is_declaration:
        params = [t.text for t in f.param_types]
        if f.is_vararg:
            params.append("...")
        return f"declare {f.return_type.text} @{f.name}({', '.join(params)})"
    params = [f"{t.text} %v{i}" for i, t in enumerate(f.param_types)]
    lines = [f"define {f.return_type.text} @{f.name}({', '.join(params)}) {{"]
    for b in f.blocks:
        preds = " preds " + ", ".join(f"b{p}" for p in b.predecessors) if b.predecessors else ""
        lines.append(f"b{b.id} %{b.name}:{preds}")
        for ins in b.instructions:
            lines.append("  " + instruction_text(ins))
    lines.append("}")
    return "\n".join(lines)


def global_text(g: GlobalVar) -> str:
    """``global @name size N align A [constant] (external | zero | data HEX) [reloc off:size=target ...]``."""
    words = [f"global @{g.name} size {g.size} align {g.align}"]
    if g.constant:
        words.append("constant")
    if g.is_declaration:
        words.append("external")
    elif any(g.data):
        words.append("data " + g.data.hex())
    else:
        words.append("zero")
    for r in g.relocations:
        words.append(f"reloc {r.offset}:{r.size}={operand_text(r.target)}")
    return " ".join(words)


def module_text(m: Module) -> str:
    """Globals, then functions, in source order; ends with a newline."""
    parts = [global_text(g) for g in m.globals]
    parts += [function_text(f) for f in m.functions]
    return "\n".join(parts) + "\n"
