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
        ('ignroe = ["HC201"]\n', "did you mean 'ignore'?"),
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


# --- a typo cannot defeat the configuration (issue 16, item 1) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "offending", "suggested"),
    [
        ('select = ["HC9"]\n', "'HC9'", None),  # ran no rule and exited 0 before
        ('ignore = ["HC2O1"]\n', "'HC2O1'", "'HC201'"),  # ignored nothing before
        ('select = ["hc201"]\n', "'hc201'", "'HC201'"),
        ('[severity]\nHC201x = "info"\n', "'HC201x'", "'HC201'"),  # (HC2011 is as near HC211)
        ('[severity]\nHC2 = "info"\n', "'HC2'", None),  # an override names one rule, not a prefix
    ],
)
def test_unknown_rule_names_are_a_usage_error(
    tmp_path: Path, doc: Path, text: str, offending: str, suggested: str | None
) -> None:
    (tmp_path / "hecha.toml").write_text(text, encoding="utf-8")
    p = run(tmp_path, "check", str(doc))
    assert p.returncode == 2, p.stderr
    assert not p.stdout
    assert "hecha.toml" in p.stderr and offending in p.stderr
    if suggested:
        assert f"did you mean {suggested}" in p.stderr


def test_dataset_rule_ids_are_known_names(tmp_path: Path, doc: Path) -> None:
    (tmp_path / "hecha.toml").write_text('ignore = ["DS203", "DS1"]\n[severity]\nDS104 = "info"\n', "utf-8")
    p = run(tmp_path, "check", str(doc))
    assert p.returncode == 1, p.stderr


@pytest.mark.parametrize(
    ("args", "offending"),
    [
        (["--select", "HC9"], "--select: no rule is 'HC9'"),
        (["--ignore", "HC2O1"], "did you mean 'HC201'"),
        (["--extend-select", "HX1"], "--extend-select: no rule is 'HX1'"),
        (["--select", "HC201,HC2O2"], "'HC2O2'"),
    ],
)
def test_unknown_rule_names_on_the_command_line(
    tmp_path: Path, doc: Path, args: list[str], offending: str
) -> None:
    p = run(tmp_path, "check", str(doc), *args)
    assert p.returncode == 2 and offending in p.stderr, p.stderr


def test_command_line_selection_and_rule_count(tmp_path: Path, doc: Path) -> None:
    everything = json.loads(run(tmp_path, "check", str(doc)).stdout)["summary"]["rules"]
    assert everything > 40
    p = run(tmp_path, "check", str(doc), "--select", "HC0")
    assert rules_in(p.stdout) == {"HC002"}
    only = json.loads(p.stdout)["summary"]["rules"]
    assert 0 < only < everything
    # --select replaces the config's select; --ignore adds to its ignore; --extend-select adds
    (tmp_path / "hecha.toml").write_text('select = ["HC2"]\nignore = ["HC201"]\n', encoding="utf-8")
    assert not rules_in(run(tmp_path, "check", str(doc)).stdout)
    assert rules_in(run(tmp_path, "check", str(doc), "--select", "HC0,HC3").stdout) == {"HC002"}
    assert rules_in(run(tmp_path, "check", str(doc), "--extend-select", "HC002").stdout) == {"HC002"}
    p = run(tmp_path, "check", str(doc), "--select", "HC002", "--ignore", "HC002")
    assert p.returncode == 2 and "no rule is selected" in p.stderr


def test_rule_count_in_every_summary(tmp_path: Path, doc: Path) -> None:
    """The streamed JSON, the whole report (markdown via --html-dir is whole) and the gate's JSON."""
    for args in (["--format", "jsonl"], ["--baseline", str(tmp_path / "none.json")]):
        if "--baseline" in args:
            (tmp_path / "none.json").write_text('{"version": 1, "findings": []}', encoding="utf-8")
        p = run(tmp_path, "check", str(doc), "--select", "HC201", *args)
        last = json.loads(p.stdout.strip().splitlines()[-1] if "jsonl" in args else p.stdout)
        assert last["summary"]["rules"] == 1, p.stderr


def test_config_is_found_in_a_folder_above(tmp_path: Path, doc: Path) -> None:
    """As ruff and mypy: the nearest hecha.toml, or pyproject.toml with [tool.hecha], upwards."""
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "hecha.toml").write_text('ignore = ["HC201", "HC002"]\n', encoding="utf-8")
    (tmp_path / "a" / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n", encoding="utf-8"
    )  # no [tool.hecha]
    assert not rules_in(run(deep, "check", str(doc)).stdout)
    assert load_config(cwd=deep).source == str(tmp_path / "hecha.toml")
    # a nearer [tool.hecha] wins over the one further up
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.hecha]\nignore = ["HC002"]\n', encoding="utf-8")
    assert rules_in(run(deep, "check", str(doc)).stdout) == {"HC201"}
