"""Security and broken configuration: YAML is loaded safely, rule expressions are parsed (never
evaluated), malformed rule packs and config files are clear errors (exit 2), and a whole check
touches no network.

Outcomes:
  malformed rule pack (bad YAML, wrong shape)   exit 2, "FILE:LINE: problem" on stderr, no report
  !!python/object (or any Python tag) in a pack  refused as not valid YAML, nothing constructed
  relation with Python in it                     refused by the grammar ("relation '…': …"), never run
  malformed config (bad TOML, unknown keys)      exit 2, "FILE: problem"
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hecha.config import ConfigError, load_config
from hecha.expr import ExprError, parse_relation
from hecha.rulepack import RulePackError, load_pack

ROOT = Path(__file__).resolve().parents[2]
HECHA = [sys.executable, "-m", "hecha.cli"]
MARKER = "hecha_pwned"

GOOD_RULE = """\
rules:
  - id: HC901
    kind: order
    severity: error
    title: {zh: 测试, en: test}
    relation: review.concluded <= review.accepted + review.carried_over?
    examples:
      pass: [行政复议受理35件，审结25件。]
      fail: [行政复议受理9件，审结19件。]
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*HECHA, *args], capture_output=True, timeout=120, cwd=cwd)


def _pack(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    (d / "mine.yaml").write_text(body, encoding="utf-8")
    return d


def test_good_extra_pack_loads(tmp_path: Path) -> None:
    """The control: the same pack, unbroken, is accepted (so the refusals below are about the harm)."""
    d = _pack(tmp_path, GOOD_RULE)
    p = run("rules", "--config", str(_config(tmp_path, f'rule_dirs = ["{d}"]\n')))
    assert p.returncode == 0, p.stderr
    assert b"HC901" in p.stdout


def _config(tmp_path: Path, body: str) -> Path:
    c = tmp_path / "hecha.toml"
    c.write_text(body, encoding="utf-8")
    return c


@pytest.mark.parametrize(
    "tag",
    [
        f"!!python/object/apply:os.system ['touch {MARKER}']",
        f"!!python/object/new:subprocess.Popen [['touch', '{MARKER}']]",
        "!!python/name:os.system",
        "!!python/object:hecha.model.Document {doc_id: x}",
    ],
)
def test_python_tags_in_a_rule_pack_are_refused(tmp_path: Path, tag: str) -> None:
    d = _pack(tmp_path, GOOD_RULE.replace("title: {zh: 测试, en: test}", f"title: {tag}"))
    with pytest.raises(RulePackError) as e:
        load_pack(d / "mine.yaml")
    assert e.value.line == 5
    assert "not valid YAML" in str(e.value) and "mine.yaml:5" in str(e.value)
    # and through the command line, run where the payload would land
    p = run("check", "-", "--rules", str(d), cwd=tmp_path)
    assert p.returncode == 2
    assert b"mine.yaml:5: not valid YAML" in p.stderr
    assert p.stdout == b""
    assert not (tmp_path / MARKER).exists()


def test_rule_pack_loader_is_a_safe_loader() -> None:
    from hecha.rulepack import _LineLoader

    # SafeLoader, or libyaml's CSafeLoader: either way the safe constructor, never the full one
    assert issubclass(_LineLoader, yaml.constructor.SafeConstructor)
    assert not issubclass(_LineLoader, yaml.constructor.FullConstructor)
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("!!python/object/apply:os.getcwd []", Loader=_LineLoader)


@pytest.mark.parametrize(
    "relation",
    [
        f"__import__('os').system('touch {MARKER}') == 0",
        "review.concluded <= eval('1')",
        "review.concluded.__class__ <= 1",
        "review.concluded <= [x for x in ()]",
        "review.concluded <= 1; import os",
        "lambda: 1 <= 2",
        "review.concluded <= review.accepted if 1 else 0",
    ],
)
def test_python_in_relations_is_refused(tmp_path: Path, relation: str) -> None:
    try:  # the grammar refuses it, or reads it as metric keys, which the pack loader then refuses
        keys = {r.key for r in parse_relation(relation).refs()}
        assert not keys & {"__import__", "eval", "os", "lambda"}
    except ExprError:
        pass
    quoted = "'" + relation.replace("'", "''") + "'"
    d = _pack(
        tmp_path, GOOD_RULE.replace("review.concluded <= review.accepted + review.carried_over?", quoted)
    )
    with pytest.raises(RulePackError) as e:
        load_pack(d / "mine.yaml")
    assert "mine.yaml:6: HC901: " in str(e.value)
    assert "relation" in str(e.value) or "unknown metric key" in str(e.value)
    p = run("rules", "--config", str(_config(tmp_path, f'rule_dirs = ["{d}"]\n')), cwd=tmp_path)
    assert p.returncode == 2 and b"HC901: " in p.stderr
    assert not (tmp_path / MARKER).exists()


@pytest.mark.parametrize(
    "body, problem",
    [
        ("rules:\n  - id: HC901\n    kind: [order\n", "not valid YAML"),
        ("rules: {id: HC901}\n", "a rule pack is a mapping with a list under 'rules'"),
        ("- just\n- a list\n", "a rule pack is a mapping with a list under 'rules'"),
        ("", "a rule pack is a mapping with a list under 'rules'"),
        ("rules:\n  - id: X1\n", "id 'X1' is not a rule id like HC201"),
        (GOOD_RULE.replace("kind: order", "kind: magic"), "unknown kind 'magic'"),
        (GOOD_RULE.replace("review.accepted", "review.nonsense"), "unknown metric key 'review.nonsense'"),
        (
            GOOD_RULE.replace(
                "    examples:\n      pass: [行政复议受理35件，审结25件。]\n", "    examples:\n"
            ),
            "examples: missing required key 'pass'",
        ),
        ("rules:\n  - &a [*a]\n", "mine.yaml:2: YAML alias *a refused"),  # a recursive alias
        ("rules:\n  - 42\n", "each item of rules must be a mapping"),
    ],
)
def test_malformed_rule_pack(tmp_path: Path, body: str, problem: str) -> None:
    d = _pack(tmp_path, body)
    p = run("check", "-", "--rules", str(d))
    assert p.returncode == 2, p.stderr
    assert problem.encode() in p.stderr
    assert b"mine.yaml" in p.stderr
    assert p.stdout == b""


def test_rule_pack_in_another_encoding_is_a_clear_error(tmp_path: Path) -> None:
    d = tmp_path / "packs"
    d.mkdir()
    (d / "mine.yaml").write_bytes(GOOD_RULE.encode("gb18030"))
    with pytest.raises(RulePackError) as e:
        load_pack(d / "mine.yaml")
    assert "cannot read" in str(e.value)


@pytest.mark.parametrize(
    "body, problem",
    [
        ('select = ["HC2"\n', "not valid TOML"),
        (f'x = !!python/object/apply:os.system ["touch {MARKER}"]\n', "not valid TOML"),
        ("fail_on = 3\n", "fail_on must be"),
        ('select = "HC2"\n', "'select' must be a list of strings"),
        ("colour = 1\n", "unknown setting(s) colour"),
        ('[severity]\nHC201 = "fatal"\n', "[severity] maps rule ids"),
        ('rule_dirs = ["no/such/folder"]\n', "rule-pack folder not found"),
    ],
)
def test_malformed_config(tmp_path: Path, body: str, problem: str) -> None:
    cfg = _config(tmp_path, body)
    p = run("check", "-", "--config", str(cfg), cwd=tmp_path)
    assert p.returncode == 2, p.stderr
    assert problem.encode() in p.stderr
    assert p.stdout == b""
    assert not (tmp_path / MARKER).exists()


def test_config_in_another_encoding_or_binary(tmp_path: Path) -> None:
    c = tmp_path / "hecha.toml"
    c.write_bytes(b"\xff\xfe\x00s\x00e")
    with pytest.raises(ConfigError) as e:
        load_config(c)
    assert str(c) in str(e.value) and "not valid TOML" in str(e.value)


def test_no_network_during_a_full_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kind of input through the whole command (load rules, read, check, report) with socket
    creation made impossible: a run that reached for the network would fail here."""
    from typer.testing import CliRunner

    from hecha import cli

    from .pdfmake import make_pdf

    attempts: list[object] = []

    def refuse(*a: object, **k: object) -> object:
        attempts.append(a)
        raise OSError("network access attempted during a check")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    import docx

    seeds = ROOT / "fixtures" / "seeds"
    (tmp_path / "page.html").write_bytes((ROOT / "fixtures" / "hostile" / "gov_page.html").read_bytes())
    (tmp_path / "r.pdf").write_bytes(
        make_pdf([["审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"]])
    )
    document = docx.Document()
    document.add_paragraph("审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。")
    document.save(str(tmp_path / "r.docx"))
    out = tmp_path / "report.md"
    res = CliRunner().invoke(
        cli.app, ["check", str(seeds), str(tmp_path), "-j", "1", "--format", "markdown", "-o", str(out)]
    )
    assert res.exit_code == 1, res.output
    assert "HC201" in out.read_text(encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["check", str(seeds), str(tmp_path), "-j", "1"])
    assert res.exit_code == 1
    assert attempts == []
    with pytest.raises(OSError):  # the guard itself works
        socket.create_connection(("example.org", 80))
