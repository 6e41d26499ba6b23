"""Per-machine settings, each declared once with its type, default and meaning (stored in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from app.phones import PhoneRules
from app.week import Week, parse_week


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    description: str


OPTIONS = {
    option.key: option
    for option in (
        Option("language", str, "en", "Interface language: en, fa or ar"),
        Option("calendar", str, "", "Dates in 'jalali' or 'gregorian'; empty follows the language"),
        Option("digits", str, "native", "Numbers in 'native' digits (Persian in fa, Arabic-Indic in ar) or 'latin'"),
        Option("week", str, "", "First day and weekend days, e.g. 'sat;thu,fri'; empty follows the language"),
        Option("phone_region", str, "IR", "Country whose rules read numbers typed without +country code"),
        Option("local_area_code", str, "", "Area code added to 8-digit local numbers (e.g. 21 for Tehran)"),
        Option("database", str, "", "The last database opened (file path or SQLAlchemy URL)"),
        Option("database_kind", str, "file", "'file' (this PC only) or 'server' (the office PostgreSQL server)"),
        Option("server_host", str, "", "The office server's host or address (its password is never stored here)"),
        Option("server_port", int, 5432, "The office server's PostgreSQL port"),
        Option("server_database", str, "tamas", "The database on the office server"),
        Option("server_user", str, "tamas", "The PostgreSQL user this seat signs in as"),
        Option("callerid_sources", str, "[]", "Caller-ID sources as a JSON list (see ui/source_config.py)"),
        Option("ring_timeout", int, 40, "Seconds without ring news after which an untaken call counts as missed"),
        Option("pop_corner", str, "", "Where the agent dragged the pops: 'x,y' of the column's bottom corner"),
        Option("tray_notice_shown", bool, False, "The balloon saying Tamas keeps running in the tray was shown"),
        Option("currency", str, "IRR", "Currency amounts are in (ISO 4217 code)"),
        Option("show_toman", bool, False, "Show Iranian rial amounts as Toman (one Toman is ten rials)"),
        Option("seat_id", str, "", "This seat's id among the office's seats (made once; the seat name adds the host)"),
        Option("first_run_done", bool, False, "The first-run wizard was finished or skipped (it is not offered again)"),
        Option("ticket_inform_days", int, 3, "Business days without news after which a ticket is 'to inform'"),
        Option("backup_folder", str, "", "Folder for automatic backups; empty: a 'backups' folder beside the database"),
        Option("backup_keep", int, 10, "How many automatic backups to keep (older ones are deleted after a good one)"),
    )
}


class Settings(QObject):
    """Typed access to OPTIONS; `changed(key)` tells subscribed widgets to refresh."""

    changed = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store or QSettings()

    def value(self, key: str) -> Any:
        """The stored value as the option's type; a value that does not read as one (a hand-edited or damaged
        settings file) gives the default rather than stopping the app."""
        option = OPTIONS[key]
        raw = self._store.value(key, option.default)
        if option.type is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1")
            return raw if isinstance(raw, bool) else option.default
        if option.type is str:
            return raw if isinstance(raw, str) else str(raw) if isinstance(raw, int | float) else option.default
        try:
            return option.type(raw)
        except (TypeError, ValueError, OverflowError):
            return option.default

    def set_value(self, key: str, value: Any) -> None:
        if self.value(key) == value:
            return
        self._store.setValue(key, OPTIONS[key].type(value))
        self.changed.emit(key)

    def phone_rules(self) -> PhoneRules:
        return PhoneRules(self.value("phone_region") or "IR", self.value("local_area_code"))

    def calendar(self) -> str:
        chosen = self.value("calendar")
        if chosen in ("jalali", "gregorian", "islamic"):
            return chosen
        return "jalali" if self.value("language") == "fa" else "gregorian"

    def week(self) -> Week:
        return parse_week(self.value("week"), self.value("language"))
