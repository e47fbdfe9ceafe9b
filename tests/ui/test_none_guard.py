"""PySide6 6.12.0 on Python 3.11 drops references to None: consult_app.ui keeps Python from aborting."""

import subprocess
import sys

import pytest

CALLS = 100_000  # far more references than None has in a running app (about 10,000)
SCRIPT = f"""
import sys
if sys.argv[1] == "guarded":
    import consult_app.ui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
app = QApplication([])
item = QTreeWidgetItem(["navigator"])
for _ in range({CALLS}):
    item.setData(0, Qt.ItemDataRole.UserRole, "session")  # what a navigator refresh does per row
print("done", flush=True)
"""


def run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120)


def test_many_navigator_rows_do_not_abort_python():
    out = run("guarded")
    assert (out.returncode, out.stdout.strip()) == (0, "done"), out.stderr[-1000:]


def test_without_the_guard_python_aborts():
    """The guard is needed (and this test can fail) only where the binding bug is."""
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12 on: nothing to guard")
    out = run("unguarded")
    if out.returncode == 0:
        pytest.skip("this PySide6 keeps None's count right: the guard is harmless but unneeded")
    assert "deallocating None" in out.stderr
