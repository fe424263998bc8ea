"""Configuration: ``[tool.textrepair]`` in pyproject.toml, or textrepair.toml.

The nearest file walking up from each repaired file wins (files are not
merged). Keys are kebab-case; command-line flags override them. Per-path
settings live in ``[[tool.textrepair.overrides]]`` tables with a ``paths``
list of globs relative to the configuration file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

#: Keys that configure the run rather than the repair.
RUN_KEYS = {"include", "exclude", "encoding", "markup", "prose-keys", "overrides", "profile", "select", "ignore"}
#: Keys passed to :class:`textrepair.Options`.
OPTION_KEYS = {"quote-style", "threshold", "unsafe-fixes", "styles", "allow", "lexicons", "normalization"}
KNOWN = RUN_KEYS | OPTION_KEYS
NAMES = ("textrepair.toml", ".textrepair.toml", "pyproject.toml")


class ConfigError(Exception):
    pass


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
    return _spec(tuple(patterns)).match_file(rel)


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
    for folder in (start, *start.parents):
        for name in NAMES:
            candidate = folder / name
            if candidate.is_file():
                values = _load(candidate)
                if values is not None:
                    return Config(folder, candidate, values)
    return Config(start, None, {})


def load(path: Path) -> Config:
    """A configuration file named explicitly (``--config``)."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    values = _load(path)
    return Config(path.parent.resolve(), path, values or {})


def _load(path: Path) -> dict[str, Any] | None:
    import tomllib  # most runs find no configuration: keep start-up small

    try:
        raw = path.read_text("utf-8")
        if path.name == "pyproject.toml" and "textrepair" not in raw:
            return None
        data = tomllib.loads(raw)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("textrepair")
        if section is None:
            return None
        data = section
    _validate(data, path)
    return data


def known_keys() -> set[str]:
    """Keys of textrepair itself and the settings its normalizers declare."""
    from .registry import builtin

    return KNOWN | {key for cls in builtin() for key in cls.settings}


def _validate(data: dict[str, Any], path: Path) -> None:
    known = known_keys()
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for key in ("include", "exclude", "select", "ignore", "styles", "allow", "lexicons", "prose-keys"):
        if key in data and not (isinstance(data[key], list) and all(isinstance(v, str) for v in data[key])):
            raise ConfigError(f"{path}: `{key}` must be a list of strings")
    for table in data.get("overrides", []):
        if not isinstance(table, dict) or not isinstance(table.get("paths"), list):
            raise ConfigError(f"{path}: each [[overrides]] table needs a `paths` list of globs")
        bad = sorted(set(table) - known - {"paths"} | ({"overrides"} & set(table)))
        if bad:
            raise ConfigError(f"{path}: unknown key(s) in overrides: {', '.join(bad)}")
    for table in (data, *data.get("overrides", [])):
        for key in table:
            if key.endswith("lexicons"):
                # Lexicon paths are relative to the configuration file.
                table[key] = [str((path.parent / p).resolve()) for p in table[key]]
