"""Caller-ID settings: sources, port detection, a live test, the raw-line log, the block list, phone rules."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.auth import PermissionDenied
from app.db import Database
from app.services import incoming, lookups
from hardware.detect import list_candidate_ports, probe_port
from ui.auth.acting import actor_of
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.device_errors import no_port_chosen, plain_device_error
from ui.callerid.source_config import (
    DEFAULT_BAUD,
    KINDS,
    SourceConfig,
    build_source,
    dump_sources,
    kind_label,
    load_sources,
)
from ui.formatting import fill, local_number
from ui.messages import field_error
from ui.settings import Settings
from ui.tasks import run_task


class RawLog(QPlainTextEdit):
    """What devices said, line by line: the answer to "my modem prints this, why no pop?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(5000)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def add(self, label: str, text: str) -> None:
        self.appendPlainText(f"[{label}] {text}")


class SourceForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.name = QLineEdit()
        self.port = QComboBox()
        self.port.setEditable(True)
        self.port.setToolTip(self.tr("A serial port such as COM3 or /dev/ttyUSB0"))
        self.baud = QSpinBox(minimum=300, maximum=921600)
        self.enable = QLineEdit()
        self.enable.setPlaceholderText(self.tr("Empty: try AT+VCID=1, AT#CID=1, … in turn"))
        self.host = QLineEdit()
        self.tcp_port = QSpinBox(minimum=1, maximum=65535)
        self.enabled = QCheckBox(self.tr("Use this source"))
        form = QFormLayout(self)
        form.addRow(self.tr("Device"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Speed (baud)"), self.baud)
        form.addRow(self.tr("Enable string"), self.enable)
        form.addRow(self.tr("NCID host"), self.host)
        form.addRow(self.tr("NCID port"), self.tcp_port)
        form.addRow("", self.enabled)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        network = self.kind.currentData() == "ncid"
        for widget in (self.port, self.baud, self.enable):
            widget.setEnabled(not network)
        for widget in (self.host, self.tcp_port):
            widget.setEnabled(network)
        self.enable.setEnabled(self.kind.currentData() == "modem")

    def load(self, config: SourceConfig) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
        self.name.setText(config.name)
        self.port.setCurrentText(config.port)
        self.baud.setValue(config.baudrate)
        self.enable.setText(config.enable_string)
        self.host.setText(config.host)
        self.tcp_port.setValue(config.tcp_port)
        self.enabled.setChecked(config.enabled)
        self._kind_changed()

    def config(self) -> SourceConfig:
        return SourceConfig(
            kind=self.kind.currentData(), port=self.port.currentText().strip(), baudrate=self.baud.value(),
            enable_string=self.enable.text().strip(), host=self.host.text().strip(), tcp_port=self.tcp_port.value(),
            enabled=self.enabled.isChecked(), name=self.name.text().strip(),
        )  # fmt: skip


class CallerIdSettingsDialog(QDialog):
    def __init__(self, db: Database, settings: Settings, bridge: CallerIdBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.setWindowTitle(self.tr("Caller ID settings"))
        self.resize(820, 560)
        self.configs = load_sources(settings.value("callerid_sources"))
        self.test_bridge = CallerIdBridge(self)
        self.log = RawLog()
        # The app's bridge outlives this dialog: keep the connections to cut them in done().
        self._links = [
            bridge.raw.connect(self.log.add),
            bridge.diagnostic.connect(lambda label, text: self.log.add(label, "! " + text)),
            bridge.status.connect(lambda label, state, detail: self.log.add(label, f"— {state} {detail}")),
        ]
        self.test_bridge.raw.connect(lambda _l, text: self.log.add(self.tr("test"), text))
        self.test_bridge.diagnostic.connect(lambda _l, text: self.log.add(self.tr("test"), "! " + text))
        self.test_bridge.status.connect(self._test_status)
        self.test_bridge.event.connect(
            lambda e: self.log.add(self.tr("test"), fill(self.tr("CALL: %1"), e.number or e.absent or "?"))
        )
        tabs = QTabWidget()
        tabs.addTab(self._sources_tab(), self.tr("Sources"))
        tabs.addTab(self.log, self.tr("Raw log"))
        tabs.addTab(self._block_tab(), self.tr("Block list"))
        tabs.addTab(self._rules_tab(), self.tr("Phone rules"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._fill_list()

    # -- sources
    def _sources_tab(self) -> QWidget:
        self.list = QListWidget()
        self.form = SourceForm()
        self.form.setEnabled(False)
        self.list.currentRowChanged.connect(self._select)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        detect = QPushButton(self.tr("Detect devices"))
        detect.setToolTip(self.tr("Ask every serial port which caller-ID device answers"))
        detect.clicked.connect(self._detect)
        self.test = QPushButton(self.tr("Test"))
        self.test.setToolTip(self.tr("Open this source now and show what it says in the raw log"))
        self.test.clicked.connect(self._toggle_test)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        for button in (add, remove, detect):
            row.addWidget(button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.test)
        right.addWidget(self.status)
        right.addStretch()
        tab = QWidget()
        box = QHBoxLayout(tab)
        box.addLayout(left, 1)
        box.addLayout(right, 2)
        run_task(self, list_candidate_ports, self._ports_listed)
        return tab

    def _fill_list(self) -> None:
        self.list.clear()
        for config in self.configs:
            self.list.addItem(config.label())
        if self.configs:
            self.list.setCurrentRow(0)

    def _store_form(self) -> None:
        row = getattr(self, "_row", -1)
        if 0 <= row < len(self.configs):
            self.configs[row] = self.form.config()
            self.list.item(row).setText(self.configs[row].label())

    def _select(self, row: int) -> None:
        self._store_form()
        self._row = row
        self.form.setEnabled(0 <= row < len(self.configs))
        if 0 <= row < len(self.configs):
            self.form.load(self.configs[row])

    def _add(self) -> None:
        self._store_form()
        self.configs.append(SourceConfig())
        self.list.addItem(self.configs[-1].label())
        self.list.setCurrentRow(len(self.configs) - 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.configs):
            self._row = -1
            del self.configs[row]
            self._fill_list()

    def _ports_listed(self, ports: list) -> None:
        current = self.form.port.currentText()
        self.form.port.clear()
        for port in ports:
            self.form.port.addItem(f"{port.device}", port.device)
        self.form.port.setCurrentText(current)
        self.ports = ports

    def _detect(self) -> None:
        self.status.setText(self.tr("Asking every serial port… this takes a few seconds."))

        def probe_all() -> list[tuple[str, str | None]]:
            return [(port.device, probe_port(port.device)) for port in list_candidate_ports()]

        run_task(self, probe_all, self._detected, lambda _error: self.status.setText(self._detect_failed()))

    def _detect_failed(self) -> str:
        return self.tr("The serial ports could not be asked. Close other programs using them, then Detect again.")

    def _detected(self, found: list[tuple[str, str | None]]) -> None:
        useful = [(port, kind) for port, kind in found if kind]
        if not found:
            self.status.setText(self.tr("No serial ports found. Plug the device in, then try again."))
            return
        if not useful:
            self.status.setText(
                fill(self.tr("%1 ports found, none answered like a caller-ID device."), local_number(len(found)))
            )
            return
        lines = [f"{port}: {kind_label(kind or '')}" for port, kind in useful]
        self.status.setText(self.tr("Found:") + "\n" + "\n".join(lines))
        known = {c.port for c in self.configs}
        for port, kind in useful:
            if port not in known and kind is not None:
                self.configs.append(SourceConfig(kind=kind, port=port, baudrate=DEFAULT_BAUD.get(kind, 9600)))
        self._fill_list()

    def _toggle_test(self) -> None:
        if self.test_bridge.sources:
            self.test_bridge.stop_all()
            self.test.setText(self.tr("Test"))
            return
        self._store_form()
        config = self.form.config()
        if config.kind != "ncid" and not config.port:
            self.status.setText(no_port_chosen())
            return
        self._testing = config
        self.test_bridge.add(config.label(), build_source(config))
        self.test.setText(self.tr("Stop test"))

    def _test_status(self, label: str, state: str, detail: str) -> None:
        config = getattr(self, "_testing", None) or self.form.config()
        where = f"{config.host}:{config.tcp_port}" if config.kind == "ncid" else config.port
        sentences = {
            "connecting": self.tr("Opening %1…"),
            "connected": self.tr("%1 is connected. Make a test call: what the device says appears in the raw log."),
            "stopped": self.tr("Test stopped."),
        }
        sentence = sentences.get(state) or plain_device_error(where, detail)
        self.status.setText(sentence.replace("%1", where))
        self.log.add(self.tr("test"), f"— {state} {detail}")  # the raw log keeps the device's own words

    # -- block list and phone rules
    def _block_tab(self) -> QWidget:
        self.blocked = QListWidget()
        add = QPushButton(self.tr("Block a number…"))
        add.clicked.connect(self._block)
        remove = QPushButton(self.tr("Unblock"))
        remove.clicked.connect(self._unblock)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Calls from these numbers pop up marked as spam.")))
        layout.addWidget(self.blocked)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        self._fill_blocked()
        return tab

    def _fill_blocked(self) -> None:
        self.blocked.clear()
        for item in lookups.list_values(self.db, incoming.BLOCKED_NUMBER):
            self.blocked.addItem(item.value)

    def _block(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Block a number"), self.tr("Number:"))
        if ok and text.strip():
            try:
                incoming.set_blocked(self.db, text, True, self.settings.phone_rules(), actor_of(self))
            except errors.ValidationError as error:
                self.status.setText(field_error(error.errors["number"], text))
            except PermissionDenied as error:
                self.status.setText(str(error))
            self._fill_blocked()

    def _unblock(self) -> None:
        item = self.blocked.currentItem()
        if item is not None:
            try:
                incoming.set_blocked(self.db, item.text(), False, self.settings.phone_rules(), actor_of(self))
            except PermissionDenied as error:
                self.status.setText(str(error))
            self._fill_blocked()

    def _rules_tab(self) -> QWidget:
        self.region = QLineEdit(self.settings.value("phone_region"))
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Two-letter country code, e.g. IR, AE, IQ"))
        self.area = QLineEdit(self.settings.value("local_area_code"))
        self.area.setToolTip(self.tr("Added to 8-digit local numbers, e.g. 21 for Tehran"))
        self.ring_timeout = QSpinBox(minimum=10, maximum=300, suffix=self.tr(" s"))
        self.ring_timeout.setValue(self.settings.value("ring_timeout"))
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Country"), self.region)
        form.addRow(self.tr("Local area code"), self.area)
        form.addRow(self.tr("Missed after"), self.ring_timeout)
        return tab

    def save(self) -> None:
        self._store_form()
        self.test_bridge.stop_all()
        self.settings.set_value("callerid_sources", dump_sources(self.configs))
        self.settings.set_value("phone_region", (self.region.text().strip() or "IR").upper())
        self.settings.set_value("local_area_code", self.area.text().strip())
        self.settings.set_value("ring_timeout", self.ring_timeout.value())
        self.accept()

    def done(self, result: int) -> None:
        self.test_bridge.stop_all()
        for link in self._links:
            QObject.disconnect(link)
        self._links.clear()
        super().done(result)
