"""SPC: stray spaces before punctuation, doubled, odd and trailing spaces."""

from __future__ import annotations

import regex

from ..model import Edit
from ..normalizer import Document, Normalizer

# Horizontal spaces other than the ASCII space that carry no meaning in
# running English text. Narrow and thin spaces between digits group
# thousands and stay.
_ODD = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_RUN = regex.compile(rf"(?<=[^\s{_ODD}])[ {_ODD}]+(?=[^\s{_ODD}])")
_TRAILING = regex.compile(rf"[ \t{_ODD}]+(?=\r?\n|\r|\Z)")
_EMOTICON = regex.compile(r"[:;=]-?[)(DPpOo3/\\|\]\[*](?!\w)")


def _stray_before_punct(text: str, start: int, end: int) -> bool:
    """Is the space run text[start:end] stray before the punctuation at end?

    Not before an ellipsis ("that ... NATO"), a decimal (".5"), an emoticon,
    a ratio or time ("3 : 1"), a file extension (".com") or ":emoji:".
    """
    follow = text[end + 1 : end + 4]
    if follow[:1] == "." or follow[:1].isalnum() or follow[:1] == "_" or regex.match(r"\s\.\s?\.", follow):
        return False
    if _EMOTICON.match(text, end):
        return False
    return not (text[end] == ":" and text[start - 1].isdigit())


class FixSpacing(Normalizer):
    """Remove spaces before punctuation; fold doubled, odd and trailing spaces.

    ## What it does
    - SPC001: ``aimed for .`` → ``aimed for.`` (also ``,;:!?``), but not an
      ellipsis, decimal, emoticon, ratio or ``.com``.
    - SPC002: two or three spaces between words inside a sentence become one;
      spaces after a full stop and column alignment are left alone.
    - SPC003: no-break and other odd spaces between words become plain spaces.
    - SPC004: spaces and tabs at the end of a line are removed, except two or
      more after text before a non-blank line (a Markdown hard break).
    Indentation is never changed.

    ## Why
    Machine translation, OCR and copy-paste leave these; they break
    word matching and look careless.

    ## Example
    >>> from textrepair import repair
    >>> repair("aimed  for .", select=["SPC"]).text
    'aimed for.'
    """

    name = "spacing"
    code = "SPC"
    rules = {
        "SPC001": "space before punctuation",
        "SPC002": "doubled space inside a sentence",
        "SPC003": "no-break or odd space between words",
        "SPC004": "trailing whitespace",
    }

    def find(self, text: str, doc: Document) -> list[Edit]:
        edits: list[Edit] = []
        aligned = _aligned_lines(text)
        for m in _RUN.finditer(text):
            start, end = m.span()
            run = m[0]
            nxt = text[end]
            if nxt in ",.;:!?" and _stray_before_punct(text, start, end):
                edits.append(self.edit(text, start, end, "", "SPC001", f"space before {nxt!r}"))
                continue
            if run == " ":
                continue
            if set(run) == {" "}:
                if len(run) > 3 or _line_of(text, start) in aligned or _after_sentence(text, start):
                    continue
                edits.append(self.edit(text, start, end, " ", "SPC002", "doubled space"))
            elif "\u202f" in run or "\u2009" in run:
                if not (text[start - 1].isdigit() and nxt.isdigit()):
                    edits.append(self.edit(text, start, end, " ", "SPC003", "odd space"))
            else:
                edits.append(self.edit(text, start, end, " ", "SPC003", "no-break or odd space"))
        edits.extend(self._trailing(text))
        edits.sort(key=lambda e: e.start)
        return edits

    def _trailing(self, text: str) -> list[Edit]:
        out = []
        for m in _TRAILING.finditer(text):
            start, end = m.span()
            line_start = text.rfind("\n", 0, start) + 1
            has_text = text[line_start:start].strip() != ""
            if has_text and m[0].startswith("  ") and set(m[0]) == {" "} and _next_line_has_text(text, end):
                continue  # Markdown hard break
            out.append(self.edit(text, start, end, "", "SPC004", "trailing whitespace"))
        return out


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def _aligned_lines(text: str) -> set[int]:
    """Lines with two or more runs of spaces: columns, not typos."""
    out = set()
    if "  " not in text:
        return out
    for n, line in enumerate(text.split("\n")):
        if len(regex.findall(r"\S {2,}(?=\S)", line)) >= 2:
            out.add(n)
    return out


def _after_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip("\"')]\u201d\u2019")
    return before.endswith((".", "!", "?", ":"))


def _next_line_has_text(text: str, end: int) -> bool:
    nl = text.find("\n", end)
    if nl == -1:
        return False
    nxt = text.find("\n", nl + 1)
    return text[nl + 1 : nxt if nxt != -1 else len(text)].strip() != ""
