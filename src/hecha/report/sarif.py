"""SARIF 2.1.0 (the format code-scanning services read), rendered from the report dictionary.

`locate_document` first gives every finding of a document a `location` — the file, line and column a CI system should
point at: for a text report, where its first evidence number is; for a dataset figure, the row of the
dataset file it came from; for a problem with the dataset itself, the row (or the header). Columns
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


def _location(doc: dict[str, Any], finding: dict[str, Any], text: str | None) -> dict[str, Any]:
    meta = doc.get("meta") or {}
    ev = finding.get("evidence") or []
    if meta.get("source") == "dataset" and meta.get("role") != "table":
        loc: dict[str, Any] = {"path": meta.get("dataset", doc["path"])}
        rows = meta.get("rows", {})
        for e in ev:
            r = rows.get(e.get("fact"))
            if r:
                loc["row"] = r[0]
                if r[1] is not None and not meta.get("rendered"):
                    loc["line"], loc["column"] = r[1], 1
                break
        return loc
    loc = {"path": doc["path"]}
    if ev and text is not None and not meta.get("rendered"):
        first = min(ev, key=lambda e: e["start"])
        loc["line"], loc["column"] = _line_col(text, first["start"])
        loc["end_line"], loc["end_column"] = _line_col(text, first["end"])
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


def render_sarif(report: dict[str, Any]) -> str:
    rules: dict[str, str] = {}
    for d in report["documents"]:
        for f in d["findings"]:
            rules.setdefault(f["rule"], f.get("title") or f["rule"])
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
            related = []
            for i, r in enumerate(f.get("related") or []):
                reg = {"startLine": r["line"], "startColumn": r["column"]} if "line" in r else None
                related.append(
                    {
                        "id": i,
                        "physicalLocation": _physical(r["path"], reg),
                        "message": {"text": r.get("text", "")},
                    }
                )
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
                "rules": [{"id": r, "shortDescription": {"text": rules[r]}, "name": r} for r in rule_ids],
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
