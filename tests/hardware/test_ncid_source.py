"""NcidSource against a real TCP server on 127.0.0.1 that the test runs, silences, restarts and replays."""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from hardware.ncid_source import NcidSource, enable_keepalive
from tests.hardware.conftest import FakeClock, Recorder

STARTUP = (
    b"200 Server: ncidd (NCID) 1.13\n210 API: 1.11 Feature Set 1 2 3 4\n"
    b"CIDLOG: *DATE*06022002*TIME*0923*LINE*-*NMBR*4075551212*MESG*NONE*NAME*WIRELESS CALL*\n"
    b"HUPLOG: *DATE*08012002*TIME*1025*LINE*-*NMBR*OUT-OF-AREA*MESG*NONE*NAME*OUT-OF-AREA*\n"
    b"250 End of call log\nOPT: hangup-1\n300 End of connection startup\n"
)
FAST = {"backoff_initial": 0.05, "backoff_max": 0.2, "read_timeout": 0.05}


class NcidServer:
    """A tiny NCID server: sends ``startup`` to each client, then what the test pushes; can answer YO."""

    def __init__(self, port: int = 0, startup: bytes = STARTUP, answer_yo: bool = True) -> None:
        self.clients: list[socket.socket] = []
        self.received = b""
        self.joined = threading.Semaphore(0)
        self.heard = threading.Condition()
        self.answer_yo = answer_yo
        stopping = self.stopping = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.sendall(startup)
                server.clients.append(self.request)
                server.joined.release()
                while not stopping.is_set():
                    if not select.select([self.request], [], [], 0.02)[0]:
                        continue
                    data = self.request.recv(4096)
                    if not data:
                        return  # the client hung up
                    with server.heard:
                        server.received += data
                        server.heard.notify_all()
                    if server.answer_yo and b"REQ: YO" in data:
                        self.request.sendall(b"ACK: REQ: YO\n")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = False
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.start()

    def push(self, line: bytes) -> None:
        for client in self.clients:
            client.sendall(line)

    def wait_received(self, count: int, what: bytes = b"REQ: YO") -> bool:
        with self.heard:
            return self.heard.wait_for(lambda: self.received.count(what) >= count, 5)

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()  # joins the handler threads
        self.thread.join(5)


class SlamServer:
    """Accepts each connection and closes it at once, optionally after sending ``greeting``."""

    def __init__(self, greeting: bytes = b"") -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = threading.Semaphore(0)
        self.listener.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(greeting,))
        self._thread.start()

    def _serve(self, greeting: bytes) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.sendall(greeting)
            self.accepted.release()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()


class RecordingSource(NcidSource):
    """Records each backoff wait (the real wait still happens)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.waits: list[float] = []

    def _wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        return super()._wait(seconds)


@pytest.fixture
def server() -> Iterator[NcidServer]:
    running = NcidServer()
    yield running
    running.close()


def test_startup_log_then_live_call_then_restart(server: NcidServer, recorder: Recorder) -> None:
    source = NcidSource("127.0.0.1", server.port, **FAST, **recorder.callbacks())
    source.start()
    try:
        assert server.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)
        assert [e.kind for e in recorder.events] == ["history", "log"]  # the call log never pops
        server.push(b"\nCID: *DATE*01032003*TIME*1254*LINE*1*NMBR*9415557218*MESG*NONE*NAME*SARASOTA, FL*\n")
        assert recorder.wait_for(lambda: len(recorder.events) == 3)
        live = recorder.events[2]
        assert (live.kind, live.number, live.name, live.line) == ("ring", "9415557218", "SARASOTA, FL", "1")

        port = server.port
        server.close()
        assert recorder.wait_for(lambda: recorder.states()[-1] == "reconnecting")
        restarted = NcidServer(port)
        try:
            assert restarted.joined.acquire(timeout=5)
            # The dying server's backlog may accept one connection first; wait for the real one.
            assert recorder.wait_for(lambda: recorder.states()[-1] == "connected")
            # Issue 7 item 6: the replayed call log is history again, for the app to reconcile.
            assert recorder.wait_for(lambda: [e.kind for e in recorder.events].count("history") == 2)
            restarted.push(b"CID: *NMBR*6305551500*NAME*ELMHURST, IL*LINE*2*DATE*03122003*TIME*1234*\n")
            assert recorder.wait_for(lambda: any(e.number == "6305551500" for e in recorder.events))
            assert [e.kind for e in recorder.events].count("ring") == 2
        finally:
            source.stop()
            restarted.close()
    finally:
        source.stop()
    assert recorder.states()[-1] == "stopped"


def test_silent_server_is_noticed_and_left(recorder: Recorder) -> None:
    """Issue 7 item 5: socket open, nothing arrives, YO unanswered: reconnect (well within 60 s)."""
    silent = NcidServer(answer_yo=False)
    clock = FakeClock()
    source = NcidSource(
        "127.0.0.1", silent.port, **FAST, keepalive_idle=20, keepalive_timeout=20, monotonic=clock.monotonic,
        **recorder.callbacks(),
    )  # fmt: skip
    source.start()
    try:
        assert silent.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)  # the startup arrived
        clock.advance(19)
        clock.advance(1.5)  # idle for keepalive_idle: the client asks "are you there?"
        assert silent.wait_received(1)
        assert recorder.states() == ["connecting", "connected"]
        clock.advance(20.5)  # no answer for keepalive_timeout: 41 s after the last byte, under 60 s
        assert recorder.wait_for(lambda: "reconnecting" in recorder.states())
        assert ("reconnecting", "the server stopped answering") in recorder.statuses
        assert silent.joined.acquire(timeout=5)  # and it connects again
        assert recorder.wait_for(lambda: recorder.states()[-1] == "connected")
    finally:
        source.stop()
        silent.close()


def test_answering_server_keeps_the_connection(server: NcidServer, recorder: Recorder) -> None:
    clock = FakeClock()
    source = NcidSource("127.0.0.1", server.port, **FAST, monotonic=clock.monotonic, **recorder.callbacks())
    source.start()
    try:
        assert server.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)
        for probe in (1, 2):
            clock.advance(25)
            assert server.wait_received(probe)
            assert recorder.wait_for(lambda p=probe: recorder.raw.count("ACK: REQ: YO") == p)
        server.push(b"CID: *DATE*01032003*TIME*1254*LINE*1*NMBR*9415557218*NAME*X*\n")
        assert recorder.wait_for(lambda: any(e.kind == "ring" for e in recorder.events))
        assert recorder.states() == ["connecting", "connected"]  # never left
        assert not server.joined.acquire(timeout=0)  # one connection only
    finally:
        source.stop()


def test_partial_line_at_disconnect_is_dropped(recorder: Recorder) -> None:
    """Issue 7 item 14: a line cut by the disconnect never becomes a call (it would pop a truncated number)."""
    cut = NcidServer(startup=STARTUP + b"CID: *DATE*01032003*TIME*1254*LINE*1*NMBR*94155")
    source = NcidSource("127.0.0.1", cut.port, **FAST, **recorder.callbacks())
    source.start()
    try:
        assert cut.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)
        cut.close()
        assert recorder.wait_for(lambda: any(d.startswith("incomplete line dropped") for d in recorder.diagnostics))
        assert [e.kind for e in recorder.events] == ["history", "log"]
    finally:
        source.stop()


def test_accept_and_close_server_backs_off(recorder: Recorder) -> None:
    """Issue 7 item 14: a server that accepts and closes at once is retried with a growing delay."""
    slam = SlamServer()
    source = RecordingSource("127.0.0.1", slam.port, backoff_initial=0.01, backoff_max=0.08, **recorder.callbacks())
    source.start()
    try:
        for _ in range(6):
            assert slam.accepted.acquire(timeout=5)
    finally:
        source.stop()
        slam.close()
    assert source.waits[:5] == [0.01, 0.02, 0.04, 0.08, 0.08]


def test_backoff_starts_over_after_a_healthy_connection(recorder: Recorder) -> None:
    healthy = SlamServer(greeting=b"200 Server: ncidd\n300 End of connection startup\n")
    source = RecordingSource("127.0.0.1", healthy.port, backoff_initial=0.01, backoff_max=0.08, **recorder.callbacks())
    source.start()
    try:
        for _ in range(4):
            assert healthy.accepted.acquire(timeout=5)
    finally:
        source.stop()
        healthy.close()
    assert source.waits[:3] == [0.01, 0.01, 0.01]


def test_reconnect_backoff_tops_out_at_15_seconds() -> None:
    source = NcidSource("127.0.0.1")
    assert source.backoff_max == 15.0 and source.keepalive_idle + source.keepalive_timeout < 60


def test_tcp_keepalive_is_enabled() -> None:
    with socket.socket() as connection:
        enable_keepalive(connection)
        assert connection.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        if hasattr(socket, "TCP_KEEPIDLE"):
            assert connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 20
