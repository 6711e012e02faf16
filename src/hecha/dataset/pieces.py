"""The JSON of many dataset documents' figures at once, column-wise.

A document's `facts` array, the `rows` object of its meta and its synthetic text are the same few
pieces per figure (render.Templates), so they are made for a block of documents in one pass over
their rows: each row's pieces taken from the templates into numpy object arrays, then each
document's slice joined once (render.passed_texts writes the documents the screen passed with
them), as text or as UTF-8 bytes made from templates kept encoded (render_encoded: the parent
then encodes none of it). tests/test_dataset_render.py compares both with the generic path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .jobs import DocJobs

_STEP = "  "  # the report's indentation (render.py's)
_I3, _I4, _I5, _I6 = ("\n" + _STEP * n for n in (3, 4, 5, 6))  # documents sit two levels deep
_SEP4 = "," + _I4  # between the facts of a document
_SEP5 = "," + _I5  # between the entries of its `rows` object


@dataclass
class RowPieces:
    """The pieces of a run of table rows, a row's in a fixed number of slots: its fact object
    (8 slots, the `facts` array's separator last), its part of the synthetic text (2, "；" last) and
    its `rows` entry (6, the separator last); `lines`: each row's line as written ("null": none).
    `binary`: the facts and rows pieces are UTF-8 bytes, and `escaped` holds the synthetic text's
    pieces as its JSON string has them, in bytes (JSON escapes a text character by character)."""

    facts: list[Any]
    texts: list[str]
    rows: list[Any]
    lines: list[str]
    binary: bool = False
    escaped: list[bytes] | None = None

    def text(self, ra: int, rb: int) -> str:
        """The synthetic text of the document of rows ra to rb (of this run)."""
        return "".join(self.texts[2 * ra : 2 * rb - 1]) + "。"

    def text_json(self, ra: int, rb: int) -> bytes:
        """encode_basestring(text(ra, rb)), encoded (binary pieces only)."""
        assert self.escaped is not None
        return b'"' + b"".join(self.escaped[2 * ra : 2 * rb - 1]) + _END_B + b'"'

    def facts_array(self, ra: int, rb: int) -> Any:
        """Its `facts` array, as render._assemble writes it three levels deep."""
        if self.binary:
            return b"[" + _I4_B + b"".join(self.facts[8 * ra : 8 * rb - 1]) + _I3_B + b"]"
        return f"[{_I4}{''.join(self.facts[8 * ra : 8 * rb - 1])}{_I3}]"

    def rows_object(self, ra: int, rb: int) -> Any:
        """Its meta's `rows` object ("fN": [row, line]), four levels deep."""
        if self.binary:
            return b"{" + _I5_B + b"".join(self.rows[6 * ra : 6 * rb - 1]) + _I4_B + b"}"
        return f"{{{_I5}{''.join(self.rows[6 * ra : 6 * rb - 1])}{_I4}}}"


_I3_B, _I4_B, _I5_B = (x.encode() for x in (_I3, _I4, _I5))
_END_B = "。".encode()


def row_pieces(jobs: DocJobs, rows: Any, pos: Any, binary: bool = False) -> RowPieces:
    """The pieces of the table's rows `rows` (a slice or an array of row numbers), `pos` each
    one's position in its document (fN is position N-1); `binary`: as UTF-8 bytes (RowPieces)."""
    import numpy as np

    t = jobs.table
    tpl = jobs.templates
    onto = jobs.onto
    # the templates of each (metric, figure) of these rows
    width = len(t.mentions)
    key = t.metric[rows].astype(np.int64) * width + t.mention[rows]
    uniq, inv = np.unique(key, return_inverse=True)
    cuts, pieces, lengths = [], [], []
    for u in uniq.tolist():
        k, c = t.metrics[u // width], u % width
        men = t.mentions[c]
        cut = tpl.cuts.get((k, c)) or tpl.cut(k, c, men, onto)
        cuts.append(cut)
        lengths.append(cut[4])
        pieces.append(tpl.texts.get((k, c)) or tpl.piece(k, c, men, onto))
    inv = inv.reshape(-1)
    tpl.positions(int(pos.max()) + 1 if len(pos) else 0)
    n = len(inv)
    enc = _encoder(tpl) if binary else _same

    def objects(items: Any) -> Any:
        return np.array(items, dtype=object) if len(items) else np.empty(0, dtype=object)

    def numbers(values: Any) -> Any:
        from . import render

        if len(values) and values.min() >= 0 and values.max() < render._SMALL:
            # (offsets in a synthetic text: the same strings, shared)
            return render._small_numbers(binary)[values]
        if binary:
            return objects([b"%d" % x for x in values.tolist()])
        return objects(list(map(str, values.tolist())))

    starts = t.start[rows]
    texts4 = [c[:4] for c in cuts]
    heads, mids, mids2, tails = (objects([enc(c[k]) for c in texts4])[inv] for k in range(4))
    fact_parts = np.empty((n, 8), dtype=object)
    fact_parts[:, 0] = heads
    fact_parts[:, 1] = objects([enc(x) for x in tpl.ids])[pos]
    fact_parts[:, 2] = mids
    fact_parts[:, 3] = numbers(starts)
    fact_parts[:, 4] = mids2
    fact_parts[:, 5] = numbers(starts + np.asarray(lengths, dtype=np.int64)[inv])
    fact_parts[:, 6] = tails
    fact_parts[:, 7] = enc(_SEP4)
    fact_flat = fact_parts.ravel().tolist()
    del fact_parts, heads, mids, mids2, tails
    text_parts = np.empty((n, 2), dtype=object)
    text_parts[:, 0] = objects(pieces)[inv]
    text_parts[:, 1] = "；"
    text_flat = text_parts.ravel().tolist()
    escaped = None
    if binary:  # (a piece's JSON escapes, once per piece: a text's are its pieces' in turn)
        text_parts[:, 0] = objects([enc(encode_basestring(p)[1:-1]) for p in pieces])[inv]
        text_parts[:, 1] = enc("；")
        escaped = text_parts.ravel().tolist()
    del text_parts
    lines = ["null"] * n if t.line is None else [str(x) if x >= 0 else "null" for x in t.line[rows].tolist()]
    row_parts = np.empty((n, 6), dtype=object)
    row_parts[:, 0] = objects([enc(k + _I6) for k in tpl.row_keys])[pos]
    row_parts[:, 1] = numbers(t.row[rows])
    row_parts[:, 2] = enc("," + _I6)
    if binary:  # (each line as lines has it, encoded)
        if t.line is None:
            row_parts[:, 3] = b"null"
        else:
            row_parts[:, 3] = objects([b"%d" % x if x >= 0 else b"null" for x in t.line[rows].tolist()])
    else:
        row_parts[:, 3] = objects(lines)
    row_parts[:, 4] = enc(_I5 + "]")
    row_parts[:, 5] = enc(_SEP5)
    row_flat = row_parts.ravel().tolist()
    del row_parts
    return RowPieces(fact_flat, text_flat, row_flat, lines, binary, escaped)


def _same(s: str) -> str:
    return s


def _encoder(tpl: Any) -> Callable[[str], bytes]:
    """s.encode() for the templates' strings, each encoded once (kept in tpl.encoded)."""
    done: dict[str, bytes] = tpl.encoded

    def enc(s: str) -> bytes:
        b = done.get(s)
        if b is None:
            b = done[s] = s.encode("utf-8")
        return b

    return enc
