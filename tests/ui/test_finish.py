"""The finish: status in a shape, a colour and words; empty states that say what to do; layouts that fit and remember;
local dates; translated units and kinds; the exchange said in words, and no empty packet without a word."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from consult_app.domain.model import Commitment, Tone
from consult_app.ops import register as register_ops
from consult_app.store import Workspace
from consult_app.ui import icons
from consult_app.ui.main_window import MainWindow
from consult_app.ui.register import RegisterModel

from ..store.test_packet_rights import pair  # noqa: F401 (a fixture: the demo secretariat and a field copy of ML-FR)

ISO = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture
def window(workbench):
    return workbench


def test_status_has_a_shape_a_colour_and_words(window):
    window.tabs.setCurrentWidget(window.register_view)
    model = window.register_view.model
    for row in range(model.rowCount()):
        index = model.index(row, RegisterModel.COL_STATUS)
        assert index.data() and not index.data(Qt.ItemDataRole.DecorationRole).isNull() and index.data(Qt.ItemDataRole.BackgroundRole)
    shapes = {tone: icons.status_icon(tone).pixmap(16, 16).toImage() for tone in Tone}
    assert len({img.bits().tobytes() for img in shapes.values()}) == len(Tone)  # each tone its own shape
    gray = {tone: img.convertToFormat(img.Format.Format_Grayscale8).bits().tobytes() for tone, img in shapes.items()}
    assert len(set(gray.values())) == len(Tone)  # still different without colour


def test_as_of_and_local_dates_everywhere(window, demo):
    window.tabs.setCurrentWidget(window.register_view)
    view = window.register_view
    assert view.as_of.text().startswith(f"As of {dt.date.today():%-d %b %Y}: ")  # then how many are shown and overdue
    view.select(demo.commitment_by_ref("MLFR-2002-01").id)
    detail = view.detail.toPlainText()
    assert "31 Mar 2003" in detail and "31 Mar 2003 1" in detail  # the effective date, and the time it was recorded
    assert not ISO.search(detail)
    model = view.model
    shown = [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in (RegisterModel.COL_DUE, RegisterModel.COL_SINCE)]
    assert "31 Dec 2003" in shown and not any(ISO.search(text) for text in shown)
    statuses = [model.index(r, RegisterModel.COL_STATUS).data() for r in range(model.rowCount())]
    assert "On track — but overdue since 31 Dec 2003" in statuses  # overdue in words once, in the status, with its date
    window.tabs.setCurrentWidget(window.actions_view)
    actions = window.actions_view.model
    assert not any(ISO.search(actions.index(r, actions.COL_DUE).data() or "") for r in range(actions.rowCount()))
    window.navigator.setCurrentItem(window.mlfr.child(2))
    window.tabs.setCurrentWidget(window.session_view)
    assert "16–17 Jun 2003" in window.session_view.header.text()


def test_empty_states_say_what_to_do(window, demo, qtbot, refreshed):
    window.tabs.setCurrentWidget(window.register_view)
    view = window.register_view
    assert view.detail.toPlainText().startswith("Select a commitment to see its texts")
    c = Commitment(window.dialogue.id, "MLFR-2003-09", {"fr": "Sans état"}, None)
    register_ops.add_commitment(demo, c)
    refreshed(window)
    view.select(c.id)
    assert "No status logged yet: Ctrl+L logs the first one" in view.detail.toPlainText()
    view.search.setText("zzzz")
    assert view.proxy.rowCount() == 0 and view.table.is_empty()
    search = window.navigation.search_workspace()
    qtbot.keyClicks(search.query, "xylophone")
    assert search.results.count() == 0
    assert search.results.empty_text == "Nothing matches “xylophone”. Try fewer or shorter words: each must begin a word of the text."
    search.reject()
    fresh = Workspace.create(demo.path.with_name("fresh.consult"))
    window.switch_to(fresh)
    window.tabs.setCurrentWidget(window.register_view)
    assert window.register_view.table.empty_text == "Select a dialogue on the left to see its commitments."
    fresh.close()


def test_an_empty_minutes_history_takes_no_room(window):
    window.navigator.setCurrentItem(window.mlfr.child(1))
    window.tabs.setCurrentWidget(window.minutes_view)
    view = window.minutes_view
    assert not view.history.isVisible() and view.history_title.text().startswith("<b>Amendments</b>: none.")
    written = [view.items.item(r).text() for r in range(view.items.count()) if view.items.item(r).text().endswith("✎")]
    assert written and all(
        view.items.item(r).toolTip().endswith(" — minutes written") for r in range(view.items.count()) if view.items.item(r).text().endswith("✎")
    )


def test_columns_and_splitters_fit_then_remember_what_the_person_sets(window, qtbot, demo):
    window.tabs.setCurrentWidget(window.register_view)
    header = window.register_view.table.horizontalHeader()
    narrow_text = header.sectionSize(RegisterModel.COL_TEXT)
    assert narrow_text >= 290  # at 1024×700 the commitment's text keeps room; less useful columns give way
    assert header.isSectionHidden(RegisterModel.COL_SINCE)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not header.isSectionHidden(RegisterModel.COL_SINCE))
    assert header.sectionSize(RegisterModel.COL_TEXT) > narrow_text
    assert window.splitter.sizes()[0] > 300  # the navigator has room for the dialogues' names
    assert not [k for k in QSettings().allKeys() if k.startswith("layout/")]  # nothing written while nothing was dragged
    edge = header.sectionViewportPosition(RegisterModel.COL_PARTY) + header.sectionSize(RegisterModel.COL_PARTY) - 1
    wanted = header.sectionSize(RegisterModel.COL_PARTY) + 50
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, 5))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 50, 5))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 50, 5))
    assert header.sectionSize(RegisterModel.COL_PARTY) == wanted  # the person widened the Party column
    qtbot.waitUntil(lambda: QSettings().value("layout/register/columns") is not None)
    window.splitter.splitterMoved.emit(333, 1)
    qtbot.waitUntil(lambda: QSettings().value("layout/window/splitter") is not None)
    again = MainWindow(demo)
    qtbot.addWidget(again)
    again.resize(1920, 1080)
    again.show()
    again.navigator.setCurrentItem(again.navigator.topLevelItem(2))
    again.tabs.setCurrentWidget(again.register_view)
    qtbot.waitUntil(lambda: again.register_view.table.horizontalHeader().sectionSize(RegisterModel.COL_PARTY) == wanted)


def test_units_and_search_kinds_in_french(french, window, demo, qtbot):
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(demo.commitment_by_ref("MLFR-2001-04").id)
    detail = window.register_view.detail.document().toRawText()  # toPlainText() would turn the no-break spaces into spaces
    assert "/ 75\u00a0%" in detail and "/ 500 " in detail  # a figure as the documents print it: no 'nombre', no 'count'
    assert not [word for word in ("nombre", "count", "pour cent", "percent") if word in detail]
    window.tabs.setCurrentWidget(window.indicators_view)
    targets = [window.indicators_view.list.item(r, 4).text() for r in range(window.indicators_view.list.rowCount())]
    assert {"30\u202f000", "75\u00a0%", "2\u202f600\u202f000 EUR"} <= set(targets)
    assert not [t for t in targets if t.endswith(("nombre", "pour cent", "count", "percent"))]
    shares = [window.indicators_view.list.item(r, 5).text() for r in range(window.indicators_view.list.rowCount())]
    assert "78\u00a0%" in shares  # the French no-break space before %, as Babel writes it
    search = window.navigation.search_workspace()
    qtbot.keyClicks(search.query, "MLFR-2002-01")
    kinds = {search.results.item(r).text().split(" · ")[1] for r in range(search.results.count())}
    assert "engagement" in kinds and "commitment" not in kinds
    search.reject()


# ---------------------------------------------------------------- the exchange


def test_an_empty_packet_is_sent_only_when_the_person_says_so(qtbot, pair, tmp_path):
    s, _a = pair
    window = MainWindow(Workspace.open(s))
    qtbot.addWidget(window)
    answers = []
    send = window.exchange.send_changes_to(tmp_path / "1.packet")
    send.confirm_empty = lambda partner: answers.append(partner) or False
    send.accept()
    assert answers == ["Bamako embassy (sent so far: 0)"] and send.result() == 0
    assert send.error.text() == "Nothing was written: there is nothing new to send." and not (tmp_path / "1.packet").exists()
    send.confirm_empty = lambda partner: True  # "yes, send it": it tells them what arrived here
    send.accept()
    assert send.result() == 1 and (tmp_path / "1.packet").exists() and send.header["changes"] == 0
    window.workspace.log_status(window.workspace.commitment_by_ref("MLFR-2002-01").id, "on_track", dt.date(2003, 5, 2))
    again = window.exchange.send_changes_to(tmp_path / "2.packet")
    again.confirm_empty = lambda partner: pytest.fail("asked although something changed")
    again.accept()
    assert again.result() == 1 and again.header["changes"] == 1
    window.workspace.close()


def test_the_receive_preview_says_each_change_in_words_in_french(french, qtbot, pair, tmp_path):
    s, a = pair
    with Workspace.open(s) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2002-01").id, "at_risk", dt.date(2003, 5, 2), note="Tranche en retard")
        from consult_app.ops import exchange as exchange_ops

        data, _header = exchange_ops.export_packet(ws, "Bamako embassy")
    (tmp_path / "s1.packet").write_bytes(data)
    window = MainWindow(Workspace.open(a))
    qtbot.addWidget(window)
    dialog = window.exchange.receive_changes_from(tmp_path / "s1.packet")
    assert dialog.summary.text().startswith("Paquet 1 de Secretariat (") and dialog.summary.text().endswith(")\u00a0: 1 modification.")
    assert [dialog.changes.item(r).text() for r in range(dialog.changes.count())] == ["État de MLFR-2002-01\u00a0: Menacé, 2 mai 2003 — “Tranche en retard”"]
    dialog.reject()
    QApplication.processEvents()
    window.workspace.close()
