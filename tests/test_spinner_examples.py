"""The engine against the shipped spinner lexicons: each example repairs as written, no restoration is itself spun."""

from __future__ import annotations

import pytest

from textrepair import Options, repair
from textrepair.lexicon import lexicon_root
from textrepair.normalizers.spinner import matcher_for
from textrepair.spin.lexicon import Entry, read_file, shipped_files

FILES = shipped_files(lexicon_root())
ENTRIES: list[Entry] = [e for path in FILES for e in read_file(path)]
EXAMPLES = [e for e in ENTRIES if e.example]


def test_shipped_lexicons_exist() -> None:
    assert FILES, "no lexicons/spinner/*.tsv found"
    assert len(ENTRIES) > 50


@pytest.mark.parametrize("entry", EXAMPLES, ids=lambda e: e.source)
def test_example_repairs_as_written(entry: Entry) -> None:
    spun, sep, want = entry.example.partition(" => ")
    assert sep, f"{entry.source}: example must read 'spun sentence => repaired sentence'"
    # The example documents its entry alone: SPN005 would also weigh the sentence's other words.
    assert repair(spun, select=["SPN"], spinner_evidence=1.0, spinner_context="off").text == want


def test_no_restoration_is_itself_spun() -> None:
    """A restoration that contains another entry's spun phrase would change again on a second run."""
    matcher = matcher_for(Options())
    chained = [
        f"{e.source}: {e.original!r} contains {m.form.key!r} ({m.form.entry.source})"
        for e in ENTRIES
        if e.kind != "report"
        for m in matcher.find(e.original)
        if m.form.entry.kind != "report"
    ]
    assert not chained, "\n".join(chained[:20])
