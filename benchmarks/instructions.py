"""Instructions per page, counted by valgrind: referat against raw pypdfium2, machine-independent.

Times on a shared machine drift by half from minute to minute; instruction counts do not
(hash randomisation is fixed). Use this to compare two versions of the code, and to see
whether work per page grows with a meeting's size. Each count is that of one parse after a
first one (warm per-text caches, as in `make bench`), taken as the difference between a run
with the parse and one without, so that start-up does not count.

    python benchmarks/instructions.py            # the 30- and 120-item meetings and the web page
    python benchmarks/instructions.py --items 30 240

Needs valgrind (Debian: `apt-get install valgrind`); says so and stops without it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
_PARSE = """
import sys
from referat_parser import parse_bytes
data = open(sys.argv[1], "rb").read()
for _ in range(1 + int(sys.argv[2])):
    parse_bytes(data, sys.argv[1])
"""
_RAW = f"""
import sys
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import bench
for _ in range(1 + int(sys.argv[2])):
    bench.raw_pdfium([Path(sys.argv[1])])
"""


def instructions(script: str, path: Path, runs: int) -> int:
    """Instructions valgrind counts for `script` over `path` with a first run and `runs` more."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", script, str(path), str(runs)], capture_output=True, text=True, env=env, check=True)
    found = _REFS.search(done.stderr)
    if not found:
        raise RuntimeError(f"no instruction count in valgrind's output for {path}")
    return int(found.group(1).replace(",", ""))


def per_run(script: str, path: Path) -> int:
    """Instructions of one more run: the count with one run after the first, less that with none."""
    return instructions(script, path, 1) - instructions(script, path, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="*", default=[30, 120], help="large meetings to count (items each)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind); no instruction counts.", file=sys.stderr)
        return 1
    print(f"{'document':28s} {'pages':>6s} {'raw M/page':>11s} {'referat M/page':>15s} {'ratio':>6s}")
    for items in args.items:
        path = bench.large_meeting(items)
        pages = bench.pdf_pages(path)
        raw, parse = per_run(_RAW, path) / pages / 1e6, per_run(_PARSE, path) / pages / 1e6
        print(f"{f'large meeting, {items} items':28s} {pages:6d} {raw:11.2f} {parse:15.2f} {raw / parse:6.2f}")
    page = bench.CACHE / "web-page-100kb.html"
    page.write_bytes(bench.web_page())
    print(f"{'web page, 100 KB':28s} {'':6s} {'':11s} {per_run(_PARSE, page) / 1e6:15.2f}  (M per parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
