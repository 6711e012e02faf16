"""Configuration: hecha.toml or [tool.hecha] select/ignore rules, override severities, add rule packs;
a malformed config is a usage error (exit 2) naming the file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hecha.config import ConfigError, load_config

BAD = "审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hecha.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    p = tmp_path / "r.txt"
    p.write_text(BAD, encoding="utf-8")
    return p


def rules_in(out: str) -> set[str]:
    return {f["rule"] for d in json.loads(out)["documents"] for f in d["findings"]}


def test_ignore_and_select(tmp_path: Path, doc: Path) -> None:
    assert "HC201" in rules_in(run(tmp_path, "check", str(doc)).stdout)
    (tmp_path / "hecha.toml").write_text('ignore = ["HC201"]\n', encoding="utf-8")
    # with the metric rule off, the generic 其中 rule still sees the overflowing parts
    assert rules_in(run(tmp_path, "check", str(doc)).stdout) == {"HC002"}
    (tmp_path / "hecha.toml").write_text('ignore = ["HC201", "HC002"]\n', encoding="utf-8")
    p = run(tmp_path, "check", str(doc))
    assert not rules_in(p.stdout) and p.returncode == 0
    (tmp_path / "hecha.toml").write_text('select = ["HC0"]\n', encoding="utf-8")
    assert rules_in(run(tmp_path, "check", str(doc)).stdout) <= {
        "HC001",
        "HC002",
        "HC003",
        "HC004",
        "HC005",
        "HC006",
    }


def test_severity_override_and_fail_on(tmp_path: Path, doc: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.hecha]\nfail_on = "never"\n[tool.hecha.severity]\nHC201 = "info"\n', encoding="utf-8"
    )
    p = run(tmp_path, "check", str(doc))
    assert p.returncode == 0
    sev = {f["rule"]: f["severity"] for d in json.loads(p.stdout)["documents"] for f in d["findings"]}
    assert sev["HC201"] == "info"


def test_extra_rule_dir(tmp_path: Path, doc: Path) -> None:
    packs = tmp_path / "my_checks"
    packs.mkdir()
    (packs / "local.yaml").write_text(
        """rules:
  - id: HC951
    kind: order
    severity: warning
    title: {zh: 维持数不超过驳回数（本地规则）, en: local rule}
    relation: review.upheld <= review.dismissed
    examples:
      pass: [行政复议审结25件，其中维持7件，驳回8件。]
      fail: [行政复议审结25件，其中维持9件，驳回8件。]
""",
        encoding="utf-8",
    )
    doc.write_text("行政复议审结25件，其中维持9件，驳回8件。", encoding="utf-8")
    (tmp_path / "hecha.toml").write_text('rule_dirs = ["my_checks"]\n', encoding="utf-8")
    assert "HC951" in rules_in(run(tmp_path, "check", str(doc)).stdout)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("select = [\n", "not valid TOML"),
        ("colour = 1\n", "unknown setting"),
        ('select = "HC2"\n', "must be a list"),
        ('[severity]\nHC201 = "fatal"\n', "[severity]"),
        ('fail_on = "sometimes"\n', "fail_on"),
    ],
)
def test_malformed_config_is_a_usage_error(tmp_path: Path, doc: Path, text: str, needle: str) -> None:
    cfg = tmp_path / "hecha.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"hecha\.toml"):
        load_config(cwd=tmp_path)
    p = run(tmp_path, "check", str(doc))
    assert p.returncode == 2
    assert "hecha.toml" in p.stderr and needle in p.stderr
