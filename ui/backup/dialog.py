"""Settings → Backups…: where backups go, how many to keep, "Back up now" (on a worker, with progress), "Restore…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.backup.auto import back_up
from app.backup.restore import check_backup
from app.db import Database
from ui.backup.errors import friendly
from ui.backup.places import backup_folder, known_backups, sqlite_file
from ui.formatting import fill
from ui.settings import Settings
from ui.tasks import TaskHandle, run_task


class BackupsDialog(QDialog):
    restore_chosen: Callable[[Path], None] = staticmethod(lambda _path: None)  # set by install_backups

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.settings, self.now = db, settings, now
        self.path = sqlite_file(db)
        self.setWindowTitle(self.tr("Backups"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Beside the database (a “backups” folder)"))
        self.folder.setText(settings.value("backup_folder"))
        self.folder.editingFinished.connect(self._save)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        self.keep = QSpinBox(minimum=1, maximum=365)
        self.keep.setValue(int(settings.value("backup_keep")))
        self.keep.valueChanged.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Backups to keep:"), self.keep)
        self.list = QListWidget()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel(self.tr("A backup is made every day and at exit; each is checked before older ones go."))
        self.status.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.choose_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.task: TaskHandle | None = None
        if self.path is None:
            self.status.setText(self.tr("This database is on a server: back it up there, or with `main.py backup` "
                                        "(pg_dump)."))  # fmt: skip
            for widget in (self.folder, choose, self.keep, self.back_up_button, self.restore_button):
                widget.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.path is not None:
            for found in known_backups(self.settings, self.path):
                size = found.path.stat().st_size / 1_048_576 if found.path.exists() else 0
                self.list.addItem(f"{found.path.name}   ({size:,.1f} MB)")

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._save()

    def _save(self) -> None:
        self.settings.set_value("backup_folder", self.folder.text().strip())
        self.settings.set_value("backup_keep", self.keep.value())
        self.reload()

    def back_up_now(self) -> TaskHandle | None:
        if self.path is None or self.task is not None:
            return None
        self._save()
        path, folder, keep, now = self.path, backup_folder(self.settings, self.path), self.keep.value(), self.now()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.back_up_button.setEnabled(False)
        self.task = run_task(self, lambda progress: back_up(path, folder, now, keep, progress=progress),
                             self._made, self._failed, with_progress=True, kind="slow")  # fmt: skip
        self.task.progressed.connect(self._progressed)
        return self.task

    def _progressed(self, done: int, total: int, label: str) -> None:
        if label == "copy" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        elif label == "verify":
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Checking the copy…"))

    def _finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.back_up_button.setEnabled(True)
        self.reload()

    def _made(self, path: Path) -> None:
        self._finished()
        self.status.setText(fill(self.tr("Backup written and checked: %1"), str(path)))

    def _failed(self, error: BaseException) -> None:
        self._finished()
        self.status.setText(friendly(error))

    def choose_restore(self) -> None:
        if self.path is None:
            return
        start = str(backup_folder(self.settings, self.path))
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), start,
                                                      self.tr("Tamas backups (*.db);;All files (*)"))  # fmt: skip
        if chosen:
            self.check_and_restore(Path(chosen))

    def check_and_restore(self, backup: Path) -> TaskHandle:
        """Check the backup on a worker; then confirm, and hand it over to restore at restart."""
        self.status.setText(self.tr("Checking the backup…"))
        return run_task(self, lambda: check_backup(backup), lambda _rev: self._confirm(backup),
                        lambda error: self.status.setText(friendly(error)), kind="slow")  # fmt: skip

    def confirm_box(self, backup: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                          fill(self.tr("Replace the database with %1? Tamas restarts; the current database is "
                                       "kept as a backup first."), backup.name), parent=self)  # fmt: skip
        box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        return box

    def _confirm(self, backup: Path) -> None:
        self.status.setText(fill(self.tr("%1 is a good backup."), backup.name))
        box = self.confirm_box(backup)
        box.exec()
        clicked = box.clickedButton()
        if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
            self.restore_chosen(backup)
