"""HTML pages as government sites publish them: the article text without the page around it.

Dropped: script, style, head, nav, header, footer, aside, forms and buttons; any element whose class
or id says it is navigation, a menu, a breadcrumb, a share bar, a sidebar or a footer; and the short
boilerplate lines such pages repeat (扫一扫在手机打开当前页, 打印本页, 关闭窗口, 字体：大 中 小…).
Block elements (p, div, li, h1…, tr, br) end a line; table cells are separated by a space. Whitespace
inside a block collapses to one space, as a browser shows it, and vanishes between two 汉字. Parsed with the standard library's
html.parser, which never fails on broken markup.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "select",
    "button",
    "iframe",
    "svg",
    "object",
    "menu",
}
VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "wbr"}
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "center",
    "body",
    "caption",
    "figcaption",
    "address",
}
CELL_TAGS = {"td", "th"}
_BOILERPLATE_ATTR = re.compile(
    r"(^|[\s_\-])(nav|navbar|menu|footer|foot|header|top-?bar|breadcrumbs?|crumbs?|share|sidebar|side|"
    r"toolbar|copyright|location|position|qrcode|ewm|erweima|search|login|friend-?links?|links|bottom|"
    r"print|skip)($|[\s_\-\d])",
    re.I,
)
_BOILERPLATE_LINE = re.compile(
    r"扫一扫|在手机(上)?(打开|查看)|打印本页|打印此页|关闭窗口|关闭本页|字体[：:]?\s*[【\[]?\s*大|"
    r"分享到|返回顶部|当前位置|您现在的位置|浏览次数|访问量|【打印】|【关闭】|收藏本页|设为首页|加入收藏|"
    r"网站地图|版权所有|主办单位|承办单位|网站标识码|ICP备|公网安备|技术支持"
)
_WS = re.compile(r"\s+")
LONG_LINE = 2_000  # characters of one line, at which the next tag ends it (real sentences are shorter)
_CELL = "\ue000"  # between table cells while a line is built (not whitespace); a tab in the text
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")  # a line break in the source between 汉字


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.open: dict[str, int] = {}  # how many of each tag the stack holds: a stray end tag is O(1)
        self.skipping = 0
        self.lines: list[str] = []
        self.current: list[str] = []
        self.current_len = 0
        self.pre = 0

    def _break(self) -> None:
        line = "".join(self.current)
        if not self.pre:
            line = _CJK_GAP.sub("", _WS.sub(" ", line))
        line = "\t".join(cell.strip() for cell in line.split(_CELL)).strip()
        if line:
            self.lines.append(line)
        self.current = []
        self.current_len = 0

    def _long_line_break(self) -> None:
        """At a tag, end a line that has grown past LONG_LINE: a navigation bar or a row of thousands
        of links or cells is not a sentence, and as one line it would make the whole page one stretch
        without a break, which the run-length cut would stop at — dropping the article after it."""
        if self.current_len > LONG_LINE and not self.skipping:
            self._break()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._long_line_break()
        if tag in VOID_TAGS:
            if tag == "br" and not self.skipping:
                self._break()
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = tag in SKIP_TAGS or bool(names and _BOILERPLATE_ATTR.search(names))
        if names and re.search(r"(^|\s)(navigation|banner|contentinfo)($|\s)", names):
            skip = True
        self.stack.append((tag, skip))
        self.open[tag] = self.open.get(tag, 0) + 1
        if skip:
            self.skipping += 1
        if self.skipping:
            return
        if tag in BLOCK_TAGS:
            self._break()
        elif tag in CELL_TAGS and self.current:
            self.current.append(_CELL)
            self.current_len += 1
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        self._long_line_break()
        if tag in VOID_TAGS:
            return
        # close up to the matching open tag (broken markup leaves tags unclosed); ignore stray ends.
        # Each tag is pushed once and popped once, so the whole page is linear however it nests.
        if not self.open.get(tag):
            return
        while True:
            t, skip = self.stack.pop()
            self.open[t] -= 1
            if skip:
                self.skipping -= 1
            elif not self.skipping and t == "pre":
                self.pre = max(0, self.pre - 1)
            if t == tag:
                break
        if not self.skipping and tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)
            self.current_len += len(data)


def html_to_text(markup: str) -> str:
    """The article text of an HTML page, one block per line."""
    p = _TextParser()
    p.feed(markup)
    p.close()
    p._break()
    return "\n".join(line for line in p.lines if not (len(line) < 60 and _BOILERPLATE_LINE.search(line)))
