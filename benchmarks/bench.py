"""Benchmark `hecha check --format json` on a generated corpus, next to two baselines measured in the
same run:

  floor  read the same files and run one regex that finds every digit run (no extractor can beat it)
  gx     Great Expectations validating the same rules on the same wide table (benchmarks/gx_baseline.py),
         next to hecha's own dataset mode (`hecha check --dataset`) on the same figures as a long table

For every command: wall time, CPU time (user+sys of the whole process tree), documents/s, MB/s and
peak memory (the proportional set sizes of the process and its workers summed, so pages a forked
worker shares with its parent count once, not once per process as summed resident sets would; sampled
every 0.5 s, since the kernel walks a process's page tables to report it, 4 ms for 300 MB: often
enough for memory that plateaus, rarely enough not to take CPU from a run that uses every core; a
run that stayed one process reports the kernel's exact ru_maxrss when that is larger). The machine may be shared: CPU time per document is the
figure that other load does not distort, and wall-time ratios come from the same run.

    python benchmarks/bench.py                       # 2,000 documents, --jobs 1 and 2, floor, GX
    python benchmarks/bench.py --docs 10000 --scale 10000,100000   # plus memory flatness 10k → 100k
    python benchmarks/bench.py --table-docs 2000,10000   # hecha --dataset vs GX on two table sizes
    python benchmarks/bench.py --docs 2000 --jobs 1 --repeat 1 --table-docs 10000 --table-rows 100000,1000000
                                                     # and on tables of 100k and 1M rows, memory 100k → 1M
    nox -s bench -- --docs 10000

Results are printed as a table and written to benchmarks/_corpus/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

CORPUS = HERE / "_corpus"
ROW_GROUP = 65_536  # rows per Parquet row group in the generated tables of --table-rows
SAMPLE_S = 0.5  # memory sampling interval: each sample has the kernel walk the tree's page tables

FLOOR = r"""
import os, re, sys
DIGITS = re.compile(r"\d+")
n = files = 0
for root, dirs, names in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(names):
        if name.endswith((".txt", ".md")):
            with open(os.path.join(root, name), "rb") as fh:
                n += len(DIGITS.findall(fh.read().decode("utf-8")))
            files += 1
print(files, n)
"""


@dataclass
class Run:
    name: str
    docs: int
    mb: float
    wall: float
    cpu: float
    peak_mb: float
    maxrss_mb: float
    exit: int

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.wall

    @property
    def docs_per_cpu_s(self) -> float:
        return self.docs / self.cpu if self.cpu else float("inf")


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return out


def _memory_kb(pid: int) -> int:
    """Proportional set size (Linux 4.14+), else the resident set."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def measure(name: str, cmd: list[str], docs: int, mb: float, env: dict[str, str] | None = None) -> Run:
    """Run cmd (stdout discarded), sampling the memory of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
    peak = 0
    most_procs = 1
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, most_procs
        while not done.is_set():
            tree = _tree(proc.pid)
            most_procs = max(most_procs, len(tree))
            peak = max(peak, sum(_memory_kb(p) for p in tree))
            done.wait(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru covers the process and the children it waited for (pool workers), so CPU is the whole tree.
    cpu = ru.ru_utime + ru.ru_stime
    if most_procs == 1:  # one process: its exact peak (a short run may end between samples)
        peak = max(peak, ru.ru_maxrss)
    return Run(name, docs, mb, wall, cpu, peak / 1024, ru.ru_maxrss / 1024, proc.returncode)


def hecha_cmd(corpus: Path, jobs: int, fmt: str = "json") -> list[str]:
    return [sys.executable, "-m", "hecha.cli", "check", str(corpus), "--format", fmt, "--jobs", str(jobs)]


def _extraction_stamp() -> str:
    """A hash of what decides the figures hecha extracts (its code, ontology and rules): tables built
    from a corpus are reused while it is unchanged."""
    import hashlib

    root = HERE.parent
    h = hashlib.sha256()
    for p in sorted(
        [*(root / "src" / "hecha").rglob("*.py"), *(root / "schemas").iterdir(), *(root / "checks").iterdir()]
    ):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def build_tables(corpus: Path, wide_out: Path, long_out: Path) -> tuple[int, int]:
    """Check the corpus once (untimed) and write its figures twice: pivoted by
    hecha.dataset.wide.wide_table() (a row per document, for GX) and as the dataset contract's long
    table (schemas/dataset.md: a row per figure, for `hecha check --dataset`). Both hold the same
    figures: per document and metric the first stated result, as wide_table takes them. Reused while
    the corpus and hecha's extraction are unchanged."""
    import pandas as pd
    import pyarrow.parquet as pq

    stamp = long_out.with_suffix(".stamp")
    key = f"{(corpus / 'manifest.json').read_text(encoding='utf-8')}{_extraction_stamp()}"
    if (
        stamp.is_file()
        and stamp.read_text(encoding="utf-8") == key
        and wide_out.is_file()
        and long_out.is_file()
    ):
        return pq.ParquetFile(wide_out).metadata.num_rows, pq.ParquetFile(long_out).metadata.num_rows

    from hecha.dataset.wide import wide_table
    from hecha.ingest import iter_documents
    from hecha.pipeline import Checker

    checker = Checker.load()
    results = [checker.check_document(d) for d in iter_documents([str(corpus)])]
    frame = wide_table(results)
    frame.to_parquet(wide_out, index=False)
    rows = []
    for res in results:
        seen: set[str] = set()
        for f in sorted(res.facts, key=lambda f: f.start):
            if (
                f.metric
                and f.modality == "actual"
                and f.metric not in seen
                and f.mention.quantity is not None
            ):
                seen.add(f.metric)
                v = f.q.value
                value = str(int(v)) if v == int(v) else repr(v)
                rows.append({"doc_id": res.doc.doc_id, "metric": f.metric, "value": value, "unit": f.q.unit})
    pd.DataFrame(rows, columns=["doc_id", "metric", "value", "unit"]).to_parquet(long_out, index=False)
    stamp.write_text(key, encoding="utf-8")
    return len(frame), len(rows)


def scale_tables(wide: Path, long: Path, rows: int, wide_out: Path, long_out: Path) -> tuple[int, int]:
    """A table of about `rows` figures made from the documents of (wide, long): their figures again
    and again under new doc ids (r0001234_03 is the fourth r0001234), whole documents, in order, until
    `rows` figures; and the same documents pivoted for GX. Documents are checked one by one, so
    repeated figures cost hecha and GX what new ones would (hecha caches no document's result)."""
    import pandas as pd

    base_long = pd.read_parquet(long)
    base_wide = pd.read_parquet(wide)
    per_doc = base_long.groupby("doc_id", sort=False).size()
    docs: list[str] = []
    total = copy = 0
    while total < rows:
        for doc_id, n in per_doc.items():
            docs.append(f"{doc_id}_{copy:02d}")
            total += int(n)
            if total >= rows:
                break
        copy += 1
    copies = (len(docs) - 1) // len(per_doc) + 1
    parts = []
    for k in range(copies):
        part = base_long.copy()
        part["doc_id"] = part["doc_id"] + f"_{k:02d}"
        parts.append(part)
    long_frame = pd.concat(parts, ignore_index=True)
    keep = set(docs)
    long_frame = long_frame[long_frame["doc_id"].isin(keep)]
    # row groups of 65,536 rows, as a writer that streams a large table leaves them (pyarrow's default
    # is one group of a million rows, and a reader holds a whole group decoded)
    long_frame.to_parquet(long_out, index=False, row_group_size=ROW_GROUP)
    wparts = []
    for k in range(copies):
        part = base_wide.copy()
        part["doc_id"] = part["doc_id"] + f"_{k:02d}"
        wparts.append(part)
    wide_frame = pd.concat(wparts, ignore_index=True)
    wide_frame = wide_frame[wide_frame["doc_id"].isin(keep)].sort_values("doc_id").reset_index(drop=True)
    wide_frame.to_parquet(wide_out, index=False, row_group_size=ROW_GROUP)
    return len(wide_frame), len(long_frame)


def compare_on_table(wide: Path, long: Path, n_docs: int, n_rows: int, mb: float) -> list[Run]:
    """hecha --dataset (every rule pack, JSON report) and GX (the rules it can express, whole process
    and validation step) on the same figures, one after the other."""
    table_cmd = [sys.executable, "-m", "hecha.cli", "check", "--dataset", str(long), "--format", "json"]
    hecha_run = measure(f"hecha --dataset ({n_rows} rows)", table_cmd, n_docs, mb)
    timings = wide.with_suffix(".timings.json")
    env = {**os.environ, "TQDM_DISABLE": "1", "GX_ANALYTICS_ENABLED": "false"}
    cmd = [sys.executable, str(HERE / "gx_baseline.py"), str(wide), str(timings)]
    gx = measure(f"gx: whole process ({n_docs} rows)", cmd, n_docs, mb, env=env)
    t = json.loads(timings.read_text(encoding="utf-8"))
    # GX's own validation step alone (no import, no column derivation): the most generous reading.
    validation = Run("gx: validation step only", n_docs, mb, t["t_validate"], t["t_validate"], 0.0, 0.0, 0)
    return [hecha_run, gx, validation]


def table(runs: list[Run], floor: Run | None) -> str:
    lines = [
        f"{'run':<28} {'docs':>7} {'wall s':>8} {'cpu s':>8} {'docs/s':>8} {'docs/cpu-s':>10} {'MB/s':>7} "
        f"{'peak MB':>8} {'vs floor':>9}"
    ]
    for r in runs:
        same_files = floor is not None and (r is floor or r.name.startswith("hecha check"))
        vs = f"{r.wall / floor.wall:8.1f}x" if floor and same_files else ""
        lines.append(
            f"{r.name:<28} {r.docs:>7} {r.wall:>8.2f} {r.cpu:>8.2f} {r.docs_per_s:>8.1f} {r.docs_per_cpu_s:>10.1f} "
            f"{r.mb_per_s:>7.2f} {r.peak_mb:>8.1f} {vs:>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--kb", type=float, default=5.0)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    ap.add_argument("--scale", default="", help="e.g. 10000,100000: peak memory of hecha at these sizes")
    ap.add_argument("--scale-jobs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each --jobs value (the median is kept)")
    ap.add_argument("--no-gx", action="store_true")
    ap.add_argument(
        "--table-docs",
        default="",
        help="comma-separated corpus sizes for hecha --dataset vs GX (default: --docs), e.g. 2000,10000",
    )
    ap.add_argument(
        "--table-rows",
        default="",
        help="e.g. 100000,1000000: hecha --dataset vs GX on tables of about this many figures, made from the "
        "last --table-docs corpus's documents repeated under new ids; peak memory growth first → last",
    )
    ap.add_argument("--out", type=Path, default=CORPUS / "results.json")
    a = ap.parse_args(argv)

    corpus = CORPUS / f"n{a.docs}_kb{a.kb:g}"
    man = generate(corpus, a.docs, a.kb)
    mb = int(man["bytes"]) / 1e6  # type: ignore[call-overload]
    print(
        f"corpus {corpus}: {a.docs} documents, {mb:.1f} MB, {man['planted']} with a planted edit", flush=True
    )

    runs: list[Run] = []
    floor = measure("floor: read + one regex", [sys.executable, "-c", FLOOR, str(corpus)], a.docs, mb)
    runs.append(floor)
    # --jobs runs are repeated, interleaved, and the run of median wall time is kept: on a shared
    # machine one pair of runs can differ by 15% either way, which is the whole margin of a speed-up
    jobs = [int(x) for x in a.jobs.split(",") if x]
    trials: dict[int, list[Run]] = {j: [] for j in jobs}
    for _ in range(a.repeat):
        for j in jobs:
            trials[j].append(measure(f"hecha check --jobs {j}", hecha_cmd(corpus, j), a.docs, mb))
    by_jobs: dict[int, Run] = {}
    for j in jobs:
        ordered = sorted(trials[j], key=lambda r: r.wall)
        by_jobs[j] = ordered[len(ordered) // 2]
        runs.append(by_jobs[j])
        if a.repeat > 1:
            walls = ", ".join(f"{r.wall:.2f}" for r in trials[j])
            print(f"--jobs {j}: wall {walls} s; median kept", flush=True)
    table_sizes = [int(x) for x in (a.table_docs or str(a.docs)).split(",") if x] if not a.no_gx else []
    table_ratios: dict[str, float] = {}
    wide = long = None
    for n_docs in table_sizes:
        c = corpus if n_docs == a.docs else CORPUS / f"n{n_docs}_kb{a.kb:g}"
        c_mb = mb if n_docs == a.docs else int(generate(c, n_docs, a.kb)["bytes"]) / 1e6  # type: ignore[call-overload]
        wide = c.with_name(c.name + "_wide.parquet")
        long = c.with_name(c.name + "_long.parquet")
        n, n_rows = build_tables(c, wide, long)
        hecha_run, gx, validation = compare_on_table(wide, long, n, n_rows, c_mb)
        runs += [hecha_run, gx, validation]
        table_ratios[f"gx_vs_hecha_dataset_wall_{n_docs}"] = gx.wall / hecha_run.wall
        table_ratios[f"gx_validation_only_vs_hecha_dataset_wall_{n_docs}"] = validation.wall / hecha_run.wall
    table_rows = [int(x) for x in a.table_rows.split(",") if x] if not a.no_gx else []
    by_rows: dict[int, Run] = {}
    if table_rows and (wide is None or long is None):
        ap.error("--table-rows needs a --table-docs corpus to repeat")
    for rows in table_rows:
        assert wide is not None and long is not None
        s_wide = CORPUS / f"rows{rows}_wide.parquet"
        s_long = CORPUS / f"rows{rows}_long.parquet"
        n, n_rows = scale_tables(wide, long, rows, s_wide, s_long)
        print(f"table {s_long}: {n_rows} rows, {n} documents", flush=True)
        hecha_run, gx, validation = compare_on_table(s_wide, s_long, n, n_rows, 0.0)
        runs += [hecha_run, gx, validation]
        by_rows[rows] = hecha_run
        table_ratios[f"gx_vs_hecha_dataset_wall_rows{rows}"] = gx.wall / hecha_run.wall
        table_ratios[f"hecha_dataset_peak_mb_rows{rows}"] = hecha_run.peak_mb
    if len(by_rows) >= 2:
        first, last = by_rows[min(by_rows)], by_rows[max(by_rows)]
        table_ratios["hecha_dataset_memory_growth"] = last.peak_mb / first.peak_mb
    print(table(runs, floor), flush=True)

    scale: list[dict[str, object]] = []
    for n in (int(x) for x in a.scale.split(",") if x):
        c = CORPUS / f"n{n}_kb{a.kb:g}"
        m = generate(c, n, a.kb)
        size_mb = int(m["bytes"]) / 1e6  # type: ignore[call-overload]
        r = measure(f"hecha --jobs {a.scale_jobs} ({n} docs)", hecha_cmd(c, a.scale_jobs), n, size_mb)
        scale.append({**asdict(r), "docs_per_s": r.docs_per_s})
        print(table([r], None).splitlines()[1], flush=True)

    summary: dict[str, object] = {
        "corpus": {"docs": a.docs, "mb": mb, "kb": a.kb, "planted": man["planted"]},
        "runs": [{**asdict(r), "docs_per_s": r.docs_per_s, "docs_per_cpu_s": r.docs_per_cpu_s} for r in runs],
        "scale": scale,
    }
    one = by_jobs.get(1)
    if one:
        summary["hecha_vs_floor_wall"] = one.wall / floor.wall
        summary["hecha_docs_per_cpu_s"] = one.docs_per_cpu_s
        if 2 in by_jobs:
            summary["jobs2_speedup"] = one.wall / by_jobs[2].wall
    summary.update(table_ratios)
    if len(scale) >= 2:
        summary["memory_growth"] = float(scale[-1]["peak_mb"]) / float(scale[0]["peak_mb"])  # type: ignore[arg-type]
    for k in ("hecha_vs_floor_wall", "hecha_docs_per_cpu_s", "jobs2_speedup", *table_ratios, "memory_growth"):
        if k in summary:
            print(f"{k}: {summary[k]:.2f}")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
