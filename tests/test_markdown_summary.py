"""The Markdown summary names each document by region and year where known, each suspect by its
metric, and shows each document's coverage (issue 16, item 6)."""

from __future__ import annotations

from hecha.ingest import collect
from hecha.model import Document
from hecha.pipeline import Checker
from hecha.report.build import build_report
from hecha.report.markdown import render_markdown

from .conftest import SEEDS


def _seeds(checker: Checker) -> tuple[dict, list[str | None]]:  # type: ignore[type-arg]
    docs = collect([str(SEEDS)])
    return build_report([checker.check_document(d) for d in docs]), [d.text for d in docs]


def test_documents_are_named_by_region_and_year_suspects_by_metric(checker: Checker) -> None:
    report, texts = _seeds(checker)
    md = render_markdown(report, texts=texts)
    top = next(line for line in md.splitlines() if "HC201" in line and line.startswith("| 🔴"))
    assert "| 株洲市芦淞区 2022年（002_60197d52abb683d6） |" in top
    assert top.endswith("| 维持 `8件` → 7 |")  # the suspect by its metric, not the bare figure
    assert "### 株洲市芦淞区 2022年（002_60197d52abb683d6）" in md
    assert "可能有误：维持 `8件` → 7" in md
    en = render_markdown(report, lang="en", texts=texts)
    assert "| 株洲市芦淞区 2022 (002_60197d52abb683d6) |" in en


def test_each_document_row_shows_its_coverage(checker: Checker) -> None:
    report, texts = _seeds(checker)
    md = render_markdown(report, texts=texts)
    assert "| 文档 | 状态 | 数字 | 识别出指标 | 错误 | 警告 | 提示 |" in md
    d = next(d for d in report["documents"] if d["doc_id"] == "002_60197d52abb683d6")
    c = d["coverage"]
    pct = round(100 * c["with_metric"] / c["quantities"])
    assert f"| {c['with_metric']}/{c['quantities']}（{pct}%） |" in md
    assert f"| {c['with_metric']}/{c['quantities']} ({pct}%) |" in render_markdown(
        report, lang="en", texts=texts
    )


def test_without_a_place_the_doc_id_alone_and_meta_wins(checker: Checker) -> None:
    docs = [
        Document("plain", "plain.txt", "行政复议审结25件，其中维持8件，驳回8件，确认违法6件，和解终止4件。"),
        Document("bad", "bad.txt", None, error="binary file"),
    ]
    report = build_report([checker.check_document(d) for d in docs])
    md = render_markdown(report, texts=[d.text for d in docs])
    assert "| plain | 已核查 |" in md and "| bad | 无法读取：binary file | 0 | — |" in md
    report["documents"][0]["meta"] = {"region": "长沙县", "year": "2023"}  # as a dataset's columns give
    assert "| 长沙县 2023年（plain） | 已核查 |" in render_markdown(report)


def test_dataset_documents_are_named_by_their_region_and_year_columns(checker: Checker) -> None:
    from hecha.dataset import run_dataset

    from .conftest import ROOT

    report = build_report(run_dataset(ROOT / "fixtures" / "datasets" / "review.csv", checker).results)
    metas = {d["doc_id"]: d.get("meta", {}) for d in report["documents"]}
    assert (metas["cityA_2023"]["region"], metas["cityA_2023"]["year"]) == ("甲市", "2023")
    md = render_markdown(report)
    assert "| 甲市 2023年（cityA_2023） |" in md and "| 甲市 2024年（cityA_2024） |" in md
