"""Write the generated tables of docs/configuration.md from the settings schema.

The schema (``textrepair.settings.SETTINGS``) says what each setting takes,
its default, its flag and which front ends accept it; the command-line
parsers and the checks of the configuration file and of ``repair()`` are
built from it too, so the page cannot drift from what the code accepts.
Each table sits between two marker comments; the prose around them is
written by hand.

    python scripts/build_settings_docs.py           rewrite the tables
    python scripts/build_settings_docs.py --check   exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from textrepair.model import Options  # noqa: E402 (the source tree's package, not an installed one)
from textrepair.pipeline import profiles  # noqa: E402
from textrepair.registry import builtin  # noqa: E402
from textrepair.settings import SETTINGS, Setting, profile_settings  # noqa: E402

PAGE = ROOT / "docs" / "configuration.md"
#: Marks a generated table: ``<!-- generated: NAME ... -->`` before it, ``<!-- end generated: NAME -->`` after.
BEGIN = "<!-- generated: {name}, by scripts/build_settings_docs.py; do not edit by hand -->"
END = "<!-- end generated: {name} -->"
#: Shown where a setting has no flag or is no keyword of ``repair()``.
NONE = "—"


def _cell(text: str) -> str:
    """``text`` safe inside a Markdown table cell."""
    return text.replace("|", "\\|")


def _literal(value: Any) -> str:
    """A default as TOML writes it, in code style; ``none`` for no value."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, (frozenset, set)):
        value = sorted(value)
    if isinstance(value, (tuple, list)):
        return "`[" + ", ".join(f'"{v}"' for v in value) + "]`"
    if isinstance(value, str):
        return f'`"{value}"`'
    return f"`{value}`"


def default_of(key: str, setting: Setting) -> str:
    """The documented default: the schema's words, else the value it points to, else the :class:`Options` field's."""
    if setting.default:
        return setting.default
    if setting.default_from is not None:
        return _literal(setting.default_from())
    library = {f.name: f.default for f in fields(Options)}
    name = key.replace("-", "_")
    return _literal(library[name]) if name in library else ""


def flag_of(setting: Setting) -> str:
    flag = setting.flag
    if flag is None:
        return NONE
    return f"`{flag.name} {flag.metavar}`" if flag.metavar else f"`{flag.name}`"


def keyword_of(key: str, setting: Setting) -> str:
    return f"`{key.replace('-', '_')}`" if setting.keyword else NONE


def declarers() -> dict[str, str]:
    """Each key a built-in normalizer declares, with the normalizer's code."""
    return {key: cls.code for cls in builtin() for key in cls.settings}


def settings_table() -> list[str]:
    """textrepair's own keys of a configuration file."""
    declared = declarers()
    rows = [
        "| key | type | default | flag | `repair()` | meaning |",
        "|---|---|---|---|---|---|",
    ]
    for key, s in SETTINGS.items():
        if s.file and key not in declared:
            cells = [f"`{key}`", s.type, default_of(key, s), flag_of(s), keyword_of(key, s), s.help]
            rows.append("| " + " | ".join(map(_cell, cells)) + " |")
    return rows


def normalizer_table() -> list[str]:
    """The keys the built-in normalizers declare, and which declares each."""
    declared = declarers()
    rows = ["| key | normalizer | type | default | meaning |", "|---|---|---|---|---|"]
    for key, s in SETTINGS.items():
        if s.file and key in declared:
            cells = [f"`{key}`", declared[key], s.type, default_of(key, s), s.help]
            rows.append("| " + " | ".join(map(_cell, cells)) + " |")
    return rows


def keyword_table() -> list[str]:
    """Settings only ``repair()`` takes."""
    rows = ["| keyword | type | meaning |", "|---|---|---|"]
    for key, s in SETTINGS.items():
        if not s.file and s.flag is None and s.keyword:
            rows.append("| " + " | ".join(map(_cell, [keyword_of(key, s), s.type, s.help])) + " |")
    return rows


def _settings_of(profile: Mapping[str, Any]) -> str:
    """A profile's settings besides its selection, as configuration lines."""
    shown = [f"`{key} = {_literal(value).strip('`')}`" for key, value in profile_settings(profile).items()]
    return ", ".join(shown) or NONE


def profiles_table() -> list[str]:
    """The presets of ``profiles.json``."""
    rows = ["| profile | select | ignore | settings | description |", "|---|---|---|---|---|"]
    for name, p in profiles().items():
        codes = [", ".join(f"`{c}`" for c in p.get(k, [])) or NONE for k in ("select", "ignore")]
        rows.append("| " + " | ".join(map(_cell, [f"`{name}`", *codes, _settings_of(p), p["description"]])) + " |")
    return rows


#: The generated tables of the page, by marker name.
TABLES: dict[str, Callable[[], list[str]]] = {
    "settings": settings_table,
    "normalizer-settings": normalizer_table,
    "keyword-settings": keyword_table,
    "profiles": profiles_table,
}


def render(page: str) -> str:
    """``page`` with every generated table rewritten; a missing marker pair is an error."""
    for name, table in TABLES.items():
        begin, end = BEGIN.format(name=name), END.format(name=name)
        found = re.search(re.escape(begin) + r"\n.*?" + re.escape(end), page, re.S)
        if found is None:
            raise SystemExit(f"{PAGE}: no {begin!r} ... {end!r} pair")
        page = page[: found.start()] + "\n".join([begin, *table(), end]) + page[found.end() :]
    return page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the page is out of date")
    args = parser.parse_args(argv)
    current = PAGE.read_text("utf-8")
    wanted = render(current)
    if args.check:
        if wanted != current:
            print(f"{PAGE.relative_to(ROOT)}: out of date; run: python scripts/build_settings_docs.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(wanted, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
