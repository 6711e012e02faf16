"""Rule packs, relations, configs and baselines that are built to hurt (issue 15, items 6 and 10).

a YAML alias bomb (1 KB) in a rule pack        exit 2 "FILE:LINE: YAML alias *a refused" (aliases
                                               are never needed in a rule pack)
a rule pack nested 100,000 deep, or with        exit 2 with file and line
millions of nodes
a relation nested 5,000 deep, or of 20,000      exit 2 "FILE:LINE: … relation …: parentheses nested
terms                                          more than 32 deep" / "… at most 200"
a config nested 100,000 deep                    exit 2 "FILE:LINE: not valid TOML: nested too deeply"
a FIFO named *.yaml in a rule folder, a FIFO    exit 2 "not a regular file (a FIFO)": opened
as --config or --baseline                       non-blocking, never waited on
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import hecha.rulepack as rulepack
from hecha.rulepack import RulePackError, load_pack

from .procs import HECHA

RULE = """\
rules:
  - id: HC901
    kind: order
    severity: error
    title: {{zh: 测试, en: test}}
    relation: {relation}
    examples:
      pass: [行政复议受理35件，审结25件。]
      fail: [行政复议受理9件，审结19件。]
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*HECHA, *args],
        input=b"\xe5\xae\xa1\xe7\xbb\x9325\xe4\xbb\xb6",
        capture_output=True,
        timeout=120,
        cwd=cwd,
    )


def _pack(tmp_path: Path, body: str, name: str = "mine.yaml") -> Path:
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    (d / name).write_text(body, encoding="utf-8")
    return d


def _one_line(p: subprocess.CompletedProcess[bytes]) -> str:
    assert p.returncode == 2, p.stderr
    lines = p.stderr.decode().splitlines()
    assert len(lines) == 1 and p.stdout == b"", lines
    return lines[0]


BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
        "rules: *i",
    ]
)


def test_a_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    d = _pack(tmp_path, BILLION_LAUGHS)
    line = _one_line(run("check", "-", "--rules", str(d)))
    assert line.endswith("mine.yaml:2: YAML alias *a refused: rule packs may not use aliases")


def test_too_many_nodes_and_too_deep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.yaml"
    p.write_text("rules:\n" + "  - [1, 2, 3]\n" * 100, encoding="utf-8")
    deep = tmp_path / "deep.yaml"
    deep.write_text("rules:\n  - " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"deep\.yaml:2: nested more than 64 levels deep"):
        load_pack(deep)
    monkeypatch.setattr(rulepack, "MAX_NODES", 50)
    with pytest.raises(RulePackError, match=r"big\.yaml:13: more than 50 YAML nodes"):
        load_pack(p)
    deeper = _pack(tmp_path, "rules: " + "[" * 100_000 + "]" * 100_000 + "\n", "deeper.yaml")
    assert "deeper.yaml:1:" in _one_line(run("check", "-", "--rules", str(deeper)))


@pytest.mark.parametrize(
    "relation, problem",
    [
        (
            "(" * 5000 + "review.concluded" + ")" * 5000 + " <= review.accepted",
            "parentheses nested more than 32 deep",
        ),
        (
            " + ".join(["review.concluded"] * 20_000) + " <= review.accepted",
            "20001 terms: a relation has at most 200",
        ),
    ],
)
def test_relations_nested_deep_or_very_long(tmp_path: Path, relation: str, problem: str) -> None:
    d = _pack(tmp_path, RULE.format(relation=relation))
    line = _one_line(run("check", "-", "--rules", str(d)))
    assert "mine.yaml:6: HC901: relation" in line and problem in line


@pytest.mark.parametrize(
    "body", ["select = " + "[" * 100_000 + "]" * 100_000, "x = " + "{a=" * 100_000 + "1" + "}" * 100_000]
)
def test_a_config_nested_deep_is_exit_2(tmp_path: Path, body: str) -> None:
    cfg = tmp_path / "hecha.toml"
    cfg.write_text("# a config\n" + body + "\n", encoding="utf-8")
    assert (
        _one_line(run("check", "-", "--config", str(cfg)))
        == f"hecha: {cfg}:2: not valid TOML: nested too deeply"
    )
    assert _one_line(run("check", "-", cwd=tmp_path)) == f"hecha: {cfg}:2: not valid TOML: nested too deeply"


def test_fifos_where_files_are_read_never_hang(tmp_path: Path) -> None:
    d = _pack(tmp_path, RULE.format(relation="review.concluded <= review.accepted"))
    os.mkfifo(d / "zz.yaml")  # opening it blocking would wait for a writer for ever
    assert _one_line(run("check", "-", "--rules", str(d))).endswith(
        "zz.yaml: cannot read: not a regular file (a FIFO); not read"
    )
    os.mkfifo(tmp_path / "cfg.toml")
    assert "not a regular file (a FIFO)" in _one_line(
        run("check", "-", "--config", str(tmp_path / "cfg.toml"))
    )
    os.mkfifo(tmp_path / "base.json")
    assert "not a regular file (a FIFO)" in _one_line(
        run("check", "-", "--baseline", str(tmp_path / "base.json"))
    )


def test_a_file_swapped_for_a_fifo_after_the_check_cannot_hang(tmp_path: Path) -> None:
    """Inputs are opened non-blocking and checked on the descriptor: what was stat'ed as a file but is
    a FIFO when opened is refused, not waited on."""
    from hecha import safeopen

    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(safeopen.NotRegularFile, match="a FIFO"):
        safeopen.open_regular(fifo)
