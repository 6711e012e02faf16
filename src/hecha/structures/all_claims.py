"""“All of them” claims: 收到申请35件，均已依法受理 / 受理纠纷544件，全部调解成功 — every one of a count went
through a step, so a figure stated for that step in the same paragraph must equal the count. Roles:
`base` (the count), `stated` (the step's figure); attrs `words`, `metric`. And a rate of that step in
the same sentence (制发规范性文件72件，全部报送备案，报备率100%) must be 100%: group kind `all_rate`, roles
`base` and `rate`. The check (rule kind `all`): base == stated; rate == 100%."""

from __future__ import annotations

import bisect
import re

from ..expr import Interval, Ref, Relation, holds
from ..findings import Context, emit, env, name_en, name_zh, record
from ..frames import subsequence_words
from ..model import Fact, Group
from ..reading import CLAUSE_END, Reading
from ..rulepack import Rule
from .pairs import check_pairs
from .rate import rate_stem
from .words import KIND_UNITS, load_words

KIND = "all"
RATE_KIND = "all_rate"
AFTER = ("enumeration",)  # the step's figure may be named by a 分别为 list

# (not the 均 of an average: 人均调解2.81件, 日均, 月均, 平均; looked behind from after 均, so that every
# alternative begins with a literal character and re scans for them in C)
_ALL_RE = re.compile(
    r"(?:全部|均(?<![人日月周年平户件]均)(?:已|予|得到|被)?|悉数|全数)(?:依法|予以|得到|已|被|按期|按时|及时)*"
)


# a claim that ends in 的 and a figure: it qualifies that figure (全部合格的30765批次; 指标全部合格的单位503间)
_QUALIFIES_A_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}的[\u4e00-\u9fff]{0,4}\s*\d")


def recognise(r: Reading) -> list[Group]:
    facts = r.facts
    groups: list[Group] = []
    ends = r.fact_index().ends
    for m in _ALL_RE.finditer(r.norm):
        if r.norm.endswith("占", 0, m.start()):
            continue  # 共计3316件，占全部一审新收案件的60.72%: the whole of a share, no claim on the count
        if _QUALIFIES_A_COUNT_RE.match(r.norm, m.end()):
            continue  # 所检项目全部合格的30765批次: the words of a count of its own, no claim on the one before
        i = bisect.bisect_right(ends, m.start()) - 1
        while i >= 0 and facts[i].mention.kind != "count":
            i -= 1
        if i < 0:
            continue
        base = facts[i]  # the last count before the claim
        if r.seg.sentence_at(base.start) != r.seg.sentence_at(m.start()):
            continue
        if CLAUSE_END.search(re.sub(r"[，,]", "", r.norm[base.end : m.start()], count=1)):
            continue  # only the clause right after the count
        rated = _claimed_rate(r, m, base)
        if rated is not None:
            groups.append(rated)
        lo, hi = (
            bisect.bisect_left(r.hit_starts, m.end()),
            bisect.bisect_right(r.hit_starts, m.end() + 6),
        )
        stop = _STEP_END_RE.search(r.norm, m.end())
        limit = min(m.end() + 10, stop.start() if stop else len(r.norm))
        hits = [h for h in r.hits[lo:hi] if h.end <= limit]  # (均得到有效处置;调解纠纷…: the step ends at ;)
        hits.sort(key=lambda h: (h.start, -h.literal_len))
        for h in hits:
            metric = r.resolve(h, m.start(), base.mention)
            if metric is None or metric == base.metric:
                continue
            if _SET_UP_RE.match(r.norm, m.end()):
                break  # (2万多个村社区全部设立人民调解委员会: each has one of its own, no count of a step they went through)
            # (其中，紧急工单受理35件，全部…办结: a part of a list, of its own scope; only the figures after it
            # are of it, not 超期办结4件 of the whole before)
            floor = base.end if r.norm.rfind("其中", r.period_span(base.start)[0], base.start) >= 0 else -1
            same = [
                f
                for f in facts
                if f.metric == metric
                and f.paragraph == base.paragraph
                and f.modality == "actual"
                and f.start > floor
                # (受理仲裁案件65起，现均已结案，…其中调解结案24起: a part of those concluded, after 其中)
                and not (f.start > m.end() and r.norm.find("其中", m.end(), f.start) >= 0)
                # (…72件…全部进行了初步审查，对连同委托审查的1件…共73件: one added to them, no restatement)
                and "连同" not in r.lead(f, 12)
                # (…《省长信箱》12件，全部办结；…2053件，办结1957件: of the count of its own ；-segment)
                and not _of_its_own_count(r, base, f)
            ]
            if same:
                stated = min(same, key=lambda f: abs(f.start - base.start))
                groups.append(
                    Group(
                        kind=KIND,
                        facts={"base": [base.id], "stated": [stated.id]},
                        span=(min(base.start, stated.start), max(m.end(), stated.end)),
                        attrs={"words": r.text[m.start() : h.end], "metric": metric}
                        # (731件提案全部办复，办理答复1483件次: each answered once at least, some by several bodies)
                        | ({"times": True} if _times_of(stated.q.unit, base.q.unit) else {}),
                    )
                )
            break
    return groups


def _of_its_own_count(r: Reading, base: Fact, f: Fact) -> bool:
    """Is f in another ；-segment than base, after a count of base's unit in its own (…2053件，办结1957件)?"""
    lo = r.seg.paragraph_at(f.start).start
    start = r.last_segment_end(lo, f.start) + 1 if r.last_segment_end(lo, f.start) >= 0 else lo
    if start <= base.start < f.start or (
        f.start < base.start and r.last_segment_end(f.start, base.start) < 0
    ):
        return False  # (one segment)
    return any(
        g.mention.kind == "count" and g.q.unit == base.q.unit and g is not base
        for g in r.facts_between(start, f.start)
    )


def _times_of(stated: str | None, base: str | None) -> bool:
    """Is the step's figure a count of times (件次) of things counted once each (件)?"""
    return bool(stated and base and stated.endswith("次") and not base.endswith("次"))


_STEP_END_RE = re.compile(r"[，,。；;！？!?]")
# words of setting something up (设立, 建立…): a claim that each of the things counted has one
_SET_UP_RE = re.compile(r"(?:设立|建立|成立|建成|组建|配备|设有|聘请|开设)")


def _claimed_rate(r: Reading, m: re.Match[str], base: Fact) -> Group | None:
    """The rate of the claimed step stated after it in the sentence (全部报送备案，报备率100%)."""
    end = _STEP_END_RE.search(r.norm, m.end())
    step = r.norm[m.end() : end.start() if end else len(r.norm)]
    sentence_end = r.sentence_span(r.seg.sentence_at(m.start()))[1]
    if end is None or len(step) < 2 or "率" in step:
        return None  # (均增长率分别为…: 均 is "each" before a rate, not a step all went through)
    if base.q.unit in KIND_UNITS:
        return None  # 设置行政执法岗位8类，全部为A类执法岗位，…参与执法率为91.78%: kinds, of which no rate counts
    lo = bisect.bisect_left(r.fact_index().starts, end.end())
    for f in r.facts[lo:]:
        if f.start >= sentence_end:
            break
        if f.mention.kind != "percent":
            continue
        label = r.frame(f).label
        stem = rate_stem(label)[-4:] if "率" in label else ""
        claim = r.norm[max(0, m.start() - 8) : end.start()]
        if any(w not in claim for w in _SCOPE_RE.findall(label)):
            return None  # 全部村(社区)均配备调解员，乡镇(街道)调委会…配备率达106%: a rate of other bodies
        # (已全部审结，结案率100%: 审结 is what 结案率 counts)
        alike = load_words().counted_as.get(stem[-2:], ())
        if len(stem) >= 2 and (
            stem[-2:] in step or subsequence_words(stem, step) == len(stem) or any(w in step for w in alike)
        ):
            return Group(
                kind=RATE_KIND,
                facts={"base": [base.id], "rate": [f.id]},
                span=(base.start, f.end),
                attrs={"words": r.text[m.start() : end.start()]},
            )
        return None  # only the first rate after the claim
    return None


_SCOPE_RE = re.compile(r"乡镇|街道|村|社区|县|市|区|省|行业")
_ALL_REL = Relation("==", Ref("base"), Ref("stated"), "base == stated")
_ALL_TIMES_REL = Relation("<=", Ref("base"), Ref("stated"), "base <= stated (times)")
_ALL_RATE_REL = Relation("==", Ref("rate"), Ref("one"), "rate == 100%")


def check(rule: Rule, ctx: Context) -> None:
    for g in ctx.ex.groups:
        if g.kind != RATE_KIND:
            continue
        base, rate = ctx.fact(g.facts["base"][0]), ctx.fact(g.facts["rate"][0])
        keys, extra = {"rate": rate}, {"one": Interval(1.0, 1.0)}
        ok = holds(_ALL_RATE_REL, env(keys, "usual", extra))
        record(ctx, rule, _ALL_RATE_REL, keys, None if ok else rule.severity, extra=extra)
        if not ok:
            words = g.attrs.get("words", "")
            emit(
                ctx,
                rule,
                rule.severity,
                f"{name_zh(base, ctx)}“{words}”，比率应为100%，报告为{rate.mention.text}",
                f"{name_en(base)} all went through ({words}), so the rate is 100%, not {rate.mention.text}",
                [(rate, "rate"), (base, "base")],
                "100%",
                rate.mention.text,
            )
    check_pairs(
        rule,
        ctx,
        KIND,
        _ALL_REL,
        lambda base, stated, g: (
            f"{name_zh(base, ctx)}“{g.attrs.get('words', '')}”，但报告又写{name_zh(stated, ctx)}"
            + ("，少于件数" if g.attrs.get("times") else ""),
            f"{name_en(base)} all went through ({g.attrs.get('words', '')}), yet the report states {name_en(stated)}"
            + (", fewer times than things" if g.attrs.get("times") else ""),
        ),
        lambda g: _ALL_TIMES_REL if g.attrs.get("times") else _ALL_REL,
    )
