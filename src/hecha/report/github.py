"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request's files.

    ::error file=data/review.csv,line=14,col=1,title=HC201 …::message

Severity maps to error / warning / notice; a baselined finding is a notice marked as accepted.
"""

from __future__ import annotations

from typing import Any

from ..textsafe import for_terminal

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    # then no control character (an escape sequence in a file name or cell) reaches the CI log
    return for_terminal(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(report: dict[str, Any]) -> str:
    out = []
    for d in report["documents"]:
        if d["status"] == "error":
            out.append(f"::error file={_prop(d['path'])},title=unreadable::{_data(str(d['error']))}")
        for f in d["findings"]:
            loc = f.get("location") or {"path": d["path"]}
            level = "notice" if f.get("baselined") else LEVELS[f["severity"]]
            props = [f"file={_prop(loc['path'])}"]
            if "line" in loc:
                props.append(f"line={loc['line']}")
                props.append(f"col={loc['column']}")
                if "end_line" in loc and loc["end_line"] == loc["line"]:
                    props.append(f"endColumn={loc['end_column']}")
            title = f"{f['rule']} {f.get('title') or ''}".strip()
            props.append(f"title={_prop(title)}")
            msg = f["message"] + ("（已在基线中接受）" if f.get("baselined") else "")
            out.append(f"::{level} {','.join(props)}::{_data(msg)}")
    return "\n".join(out) + ("\n" if out else "")
