"""Currency names as people say them, in English, Persian and Arabic, and Iranian rials shown as Toman.

Shared by the screens (ui.formatting.Formatter.money) and the workbooks (Excel number formats), so an
amount is named the same way on the pop, the card, the dashboard and in Excel. Kept in app/ (no Qt) so
the reports can use it; an unknown currency code is shown as the code itself.
"""

from __future__ import annotations

from decimal import Decimal

IRR = "IRR"
TOMAN = "Toman"
RIALS_PER_TOMAN = 10

# ISO code -> (English, Persian, Arabic) short name, the word said after the amount.
NAMES: dict[str, tuple[str, str, str]] = {
    IRR: ("Rial", "ریال", "ريال"),
    TOMAN: ("Toman", "تومان", "تومان"),
    "USD": ("USD", "دلار", "دولار"),
    "EUR": ("EUR", "یورو", "يورو"),
    "AED": ("Dirham", "درهم", "درهم"),
    "IQD": ("Dinar", "دینار", "دينار"),
    "SAR": ("Riyal", "ریال سعودی", "ريال"),
    "KWD": ("Dinar", "دینار کویت", "دينار"),
    "QAR": ("Riyal", "ریال قطر", "ريال"),
    "OMR": ("Rial", "ریال عمان", "ريال"),
    "BHD": ("Dinar", "دینار بحرین", "دينار"),
    "TRY": ("Lira", "لیر", "ليرة"),
    "AFN": ("Afghani", "افغانی", "أفغاني"),
}


def shown_currency(currency: str, toman: bool) -> str:
    """The unit amounts are shown in: Toman for rials when the office counts in Toman, else the currency."""
    return TOMAN if currency == IRR and toman else currency


def currency_name(currency: str, language: str) -> str:
    """The word for `currency` (an ISO code, or TOMAN) in `language`; the code itself when unknown."""
    names = NAMES.get(currency)
    if names is None:
        return currency
    return {"fa": names[1], "ar": names[2]}.get(language, names[0])


def shown_amount(amount: Decimal | float | int, currency: str, toman: bool) -> Decimal | float:
    """`amount` in the unit `shown_currency` names (rials ÷ 10 when shown as Toman)."""
    if shown_currency(currency, toman) == TOMAN:
        return amount / RIALS_PER_TOMAN
    return amount if not isinstance(amount, int) else float(amount)
