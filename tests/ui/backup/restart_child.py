"""The app, started as a user does (ui.application.run), asked to restore a backup from its window:
it quits, swaps the file with no connection open, and starts again on the restored database.

    python tests/ui/backup/restart_child.py DATABASE BACKUP

Prints `second start: N customers` from the window of the second start, then quits.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui.application as application  # noqa: E402
from app.services.customer_lists import has_customers  # noqa: E402
from ui.backup.restart import restore_after_quit  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

START_MS = 2500


def main() -> int:
    database, backup = sys.argv[1], Path(sys.argv[2])
    starts = []
    first_run = application.run

    def shown_window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def act() -> None:
        window = shown_window()
        starts.append(window)
        if len(starts) == 1:
            restore_after_quit(backup, window)  # Settings → Backups… → Restore… → "Restore and restart"
        else:
            import sqlite3

            with sqlite3.connect(database) as connection:
                people = connection.execute("SELECT count(*) FROM customers").fetchone()[0]
            print(f"second start: {people} customers, has customers {has_customers(window.db)}", flush=True)
            window.quit()

    def run_again(*args: object, **kwargs: object) -> int:
        QTimer.singleShot(START_MS, act)
        return first_run(*args, **kwargs)  # type: ignore[arg-type]

    application.create_application()  # the timer below needs the application's event loop
    application.run = run_again  # the restart after the restore goes through here too
    return run_again(database, None)


if __name__ == "__main__":
    sys.exit(main())
