"""customer value snapshot, revenue per day, rollups a new call leaves alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Issue 15 (speed):
- `customer_values` (+ `customer_value_runs`): RFM, ABC and churn figures per customer, stored with
  the segment indexed so the customer list's segment filter is a range; filled on a worker by
  `app.analytics.value_snapshot.refresh` (left empty here: computing it is a full pass over orders
  and calls, too slow for a start-up), a deleted customer leaves it at once (trigger).
- `order_day_stats`: orders and revenue per day and currency, backfilled here (one GROUP BY) and
  kept exact by triggers on `orders`, so a year's revenue is 365 rows instead of every order.
- The rollup triggers on `calls` no longer forget 7 days on every change: a call forgets its own day,
  and the day of the same number's previous call only when its repeat status may change; a call that
  becomes the newest of its number (every ring) just adds one repeat to that day's FCR row.
- `ix_calls_number_started` (issue 7 adds it in 0004; created here only if missing): the triggers
  find "the same number's previous call" through it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

WATCHED = "started_at, status, direction, agent_id, reason_id, ring_seconds, talk_seconds, number"


def upgrade() -> None:
    op.create_table(
        "customer_value_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_value_runs")),
    )
    op.create_table(
        "customer_values",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("last_contact", sa.DateTime(), nullable=False),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("monetary", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column("r", sa.Integer(), nullable=False),
        sa.Column("f", sa.Integer(), nullable=False),
        sa.Column("m", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(length=24), nullable=False),
        sa.Column("value_rank", sa.Integer(), nullable=True),
        sa.Column("value_share", sa.Float(), nullable=True),
        sa.Column("abc", sa.String(length=1), nullable=True),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("last_event_at", sa.DateTime(), nullable=True),
        sa.Column("interval_days", sa.Float(), nullable=True),
        sa.Column("churn_ratio", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_values_customer_id_customers"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_values")),
    )
    op.create_index("ix_customer_values_segment", "customer_values", ["segment", "customer_id"], unique=False)
    op.create_index("ix_customer_values_value_rank", "customer_values", ["value_rank"], unique=False)
    op.create_index("ix_customer_values_churn_ratio", "customer_values", ["churn_ratio"], unique=False)
    op.create_table(
        "order_day_stats",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("revenue", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.PrimaryKeyConstraint("day", "currency", name=op.f("pk_order_day_stats")),
    )
    day = "date(ordered_at)" if op.get_bind().dialect.name == "sqlite" else "CAST(ordered_at AS DATE)"
    op.execute(
        f"INSERT INTO order_day_stats (day, currency, orders, revenue) "
        f"SELECT {day}, currency, count(*), sum(amount) FROM orders GROUP BY {day}, currency"
    )
    # Issue 7's index (0004); IF NOT EXISTS keeps the two changes independent of merge order.
    op.execute("CREATE INDEX IF NOT EXISTS ix_calls_number_started ON calls (number, started_at, id)")
    _old_triggers().drop_invalidation_triggers()
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    _old_triggers().create_invalidation_triggers()
    op.drop_table("order_day_stats")
    op.drop_index("ix_customer_values_churn_ratio", table_name="customer_values")
    op.drop_index("ix_customer_values_value_rank", table_name="customer_values")
    op.drop_index("ix_customer_values_segment", table_name="customer_values")
    op.drop_table("customer_values")
    op.drop_table("customer_value_runs")


def _old_triggers():  # noqa: ANN202 - the 0003 module, for its trigger helpers
    path = Path(__file__).with_name("0003_daily_rollups.py")
    spec = importlib.util.spec_from_file_location("tamas_migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- SQLite: one trigger per case, each with a WHEN, all through ix_calls_number_started. -------------
def _counted(row: str) -> str:
    """The row is one of the calls first-contact resolution looks at (repeat_window)."""
    return f"({row}.direction = 'in' AND {row}.number != '' AND {row}.status != 'ringing')"


def _newest(row: str) -> str:
    return (
        f"NOT EXISTS (SELECT 1 FROM calls s WHERE s.number = {row}.number AND s.direction = 'in' "
        f"AND s.status != 'ringing' AND s.id != {row}.id AND s.started_at >= {row}.started_at)"
    )


def _forget_own(row: str) -> str:
    return f"DELETE FROM rollup_days WHERE day = date({row}.started_at);"


def _forget_previous(row: str) -> str:
    """The previous call of the number (within 7 days) gets another next call: its day is recomputed."""
    return (
        f"DELETE FROM rollup_days WHERE {_counted(row)} AND day = (SELECT date(p.started_at) FROM calls p "
        f"WHERE p.number = {row}.number AND p.direction = 'in' AND p.status != 'ringing' AND p.id != {row}.id "
        f"AND p.started_at < {row}.started_at AND p.started_at >= datetime({row}.started_at, '-7 days') "
        f"ORDER BY p.started_at DESC LIMIT 1);"
    )


REPEAT = (
    "UPDATE call_day_fcr SET repeats = repeats + 1 WHERE day = (SELECT date(p.started_at) FROM ("
    "SELECT started_at, status FROM calls WHERE number = NEW.number AND direction = 'in' AND status != 'ringing' "
    "AND id != NEW.id AND started_at <= NEW.started_at ORDER BY started_at DESC, id DESC LIMIT 1) AS p "
    "WHERE p.status = 'answered' AND julianday(NEW.started_at) - julianday(p.started_at) <= 7);"
)
BECAME_NEWEST = (
    f"OLD.status = 'ringing' AND {_counted('NEW')} AND OLD.direction = 'in' AND OLD.number = NEW.number "
    f"AND OLD.started_at = NEW.started_at AND {_newest('NEW')}"
)
MOVED = (
    "(OLD.number IS NOT NEW.number OR OLD.started_at IS NOT NEW.started_at OR OLD.direction IS NOT NEW.direction "
    "OR (OLD.status = 'ringing') IS NOT (NEW.status = 'ringing'))"
)
SQLITE_TRIGGERS = {
    "calls_rollup_ai": f"AFTER INSERT ON calls BEGIN {_forget_own('NEW')} END",
    "calls_fcr_ai_repeat": f"AFTER INSERT ON calls WHEN {_counted('NEW')} AND {_newest('NEW')} BEGIN {REPEAT} END",
    "calls_fcr_ai_forget": (
        f"AFTER INSERT ON calls WHEN {_counted('NEW')} AND NOT {_newest('NEW')} BEGIN {_forget_previous('NEW')} END"
    ),
    "calls_rollup_ad": f"AFTER DELETE ON calls BEGIN {_forget_own('OLD')} {_forget_previous('OLD')} END",
    "calls_rollup_au": f"AFTER UPDATE OF {WATCHED} ON calls BEGIN {_forget_own('OLD')} {_forget_own('NEW')} END",
    "calls_fcr_au_repeat": f"AFTER UPDATE OF {WATCHED} ON calls WHEN {BECAME_NEWEST} BEGIN {REPEAT} END",
    "calls_fcr_au_forget": (
        f"AFTER UPDATE OF {WATCHED} ON calls WHEN {MOVED} AND NOT ({BECAME_NEWEST}) "
        f"BEGIN {_forget_previous('OLD')} {_forget_previous('NEW')} END"
    ),
    "orders_day_ai": (
        "AFTER INSERT ON orders BEGIN INSERT INTO order_day_stats (day, currency, orders, revenue) "
        "VALUES (date(NEW.ordered_at), NEW.currency, 1, NEW.amount) ON CONFLICT (day, currency) "
        "DO UPDATE SET orders = orders + 1, revenue = revenue + excluded.revenue; END"
    ),
    "orders_day_ad": (
        "AFTER DELETE ON orders BEGIN UPDATE order_day_stats SET orders = orders - 1, revenue = revenue - OLD.amount "
        "WHERE day = date(OLD.ordered_at) AND currency = OLD.currency; END"
    ),
    "orders_day_au": (
        "AFTER UPDATE OF ordered_at, amount, currency ON orders BEGIN "
        "UPDATE order_day_stats SET orders = orders - 1, revenue = revenue - OLD.amount "
        "WHERE day = date(OLD.ordered_at) AND currency = OLD.currency; "
        "INSERT INTO order_day_stats (day, currency, orders, revenue) "
        "VALUES (date(NEW.ordered_at), NEW.currency, 1, NEW.amount) ON CONFLICT (day, currency) "
        "DO UPDATE SET orders = orders + 1, revenue = revenue + excluded.revenue; END"
    ),
    "customers_value_deleted": (
        "AFTER UPDATE OF deleted_at ON customers WHEN NEW.deleted_at IS NOT NULL "
        "BEGIN DELETE FROM customer_values WHERE customer_id = NEW.id; END"
    ),
}

# --- PostgreSQL: the same rules in PL/pgSQL. ----------------------------------------------------------
PG_FUNCTIONS = {
    "calls_rollup_forget": """
DECLARE previous RECORD;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM rollup_days WHERE day = OLD.started_at::date; END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN DELETE FROM rollup_days WHERE day = NEW.started_at::date; END IF;
    IF TG_OP = 'UPDATE' AND OLD.number = NEW.number AND OLD.started_at = NEW.started_at
       AND OLD.direction = NEW.direction AND (OLD.status = 'ringing') = (NEW.status = 'ringing') THEN
        RETURN NULL;  -- still the same place in its number's sequence: no other day changes
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.direction = 'in' AND NEW.number <> '' AND NEW.status <> 'ringing'
       AND (TG_OP = 'INSERT' OR (OLD.status = 'ringing' AND OLD.direction = 'in' AND OLD.number = NEW.number
                                 AND OLD.started_at = NEW.started_at))
       AND NOT EXISTS (SELECT 1 FROM calls s WHERE s.number = NEW.number AND s.direction = 'in'
                       AND s.status <> 'ringing' AND s.id <> NEW.id AND s.started_at >= NEW.started_at) THEN
        SELECT started_at, status INTO previous FROM calls WHERE number = NEW.number AND direction = 'in'
            AND status <> 'ringing' AND id <> NEW.id AND started_at <= NEW.started_at
            ORDER BY started_at DESC, id DESC LIMIT 1;
        IF FOUND AND previous.status = 'answered' AND NEW.started_at - previous.started_at <= interval '7 days' THEN
            UPDATE call_day_fcr SET repeats = repeats + 1 WHERE day = previous.started_at::date;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.direction = 'in' AND OLD.number <> '' AND OLD.status <> 'ringing' THEN
        DELETE FROM rollup_days WHERE day = (SELECT started_at::date FROM calls WHERE number = OLD.number
            AND direction = 'in' AND status <> 'ringing' AND id <> OLD.id AND started_at < OLD.started_at
            AND started_at >= OLD.started_at - interval '7 days' ORDER BY started_at DESC LIMIT 1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.direction = 'in' AND NEW.number <> '' AND NEW.status <> 'ringing' THEN
        DELETE FROM rollup_days WHERE day = (SELECT started_at::date FROM calls WHERE number = NEW.number
            AND direction = 'in' AND status <> 'ringing' AND id <> NEW.id AND started_at < NEW.started_at
            AND started_at >= NEW.started_at - interval '7 days' ORDER BY started_at DESC LIMIT 1);
    END IF;
    RETURN NULL;
END""",
    "orders_day_count": """
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE order_day_stats SET orders = orders - 1, revenue = revenue - OLD.amount
        WHERE day = OLD.ordered_at::date AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO order_day_stats (day, currency, orders, revenue) VALUES (NEW.ordered_at::date, NEW.currency, 1,
            NEW.amount) ON CONFLICT (day, currency) DO UPDATE SET orders = order_day_stats.orders + 1,
            revenue = order_day_stats.revenue + excluded.revenue;
    END IF;
    RETURN NULL;
END""",
    "customers_value_deleted": """
BEGIN
    DELETE FROM customer_values WHERE customer_id = NEW.id;
    RETURN NULL;
END""",
}
PG_TRIGGERS = {
    "calls_rollup_ins_del": "AFTER INSERT OR DELETE ON calls FOR EACH ROW EXECUTE FUNCTION calls_rollup_forget()",
    "calls_rollup_upd": f"AFTER UPDATE OF {WATCHED} ON calls FOR EACH ROW EXECUTE FUNCTION calls_rollup_forget()",
    "orders_day_ins_del": "AFTER INSERT OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_day_count()",
    "orders_day_upd": (
        "AFTER UPDATE OF ordered_at, amount, currency ON orders FOR EACH ROW EXECUTE FUNCTION orders_day_count()"
    ),
    "customers_value_deleted": (
        "AFTER UPDATE OF deleted_at ON customers FOR EACH ROW WHEN (NEW.deleted_at IS NOT NULL) "
        "EXECUTE FUNCTION customers_value_deleted()"
    ),
}
PG_TABLES = {"calls_rollup": "calls", "orders_day": "orders", "customers_value": "customers"}


def create_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif dialect == "postgresql":
        for name, body in PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger AS $$ {body} $$ LANGUAGE plpgsql")
        for name, body in PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def drop_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for name in PG_TRIGGERS:
            table = next(t for prefix, t in PG_TABLES.items() if name.startswith(prefix))
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
