"""File names and paths from outside (issue 15, items 2 and 10).

a name that is not UTF-8 (bad\\xff\\xfe.txt)    reported as `bad\\xff\\xfe.txt` in every format and in
                                              `hecha baseline`; every output is valid UTF-8
control characters, escape sequences in names  spelled out on stderr (\\x1b), never sent raw
the same name under two PATH arguments         distinct doc ids (a/x, b/x); x.txt beside x.md too
`hecha check ""`                               exit 2 (an empty argument), not the working folder
a report hecha wrote into the folder it checks  skipped on the next run, with a notice
`hecha spot` on a path with rich markup         shown as it is
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hecha.ingest import iter_sources

from .procs import HECHA, SEEDS

SEED = SEEDS / "002_60197d52abb683d6.txt"  # holds a real error: exit 1
BAD = os.fsdecode(b"bad\xff\xfe.txt")  # how Python hands such a name over (lone surrogates)
SHOWN = "bad\\xff\\xfe.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*HECHA, *args], capture_output=True, timeout=300, cwd=cwd)


@pytest.fixture
def bad_name(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / BAD)
    return folder


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "sarif", "junit", "github"])
@pytest.mark.parametrize("to_file", [False, True])
def test_a_name_that_is_not_utf8_is_reported_escaped(
    bad_name: Path, tmp_path: Path, fmt: str, to_file: bool
) -> None:
    out = tmp_path / f"out.{fmt}"
    p = run("check", str(bad_name), "-f", fmt, "-j", "1", *(["-o", str(out)] if to_file else []))
    assert p.returncode == 1, p.stderr  # the findings of the file, not a crash
    data = out.read_bytes() if to_file else p.stdout
    text = data.decode("utf-8")  # valid UTF-8
    # the name with its bytes spelled \xff (a Markdown or JSON backslash is doubled)
    assert SHOWN[:-4] in text.replace("\\\\", "\\")
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["path"].endswith(SHOWN)
    if fmt == "junit":
        import xml.dom.minidom

        xml.dom.minidom.parseString(data)
    assert b"Traceback" not in p.stderr


def test_baseline_of_a_name_that_is_not_utf8(bad_name: Path, tmp_path: Path) -> None:
    out = tmp_path / "base.json"
    p = run("baseline", str(bad_name), "-o", str(out), "-j", "1")
    assert p.returncode == 0, p.stderr
    ids = {f["doc_id"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]}
    assert ids == {SHOWN[: -len(".txt")]}
    p = run("check", str(bad_name), "--baseline", str(out), "-j", "1")
    assert p.returncode == 0, p.stderr  # the baseline matches the escaped id


def test_control_characters_in_names_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[2J\x07.txt").write_bytes(b"")  # empty: an error line names it on stderr
    (folder / "rtl\u202egnp.txt").write_bytes(b"")
    p = run("check", str(folder), "-j", "1")
    assert p.returncode == 3
    assert b"\x1b" not in p.stderr and b"\x07" not in p.stderr and "\u202e".encode() not in p.stderr
    err = p.stderr.decode()
    assert "evil\\x1b[2J\\x07.txt: empty file" in err and "rtl\\u202egnp.txt" in err
    # the report itself keeps the real name (JSON escapes what it must)
    docs = json.loads(p.stdout)["documents"]
    assert {d["doc_id"] for d in docs} == {"evil\x1b[2J\x07", "rtl\u202egnp"}


def test_same_name_under_two_paths_gets_two_ids(tmp_path: Path) -> None:
    for sub in ("2023", "2024"):
        (tmp_path / sub).mkdir()
        shutil.copy(SEED, tmp_path / sub / "report.txt")
    (tmp_path / "2024" / "report.md").write_text("审结25件。", encoding="utf-8")
    p = run("check", "2023", "2024", "2024/report.txt", "2024/report.txt", "-j", "1", cwd=tmp_path)
    docs = json.loads(p.stdout)["documents"]
    assert [d["doc_id"] for d in docs] == [
        "2023/report",
        "2024/report.md",
        "2024/report.txt",
        "2024/report.txt~2",
        "2024/report.txt~3",
    ]
    assert [d["path"] for d in docs] == [
        "2023/report.txt",
        "2024/report.md",
        "2024/report.txt",
        "2024/report.txt",
        "2024/report.txt",
    ]
    # file arguments of the same name, and the usual case (ids stay short when nothing is shared)
    assert [
        s.doc_id for s in iter_sources([f"{tmp_path}/2023/report.txt", f"{tmp_path}/2024/report.txt"])
    ] == [
        f"{tmp_path.as_posix()}/2023/report",
        f"{tmp_path.as_posix()}/2024/report",
    ]
    assert [s.doc_id for s in iter_sources([str(SEEDS)])] == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_same_name_in_two_folders_and_a_baseline_tells_them_apart(tmp_path: Path) -> None:
    """The issue's case: an error that moves from a/x.txt to b/x.txt is not hidden by a baseline."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
    shutil.copy(SEED, tmp_path / "a" / "x.txt")
    (tmp_path / "b" / "x.txt").write_text("审结25件。", encoding="utf-8")
    base = tmp_path / "base.json"
    assert run("baseline", "a", "b", "-o", str(base), "-j", "1", cwd=tmp_path).returncode == 0
    (tmp_path / "a" / "x.txt").write_text("审结25件。", encoding="utf-8")  # the error moves to b
    shutil.copy(SEED, tmp_path / "b" / "x.txt")
    p = run("check", "a", "b", "--baseline", str(base), "-j", "1", cwd=tmp_path)
    assert p.returncode == 1, p.stdout[-2000:]


def test_an_empty_path_argument_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "x.txt")  # `hecha check ""` used to check the working folder
    for cmd in (["check", ""], ["check", "", "-f", "sarif"], ["baseline", ""]):
        p = run(*cmd, cwd=tmp_path)
        assert p.returncode == 2, p
        assert b"empty PATH argument" in p.stderr and p.stdout == b""


def test_hechas_own_reports_in_a_checked_folder_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "r.txt")
    for args in (["-f", "markdown", "-o", str(folder / "summary.md")], ["--html-dir", str(folder / "site")]):
        p = run("check", str(folder), "-j", "1", *args)
        assert p.returncode == 1, p.stderr
    p = run("check", str(folder), "-j", "1")
    docs = json.loads(p.stdout)["documents"]
    assert [d["doc_id"] for d in docs] == ["r"]  # not summary.md, index.html or the pages
    err = p.stderr.decode()
    assert "summary.md: skipped: a report written by hecha" in err
    assert "index.html: skipped" in err
    # named on the command line, a file is always read
    p = run("check", str(folder / "summary.md"), "-j", "1")
    assert json.loads(p.stdout)["documents"][0]["doc_id"] == "summary"


def test_spot_shows_a_path_with_markup_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "r[" / "b]"  # r[/b]/x…: the path
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "x[bold].txt")
    p = run("spot", "r[/b]/x[bold].txt", cwd=tmp_path)
    assert p.returncode == 1, p.stderr  # the seed's error, not a crash
    assert b"r[/b]/x[bold].txt" in p.stdout.replace(b"\n", b"") and b"Traceback" not in p.stderr
