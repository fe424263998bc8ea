"""GRM: grammar, spelling and punctuation through LanguageTool (optional, off by default)."""

from __future__ import annotations

import bisect
import contextlib
import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import MASK, Edit
from ..normalizer import Document, Normalizer

#: Where the grammar stage sends text when no ``grammar-server`` is set; lets a
#: CI job point every run at a team's server without touching configuration.
SERVER_ENV = "TEXTREPAIR_GRAMMAR_SERVER"
#: ``grammar-server`` value for the server language_tool_python starts itself
#: (downloading LanguageTool on first use; it needs Java).
LOCAL = "local"
DEFAULT_LANGUAGE = "en-US"
#: LanguageTool categories reported unless ``grammar-categories`` says otherwise.
DEFAULT_CATEGORIES = ("TYPOS", "CONFUSED_WORDS", "PUNCTUATION", "TYPOGRAPHY", "GRAMMAR")
#: Characters per request: the public API's documented limit for free use is
#: 20,000; a team's own server takes more (``grammar-max-chars``).
DEFAULT_MAX_CHARS = 20_000
#: Between the prose spans of one request: LanguageTool reads a blank line as a
#: paragraph break, so no match joins two spans.
SEPARATOR = "\n\n"
#: Confidence of a match with one replacement: LanguageTool is sure of the fix,
#: though it has no score of its own. Above the default threshold.
ONE_REPLACEMENT = 0.75
#: Confidence of a match with several replacements, where the first is only the
#: likeliest: below the default threshold, so a suggestion.
SEVERAL_REPLACEMENTS = 0.45
#: Categories whose matches are report-only: spelling rules flag names, jargon
#: and words of other languages, which a repair must not change unasked.
REPORT_ONLY = frozenset({"TYPOS"})
#: Rule of each LanguageTool category; categories not named here go to GRM005.
CATEGORY_RULES = {
    "TYPOS": "GRM001",
    "CONFUSED_WORDS": "GRM002",
    "PUNCTUATION": "GRM003",
    "TYPOGRAPHY": "GRM003",
    "GRAMMAR": "GRM004",
}
OTHER_RULE = "GRM005"
_LETTER = re.compile(r"[^\W\d_]")
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")


@dataclass(frozen=True)
class Span:
    """A stretch of prose: ``text[start:end]`` of the stage's text, at ``offset`` in a request."""

    start: int
    end: int
    offset: int


class CheckGrammar(Normalizer):
    """Send prose to LanguageTool and turn its matches into edits and suggestions.

    ## What it does
    Sends the prose of a document (never code, URLs or markup, which the
    pipeline has masked) to a LanguageTool server through
    ``language_tool_python``, in requests of at most ``grammar-max-chars``
    characters, and makes each match in a selected category an edit with the
    LanguageTool rule id, category and message as its provenance. A match
    with one replacement is an edit (confidence 0.75); with several, the first
    is a suggestion (0.45); spelling matches (category TYPOS) are always
    report-only. Offsets from the server count UTF-16 code units and are
    converted, so text with emoji or other astral characters lines up. If the
    server cannot be reached or fails, the stage reports the error in
    ``signals["grammar"]`` and changes nothing: the other stages' repairs stand.

    Off in every profile: select it (``--select GRM``) and name a server with
    ``grammar-server`` (a URL, or ``local`` for the server
    language_tool_python downloads and starts, which needs Java), or set
    ``TEXTREPAIR_GRAMMAR_SERVER``.

    ## Why
    Spun and machine-translated text is full of agreement errors and
    confused words that no lexicon lists; LanguageTool has thousands of
    rules for them. It is a server, slow and sometimes remote, so it stays
    optional and never blocks the rest of the repair.

    ## Example
    With no server listening, the spacing repair still happens:

    >>> from textrepair import repair
    >>> r = repair("Their  is a problem .", select=["SPC", "GRM"], grammar_server="http://127.0.0.1:9")
    >>> r.text
    'Their is a problem.'
    >>> r.signals["grammar"]["error"].startswith("LanguageTool at http://127.0.0.1:9")
    True
    """

    name = "grammar"
    code = "GRM"
    rules = {
        "GRM001": "possible spelling mistake (LanguageTool category TYPOS; report-only)",
        "GRM002": "confused words (LanguageTool category CONFUSED_WORDS)",
        "GRM003": "punctuation and typography (LanguageTool categories PUNCTUATION, TYPOGRAPHY)",
        "GRM004": "grammar (LanguageTool category GRAMMAR)",
        "GRM005": "another LanguageTool category named in grammar-categories",
    }
    settings = {
        "grammar-server": "LanguageTool server URL, or 'local' for the one language_tool_python starts",
        "grammar-path": "folder with an unpacked LanguageTool for the local server (language_tool_python's LTP_PATH)",
        "grammar-language": f"language code sent to LanguageTool (default {DEFAULT_LANGUAGE})",
        "grammar-categories": f"LanguageTool categories to report (default {', '.join(DEFAULT_CATEGORIES)})",
        "grammar-max-chars": f"characters per request at most (default {DEFAULT_MAX_CHARS:,}, the public API's limit)",
        "grammar-requests-per-minute": "requests per minute at most (default: no limit; the public API allows 20)",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        config = _Config.read(self.options.get)
        spans = prose_spans(text)
        signal: dict[str, Any] = {"server": config.server, "requests": 0, "matches": 0}
        doc.signals["grammar"] = signal
        if not spans:
            return []
        edits: list[Edit] = []
        try:
            tool = _tool(config)
            last = 0.0
            for request, pieces in batches(text, spans, config.max_chars):
                if config.interval and last:
                    time.sleep(max(0.0, config.interval - (time.monotonic() - last)))
                last = time.monotonic()
                matches = tool.check(request)
                signal["requests"] += 1
                signal["matches"] += len(matches)
                edits.extend(self._edits(text, request, pieces, matches, config))
        except Exception as exc:  # a server or network failure must not cost the other stages their repairs
            signal["error"] = f"LanguageTool at {config.server}: {type(exc).__name__}: {_first_line(exc)}"
        return _non_overlapping(edits)

    def _edits(
        self, text: str, request: str, pieces: Sequence[Span], matches: Sequence[Any], config: _Config
    ) -> Iterator[Edit]:
        units = _Utf16(request)
        starts = [p.offset for p in pieces]
        for m in matches:
            category = str(getattr(m, "category", ""))
            if category not in config.categories:
                continue
            replacements = [r for r in getattr(m, "replacements", []) if isinstance(r, str)]
            # language_tool_python has turned the start into code points; the length is still UTF-16 units.
            start = int(m.offset)
            end = units.code_points(units.units(start) + int(m.error_length))
            k = bisect.bisect_right(starts, start) - 1
            if k < 0 or end > pieces[k].offset + (pieces[k].end - pieces[k].start) or end <= start:
                continue  # across a span boundary, or outside every span: not ours to change
            piece = pieces[k]
            a = piece.start + start - piece.offset
            b = a + (end - start)
            before = text[a:b]
            if not replacements or replacements[0] == before or MASK in before:
                continue
            rule_id = str(getattr(m, "rule_id", ""))
            confidence = ONE_REPLACEMENT if len(replacements) == 1 else SEVERAL_REPLACEMENTS
            others = f" (also: {', '.join(replacements[1:4])})" if len(replacements) > 1 else ""
            yield self.edit(
                text,
                a,
                b,
                replacements[0],
                CATEGORY_RULES.get(category, OTHER_RULE),
                f"{m.message}{others}",
                confidence=confidence,
                safe=category not in REPORT_ONLY,
                source=f"LanguageTool {rule_id} ({category})",
            )


@dataclass(frozen=True)
class _Config:
    server: str
    path: str | None
    language: str
    categories: frozenset[str]
    max_chars: int
    interval: float  # seconds between requests; 0: no pause

    @classmethod
    def read(cls, get: Any) -> _Config:
        server = get("grammar_server") or os.environ.get(SERVER_ENV) or LOCAL
        categories = get("grammar_categories") or DEFAULT_CATEGORIES
        if isinstance(categories, str):
            categories = [c.strip() for c in categories.split(",")]
        max_chars = int(get("grammar_max_chars") or DEFAULT_MAX_CHARS)
        rpm = float(get("grammar_requests_per_minute") or 0)
        if max_chars < len(SEPARATOR) + 1 or rpm < 0:
            raise ValueError("grammar-max-chars must be a positive size and grammar-requests-per-minute not negative")
        return cls(
            str(server),
            get("grammar_path"),
            str(get("grammar_language") or DEFAULT_LANGUAGE),
            frozenset(str(c).upper() for c in categories),
            max_chars,
            60.0 / rpm if rpm else 0.0,
        )


#: Connected LanguageTool clients by (server, path, language): building one
#: asks the server for its languages, and a local server takes seconds to start.
_TOOLS: dict[tuple[str, str | None, str], Any] = {}


def _tool(config: _Config) -> Any:
    key = (config.server, config.path, config.language)
    tool = _TOOLS.get(key)
    if tool is not None:
        return tool
    try:
        import language_tool_python
    except ImportError:
        raise RuntimeError("the grammar stage needs language_tool_python: pip install 'textrepair[grammar]'") from None
    if config.server == LOCAL:
        if shutil.which("java") is None:
            raise RuntimeError("the local LanguageTool server needs Java; or set grammar-server to a server's URL")
        with _environment("LTP_PATH", config.path):
            tool = language_tool_python.LanguageTool(config.language)
    else:
        tool = language_tool_python.LanguageTool(config.language, remote_server=config.server)
    _TOOLS[key] = tool
    return tool


@contextlib.contextmanager
def _environment(name: str, value: str | None) -> Iterator[None]:
    """``os.environ[name] = value`` for the duration (language_tool_python reads its paths from there)."""
    if value is None:
        yield
        return
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def prose_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` worth checking: paragraphs cut at masked (protected) text, with a letter in them.

    >>> prose_spans("Hello there.\\n\\nRun \\ue000\\ue000\\ue000 now.")
    [(0, 12), (14, 17), (22, 26)]
    """
    out = []
    pos = 0
    for start, end in [*((m.start(), m.end()) for m in _PARAGRAPH.finditer(text)), (len(text), len(text))]:
        para_start, para_end = pos, start
        pos = end
        piece_start = para_start
        for k in range(para_start, para_end + 1):
            if k == para_end or text[k] == MASK:
                if _LETTER.search(text, piece_start, k):
                    out.append(_trim(text, piece_start, k))
                piece_start = k + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def batches(text: str, spans: Sequence[tuple[int, int]], max_chars: int) -> Iterator[tuple[str, list[Span]]]:
    """Requests of at most ``max_chars`` characters (UTF-16 units, as servers count): spans joined by blank lines.

    A span longer than a request is cut at white space.
    """
    parts: list[str] = []
    pieces: list[Span] = []
    size = 0
    for start, end in _cut(text, spans, max_chars):
        length = _utf16_len(text, start, end)
        extra = len(SEPARATOR) if parts else 0
        if parts and size + extra + length > max_chars:
            yield "".join(parts), pieces
            parts, pieces, size, extra = [], [], 0, 0
        if extra:
            parts.append(SEPARATOR)
        offset = sum(len(p) for p in parts)
        parts.append(text[start:end])
        pieces.append(Span(start, end, offset))
        size += extra + length
    if parts:
        yield "".join(parts), pieces


def _cut(text: str, spans: Sequence[tuple[int, int]], max_chars: int) -> Iterator[tuple[int, int]]:
    for start, end in spans:
        while _utf16_len(text, start, end) > max_chars:
            stop = start + max_chars // 2  # at most two UTF-16 units per code point: this many always fit
            space = text.rfind(" ", start + 1, stop)
            stop = space if space > start else stop
            yield start, stop
            start = stop
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            yield start, end


#: The last code point UTF-16 writes in one unit; those above take two (a surrogate pair).
MAX_BMP = 0xFFFF


def _utf16_len(text: str, start: int, end: int) -> int:
    return end - start + sum(1 for c in text[start:end] if ord(c) > MAX_BMP)


class _Utf16:
    """Code-point and UTF-16 offsets of one text (LanguageTool counts UTF-16 units, as Java does)."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, c in enumerate(text) if ord(c) > MAX_BMP]  # code-point offsets

    def units(self, cp: int) -> int:
        return cp + bisect.bisect_left(self.astral, cp)

    def code_points(self, units: int) -> int:
        # Each astral character before the point adds one unit; find how many lie before it.
        lo, hi = 0, len(self.astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.astral[mid] + mid < units:
                lo = mid + 1
            else:
                hi = mid
        return units - lo


def _non_overlapping(edits: list[Edit]) -> list[Edit]:
    """LanguageTool may report two rules on one word; keep the first of overlapping matches."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]
