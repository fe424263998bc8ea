"""The ``textrepair`` command: a thin layer over :func:`textrepair.repair`.

Exit codes (docs/cli.md): 0 nothing to do, or everything fixed; 1 ``check``
found something to change (suggestions count only with
``--fail-on-suggestions``); 2 a user error (usage, configuration, a file that
cannot be read or written); 3 an internal error, a bug in textrepair.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ._version import __version__
from .errors import UsageError
from .report import Outcome
from .settings import (
    BATCH_COMMAND,
    BOOL,
    FILE_COMMANDS,
    FILES_GROUP,
    LIST,
    NUMBER,
    RULES_GROUP,
    SETTINGS,
    Origin,
    UserError,
    check,
    flag_settings,
)

#: Exit codes; docs/cli.md documents them.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130
BUG_REPORT_HINT = (
    "this is a bug in textrepair {version}, not in your input or settings; please report it with the "
    "command line, the traceback above and, if you can, the text that triggers it"
)

#: Without ``--jobs``, runs of this many files or more use every core. Each worker
#: starts Python and loads the lexicons again (about 0.3 s), which a few small
#: files never pay back: on seed-sized files (4 KB) one process checked 32 of
#: them in 0.36 s, two in 0.62 s, while a content repo of 2,000 files scales
#: with the cores (``benchmarks/tree.py``). Hooks pass a handful of files.
PARALLEL_FROM_FILES = 16
#: What a directory walk picks up unless ``include`` says otherwise.
DEFAULT_INCLUDE = ["*.txt", "*.text", "*.md", "*.markdown", "*.mdx", "*.rst", "*.rest", "*.html", "*.htm", "*.xhtml"]
ALWAYS_SKIP = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}


def _list(values: Sequence[str] | None) -> list[str]:
    """Flags that take lists accept repeats and commas: ``--select SPN,PRN``."""
    return [v.strip() for item in values or () for v in item.split(",") if v.strip()]


#: Each file command's description and examples, shown by ``textrepair COMMAND --help``.
COMMAND_HELP = {
    "check": (
        "report what would change (exit 1 if anything)",
        "Report what textrepair would change, one finding per line: "
        "path:line:col: CODE [*] 'before' → 'after': message. [*] marks edits `fix` applies; "
        "[?] marks suggestions (below the threshold or report-only), which `fix` leaves alone. "
        "Nothing is written.",
        """examples:
  textrepair check docs/ README.md        every text, Markdown, reST and HTML file below docs/
  textrepair check --diff notes.txt       the changes as a unified diff instead
  textrepair check --statistics .         counts per rule
  textrepair check --select ENC,QUO -     standard input, encoding and quote rules only

exit codes: 0 nothing would change; 1 something would (suggestions too with
--fail-on-suggestions; never with --exit-zero); 2 user error; 3 internal error.
Silence a finding with a `textrepair: ignore[CODE]` comment (docs/cli.md).""",
    ),
    "fix": (
        "write repairs in place (fix - prints the repaired text)",
        "Repair files in place, atomically, keeping encoding, BOM and line endings; "
        "`fix -` reads standard input and prints the repaired text. Suggestions are listed, not applied.",
        """examples:
  textrepair fix docs/                    repair every text file below docs/
  textrepair fix --show-fixes a.md        list each edit made
  textrepair fix --unsafe-fixes a.md      apply report-only edits too
  textrepair fix - < in.txt > out.txt

exit codes: 0 everything fixed (or nothing to fix; suggestions left count only
with --fail-on-suggestions); 2 user error; 3 internal error.""",
    ),
    "diff": (
        "print the diff of what would change (exit 0, like git diff)",
        "Print a unified diff of what `fix` would change. Nothing is written.",
        """examples:
  textrepair diff docs/ | less
  textrepair diff --word-diff notes.txt   the whole text, changes marked [-old-]{+new+}

exit codes: 0 whether or not anything would change; 2 user error; 3 internal error.""",
    ),
}


def _add_setting_flags(group: Any, command: str, section: str) -> None:
    """The flags of settings (:data:`textrepair.settings.SETTINGS`) that ``command`` lists under ``section``.

    The schema gives each its spelling and help; its type gives how argparse
    reads it. Values are checked by :mod:`textrepair.settings`, as the
    configuration file's are, so both accept the same.
    """
    for setting in flag_settings(command, section).values():
        flag = setting.flag
        assert flag is not None  # flag_settings keeps only settings with one
        help_text = flag.batch_help if command == BATCH_COMMAND and flag.batch_help else flag.help
        options: dict[str, Any] = {"help": help_text or None}
        if flag.metavar:
            options["metavar"] = flag.metavar
        if flag.unset is not None:
            options.update(choices=[flag.unset, *setting.choices], default=flag.unset)
        elif setting.type == LIST:
            options["action"] = "append"
        elif setting.type == BOOL:
            options.update(action="store_true", default=None)
        elif setting.type == NUMBER:
            options["type"] = float
        group.add_argument(flag.name, **options)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textrepair",
        description="Repair damaged English text and show exactly what changed.",
        epilog="Run `textrepair COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"textrepair {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input")
    _add_setting_flags(common.add_argument_group(RULES_GROUP), FILE_COMMANDS, RULES_GROUP)
    f = common.add_argument_group(FILES_GROUP)
    _add_setting_flags(f, FILE_COMMANDS, FILES_GROUP)
    f.add_argument("--config", type=Path, help="configuration file (default: nearest, walking up)")
    f.add_argument("--stdin-filename", help="name to use for standard input (markup, settings)")
    f.add_argument("--write-read-only", action="store_true", help="fix: write read-only files too (kept read-only)")
    f.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores for many files)")
    o = common.add_argument_group("output")
    o.add_argument("--format", choices=["text", "json", "github", "sarif", "html"], default="text")
    o.add_argument("-o", "--output", metavar="FILE", help="--format html: write the review page to FILE")
    o.add_argument("--diff", action="store_true", help="check: print a unified diff instead of one line per finding")
    o.add_argument("--show-fixes", action="store_true", help="fix: list every edit made, not only suggestions left")
    o.add_argument("--statistics", action="store_true", help="print counts per rule instead of each finding")
    o.add_argument("--explain", action="store_true", help="spin score and fingerprints per paragraph")
    o.add_argument(
        "--word-diff", action="store_true", help="print the whole repaired text, changes marked [-old-]{+new+}"
    )
    o.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour (auto: on a terminal)")
    o.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    # Earlier names, kept working for existing hooks: the findings are now check's default output.
    o.add_argument("--show-source", action="store_true", help=argparse.SUPPRESS)
    o.add_argument("--no-diff", action="store_true", help=argparse.SUPPRESS)
    r = common.add_argument_group("review (docs/review.md)")
    r.add_argument("--decisions", type=Path, metavar="FILE", help="apply the accept/reject decisions in FILE")
    r.add_argument("-i", "--interactive", action="store_true", help="fix: accept or reject each suggestion at a prompt")
    r.add_argument("--review-edits", action="store_true", help="fix --interactive: ask about applied edits too")
    e = common.add_argument_group("exit code")
    e.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain (errors still exit 2)")
    e.add_argument(
        "--fail-on-suggestions", action="store_true", help="suggestions left unapplied make check and fix exit 1"
    )

    for command, (summary, description, examples) in COMMAND_HELP.items():
        sub.add_parser(
            command,
            parents=[common],
            help=summary,
            description=description,
            epilog=examples,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    sub.add_parser("rules", help="list normalizers and their rule codes")
    rule = sub.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("rule_id", metavar="ID")

    _add_batch_parser(sub)
    return parser


#: ``textrepair batch --help``: what it does and how it ends.
BATCH_HELP = """examples:
  textrepair batch corpus.jsonl -o clean.jsonl              the `text` field of each line
  textrepair batch pages.jsonl.gz -o clean.jsonl.gz --field body --edits
  textrepair batch corpus.parquet -o clean.parquet          needs textrepair[parquet]
  textrepair batch rows.csv -o clean.csv --rejects bad.jsonl --max-malformed 100
  textrepair batch corpus.jsonl -o clean.jsonl --resume     continue a killed run
  textrepair batch corpus.parquet -o clean.parquet --scheduler tcp://host:8786   on a Dask cluster

Records are repaired in input order; blank lines stay, so record N is line N
of both files. Malformed records (not JSON, not an object, text not a string,
already holding the metadata field) are kept as they were (--malformed drop
leaves them out), reported with their line numbers and listed in --rejects.
See docs/batch.md.

Records over --max-record-bytes are passed through unrepaired and reported.

exit codes: 0 done; 1 done, but more malformed records than --max-malformed
(default 0); 2 user error (a missing file, a bad setting); 3 internal error."""


def _add_batch_parser(sub: Any) -> None:
    """The ``batch`` command: its setting flags come from the same schema as check's, so ``_flags`` reads both."""
    batch = sub.add_parser(
        "batch",
        help="repair the text field of every record of a corpus (JSON Lines, CSV, Parquet)",
        description="Repair one text field of every record of a corpus, on several processes.",
        epilog=BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("input", help="JSON Lines (.jsonl, .jsonl.gz), CSV (.csv, .tsv) or Parquet file; - for stdin")
    batch.add_argument("-o", "--output", default="-", help="output file, same format (default standard output)")
    batch.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="input format (default: from its name)")
    batch.add_argument("--field", default="text", help="the field or column holding the text (default text)")
    batch.add_argument(
        "--meta-field",
        default="textrepair",
        metavar="NAME",
        help="name of the added metadata field; columns are NAME_changed, ... ('' adds none)",
    )
    batch.add_argument("--edits", action="store_true", help="add each record's edit and suggestion lists")
    batch.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores if large)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary: only errors")
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the chunks on the Dask cluster of this scheduler (tcp://host:8786); needs textrepair[dask]",
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="continue a killed run of the same input, output and settings (JSON Lines to a file)",
    )
    batch.add_argument(
        "--max-record-bytes",
        type=int,
        metavar="N",
        help="pass records larger than N bytes through unrepaired, and report them (default 10 MB)",
    )
    batch.add_argument(
        "--chunk-records", type=int, metavar="N", help="at most N records per chunk of work (default 1000)"
    )
    batch.add_argument("--stats", metavar="FILE", help="write a JSON summary of the run to FILE")
    m = batch.add_argument_group("malformed records")
    m.add_argument("--malformed", choices=["keep", "drop"], default="keep", help="keep them as they were, or drop them")
    m.add_argument("--rejects", metavar="FILE", help="write malformed records, their lines and why, to FILE")
    m.add_argument("--max-malformed", type=int, default=0, metavar="N", help="exit 1 if more than N (default 0)")
    r = batch.add_argument_group("review (docs/review.md)")
    r.add_argument("--review", metavar="FILE", help="also write an HTML review of a sample of records (JSON Lines)")
    r.add_argument("--review-sample", type=int, default=50, metavar="N", help="records in the review (default 50)")
    g = batch.add_argument_group(RULES_GROUP)
    _add_setting_flags(g, BATCH_COMMAND, RULES_GROUP)
    _add_setting_flags(g, BATCH_COMMAND, FILES_GROUP)  # only --markup of them applies to records: listed here
    g.add_argument("--config", type=Path, help="configuration file (default: nearest to the input, walking up)")
    batch.set_defaults(encoding=None)  # records are UTF-8 (JSON Lines, CSV) or typed (Parquet)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv``; return the exit code (see the module docstring)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 reaches a report as lone
        # surrogates: print them escaped rather than fail after the file was written.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    from .interrupt import stop_on_sigterm

    previous = stop_on_sigterm() if threading.current_thread() is threading.main_thread() else None
    try:
        return _dispatch(args)
    except UserError as exc:
        print(f"textrepair: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # anything else is textrepair's own fault: say so
        import traceback

        traceback.print_exc()
        print(f"textrepair: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"textrepair: {BUG_REPORT_HINT.format(version=__version__)}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "rules":
        return cmd_rules()
    if args.command == "rule":
        return cmd_rule(args.rule_id)
    if args.command == "batch":
        from .batch import run_batch

        code = run_batch(args, _flags)
        if args.review and code != EXIT_USER_ERROR:
            from .review.sample import review_sample

            review_sample(args, _flags(args), _rule_summaries())
        return code
    return cmd_files(args)


# -- rules ----------------------------------------------------------------


def cmd_rules() -> int:
    from .registry import all_normalizers

    for cls in all_normalizers():
        print(f"{cls.code}  {cls.name}: {cls.summary()}")
        for rid, text in cls.rules.items():
            print(f"  {rid}  {text}")
    return 0


def cmd_rule(rule_id: str) -> int:
    import inspect

    from .registry import all_normalizers, fix_safety

    for cls in all_normalizers():
        if rule_id in cls.rules or rule_id in (cls.code, cls.name):
            header = f"{rule_id}: {cls.rules[rule_id]}" if rule_id in cls.rules else f"{cls.code} ({cls.name})"
            print(f"{header}\nnormalizer: {cls.name} ({cls.code})\n")
            print(inspect.cleandoc(cls.__doc__ or ""))
            print("\nrules:")
            for rid, text in cls.rules.items():
                print(f"  {rid}  {text}")
            if cls.settings:
                print("\nsettings:")
                for key, text in cls.settings.items():
                    print(f"  {key}  {text}")
            safety = fix_safety(cls.code)
            if safety:
                print(f"\nfix safety:\n{safety}")
            return 0
    raise UsageError(f"unknown rule {rule_id!r} (see `textrepair rules`)")


# -- check / fix / diff ---------------------------------------------------


def _flags(args: argparse.Namespace) -> dict[str, Any]:
    """Settings given on the command line, in configuration-key form, checked.

    Read from the flags :func:`_add_setting_flags` made, for the file
    commands and ``batch`` alike; the folder walk's globs are read by it.
    """
    flags: dict[str, Any] = {}
    for key, setting in SETTINGS.items():
        flag = setting.flag
        if flag is None or flag.walk:
            continue
        value = getattr(args, flag.dest, None)
        if setting.type == LIST:
            value = _list(value) or None
        if value is not None and value != flag.unset:
            flags[key] = value
    flags = check(flags, Origin.flags())
    if "ignore" in flags:
        flags["+ignore"] = flags.pop("ignore")  # adds to the configured ones
    if getattr(args, "write_read_only", False):
        from .process import READ_ONLY_FLAG

        flags[READ_ONLY_FLAG] = True
    return flags


def cmd_files(args: argparse.Namespace) -> int:
    if not args.paths:
        raise UsageError(f"`textrepair {args.command}` needs paths (use - for standard input)")
    flags = _flags(args)
    explicit_config = None
    if args.config:
        from .config import load

        explicit_config = load(args.config)
    cli_globs = (_list(args.include), _list(args.exclude))
    mode = args.command
    outcomes: list[Outcome] = []
    stdin_outcome = None
    excluded: list[str] = []
    skipped: list[tuple[str, str]] = []
    items = list(_collect(args.paths, cli_globs, explicit_config, excluded, skipped))
    if not items and not skipped:
        return _nothing_to_do(args.paths, excluded, args.quiet)
    files = [p for p in items if p != "-"]
    if "-" in items:
        stdin_outcome = _run_stdin(args, flags, explicit_config)
    jobs = args.jobs or (os.cpu_count() or 1 if len(files) >= PARALLEL_FROM_FILES else 1)
    if args.output and args.format != "html":
        raise UsageError("-o/--output writes the --format html review page; redirect other formats")
    reviewed = bool(args.decisions or args.interactive)
    # Decisions change what is written: repair without writing, then settle (textrepair.decisions).
    outcomes = _run_files(files, "check" if reviewed else mode, flags, explicit_config, jobs)
    if reviewed:
        outcomes = _review(outcomes, args, mode)
    if stdin_outcome is not None:
        outcomes.insert(items.index("-"), stdin_outcome)
    outcomes += [Outcome(path, note=why) for path, why in skipped]
    return _report(outcomes, args, mode, stdin_fix=stdin_outcome is not None and mode == "fix")


def _review(outcomes: list[Outcome], args: argparse.Namespace, mode: str) -> list[Outcome]:
    """Apply ``--decisions`` and, for ``fix --interactive``, the decisions made at the prompt."""
    from . import decisions

    if args.decisions and not args.interactive and not args.decisions.exists():
        raise UsageError(f"{args.decisions}: no such decisions file (fix --interactive --decisions creates one)")
    try:
        known = decisions.load(args.decisions) if args.decisions else []
    except decisions.DecisionsError as exc:
        raise UsageError(str(exc)) from None
    if args.interactive:
        if mode != "fix":
            raise UsageError("--interactive works with `textrepair fix`")
        if "-" in args.paths:
            raise UsageError("--interactive reads its answers from standard input: name files, not -")
        from .review.interactive import review

        return review(outcomes, known, args.decisions, review_edits=args.review_edits, colour=_colour(args, sys.stdout))
    return decisions.settle(outcomes, known, write=mode == "fix")


def _nothing_to_do(paths: Sequence[str], excluded: list[str], quiet: bool) -> int:
    """Say why no file is left, rather than reporting on none."""
    if not quiet:
        if excluded:
            print(
                f"textrepair: nothing to do: {', '.join(excluded)} excluded by --include/--exclude or "
                "the include/exclude settings",
                file=sys.stderr,
            )
        else:
            print(f"textrepair: nothing to do: no text files under {', '.join(paths)}", file=sys.stderr)
    return EXIT_OK


def _collect(
    paths: Sequence[str],
    cli_globs: tuple[list[str], list[str]],
    explicit: Any,
    excluded: list[str] | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[str]:
    """The files to read, in order; files named on the command line but excluded go to ``excluded``.

    Files found by walking a folder that are symbolic links out of every
    walked folder, or link loops, go to ``skipped`` with the reason: a
    committed ``notes.md -> ~/.bashrc`` must not make a fix rewrite a file
    outside the tree. Named on the command line, a link is followed.
    """
    from .config import find, globs_match, relative

    include_cli, exclude_cli = cli_globs
    seen: set[str] = set()
    roots = [os.path.realpath(p) for p in paths if p != "-" and os.path.isdir(p)]
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            candidates = list(_walk(path))
            walked = True
        elif path.exists() or path.is_symlink():
            candidates = [path]
            walked = False
        else:
            raise UsageError(f"{raw}: no such file or folder")
        for file in candidates:
            key = os.path.normpath(file)
            if key in seen:
                continue
            why = _outside(file, roots if walked else None)
            if why is not None:
                if skipped is not None:
                    skipped.append((key, f"{key}: {why}"))
                continue
            cfg = explicit or find(file.parent)
            values = cfg.for_path(file)
            rel_cfg = relative(file, cfg.root)
            rel_cwd = relative(file, Path.cwd())
            include = include_cli or values.get("include")
            if (
                (exclude_cli and rel_cwd is not None and globs_match(exclude_cli, rel_cwd))
                or (values.get("exclude") and rel_cfg is not None and globs_match(values["exclude"], rel_cfg))
                or (include and not _included(include, rel_cwd if include_cli else rel_cfg))
            ):
                if not walked and excluded is not None:
                    excluded.append(raw)
                continue
            if not include and walked and not globs_match(DEFAULT_INCLUDE, file.name):
                continue
            seen.add(key)
            yield key


def _outside(file: Path, roots: Sequence[str] | None) -> str | None:
    """Why ``file`` is not read: a symbolic link loop, or out of the walked folders ``roots`` (None: named)."""
    try:
        real = os.path.realpath(file, strict=True)
    except OSError as exc:
        return "a symbolic link loop; skipped" if exc.errno == errno.ELOOP else None  # missing: said when read
    if roots is None or any(os.path.commonpath([real, root]) == root for root in roots):
        return None
    return f"a symbolic link to {real}, outside the folders walked; skipped (name it to repair it)"


def _included(include: list[str], rel: str | None) -> bool:
    from .config import globs_match

    return rel is not None and globs_match(include, rel)


def _walk(folder: Path) -> Iterator[Path]:
    """Files below ``folder`` that git does not ignore (outside a work tree: by the .gitignore files)."""
    import subprocess

    try:
        proc = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            cwd=folder,
            capture_output=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        yield from _walk_with_gitignore(folder)
        return
    for name in sorted(set(proc.stdout.decode("utf-8", "surrogateescape").split("\0"))):
        if name and not (set(Path(name).parts) & ALWAYS_SKIP):
            path = folder / name
            if path.is_file():
                yield path


def _walk_with_gitignore(folder: Path) -> Iterator[Path]:
    """Files below ``folder``, skipping what the ``.gitignore`` files met on the way ignore.

    Without git the README's promise still holds: each folder's
    ``.gitignore`` applies to the paths below it, as git reads it.
    """
    import pathspec

    ignores: dict[str, Any] = {}  # folder -> its .gitignore's patterns

    def ignored(path: str, is_dir: bool) -> bool:
        for base, spec in ignores.items():
            rel = os.path.relpath(path, base)
            if not rel.startswith("..") and spec.match_file(rel + ("/" if is_dir else "")):
                return True
        return False

    for root, dirs, names in os.walk(folder):
        if ".gitignore" in names:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                lines = Path(root, ".gitignore").read_text("utf-8").splitlines()
                ignores[root] = pathspec.GitIgnoreSpec.from_lines(lines)
        dirs[:] = sorted(d for d in dirs if d not in ALWAYS_SKIP and not ignored(os.path.join(root, d), True))
        for name in sorted(names):
            if not ignored(os.path.join(root, name), False):
                yield Path(root) / name


def _run_files(files: list[str], mode: str, flags: dict[str, Any], explicit: Any, jobs: int) -> list[Outcome]:
    from .process import process_file

    if jobs <= 1 or len(files) <= 1:  # one file: a pool would only cost its start-up
        return [process_file(f, mode, flags, explicit) for f in files]
    from concurrent.futures import ProcessPoolExecutor

    from .process import worker_init

    with ProcessPoolExecutor(max_workers=jobs, initializer=worker_init, initargs=(os.getpid(),)) as pool:
        chunk = max(1, min(64, len(files) // (jobs * 4)))
        try:
            return list(
                pool.map(
                    process_file,
                    files,
                    [mode] * len(files),
                    [flags] * len(files),
                    [explicit] * len(files),
                    chunksize=chunk,
                )
            )
        except KeyboardInterrupt:
            # Ctrl-C or SIGTERM: no file is started any more; each one under way is written
            # whole or not at all (a worker the signal reached removes its temporary file).
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _run_stdin(args: argparse.Namespace, flags: dict[str, Any], explicit: Any) -> Outcome:
    from .files import FileError, SkipFile, decode
    from .process import repair_text, settings_for

    name = args.stdin_filename or "-"
    raw = sys.stdin.buffer.read()
    try:
        where = Path(args.stdin_filename) if args.stdin_filename else Path.cwd() / "-"
        settings = settings_for(where, flags, explicit)
        text, encoding, bom = decode(raw, settings.get("encoding", "utf-8"), name)
    except SkipFile as exc:
        return Outcome(name, note=str(exc))
    except FileError as exc:
        return Outcome(name, error=str(exc))
    result = repair_text(text, settings, where)
    if args.command == "fix":
        sys.stdout.buffer.write(bom + result.text.encode(encoding))
        sys.stdout.buffer.flush()
    return Outcome(name, result=result)


def _report(outcomes: list[Outcome], args: argparse.Namespace, mode: str, stdin_fix: bool) -> int:
    from . import report

    out = sys.stderr if stdin_fix else sys.stdout  # fix - owns standard output
    for o in outcomes:
        if o.error:
            print(f"textrepair: error: {o.error}", file=sys.stderr)
        elif o.note and not args.quiet:
            print(f"textrepair: {o.note}", file=sys.stderr)
    if args.format == "html":
        _html_report(outcomes, args)
    elif args.format == "json":
        print(report.to_json(outcomes, mode), file=out)
    elif args.format == "github":
        out.write(report.to_github(outcomes))
    elif args.format == "sarif":
        print(report.to_sarif(outcomes, _rule_summaries(), __version__), file=out)
    elif args.statistics:
        for line in report.statistics_lines(outcomes, _rule_summaries()):
            print(line, file=out)
    elif not args.quiet:
        _text_report(outcomes, args, mode, out)
    if args.format == "text" and not args.quiet:
        _summary(outcomes, mode, args.fail_on_suggestions)
    s = report.summary(outcomes)
    return exit_code(s, mode, exit_zero=args.exit_zero, fail_on_suggestions=args.fail_on_suggestions)


def _html_report(outcomes: list[Outcome], args: argparse.Namespace) -> None:
    """``--format html``: the review page, to ``--output`` (standard output without it)."""
    from .review.html import write_report

    page = write_report(outcomes, _rule_summaries(), f"textrepair {args.command} " + " ".join(args.paths))
    if not args.output or args.output == "-":
        sys.stdout.write(page)
        return
    try:
        Path(args.output).write_text(page, "utf-8")
    except OSError as exc:
        raise UsageError(f"{args.output}: cannot write the report: {exc.strerror or exc}") from None
    if not args.quiet:
        print(f"textrepair: review report written to {args.output}", file=sys.stderr)


def exit_code(summary: dict[str, int], mode: str, *, exit_zero: bool = False, fail_on_suggestions: bool = False) -> int:
    """The exit code of a file command, as docs/cli.md documents it.

    Errors win (2). Otherwise ``check`` exits 1 when a file would change
    (not with ``exit_zero``); ``fix`` changes what it can, and a file it
    could not write is an error. A suggestion, which ``fix`` never applies,
    counts only when asked, so that a hook does not fail on every commit
    over a finding a person has already judged. ``diff`` exits 0, like
    ``git diff``.

    >>> exit_code({"errors": 0, "changed": 1, "written": 0, "suggestions": 0}, "check")
    1
    >>> exit_code({"errors": 0, "changed": 0, "written": 0, "suggestions": 2}, "fix")
    0
    >>> exit_code({"errors": 0, "changed": 0, "written": 0, "suggestions": 2}, "fix", fail_on_suggestions=True)
    1
    """
    if summary["errors"]:
        return EXIT_USER_ERROR
    if exit_zero or mode == "diff":
        return EXIT_OK
    would_change = summary["changed"] if mode == "check" else 0
    if would_change or (fail_on_suggestions and summary["suggestions"]):
        return EXIT_FINDINGS
    return EXIT_OK


def _rule_summaries() -> dict[str, str]:
    from .registry import all_normalizers

    return {rid: text for cls in all_normalizers() for rid, text in cls.rules.items()}


def _colour(args: argparse.Namespace, out: Any) -> bool:
    """Colour on a terminal unless NO_COLOR is set (no-color.org), or as ``--color`` says."""
    if args.color != "auto":
        return bool(args.color == "always")
    return "NO_COLOR" not in os.environ and hasattr(out, "isatty") and out.isatty()


def _text_report(outcomes: list[Outcome], args: argparse.Namespace, mode: str, out: Any) -> None:
    from . import report

    colour = _colour(args, out)
    for o in outcomes:
        if o.result is None:
            continue
        if mode == "fix" and o.written and not (args.show_fixes or args.show_source):
            print(f"Fixed {o.path} ({len(o.result.edits)} edits)", file=out)
        if args.word_diff:
            if o.result.changed or o.result.suggestions:
                print(f"==> {o.path} <==", file=out)
                out.write(o.result.word_diff() + ("" if o.result.text.endswith("\n") else "\n"))
        elif mode == "diff" or (mode == "check" and args.diff):
            if o.result.changed:
                out.write(o.result.diff(o.path))
        elif mode == "check" or args.show_fixes or args.show_source:
            for line in report.edit_lines(o, colour=colour):
                print(line, file=out)
        elif mode == "fix":
            for line in report.edit_lines(o, colour=colour, applied=False):  # what is left to decide
                print(line, file=out)
        if args.explain:
            print(_config_line(o.path, args), file=out)
            for line in report.explain_lines(o):
                print(line, file=out)


def _config_line(path: str, args: argparse.Namespace) -> str:
    """Which configuration file governed ``path``: the search may stop at a repository root and find none."""
    from .config import find

    if args.config:
        return f"{path}: configuration {args.config} (--config)"
    if path == "-":
        path = args.stdin_filename or str(Path.cwd() / "-")
    source = find(Path(path).parent).source
    return f"{path}: configuration {source}" if source else f"{path}: no configuration file (defaults)"


def _summary(outcomes: list[Outcome], mode: str, fail_on_suggestions: bool) -> None:
    """The closing lines on standard error: counts, and how to act on suggestions."""
    from . import report

    if mode == "diff" or (mode == "fix" and len(outcomes) == 1 and outcomes[0].path == "-"):
        return
    s = report.summary(outcomes)
    verb = "fixed" if mode == "fix" else "would be changed"
    done = s["written"] if mode == "fix" else s["changed"]
    print(
        f"{done} of {s['files']} file(s) {verb}; {s['edits']} edit(s), {s['suggestions']} suggestion(s) "
        f"below the threshold or report-only" + (f"; {s['errors']} error(s)" if s["errors"] else ""),
        file=sys.stderr,
    )
    if s["suggestions"]:
        counted = "they fail the run (--fail-on-suggestions)" if fail_on_suggestions else "they do not fail the run"
        print(
            f"textrepair: [?] marks a suggestion, not applied; {counted}. Apply it with --unsafe-fixes or a lower "
            "--threshold, keep the word with `allow`, or silence it with a `textrepair: ignore[CODE]` comment on "
            "its line (docs/cli.md#suppressing-findings).",
            file=sys.stderr,
        )


def run() -> NoReturn:
    """The ``textrepair`` command: :func:`main`, then exit at once.

    Tearing the interpreter down would free the compiled lexicons object by
    object, a fifth of a one-file run. Every file is written and closed by
    then; standard output and error are flushed here. Errors and ``--help``
    leave the normal way.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader stopped early ("| head"): nothing left to tell it
        pass
    os._exit(code)


if __name__ == "__main__":
    run()
