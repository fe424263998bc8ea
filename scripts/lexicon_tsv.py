"""Read and write spinner lexicon TSV files (lexicons/spinner/*.tsv) for the lexicon scripts.

The format is documented in lexicons/spinner/README.md. Lines are kept as parsed entries;
comment lines at the top of a file (its header) are preserved when a file is rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KINDS = ("fix", "context", "report")
POS = ("n", "v", "x")
LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons" / "spinner"


@dataclass(frozen=True)
class Entry:
    spun: str
    original: str
    kind: str
    pos: str
    example: str = ""
    source: str = ""
    line: int = 0

    def columns(self) -> list[str]:
        cols = [self.spun, self.original, self.kind, self.pos, self.example, self.source]
        while len(cols) > 4 and not cols[-1]:
            cols.pop()
        return cols


def split_line(line: str) -> list[str] | None:
    """Columns of a data line, or None for comments and blank lines."""
    stripped = line.rstrip("\n").rstrip("\r")
    if not stripped.strip() or stripped.lstrip().startswith("#"):
        return None
    return stripped.split("\t")


def read_entries(path: Path) -> tuple[list[str], list[Entry]]:
    """The header comment lines and the entries of one lexicon file (no validation)."""
    header: list[str] = []
    entries: list[Entry] = []
    seen_data = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        cols = split_line(line)
        if cols is None:
            if not seen_data and line.startswith("#"):
                header.append(line)
            continue
        seen_data = True
        cols = cols + [""] * (6 - len(cols))
        entries.append(Entry(*cols[:6], line=number))
    return header, entries


def sort_key(entry: Entry) -> tuple[str, str]:
    return (entry.spun, entry.original)


def format_entries(header: list[str], entries: list[Entry]) -> str:
    """The text of a lexicon file: header comments, then entries sorted by the spun column."""
    lines = list(header)
    if lines:
        lines.append("")
    lines.extend("\t".join(e.columns()) for e in sorted(entries, key=sort_key))
    return "\n".join(lines) + "\n"


def write_entries(path: Path, header: list[str], entries: list[Entry]) -> None:
    """Write a lexicon file (see format_entries)."""
    path.write_text(format_entries(header, entries), encoding="utf-8")


def lexicon_files(folder: Path = LEXICON_DIR) -> list[Path]:
    return sorted(folder.glob("*.tsv"))
