"""Developer sessions: `nox -s tests lint types` (and, as later issues add them, bench, fuzz, screenshots)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "types"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "src", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py")


@nox.session
def types(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def screenshots(session: nox.Session) -> None:
    """PNGs of the HTML report for fixtures/seeds (the index and the 芦淞区 page, a finding clicked) into
    reports/screenshots, through Debian's chromium (installed with apt-get when missing)."""
    session.install("-e", ".", "playwright>=1.40")
    session.run("python", "-m", "hecha.report.html_browser", "fixtures/seeds", "reports/screenshots")


@nox.session
def bench(session: nox.Session) -> None:
    """Documents/s, MB/s and peak memory of `hecha check`, next to a bare-regex floor and Great
    Expectations, on a generated corpus (benchmarks/README.md). Not a default session: it takes minutes.
    `nox -s bench -- --docs 10000 --scale 10000,100000`."""
    session.install("-e", ".[dev]")
    session.run("python", "benchmarks/bench.py", *session.posargs)
    session.run("python", "benchmarks/doc_size.py")  # time per character as one report grows


@nox.session
def fuzz(session: nox.Session) -> None:
    """The hypothesis properties of tests/hostile/test_fuzz.py with many examples (default 5000 each;
    `HECHA_FUZZ_EXAMPLES=50000 nox -s fuzz`): the number grammar, the extractor and the whole check
    never raise on arbitrary Unicode, huge figures stay unread, the renderers (Markdown, JUnit, SARIF,
    GitHub, HTML) stay well-formed and inert, the relation parser raises only its own errors, and the
    dataset reader turns any bytes into a report (that one runs only here). Not a default session."""
    session.install("-e", ".[test,dataset]")
    session.run(
        "pytest",
        "tests/hostile/test_fuzz.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": "fuzz"},
    )
