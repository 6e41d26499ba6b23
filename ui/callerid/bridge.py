"""The caller-ID bridge: hardware sources call back on their reader threads; this re-emits on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SIGNAL, QObject, Signal

from hardware.events import CallerIdEvent
from hardware.serial_source import SerialModemSource
from hardware.sources import CallerIdSource


@dataclass
class RunningSource:
    label: str
    source: CallerIdSource


class CallerIdBridge(QObject):
    """Owns the running sources. Signals are emitted from reader threads and delivered queued."""

    event = Signal(object)  # CallerIdEvent
    status = Signal(str, str, str)  # source label, state, detail
    raw = Signal(str, str)  # source label, raw line
    diagnostic = Signal(str, str)  # source label, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[RunningSource] = []

    def add(self, label: str, source: CallerIdSource) -> None:
        """Run a source. Until something listens to `event` it waits (see `start_waiting`): a call a source
        reported with nobody listening would be gone, neither popped nor recorded."""
        source.on_event = self.event.emit
        source.on_status = lambda state, detail: self.status.emit(label, state, detail)
        source.on_raw = lambda text: self.raw.emit(label, text)
        source.on_diagnostic = lambda text: self.diagnostic.emit(label, text)
        self.sources.append(RunningSource(label, source))
        if self.listened():
            source.start()

    def listened(self) -> bool:
        return self.receivers(SIGNAL("event(PyObject)")) > 0

    def start_waiting(self) -> None:
        """Start the sources added before the pop manager was connected (at start-up)."""
        if not self.listened():
            return
        for running in self.sources:
            if not running.source.running:
                running.source.start()

    def inject(self, event: CallerIdEvent) -> None:
        """A call from the simulator menu: the same path as a device's call, minus the device."""
        self.raw.emit("simulator", event.raw)
        self.event.emit(event)

    def dialer(self) -> SerialModemSource | None:
        """The first connected modem that can dial, if any."""
        for running in self.sources:
            source = running.source
            if isinstance(source, SerialModemSource) and source.device == "modem" and source.state == "connected":
                return source
        return None

    def stop_all(self) -> None:
        for running in self.sources:
            running.source.stop()
        self.sources.clear()
