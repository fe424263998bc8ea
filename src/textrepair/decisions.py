"""Decisions on findings: which edits and suggestions a person accepted or rejected.

A decisions file is JSON a team commits next to its text, like a baseline
(docs/review.md has the schema)::

    {"schema": 1,
     "decisions": [{"path": "news/a.txt", "rule": "SPN002", "before": "gathering",
                    "after": "meeting", "left": "the ", "right": " in Brussels",
                    "line": 4, "decision": "reject"}]}

``textrepair fix --decisions FILE`` applies exactly what it says: an
accepted suggestion is applied, a rejected edit is not, and a rejected
finding is neither applied nor reported again. Findings the file does not
name keep their default (edits applied, suggestions listed). The HTML review
report and ``fix --interactive`` write such files.

A finding is recognised by its file, rule, before and after text and the
characters around it, not by its offset, so a decision survives edits
elsewhere in the file:

>>> from textrepair.model import Edit
>>> text = "we met at the gathering in Brussels"
>>> e = Edit(14, 23, "gathering", "meeting", "SPN002", "spinner", "m", 0.8)
>>> d = Decision.of("a.txt", text, e, REJECT)
>>> (d.left, d.right)
('we met at the ', ' in Brussels')
>>> d.matches(text, e), d.matches("so we met at the gathering in Brussels", e.shifted(3))
(True, True)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .model import Edit, Result, apply_edits
from .report import Outcome

#: Version of the decisions file format (docs/review.md).
DECISIONS_SCHEMA = 1
ACCEPT = "accept"
REJECT = "reject"
VERDICTS = (ACCEPT, REJECT)
#: Characters kept on each side of a finding to recognise it again: enough to
#: tell two ``extra → more`` swaps in one paragraph apart, short enough that an
#: edit elsewhere on the line rarely reaches them.
CONTEXT_CHARS = 24
#: Context characters that must still agree when the text around a finding
#: has changed since the decision (the file was edited, or a neighbouring
#: finding was fixed): fewer, and two identical swaps could be confused.
MIN_CONTEXT_AGREEMENT = 8


class DecisionsError(ValueError):
    """A decisions file that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Decision:
    """One person's verdict on one finding."""

    path: str
    rule: str
    before: str
    after: str
    left: str
    right: str
    decision: str
    line: int = 0  # where the finding was when decided; informational only

    @classmethod
    def of(cls, path: str, text: str, edit: Edit, verdict: str) -> Decision:
        """The decision ``verdict`` on ``edit``, a finding in ``text`` (the file's original text)."""
        left = text[max(0, edit.start - CONTEXT_CHARS) : edit.start]
        right = text[edit.end : edit.end + CONTEXT_CHARS]
        return cls(
            _key(path), edit.rule, edit.before, edit.after, left, right, verdict, text.count("\n", 0, edit.start) + 1
        )

    def agreement(self, text: str, edit: Edit) -> int:
        """How many context characters around ``edit`` in ``text`` agree with the decision's (-1: another finding)."""
        if (edit.rule, edit.before, edit.after) != (self.rule, self.before, self.after):
            return -1
        left = text[max(0, edit.start - len(self.left)) : edit.start]
        right = text[edit.end : edit.end + len(self.right)]
        return _common_suffix(left, self.left) + _common_prefix(right, self.right)

    def matches(self, text: str, edit: Edit) -> bool:
        score = self.agreement(text, edit)
        return score == len(self.left) + len(self.right) or score >= MIN_CONTEXT_AGREEMENT

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "rule": self.rule,
            "before": self.before,
            "after": self.after,
            "left": self.left,
            "right": self.right,
            "line": self.line,
            "decision": self.decision,
        }


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _key(path: str) -> str:
    """A path as decisions files hold it: relative to the working folder where it can be, with ``/``."""
    if path == "-":
        return path
    rel = os.path.relpath(os.path.abspath(path))
    return Path(rel).as_posix() if not rel.startswith("..") else Path(os.path.abspath(path)).as_posix()


def finding_id(path: str, edit: Edit) -> str:
    """A short stable name for a finding within one report (file, offsets, rule)."""
    return f"{_key(path)}:{edit.start}:{edit.end}:{edit.rule}"


# -- files -----------------------------------------------------------------


def load(path: Path) -> list[Decision]:
    """The decisions in ``path``; a missing file holds none (the first review creates it)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecisionsError(f"{path}: cannot read decisions: {exc}") from None
    return parse(data, str(path))


def parse(data: Any, name: str = "decisions") -> list[Decision]:
    """Decisions from the JSON form, checked field by field."""
    if not isinstance(data, dict) or data.get("schema") != DECISIONS_SCHEMA:
        raise DecisionsError(f"{name}: not a decisions file (expected an object with schema {DECISIONS_SCHEMA})")
    items = data.get("decisions")
    if not isinstance(items, list):
        raise DecisionsError(f"{name}: 'decisions' must be a list")
    out = []
    for n, item in enumerate(items):
        where = f"{name}: decisions[{n}]"
        if not isinstance(item, dict):
            raise DecisionsError(f"{where}: must be an object")
        for key in ("path", "rule", "before", "after", "decision"):
            if not isinstance(item.get(key), str):
                raise DecisionsError(f"{where}: {key!r} must be a string")
        if item["decision"] not in VERDICTS:
            raise DecisionsError(f"{where}: decision must be one of {', '.join(VERDICTS)}, not {item['decision']!r}")
        out.append(
            Decision(
                _key(item["path"]),
                item["rule"],
                item["before"],
                item["after"],
                str(item.get("left", "")),
                str(item.get("right", "")),
                item["decision"],
                int(item.get("line", 0) or 0),
            )
        )
    return out


def dump(decisions: Iterable[Decision]) -> str:
    """The JSON form, sorted by file and line so that a committed file diffs well."""
    items = sorted(decisions, key=lambda d: (d.path, d.line, d.rule, d.before, d.left))
    return json.dumps(
        {"schema": DECISIONS_SCHEMA, "decisions": [d.to_dict() for d in items]}, ensure_ascii=False, indent=1
    )


def save(path: Path, decisions: Iterable[Decision]) -> None:
    """Write ``decisions`` to ``path`` atomically, merged over the ones already there (newest wins)."""
    merged = merge(load(path), decisions)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dump(merged) + "\n", "utf-8")
    os.replace(tmp, path)


def merge(old: Iterable[Decision], new: Iterable[Decision]) -> list[Decision]:
    """``old`` with every decision on the same finding replaced by its ``new`` one."""

    def ident(d: Decision) -> tuple[str, ...]:
        return (d.path, d.rule, d.before, d.after, d.left, d.right)

    table = {ident(d): d for d in old}
    table.update((ident(d), d) for d in new)
    return list(table.values())


# -- applying ----------------------------------------------------------------


@dataclass(frozen=True)
class Verdicts:
    """The decisions matched to one result's findings, by position in ``edits`` and ``suggestions``."""

    edits: Mapping[int, str]
    suggestions: Mapping[int, str]


def match(path: str, result: Result, decisions: Sequence[Decision]) -> Verdicts:
    """Pair each decision on ``path`` with the finding in ``result`` it names, best context first."""
    key = _key(path)
    mine = [d for d in decisions if d.path == key]
    verdicts: tuple[dict[int, str], dict[int, str]] = ({}, {})
    if not mine:
        return Verdicts(*verdicts)
    findings = [(0, i, e) for i, e in enumerate(result.edits)] + [(1, i, e) for i, e in enumerate(result.suggestions)]
    for d in mine:
        best: tuple[int, int, int] | None = None
        best_score = -1
        for kind, i, e in findings:
            if i in verdicts[kind] or not d.matches(result.original, e):
                continue
            score = d.agreement(result.original, e)
            if score > best_score:
                best, best_score = (kind, i, score), score
        if best is not None:
            verdicts[best[0]][best[1]] = d.decision
    return Verdicts(*verdicts)


def apply(result: Result, verdicts: Verdicts) -> Result:
    """``result`` as the verdicts have it: rejected findings dropped, accepted suggestions applied.

    An accepted suggestion that overlaps an edit still applied stays a
    suggestion: its replacement was computed on text that edit changed.
    """
    if not verdicts.edits and not verdicts.suggestions:
        return result
    edits = [e for i, e in enumerate(result.edits) if verdicts.edits.get(i) != REJECT]
    suggestions: list[Edit] = []
    accepted = [e for i, e in enumerate(result.suggestions) if verdicts.suggestions.get(i) == ACCEPT]
    for i, e in enumerate(result.suggestions):
        if verdicts.suggestions.get(i) is None:
            suggestions.append(e)
    edits.sort(key=lambda e: (e.start, e.end))
    for s in accepted:
        if any((e.start < s.end and s.start < e.end) or e.start == s.start == s.end == e.end for e in edits):
            suggestions.append(s)
            continue
        edits.append(s)
        edits.sort(key=lambda e: (e.start, e.end))
    suggestions.sort(key=lambda e: (e.start, e.end))
    text = apply_edits(result.original, edits)
    return replace(result, text=text, edits=tuple(edits), suggestions=tuple(suggestions))


def settle(outcomes: Sequence[Outcome], decisions: Sequence[Decision], *, write: bool) -> list[Outcome]:
    """Outcomes of a run made without writing, with ``decisions`` applied, and written when ``write``.

    A file is written only when its decided text differs from what is on
    disk; it is read again first, and left alone (an error) if it changed
    since it was repaired.
    """
    out = []
    for o in outcomes:
        if o.result is None or o.path == "-":
            out.append(o)
            continue
        result = apply(o.result, match(o.path, o.result, decisions))
        out.append(write_outcome(o.path, result) if write else replace_outcome(o, result))
    return out


def replace_outcome(outcome: Outcome, result: Result) -> Outcome:
    return replace(outcome, result=result)


def write_outcome(path: str, result: Result) -> Outcome:
    """Write ``result.text`` to ``path`` atomically when it changed; the outcome says what happened."""
    from . import files

    if not result.changed:
        return Outcome(path, result=result)
    try:
        source = files.read(Path(path))
        if source.text != result.original:
            raise files.FileError(f"{path}: changed on disk while being reviewed; left untouched")
        files.write(source, result.text)
    except (files.FileError, files.SkipFile) as exc:
        return Outcome(path, result=result, error=str(exc))
    return Outcome(path, result=result, written=True)
