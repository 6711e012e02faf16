"""What "inert" means for the Markdown hecha writes into a pull-request comment (test_injection.py,
test_fuzz.py): rendered as CommonMark with GFM tables, it holds only the elements hecha makes, no
link or image, and none of what GitHub links on top of CommonMark (bare URLs, www., e-mail
addresses, @mentions, #123) outside code spans, nor any control or bidirectional character."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_LINKISH = re.compile(r"[a-z][a-z0-9+.-]*://|www\.|@[A-Za-z0-9]|#\d", re.I)  # outside code spans
_UNSEEN = re.compile(r"[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]")


def assert_inert_markdown(md: str) -> None:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    tags = set(re.findall(r"<([a-z0-9]+)", html))
    assert tags <= {
        "h1",
        "h2",
        "h3",
        "p",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "code",
        "strong",
        "em",  # emphasis a document's * or _ makes: it renders text differently, it links nothing
        "s",
        "del",
        "details",
        "summary",
    }, tags
    # what GitHub autolinks or mentions on top of CommonMark (bare URLs, www., e-mails, @user, #123)
    assert not _UNSEEN.search(html), _UNSEEN.search(html)
    text = re.sub(r"<[^>]+>", "", re.sub(r"<code>.*?</code>", "", html, flags=re.S))  # code is never linked
    assert not _LINKISH.search(text), _LINKISH.search(text)
