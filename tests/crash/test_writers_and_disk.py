"""Two Tamas processes writing one SQLite file: no "database is locked" reaches a user, no row is lost.
A full disk: the write fails with one clear line and nothing already saved is lost."""

from __future__ import annotations

import csv
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.safety.conftest import make_database
from tests.conftest import REPO
from tests.crash.conftest import child_env, integrity, scalar

SEAT = str(REPO / "tests" / "crash" / "seat_child.py")
SMALL_DISK_BYTES = 2 * 1024 * 1024


def seats(path: Path, home: Path, *argument_lists: list[str], limit: int = 0) -> list[subprocess.CompletedProcess]:
    """Start each seat, let them all write at once (a line on stdin), collect their output."""

    def limited() -> None:  # the fallback for a machine where tmpfs cannot be mounted: a file size limit
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    children = [subprocess.Popen([sys.executable, SEAT, str(path), *arguments], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(home), text=True,
                                 preexec_fn=limited if limit else None)  # fmt: skip
                for arguments in argument_lists]  # fmt: skip
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "READY"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = []
    for child, arguments in zip(children, argument_lists, strict=True):
        out, errors = child.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(arguments, child.returncode, out, errors))
    return results


def acknowledged(result: subprocess.CompletedProcess, kind: str) -> list[str]:
    return [line.split()[2] for line in result.stdout.splitlines() if line.startswith(f"ACK {kind} ")]


def test_two_processes_writing_calls_and_customers_lose_nothing_and_never_say_locked(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=0)
    results = seats(path, tmp_path, ["1", "160"], ["2", "160"])
    for result in results:
        assert result.returncode == 0 and "locked" not in result.stderr and "error" not in result.stderr, result.stderr
    calls = sum(len(acknowledged(r, "call")) for r in results)
    people = sum(len(acknowledged(r, "customer")) for r in results)
    assert (calls, people) == (320, 80)
    assert scalar(path, "SELECT count(*) FROM calls WHERE status = 'answered'") == 320
    assert scalar(path, "SELECT count(*) FROM customers") == 80
    assert integrity(path) == "ok"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A 2 MB file system (tmpfs, as root) and 0; where mounting is refused, a plain folder and a file size limit
    of the same 2 MB that the children write under (RLIMIT_FSIZE), the next best real thing."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SMALL_DISK_BYTES}", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0  # fmt: skip
    try:
        yield folder, 0 if mounted else SMALL_DISK_BYTES
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)


def test_a_full_disk_stops_the_writer_with_one_line_and_keeps_every_saved_row(
    tmp_path: Path, small_disk: tuple[Path, int]
) -> None:
    folder, limit = small_disk
    path = make_database(folder / "tamas.db", people=10)
    (result,) = seats(path, tmp_path, ["1", "0", "--until-full"], limit=limit)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(errors) == 1 and errors[0].startswith("error:"), result.stderr
    assert "full" in errors[0] or "disk reported an error" in errors[0]
    assert "INSERT" not in result.stderr and "Traceback" not in result.stderr
    saved_people = acknowledged(result, "customer")
    saved_calls = acknowledged(result, "call")
    assert len(saved_people) >= 5  # it really wrote until the disk (the file and its WAL) was full
    assert integrity(path) == "ok"
    assert scalar(path, "SELECT count(*) FROM customers") == 10 + len(saved_people)
    marks = ",".join("?" * len(saved_calls))
    assert scalar(path, f"SELECT count(DISTINCT number) FROM calls WHERE number IN ({marks})", *saved_calls) == len(
        saved_calls
    )


def test_an_import_onto_a_full_disk_fails_clearly_and_changes_nothing(
    tmp_path: Path, small_disk: tuple[Path, int]
) -> None:
    folder, limit = small_disk
    path = make_database(folder / "tamas.db", people=10)
    rows = tmp_path / "people.csv"
    with rows.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "phone", "notes"])
        writer.writerows([f"Person {i}", f"0915{i:07d}", "n" * 300] for i in range(8000))

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(path), "import", "customers",
                             str(rows)], capture_output=True, text=True, env=child_env(tmp_path), timeout=120,
                            preexec_fn=limited if limit else None)  # fmt: skip
    assert result.returncode == 1
    tail = result.stderr.split("error:")
    assert len(tail) == 2 and ("full" in tail[1] or "disk reported an error" in tail[1]), result.stderr
    assert "Traceback" not in result.stderr and "INSERT" not in result.stderr
    assert integrity(path) == "ok"
    assert scalar(path, "SELECT count(*) FROM customers") == 10
