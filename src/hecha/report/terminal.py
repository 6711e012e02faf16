"""`hecha spot`: one document's facts and findings in the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
KIND_ZH = {
    "year": "年份",
    "date": "日期",
    "doc_number": "文号",
    "ordinal": "序数",
    "section": "标题序号",
    "name": "名称",
    "other": "其他",
}


def render_spot(doc: dict[str, Any], text: str | None, console: Console, show_facts: bool = True) -> None:
    console.rule(f"[bold]{doc['doc_id']}[/bold]  {doc['path']}")
    if doc["status"] != "checked":
        console.print(f"[bold red]无法读取[/bold red]：{doc['error']}")
        return
    cov = doc.get("coverage", {})
    aside = "、".join(f"{KIND_ZH.get(k, k)}{v}" for k, v in cov.get("set_aside", {}).items()) or "无"
    console.print(
        f"数字 {cov.get('mentions', 0)} 处：量 {cov.get('quantities', 0)}（识别出指标 {cov.get('with_metric', 0)}，"
        f"未识别指标 {cov.get('without_metric', 0)}），非数量 {cov.get('non_quantities', 0)}（{aside}），"
        f"无法识读 {cov.get('unread', 0)}；参与规则核对 {cov.get('bound_in_rules', 0)}"
    )
    if show_facts:
        t = Table(title="识别出的数字", show_lines=False)
        for col in ("id", "原文", "指标", "值", "区间", "线索"):
            t.add_column(col)
        for f in doc["facts"]:
            lo = "−∞" if f["low"] is None else f["low"]
            hi = "+∞" if f["high"] is None else f["high"]
            t.add_row(f["id"], f["text"], f["label"] or "—", str(f["value"]), f"[{lo}, {hi}]", f["cue"] or "")
        console.print(t)
    if not doc["findings"]:
        console.print("[green]未发现问题[/green]")
    for f in doc["findings"]:
        head = Text(f"{SEV_ZH[f['severity']]} {f['rule']} ", style=SEV_STYLE[f["severity"]])
        head.append(f["message"], style="")
        console.print(head)
        if text is not None:
            for e in f["evidence"]:
                s, en = e["start"], e["end"]
                ctx = Text(text[max(0, s - 12) : s].replace("\n", " "), style="dim")
                ctx.append(text[s:en], style="reverse bold")
                ctx.append(text[en : en + 12].replace("\n", " "), style="dim")
                console.print(Text("   "), ctx)
