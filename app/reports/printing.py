"""Page setup so a workbook prints well: fit to the page's width, the header row on every page, landscape
when the sheet is wide, and a footer with the page number, the report's name and its period.

In a write-only workbook the sheet's properties (fit to page) are written with the first row, so
`prepare` runs when a sheet is created; the footer and the page setup are written when the workbook is
saved, so `add_footers` runs just before that.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.reports.i18n import tr

PORTRAIT_WIDTH = 150  # column widths (characters) an upright A4 page takes at a readable scale (~70%)
FOOTER_FONT = '"Tahoma,Regular"'  # a font with Persian and Arabic letters on every Windows machine


def prepare(ws: Worksheet, width: float, *, one_page: bool = False, title_rows: str | None = "1:1") -> None:
    """Set up printing for a sheet `width` characters wide; `one_page` squeezes it onto a single page."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH or one_page else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages tall as the rows need
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if title_rows:
        ws.print_title_rows = title_rows  # the header row again on every printed page


def _escape(text: str) -> str:
    return text.replace("&", "&&")  # & starts a header/footer code


def add_footers(wb: Workbook, report: str, period: str, lang: str) -> None:
    """Every sheet's footer: "Page 2 of 7" on one side, the report's name and period on the other."""
    page = tr("print.page", lang).replace("{page}", "&P").replace("{pages}", "&N")
    for ws in wb.worksheets:
        footer = ws.oddFooter
        footer.center.text = f"{_escape(report)} — {_escape(period)}"
        footer.center.font = FOOTER_FONT
        footer.center.size = 9
        side = footer.left if lang in ("fa", "ar") else footer.right  # the reading end of the line
        side.text = page
        side.font = FOOTER_FONT
        side.size = 9
