"""SIGKILL in the middle of an import, a demo generation, an export and a busy stream of calls through a real
pty: on restart the file passes `integrity_check` and every call acknowledged as saved is there (counted)."""

from __future__ import annotations

import csv
import os
import re
import select
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from app.db import open_database
from tests.app.safety.conftest import make_database
from tests.conftest import REPO
from tests.crash.conftest import LineReader, integrity, kill_when, scalar, start, start_main


def progressed(label: str, hashes: int = 3) -> Callable[[str, str], bool]:
    """True once the text progress bar of `label` shows `hashes` or more '#': well inside that step."""
    pattern = re.compile(re.escape(label) + r"\s+\[#{" + str(hashes) + r",}-")
    return lambda _out, err: bool(pattern.search(err))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 customers and their calls, made once by `main.py demo` (and checked whole)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.db"
    child = start_main("--db", str(path), "demo", "--customers", "3000", "--days", "120", home=folder)
    _out, errors = child.communicate(timeout=120)
    assert child.returncode == 0, errors[-2000:]
    return path


def test_kill_during_a_large_import_loses_nothing_saved_and_saves_nothing_half(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=25)
    rows = tmp_path / "people.csv"
    with rows.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "phone", "city"])
        writer.writerows([f"Person {i}", f"0915{i:07d}", "Tehran"] for i in range(60000))
    child = start_main("--db", str(path), "import", "customers", str(rows), home=tmp_path)
    kill_when(child, progressed("importing"))  # batches of customers written, the transaction still open
    assert integrity(path) == "ok"
    assert scalar(path, "SELECT count(*) FROM customers") == 25  # one transaction: all or nothing, here nothing
    db = open_database(path)  # and the app opens it and goes on
    db.dispose()


def test_kill_during_demo_generation_leaves_a_whole_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    child = start_main("--db", str(path), "demo", "--customers", "8000", "--days", "150", home=tmp_path)
    kill_when(child, progressed("daily rollups", 3))  # people, calls and orders written; rollups half way
    assert integrity(path) == "ok"
    # Each step is one transaction: a step is there whole or not at all, never an orphan row.
    assert scalar(path, "SELECT count(*) FROM customers") in (0, 8000)
    assert scalar(path, "SELECT count(*) FROM phones WHERE customer_id NOT IN (SELECT id FROM customers)") == 0
    assert scalar(path, "SELECT count(*) FROM calls WHERE customer_id NOT IN (SELECT id FROM customers)") == 0
    open_database(path).dispose()  # the schema it created first is whole: the app opens the file


def test_kill_during_an_export_leaves_the_database_as_it_was_and_no_workbook(demo_db: Path, tmp_path: Path) -> None:
    calls = scalar(demo_db, "SELECT count(*) FROM calls")
    out = tmp_path / "calls.xlsx"
    child = start_main("--db", str(demo_db), "--user", "owner", "export", "calls", "--out", str(out), home=tmp_path)
    kill_when(child, progressed("calls", 1))
    assert integrity(demo_db) == "ok"
    assert scalar(demo_db, "SELECT count(*) FROM calls") == calls
    assert not out.exists()  # never a half workbook under the name the user asked for


class Modem:
    """The far end of a real pty: answers OK to AT commands and sends caller-ID records."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        self.path = os.ttyname(self.slave)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._answer, daemon=True)
        self.thread.start()

    def _answer(self) -> None:
        pending = b""
        while not self.stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    pending += os.read(self.master, 1024)
                except OSError:
                    return
                while b"\r" in pending:
                    _command, pending = pending.split(b"\r", 1)
                    os.write(self.master, b"\r\nOK\r\n")

    def ring(self, number: str) -> None:
        now = datetime.now()
        os.write(self.master, (f"RING\r\n\r\nDATE = {now:%m%d}\r\nTIME = {now:%H%M}\r\nNMBR = {number}\r\n"
                               "NAME = CRASH TEST\r\n\r\n").encode())  # fmt: skip

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        os.close(self.master)
        os.close(self.slave)


def test_kill_during_a_busy_stream_of_calls_keeps_every_acknowledged_call(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=5)
    modem = Modem()
    child = start([str(REPO / "tests" / "crash" / "cid_child.py"), str(path), modem.path], tmp_path)
    reader = LineReader(child)
    reader.start()
    sent = 0
    try:
        assert reader.wait_for(lambda lines: "READY" in lines), "the modem never answered"
        stop_sending = threading.Event()

        def send() -> None:  # a busy line: records back to back, every number fresh
            nonlocal sent
            while not stop_sending.is_set():
                modem.ring(f"0990{sent:07d}")
                sent += 1
                stop_sending.wait(0.005)

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        assert reader.wait_for(lambda lines: sum(line.startswith("ACK") for line in lines) >= 150)
        child.kill()  # SIGKILL, mid-stream: rings are still arriving and being written
        child.wait(30)
        stop_sending.set()
        sender.join(5)
    finally:
        modem.close()
        if child.poll() is None:
            child.kill()
    reader.join(10)
    for pipe in (child.stdout, child.stderr):
        if pipe is not None:
            pipe.close()
    acknowledged = {line.split()[1] for line in reader.lines if line.startswith("ACK")}
    assert len(acknowledged) >= 150 and sent > len(acknowledged)  # killed with calls still coming in
    assert integrity(path) == "ok"
    marks = ",".join("?" * len(acknowledged))
    saved = scalar(path, f"SELECT count(DISTINCT number) FROM calls WHERE number IN ({marks})", *acknowledged)
    assert saved == len(acknowledged)  # every call acknowledged as saved is there after the kill
