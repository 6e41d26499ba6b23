"""Alembic builds the same schema the models describe, on SQLite and PostgreSQL, and can go back down."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.db import Database
from app.migrate import alembic_config, head_revision, include_object
from app.models import Base

TABLES = {"customers", "phones", "calls", "users", "audit_log", "lookups", "alembic_version"}


def test_schema_from_empty_matches_the_models(any_db: Database) -> None:
    with any_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == head_revision()
    assert TABLES <= set(inspect(any_db.engine).get_table_names())
    indexes = {i["name"] for i in inspect(any_db.engine).get_indexes("phones")}
    assert "ix_phones_number" in indexes


def test_search_index_branch_exists(any_db: Database) -> None:
    with any_db.engine.connect() as connection:
        if any_db.is_sqlite:
            names = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
            assert {"customers_fts", "customers_fts_ai", "customers_fts_ad", "customers_fts_au"} <= names
        else:
            names = {r[0] for r in connection.execute(text("SELECT indexname FROM pg_indexes"))}
            assert "ix_customers_search_trgm" in names


def test_downgrade_to_empty_and_up_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()
