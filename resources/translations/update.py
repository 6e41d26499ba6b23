"""Refresh the catalogs after changing ui/ strings: `python resources/translations/update.py`.

Runs lupdate over ui/ (keeping existing translations), then lrelease to the .qm files the app
loads. Translate new entries with Qt Linguist (`pyside6-linguist tamas_fa.ts`) and run it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CATALOGS = [HERE / "tamas_fa.ts", HERE / "tamas_ar.ts"]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> int:
    sources = sorted(str(p) for p in (REPO / "ui").rglob("*.py"))
    subprocess.run([tool("lupdate"), "-no-obsolete", *sources, "-ts", *map(str, CATALOGS)], check=True)
    subprocess.run([tool("lrelease"), *map(str, CATALOGS)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
