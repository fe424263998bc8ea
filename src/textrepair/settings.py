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
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .model import Options


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, exit code 2."""


class SettingError(UserError, ValueError):
    """A setting whose value textrepair cannot use."""


class UnknownSettingError(UserError, TypeError):
    """A setting textrepair does not know: a typo, or a plugin that is not installed."""


class _Bad(Exception):
    """Raised by a checker with what is wrong; :func:`check` adds where the value came from."""


#: The origins of settings, as :attr:`Origin.kind` names them.
FROM_FILE, FROM_FLAGS, FROM_KEYWORDS = "file", "flags", "keywords"


@dataclass(frozen=True)
class Origin:
    """Where a set of settings comes from: a configuration file, the command line or the library.

    ``table`` names a nested table of a file (``overrides[2]``); ``root`` is
    the folder paths from a file must stay in.
    """

    kind: str  # FROM_FILE, FROM_FLAGS or FROM_KEYWORDS
    file: Path | None = None
    table: str = ""

    @classmethod
    def config(cls, file: Path, table: str = "") -> Origin:
        return cls(FROM_FILE, file, table)

    @classmethod
    def flags(cls) -> Origin:
        return cls(FROM_FLAGS)

    @property
    def root(self) -> Path:
        """The folder relative paths are read from: the configuration file's, else the working folder."""
        return self.file.parent if self.file is not None else Path.cwd()

    def name(self, key: str) -> str:
        """``key`` as the user wrote it here."""
        if self.kind == FROM_FLAGS:
            flag = SETTINGS[key].flag if key in SETTINGS else None
            return flag.name if flag is not None else f"--{key}"
        if self.kind == FROM_KEYWORDS:
            return key.replace("-", "_")
        return f"{self.table}.{key}" if self.table else key

    def where(self) -> str:
        """The message prefix that names the source: ``pyproject.toml: `` or ``repair(): ``."""
        if self.file is not None:
            return f"{display_path(self.file)}: "
        return "repair(): " if self.kind == FROM_KEYWORDS else ""

    def error(self, key: str, problem: str) -> SettingError:
        return SettingError(f"{self.where()}{self.name(key)}: {problem}")


#: The library's keyword arguments, checked like the other origins.
KEYWORDS = Origin(FROM_KEYWORDS)


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
    from .normalizers.spinner import CONTEXT_MODES  # light: the spinner's lexicons load when it runs

    if isinstance(value, bool):  # on means the default, spun documents only
        return value
    return _choice(*CONTEXT_MODES)(value, origin)


def _anything(value: Any, origin: Origin) -> Any:
    return value


def _lexicon_paths(role: str) -> Checker:
    """Paths of user lexicon files of ``role``, each checked; absolute in the result.

    From a configuration file a path is relative to the file and must stay in
    its folder: a repository's configuration must not make textrepair read
    files elsewhere. The command line and the library may name any file.
    """

    def check_paths(value: Any, origin: Origin) -> list[str]:
        from .user_lexicons import LexiconFileError, check_user_lexicon

        paths = _strings([value] if isinstance(value, str) else value, origin)
        out = []
        for raw in paths:
            path = _confined(raw, origin) if origin.kind == FROM_FILE else Path(os.path.abspath(origin.root / raw))
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


def _constant(module: str, name: str) -> Callable[[], Any]:
    """A default kept as constant ``name`` of ``textrepair.<module>``, read only when it is documented."""

    def read() -> Any:
        import importlib

        return getattr(importlib.import_module(f"textrepair.{module}"), name)

    return read


# -- the schema -------------------------------------------------------------

#: The parsers that take setting flags: the file commands (check, fix, diff) and ``batch``.
FILE_COMMANDS, BATCH_COMMAND = "files", "batch"
#: Help sections of the command line where setting flags are listed.
RULES_GROUP, FILES_GROUP = "rules", "files"
#: The types a setting's value is documented as. A list flag repeats and splits at commas
#: (``--select A,B --select C``), a bool flag takes no value, a number flag reads a float.
STRING, LIST, NUMBER, BOOL = "string", "list", "number", "bool"
TABLES, OBJECT, FOLDER = "tables", "object", "folder"


@dataclass(frozen=True)
class Flag:
    """How the command line spells a setting, and which parsers take it."""

    name: str
    help: str
    metavar: str | None = None
    group: str = RULES_GROUP
    commands: frozenset[str] = frozenset({FILE_COMMANDS, BATCH_COMMAND})
    #: Help for ``batch`` when it differs: its defaults are a corpus's, not a repository's.
    batch_help: str | None = None
    #: A value beyond the setting's choices that means "not given" (``--markup auto``); the flag's default.
    unset: str | None = None
    #: Globs the folder walk reads itself, relative to the working folder: not passed on as a setting.
    walk: bool = False

    @property
    def dest(self) -> str:
        """The attribute argparse stores the value under."""
        return self.name.removeprefix("--").replace("-", "_")


@dataclass(frozen=True)
class Setting:
    """One setting: how its value is checked, how it is documented, which front ends take it.

    ``type``, ``default`` and ``help`` are the documentation
    (docs/configuration.md is generated from them by
    ``scripts/build_settings_docs.py``); without ``default`` the documented
    default is the value ``default_from`` gives, else the
    :class:`~textrepair.model.Options` field's, else none.
    """

    type: str
    help: str
    checker: Checker | None = None
    #: The values a string setting takes; without a ``checker`` they are its check.
    choices: tuple[str, ...] = ()
    default: str = ""
    #: Where the default lives when it is not an ``Options`` field: a function, so that nothing is imported early.
    default_from: Callable[[], Any] | None = None
    flag: Flag | None = None
    #: A key of a configuration file (kebab-case).
    file: bool = True
    #: A keyword argument of ``repair()`` (snake_case).
    keyword: bool = True
    #: Read by the front end for the run (files, encoding, markup kind) rather than passed to ``repair()``.
    run: bool = False

    @property
    def origins(self) -> frozenset[str]:
        """The origins that accept the key: a file, a flag, ``repair()``."""
        accepted = {FROM_FILE: self.file, FROM_FLAGS: self.flag is not None, FROM_KEYWORDS: self.keyword}
        return frozenset(kind for kind, yes in accepted.items() if yes)

    def validate(self, value: Any, origin: Origin) -> Any:
        """``value`` normalised, or :class:`_Bad` saying what is wrong with it."""
        checker = self.checker or _choice(*self.choices)
        return checker(value, origin)


#: Every key textrepair itself knows, kebab-case, in the order documented.
#: Normalizers declare theirs in ``Normalizer.settings``; the built-in ones
#: are checked and documented here too.
SETTINGS: dict[str, Setting] = {
    "profile": Setting(
        STRING,
        "preset from `src/textrepair/profiles.json` (see [Profiles](#profiles))",
        _profile,
        default='`"default"`',
        flag=Flag("--profile", "preset: default, safe, typography, strict"),
        run=True,
    ),
    "select": Setting(
        LIST,
        "rule codes, prefixes or normalizer names to run",
        _selectors,
        default="profile's",
        flag=Flag("--select", "only these rule codes, prefixes or names", "CODES"),
        run=True,
    ),
    "ignore": Setting(
        LIST,
        "rule codes, prefixes or names never to run",
        _selectors,
        default="`[]`",
        flag=Flag("--ignore", "never these rule codes, prefixes or names", "CODES"),
        run=True,
    ),
    "quote-style": Setting(
        STRING,
        "`document` (each file keeps its own style; a mixed one takes its majority), `straight`, `curly` or "
        "`keep`; why the two defaults: [QUO](rules/QUO.md#which-default-and-why)",
        choices=("straight", "curly", "keep", "document"),
        default='`"document"` for files, `"straight"` for `repair()` and `batch`',
        flag=Flag(
            "--quote-style",
            "document (default for files), straight, curly or keep",
            "STYLE",
            batch_help="straight (default: one form across a corpus), curly, ...",
        ),
    ),
    "threshold": Setting(
        NUMBER,
        "edits with a lower confidence are reported, not applied",
        _fraction,
        flag=Flag("--threshold", "apply edits at or above this confidence", "0-1"),
    ),
    "unsafe-fixes": Setting(
        BOOL, "apply report-only edits too", _boolean, flag=Flag("--unsafe-fixes", "apply report-only edits too")
    ),
    "styles": Setting(
        LIST,
        "named spelling styles (see `textrepair rule PRN`)",
        _styles,
        flag=Flag("--style", "turn on a named spelling style", "NAME"),
    ),
    "allow": Setting(
        LIST,
        "words and phrases never changed (matched whole, case-sensitive)",
        _strings,
        flag=Flag("--allow", "words or phrases never changed", "WORDS"),
    ),
    "lexicons": Setting(
        LIST,
        "extra lexicon files, relative to the configuration file and inside its folder "
        "(see [Lexicon files](#lexicon-files))",
        _lexicon_paths("any"),
        flag=Flag("--lexicon", "an extra lexicon file", "FILE"),
    ),
    "normalization": Setting(STRING, "Unicode normal form to enforce (`NFC`, ...)", _normalization),
    "include": Setting(
        LIST,
        "gitignore-style globs a file must match",
        _strings,
        default="text, Markdown, reST, HTML",
        flag=Flag(
            "--include",
            "only files matching (gitignore syntax)",
            "GLOB",
            group=FILES_GROUP,
            commands=frozenset({FILE_COMMANDS}),
            walk=True,
        ),
        keyword=False,
        run=True,
    ),
    "exclude": Setting(
        LIST,
        "gitignore-style globs; applied to files named on the command line too",
        _strings,
        default="`[]`",
        flag=Flag(
            "--exclude",
            "skip files matching, even when named",
            "GLOB",
            group=FILES_GROUP,
            commands=frozenset({FILE_COMMANDS}),
            walk=True,
        ),
        keyword=False,
        run=True,
    ),
    "markup": Setting(
        STRING,
        "force `text`, `markdown`, `html` or `rst`",
        choices=("text", "markdown", "html", "rst"),
        default="by extension",
        flag=Flag("--markup", "", group=FILES_GROUP, batch_help="of the texts", unset="auto"),
        run=True,  # the markup kind is settled per file before the repair is asked for
    ),
    "encoding": Setting(
        STRING,
        "encoding of files without a BOM; only encodings that give every byte back unchanged (`latin-1`, "
        "`cp1252`, ...; not `unicode_escape`, `utf-7` or `utf-8-sig`), and a file whose untouched text does not "
        "encode back to its bytes is never written",
        _encoding,
        default='`"utf-8"`',
        flag=Flag(
            "--encoding",
            "encoding of files without a BOM (default utf-8)",
            group=FILES_GROUP,
            commands=frozenset({FILE_COMMANDS}),
        ),
        keyword=False,
        run=True,
    ),
    "prose-keys": Setting(
        LIST,
        "front-matter keys whose values are prose",
        _strings,
        default_from=_constant("markup", "DEFAULT_PROSE_KEYS"),
        keyword=False,
        run=True,
    ),
    "overrides": Setting(
        TABLES,
        "`[[tool.textrepair.overrides]]` with `paths = [globs]` and any keys above",
        _anything,  # checked table by table in config.py
        keyword=False,
        run=True,
    ),
    "html-entities": Setting(BOOL, "unescape leaked HTML entities (off for markup)", _boolean, file=False),
    # Settings of the built-in normalizers (declared in their ``settings``).
    "spinner-lexicons": Setting(
        LIST,
        "extra spinner lexicon files (format: `lexicons/spinner/README.md`); paths as for `lexicons`",
        _lexicon_paths("spinner"),
        default="`[]`",
    ),
    "spinner-builtin": Setting(BOOL, "`false` to use only your own spinner lexicons", _boolean, default="`true`"),
    "spinner-evidence": Setting(
        NUMBER,
        "force the spin evidence (0–1), for testing lexicon entries",
        _fraction_or_none,
        default="measured in the text",
    ),
    "spinner-context": Setting(
        STRING,
        "where SPN005 (language-model swaps) acts: `spun` (documents listed spinner phrases show to be "
        "spun), `all` (every paragraph; see docs/rules/SPN.md), `off`; also `true` (the same as `spun`) and "
        "`false` (`off`)",
        _spinner_context,
        default='`"spun"`',
    ),
    "spinner-lm": Setting(
        OBJECT,
        "a language model object for SPN005 (`textrepair.spin.lm`)",
        _anything,
        file=False,
    ),
    "name-lexicons": Setting(
        LIST,
        "extra name tables (format: `lexicons/names/README.md`); paths as for `lexicons`",
        _lexicon_paths("names"),
        default="`[]`",
    ),
    "grammar-server": Setting(
        STRING,
        "LanguageTool server: an `http://` or `https://` URL, or `local` for the one `language_tool_python` "
        "starts (needs Java)",
        _server,
        default="`$TEXTREPAIR_GRAMMAR_SERVER`, else `local`",
    ),
    "grammar-language": Setting(
        STRING,
        "language code sent to LanguageTool: `en-US`, `en-GB`, `auto`, ...",
        _language,
        default_from=_constant("normalizers.grammar", "DEFAULT_LANGUAGE"),
    ),
    "grammar-categories": Setting(
        LIST,
        "LanguageTool categories to report",
        _categories,
        default_from=_constant("normalizers.grammar", "DEFAULT_CATEGORIES"),
    ),
    "grammar-max-chars": Setting(
        NUMBER,
        "characters per request at most (the default is the public API's limit)",
        _positive_int,
        default_from=_constant("normalizers.grammar", "DEFAULT_MAX_CHARS"),
    ),
    "grammar-requests-per-minute": Setting(
        NUMBER, "requests per minute at most (the public API allows 20)", _rate, default="no limit"
    ),
    "grammar-path": Setting(
        FOLDER,
        "the folder of a LanguageTool install for GRM's local server",
        _folder,
        # A LanguageTool install runs as a program: a repository's configuration must not choose it.
        file=False,
    ),
}

#: Keys that configure the run rather than the repair: the front ends read them, ``repair()`` never sees them.
RUN_KEYS = frozenset(key for key, s in SETTINGS.items() if s.run)


#: Keys of a profile (``profiles.json``) that are not settings: its description and its selection of rules.
PROFILE_META_KEYS = frozenset({"description", "select", "ignore"})


def profile_settings(profile: Mapping[str, Any]) -> dict[str, Any]:
    """The settings a profile sets besides its selection (``quote-style``, ``threshold``, ...)."""
    return {key: value for key, value in profile.items() if key not in PROFILE_META_KEYS}


def flag_settings(command: str, group: str) -> dict[str, Setting]:
    """The settings ``command``'s parser takes as flags in help section ``group``, in documented order."""
    return {
        key: s
        for key, s in SETTINGS.items()
        if s.flag is not None and command in s.flag.commands and s.flag.group == group
    }


def known_keys(origin: Origin) -> set[str]:
    """Keys ``origin`` may set: textrepair's own and every installed normalizer's."""
    from .registry import declared_settings

    own = {key for key, s in SETTINGS.items() if origin.kind in s.origins}
    # A key the schema knows is taken only where the schema says (a
    # configuration file must not choose ``grammar-path``, a program to run),
    # however a normalizer declares it; a plugin's own keys are taken everywhere.
    return own | (set(declared_settings()) - set(SETTINGS))


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

    own = {key for key, s in SETTINGS.items() if origin.kind in s.origins}
    out: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = raw_key.replace("_", "-")
        misspelt = origin.kind != FROM_KEYWORDS and "_" in raw_key
        if key not in own or misspelt:
            # Not one of textrepair's own keys: only now are the plugins' read (finding
            # them imports importlib.metadata, a tenth of a one-file run's start-up).
            known = known_keys(origin)
            if key not in known or misspelt:
                raise _unknown(raw_key, known, origin)
        setting = SETTINGS.get(key)
        try:
            if setting is not None:
                out[key] = setting.validate(value, origin)
            else:
                out[key] = _declared_check(declared_settings()[key].setting_checks.get(key), value)
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
    if origin.kind == FROM_KEYWORDS:
        return UnknownSettingError(f"repair() got an unexpected keyword argument {raw_key!r}{hint}")
    where = f" in {origin.table}" if origin.table else ""
    return UnknownSettingError(f"{origin.where()}unknown key {raw_key!r}{where}{hint}")


def _check_styles(values: dict[str, Any], origin: Origin) -> None:
    """Styles must be named by the shipped name tables or by a user style table among the lexicons."""
    from .names.lexicon import shipped
    from .user_lexicons import check_user_lexicon

    known = {r.style for r in shipped().styles.values()}
    for key in ("lexicons", "name-lexicons"):
        for path in values.get(key, ()):
            known |= check_user_lexicon(Path(path), "names" if key == "name-lexicons" else "any").styles
    unknown = [s for s in values["styles"] if s not in known]
    if unknown:
        raise origin.error(
            "styles", f"unknown style {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known)) or 'none'}"
        )


def options_from(values: Mapping[str, Any], origin: Origin | None = None) -> Options:
    """:class:`~textrepair.model.Options` from settings keyed ``quote-style`` or ``quote_style``, checked.

    Every key is checked by :func:`check`: an unknown one raises
    ``TypeError``, a bad value ``ValueError``, each naming the key. Settings
    that normalizers declare go to ``Options.extra``.

    >>> options_from({"quote-style": "curly"}).quote_style
    'curly'
    """
    holders = _field_holders()
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in check(values, origin or KEYWORDS).items():
        name = key.replace("-", "_")
        if name in holders:
            kwargs[name] = holders[name](value)
        else:
            extra[name] = value
    return Options(**kwargs, extra=extra)


def _field_holders() -> dict[str, Callable[[Any], Any]]:
    """Each :class:`Options` field's conversion of a checked value, by the type of its default.

    Settings give lists; fields hold frozensets and tuples, hashable, so that
    options can key a cache.
    """
    holders: dict[str, Callable[[Any], Any]] = {}
    for f in fields(Options):
        if f.name != "extra":
            holders[f.name] = type(f.default) if isinstance(f.default, (frozenset, tuple)) else _same
    return holders


def _same(value: Any) -> Any:
    return value
