"""Streaming report writers: each document is written as soon as it is checked, so memory does not grow
with the corpus.

- `jsonl`: one JSON document per line (the contract's document object), then one last line
  `{"tool": ..., "summary": ...}`. A reader tells them apart by the `doc_id` / `summary` key.
- `json`: the same bytes as `json.dumps(build_report(results), ensure_ascii=False, indent=2) + "\\n"`,
  written piece by piece (the documents array is streamed, the summary comes last).

Workers serialise (`render_document`); the writer only concatenates, in input order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..baseline import Baseline, baseline_summary
from ..exitcodes import is_internal, run_exit
from ..model import SEVERITY_RANK, DocResult
from . import indented_json
from .build import build_report, document_json, summarize

STREAM_FORMATS = ("json", "jsonl")
_DOC_INDENT = "    "  # documents sit two levels deep in the report ({"documents": [ ... ]})


@dataclass(unsafe_hash=True)  # (made per document: frozen sets each field through object.__setattr__)
class Rendered:
    """One checked document, serialised, with what the writer needs for the summary and exit code."""

    # the document as it appears in the output (no trailing newline or comma); UTF-8 bytes only
    # for write_stream given a bytes writer (dataset.render.render_encoded)
    text: str | bytes
    status: str
    severities: tuple[str, ...]
    path: str
    error: str | None
    data: dict[str, Any] | None = None  # the document object, when the format needs it whole (markdown)
    baselined: tuple[bool, ...] = ()  # per finding: accepted by the baseline
    matched: tuple[tuple[str, str], ...] = ()  # the baseline keys its findings matched


def render_document(res: DocResult, fmt: str, verbose: bool = False) -> Rendered:
    # (json: the facts written straight from the facts, build.facts_text)
    return render_object(document_json(res, verbose, written=fmt == "json"), fmt)


def render_object(d: dict[str, Any], fmt: str, matched: Iterable[tuple[str, str]] = ()) -> Rendered:
    """A document object (document_json, maybe with locations and baseline marks) for the writer."""
    if fmt == "jsonl":
        text = json.dumps(d, ensure_ascii=False)
    elif fmt == "json":
        text = _DOC_INDENT + indented_json.dumps(d, level=2)
    else:
        text = ""
    return Rendered(
        text=text,
        status=d["status"],
        severities=tuple(f["severity"] for f in d["findings"]),
        path=d["path"],
        error=d["error"],
        data=None if fmt in STREAM_FORMATS else d,
        baselined=tuple(bool(f.get("baselined")) for f in d["findings"]),
        matched=tuple(sorted(matched)),
    )


_Adds = tuple[list[tuple[str, int]], int, int, int]


def _adds_of(r: Rendered) -> _Adds:
    """What a document adds to a Tally: summarize()'s nonzero counts of it alone, the rank of its most
    severe finding the baseline does not accept (0 if none), its findings and those accepted."""
    stub = {"status": r.status, "findings": [{"severity": s} for s in r.severities]}
    counts = [(k, v) for k, v in summarize([stub]).items() if v]
    accepted = r.baselined or (False,) * len(r.severities)
    worst = max([0, *(SEVERITY_RANK[s] for s, b in zip(r.severities, accepted, strict=True) if not b)])
    return counts, worst, len(r.severities), sum(accepted)


class Tally:
    """The summary and exit code, accumulated document by document in constant memory: summarize()
    (the one definition of the summary) applied to each document alone, its counts added up; with a
    baseline, its counts too (baseline_summary)."""

    def __init__(self, baseline: Baseline | None = None, rules: int | None = None) -> None:
        self.counts: dict[str, int] = dict(summarize([]))
        self.rules = rules  # how many rules ran (report_of)
        self.errors: list[str] = []  # at most two kept: an input error and an internal one decide the exit
        self.worst = 0  # the most severe finding not accepted by the baseline
        self.baseline = baseline
        self.findings = 0
        self.baselined = 0
        self.matched: set[tuple[str, str]] = set()
        # what one document adds depends on its status, severities and baseline marks only: worked
        # out once per kind (a dataset has a few hundred kinds among a hundred thousand documents)
        self._adds: dict[tuple[str, tuple[str, ...], tuple[bool, ...]], _Adds] = {}

    def add(self, r: Rendered) -> None:
        kind = (r.status, r.severities, r.baselined)
        adds = self._adds.get(kind)
        if adds is None:
            adds = _adds_of(r)
            if len(self._adds) < 4096:
                self._adds[kind] = adds
        counts, worst, findings, baselined = adds
        for k, v in counts:
            self.counts[k] = self.counts.get(k, 0) + v
        if r.status == "error":
            self._note_error(r.error or "error")
        if worst > self.worst:
            self.worst = worst
        self.findings += findings
        self.baselined += baselined
        if r.matched:
            self.matched.update(r.matched)

    def _note_error(self, error: str) -> None:
        internal = is_internal(error)
        if not any(is_internal(e) == internal for e in self.errors):
            self.errors.append(error)

    @property
    def any_error(self) -> bool:
        return bool(self.errors)

    def summary(self) -> dict[str, int]:
        out = dict(self.counts)
        if self.rules is not None:
            out["rules"] = self.rules
        if self.baseline is not None:
            out.update(baseline_summary(self.findings, self.baselined, self.matched, self.baseline))
        return out

    def exit_code(self, fail_on: str) -> int:
        """As baseline.gate_exit: 4 hecha failed on a document, 3 some input unreadable, 1 a new finding
        at or above `fail_on`, else 0."""
        return run_exit(self.errors, self.worst, None if fail_on == "never" else SEVERITY_RANK[fail_on])


def write_stream(
    out: IO[str],
    rendered: Iterator[Rendered],
    fmt: str,
    verbose: bool = False,
    tally: Tally | None = None,
    raw: Callable[[bytes], object] | None = None,
) -> Tally:
    """Write every document as it arrives, then the summary; returns the tally (for the exit code).
    With `raw` (atomic._Guarded.bytes_writer: out's buffer, for UTF-8) the JSON goes there as bytes,
    a document already encoded as it comes (a worker's reply is pickled as UTF-8 anyway) and the
    rest encoded here with out's error handler, as out would encode them."""
    tally = tally or Tally()
    skeleton = build_report([], verbose=verbose)  # the top-level keys, in the contract's order
    if fmt == "jsonl":
        for r in rendered:
            tally.add(r)
            out.write(_as_text(r.text))
            out.write("\n")
        tail = {k: v for k, v in skeleton.items() if k != "documents"}
        tail["summary"] = tally.summary()
        out.write(json.dumps(tail, ensure_ascii=False) + "\n")
        return tally
    if fmt != "json":
        raise ValueError(f"not a streaming format: {fmt}")
    if raw is None:
        write = out.write
    else:
        errors = getattr(out, "errors", None) or "strict"

        def write(s: str) -> Any:
            return raw(s.encode("utf-8", errors))

    write("{")
    first_key = True
    for key, value in skeleton.items():
        write(("\n" if first_key else ",\n") + "  " + json.dumps(key, ensure_ascii=False) + ": ")
        first_key = False
        if key == "documents":
            n = 0
            for r in rendered:
                tally.add(r)
                text = r.text
                if raw is not None and type(text) is bytes:
                    raw(b"[\n" if n == 0 else b",\n")
                    raw(text)
                else:
                    write(("[\n" if n == 0 else ",\n") + _as_text(text))
                n += 1
            write("\n  ]" if n else "[]")
        elif key == "summary":
            write(_nested(tally.summary()))
        else:
            write(_nested(value))
    write("\n}\n")
    return tally


def _as_text(text: str | bytes) -> str:
    return text if isinstance(text, str) else text.decode("utf-8")


def _nested(value: Any) -> str:
    """A value as json.dumps(indent=2) writes it one level deep."""
    return indented_json.dumps(value, level=1)
