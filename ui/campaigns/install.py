"""Campaigns in the main window: the Campaigns tab and menu, the editor, Next call windows, results, the
export, the office's do-not-call numbers, and "Start a win-back campaign" on the Customer value screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from app.auth import allowed
from app.campaigns.campaigns import set_status
from app.campaigns.consent import add_dnc_number
from app.campaigns.targets import winback_filter
from ui.campaigns.dispositions_editor import DispositionsDialog
from ui.campaigns.editor import CampaignDialog
from ui.campaigns.labels import refusal
from ui.campaigns.list_view import CampaignsView
from ui.campaigns.next_call_view import NextCallView
from ui.campaigns.script_editor import ScriptDialog
from ui.formatting import fill, segment_label
from ui.tasks import run_task


class CampaignsPanel(QObject):
    def __init__(self, window: Any, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.window, self.db, self.actor, self.now = window, window.db, window.actor, now
        self.language = window.settings.value("language")
        self.agent_windows: dict[int, NextCallView] = {}
        self.view = CampaignsView(self.db, window.fmt)
        self.view.new_requested.connect(lambda: self.edit(None))
        self.view.action.connect(self.act)
        self.index = window.tabs.addTab(self.view, self.tr("Campaigns"))
        self._menu()
        self._hook_value_screen()
        self.view.refresh()

    def _menu(self) -> None:
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("Ca&mpaigns"))
        # addMenu appended it after Help; the Tickets menu (installed first) and Help stay the last two.
        anchor = bar.actions()[-3] if len(bar.actions()) > 2 else None
        if anchor is not None:
            bar.insertMenu(anchor, menu)
        new = menu.addAction(self.tr("&New campaign…"))
        new.triggered.connect(lambda _checked=False: self.edit(None))
        work = menu.addAction(self.tr("Next &call…"))
        work.setShortcut(QKeySequence("Ctrl+Shift+N"))
        work.triggered.connect(lambda _checked=False: self._next_for_selected())
        menu.addSeparator()
        script = menu.addAction(self.tr("New call &script…"))
        script.triggered.connect(lambda _checked=False: ScriptDialog(self.db, self.actor, self.window).open())
        dispositions = menu.addAction(self.tr("D&ispositions…"))
        dispositions.triggered.connect(lambda _checked=False: DispositionsDialog(self.db, self.actor,
                                                                                 self.window).open())  # fmt: skip
        dnc = menu.addAction(self.tr("Add a number to the &do-not-call list…"))
        dnc.triggered.connect(lambda _checked=False: self.add_dnc())

    def _hook_value_screen(self) -> None:
        """The Customer value tab is built on first view: connect its win-back button when it is."""
        lazy = getattr(self.window, "_lazy", None)
        index = getattr(self.window, "value_index", None)
        if lazy is None or index not in lazy:
            return
        build = lazy[index]

        def built() -> QWidget:
            view = build()
            view.campaign_requested.connect(self.start_winback)
            return view

        lazy[index] = built

    # -- actions on the selected campaign
    def act(self, name: str, campaign_id: int) -> None:
        if name == "edit":
            self.edit(campaign_id)
        elif name in ("running", "paused", "finished"):
            db, actor = self.db, self.actor
            run_task(self, lambda: set_status(db, campaign_id, name, actor), lambda _r: self.view.refresh(),
                     self._error, write=True)  # fmt: skip
        elif name == "next":
            self.next_call(campaign_id)
        elif name == "results":
            from ui.campaigns.results_view import ResultsDialog  # pyqtgraph loads when first needed: a faster start

            ResultsDialog(self.db, campaign_id, self.window.fmt, self.language, self.window).open()
        elif name == "export":
            self.export(campaign_id)

    def edit(self, campaign_id: int | None, **preset: Any) -> CampaignDialog:
        dialog = CampaignDialog(self.db, self.actor, self.window.fmt, campaign_id, parent=self.window, **preset)
        dialog.saved.connect(lambda _id: self.view.refresh())
        dialog.open()
        return dialog

    def start_winback(self, segment: str) -> CampaignDialog | None:
        if not allowed(self._role(), "campaign.manage"):  # the Customer value screen's button: say so before the form
            self.window.statusBar().showMessage(
                self.tr("Your role may not set up campaigns: ask a supervisor or the owner."), 15000)  # fmt: skip
            return None
        name = fill(self.tr("Win-back: %1"), segment_label(segment)) if segment else self.tr("Win-back: churn risk")
        self.window.tabs.setCurrentIndex(self.index)
        return self.edit(None, preset=winback_filter(segment or None), purpose="winback", name=name)

    def _next_for_selected(self) -> None:
        row = self.view.selected()
        self.window.tabs.setCurrentIndex(self.index)
        if row is None:
            self.window.statusBar().showMessage(self.tr("Choose a running campaign on the Campaigns tab first."), 10000)
        else:
            self.next_call(row.id)

    def next_call(self, campaign_id: int) -> NextCallView:
        view = self.agent_windows.get(campaign_id)
        if view is None:
            view = NextCallView(self.db, campaign_id, self.actor, self.window.fmt, self.language,
                                lambda: self.now(), self.dial,
                                may_exclude=allowed(self._role(), "campaign.work"))  # fmt: skip
            view.setWindowTitle(self.tr("Next call"))
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.saved.connect(lambda _id: self.view.refresh())
            view.destroyed.connect(lambda _obj=None, cid=campaign_id: self.agent_windows.pop(cid, None))
            self.agent_windows[campaign_id] = view
        view.show()
        view.raise_()
        return view

    def dial(self, number: str) -> bool:
        """The main window's modem path (as "Dial a number…"): False when no modem is connected."""
        modem = self.window.bridge.dialer()
        if modem is None:
            return False
        digits = "".join(ch for ch in number if ch.isdigit() or ch in "+*#")
        run_task(self, lambda: modem.dial(digits), None, self._error)
        return True

    def export(self, campaign_id: int) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export campaign"), f"campaign-{campaign_id}.xlsx",
                                              "Excel (*.xlsx)")  # fmt: skip
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from app.campaigns.report import export_campaign

        db, lang, actor = self.db, self.language, self.actor
        saved = self.tr("Saved %1.")
        run_task(self, lambda: export_campaign(db, campaign_id, path, lang, actor=actor),
                 lambda result: self.window.statusBar().showMessage(fill(saved, str(result.path)), 10000),
                 self._error, kind="slow")  # fmt: skip

    def add_dnc(self) -> None:
        number, ok = QInputDialog.getText(self.window, self.tr("Do-not-call list"),
                                          self.tr("Number nobody may call from a campaign:"))  # fmt: skip
        if ok and number.strip():
            db, actor = self.db, self.actor
            run_task(self, lambda: add_dnc_number(db, number, actor),
                     lambda stored: self.window.statusBar().showMessage(
                         fill(self.tr("%1 is on the do-not-call list."), self.window.fmt.phone(stored)), 10000),
                     self._error, write=True)  # fmt: skip

    def _role(self) -> str | None:
        """The signed-in role (set by ui/auth when the window is built): what the panel's own buttons allow."""
        return getattr(self.window, "role", None)

    def _error(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(refusal(error), 15000)


def install_campaigns(window: Any) -> CampaignsPanel:
    """Add the campaign screens to the main window (one call from MainWindow.__init__)."""
    return CampaignsPanel(window)
