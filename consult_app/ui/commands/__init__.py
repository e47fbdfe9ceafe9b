"""What the menus do: one controller per menu area, each a small QObject holding the window.

    files.py       File: new, open, recent, save a copy, import and export
    exchange.py    File: send and receive changes, exchange partners
    creating.py    Dialogue: new dialogue, session and commitment, log status
    documents.py   Documents: options, rendering off the GUI thread, preview
    navigation.py  Edit › Search, Dialogue › Missing Translations, going to what a hit names
    tools.py       Tools and Help: check, snapshots and restore, language, about
    menus.py       the menu bar, wiring each action to its controller

Every write goes through :mod:`consult_app.ops`; modules that are slow to
import (views, dialogs, file formats, packets, QtPdf) are imported when an
action is first used, so the first paint does not wait for them.
"""
