"""How hard the slow property and crash tests try.

`make test` keeps them short, so that the whole suite stays under 90 s on two
cores; `make thorough` (``CONSULT_THOROUGH=1``) runs them at full strength —
more random documents, packets and kills — before a release or after a change
to the store, the exchange or the crash safety. The 1,000-kill and
1,000-packet runs the README quotes are `make bench`'s.
"""

from __future__ import annotations

import os

THOROUGH = os.environ.get("CONSULT_THOROUGH", "") not in ("", "0")


def effort(short: int, thorough: int) -> int:
    """``short`` examples (or kills) in `make test`, ``thorough`` in `make thorough`."""
    return thorough if THOROUGH else short
