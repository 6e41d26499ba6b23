"""NcidSource against a real TCP server on 127.0.0.1 that the test runs and restarts."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from hardware.ncid_source import NcidSource
from tests.hardware.conftest import Recorder

STARTUP = (
    b"200 Server: ncidd (NCID) 1.13\n210 API: 1.11 Feature Set 1 2 3 4\n"
    b"CIDLOG: *DATE*06022002*TIME*0923*LINE*-*NMBR*4075551212*MESG*NONE*NAME*WIRELESS CALL*\n"
    b"HUPLOG: *DATE*08012002*TIME*1025*LINE*-*NMBR*OUT-OF-AREA*MESG*NONE*NAME*OUT-OF-AREA*\n"
    b"250 End of call log\nOPT: hangup-1\n300 End of connection startup\n"
)


class NcidServer:
    """A tiny NCID server: sends the startup block to each client, then whatever the test pushes."""

    def __init__(self, port: int = 0) -> None:
        self.clients: list[socket.socket] = []
        self.joined = threading.Semaphore(0)
        stopping = self.stopping = threading.Event()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.sendall(STARTUP)
                server.clients.append(self.request)
                server.joined.release()
                while not stopping.wait(0.02):
                    pass

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = False
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.start()

    def push(self, line: bytes) -> None:
        for client in self.clients:
            client.sendall(line)

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()  # joins the handler threads
        self.thread.join(5)


@pytest.fixture
def server() -> Iterator[NcidServer]:
    running = NcidServer()
    yield running
    running.close()


def test_startup_log_then_live_call_then_restart(server: NcidServer, recorder: Recorder) -> None:
    source = NcidSource(
        "127.0.0.1", server.port, backoff_initial=0.05, backoff_max=0.2, read_timeout=0.05, **recorder.callbacks()
    )
    source.start()
    try:
        assert server.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)
        assert [e.kind for e in recorder.events] == ["history", "log"]  # history never pops
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
            restarted.push(b"CID: *NMBR*6305551500*NAME*ELMHURST, IL*LINE*2*DATE*03122003*TIME*1234*\n")
            assert recorder.wait_for(lambda: any(e.number == "6305551500" for e in recorder.events))
            assert [e.kind for e in recorder.events].count("ring") == 2
        finally:
            source.stop()
            restarted.close()
    finally:
        source.stop()
    assert recorder.states()[-1] == "stopped"
