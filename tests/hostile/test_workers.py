"""Worker processes that die, and runs that are stopped (issue 15, items 1 and 10).

a worker killed (kill -9, the OOM killer)   noticed at once; its batch is checked again one document
                                            at a time; a document whose worker dies again is
                                            `error` "worker died: killed by signal 9 …", exit 4
an exception for one document in a worker   that document's `error` "internal error …", exit 4
SIGTERM (a cancelled CI job)                 exit 143, one line, no temporary file, no traceback,
                                            workers gone
Ctrl-C (SIGINT to the process group)         exit 130, one line, no worker tracebacks
"""

from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from hecha import parallel
from hecha.exitcodes import EXIT_INTERNAL
from hecha.ingest import Source, iter_sources
from hecha.model import Document
from hecha.parallel import check_sources, ordered_map
from hecha.pipeline import Checker
from hecha.report.jsonl import Rendered, render_document, write_stream

from .procs import children, corpus, started_blocked_on_stdin, wait_reading_stdin

VICTIM = 13


def _kill_self_on_victim(_checker: Checker, x: int) -> int:  # module level: workers call it by name
    if x == VICTIM:
        os.kill(os.getpid(), signal.SIGKILL)
    return 2 * x


def _raise_on_victim(_checker: Checker, x: int) -> int:
    if x == VICTIM:
        raise ValueError("boom")
    return 2 * x


def _as_failure(_checker: Checker, x: int, reason: str) -> str:
    return f"{x}: {reason}"


@pytest.mark.parametrize("as_sequence", [True, False])
def test_a_document_that_kills_its_worker_is_an_error_and_the_rest_is_checked(
    checker: Checker, as_sequence: bool
) -> None:
    items = list(range(100)) if as_sequence else iter(range(100))
    out = list(ordered_map(checker, _kill_self_on_victim, items, jobs=2, chunk=8, failed=_as_failure))
    assert len(out) == 100
    assert out[VICTIM] == (
        f"{VICTIM}: worker died: killed by signal 9 (SIGKILL: out of memory, or killed by hand) "
        "while checking it; not checked"
    )
    # its batch-mates were checked again one by one; everything keeps its place
    assert [x for i, x in enumerate(out) if i != VICTIM] == [2 * i for i in range(100) if i != VICTIM]


def test_a_worker_death_is_announced(checker: Checker) -> None:
    heard: list[str] = []
    list(ordered_map(checker, _kill_self_on_victim, range(40), 2, 8, failed=_as_failure, notice=heard.append))
    assert heard == [
        "worker died: killed by signal 9 (SIGKILL: out of memory, or killed by hand); "
        "its 8 documents are checked again one by one"
    ]


def test_an_exception_in_a_worker_is_that_items_failure(checker: Checker) -> None:
    out = list(ordered_map(checker, _raise_on_victim, range(100), jobs=2, chunk=8, failed=_as_failure))
    assert out[VICTIM] == f"{VICTIM}: internal error while checking: ValueError: boom"
    assert out[VICTIM + 1] == 2 * (VICTIM + 1)
    # the same in this process (one job)
    assert (
        list(ordered_map(checker, _raise_on_victim, range(20), jobs=1, failed=_as_failure))[VICTIM]
        == out[VICTIM]
    )


def _render_or_die(checker: Checker, source: Source, fmt: str, verbose: bool) -> Rendered:
    if source.doc_id.startswith("07_"):  # every copy of one batch's documents: they die every time
        os.kill(os.getpid(), signal.SIGKILL)
    return render_document(checker.check_document(source.read()), fmt, verbose)


def test_streamed_report_lists_documents_whose_worker_died_and_exits_4(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(tmp_path)
    monkeypatch.setattr(parallel, "_render_source", _render_or_die)  # inherited by the forked workers
    out = io.StringIO()
    tally = write_stream(out, check_sources(checker, iter_sources([str(folder)]), "json", jobs=2), "json")
    docs = json.loads(out.getvalue())["documents"]
    assert len(docs) == 75  # every input appears
    dead = [d for d in docs if d["status"] == "error"]
    assert [d["doc_id"] for d in dead] == sorted(p.stem for p in folder.glob("07_*"))
    assert all(d["error"].startswith("worker died: killed by signal 9") for d in dead)
    assert all(d["status"] == "checked" for d in docs if not d["doc_id"].startswith("07_"))
    assert tally.exit_code("error") == EXIT_INTERNAL


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_kill_9_on_the_workers_of_a_running_check(tmp_path: Path, fmt: str) -> None:
    """The issue's reproduction: `hecha check corpus -j 2 -o out.json` (also `-f sarif`), then kill -9
    the workers. The run notices, checks the lost batch again and finishes: nothing hangs, nothing is
    lost."""
    folder = corpus(tmp_path)
    out = tmp_path / "out.json"
    with started_blocked_on_stdin("check", str(folder), "-", "-j", "2", "-f", fmt, "-o", str(out)) as proc:
        for pid in wait_reading_stdin(proc, workers=2):
            os.kill(pid, signal.SIGKILL)
        _, stderr = proc.communicate(input="审结25件，受理35件。".encode(), timeout=300)
    assert proc.returncode == 1, stderr  # the seeds hold a real error; every document was checked
    report = json.loads(out.read_text(encoding="utf-8"))
    if fmt == "json":
        docs = report["documents"]
        assert len(docs) == 76 and all(d["status"] == "checked" for d in docs)
    else:
        assert "invocations" not in report["runs"][0]  # no document was unreadable
        assert (
            len({r["properties"]["doc_id"] for r in report["runs"][0]["results"]}) == 30
        )  # two seeds with findings, 15 copies each
    # both deaths are announced: one lost a batch (checked again), or both died between batches
    assert stderr.count(b"hecha: worker died: killed by signal 9") == 2, stderr
    assert b"Traceback" not in stderr


@pytest.mark.parametrize(
    "signum, code, group",
    [(signal.SIGTERM, 143, True), (signal.SIGTERM, 143, False), (signal.SIGINT, 130, True)],
)
def test_a_stopped_run_leaves_nothing_behind(tmp_path: Path, signum: int, code: int, group: bool) -> None:
    """A CI job cancelled (SIGTERM to hecha, or to its process group) or Ctrl-C (SIGINT to the group):
    one line, the documented exit code, no temporary file, no report, no worker tracebacks, no
    worker left running."""
    folder = corpus(tmp_path)
    out = tmp_path / "out.json"
    with started_blocked_on_stdin("check", str(folder), "-", "-j", "2", "-o", str(out)) as proc:
        workers = wait_reading_stdin(proc, workers=2)
        assert list(tmp_path.glob(".out.json.*.tmp"))  # the output was opened before the run
        if group:
            os.killpg(proc.pid, signum)
        else:
            os.kill(proc.pid, signum)
        _, stderr = proc.communicate(timeout=120)
    name = signal.Signals(signum).name
    assert proc.returncode == code
    assert stderr.decode().splitlines() == [f"hecha: stopped by {name}; no report was written"]
    assert not out.exists() and not list(tmp_path.glob(".out.json.*"))
    assert not [p for p in workers if Path(f"/proc/{p}").exists() and _alive(p)]
    assert children(proc.pid) == []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_failed_document_objects_keep_the_contract(checker: Checker) -> None:
    """What a lost document looks like in the report: its id and path, status error, nothing else."""
    src = Source("x", "x.txt")
    r = parallel._render_failed(checker, src, "worker died: killed by signal 9", "json", False)
    d: dict[str, Any] = json.loads(r.text)
    assert d["doc_id"] == "x" and d["path"] == "x.txt" and d["status"] == "error"
    assert d["error"] == "worker died: killed by signal 9" and d["facts"] == [] and d["findings"] == []
    assert checker.check_document(Document("x", "x.txt", None, error="e")).status == "error"


def test_a_crash_in_the_dataset_reader_is_that_files_error(
    checker: Checker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the dataset reader raises, the texts of the same run are still reported, and the
    dataset file is an internal error (exit 4), not a traceback."""
    from hecha import gate
    from hecha.dataset import run as dataset_run

    def broken(*a: object, **k: object) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(dataset_run, "plan_dataset", broken)
    data = tmp_path / "d.csv"
    data.write_text("doc_id,metric,value\n", encoding="utf-8")
    report = gate.run(checker, gate.GateInputs([str(corpus(tmp_path))], dataset=data, jobs=1)).report
    assert len(report["documents"]) == 76
    last = report["documents"][-1]
    assert (
        last["path"] == str(data)
        and last["error"] == "internal error while reading: IndexError: list index out of range"
    )
    assert gate.exit_code(report, "error") == EXIT_INTERNAL
