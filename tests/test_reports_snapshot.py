"""reports/ holds what hecha writes for fixtures/: regenerate and compare, so a change in behaviour
shows up in review. Set HECHA_UPDATE_REPORTS=1 to rewrite the files."""

from __future__ import annotations

import json
import os

from hecha.ingest import collect
from hecha.pipeline import Checker
from hecha.report.build import build_report
from hecha.report.markdown import render_markdown

from .conftest import ROOT


def _relative(report: dict) -> dict:
    for d in report["documents"]:
        d["path"] = os.path.relpath(d["path"], ROOT)
    return report


def test_reports_are_current(checker: Checker) -> None:
    docs = collect([str(ROOT / "fixtures" / "seeds")])
    report = _relative(build_report([checker.check_document(d) for d in docs]))
    outputs = {
        "seeds.json": json.dumps(report, ensure_ascii=False, indent=2) + "\n",
        "seeds.md": render_markdown(report, texts=[d.text for d in docs]),  # as `hecha check -f markdown`
    }
    stale = []
    for name, text in outputs.items():
        path = ROOT / "reports" / name
        if os.environ.get("HECHA_UPDATE_REPORTS"):
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    assert not stale, f"reports/{stale} differ from what hecha writes now; rerun with HECHA_UPDATE_REPORTS=1"
