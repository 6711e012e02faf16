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


def _first_sentence(message: str) -> str:
    head, sep, _ = message.partition("。")
    return head + sep


def render_summary(report: dict[str, Any], console: Console) -> None:
    """`hecha check` on a terminal: one line per finding (where the most likely wrong figure is, the
    severity, the rule, the message's first sentence and the top suspect), then the counts — what
    ruff prints, instead of a JSON report nobody reads on a screen."""
    for d in report["documents"]:
        if d["status"] == "error":
            console.print(
                Text.assemble(_t(d["path"], "bold"), " ", _t("无法读取：", "bold red"), _t(d["error"] or ""))
            )
        for f in d["findings"]:
            loc = f.get("location") or {}
            where = loc.get("path", d["path"])
            if "line" in loc:
                where += f":{loc['line']}:{loc['column']}"
            elif "row" in loc:
                where += f" 第{loc['row']}行"
            line = Text()  # spans, not a base style: only the parts named are bold or coloured
            line.append_text(_t(where, "bold"))
            line.append_text(_t(f" {SEV_ZH[f['severity']]} ", SEV_STYLE[f["severity"]]))
            line.append_text(_t(f"{f['rule']} ", "bold"))
            line.append_text(_t(_first_sentence(f["message"])))
            sus = f.get("suspects") or []
            if sus and sus[0].get("fix") is not None:
                line.append_text(_t(f" 最可能有误：{sus[0]['text']}（应为{sus[0]['fix']}）", "dim"))
            if f.get("baselined"):
                line.append_text(_t("（已在基线中接受）", "dim"))
            console.print(line)
    s = report["summary"]
    rules = f"，{s['rules']} 条规则" if "rules" in s else ""
    unread = f"（{s['failed']} 份无法读取）" if s["failed"] else ""
    console.print(
        f"核查文档 {s['documents']} 份{unread}{rules}：错误 {s['error']} 条，警告 {s['warning']} 条，"
        f"提示 {s['info']} 条。完整报告：--format json（或 markdown、html、sarif）。",
        markup=False,
    )
