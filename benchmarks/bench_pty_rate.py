"""Calls per second the app records through a real pseudo-terminal without losing one.

    python benchmarks/bench_pty_rate.py --db /tmp/bench1m.db [--calls 200] [--rates 2,5,10,20]

Works on a copy of --db. The app's own path: a modem caller-ID record per call written into a pty,
SerialModemSource (pyserial) and the modem parser on their reader thread, the Qt bridge, the pop
manager writing each ring as a `calls` row on the write worker and showing its pop. Each rate sends
`--calls` calls from fresh numbers, one record every 1/rate seconds, on alternating lines' worth of
RING cycles; then waits for the rows. A rate passes when every call sent became exactly one row.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen_pop import FakeModem, pump  # noqa: E402
from benchlib import working_copy  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db import open_database  # noqa: E402
from app.models import Call  # noqa: E402
from app.phones import PhoneRules  # noqa: E402
from app.services import lookups  # noqa: E402
from hardware.serial_source import SerialModemSource  # noqa: E402
from ui.callerid.bridge import CallerIdBridge  # noqa: E402
from ui.callerid.pop_manager import PopManager  # noqa: E402
from ui.formatting import Formatter  # noqa: E402


def record(number: str, when: datetime) -> bytes:
    return (f"RING\r\n\r\nDATE = {when:%m%d}\r\nTIME = {when:%H%M}\r\nNMBR = {number}\r\nNAME = BENCH\r\n"
            "\r\nRING\r\n").encode()  # fmt: skip


def rows_since(db, started: datetime) -> int:  # noqa: ANN001
    with db.sessions() as session:
        return (
            session.scalar(select(func.count(Call.id)).where(Call.source == "modem", Call.created_at >= started)) or 0
        )


def run_rate(app: QApplication, db, rate: float, calls: int, first: int) -> tuple[int, float]:  # noqa: ANN001
    modem = FakeModem()
    bridge = CallerIdBridge()
    pops = PopManager(db, PhoneRules, "bench", Formatter())
    bridge.event.connect(pops.handle)
    bridge.add("bench", SerialModemSource(modem.path, retry_interval=0.2))
    pump(app, 3.0)  # ATZ and the enable string answered
    started = datetime.now().replace(microsecond=0)
    began = time.perf_counter()
    for i in range(calls):
        os.write(modem.master, record(f"0990{first + i:07d}", datetime.now()))
        pump(app, max(0.0, began + (i + 1) / rate - time.perf_counter()))
    deadline = time.perf_counter() + 30
    while rows_since(db, started) < calls and time.perf_counter() < deadline:
        pump(app, 0.2)
    recorded = rows_since(db, started)
    seconds = time.perf_counter() - began
    bridge.stop_all()
    pops.close_all()
    pump(app, 0.5)
    modem.close()
    return recorded, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rates", default="2,5,10,20")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with working_copy(args.db) as copy:
        db = open_database(copy)
        lookups.ensure_defaults(db)
        best = 0.0
        for n, rate in enumerate(float(r) for r in args.rates.split(",")):
            recorded, seconds = run_rate(app, db, rate, args.calls, n * 100_000)
            lost = args.calls - recorded
            verdict = "PASS" if lost == 0 else "LOST"
            best = rate if lost == 0 else best
            print(f"{rate:>5.0f} calls/s offered: {recorded}/{args.calls} recorded in {seconds:.1f} s  {verdict}")
        print(f"highest rate recorded without losing a call: {best:.0f} calls/s")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
