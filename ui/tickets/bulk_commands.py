"""Undoable bulk assignment and status change from the ticket list (Ctrl+Z on the main window's undo stack)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.db import Database
from app.tickets.bulk import assign_many, bulk_status_undoable, restore_status
from ui.formatting import fill, formatter_of


class BulkAssign(QUndoCommand):
    """Redo assigns the selection; undo gives every ticket back its previous assignee."""

    def __init__(self, db: Database, actor: str, ticket_ids: list[int], assignee_id: int | None,
                 run_write: Callable[[Callable[[], Any], Callable[[Any], None]], None]) -> None:  # fmt: skip
        super().__init__(
            fill(QCoreApplication.translate("Tickets", "Assign %1 tickets"), formatter_of(None).number(len(ticket_ids)))
        )
        self.db, self.actor, self.run_write = db, actor, run_write
        self.wanted: dict[int, int | None] = dict.fromkeys(ticket_ids, assignee_id)
        self.previous: dict[int, int | None] = {}

    # Writes run one at a time in order, so undo's write always sees what redo's write stored in `previous`.
    def redo(self) -> None:
        def op() -> None:
            self.previous = assign_many(self.db, self.wanted, self.actor)

        self.run_write(op, lambda _r: None)

    def undo(self) -> None:
        self.run_write(lambda: assign_many(self.db, self.previous, self.actor), lambda _r: None)


class BulkStatus(QUndoCommand):
    """Redo moves the selection where the status table allows it; undo puts each moved ticket back as it was.
    `done` gets (moved, refused) after each redo."""

    def __init__(self, db: Database, actor: str, ticket_ids: list[int], status: str,
                 run_write: Callable[[Callable[[], Any], Callable[[Any], None]], None],
                 done: Callable[[Any], None]) -> None:  # fmt: skip
        super().__init__(
            fill(
                QCoreApplication.translate("Tickets", "Change the status of %1 tickets"),
                formatter_of(None).number(len(ticket_ids)),
            )
        )
        self.db, self.actor, self.run_write, self.done = db, actor, run_write, done
        self.ticket_ids, self.status = ticket_ids, status
        self.saved: dict[int, dict[str, Any]] = {}

    def redo(self) -> None:
        def op() -> tuple[list[int], list[int]]:
            moved, refused, self.saved = bulk_status_undoable(self.db, self.ticket_ids, self.status, self.actor)
            return moved, refused

        self.run_write(op, self.done)

    def undo(self) -> None:
        self.run_write(lambda: restore_status(self.db, self.saved, self.actor), lambda _r: None)
