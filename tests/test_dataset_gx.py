"""Great Expectations on the per-document wide table agrees with hecha's engine on every rule GX can
express (pair comparisons, sums, bounds), judged from GX's own result objects."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from hecha.dataset import run_dataset
from hecha.dataset.gx import BETWEEN, MULTISUM, PAIR, plan_suite, run_gx, validate_wide
from hecha.dataset.wide import wide_table
from hecha.pipeline import Checker

from .conftest import ROOT

DATA = ROOT / "fixtures" / "datasets"

pytest.importorskip("great_expectations")


def _hecha_failing(checker: Checker, path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for res in run_dataset(path, checker).results[1:]:
        for f in res.findings:
            out[f.rule].add(res.doc.doc_id)
    return out


@pytest.mark.parametrize("name", ["rules.csv", "review.csv"])
def test_gx_agrees_with_the_engine(checker: Checker, tmp_path: Path, name: str) -> None:
    outcome = run_gx(DATA / name, checker, tmp_path / "docs")
    assert outcome.results, "some rules are expressible"
    hecha = _hecha_failing(checker, DATA / name)
    gx = outcome.failing()
    for rule, docs in gx.items():
        assert docs == hecha.get(rule, set()), rule
    assert all("exception" not in r for r in outcome.results)
    assert outcome.success == (not any(gx.values()))
    assert (tmp_path / "docs" / "index.html").is_file()


def test_rules_fixture_exercises_every_expectation_kind(checker: Checker, tmp_path: Path) -> None:
    outcome = run_gx(DATA / "rules.csv", checker, None)
    kinds = {r["expectation"] for r in outcome.results}
    assert {PAIR, BETWEEN} <= kinds
    failing = outcome.failing()
    assert failing["HC201"] == {"sum"}  # a total against the derived sum of its parts
    assert failing["HC204"] == {"pair"}
    assert failing["HC001"] == {"bound"}
    assert not outcome.success
    not_expressed = dict(outcome.not_expressed)
    assert "several definitions" in not_expressed.values()


RULE_PACK = """\
family: review
rules:
  - id: HC991
    kind: equal
    severity: error
    title: {zh: 测试：纠错数等于各纠错结果之和, en: test sum equality}
    rationale: 测试用。
    relation: review.corrected == sum(review.revoked, review.changed, review.confirmed_illegal)
    examples:
      pass:
        - 纠错6件，其中撤销2件，变更1件，确认违法3件。
      fail:
        - 纠错7件，其中撤销2件，变更1件，确认违法3件。
"""


def test_sum_equality_uses_multicolumn_sum(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "test.yaml").write_text(RULE_PACK, encoding="utf-8")
    checker = Checker.load([rules], select={"HC991"})
    data = tmp_path / "d.csv"
    data.write_text(
        "doc_id,metric,value,unit\n"
        "a,review.corrected,6,件\na,review.revoked,2,件\na,review.changed,1,件\na,review.confirmed_illegal,3,件\n"
        "b,review.corrected,7,件\nb,review.revoked,2,件\nb,review.changed,1,件\nb,review.confirmed_illegal,3,件\n"
        "c,review.corrected,2,件\nc,review.revoked,2,件\n",  # parts not stated count as 0 in both
        encoding="utf-8",
    )
    frame = wide_table(run_dataset(data, checker).results[1:])
    plan = plan_suite(checker.active_rules(), frame, checker.onto)
    assert [p.type for p in plan.expectations] == [MULTISUM]
    outcome = validate_wide(frame, plan, None)
    assert (
        outcome.failing()
        == {"HC991": {"b"}}
        == {k: v for k, v in _hecha_failing(checker, data).items() if k == "HC991"}
    )


def test_gx_command(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "hecha.cli",
            "gx",
            "--dataset",
            "fixtures/datasets/rules.csv",
            "-o",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 1, r.stderr
    assert "Calculating Metrics" not in r.stderr  # quiet by default: no progress bars in CI logs
    summary = json.loads(r.stdout)
    assert summary["documents"] == 8 and summary["success"] is False
    assert summary["data_docs"].endswith("index.html")
    failing = {(e["rule"], d) for e in summary["expectations"] for d in e["failing"]}
    assert {("HC201", "sum"), ("HC204", "pair"), ("HC001", "bound")} <= failing
    # the suite as GX JSON, and the table it runs on, for a checkpoint of the user's own
    suite = json.loads(Path(summary["expectation_suite"]).read_text(encoding="utf-8"))
    assert suite["name"] == "hecha_rules"
    assert len(suite["expectations"]) == len(summary["expectations"])
    import great_expectations as gx
    import pandas as pd

    ctx = gx.get_context(mode="ephemeral")
    mine = ctx.suites.add(gx.ExpectationSuite(**{k: v for k, v in suite.items() if k != "id"}))
    table = pd.read_csv(summary["table"], dtype={"doc_id": str})
    batch = (
        ctx.data_sources.add_pandas("mine").add_dataframe_asset("t").add_batch_definition_whole_dataframe("b")
    )
    result = batch.get_batch(batch_parameters={"dataframe": table}).validate(mine)
    assert result.success is False
    assert {r.expectation_config.meta["hecha_rule"] for r in result.results if not r.success} >= {
        "HC201",
        "HC204",
        "HC001",
    }


def test_rejected_rows_are_listed_and_fail_the_run(checker: Checker, tmp_path: Path) -> None:
    data = tmp_path / "d.csv"
    data.write_text(
        "doc_id,metric,value,unit\na,review.accepted,35,件\na,review.concluded,abc,件\n", encoding="utf-8"
    )
    outcome = run_gx(data, checker, None)
    summary = outcome.summary()
    assert summary["gx_success"] is True and summary["success"] is False
    assert [(p["rule"], p["row"]) for p in summary["dataset_problems"]] == [("DS003", 2)]
