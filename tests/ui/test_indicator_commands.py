"""Edit Indicator… and Add Measurement… of the Indicators view act on the indicator selected: offered only when there is one."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from .test_workbench import top, window  # noqa: F401  (the fixture: the demo in a shown window)


def offered(view) -> dict[str, bool]:
    """Whether each command on the selected indicator is enabled, as its button and as its context-menu entry."""
    out = {}
    for name in ("edit_indicator", "add_measurement"):
        out[name] = view.findChild(QPushButton, name).isEnabled()
        out[name + "_menu"] = view.findChild(QAction, name + "_menu").isEnabled()
    return out


def test_edit_indicator_is_disabled_where_there_is_no_indicator(window, demo, refreshed):
    """A dialogue whose commitments have no indicator offered "Edit Indicator…" (Modifier l’indicateur…, Modificar el
    indicador…), which then did nothing."""
    with_indicators = {demo.commitment(i.commitment_id).dialogue_id for i in demo.indicators()}
    bare = next(d for d in demo.dialogues() if d.id not in with_indicators)
    some = next(d for d in demo.dialogues() if d.id in with_indicators)
    view = window.indicators_view
    window.tabs.setCurrentWidget(view)
    window.navigator.setCurrentItem(top(window, bare.code))
    refreshed(window)
    assert view.list.rowCount() == 0 and view.current() is None
    assert not any(offered(view).values()), offered(view)
    assert view.findChild(QPushButton, "new_indicator").isEnabled()
    window.navigator.setCurrentItem(top(window, some.code))
    refreshed(window)
    assert view.current() is not None and all(offered(view).values()), offered(view)
    window.navigator.setCurrentItem(top(window, bare.code))
    refreshed(window)
    assert not any(offered(view).values()), offered(view)
