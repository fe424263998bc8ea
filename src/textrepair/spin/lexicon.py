"""Spinner lexicons: parse TSV files and expand entries into matchable forms.

File format (``lexicons/spinner/<domain>.tsv``; users add files in the same
format through ``Options.lexicons`` or the ``spinner_lexicons`` option)::

    UTF-8. A line starting with '#' is a comment; blank lines are ignored.
    Columns are TAB-separated:
      1 spun      the spinner's phrase, lower case; matched case-insensitively
                  at word boundaries, ' and ’ alike ("international locations")
      2 original  the restoration ("countries"); empty deletes the phrase
      3 kind      fix     - unambiguous: fixed on sight
                  context - fixed only with spinner evidence around it
                  report  - never fixed automatically: a suggestion only
      4 pos       n - noun: the LAST word of both sides is also matched in
                      the plural (gathering -> gatherings / meetings)
                  v - verb: the FIRST word of both sides is also matched in
                      -s, past, participle and -ing forms ("seek the advice
                      of" -> "sought the advice of" / "consulted")
                  x - no inflection
      5 example   optional "spun sentence => repaired sentence"; repairing
                  the spun sentence with evidence forced on must give the
                  repaired sentence (checked by the tests)
      6 source    optional provenance tag (curated, pps, ...)

A user file given in ``Options.lexicons`` is read as a spinner lexicon when
its name ends in ``.tsv`` and its first data line has 3 to 6 TAB-separated
columns whose third is a kind; ``spinner_lexicons`` names files that are
spinner lexicons without that check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..lexicon import LexiconError
from . import inflect

KINDS = ("fix", "context", "report")
POS = ("n", "v", "x")
#: A line has the three required columns and at most the three optional ones.
MIN_COLUMNS, MAX_COLUMNS = 3, 6
#: Shipped files always write the part of speech too (users may leave it out: it defaults to x).
SHIPPED_COLUMNS = 4


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: its six columns, and where it was read (``source``, "spinner/news.tsv:12")."""

    spun: str
    original: str
    kind: str
    pos: str
    example: str = ""
    tag: str = ""
    source: str = ""

    @property
    def line(self) -> int:
        """The line number it was read from (0 for an entry made in code)."""
        _, _, number = self.source.rpartition(":")
        return int(number) if number.isdigit() else 0

    def columns(self) -> list[str]:
        """Its TSV columns: the four a shipped file always writes, then the optional ones up to the last set."""
        cols = [self.spun, self.original, self.kind, self.pos, self.example, self.tag]
        while len(cols) > SHIPPED_COLUMNS and not cols[-1]:
            cols.pop()
        return cols


@dataclass(frozen=True, slots=True)
class Form:
    """A matchable surface form of an entry and what it becomes.

    ``after_pp`` is set when the spun form is both past tense and participle
    but the original's differ ("started" -> "began" or "begun").
    """

    key: str  # folded spun form: lower case, ASCII apostrophe, single spaces
    after: str
    entry: Entry
    generated: bool
    after_pp: str = ""


def fold_key(phrase: str) -> str:
    """The matching key of a phrase: lower case, ASCII apostrophes, single spaces."""
    return " ".join(phrase.lower().replace("\u2019", "'").split())


def parse_lines(lines: Iterable[str], label: str) -> Iterator[Entry]:
    """Entries of a lexicon whose lines are ``lines``; ``label`` names it in sources."""
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if not MIN_COLUMNS <= len(cols) <= MAX_COLUMNS:
            raise LexiconError(f"{label}:{number}: expected 3 to 6 TAB-separated columns, got {len(cols)}")
        cols += [""] * (MAX_COLUMNS - len(cols))
        spun, original, kind, pos, example, tag = (c.strip() for c in cols)
        pos = pos or "x"
        if kind not in KINDS:
            raise LexiconError(f"{label}:{number}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if pos not in POS:
            raise LexiconError(f"{label}:{number}: pos must be one of {', '.join(POS)}, not {pos!r}")
        if not fold_key(spun):
            raise LexiconError(f"{label}:{number}: empty spun phrase")
        yield Entry(fold_key(spun), " ".join(original.split()), kind, pos, example, tag, f"{label}:{number}")


def read_file(path: Path, label: str | None = None) -> list[Entry]:
    """Entries of one lexicon file, labelled ``spinner/<name>`` unless told otherwise."""
    with path.open(encoding="utf-8") as f:
        return list(parse_lines(f, label or f"spinner/{path.name}"))


def read_with_header(path: Path, label: str | None = None) -> tuple[list[str], list[Entry]]:
    """The comment lines heading a lexicon file (kept when it is rewritten) and its entries."""
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break  # the first entry: the header is the comments above it
        if line.startswith("#"):
            header.append(line)
    return header, list(parse_lines(text.splitlines(), label or f"spinner/{path.name}"))


def sort_key(entry: Entry) -> tuple[str, str]:
    """Lexicon files are sorted by the spun phrase, then the original."""
    return (entry.spun, entry.original)


def format_file(header: Sequence[str], entries: Iterable[Entry]) -> str:
    """The text of a lexicon file: ``header``, a blank line, then the entries sorted by :func:`sort_key`."""
    lines = list(header)
    if lines:
        lines.append("")
    lines.extend("\t".join(e.columns()) for e in sorted(entries, key=sort_key))
    return "\n".join(lines) + "\n"


def is_spinner_lexicon(path: Path) -> bool:
    """Does a user lexicon file look like a spinner lexicon (see module docs)?"""
    if path.suffix.lower() != ".tsv" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            return MIN_COLUMNS <= len(cols) <= MAX_COLUMNS and cols[2].strip() in KINDS
    return False


def _inflect_last(phrase: str, fn: object) -> str:
    words = phrase.split(" ")
    words[-1] = fn(words[-1])  # type: ignore[operator]
    return " ".join(words)


def _with_first(phrase: str, word: str) -> str:
    _, sep, tail = phrase.partition(" ")
    return word + sep + tail


def forms(entry: Entry) -> list[Form]:
    """The base form of ``entry`` and its inflections, base first."""
    out = [Form(entry.spun, entry.original, entry, generated=False)]
    if not entry.original:
        return out
    if entry.pos == "n":
        out.append(
            Form(
                _inflect_last(entry.spun, inflect.plural),
                _inflect_last(entry.original, inflect.plural),
                entry,
                generated=True,
            )
        )
    elif entry.pos == "v":
        spun_head = entry.spun.split(" ", 1)[0]
        orig_head = entry.original.split(" ", 1)[0]
        spun_forms = inflect.verb_forms(spun_head)
        orig_forms = inflect.verb_forms(orig_head.lower())
        if orig_head[:1].isupper():
            orig_forms = {k: v[:1].upper() + v[1:] for k, v in orig_forms.items()}
        seen = {entry.spun}
        for name in inflect.VERB_FORMS[1:]:
            key = _with_first(entry.spun, spun_forms[name])
            if key in seen:
                continue
            seen.add(key)
            after = _with_first(entry.original, orig_forms[name])
            after_pp = ""
            if name == "past" and spun_forms["past"] == spun_forms["pp"] and orig_forms["past"] != orig_forms["pp"]:
                after_pp = _with_first(entry.original, orig_forms["pp"])
            out.append(Form(key, after, entry, generated=True, after_pp=after_pp))
    return [f for f in out if f.key and f.key != fold_key(f.after)]


def shipped_files(root: Path) -> list[Path]:
    """The shipped spinner lexicons under ``root`` (``lexicons/spinner``), sorted."""
    folder = root / "spinner"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".tsv" and p.is_file())
