"""Leaked spintax: ``{quick|fast|rapid}`` left in text by a spinner that failed to expand it.

Also a group that lost its bars: ``revealed {that a} galaxy``. Spinners that
write spintax around grammatical words leave these one-option groups in
prose; templates and placeholders name things instead (``{project name}``,
``{user}``), so a one-option group counts only when every word in it is a
function word.

Example
    >>> [s.first for s in find_spintax("It {is|was} {quick|fast}.")]
    ['is', 'quick']
    >>> [s.first for s in find_spintax("have revealed {that a} galaxy")]
    ['that a']
    >>> find_spintax("run {project name} then {that a}{user}")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import FUNCTION_WORDS

_BRACE = re.compile(r"[{}]")
_PLAIN_OPTION = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ -]){1,60}|[aAI]")
_CODE_HINTS = ("=", ";", "()", "=>", "::", "</", "/>", "%}", "{{", "}}", "\\", "$", "`")
#: A spinner's choice offers at least two options.
MIN_OPTIONS = 2
#: Options longer than this many words are prose in braces, not a spinner's alternatives.
MAX_OPTION_WORDS = 6
#: A one-option group: two to :data:`MAX_LEAK_WORDS` lowercase words (one word in
#: braces is a placeholder's shape: ``{name}``, ``{0}``).
MAX_LEAK_WORDS = 4
_ONE_OPTION = re.compile(r"\{([a-z]+(?: [a-z]+){1," + str(MAX_LEAK_WORDS - 1) + r"})\}")
#: Groups nested deeper than this are left alone (no spinner nests so deep);
#: it bounds the work of resolving a group to a constant times its length.
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Spintax:
    start: int
    end: int
    first: str  # the text with every group resolved to its first option
    clear: bool  # in a line of prose, not next to code or template syntax


def _groups(line: str) -> list[tuple[int, int]]:
    """Outermost balanced brace groups of one line, as ``(start, end)``, left to right.

    A ``{`` whose group does not close on the line is skipped and the groups
    inside it count, as a left-to-right search for balanced groups finds them;
    one pass with a stack of open braces, so runs of braces cost linear time.
    """
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for m in _BRACE.finditer(line):
        i = m.start()
        if line[i] == "{":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i + 1))
    pairs.sort()
    out: list[tuple[int, int]] = []
    reach = 0
    for start, end in pairs:
        if start >= reach:  # not inside the last group taken
            out.append((start, end))
            reach = end
    return out


def _resolve(group: str) -> tuple[str, bool]:
    """First option of every (nested) group, and whether every group looked like spintax.

    ``group`` is balanced. Groups are resolved innermost first; a group nested
    deeper than :data:`MAX_DEPTH` or one that does not look like spintax ends
    the work early, with ``False``.
    """
    stack: list[list[str]] = [[]]  # resolved text of each open group, outermost first
    pos = 0
    for m in _BRACE.finditer(group):
        i = m.start()
        stack[-1].append(group[pos:i])
        pos = i + 1
        if group[i] == "{":
            if len(stack) > MAX_DEPTH:
                return group, False
            stack.append([])
            continue
        options = "".join(stack.pop()).split("|")
        if len(options) < MIN_OPTIONS or not all(
            _PLAIN_OPTION.fullmatch(o.strip()) and len(o.split()) <= MAX_OPTION_WORDS for o in options
        ):
            return group, False
        stack[-1].append(options[0])
    stack[-1].append(group[pos:])
    return "".join(stack[0]), True


def _prose_around(line: str, start: int, end: int, hinted: bool) -> bool:
    """Does the group ``line[start:end]`` sit in a line of prose rather than code or a template?

    ``hinted``: whether the line holds any of the code hints.
    """
    if start > 0 and (line[start - 1].isalnum() or line[start - 1] in "$%#{_\\"):
        return False
    if end < len(line) and (line[end].isalnum() or line[end] in "}_"):
        return False
    return not hinted


def _one_option_leaks(line: str, offset: int) -> list[Spintax]:
    """Groups without a bar whose words are all function words, between words of prose."""
    out = []
    for m in _ONE_OPTION.finditer(line):
        words = m.group(1).split(" ")
        if not all(w in FUNCTION_WORDS for w in words):
            continue
        start, end = m.span()
        # Only between two words with a space each side ("revealed {that a} well-known"):
        # anything else may be a format string, a set or code.
        before, after = line[max(0, start - 2) : start], line[end : end + 2]
        if not (before[:1].isalpha() and before[1:] == " " and after[:1] == " " and after[1:].isalnum()):
            continue
        out.append(Spintax(offset + start, offset + end, m.group(1), not any(h in line for h in _CODE_HINTS)))
    return out


def find_spintax(text: str) -> list[Spintax]:
    """Spintax groups in ``text``: groups with a bar, and one-option leaks (see the module docstring).

    A group is a balanced pair of braces on one line (nesting allowed).
    """
    if "{" not in text:
        return []
    out = []
    offset = 0
    for line in text.split("\n"):
        if "{" in line and "}" in line and "|" not in line:
            out.extend(_one_option_leaks(line, offset))
        elif "{" in line and "|" in line and "}" in line:
            hinted: bool | None = None
            for start, end in _groups(line):
                group = line[start:end]
                if "|" not in group:
                    continue
                first, plain = _resolve(group)
                if not plain:
                    continue  # math, code or templates: not spintax
                if hinted is None:
                    hinted = any(h in line for h in _CODE_HINTS)
                clear = _prose_around(line, start, end, hinted)
                out.append(Spintax(offset + start, offset + end, first.strip(), clear))
        offset += len(line) + 1
    return out
