"""The script editor and the dispositions list save through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.campaigns.campaigns import list_dispositions
from app.campaigns.scripts import get_script, list_scripts
from app.db import Database
from ui.campaigns.dispositions_editor import DispositionsDialog
from ui.campaigns.script_editor import ScriptDialog


def test_script_editor_saves_questions_with_branches(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = ScriptDialog(db, "admin")
    qtbot.addWidget(dialog)
    dialog.name.setText("Renewal survey")
    dialog.add_question("Renew this year?", "yesno", branches="no=3")
    dialog.add_question("Which plan?", "choice", choices="Basic, Gold")
    row = dialog.add_question("Score", "number", measure=True)
    combo = dialog.table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "number"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    script = get_script(db, saved.args[0])
    assert [q.kind for q in script.questions] == ["yesno", "choice", "number"]
    assert script.questions[0].branches == {"no": 3} and script.questions[1].choices == ["Basic", "Gold"]
    assert script.questions[2].measure and list_scripts(db) == [(script.id, "Renewal survey")]


def test_script_editor_refuses_a_bad_skip_rule(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = ScriptDialog(db, "admin")
    qtbot.addWidget(dialog)
    dialog.name.setText("Broken")
    dialog.add_question("Q", "yesno", branches="no=three")
    dialog.save()
    assert "questions.1" in dialog.problem.text() and list_scripts(db) == []


def test_dispositions_list_edits_flags_and_delays(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = DispositionsDialog(db, "admin")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 9, timeout=5000)
    busy = next(i for i, v in enumerate(dialog.rows) if v.code == "BUSY")
    dialog.table.item(busy, 9).setText("۴۵")  # Persian digits
    dialog.table.item(busy, 8).setCheckState(Qt.CheckState.Checked)  # final
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    saved = {d.code: d for d in list_dispositions(db)}
    assert saved["BUSY"].retry_minutes == 45 and saved["BUSY"].final and saved["SALE"].success
