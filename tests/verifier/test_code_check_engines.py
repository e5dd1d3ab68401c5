"""Check 2's engines are independent: functions that share one Datalog program (`verifier.code_check` builds the
relations and rules once per domain-size class and gives every function a fresh engine with its own facts) get
the verdict their own code deserves, whatever was checked before them.

The expected verdicts are hand-derived from the GP meaning of the few instructions of the streams and the ABI
(tests/verifier/test_check_code.py builds them and explains each): the diamond without the clobber proves; with
`load_imm r7, 0` on the arm through t, the return's read of s in r7 fails on the path entry, t, j.
"""

from __future__ import annotations

from verifier import Status, verify_function

from test_check_code import diamond, refuted


def test_alternating_proved_and_refuted_functions_keep_their_own_verdicts() -> None:
    clean_fn, clean = diamond(clobber_in_t=False)
    bad_fn, bad = diamond(clobber_in_t=True)
    for _ in range(3):
        assert verify_function(clean_fn, clean).proved
        cx = refuted(verify_function(bad_fn, bad))
        assert (cx.location, cx.expected) == ("r7", "%s")
        assert cx.path == ("fn:f", "f/t", "f/j")


def test_a_one_millisecond_limit_between_full_checks_does_not_leak_into_them() -> None:
    """A check stopped by its time limit (or finished within it) leaves the next function's check unaffected."""
    clean_fn, clean = diamond(clobber_in_t=False)
    bad_fn, bad = diamond(clobber_in_t=True)
    for _ in range(3):
        quick = verify_function(bad_fn, bad, timeout_ms=1)
        assert quick.code in (Status.REFUTED, Status.UNKNOWN)
        assert verify_function(clean_fn, clean).proved
        assert refuted(verify_function(bad_fn, bad)).path == ("fn:f", "f/t", "f/j")
