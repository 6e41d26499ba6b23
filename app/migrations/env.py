"""Alembic environment: runs on the connection `app.migrate` hands over (online mode only)."""

from __future__ import annotations

from alembic import context

from app.migrate import include_object
from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through app.migrate (python main.py db upgrade).")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
