"""Which number is most likely wrong.

The idea of Fellegi–Holt error localisation (R's errorlocate): change as few figures as possible so
that every rule holds, and prefer to change figures that nothing else vouches for. A fact that takes
part in a relation that holds is *corroborated* by it (审结25 is vouched for by 纠错率24% = 6/25), so
changing it would break that relation too. For each finding we try each of its facts alone: the value
that would make the violated relation hold, whether that value keeps every relation it is corroborated
by, and how plausible the edit is as a typo (transposed digits, one digit off, a digit dropped or
doubled).
"""

from __future__ import annotations

from collections import defaultdict

from .extract import Extraction
from .intervals import fmt_number
from .model import Binding, Fact, Finding, Suspect


def _typo_hint(old: float, new: float) -> str | None:
    if old != int(old) or new != int(new) or new < 0:
        return None
    a, b = str(int(old)), str(int(new))
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return f"数字颠倒（{a}↔{b}）"
        if len(diff) == 1:
            return f"一位数字之差（{a}→{b}）"
    if len(a) == len(b) + 1 and any(a[:i] + a[i + 1 :] == b for i in range(len(a))):
        return f"多了一位数字（{a}→{b}）"
    if len(b) == len(a) + 1 and any(b[:i] + b[i + 1 :] == a for i in range(len(b))):
        return f"漏了一位数字（{a}→{b}）"
    return None


def _fixes(finding: Finding, facts: dict[str, Fact]) -> dict[str, float]:
    """The value each fact of the finding would need, the others held fixed."""
    roles = {e.fact: e.role or "" for e in finding.evidence if e.fact}
    vals = {fid: facts[fid].q.value for fid in roles if fid in facts}
    out: dict[str, float] = {}
    by_role: dict[str, list[str]] = defaultdict(list)
    for fid, r in roles.items():
        by_role[r or ""].append(fid)
    if by_role.get("total") and by_role.get("part"):
        t_id = by_role["total"][0]
        t = vals[t_id]
        s = sum(vals[p] for p in by_role["part"])
        out[t_id] = s
        for p in by_role["part"]:
            out[p] = vals[p] - (s - t)
    elif by_role.get("lhs") and by_role.get("rhs"):
        lhs, rhs = by_role["lhs"], by_role["rhs"]
        lsum, rsum = sum(vals[f] for f in lhs), sum(vals[f] for f in rhs)
        if len(lhs) == 1:
            out[lhs[0]] = rsum
        if len(rhs) == 1:
            out[rhs[0]] = lsum
    elif (
        by_role.get("rate")
        and len(by_role.get("numerator", [])) == 1
        and len(by_role.get("denominator", [])) == 1
    ):
        rate_id, num_id, den_id = by_role["rate"][0], by_role["numerator"][0], by_role["denominator"][0]
        if vals[den_id]:
            out[rate_id] = round(vals[num_id] / vals[den_id] * 100, 1)
            frac = vals[rate_id] / 100
            out[num_id] = round(frac * vals[den_id])
            if frac:
                out[den_id] = round(vals[num_id] / frac)
    return {k: v for k, v in out.items() if k in vals and v >= 0 and v != vals[k]}


def localize(ex: Extraction, findings: list[Finding], bindings: list[Binding]) -> None:
    facts = {f.id: f for f in ex.facts}
    vouch: dict[str, list[str]] = defaultdict(list)
    for b in bindings:
        if b.holds and len(b.facts) > 1:
            for fid in b.facts:
                if b.rule not in vouch[fid]:
                    vouch[fid].append(b.rule)
    for finding in findings:
        if len(finding.facts) < 2:
            continue
        fixes = _fixes(finding, facts)
        cands = []
        for fid in finding.facts:
            if fid not in fixes:
                continue
            f = facts[fid]
            support = [r for r in vouch.get(fid, []) if r != finding.rule]
            hint = _typo_hint(f.q.value, fixes[fid])
            score = 1.0 / (1 + 2 * len(support)) + (0.3 if hint else 0.0)
            cands.append(Suspect(fid, f.mention.text, fmt_number(fixes[fid]), score, hint))
        cands.sort(key=lambda s: (-s.score, int(s.fact[1:])))
        finding.suspects = cands
        finding.corroborated_by = {
            fid: [r for r in vouch[fid] if r != finding.rule]
            for fid in finding.facts
            if [r for r in vouch.get(fid, []) if r != finding.rule]
        }
        if cands and finding.corroborated_by:
            top = [s for s in cands if s.score == cands[0].score]
            named = "或".join(f"{s.text}（应为{s.fix}）" for s in top[:3])
            vouched = "、".join(
                f"{facts[fid].mention.text}已由{'、'.join(rules)}印证"
                for fid, rules in finding.corroborated_by.items()
            )
            finding.message += f"。最可能有误的是{named}；{vouched}"
