"""`hecha check --engine spark`: the same extraction and rules, inside Spark.

Input: one or more tables of documents, Parquet (a file or a folder of part files) or JSON Lines, with
columns `doc_id` and `text` (and optionally `path`). Each partition goes through `mapInPandas`: the
Python worker unpickles the driver's Checker once (rules and ontology as configured on the command
line), checks each document exactly as the local engine does and returns the contract's document
object. Output, under --output:

  documents/   row, doc_id, path, status, error, n_facts, n_findings, findings (JSON of each finding),
               document (the whole contract document object, as JSON)
  findings/    one row per finding: row, doc_id, ordinal, rule, severity, title, kind, message,
               expected, observed, facts, finding (its JSON)

`row` increases in input order (it is not consecutive), so the tables can be put back in input order. A summary
like the JSON report's goes to stdout; the exit code is the local engine's (0, 1, 3).

PySpark is imported only here, so the rest of hecha does not need it. Run on a cluster with
spark-submit and this file as the application (see README, "Spark"):

    spark-submit --master yarn …/hecha/spark.py INPUT... --output OUT
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if __name__ == "__main__":
    # spark-submit runs this file as a script, which puts hecha/ first on sys.path, where numbers.py
    # would shadow the standard library's numbers module: take it off, import hecha as a package.
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]

from hecha.model import SEVERITY_RANK, Document
from hecha.pipeline import Checker
from hecha.report.build import document_json

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

DOC_SCHEMA = (
    "row long, doc_id string, path string, status string, error string, n_facts int, n_findings int, "
    "findings array<string>, document string"
)
TABLE_SUFFIXES = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
}
_checkers: dict[str, Checker] = {}  # per Python worker: the Checker, unpickled once


def _checker_from(blob: bytes, key: str) -> Checker:
    c = _checkers.get(key)
    if c is None:
        c = _checkers[key] = pickle.loads(blob)  # the ontology's labels travel inside it
    return c


def check_batches(
    batches: Iterator[pd.DataFrame], blob: bytes, key: str, verbose: bool
) -> Iterator[pd.DataFrame]:
    """The mapInPandas function: (row, doc_id, text[, path]) batches in, DOC_SCHEMA batches out."""
    import pandas as pd

    checker = _checker_from(blob, key)
    for pdf in batches:
        paths = pdf["path"] if "path" in pdf else pdf["doc_id"]
        out: dict[str, list[Any]] = {k: [] for k in DOC_SCHEMA_COLUMNS}
        for row, doc_id, text, path in zip(pdf["row"], pdf["doc_id"], pdf["text"], paths, strict=True):
            did = str(doc_id)
            p = str(path) if isinstance(path, str) else did
            if isinstance(text, str):
                doc = Document(did, p, text)
            else:
                doc = Document(did, p, None, error="no text in this table row")
            d = document_json(checker.check_document(doc), verbose)
            out["row"].append(int(row))
            out["doc_id"].append(did)
            out["path"].append(p)
            out["status"].append(d["status"])
            out["error"].append(d["error"])
            out["n_facts"].append(len(d["facts"]))
            out["n_findings"].append(len(d["findings"]))
            out["findings"].append([json.dumps(f, ensure_ascii=False) for f in d["findings"]])
            out["document"].append(json.dumps(d, ensure_ascii=False))
        yield pd.DataFrame(out)


DOC_SCHEMA_COLUMNS = [part.split()[0] for part in DOC_SCHEMA.split(", ")]


def session(jobs: int | None = None) -> SparkSession:
    """A SparkSession: the one spark-submit configured, or a local one (local[jobs], default all cores)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("hecha")
    master = os.environ.get("HECHA_SPARK_MASTER")
    if master is None and not _submitted():
        master = f"local[{jobs}]" if jobs else "local[*]"
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            builder = (
                builder.config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", str(2 * (jobs or os.cpu_count() or 1)))
                # quiet by default: no stage bars, INFO or WARN lines in CI logs (errors still show)
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={QUIET_LOG4J.as_uri()}")
            )
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
    # PySpark warns on every pandas UDF that it does not fully support pandas 3; hecha's tests compare
    # every document with the local engine (tests/test_spark.py), so the warning is noise in CI logs
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support", category=FutureWarning)
    spark = builder.getOrCreate()
    if master is not None:
        spark.sparkContext.setLogLevel("ERROR")  # pyspark counts as Spark's shell, which set WARN
    return spark


QUIET_LOG4J = Path(__file__).with_name("spark-log4j2.properties")


def _submitted() -> bool:
    """Started by spark-submit (which sets the master itself)?"""
    return "PYSPARK_GATEWAY_PORT" in os.environ or os.environ.get("SPARK_ENV_LOADED") == "1"


def read_documents(spark: SparkSession, paths: list[str]) -> DataFrame:
    """The input tables as one DataFrame (row, doc_id, text[, path]), `row` numbering the input order."""
    from pyspark.sql import functions as F

    frames = []
    for raw in paths:
        p = Path(raw)
        remote = "://" in raw
        kind = (
            "parquet" if p.is_dir() else TABLE_SUFFIXES.get(p.suffix.lower(), "parquet" if remote else None)
        )
        if kind is None:
            raise ValueError(f"{raw}: not a table of documents (.parquet, .jsonl or a Parquet folder)")
        if not remote and not p.exists():
            raise ValueError(f"{raw}: no such file or folder")
        df = spark.read.parquet(raw) if kind == "parquet" else spark.read.json(raw)
        missing = {"doc_id", "text"} - set(df.columns)
        if missing:
            raise ValueError(f"{raw}: missing column(s) {', '.join(sorted(missing))} (need doc_id and text)")
        cols = [F.col("doc_id").cast("string"), F.col("text").cast("string")]
        cols.append(
            F.col("path").cast("string") if "path" in df.columns else F.lit(None).cast("string").alias("path")
        )
        frames.append(df.select(*cols))
    df = frames[0]
    for f in frames[1:]:
        df = df.unionByName(f)
    # increasing in input order (partition, then position), without a pass over the data
    df = df.select(F.monotonically_increasing_id().alias("row"), "doc_id", "text", "path")
    # A small file is one partition, which one core would check alone: spread it over every core
    # (`row` keeps the input order).
    want = 2 * spark.sparkContext.defaultParallelism
    if df.rdd.getNumPartitions() < want:
        df = df.repartition(want)
    return df


def check_frame(docs: DataFrame, checker: Checker, verbose: bool = False) -> DataFrame:
    """Every document checked inside Spark (DOC_SCHEMA)."""
    blob = pickle.dumps(checker)
    key = hashlib.sha256(blob).hexdigest()

    def fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return check_batches(batches, blob, key, verbose)

    return docs.mapInPandas(fn, DOC_SCHEMA)


def findings_frame(documents: DataFrame) -> DataFrame:
    """One row per finding, from the documents table."""
    from pyspark.sql import functions as F

    f = F.col("finding")
    return documents.select("row", "doc_id", F.posexplode("findings").alias("ordinal", "finding")).select(
        "row",
        "doc_id",
        "ordinal",
        *(F.get_json_object(f, f"$.{k}").alias(k) for k in ("rule", "severity", "title", "kind", "message")),
        F.get_json_object(f, "$.expected").alias("expected"),
        F.get_json_object(f, "$.observed").alias("observed"),
        F.from_json(F.get_json_object(f, "$.facts"), "array<string>").alias("facts"),
        "finding",
    )


def run(
    spark: SparkSession, checker: Checker, paths: list[str], output: Path, verbose: bool = False
) -> dict[str, int]:
    """Check the tables and write OUT/documents and OUT/findings; returns the summary."""
    from pyspark.sql import functions as F

    out = str(output)
    documents = check_frame(read_documents(spark, paths), checker, verbose)
    documents.write.mode("overwrite").parquet(f"{out}/documents")
    written = spark.read.parquet(f"{out}/documents")  # computed once; the findings come from the file
    findings_frame(written).write.mode("overwrite").parquet(f"{out}/findings")
    found = spark.read.parquet(f"{out}/findings")
    doc_counts = written.agg(
        F.count("*").alias("documents"),
        F.sum(F.when(F.col("status") == "checked", 1).otherwise(0)).alias("checked"),
        F.sum(F.when(F.col("status") == "error", 1).otherwise(0)).alias("failed"),
    ).first()
    sev = {r["severity"]: r["count"] for r in found.groupBy("severity").count().collect()}
    assert doc_counts is not None
    return {
        "documents": int(doc_counts["documents"] or 0),
        "checked": int(doc_counts["checked"] or 0),
        "failed": int(doc_counts["failed"] or 0),
        "error": int(sev.get("error", 0)),
        "warning": int(sev.get("warning", 0)),
        "info": int(sev.get("info", 0)),
    }


def exit_code(summary: dict[str, int], fail_on: str) -> int:
    if summary["failed"]:
        return 3
    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    worst = max((SEVERITY_RANK[s] for s in ("error", "warning", "info") if summary[s]), default=0)
    return 1 if worst >= floor else 0


def check_command(
    checker: Checker,
    paths: list[str],
    output: Path,
    fail_on: str,
    verbose: bool = False,
    jobs: int | None = None,
) -> int:
    """What `hecha check --engine spark` does; returns the exit code."""
    try:
        import pyspark  # noqa: F401
    except ImportError as e:
        raise ValueError("--engine spark needs PySpark: pip install 'hecha[spark]'") from e
    submitted = _submitted()
    spark = session(jobs)
    try:
        summary = run(spark, checker, paths, output, verbose)
        summary["rules"] = len(checker.active_rules())
    finally:
        if not submitted:
            spark.stop()
    sys.stdout.write(json.dumps({"summary": summary, "output": str(output)}, ensure_ascii=False) + "\n")
    return exit_code(summary, fail_on)


def main(argv: list[str] | None = None) -> None:
    """Entry point for spark-submit: `spark-submit hecha/spark.py INPUT... --output OUT`."""
    ap = argparse.ArgumentParser(prog="hecha-spark", description="hecha check --engine spark")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--output", "-o", type=Path, required=True)
    ap.add_argument("--fail-on", default="error", choices=["error", "warning", "info", "never"])
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--rules", type=Path, action="append", default=None)
    a = ap.parse_args(argv)
    checker = Checker.load(a.rules)
    sys.exit(check_command(checker, a.paths, a.output, a.fail_on, a.verbose))


if __name__ == "__main__":
    main()
