"""Where and when a report is from: the region (株洲市芦淞区) and year its title lines name, or those
its document's `meta` gives (a dataset's region and year columns). The HTML pages and the Markdown
summary name documents by them."""

from __future__ import annotations

import re
from typing import Any

_YEAR = re.compile(r"((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年")
_ZH_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_STOP = re.compile(
    r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?|关于|中共|管理委员会|委员会|人民政府|政府|人大|政协|办公室"
)
_NAME_CHAR = r"(?:(?![委法治政府党会全我本各省的和与及年度])[\u4e00-\u9fff])"
_PLACE = re.compile(rf"(?:{_NAME_CHAR}{{2,6}}?(?:自治县|自治旗|管理区|新区|区|县|市|旗|盟|州))+")


def derive_region_year(text: str | None) -> tuple[str, str]:
    """The region (e.g. 株洲市芦淞区) and report year from a report's title lines; blank when unsure."""
    if not text:
        return "", ""
    lines = [ln.strip() for ln in text[:4000].splitlines() if ln.strip()][:8]
    lines = [ln for ln in lines if len(ln) <= 120]
    titled = [ln for ln in lines if "报告" in ln or "法治政府建设" in ln]
    region = year = ""
    for ln in [*titled, *lines]:
        if not region:
            for run in _STOP.split(ln):
                m = _PLACE.search(run)
                if m:
                    region = m.group(0)
                    break
        if not year:
            y = _YEAR.search(ln)
            if y:
                year = "".join(_ZH_DIGIT.get(c, c) for c in y.group(1))
        if region and year:
            break
    return region, year


def place(doc: dict[str, Any], text: str | None) -> tuple[str, str]:
    """(region, year) of a report document: its meta's where given, else read from its title lines."""
    region, year = derive_region_year(text)
    m = doc.get("meta") or {}
    return str(m.get("region") or region), str(m.get("year") or year)
