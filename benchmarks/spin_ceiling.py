"""How far spinner repair could go with the swap channel it has: the ceiling of a perfect decision.

For every spun passage of ``shared/eval/spun-dev.jsonl`` this aligns the
spun words with the original's (the scorer's tokens and alignment) and keeps
a swap only where the channel lists the original among its candidates for the
spun word or phrase, at any rank (whole replaced spans, and word by word
where a span replaces as many words as it has). The repaired text is then
scored like a system's output. No decision rule, language model or threshold
is involved, so the figure is what a perfect one could reach: recall beyond
it needs a broader channel, not a better model.

    python benchmarks/spin_ceiling.py [--misses N]

``--misses N`` prints the N most frequent swaps the channel does not hold.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
from typing import Any

from spin_real import SHARED, _scorer  # the same scorer, loaded the same way

from textrepair.model import Options
from textrepair.normalizers.spinner import _context_model


class Oracle:
    """Undo exactly the gold swaps whose original the channel proposes."""

    def __init__(self, scorer: Any) -> None:
        model = _context_model(Options())
        if model is None:
            raise SystemExit("spin_ceiling: no language model installed, so no channel is built")
        self.channel = model.channel
        self.scorer = scorer
        self.missed: collections.Counter[tuple[str, str]] = collections.Counter()

    def knows(self, spun: str, original: str) -> bool:
        return bool(spun and original) and original in {c.original for c in self.channel.candidates(spun)}

    def knows_around(self, spun: list[str], gold: list[str], span: tuple[int, int, int, int]) -> bool:
        """Does the channel hold the swap, alone or with the unchanged word before or after it?

        Listed phrases are often wider than the words a spinner changed:
        "within the" -> "in the" repairs the aligned "within" -> "in".
        """
        i1, i2, j1, j2 = span
        s, o = " ".join(spun[i1:i2]).lower(), " ".join(gold[j1:j2]).lower()
        if self.knows(s, o):
            return True
        if i2 < len(spun) and j2 < len(gold) and spun[i2].lower() == gold[j2].lower():
            after = spun[i2].lower()
            if self.knows(f"{s} {after}".strip(), f"{o} {after}".strip()):
                return True
        if i1 > 0 and j1 > 0 and spun[i1 - 1].lower() == gold[j1 - 1].lower():
            before = spun[i1 - 1].lower()
            return self.knows(f"{before} {s}".strip(), f"{before} {o}".strip())
        return False

    def repair(self, record: dict[str, Any]) -> str:
        spun, gold = self.scorer.tokens(record["input"]), self.scorer.tokens(record["gold"])
        matcher = difflib.SequenceMatcher(a=[t.lower() for t in spun], b=[t.lower() for t in gold], autojunk=False)
        out: list[str] = []
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                out += spun[i1:i2]
                continue
            if self.knows_around(spun, gold, (i1, i2, j1, j2)):
                out += gold[j1:j2]
            elif op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    known = self.knows_around(spun, gold, (i1 + k, i1 + k + 1, j1 + k, j1 + k + 1))
                    out.append(gold[j1 + k] if known else spun[i1 + k])
                    if not known:
                        self.missed[(spun[i1 + k].lower(), gold[j1 + k].lower())] += 1
            else:
                out += spun[i1:i2]
                self.missed[(" ".join(spun[i1:i2]).lower(), " ".join(gold[j1:j2]).lower())] += 1
        return " ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", type=int, default=0, help="print the N most frequent swaps the channel lacks")
    args = ap.parse_args()
    scorer = _scorer()
    records = [json.loads(line) for line in (SHARED / "eval" / "spun-dev.jsonl").open(encoding="utf-8")]
    oracle = Oracle(scorer)
    families: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in records:
        families[r["family"]].append(r)
    print(f"{'family':24s} {'items':>5s} {'ceiling ERR':>11s}")
    for name, group in [("all", records), *sorted(families.items())]:
        result = scorer.score(group, [oracle.repair(r) for r in group])
        print(f"{name:24s} {len(group):5d} {result['ERR']:11.3f}")
    if args.misses:
        print("\nswaps the channel does not hold (spun <- original):")
        for (s, o), n in oracle.missed.most_common(args.misses):
            print(f"  {n:3d}  {s!r} <- {o!r}")


if __name__ == "__main__":
    main()
