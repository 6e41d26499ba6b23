"""The `customers` report (every live customer with orders and value) and the `rfm` report."""

from __future__ import annotations

from sqlalchemy import Select, func, select

from app.analytics.kpis import kpi_summary
from app.models import Customer, Order, Phone
from app.reports.i18n import tr
from app.reports.sheets import Column
from app.reports.workbook import ReportJob, SummarySheet

CUSTOMER_COLUMNS = (
    Column("col.id", "int", 10), Column("col.name", "text", 26), Column("col.company", "text", 20),
    Column("col.phone", "phone", 16), Column("col.email", "text", 24), Column("col.city", "text", 12),
    Column("col.status", "text", 11, "customer_status"), Column("col.tags", "text", 18),
    Column("col.do_not_call", "text", 10, "yes_no"),
    Column("col.created_at", "datetime", 18), Column("col.orders", "int", 9), Column("col.value", "money", 16),
)  # fmt: skip
STATUS_COLUMNS = (Column("col.status", "text", 14, "customer_status"), Column("col.customers", "int", 12))


def _customer_query() -> Select:
    # Correlated subqueries ride the (customer_id, ...) indexes: one probe each per streamed row.
    first_phone = (
        select(Phone.number).where(Phone.customer_id == Customer.id).order_by(Phone.position).limit(1)
    ).scalar_subquery()
    orders = select(func.count()).where(Order.customer_id == Customer.id).scalar_subquery()
    value = select(func.sum(Order.amount)).where(Order.customer_id == Customer.id).scalar_subquery()
    return (
        select(
            Customer.id,
            Customer.name,
            Customer.company,
            first_phone,
            Customer.email,
            Customer.city,
            Customer.status,
            Customer.tags,
            Customer.do_not_call,
            Customer.created_at,
            orders,
            value,
        )  # fmt: skip
        .where(Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )


def build_customers(job: ReportJob) -> int:
    """Every live customer, whatever the period (the summary says so); the KPIs are the period's."""
    summary = SummarySheet(job)
    live = Customer.deleted_at.is_(None)
    with job.db.sessions() as session:
        by_status = session.execute(
            select(Customer.status, func.count()).where(live).group_by(Customer.status).order_by(Customer.status)
        ).all()
        created = session.scalar(
            select(func.count()).where(live, Customer.created_at >= job.date_from, Customer.created_at < job.date_to)
        )
    job.total, job.label = sum(n for _s, n in by_status), "customers"
    customers = job.data_sheet("sheet.customers", CUSTOMER_COLUMNS)
    job.report()
    rows = ((*r[:8], int(bool(r[8])), *r[9:]) for r in job.stream(_customer_query()))
    job.fill(customers, rows)
    statuses = job.sheet("sheet.by_status", STATUS_COLUMNS)
    statuses.extend(by_status)
    statuses.finish()
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to, job.currency))
    summary.line("kpi.listed", tr("kpi.listed_all", job.lang))
    job.rows_line(summary, customers)
    summary.line("kpi.created_in_period", int(created or 0), "int")
    summary.chart("bar", "chart.by_status", statuses, ("col.customers",), "col.status")
    summary.write()
    return customers.rows
