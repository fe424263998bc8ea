"""Print one of the README Quickstart's two commands: ``repair`` (the first) or ``tests`` (the second)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def commands() -> list[str]:
    text = README.read_text("utf-8")
    quickstart = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", quickstart, re.S)]


if __name__ == "__main__":
    found = commands()
    which = {"repair": 0, "tests": 1}[sys.argv[1]]
    print(found[which])
