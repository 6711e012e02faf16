"""The findings of dataset mode that point outside their document: the rule titles of the DS rules,
and a Finding with `related` (the source text, other dataset rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Finding

TITLES = {
    "DS001": "数据集缺少必需的列",
    "DS002": "数据集单元格为空或NaN",
    "DS003": "数据集数值不是数字",
    "DS004": "数据集数值为负数",
    "DS005": "数据集指标不在指标本体中",
    "DS006": "数据集指标有歧义",
    "DS007": "数据集单位与指标不符",
    "DS008": "数据集重复行",
    "DS009": "数据集行无法读取",
    "DS010": "数据集未通过检查",
    "DS011": "数据集可选列的值无效",
    "DS101": "数据集数字在原文中找不到依据",
    "DS102": "数据集数字与原文不符",
    "DS103": "数据集引文在原文中找不到",
    "DS104": "数据集文档没有原文",
    "DS105": "数据集引文未给出该数字",
}
# every rule of dataset mode (the checks across the table, table.py, have no title of their own):
# `select`, `ignore` and `[severity]` may name them
RULE_IDS = (*TITLES, "DS201", "DS202", "DS203")


@dataclass
class DatasetFinding(Finding):
    """A finding that also points outside its document: the source text, or other dataset rows."""

    related: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = super().to_json()
        if self.related:
            d["related"] = self.related
        return d
