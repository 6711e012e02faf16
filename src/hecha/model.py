"""The data that flows through hecha: documents, quantities, facts, findings.

Every span is a pair of code-point offsets into the document text exactly as decoded, so a reviewer
can always check `text[start:end]` against the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

# Mention kinds: the first four are quantities (a ratio: 复议诉讼比 2.6:1); the rest are numerals that are not
# (see numbers.py).
QUANTITY_KINDS = ("count", "money", "percent", "ratio")
MentionKind = Literal[
    "count",
    "money",
    "percent",
    "ratio",
    "year",
    "date",
    "doc_number",
    "ordinal",
    "section",
    "name",
    "other",
    "unread",
]


@dataclass(unsafe_hash=True)
class Quantity:
    """A stated number as an interval of the values it can stand for.

    `value` is the number as written (scaled by 万/亿; percent in percent). `low`/`high` bound the true
    value given the qualifier (余, 近, 约…) and the displayed precision; None means unbounded.
    `step` is the unit of the last displayed digit (1 for 25, 0.1 for 81.4%, 1000 for 1016.6万).
    """

    value: float
    low: float | None
    high: float | None
    qualifier: str  # "=", ">=", "<=", "about", or "range" (二三十, 20~100: low and high are its ends)
    unit: str  # as written: 件, 人次, 元 (after 万/亿), %
    step: float
    integer: bool  # a count of things: its true value is an integer
    cap: float | None = None  # 30余 reads as under 40: the loose upper end of 余/多 (None: no cap)

    @property
    def exact(self) -> bool:
        return self.qualifier == "=" and self.low == self.high


@dataclass(unsafe_hash=True)
class Mention:
    """A numeral in the text: a quantity (with `quantity`) or a non-quantity such as a year."""

    start: int
    end: int
    text: str
    kind: MentionKind
    quantity: Quantity | None = None
    number_start: int = -1  # where the digits begin (after a leading qualifier such as 约)
    number_end: int = -1  # where the digits (and multiplier) end, before the unit


@dataclass(init=False)
class Fact:
    """A quantity with what it measures (metric may be None when unknown).

    `start`, `end` (its mention's span) and `q` (its mention's quantity) are plain attributes, set
    with the mention: the structures and rules read them hundreds of times a document, and a property
    is a Python call each time. Whatever replaces `mention` sets them too (`move`)."""

    id: str
    mention: Mention
    metric: str | None
    label: str | None  # Chinese label of the metric, e.g. 行政复议·审结
    cue: str | None  # the words in the text that named it, e.g. 审结
    cue_span: tuple[int, int] | None
    family: str | None
    paragraph: int
    sentence: int
    modality: str = "actual"  # "actual" or "target" (plans, requirements: 不少于, 力争…)

    def __init__(
        self,
        id: str,
        mention: Mention,
        metric: str | None,
        label: str | None,
        cue: str | None,
        cue_span: tuple[int, int] | None,
        family: str | None,
        paragraph: int,
        sentence: int,
        modality: str = "actual",
    ) -> None:
        self.id = id
        self.mention = mention
        self.metric = metric
        self.label = label
        self.cue = cue
        self.cue_span = cue_span
        self.family = family
        self.paragraph = paragraph
        self.sentence = sentence
        self.modality = modality
        self.start: int = mention.start
        self.end: int = mention.end
        self.q: Quantity = mention.quantity  # type: ignore[assignment]  # (facts are made of quantities)

    def move(self, mention: Mention) -> None:
        """Give the fact another mention (its span in the source: remap.py)."""
        self.mention, self.start, self.end, self.q = mention, mention.start, mention.end, mention.quantity  # type: ignore[assignment]


@dataclass
class Group:
    """A structure the text states between facts: a breakdown (total … 其中 parts), a share (占…的X%),
    an enumeration, a before/after pair. Generic rules check these even when metrics are unknown."""

    kind: str
    facts: dict[str, list[str]]  # role -> fact ids, e.g. {"total": ["f3"], "parts": ["f4", "f5"]}
    span: tuple[int, int]
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evidence:
    start: int
    end: int
    text: str
    fact: str | None = None
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.fact is not None:
            d["fact"] = self.fact
        if self.role is not None:
            d["role"] = self.role
        return d


@dataclass
class Suspect:
    fact: str
    text: str
    fix: str  # the value that would make every rule hold, e.g. "7"
    score: float
    hint: str | None = None  # e.g. "数字颠倒 (25↔52)"

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "fact": self.fact,
            "text": self.text,
            "fix": self.fix,
            "score": round(self.score, 3),
        }
        if self.hint:
            d["hint"] = self.hint
        return d


@dataclass
class Finding:
    rule: str
    severity: Severity
    message: str
    facts: list[str]
    evidence: list[Evidence]
    expected: str | None
    observed: str | None
    title: str = ""
    kind: str = ""
    definition: str | None = None  # which registered definition of a rate matched (or was tried)
    suspects: list[Suspect] = field(default_factory=list)
    corroborated_by: dict[str, list[str]] = field(default_factory=dict)
    fingerprint: str = ""
    message_en: str = ""

    @property
    def start(self) -> int:
        return min((e.start for e in self.evidence), default=0)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "title": self.title,
            "kind": self.kind,
            "message": self.message,
            "message_en": self.message_en,
            "facts": self.facts,
            "evidence": [e.to_json() for e in self.evidence],
            "expected": self.expected,
            "observed": self.observed,
        }
        if self.definition:
            d["definition"] = self.definition
        if self.suspects:
            d["suspects"] = [s.to_json() for s in self.suspects]
        if self.corroborated_by:
            d["corroborated_by"] = self.corroborated_by
        if self.fingerprint:
            d["fingerprint"] = self.fingerprint
        return d


@dataclass
class Document:
    doc_id: str
    path: str
    text: str | None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Binding:
    """A rule bound to facts (kept for --verbose: which relations were checked and held)."""

    rule: str
    facts: list[str]
    holds: bool
    detail: str = ""  # the definition that held (or was tried)
    relation: Any = None  # expr.Relation: what was tested, for error localisation
    keys: dict[str, str] = field(default_factory=dict)  # relation key -> fact id
    severity: str | None = None  # of the finding it raised (None: it held)
    fixed: dict[str, Any] = field(default_factory=dict)  # relation key -> Interval for unstated figures
    settled_by: str = ""  # it failed, but another rule's check of the same rate held (verdicts.py)


@dataclass
class DocResult:
    doc: Document
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    bindings: list[Binding] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "error" if self.doc.error is not None else "checked"
