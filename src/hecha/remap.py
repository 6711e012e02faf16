"""From the normalised view back to the source: every span of a checked document, once, at the end.

Extraction, the rules and error localisation all work on the view (textnorm.Normalized), so that a
traditional character or a pinyin gloss never hides a word. What leaves the pipeline cites the source
as written: mentions, facts, groups and evidence get source offsets and the source's characters.
Messages keep the view's words (simplified script, no glosses): they are read, not located.
"""

from __future__ import annotations

from dataclasses import replace

from .model import DocResult, Mention
from .textnorm import Normalized


def to_source(res: DocResult, view: Normalized) -> None:
    if view.text == view.raw:
        return
    raw = view.raw

    def span(s: int, e: int) -> tuple[int, int]:
        return view.raw_span(s, e)

    moved: dict[int, Mention] = {}
    for m in res.mentions:
        s, e = span(m.start, m.end)
        ns = view.raw_offset(m.number_start) if m.number_start >= 0 else -1
        ne = span(m.number_start, m.number_end)[1] if m.number_end >= 0 else -1
        moved[id(m)] = replace(m, start=s, end=e, text=raw[s:e], number_start=ns, number_end=ne)
    res.mentions = [moved[id(m)] for m in res.mentions]
    for f in res.facts:
        f.move(moved.get(id(f.mention), f.mention))
        if f.cue_span is not None:
            f.cue_span = span(*f.cue_span)
    for g in res.groups:
        g.span = span(*g.span)
    for finding in res.findings:
        for ev in finding.evidence:
            ev.start, ev.end = span(ev.start, ev.end)
            ev.text = raw[ev.start : ev.end]
