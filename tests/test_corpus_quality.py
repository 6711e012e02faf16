"""Quality on real text, as the scoreboard measures it (../shared/eval/score.py): hecha on the 67
annotated passages of fixtures/corpus/ and on the seeds must not fall below the floors issue 13 set.
A regression test on what hecha reads and flags, not on time."""

from __future__ import annotations

from pathlib import Path

from hecha.pipeline import Checker
from hecha.scoreboard import score

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "corpus"

# issue 13's floors: at most 7 false alarms in the 67 passages, 8 of the 9 real anomalies, 129 of the
# 171 core edits (75%)
MAX_FALSE_ALARMS = 7
MIN_ANOMALIES = 8
MIN_CORE_EDITS = 129
# what hecha reached (2026-12-01: 0 false alarms, 9/9, 146/171), less a small margin for a trade of one
# edit against another: a change that loses more is a regression to explain, not noise
REACHED_FALSE_ALARMS = 1
REACHED_CORE_EDITS = 144


def test_real_passages(checker: Checker) -> None:
    s = score(CORPUS / "docs", CORPUS / "relations.jsonl", checker.check_document)
    print(s.line())  # pytest -s shows the scoreboard
    wrong = s.false_alarms + s.unexplained
    assert s.flags_wrong <= MAX_FALSE_ALARMS, wrong
    assert s.anomalies == 9 and s.anomalies_found >= MIN_ANOMALIES, s.missed_anomalies
    assert s.edits["core"][1] == 171 and s.edits["core"][0] >= MIN_CORE_EDITS, s.missed_edits
    # the ratchet: no worse than reached
    assert s.flags_wrong <= REACHED_FALSE_ALARMS and s.anomalies_found == 9, wrong
    assert s.edits["core"][0] >= REACHED_CORE_EDITS, s.missed_edits


def test_seed_reports(checker: Checker) -> None:
    s = score(
        ROOT / "fixtures" / "seeds",
        ROOT / "fixtures" / "gold" / "seed_relations.jsonl",
        checker.check_document,
    )
    print(s.line())
    assert s.flags_wrong == 0, s.false_alarms + s.unexplained
    assert (s.anomalies_found, s.anomalies) == (2, 2)
    assert s.edits["core"] == [18, 18], s.missed_edits
