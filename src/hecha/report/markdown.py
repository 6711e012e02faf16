"""Markdown: a compact summary fit for a pull-request comment, then every finding by document."""

from __future__ import annotations

from typing import Any

SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
SEV_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _esc(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict[str, Any], links: dict[str, str] | None = None) -> str:
    s = report["summary"]
    out = [
        "# hecha 核查报告",
        "",
        f"文档 {s['documents']} 份（已核查 {s['checked']}，无法读取 {s['failed']}）；"
        f"错误 {s['error']} 条，警告 {s['warning']} 条，提示 {s['info']} 条。",
        "",
        "| 文档 | 状态 | 数字 | 错误 | 警告 | 提示 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for d in report["documents"]:
        n = {k: sum(1 for f in d["findings"] if f["severity"] == k) for k in SEV_ZH}
        status = "已核查" if d["status"] == "checked" else f"无法读取：{_esc(d['error'] or '')}"
        name = d["doc_id"]
        if links and name in links:
            name = f"[{name}]({links[name]})"
        out.append(
            f"| {_esc(name)} | {status} | {len(d['facts'])} | {n['error']} | {n['warning']} | {n['info']} |"
        )
    for d in report["documents"]:
        if not d["findings"]:
            continue
        out += ["", f"## {d['doc_id']}", ""]
        for f in d["findings"]:
            ev = "、".join(f"`{e['text']}`" for e in f["evidence"])
            out.append(
                f"- {SEV_ICON[f['severity']]} **{f['rule']}** {SEV_ZH[f['severity']]}：{_esc(f['message'])}"
            )
            out.append(f"  - 依据：{ev}")
            if f.get("suspects"):
                sus = "；".join(
                    f"`{x['text']}` → {x['fix']}" + (f"（{x['hint']}）" if x.get("hint") else "")
                    for x in f["suspects"][:3]
                )
                out.append(f"  - 可能有误：{sus}")
    out.append("")
    return "\n".join(out)
