"""The quality scoreboard on annotated real text (fixtures/corpus/, the seeds' fixtures/gold/): the
measures of ../shared/eval/score.py, computed in one process.

  anomalies found   annotated inconsistent relations with an error or warning on their figures
  false alarms      errors and warnings on consistent relations only, plus those on no relation
  edits caught      copies with one number edited (the annotation's `mutations`, tier `core`): a new
                    error or warning on the edited characters

Relations are JSON lines (see fixtures/gold/README.md); a relation is found in its document by its
verbatim `quote`, an edit by its `find` string, as the scoreboard does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .model import DocResult, Document, Finding

FLAG = ("error", "warning")


@dataclass
class Score:
    anomalies: int = 0
    anomalies_found: int = 0
    false_alarms: list[tuple[str, str]] = field(default_factory=list)  # (doc, message)
    unexplained: list[tuple[str, str]] = field(default_factory=list)
    edits: dict[str, list[int]] = field(default_factory=lambda: {"core": [0, 0], "stretch": [0, 0]})
    missed_anomalies: list[str] = field(default_factory=list)
    missed_edits: list[str] = field(default_factory=list)

    @property
    def flags_wrong(self) -> int:
        return len(self.false_alarms) + len(self.unexplained)

    def line(self) -> str:
        core, stretch = self.edits["core"], self.edits["stretch"]
        return (
            f"found {self.anomalies_found}/{self.anomalies} | false alarms {self.flags_wrong} | "
            f"edits caught {core[0]}/{core[1]} core, {stretch[0]}/{stretch[1]} stretch"
        )


def _flagged(findings: list[Finding], start: int, end: int) -> list[Finding]:
    return [
        f for f in findings if f.severity in FLAG and any(e.start < end and start < e.end for e in f.evidence)
    ]


def _signature(f: Finding) -> tuple[str, tuple[str, ...]]:
    return f.rule, tuple(sorted(e.text for e in f.evidence))


def score(docs_dir: Path, relations: Path, check: Callable[[Document], DocResult]) -> Score:
    """Score `check` (a Checker's check_document) on the documents of `docs_dir` (*.txt) against the
    annotated relations."""
    gold = [json.loads(line) for line in relations.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(docs_dir.glob("*.txt"))}
    results = {k: check(Document(k, f"{k}.txt", t)).findings for k, t in texts.items()}
    regions: dict[str, list[tuple[int, int, dict[str, object]]]] = {}
    for g in gold:
        s = texts[g["doc"]].find(g["quote"])
        regions.setdefault(g["doc"], []).append((s, s + len(g["quote"]), g))
    out = Score()
    for g in gold:
        if g["verdict"] != "inconsistent":
            continue
        out.anomalies += 1
        s = texts[g["doc"]].find(g["quote"])
        if _flagged(results[g["doc"]], s, s + len(g["quote"])):
            out.anomalies_found += 1
        else:
            out.missed_anomalies.append(f"{g['doc']}: {g['quote'][:60]}")
    for k, findings in results.items():
        for f in findings:
            if f.severity not in FLAG:
                continue
            near = [
                g for s, e, g in regions.get(k, []) if any(ev.start < e and s < ev.end for ev in f.evidence)
            ]
            if any(g["verdict"] != "consistent" for g in near):
                continue
            (out.false_alarms if near else out.unexplained).append((k, f.message))
    for g in gold:
        for m in g.get("mutations", []):
            text = texts[g["doc"]]
            pos = text.find(m["find"])
            edited = text[:pos] + m["replace"] + text[pos + len(m["find"]) :]
            before = {_signature(f) for f in results[g["doc"]]}
            new = [
                f
                for f in _flagged(
                    check(Document(g["doc"], f"{g['doc']}.txt", edited)).findings,
                    pos,
                    pos + len(m["replace"]),
                )
                if _signature(f) not in before
            ]
            tally = out.edits[m["tier"]]
            tally[1] += 1
            tally[0] += bool(new)
            if not new and m["tier"] == "core":
                out.missed_edits.append(f"{g['doc']}: {m['find']!r} → {m['replace']!r}")
    return out
