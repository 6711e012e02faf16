"""How every rule reports: the checking context, the record of each check (a Binding, which
`--verbose` shows and error localisation re-evaluates) and the findings it raises, with the names and
evidence a reviewer reads. Metric rules (engine.py) and structure checks (structures/) both use it."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .expr import Interval, Relation
from .frames import TRAIL_RE
from .intervals import fact_interval
from .model import Binding, Evidence, Fact, Finding
from .ontology import Ontology
from .reading import PERIOD_OR_LINE_END
from .rulepack import Rule

_START = operator.attrgetter("start")  # a sort key in C

if TYPE_CHECKING:  # extract imports the structures, which import this module
    from .extract import Extraction

SOFTER = {"error": "warning", "warning": "info", "info": "info"}
READING_NOTE = {
    "rounded_extreme": (
        "100%或0%只有在四舍五入后才成立，实际并非全部",
        "100% or 0% holds only after rounding: not literally all",
    ),
    "truncated": (
        "仅在截尾取舍（而非四舍五入）下成立",
        "holds only if the figure was truncated, not rounded",
    ),
    "double_rounded": ("仅在两次四舍五入下成立", "holds only if the figure was rounded twice"),
    "uncapped": (
        "仅当“余”“多”远超所写数字时成立，如“30余”多于39",
        "holds only if 余/多 reaches past the next digit (30余 above 39)",
    ),
}
READING_SEVERITY = {
    "rounded_extreme": "warning",
    "truncated": "info",
    "double_rounded": "warning",
    "uncapped": "warning",
}


@dataclass
class Context:
    ex: Extraction
    onto: Ontology
    facts: dict[str, Fact]
    findings: list[Finding] = field(default_factory=list)
    bindings: list[Binding] = field(default_factory=list)
    # the stated results (not targets) of each metric, in text order: most rules find none of their
    # metrics in a document, and this lets them see so without walking every fact
    actual: dict[str, list[Fact]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # fact id → its place in ex.facts
    covered: set[str] = field(default_factory=set)  # totals a metric total rule has checked
    rated: set[str] = field(default_factory=set)  # rates a metric ratio rule has checked
    # rates a metric ratio rule let pass, or only noted, by a term of its base the text does not state → the bases
    # it bound (the rate structure still reads such a rate against another base its sentence states)
    rated_loosely: dict[str, set[str]] = field(default_factory=dict)
    compared: set[frozenset[str]] = field(default_factory=set)  # pairs a metric order rule has compared
    listed: set[str] | None = None  # kinds listed under another metric's total (engine, once per document)
    instances: dict[str, str | None] = field(default_factory=dict)  # fact id → 一审/二审/再审/各类 (engine)
    totals_of: dict[str, set[str]] | None = None  # a listed part's id → its lists' totals (engine, once)
    share_list_of: dict[str, int] | None = None  # a share's part's id → its list of shares (engine, once)
    _period_ends: list[int] | None = None

    def __post_init__(self) -> None:
        for i, f in enumerate(self.ex.facts):
            self.order[f.id] = i
            if f.metric and f.modality == "actual":
                self.actual.setdefault(f.metric, []).append(f)

    def fact(self, fid: str) -> Fact:
        return self.facts[fid]

    def period(self, f: Fact) -> int:
        """Which full sentence (to 。！？) a fact is in: the index of the 。 that ends it."""
        ends = self._period_ends
        if ends is None:
            ends = self._period_ends = self.ex.period_ends
        if ends is None:
            ends = self._period_ends = [m.start() for m in PERIOD_OR_LINE_END.finditer(self.ex.text)]
        return bisect.bisect_left(ends, f.start)

    def period_start(self, f: Fact) -> int:
        """Where a fact's full sentence starts (after the 。！？ before it)."""
        i = self.period(f)
        return self._period_ends[i - 1] + 1 if i and self._period_ends else 0


def shown(f: Fact) -> str:
    """The figure as written, with its unit when the text left it to a table header (35 → 35件)."""
    text = f.mention.text.strip()
    if f.mention.kind == "ratio":
        return text  # (2.6 after 比值达, 2.5:1: as written)
    return text + f.q.unit if text and text[-1].isdigit() and f.q.unit != "元" else text


def name_zh(f: Fact, ctx: Context) -> str:
    return figure_name(f, ctx.ex.text, ctx.onto)


def figure_name(f: Fact, text: str, onto: Ontology) -> str:
    """How a fact is named in a Chinese message: 审结25件 — by the word of its own that named its metric
    (审结, 纠错率, 提起公诉: as the text writes it, for a reviewer to find), else by the words the text puts before
    it (群众来信553件, not 群众553件)."""
    shown_as = shown(f)
    if f.metric and f.cue and len(f.cue) >= 2 and f.cue not in onto.generic:
        return f"{f.cue}{shown_as}"
    words = own_words(text, f.start)
    if words and f.metric and f.cue and f.cue not in words:
        # (全市法院新收、审结一审行政案件3362件、3401件: the words before 3362件 are the other step's)
        return f"{onto.metrics[f.metric].label}{shown_as}"
    if words:
        return f"{words}{shown_as}"
    if f.metric:
        return f"{onto.metrics[f.metric].label}{shown_as}"
    return f"{f.cue}{shown_as}" if f.cue else shown_as


_CLAUSE_MARK = re.compile(r"[，,；;。！？!?：:、\n（）()“”\s]")
_AFTER_FIGURE_RE = re.compile(r"\d[%％]?(?:与|和|及|以及)$")


# (a count of things, in its unit: not 未满18周岁, 2024年 or 3万元以上, which are words of the name)
_LAST_FIGURE_RE = re.compile(r"\d[\d.,，]*[万亿]?[个件项条人名次宗起家份篇户所批场](?!.*\d)")
_LEADING_RE = re.compile(
    r"^(?:[^，,；;。]*?(?:分别为|分别是|依次为|依次是)[：:]?)?"
    r"(?:其中|全年|共计|共(?!同)|另有|此外|以及|还有|占|完成)*"
)


def own_words(text: str, start: int, most: int = 10) -> str:
    """The last words before a figure in its clause, fillers dropped: 共收到群众来信553件 → 收到群众来信."""
    lo = max(0, start - 24)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, start)]
    words = text[marks[-1] if marks else lo : start]
    if _AFTER_FIGURE_RE.search(words):
        return ""  # (66.29%、78.95%与88.25%: a figure and 与 before it are no words of its own)
    # (24个部门176个事项整合26个: the words after the other figure of the clause name this one, 事项整合; not 来访95件
    # before 127人次, the persons of those cases, named with them)
    last = _LAST_FIGURE_RE.search(words)
    if last is not None and last.end() < len(words):
        words = words[last.end() :]
    words = TRAIL_RE.sub("", words)
    # (占 and 完成 lead the clause of a base stated inside it, 占全部248件提案的: the relation's word, not the name;
    # nor the words that open a list, 排名前五位的分别为卫生健康类: its item's name follows them; 共同应诉 keeps its 共)
    words = _LEADING_RE.sub("", words)
    if len(words) < 2:
        return ""
    # (cut at the front, where the words run on: 对办理工作满意或基本满意的 → …理工作满意或基本满意, marked)
    return words if len(words) <= most else "…" + words[-most:]


def name_en(f: Fact) -> str:
    text = shown(f)
    return f"{f.metric} {text}" if f.metric else text


def evidence(facts: Iterable[tuple[Fact, str]]) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[str] = set()
    for f, role in facts:
        if f.id in seen:
            continue
        seen.add(f.id)
        out.append(Evidence(f.start, f.end, f.mention.text, fact=f.id, role=role))
    out.sort(key=_START)
    return out


def env(keys: dict[str, Fact], reading: str, extra: dict[str, Interval]) -> dict[str, Interval]:
    env = {k: fact_interval(f, reading) for k, f in keys.items()}
    env.update(extra)
    return env


def record(
    ctx: Context,
    rule: Rule,
    rel: Relation,
    keys: dict[str, Fact],
    severity: str | None,
    detail: str = "",
    extra: dict[str, Interval] | None = None,
) -> None:
    ids = sorted({f.id for f in keys.values()}, key=lambda x: int(x[1:]))
    # (positional: rule, facts, holds, detail, relation, keys, severity, fixed; a call by keywords costs more)
    ids_of = {k: f.id for k, f in keys.items()}
    ctx.bindings.append(
        Binding(rule.id, ids, severity is None, detail, rel, ids_of, severity, dict(extra or {}))
    )


def emit(
    ctx: Context,
    rule: Rule,
    severity: str,
    zh: str,
    en: str,
    roles: list[tuple[Fact, str]],
    expected: str | None,
    observed: str | None,
    definition: str | None = None,
) -> None:
    ids = sorted({f.id for f, _ in roles}, key=lambda x: int(x[1:]))
    ctx.findings.append(
        Finding(
            rule=rule.id,
            severity=severity,  # type: ignore[arg-type]
            message=zh,
            message_en=en,
            facts=ids,
            evidence=evidence(roles),
            expected=expected,
            observed=observed,
            title=rule.title_zh,
            kind=rule.kind,
            definition=definition or None,
        )
    )


def dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for f in findings:
        key = (f.rule, tuple(sorted(f.facts)))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
