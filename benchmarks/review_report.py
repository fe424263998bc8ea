"""Size and opening time of the HTML review report, in headless Chromium.

    python benchmarks/review_report.py [DOCS_FOLDER ...]

Reports on the bundled seeds, then on a tree of 200 documentation files built in
a temporary folder from each DOCS_FOLDER given (its .md, .rst and .txt files, repeated
under numbered names when there are fewer than 200; any documentation
checkout will do, e.g. a clone of rust-lang/book's ``src``). Prints, per
report: files, findings, size, and the time from navigation to the end of
the load event, the median of a few loads. ``--flags "--quote-style straight"``
adds flags to the tree reports (straightening the Rust book's curly quotes
gives thousands of edits: the worst case for size). Needs Debian's ``chromium`` and
``chromium-driver`` and ``pip install selenium``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TREE_FILES = 200
DOC_SUFFIXES = (".md", ".rst", ".txt")
LOADS = 5


def build_tree(source: Path, target: Path, count: int = TREE_FILES) -> int:
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix in DOC_SUFFIXES)
    if not files:
        raise SystemExit(f"{source}: no Markdown, reStructuredText or text files")
    for n in range(count):
        src = files[n % len(files)]
        rel = src.relative_to(source)
        dest = target / (rel.parent / (f"{rel.stem}-{n // len(files)}{rel.suffix}" if n >= len(files) else rel.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    return count


def report(paths: list[str], out: Path, cwd: Path, flags: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "textrepair.cli", "check", "--format", "html", "-o", str(out), "-q", *flags, *paths],
        cwd=cwd,
        check=False,
    )
    return time.perf_counter() - start


def open_seconds(driver: object, page: Path) -> tuple[float, int]:
    times = []
    marks = 0
    for _ in range(LOADS):
        driver.get(page.as_uri())  # type: ignore[attr-defined]
        ms = driver.execute_script(  # type: ignore[attr-defined]
            "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"
        )
        times.append(float(ms) / 1000)
        marks = int(driver.execute_script("return document.querySelectorAll('.f[data-id]').length;"))  # type: ignore[attr-defined]
    return statistics.median(times), marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", nargs="*", type=Path, help="documentation folders to build 200-file trees from")
    parser.add_argument("--flags", default="", help="extra textrepair flags for the tree reports")
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium") or "chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)
    driver.set_window_size(1366, 900)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            seeds = len(list((ROOT / "seeds").rglob("*.txt")))
            cases = [("seeds", ["seeds"], ROOT, seeds, [])]
            for n, folder in enumerate(args.docs):
                tree = work / f"tree{n}"
                built = build_tree(folder, tree)
                cases.append((f"{folder.name} x{TREE_FILES}", [str(tree)], work, built, args.flags.split()))
            print(f"{'report':<22} {'files':>6} {'marks':>6} {'size':>9} {'check s':>8} {'open s':>7}")
            for name, paths, cwd, files, flags in cases:
                page = work / f"{name.split()[0]}.html"
                took = report(paths, page, cwd, flags)
                seconds, marks = open_seconds(driver, page)
                size = page.stat().st_size
                print(f"{name:<22} {files:>6} {marks:>6} {size / 1e6:>7.2f}MB {took:>8.1f} {seconds:>7.3f}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
