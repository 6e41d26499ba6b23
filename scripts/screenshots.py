"""Render every main screen in English, Persian and Arabic at 1366×768 into resources/screenshots/.

    python scripts/screenshots.py [--db demo.db]

Without --db a small demo database is generated in a temporary folder (same seed, same pictures).
Settings are kept in a temporary folder too, so your own language and sources are not touched.
The README shows these files; run this after changing a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "resources" / "screenshots"
SIZE = (1366, 768)
LANGUAGES = ("en", "fa", "ar")


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database to show (default: a fresh small demo)")
    parser.add_argument("--out", default=str(OUT), help="folder for the PNG files")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="tamas-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # QSettings on Linux: keep the user's own untouched
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from app.db import open_database
    from ui.application import Shell, create_application
    from ui.settings import Settings
    from ui.tasks import wait_for_all

    database = args.db
    if database is None:
        import main as cli

        database = str(scratch / "demo.db")
        cli.main(["--db", database, "demo", "--customers", "3000", "--days", "120", "--seed", "7"])
    app = create_application()
    db = open_database(database)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    names: dict[int, str] = {}
    for language in LANGUAGES:
        settings.set_value("language", language)
        shell = Shell(app, db, settings, "owner")  # the demo's owner account (app/auth/demo_accounts.py)
        window = shell.show()
        window.resize(*SIZE)
        tabs = window.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(app, QEventLoop, QTimer, wait_for_all)
            QCoreApplication.processEvents()
            # English runs first: English file names, without live counts such as "Tickets (7 open)"
            name = names.setdefault(index, _slug(tabs.tabText(index).split(" (")[0]))
            path = out / f"{language}-{index + 1:02d}-{name}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        shell.bridge.stop_all()
    wait_for_all()
    db.dispose()
    return 0


def _settle(app: object, loop_type: type, timer_type: type, wait_for_all: object) -> None:
    """Let workers finish and their results paint (lists, charts)."""
    for _ in range(3):
        wait_for_all()  # type: ignore[operator]
        loop = loop_type()
        timer_type.singleShot(300, loop.quit)
        loop.exec()


if __name__ == "__main__":
    sys.exit(main())
