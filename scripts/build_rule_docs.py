"""Keep the rule pages (docs/rules/CODE.md) and the command's rule help in step.

Two facts, each written once:

- a rule's one-line summary lives in its normalizer's ``rules``; this script
  writes each page's "Rules" table from it, between marker comments;
- a rule family's "Fix safety" section (what its confidences mean against
  the threshold) is written by hand in its page; this script copies it into
  ``src/textrepair/rule_safety.json``, which ``textrepair rule CODE`` prints
  (the pages are not installed with the package).

    python scripts/build_rule_docs.py           rewrite the tables and the JSON file
    python scripts/build_rule_docs.py --check   exit 1 if any is out of date
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from textrepair.registry import builtin  # noqa: E402 (the source tree's package, not an installed one)

PAGES = ROOT / "docs" / "rules"
SAFETY = ROOT / "src" / "textrepair" / "rule_safety.json"
#: The marker comments around a page's generated rules table.
BEGIN = "<!-- generated: rules, by scripts/build_rule_docs.py from the normalizer's `rules`; do not edit by hand -->"
END = "<!-- end generated: rules -->"
#: The hand-written section copied into :data:`SAFETY`: from its heading to the next one or the end.
SAFETY_SECTION = re.compile(r"^## Fix safety\n\n(.*?)\s*(?=^## |\Z)", re.M | re.S)


def rules_table(rules: dict[str, str]) -> str:
    rows = ["| code | summary |", "|---|---|"]
    rows += [f"| `{code}` | {summary.replace('|', chr(92) + '|')} |" for code, summary in rules.items()]
    return "\n".join(rows)


def render_page(page: str, rules: dict[str, str], name: str) -> str:
    """``page`` with its rules table rewritten; a page without the markers is an error."""
    found = re.search(re.escape(BEGIN) + r"\n.*?" + re.escape(END), page, re.S)
    if found is None:
        raise SystemExit(f"{name}: no {BEGIN!r} ... {END!r} pair under a '## Rules' heading")
    return page[: found.start()] + "\n".join([BEGIN, rules_table(rules), END]) + page[found.end() :]


def fix_safety(page: str, name: str) -> str:
    """The text of ``page``'s "Fix safety" section."""
    found = SAFETY_SECTION.search(page)
    if found is None or not found[1].strip():
        raise SystemExit(f"{name}: no '## Fix safety' section")
    return found[1]


def build() -> dict[Path, str]:
    """Every file this script writes, with the text it should hold."""
    out: dict[Path, str] = {}
    safety: dict[str, str] = {}
    for cls in builtin():
        path = PAGES / f"{cls.code}.md"
        page = render_page(path.read_text("utf-8"), dict(cls.rules), path.name)
        out[path] = page
        safety[cls.code] = fix_safety(page, path.name)
    out[SAFETY] = json.dumps(safety, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    texts = build()
    stale = [path for path, text in texts.items() if not path.exists() or path.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date; run: python scripts/build_rule_docs.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(texts[path], "utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
