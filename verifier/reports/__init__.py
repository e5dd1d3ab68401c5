"""Reports over whole corpora: the nightly soundness report (`soundness`), the heuristic-vs-optimal allocation
tables (`allocation`), the corpus manifest both read (`manifest`), and their `pvmc report` commands (`cli`).

Importing this package loads nothing heavy; each report module imports the compiler and z3 itself.
"""
