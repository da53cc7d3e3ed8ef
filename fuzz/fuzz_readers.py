#!/usr/bin/env python3
"""Coverage-guided fuzzing of the readers and the pipeline (atheris, libFuzzer options).

    make fuzz                                   # 60 s, corpus seeded from samples/ and tests/bad_inputs/
    python fuzz/fuzz_readers.py -max_total_time=600 fuzz/corpus

Any exception other than ReferatError is a bug: libFuzzer stops and writes the input to
fuzz/crashes/. atheris is a development tool (`pip install atheris`), not a dependency.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from referat_parser.errors import ReferatError
    from referat_parser.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
NAMES = ("x.pdf", "x.docx", "x.txt", "x.md", "x.html", "x.json", "-")
MAX_INPUT = 200_000


def seed_corpus() -> None:
    """Small real inputs to start from: the samples and the bad-input catalogue."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    for folder in (ROOT / "samples", ROOT / "tests" / "bad_inputs"):
        for path in folder.iterdir():
            if path.is_file() and path.stat().st_size <= MAX_INPUT and not (CORPUS / path.name).exists():
                shutil.copy(path, CORPUS / path.name)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    try:
        parse_bytes(data[1:], name)
    except ReferatError:
        pass


def main() -> None:
    seed_corpus()
    (ROOT / "fuzz" / "crashes").mkdir(exist_ok=True)
    args = list(sys.argv)
    if not any(a.startswith("-artifact_prefix") for a in args):
        args.append(f"-artifact_prefix={ROOT / 'fuzz' / 'crashes'}/")
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(str(CORPUS))
    args.append(f"-max_len={MAX_INPUT}")
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
