"""From numerals to facts: what each quantity measures, and the structures that tie facts together.

For each quantity the *cue* is the ontology alias that names it: the alias ending nearest before the
number in its clause (审结25件), else one right after its unit (1421人参加…考试). The *family* of an
ambiguous cue (受理 is used by 行政复议, 人民调解, 法律援助…) comes from the topic: a family keyword
inside the cue itself, else the nearest keyword earlier in the sentence or paragraph (reset at
一是/二是 and at headings), else the heading above. A quantity whose cue cannot be resolved is still
a fact, with metric None.

Structures (`Group`) found here let generic rules check figures whose metric is unknown:
  breakdown  — total … 其中 part, part (and 6件（1件为…）)
  share      — 23件，占结案的12.7%
  reduction  — 176个事项整合为26个 … 缩减率90.3%
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .model import Fact, Group, Mention
from .numbers import scan
from .ontology import AliasHit, Ontology, load_ontology
from .segment import Segmentation, segment
from .tables import Table, find_tables, locate, row_id
from .textnorm import Normalized, normalize_document

_TARGET_RE = re.compile(r"不少于|不低于|力争|确保|争取|目标|应当|必须")
_CLAUSE_END = re.compile(r"[，,；;。！？：:、\n（）()]")
_TOPIC_RESET_KINDS = ("section",)
_ORDINAL_RESET_RE = re.compile(r"[一二三四五六七八九十]是")
_FILLERS = "共计合计总计累计达到为有约计的了已"
# 其中, and "among the cases" (办理案件中，决定维持…): both introduce the parts of a total stated before
_BREAKDOWN_RE = re.compile(r"其中|(?:案件|案子|纠纷|申请|诉求)中(?=[，,：:])")
_REDUCTION_VERB_RE = re.compile(r"(?:整合|合并|压减|精简|缩减|减少|压缩|归并|优化|削减)(?:为|到|至|成)")
_COMPOUND_RE = re.compile(r"([\u4e00-\u9fff]{1,3})（([\u4e00-\u9fff]{1,3})）")
_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=[、和及与，,；;。（]|均|都|全)")
_ALL_RE = re.compile(r"(?:全部|均已|均予|均得到|均被|均|悉数|全数)(?:依法|予以|得到|已|被|按期|按时|及时)*")
_YOY_RE = re.compile(
    r"(?:同比|比上年|较上年|较去年|比去年|与上年相比)(?P<dir>增长|增加|上升|提高|提升|下降|减少|降低)了?"
)
_PRIOR_AFTER_RE = re.compile(r"[（(](?:上年|去年|上一年|\d{4}年)(?:同期)?(?:为|是)?")
_FULL_STOP_RE = re.compile(r"[。！？!?]")
_SUM_WORD_RE = re.compile(r"(?:共计|合计|总计|累计共|共)(?:达到|达|为|有)?")
_ENUM_CLAUSE_END = re.compile(r"[，,；;。！？：:\n]")
_ENUM_RE = re.compile(r"分别(?:为|是|达到|达|有|占)")
_ENUM_SPLIT_RE = re.compile(r"、|和|及|与|以及")
_PRIOR_RE = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|\d{4}年)(?:同期)?(?:的)?")
_CHANGE_VERB_RE = re.compile(r"(?:相比)?[，,]?(?P<verb>增加|增长|上升|提高|提升|多|减少|下降|降低|少)了?")
_PP_RE = re.compile(r"由(?P<a>[^，,；;。]{0,12}?)(?:提高|提升|上升|增加|增长|下降|降低|减少)(?:到|至)")
_REDUCTION_RATE_RE = re.compile(r"(?:缩减|压减|精简|压缩|减少|削减|下降)(?:率|比例|幅度)")


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


@dataclass
class _FactIndex:
    facts: list[Fact]
    starts: list[int]
    ends: list[int]
    ordered: bool  # starts ascending (then ends ascend too: figures do not overlap)
    position: dict[int, int]  # id(fact) → index


class _Extractor:
    def __init__(self, text: str, onto: Ontology):
        self.view = normalize_document(text)
        self.text = self.norm = self.view.text  # everything below reads the view
        self.onto = onto
        self.mentions = scan(self.text, self.norm)
        self.seg = segment(self.text)
        self.hits = onto.alias_hits(self.norm)
        self.hit_ends = [h.end for h in self.hits]
        self.hit_starts = [h.start for h in self.hits]  # ascending: hits come in text order
        self.kw = onto.keyword_hits(self.norm)
        self.kw_starts = [k[0] for k in self.kw]
        resets = [m.start for m in self.mentions if m.kind in _TOPIC_RESET_KINDS]
        resets += [m.start() for m in _ORDINAL_RESET_RE.finditer(self.norm)]
        self.resets = sorted(resets)
        self.quantities = [m for m in self.mentions if m.quantity is not None]
        self.has_tables = bool(find_tables(self.text))
        self._fact_index_cache: _FactIndex | None = None
        self._marks: dict[re.Pattern[str], list[int]] = {}  # positions of clause marks, by pattern

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
            if prev.end - prev.start < 60:  # a heading
                j = bisect.bisect_left(self.kw_starts, prev.end) - 1
                if j >= 0 and self.kw[j][0] >= prev.start:
                    return self.kw[j][2][0]
        return None

    def resolve(self, hit: AliasHit, pos: int, m: Mention, topic: str | None = None) -> str | None:
        """The metric a cue names here, or None (`topic` overrides the topic found in the text)."""
        assert m.quantity is not None
        cands = [k for k in hit.metrics if self.onto.metrics[k].accepts(m.kind, m.quantity.unit)]
        if not cands:
            return None
        fams = {self.onto.metrics[k].family: k for k in cands}
        cue_text = self.norm[hit.start : hit.end]
        for fam, key in fams.items():
            if any(kw in cue_text for kw in self.onto.family_keywords(fam)):
                return key
        topic = topic or self.topic_at(pos)  # keywords up to the figure: 审结一审行政案件356件
        if topic in fams:
            return fams[topic]
        if topic is None and len(fams) == 1 and hit.alias not in self.onto.generic:
            return next(iter(fams.values()))
        return None

    # -- cues -------------------------------------------------------------------------------------
    def table_cue(self, m: Mention, table: Table, row: int, col: int) -> tuple[AliasHit | None, str | None]:
        """A figure in a table cell is named by its column header; its topic is the row's first cell,
        else the header row, else the text above the table."""
        head = table.header[col] if col < len(table.header) else None
        if head is None:
            return None, None
        first = table.rows[row][0] if table.rows[row] else None
        topic = None
        for span in ([first] if first else []) + list(table.header):
            kws = [k for k in self.kw if span.start <= k[0] and k[1] <= span.end]
            if kws:
                topic = kws[-1][2][0]
                break
        if topic is None:
            prev = self.seg.paragraph_at(table.header[0].start).index - 1
            if prev >= 0:
                p = self.seg.paragraphs[prev]
                kws = [k for k in self.kw if p.start <= k[0] and k[1] <= p.end]
                topic = kws[-1][2][0] if kws else None
        hits = [h for h in self.hits if head.start <= h.start and h.end <= head.end]
        hits.sort(key=lambda h: (h.end, h.literal_len), reverse=True)
        for h in hits:
            metric = self.resolve(h, m.start, m, topic)
            if metric is not None:
                return h, metric
        return (hits[0] if hits else None), None

    def cue_for(
        self, m: Mention, win_start: int, anchor: int, post_end: int
    ) -> tuple[AliasHit | None, str | None]:
        """The cue before the figure (ending at `anchor`, in the window), else just after it."""
        assert m.quantity is not None
        hi = bisect.bisect_right(self.hit_ends, anchor)
        lo = bisect.bisect_left(self.hit_ends, win_start)
        cands = [h for h in self.hits[lo:hi] if h.start >= win_start and h.end <= anchor]
        cands.sort(key=lambda h: (h.end, h.literal_len, h.start), reverse=True)
        for h in cands:
            metric = self.resolve(h, m.start, m)
            if metric is not None:
                return h, metric
        lo = bisect.bisect_left(self.hit_ends, m.end)
        post = []
        for k in range(lo, len(self.hits)):  # (islice would step through the first lo hits)
            h = self.hits[k]
            if h.start > m.end + 3:  # hits are in order of start: no later one can qualify
                break
            if m.end <= h.start and h.end <= post_end:
                post.append(h)
        post.sort(key=lambda h: (h.start, -h.literal_len))
        for h in post:
            metric = self.resolve(h, m.start, m)
            if metric is not None:
                return h, metric
        if cands:
            return cands[0], None
        return None, None

    def _by_association(self, facts: list[Fact], pending: dict[str, AliasHit]) -> None:
        """An ambiguous cue with no topic (审结 alone) takes the family of the figures around it
        (维持, 驳回 are 行政复议 only): nearest resolved fact in the sentence, else within the paragraph."""
        ix = self._fact_index(facts)
        starts, sorted_starts = ix.starts, ix.ordered
        for f in facts:
            hit = pending.get(f.id)
            if hit is None:
                continue
            assert f.mention.quantity is not None
            cands = {
                self.onto.metrics[k].family: k
                for k in hit.metrics
                if self.onto.metrics[k].accepts(f.mention.kind, f.mention.quantity.unit)
            }
            lo = bisect.bisect_right(starts, f.start - 200) if sorted_starts else 0
            hi = bisect.bisect_left(starts, f.start + 200) if sorted_starts else len(facts)
            near = [
                g
                for g in facts[lo:hi]
                if g.family
                and g.id not in pending
                and g.sentence == f.sentence  # only the figures of its own sentence vouch for its topic
            ]
            near.sort(key=lambda g: (g.sentence != f.sentence, abs(g.start - f.start)))
            for g in near:
                if g.family in cands:
                    key = cands[g.family]
                    f.metric, f.family, f.label = key, g.family, self.onto.label(key)
                    break

    def run(self) -> Extraction:
        facts: list[Fact] = []
        pending: dict[str, AliasHit] = {}
        qs = self.quantities
        run_start = 0  # first figure of the run of figures that follow one another directly
        for i, m in enumerate(qs):
            sent = self.seg.sentence_at(m.start)
            s_start, s_end = self.seg.sentence_span(sent, len(self.text))
            anchor = m.start
            # 308批589人次, 2批次1421人: a figure right after another shares its words
            if i == 0 or self.norm[qs[i - 1].end : m.start].strip(" \t"):
                run_start = i
            j = run_start
            if j != i:
                anchor = qs[j].start
            prev_end = qs[j - 1].end if j > 0 else 0
            win_start = max(s_start, prev_end, self._clause_start(anchor))
            next_start = qs[i + 1].start if i + 1 < len(qs) else len(self.text)
            boundary = _CLAUSE_END.search(self.norm, m.end, s_end)
            post_end = min(s_end, next_start, boundary.start() if boundary else s_end)
            cell = locate(self.text, m.start) if self.has_tables else None
            if cell is not None:
                hit, metric = self.table_cue(m, *cell)
            else:
                hit, metric = self.cue_for(m, win_start, anchor, post_end)
            para = self.seg.paragraph_at(m.start)
            row = row_id(self.text, m.start) if cell is not None else None
            modality = "actual"
            if para.plan or _TARGET_RE.search(self.norm, max(s_start, m.start - 12), m.start):
                modality = "target"
            facts.append(
                Fact(
                    id=f"f{i + 1}",
                    mention=m,
                    metric=metric,
                    label=self.onto.label(metric),
                    cue=self.text[hit.start : hit.end] if hit else None,
                    cue_span=(hit.start, hit.end) if hit else None,
                    family=self.onto.metrics[metric].family if metric else None,
                    paragraph=row if row is not None else para.index,
                    sentence=sent,
                    modality=modality,
                )
            )
            if hit is not None and metric is None:
                pending[facts[-1].id] = hit
        self._by_association(facts, pending)
        enums = self.enumerations(facts)
        parts = enums + self.breakdowns(facts)
        groups = (
            parts
            + self.shares(facts, parts)
            + self.reductions(facts)
            + self.subsets(facts)
            + self.compounds(facts)
            + self.sums(facts)
            + self.all_claims(facts)
            + self.changes(facts)
        )
        return Extraction(self.text, self.norm, self.mentions, facts, groups, self.seg, self.view)

    def _clause_start(self, pos: int, ends: re.Pattern[str] = _CLAUSE_END) -> int:
        """Just after the last clause mark (`ends`: one character) in the 60 characters before pos."""
        marks = self._marks.get(ends)
        if marks is None:
            marks = self._marks[ends] = [mm.start() for mm in ends.finditer(self.norm)]
        lo = max(0, pos - 60)
        i = bisect.bisect_left(marks, pos) - 1
        return marks[i] + 1 if i >= 0 and marks[i] >= lo else lo

    # -- structures -------------------------------------------------------------------------------
    def _fact_index(self, facts: list[Fact]) -> _FactIndex:
        """Starts and ends of `facts`, whether they are in order, and positions by identity: computed
        once per list. The facts run() builds are in text order, so both lists ascend."""
        cached = self._fact_index_cache
        if cached is None or cached.facts is not facts or len(cached.starts) != len(facts):
            starts = [f.start for f in facts]
            cached = _FactIndex(
                facts,
                starts,
                [f.end for f in facts],
                all(a <= b for a, b in itertools.pairwise(starts)),
                {id(f): i for i, f in enumerate(facts)},
            )
            self._fact_index_cache = cached
        return cached

    def _facts_between(self, facts: list[Fact], start: int, end: int) -> list[Fact]:
        ix = self._fact_index(facts)
        lo, hi = (0, len(facts))
        if ix.ordered:
            lo, hi = bisect.bisect_left(ix.starts, start), bisect.bisect_left(ix.starts, end)
        return [f for f in facts[lo:hi] if start <= f.start and f.end <= end]

    def _head(self, f: Fact, facts: list[Fact]) -> str:
        """The last two characters of the words naming a figure (行政许可事项共93项 → 事项)."""
        i = self._fact_index(facts).position.get(id(f))
        if i is None:
            i = facts.index(f)
        prev_end = facts[i - 1].end if i > 0 else 0
        sent_start = self.seg.sentence_span(f.sentence, len(self.text))[0]
        lo = max(prev_end, sent_start, f.start - 20)
        words = re.split(r"[，,、；;：:（）()]", self.norm[lo : f.start])[-1].rstrip(_FILLERS + " ")
        return words[-2:]

    def breakdowns(self, facts: list[Fact]) -> list[Group]:
        groups: list[Group] = []
        for m in _BREAKDOWN_RE.finditer(self.norm):
            pos = m.start()
            sent = self.seg.sentence_at(pos)
            s_start, s_end = self.seg.sentence_span(sent, len(self.text))
            lead = self.norm[s_start:pos].strip(" ，,：:")
            opens = not lead or (m.group() != "其中" and not self._facts_between(facts, s_start, pos))
            if opens and sent > 0:  # the list opens its sentence: the total closes the one before
                lo = self.seg.sentence_span(sent - 1, len(self.text))[0]
                if self.seg.paragraph_at(lo).index != self.seg.paragraph_at(pos).index:
                    continue
            else:
                lo = s_start
            # a list runs on across ；(…3210件，占70.4%；行政强制案件1352件…) to the full stop
            stop = _FULL_STOP_RE.search(self.norm, m.end(), self.seg.paragraph_at(pos).end)
            list_end = stop.start() if stop else s_end
            nxt = _BREAKDOWN_RE.search(self.norm, m.end(), list_end)
            hi = nxt.start() if nxt else list_end
            parts = [f for f in self._facts_between(facts, m.end(), hi) if f.mention.kind != "percent"]
            before = [f for f in self._facts_between(facts, lo, pos) if f.mention.kind != "percent"]
            if not parts or not before:
                continue
            unit = parts[0].q.unit
            # the total is the last figure of that unit before 其中, not one inside brackets: 审结138件（含上年结转12件），其中…
            total = next(
                (f for f in reversed(before) if f.q.unit == unit and not self._bracketed(f, pos)), None
            )
            if m.group() != "其中":
                # 审结案件中，维持…: the words before 中 name the total (审结), whichever figure came last
                named = self._named_total(
                    before, unit, self.seg.sentence_span(sent, len(self.text))[0], m.end()
                )
                total = named or total
            if total is None:
                continue
            parts = self._list_parts(total, [f for f in parts if f.q.unit == unit])
            if not parts:
                continue
            head = self._head(total, facts)
            likely_complete = (
                len(parts) >= 2 and len(head) == 2 and all(self._head(p, facts) == head for p in parts)
            )
            groups.append(
                Group(
                    kind="breakdown",
                    facts={"total": [total.id], "parts": [p.id for p in parts]},
                    span=(total.start, parts[-1].end),
                    attrs={"complete": "likely" if likely_complete else "no", "marker": "其中"},
                )
            )
        # 6件（1件为书面审理结案）: a parenthesis right after a figure gives part of it
        ends = self._fact_index(facts).ends
        for i, f in enumerate(facts[:-1]):
            after = self.norm[f.end : f.end + 1]
            if after in "（(" and f.mention.kind != "percent":
                close = self.norm.find("）" if after == "（" else ")", f.end, f.end + 40)
                last = bisect.bisect_right(ends, close) if close > 0 else i + 1
                inner = [g for g in facts[i + 1 : last] if g.q.unit == f.q.unit]
                if inner:
                    groups.append(
                        Group(
                            kind="breakdown",
                            facts={"total": [f.id], "parts": [g.id for g in inner]},
                            span=(f.start, inner[-1].end),
                            attrs={"complete": "no", "marker": "（）"},
                        )
                    )
        return groups

    def _named_total(self, before: list[Fact], unit: str, lo: int, hi: int) -> Fact | None:
        """The figure among `before` whose metric the words in [lo, hi) name."""
        i, j = bisect.bisect_left(self.hit_starts, lo), bisect.bisect_left(self.hit_starts, hi)
        metrics = {k for h in self.hits[i:j] if h.end <= hi for k in h.metrics}
        return next((f for f in reversed(before) if f.metric in metrics and f.q.unit == unit), None)

    def sums(self, facts: list[Fact]) -> list[Group]:
        """新收84件，上年结转6件，共计90件: a figure named only by 共计/合计/总计 sums the figures of its
        unit listed before it in the sentence."""
        groups: list[Group] = []
        for i, f in enumerate(facts):
            if f.mention.kind not in ("count", "money") or i < 2:
                continue
            clause = self.norm[self._clause_start(f.start) : f.start].strip(" ")
            if not _SUM_WORD_RE.fullmatch(clause):
                continue
            sent_start = self.seg.sentence_span(f.sentence, len(self.text))[0]
            parts = [g for g in facts[:i] if g.start >= sent_start and g.q.unit == f.q.unit]
            if len(parts) >= 2:
                groups.append(
                    Group(
                        kind="breakdown",
                        facts={"total": [f.id], "parts": [g.id for g in parts]},
                        span=(parts[0].start, f.end),
                        attrs={"complete": "likely", "marker": "共计"},
                    )
                )
        return groups

    def _bracketed(self, f: Fact, upto: int) -> bool:
        """Is the figure inside a parenthesis that closes before `upto`?"""
        opened = max(self.norm.rfind("（", 0, f.start), self.norm.rfind("(", 0, f.start))
        if (
            opened < 0
            or max(self.norm.rfind("）", opened, f.start), self.norm.rfind(")", opened, f.start)) >= 0
        ):
            return False
        return max(self.norm.find("）", f.end, upto), self.norm.find(")", f.end, upto)) >= 0

    def _list_parts(self, total: Fact, cands: list[Fact]) -> list[Fact]:
        """Where a 其中 list ends: the sentence goes on after its parts (案件87件，其中新收72件，上年结转15件，
        审结70件…). Stop after the parts that add up to the total exactly when more figures follow."""
        parts: list[Fact] = []
        running = 0.0
        for f in cands:
            parts.append(f)
            running += f.q.value
            if len(parts) >= 2 and running == total.q.value and total.q.exact:
                break
        return parts

    def shares(self, facts: list[Fact], breakdowns: list[Group]) -> list[Group]:
        """占…的X% / 占比X%: a part as a share of a base (stated or implied)."""
        groups: list[Group] = []
        # computed once, not per rate: long reports have hundreds of rates
        starts = self._fact_index(facts).starts
        by_id = {g.id: g for g in facts}
        total_of = {
            p: g.facts["total"][0] for g in breakdowns if g.kind == "breakdown" for p in g.facts["parts"]
        }
        first_group_of: dict[str, Group] = {}  # part id → the first group listing it (any kind)
        for g in breakdowns:
            for p in g.facts.get("parts", []):
                first_group_of.setdefault(p, g)
        for i, f in enumerate(facts):
            if f.mention.kind != "percent" or f.q.unit != "%":
                continue
            sent_start = self.seg.sentence_span(f.sentence, len(self.text))[0]
            lo = max(sent_start, facts[i - 1].end if i > 0 else 0)
            window = self.norm[lo : f.start]
            k = window.rfind("占")
            if k < 0:
                part_rate = self._part_rate(f, facts[i - 1] if i > 0 else None, first_group_of, window)
                if part_rate is not None:
                    groups.append(part_rate)
                continue
            base_words = window[k + 1 :]
            base_words = re.sub(r"(?:的|比例|比重|比|为|达到|达|约)+$", "", base_words.strip())
            first = bisect.bisect_left(starts, sent_start)
            before = [g for g in facts[first:i] if g.mention.kind in ("count", "money")]
            explicit_base = bool(base_words) and not base_words.startswith("比")
            roles: dict[str, list[str]] = {"rate": [f.id]}
            if explicit_base and before:
                roles["part"] = [before[-1].id]
            elif before and before[-1].id in total_of:
                # 事项1860项，其中…事项1702项，占比91.5%: a part's share of its total
                roles["part"] = [before[-1].id]
                roles["base"] = [total_of[before[-1].id]]
            elif before:
                roles["base"] = [before[-1].id]
            groups.append(
                Group(
                    kind="share",
                    facts=roles,
                    span=(min(by_id[x].start for ids in roles.values() for x in ids), f.end),
                    attrs={"base_words": self.text[lo + k + 1 : lo + k + 1 + len(base_words)]},
                )
            )
        return groups

    def _part_rate(
        self, rate: Fact, part: Fact | None, first_group_of: dict[str, Group], window: str
    ) -> Group | None:
        """其中持证1250名，持证率97.2%: a rate named after the part just before it (`part`, the figure
        before the rate) is that part's share of its total."""
        m = re.search(r"([\u4e00-\u9fff]{2})率[^，,；;。\d]{0,4}$", window)
        if not m or part is None:
            return None
        listing = first_group_of.get(part.id)
        total = listing.facts["total"][0] if listing is not None else None
        if total is None or part.mention.kind != "count" or part.sentence != rate.sentence:
            return None
        named = self.norm[self._clause_start(part.start) : part.start]
        if m.group(1) not in named:
            return None
        return Group(
            kind="share",
            facts={"rate": [rate.id], "part": [part.id], "base": [total]},
            span=(part.start, rate.end),
            attrs={"base_words": ""},
        )

    def enumerations(self, facts: list[Fact]) -> list[Group]:
        """维持、驳回、撤销分别为8件、7件、3件: the i-th label names the i-th figure."""
        groups: list[Group] = []
        for m in _ENUM_RE.finditer(self.norm):
            sent = self.seg.sentence_at(m.start())
            s_start, s_end = self.seg.sentence_span(sent, len(self.text))
            lo = max(s_start, self._clause_start(m.start(), _ENUM_CLAUSE_END))
            prev = [f for f in facts if lo <= f.start < m.start()]
            if prev:
                lo = prev[-1].end
            label_text = self.norm[lo : m.start()]
            cuts = [lo] + [lo + x.end() for x in _ENUM_SPLIT_RE.finditer(label_text)] + [m.start()]
            labels = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
            values = [f for f in facts if m.end() <= f.start < s_end][: len(labels)]
            if len(labels) < 2 or len(values) != len(labels):
                continue
            if any(self.norm[a.end : b.start].strip(" 、，,和及与") for a, b in itertools.pairwise(values)):
                continue  # the figures must follow one another: 8件、7件和3件
            for (a, b), f in zip(labels, values, strict=True):
                hits = [h for h in self.hits if a <= h.start and h.end <= b]
                hits.sort(key=lambda h: (h.end, h.literal_len), reverse=True)
                for h in hits:
                    metric = self.resolve(h, f.start, f.mention)
                    if metric is not None:
                        f.metric, f.family, f.label = (
                            metric,
                            self.onto.metrics[metric].family,
                            self.onto.label(metric),
                        )
                        f.cue, f.cue_span = self.text[h.start : h.end], (h.start, h.end)
                        break
            groups.append(
                Group(kind="enumeration", facts={"parts": [f.id for f in values]}, span=(lo, values[-1].end))
            )
            # 审结18件，维持、驳回、撤销分别为…: the enumeration breaks down the figure just before it
            before = [f for f in facts if s_start <= f.start < lo and f.q.unit == values[0].q.unit]
            if (
                before
                and all(v.q.unit == values[0].q.unit for v in values)
                and before[-1].mention.kind != "percent"
            ):
                groups.append(
                    Group(
                        kind="breakdown",
                        facts={"total": [before[-1].id], "parts": [f.id for f in values]},
                        span=(before[-1].start, values[-1].end),
                        attrs={"complete": "no", "marker": "分别"},
                    )
                )
        return groups

    def compounds(self, facts: list[Fact]) -> list[Group]:
        """54个村（社区） … 26个行政村、28个社区: a count of a compound category (P（Q）) and, later in the
        paragraph, counts of P and of Q side by side — the compound is their sum."""
        groups: list[Group] = []
        for i, f in enumerate(facts):
            m = _COMPOUND_RE.match(self.norm, f.end)
            if f.mention.kind != "count" or not m:
                continue
            p, q = m.group(1), m.group(2)
            para = f.paragraph
            later = []
            for k in range(i + 1, len(facts)):  # facts are in text order, so paragraph order
                if facts[k].paragraph != para:
                    break
                if facts[k].q.unit == f.q.unit:
                    later.append(facts[k])
            for a, b in itertools.pairwise(later):
                na = _NOUN_RE.match(self.norm, a.end)
                nb = _NOUN_RE.match(self.norm, b.end)
                if not na or not nb or self.norm[na.end() : b.start].strip(" 、和及与") != "":
                    continue
                if na.group(0).endswith(p) and nb.group(0).endswith(q) and na.group(0) != p + "（":
                    groups.append(
                        Group(
                            kind="breakdown",
                            facts={"total": [f.id], "parts": [a.id, b.id]},
                            span=(f.start, b.end),
                            attrs={"complete": "likely", "marker": "（）合称"},
                        )
                    )
                    break
        return groups

    def all_claims(self, facts: list[Fact]) -> list[Group]:
        """收到申请35件，均已依法受理 / 受理纠纷544件，全部调解成功: every one of a count went through a step
        — a figure stated for that step in the same paragraph must equal the count."""
        groups: list[Group] = []
        ends = self._fact_index(facts).ends
        for m in _ALL_RE.finditer(self.norm):
            i = bisect.bisect_right(ends, m.start()) - 1
            while i >= 0 and facts[i].mention.kind != "count":
                i -= 1
            if i < 0:
                continue
            base = facts[i]  # the last count before the claim
            if self.seg.sentence_at(base.start) != self.seg.sentence_at(m.start()):
                continue
            if _CLAUSE_END.search(self.norm[base.end : m.start()].replace("，", "", 1)):
                continue  # only the clause right after the count
            lo, hi = (
                bisect.bisect_left(self.hit_starts, m.end()),
                bisect.bisect_right(self.hit_starts, m.end() + 6),
            )
            hits = [h for h in self.hits[lo:hi] if h.end <= m.end() + 10]
            hits.sort(key=lambda h: (h.start, -h.literal_len))
            for h in hits:
                metric = self.resolve(h, m.start(), base.mention)
                if metric is None or metric == base.metric:
                    continue
                same = [
                    f
                    for f in facts
                    if f.metric == metric and f.paragraph == base.paragraph and f.modality == "actual"
                ]
                if same:
                    stated = min(same, key=lambda f: abs(f.start - base.start))
                    groups.append(
                        Group(
                            kind="all",
                            facts={"base": [base.id], "stated": [stated.id]},
                            span=(min(base.start, stated.start), max(m.end(), stated.end)),
                            attrs={"words": self.text[m.start() : h.end], "metric": metric},
                        )
                    )
                break
        return groups

    def subsets(self, facts: list[Fact]) -> list[Group]:
        """督促全区28个行政执法单位…，对4个重点执法部门…: a 重点 subset of a set named before it."""
        groups: list[Group] = []
        for i, f in enumerate(facts):
            if f.mention.kind != "count" or not self.norm.startswith("重点", f.end):
                continue
            noun = self.norm[f.end + 2 : f.end + 8]
            sent_start = self.seg.sentence_span(f.sentence, len(self.text))[0]
            for g in reversed(facts[:i]):
                if g.start < sent_start:
                    break
                if g.q.unit != f.q.unit or g.mention.kind != "count":
                    continue
                other = self.norm[g.end : g.end + 8]
                if any(noun[k : k + 2] in other for k in range(len(noun) - 1)):
                    groups.append(
                        Group(kind="subset", facts={"part": [f.id], "whole": [g.id]}, span=(g.start, f.end))
                    )
                    break
        return groups

    def changes(self, facts: list[Fact]) -> list[Group]:
        """Year-on-year changes stated against a prior figure: 受理449件，较上年412件增加了37件 / 增长9%;
        and rates moved by percentage points: 由76.8%提高到89.4%，提高12.6个百分点."""
        groups: list[Group] = []
        for m in _PRIOR_RE.finditer(self.norm):
            prior = next((f for f in facts if m.end() <= f.start <= m.end() + 1), None)
            if prior is None:
                continue
            sent_start = self.seg.sentence_span(prior.sentence, len(self.text))[0]
            before = [f for f in facts if sent_start <= f.start < m.start() and f.q.unit == prior.q.unit]
            if not before:
                continue
            current = before[-1]
            v = _CHANGE_VERB_RE.match(self.norm, prior.end)
            delta = None
            if v:
                delta = next((f for f in facts if v.end() <= f.start <= v.end() + 1), None)
            if delta is None:
                continue
            sign = -1 if v and v.group("verb") in ("减少", "下降", "降低", "少") else 1
            group = _change_group(current, prior, delta, sign)
            if group is not None:
                groups.append(group)
        # 同比增长8.6%（2022年为4201件） / 提高1.3个百分点（上年为95.2%）: the prior figure in brackets after
        for m in _YOY_RE.finditer(self.norm):
            delta = next((f for f in facts if m.end() <= f.start <= m.end() + 1), None)
            if delta is None:
                continue
            p = _PRIOR_AFTER_RE.match(self.norm, delta.end)
            prior = next((f for f in facts if p and p.end() <= f.start <= p.end() + 1), None) if p else None
            if prior is None:
                continue
            sent_start = self.seg.sentence_span(delta.sentence, len(self.text))[0]
            before = [f for f in facts if sent_start <= f.start < m.start() and f.q.unit == prior.q.unit]
            if not before:
                continue
            current = before[-1]
            sign = -1 if m.group("dir") in ("下降", "减少", "降低") else 1
            group = _change_group(current, prior, delta, sign)
            if group is not None:
                groups.append(group)
        for m in _PP_RE.finditer(self.norm):
            a = next((f for f in facts if m.start() < f.start < m.end() and f.q.unit == "%"), None)
            b = next((f for f in facts if m.end() <= f.start <= m.end() + 1 and f.q.unit == "%"), None)
            if a is None or b is None:
                continue
            sent_end = self.seg.sentence_span(b.sentence, len(self.text))[1]
            d = next((f for f in facts if b.end < f.start < sent_end and f.q.unit in ("个百分点", "%")), None)
            if d is None or d.start - b.end > 14:
                continue
            sign = -1 if re.search(r"下降|降低|减少", self.norm[m.start() : m.end()]) else 1
            group = _change_group(b, a, d, sign)
            if group is not None:
                groups.append(group)
        return groups

    def reductions(self, facts: list[Fact]) -> list[Group]:
        groups: list[Group] = []
        ix = self._fact_index(facts)
        starts, ends = ix.starts, ix.ends
        for m in _REDUCTION_VERB_RE.finditer(self.norm):
            sent = self.seg.sentence_at(m.start())
            s_start, s_end = self.seg.sentence_span(sent, len(self.text))
            # the last count before the verb in its sentence, the first count after it
            i = bisect.bisect_right(ends, m.start()) - 1
            while i >= 0 and facts[i].start >= s_start and facts[i].mention.kind != "count":
                i -= 1
            j = bisect.bisect_left(starts, m.end())
            while j < len(facts) and facts[j].start < s_end and facts[j].mention.kind != "count":
                j += 1
            if i < 0 or facts[i].start < s_start or j >= len(facts) or facts[j].start >= s_end:
                continue
            a, b = facts[i], facts[j]
            rate = None
            for f in facts[bisect.bisect_right(starts, b.end) :]:
                if f.end > s_end:
                    break  # and so do all later figures
                if f.mention.kind == "percent":
                    lo = max(b.end, f.start - 12)
                    if _REDUCTION_RATE_RE.search(self.norm, lo, f.start):
                        rate = f
                        break
            if rate is None:
                continue
            groups.append(
                Group(
                    kind="reduction",
                    facts={"before": [a.id], "after": [b.id], "rate": [rate.id]},
                    span=(a.start, rate.end),
                )
            )
        return groups


def _change_group(current: Fact, prior: Fact, delta: Fact, sign: int) -> Group | None:
    """A change stated against a prior figure, by what its delta is: 个百分点 (or a % beside a prior
    rate) moves a rate, a % beside a prior count is a growth rate, a count of the prior's unit is a
    difference; anything else is not a change we can check."""
    if prior.q.unit == "%":
        kind = "pp_change" if delta.q.unit in ("%", "个百分点") else None
    elif delta.q.unit == "%":
        kind = "growth_rate"
    elif delta.q.unit == prior.q.unit:
        kind = "growth"
    else:
        kind = None
    if kind is None:
        return None
    ids = {"current": [current.id], "prior": [prior.id], "delta": [delta.id]}
    span = (min(current.start, prior.start), max(delta.end, prior.end, current.end))
    return Group(kind=kind, facts=ids, span=span, attrs={"sign": sign})


def extract(text: str, onto: Ontology | None = None) -> Extraction:
    return _Extractor(text, onto or load_ontology()).run()
