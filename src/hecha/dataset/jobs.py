"""A dataset's documents, each one's rows and what the plan found about it: what a worker needs to
check it (run.check_job) and write it (render.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast, overload

from ..ontology import Ontology
from .findings import DatasetFinding
from .locate import LocatedTable
from .pieces import RowPieces
from .rows import DocFigures, DocTable, ValidRow
from .screen import Screen, Verdicts
from .table import Outliers, TableFinding, evidence_at


@dataclass
class DocJob:
    """One document's rows and what is known about it before it is checked: all a worker needs."""

    doc_id: str
    figures: DocFigures
    table_path: str
    rendered: bool
    table_findings: list[DatasetFinding]
    texts: Path | None
    screen: Screen | None = None  # with `choices`: the screen passed it, and these bindings hold
    choices: Any = None  # the definition each metric rule holds by (screen.Verdicts)
    bound: int = 0  # how many figures take part in a binding the screen decided (and the bound rule's)
    templates: Any = None  # render.Templates of its table
    undecided: Any = None  # flagged: its screen choices (screen.decided_bindings), the screen in `judged`
    judged: Screen | None = None
    place: tuple[str, str] | None = None  # its region and year, when its rows give them
    plain: bool = False  # flagged by metric rules' verdicts alone (dataset/quick.py may judge it)
    located: Any = None  # flagged: its localisation's answers, computed by the plan (dataset/locate.py)
    source: Any = None  # flagged: the DocJobs it was made from (its JSON's pieces made with its neighbours')
    index: int = -1  # its place there

    @property
    def rows(self) -> list[ValidRow]:
        return self.figures.rows(self.doc_id)


class PassedJob:
    """A document the screen passed and no check across documents found anything in: its JSON is
    written with its neighbours' (render.passed_texts). Anything else asked of it is its DocJob's,
    made when first asked (another format, --verbose)."""

    __slots__ = ("index", "job", "jobs")

    def __init__(self, jobs: DocJobs, index: int):
        self.jobs, self.index = jobs, index
        self.job: DocJob | None = None

    def __getattr__(self, name: str) -> Any:
        job = self.job
        if job is None:
            job = self.job = self.jobs.make(self.index)
        return getattr(job, name)


PASSED_BLOCK = 1024  # documents written at once by render.passed_texts
FLAGGED_BLOCK = (
    64  # flagged documents whose figures' JSON is made at once (a worker's batch: gate.DATASET_CHUNK)
)


def job_meta(job: DocJob) -> dict[str, Any]:
    """The meta of a dataset document's result: where it came from and, when its rows say, its region
    and year (the Markdown summary and the HTML pages name it by them)."""
    meta: dict[str, Any] = {"source": "dataset", "dataset": job.table_path}
    if job.rendered:
        meta["rendered"] = True
    if job.place is not None:
        meta["region"], meta["year"] = job.place
    return meta


class DocJobs(Sequence[DocJob]):
    """A dataset's documents in report order, each made into a DocJob when asked for: the plan
    holds the compact rows, not a job per document. Workers inherit it when forked."""

    def __init__(
        self,
        table: DocTable,
        path: str,
        rendered: bool,
        across: dict[int, list[TableFinding]],
        far: Outliers,
        onto: Ontology,
        texts: Path | None,
        screen: Screen | None,
        verdicts: Verdicts | None,
        located: LocatedTable | None = None,
    ):
        from .render import Templates

        self.table, self.path, self.rendered, self.across = table, path, rendered, across
        self.far, self.onto = far, onto
        self.texts, self.screen, self.verdicts = texts, screen, verdicts
        self.located = located
        self.templates = Templates()  # the JSON of its figures, made as they are first written
        self.written: Any = self._written()  # for each document: is it a PassedJob (before workers fork)
        # PassedJobs' JSON made ahead (render.passed_texts), the documents they were made for, in bytes?
        self.texts_ahead: dict[int, tuple[str | bytes, int]] = {}
        self.ahead = (0, 0)
        self.ahead_binary = False
        # flagged documents' row pieces made ahead (flagged_pieces): the pieces, in bytes?, each one's rows
        self.pieces_ahead: tuple[Any, bool, dict[int, tuple[int, int]]] | None = None
        self.flagged_docs: Any = None

    def _written(self) -> Any:
        """For each document: passed by the screen, no finding across documents, every figure a
        quantity and at least one (what render.passed_texts writes); none with --texts."""
        import numpy as np

        from ..model import QUANTITY_KINDS

        t = self.table
        ok = np.zeros(len(t), dtype=bool)
        if self.verdicts is not None and self.texts is None and len(t):
            ok = ~np.asarray(self.verdicts.flagged, dtype=bool)
            ok &= np.diff(t.bounds) > 0
            if self.across:
                ok[np.fromiter(self.across, dtype=np.int64)] = False
            odd = np.asarray([m.kind not in QUANTITY_KINDS for m in t.mentions], dtype=bool)
            if len(t.mention) and odd.any():
                bad = odd[t.mention]
                ok[np.unique(np.searchsorted(t.bounds, np.flatnonzero(bad), "right") - 1)] = False
        return ok

    def passed_text(self, i: int, far: bool, binary: bool = False) -> tuple[str | bytes, int] | None:
        """The JSON text of PassedJob i and how many findings it has, made with the next
        PASSED_BLOCK documents' when not made yet (None: it has DS203 findings, and not `far`:
        render.passed_texts; `binary`: in UTF-8 bytes where it can be)."""
        if binary != self.ahead_binary:  # made the other way (tests ask for both): made again
            self.texts_ahead, self.ahead = {}, (0, 0)
        done = self.texts_ahead.pop(i, None)
        if done is None and not self.ahead[0] <= i < self.ahead[1]:
            from .render import passed_texts

            self.ahead, self.ahead_binary = (i, min(len(self), i + PASSED_BLOCK)), binary
            self.texts_ahead = passed_texts(self, *self.ahead, self.written, far, binary)
            done = self.texts_ahead.pop(i, None)
        return done

    def flagged_pieces(self, i: int, binary: bool) -> tuple[RowPieces, int, int] | None:
        """The row pieces (pieces.row_pieces) of flagged document i and where its rows are in them,
        made with those of the next FLAGGED_BLOCK - 1 flagged documents' (a worker's batch) when
        not made yet; None for a document without rows, or templates that do not encode strictly."""
        import numpy as np

        from .pieces import row_pieces

        got = self.pieces_ahead
        if got is None or got[1] != binary or i not in got[2]:
            if self.verdicts is None:
                return None
            if self.flagged_docs is None:
                self.flagged_docs = np.flatnonzero(np.asarray(self.verdicts.flagged, dtype=bool))
            flagged = self.flagged_docs
            k = int(np.searchsorted(flagged, i))
            docs = flagged[k : k + FLAGGED_BLOCK]
            if not len(docs) or int(docs[0]) != i:
                return None
            bounds = self.table.bounds
            starts, ends = bounds[docs].astype(np.int64), bounds[docs + 1].astype(np.int64)
            counts = ends - starts
            at = np.concatenate([[0], np.cumsum(counts)])  # each document's first row in the pieces
            n = int(at[-1])
            pos = np.arange(n, dtype=np.int64) - np.repeat(at[:-1], counts)
            rows = np.repeat(starts, counts) + pos
            made: Any = None
            if n:
                try:
                    made = row_pieces(self, rows, pos, binary)
                except UnicodeEncodeError:  # (a template with a lone surrogate: the generic way)
                    made = None
            spans = {int(d): (int(a), int(b)) for d, a, b in zip(docs.tolist(), at[:-1], at[1:], strict=True)}
            got = self.pieces_ahead = (made, binary, spans)
        ra, rb = got[2][i]
        if got[0] is None or ra == rb:
            return None
        return got[0], ra, rb

    def far_docs(self) -> Any:
        """For each document: has it DS203 findings."""
        import numpy as np

        if self.far.few is None:
            self.far.few = np.zeros(len(self.table), dtype=bool)
            self.far.few[self.far.docs] = True
        return self.far.few

    def __len__(self) -> int:
        return len(self.table)

    def passed(self) -> list[bool]:
        """For each document: did the screen pass it (all False unscreened)."""
        if self.verdicts is None:
            return [False] * len(self)
        return [not f for f in self.verdicts.flagged.tolist()]

    @overload
    def __getitem__(self, i: int) -> DocJob: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[DocJob]: ...

    def __getitem__(self, i: int | slice) -> DocJob | Sequence[DocJob]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if self.written[i]:
            return cast(DocJob, PassedJob(self, i))
        return self.make(i)

    def make(self, i: int) -> DocJob:
        """Document i's DocJob."""
        t = self.table
        found = [self.finding(tf) for tf in [*self.across.get(i, ()), *self.far.of(t, i, self.onto)]]
        passed = self.verdicts is not None and not bool(self.verdicts.flagged[i])
        v = self.verdicts
        return DocJob(
            t.doc_ids[i],
            t.figures(i),
            self.path,
            self.rendered,
            found,
            self.texts,
            self.screen if passed else None,
            v.choice[i] if passed and v is not None else None,
            int(v.bound[i]) if v is not None else 0,
            self.templates,
            v.choice[i] if not passed and v is not None else None,
            self.screen if not passed else None,
            t.place_of(i),
            not passed and v is not None and v.other is not None and not bool(v.other[i]),
            self.located.of(i) if not passed and self.located is not None else None,
            self if not passed else None,
            i,
        )

    def finding(self, tf: TableFinding) -> DatasetFinding:
        t = self.table
        return DatasetFinding(
            rule=tf.rule,
            severity=tf.severity,  # type: ignore[arg-type]
            message=tf.message,
            facts=[t.fact_of(tf.at, tf.doc)[0]],
            evidence=[evidence_at(t, tf.at, tf.doc)],
            expected=tf.expected,
            observed=tf.observed,
            title=tf.title,
            kind="table",
            related=[self._row_ref(j) for j in tf.related],
        )

    def _row_ref(self, j: int) -> dict[str, Any]:
        t = self.table
        d: dict[str, Any] = {
            "path": self.path,
            "row": int(t.row[j]),
            "doc_id": t.doc_ids[t.doc_of(j)],
            "text": t.mentions[int(t.mention[j])].text,
        }
        line = t.line_of(j)
        if line is not None and not self.rendered:
            d["line"], d["column"] = line, 1
        return d
