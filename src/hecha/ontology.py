"""The metric ontology (schemas/metrics.yaml): families, metrics, aliases, and their matchers."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from .resources import data_dir
from .shape import ShapeError, line_of, schema, validate

GAP = r"[^\d%，,；;。！？：:\n]{0,14}?"
UNIT_KINDS = ("count", "money", "percent", "ratio")


class OntologyError(ValueError):
    pass


@dataclass(frozen=True)
class Metric:
    key: str
    family: str
    measure: str
    label: str  # Chinese label of the measure, e.g. 审结
    unit: str  # count | money | percent | ratio (复议诉讼比 2.6:1)
    aliases: tuple[str, ...]
    bounded: bool = True
    units: frozenset[str] | None = None  # count units accepted (None: any but durations and levels)
    family_label: str = ""  # the family's Chinese label, e.g. 行政复议

    def accepts(self, mention_kind: str, unit: str) -> bool:
        """Can a figure of this kind and unit measure this metric?"""
        if mention_kind != self.unit:
            return False
        if self.unit != "count":
            return unit in ("%", "元") if self.unit in ("percent", "money") else True
        if self.units is not None:
            return unit in self.units
        return unit not in NON_METRIC_UNITS

    @cached_property  # (asked for every figure named: the fields never change)
    def full_label(self) -> str:
        return f"{self.family_label or self.family}·{self.label}"


# Durations, levels, multiples and measures of length or area are never the counts rules speak of.
NON_METRIC_UNITS = frozenset(
    {"年", "天", "个月", "小时", "级", "倍", "米", "公里", "平方米", "亩", "吨", "个百分点"}
)


class FirstCharIndex:
    """Where any of many alternatives (regex sources, in priority order) matches, at every position.

    A single alternation tried at every position of the text is slow in Python's re: it has no index
    by first character and tries each alternative in turn. Here the alternatives are grouped by their
    first character (each must begin with a literal one) and a character-class regex, which re scans
    for in C, finds the candidate positions; a candidate must also be followed by a second (and a
    third) literal character of some alternative, where every alternative has one. At each candidate
    only the alternatives that begin with that character are tried, in the same order, so the first
    one to match is the one the full alternation would have chosen there."""

    # what `spans` cannot read an alternative with (then `spans` is `matches`): what makes its match
    # depend on the text around it (lookarounds, anchors, word boundaries, backreferences), or an
    # alternation of its own (its first character would not begin each branch); looked for outside
    # escapes and character classes ([^\d，] is no anchor)
    _UNSPLIT = re.compile(r"\(\?[=!<]|\(\?P=|[\^$|]")
    _UNSPLIT_ESCAPE = re.compile(r"\\[bBAZ1-9]")
    _ESCAPE_OR_CLASS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]", re.S)

    def __init__(self, alternatives: list[str], per_bucket: int = 24) -> None:
        by_first: dict[str, list[int]] = {}
        any_second: set[str] = set()  # first characters of alternatives without a literal second one
        seconds: set[str] = set()  # second characters of alternatives with no literal third one
        seconds_thirds: tuple[set[str], set[str]] = (set(), set())  # those of the others
        for i, alt in enumerate(alternatives):
            lit = _literal_head(alt)
            if not lit:
                raise ValueError(f"alternative does not begin with a literal character: {alt!r}")
            by_first.setdefault(lit[0], []).append(i)
            if len(lit) == 1:
                any_second.add(lit[0])
            elif len(lit) == 2:
                seconds.add(lit[1])
            else:
                seconds_thirds[0].add(lit[1])
                seconds_thirds[1].add(lit[2])
        self.index = {f"a{i}": i for i in range(len(alternatives))}  # group name → alternative
        # compiled on first use (see `group`): `spans` needs one only for a text it has not seen
        self._group_sources = {
            c: "|".join(f"(?P<a{i}>{alternatives[i]})" for i in idx) for c, idx in by_first.items()
        }
        self._groups: dict[str, re.Pattern[str]] = {}
        # for _which_matched: each first character's alternatives in order, with the text a plain one
        # (an escaped literal) matches, else None (its own regex is compiled when first needed)
        self._alternatives = alternatives
        self._by_first: dict[str, list[tuple[int, str | None]]] = {}
        for c, idx in by_first.items():
            plain = []
            for i in idx:
                lit = _literal_head(alternatives[i])
                plain.append((i, lit if re.escape(lit) == alternatives[i] else None))
            self._by_first[c] = plain
        self._one_alt: dict[int, re.Pattern[str]] = {}

        def cls(chars: set[str]) -> str:
            return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

        # (any second character) × (any third character) is loose, but two character classes drop four
        # candidates in ten of the aliases and keywords, each a Python step and a regex match saved
        follow = [cls(seconds)] if seconds else []
        if seconds_thirds[0]:
            follow.append(cls(seconds_thirds[0]) + cls(seconds_thirds[1]))
        follow_re = "(?=" + "|".join(follow) + ")" if follow else "(?!)"
        firsts = cls(set(by_first))
        anys = f"(?<={cls(any_second)})|" if any_second else ""
        self._candidates_source = f"{firsts}(?:{anys}{follow_re})"
        self._candidates: re.Pattern[str] | None = None  # compiled if `matches` is used (see below)
        # `spans`: at a candidate, the alternatives of its first character tried in the same regex (one
        # group, the text matched), which alternative it was read from that text (see spans)
        self._one: re.Pattern[str] | None = None
        self._which: dict[str, int] = {}
        if all(self._splittable(a) for a in alternatives):
            trie = self._trie(alternatives, by_first, per_bucket)
            self._one = re.compile(f"{self._candidates_source}(?<=(?=({trie}))(?s:.))")

    @property
    def candidates(self) -> re.Pattern[str]:
        """Where an alternative can begin (its first character, and a second and third of some
        alternative of that character): compiled when first asked for, as `spans` and the ontology's
        hits use `_one`, which begins with it, when there is one."""
        if self._candidates is None:
            self._candidates = re.compile(self._candidates_source)
        return self._candidates

    def group(self, first: str) -> re.Pattern[str]:
        """The alternatives beginning with `first`, in order, one named group each."""
        got = self._groups.get(first)
        if got is None:
            got = self._groups[first] = re.compile(self._group_sources[first])
        return got

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(index of the alternative, its match) at every position where one matches."""
        out = []
        group, index = self.group, self.index
        for c in self.candidates.finditer(text):
            m = group(c.group()).match(text, c.start())
            if m is not None:
                out.append((index[m.lastgroup], m))  # type: ignore[index]
        return out

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """(index of the alternative, start, end) of each of `matches`, found by one regex: at each
        candidate a lookbehind goes back to its first character and captures what the alternatives of
        that character, in order, match there (no match object with a group an alternative, no second
        call). Which alternative matched is the first of its character's to match all of the captured
        text: an earlier one that could would have matched at the candidate (no alternative looks at
        what is around it, or the plain `matches` is used), and the one that matched can."""
        one = self._one
        if one is None:
            return [(i, m.start(), m.end()) for i, m in self.matches(text)]
        which = self._which
        out = []
        for m in one.finditer(text):
            found = m.group(1)
            i = which.get(found)
            if i is None:
                i = self._which_matched(found)
            p = m.start()
            out.append((i, p, p + len(found)))
        return out

    def _which_matched(self, found: str) -> int:
        # the alternatives of its first character in order, each to match all of it: the first that can
        # (what group(found[0]).fullmatch(found) names: that alternation backtracks into the next
        # alternative until one matches all of it), a plain one by comparing the text, without the
        # character's whole alternation compiled for it
        for i, lit in self._by_first[found[0]]:
            if lit is not None:
                if lit == found:
                    break
                continue
            pat = self._one_alt.get(i)
            if pat is None:
                pat = self._one_alt[i] = re.compile(self._alternatives[i])
            if pat.fullmatch(found) is not None:
                break
        else:
            raise AssertionError(f"no alternative matches {found!r}")
        if len(self._which) >= 100_000:  # bounded: texts matched by alternatives with gaps vary
            self._which.clear()
        self._which[found] = i
        return i

    @classmethod
    def _trie(cls, alternatives: list[str], by_first: dict[str, list[int]], per_bucket: int) -> str:
        """The alternatives as one alternation, each first character's behind it in their order. re
        tries the branches of an alternation in turn, so a candidate no alternative matches at costs
        one quick test a first character; with many of them, those whose alternatives all have a
        literal second character are put in buckets of about `per_bucket` (a class, one quick test a
        bucket) and, in a bucket, behind their second characters (one quick test each), a lookbehind
        telling which first character it was. Alternatives of different first characters cannot match
        at one position, nor, of one, those of different second characters: every match is the same."""
        lits = [_literal_head(a) for a in alternatives]
        rest = cls._rest

        def behind(c: str, idx: list[int]) -> str:
            return re.escape(c) + "(?:" + "|".join(rest(alternatives[i]) for i in idx) + ")"

        loose = [c for c, idx in by_first.items() if any(len(lits[i]) < 2 for i in idx)]
        firm = [c for c in by_first if c not in loose]
        buckets = len(firm) // per_bucket
        if buckets < 2:
            return "|".join(behind(c, idx) for c, idx in by_first.items())
        parts = [behind(c, by_first[c]) for c in loose]
        for bucket in (firm[j::buckets] for j in range(buckets)):
            by_second: dict[str, dict[str, list[int]]] = {}
            for c in bucket:
                for i in by_first[c]:
                    by_second.setdefault(lits[i][1], {}).setdefault(c, []).append(i)
            seconds = "|".join(
                re.escape(d)
                + "(?:"
                + "|".join(
                    f"(?<={re.escape(c + d)})(?:" + "|".join(rest(rest(alternatives[i])) for i in idx) + ")"
                    for c, idx in firsts.items()
                )
                + ")"
                for d, firsts in by_second.items()
            )
            parts.append("[" + "".join(re.escape(c) for c in bucket) + "](?:" + seconds + ")")
        return "|".join(parts)

    @classmethod
    def _splittable(cls, pattern: str) -> bool:
        if cls._UNSPLIT_ESCAPE.search(pattern):
            return False
        return cls._UNSPLIT.search(cls._ESCAPE_OR_CLASS.sub("", pattern)) is None

    @staticmethod
    def _rest(pattern: str) -> str:
        """A regex source without its first (literal) character."""
        return pattern[2:] if pattern[0] == "\\" else pattern[1:]


def _literal_head(pattern: str) -> str:
    """The literal characters a regex source begins with (re.escape'd text followed by anything)."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            out.append(pattern[i + 1])
            i += 2
        elif c in ".^$*+?{}[]()|\\":
            break
        else:
            out.append(c)
            i += 1
    if out and i < len(pattern) and pattern[i] in "*?{":
        out.pop()  # the last character is repeated or optional: not a fixed prefix
    return "".join(out)


@dataclass(slots=True)
class AliasHit:
    start: int
    end: int
    alias: str
    metrics: tuple[str, ...]
    literal_len: int


@dataclass
class Ontology:
    families: dict[str, dict[str, Any]]
    metrics: dict[str, Metric]
    generic: frozenset[str] = frozenset()  # aliases resolved only within their topic
    light: frozenset[str] = frozenset()  # light-verb frames (作出…决定): an alias inside names it
    decoys: frozenset[str] = frozenset()  # words that hold an alias but name no figure (受理条件)
    alias_metrics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _kw_family: dict[str, list[str]] = field(default_factory=dict)
    _cue_memo: dict[tuple[str, str, str, str], tuple[str | None, dict[str, str]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_alias: dict[str, list[str]] = {}
        for m in self.metrics.values():
            for a in m.aliases:
                by_alias.setdefault(a, []).append(m.key)
        self.alias_metrics = {a: tuple(v) for a, v in by_alias.items()}
        # a decoy is matched like an alias (where it is the longest, no alias starts there) and dropped
        decoys = [d for d in self.decoys if d not in by_alias]
        aliases = sorted([*by_alias, *decoys], key=lambda a: (-len(a.replace("…", "")), a))
        alts = [self._alias_pattern(a) for a in aliases]
        self._alias_order = aliases
        self._alias_info = [(a, self.alias_metrics.get(a, ()), len(a.replace("…", ""))) for a in aliases]
        # aliases never start with a gap (checked when loading): each begins with a literal character
        self._alias_index = FirstCharIndex(alts)
        kws: dict[str, list[str]] = {}
        for fam, spec in self.families.items():
            for k in map(str, spec.get("keywords", [])):
                kws.setdefault(k, []).append(fam)
        self._kw_family = kws
        self._kw_order = sorted(kws, key=lambda k: (-len(k), k))
        self._kw_families = [tuple(kws[k]) for k in self._kw_order]
        self._kw_index = FirstCharIndex([re.escape(k) for k in self._kw_order])
        # every family keyword, longest first (the words that name a field, not what a figure counts)
        self.keyword_re = re.compile("|".join(re.escape(k) for k in self._kw_order) or "(?!)")

    @staticmethod
    def _alias_pattern(alias: str) -> str:
        return GAP.join(re.escape(p) for p in alias.split("…"))

    def alias_hits(self, norm_text: str) -> list[AliasHit]:
        """Every alias occurrence (at most one per start position: the longest alias there), none inside
        a decoy (审查逮捕 names a review, and the 逮捕 in it no arrest)."""
        info = self._alias_info
        hits = []
        index = self._alias_index
        decoy_end = 0
        if index._one is None:
            for i, s, e in index.spans(norm_text):
                alias, metrics, literal_len = info[i]
                if not metrics:
                    decoy_end = max(decoy_end, e)
                elif s >= decoy_end:
                    hits.append(AliasHit(s, e, alias, metrics, literal_len))
            return hits
        which = index._which
        for m in index._one.finditer(norm_text):  # FirstCharIndex.spans, without a list between
            found = m.group(1)
            k = which.get(found)
            if k is None:
                k = index._which_matched(found)
            alias, metrics, literal_len = info[k]
            s = m.start()
            if not metrics:
                decoy_end = max(decoy_end, s + len(found))
            elif s >= decoy_end:
                hits.append(AliasHit(s, s + len(found), alias, metrics, literal_len))
        return hits

    def keyword_hits(self, norm_text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """Every keyword occurrence (at most one per start position: the longest keyword there)."""
        families = self._kw_families
        index = self._kw_index
        if index._one is None:
            return [(s, e, families[i]) for i, s, e in index.spans(norm_text)]
        which = index._which
        out = []
        for m in index._one.finditer(norm_text):  # FirstCharIndex.spans, without a list between
            found = m.group(1)
            i = which.get(found)
            if i is None:
                i = index._which_matched(found)
            s = m.start()
            out.append((s, s + len(found), families[i]))
        return out

    def cue_reading(
        self, alias: str, cue_text: str, kind: str, unit: str
    ) -> tuple[str | None, dict[str, str]]:
        """What a cue's own words say of a figure of this kind and unit: the metric when they hold a
        keyword of one of its candidate families, else None and the candidates by family (the topic
        decides). Memoised: a text repeats the same cues, and a run repeats them across texts."""
        key = (alias, cue_text, kind, unit)
        got = self._cue_memo.get(key)
        if got is None:
            cands = [k for k in self.alias_metrics[alias] if self.metrics[k].accepts(kind, unit)]
            fams = {self.metrics[k].family: k for k in cands}
            named = next(
                (k for fam, k in fams.items() if any(kw in cue_text for kw in self.family_keywords(fam))),
                None,
            )
            if len(self._cue_memo) >= 100_000:  # bounded: cues with gaps (…) vary with the text
                self._cue_memo.clear()
            got = self._cue_memo[key] = (named, fams)
        return got

    def family_keywords(self, family: str) -> list[str]:
        return list(self.families.get(family, {}).get("keywords", []))

    def label(self, key: str | None) -> str | None:
        if key is None:
            return None
        m = self.metrics.get(key)
        return m.full_label if m else None


def _read(path: Path) -> tuple[dict[str, Any], str]:
    """One ontology file, read and checked against schemas/metrics.schema.json (declared once there):
    a typo is named with its file and line."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise OntologyError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise OntologyError(f"{path}: cannot read: {e}") from e
    try:
        validate(raw, schema("metrics"))
    except ShapeError as e:
        raise _at(path, text, e.path, e.problem) from e
    return raw, text


def _at(path: Path, text: str, where: tuple[str | int, ...], problem: str) -> OntologyError:
    line = line_of(text, where)
    return OntologyError(f"{path}{f':{line}' if line else ''}: {problem}")


def _load(paths: list[Path]) -> Ontology:
    """The bundled ontology and the extra files after it (hecha.toml `ontology = [...]`): an extra file
    adds families, keywords, unit classes and metrics; it may not redefine a metric or unit class."""
    read = [(p, *_read(p)) for p in paths]
    families: dict[str, dict[str, Any]] = {}
    classes: dict[str, list[str]] = {}
    generic: set[str] = set()
    light: set[str] = set()
    decoys: set[str] = set()
    for path, raw, text in read:
        for fam, spec in raw.get("families", {}).items():
            if fam in families:
                families[fam] = {
                    **families[fam],
                    "keywords": [*families[fam].get("keywords", []), *spec.get("keywords", [])],
                }
            else:
                families[fam] = dict(spec)
        for name, units in raw.get("unit_classes", {}).items():
            if name in classes:
                raise _at(path, text, ("unit_classes", name), f"unit class {name!r} is defined already")
            classes[name] = list(units)
        generic.update(str(a) for a in raw.get("generic_aliases", []))
        light.update(str(a) for a in raw.get("light_frames", []))
        decoys.update(str(a) for a in raw.get("not_aliases", []))
    metrics: dict[str, Metric] = {}
    for path, raw, text in read:
        for fam, measures in raw["metrics"].items():
            _add_family(metrics, fam, measures, families, classes, path, text)
    return Ontology(
        families=families,
        metrics=metrics,
        generic=frozenset(generic),
        light=frozenset(light),
        decoys=frozenset(decoys),
    )


def _add_family(
    metrics: dict[str, Metric],
    fam: str,
    measures: dict[str, Any],
    families: dict[str, dict[str, Any]],
    classes: dict[str, list[str]],
    path: Path,
    text: str,
) -> None:
    if fam not in families:
        near = difflib.get_close_matches(str(fam), list(families), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise _at(path, text, ("metrics", fam), f"metrics for unknown family {fam!r}{hint}")
    for measure, spec in measures.items():
        key = f"{fam}.{measure}"
        if key in metrics:
            raise _at(path, text, ("metrics", fam, measure), f"metric {key} is defined already")
        aliases = tuple(spec["aliases"])
        bad = [a for a in aliases if not a.strip("…") or a.startswith("…") or a.endswith("…")]
        if bad:
            raise _at(
                path,
                text,
                ("metrics", fam, measure, "aliases"),
                f"{key}: an alias cannot be empty or begin or end with a gap: {bad}",
            )
        units: frozenset[str] | None = None
        if "units" in spec:
            unknown = [c for c in spec["units"] if c not in classes]
            if unknown:
                raise _at(
                    path, text, ("metrics", fam, measure, "units"), f"{key}: unknown unit classes {unknown}"
                )
            units = frozenset(u for c in spec["units"] for u in classes[c])
        metrics[key] = Metric(
            key=key,
            family=fam,
            measure=measure,
            label=spec["label"],
            unit=spec["unit"],
            aliases=aliases,
            bounded=bool(spec.get("bounded", True)),
            units=units,
            family_label=families[fam]["label"],
        )


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None, extra: tuple[str, ...] = ()) -> Ontology:
    """The bundled ontology (or the one at `path`) and `extra` files added to it."""
    base = Path(path) if path else data_dir("schemas") / "metrics.yaml"
    return _load([base, *map(Path, extra)])
