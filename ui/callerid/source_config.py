"""Caller-ID source settings: what the user configures per device, and the running source it makes."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import QCoreApplication

from hardware.ncid_source import NcidSource
from hardware.serial_source import SerialModemSource
from hardware.sources import CallerIdSource, ReplaySource

SERIAL_KINDS = ("modem", "whozz", "yasna", "mdmf")
KINDS = (*SERIAL_KINDS, "ncid")
DEFAULT_BAUD = {"modem": 19200, "whozz": 9600, "yasna": 9600, "mdmf": 1200}


def kind_label(kind: str) -> str:
    return {
        "modem": QCoreApplication.translate("Sources", "Voice/data modem (Hayes AT)"),
        "whozz": QCoreApplication.translate("Sources", "CallerID.com Whozz Calling"),
        "yasna": QCoreApplication.translate("Sources", "Iranian multi-line USB box"),
        "mdmf": QCoreApplication.translate("Sources", "Raw MDMF box (virtual COM port)"),
        "ncid": QCoreApplication.translate("Sources", "NCID server (network)"),
    }.get(kind, kind)


@dataclass
class SourceConfig:
    kind: str = "modem"
    port: str = ""
    baudrate: int = 19200
    enable_string: str = ""  # the user's own; empty tries the known ones in turn
    host: str = "127.0.0.1"
    tcp_port: int = 3333
    enabled: bool = True
    name: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def label(self) -> str:
        where = f"{self.host}:{self.tcp_port}" if self.kind == "ncid" else self.port
        return self.name or f"{self.kind} {where}".strip()


def load_sources(text: str) -> list[SourceConfig]:
    """The saved list; entries that no longer parse are dropped rather than stopping the app."""
    try:
        items = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    configs: list[SourceConfig] = []
    for item in items if isinstance(items, list) else []:
        try:
            config = SourceConfig(**item)
        except TypeError:
            continue
        if config.kind in KINDS and _well_typed(config):
            configs.append(config)
    return configs


def _well_typed(config: SourceConfig) -> bool:
    """Every field of the type its default has (a hand-edited setting may say "baudrate": "fast")."""
    for name, default in asdict(SourceConfig()).items():
        value = getattr(config, name)
        if type(value) is not type(default):
            return False
    ints = (config.baudrate, config.tcp_port)
    return all(0 < n < 10_000_000 for n in ints) and all(isinstance(v, str) for v in config.extra.values())


def dump_sources(configs: list[SourceConfig]) -> str:
    return json.dumps([asdict(c) for c in configs], ensure_ascii=False)


def build_source(config: SourceConfig) -> CallerIdSource:
    if config.kind == "ncid":
        return NcidSource(config.host, config.tcp_port)
    enable = [config.enable_string] if config.enable_string.strip() else None
    return SerialModemSource(config.port, baudrate=config.baudrate, device=config.kind, enable_strings=enable)


def replay_source(path: str, interval: float = 2.0) -> CallerIdSource:
    return ReplaySource(path, "auto", interval)
