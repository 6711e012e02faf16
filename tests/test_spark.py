"""`hecha check --engine spark` in local mode (local[2]): the same documents and findings as the local
engine. Skipped when PySpark or Java is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.ingest import collect
from hecha.pipeline import Checker
from hecha.report.build import document_json

from .conftest import SEEDS

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)


def test_spark_engine_matches_local_engine(checker: Checker, tmp_path: Path) -> None:
    docs = collect([str(SEEDS)])
    extra = {"doc_id": "stated_twice", "text": "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"}
    # half the seeds as Parquet, the rest (and one more) as JSON Lines, one row without text
    pq.write_table(
        pa.Table.from_pylist([{"doc_id": d.doc_id, "text": d.text} for d in docs[:2]]), tmp_path / "a.parquet"
    )
    with (tmp_path / "b.jsonl").open("w", encoding="utf-8") as fh:
        for row in [*({"doc_id": d.doc_id, "text": d.text} for d in docs[2:]), extra, {"doc_id": "no_text"}]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"}
    cmd = [
        sys.executable,
        "-m",
        "hecha.cli",
        "check",
        "--engine",
        "spark",
        "--jobs",
        "2",
        "--output",
        str(out),
    ]
    p = subprocess.run(
        [*cmd, str(tmp_path / "a.parquet"), str(tmp_path / "b.jsonl")],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert p.returncode == 3, p.stderr.decode(errors="replace")[-3000:]  # the row without text
    # quiet by default: no log4j profile line, no WARN lines, no stage bars, no pandas 3 FutureWarning
    err = p.stderr.decode(errors="replace")
    assert "Using Spark's default log4j profile" not in err and " WARN " not in err, err[-3000:]
    assert "FutureWarning" not in err and "[Stage " not in err, err[-3000:]
    summary = json.loads(p.stdout.decode().strip().splitlines()[-1])["summary"]

    from hecha.model import Document

    expected = {d.doc_id: document_json(checker.check_document(d)) for d in docs}
    expected["stated_twice"] = document_json(
        checker.check_document(Document("stated_twice", "", extra["text"]))
    )
    rows = sorted(pq.read_table(out / "documents").to_pylist(), key=lambda r: r["row"])
    assert [r["doc_id"] for r in rows] == [*(d.doc_id for d in docs), "stated_twice", "no_text"]
    for r in rows[:-1]:
        got = json.loads(r["document"])
        want = expected[r["doc_id"]]
        assert got.pop("path") == r["doc_id"]
        want.pop("path")
        assert got == want, r["doc_id"]
        assert r["status"] == "checked" and r["n_findings"] == len(want["findings"])
    assert rows[-1]["status"] == "error" and rows[-1]["error"]

    findings = pq.read_table(out / "findings").to_pylist()
    want_findings = sorted(
        (doc_id, i, f["rule"], f["severity"], f["message"], f["facts"])
        for doc_id, d in expected.items()
        for i, f in enumerate(d["findings"])
    )
    got_findings = sorted(
        (f["doc_id"], f["ordinal"], f["rule"], f["severity"], f["message"], f["facts"]) for f in findings
    )
    assert got_findings == want_findings
    assert any(f[2] == "HC201" for f in got_findings if f[0] == "stated_twice")
    sev = [f[3] for f in want_findings]
    assert summary == {
        "documents": len(rows),
        "checked": len(rows) - 1,
        "failed": 1,
        "error": sev.count("error"),
        "warning": sev.count("warning"),
        "info": sev.count("info"),
        "rules": len(checker.active_rules()),  # how many rules ran
    }
