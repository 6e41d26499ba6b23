"""Editable lists keep one label per language; old databases get the default labels on upgrade."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from app.db import Database
from app.migrate import alembic_config
from app.services import lookups


def test_defaults_come_labelled_and_user_values_show_as_typed(any_db: Database) -> None:
    lookups.ensure_defaults(any_db)
    reasons = {item.value: item for item in lookups.list_values(any_db, lookups.CALL_REASON)}
    assert reasons["Complaint"].label("fa") == "شکایت"
    assert reasons["Complaint"].label("ar") == "شكوى"
    assert reasons["Complaint"].label("en") == "Complaint"
    typed = lookups.add_value(any_db, lookups.CALL_REASON, "Warranty")
    item = next(i for i in lookups.list_values(any_db, lookups.CALL_REASON) if i.id == typed)
    assert item.label("fa") == "Warranty"
    persian = lookups.label_map(any_db, "fa")
    assert persian[(lookups.CALL_OUTCOME, "Wrong number")] == "شماره اشتباه"
    assert (lookups.CALL_REASON, "Warranty") not in persian
    assert lookups.label_map(any_db, "en") == {}


def test_set_labels_translates_a_user_value(any_db: Database) -> None:
    typed = lookups.add_value(any_db, lookups.CALL_OUTCOME, "Refund")
    lookups.set_labels(any_db, typed, "  بازپرداخت ", "استرداد")
    assert lookups.label_map(any_db, "fa")[(lookups.CALL_OUTCOME, "Refund")] == "بازپرداخت"
    assert lookups.label_map(any_db, "ar")[(lookups.CALL_OUTCOME, "Refund")] == "استرداد"


def test_upgrade_labels_the_defaults_of_an_existing_database(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0007")
        connection.execute(
            text("INSERT INTO lookups (kind, value, position, active) VALUES "
                 "('call_reason', 'Order', 0, 1), ('call_reason', 'Own words', 1, 1)")
        )  # fmt: skip
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        rows = dict(connection.execute(text("SELECT value, label_fa FROM lookups")).all())
    engine.dispose()
    assert rows == {"Order": "سفارش", "Own words": ""}
