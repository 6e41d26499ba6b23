"""A headless seat for the crash test: the app's modem path (pyserial on a pty, the modem parser, the
`incoming.ring` service) saving every ring, and printing `ACK <number>` once its row is committed.

    python tests/crash/cid_child.py DATABASE TTY
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.db import open_database  # noqa: E402
from app.services import incoming  # noqa: E402
from hardware.serial_source import SerialModemSource  # noqa: E402


def main() -> None:
    db = open_database(sys.argv[1])

    def on_event(event) -> None:  # noqa: ANN001
        if event.kind == "ring":
            pop = incoming.ring(db, event.number, caller_name=event.name or "", line=event.line or "",
                                when=event.time, source=event.device)  # fmt: skip
            print(f"ACK {pop.number}", flush=True)  # after the commit: this call is saved

    def on_status(state: str, _detail: str) -> None:
        if state == "connected":
            print("READY", flush=True)

    SerialModemSource(sys.argv[2], on_event=on_event, on_status=on_status, retry_interval=0.2).start()
    threading.Event().wait()  # until killed


if __name__ == "__main__":
    main()
