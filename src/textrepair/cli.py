"""The ``textrepair`` command: a thin layer over :func:`textrepair.repair`.

Exit codes: 0 nothing to do (or everything fixed), 1 something would change or
findings remain, 2 usage, configuration or I/O errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .report import Outcome

#: What a directory walk picks up unless ``include`` says otherwise.
DEFAULT_INCLUDE = ["*.txt", "*.text", "*.md", "*.markdown", "*.mdx", "*.rst", "*.rest", "*.html", "*.htm", "*.xhtml"]
ALWAYS_SKIP = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}


class UsageError(Exception):
    pass


def _list(values: Sequence[str] | None) -> list[str]:
    """Flags that take lists accept repeats and commas: ``--select SPN,PRN``."""
    return [v.strip() for item in values or () for v in item.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textrepair",
        description="Repair damaged English text and show exactly what changed.",
    )
    parser.add_argument("--version", action="version", version=f"textrepair {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input")
    g = common.add_argument_group("rules")
    g.add_argument("--profile", help="preset: default, safe, typography, strict")
    g.add_argument("--select", action="append", metavar="CODES", help="only these rule codes, prefixes or names")
    g.add_argument("--ignore", action="append", metavar="CODES", help="never these rule codes, prefixes or names")
    g.add_argument("--quote-style", choices=["straight", "curly", "keep"])
    g.add_argument("--threshold", type=float, metavar="0-1", help="apply edits at or above this confidence")
    g.add_argument("--unsafe-fixes", action="store_true", default=None, help="apply report-only edits too")
    g.add_argument("--style", action="append", metavar="NAME", help="turn on a named spelling style")
    g.add_argument("--allow", action="append", metavar="WORDS", help="words or phrases never changed")
    g.add_argument("--lexicon", action="append", metavar="FILE", help="an extra lexicon file")
    f = common.add_argument_group("files")
    f.add_argument("--include", action="append", metavar="GLOB", help="only files matching (gitignore syntax)")
    f.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching, even when named")
    f.add_argument("--markup", choices=["auto", "text", "markdown", "html", "rst"], default="auto")
    f.add_argument("--encoding", help="encoding of files without a BOM (default utf-8)")
    f.add_argument("--config", type=Path, help="configuration file (default: nearest, walking up)")
    f.add_argument("--stdin-filename", help="name to use for standard input (markup, settings)")
    f.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores for many files)")
    o = common.add_argument_group("output")
    o.add_argument("--format", choices=["text", "json", "github", "sarif"], default="text")
    o.add_argument("--show-source", action="store_true", help="one line per edit: file:line:col rule before → after")
    o.add_argument("--explain", action="store_true", help="spin score and fingerprints per paragraph")
    o.add_argument("--no-diff", action="store_true", help="do not print diffs")
    o.add_argument(
        "--word-diff", action="store_true", help="print the whole repaired text, changes marked [-old-]{+new+}"
    )
    o.add_argument("-q", "--quiet", action="store_true", help="print only errors")

    sub.add_parser("check", parents=[common], help="report what would change (exit 1 if anything)")
    sub.add_parser("fix", parents=[common], help="write repairs in place (fix - prints the repaired text)")
    sub.add_parser("diff", parents=[common], help="print the diff of what would change (exit 0, like git diff)")

    sub.add_parser("rules", help="list normalizers and their rule codes")
    rule = sub.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("rule_id", metavar="ID")

    batch = sub.add_parser("batch", help="repair a JSON Lines corpus, one record per line")
    batch.add_argument("input", help="JSON Lines file, or - for standard input")
    batch.add_argument("-o", "--output", default="-", help="output JSON Lines (default standard output)")
    batch.add_argument("--field", default="text", help="the record field holding the text (default text)")
    batch.add_argument("--edits", action="store_true", help="add each record's edits under 'textrepair'")
    batch.add_argument("--profile")
    batch.add_argument("--select", action="append", metavar="CODES")
    batch.add_argument("--ignore", action="append", metavar="CODES")
    batch.add_argument("--threshold", type=float)
    batch.add_argument("--quote-style", choices=["straight", "curly", "keep"])
    batch.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .config import ConfigError

    try:
        if args.command == "rules":
            return cmd_rules()
        if args.command == "rule":
            return cmd_rule(args.rule_id)
        if args.command == "batch":
            from .batch import run_batch

            return run_batch(args)
        return cmd_files(args)
    except (UsageError, ConfigError, ValueError) as exc:
        print(f"textrepair: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        return 130


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

    from .registry import all_normalizers

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
            return 0
    raise UsageError(f"unknown rule {rule_id!r} (see `textrepair rules`)")


# -- check / fix / diff ---------------------------------------------------


def _flags(args: argparse.Namespace) -> dict[str, Any]:
    """Settings given on the command line, in configuration-key form."""
    flags: dict[str, Any] = {}
    for key in ("profile", "quote_style", "threshold", "unsafe_fixes", "encoding"):
        value = getattr(args, key)
        if value is not None:
            flags[key.replace("_", "-")] = value
    if args.markup != "auto":
        flags["markup"] = args.markup
    for flag, key in (("select", "select"), ("style", "styles"), ("allow", "allow"), ("lexicon", "lexicons")):
        values = _list(getattr(args, flag))
        if values:
            flags[key] = [str(Path(v).resolve()) for v in values] if key == "lexicons" else values
    if args.ignore:
        flags["+ignore"] = _list(args.ignore)
    if args.threshold is not None and not 0 <= args.threshold <= 1:
        raise UsageError("--threshold takes a number from 0 to 1")
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
    items = list(_collect(args.paths, cli_globs, explicit_config))
    files = [p for p in items if p != "-"]
    if "-" in items:
        stdin_outcome = _run_stdin(args, flags, explicit_config)
    jobs = args.jobs or (os.cpu_count() or 1 if len(files) >= 16 else 1)
    outcomes = _run_files(files, mode, flags, explicit_config, jobs)
    if stdin_outcome is not None:
        outcomes.insert(items.index("-"), stdin_outcome)
    return _report(outcomes, args, mode, stdin_fix=stdin_outcome is not None and mode == "fix")


def _collect(paths: Sequence[str], cli_globs: tuple[list[str], list[str]], explicit: Any) -> Iterator[str]:
    from .config import find, globs_match, relative

    include_cli, exclude_cli = cli_globs
    seen: set[str] = set()
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
            cfg = explicit or find(file.parent)
            values = cfg.for_path(file)
            rel_cfg = relative(file, cfg.root)
            rel_cwd = relative(file, Path.cwd())
            if exclude_cli and rel_cwd is not None and globs_match(exclude_cli, rel_cwd):
                continue
            if values.get("exclude") and rel_cfg is not None and globs_match(values["exclude"], rel_cfg):
                continue
            include = include_cli or values.get("include")
            if include:
                rel = rel_cwd if include_cli else rel_cfg
                if rel is None or not globs_match(include, rel):
                    continue
            elif walked and not globs_match(DEFAULT_INCLUDE, file.name):
                continue
            seen.add(key)
            yield key


def _walk(folder: Path) -> Iterator[Path]:
    """Files below ``folder``; in a git work tree, the ones git does not ignore."""
    import subprocess

    try:
        proc = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            cwd=folder,
            capture_output=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in ALWAYS_SKIP)
            for name in sorted(names):
                yield Path(root) / name
        return
    for name in sorted(set(proc.stdout.decode("utf-8", "surrogateescape").split("\0"))):
        if name and not (set(Path(name).parts) & ALWAYS_SKIP):
            path = folder / name
            if path.is_file():
                yield path


def _run_files(files: list[str], mode: str, flags: dict[str, Any], explicit: Any, jobs: int) -> list[Outcome]:
    from .process import process_file

    if jobs <= 1 or len(files) < 2:
        return [process_file(f, mode, flags, explicit) for f in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(64, len(files) // (jobs * 4)))
        return list(
            pool.map(
                process_file, files, [mode] * len(files), [flags] * len(files), [explicit] * len(files), chunksize=chunk
            )
        )


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
    if args.format == "json":
        print(report.to_json(outcomes, mode), file=out)
    elif args.format == "github":
        out.write(report.to_github(outcomes))
    elif args.format == "sarif":
        from .registry import all_normalizers

        rules = {rid: text for cls in all_normalizers() for rid, text in cls.rules.items()}
        print(report.to_sarif(outcomes, rules, __version__), file=out)
    elif not args.quiet:
        _text_report(outcomes, args, mode, out)
    s = report.summary(outcomes)
    if s["errors"]:
        return 2
    if mode == "fix":
        return 1 if s["suggestions"] else 0
    if mode == "diff":
        return 0
    return 1 if s["changed"] or s["suggestions"] else 0


def _text_report(outcomes: list[Outcome], args: argparse.Namespace, mode: str, out: Any) -> None:
    from . import report

    for o in outcomes:
        if o.result is None:
            continue
        show_diff = not args.no_diff and (mode != "fix" or o.path != "-") and o.result.changed
        if mode == "fix" and not args.show_source and o.written:
            print(f"Fixed {o.path} ({len(o.result.edits)} edits)", file=out)
        if args.word_diff and (o.result.changed or o.result.suggestions):
            print(f"==> {o.path} <==", file=out)
            out.write(o.result.word_diff() + ("" if o.result.text.endswith("\n") else "\n"))
        elif show_diff and mode != "fix":
            out.write(o.result.diff(o.path))
        if args.show_source or mode == "fix":
            lines = report.edit_lines(o)
            if mode == "fix" and not args.show_source:
                lines = [line for line in lines if "[?]" in line]  # what is left to decide
            for line in lines:
                print(line, file=out)
        if args.explain:
            for line in report.explain_lines(o):
                print(line, file=out)
    if mode != "diff" and not (mode == "fix" and len(outcomes) == 1 and outcomes[0].path == "-"):
        s = report.summary(outcomes)
        verb = "fixed" if mode == "fix" else "would be changed"
        done = s["written"] if mode == "fix" else s["changed"]
        print(
            f"{done} of {s['files']} file(s) {verb}; {s['edits']} edit(s), {s['suggestions']} suggestion(s) "
            f"below the threshold or report-only" + (f"; {s['errors']} error(s)" if s["errors"] else ""),
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
