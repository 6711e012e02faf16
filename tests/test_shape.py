"""Rule packs and the ontology are data checked against one declared shape (schemas/*.schema.json):
an unknown key, a wrong kind or a typo is exit 2 with the file and line, never passed over. The same
schemas are valid JSON Schema, and `jsonschema` agrees with hecha's checker on what they refuse."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from hecha.dataset.screen import KNOWN_PARAMS
from hecha.ontology import OntologyError, load_ontology
from hecha.resources import data_dir
from hecha.rulepack import _KNOWN_FIELDS, KINDS, load_rules
from hecha.shape import ShapeError, schema, validate

from .conftest import ROOT

PACKS = sorted((ROOT / "checks").glob("*.yaml"))
METRICS = ROOT / "schemas" / "metrics.yaml"
GOOD_RULE: dict[str, Any] = {
    "id": "HC901",
    "kind": "order",
    "severity": "error",
    "title": {"zh": "测试", "en": "test"},
    "relation": "review.concluded <= review.accepted",
    "examples": {"pass": ["受理35件，审结25件。"], "fail": ["受理35件，审结45件。"]},
}


def _pack(**change: Any) -> dict[str, Any]:
    rule = {**GOOD_RULE, **change}
    return {"rules": [{k: v for k, v in rule.items() if v is not None}]}


def test_schemas_are_json_schema_and_the_bundled_files_fit() -> None:
    for name, files in (("rulepack", PACKS), ("metrics", [METRICS])):
        s = json.loads((data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(s)
        for f in files:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
            assert not list(jsonschema.Draft202012Validator(s).iter_errors(data)), f
            validate(data, schema(name))


BAD_PACKS = [
    _pack(severity=None, severty="warning"),  # a typo left the rule at error before
    _pack(kind="sideways"),
    _pack(severity="fatal"),
    _pack(id="X1"),
    _pack(title={"zh": "测试", "eng": "x"}),
    _pack(title={"en": "x"}),
    _pack(examples={"pass": ["a"]}),
    _pack(examples={"pass": [], "fail": ["a"]}),
    _pack(examples={"pass": ["a"], "fail": ["b"], "suspect": "8件"}),
    _pack(examples={"pass": ["a"], "fail": [{"text": "b"}]}),
    _pack(examples={"pass": ["a"], "fail": [{"text": "b", "suspect": "8件", "why": "x"}]}),
    _pack(examples={"pass": ["a"], "fail": [42]}),
    _pack(complete_when_listed="three"),
    _pack(max="100"),
    _pack(min_parts=0),
    _pack(complete_requires="review.upheld"),
    _pack(shortfall_severity="fatal"),
    _pack(definitions=[{"name": "x", "relation": "a == b", "unusal": True}]),
    _pack(relation=None, definitions=[{"name": "x"}]),
    {"rules": [GOOD_RULE], "famliy": "review"},
    {"rules": [42]},
    {},
]


@pytest.mark.parametrize("bad", BAD_PACKS, ids=[str(i) for i in range(len(BAD_PACKS))])
def test_jsonschema_and_hecha_refuse_the_same_packs(bad: dict[str, Any]) -> None:
    s = schema("rulepack")
    assert list(jsonschema.Draft202012Validator(s).iter_errors(bad))
    with pytest.raises(ShapeError):
        validate(bad, s)


def test_every_key_the_code_reads_is_declared_and_nothing_else() -> None:
    """The schema lists exactly the rule keys rulepack.py and the rule kinds' code read (params such as
    complete_requires, shortfall_severity, max, sentence_reach): a built-in key is never refused, an
    undeclared one never accepted."""
    rule = schema("rulepack")["$defs"]["rule"]
    declared = set(rule["properties"])
    assert declared == (_KNOWN_FIELDS - {"__line__", "__lines__"}) | KNOWN_PARAMS
    assert rule["properties"]["kind"]["enum"] == list(KINDS)
    used = {k for f in PACKS for r in yaml.safe_load(f.read_text(encoding="utf-8"))["rules"] for k in r}
    assert used <= declared


def _hecha(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hecha.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


LOCAL = """\
rules:
  - id: HC951
    kind: order
    severity: warning
    title: {zh: 维持数不超过驳回数（本地规则）, en: local rule}
    relation: review.upheld <= review.dismissed
    examples:
      pass: [行政复议审结25件，其中维持7件，驳回8件。]
      fail: [行政复议审结25件，其中维持9件，驳回8件。]
"""


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    d = tmp_path / "packs"
    d.mkdir()
    (tmp_path / "r.txt").write_text("行政复议审结25件，其中维持9件，驳回8件。", encoding="utf-8")
    return d


def test_a_user_pack_with_a_typo_is_exit_2_with_file_and_line(tmp_path: Path, packs: Path) -> None:
    (packs / "local.yaml").write_text(LOCAL.replace("severity: warning", "severty: warning"), "utf-8")
    p = _hecha(tmp_path, "check", "r.txt", "--rules", str(packs))
    assert p.returncode == 2 and not p.stdout
    assert "local.yaml:4: HC951: unknown key 'severty'; did you mean 'severity'?" in p.stderr


def test_a_user_pack_with_swapped_examples_is_refused(tmp_path: Path, packs: Path) -> None:
    swapped = LOCAL.replace("维持7件", "维持X").replace("维持9件", "维持7件").replace("维持X", "维持9件")
    (packs / "local.yaml").write_text(swapped, encoding="utf-8")
    p = _hecha(tmp_path, "check", "r.txt", "--rules", str(packs))
    assert p.returncode == 2 and not p.stdout
    assert "local.yaml:2: HC951: examples.pass[0] should raise nothing from HC951" in p.stderr
    # `rules --test` shows what the example gave: its facts and the rule's bindings
    t = _hecha(tmp_path, "rules", "--rules", str(packs), "--test", "HC951")
    assert t.returncode == 1
    assert "fact f2: '9件' metric=review.upheld" in t.stdout
    assert "binding HC951: review.upheld=9件, review.dismissed=8件 → fails (warning)" in t.stdout
    assert "binding HC951: review.upheld=7件, review.dismissed=8件 → holds" in t.stdout
    assert "2 examples: 0 passed, 2 failed" in t.stdout
    # the good pack loads and runs
    (packs / "local.yaml").write_text(LOCAL, encoding="utf-8")
    assert (
        _hecha(
            tmp_path, "check", "r.txt", "--rules", str(packs), "--select", "HC951", "--fail-on", "warning"
        ).returncode
        == 1
    )


def test_rules_test_passes_for_the_bundled_packs(tmp_path: Path) -> None:
    p = _hecha(tmp_path, "rules", "--test")
    n = len(load_rules())
    assert p.returncode == 0, p.stdout[-2000:]
    assert p.stdout.strip().endswith("0 failed") and f"{n} rules" in p.stdout
    one = _hecha(tmp_path, "rules", "--test", "HC201", "--format", "json")
    assert one.returncode == 0
    data = json.loads(one.stdout)
    assert {r["rule"] for r in data["results"]} == {"HC201"} and data["summary"]["failed"] == 0
    assert _hecha(tmp_path, "rules", "--test", "HC2O1").returncode == 2


def test_rules_format_json_lists_every_rule(tmp_path: Path) -> None:
    (tmp_path / "hecha.toml").write_text('ignore = ["HC2"]\n[severity]\nHC305 = "info"\n', "utf-8")
    p = _hecha(tmp_path, "rules", "--format", "json")
    assert p.returncode == 0
    listed = json.loads(p.stdout)["rules"]
    assert [r["id"] for r in listed] == [r.id for r in load_rules()]
    by_id = {r["id"]: r for r in listed}
    assert not by_id["HC201"]["active"] and by_id["HC001"]["active"]
    assert by_id["HC305"]["severity"] == "info"
    assert by_id["HC201"]["params"]["complete_requires"] == ["review.upheld", "review.dismissed"]
    assert by_id["HC201"]["definitions"][0]["relation"].startswith("review.concluded >= sum(")


# --- the ontology ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (
            lambda s: s.replace("unit: count,", "unti: count,", 1),
            "unknown key 'unti'; did you mean 'unit'?",
        ),
        (lambda s: s.replace("unit: percent", "unit: percnt", 1), "unknown unit 'percnt'"),
        (lambda s: s.replace("    label: 行政复议\n", "    lable: 行政复议\n", 1), "unknown key 'lable'"),
        (lambda s: s.replace("generic_aliases:", "generic_alias:", 1), "unknown key 'generic_alias'"),
    ],
)
def test_an_ontology_typo_names_file_and_line(tmp_path: Path, mutate: Any, needle: str) -> None:
    text = METRICS.read_text(encoding="utf-8")
    bad = mutate(text)
    assert bad != text
    p = tmp_path / "metrics.yaml"
    p.write_text(bad, encoding="utf-8")
    with pytest.raises(OntologyError) as e:
        load_ontology(str(p))
    line = next(
        i for i, (a, b) in enumerate(zip(text.splitlines(), bad.splitlines(), strict=True), 1) if a != b
    )
    assert f"{p}:{line}: " in str(e.value) and needle in str(e.value)


EXTRA_ONTOLOGY = """\
families:
  museums:
    label: 博物馆
    keywords: [博物馆]
metrics:
  museums:
    visitors: {label: 参观, unit: count, aliases: [参观人次, 接待观众]}
    tours: {label: 讲解, unit: count, aliases: [讲解]}
"""
MUSEUM_PACK = """\
rules:
  - id: HC961
    kind: order
    title: {zh: 讲解场次不超过参观人次}
    relation: museums.tours <= museums.visitors
    examples:
      pass: [博物馆全年接待观众5000人次，讲解300场。]
      fail: [博物馆全年接待观众200人次，讲解300场。]
"""


def test_hecha_toml_names_extra_ontology_files(tmp_path: Path, packs: Path) -> None:
    (tmp_path / "museums.yaml").write_text(EXTRA_ONTOLOGY, encoding="utf-8")
    (packs / "museums.yaml").write_text(MUSEUM_PACK, encoding="utf-8")
    (tmp_path / "m.txt").write_text("博物馆全年接待观众200人次，讲解300场。", encoding="utf-8")
    # without the ontology the pack's metric keys are unknown
    p = _hecha(tmp_path, "check", "m.txt", "--rules", str(packs))
    assert p.returncode == 2 and "unknown metric key 'museums.tours'" in p.stderr
    (tmp_path / "hecha.toml").write_text('ontology = ["museums.yaml"]\n', encoding="utf-8")
    p = _hecha(tmp_path, "check", "m.txt", "--rules", str(packs))
    assert p.returncode == 1, p.stderr
    assert "HC961" in {f["rule"] for d in json.loads(p.stdout)["documents"] for f in d["findings"]}
    # a typo in it is exit 2 with its file and line, not a traceback
    (tmp_path / "museums.yaml").write_text(
        EXTRA_ONTOLOGY.replace("unit: count, aliases: [讲解]", "unit: count, alias: [讲解]"), "utf-8"
    )
    p = _hecha(tmp_path, "check", "m.txt", "--rules", str(packs))
    assert p.returncode == 2 and "museums.yaml:8: " in p.stderr and "unknown key 'alias'" in p.stderr
    assert "Traceback" not in p.stderr
    # and it may not redefine a bundled metric
    (tmp_path / "museums.yaml").write_text(
        "metrics:\n  review:\n    concluded: {label: 审结, unit: count, aliases: [审结]}\n", "utf-8"
    )
    p = _hecha(tmp_path, "check", "m.txt")
    assert p.returncode == 2 and "museums.yaml:3: metric review.concluded is defined already" in p.stderr


def test_a_fail_example_may_state_its_suspect(tmp_path: Path, packs: Path) -> None:
    fail = "      fail: [行政复议审结25件，其中维持9件，驳回8件。]"
    assert fail in LOCAL
    stated = "      fail:\n        - {text: 行政复议审结25件，其中维持9件，驳回8件。, suspect: %s}"
    validate(yaml.safe_load(LOCAL.replace(fail, stated % "9件")), schema("rulepack"))
    (packs / "local.yaml").write_text(LOCAL.replace(fail, stated % "9件"), encoding="utf-8")
    p = _hecha(tmp_path, "rules", "--rules", str(packs), "--test", "HC951")
    assert p.returncode == 0, p.stdout
    listed = json.loads(_hecha(tmp_path, "rules", "--rules", str(packs), "HC951", "--format", "json").stdout)
    assert listed["rules"][0]["examples"]["fail"] == [
        {"text": "行政复议审结25件，其中维持9件，驳回8件。", "suspect": "9件"}
    ]
    # a suspect the finding does not name: the example fails, and a user's pack is refused
    (packs / "local.yaml").write_text(LOCAL.replace(fail, stated % "25件"), encoding="utf-8")
    p = _hecha(tmp_path, "rules", "--rules", str(packs), "--test", "HC951")
    assert p.returncode == 1 and "examples.fail[0] should name 25件 as most likely wrong" in p.stdout
    c = _hecha(tmp_path, "check", "r.txt", "--rules", str(packs))
    assert c.returncode == 2 and "should name 25件 as most likely wrong" in c.stderr
