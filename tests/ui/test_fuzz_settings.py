"""Settings read back from a damaged or hand-edited store: every value comes back typed, nothing stops the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QSettings

from app.phones import PhoneRules
from app.week import Week
from ui.callerid.source_config import SourceConfig, build_source, load_sources
from ui.main_window import MainWindow
from ui.settings import OPTIONS, Settings

EXAMPLES = 300
RAW = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["true", "false", "1", "0", "-1", "99999999999999999999", "@Variant(\\0\\0\\0\\x7f)", "a, b",
                     '"quoted"', "[]", '[{"kind": "modem", "baudrate": "fast"}]', '[{"kind": "ncid", "tcp_port": 0}]',
                     '[{"kind": "modem", "enable_string": 5}]', '[{"kind": "ncid", "host": "h"}]', "[1, null]",
                     "sat;thu,fri", ";;;", "\u00b2,3"]),
)  # fmt: skip


@pytest.mark.qt_log_ignore("QVariant::load")  # Qt's own warning about the damaged @Variant value, then it reads on
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({key: RAW for key in OPTIONS}))
def test_fuzz_settings_read_back(tmp_path: Path, values: dict[str, str]) -> None:
    path = tmp_path / "settings.ini"
    lines = ["[General]"] + [f"{key}={value.replace(chr(10), ' ').replace(chr(13), ' ')}" for key, value in
                                  values.items()]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    store = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    for key, option in OPTIONS.items():
        assert isinstance(store.value(key), option.type), (key, store.value(key))
    assert store.calendar() in ("jalali", "gregorian", "islamic")
    assert isinstance(store.week(), Week)
    assert isinstance(store.phone_rules(), PhoneRules)
    for config in load_sources(store.value("callerid_sources")):
        assert isinstance(config, SourceConfig)
        build_source(config)  # what the app does at start: never raises for a loaded config


def test_a_damaged_pop_corner_leaves_the_pops_in_the_corner(qtbot, db, tmp_path: Path) -> None:  # noqa: ANN001
    for corner in ("\u00b2,3", "99999999999999999999,1", "x", ","):
        store = Settings(QSettings(str(tmp_path / f"{len(corner)}.ini"), QSettings.Format.IniFormat))
        store.set_value("pop_corner", corner)
        window = MainWindow(db, store, "agent")
        qtbot.addWidget(window)
        assert window.pops.stack.corner is None
