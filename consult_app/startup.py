"""Start-up measured from outside, for tests and benchmarks (no Qt here).

- ``CONSULT_QUIT_AFTER_PAINT=1``: print ``first-paint <ns>`` when the first
  frame is painted and quit once it is done (:mod:`consult_app.ui.first_paint`).
- ``CONSULT_STARTUP_MARKS=1``: also print ``mark <stage> <ns>`` as start-up
  passes each stage (``bench/startup_bench.py --marks`` gives their medians).

``<ns>`` is ``time.monotonic_ns()``: the same clock in the parent process, so
the parent measures from the moment it started the app.
"""

from __future__ import annotations

import os
import time

QUIT_AFTER_PAINT = "CONSULT_QUIT_AFTER_PAINT"
MARKS = "CONSULT_STARTUP_MARKS"


def wanted(variable: str) -> bool:
    """Whether the environment variable is set to something other than empty or 0."""
    return os.environ.get(variable) not in (None, "", "0")


def mark(stage: str) -> None:
    """Print the time this stage of start-up was reached, when ``CONSULT_STARTUP_MARKS`` asks for it."""
    if wanted(MARKS):
        print(f"mark {stage} {time.monotonic_ns()}", flush=True)
