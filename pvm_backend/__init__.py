"""pvmc's backend: the PVM toolkit (ISA, semantics, interpreter, containers, ABI), the frontend that builds
the IR view, the emitter, the driver and the CLI."""
