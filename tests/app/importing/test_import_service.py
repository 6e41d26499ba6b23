"""The import: all or nothing, problems by row, duplicates, consent, update by id, undo, cancel."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.importing.mapping import guess_mapping
from app.importing.read import read_table
from app.importing.rejected import write_rejected
from app.importing.service import ImportOptions, run_import
from app.importing.table import SourceTable
from app.importing.undo import AlreadyUndone, list_imports, undo_import
from app.models import Customer, ImportBatch, Phone
from app.progress import Cancelled
from app.services.customers import create_customer, customer_card
from app.text import normalize_text


def _table(rows: list[list[str]]) -> SourceTable:
    return SourceTable.of_rows(rows[0], [list(r) for r in rows[1:]], list(range(2, len(rows) + 1)))


def _counts(db: Database) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        tables = ("customers", "phones", "audit_log", "import_batches", "import_changes", "customers_fts")
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables)


def _import(db: Database, rows: list[list[str]], **options: object) -> object:
    table = _table(rows)
    return run_import(db, table, guess_mapping(table.headers), ImportOptions(actor="test", **options))  # type: ignore[arg-type]


def _names(db: Database) -> list[str]:
    with db.sessions() as s:
        return list(s.scalars(select(Customer.name).where(Customer.deleted_at.is_(None)).order_by(Customer.id)))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("علي", "علی"), ("كريم", "کریم"), ("۰۹۱۲۱۲۳۴۵۶۷", "+989121234567"), ("+98 912 123 4567", "+989121234567")],
)
def test_normalization_table(db: Database, typed: str, stored: str) -> None:
    if stored.startswith("+"):
        result = _import(db, [["name", "mobile"], ["X", typed]])
        with db.sessions() as s:
            assert s.scalars(select(Phone.number)).all() == [stored]
    else:
        result = _import(db, [["name", "mobile"], [typed, "09120000000"]])
        with db.sessions() as s:
            assert normalize_text(stored) in s.scalars(select(Customer.search_key)).one()
    assert result.created == 1  # type: ignore[attr-defined]


def test_bad_rows_in_the_middle_are_reported_and_good_rows_go_in(db: Database, tmp_path: Path) -> None:
    rows = [["name", "mobile", "email", "date"], ["Ali", "09121111111", "", ""], ["", "", "", ""],
            ["Bad", "12ab", "x@", "1403/13/40"], ["Sara", "09122222222", "s@e.com", "2024-01-02"]]  # fmt: skip
    rows[2] = ["", "", "no-name@e.com", ""]
    result = _import(db, rows)
    assert (result.created, result.rejected) == (2, 2)  # type: ignore[attr-defined]
    assert [(p.row_number, p.reason) for p in result.problems] == [  # type: ignore[attr-defined]
        (3, "no name and no phone"),
        (4, "'12ab' cannot be a phone number; '1403/13/40' is not a date; 'x@' is not an e-mail address"),
    ]
    assert _names(db) == ["Ali", "Sara"]
    out = tmp_path / "rejected.csv"
    write_rejected(out, rows[0], result.problems)  # type: ignore[attr-defined]
    with open(out, encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back[0] == ["row", "reason", "name", "mobile", "email", "date"]
    assert back[2][:3] == ["4", result.problems[1].reason, "Bad"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("choice", "customers", "phones"), [("skip", 2, 2), ("merge", 2, 3), ("create", 4, 5)])
def test_duplicates_in_database_and_earlier_rows(db: Database, choice: str, customers: int, phones: int) -> None:
    create_customer(db, CustomerDraft("Old", phones=[PhoneDraft("09121111111")]), "t")
    rows = [["name", "mobile", "work"], ["Old again", "0912 111 1111", "02122223333"],
            ["New", "09125555555", ""], ["New twice", "+98 912 555 5555", ""]]  # fmt: skip
    result = _import(db, rows, on_duplicate=choice)
    with db.sessions() as s:
        assert s.scalar(select(func.count(Customer.id))) == customers
        assert s.scalar(select(func.count(Phone.id))) == phones
    assert result.skipped == (2 if choice == "skip" else 0)  # type: ignore[attr-defined]
    assert result.merged == (2 if choice == "merge" else 0)  # type: ignore[attr-defined]


def test_consent_columns_in_three_languages(db: Database) -> None:
    rows = [["name", "mobile", "تماس نگیرید", "عدم ارسال پیامک", "لا بريد"],
            ["A", "09121111111", "بله", "خیر", "نعم"], ["B", "09122222222", "0", "1", "لا"],
            ["C", "09123333333", "maybe", "", ""]]  # fmt: skip
    result = _import(db, rows)
    with db.sessions() as s:
        flags = s.execute(select(Customer.do_not_call, Customer.do_not_sms, Customer.do_not_email)
                          .order_by(Customer.id)).all()  # fmt: skip
    assert [tuple(f) for f in flags] == [(True, False, True), (False, True, False)]
    assert result.problems[0].reason == "'maybe' is not yes or no (do not call)"  # type: ignore[attr-defined]


def test_round_trip_update_by_id_and_undo(db: Database) -> None:
    first = create_customer(db, CustomerDraft("Ali", city="Qom", phones=[PhoneDraft("09121111111")]), "t")
    rows = [["ID", "Name", "Phone", "City"], [str(first), "Ali Karimi", "09121111111", "Tehran"]]
    rows.append(["999", "Ghost", "", ""])
    result = _import(db, rows, mode="update")
    assert (result.updated, result.rejected) == (1, 1)  # type: ignore[attr-defined]
    card = customer_card(db, first)
    assert (card.draft.name, card.draft.city, len(card.phones)) == ("Ali Karimi", "Tehran", 1)
    undo_import(db, result.batch_id, "t")  # type: ignore[attr-defined]
    card = customer_card(db, first)
    assert (card.draft.name, card.draft.city, [p.number for p in card.phones]) == ("Ali", "Qom", ["+989121111111"])


def test_undo_removes_what_it_created_and_restores_merges(db: Database) -> None:
    old = create_customer(db, CustomerDraft("Old", phones=[PhoneDraft("09121111111")]), "t")
    before = _counts(db)
    result = _import(db, [["name", "mobile", "fax", "company"], ["Old", "09121111111", "02155556666", "Acme"],
                          ["New", "09127777777", "", ""]])  # fmt: skip
    assert customer_card(db, old).draft.company == "Acme"
    assert list_imports(db)[0].created == 1
    undo_import(db, result.batch_id, "t")  # type: ignore[attr-defined]
    assert _names(db) == ["Old"]
    card = customer_card(db, old)
    assert (card.draft.company, [p.number for p in card.phones]) == ("", ["+989121111111"])
    after = _counts(db)
    assert after[:2] == before[:2] and after[5] == before[5]
    assert list_imports(db)[0].undone_at is not None
    with pytest.raises(AlreadyUndone):
        undo_import(db, result.batch_id, "t")  # type: ignore[attr-defined]


def test_cancel_mid_way_leaves_the_database_as_it_was(db: Database) -> None:
    create_customer(db, CustomerDraft("Old", phones=[PhoneDraft("09121111111")]), "t")
    before = _counts(db)
    rows = [["name", "mobile"]] + [[f"C{i}", f"0912{i:07d}"] for i in range(12000)]
    table = _table(rows)
    calls: list[int] = []

    def progress(done: int, total: int, label: str) -> bool:
        calls.append(done)
        return done < 5000  # after the first batch of customers is written

    with pytest.raises(Cancelled):
        run_import(db, table, guess_mapping(table.headers), ImportOptions(), progress)
    assert 5000 <= calls[-1] < 12000
    assert _counts(db) == before
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert conn.execute(text("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")) is not None


@pytest.mark.parametrize("held", [1, 20_000])
def test_batches_see_the_rows_and_changes_of_earlier_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch, held: int
) -> None:
    """Rows are written a batch at a time: a duplicate in a later batch still merges, and undo still restores
    (changes to existing customers written after every batch, or held to the end)."""
    monkeypatch.setattr("app.importing.service.BATCH", 2)
    monkeypatch.setattr("app.importing.service.UPDATES_HELD", held)
    old = create_customer(db, CustomerDraft("Old", city="", phones=[PhoneDraft("09121111111")]), "t")
    before = _counts(db)
    rows = [["name", "mobile", "phone", "city", "email"],
            ["Sara", "09122222222", "", "", ""],
            ["Old again", "09121111111", "02155554444", "Qom", ""],
            ["Reza", "09123333333", "", "", "reza@example.com"],
            ["Sara twin", "09122222222", "09124444444", "Rasht", ""],  # batch 2 merges into batch 1's Sara
            ["Old thrice", "", "02155554444", "Tabriz", ""],  # batch 3: the phone batch 1 added to Old
            ["R", "", "", "", "REZA@example.com"]]  # fmt: skip
    result = _import(db, rows)
    assert (result.created, result.merged, result.updated) == (2, 4, 0)  # type: ignore[attr-defined]
    with db.sessions() as s:
        customers = s.scalars(select(Customer).where(Customer.deleted_at.is_(None)).order_by(Customer.id)).all()
        assert [c.name for c in customers] == ["Old", "Sara", "Reza"]
        assert [c.city for c in customers] == ["Qom", "Rasht", ""]
        sara_phones = s.scalars(select(Phone.number).where(Phone.customer_id == customers[1].id)).all()
        assert sorted(sara_phones) == ["+989122222222", "+989124444444"]
        batch = s.get(ImportBatch, result.batch_id)  # type: ignore[attr-defined]
        assert (batch.created, batch.updated) == (2, 2)  # type: ignore[union-attr]
    undo_import(db, result.batch_id, "t")  # type: ignore[attr-defined]
    card = customer_card(db, old)
    assert (card.draft.city, [p.number for p in card.phones]) == ("", ["+989121111111"])
    assert _names(db) == ["Old"]
    assert _counts(db)[:2] == before[:2]


def test_dry_run_counts_but_saves_nothing(db: Database) -> None:
    before = _counts(db)
    result = _import(db, [["name", "mobile"], ["A", "09121111111"], ["B", "x"]], dry_run=True)
    assert (result.created, result.rejected, result.batch_id) == (1, 1, None)  # type: ignore[attr-defined]
    assert _counts(db) == before


def test_imported_customers_are_found_by_search(db: Database) -> None:
    _import(db, [["نام", "موبایل"], ["علي كريمي", "۰۹۱۲۱۲۳۴۵۶۷"]])
    with db.engine.connect() as conn:
        match = text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :q")
        hits = conn.execute(match, {"q": '"کریمی"'}).all()
        phone_hits = conn.execute(match, {"q": '"09121234567"'}).all()
        batch = conn.execute(select(ImportBatch.created)).scalar_one()
    assert len(hits) == 1 and len(phone_hits) == 1 and batch == 1


def test_real_file_through_the_cli(db: Database, db_path: Path, tmp_path: Path) -> None:  # db: the file exists
    from main import main

    path = tmp_path / "c.csv"
    path.write_bytes("نام;موبايل\nعلي;09121234567\nبد;abc\n".encode("cp1256"))
    errors = tmp_path / "errors.csv"
    assert main(["--db", str(db_path), "import", "customers", str(path), "--errors", str(errors)]) == 0
    assert "cannot be a phone number" in errors.read_text(encoding="utf-8-sig")
    table = read_table(path)
    assert table.encoding == "cp1256"
    assert main(["--db", str(db_path), "import", "customers", str(path), "--on-duplicate", "skip", "--dry-run"]) == 0


def test_export_edit_in_excel_import_update_round_trip(db: Database, db_path: Path, tmp_path: Path) -> None:
    from datetime import date

    from openpyxl import load_workbook

    from app.reports.export import export_report
    from main import main

    ids = [create_customer(db, CustomerDraft(f"C{i}", city="Qom", phones=[PhoneDraft(f"0912000000{i}")]), "t")
           for i in range(3)]  # fmt: skip
    out = tmp_path / "customers.xlsx"
    export_report(db, "customers", out, date(2026, 1, 1), date(2026, 12, 31), lang="fa")
    wb = load_workbook(out)
    sheet = wb["مشتریان"]
    assert sheet.cell(1, 1).value == "شناسه"
    sheet.cell(3, 6).value = "Tehran"  # second customer moves
    sheet.cell(4, 2).value = "C2 renamed"
    wb.save(out)
    assert main(["--db", str(db_path), "import", "customers", str(out), "--mode", "update"]) == 0
    assert [customer_card(db, i).draft.city for i in ids] == ["Qom", "Tehran", "Qom"]
    assert customer_card(db, ids[2]).draft.name == "C2 renamed"
    assert _names(db) == ["C0", "C1", "C2 renamed"]


def test_bulk_writes_keep_the_search_index_and_values_exact(db: Database) -> None:
    """More rows than one multi-row statement holds; merges go through the one-statement UPDATE ... FROM."""
    existing = create_customer(db, CustomerDraft("Old", phones=[PhoneDraft("09120000001")]), "t")
    rows = [["name", "mobile", "phone", "city", "do not call"]]
    rows += [[f"N{i}", f"0935{i:07d}", "", "Rasht", "yes" if i % 2 else "no"] for i in range(2500)]
    rows.append(["Old", "09120000001", "02188887777", "Tabriz", "yes"])
    result = _import(db, rows)
    assert (result.created, result.merged) == (2500, 1)  # type: ignore[attr-defined]
    match = text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :q")
    with db.engine.connect() as conn:
        conn.execute(text("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')"))
        assert [r[0] for r in conn.execute(match, {"q": '"02188887777"'})] == [existing]
        assert len(conn.execute(match, {"q": '"09350002499"'}).all()) == 1
    with db.sessions() as s:
        old = s.get(Customer, existing)
        assert old is not None
        assert (old.city, old.do_not_call, old.import_batch_id) == ("Tabriz", True, result.batch_id)  # type: ignore[attr-defined]
        assert old.updated_at.year >= 2026
        flags = s.execute(select(Customer.do_not_call, func.count()).where(Customer.city == "Rasht")
                          .group_by(Customer.do_not_call).order_by(Customer.do_not_call)).all()  # fmt: skip
        assert [tuple(f) for f in flags] == [(False, 1250), (True, 1250)]
    undo_import(db, result.batch_id, "t")  # type: ignore[attr-defined]
    with db.engine.connect() as conn:
        conn.execute(text("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')"))
        assert conn.execute(match, {"q": '"02188887777"'}).all() == []
        assert conn.execute(select(Customer.city).where(Customer.id == existing)).scalar_one() == ""


def test_progress_ends_when_the_held_changes_are_written(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.importing.service.BATCH", 2)
    create_customer(db, CustomerDraft("Old", phones=[PhoneDraft("09121111111")]), "t")
    rows = [["name", "mobile"], ["A", "09121111111"], ["B", "09122222222"], ["C", "09121111111"], ["D", "0912333"]]
    table = _table(rows)
    seen: list[tuple[int, int]] = []
    run_import(db, table, guess_mapping(table.headers), ImportOptions(actor="t"),
               lambda done, total, label: seen.append((done, total)) or True)  # fmt: skip
    done = [d for d, _total in seen]
    assert done == sorted(done)  # never backwards
    assert seen[-1] == (4, 4) and (4, 4) not in seen[:-1]  # the two merges into Old were held to the end
