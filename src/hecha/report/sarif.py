"""SARIF 2.1.0 (the format code-scanning services read), rendered from the report dictionary.

`locate_document` first gives every finding of a document a `location` — the file, line and column a CI system should
point at: for a text report, the figure most likely wrong (the first suspect; without suspects, the
earliest evidence); for a dataset figure, the row of the dataset file that figure came from; for a
problem with the dataset itself, the row (or the header). The other evidence and the other suspects
are SARIF `relatedLocations`. Columns
count Unicode code points (`columnKind: unicodeCodePoints`), as the report's offsets do.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from .. import __version__

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def primary_evidence(finding: dict[str, Any]) -> dict[str, Any] | None:
    """The evidence a CI system should point at: the most likely wrong figure (the first suspect),
    else the earliest figure. The earliest one may be a figure the message itself calls consistent."""
    ev = finding.get("evidence") or []
    if not ev:
        return None
    by_fact = {e.get("fact"): e for e in ev if e.get("fact")}
    for s in finding.get("suspects") or []:
        if s.get("fact") in by_fact:
            return by_fact[s["fact"]]
    return min(ev, key=lambda e: e["start"])


def _location(doc: dict[str, Any], finding: dict[str, Any], text: str | None) -> dict[str, Any]:
    meta = doc.get("meta") or {}
    ev = finding.get("evidence") or []
    first = primary_evidence(finding)
    if meta.get("source") == "dataset" and meta.get("role") != "table":
        loc: dict[str, Any] = {"path": meta.get("dataset", doc["path"])}
        rows = meta.get("rows", {})
        for e in [first, *ev] if first is not None else ev:  # the suspect's row first
            r = rows.get(e.get("fact"))
            if r:
                loc["row"] = r[0]
                if r[1] is not None and not meta.get("rendered"):
                    loc["line"], loc["column"] = r[1], 1
                if e.get("fact"):
                    loc["fact"] = e["fact"]
                break
        return loc
    loc = {"path": doc["path"]}
    if first is not None and text is not None and not meta.get("rendered"):
        loc["line"], loc["column"] = _line_col(text, first["start"])
        loc["end_line"], loc["end_column"] = _line_col(text, first["end"])
        if first.get("fact"):
            loc["fact"] = first["fact"]
    return loc


def locate_document(doc: dict[str, Any], text: str | None) -> None:
    """Add `location` to every finding of a document object and `line`/`column` to its evidence,
    given the text it was checked on."""
    for f in doc["findings"]:
        f["location"] = _location(doc, f, text)
        if text is not None and not (doc.get("meta") or {}).get("rendered"):
            for e in f["evidence"]:
                e["line"], e["column"] = _line_col(text, e["start"])


def artifact_uri(path: str) -> str:
    if path in ("-", ""):
        return "stdin"
    posix = PurePath(path).as_posix()
    try:  # a file name that is not UTF-8 keeps its bytes: %FF
        return quote(posix, safe="/:._-~", errors="surrogateescape")
    except UnicodeEncodeError:
        return quote(posix, safe="/:._-~", errors="replace")


def _region(loc: dict[str, Any]) -> dict[str, Any] | None:
    if "line" not in loc:
        return None
    r = {"startLine": loc["line"], "startColumn": loc["column"]}
    if "end_line" in loc:
        r["endLine"], r["endColumn"] = loc["end_line"], loc["end_column"]
    return r


def _physical(path: str, region: dict[str, Any] | None) -> dict[str, Any]:
    p: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if region:
        p["region"] = region
    return p


def _evidence_related(doc: dict[str, Any], f: dict[str, Any], loc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every evidence figure but the one the result points at, as related locations: the other suspects
    first (with the value that would fix each), then the figures that agree."""
    meta = doc.get("meta") or {}
    dataset = meta.get("source") == "dataset" and meta.get("role") != "table"
    rows = meta.get("rows", {}) if dataset else {}
    path = meta.get("dataset", doc["path"]) if dataset else doc["path"]
    suspects = {s["fact"]: s for s in f.get("suspects") or [] if s.get("fact")}
    rank = {fact: i for i, fact in enumerate(suspects)}
    ev = [e for e in f.get("evidence") or [] if not (e.get("fact") and e.get("fact") == loc.get("fact"))]
    ev.sort(key=lambda e: (rank.get(e.get("fact"), len(rank)), e["start"]))
    out = []
    for e in ev:
        region = None
        if dataset:
            r = rows.get(e.get("fact"))
            if r and r[1] is not None and not meta.get("rendered"):
                region = {"startLine": r[1], "startColumn": 1}
        elif "line" in e:
            region = {"startLine": e["line"], "startColumn": e["column"]}
        out.append(
            {"physicalLocation": _physical(path, region), "message": {"text": f"{e['text']}：{_note(f, e)}"}}
        )
    return out


def _note(f: dict[str, Any], e: dict[str, Any]) -> str:
    """What a related figure is to the finding: consistent with other checks, a suspect, or evidence."""
    fact = e.get("fact")
    agreeing = (f.get("corroborated_by") or {}).get(fact)
    if agreeing:
        return f"与其他数字相符（{'、'.join(agreeing)}）"
    s = next((s for s in f.get("suspects") or [] if s.get("fact") == fact), None)
    if s is None:
        return "相关数字"
    return f"可能有误（应为{s['fix']}）" if s.get("fix") is not None else "可能有误"


def _rule_entry(rule_id: str, title: str, doc: tuple[str, str] | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": rule_id, "name": rule_id, "shortDescription": {"text": title}}
    rationale = doc[1] if doc else ""
    if rationale:  # what the rule checks and why: shown by code-scanning services beside the result
        entry["fullDescription"] = {"text": rationale}
        entry["help"] = {"text": f"{title}\n\n{rationale}", "markdown": f"**{title}**\n\n{rationale}"}
    return entry


def render_sarif(report: dict[str, Any], rule_docs: dict[str, tuple[str, str]] | None = None) -> str:
    """The report as SARIF; `rule_docs` maps rule ids to (title, rationale), from the rule packs."""
    rule_docs = rule_docs or {}
    rules: dict[str, str] = {}
    for d in report["documents"]:
        for f in d["findings"]:
            rules.setdefault(f["rule"], f.get("title") or rule_docs.get(f["rule"], ("", ""))[0] or f["rule"])
    rule_ids = sorted(rules)
    results = []
    notifications = []
    for d in report["documents"]:
        if d["status"] == "error":
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{d['path']}: {d['error']}"},
                    "locations": [{"physicalLocation": _physical(d["path"], None)}],
                }
            )
        for f in d["findings"]:
            loc = f.get("location") or {"path": d["path"]}
            res: dict[str, Any] = {
                "ruleId": f["rule"],
                "ruleIndex": rule_ids.index(f["rule"]),
                "level": LEVELS[f["severity"]],
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": _physical(loc["path"], _region(loc))}],
                "properties": {"doc_id": d["doc_id"]},
            }
            if "row" in loc:
                res["properties"]["row"] = loc["row"]
            if f.get("fingerprint"):
                res["partialFingerprints"] = {"hecha/v1": f["fingerprint"]}
            related = _evidence_related(d, f, loc)
            for r in f.get("related") or []:
                reg = {"startLine": r["line"], "startColumn": r["column"]} if "line" in r else None
                related.append(
                    {"physicalLocation": _physical(r["path"], reg), "message": {"text": r.get("text", "")}}
                )
            for i, r in enumerate(related):
                r["id"] = i
            if related:
                res["relatedLocations"] = related
            if "baselined" in f:
                res["baselineState"] = "unchanged" if f["baselined"] else "new"
                if f["baselined"]:
                    res["suppressions"] = [
                        {"kind": "external", "justification": "accepted in the hecha baseline"}
                    ]
            results.append(res)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "hecha",
                "version": __version__,
                "rules": [_rule_entry(r, rules[r], rule_docs.get(r)) for r in rule_ids],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
    sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    # a lone surrogate (from a JSON dataset's "\ud800") cannot be UTF-8: U+FFFD, so the file parses
    return _SURROGATE.sub("\ufffd", json.dumps(sarif, ensure_ascii=False, indent=2)) + "\n"
