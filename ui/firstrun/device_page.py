"""The first-run wizard's caller-ID page: find the device on the serial ports, or go on without one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QRadioButton, QVBoxLayout

from hardware.detect import list_candidate_ports, probe_port
from ui.callerid.source_config import DEFAULT_BAUD, SourceConfig, dump_sources, kind_label, load_sources
from ui.firstrun.pages import Page
from ui.formatting import fill, local_number
from ui.settings import Settings
from ui.tasks import run_task

Found = list[tuple[str, str | None]]  # (port, device kind or None when nothing answered)


def probe_every_port() -> Found:
    return [(port.device, probe_port(port.device)) for port in list_candidate_ports()]


class DevicePage(Page):
    def __init__(self, detect: Callable[[], Found] = probe_every_port) -> None:
        super().__init__()
        self._detect_op = detect
        self._found: Found | None = None  # None: not asked yet
        self._asking = False
        self.use_device = QRadioButton()
        self.simulate = QRadioButton()
        self.simulate.setChecked(True)
        self.detect = QPushButton()
        self.detect.clicked.connect(self.start_detect)
        self.found = QListWidget()
        self.found.currentRowChanged.connect(lambda row: self.use_device.setChecked(row >= 0))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detect, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.status)
        layout.addWidget(self.found)
        layout.addWidget(self.use_device)
        layout.addWidget(self.simulate)
        self.use_device.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Caller-ID device"))
        self.setSubTitle(self.tr("The box or modem that tells Tamas who is calling, so the caller's card pops up."))
        self.use_device.setText(self.tr("Use the device found below"))
        self.simulate.setText(self.tr("No device yet — simulate calls (Caller ID → Simulate, Ctrl+Shift+I)"))
        self.detect.setText(self.tr("Detect"))
        self.detect.setToolTip(self.tr("Ask every serial port which caller-ID device answers (a few seconds)"))
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        found = self._found
        useful = [port for port, kind in found or [] if kind]
        if self._asking:
            return self.tr("Asking every serial port… this takes a few seconds.")
        if found is None:
            return self.tr("Plug the device in, then press Detect.")
        if useful:
            return fill(self.tr("Found %1 device(s). Choose one."), local_number(len(useful)))
        if found:
            return fill(self.tr("%1 serial ports found, none answered like a caller-ID device. Check the cable and "
                           "power, or go on without a device."), local_number(len(found)))  # fmt: skip
        return self.tr("No serial ports found. Plug the device in and press Detect again, or go on without a device.")

    def start_detect(self) -> None:
        self.detect.setEnabled(False)
        self._asking = True
        self.status.setText(self._status_text())
        run_task(self, self._detect_op, self._detected, lambda _error: self._detected([]))

    def _detected(self, found: Found) -> None:
        self.detect.setEnabled(True)
        self._asking, self._found = False, found
        self.found.clear()
        useful = [(port, kind) for port, kind in found if kind]
        for port, kind in useful:
            item = QListWidgetItem(f"{kind_label(kind or '')} — {port}")
            item.setData(Qt.ItemDataRole.UserRole, (port, kind))
            self.found.addItem(item)
        self.use_device.setEnabled(bool(useful))
        if useful:
            self.found.setCurrentRow(0)
        self.status.setText(self._status_text())

    def chosen(self) -> SourceConfig | None:
        item = self.found.currentItem()
        if not self.use_device.isChecked() or item is None:
            return None
        port, kind = item.data(Qt.ItemDataRole.UserRole)
        return SourceConfig(kind=kind, port=port, baudrate=DEFAULT_BAUD.get(kind, 9600))

    def save(self, settings: Settings) -> None:
        config = self.chosen()
        if config is None:
            return
        configs = load_sources(settings.value("callerid_sources"))
        if all(existing.port != config.port for existing in configs):
            settings.set_value("callerid_sources", dump_sources([*configs, config]))
