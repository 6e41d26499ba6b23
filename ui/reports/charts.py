"""pyqtgraph charts that follow the app's language and direction, and save themselves as PNG."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

INBOUND, OUTBOUND = "#1565c0", "#ef6c00"
ANSWERED, MISSED = "#2e7d32", "#c62828"

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def _same(text: str) -> str:
    return text


class LocalAxis(pg.AxisItem):
    """An axis whose numbers come in the user's digits and separators (Persian, Arabic-Indic or Latin)."""

    def __init__(self, orientation: str, digits: Callable[[str], str]) -> None:
        super().__init__(orientation)
        self.digits = digits

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph's
        return [self.digits(text) for text in super().tickStrings(values, scale, spacing)]


def local_axes(digits: Callable[[str], str]) -> dict[str, LocalAxis]:
    return {side: LocalAxis(side, digits) for side in ("left", "bottom")}


class Chart(pg.PlotWidget):
    """A plot with a title, a legend and right-to-left x axes when the interface reads that way.

    `digits` (a Formatter's) puts the axis numbers in the user's digits.
    """

    def __init__(self, title: str, parent: QWidget | None = None, digits: Callable[[str], str] = _same) -> None:
        super().__init__(parent, axisItems=local_axes(digits))
        self.digits = digits
        self.setTitle(title, size="11pt")
        self.setMinimumHeight(220)
        self.legend = self.addLegend(offset=(10, 5))
        self.showGrid(y=True, alpha=0.25)
        self.setMenuEnabled(False)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self.getViewBox().invertX(QApplication.isRightToLeft())

    def bars(
        self, series: Sequence[tuple[str, Sequence[float], str]], labels: Sequence[str], stacked: bool = False
    ) -> None:
        """Bars per bucket, one (name, values, colour) per series: side by side, or stacked."""
        self.clear()
        self.legend.clear()
        self.legend.setVisible(len(series) > 1)
        count = 1 if stacked else max(1, len(series))
        width = 0.8 / count
        base = [0.0] * len(labels)
        top = 1.0
        for index, (name, values, color) in enumerate(series):
            offset = 0 if stacked else index
            xs = [x - 0.4 + width * (offset + 0.5) for x in range(len(values))]
            item = pg.BarGraphItem(x=xs, y0=list(base), height=list(values), width=width, brush=QColor(color), pen=None)
            self.addItem(item)
            self.legend.addItem(item, name)
            if stacked:
                base = [b + v for b, v in zip(base, values, strict=True)]
            top = max(top, *(base if stacked else values), 1.0)
        self.setYRange(0, top * 1.08, padding=0)
        self.setXRange(-0.6, max(0, len(labels) - 0.4), padding=0)
        self.set_labels(labels)

    def set_labels(self, labels: Sequence[str]) -> None:
        longest = max((len(text) for text in labels), default=1)
        room = 12 if longest <= 3 else 7  # keep the axis readable on a month or a year
        step = max(1, -(-len(labels) // room))
        axis = self.getAxis("bottom")
        axis.setTicks([[(i, text) for i, text in enumerate(labels) if i % step == 0]])
        axis.setStyle(tickFont=QFont(QApplication.font().family(), 8))

    def save_png(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Charts", "Save chart"), suggested, "PNG (*.png)"
        )
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        return path if self.grab().save(path, "PNG") else None


class HeatMap(pg.PlotWidget):
    """Weekday x hour counts as colour, busiest darkest."""

    def __init__(self, title: str, parent: QWidget | None = None, digits: Callable[[str], str] = _same) -> None:
        super().__init__(parent, axisItems=local_axes(digits))
        self.digits = digits
        self.setTitle(title, size="11pt")
        self.setMinimumHeight(220)
        self.setMenuEnabled(False)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self.getViewBox().invertX(QApplication.isRightToLeft())
        self.getViewBox().invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self.image)

    def show_grid(self, grid: Sequence[Sequence[int]], day_names: Sequence[str]) -> None:
        import numpy as np

        data = np.array(grid, dtype=float)
        self.image.setImage(data, levels=(0, max(1.0, float(data.max()))))
        self.getAxis("left").setTicks([[(i + 0.5, name) for i, name in enumerate(day_names)]])
        self.getAxis("bottom").setTicks([[(h + 0.5, self.digits(str(h))) for h in range(0, 24, 2)]])
        self.setLimits(xMin=0, xMax=24, yMin=0, yMax=len(grid))
        self.setRange(xRange=(0, 24), yRange=(0, len(grid)), padding=0)

    def save_png(self, parent: QWidget, suggested: str) -> str | None:
        return Chart.save_png(self, parent, suggested)  # type: ignore[arg-type]
