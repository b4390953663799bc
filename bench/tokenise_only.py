"""The floor vnie is measured against: underthesea alone over the same files, in its own process.

Reads every ``.txt`` file under FOLDER, splits it on line breaks, then runs underthesea's
``sent_tokenize`` and ``word_tokenize`` on each sentence, as vnie's segment stage does, and
writes nothing but a word count to stderr. Nothing of vnie is imported, so the start-up is
underthesea's own.

    python bench/tokenise_only.py FOLDER
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> int:
    from underthesea import sent_tokenize, word_tokenize

    words = 0
    for path in sorted(Path(folder).rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                for sentence in sent_tokenize(line):
                    words += len(word_tokenize(sentence))
    print(words, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
