"""Memory grows with the input at a bounded rate, however dense the damage.

Each family of benchmarks/adversarial.py that makes an edit every few
characters is repaired at two sizes, both several pieces long
(``textrepair.pieces``), each in a fresh process; what the larger run adds
over the smaller, per MB more of input, is the slope. Before pieces and
compact edits it was 48 to 133 MB a MB. The bound is loose, so that only a
return of per-edit objects or whole-text copies trips it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
#: The two sizes, MB: both longer than a piece (2^18 characters) in every family.
SIZES = (1.5, 3.0)
#: MB each further MB of input may add. Measured: 3.3 to 8.4 (apostrophes 6.7,
#: mojibake on every line 8.4: Python holds these texts at two bytes a
#: character, so input and output alone are 3 MB a MB); before pieces and
#: compact edits, 48 to 133.
MAX_SLOPE = 12.0
FAMILIES = ["apostrophes", "alternating-quotes", "mojibake-every-line", "doubled-spaces", "html-entities", "prose"]

CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from adversarial import make
from peak import peak_kb, reset_peak, resident_kb
from textrepair import repair

family, size = sys.argv[2], float(sys.argv[3])
repair(make(family, 0.01))
text = make(family, size)
reset_peak()
base = resident_kb()
result = repair(text)
print(json.dumps({"added_kb": peak_kb() - base, "edits": len(result.edits)}))
"""


def _added_mb(family: str, size: float) -> float:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCHMARKS), family, str(size)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return float(json.loads(done.stdout.strip().splitlines()[-1])["added_kb"]) / 1024


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc high-water mark")
@pytest.mark.parametrize("family", FAMILIES)
def test_memory_slope_is_bounded(family: str) -> None:
    small, large = (_added_mb(family, size) for size in SIZES)
    slope = (large - small) / (SIZES[1] - SIZES[0])
    assert slope <= MAX_SLOPE, f"{family}: {small:.0f} MB at {SIZES[0]} MB, {large:.0f} MB at {SIZES[1]} MB"
