"""Output formats, all built from the same per-file outcomes and edit lists."""

from __future__ import annotations

import bisect
import heapq
import json
import os
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .model import SCHEMA_VERSION, Edit, Result


@dataclass
class Outcome:
    """What happened to one input: a result, or why there is none."""

    path: str
    result: Result | None = None
    error: str | None = None  # cannot be read or written: exit 2
    note: str | None = None  # skipped on purpose (binary)
    written: bool = False


class Lines:
    """1-based line and column of code-point offsets.

    Findings come in order of place, so each is found by counting the line
    breaks since the one asked before: no table of every line's start, which
    for a file of short lines cost 8 bytes a line (16 MB for 4 MB of "-"
    lines, however few the findings). Should an offset come before an
    earlier one's line, the table is built after all and searched.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._pos = 0  # the offset asked before,
        self._line = 1  # its line
        self._line_start = 0  # and where that line starts
        self._starts: array[int] | None = None

    def at(self, offset: int) -> tuple[int, int]:
        text = self.text
        if self._starts is None and offset < self._pos and text.count("\n", offset, self._pos):
            self._starts = array("q", [0])
            self._starts.extend(m.end() for m in re.finditer("\n", text))
        if self._starts is not None:
            line = bisect.bisect_right(self._starts, offset) - 1
            return line + 1, offset - self._starts[line] + 1
        if offset > self._pos:
            breaks = text.count("\n", self._pos, offset)
            if breaks:
                self._line += breaks
                self._line_start = text.rfind("\n", self._pos, offset) + 1
            self._pos = offset
        return self._line, offset - self._line_start + 1


def _place(finding: tuple[Edit, bool]) -> tuple[int, int]:
    return finding[0].start, finding[0].end


def _findings(result: Result) -> Iterator[tuple[Edit, bool]]:
    """Edits (True) and suggestions (False) in order of place, an edit first where both start and end alike.

    Merged as they are read, not listed: a file with an edit every few
    characters would hold an ``Edit`` object for each (some 400 bytes) where
    its result holds about 3. Each sequence is in order of place already (a
    :class:`~textrepair.model.Result` keeps them so).
    """
    return heapq.merge(((e, True) for e in result.edits), ((e, False) for e in result.suggestions), key=_place)


#: ANSI styles for terminal output: bold paths, red fixable rule codes, yellow suggestions.
_BOLD, _RED, _YELLOW, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[0m"


def edit_lines(outcome: Outcome, *, colour: bool = False, applied: bool | None = None) -> Iterator[str]:
    """One line per finding, ruff style: ``path:line:col: RULE [*] message ('a' → 'b')``.

    ``[*]`` marks an applied edit, ``[?]`` a suggestion; then the confidence
    when below 1 and the lexicon entry behind the finding. ``applied`` keeps
    only edits (True) or only suggestions (False).
    """
    assert outcome.result is not None
    lines = Lines(outcome.result.original)
    for e, is_edit in _findings(outcome.result):
        if applied is not None and is_edit != applied:
            continue
        line, col = lines.at(e.start)
        mark = "[*]" if is_edit else "[?]"
        where = f"{outcome.path}:{line}:{col}:"
        rule = e.rule
        if colour:
            where = f"{_BOLD}{where}{_RESET}"
            rule = f"{_RED if is_edit else _YELLOW}{rule}{_RESET}"
        conf = f" confidence {e.confidence:.2f}" if e.confidence < 1 else ""
        source = f" [{e.source}]" if e.source else ""
        yield f"{where} {rule} {mark} {e.message} ({e.before!r} → {e.after!r}){conf}{source}"


def statistics_lines(outcomes: Iterable[Outcome], summaries: Mapping[str, str]) -> list[str]:
    """Counts per rule and kind, most frequent first (``--statistics``): ``12  SPC001  [*] summary``."""
    counts: Counter[tuple[str, str]] = Counter()
    for o in outcomes:
        if o.result is not None:
            counts.update((e.rule, "[*]") for e in o.result.edits)
            counts.update((e.rule, "[?]") for e in o.result.suggestions)
    if not counts:
        return []
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [f"{n:>{width}}  {rule:<7} {mark} {summaries.get(rule, '')}".rstrip() for (rule, mark), n in rows]


def explain_lines(outcome: Outcome) -> list[str]:
    """``check --explain``: the spin evidence of the document and of each paragraph, then the language model's.

    The evidence is the spinner's ``signals["spin"]`` (fingerprints: listed
    phrases found, with what they replace); the model's is
    ``signals["spin_model"]`` (each paragraph it read, its posterior that
    the paragraph is spun, and each swap it weighed with its candidates).
    """
    assert outcome.result is not None
    spin = outcome.result.signals.get("spin") or {}
    model = outcome.result.signals.get("spin_model") or []
    if not spin and not model:
        return [f"{outcome.path}: no spin evidence"]
    lines = Lines(outcome.result.original)
    return [
        f"{outcome.path}: document spin score {spin.get('score', 0):.2f}",
        *_fingerprint_lines(spin.get("paragraphs", []), lines),
        *_model_lines(model, lines),
    ]


def _fingerprint_lines(paragraphs: Iterable[Mapping[str, Any]], lines: Lines) -> list[str]:
    """One line per paragraph: its spin score and each phrase found (the signal lists only paragraphs with some)."""
    out = []
    for para in paragraphs:
        line, _ = lines.at(para.get("start", 0))
        prints = ", ".join(_fingerprint(f) for f in para["fingerprints"])
        out.append(f"  line {line}: spin {para.get('score', 0):.2f}: {prints}")
    return out


def _model_lines(paragraphs: Iterable[Mapping[str, Any]], lines: Lines) -> list[str]:
    """One line per paragraph the language model read, then one per swap it weighed."""
    out = []
    for para in paragraphs:
        line, _ = lines.at(para.get("start", 0))
        out.append(
            f"  line {line}: language model read {para.get('positions', 0)} phrases,"
            f" paragraph spun posterior {para.get('posterior', 0):.2f}"
        )
        for swap in para.get("swaps", []):
            weighed = ", ".join(f"{c['original']!r} {c['log_odds']:+.1f}" for c in swap.get("candidates", []))
            out.append(
                f"    {swap['spun']!r} → {swap['original']!r} posterior {swap['posterior']:.2f} (weighed: {weighed})"
            )
    return out


def _fingerprint(f: Mapping[str, Any]) -> str:
    """A listed phrase found (``spin.evidence.Fingerprint.to_dict``), with what it replaces when known."""
    return f"{f['text']!r}→{f['original']!r}" if f.get("original") else repr(f["text"])


def edit_dict(e: Edit, lines: Lines, applied: bool) -> dict[str, Any]:
    d = e.to_dict()
    d["line"], d["column"] = lines.at(e.start)
    d["end_line"], d["end_column"] = lines.at(e.end)
    d["applied"] = applied
    return d


def to_json(outcomes: Sequence[Outcome], mode: str) -> str:
    files = []
    for o in outcomes:
        entry: dict[str, Any] = {"path": o.path}
        if o.error:
            entry["error"] = o.error
        elif o.note:
            entry["skipped"] = o.note
        elif o.result is not None:
            lines = Lines(o.result.original)
            entry["changed"] = o.result.changed
            entry["written"] = o.written
            entry["edits"] = [edit_dict(e, lines, True) for e in o.result.edits]
            entry["suggestions"] = [edit_dict(e, lines, False) for e in o.result.suggestions]
            entry["signals"] = dict(o.result.signals)
        files.append(entry)
    return json.dumps(
        {"schema": SCHEMA_VERSION, "mode": mode, "files": files, "summary": summary(outcomes)},
        ensure_ascii=False,
        indent=1,
    )


def summary(outcomes: Iterable[Outcome]) -> dict[str, int]:
    s = {"files": 0, "changed": 0, "edits": 0, "suggestions": 0, "errors": 0, "skipped": 0, "written": 0}
    for o in outcomes:
        s["files"] += 1
        s["errors"] += o.error is not None
        s["skipped"] += o.note is not None
        s["written"] += o.written
        if o.result is not None:
            s["changed"] += o.result.changed
            s["edits"] += len(o.result.edits)
            s["suggestions"] += len(o.result.suggestions)
    return s


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def to_github(outcomes: Sequence[Outcome]) -> str:
    """GitHub Actions workflow commands: one annotation per edit or error."""
    out = []
    for o in outcomes:
        if o.error:
            out.append(f"::error file={_gh_escape(o.path, True)}::{_gh_escape(o.error)}")
        if o.result is None:
            continue
        lines = Lines(o.result.original)
        for e, applied in _findings(o.result):
            (line, col), (end_line, end_col) = lines.at(e.start), lines.at(e.end)
            level = "warning" if applied else "notice"
            title = _gh_escape(f"{e.rule} {e.normalizer}", True)
            msg = _gh_escape(f"{e.before!r} → {e.after!r}: {e.message}")
            out.append(
                f"::{level} file={_gh_escape(o.path, True)},line={line},col={col},endLine={end_line},"
                f"endColumn={end_col},title={title}::{msg}"
            )
    return "\n".join(out) + ("\n" if out else "")


#: How standard input is named in SARIF when ``--stdin-filename`` gives no name.
STDIN_DESCRIPTION = "standard input"


def sarif_uri(path: str) -> str:
    """A relative URI reference for ``path``: forward slashes, reserved characters percent-encoded.

    >>> sarif_uri("docs/a b#1.md")
    'docs/a%20b%231.md'
    """
    from urllib.parse import quote

    return quote(path.replace(os.sep, "/"), safe="/")


def _artifact_location(path: str, index: int) -> dict[str, Any]:
    """Where a result lies: its file's URI, or standard input described, by its index in the artifacts."""
    if path == "-":
        return {"index": index, "description": {"text": STDIN_DESCRIPTION}}
    return {"uri": sarif_uri(path), "index": index}


def to_sarif(outcomes: Sequence[Outcome], rules: dict[str, str], version: str) -> str:
    """SARIF 2.1.0, with each applicable edit as a fix.

    Every input is an artifact (standard input too, described as such);
    results point at their rule by ``ruleIndex``; files that could not be
    read or written are tool execution notifications, and make the
    invocation unsuccessful.
    """
    rule_ids = sorted(rules)
    rule_index = {rid: n for n, rid in enumerate(rule_ids)}
    artifacts: list[dict[str, Any]] = []
    results = []
    notifications = []
    for o in outcomes:
        index = len(artifacts)
        where = _artifact_location(o.path, index)
        artifact: dict[str, Any] = {"roles": ["analysisTarget"]}
        artifact["location"] = {k: v for k, v in where.items() if k != "index"}
        artifacts.append(artifact)
        if o.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": o.error},
                    "locations": [{"physicalLocation": {"artifactLocation": where}}],
                }
            )
        if o.result is None:
            continue
        lines = Lines(o.result.original)
        for e, applied in _findings(o.result):
            (line, col), (end_line, end_col) = lines.at(e.start), lines.at(e.end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
            location = {"physicalLocation": {"artifactLocation": where, "region": region}}
            result: dict[str, Any] = {
                "ruleId": e.rule,
                "level": "warning" if applied else "note",
                "message": {"text": f"{e.before!r} → {e.after!r}: {e.message}"},
                "locations": [location],
                "properties": {"confidence": e.confidence, "safe": e.safe, "source": e.source},
            }
            if e.rule in rule_index:
                result["ruleIndex"] = rule_index[e.rule]
            replacement = {"deletedRegion": region, "insertedContent": {"text": e.after}}
            result["fixes"] = [
                {
                    "description": {"text": e.message},
                    "artifactChanges": [{"artifactLocation": where, "replacements": [replacement]}],
                }
            ]
            results.append(result)
    driver = {
        "name": "textrepair",
        "version": version,
        "informationUri": "https://pypi.org/project/textrepair/",
        "rules": [{"id": rid, "shortDescription": {"text": rules[rid]}} for rid in rule_ids],
    }
    invocation = {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=1)
