"""Fingerprints, baselines and the CI gate.

A finding's fingerprint must survive edits elsewhere in the document (a line inserted above, a
paragraph rewritten further down), so it never uses offsets or line numbers: it hashes the rule and,
for every evidence number, its text with its local context (up to 8 characters either side, within
the sentence, whitespace removed). Identical fingerprints within a document (the same sentence twice)
are told apart by their order: `…-1`, `…-2`.

A baseline file lists accepted findings by (doc_id, fingerprint). `hecha check --baseline FILE`
reports them with `"baselined": true` and they do not fail the gate; any other finding still does.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .exitcodes import run_exit
from .model import SEVERITY_RANK, DocResult, Finding
from .safeopen import read_regular_text

FORMAT_VERSION = 1
CONTEXT = 8
_STOP = "。！？；;!?\n"
_WS_RE = re.compile(r"\s+")


class BaselineError(ValueError):
    pass


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    lo = start
    while lo > 0 and start - lo < CONTEXT and text[lo - 1] not in _STOP:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < CONTEXT and text[hi] not in _STOP:
        hi += 1
    return _WS_RE.sub("", text[lo:start]), _WS_RE.sub("", text[end:hi])


def _digest(finding: Finding, text: str | None) -> str:
    parts = [finding.rule]
    if finding.evidence:
        items = []
        for e in finding.evidence:
            before, after = _context(text, e.start, e.end) if text else ("", "")
            items.append(f"{_WS_RE.sub('', e.text)}\x1e{before}\x1e{after}")
        parts.extend(sorted(items))
    else:
        parts.append(finding.observed or "")
        parts.append(finding.expected or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def assign_fingerprints(res: DocResult) -> None:
    """Fill `fingerprint` on every finding of a document (in document order, for stable numbering)."""
    seen: Counter[str] = Counter()
    for f in res.findings:
        h = _digest(f, res.doc.text)
        seen[h] += 1
        f.fingerprint = h if seen[h] == 1 else f"{h}-{seen[h]}"


@dataclass(frozen=True)
class Baseline:
    keys: frozenset[tuple[str, str]]

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            raw = json.loads(read_regular_text(path))  # a FIFO is refused, never opened blocking
        except OSError as e:
            raise BaselineError(f"{path}: cannot read baseline: {e.strerror or e}") from e
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise BaselineError(f"{path}: not a hecha baseline (invalid JSON: {e})") from e
        except RecursionError as e:
            raise BaselineError(f"{path}: not a hecha baseline (JSON nested too deeply)") from e
        if not isinstance(raw, dict) or not isinstance(raw.get("findings"), list):
            raise BaselineError(f"{path}: not a hecha baseline (expected an object with 'findings')")
        keys = set()
        for i, item in enumerate(raw["findings"]):
            if not isinstance(item, dict) or not {"doc_id", "fingerprint"} <= item.keys():
                raise BaselineError(f"{path}: findings[{i}] needs doc_id and fingerprint")
            keys.add((str(item["doc_id"]), str(item["fingerprint"])))
        return cls(frozenset(keys))


def baseline_json(report: dict[str, Any]) -> str:
    """The baseline file accepting every finding of `report`."""
    items = [
        {
            "doc_id": d["doc_id"],
            "rule": f["rule"],
            "fingerprint": f["fingerprint"],
            "severity": f["severity"],
            "message": f["message"],
        }
        for d in report["documents"]
        for f in d["findings"]
    ]
    items.sort(key=lambda x: (x["doc_id"], x["rule"], x["fingerprint"]))
    data = {"tool": "hecha", "format": FORMAT_VERSION, "findings": items}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def apply_baseline(report: dict[str, Any], baseline: Baseline) -> None:
    """Mark baselined findings (`"baselined": true`) and count them in the summary."""
    matched: set[tuple[str, str]] = set()
    for d in report["documents"]:
        matched |= mark_document(d, baseline)
    flags = [f["baselined"] for d in report["documents"] for f in d["findings"]]
    report["summary"].update(baseline_summary(len(flags), sum(flags), matched, baseline))


def mark_document(doc: dict[str, Any], baseline: Baseline) -> set[tuple[str, str]]:
    """Mark one document object's findings (`"baselined"`); returns the baseline keys it matched."""
    matched = set()
    for f in doc["findings"]:
        key = (doc["doc_id"], f.get("fingerprint", ""))
        f["baselined"] = key in baseline.keys
        if f["baselined"]:
            matched.add(key)
    return matched


def baseline_summary(
    findings: int, baselined: int, matched: set[tuple[str, str]], baseline: Baseline
) -> dict[str, int]:
    """The summary's baseline counts: accepted findings, new ones, accepted ones no longer found."""
    return {
        "baselined": baselined,
        "new": findings - baselined,
        "baseline_unmatched": len(baseline.keys - matched),
    }


def gate_exit(report: dict[str, Any], fail_on: str) -> int:
    """0 ok, 1 a new (not baselined) finding at or above `fail_on`, 3 some input unreadable, 4 hecha
    failed on some document (exitcodes.py)."""
    worst = max(
        (
            SEVERITY_RANK[f["severity"]]
            for d in report["documents"]
            for f in d["findings"]
            if not f.get("baselined")
        ),
        default=0,
    )
    floor = None if fail_on == "never" else SEVERITY_RANK[fail_on]
    errors = (d["error"] if d["status"] == "error" else None for d in report["documents"])
    return run_exit(errors, worst, floor)
