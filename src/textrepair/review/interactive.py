"""``textrepair fix --interactive``: decide on each suggestion at a prompt, like ``git add -p``.

For every suggestion (and, with ``--review-edits``, every edit) the prompt
shows where it is, its rule, confidence and source, and the line with the
change marked; one key decides it:

====  ==========================================================
y     accept (apply the suggestion; keep the edit)
n     reject (leave the text; the finding is not reported again)
s     skip: decide later (a suggestion stays a suggestion)
a     accept this one and every later finding of the same rule
d     done with this file: leave its remaining findings undecided
q     quit: write what was decided so far; later files stay as they are
?     help
====  ==========================================================

Each file is written atomically once its findings are decided. With
``--decisions FILE`` the decisions already in FILE are applied without
asking, and the new ones are merged into it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..decisions import ACCEPT, REJECT, Decision, Verdicts, apply, match, save, write_outcome
from ..model import Edit
from ..report import Lines, Outcome

#: Characters of the line shown on each side of the change: a long paragraph
#: is one line in many files, and the prompt must fit a terminal.
WINDOW = 70
KEYS = "y,n,s,a,d,q,?"
HELP = """y - accept: apply this suggestion (keep this edit)
n - reject: leave the text as it is; the finding is not reported again
s - skip: decide later
a - accept this and every later finding of the same rule
d - done with this file: leave its remaining findings undecided
q - quit: write what was decided so far; later files stay as they are
? - print this help"""
_RED, _GREEN, _BOLD, _DIM, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[2m", "\x1b[0m"


class _Quit(Exception):
    """The person asked to stop."""


def review(
    outcomes: Sequence[Outcome],
    known: Sequence[Decision],
    decisions_path: Path | None,
    *,
    review_edits: bool = False,
    colour: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> list[Outcome]:
    """Ask about each undecided finding, write each file as decided; return the outcomes."""
    ask = _Prompt(stdin or sys.stdin, stdout or sys.stdout, colour)
    made: list[Decision] = []
    accept_rules: set[str] = set()
    done: list[Outcome] = []
    stopped = False
    for o in outcomes:
        if o.result is None or stopped:
            done.append(o)
            continue
        result = o.result
        prior = match(o.path, result, known)
        edits, suggestions = dict(prior.edits), dict(prior.suggestions)
        queue: list[tuple[dict[int, str], int, Edit, bool]] = [
            (suggestions, i, e, False) for i, e in enumerate(result.suggestions) if i not in suggestions
        ]
        if review_edits:
            queue += [(edits, i, e, True) for i, e in enumerate(result.edits) if i not in edits]
        queue.sort(key=lambda item: (item[2].start, item[2].end))
        lines = Lines(result.original)
        for n, (table, i, e, applied) in enumerate(queue, 1):
            if e.rule in accept_rules:
                verdict: str | None = ACCEPT
            else:
                try:
                    verdict = ask.decide(o.path, result.original, lines, e, applied, n, len(queue))
                except _Quit:
                    stopped = True
                    break
                if verdict == "d":
                    break
                if verdict == "a":
                    accept_rules.add(e.rule)
                    verdict = ACCEPT
            if verdict is not None:
                table[i] = verdict
                made.append(Decision.of(o.path, result.original, e, verdict))
        done.append(write_outcome(o.path, apply(result, Verdicts(edits, suggestions))))
    if decisions_path is not None and made:
        save(decisions_path, made)
    return done


class _Prompt:
    def __init__(self, stdin: TextIO, stdout: TextIO, colour: bool) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.colour = colour

    def _c(self, style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if self.colour else text

    def show(self, path: str, text: str, lines: Lines, e: Edit, applied: bool, n: int, total: int) -> None:
        line, col = lines.at(e.start)
        start = e.start - col + 1  # where the line starts
        stop = text.find("\n", e.end)
        stop = len(text) if stop == -1 else stop
        left = text[max(start, e.start - WINDOW) : e.start]
        right = text[e.end : min(stop, e.end + WINDOW)]
        if e.start - WINDOW > start:
            left = "…" + left
        if e.end + WINDOW < stop:
            right += "…"
        kind = "edit" if applied else "suggestion"
        conf = f"confidence {e.confidence:.2f}"
        source = f"  source {e.source}" if e.source else ""
        out = self.stdout
        out.write(f"\n{self._c(_BOLD, f'{path}:{line}:{col}')}  {self._c(_BOLD, e.rule)}  {conf}{source}")
        out.write(self._c(_DIM, f"  [{kind} {n} of {total}]") + "\n")
        out.write(f"  {e.message}\n")
        change = self._c(_RED, f"[-{e.before}-]") + self._c(_GREEN, f"{{+{e.after}+}}")
        out.write(f"  {line} | {left}{change}{right}\n".replace("\r", ""))

    def decide(self, path: str, text: str, lines: Lines, e: Edit, applied: bool, n: int, total: int) -> str | None:
        """ACCEPT, REJECT, None (skip), ``"a"`` (accept the rule) or ``"d"`` (done with the file)."""
        self.show(path, text, lines, e, applied, n, total)
        question = "Keep this edit" if applied else "Apply this suggestion"
        while True:
            self.stdout.write(f"{question} [{KEYS}]? ")
            self.stdout.flush()
            try:
                answer = self.stdin.readline()
            except KeyboardInterrupt:
                raise _Quit from None
            if not answer:  # end of input: as q
                self.stdout.write("\n")
                raise _Quit
            key = answer.strip().lower()[:1]
            if key == "y":
                return ACCEPT
            if key == "n":
                return REJECT
            if key == "s":
                return None
            if key in ("a", "d"):
                return key
            if key == "q":
                raise _Quit
            self.stdout.write(HELP + "\n")
