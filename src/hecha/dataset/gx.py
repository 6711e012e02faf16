"""The rule packs as a Great Expectations suite over the per-document wide table.

GX runs ephemerally (nothing saved but the Data Docs we ask for) and offline: analytics are switched
off before GX is imported. What GX can express of a rule pack:

  order   a <= b, a < b, a >= b (plain metrics)      expect_column_pair_values_a_to_be_greater_than_b
  total   a >= sum(parts)                              the same, against a derived column: the sum of
                                                       the parts stated (at least min_parts of them)
  total   a == sum(parts)                              expect_multicolumn_sum_to_equal(parts, -a; 0)
  bound   bounded rates <= max                         expect_column_values_to_be_between
Rules with several definitions (rates with alternative denominators), optional terms (…?), ratios or
other arithmetic are left to hecha's engine and listed as not expressed. GX compares sums with
exact equality, so the equality form is only used where every column holds whole numbers.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..expr import Ref, Relation, Sum
from ..rulepack import Rule
from .wide import wide_table

if TYPE_CHECKING:
    from ..pipeline import Checker

PAIR = "expect_column_pair_values_a_to_be_greater_than_b"
MULTISUM = "expect_multicolumn_sum_to_equal"
BETWEEN = "expect_column_values_to_be_between"


class GXUnavailable(RuntimeError):
    pass


@dataclass
class Planned:
    """One expectation derived from one rule."""

    rule: str
    type: str
    kwargs: dict[str, Any]
    description: str
    derived: dict[str, Any] = field(default_factory=dict)  # column name -> pandas Series


@dataclass
class Plan:
    expectations: list[Planned]
    not_expressed: list[tuple[str, str]]  # (rule id, why)


def _plain(node: Any) -> bool:
    return isinstance(node, Ref) and not node.optional


def plan_suite(rules: list[Rule], frame: Any, onto: Any) -> Plan:
    """Which rules GX can check on `frame` (the wide table), and how."""
    import pandas as pd

    cols = set(frame.columns) - {"doc_id"}
    out: list[Planned] = []
    skipped: list[tuple[str, str]] = []
    for rule in rules:
        if rule.kind == "bound":
            cap = float(rule.params.get("max", 100))
            for key in sorted(cols):
                m = onto.metrics.get(key)
                if m is not None and m.unit == "percent" and m.bounded:
                    out.append(
                        Planned(
                            rule.id,
                            BETWEEN,
                            {"column": key, "max_value": cap},
                            f"{key} <= {cap:g}",
                        )
                    )
            continue
        if not rule.definitions:
            skipped.append((rule.id, f"kind {rule.kind}: structures in the text, not metrics"))
            continue
        if len(rule.definitions) > 1:
            skipped.append((rule.id, "several definitions"))
            continue
        rel: Relation = rule.definitions[0].relation
        if rel.op not in ("<=", "<", ">=", ">", "=="):
            skipped.append((rule.id, f"operator {rel.op}"))
            continue
        left, right, op = rel.left, rel.right, rel.op
        if op in ("<=", "<"):
            left, right, op = right, left, {"<=": ">=", "<": ">"}[op]
        # now: left op right, op in >=, >, ==
        if _plain(left) and _plain(right) and op != "==":
            a, b = left.key, right.key  # type: ignore[union-attr]
            if a in cols and b in cols:
                out.append(
                    Planned(
                        rule.id,
                        PAIR,
                        {"column_A": a, "column_B": b, "or_equal": op == ">="},
                        rel.source,
                    )
                )
            continue
        sum_node = right if isinstance(right, Sum) else left if isinstance(left, Sum) else None
        total = left if sum_node is right else right
        if sum_node is not None and _plain(total) and all(not r.optional for r in sum_node.refs):
            t = total.key  # type: ignore[union-attr]
            parts = [r.key for r in sum_node.refs if r.key in cols]
            need = int(rule.params.get("min_parts", 1))
            if t not in cols or len(parts) < need:
                continue
            sub = frame[parts]
            enough = sub.notna().sum(axis=1) >= need
            if op == "==":
                if sum_node is left:
                    skipped.append((rule.id, "sum on the left of =="))
                    continue
                whole = frame[[t, *parts]].fillna(0)
                if not (whole == whole.round()).all().all():
                    skipped.append((rule.id, "not whole numbers: GX compares sums exactly"))
                    continue
                mask = enough & frame[t].notna()
                derived = {
                    f"{rule.id}:{p}": sub[p].fillna(0).where(mask, pd.NA).astype("Float64") for p in parts
                }
                derived[f"{rule.id}:-{t}"] = (-frame[t]).where(mask, pd.NA).astype("Float64")
                out.append(
                    Planned(
                        rule.id,
                        MULTISUM,
                        {
                            "column_list": list(derived),
                            "sum_total": 0,
                            "ignore_row_if": "any_value_is_missing",
                        },
                        rel.source,
                        derived,
                    )
                )
            else:
                if sum_node is left:
                    skipped.append((rule.id, "sum on the greater side"))
                    continue
                name = f"{rule.id}:sum"
                derived = {name: sub.sum(axis=1, min_count=1).where(enough)}
                out.append(
                    Planned(
                        rule.id,
                        PAIR,
                        {"column_A": t, "column_B": name, "or_equal": op == ">="},
                        rel.source,
                        derived,
                    )
                )
            continue
        skipped.append((rule.id, "optional terms, ratios or arithmetic"))
    return Plan(out, skipped)


@dataclass
class Outcome:
    success: bool
    results: list[dict[str, Any]]
    not_expressed: list[tuple[str, str]]
    docs_index: str | None
    documents: int
    # rows the dataset schema rejected (they are not in the wide table): code, severity, row, message
    dataset_problems: list[dict[str, Any]] = field(default_factory=list)
    # the suite as GX JSON and the table it runs on (derived columns included), for a GX user's own
    # checkpoint; written beside the Data Docs
    suite_file: str | None = None
    table_file: str | None = None

    @property
    def gx_success(self) -> bool:
        return all(r["success"] for r in self.results)

    def summary(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "gx_success": self.gx_success,
            "documents": self.documents,
            "dataset_problems": self.dataset_problems,
            "expectations": self.results,
            "not_expressed": [{"rule": r, "why": w} for r, w in self.not_expressed],
            "data_docs": self.docs_index,
            "expectation_suite": self.suite_file,
            "table": self.table_file,
        }

    def failing(self) -> dict[str, set[str]]:
        """rule id -> doc_ids GX found failing."""
        out: dict[str, set[str]] = {}
        for r in self.results:
            out.setdefault(r["rule"], set()).update(r["failing"])
        return out


def _import_gx() -> Any:
    os.environ["GX_ANALYTICS_ENABLED"] = "False"  # offline: no usage statistics
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import great_expectations as gx
    except ImportError as e:
        raise GXUnavailable("hecha gx needs Great Expectations: pip install 'hecha[gx]'") from e
    return gx


def _failing(result: Any) -> list[str]:
    idx = result.result.get("unexpected_index_list") or []
    out = set()
    for i in idx:
        out.add(str(i["doc_id"]) if isinstance(i, dict) else str(i))
    return sorted(out)


def validate_wide(frame: Any, plan: Plan, docs_dir: Path | None) -> Outcome:
    """Run the planned suite with a GX Checkpoint (ephemeral context); build Data Docs in docs_dir."""
    gx = _import_gx()
    import logging

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    data = frame.copy()
    for p in plan.expectations:
        for name, series in p.derived.items():
            data[name] = series
    ctx = gx.get_context(mode="ephemeral")
    ctx.enable_analytics(False)
    # quiet by default: no "Calculating Metrics" bars (tqdm) in CI logs; the JSON summary says it all
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    site = "hecha"
    if docs_dir is not None:
        ctx.add_data_docs_site(
            site_name=site,
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir.resolve()),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    source = ctx.data_sources.add_pandas("hecha")
    asset = source.add_dataframe_asset("wide")
    batch = asset.add_batch_definition_whole_dataframe("documents")
    suite = ctx.suites.add(gx.ExpectationSuite(name="hecha_rules"))
    classes = {
        PAIR: gx.expectations.ExpectColumnPairValuesAToBeGreaterThanB,
        MULTISUM: gx.expectations.ExpectMulticolumnSumToEqual,
        BETWEEN: gx.expectations.ExpectColumnValuesToBeBetween,
    }
    for p in plan.expectations:
        kw = dict(p.kwargs)
        if p.type == PAIR:
            kw["ignore_row_if"] = "either_value_is_missing"
        suite.add_expectation(
            classes[p.type](**kw, meta={"hecha_rule": p.rule}, description=f"{p.rule}: {p.description}")
        )
    suite_file = table_file = None
    if docs_dir is not None:  # the suite and its table, to run in a checkpoint of one's own
        docs_dir.mkdir(parents=True, exist_ok=True)
        suite_path, table_path = docs_dir / "expectation_suite.json", docs_dir / "wide_table.csv"
        suite_path.write_text(json.dumps(suite.to_json_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        data.to_csv(table_path, index=False)
        suite_file, table_file = str(suite_path), str(table_path)
    vd = ctx.validation_definitions.add(gx.ValidationDefinition(name="hecha", data=batch, suite=suite))
    actions = [gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=[site])] if docs_dir else []
    cp = ctx.checkpoints.add(
        gx.Checkpoint(
            name="hecha",
            validation_definitions=[vd],
            actions=actions,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]},
        )
    )
    res = cp.run(batch_parameters={"dataframe": data})
    results = []
    run_results = list(res.run_results.values())
    by_desc = {}
    for vr in run_results:
        for er in vr.results:
            cfg = er.expectation_config
            by_desc[(cfg.meta or {}).get("hecha_rule"), cfg.description] = er
    for p in plan.expectations:
        er = by_desc[(p.rule, f"{p.rule}: {p.description}")]
        exc = er.exception_info or {}
        raised = bool(exc.get("raised_exception"))
        results.append(
            {
                "rule": p.rule,
                "expectation": p.type,
                "description": p.description,
                "success": bool(er.success),
                "failing": [] if raised else _failing(er),
                **({"exception": str(exc.get("exception_message"))} if raised else {}),
            }
        )
    index = None
    if docs_dir is not None:
        idx = docs_dir / "index.html"
        index = str(idx) if idx.exists() else None
    return Outcome(
        bool(res.success),
        results,
        plan.not_expressed,
        index,
        len(frame),
        suite_file=suite_file,
        table_file=table_file,
    )


def run_gx(dataset: str | Path, checker: Checker, docs_dir: Path | None) -> Outcome:
    """Load and validate the dataset as `hecha check --dataset` does, then check its wide table
    with GX. Rows the dataset schema rejects are not in the table; they are listed in the summary
    (`dataset_problems`) and an error among them fails the run."""
    from .run import run_dataset
    from .schema import CODES_SEVERITY

    run = run_dataset(dataset, checker)
    frame = wide_table(run.results[1:])
    plan = plan_suite(checker.active_rules(), frame, checker.onto)
    outcome = validate_wide(frame, plan, docs_dir)
    outcome.dataset_problems = [
        {"rule": p.code, "severity": CODES_SEVERITY.get(p.code, "error"), "row": p.row, "message": p.message}
        for p in run.problems
    ]
    if any(p["severity"] == "error" for p in outcome.dataset_problems):
        outcome.success = False  # a row GX never saw is not a pass
    return outcome
