"""Write decks/sources/guide-runs.txt from a copy of the NetSmartz guide (see its README).

Usage: python tests/make_guide_runs.py path/to/sextortion-what-parents-should-know.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sources import digest, runs_of_eight

OUT = Path(__file__).resolve().parents[1] / "decks" / "sources" / "guide-runs.txt"


def main(guide: Path) -> None:
    text = re.sub(r"<!--.*?-->", "", guide.read_text(encoding="utf-8"), flags=re.DOTALL)
    prose = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    lines = sorted({digest(run) for run in runs_of_eight(prose)})
    OUT.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} runs to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
