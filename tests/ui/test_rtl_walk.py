"""Walk every screen in Persian and Arabic at 1366×768 and fail on English left on screen.

Allowed Latin text: phone numbers, e-mails, what users typed (demo customer names, companies,
products, agents) and the brand "Tamas". Everything else a visible widget, a table cell or a chart
axis shows must be in the interface language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QWidget,
)

from app.campaigns.models import Campaign
from app.db import Database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.models import Customer, Order, User
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import wait_for_all

SIZE = (1366, 768)
CURRENCY = {"fa": "ریال", "ar": "ريال"}  # the office's default currency, IRR, as each language names it
# E-mails, phone numbers, file names, the brand, and acronyms a translation keeps (RFM, PNG, WAPE).
_ALLOWED = re.compile(
    r"[\w.+-]+@[\w.-]+|\+?[\d\s()/-]{5,}|[\w-]+\.(db|xlsx|png|csv)\b|Tamas|https?://\S+|\b[A-Z]{2,5}\b"
    r"|\b(Ctrl|Shift|Alt)\+[\w+]+|\b(Enter|Esc|Tab|Delete)\b"  # keys stay Latin
)
TRANSLATIONS_TODO = "resources/translations/tamas_%s.ts"
_LATIN = re.compile(r"[A-Za-z]{2,}")
_NOT_NUMBERS = re.compile(
    r"[\w.+-]+@[\w.-]+|[\w-]+\.(db|xlsx|png|csv)\b|\b(Ctrl|Shift|Alt)\+[\w+]+|\bF\d+\b|[A-Za-z]+\d+"
)
_LATIN_DIGIT = re.compile(r"[0-9]")
# A Latin comma or dot between native digits: a number grouped with "," instead of ٬ (or "." instead of ٫).
_LATIN_SEPARATOR = re.compile(r"[۰-۹٠-٩][,.][۰-۹٠-٩]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from app.db import open_database

    db = open_database(tmp_path_factory.mktemp("walk") / "demo.db", create=True)
    generate_demo(db, DemoOptions(customers=300, days=60, seed=11, end=date(2026, 5, 31)))
    generate_orders(db, seed=11)  # money on the dashboard, the card and the pop
    from app.campaigns.demo import generate_campaigns

    generate_campaigns(db, 11, date(2026, 5, 31), members=10)  # purposes and statuses on the Campaigns tab
    yield db
    db.dispose()


def typed_words(db: Database) -> set[str]:
    """Words users (or the demo) typed: names, companies, agents; those may be Latin."""
    with db.sessions() as session:
        texts = [*session.scalars(select(Customer.name)), *session.scalars(select(Customer.company))]
        texts += [*session.scalars(select(Customer.city)), *session.scalars(select(Customer.tags))]
        texts += [*session.scalars(select(User.username)), *session.scalars(select(User.full_name))]
        texts += [*session.scalars(select(Campaign.name))]  # typed by whoever set the campaign up
    return {word for text in texts if text for word in _LATIN.findall(text)}


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a visible widget shows, including table headers and cells."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QComboBox):
            yield ("input " if widget.isEditable() else "") + where, widget.currentText()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText() if not widget.text() else ""
        elif isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i).replace("&", "")) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model's columnCount is private in Qt 6: it has one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for column in range(columns):
                if not isinstance(widget, QListView):  # a list shows no header (Qt numbers it "1")
                    yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(QModelIndex()), 30)):
                    yield where, str(model.data(model.index(row, column, QModelIndex())) or "")
    yield from _axes(root)


def _axes(root: QWidget) -> Iterator[tuple[str, str]]:
    import pyqtgraph as pg

    for plot in root.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            yield f"axis {name}", axis.labelText or ""
            if axis._tickLevels:  # ticks given as strings (days, reasons)
                yield from ((f"tick {name}", text) for level in axis._tickLevels for _v, text in level)
            else:
                view = plot.getPlotItem().viewRange()[0 if name == "bottom" else 1]
                values = [v for _spacing, level in axis.tickValues(*view, 400) for v in level]
                yield from ((f"tick {name}", t) for t in axis.tickStrings(values, 1, 1))


def waiting_for_catalog(language: str) -> re.Pattern[str]:
    """Screen strings (tr() in ui/) the catalog has not translated yet: test_translations covers those.

    The lead regenerates and translates the catalogs after merging; this walk is about raw values
    that never went through tr() or a label function.
    """
    import ast
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = {
        m.findtext("source")
        for m in ET.parse(root / (TRANSLATIONS_TODO % language)).iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") is None)
    }
    sources = set()
    for path in (root / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("tr", "translate"):
                literal = node.args[-1] if node.args else None
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str) and literal.value not in done:
                    sources.add(literal.value)
    parts = [re.escape(s.replace("&", "")).replace("%1", ".*") for s in sources]
    for n in range(2, 10):
        parts = [p.replace(f"%{n}", ".*") for p in parts]
    return re.compile("|".join(f"(?:{p})" for p in sorted(parts)) or "(?!)", re.DOTALL)


def english_left(root: QWidget, allowed_words: set[str], pending: re.Pattern[str]) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        plain = re.sub("[\u2066-\u2069\u202a-\u202e]", "", text)
        for part in re.split("<[^>]+>", plain):  # rich text: each paragraph is its own tr() string
            if not part.strip() or pending.fullmatch(part):
                continue
            words = [w for w in _LATIN.findall(_ALLOWED.sub(" ", part)) if w not in allowed_words]
            # Native digits were chosen (the default): a Latin digit outside e-mails, file names and keys
            # is a number that skipped the Formatter.
            digits = _LATIN_DIGIT.findall(_NOT_NUMBERS.sub(" ", part)) + _LATIN_SEPARATOR.findall(part)
            if words or (digits and not where.startswith("input")):  # what the user types stays as typed
                found.append(f"{where}: {text!r}")
    return sorted(set(found))


def clipped(root: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text (cut off at 1366×768)."""
    return sorted(
        f"{type(label).__name__}: {label.text()!r} needs {label.sizeHint().width()}, has {label.width()}"
        for label in root.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and not label.wordWrap()
        and label.pixmap().isNull()
        and label.minimumSizeHint().width() > label.width() + 1
    )


def settle(qtbot) -> None:  # noqa: ANN001
    wait_for_all()
    QCoreApplication.processEvents()
    wait_for_all()
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_english_left_on_any_screen(qtbot, qapp, demo: Database, settings: Settings, language: str) -> None:  # noqa: ANN001
    settings.set_value("language", language)
    install_language(qapp, language)
    try:
        window = MainWindow(demo, settings, "agent")
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        allowed = typed_words(demo) | {"agent", "demo", "Excel"}  # login names; a product name
        pending = waiting_for_catalog(language)
        problems: list[str] = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(qtbot)
            problems += [f"tab {index}: {p}" for p in english_left(window, allowed, pending)]
            problems += [f"tab {index} clipped: {p}" for p in clipped(window)]
            if window.tabs.currentWidget() is not None and window.dashboard is not None and index == 3:
                # The demo's own period, so charts, KPIs and top reasons have data to show.
                window.dashboard.period.setCurrentIndex(window.dashboard.period.findData("custom"))
                window.dashboard.first.setDate(QDate(2026, 4, 1))
                window.dashboard.last.setDate(QDate(2026, 5, 31))
                window.dashboard.refresh()
                settle(qtbot)
                problems += [f"dashboard: {p}" for p in english_left(window, allowed, pending)]
                problems += [f"dashboard clipped: {p}" for p in clipped(window)]
                revenue = window.dashboard.tiles["rpc"].value.text()  # grouped with ٬ and named in the language
                if "\u066c" not in revenue or CURRENCY[language] not in revenue:
                    problems.append(f"dashboard revenue per call: {revenue!r}")
        with demo.sessions() as session:  # a customer who ordered: the card shows the lifetime value
            customer_id = session.scalar(select(Order.customer_id).order_by(Order.amount.desc()))
        card = window.open_card(customer_id)
        card.resize(*SIZE)
        qtbot.waitUntil(lambda: card.value.isVisible(), timeout=10000)
        settle(qtbot)
        if CURRENCY[language] not in card.value.text():
            problems.append(f"card lifetime value: {card.value.text()!r}")
        problems += [f"card: {p}" for p in english_left(card, allowed, pending)]
        problems += [f"card clipped: {p}" for p in clipped(card)]
        window.simulate_call()
        qtbot.waitUntil(lambda: bool(window.pops.windows), timeout=5000)
        settle(qtbot)
        for pop in window.pops.windows:
            pop.answer_button.click()  # the talk timer runs: its digits too
        settle(qtbot)
        for pop in window.pops.windows:
            problems += [f"pop: {p}" for p in english_left(pop, allowed, pending)]
            problems += [f"pop clipped: {p}" for p in clipped(pop)]
        dialog = window.log_call(customer_id)
        settle(qtbot)
        problems += [f"call dialog: {p}" for p in english_left(dialog, allowed, pending)]
        dialog.close()
        assert not problems, "\n".join(problems)
    finally:
        install_language(qapp, "en")


def test_the_clip_check_sees_a_cut_label(qtbot) -> None:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("یک جملهٔ بلند که در این پنجرهٔ باریک جا نمی‌شود", holder)
    holder.resize(60, 30)
    label.resize(60, 30)
    holder.show()
    assert clipped(holder) and not clipped(QWidget())
