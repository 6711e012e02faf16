"""Regenerate schemas/t2s.txt from OpenCC's character table (a developer tool, not used at run time;
needs `pip install opencc-python-reimplemented`, which ships OpenCC's dictionaries, Apache-2.0).

Every traditional character of OpenCC's TSCharacters.txt (and the Hong Kong and Taiwan variants of
HKVariantsRev.txt and TWVariantsRev.txt) whose first simplified form is a different
single character is written as a traditional→simplified pair: one code point for one, so the normalised
view of a text keeps its offsets. A character that is also a simplified character in its own right
(覆, 瞭, 藉: OpenCC lists the character itself first) is left alone, so simplified text never changes."""

from __future__ import annotations

import pathlib

import opencc

DICT = pathlib.Path(opencc.__file__).resolve().parent / "dictionary"


def _entries(name: str) -> list[tuple[str, str]]:
    """(character, its first mapping) for the one-character entries of an OpenCC dictionary."""
    out = []
    for line in (DICT / name).read_text(encoding="utf-8").splitlines():
        src, _, targets = line.partition("\t")
        first = targets.split()[0] if targets.split() else src
        if len(src) == 1 and len(first) == 1 and first != src:
            out.append((src, first))
    return out


pairs: dict[str, str] = dict(_entries("TSCharacters.txt"))
simplified = set(pairs.values()) | {s for s, _ in _entries("STCharacters.txt")}
# Hong Kong and Taiwan variants (衞, 綫) go to the standard traditional form, then to simplified;
# a variant that is a simplified character itself (么) is left alone
for variant, standard in _entries("HKVariantsRev.txt") + _entries("TWVariantsRev.txt"):
    if variant not in simplified:
        pairs.setdefault(variant, pairs.get(standard, standard))
for t in pairs:  # 衞 → 衛 → 卫: follow a chain to its simplified end (never round a cycle)
    seen = {t}
    while pairs[t] in pairs and pairs[t] not in seen:
        seen.add(pairs[t])
        pairs[t] = pairs[pairs[t]]
pairs = {t: s for t, s in pairs.items() if t != s}
print("# Traditional -> simplified, one character each: OpenCC's TSCharacters.txt (Apache-2.0), first")
print("# simplified form; characters that are also simplified in their own right are left out.")
print("# Regenerate with: python schemas/t2s_gen.py > schemas/t2s.txt")
for t, s in sorted(pairs.items()):
    print(f"{t}{s}")
