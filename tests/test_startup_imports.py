"""`hecha check` on report texts imports only what checking texts needs: every run pays for its imports
(a machine that sets PYTHONDONTWRITEBYTECODE compiles each imported module again)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_checking_a_text_loads_no_dataset_machinery(tmp_path: Path) -> None:
    doc = tmp_path / "r.txt"
    doc.write_text("行政复议收到申请35件，受理35件，审结25件，其中维持8件，驳回8件。\n", encoding="utf-8")
    out = tmp_path / "out.json"
    code = (
        "import sys\n"
        "from hecha.cli import main\n"
        f"sys.argv = ['hecha', 'check', {str(doc)!r}, '--format', 'json', '-o', {str(out)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('hecha.dataset', 'pandas', 'pandera'))))\n"
        "print(sorted(m for m in sys.modules if m in ('hecha.gate', 'hecha.report.sarif', 'hecha.report.markdown')))\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    loaded = ast.literal_eval(p.stdout.strip().splitlines()[-2])
    # nor the CI gate and the other formats' writers (the JSON report is written by report/jsonl.py)
    assert ast.literal_eval(p.stdout.strip().splitlines()[-1]) == []
    # the dataset rule ids are read to check a selection; the loaders, schema and screen are not needed
    assert loaded == ["hecha.dataset", "hecha.dataset.findings"]
    assert out.is_file()
