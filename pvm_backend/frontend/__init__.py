"""The only code that imports llvmlite: reading .ll/.bc, running clang for .c, optimising, building the IR view."""
