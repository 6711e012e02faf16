"""From numerals to facts and the structures that tie them: the reading of one text.

    view (textnorm) ─▶ mentions (numbers) ─▶ facts named by their cues (cues.py)
                    ─▶ groups the text states between them (structures/, in their declared order)

Offsets index the normalised view; `Extraction.view` maps them back to the source (remap.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import name_figures
from .model import Fact, Group, Mention
from .ontology import Ontology, load_ontology
from .reading import PERIOD_OR_LINE_END, Reading
from .segment import Segmentation
from .structures import recognise_all
from .textnorm import Normalized


@dataclass
class Extraction:
    """What was read from a text. Offsets index `text`, the normalised view (`view.text`); `view` maps
    them back to the source (remap.to_source), None when the text was read as it is."""

    text: str
    norm: str
    mentions: list[Mention]
    facts: list[Fact]
    groups: list[Group]
    seg: Segmentation
    view: Normalized | None = None
    # where full sentences end or lines do (。！？!? and line breaks), when the reading found them already
    period_ends: list[int] | None = None


def extract(text: str, onto: Ontology | None = None) -> Extraction:
    r = Reading(text, onto or load_ontology())
    facts = name_figures(r)
    groups = recognise_all(r)
    return Extraction(r.text, r.norm, r.mentions, facts, groups, r.seg, r.view, r.marks(PERIOD_OR_LINE_END))
