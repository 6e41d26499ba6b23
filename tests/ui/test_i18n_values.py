"""Values on screen in Persian and Arabic: list labels, digits with their separators, isolated inserts, weekdays."""

from __future__ import annotations

from datetime import datetime

import pytest

from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.db import Database
from app.dto import CallDraft
from app.phones import PhoneRules
from app.services import calls, lookups
from app.services.customer_lists import search_customers
from app.week import SATURDAY
from ui.calls.call_dialog import CallDialog
from ui.calls.calls_view import CallsView
from ui.formatting import FSI, LRI, LRO, PDF, PDI, Formatter, fill


def persian(db: Database) -> Formatter:
    fmt = Formatter("jalali", "fa")
    fmt.labels = lookups.label_map(db, "fa")
    return fmt


def test_digits_follow_the_setting_with_the_languages_separators() -> None:
    assert Formatter(language="fa").number(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert Formatter(language="ar").number(1234567) == "١٬٢٣٤٬٥٦٧"
    assert Formatter(language="fa").percent(0.125, 1) == "۱۲٫۵٪"
    assert Formatter(language="fa").decimal(2.5) == "۲٫۵"
    assert Formatter(language="fa", digits="latin").number(1234567) == "1,234,567"
    assert Formatter(language="en").percent(0.5) == "50%"
    # Phone numbers follow the digits but always read left to right.
    assert Formatter(language="fa").phone("0912 000 4567") == f"{LRI}{LRO}۰۹۱۲ ۰۰۰ ۴۵۶۷{PDF}{PDI}"
    assert Formatter(language="ar", digits="latin").phone("0912") == f"{LRI}{LRO}0912{PDF}{PDI}"
    # Dates keep year/month/day order with the chosen digits.
    assert Formatter("jalali", "fa").date(datetime(2026, 3, 21).date()) == "۱۴۰۵/۰۱/۰۱"


def test_fill_isolates_every_value_in_right_to_left_text() -> None:
    sentence = fill("ذخیره شد در %1: %2 ردیف", "/tmp/report.xlsx", "۱۲")
    assert sentence == f"ذخیره شد در {FSI}/tmp/report.xlsx{PDI}: {FSI}۱۲{PDI} ردیف"
    assert fill("Saved %1", "/tmp/a.xlsx") == "Saved /tmp/a.xlsx"  # plain left-to-right text stays plain
    assert fill("Delete “%1”?", "علی") == f"Delete “{FSI}علی{PDI}”?"  # a Persian name in English is isolated


def test_weekday_names_follow_the_interface_language() -> None:
    assert Formatter(language="fa").weekday(SATURDAY) == "شنبه"
    assert Formatter(language="en").weekday(SATURDAY) == "Sat"


def test_call_log_shows_reasons_and_outcomes_in_persian(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    order = next(i for i in lookups.list_values(filled_db, lookups.CALL_REASON) if i.value == "Order")
    customer_id = search_customers(filled_db, "Customer 03").rows[0].id
    calls.log_call(
        filled_db,
        CallDraft("in", datetime(2025, 6, 1, 10), customer_id=customer_id, reason_id=order.id, outcome="Resolved"),
        "t",
    )
    calls.log_call(filled_db, CallDraft("in", datetime(2025, 6, 2, 10), customer_id=customer_id, outcome="typed"), "t")
    view = CallsView(filled_db, PhoneRules, persian(filled_db), QCalendar(QCalendar.System.Jalali))
    qtbot.addWidget(view)
    view.date_from.blockSignals(True)
    view.date_from.setDate(QDate(2024, 1, 1))
    view.date_from.blockSignals(False)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.date_to.setDate(QDate(2030, 1, 1))
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    reason, outcome = headers.index("Reason"), headers.index("Outcome")
    rows = {view.model.index(r, outcome).data(): view.model.index(r, reason).data() for r in range(2)}
    assert rows == {"حل شد": "سفارش", "typed": ""}  # a value typed without a translation shows as typed
    assert view.date_from.displayFormat() == "yyyy/MM/dd"


def test_call_dialog_offers_labels_and_stores_the_value(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 04").rows[0].id
    dialog = CallDialog(
        filled_db, "agent", PhoneRules(), QCalendar(), customer_id, "", ["0912 000 0004"], fmt=persian(filled_db)
    )
    qtbot.addWidget(dialog)
    assert "سفارش" in [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert dialog.started.displayFormat() == "yyyy/MM/dd HH:mm"  # hours before minutes, year first
    dialog.outcome.setCurrentText("حل شد")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert (
        calls.customer_history(filled_db, customer_id).rows[0].outcome == "Resolved"
    )  # the stored value, not the Persian label


def test_chart_axes_speak_the_chosen_digits(qtbot) -> None:  # noqa: ANN001
    from ui.reports.charts import Chart, HeatMap

    chart = Chart("t", digits=Formatter(language="fa").digits)
    qtbot.addWidget(chart)
    assert chart.getAxis("left").tickStrings([0, 1500, 2.5], 1, 0.5) == ["۰", "۱۵۰۰٫۰", "۲٫۵"]
    heat = HeatMap("t", digits=Formatter(language="ar").digits)
    qtbot.addWidget(heat)
    heat.show_grid([[0] * 24 for _ in range(7)], [str(d) for d in range(7)])
    hours = [text for _value, text in heat.getAxis("bottom")._tickLevels[0]]
    assert hours[:3] == ["٠", "٢", "٤"]
    latin = Chart("t", digits=Formatter(language="fa", digits="latin").digits)
    qtbot.addWidget(latin)
    assert latin.getAxis("left").tickStrings([10], 1, 1) == ["10"]


def _ink(label: QLabel) -> QImage:
    """The label's drawn text, cropped to its ink (so alignment does not matter)."""
    label.resize(500, 40)
    image = label.grab().toImage()
    dark = [
        x for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixelColor(x, y).value() < 128
    ]
    return image.copy(min(dark), 0, max(dark) - min(dark) + 1, image.height())


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_phone_numbers_are_never_drawn_reversed(qtbot, language: str) -> None:  # noqa: ANN001
    fmt = Formatter(language=language)
    shown = QLabel(fmt.phone("0912 000 4567"))
    shown.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # The reference: the same characters forced into logical order in a left-to-right label.
    native = fmt.digits("0912 000 4567")
    reference = QLabel(f"{LRO}{native}{PDF}")
    reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    reversed_groups = QLabel(f"{LRO}{' '.join(reversed(native.split()))}{PDF}")
    for label in (shown, reference, reversed_groups):
        qtbot.addWidget(label)
    assert _ink(shown) == _ink(reference)
    assert _ink(reversed_groups) != _ink(reference)  # the comparison can tell the two orders apart


def test_hijri_dates_show_the_gregorian_day_beside_them(settings) -> None:  # noqa: ANN001
    from ui.formatting import ISLAMIC_AVAILABLE

    assert ISLAMIC_AVAILABLE  # PySide6's Qt is built with the Islamic civil calendar
    hijri = Formatter("islamic", "ar")
    assert hijri.date(datetime(2026, 11, 23).date()) == "١٤٤٨/٠٦/١٢ (٢٠٢٦/١١/٢٣)"
    assert hijri.datetime(datetime(2026, 11, 23, 9, 5)) == "١٤٤٨/٠٦/١٢ (٢٠٢٦/١١/٢٣) ٠٩:٠٥"
    settings.set_value("language", "ar")
    settings.set_value("calendar", "islamic")
    assert settings.calendar() == "islamic"


def test_labels_given_in_the_list_editor_show_after_it_closes(qtbot, filled_db: Database, settings) -> None:  # noqa: ANN001
    from ui.main_window import MainWindow

    settings.set_value("language", "fa")
    refund = lookups.add_value(filled_db, lookups.CALL_REASON, "Refund")
    customer_id = search_customers(filled_db, "Customer 05").rows[0].id
    calls.log_call(filled_db, CallDraft("in", datetime.now(), customer_id=customer_id, reason_id=refund), "t")
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    assert window.fmt.lookup(lookups.CALL_REASON, "Refund") == "Refund"  # no translation yet: as typed
    lookups.set_labels(filled_db, refund, "بازپرداخت", "استرداد")
    window._labels_loaded(lookups.label_map(filled_db, "fa"))  # what closing the editor runs on a worker
    assert window.fmt.lookup(lookups.CALL_REASON, "Refund") == "بازپرداخت"
    model = window.calls.model
    reason = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Reason")
    qtbot.waitUntil(lambda: any(model.index(r, reason).data() == "بازپرداخت" for r in range(model.rowCount())))


def test_money_is_named_in_the_language_and_grouped_by_the_digits_setting() -> None:
    assert Formatter(language="fa").money(1250000) == "۱٬۲۵۰٬۰۰۰ ریال"
    assert Formatter(language="fa", toman=True).money(1250000) == "۱۲۵٬۰۰۰ تومان"  # rials ÷ 10
    assert Formatter(language="ar", currency="AED").money(1500) == "١٬٥٠٠ درهم"
    assert Formatter(language="ar", currency="AED", toman=True).money(1500) == "١٬٥٠٠ درهم"  # Toman is for rials
    assert Formatter(language="en", currency="USD").money(1234.6) == "1,235 USD"
    assert Formatter(language="fa", digits="latin", currency="XYZ").money(1000) == "1,000 XYZ"  # unknown: the code


def test_dialogs_use_their_windows_formatter(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialog, QWidget

    from ui.formatting import formatter_of

    window = QWidget()
    window.fmt = Formatter(language="fa", digits="latin")  # type: ignore[attr-defined]
    dialog = QDialog(window)
    inner = QLabel(dialog)
    qtbot.addWidget(window)
    assert formatter_of(inner) is window.fmt and formatter_of(dialog).number(1234) == "1,234"
    assert formatter_of(QLabel()).language == "en"  # no owner: the interface language (English in tests)
