"""HTML: a self-contained site a reviewer would rather read than JSON.

`render_site(report, texts)` renders the report dictionary (the JSON contract, built once by
report/build.py) plus each document's text into pages: `index.html` (a sortable, filterable row per
document, findings per rule, the spread of key rates across documents) and one page per document under
`docs/` (its text with every recognised figure marked; a click on a finding highlights and scrolls to its
evidence and suspects). `write_site` writes them into a folder.

Safety: the markup is in Jinja2 templates (src/hecha/templates/html/) with autoescaping, and every value a
template prints goes through `esc` (its finalize hook), so what comes from a document (text, ids, paths,
messages) is escaped by default;
page file names are derived from doc ids by `page_names`, which yields unique names of `[a-z0-9_-]`
only, so no doc id can place a file outside the output folder. Each page carries a Content-Security-
Policy that allows only its own script and style (by hash) and no network at all, so even a mistake in
escaping would not run injected script. Output is deterministic: no timestamps, no random ids.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__
from .html_assets import DOC_JS, INDEX_JS, STYLE
from .places import place

SEVERITIES = ("error", "warning", "info")

# The rates whose spread across documents the index charts: (metric, zh label, en label).
KEY_RATES = (
    ("review.correction_rate", "纠错率", "Correction rate (review)"),
    ("litigation.appearance_rate", "出庭率", "Appearance rate (litigation)"),
    ("mediation.success_rate", "调解成功率", "Mediation success rate"),
)

CHROME: dict[str, dict[str, str]] = {
    "zh": {
        "lang": "zh-CN",
        "site_title": "hecha 核查报告",
        "index": "全部文档",
        "documents": "文档",
        "checked": "已核查",
        "failed": "无法读取",
        "error": "错误",
        "warning": "警告",
        "info": "提示",
        "region": "地区",
        "year": "年份",
        "status": "状态",
        "facts": "数字",
        "coverage": "识别出指标",
        "bound": "参与核对",
        "filter": "筛选文档、地区、路径、规则…",
        "all": "全部",
        "with_errors": "有错误",
        "with_findings": "有发现",
        "clean": "未发现问题",
        "unreadable": "无法读取",
        "shown": "显示",
        "per_rule": "各规则的发现",
        "filter_rule": "点击筛选出有此发现的文档",
        "no_findings": "没有发现",
        "rates": "关键比率在各文档间的分布",
        "no_values": "没有文档给出此比率",
        "outlier": "离群",
        "median": "中位数",
        "findings": "发现",
        "text": "原文",
        "legend_fact": "识别出的数字",
        "legend_unknown": "未识别指标的数字",
        "legend_ev": "依据",
        "legend_sus": "可能有误",
        "top_suspect": "最可能有误",
        "other_suspects": "其次",
        "should_be": "应为",
        "expected": "应为",
        "observed": "实为",
        "evidence": "依据",
        "corroborated": "已由其他规则印证",
        "metric": "指标",
        "unknown_metric": "未识别指标",
        "value": "值",
        "interval": "区间",
        "cue": "线索",
        "path": "路径",
        "mentions": "数字总数",
        "quantities": "数量",
        "non_quantities": "非数量（年份、文号等）",
        "unread": "无法识读",
        "no_text": "此文档无法读取，未经核查：",
        "partial": "此文档未能完整读取：",
        "click_hint": "点击一条发现，原文中会标出它的依据和可能有误的数字。",
        "doc_clean": "此文档未发现问题。",
        "tool": "由 hecha {version} 生成",
    },
    "en": {
        "lang": "en",
        "site_title": "hecha anomaly report",
        "index": "All documents",
        "documents": "Documents",
        "checked": "checked",
        "failed": "unreadable",
        "error": "error",
        "warning": "warning",
        "info": "info",
        "region": "Region",
        "year": "Year",
        "status": "Status",
        "facts": "Figures",
        "coverage": "With metric",
        "bound": "In rules",
        "filter": "Filter by document, region, path, rule…",
        "all": "All",
        "with_errors": "With errors",
        "with_findings": "With findings",
        "clean": "No findings",
        "unreadable": "Unreadable",
        "shown": "shown",
        "per_rule": "Findings per rule",
        "filter_rule": "click to list the documents with it",
        "no_findings": "No findings",
        "rates": "Key rates across documents",
        "no_values": "No document states this rate",
        "outlier": "outlier",
        "median": "median",
        "findings": "Findings",
        "text": "Text",
        "legend_fact": "recognised figure",
        "legend_unknown": "figure without a known metric",
        "legend_ev": "evidence",
        "legend_sus": "likely wrong",
        "top_suspect": "Most likely wrong",
        "other_suspects": "then",
        "should_be": "should be",
        "expected": "expected",
        "observed": "observed",
        "evidence": "Evidence",
        "corroborated": "corroborated by other rules",
        "metric": "metric",
        "unknown_metric": "metric unknown",
        "value": "value",
        "interval": "interval",
        "cue": "cue",
        "path": "Path",
        "mentions": "numerals",
        "quantities": "quantities",
        "non_quantities": "non-quantities (years, file numbers…)",
        "unread": "unreadable",
        "no_text": "This document could not be read and was not checked:",
        "partial": "This document was read only in part:",
        "click_hint": "Click a finding to highlight its evidence and the likely wrong figures in the text.",
        "doc_clean": "No findings in this document.",
        "tool": "Generated by hecha {version}",
    },
}

# controls, lone surrogates, and the bidirectional overrides and isolates that would make text a
# document controls read differently from what it is (U+202E turns "exe.txt" around)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def esc(s: object) -> str:
    """Escape for HTML text and double- or single-quoted attributes; control characters and lone
    surrogates (which no page can carry) become U+FFFD."""
    return html.escape(_CONTROL.sub("\ufffd", str(s)), quote=True)


def _escaped(value: object) -> object:
    """Every value a template prints goes through `esc` (autoescaping with hecha's escape, which also
    drops controls and bidi overrides); markup a template or html.py built is `Markup` and kept."""
    return value if isinstance(value, Markup) else Markup(esc(value))


@functools.cache
def _templates() -> Environment:
    """The page templates (src/hecha/templates/html/, shipped in the wheel), escaping by default."""
    return Environment(
        loader=PackageLoader("hecha", "templates/html"),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,
    )


# ---------------------------------------------------------------------------------------------
# file names

_UNSAFE = re.compile(r"[^a-z0-9_-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def page_names(doc_ids: Sequence[str]) -> list[str]:
    """One unique, safe file name (`docs/<name>.html`) per document, in order.

    Names use only `[a-z0-9_-]` (lower case, so they stay unique on case-insensitive file systems);
    an id that had to be changed gets a short hash of the original, so `a/b` and `a?b` differ."""
    names: list[str] = []
    taken: set[str] = set()
    for did in doc_ids:
        base = _UNSAFE.sub("_", did.lower()).strip("_-")[:60] or "doc"
        if base != did or base in _RESERVED:
            base = f"{base}-{hashlib.sha1(did.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        names.append(f"docs/{name}.html")
    return names


# ---------------------------------------------------------------------------------------------
# small helpers


def _num(x: float | int | None) -> str:
    if x is None:
        return ""
    if math.isinf(x):
        return "+∞" if x > 0 else "−∞"
    if math.isnan(x):
        return "nan"
    if float(x) == int(x):
        return str(int(x))
    return f"{x:g}"


def _interval(f: dict[str, Any]) -> str:
    lo = "−∞" if f.get("low") is None else _num(f["low"])
    hi = "+∞" if f.get("high") is None else _num(f["high"])
    return f"[{lo}, {hi}]"


def _sev_counts(doc: dict[str, Any]) -> dict[str, int]:
    c = Counter(f["severity"] for f in doc.get("findings", []))
    return {s: c.get(s, 0) for s in SEVERITIES}


def _sorted_findings(doc: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    items = list(enumerate(doc.get("findings", [])))
    return sorted(items, key=lambda it: (rank.get(it[1]["severity"], 9), it[1].get("rule", ""), it[0]))


def _csp_hash(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"


def _csp(script: str) -> str:
    return (
        f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(script)}; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def _render(template: str, lang: str, title: str, script: str, **context: Any) -> str:
    """A page from its template: the frame (base.html.j2) with the page's CSP, style and script."""
    return (
        _templates()
        .get_template(template)
        .render(
            t=CHROME[lang],
            version=__version__,
            csp=_csp(script),
            title=title,
            style=Markup(STYLE),
            script=Markup(script),
            **context,
        )
    )


def _message(f: dict[str, Any], lang: str) -> str:
    if lang == "en" and f.get("message_en"):
        return str(f["message_en"])
    return str(f.get("message", ""))


def _title(f: dict[str, Any], lang: str, rule_titles: dict[str, tuple[str, str]]) -> str:
    zh, en = rule_titles.get(f.get("rule", ""), ("", ""))
    if lang == "en":
        return str(f.get("title_en") or en or f.get("title") or zh)
    return str(f.get("title") or zh)


def _top_suspects(suspects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The suspects that share the best score (a tie is named as such), at most three."""
    if not suspects:
        return []
    best = suspects[0].get("score")
    tops = [x for x in suspects if best is None or x.get("score") == best]
    return (tops or suspects[:1])[:3]


def _sev_label(sev: str, t: dict[str, str]) -> str:
    return t[sev] if sev in SEVERITIES else sev


# ---------------------------------------------------------------------------------------------
# the site


@dataclass(frozen=True)
class Site:
    files: dict[str, str]  # relative path -> page
    pages: list[str]  # per document, in report order: its page's relative path


def render_site(
    report: dict[str, Any],
    texts: Sequence[str | None],
    lang: str = "zh",
    rule_titles: dict[str, tuple[str, str]] | None = None,
) -> Site:
    """Every page of the site. `texts[i]` is the text of `report["documents"][i]` as decoded (None when
    it could not be read); `rule_titles` maps rule ids to (zh, en) titles for findings without them."""
    if lang not in CHROME:
        raise ValueError(f"unknown language {lang!r}")
    docs = report["documents"]
    if len(texts) != len(docs):
        raise ValueError("need one text per document")
    titles = rule_titles or {}
    pages = page_names([str(d["doc_id"]) for d in docs])
    meta = [place(d, text) for d, text in zip(docs, texts, strict=True)]
    files = {"index.html": _index(report, pages, meta, lang, titles)}
    for i, (d, text) in enumerate(zip(docs, texts, strict=True)):
        files[pages[i]] = _doc_page(report, d, text, meta[i], lang, titles)
    return Site(files=files, pages=pages)


def write_site(site: Site, out_dir: Path) -> None:
    """Write the pages into `out_dir` (created if needed), each atomically. Refuses any path that would
    land outside it (page_names never makes one; this guards against future mistakes)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    root = out_dir.resolve()
    for rel, content in site.files.items():
        # the folder must resolve inside the root; the page itself is replaced, never followed
        parent = (root / rel).parent.resolve()
        name = Path(rel).name
        if (parent != root and root not in parent.parents) or name in ("", ".", ".."):
            raise ValueError(f"refusing to write outside {out_dir}: {rel!r}")
        parent.mkdir(parents=True, exist_ok=True)
        target = parent / name
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            # os.open with 0o666 honours the umask (tempfile.mkstemp would make pages 0600)
            # O_EXCL|O_NOFOLLOW: never write through a planted symlink; a stale temporary goes first
            tmp.unlink(missing_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    _remove_stale_pages(root, site)


def _remove_stale_pages(root: Path, site: Site) -> None:
    """A reused folder loses the pages of documents that are gone (the index no longer links them, but
    a bookmark would show an old verdict). Only pages hecha wrote (its generator tag) are removed."""
    written = {(root / rel).resolve() for rel in site.files}
    docs = root / "docs"
    if not docs.is_dir() or docs.is_symlink():
        return
    for page in docs.glob("*.html"):
        if page.resolve() in written or page.is_symlink() or not page.is_file():
            continue
        try:
            with page.open("rb") as fh:
                head = fh.read(2048)
        except OSError:
            continue
        if _GENERATOR in head:
            page.unlink(missing_ok=True)


_GENERATOR = b'<meta name="generator" content="hecha'


# ---------------------------------------------------------------------------------------------
# index


def _coverage_pct(d: dict[str, Any]) -> float | None:
    cov = d.get("coverage") or {}
    q = cov.get("quantities") or 0
    return None if not q else 100.0 * (cov.get("with_metric") or 0) / q


def _index(
    report: dict[str, Any],
    pages: list[str],
    meta: list[tuple[str, str]],
    lang: str,
    titles: dict[str, tuple[str, str]],
) -> str:
    t = CHROME[lang]
    s = report["summary"]
    docs = report["documents"]
    chips = [
        {"key": "documents", "n": s.get("documents", len(docs)), "label": t["documents"]},
        {"key": "checked", "n": s.get("checked", 0), "label": t["checked"]},
        {"key": "failed", "n": s.get("failed", 0), "label": t["failed"]},
        *({"key": sev, "n": s.get(sev, 0), "label": t[sev]} for sev in SEVERITIES),
    ]
    rows = []
    for i, d in enumerate(docs):
        n = _sev_counts(d)
        region, year = meta[i]
        cov = _coverage_pct(d)
        c = d.get("coverage") or {}
        ok = d.get("status") == "checked"
        state = "error" if n["error"] else "findings" if d.get("findings") else "clean"
        if not ok:
            state = "unreadable"
        rules = sorted({str(f.get("rule", "")) for f in d.get("findings", [])})
        rows.append(
            {
                "state": state,
                "search": " ".join([str(d["doc_id"]), region, year, str(d.get("path", "")), *rules]).lower(),
                "doc_id": d["doc_id"],
                "page": pages[i],
                "path": d.get("path", ""),
                "error": None if ok else d.get("error") or "",
                "region": region,
                "year": year,
                "status": t["checked"] if ok else t["failed"],
                "facts": len(d.get("facts", [])),
                "severities": [(sev, n[sev]) for sev in SEVERITIES],
                "coverage": cov,
                "coverage_step": None if cov is None else round(cov / 5) * 5,
                "with_metric": c.get("with_metric", 0),
                "quantities": c.get("quantities", 0),
                "bound": c.get("bound_in_rules", 0),
                "ok": ok,
            }
        )
    heads = [
        ("documents", "text"),
        ("region", "text"),
        ("year", "num"),
        ("status", "text"),
        ("facts", "num"),
        ("error", "num"),
        ("warning", "num"),
        ("info", "num"),
        ("coverage", "num"),
        ("bound", "num"),
    ]
    states = [
        ("", "all"),
        ("error", "with_errors"),
        ("findings", "with_findings"),
        ("clean", "clean"),
        ("unreadable", "unreadable"),
    ]
    return _render(
        "index.html.j2",
        lang,
        t["site_title"],
        INDEX_JS,
        tool_version=report.get("tool", {}).get("version", ""),
        chips=chips,
        rows=rows,
        heads=heads,
        states=states,
        **_rule_chart(docs, lang, titles),
        rates=_rates_chart(docs, pages, lang),
    )


def _rule_chart(docs: list[dict[str, Any]], lang: str, titles: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """The bars of the findings-per-rule chart (rule_chart.html.j2): most frequent first."""
    count: Counter[str] = Counter()
    worst: dict[str, str] = {}
    label: dict[str, str] = {}
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    for d in docs:
        for f in d.get("findings", []):
            r = str(f.get("rule", ""))
            count[r] += 1
            if r not in worst or rank.get(f["severity"], 9) < rank.get(worst[r], 9):
                worst[r] = f["severity"]
            label.setdefault(r, _title(f, lang, titles))
    rules = sorted(count, key=lambda r: (-count[r], r))
    top = max(count.values(), default=1)
    row_h, width = 42, 380
    bars = []
    for i, r in enumerate(rules):
        w = max(2.0, width * count[r] / top)
        title = label.get(r, "")
        bars.append(
            {
                "rule": r,
                "title": title,
                "short": title if len(title) <= 26 else title[:25] + "…",
                "count": count[r],
                "worst": worst[r],
                "y": 2 + i * row_h,
                "w": f"{w:.1f}",
                "w_label": f"{w + 6:.1f}",
            }
        )
    return {"bars": bars, "chart": {"width": width, "height": row_h * len(rules) + 4, "row": row_h}}


def _quantile(xs: list[float], q: float) -> float:
    pos = (len(xs) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def outliers(values: Sequence[float]) -> list[bool]:
    """Which values are outliers: outside [0, 100] (no rate can be), or — given at least four values —
    beyond Tukey's fences (1.5 × the interquartile range outside the quartiles)."""
    xs = sorted(values)
    fences = None
    if len(xs) >= 4:
        q1, q3 = _quantile(xs, 0.25), _quantile(xs, 0.75)
        iqr = q3 - q1
        fences = (q1 - 1.5 * iqr, q3 + 1.5 * iqr)
    return [v < 0 or v > 100 or (fences is not None and not fences[0] <= v <= fences[1]) for v in values]


def _rates_chart(docs: list[dict[str, Any]], pages: list[str], lang: str) -> list[dict[str, Any]]:
    """A strip per key rate (rates_chart.html.j2): its documents' values as dots, outliers marked."""
    t = CHROME[lang]
    out: list[dict[str, Any]] = []
    width, left, right = 420, 130, 20
    for metric, zh, en in KEY_RATES:
        pts: list[tuple[float, int, str]] = []
        for i, d in enumerate(docs):
            for f in d.get("facts", []):
                if f.get("metric") == metric and f.get("value") is not None:
                    pts.append((float(f["value"]), i, str(f.get("text", ""))))
        name = en if lang == "en" else zh
        if not pts:
            out.append({"name": name, "points": []})
            continue
        flags = outliers([p[0] for p in pts])
        hi = max(100.0, max(p[0] for p in pts))
        lo = min(0.0, min(p[0] for p in pts))
        span = (hi - lo) or 1.0
        plot = width - left - right

        def x(v: float, lo: float = lo, span: float = span, plot: int = plot) -> str:
            return f"{left + plot * (v - lo) / span:.1f}"

        med = _quantile(sorted(p[0] for p in pts), 0.5)
        points = []
        seen: Counter[float] = Counter()
        for (v, i, text), out_flag in sorted(zip(pts, flags, strict=True), key=lambda z: z[0][0]):
            k = seen[round(v, 3)]
            seen[round(v, 3)] += 1
            # equal values fan out above and below the axis, at most two rows each way (then they
            # overlap; the translucent fill shows the density)
            j = k % 5
            points.append(
                {
                    "page": pages[i],
                    "outlier": out_flag,
                    "tip": f"{docs[i]['doc_id']}: {text}" + (f" ({t['outlier']})" if out_flag else ""),
                    "cx": x(v),
                    "cy": 30 - 6 * ((j + 1) // 2) * (1 if j % 2 else -1),
                }
            )
        out.append(
            {
                "name": name,
                "metric": metric,
                "width": width,
                "height": 64,
                "median": _num(round(med, 1)),
                "x_lo": x(lo),
                "x_hi": x(hi),
                "x_median": x(med),
                "ticks": [(x(tick), _num(round(tick, 1))) for tick in (lo, (lo + hi) / 2, hi)],
                "points": points,
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# document page


def _fact_tip(f: dict[str, Any], t: dict[str, str]) -> str:
    metric = f"{f['label']} ({f['metric']})" if f.get("metric") else t["unknown_metric"]
    unit = f.get("unit") or ""
    q = f.get("qualifier")
    qual = "" if q in (None, "=") else f" ({q})"
    lines = [
        f"{t['metric']}: {metric}",
        f"{t['value']}: {_num(f.get('value'))} {unit}{qual}".rstrip(),
        f"{t['interval']}: {_interval(f)}",
    ]
    if f.get("cue"):
        lines.append(f"{t['cue']}: {f['cue']}")
    if f.get("modality") and f.get("modality") != "actual":
        lines.append(str(f["modality"]))
    return "\n".join(lines)


@dataclass(frozen=True)
class _Piece:
    text: str
    classes: str = ""
    attrs: tuple[tuple[str, str], ...] = ()


def _marked_pieces(text: str, doc: dict[str, Any], t: dict[str, str]) -> list[_Piece]:
    """The text cut at every span boundary; each piece carries the ids of everything covering it:
    data-fact (a fact id), data-ev / data-sus / data-top (the indexes of the findings whose evidence /
    suspects / top suspect it belongs to). Spans may overlap in any way."""
    n = len(text)
    facts = {f["id"]: f for f in doc.get("facts", []) if isinstance(f.get("id"), str)}
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, key

    def add(start: Any, end: Any, kind: str, key: str) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            spans.append((start, end, kind, key))

    for f in facts.values():
        add(f.get("start"), f.get("end"), "fact", f["id"])
    for fi, finding in enumerate(doc.get("findings", [])):
        for e in finding.get("evidence", []):
            add(e.get("start"), e.get("end"), "ev", str(fi))
        suspects = finding.get("suspects", []) or []
        n_top = len(_top_suspects(suspects))
        for si, sus in enumerate(suspects):
            f = facts.get(sus.get("fact"))
            if f:
                add(f.get("start"), f.get("end"), "top" if si < n_top else "sus", str(fi))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[tuple[int, str, str]]] = {}
    for s, e, kind, key in spans:
        starts.setdefault(s, []).append((e, kind, key))
    active: list[tuple[int, str, str]] = []
    out: list[_Piece] = []
    for a, b in itertools.pairwise(cuts):
        active = [x for x in active if x[0] > a] + starts.get(a, [])
        if not active:
            out.append(_Piece(text[a:b]))
            continue
        fact_ids = sorted({k for _, kind, k in active if kind == "fact"})
        attrs: list[tuple[str, str]] = []
        classes = []
        if fact_ids:
            f = facts[fact_ids[0]]
            classes.append("fact" if f.get("metric") else "fact unknown")
            attrs += [("data-fact", " ".join(fact_ids)), ("data-tip", _fact_tip(f, t))]
        for kind in ("ev", "sus", "top"):
            keys = sorted({k for _, kd, k in active if kd == kind}, key=int)
            if keys:
                attrs.append((f"data-{kind}", f" {' '.join(keys)} "))
        if any(kd == "ev" for _, kd, _ in active):
            classes.append("cited")
        out.append(_Piece(text[a:b], " ".join(classes), tuple(attrs)))
    return out


def _marked_text(text: str, doc: dict[str, Any], t: dict[str, str]) -> str:
    """The text with a <span> for every piece covered by a fact, an evidence span or a suspect."""
    return _templates().get_template("marked_text.html.j2").render(pieces=_marked_pieces(text, doc, t))


def _finding_card(
    fi: int, f: dict[str, Any], doc: dict[str, Any], lang: str, titles: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    """What finding.html.j2 shows of one finding."""
    t = CHROME[lang]
    sev = f.get("severity", "info")
    facts = {x["id"]: x for x in doc.get("facts", []) if isinstance(x.get("id"), str)}

    def named(x: dict[str, Any]) -> str:
        label = str((facts.get(x.get("fact")) or {}).get("label") or "").split("·")[-1]
        return f"{label} {x.get('text', '')}".strip()

    sus = f.get("suspects") or []
    tops = _top_suspects(sus)
    return {
        "index": fi,
        "severity": sev,
        "severity_label": _sev_label(sev, t),
        "rule": f.get("rule", ""),
        "title": _title(f, lang, titles),
        "message": _message(f, lang),
        "expected": f.get("expected"),
        "observed": f.get("observed"),
        "top": [
            {
                "name": named(x),
                "fix": x.get("fix", ""),
                "hint": f"（{x['hint']}）" if lang == "zh" and x.get("hint") else "",
            }
            for x in tops
        ],
        "more": [{"name": named(x), "fix": x.get("fix", "")} for x in sus[len(tops) : len(tops) + 3]],
        "evidence": [
            {"label": (facts.get(e.get("fact")) or {}).get("label") or "", "text": e.get("text", "")}
            for e in f.get("evidence") or []
        ],
    }


def _doc_page(
    report: dict[str, Any],
    doc: dict[str, Any],
    text: str | None,
    meta: tuple[str, str],
    lang: str,
    titles: dict[str, tuple[str, str]],
) -> str:
    t = CHROME[lang]
    n = _sev_counts(doc)
    region, year = meta
    cov = doc.get("coverage") or {}
    coverage = None
    if doc.get("coverage"):
        coverage = [
            (t["facts"], len(doc.get("facts", []))),
            (t["coverage"], cov.get("with_metric", 0)),
            (t["unknown_metric"], cov.get("without_metric", 0)),
            (t["bound"], cov.get("bound_in_rules", 0)),
            (t["non_quantities"], cov.get("non_quantities", 0)),
            (t["unread"], cov.get("unread", 0)),
        ]
    return _render(
        "doc.html.j2",
        lang,
        f"{doc['doc_id']} — {t['site_title']}",
        DOC_JS,
        doc_id=doc["doc_id"],
        path=doc.get("path", ""),
        where=" · ".join(x for x in (region, year) if x),
        badges=[(sev, n[sev]) for sev in SEVERITIES if n[sev]],
        coverage=coverage,
        error=doc.get("error") or "",
        text=None if text is None else Markup(_marked_text(text, doc, t)),
        cards=[_finding_card(fi, f, doc, lang, titles) for fi, f in _sorted_findings(doc)],
    )


# ---------------------------------------------------------------------------------------------
# entry points for the command line


def write_html_report(
    report: dict[str, Any],
    texts: Sequence[str | None],
    out_dir: Path,
    lang: str = "zh",
    rule_titles: dict[str, tuple[str, str]] | None = None,
) -> Site:
    """Render and write the site; refuses an `out_dir` that is an existing file."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"{out_dir} is a file; HTML reports are written into a folder")
    site = render_site(report, texts, lang=lang, rule_titles=rule_titles)
    write_site(site, out_dir)
    return site


def page_links(
    report: dict[str, Any], site: Site, html_dir: Path, base: Path | None = None, base_url: str | None = None
) -> dict[str, str]:
    """doc_id -> link to its page, for the Markdown summary (plus "" -> the index): `base_url` + the
    page's path when given (pages published elsewhere, e.g. CI artifacts), else a path relative to
    `base` (the folder the Markdown is written to; the working folder by default)."""
    from urllib.parse import quote

    def link(rel: str) -> str:
        if base_url:
            return base_url.rstrip("/") + "/" + rel
        start = base if base is not None else Path.cwd()
        path = os.path.relpath(html_dir.resolve() / rel, start.resolve())
        return quote(Path(path).as_posix())

    links = {"": link("index.html")}
    for d, page in zip(report["documents"], site.pages, strict=True):
        links.setdefault(str(d["doc_id"]), link(page))
    return links
