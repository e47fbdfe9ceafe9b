"""The register: commitments with their counterpart link, status, indicators and measurements."""

from __future__ import annotations

import datetime as dt

from ..domain.model import Commitment, Indicator, Measurement, StatusEvent, Visibility
from ..preferences import current_user
from ..store import Workspace


def save_commitment(ws: Workspace, c: Commitment, *, new: bool) -> Commitment:
    """Add or update a commitment and link it with its counterpart, in one transaction.

    ``c.reciprocal_id`` names the counterpart (quid pro quo): the two are linked
    both ways, and whatever either was linked to before is unlinked, so a
    change of counterpart from B to C leaves B pointing at nothing.
    """
    with ws.transaction("commitment"):
        counterpart = c.reciprocal_id
        (ws.add_commitment if new else ws.update_commitment)(c)
        ws.link_reciprocal(c.id, counterpart)
    return ws.commitment(c.id)


def log_status(
    ws: Workspace,
    commitment_id: str,
    status: str,
    effective_on: dt.date | None = None,
    *,
    note: str = "",
    evidence: str = "",
    author: str | None = None,
    recorded_where: str = "",
    visibility: Visibility = Visibility.INTERNAL,
) -> StatusEvent:
    """Append a status event to a commitment's history (the author defaults to :func:`current_user`)."""
    return ws.log_status(
        commitment_id, status, effective_on, note=note, evidence=evidence, author=current_user() if author is None else author,
        recorded_where=recorded_where, visibility=visibility,
    )


def add_indicator(ws: Workspace, indicator: Indicator) -> Indicator:
    """Tie a figure (unit, baseline, target) to a commitment."""
    return ws.add_indicator(indicator)


def add_measurement(ws: Workspace, measurement: Measurement) -> Measurement:
    """Append a dated value of an indicator, with its source."""
    return ws.add_measurement(measurement)
