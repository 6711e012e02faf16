"""Measure the number grammar against annotated mentions (fixtures/gold/seed_mentions.jsonl).

A gold quantity is *hit* when a recognised quantity overlaps it with the same value; its interval is
right when the qualifier bound agrees (gold low/high ignore rounding, so only the open sides and the
stated bound are compared). Non-quantities (years, dates, ordinals…) must not become quantities.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .model import QUANTITY_KINDS, Mention
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
