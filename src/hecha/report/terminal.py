"""`hecha spot`: one document's facts and findings in the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..textsafe import for_terminal

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


def _plain(s: object) -> str:
    """Text from a document or a file name, for rich markup: no markup ([/b]), no terminal control."""
    return escape(for_terminal(str(s)))


def _t(s: object, style: str = "") -> Text:
    return Text(for_terminal(str(s)), style=style)


def render_spot(doc: dict[str, Any], text: str | None, console: Console, show_facts: bool = True) -> None:
    console.rule(f"[bold]{_plain(doc['doc_id'])}[/bold]  {_plain(doc['path'])}")
    if doc["status"] != "checked":
        console.print(f"[bold red]无法读取[/bold red]：{_plain(doc['error'])}")
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
            t.add_row(
                f["id"],
                _t(f["text"]),
                f["label"] or "—",
                str(f["value"]),
                Text(f"[{lo}, {hi}]"),
                _t(f["cue"] or ""),
            )
        console.print(t)
    if not doc["findings"]:
        console.print("[green]未发现问题[/green]")
    for f in doc["findings"]:
        head = Text(f"{SEV_ZH[f['severity']]} {f['rule']} ", style=SEV_STYLE[f["severity"]])
        head.append(for_terminal(f["message"]), style="")
        console.print(head)
        if text is not None:
            for e in f["evidence"]:
                s, en = e["start"], e["end"]
                ctx = _t(text[max(0, s - 12) : s].replace("\n", " "), "dim")
                ctx.append(_t(text[s:en], "reverse bold"))
                ctx.append(_t(text[en : en + 12].replace("\n", " "), "dim"))
                console.print(Text("   "), ctx)
