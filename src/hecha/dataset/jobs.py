"""A dataset's documents, each one's rows and what the plan found about it: what a worker needs to
check it (run.check_job) and write it (render.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from ..ontology import Ontology
from .findings import DatasetFinding
from .locate import LocatedTable
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

    @property
    def rows(self) -> list[ValidRow]:
        return self.figures.rows(self.doc_id)


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
        t = self.table
        found = [self._finding(tf) for tf in [*self.across.get(i, ()), *self.far.of(t, i, self.onto)]]
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
        )

    def _finding(self, tf: TableFinding) -> DatasetFinding:
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
