"""Configuration: ``[tool.textrepair]`` in pyproject.toml, or textrepair.toml.

The nearest file walking up from each repaired file wins (files are not
merged); the search stops at the repository's root. Keys are kebab-case; command-line flags override them. Per-path
settings live in ``[[tool.textrepair.overrides]]`` tables with a ``paths``
list of globs relative to the configuration file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .settings import RUN_KEYS as RUN_KEYS  # re-exported: the front ends read it with the configuration
from .settings import Origin, UserError, check, display_path

NAMES = ("textrepair.toml", ".textrepair.toml", "pyproject.toml")
#: What marks a repository's root, where the search for a configuration stops.
REPOSITORY_MARKERS = (".git", ".hg", ".svn")


class ConfigError(UserError):
    """A configuration file that cannot be read or holds a bad setting."""


@dataclass(frozen=True)
class Config:
    root: Path  # the folder holding the configuration file (or the start folder)
    source: Path | None
    values: Mapping[str, Any] = field(default_factory=dict)

    def for_path(self, path: Path) -> dict[str, Any]:
        """The settings for ``path``: base values updated by matching overrides."""
        values = {k: v for k, v in self.values.items() if k != "overrides"}
        overrides = self.values.get("overrides", [])
        if overrides:
            rel = relative(path, self.root)
            for table in overrides:
                if rel is not None and globs_match(table["paths"], rel):
                    values.update({k: v for k, v in table.items() if k != "paths"})
        return values


def relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def globs_match(patterns: list[str], rel: str) -> bool:
    """gitignore-style glob matching (``**``, trailing ``/``, no leading ``/`` needed)."""
    return bool(_spec(tuple(patterns)).match_file(rel))


@cache
def _spec(patterns: tuple[str, ...]) -> Any:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def find(start: Path) -> Config:
    """The configuration governing files in folder ``start``."""
    return _find_from(start.absolute())


@cache
def _find_from(folder: Path) -> Config:
    return _find(folder.resolve())  # resolving costs a system call per path component: once per folder


@cache
def _find(start: Path) -> Config:
    """The nearest configuration walking up from ``start``, not past the repository's root.

    A file above the repository (a parent folder, a home directory) belongs
    to someone else's project, or to no one: applying it would let it decide
    how this repository's files are rewritten.
    """
    for folder in (start, *start.parents):
        for name in NAMES:
            candidate = folder / name
            if candidate.is_file():
                values = _load(candidate)
                if values is not None:
                    check_encodings(values, candidate)
                    return Config(folder, candidate, values)
        if any((folder / marker).exists() for marker in REPOSITORY_MARKERS):
            break
    return Config(start, None, {})


def load(path: Path) -> Config:
    """A configuration file named explicitly (``--config``)."""
    if not path.is_file():
        raise ConfigError(f"{display_path(path)}: no such configuration file")
    values = _load(path)
    check_encodings(values or {}, path)
    return Config(path.parent.resolve(), path, values or {})


def check_encodings(values: Mapping[str, Any], path: Path) -> None:
    """Refuse an ``encoding`` (base or override) that does not give a file's bytes back unchanged."""
    from .files import check_encoding

    tables = [("", values), *((f"overrides[{n}].", t) for n, t in enumerate(values.get("overrides", []), 1))]
    for where, table in tables:
        encoding = table.get("encoding")
        why = check_encoding(encoding) if isinstance(encoding, str) else None
        if why is not None:
            raise ConfigError(f"{display_path(path)}: {where}encoding: {why}")


def _load(path: Path) -> dict[str, Any] | None:
    import tomllib  # most runs find no configuration: keep start-up small

    try:
        raw = path.read_text("utf-8")
        if path.name == "pyproject.toml" and "textrepair" not in raw:
            return None
        data = tomllib.loads(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{display_path(path)}: cannot read configuration: {exc}") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("textrepair")
        if section is None:
            return None
        if not isinstance(section, dict):
            raise ConfigError(f"{display_path(path)}: tool.textrepair: must be a table ([tool.textrepair])")
        data = section
    _validate(data, path)
    return data


def _validate(data: dict[str, Any], path: Path) -> None:
    """Check every key of ``data`` in place; lexicon paths become absolute.

    The checks are those of :mod:`textrepair.settings`, which also serve the
    command line and the library; messages name the file and the key.
    """
    overrides = data.pop("overrides", None)
    data.update(check(data, Origin.config(path)))
    if overrides is None:
        return
    if not isinstance(overrides, list) or not all(isinstance(t, dict) for t in overrides):
        raise ConfigError(f"{display_path(path)}: overrides: must be an array of tables ([[overrides]])")
    for number, table in enumerate(overrides, 1):
        origin = Origin.config(path, f"overrides[{number}]")
        paths = table.pop("paths", None)
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
            raise origin.error("paths", "each overrides table needs a `paths` list of globs")
        if "overrides" in table:
            raise origin.error("overrides", "overrides do not nest")
        table.update(check(table, origin))
        table["paths"] = paths
    data["overrides"] = overrides
