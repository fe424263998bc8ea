"""Every setting textrepair reads, checked in one place.

Settings arrive three ways: keys of a configuration file (kebab-case),
command-line flags, and keyword arguments of :func:`textrepair.repair`
(snake_case). All of them pass through :func:`check`, so a value is accepted
or refused the same way wherever it comes from, and the message names where
it came from: the file and key, the flag, or the keyword.

>>> check({"quote-style": "fancy"}, Origin.flags())
Traceback (most recent call last):
...
textrepair.settings.SettingError: --quote-style: must be one of straight, curly, keep, document, not 'fancy'
>>> check({"quote_styel": "curly"}, KEYWORDS)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
textrepair.settings.UnknownSettingError: repair() got an unexpected keyword argument 'quote_styel' (did you ...)
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, exit code 2."""


class SettingError(UserError, ValueError):
    """A setting whose value textrepair cannot use."""


class UnknownSettingError(UserError, TypeError):
    """A setting textrepair does not know: a typo, or a plugin that is not installed."""


class _Bad(Exception):
    """Raised by a checker with what is wrong; :func:`check` adds where the value came from."""


@dataclass(frozen=True)
class Origin:
    """Where a set of settings comes from: a configuration file, the command line or the library.

    ``table`` names a nested table of a file (``overrides[2]``); ``root`` is
    the folder paths from a file must stay in.
    """

    kind: str  # "file", "flags" or "keywords"
    file: Path | None = None
    table: str = ""

    @classmethod
    def config(cls, file: Path, table: str = "") -> Origin:
        return cls("file", file, table)

    @classmethod
    def flags(cls) -> Origin:
        return cls("flags")

    @property
    def root(self) -> Path:
        """The folder relative paths are read from: the configuration file's, else the working folder."""
        return self.file.parent if self.file is not None else Path.cwd()

    def name(self, key: str) -> str:
        """``key`` as the user wrote it here."""
        if self.kind == "flags":
            return FLAG_NAMES.get(key, f"--{key}")
        if self.kind == "keywords":
            return key.replace("-", "_")
        return f"{self.table}.{key}" if self.table else key

    def where(self) -> str:
        """The message prefix that names the source: ``pyproject.toml: `` or ``repair(): ``."""
        if self.file is not None:
            return f"{display_path(self.file)}: "
        return "repair(): " if self.kind == "keywords" else ""

    def error(self, key: str, problem: str) -> SettingError:
        return SettingError(f"{self.where()}{self.name(key)}: {problem}")


#: The library's keyword arguments, checked like the other origins.
KEYWORDS = Origin("keywords")

#: Command-line flags whose name is not ``--`` plus the key.
FLAG_NAMES = {"styles": "--style", "lexicons": "--lexicon"}


def display_path(path: Path) -> str:
    """``path`` relative to the working folder when it lies below it, else as given."""
    try:
        return Path(os.path.relpath(path)).as_posix() if Path(path).is_absolute() and _below_cwd(path) else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _below_cwd(path: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path.cwd().resolve())


# -- checkers: value -> normalised value, or _Bad ---------------------------

Checker = Callable[[Any, Origin], Any]


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, (str, int, float, bool)) or value is None else type(value).__name__


def _choice(*allowed: str) -> Checker:
    def check_choice(value: Any, origin: Origin) -> Any:
        if value not in allowed or not isinstance(value, str):
            raise _Bad(f"must be one of {', '.join(allowed)}, not {_show(value)}")
        return value

    return check_choice


def _fraction(value: Any, origin: Origin) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise _Bad(f"must be a number from 0 to 1, not {_show(value)}")
    return float(value)


def _fraction_or_none(value: Any, origin: Origin) -> float | None:
    return None if value is None else _fraction(value, origin)


def _boolean(value: Any, origin: Origin) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"must be true or false, not {_show(value)}")
    return value


def _strings(value: Any, origin: Origin) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
        raise _Bad(f"must be a list of strings, not {_show(value)}")
    bad = [v for v in value if not isinstance(v, str)]
    if bad:
        raise _Bad(f"must be a list of strings; {_show(bad[0])} is not a string")
    return list(value)


def _selectors(value: Any, origin: Origin) -> list[str]:
    from .registry import is_known_selector

    selectors = _strings(value, origin)
    unknown = [s for s in selectors if not s or not is_known_selector(s)]
    if unknown:
        raise _Bad(f"unknown rule or normalizer {', '.join(map(repr, unknown))} (see `textrepair rules`)")
    return selectors


def _profile(value: Any, origin: Origin) -> str:
    from .profiles import profiles

    return str(_choice(*profiles())(value, origin))


def _encoding(value: Any, origin: Origin) -> str:
    if not isinstance(value, str):
        raise _Bad(f"must be the name of a text encoding, not {_show(value)}")
    try:
        codecs.lookup(value)
    except LookupError:
        raise _Bad(f"unknown encoding {value!r}") from None
    return value


def _normalization(value: Any, origin: Origin) -> str | None:
    return None if value is None else str(_choice("NFC", "NFD", "NFKC", "NFKD")(value, origin))


def _spinner_context(value: Any, origin: Origin) -> Any:
    if isinstance(value, bool):  # on means the default, spun documents only
        return value
    return _choice("spun", "all", "off")(value, origin)


def _anything(value: Any, origin: Origin) -> Any:
    return value


def _lexicon_paths(role: str) -> Checker:
    """Paths of user lexicon files of ``role``, each checked; absolute in the result.

    From a configuration file a path is relative to the file and must stay in
    its folder: a repository's configuration must not make textrepair read
    files elsewhere. The command line and the library may name any file.
    """

    def check_paths(value: Any, origin: Origin) -> list[str]:
        from .lexicon import LexiconFileError, check_user_lexicon

        paths = _strings([value] if isinstance(value, str) else value, origin)
        out = []
        for raw in paths:
            path = _confined(raw, origin) if origin.kind == "file" else Path(os.path.abspath(origin.root / raw))
            try:
                check_user_lexicon(path, role)
            except LexiconFileError as exc:
                raise _Bad(f"{raw}: {exc}") from None
            out.append(str(path))
        return out

    return check_paths


def _confined(raw: str, origin: Origin) -> Path:
    """A path from a configuration file, refused unless it stays in the file's folder."""
    if Path(raw).is_absolute() or raw.startswith("~"):
        raise _Bad(f"{raw}: must be a path relative to the configuration file, not an absolute one")
    root = origin.root.resolve()
    path = (root / raw).resolve()  # symbolic links resolved: a link out of the folder is out too
    if not path.is_relative_to(root):
        raise _Bad(f"{raw}: must stay inside {display_path(root)}/ (the configuration file's folder)")
    return path


def _server(value: Any, origin: Origin) -> str:
    """A LanguageTool server: ``local`` (started on this machine) or an http(s) URL."""
    if not isinstance(value, str) or not (value == "local" or value.startswith(("http://", "https://"))):
        raise _Bad(f"must be 'local' or an http:// or https:// URL, not {_show(value)}")
    return value


def _language(value: Any, origin: Origin) -> str:
    """A language code as LanguageTool takes it: ``en-US``, ``en``, ``auto``."""
    if not isinstance(value, str) or not re.fullmatch(r"auto|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        raise _Bad(f"must be a language code such as en-US, en-GB or auto, not {_show(value)}")
    return value


def _categories(value: Any, origin: Origin) -> list[str]:
    """LanguageTool category ids (``TYPOS``): a list, or one comma-separated string."""
    names = [c.strip() for c in value.split(",")] if isinstance(value, str) else _strings(value, origin)
    bad = [c for c in names if not re.fullmatch(r"[A-Z][A-Z0-9_]*", c)]
    if bad or not names:
        raise _Bad(f"must name LanguageTool categories in capitals (TYPOS, GRAMMAR, ...), not {_show(value)}")
    return names


def _positive_int(value: Any, origin: Origin) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _Bad(f"must be a whole number of at least 1, not {_show(value)}")
    return value


def _rate(value: Any, origin: Origin) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _Bad(f"must be a number of at least 0 (0: no limit), not {_show(value)}")
    return float(value)


def _folder(value: Any, origin: Origin) -> str:
    if not isinstance(value, str) or not os.path.isdir(value):
        raise _Bad(f"must be an existing folder, not {_show(value)}")
    return os.path.abspath(value)


def _styles(value: Any, origin: Origin) -> list[str]:
    # Checked against the shipped names in :func:`check`, once user style tables are known.
    return _strings(value, origin)


# -- the settings -----------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One key: how its value is checked, and which origins may set it."""

    check: Checker
    #: Origins that accept the key: a file (``file``), a flag (``flags``), ``repair()`` (``keywords``).
    origins: frozenset[str] = frozenset({"file", "flags", "keywords"})
    #: Whether the key selects the run (files, encoding) rather than the repair: not a ``repair()`` keyword.
    run: bool = False


_FILES_AND_FLAGS = frozenset({"file", "flags"})
_LIBRARY = frozenset({"keywords"})

#: Every key textrepair itself knows, kebab-case. Normalizers declare theirs
#: in ``Normalizer.settings``; the built-in ones are checked here too.
SETTINGS: dict[str, Setting] = {
    "profile": Setting(_profile, run=True),
    "select": Setting(_selectors, run=True),
    "ignore": Setting(_selectors, run=True),
    "include": Setting(_strings, _FILES_AND_FLAGS, run=True),
    "exclude": Setting(_strings, _FILES_AND_FLAGS, run=True),
    "encoding": Setting(_encoding, _FILES_AND_FLAGS, run=True),
    "prose-keys": Setting(_strings, _FILES_AND_FLAGS, run=True),
    "overrides": Setting(_anything, frozenset({"file"}), run=True),  # checked table by table in config.py
    "quote-style": Setting(_choice("straight", "curly", "keep", "document")),
    "threshold": Setting(_fraction),
    "unsafe-fixes": Setting(_boolean),
    "styles": Setting(_styles),
    "allow": Setting(_strings),
    "lexicons": Setting(_lexicon_paths("any")),
    "normalization": Setting(_normalization),
    "markup": Setting(_choice("text", "markdown", "html", "rst")),
    "html-entities": Setting(_boolean, _LIBRARY),
    # Settings of the built-in normalizers (declared in their ``settings``).
    "spinner-lexicons": Setting(_lexicon_paths("spinner")),
    "spinner-builtin": Setting(_boolean),
    "spinner-evidence": Setting(_fraction_or_none),
    "spinner-context": Setting(_spinner_context),
    "spinner-lm": Setting(_anything, _LIBRARY),  # a language model object (textrepair.spin.lm)
    "name-lexicons": Setting(_lexicon_paths("names")),
    "grammar-server": Setting(_server),
    "grammar-language": Setting(_language),
    "grammar-categories": Setting(_categories),
    "grammar-max-chars": Setting(_positive_int),
    "grammar-requests-per-minute": Setting(_rate),
    # A LanguageTool install runs as a program: a repository's configuration must not choose it.
    "grammar-path": Setting(_folder, _LIBRARY),
}

#: Keys that configure the run rather than the repair (never ``repair()`` keywords).
RUN_KEYS = frozenset(key for key, s in SETTINGS.items() if s.run)


def known_keys(origin: Origin) -> set[str]:
    """Keys ``origin`` may set: textrepair's own and every installed normalizer's."""
    from .registry import declared_settings

    own = {key for key, s in SETTINGS.items() if origin.kind in s.origins}
    return own | set(declared_settings())


def check(values: Mapping[str, Any], origin: Origin) -> dict[str, Any]:
    """``values`` checked and normalised, keyed kebab-case; the first problem raises.

    Unknown keys raise :class:`UnknownSettingError` (a ``TypeError`` for
    ``repair()`` keywords, as Python does for any function); bad values raise
    :class:`SettingError`. Keys a normalizer declares are checked by
    :data:`SETTINGS` or, failing that, by the normalizer's own
    ``setting_checks`` (how a plugin checks its settings); without either
    they are passed through as given.
    """
    from .registry import declared_settings

    known = known_keys(origin)
    declared = declared_settings()
    out: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = raw_key.replace("_", "-")
        if key not in known or (origin.kind != "keywords" and "_" in raw_key):
            raise _unknown(raw_key, known, origin)
        setting = SETTINGS.get(key)
        try:
            if setting is not None:
                out[key] = setting.check(value, origin)
            else:
                out[key] = _declared_check(declared[key].setting_checks.get(key), value)
        except _Bad as exc:
            raise origin.error(key, str(exc)) from None
    if out.get("styles"):
        _check_styles(out, origin)
    return out


def _declared_check(checker: Callable[[Any], Any] | None, value: Any) -> Any:
    """Run a normalizer's own check of its setting (``Normalizer.setting_checks``), if it has one."""
    if checker is None:
        return value
    try:
        return checker(value)
    except (ValueError, TypeError) as exc:
        raise _Bad(str(exc)) from None


def _unknown(raw_key: str, known: set[str], origin: Origin) -> UnknownSettingError:
    spelled = sorted(origin.name(k) for k in known)
    close = difflib.get_close_matches(origin.name(raw_key.replace("_", "-")), spelled, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    if origin.kind == "keywords":
        return UnknownSettingError(f"repair() got an unexpected keyword argument {raw_key!r}{hint}")
    where = f" in {origin.table}" if origin.table else ""
    return UnknownSettingError(f"{origin.where()}unknown key {raw_key!r}{where}{hint}")


def _check_styles(values: dict[str, Any], origin: Origin) -> None:
    """Styles must be named by the shipped name tables or by a user style table among the lexicons."""
    from .lexicon import check_user_lexicon
    from .names.lexicon import shipped

    known = {r.style for r in shipped().styles.values()}
    for key in ("lexicons", "name-lexicons"):
        for path in values.get(key, ()):
            known |= check_user_lexicon(Path(path), "names" if key == "name-lexicons" else "any").styles
    unknown = [s for s in values["styles"] if s not in known]
    if unknown:
        raise origin.error(
            "styles", f"unknown style {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known)) or 'none'}"
        )
