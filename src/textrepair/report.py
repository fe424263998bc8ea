"""Output formats, all built from the same per-file outcomes and edit lists."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
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
    """1-based line and column of code-point offsets."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _findings(result: Result) -> list[tuple[Edit, bool]]:
    items = [(e, True) for e in result.edits] + [(e, False) for e in result.suggestions]
    items.sort(key=lambda t: (t[0].start, t[0].end))
    return items


def edit_lines(outcome: Outcome) -> list[str]:
    """One line per edit, ruff style: ``path:line:col: RULE [*] 'a' → 'b' message (source)``."""
    assert outcome.result is not None
    lines = Lines(outcome.result.original)
    out = []
    for e, applied in _findings(outcome.result):
        line, col = lines.at(e.start)
        mark = "[*]" if applied else "[?]"
        source = f" ({e.source})" if e.source else ""
        conf = f" confidence {e.confidence:.2f}" if e.confidence < 1 else ""
        out.append(
            f"{outcome.path}:{line}:{col}: {e.rule} {mark} {e.before!r} → {e.after!r}: {e.message}{source}{conf}"
        )
    return out


def explain_lines(outcome: Outcome) -> list[str]:
    """The spinner detection view: spin score and fingerprints per paragraph."""
    assert outcome.result is not None
    spin = outcome.result.signals.get("spin")
    model = outcome.result.signals.get("spin_model") or []
    if not spin and not model:
        return [f"{outcome.path}: no spin evidence"]
    lines = Lines(outcome.result.original)
    out = [f"{outcome.path}: document spin score {(spin or {}).get('score', 0):.2f}"]
    for para in (spin or {}).get("paragraphs", []):
        if not para.get("fingerprints"):
            continue
        line, _ = lines.at(para.get("start", 0))
        prints = ", ".join(_fingerprint(f) for f in para["fingerprints"])
        out.append(f"  line {line}: spin {para.get('score', 0):.2f}: {prints}")
    for para in model:
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


def _fingerprint(f: Any) -> str:
    if isinstance(f, dict):
        spun, original = f.get("spun") or f.get("text"), f.get("original")
        return f"{spun!r}→{original!r}" if original else repr(spun)
    return repr(f)


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


def to_sarif(outcomes: Sequence[Outcome], rules: dict[str, str], version: str) -> str:
    """SARIF 2.1.0, with each applicable edit as a fix."""
    results = []
    for o in outcomes:
        if o.result is None:
            continue
        lines = Lines(o.result.original)
        for e, applied in _findings(o.result):
            (line, col), (end_line, end_col) = lines.at(e.start), lines.at(e.end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
            location = {"physicalLocation": {"artifactLocation": {"uri": o.path}, "region": region}}
            result: dict[str, Any] = {
                "ruleId": e.rule,
                "level": "warning" if applied else "note",
                "message": {"text": f"{e.before!r} → {e.after!r}: {e.message}"},
                "locations": [location],
                "properties": {"confidence": e.confidence, "safe": e.safe, "source": e.source},
            }
            replacement = {"deletedRegion": region, "insertedContent": {"text": e.after}}
            result["fixes"] = [
                {
                    "description": {"text": e.message},
                    "artifactChanges": [{"artifactLocation": {"uri": o.path}, "replacements": [replacement]}],
                }
            ]
            results.append(result)
    driver = {
        "name": "textrepair",
        "version": version,
        "informationUri": "https://pypi.org/project/textrepair/",
        "rules": [{"id": rid, "shortDescription": {"text": text}} for rid, text in sorted(rules.items())],
    }
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=1)
