"""Build a synthetic corpus of any size from the fixture paragraphs, with planted anomalies.

Each document is a title line plus paragraphs drawn (shuffled, recombined) from fixtures/seeds until it
reaches about --kb kilobytes of UTF-8. In a share of the documents (--plant) one figure is edited (a
digit run changed by a small amount), as a slip in a real report would be; every edit is listed in
planted.jsonl (doc_id, the paragraph it is in, offset, original and edited digits).

Deterministic: the same arguments give byte-identical files. Files go to OUT/dNNNN/rNNNNNNN.txt (1,000
per folder); --table also writes the corpus as one table (doc_id, text) in Parquet or JSON Lines, the
input of `hecha check --engine spark`.

    python benchmarks/generate.py --docs 10000 --out benchmarks/_corpus/10k
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
DIGITS = re.compile(r"\d+")
COUNTIES = ["天元", "芦淞", "荷塘", "石峰", "渌口", "攸县", "茶陵", "炎陵", "醴陵", "雨湖", "岳塘", "韶山"]
GENERATOR_VERSION = 1


def paragraphs(seeds: Path = SEEDS) -> list[str]:
    out: list[str] = []
    for p in sorted(seeds.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out.extend(x.strip() for x in re.split(r"\n\s*\n", text) if x.strip())
    if not out:
        raise SystemExit(f"no paragraphs in {seeds}")
    return out


def _plant(rng: random.Random, para: str) -> tuple[str, dict[str, object]] | None:
    """Edit one digit run that is not a year; None when the paragraph has none."""
    runs = [m for m in DIGITS.finditer(para) if not (len(m.group()) == 4 and m.group()[:2] in ("19", "20"))]
    if not runs:
        return None
    m = rng.choice(runs)
    old = m.group()
    new = str(int(old) + rng.randint(1, 9)) if rng.random() < 0.7 or len(old) < 2 else old[::-1]
    if new == old:
        new = str(int(old) + 1)
    edit = {"offset": m.start(), "original": old, "edited": new}
    return para[: m.start()] + new + para[m.end() :], edit


def documents(
    n: int, kb: float = 5.0, plant: float = 0.3, seed: int = 7, seeds: Path = SEEDS
) -> Iterator[tuple[str, str, dict[str, object] | None]]:
    """(doc_id, text, planted edit or None) for n documents."""
    paras = paragraphs(seeds)
    target = int(kb * 1024)
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        year = 2015 + rng.randrange(10)
        county = rng.choice(COUNTIES)
        parts = [f"{county}区{year}年度法治政府建设工作情况报告"]
        size = len(parts[0].encode("utf-8"))
        while size < target:
            p = rng.choice(paras)
            parts.append(p)
            size += len(p.encode("utf-8")) + 2
        edit: dict[str, object] | None = None
        if rng.random() < plant:
            order = list(range(1, len(parts)))
            rng.shuffle(order)
            for k in order:
                planted = _plant(rng, parts[k])
                if planted is not None:
                    parts[k], e = planted
                    edit = {"paragraph": k, **e}
                    break
        doc_id = f"r{i:07d}"
        yield doc_id, "\n\n".join(parts) + "\n", edit


def generate(out: Path, n: int, kb: float = 5.0, plant: float = 0.3, seed: int = 7) -> dict[str, object]:
    """Write the corpus (skipped when OUT already holds the same one); returns its manifest."""
    manifest: dict[str, object] = {
        "version": GENERATOR_VERSION,
        "docs": n,
        "kb": kb,
        "plant": plant,
        "seed": seed,
    }
    mpath = out / "manifest.json"
    if mpath.is_file():
        old = json.loads(mpath.read_text(encoding="utf-8"))
        if {k: old.get(k) for k in manifest} == manifest:
            return dict(old)
    out.mkdir(parents=True, exist_ok=True)
    mpath.unlink(missing_ok=True)
    total = planted = 0
    with (out / "planted.jsonl").open("w", encoding="utf-8") as pl:
        for i, (doc_id, text, edit) in enumerate(documents(n, kb, plant, seed)):
            folder = out / f"d{i // 1000:04d}"
            if i % 1000 == 0:
                folder.mkdir(exist_ok=True)
            data = text.encode("utf-8")
            (folder / f"{doc_id}.txt").write_bytes(data)
            total += len(data)
            if edit is not None:
                planted += 1
                pl.write(json.dumps({"doc_id": doc_id, **edit}, ensure_ascii=False) + "\n")
    manifest.update({"bytes": total, "planted": planted})
    mpath.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def write_table(path: Path, n: int, kb: float = 5.0, plant: float = 0.3, seed: int = 7) -> None:
    """The same corpus as a table of (doc_id, text): Parquet (.parquet) or JSON Lines (.jsonl)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = ((d, t) for d, t, _ in documents(n, kb, plant, seed))
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("doc_id", pa.string()), ("text", pa.string())])
        with pq.ParquetWriter(path, schema) as w:
            batch: list[tuple[str, str]] = []
            for row in rows:
                batch.append(row)
                if len(batch) == 2000:
                    w.write_table(pa.table(list(zip(*batch, strict=True)), schema=schema))
                    batch = []
            if batch:
                w.write_table(pa.table(list(zip(*batch, strict=True)), schema=schema))
    else:
        with path.open("w", encoding="utf-8") as fh:
            for d, t in rows:
                fh.write(json.dumps({"doc_id": d, "text": t}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", type=Path, default=None, help="folder for the .txt files")
    ap.add_argument("--table", type=Path, default=None, help="also (or only) write a .parquet/.jsonl table")
    ap.add_argument("--kb", type=float, default=5.0, help="approximate size of a document")
    ap.add_argument("--plant", type=float, default=0.3, help="share of documents with one edited figure")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    if a.out is None and a.table is None:
        ap.error("give --out and/or --table")
    if a.out is not None:
        m = generate(a.out, a.docs, a.kb, a.plant, a.seed)
        print(json.dumps(m), file=sys.stderr)
    if a.table is not None:
        write_table(a.table, a.docs, a.kb, a.plant, a.seed)


if __name__ == "__main__":
    main()
