"""Fast paths that must give what the plain code they replaced gave (kept here as the reference)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hecha import textnorm
from hecha.formats import decode

SAMPLE_CHARS = list(textnorm._MAPPING)[:300] + list(
    "審結审结25件，。%０１\u3000\x00\x01\x0b\x0c\x1b\ue000\uf8ff\uf900 abc"
)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(SAMPLE_CHARS), max_size=50))
def test_normalize_is_the_translation_table(text: str) -> None:
    assert textnorm.normalize(text) == text.translate(textnorm._TABLE)


def test_normalize_changes_traditional_and_full_width_only() -> None:
    assert textnorm.normalize("審結２５件，") == "审结25件，"
    plain = "审结25件，纠错率24%。"
    assert textnorm.normalize(plain) is plain


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(SAMPLE_CHARS), max_size=50))
def test_control_characters_counted_as_before(text: str) -> None:
    ref = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0xE000 <= ord(c) <= 0xF8FF)
    assert len(decode._CONTROL_CHARS.findall(text)) == ref


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=60))
def test_control_bytes_counted_as_before(sample: bytes) -> None:
    ref = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27, 0))
    assert decode._control_bytes(sample) == ref


def test_clause_start_is_the_last_mark_in_the_60_characters_before() -> None:
    from pathlib import Path

    from hecha.ontology import load_ontology
    from hecha.reading import CLAUSE_END, Reading
    from hecha.structures.enumeration import _ENUM_CLAUSE_END

    def reference(norm: str, pos: int, ends: object) -> int:
        lo = max(0, pos - 60)
        last = lo
        for mm in ends.finditer(norm, lo, pos):  # type: ignore[attr-defined]
            last = mm.end()
        return last

    text = sorted((Path(__file__).resolve().parent / "data").glob("*.txt"))[0].read_text("utf-8")
    r = Reading(text + "，（审结）：25件。\n", load_ontology())
    for ends in (CLAUSE_END, _ENUM_CLAUSE_END):
        for pos in range(0, len(r.norm) + 1, 3):
            assert r.clause_start(pos, ends) == reference(r.norm, pos, ends)


MARK_CHARS = list("，,；;。！？!?：:\n审结25件（）() 共计合计达为的、其中")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARK_CHARS), max_size=40))
def test_frame_label_as_the_plain_substitutions_give_it(words: str) -> None:
    """frame_of skips its bracket and trailer substitutions when they cannot apply."""
    from hecha import frames

    norm = words + "12件"
    start = len(words)
    marks = [m.start() for m in frames.MARK_RE.finditer(norm)]
    got = frames.frame_of(norm, start, start + 3, 0, len(norm), marks)
    k = max((p + 1 for p in marks if p < start), default=0)
    raw = norm[k:start]
    open_at = max(raw.rfind("（"), raw.rfind("("))
    if open_at >= 0 and ")" not in raw[open_at:] and "）" not in raw[open_at:]:
        raw = raw[open_at + 1 :]
    label = frames._BRACKETS_RE.sub("", raw).strip()
    lead = frames._LEAD_RE.match(label)
    label = label[lead.end() :] if lead else label
    assert got.label == frames.TRAIL_RE.sub("", label).strip(" 、")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.integers(0, 400), st.integers(0, 20))
def test_a_file_read_up_to_n_bytes_as_before(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, n: int, skip: int
) -> None:
    import io

    path = tmp_path_factory.mktemp("r") / "f.bin"
    path.write_bytes(data)
    with open(path, "rb") as plain, open(path, "rb") as fast:
        plain.read(skip), fast.read(skip)
        assert decode._read_up_to(fast, n) == plain.read(n)
        assert fast.tell() == plain.tell()
    assert decode._read_up_to(io.BytesIO(data), n) == data[:n]  # no descriptor: read as it is
