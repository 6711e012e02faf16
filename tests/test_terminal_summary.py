"""`hecha check` with no --format: on a terminal a short summary for people (as ruff prints), JSON when
stdout is piped or a file, or when --format json asks for it. The exit code is the same either way."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

HECHA = [sys.executable, "-m", "hecha.cli", "check"]
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _on_a_terminal(*args: str) -> tuple[int, str]:
    """Run hecha with stdout on a pseudo-terminal; (exit code, what it showed, colours removed)."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "xterm"}
    p = subprocess.Popen(
        [*HECHA, *args], stdout=slave, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=ROOT, env=env
    )
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    code = p.wait(timeout=300)
    return code, _ANSI.sub("", out.decode("utf-8", "replace")).replace("\r\n", "\n")


def test_a_terminal_gets_a_summary_not_json() -> None:
    code, shown = _on_a_terminal("fixtures/seeds")
    assert code == 1  # the seeds hold a real error, as with JSON
    assert not shown.lstrip().startswith("{")
    assert len(shown) < 4000  # a screenful, not 100 KB
    line = next(x for x in shown.splitlines() if "HC201" in x)
    # at the figure most likely wrong (维持8件 on line 33), with the top suspect
    assert line.startswith("fixtures/seeds/002_60197d52abb683d6.txt:33:148 错误 HC201 审结25件")
    assert "最可能有误：8件（应为7）" in line
    assert re.search(r"核查文档 5 份，\d+ 条规则：错误 1 条", shown)


def test_json_when_piped_or_asked_for() -> None:
    piped = subprocess.run([*HECHA, "fixtures/seeds"], capture_output=True, cwd=ROOT, timeout=300)
    assert piped.returncode == 1 and json.loads(piped.stdout)["summary"]["error"] == 1
    code, shown = _on_a_terminal("fixtures/seeds", "--format", "json")
    assert code == 1 and json.loads(shown)["summary"]["error"] == 1


def test_a_clean_document_on_a_terminal(tmp_path: Path) -> None:
    doc = tmp_path / "ok.txt"
    doc.write_text("行政复议受理35件，审结25件。", encoding="utf-8")
    code, shown = _on_a_terminal(str(doc))
    assert code == 0
    assert "核查文档 1 份" in shown and "错误 0 条" in shown
