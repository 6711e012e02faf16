"""Regenerate schemas/t2s.txt (needs `pip install opencc-python-reimplemented`; a developer tool, not
used at run time). Every CJK character of the ontology, rule packs, source patterns and seed reports is
converted to traditional script (mainland, Taiwan and Hong Kong variants) and each differing single
character is written back as a traditional→simplified pair."""

from __future__ import annotations

import pathlib

import opencc

ROOT = pathlib.Path(__file__).resolve().parents[1]
files = [
    ROOT / "schemas" / "metrics.yaml",
    *ROOT.glob("checks/*.yaml"),
    *ROOT.glob("src/hecha/*.py"),
    *ROOT.glob("fixtures/seeds/*.txt"),
]
chars = {c for p in files for c in p.read_text(encoding="utf-8") if "\u4e00" <= c <= "\u9fff"}
pairs: dict[str, str] = {}
for conf in ("s2t", "s2tw", "s2hk"):
    cc = opencc.OpenCC(conf)
    for c in sorted(chars):
        t = cc.convert(c)
        if len(t) == 1 and t != c and t not in chars:
            pairs.setdefault(t, c)
print("# Traditional -> simplified, one character each, for the vocabulary hecha matches (the ontology,")
print(
    "# rule packs, patterns and seed reports). Generated with opencc-python-reimplemented (s2t, s2tw, s2hk,"
)
print("# reversed per character); regenerate with: python schemas/t2s_gen.py > schemas/t2s.txt")
for t, s in sorted(pairs.items()):
    print(f"{t}{s}")
