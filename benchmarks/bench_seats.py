"""Pop latency across seats: two seat processes on one real PostgreSQL, the caller-ID record written into the
modem seat's pty, timed to the pop on the modem seat itself and on the other seat.

    python benchmarks/bench_seats.py --db postgresql+psycopg://tamas:tamas@127.0.0.1:5432/tamas_seats \
        [--calls 200] [--pace 0.5] [--seed 11]

The database must hold a demo (main.py --db URL demo --customers N). Each seat is its own process running
the real MainWindow (offscreen): the modem seat reads a pseudo-terminal through SerialModemSource, records
the ring, shows its pop and publishes it (NOTIFY); the other seat hears it on its listening connection,
reads the call from the database and shows its pop. Both report the moment `popped` fires (the pop window
created with its data) on CLOCK_MONOTONIC, which every process on this machine shares. Callers are fresh
numbers, about half of them customers. The calls the benchmark rang are deleted at the end.
Targets: other seat p95 <= 150 ms; modem seat p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchlib import HEADER, line  # noqa: E402

REMOTE_P95_MS, OWN_P95_MS = 150.0, 50.0
WAIT_S = 5.0
WARM = 10


def key(number: str) -> str:
    """The last nine digits: the same caller whichever way the number was written or stored."""
    digits = "".join(ch for ch in number.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")) if ch.isdigit())
    return digits[-9:]


# -- a seat process
def seat(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from hardware.serial_source import SerialModemSource
    from ui.callerid.bridge import CallerIdBridge
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication([])
    db = open_database(args.db)
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_value("ring_timeout", 600)
    bridge = CallerIdBridge()
    window = MainWindow(db, settings, f"bench-{args.seat}", bridge)
    window.show()
    popped = [0]

    def shown(pop_window: object) -> None:
        print(f"POP {key(pop_window.pop.number)} {time.monotonic():.6f}", flush=True)  # type: ignore[attr-defined]
        popped[0] += 1
        if popped[0] % 10 == 0:
            QTimer.singleShot(0, window.pops.close_all)  # an agent clears the stack now and then

    window.pops.popped.connect(shown)
    ready = {"server": False, "modem": args.seat != "modem"}

    def tell_ready() -> None:
        if all(ready.values()):
            print("READY", flush=True)

    def server(state: str) -> None:
        if state in ("connected", "lost"):
            ready.update(server=state == "connected")
            tell_ready()

    if window.seats.seats.connected:
        ready.update(server=True)
    window.seats.seats.server.connect(lambda state, _detail: server(state))
    if args.seat == "modem":
        bridge.status.connect(lambda _l, state, _d: (ready.update(modem=state == "connected"), tell_ready()))
        bridge.add("modem", SerialModemSource(args.tty))
    stdin_done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stdin_done.set()), daemon=True).start()
    watcher = QTimer(interval=100)
    watcher.timeout.connect(lambda: app.quit() if stdin_done.is_set() else None)
    watcher.start()
    app.exec()
    bridge.stop_all()
    window.pops.close_all()
    window.close()
    from ui.tasks import wait_for_all

    wait_for_all()
    db.dispose()
    return 0


# -- the coordinator
class SeatProcess:
    def __init__(self, name: str, db: str, tty: str = "") -> None:
        env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(), QT_QPA_PLATFORM="offscreen")
        command = [sys.executable, __file__, "--db", db, "--seat", name] + (["--tty", tty] if tty else [])
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.pops: queue.Queue[tuple[str, float]] = queue.Queue()
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for text in self.process.stdout:
            if text.startswith("READY"):
                self.ready.set()
            elif text.startswith("POP "):
                _pop, number, at = text.split()
                self.pops.put((number, float(at)))

    def wait_for(self, number: str, until: float) -> float | None:
        while (left := until - time.monotonic()) > 0:
            try:
                got, at = self.pops.get(timeout=left)
            except queue.Empty:
                return None
            if got == number:
                return at
        return None

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        self.process.wait(30)


def coordinate(args: argparse.Namespace) -> int:
    from bench_foundation import callers
    from bench_screen_pop import FakeModem
    from sqlalchemy import delete, func, select

    from app.db import open_database
    from app.models import Call, Customer
    from app.seats.models import AgentPresence, CallerIdHost
    from app.services import lookups

    db = open_database(args.db)
    if db.is_sqlite:
        raise SystemExit("error: --db must be a PostgreSQL URL (seats share one server)")
    lookups.ensure_defaults(db)
    rng = random.Random(args.seed)
    with db.sessions() as session:
        customers = session.scalar(select(func.count(Customer.id))) or 0
        calls_before = session.scalar(select(func.count(Call.id))) or 0
        last_call = session.scalar(select(func.max(Call.id))) or 0
    known, unknown = callers(db, args.calls + WARM, rng)
    pool = [n for n, _owner in known[: args.calls // 2]] + unknown[: args.calls - min(len(known), args.calls // 2)]
    rng.shuffle(pool)
    warm = unknown[-WARM:]  # threads, connections and the pop window's first paint: not timed
    modem, started = FakeModem(), datetime.now()
    seats = {"modem": SeatProcess("modem", args.db, modem.path), "other": SeatProcess("other", args.db)}
    try:
        for process in seats.values():
            if not process.ready.wait(60):
                raise SystemExit("error: a seat did not start within 60 s")
        time.sleep(2)  # first loads of the windows' lists
        own, remote, gap, lost = [], [], [], 0
        for index, number in enumerate(warm + pool):
            ascii_number = number.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).replace(" ", "")
            record = f"RING\r\nDATE = 0601\r\nTIME = 1000\r\nNMBR = {ascii_number}\r\nNAME = CALLER\r\n".encode()
            os.write(modem.master, record)
            sent = time.monotonic()
            at_modem = seats["modem"].wait_for(key(number), sent + WAIT_S)
            at_other = seats["other"].wait_for(key(number), sent + WAIT_S)
            if index >= len(warm):
                if at_modem is None or at_other is None:
                    lost += 1
                else:
                    own.append((at_modem - sent) * 1000)
                    remote.append((at_other - sent) * 1000)
                    gap.append((at_other - at_modem) * 1000)
            time.sleep(max(0.0, sent + args.pace - time.monotonic()))
    finally:
        for process in seats.values():
            process.stop()
        modem.close()
        with db.sessions.begin() as session:  # leave the database as it was found
            session.execute(delete(Call).where(Call.id > last_call))
            session.execute(delete(AgentPresence).where(AgentPresence.agent.like("bench-%")))
            session.execute(delete(CallerIdHost).where(CallerIdHost.seen_at >= started))
        db.dispose()
    print(
        f"\npop across seats on PostgreSQL ({customers:,} customers, {calls_before:,} calls), "
        f"{len(pool)} fresh callers (~half customers), one every {args.pace:g} s; pty last byte -> pop\n"
    )
    print(HEADER)
    print("-" * len(HEADER))
    ok = line("modem seat: its own pop", own, f"p95 <= {OWN_P95_MS:.0f} ms", OWN_P95_MS)
    ok &= line("other seat: NOTIFY -> read -> pop", remote, f"p95 <= {REMOTE_P95_MS:.0f} ms", REMOTE_P95_MS)
    line("    other seat's pop after the modem seat's", gap)
    if lost:
        print(f"    {lost} calls did not pop on both seats within {WAIT_S:.0f} s")
        ok = False
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL URL holding a demo")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--pace", type=float, default=0.5, help="seconds between calls (default 0.5)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--seat", choices=("modem", "other"), help=argparse.SUPPRESS)
    parser.add_argument("--tty", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return seat(args) if args.seat else coordinate(args)


if __name__ == "__main__":
    sys.exit(main())
