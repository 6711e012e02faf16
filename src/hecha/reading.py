"""A text as hecha reads it, shared by the cue resolver (cues.py) and every structure (structures/):
the normalised view, its paragraphs and sentences, the numeral mentions, the ontology's alias and
keyword hits, the facts once named, the groups the structures have found so far, and the lookups
they all need (clause starts, figures in a span, the words naming a figure)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from .frames import MARK_CHARS, MARK_RE, Frame, frame_of
from .model import Fact, Group, Mention, Quantity
from .numbers import scan
from .ontology import AliasHit, Ontology
from .segment import SENTENCE_END_CHARS, Segmentation, segment
from .tables import find_tables
from .textnorm import normalize_document

_TOPIC_RESET_KINDS = ("section",)
_SENTENCE_DONE_RE = re.compile(r"[。！？!?；;]\s*$")
# 一是, 二是…: found at the 是 (a literal, which re looks for in C) and read back to the numeral before it
_ORDINAL_RESET_RE = re.compile(r"是(?<=[一二三四五六七八九十]是)")
FILLERS = "共计合计总计累计达到为有约计的了已"
MAX_PERIOD = 600  # characters either side of a position that still count as its period
_ITEM_COUNTERS = ("个", "项", "类", "种")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_BARE_FIGURE_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?=\s*(?:[，,；;：:]|其中))")
# (not 占…: 6个，占 is a share of the 6; nor a predicate, 32个未达到设计要求: a negation or an adverb opens no noun)
_THING_RE = re.compile(r"(?!占|未|没有|不|已|被|尚|均|都)[\u4e00-\u9fff]{2,8}")
_CLAUSE_END_CHARS = "，,；;。！？：:、\n（）()"
CLAUSE_END = re.compile("[" + re.escape(_CLAUSE_END_CHARS) + "]")
SEGMENT_END = re.compile("[；;]")  # where a ；-segment of a sentence ends (a list's items, a clause run)
_PERIOD_END_CHARS = "。！？!?"
_PERIOD_END = re.compile("[" + re.escape(_PERIOD_END_CHARS) + "]")
# where a full sentence ends or a line does (findings.Context.period: given it by extract())
PERIOD_OR_LINE_END = re.compile("[。！？!?\n]")
_OPEN_BRACKET = re.compile("[（(]")
_CLOSE_BRACKET = re.compile("[）)]")
_FULL_STOP = re.compile("。")
_BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")
# The one-character patterns `marks` is asked for in every text, by the characters they match: one scan
# of the view finds every mark of any of them (re tests each character of the text against a class,
# ~10 ns a character whatever the class), and each pattern's positions are those of its characters
_MARK_CLASSES: dict[re.Pattern[str], frozenset[str]] = {
    MARK_RE: frozenset(MARK_CHARS),
    CLAUSE_END: frozenset(_CLAUSE_END_CHARS),
    SEGMENT_END: frozenset("；;"),
    _PERIOD_END: frozenset(_PERIOD_END_CHARS),
    # (open_bracket's: marks of CLAUSE_END already)
    _OPEN_BRACKET: frozenset("（("),
    _CLOSE_BRACKET: frozenset("）)"),
    _FULL_STOP: frozenset("。"),
    PERIOD_OR_LINE_END: frozenset("。！？!?\n"),
}
_ANY_MARK_RE = re.compile(
    "[" + re.escape("".join(sorted(frozenset(SENTENCE_END_CHARS).union(*_MARK_CLASSES.values())))) + "]"
)
_SENTENCE_END_SET = frozenset(SENTENCE_END_CHARS)
_LEAD_VERB_RE = re.compile(r"(?:共|全年)?(?:办理|受理|审理|审结|办结|收到|参加|参与)")


# a bare whole number, then its share (行政处罚2100,占收到申请总数的33.9% / 部分公开67,占4.61%): a count whose unit
# the text left out
_SHARE_AFTER_RE = re.compile(r"\s*[，,]\s*(?:占比?|所占比例为)")
_BARE_DIGITS_RE = re.compile(r"\d{1,9}")
_UNIT_LOOKBACK = 300  # characters back to the count whose unit a bare count takes


def _bare_counts_of_shares(norm: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a bare whole number followed by its share made a count in the unit of the count before it."""
    out = mentions
    for i, m in enumerate(mentions):
        if (
            m.quantity is not None
            or m.kind != "other"
            or not _BARE_DIGITS_RE.fullmatch(m.text)
            or not _SHARE_AFTER_RE.match(norm, m.end)
            or norm[m.start - 1 : m.start] < "\u4e00"
            or norm[m.start - 1 : m.start] > "\u9fff"  # (named by words)
        ):
            continue
        unit = next(
            (
                p.quantity.unit
                for p in reversed(mentions[:i])
                if p.kind == "count" and p.quantity is not None and p.end >= m.start - _UNIT_LOOKBACK
            ),
            None,
        )
        if unit is None:
            continue
        v = float(m.text)
        q = Quantity(v, v, v, "=", unit, 1.0, True)
        if out is mentions:
            out = list(mentions)
        out[i] = Mention(m.start, m.end, m.text, "count", q, m.start, m.end)
    return out


@dataclass
class FactIndex:
    facts: list[Fact]
    starts: list[int]
    ends: list[int]
    ordered: bool  # starts ascending (then ends ascend too: figures do not overlap)
    position: dict[int, int]  # id(fact) → index


@dataclass
class Reading:
    raw: str
    onto: Ontology
    facts: list[Fact] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.view = normalize_document(self.raw)
        self.text = self.norm = self.view.text  # everything reads the view
        self.mentions: list[Mention] = _bare_counts_of_shares(self.norm, scan(self.text, self.norm))
        # every mark of the view, by its character (see _MARK_CLASSES)
        self._marks_by_char: dict[str, list[int]] = {}
        norm, by_char = self.norm, self._marks_by_char
        for i in [m.start() for m in _ANY_MARK_RE.finditer(norm)]:
            at = by_char.get(norm[i])
            if at is None:
                by_char[norm[i]] = [i]
            else:
                at.append(i)
        ends = [i + 1 for i in self._marks_of(_SENTENCE_END_SET)]
        self.seg: Segmentation = segment(self.text, ends)
        self.hits: list[AliasHit] = self.onto.alias_hits(self.norm)
        self.hit_starts = [h.start for h in self.hits]  # ascending: hits come in text order
        self.kw = self.onto.keyword_hits(self.norm)
        self.kw_starts = [k[0] for k in self.kw]
        resets = [m.start for m in self.mentions if m.kind in _TOPIC_RESET_KINDS]
        resets += [m.start() - 1 for m in _ORDINAL_RESET_RE.finditer(self.norm)]
        self.resets = sorted(resets)
        self.quantities = [m for m in self.mentions if m.quantity is not None]
        self.has_tables = bool(find_tables(self.text))
        self._fact_index_cache: FactIndex | None = None
        # figures of one metric each named by the channel it came by (微信有效受理91件，网站有效受理25件): parts of
        # a whole, never a whole (cues._channel_parts)
        self.channel_parts: set[str] = set()
        self.cache: dict[object, object] = {}  # what a structure derives once for others (by its own key)
        self._marks: dict[int, tuple[re.Pattern[str], list[int]]] = {}  # clause marks, by id(pattern)
        self._clause_marks: list[int] | None = None  # marks(CLAUSE_END), once asked
        self._frames: dict[str, Frame] = {}
        self._periods: dict[int, tuple[int, int]] = {}  # period_span by position

    # -- topic ------------------------------------------------------------------------------------
    def topic_at(self, pos: int) -> str | None:
        """The family of the nearest keyword before `pos` in its paragraph (after the last reset),
        else that of the heading paragraph just above."""
        para = self.seg.paragraph_at(pos)
        r = bisect.bisect_right(self.resets, pos) - 1
        floor = max(para.start, self.resets[r] if r >= 0 else 0)
        i = bisect.bisect_left(self.kw_starts, pos) - 1
        while i >= 0 and self.kw[i][0] >= floor:
            if self.kw[i][1] <= pos:
                return self.kw[i][2][0]
            i -= 1
        if floor == para.start and para.index > 0:
            prev = self.seg.paragraphs[para.index - 1]
            if prev.end - prev.start < 60 and not _SENTENCE_DONE_RE.search(self.norm, prev.start, prev.end):
                # a heading (not a short paragraph of its own: 其中败诉0件，占审结案件的1.5%。)
                j = bisect.bisect_left(self.kw_starts, prev.end) - 1
                if j >= 0 and self.kw[j][0] >= prev.start:
                    return self.kw[j][2][0]
        return None

    def names_another_field(self, start: int, end: int, family: str) -> bool:
        """Do the words in [start, end) hold a keyword of a field other than `family`?"""
        i = bisect.bisect_left(self.kw_starts, start)
        while i < len(self.kw) and self.kw[i][1] <= end:
            if family not in self.kw[i][2]:
                return True
            i += 1
        return False

    def clause_fields(self, pos: int) -> tuple[str, ...] | None:
        """The fields of the keyword nearest before `pos` in its clause (办理行政复议案件25万余件: 复议's), if any."""
        lo = self.clause_start(pos)
        i = bisect.bisect_left(self.kw_starts, pos) - 1
        while i >= 0 and self.kw[i][0] >= lo:
            if self.kw[i][1] <= pos:
                return self.kw[i][2]
            i -= 1
        return None

    def opens_another_field(self, pos: int, family: str) -> bool:
        """Do the words at `pos` (past spaces) begin with a keyword of a field other than `family`
        (…；行政诉讼发案量13件 after a 复议 list)?"""
        while pos < len(self.norm) and self.norm[pos] in " \t\n":
            pos += 1
        # (…受理前化解9件；办理行政应诉案件42件: past the verb the field's name follows)
        verb = _LEAD_VERB_RE.match(self.norm, pos)
        at = (pos, verb.end()) if verb else (pos,)
        i = bisect.bisect_left(self.kw_starts, pos)
        return i < len(self.kw) and self.kw[i][0] in at and family not in self.kw[i][2]

    def resolve(self, hit: AliasHit, pos: int, m: Mention, topic: str | None = None) -> str | None:
        """The metric a cue names here, or None (`topic` overrides the topic found in the text)."""
        assert m.quantity is not None
        named, fams = self.onto.cue_reading(
            hit.alias, self.norm[hit.start : hit.end], m.kind, m.quantity.unit
        )
        if named is not None or not fams:
            return named
        topic = topic or self.topic_at(pos)  # keywords up to the figure: 审结一审行政案件356件
        if topic in fams:
            return fams[topic]
        if topic is None and len(fams) == 1 and hit.alias not in self.onto.generic:
            return next(iter(fams.values()))
        return None

    def name(self, f: Fact, metric: str, hit: AliasHit) -> None:
        """Give a fact the metric a cue names (structures that read labels do this: 分别为)."""
        f.metric, f.family, f.label = metric, self.onto.metrics[metric].family, self.onto.label(metric)
        f.cue, f.cue_span = self.text[hit.start : hit.end], (hit.start, hit.end)

    def hits_within(self, start: int, end: int) -> list[AliasHit]:
        i, j = bisect.bisect_left(self.hit_starts, start), bisect.bisect_left(self.hit_starts, end)
        return [h for h in self.hits[i:j] if h.end <= end]

    # -- clauses and sentences ----------------------------------------------------------------------
    def marks(self, mark: re.Pattern[str]) -> list[int]:
        """The positions of a one-character pattern (a class of marks) in the view, ascending."""
        # (by identity: a compiled pattern hashes its whole program each time it is a key)
        got = self._marks.get(id(mark))
        if got is None or got[0] is not mark:
            chars = _MARK_CLASSES.get(mark)
            found = (
                self._marks_of(chars) if chars is not None else [m.start() for m in mark.finditer(self.norm)]
            )
            got = self._marks[id(mark)] = (mark, found)
        return got[1]

    def _marks_of(self, chars: frozenset[str]) -> list[int]:
        """The positions of these characters, of the marks found by one scan (_ANY_MARK_RE)."""
        # (those of each character merged: a class holds a few, and sorted() merges their ascending runs)
        found = [self._marks_by_char[c] for c in chars if c in self._marks_by_char]
        return found[0][:] if len(found) == 1 else sorted(itertools.chain.from_iterable(found))

    def clause_start(self, pos: int, ends: re.Pattern[str] = CLAUSE_END) -> int:
        """Just after the last clause mark (`ends`: one character) in the 60 characters before pos."""
        # (asked some 70 times a document, nearly always for CLAUSE_END: its marks kept at hand)
        marks = self._clause_marks if ends is CLAUSE_END else None
        if marks is None:
            marks = self.marks(ends)
            if ends is CLAUSE_END:
                self._clause_marks = marks
        lo = pos - 60 if pos > 60 else 0
        i = bisect.bisect_left(marks, pos) - 1
        return marks[i] + 1 if i >= 0 and marks[i] >= lo else lo

    def comma_clause_start(self, lo: int, pos: int) -> int:
        """Just after the last ，or ； in [lo, pos) (a clause 、 does not end), or lo if there is none."""
        return max(lo, max(self.norm.rfind(c, lo, pos) for c in "，,；;") + 1)

    def last_segment_end(self, lo: int, hi: int) -> int:
        """Where the last ；-segment in [lo, hi) ends (the position of its ； or ;), or -1 if none does."""
        return max(self.norm.rfind("；", lo, hi), self.norm.rfind(";", lo, hi))

    def lead(self, f: Fact, most: int = 16) -> str:
        """The words of a figure's clause before it, at most `most` characters (共受理…, 较上期减少…)."""
        return self.norm[max(self.clause_start(f.start), f.start - most) : f.start]

    def sentence_span(self, idx: int) -> tuple[int, int]:
        """A sentence of the segmentation: it ends at 。！？ and also at ；."""
        return self.seg.sentence_span(idx, len(self.text))

    def period_span(self, pos: int) -> tuple[int, int]:
        """The full sentence holding `pos`: from the last 。！？ before it to the next, within its
        paragraph (a list that runs on across ； is one period)."""
        got = self._periods.get(pos)
        if got is not None:
            return got  # (structures ask again and again for the periods of the same figures)
        para = self.seg.paragraph_at(pos)
        marks = self.marks(_PERIOD_END)
        i = bisect.bisect_left(marks, pos)
        start = marks[i - 1] + 1 if i > 0 and marks[i - 1] + 1 > para.start else para.start
        end = marks[i] + 1 if i < len(marks) and marks[i] < para.end else para.end
        # a real sentence is under 320 characters; text without full stops (a flattened page) is read
        # in windows, so that looking back across a period stays linear in the document
        got = self._periods[pos] = (max(start, pos - MAX_PERIOD), min(end, pos + MAX_PERIOD))
        return got

    def frame(self, f: Fact) -> Frame:
        """The clause frame of a fact (frames.py): the words naming it and those after it."""
        try:
            return self._frames[f.id]
        except KeyError:
            pass
        if not self._frames and self.facts:
            self._frame_all()  # nearly every figure's frame is asked for: all in one pass
            if f.id in self._frames:
                return self._frames[f.id]
        i = self.fact_index().position.get(id(f), -1)
        s_start, s_end = self.sentence_span(f.sentence)
        prev_end = self.facts[i - 1].end if i > 0 else 0
        next_start = self.facts[i + 1].start if 0 <= i < len(self.facts) - 1 else len(self.text)
        marks = self.marks(MARK_RE)
        fr = frame_of(self.norm, f.start, f.end, max(s_start, prev_end), min(s_end, next_start), marks)
        self._frames[f.id] = fr
        return fr

    def _frame_all(self) -> None:
        """frame() of every fact of r.facts (set once, in text order, by cues.name_figures)."""
        facts, norm, marks, frames = self.facts, self.norm, self.marks(MARK_RE), self._frames
        starts, n = self.seg.sentence_starts, len(self.text)
        last = len(starts) - 1
        prev_end = 0
        for i, f in enumerate(facts):
            m = f.mention
            s = f.sentence
            s_start, s_end = starts[s], (starts[s + 1] if s < last else n)
            next_start = facts[i + 1].mention.start if i < len(facts) - 1 else n
            frames[f.id] = frame_of(
                norm, m.start, m.end, max(s_start, prev_end), min(s_end, next_start), marks
            )
            prev_end = m.end

    # -- facts --------------------------------------------------------------------------------------
    def fact_index(self, facts: list[Fact] | None = None) -> FactIndex:
        """Starts and ends of `facts` (default: all), whether they are in order, and positions by
        identity: computed once per list. The facts run() builds are in text order."""
        facts = self.facts if facts is None else facts
        cached = self._fact_index_cache
        if cached is None or cached.facts is not facts or len(cached.starts) != len(facts):
            starts = [f.start for f in facts]
            cached = FactIndex(
                facts,
                starts,
                [f.end for f in facts],
                all(a <= b for a, b in itertools.pairwise(starts)),
                {id(f): i for i, f in enumerate(facts)},
            )
            self._fact_index_cache = cached
        return cached

    def facts_between(self, start: int, end: int, facts: list[Fact] | None = None) -> list[Fact]:
        facts = self.facts if facts is None else facts
        ix = self.fact_index(facts)
        lo, hi = (0, len(facts))
        if ix.ordered:
            lo, hi = bisect.bisect_left(ix.starts, start), bisect.bisect_left(ix.starts, end)
        return [f for f in facts[lo:hi] if start <= f.start and f.end <= end]

    def unread_text(self, start: int, end: int) -> list[str]:
        """The pieces of [start, end) outside every figure read (where a figure hecha read no unit for, or in
        no unit it knows, still stands)."""
        pieces, at = [], start
        for f in self.facts_between(start, end):
            pieces.append(self.norm[at : f.start])
            at = f.end
        pieces.append(self.norm[at:end])
        return pieces

    def bare_figure_between(self, start: int, end: int) -> bool:
        """Is there a figure in [start, end) that was read as no fact, written without a unit where its clause
        ends (完成答复件502,其中…: the counter written before it)? The whole after it is then that figure."""
        return any(_BARE_FIGURE_RE.search(p) for p in self.unread_text(start, end))

    def years_between(self, start: int, end: int) -> list[str]:
        """The years stated in [start, end), in order (2013年1月至2017年12月 → 2013, 2017)."""
        return _YEAR_RE.findall(self.norm, start, end)

    def clause_year(self, f: Fact) -> int | None:
        """The year a figure's own clause states before it (2017年的440件 → 2017)."""
        found = self.years_between(self.clause_start(f.start), f.start)
        return int(found[-1]) if found else None

    def counted_thing(self, f: Fact) -> str | None:
        """The thing a figure in a general counter (个, 项, 类, 种) says after it that it counts (31个行政管理领域
        → 行政管理领域), if any: then it counts that, whatever the words before it name."""
        if f.q.unit not in _ITEM_COUNTERS:
            return None
        thing = _THING_RE.match(self.frame(f).pred)
        return thing.group() if thing else None

    def head(self, f: Fact) -> str:
        """The last two characters of the words naming a figure (行政许可事项共93项 → 事项)."""
        facts = self.facts
        i = self.fact_index().position.get(id(f))
        if i is None:
            i = facts.index(f)
        prev_end = facts[i - 1].end if i > 0 else 0
        sent_start = self.sentence_span(f.sentence)[0]
        lo = max(prev_end, sent_start, f.start - 20)
        words = re.split(r"[，,、；;：:（）()]", self.norm[lo : f.start])[-1].rstrip(FILLERS + " ")
        return words[-2:]

    def open_bracket(self, pos: int) -> int:
        """Where the parenthesis open at `pos` opens, or -1: the innermost one before it not closed before it,
        in its sentence (a bracket a page left unclosed sentences before holds nothing: 《…方案(试行)》(汨安监…
        通知要求，…). Pairs inside it are passed over: (市直单位53个，县(市)区165个) holds the 165."""
        # (by bisection in the positions of the marks: rfind from pos would read back to the text's start
        # wherever no bracket opens before it, asked for figure after figure)
        opens, closes = self.marks(_OPEN_BRACKET), self.marks(_CLOSE_BRACKET)
        i = bisect.bisect_left(opens, pos) - 1
        j = bisect.bisect_left(closes, pos) - 1
        depth = 0  # the closes met walking back that no open met yet answers
        while i >= 0:
            opened = opens[i]
            while j >= 0 and closes[j] > opened:
                depth, j = depth + 1, j - 1
            if depth == 0:
                break
            depth, i = depth - 1, i - 1
        else:
            return -1
        stops = self.marks(_FULL_STOP)
        k = bisect.bisect_left(stops, opened)
        if k < len(stops) and stops[k] < pos:
            return -1  # a full stop between
        if _BLANK_LINE_RE.search(self.norm, opened, pos):
            return -1  # a blank line between (【字体: left open by a page's button, (一)… after it)
        return opened

    def bracket_close(self, pos: int, hi: int) -> int:
        """Where the parenthesis open at `pos` closes (before `hi`), else `hi`: pairs inside it passed over."""
        if self.open_bracket(pos) < 0:
            return hi
        opens, closes = self.marks(_OPEN_BRACKET), self.marks(_CLOSE_BRACKET)
        i, j = bisect.bisect_left(opens, pos), bisect.bisect_left(closes, pos)
        depth = 0
        while j < len(closes) and closes[j] < hi:
            while i < len(opens) and opens[i] < closes[j]:
                depth, i = depth + 1, i + 1
            if depth == 0:
                return closes[j]
            depth, j = depth - 1, j + 1
        return hi

    def bracketed(self, f: Fact, upto: int) -> bool:
        """Is the figure inside a parenthesis that closes before `upto`?"""
        if self.open_bracket(f.start) < 0:
            return False
        return max(self.norm.find("）", f.end, upto), self.norm.find(")", f.end, upto)) >= 0

    def groups_of(self, *kinds: str) -> list[Group]:
        return [g for g in self.groups if g.kind in kinds]
