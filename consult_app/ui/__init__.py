"""The desktop app: the only package that imports Qt (PySide6)."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12.0 under Python 3.11 releases a reference to None it never took on some
    # calls (QTreeWidgetItem.setData, QTreeWidget.addTopLevelItem, data() of an unset role):
    # after some thousands — one navigator refresh of a large workspace — None's count
    # reaches zero and Python aborts ("deallocating None"). Python 3.12 made None immortal;
    # make it so here too, before any Qt call. tests/ui/test_none_guard.py shows the abort.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
