"""Exit codes of every command, and how a failure of hecha itself is told apart from bad input.

    0    nothing at or above --fail-on
    1    findings at or above --fail-on (and nothing else: a crash never exits 1)
    2    usage or configuration error (bad option, rule pack, config; an output that cannot be written
         to, found before anything is checked)
    3    some input could not be read; the others are still reported
    4    hecha itself failed: an internal error (a bug), or a worker process died (killed by a signal,
         the out-of-memory killer); the documents it hit are reported as `error`, the others as usual
    5    the report could not be written (disk full, file too large, a closed pipe)
    130  stopped by Ctrl-C (SIGINT); 143 stopped by SIGTERM (a cancelled CI job): no report is left

4 wins over 3, and 3 over 1: a document that was not checked cannot vouch for the findings.
"""

from __future__ import annotations

from collections.abc import Iterable

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 4
EXIT_OUTPUT = 5
EXIT_SIGINT = 130
EXIT_SIGTERM = 143

# A document error that is hecha's failure, not the input's, starts with one of these.
INTERNAL_PREFIXES = ("internal error", "worker died")


def is_internal(error: str | None) -> bool:
    return error is not None and error.startswith(INTERNAL_PREFIXES)


def run_exit(errors: Iterable[str | None], worst: int, floor: int | None) -> int:
    """The exit code of a run: `errors` are the documents' errors (None when read and checked),
    `worst` the rank of the most severe finding that counts, `floor` the --fail-on rank (None: never)."""
    code = EXIT_OK
    for e in errors:
        if e is None:
            continue
        if is_internal(e):
            return EXIT_INTERNAL
        code = EXIT_INPUT
    if code:
        return code
    return EXIT_FINDINGS if floor is not None and worst >= floor else EXIT_OK
