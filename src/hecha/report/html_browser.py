"""Drive a real browser over the HTML report: Debian's chromium through Playwright (`pip install
playwright`; `playwright install` cannot download browsers here, so the system chromium is used).

`python -m hecha.report.html_browser SEEDS OUT` builds the site for SEEDS and saves screenshots of the
index and of one document page (with its first finding clicked) into OUT; the nox session
`screenshots` runs it for fixtures/seeds → reports/screenshots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _apt_install(*packages: str) -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise RuntimeError(f"need {' '.join(packages)}: install them with apt-get (as root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def ensure_chromium(cjk_font: bool = False) -> str:
    """The path of Debian's chromium, installing it with apt-get when missing (and, for screenshots,
    a Chinese font so the text is not drawn as boxes)."""
    missing = [] if Path(CHROMIUM).exists() else ["chromium"]
    if cjk_font:
        fc = shutil.which("fc-list")
        have = fc and subprocess.run([fc, ":lang=zh"], capture_output=True, text=True).stdout.strip()
        if not have:
            missing.append("fonts-wqy-microhei")
        if not shutil.which("pngquant") and os.geteuid() == 0:
            missing.append("pngquant")  # optional: screenshots are saved smaller with it
    if missing:
        _apt_install(*missing)
    return CHROMIUM


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=ensure_chromium(), args=LAUNCH_ARGS)


def build_site(seeds: Path, out: Path, lang: str = "zh") -> int:
    """Run `hecha check SEEDS --format html --output OUT` as a user would; returns its exit code."""
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "hecha.cli",
            "check",
            str(seeds),
            "--format",
            "html",
            "--output",
            str(out),
            "--lang",
            lang,
        ],
        capture_output=True,
        text=True,
    )
    if p.returncode not in (0, 1):
        raise RuntimeError(f"hecha check failed ({p.returncode}): {p.stderr}")
    return p.returncode


def screenshots(
    seeds: Path, out: Path, doc: str = "002_60197d52abb683d6", name: str = "luosong"
) -> list[Path]:
    from playwright.sync_api import sync_playwright

    ensure_chromium(cjk_font=True)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        site = Path(tmp) / "site"
        build_site(seeds, site)
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
        page.goto((site / "index.html").as_uri())
        saved.append(out / "index.png")
        page.screenshot(path=str(saved[-1]), full_page=True)
        page.click(f"a:text-is('{doc}')")
        page.wait_for_selector(".finding")
        page.click(".finding")
        page.wait_for_selector(".hl-ev")
        saved.append(out / f"{name}.png")
        page.screenshot(path=str(saved[-1]))
        browser.close()
    for p in saved:
        _shrink(p)
    return saved


def _shrink(png: Path) -> None:
    """Quantise a screenshot to a palette (about a third of the size, text still crisp) if pngquant
    is there; deterministic for the same input."""
    tool = shutil.which("pngquant")
    if tool:
        subprocess.run(
            [
                tool,
                "--quality",
                "70-90",
                "--speed",
                "1",
                "--strip",
                "--force",
                "--output",
                str(png),
                str(png),
            ],
            check=True,
        )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        raise SystemExit("usage: python -m hecha.report.html_browser SEEDS_DIR OUT_DIR")
    for p in screenshots(Path(args[0]), Path(args[1])):
        print(f"{p} ({p.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
