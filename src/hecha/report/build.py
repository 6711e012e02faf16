"""The report as plain data (the JSON contract in ../shared/spec/report-contract.md); every other
format is rendered from this dictionary, so the formats cannot disagree."""

from __future__ import annotations

import math
from collections import Counter
from functools import partial
from json.encoder import encode_basestring  # the C version when available
from typing import Any

from .. import __version__
from ..baseline import assign_fingerprints
from ..model import QUANTITY_KINDS, DocResult, Fact
from .indented_json import Written, encoded


def _num(x: float | None) -> float | int | None:
    if x is None or not math.isfinite(x):  # an unbounded interval end is null, never a crash
        return None
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return round(x, 6)


FACT_KEYS = (
    "id",
    "metric",
    "label",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "cap",
    "start",
    "end",
    "text",
    "kind",
    "cue",
    "family",
    "modality",
)


def fact_values(f: Fact) -> tuple[Any, ...]:
    """The values of a fact's JSON object, in the order of FACT_KEYS."""
    m = f.mention
    q = m.quantity
    assert q is not None
    # most figures are exact (low = value = high) and have no cap: _num of an equal number of the same
    # type is the same (an int and a float from 1e15 up are not written alike)
    value, low, high, cap = q.value, q.low, q.high, q.cap
    v, t = _num(value), type(value)
    return (
        f.id,
        f.metric,
        f.label,
        v,
        v if low == value and type(low) is t else _num(low),
        v if high == value and type(high) is t else _num(high),
        q.unit,
        q.qualifier,
        None if cap is None else _num(cap),
        m.start,
        m.end,
        m.text,
        m.kind,
        f.cue,
        f.family,
        f.modality,
    )


def fact_json(f: Fact) -> dict[str, Any]:
    return dict(zip(FACT_KEYS, fact_values(f), strict=True))


def facts_text(facts: list[Fact], nl: str, step: str) -> str:
    """indented_json's text of [fact_json(f) for f in facts] at this indentation, written from the
    facts (one string per fact from its values, no dict each: the facts are most of a report)."""
    if not facts:
        return "[]"
    item = nl + step
    inner = item + step
    heads = _FACT_HEADS.get(inner)
    if heads is None:
        heads = _FACT_HEADS[inner] = tuple(
            ("," if i else "{") + inner + encode_basestring(k) + ": " for i, k in enumerate(FACT_KEYS)
        )
    h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15 = heads
    close = item + "}"

    def other(v: Any) -> str:
        return encoded(v, inner, step)

    parts = []
    # each value as _encode writes it in a dict: a string, an int and null inline, anything else
    # (a float, another type) through _encode itself
    for f in facts:
        i, me, la, va, lo, hi, un, qu, ca, st, en, te, ki, cu, fa, mo = fact_values(f)
        parts.append(
            f"{h0}{E(i) if type(i) is str else other(i)}"
            f"{h1}{E(me) if type(me) is str else 'null' if me is None else other(me)}"
            f"{h2}{E(la) if type(la) is str else 'null' if la is None else other(la)}"
            f"{h3}{R(va) if type(va) is int else 'null' if va is None else other(va)}"
            f"{h4}{R(lo) if type(lo) is int else 'null' if lo is None else other(lo)}"
            f"{h5}{R(hi) if type(hi) is int else 'null' if hi is None else other(hi)}"
            f"{h6}{E(un) if type(un) is str else other(un)}"
            f"{h7}{E(qu) if type(qu) is str else other(qu)}"
            f"{h8}{'null' if ca is None else R(ca) if type(ca) is int else other(ca)}"
            f"{h9}{R(st) if type(st) is int else other(st)}"
            f"{h10}{R(en) if type(en) is int else other(en)}"
            f"{h11}{E(te) if type(te) is str else other(te)}"
            f"{h12}{E(ki) if type(ki) is str else other(ki)}"
            f"{h13}{E(cu) if type(cu) is str else 'null' if cu is None else other(cu)}"
            f"{h14}{E(fa) if type(fa) is str else 'null' if fa is None else other(fa)}"
            f"{h15}{E(mo) if type(mo) is str else other(mo)}{close}"
        )
    return "[" + item + ("," + item).join(parts) + nl + "]"


_FACT_HEADS: dict[str, tuple[str, ...]] = {}
E, R = encode_basestring, int.__repr__


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


def document_json(res: DocResult, verbose: bool = False, written: bool = False) -> dict[str, Any]:
    """The document object; with `written`, its facts are an indented_json.Written (for
    indented_json.dumps only: the JSON report's writer)."""
    if any(not f.fingerprint for f in res.findings):
        assign_fingerprints(res)  # stable ids for baselines and SARIF (see baseline.py)
    facts = res.facts
    d: dict[str, Any] = {
        "doc_id": res.doc.doc_id,
        "path": res.doc.path,
        "status": res.status,
        "error": res.doc.error,
        "facts": Written(partial(facts_text, facts)) if written else [fact_json(f) for f in facts],
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
