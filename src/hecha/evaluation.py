"""Measure the number grammar against annotated mentions (fixtures/gold/seed_mentions.jsonl), and
against a peer's test suite where it is present (see score_peer_percent, score_peer_numbers).

A gold quantity is *hit* when a recognised quantity overlaps it with the same value; its interval is
right when the qualifier bound agrees (gold low/high ignore rounding, so only the open sides and the
stated bound are compared). Non-quantities (years, dates, ordinals…) must not become quantities.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import QUANTITY_KINDS, Mention, Quantity
from .numbers import scan


@dataclass
class MentionScore:
    gold_quantities: int
    hit: int
    interval_ok: int
    facts: int
    good: int
    gold_nonq: int
    nonq_taken: int

    @property
    def recall(self) -> float:
        return self.hit / self.gold_quantities if self.gold_quantities else 0.0

    @property
    def precision(self) -> float:
        return self.good / self.facts if self.facts else 0.0

    @property
    def nonq_rate(self) -> float:
        return self.nonq_taken / self.gold_nonq if self.gold_nonq else 0.0


def _same_value(m: Mention, g: dict[str, object]) -> bool:
    assert m.quantity is not None
    w = float(g["value"])  # type: ignore[arg-type]
    return abs(m.quantity.value - w) <= 1e-6 * max(1.0, abs(w))


def _interval_ok(m: Mention, g: dict[str, object]) -> bool:
    q = m.quantity
    assert q is not None
    if g["qualifier"] == "about":
        return q.qualifier == "about"
    if g["qualifier"] == ">=":
        return q.high is None and q.low is not None and abs(q.low - float(g["low"])) < 1e-6  # type: ignore[arg-type]
    if g["qualifier"] == "<=":
        return q.low in (None, 0.0) and q.high is not None and abs(q.high - float(g["high"])) < 1e-6  # type: ignore[arg-type]
    return q.qualifier == "=" and q.low is not None and q.high is not None and q.low <= q.value <= q.high


def score_mentions(seeds: Path, gold_path: Path) -> MentionScore:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    gold = [g for g in gold if g["doc"] in texts]
    s = MentionScore(0, 0, 0, 0, 0, 0, 0)
    for doc, text in texts.items():
        ms = [m for m in scan(text) if m.quantity is not None]
        g_doc = [g for g in gold if g["doc"] == doc]
        s.facts += len(ms)
        for g in g_doc:
            over = [m for m in ms if m.start < g["end"] and g["start"] < m.end]
            if g["kind"] in QUANTITY_KINDS:
                s.gold_quantities += 1
                same = [m for m in over if _same_value(m, g)]
                if same:
                    s.hit += 1
                    s.interval_ok += _interval_ok(same[0], g)
            else:
                s.gold_nonq += 1
                s.nonq_taken += bool(over)
        s.good += sum(
            1
            for m in ms
            if any(
                g["kind"] in QUANTITY_KINDS
                and m.start < g["end"]
                and g["start"] < m.end
                and _same_value(m, g)
                for g in g_doc
            )
        )
    return s


# ---------------------------------------------------------------------------------------------------
# Agreement with a peer's suite: Microsoft Recognizers-Text's Chinese number specifications (MIT),
# kept outside the repository (../shared/peer/recognizers-text). hecha reads only quantities, so a
# numeral it sets aside is by design; a figure it reads with another value is a disagreement.

PEER_SPECS = Path("Specs") / "Number" / "Chinese"
PROBE_UNIT = "件"  # NumberModel numerals are bare: each is read again with a unit after it


@dataclass
class PeerScore:
    model: str
    figures: int = 0  # figures the peer finds
    same: int = 0  # hecha reads the same value
    within: int = 0  # hecha reads an interval holding the peer's value (20~100, 二三十, 十几)
    set_aside: int = 0  # hecha reads no quantity there
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (input, peer's, hecha's)
    extra: list[tuple[str, str]] = field(default_factory=list)  # hecha's figures the peer does not find


def find_peer_suite(start: Path) -> Path | None:
    """The peer's suite in `shared/peer/recognizers-text` beside `start` or one of its parents."""
    for folder in (start, *start.parents):
        suite = folder / "shared" / "peer" / "recognizers-text"
        if (suite / PEER_SPECS).is_dir():
            return suite
    return None


def _peer_cases(suite: Path, model: str) -> list[dict[str, Any]]:
    path = suite / PEER_SPECS / f"{model}.json"
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(cases, list):
        raise ValueError(f"{path}: expected a list of cases")
    return cases


def _in_peer_terms(q: Quantity, percent_model: bool) -> tuple[float, float | None, float | None]:
    """hecha's value and bounds as the peer states them: percentages in percent for PercentModel,
    as plain fractions for NumberModel (三分之一 is 33.3% to hecha, 0.333 to the peer)."""
    k = 0.01 if q.unit == "%" and not percent_model else 1.0
    high = q.high if q.high is not None else q.cap
    return (
        q.value * k,
        None if q.low is None else q.low * k,
        None if high is None else high * k,
    )


def _verdict(quantities: list[Quantity], expected: float, percent_model: bool) -> str:
    """same, within, aside or wrong: how hecha's quantities over one peer figure read it."""
    if not quantities:
        return "aside"
    readings = [_in_peer_terms(q, percent_model) for q in quantities]
    if all(math.isclose(v, expected, rel_tol=1e-6, abs_tol=1e-12) for v, _, _ in readings):
        return "same"
    intervals = all(q.qualifier == "range" or q.cap is not None for q in quantities)
    if intervals and all(
        lo is not None and hi is not None and lo <= expected <= hi for _, lo, hi in readings
    ):
        return "within"
    return "wrong"


def _quantities(ms: list[Mention]) -> list[Quantity]:
    return [m.quantity for m in ms if m.quantity is not None]


def _shown(ms: list[Mention]) -> str:
    return "、".join(f"{m.text}={q.value:g}" for m in ms if (q := m.quantity) is not None) or "-"


def _tally(score: PeerScore, verdict: str, item: tuple[str, str, str]) -> None:
    score.figures += 1
    if verdict == "same":
        score.same += 1
    elif verdict == "within":
        score.within += 1
    elif verdict == "aside":
        score.set_aside += 1
    else:
        score.wrong.append(item)


def _peer_value(result: dict[str, Any]) -> float:
    return float(str(result["Resolution"]["value"]).rstrip("%"))


def score_peer_percent(suite: Path) -> PeerScore:
    """PercentModel: each input scanned as it is; each figure the peer finds compared with hecha's
    quantities over it."""
    score = PeerScore("PercentModel")
    for case in _peer_cases(suite, "PercentModel"):
        text = case["Input"]
        quantities = [m for m in scan(text) if m.quantity is not None]
        covered: set[int] = set()
        for r in case["Results"]:
            start, end = r["Start"], r["End"] + 1  # the peer's end is inclusive
            over = [m for m in quantities if m.start < end and start < m.end]
            covered.update(id(m) for m in over)
            expected = _peer_value(r)
            _tally(
                score,
                _verdict(_quantities(over), expected, True),
                (text, f"{r['Text']}={expected:g}%", _shown(over)),
            )
        score.extra += [(text, _shown([m])) for m in quantities if id(m) not in covered]
    return score


def score_peer_numbers(suite: Path) -> PeerScore:
    """NumberModel under a unit probe: each numeral the peer finds, followed by 件, is scanned alone
    (hecha reads only figures with a unit, so the bare numerals would all be set aside)."""
    score = PeerScore(f"NumberModel (each numeral + {PROBE_UNIT})")
    for case in _peer_cases(suite, "NumberModel"):
        text = case["Input"]
        for r in case["Results"]:
            probe = text[r["Start"] : r["End"] + 1] + PROBE_UNIT
            quantities = [m for m in scan(probe) if m.quantity is not None]
            expected = _peer_value(r)
            _tally(
                score,
                _verdict(_quantities(quantities), expected, False),
                (probe, f"{expected:g}", _shown(quantities)),
            )
    return score


def peer_agreement(suite: Path) -> list[PeerScore]:
    """hecha against the peer's PercentModel and NumberModel (under the unit probe)."""
    return [score_peer_percent(suite), score_peer_numbers(suite)]
