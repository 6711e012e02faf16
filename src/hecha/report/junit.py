"""JUnit XML (what most CI systems display as test results), rendered from the report dictionary.

One test suite per document, one test case per document and rule that found something: it fails
when a finding reaches --fail-on and is not baselined, and passes (the findings in system-out)
otherwise. With --verbose (the report then lists every rule binding) each rule that was checked and
held is a passing case too. A document with no case otherwise has one passing case, `checked`; an
unreadable document has one case `read` with an <error>.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from xml.etree import ElementTree as ET

from ..model import SEVERITY_RANK


def _line(f: dict[str, Any]) -> str:
    loc = f.get("location") or {}
    where = loc.get("path", "")
    if "line" in loc:
        where += f":{loc['line']}:{loc['column']}"
    elif "row" in loc:
        where += f" row {loc['row']}"
    tag = "（已在基线中接受）" if f.get("baselined") else ""
    return f"[{f['severity']}] {f['rule']} {where}: {f['message']}{tag}"


# Characters XML 1.0 cannot carry at all (a NUL, \x01, \x0b in a file name or a cell would make the
# whole file unparseable): spelled out as text instead.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _spelled(m: re.Match[str]) -> str:
    c = ord(m.group(0))
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def _well_formed(root: ET.Element) -> None:
    for el in root.iter():
        if el.text:
            el.text = _NOT_XML.sub(_spelled, el.text)
        for k, v in el.attrib.items():
            el.set(k, _NOT_XML.sub(_spelled, v))


def render_junit(report: dict[str, Any], fail_on: str = "error") -> str:
    floor = SEVERITY_RANK.get(fail_on, 99)
    root = ET.Element("testsuites", name="hecha")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for d in report["documents"]:
        suite = ET.SubElement(root, "testsuite", name=d["doc_id"])
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if d["status"] == "error":
            case = ET.SubElement(suite, "testcase", name="read", classname=d["doc_id"])
            err = ET.SubElement(case, "error", message=str(d["error"]), type="unreadable")
            err.text = f"{d['path']}: {d['error']}"
            counts["tests"] += 1
            counts["errors"] += 1
        by_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in d["findings"]:
            by_rule[f["rule"]].append(f)
        held = sorted({b["rule"] for b in d.get("bindings", [])} - set(by_rule))  # with --verbose
        if d["status"] != "error" and not by_rule and not held:
            ET.SubElement(suite, "testcase", name="checked", classname=d["doc_id"])
            counts["tests"] += 1
        for rule in held:
            ET.SubElement(suite, "testcase", name=rule, classname=d["doc_id"])
            counts["tests"] += 1
        for rule in sorted(by_rule):
            fs = by_rule[rule]
            title = fs[0].get("title") or rule
            case = ET.SubElement(suite, "testcase", name=f"{rule} {title}", classname=d["doc_id"])
            counts["tests"] += 1
            failing = [f for f in fs if not f.get("baselined") and SEVERITY_RANK[f["severity"]] >= floor]
            body = "\n".join(_line(f) for f in fs)
            if failing:
                worst = max(failing, key=lambda f: SEVERITY_RANK[f["severity"]])
                el = ET.SubElement(case, "failure", message=worst["message"], type=worst["severity"])
                el.text = body
                counts["failures"] += 1
            else:
                ET.SubElement(case, "system-out").text = body
        for k, v in counts.items():
            suite.set(k, str(v))
            totals[k] += v
    for k, v in totals.items():
        root.set(k, str(v))
    _well_formed(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
