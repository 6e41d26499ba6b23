"""Text that is safe to store and export: what a device sends is not always valid text.

Exports (XML inside .xlsx) and some databases refuse control characters, lone surrogates and
Unicode noncharacters such as U+FFFF; a caller's name must never carry them out of ``hardware/``.
"""

from __future__ import annotations

import re

# C0 controls but tab/LF/CR, DEL, C1 controls, surrogates, and the noncharacters U+FDD0..U+FDEF
# and U+xFFFE/U+xFFFF of every plane.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
    + "]"
)


def safe_text(text: str) -> str:
    """``text`` without the characters that break storage or exports (tab and line ends are kept)."""
    return _UNSAFE.sub("", text)


def safe_optional(text: str | None) -> str | None:
    return None if text is None else safe_text(text)
