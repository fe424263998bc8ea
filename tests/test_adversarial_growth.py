"""Every pathological input family of benchmarks/adversarial.py grows linearly.

The short version of the benchmark: each family at two sizes ten times
apart, through ``repair()`` and through the markup scanners of a ``.txt``,
``.md``, ``.rst`` and ``.html`` file, in one child process per place. What is bounded is
the growth of CPU time between the sizes (linear work grows ten times,
quadratic a hundred), so the test does not depend on the machine's speed;
a loose bound on CPU seconds per MB catches a linear scan with a huge
constant, and the child's time limit catches a hang. Set
``TEXTREPAIR_ADVERSARIAL_MB`` (e.g. ``1``) to run at that larger size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
#: The larger size, MB; the smaller is a tenth of it.
LARGE_MB = float(os.environ.get("TEXTREPAIR_ADVERSARIAL_MB", "0.05"))
#: The largest CPU-time ratio allowed between the two sizes: exponent 1.5
#: (linear is 10, quadratic 100), loose enough for timer noise at small sizes.
MAX_RATIO = 10**1.5
#: CPU seconds per MB at the larger size beyond which a family fails:
#: twenty times the benchmark's goal, so only a gross slowdown trips it.
MAX_CPU_SECONDS_PER_MB = 20.0
#: Below this many CPU seconds at the larger size the ratio is timer noise.
NOISE_SECONDS = 0.02
#: The child's time limit: a hang guard, far above a normal run.
CHILD_TIMEOUT = 300

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from adversarial import FAMILIES, make
from textrepair import repair
from textrepair.markup import protected_spans

where, large = sys.argv[2], float(sys.argv[3])
kind = {"txt": "text", "md": "markdown", "rst": "rst", "html": "html"}.get(where)


def cpu(text):
    start = time.process_time()
    if kind is None:
        repair(text)
    else:
        protected_spans(text, kind)
    return time.process_time() - start


cpu(make("prose", 0.01))  # lazy imports and lexicons are not the family's
for family in sorted(FAMILIES):
    small_text, large_text = make(family, large / 10), make(family, large)
    small = min(cpu(small_text) for _ in range(3))
    print(json.dumps([family, small, cpu(large_text)]), flush=True)
"""


@pytest.mark.parametrize("where", ["repair", "txt", "md", "rst", "html"])
def test_every_family_grows_linearly(where: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCHMARKS), where, str(LARGE_MB)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    rows = [json.loads(line) for line in child.stdout.splitlines()]
    assert rows, "no family ran"
    too_slow = []
    for family, small, large in rows:
        if large > NOISE_SECONDS and large / max(small, 1e-4) > MAX_RATIO:
            too_slow.append(f"{family}: {small:.3f}s -> {large:.3f}s (x{large / max(small, 1e-4):.0f})")
        if large / LARGE_MB > MAX_CPU_SECONDS_PER_MB:
            too_slow.append(f"{family}: {large / LARGE_MB:.1f} CPU s/MB")
    assert not too_slow, "\n".join(too_slow)


def test_benchmark_families_build_their_sizes() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from adversarial import FAMILIES, make
    finally:
        sys.path.remove(str(BENCHMARKS))
    for family in FAMILIES:
        size = len(make(family, 0.01).encode("utf-8"))
        assert 5_000 <= size <= 12_000, (family, size)
