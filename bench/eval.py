"""`make eval`: extract the shared gold sets and score each with ../shared/eval/score.py.

    python bench/eval.py [SHARED] [--errors]

Scores, each on its own: the seed and dev articles (the set tests/eval_floors.json gates) and
dev2 (c*: meeting reports of other outlets, e*: general news, d1*: state bodies, kept unread while the rules were
written until stop 23; since then the odd ones, d101 … d119, are read and the even ones, d102 … d120, kept unread),
then both together. A set that is not there is left out; without SHARED at all this says so in one line and exits 2.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sets(shared: Path) -> list[tuple[str, list[Path], list[Path]]]:
    """(name, article folders, gold folders) of each set present."""
    found = []
    gated = [(shared / "seeds", shared / "gold"), (shared / "dev" / "articles", shared / "dev" / "gold")]
    gated = [(a, g) for a, g in gated if a.is_dir() and g.is_dir()]
    if gated:
        found.append(("seeds + dev", [a for a, _ in gated], [g for _, g in gated]))
    if (shared / "dev2" / "articles").is_dir() and (shared / "dev2" / "gold").is_dir():
        found.append(("dev2", [shared / "dev2" / "articles"], [shared / "dev2" / "gold"]))
    if len(found) > 1:
        found.append(("all", [a for _, arts, _ in found for a in arts], [g for _, _, golds in found for g in golds]))
    return found


def extract(folders: list[Path], out: Path) -> int:
    from vnie import extract as run
    from vnie.inputs.read import Reject, iter_inputs

    rejected = 0
    with open(out, "w", encoding="utf-8") as fh:
        for item in iter_inputs(folders):
            if isinstance(item, Reject):
                rejected += 1
                print(f"rejected: {item}", file=sys.stderr)
                continue
            fh.write(json.dumps(run(item).to_record(), ensure_ascii=False) + "\n")
    return rejected


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    shared = Path(args[0] if args else ROOT.parent / "shared")
    scorer = shared / "eval" / "score.py"
    present = sets(shared) if scorer.is_file() else []
    if not present:
        print(f"make eval: no gold articles to score: {shared} (with eval/score.py and seeds/, dev/, dev2/)"
              " is not beside the project")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name, articles, golds in present:
            pred = Path(tmp) / "pred.jsonl"
            rejected = extract(articles, pred)
            print(f"\n== {name}: {', '.join(str(a) for a in articles)}" + (f" ({rejected} rejected)" if rejected else ""),
                  flush=True)
            done = subprocess.run([sys.executable, str(scorer), *map(str, golds), str(pred),
                                   *(["--errors"] if "--errors" in argv else [])])
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
