"""What opening a workspace found, above the views until it is dismissed.

A recovered write, a stray file set aside, and negotiated minutes that no
longer match their record (``ops.notices.notices``: edited behind the app's
back, named before anyone prints them) — one sentence each, in the interface's
language (:func:`messages.translate`). A passing status-bar message was easy to
miss; this stays until the secretariat closes it or opens another workspace.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

TINT = "#fef3c7"  # amber: to be read, not an error of the last click


class NoticeBar(QFrame):
    """One line per notice, word-wrapped, with a button that closes the bar; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("open_notices")
        self.setAccessibleName(self.tr("Notices"))
        self.setStyleSheet(f"QFrame#open_notices {{ background: {TINT}; border-bottom: 1px solid #d97706; }}")
        self.text = QLabel()
        self.text.setObjectName("open_notices_text")
        self.text.setWordWrap(True)
        self.text.setProperty("textFormat", 0)  # Qt.PlainText: a sentence naming a file or a text is never read as HTML
        self.text.setProperty("textInteractionFlags", 1)  # Qt.TextSelectableByMouse: a sentence can be copied (Qt's enums unnamed: start-up)
        self.close_button = QToolButton()
        self.close_button.setObjectName("open_notices_close")
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the notices"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.hide()

    def show_notices(self, sentences: list[str]) -> None:
        """Show ``sentences`` (English, as the store and ``ops`` build them) in the interface's language; none hides the bar."""
        from . import messages  # (not at start-up: most workspaces open with nothing to say)

        self.text.setText("\n".join(messages.translate(s) for s in sentences))
        self.setVisible(bool(sentences))

    def above(self, widget: QWidget) -> QWidget:
        """A widget holding this bar over ``widget``, which takes all the room the bar leaves."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self)
        column.addWidget(widget, 1)
        return holder
