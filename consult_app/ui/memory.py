"""Splitters and columns that fit the window and remember what the person set.

Until the person drags something, a splitter shares the space in proportion
and a table's columns take their content's width, the wide text column the
rest — narrowed together when the window is small, so the text column never
shrinks to nothing. Once the person drags a splitter or a column, that is
kept (``QSettings``, under ``layout/<key>``) and restored next time.

A settings write is a synced file: it happens a moment after a drag ends, and
only when the value differs from what is stored; reading happens when a view
is first built (the window's own splitter at start-up: one read).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

PREFIX = "layout/"
DELAY_MS = 400


def _store(key: str, value) -> None:
    settings = QSettings()
    if settings.value(PREFIX + key) != value:
        settings.setValue(PREFIX + key, value)


def stored(key: str):
    return QSettings().value(PREFIX + key)


class _Later(QObject):
    """Calls ``write`` once, a moment after the last ``poke``."""

    def __init__(self, parent: QObject, write):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(write)

    def poke(self, *_args) -> None:
        self.timer.start()


class _Share(QObject):
    """Shares a splitter's space in proportion the first time it has its real size."""

    def __init__(self, widget, shares: list[int], vertical: bool):
        super().__init__(widget)
        self.shares, self.vertical = shares, vertical
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            length = watched.height() if self.vertical else watched.width()
            total = sum(self.shares)
            watched.setSizes([round(length * share / total) for share in self.shares])
            watched.removeEventFilter(self)
        return False


def splitter(widget, key: str, shares: list[int], *, vertical: bool = False, length: int | None = None) -> None:
    """Restore the splitter's sizes, else share its space in these proportions; remember what the person drags.

    ``vertical`` says the splitter's orientation; ``length``, when known, is the space it will have
    (the window's width at start-up: shared at once, with no event filter — whose events would build
    Qt's enum types before the first paint).
    """
    state = stored(key)
    if state is None or not widget.restoreState(state):
        if length is not None:
            total = sum(shares)
            widget.setSizes([round(length * share / total) for share in shares])
        else:
            _Share(widget, shares, vertical)
    later = _Later(widget, lambda: _store(key, widget.saveState()))
    widget.splitterMoved.connect(later.poke)


class Columns(QObject):
    """The columns of a table or tree: content widths, one column stretched, narrowed together when room is short.

    Args:
        view: the QTableView or QTreeView.
        key: where the person's widths are remembered.
        stretch: the column that takes the rest of the width (the text).
        least: the width the stretched column keeps at the least before the others give way.
        most: no content width beyond this (a long value is elided, its tooltip whole).
        keep: columns that never give way (a reference, a status).
        optional: columns left out, in this order, while the window is too narrow for them (what they
            show is also elsewhere: the detail pane, a filter); they come back when there is room.
        wide: columns whose content may take more than ``most`` (column → its own limit), for words
            that say more than a code (the register's status: "On track — but overdue since …").
    """

    def __init__(
        self,
        view,
        key: str,
        stretch: int,
        least: int = 240,
        most: int = 260,
        keep: tuple[int, ...] = (),
        optional: tuple[int, ...] = (),
        wide: dict[int, int] | None = None,
    ):
        super().__init__(view)
        self.view, self.key, self.stretch, self.least, self.most, self.keep = view, key, stretch, least, most, keep
        self.optional = optional
        self.wide = wide or {}
        self.header = view.header() if hasattr(view, "header") else view.horizontalHeader()
        self.natural: dict[int, int] = {}
        self.fitting = False
        self.chosen = [int(w) for w in str(stored(key) or "").split(",") if w.strip().isdigit()]  # the person's widths, if any
        self.header.setStretchLastSection(False)
        from PySide6.QtWidgets import QHeaderView

        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.later = _Later(self, self._remember)
        self.refit = QTimer(self)  # after a resize, once the viewport has its new width
        self.refit.setSingleShot(True)
        self.refit.setInterval(0)
        self.refit.timeout.connect(self.fit)
        self.dragging = self.dragged = False
        self.header.sectionResized.connect(self._resized)
        view.installEventFilter(self)
        self.header.viewport().installEventFilter(self)  # a drag of a column's edge: what the person sets

    def _others(self) -> list[int]:
        return [c for c in range(self.header.count()) if c != self.stretch]

    def measure(self) -> None:
        """Take each column's content width (after a reload), then fit."""
        for column in self._others():
            content = max(self.header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
            self.natural[column] = min(content + 12, max(self.wide.get(column, self.most), self.header.sectionSizeHint(column)))
        self.fit()

    def fit(self) -> None:
        others = self._others()
        self.fitting = True
        try:
            if len(self.chosen) == len(others):
                for column, width in zip(others, self.chosen):
                    self.header.resizeSection(column, width)
                return
            if not self.natural:
                return
            room = self.view.viewport().width()
            widths = {c: self.natural.get(c, self.header.sectionSize(c)) for c in others}
            left_out = []
            for column in self.optional:  # narrow window: first leave out what is shown elsewhere too
                if sum(widths.values()) + self.least <= room:
                    break
                left_out.append(column)
                del widths[column]
            for column in others:
                self.header.setSectionHidden(column, column in left_out)
            short = sum(widths.values()) + self.least - room
            if short > 0:  # still narrow: the other columns give way in proportion to what they can spare
                # no column below two thirds of its content (nor its header); those in ``keep`` never narrower
                floors = {c: w if c in self.keep else min(w, max(self.header.sectionSizeHint(c), round(w * 0.65))) for c, w in widths.items()}
                spare = sum(widths[c] - floors[c] for c in widths) or 1
                give = min(short, spare)
                widths = {c: widths[c] - round((widths[c] - floors[c]) * give / spare) for c in widths}
            for column, width in widths.items():
                self.header.resizeSection(column, width)
        finally:
            self.fitting = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.view:
            self.refit.start()
        elif kind == QEvent.Type.MouseButtonPress and watched is not self.view:
            self.dragging, self.dragged = True, False
        elif kind == QEvent.Type.MouseButtonRelease and watched is not self.view:
            if self.dragged:
                self.later.poke()
            self.dragging = self.dragged = False
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self.dragging and not self.fitting and column != self.stretch:
            self.dragged = True

    def _remember(self) -> None:
        self.chosen = [self.header.sectionSize(c) for c in self._others()]
        _store(self.key, ",".join(map(str, self.chosen)))  # a string: QSettings keeps it as it was written
