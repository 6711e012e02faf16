"""Markdown: a compact summary fit for a pull-request comment, then every finding by document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .places import place

SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
SEV_EN = {"error": "error", "warning": "warning", "info": "info"}
SEV_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}
SEV_ORDER = {"error": 0, "warning": 1, "info": 2}
TOP_FINDINGS = 10

_T = {
    "zh": {
        "title": "# hecha 核查报告",
        "summary": "文档 {documents} 份（已核查 {checked}，无法读取 {failed}）；错误 {error} 条，警告 {warning} 条，提示 {info} 条。",
        "html": "[查看 HTML 报告]({link})",
        "top": "## 主要问题",
        "top_more": "（共 {n} 条，此处列出前 {k} 条）",
        "top_head": "| | 文档 | 规则 | 问题 | 最可能有误 |",
        "docs": "## 各文档",
        "doc_head": "| 文档 | 状态 | 数字 | 识别出指标 | 错误 | 警告 | 提示 |",
        "named": "{where}（{doc_id}）",
        "year": "{year}年",
        "checked": "已核查",
        "failed": "无法读取：",
        "all": "全部发现（{n} 条）",
        "evidence": "依据",
        "suspects": "可能有误",
        "sep": "：",
        "list": "、",
        "semi": "；",
        "none": "未发现问题。",
    },
    "en": {
        "title": "# hecha anomaly report",
        "summary": "{documents} documents ({checked} checked, {failed} unreadable) · errors {error} · warnings {warning} · info {info}.",
        "html": "[Open the HTML report]({link})",
        "top": "## Top findings",
        "top_more": " ({n} in all; the first {k} here)",
        "top_head": "| | Document | Rule | Finding | Most likely wrong |",
        "docs": "## Documents",
        "doc_head": "| Document | Status | Figures | With metric | Errors | Warnings | Info |",
        "named": "{where} ({doc_id})",
        "year": "{year}",
        "checked": "checked",
        "failed": "unreadable: ",
        "all": "All findings ({n})",
        "evidence": "evidence",
        "suspects": "likely wrong",
        "sep": ": ",
        "list": ", ",
        "semi": "; ",
        "none": "No findings.",
    },
}


# Text a document controls (doc ids, cells echoed into messages, symlink targets in errors) goes into a
# pull-request comment, so it must stay inert: no raw HTML, no table break, no link or image syntax, no
# bare URL or e-mail address that GitHub would autolink, no @mention, no #123 reference,
# and no control or bidirectional character that would change how the rest of the line reads.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_MD_PUNCT = re.compile(r"([\\`\[\]|])")  # emphasis (* _ ~) is left alone: it links nothing
_ZWSP = "\u200b"  # a zero-width space: breaks a URL scheme, www., an e-mail, a mention, a reference
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)|(?<=#)(?=\d)", re.I)


def _visible(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"  # shown as text, e.g. \u202e


def _flat(s: object) -> str:
    """One line, with controls and bidirectional marks spelled out."""
    t = str(s).replace("\r", " ").replace("\n", " ")
    return _INVISIBLE.sub(_visible, t)


def _esc(s: object) -> str:
    """Text for a Markdown table cell, list item or heading: inert (see above), one line."""
    t = _flat(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = _MD_PUNCT.sub(r"\\\1", t)
    return _AUTOLINK.sub(_ZWSP, t)


def _code(s: object) -> str:
    """A code span (inert by nature), fenced by more backticks than any run inside it."""
    t = _flat(s).replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", t)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {t} {fence}" if longest else f"`{t}`"


def _link(label: str, url: str) -> str:
    """A link whose label is already escaped text (`_esc`) and whose URL hecha made."""
    return f"[{label}](<{url.replace('>', '%3E').replace('<', '%3C')}>)"


def _short(s: str, n: int = 120) -> str:
    """The first sentence (the rest, such as which number is likely wrong, has its own column)."""
    for stop in ("。", ". "):
        if stop in s[:-1]:
            s = s[: s.index(stop) + len(stop)].rstrip()
            break
    return s if len(s) <= n else s[: n - 1] + "…"


def _coverage(d: dict[str, Any], lang: str) -> str:
    """How many of a document's quantities were recognised with a metric: 46/50（92%）."""
    c = d.get("coverage") or {}
    q = c.get("quantities") or 0
    if d.get("status") != "checked" or not q:
        return "—"
    pct = f"{100 * c.get('with_metric', 0) / q:.0f}%"
    return (
        f"{c.get('with_metric', 0)}/{q} ({pct})"
        if lang == "en"
        else f"{c.get('with_metric', 0)}/{q}（{pct}）"
    )


def _suspect(x: dict[str, Any], facts: dict[str, dict[str, Any]]) -> str:
    """A suspect by its metric and figure: 审结 `26件` → 25 (the figure alone when no metric is known)."""
    label = str((facts.get(x.get("fact", "")) or {}).get("label") or "").split("·")[-1]
    return (f"{_esc(label)} " if label else "") + f"{_code(x['text'])} → {_esc(x['fix'])}"


def render_markdown(
    report: dict[str, Any],
    links: dict[str, str] | None = None,
    lang: str = "zh",
    texts: Sequence[str | None] | None = None,
) -> str:
    """A summary fit for a pull-request comment: counts, the top findings, a row per document (linked
    to its HTML page when `links` maps doc ids to pages; links[""] is the index), then every finding
    folded away in a <details> block. Documents are named by region and year where their `meta` or
    title lines (`texts[i]`, the text of document i) give them; suspects by their metric."""
    t = _T.get(lang, _T["zh"])
    sev_name = SEV_EN if lang == "en" else SEV_ZH
    links = links or {}
    docs = report["documents"]
    names: dict[int, str] = {}
    for i, d in enumerate(docs):
        region, year = place(d, texts[i] if texts is not None and i < len(texts) else None)
        where = " ".join(x for x in (region, t["year"].format(year=year) if year else "") if x)
        names[i] = t["named"].format(where=where, doc_id=d["doc_id"]) if where else str(d["doc_id"])

    def msg(f: dict[str, Any]) -> str:
        return str((f.get("message_en") if lang == "en" else None) or f.get("message", ""))

    s = report["summary"]
    out = [t["title"], "", t["summary"].format(**s)]
    if "" in links:
        out += ["", t["html"].format(link=links[""].replace(")", "%29"))]
    ranked = sorted(
        (
            (SEV_ORDER.get(f["severity"], 9), di, fi, d, f)
            for di, d in enumerate(report["documents"])
            for fi, f in enumerate(d["findings"])
        ),
        key=lambda x: (x[0], x[1], x[2]),
    )
    if ranked:
        k = min(TOP_FINDINGS, len(ranked))
        more = t["top_more"].format(n=len(ranked), k=k) if len(ranked) > k else ""
        out += ["", t["top"] + more, "", t["top_head"], "|---|---|---|---|---|"]
        for _, di, fi, d, f in ranked[:k]:
            name = _esc(names[di])
            if d["doc_id"] in links:
                name = _link(name, f"{links[d['doc_id']]}#finding-{fi}")
            sus = f.get("suspects") or []
            top = _suspect(sus[0], _facts(d)) if sus else ""
            out.append(
                f"| {SEV_ICON.get(f['severity'], '')} {sev_name.get(f['severity'], f['severity'])} | {name} | "
                f"{_esc(f['rule'])} | {_esc(_short(msg(f)))} | {top} |"
            )
    out += ["", t["docs"], "", t["doc_head"], "|---|---|---:|---:|---:|---:|---:|"]
    for di, d in enumerate(docs):
        n = {k: sum(1 for f in d["findings"] if f["severity"] == k) for k in SEV_ZH}
        status = t["checked"] if d["status"] == "checked" else t["failed"] + _esc(d["error"] or "")
        name = _esc(names[di])
        if d["doc_id"] in links:
            name = _link(name, links[d["doc_id"]])
        out.append(
            f"| {name} | {status} | {len(d['facts'])} | {_coverage(d, lang)} | {n['error']} | {n['warning']} | {n['info']} |"
        )
    if not ranked:
        out += ["", t["none"], ""]
        return "\n".join(out)
    out += ["", f"<details><summary>{_esc(t['all'].format(n=len(ranked)))}</summary>"]
    for di, d in enumerate(docs):
        if not d["findings"]:
            continue
        facts = _facts(d)
        out += ["", f"### {_esc(names[di])}", ""]
        for f in d["findings"]:
            ev = t["list"].join(_code(e["text"]) for e in f["evidence"])
            sev = f["severity"]
            out.append(
                f"- {SEV_ICON.get(sev, '')} **{_esc(f['rule'])}** {sev_name.get(sev, sev)}{t['sep']}{_esc(msg(f))}"
            )
            out.append(f"  - {t['evidence']}{t['sep']}{ev}")
            if f.get("suspects"):
                sus = t["semi"].join(
                    _suspect(x, facts) + (f"（{_esc(x['hint'])}）" if x.get("hint") and lang != "en" else "")
                    for x in f["suspects"][:3]
                )
                out.append(f"  - {t['suspects']}{t['sep']}{sus}")
    out += ["", "</details>", ""]
    return "\n".join(out)


def _facts(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in d.get("facts", []) if isinstance(f, dict) and isinstance(f.get("id"), str)}
