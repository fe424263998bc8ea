"""The HTML review report: one self-contained page to read, judge and export decisions.

``textrepair check --format html -o review.html PATHS`` writes it. The page
holds everything it needs (styles, script, chart as inline SVG, the findings
as JSON) and fetches nothing, so it can be mailed, attached to a CI run or
opened offline. Only the paragraphs with findings are shown; the rest of a
file is folded into a one-line gap, which keeps a report of a large tree
small and quick to open (docs/review.md has the measurements).

Each finding is a ``<span class="f">`` in the text at its place, with the
finding's rule and original offsets as data attributes; applied edits and
suggestions have distinct styles. The script adds the detail panel, the
filters and the decisions: accept or reject, then export the JSON file that
``textrepair fix --decisions`` reads.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from itertools import accumulate
from typing import Any

from ..decisions import CONTEXT_CHARS, _key
from ..model import Edit, Result
from ..report import Lines, Outcome

#: Rules whose confidence comes from the spinner's evidence; their detail
#: shows the paragraph's fingerprints or the language model's candidates.
SPINNER_PREFIX = "SPN"
#: Candidates shown per spinner swap (``--explain`` weighs more; the rest add nothing to a decision).
MAX_CANDIDATES = 5
#: Invisible characters shown by name, so that a removed zero-width space is a visible mark.
_VISIBLE = {" ": "␣", "\t": "⇥", "\n": "↵\n", "\r": "␍"}
_INVISIBLE_RE = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]"
)


@dataclass(frozen=True)
class Block:
    """A stretch of one file shown in the report: a paragraph with findings, or folded unchanged text."""

    start: int
    end: int
    findings: tuple[tuple[Edit, bool], ...]


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def render(
    outcomes: Sequence[Outcome],
    rule_names: Mapping[str, str],
    *,
    title: str = "textrepair review",
    command: str = "",
) -> str:
    """The report page for ``outcomes``; ``rule_names`` maps rule codes to their one-line summaries."""
    findings: list[dict[str, Any]] = []
    paths: list[str] = []  # of each article, as decisions files name them
    articles: list[str] = []
    clean: list[str] = []
    problems: list[str] = []
    by_rule: Counter[tuple[str, bool]] = Counter()
    for o in outcomes:
        if o.result is None:
            problems.append(f"{o.path}: {o.error or o.note}")
            continue
        pairs = _findings(o.result)
        if not pairs:
            clean.append(o.path)
            continue
        by_rule.update((e.rule, applied) for e, applied in pairs)
        articles.append(_article(len(articles), o.path, o.result, pairs, findings))
        paths.append(_key(o.path))
    counts = {
        "files": len(outcomes),
        "changed": len(articles),
        "edits": sum(n for (_, applied), n in by_rule.items() if applied),
        "suggestions": sum(n for (_, applied), n in by_rule.items() if not applied),
    }
    data = {
        "findings": findings,
        "files": paths,
        "rules": {r: rule_names.get(r, "") for r, _ in by_rule},
        # Names this set of findings, so that decisions kept by the browser for one report never
        # attach to another's findings of the same number.
        "digest": hashlib.sha1(
            "\n".join(f"{paths[f['file']]}:{f['start']}:{f['rule']}" for f in findings).encode()
        ).hexdigest(),
    }
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = _asset("review.html")
    replacements = {
        "{{title}}": html.escape(title),
        "{{style}}": _asset("review.css"),
        "{{script}}": _asset("review.js"),
        "{{meta}}": html.escape(f"{generated}" + (f" · {command}" if command else "")),
        "{{stats}}": _stats(counts),
        "{{chart}}": _chart(by_rule, rule_names),
        "{{rule_chips}}": _chips(by_rule, rule_names),
        "{{articles}}": "\n".join(articles) or '<p class="empty">Nothing to review: every file is clean.</p>',
        "{{clean}}": _clean(clean, problems),
        # "</script" or "<!--" in a text could end the script element early: JSON spells "<" as "\u003c".
        "{{data}}": json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c"),
    }
    return re.sub(r"\{\{\w+\}\}", lambda m: replacements[m[0]], page)


def _findings(result: Result) -> list[tuple[Edit, bool]]:
    items = [(e, True) for e in result.edits] + [(e, False) for e in result.suggestions]
    items.sort(key=lambda t: (t[0].start, t[0].end, not t[1]))
    return items


def _stats(counts: Mapping[str, int]) -> str:
    labels = (
        ("files", "files read"),
        ("changed", "with findings"),
        ("edits", "edits applied"),
        ("suggestions", "suggestions"),
    )
    return "".join(
        f'<div class="stat stat-{key}"><b>{counts[key]:,}</b><span>{label}</span></div>' for key, label in labels
    )


#: Geometry of the summary chart (SVG user units; the chart scales to its box):
#: the wide chart names each rule, the narrow one (phones) shows codes only.
WIDE = {"width": 640, "label": 270, "name": 31}
NARROW = {"width": 360, "label": 62, "name": 0}
CHART_ROW = 26
CHART_COUNT = 64


def _chart(by_rule: Counter[tuple[str, bool]], rule_names: Mapping[str, str]) -> str:
    return _svg(by_rule, rule_names, WIDE, "chart wide") + _svg(by_rule, rule_names, NARROW, "chart narrow")


def _svg(
    by_rule: Counter[tuple[str, bool]], rule_names: Mapping[str, str], geometry: Mapping[str, int], cls: str
) -> str:
    """Edits and suggestions per rule as horizontal stacked bars, most frequent first."""
    rules = sorted({r for r, _ in by_rule}, key=lambda r: (-(by_rule[r, True] + by_rule[r, False]), r))
    if not rules:
        return ""
    width, label = geometry["width"], geometry["label"]
    top = max(by_rule[r, True] + by_rule[r, False] for r in rules)
    span = width - label - CHART_COUNT
    rows = []
    for n, rule in enumerate(rules):
        y = n * CHART_ROW
        applied, suggested = by_rule[rule, True], by_rule[rule, False]
        w1 = span * applied / top
        w2 = span * suggested / top
        name = html.escape(_short(rule_names.get(rule, ""), geometry["name"])) if geometry["name"] else ""
        tip = html.escape(f"{rule} {rule_names.get(rule, '')}: {applied} applied, {suggested} suggested")
        rows.append(
            f'<g class="row" data-rule="{rule}" transform="translate(0,{y})"><title>{tip}</title>'
            f'<text class="code" x="0" y="17">{rule}</text>'
            + (f'<text class="name" x="58" y="17">{name}</text>' if name else "")
            + f'<rect class="bg" x="{label}" y="5" width="{span}" height="16" rx="3"/>'
            f'<rect class="applied" x="{label}" y="5" width="{w1:.1f}" height="16" rx="3"/>'
            f'<rect class="suggested" x="{label + w1:.1f}" y="5" width="{w2:.1f}" height="16" rx="3"/>'
            f'<text class="count" x="{width - 4}" y="17" text-anchor="end">{applied}'
            + (f" + {suggested}?" if suggested else "")
            + "</text></g>"
        )
    height = len(rules) * CHART_ROW + 4
    return (
        f'<svg class="{cls}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Findings per rule" preserveAspectRatio="xMinYMin meet">{"".join(rows)}</svg>'
    )


def _short(text: str, width: int) -> str:
    text = text.split(" (")[0]
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _chips(by_rule: Counter[tuple[str, bool]], rule_names: Mapping[str, str]) -> str:
    rules = sorted({r for r, _ in by_rule})
    return "".join(
        f'<button type="button" class="chip" data-rule="{r}" aria-pressed="true" '
        f'title="{html.escape(rule_names.get(r, ""))}">{r}'
        f"<small>{by_rule[r, True] + by_rule[r, False]}</small></button>"
        for r in rules
    )


def _clean(clean: Sequence[str], problems: Sequence[str]) -> str:
    out = []
    if clean:
        names = "".join(f"<li>{html.escape(p)}</li>" for p in clean)
        out.append(f'<details class="clean"><summary>{len(clean):,} clean file(s)</summary><ul>{names}</ul></details>')
    if problems:
        names = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        summary = f"{len(problems):,} file(s) not read"
        out.append(f'<details class="clean" open><summary>{summary}</summary><ul>{names}</ul></details>')
    return "".join(out)


# -- one file ------------------------------------------------------------------


def blocks(text: str, pairs: Sequence[tuple[Edit, bool]]) -> list[Block]:
    """The paragraphs of ``text`` that hold findings, and the folded stretches between them, in order."""
    from ..spin.evidence import paragraph_spans

    starts = [a for a, _ in paragraph_spans(text)] or [0]
    starts[0] = 0
    bounds = [*starts, len(text)]
    out: list[Block] = []
    i = 0  # the next finding
    p = 0  # the next paragraph
    while p < len(bounds) - 1:
        a, b = bounds[p], bounds[p + 1]
        if i < len(pairs) and (pairs[i][0].start < b or pairs[i][0].start == len(text)):
            group = []
            while i < len(pairs) and (pairs[i][0].start < b or pairs[i][0].start == len(text)):
                e = pairs[i][0]
                while e.end > b and p < len(bounds) - 2:  # a finding across a paragraph break joins the two
                    p += 1
                    b = bounds[p + 1]
                group.append(pairs[i])
                i += 1
            out.append(Block(a, b, tuple(group)))
        else:
            if out and not out[-1].findings:
                out[-1] = Block(out[-1].start, b, ())
            else:
                out.append(Block(a, b, ()))
        p += 1
    return out


def _article(
    number: int,
    path: str,
    result: Result,
    pairs: Sequence[tuple[Edit, bool]],
    findings: list[dict[str, Any]],
) -> str:
    text = result.original
    lines = Lines(text)
    spin = _paragraph_spin(result)
    swaps = _swaps(result)
    evidence = _fingerprints(result)
    dpath = _key(path)
    parts = []
    edits = sum(applied for _, applied in pairs)
    for block in blocks(text, pairs):
        if not block.findings:
            n = text.count("\n", block.start, block.end)
            parts.append(f'<div class="gap">⋯ {max(n, 1):,} unchanged line{"s" if n != 1 else ""}</div>')
            continue
        score, why = _block_spin(spin, block)
        body = []
        pos = block.start
        for e, applied in block.findings:
            if e.start < pos:  # overlapping findings cannot happen within one list; between lists keep the first
                continue
            body.append(html.escape(text[pos : e.start]))
            fid = len(findings)
            line, col = lines.at(e.start)
            # The page's size grows with the findings (thousands when a tree changes quote style):
            # what is the same for a file or a rule is kept once, in "files" and "rules".
            item: dict[str, Any] = {
                "file": number,
                "kind": "edit" if applied else "suggestion",
                "rule": e.rule,
                "start": e.start,
                "end": e.end,
                "before": e.before,
                "after": e.after,
                "confidence": round(e.confidence, 3),
                "message": e.message,
                "line": line,
                "column": col,
                "left": text[max(0, e.start - CONTEXT_CHARS) : e.start],
                "right": text[e.end : e.end + CONTEXT_CHARS],
            }
            if not e.safe:
                item["safe"] = False
            if e.source:
                item["source"] = e.source
            if e.steps:
                item["steps"] = [s.rule for s in e.steps]
            extra = swaps.get((e.before.lower(), e.after.lower())) if e.rule.startswith(SPINNER_PREFIX) else None
            if extra:
                item["candidates"] = extra
            fingerprint = evidence.get(e.before) if e.rule.startswith(SPINNER_PREFIX) else None
            if fingerprint:
                item["evidence"] = fingerprint
            findings.append(item)
            body.append(_mark(fid, e, applied))
            pos = e.end
        body.append(html.escape(text[pos : block.end].rstrip("\r\n")))
        level = "none" if score is None else f"{score:.2f}"
        strip = (
            f'<div class="strip" style="--spin:{score or 0:.3f}" title="{html.escape(why)}">'
            f"<span>{level if score is not None else ''}</span></div>"
        )
        line = lines.at(block.start)[0]
        parts.append(
            f'<div class="para" data-line="{line}">{strip}<div class="ln">{line}</div>'
            f'<p class="text">{"".join(body)}</p></div>'
        )
    doc_spin = result.signals.get("spin") or {}
    badge = ""
    doc_score = float(doc_spin.get("score") or 0)
    if doc_score > 0:
        badge = (
            f'<span class="spinbadge" style="--spin:{doc_score:.3f}" '
            f'title="document spin score: how likely the text went through an article spinner">'
            f"spin {doc_score:.2f}</span>"
        )
    count = f"{edits} edit{'s' if edits != 1 else ''}"
    if len(pairs) - edits:
        count += f" · {len(pairs) - edits} suggestion{'s' if len(pairs) - edits != 1 else ''}"
    return (
        f'<article class="file" id="file-{number}" data-path="{html.escape(dpath)}">'
        f'<header><h2 title="{html.escape(path)}">{html.escape(path)}</h2>'
        f'<span class="counts">{count}</span>{badge}</header>{"".join(parts)}</article>'
    )


def _shown(s: str) -> str:
    """``s`` for a mark: white space and invisible characters made visible when they are all there is."""
    if s and not s.strip():
        return "".join(_VISIBLE.get(c, c) for c in s)
    return _INVISIBLE_RE.sub(lambda m: f"⟨U+{ord(m[0]):04X}⟩", s)


def _mark(fid: int, e: Edit, applied: bool) -> str:
    kind = "ed" if applied else "sg"
    before = html.escape(_shown(e.before))
    after = html.escape(_shown(e.after))
    inner = (f"<del>{before}</del>" if e.before else "") + (f"<ins>{after}</ins>" if e.after else "")
    if not e.before and not e.after:
        inner = "<ins>∅</ins>"
    # tabindex and role are added by the script: thousands of marks, the same few attributes.
    where = f'data-rule="{e.rule}" data-start="{e.start}" data-end="{e.end}"'
    return f'<span class="f {kind}" data-id="{fid}" {where}>{inner}</span>'


# -- spin evidence ---------------------------------------------------------------


def _to_original(result: Result) -> Callable[[int], int]:
    """Map offsets in the text the spinner read (after encoding, quote and spacing edits) to the original."""
    early = [e for e in result.edits if not e.rule.startswith((SPINNER_PREFIX, "PRN", "GRM"))]
    deltas = [0, *accumulate(len(e.after) - (e.end - e.start) for e in early)]
    # Where each early edit's output ends in the spinner's text; sorted, as the edits are.
    out_ends = [e.end + deltas[k + 1] for k, e in enumerate(early)]

    def convert(offset: int) -> int:
        return max(0, offset - deltas[bisect.bisect_right(out_ends, offset)])

    return convert


def _paragraph_spin(result: Result) -> list[tuple[int, float, str]]:
    """(original offset, level, explanation) for each paragraph the spinner judged."""
    convert = _to_original(result)
    out: list[tuple[int, float, str]] = []
    model = result.signals.get("spin_model") or []
    for para in model:
        out.append(
            (
                convert(int(para.get("start", 0))),
                float(para.get("posterior", 0)),
                f"paragraph spun posterior {float(para.get('posterior', 0)):.2f} "
                f"(language model, {para.get('positions', 0)} phrases weighed)",
            )
        )
    seen = {a for a, _, _ in out}
    for para in (result.signals.get("spin") or {}).get("paragraphs", []):
        start = convert(int(para.get("start", 0)))
        if start in seen:
            continue
        n = len(para.get("fingerprints", []))
        out.append(
            (
                start,
                float(para.get("score", 0)),
                f"paragraph spin score {float(para.get('score', 0)):.2f} ({n} spinner fingerprint{'s' * (n != 1)})",
            )
        )
    out.sort()
    return out


def _block_spin(spin: Sequence[tuple[int, float, str]], block: Block) -> tuple[float | None, str]:
    inside = [(level, why) for start, level, why in spin if block.start <= start < block.end]
    if not inside:
        return None, "no spin evidence in this paragraph"
    level, why = max(inside)
    return level, why


def _swaps(result: Result) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The language model's candidates for each swap it made, by (spun, original) text."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for para in result.signals.get("spin_model") or []:
        for swap in para.get("swaps", []):
            candidates = [
                {"original": c.get("original", ""), "log_odds": c.get("log_odds", 0), "source": c.get("source", "")}
                for c in swap.get("candidates", [])[:MAX_CANDIDATES]
            ]
            out[str(swap.get("spun", "")).lower(), str(swap.get("original", "")).lower()] = candidates
    return out


def _fingerprints(result: Result) -> dict[str, dict[str, Any]]:
    """The lexicon fingerprint behind each spinner phrase, with its paragraph's score, by spun text."""
    out: dict[str, dict[str, Any]] = {}
    for para in (result.signals.get("spin") or {}).get("paragraphs", []):
        for f in para.get("fingerprints", []):
            if isinstance(f, dict) and f.get("text"):
                item = {"kind": f.get("kind", ""), "paragraph_score": para.get("score", 0)}
                if "weight" in f:
                    item["weight"] = f["weight"]
                out.setdefault(str(f["text"]), item)
    return out


def write_report(outcomes: Iterable[Outcome], rule_names: Mapping[str, str], command: str) -> str:
    """Convenience for front ends: render with the usual title."""
    outcomes = list(outcomes)
    title = f"textrepair review · {len(outcomes)} file{'s' if len(outcomes) != 1 else ''}"
    return render(outcomes, rule_names, title=title, command=command)
