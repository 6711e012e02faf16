"""Rule packs: checks/*.yaml, loaded safely and validated with file, line and problem.

A rule is data. Its *kind* (code) says how it binds and what its relation means:

  order, total, ratio, equal   bind metric keys in one paragraph and test `relation` (see expr.py);
                               a ratio may list several `definitions` and passes when one holds
  bound                        every bounded rate (a percent metric, or an unknown …率 / 占比) ≤ 100%
  breakdown, share, reduction, subset, change
                               structures the text states (其中, 占…的, 整合为, 重点, 较上年…增加,
                               均已受理)
                               — metrics not needed
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .expr import ExprError, Relation, parse_relation
from .ontology import Ontology, load_ontology
from .resources import data_dir
from .safeopen import read_regular_text
from .shape import ShapeError, line_of, schema, validate
from .textsafe import display_path

METRIC_KINDS = ("order", "total", "ratio", "equal")
STRUCTURE_KINDS = (
    "breakdown",
    "share",
    "share_sum",
    "share_list",
    "summed_share",
    "rate",
    "step",
    "persons",
    "reduction",
    "subset",
    "change",
    "yoy",
    "all",
    "balance",
    "completion",
    "trend",
    "average",
    "named_count",
    "flow",
    "restated",
    "headline",
    "comparison",
    "period_part",
    "dated",
    "ranked",
)
KINDS = (*METRIC_KINDS, "bound", *STRUCTURE_KINDS)
SEVERITIES = ("error", "warning", "info")


class RulePackError(ValueError):
    """A rule pack problem, with where it is."""

    def __init__(self, path: str, line: int | None, problem: str):
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Definition:
    name: str
    relation: Relation
    unusual: bool = False  # a reading that is possible but not the usual one: passing on it is a warning
    unless: tuple[str, ...] = ()  # metric keys whose being stated makes this definition moot
    # optional figures this definition's own figures determine (审结 + 未结 = 新收 + 旧存): when it binds,
    # their being unstated excuses no failure of the others
    settles: tuple[str, ...] = ()


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    title_zh: str
    title_en: str
    rationale: str
    definitions: list[Definition]
    examples_pass: list[str]
    examples_fail: list[str]
    source: str
    line: int
    params: dict[str, Any] = field(default_factory=dict)
    fail_suspects: dict[int, str] = field(default_factory=dict)  # fail example → the figure it must blame
    bundled: bool = False  # from hecha's own checks/ (a user's pack is vetted by its examples)

    @property
    def relation(self) -> Relation | None:
        return self.definitions[0].relation if self.definitions else None

    @cached_property
    def _keys(self) -> frozenset[str]:
        # (a definition's `unless` keys are bound too: only a figure the rule binds can make it moot)
        return frozenset(r.key for d in self.definitions for r in d.relation.refs()) | {
            k for d in self.definitions for k in d.unless
        }

    def metric_keys(self) -> set[str]:
        return set(self._keys)  # asked for every rule of every document: computed once

    @cached_property
    def anchor(self) -> str:
        """The metric a binding starts from: the first required figure of the first definition (else
        its first figure). A document that does not state it gives the rule nothing to check."""
        first = self.definitions[0].relation
        req = first.required()
        return req[0] if req else first.refs()[0].key


def rule_json(r: Rule) -> dict[str, Any]:
    """A rule as plain data (`hecha rules --format json`): what it checks, where it is defined."""
    return {
        "id": r.id,
        "kind": r.kind,
        "severity": r.severity,
        "title": {"zh": r.title_zh, "en": r.title_en},
        "rationale": r.rationale,
        "definitions": [
            {
                "name": d.name,
                "relation": d.relation.source,
                **({"unusual": True} if d.unusual else {}),
                **({"unless": list(d.unless)} if d.unless else {}),
                **({"settles": list(d.settles)} if d.settles else {}),
            }
            for d in r.definitions
        ],
        "params": dict(r.params),
        "examples": {
            "pass": list(r.examples_pass),
            "fail": [
                {"text": t, "suspect": r.fail_suspects[i]} if i in r.fail_suspects else t
                for i, t in enumerate(r.examples_fail)
            ],
        },
        "source": r.source,
        "line": r.line,
        "bundled": r.bundled,
    }


# libyaml's loader when PyYAML was built with it: the pure-Python one was most of start-up time
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that remembers the line of every mapping (as `__line__`)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = {
        k.value: v.start_mark.line + 1 for k, v in node.value if isinstance(k, yaml.ScalarNode)
    }
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _parse_rule(raw: Any, path: str, onto: Ontology) -> Rule:
    if not isinstance(raw, dict):
        raise RulePackError(path, None, "each rule must be a mapping")
    line = int(raw.get("__line__", 0)) or None
    rid = _text(raw.get("id"))  # the shape (id, kind, severity, title, examples) is checked already
    kind = _text(raw.get("kind"))
    severity = _text(raw.get("severity") or "error")
    title = raw.get("title") or {}
    defs_raw = raw.get("definitions")
    if defs_raw is None and raw.get("relation") is not None:
        defs_raw = [
            {"name": "", "relation": raw["relation"], "__line__": raw["__lines__"].get("relation", line)}
        ]
    definitions: list[Definition] = []
    for d in defs_raw or []:
        dline = (
            (d.get("__lines__", {}).get("relation") or d.get("__line__", line))
            if isinstance(d, dict)
            else line
        )
        src = _text(d.get("relation") if isinstance(d, dict) else d)
        try:
            rel = parse_relation(src)
        except ExprError as e:
            raise RulePackError(path, dline, f"{rid}: relation {src!r}: {e}") from e
        for ref in rel.refs():
            if ref.key not in onto.metrics:
                raise RulePackError(path, dline, f"{rid}: unknown metric key {ref.key!r} in {src!r}")
        for field_name in ("unless", "settles"):
            for key in (d.get(field_name) or []) if isinstance(d, dict) else []:
                if str(key) not in onto.metrics:
                    raise RulePackError(path, dline, f"{rid}: unknown metric key {key!r} in {field_name}")
        _check_can_fire(rid, rel, onto, path, dline)
        definitions.append(
            Definition(
                name=_text(d.get("name")) if isinstance(d, dict) else "",
                relation=rel,
                unusual=bool(d.get("unusual", False)) if isinstance(d, dict) else False,
                unless=tuple(str(k) for k in (d.get("unless") or [])) if isinstance(d, dict) else (),
                settles=tuple(str(k) for k in (d.get("settles") or [])) if isinstance(d, dict) else (),
            )
        )
    if kind in METRIC_KINDS and not definitions:
        raise RulePackError(path, line, f"{rid}: a {kind} rule needs a relation")
    if "relation" in raw and "definitions" in raw:
        raise RulePackError(path, line, f"{rid}: give either relation or definitions, not both")
    for d in definitions:
        problem = _kind_mismatch(kind, d.relation)
        if problem:
            dline = raw["__lines__"].get("relation") or raw["__lines__"].get("definitions") or line
            raise RulePackError(path, dline, f"{rid}: {problem}")
    examples = raw.get("examples") or {}
    ex_pass = [str(x) for x in (examples.get("pass") or [])]
    fails = examples.get("fail") or []
    ex_fail = [str(x["text"]) if isinstance(x, dict) else str(x) for x in fails]
    fail_suspects = {i: str(x["suspect"]) for i, x in enumerate(fails) if isinstance(x, dict)}
    params = {k: v for k, v in raw.items() if k not in _KNOWN_FIELDS}
    return Rule(
        id=rid,
        kind=kind,
        severity=severity,
        title_zh=_text(title.get("zh")),
        title_en=_text(title.get("en")),
        rationale=_text(raw.get("rationale")),
        definitions=definitions,
        examples_pass=ex_pass,
        examples_fail=ex_fail,
        source=path,
        line=line or 0,
        params=params,
        fail_suspects=fail_suspects,
    )


_BOOKKEEPING = frozenset({"__line__", "__lines__"})  # added by _LineLoader, never in a file
_KNOWN_FIELDS = {
    "id",
    "kind",
    "severity",
    "title",
    "rationale",
    "relation",
    "definitions",
    "examples",
    "__line__",
    "__lines__",
}


def _kind_mismatch(kind: str, rel: Relation) -> str | None:
    """Why `rel` is not what a rule of `kind` checks (the engine binds and reports by kind, so a
    mismatch would check something else than the pack says), or None."""
    if kind == "order" and rel.op not in ("<", "<=", ">", ">="):
        return f"an order rule compares with <, <=, > or >=, not {rel.op}: {rel.source!r}"
    if kind == "total" and not (rel.sum_refs() and rel.op in ("<=", ">=", "==")):
        return f"a total rule compares a figure with sum(…) of its parts: {rel.source!r}"
    if kind == "ratio" and rel.ratio_shape() is None:
        return f"a ratio rule reads `rate == part / base`: {rel.source!r}"
    if kind == "equal" and rel.op != "==":
        return f"an equal rule compares with ==, not {rel.op}: {rel.source!r}"
    if kind not in METRIC_KINDS:
        return f"a {kind} rule checks what the text states and takes no relation: {rel.source!r}"
    return None


def _check_can_fire(rid: str, rel: Relation, onto: Ontology, path: str, line: int | None) -> None:
    """Reject relations that can never bind or never fail: a sum of nothing, a side compared with
    itself, or counts compared with percentages outside a ratio
    (`rate == part / base`) or a rate's bound (`rate >= part / base`)."""
    keys = [r.key for r in rel.refs()]
    if rel.left == rel.right:
        raise RulePackError(
            path, line, f"{rid}: relation compares an expression with itself; it can never fail"
        )
    units = {onto.metrics[k].unit for k in keys}
    if rel.ratio_shape() is None and rel.bound_shape() is None and "percent" in units and len(units) > 1:
        raise RulePackError(
            path,
            line,
            f"{rid}: relation mixes percentages and counts outside `rate == part / base` or `rate >= part / base`; it can never hold",
        )


# A rule pack is a few dozen rules: these bounds are far above any real one and keep a hostile one
# (an alias bomb of 1 KB expands without end; a list nested 100,000 deep overflows the C stack of
# libyaml's composer) from costing more than a moment.
MAX_PACK_BYTES = 4 << 20
MAX_NODES = 200_000
MAX_DEPTH = 64


def _check_shape(text: str, path: str) -> None:
    """Refuse aliases, and more nodes or deeper nesting than a rule pack has, from the event stream
    (which costs no more than the text's length) before anything is composed."""
    depth = nodes = 0
    for ev in yaml.parse(text, Loader=_SafeLoader):
        line = ev.start_mark.line + 1 if ev.start_mark else None
        if isinstance(ev, yaml.AliasEvent):
            raise RulePackError(
                path, line, f"YAML alias *{ev.anchor} refused: rule packs may not use aliases"
            )
        if isinstance(ev, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                raise RulePackError(path, line, f"more than {MAX_NODES} YAML nodes: not a rule pack")
        if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise RulePackError(path, line, f"nested more than {MAX_DEPTH} levels deep: not a rule pack")
        elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def load_pack(path: Path, onto: Ontology | None = None) -> list[Rule]:
    onto = onto or load_ontology()
    p = display_path(str(path))
    try:
        text = read_regular_text(
            path, MAX_PACK_BYTES
        )  # a FIFO named *.yaml is refused, never opened blocking
        _check_shape(text, p)
        raw = yaml.load(text, Loader=_LineLoader)
    except RulePackError:
        raise
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise RulePackError(
            p, mark.line + 1 if mark else None, f"not valid YAML: {getattr(e, 'problem', e)}"
        ) from e
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise RulePackError(p, None, f"cannot read: {e}") from e
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise RulePackError(p, None, "a rule pack is a mapping with a list under 'rules'")
    _check_pack_shape(raw, text, p)
    return [_parse_rule(r, p, onto) for r in raw["rules"]]


def _check_pack_shape(raw: dict[str, Any], text: str, path: str) -> None:
    """The pack against schemas/rulepack.schema.json: an unknown key (`severty:`), a kind or severity
    that does not exist, a missing title or example is refused with its line, never passed over."""
    try:
        validate(raw, schema("rulepack"), _BOOKKEEPING)
    except ShapeError as e:
        where = ""
        if len(e.path) >= 2 and e.path[0] == "rules" and isinstance(e.path[1], int):
            rule = raw["rules"][e.path[1]]
            rid = rule.get("id") if isinstance(rule, dict) else None
            where = f"{rid}: " if isinstance(rid, str) and rid else f"rule {e.path[1] + 1}: "
        raise RulePackError(path, line_of(text, e.path), f"{where}{e.problem}") from e


def load_rules(extra_dirs: list[Path] | None = None, onto: Ontology | None = None) -> list[Rule]:
    """Every rule of the bundled packs and of `extra_dirs`, validated together (ids are unique)."""
    onto = onto or load_ontology()
    bundled = data_dir("checks")
    dirs = [bundled, *(extra_dirs or [])]
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for d in dirs:
        if not d.is_dir():
            raise RulePackError(str(d), None, "rule-pack folder not found")
        for f in sorted(d.glob("*.yaml")):
            for r in load_pack(f, onto):
                r.bundled = d == bundled
                if r.id in seen:
                    first = seen[r.id]
                    raise RulePackError(
                        r.source,
                        r.line,
                        f"duplicate rule id {r.id} (first defined at {first.source}:{first.line})",
                    )
                seen[r.id] = r
                rules.append(r)
    _check_contradictions(rules)
    return rules


def _check_contradictions(rules: list[Rule]) -> None:
    """Two order rules that state a <= b and a > b (or b < a) can never both hold."""
    strict: dict[tuple[str, str], Rule] = {}
    for r in rules:
        rel = r.relation
        if r.kind != "order" or rel is None:
            continue
        refs = rel.refs()
        if len(refs) != 2:
            continue
        a, b = refs[0].key, refs[1].key
        if rel.op in ("<=", "<"):
            strict[(a, b)] = r
        elif rel.op in (">=", ">"):
            strict[(b, a)] = r
    for r in rules:
        rel = r.relation
        if r.kind != "order" or rel is None or len(rel.refs()) != 2 or rel.op not in ("<", ">"):
            continue
        a, b = rel.refs()[0].key, rel.refs()[1].key
        small, big = (a, b) if rel.op == "<" else (b, a)
        other = strict.get((big, small))
        if other is not None and other is not r:
            raise RulePackError(
                r.source,
                r.line,
                f"{r.id} contradicts {other.id} ({other.source}:{other.line}): {small} < {big} and {big} <= {small}",
            )
