"""Screen readers and the keyboard: every control has a name, and Tab never traps.

One mechanism for every view and dialog: :func:`prepare` walks a widget's
controls once it is built (the window calls it on each view it builds, and
:class:`~consult_app.ui.widgets.Dialog` on itself when first shown) and

- names each control that has no accessible name yet from its form label
  (``QFormLayout`` rows), from the label whose buddy it is, else from its
  placeholder — all texts that already went through ``tr``, so the names are
  in the interface's language;
- makes Tab leave tables and lists (``setTabKeyNavigation(False)``) and text
  boxes (``setTabChangesFocus(True)``; :class:`~consult_app.ui.widgets.TextBox`
  inserts a tab with Ctrl+Tab).

A control that has no label on screen (a table, a detail pane) is named
where it is built, with ``setAccessibleName(self.tr(...))``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def label_text(text: str) -> str:
    """A label as a name: no mnemonic ampersand, markup or trailing colon ("&Party:" → "Party")."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").rstrip("\u00a0\u202f ").strip()


def is_inner(widget: QWidget) -> bool:
    """The editor inside a spin box, date edit or editable combo: the outer control is what is announced and focused."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def controls(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach (or could, once enabled), in the order of the focus chain."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not is_inner(widget) and (widget is root or widget.isVisibleTo(root)):
            found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def _fields(item) -> list[QWidget]:
    """The widgets of a form's field: the widget itself, or those of a nested layout."""
    if item is None:
        return []
    if item.widget() is not None:
        return [item.widget()]
    layout: QLayout | None = item.layout()
    out = []
    if layout is not None:
        for n in range(layout.count()):
            out += _fields(layout.itemAt(n))
    return out


def name_controls(root: QWidget) -> None:
    """Give every control without an accessible name the text of its label (see the module's summary)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label_widget = label.widget() if label is not None else None
            if not isinstance(label_widget, QLabel):
                continue
            name = label_text(label_widget.text())
            for field in _fields(form.itemAt(row, QFormLayout.ItemRole.FieldRole)):
                if not field.accessibleName() and not isinstance(field, (QLabel, QAbstractButton)):
                    field.setAccessibleName(name)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            buddy.setAccessibleName(label_text(label.text()))
    for widget in controls(root):
        if widget.accessibleName() or isinstance(widget, QAbstractButton):
            continue
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            widget.setAccessibleName(label_text(widget.placeholderText()))
        elif widget.toolTip():
            widget.setAccessibleName(label_text(widget.toolTip()))
        elif isinstance(widget.parentWidget(), QGroupBox) and not isinstance(widget, QLabel):
            widget.setAccessibleName(label_text(widget.parentWidget().title()))


def free_the_tab_key(root: QWidget) -> None:
    """Tab and Shift+Tab leave every table, list and text box under ``root``."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def prepare(root: QWidget) -> None:
    """Names and keyboard for every control of a view or dialog (safe to call again after adding controls)."""
    name_controls(root)
    free_the_tab_key(root)
