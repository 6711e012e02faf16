"""The report as plain data (the JSON contract in ../shared/spec/report-contract.md); every other
format is rendered from this dictionary, so the formats cannot disagree."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .. import __version__
from ..baseline import assign_fingerprints
from ..model import QUANTITY_KINDS, DocResult, Fact


def _num(x: float | None) -> float | int | None:
    if x is None or not math.isfinite(x):  # an unbounded interval end is null, never a crash
        return None
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return round(x, 6)


def fact_json(f: Fact) -> dict[str, Any]:
    m = f.mention
    q = m.quantity
    assert q is not None
    # most figures are exact (low = value = high) and have no cap: _num of an equal number of the same
    # type is the same (an int and a float from 1e15 up are not written alike)
    value, low, high, cap = q.value, q.low, q.high, q.cap
    v, t = _num(value), type(value)
    d: dict[str, Any] = {
        "id": f.id,
        "metric": f.metric,
        "label": f.label,
        "value": v,
        "low": v if low == value and type(low) is t else _num(low),
        "high": v if high == value and type(high) is t else _num(high),
        "unit": q.unit,
        "qualifier": q.qualifier,
        "cap": None if cap is None else _num(cap),
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "cue": f.cue,
        "family": f.family,
        "modality": f.modality,
    }
    return d


def coverage(res: DocResult) -> dict[str, Any]:
    """What was read and what was not: so a reviewer sees what was NOT checked."""
    kinds: Counter[str] = Counter(m.kind for m in res.mentions)
    with_metric = sum(1 for f in res.facts if f.metric)
    quantities = sum(kinds[k] for k in QUANTITY_KINDS)
    set_aside = {k: v for k, v in sorted(kinds.items()) if k not in QUANTITY_KINDS and k != "unread"}
    return {
        "mentions": sum(kinds.values()),
        "quantities": quantities,
        "with_metric": with_metric,
        "without_metric": quantities - with_metric,
        "non_quantities": sum(set_aside.values()),
        "set_aside": set_aside,
        "unread": kinds.get("unread", 0),
        "bound_in_rules": len({fid for b in res.bindings for fid in b.facts}),
    }


def document_json(res: DocResult, verbose: bool = False) -> dict[str, Any]:
    if any(not f.fingerprint for f in res.findings):
        assign_fingerprints(res)  # stable ids for baselines and SARIF (see baseline.py)
    d: dict[str, Any] = {
        "doc_id": res.doc.doc_id,
        "path": res.doc.path,
        "status": res.status,
        "error": res.doc.error,
        "facts": [fact_json(f) for f in res.facts],
        "findings": [f.to_json() for f in res.findings],
    }
    if res.status == "checked":
        d["coverage"] = coverage(res)
        d["groups"] = [
            {"kind": g.kind, "facts": g.facts, **({"attrs": g.attrs} if g.attrs else {})} for g in res.groups
        ]
    if verbose:
        d["bindings"] = [
            {
                "rule": b.rule,
                "facts": b.facts,
                "holds": b.holds,
                **({"definition": b.detail} if b.detail else {}),
                **({"settled_by": b.settled_by} if b.settled_by else {}),
            }
            for b in res.bindings
        ]
    if res.doc.meta:
        d["meta"] = res.doc.meta
    return d


def summarize(docs: list[dict[str, Any]]) -> dict[str, int]:
    sev = Counter(f["severity"] for d in docs for f in d["findings"])
    return {
        "documents": len(docs),
        "checked": sum(1 for d in docs if d["status"] == "checked"),
        "failed": sum(1 for d in docs if d["status"] == "error"),
        "error": sev.get("error", 0),
        "warning": sev.get("warning", 0),
        "info": sev.get("info", 0),
    }


def build_report(results: list[DocResult], verbose: bool = False) -> dict[str, Any]:
    return report_of([document_json(r, verbose) for r in results])


def report_of(docs: list[dict[str, Any]], rules: int | None = None) -> dict[str, Any]:
    """The report around document objects (document_json) already made; `rules`, how many rules ran,
    goes into the summary (a selection that runs nothing must show)."""
    summary: dict[str, int] = summarize(docs)
    if rules is not None:
        summary["rules"] = rules
    return {"tool": {"name": "hecha", "version": __version__}, "documents": docs, "summary": summary}
