"""Golden files of the analyses (problem, liveness, intervals, allocation, listing) and their printers."""
