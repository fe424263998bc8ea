"""``textrepair batch --review FILE``: the HTML review report of a sample of a corpus's records.

A corpus is too big to read whole; a uniform sample of its records (the
same sample on every run, so that two reports compare) shows what the batch
did. Each record appears as ``INPUT:LINE``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from ..report import Outcome

#: Seed of the sample: the same records on every run over the same input.
SAMPLE_SEED = 0


def sample_lines(stream: IO[str], size: int, seed: int = SAMPLE_SEED) -> list[tuple[int, str]]:
    """A uniform sample of ``size`` (line number, line) pairs in one pass (reservoir sampling), in line order.

    >>> import io
    >>> [n for n, _ in sample_lines(io.StringIO("a\\nb\\nc\\n"), 5)]
    [1, 2, 3]
    """
    rng = random.Random(seed)
    kept: list[tuple[int, str]] = []
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        if len(kept) < size:
            kept.append((n, line))
        else:
            k = rng.randrange(n)
            if k < size:
                kept[k] = (n, line)
    return sorted(kept)


def review_sample(args: argparse.Namespace, flags: Mapping[str, Any], rule_names: Mapping[str, str]) -> None:
    """Write ``args.review``: the report of ``args.review_sample`` records of ``args.input``."""
    from ..batch import batch_settings, repair_one
    from ..config import load
    from ..errors import UsageError
    from ..process import settings_for
    from .html import render

    source = Path(args.input)
    if args.input == "-" or not source.name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        raise UsageError("--review reads a JSON Lines file (.jsonl, .jsonl.gz), not standard input")
    explicit = load(args.config) if args.config else None
    settings = batch_settings(settings_for(source.absolute(), dict(flags), explicit))
    opener = gzip.open if source.name.endswith(".gz") else open
    with opener(source, "rt", encoding="utf-8") as stream:
        picked = sample_lines(stream, max(1, args.review_sample))
    outcomes = []
    for n, line in picked:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        text = record.get(args.field) if isinstance(record, dict) else None
        if isinstance(text, str):
            outcomes.append(Outcome(f"{args.input}:{n}", result=repair_one(text, settings)))
    title = f"textrepair review · {len(outcomes)} sampled record{'s' if len(outcomes) != 1 else ''} of {args.input}"
    page = render(outcomes, rule_names, title=title, command=f"textrepair batch {args.input} --review {args.review}")
    try:
        Path(args.review).write_text(page, "utf-8")
    except OSError as exc:
        raise UsageError(f"{args.review}: cannot write the report: {exc.strerror or exc}") from None
