"""Baseline: Great Expectations validating hecha's metric rules on a wide table.

The wide table has one row per document and one column per metric (the first actual figure of that
metric, percentages as fractions), built by bench.py from hecha's own extraction, so GX gets the
figures for free. Built here directly with great_expectations (hecha.dataset had no wide-table or GX
suite builder when this was written).

Each metric rule definition (order, total, ratio, equal in checks/*.yaml) becomes two derived columns
(left and right side, evaluated with pandas where every required figure is stated) and one expectation:
`<=, >=, <, >` → ExpectColumnPairValuesAToBeGreaterThanB; `==` → ExpectColumnValuesToBeBetween on
|left − right| ≤ 0.0005 + 1e-9 (GX has no notion of displayed precision, so this is a fixed tolerance;
hecha reasons with intervals). Bound rules → ExpectColumnValuesToBeBetween(0, 1) on every percent
column. Structure rules (breakdown, share, reduction) are about the text and have no wide-table form:
GX does less work than hecha here.

    python benchmarks/gx_baseline.py WIDE.parquet [TIMINGS.json]

Prints (and writes) the time to import GX, to derive the columns and to validate, and the number of
failed expectation rows.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

t0 = time.perf_counter()
import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from hecha.expr import Bin, Node, Num, Ref, Sum  # noqa: E402
from hecha.pipeline import Checker  # noqa: E402

t_import = time.perf_counter() - t0


def _eval(node: Node, df: pd.DataFrame) -> tuple[Any, list[str]]:
    """(values, required columns); an unstated optional or sum part counts as 0 (as in hecha)."""
    if isinstance(node, Num):
        return node.value, []
    if isinstance(node, Ref):
        if node.key in df:
            col = df[node.key].astype("float64")
            return (col.fillna(0.0) if node.optional else col), ([] if node.optional else [node.key])
        return (0.0, []) if node.optional else (np.nan, [node.key])
    if isinstance(node, Sum):
        acc: Any = 0.0
        for r in node.refs:
            if r.key in df:
                acc = acc + df[r.key].astype("float64").fillna(0.0)
        return acc, []
    assert isinstance(node, Bin)
    (lv, lr), (rv, rr) = _eval(node.left, df), _eval(node.right, df)
    if node.op == "+":
        return lv + rv, lr + rr
    if node.op == "-":
        return lv - rv, lr + rr
    if node.op == "*":
        return lv * rv, lr + rr
    return lv / rv, lr + rr


def derive(df: pd.DataFrame) -> tuple[pd.DataFrame, list[Any]]:
    checker = Checker.load()
    cols: dict[str, Any] = {}
    exps: list[Any] = []
    i = 0
    for rule in checker.active_rules():
        if rule.kind == "bound":
            for key, m in checker.onto.metrics.items():
                if m.unit == "percent" and key in df:
                    exps.append(gxe.ExpectColumnValuesToBeBetween(column=key, min_value=0, max_value=1))
            continue
        if rule.kind not in ("order", "total", "ratio", "equal"):
            continue
        for d in rule.definitions:
            rel = d.relation
            (lv, lr), (rv, rr) = _eval(rel.left, df), _eval(rel.right, df)
            mask = pd.Series(True, index=df.index)
            for k in lr + rr:
                mask &= df[k].notna() if k in df else False
            lcol, rcol = f"L{i}", f"R{i}"
            cols[lcol] = pd.Series(lv, index=df.index, dtype="float64").where(mask)
            cols[rcol] = pd.Series(rv, index=df.index, dtype="float64").where(mask)
            if rel.op in ("<=", "<"):
                exps.append(
                    gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                        column_A=rcol,
                        column_B=lcol,
                        or_equal=rel.op == "<=",
                        ignore_row_if="either_value_is_missing",
                    )
                )
            elif rel.op in (">=", ">"):
                exps.append(
                    gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                        column_A=lcol,
                        column_B=rcol,
                        or_equal=rel.op == ">=",
                        ignore_row_if="either_value_is_missing",
                    )
                )
            else:
                dcol = f"D{i}"
                cols[dcol] = (cols[lcol] - cols[rcol]).abs()
                exps.append(
                    gxe.ExpectColumnValuesToBeBetween(column=dcol, min_value=0, max_value=0.0005 + 1e-9)
                )
            i += 1
    return pd.concat([df, pd.DataFrame(cols, index=df.index)], axis=1), exps


def main() -> None:
    wide = Path(sys.argv[1])
    t1 = time.perf_counter()
    df = pd.read_parquet(wide)
    df, exps = derive(df)
    t_prep = time.perf_counter() - t1

    t2 = time.perf_counter()
    ctx = gx.get_context(mode="ephemeral")
    source = ctx.data_sources.add_pandas("bench")
    asset = source.add_dataframe_asset("wide")
    batch_def = asset.add_batch_definition_whole_dataframe("all")
    suite = ctx.suites.add(gx.ExpectationSuite(name="hecha_rules"))
    for e in exps:
        suite.add_expectation(e)
    vd = ctx.validation_definitions.add(gx.ValidationDefinition(name="v", data=batch_def, suite=suite))
    result = vd.run(batch_parameters={"dataframe": df})
    t_validate = time.perf_counter() - t2
    unexpected = sum(int(r.result.get("unexpected_count") or 0) for r in result.results)
    out = {
        "rows": len(df),
        "expectations": len(exps),
        "failed_expectations": sum(1 for r in result.results if not r.success),
        "unexpected_rows": unexpected,
        "t_import": t_import,
        "t_prep": t_prep,
        "t_validate": t_validate,
    }
    print(json.dumps(out))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(json.dumps(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
