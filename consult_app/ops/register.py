"""The register: commitments through their life (made, edited, reaffirmed, withdrawn or superseded), status, indicators and measurements.

Every function here is one intent: one transaction, one change event. The
ones the window can undo come in pairs (``withdraw_commitment`` and
``reinstate_commitment``, ``edit_commitment`` and ``undo_edit`` …); history
(status events, measurements) is never undone.
"""

from __future__ import annotations

import copy
import datetime as dt

from ..domain import validate
from ..domain.errors import Invalid
from ..domain.language import ordinal
from ..domain.model import Commitment, CommitmentState, Measurement, Revision, StatusEvent, Visibility
from ..domain.proposal import ReferenceScheme
from ..preferences import current_user
from ..store import Workspace


def _check_reference(ws: Workspace, c: Commitment) -> None:
    """A new or changed reference follows the dialogue's scheme (references imported from elsewhere are kept)."""
    validate.text(c.ref, "ref", required=True, limit=validate.REF)
    ReferenceScheme.of(ws.dialogue(c.dialogue_id)).check(c.ref)


def add_commitment(ws: Workspace, c: Commitment) -> Commitment:
    """Record a new commitment (or decision) and link it with its counterpart, in one transaction.

    Its reference must follow the dialogue's scheme (``MLFR-YYYY-NN``).
    ``c.reciprocal_id`` names the counterpart (quid pro quo): the two are
    linked both ways, and whatever the counterpart was linked to before is
    unlinked.

    Raises:
        Invalid: a reference off the scheme or already used, a missing text or party, a bad date.
    """
    with ws.transaction("commitment"):
        _check_reference(ws, c)
        return restore_commitment(ws, c)


def restore_commitment(ws: Workspace, c: Commitment) -> Commitment:
    """Put back a commitment just deleted, exactly as it was, with its counterpart link (to undo the deletion)."""
    c = copy.deepcopy(c)
    with ws.transaction("commitment"):
        counterpart = c.reciprocal_id
        ws.add_commitment(c)
        ws.link_reciprocal(c.id, counterpart)
    return ws.commitment(c.id)


def edit_commitment(ws: Workspace, c: Commitment, *, reason: str = "", revised_on: dt.date | None = None) -> Revision | None:
    """Save changes to a commitment; a change of its text is kept in its history (old and new text, date, reason, author).

    A changed reference must follow the dialogue's scheme. Returns the
    revision recorded, or None when the text did not change.

    Raises:
        Invalid: as :func:`add_commitment`; a commitment no longer in force cannot have its text changed.
    """
    c = copy.deepcopy(c)
    with ws.transaction("commitment"):
        before = ws.commitment(c.id)
        if c.ref != before.ref:
            _check_reference(ws, c)
        revision = None
        if c.text != before.text:
            if not before.in_force:
                raise Invalid(f"text: {before.ref} was {before.state.value} on {before.ended_on}; its text can no longer change.", "text")
            validate.text(reason, "reason")
            revision = Revision(c.id, revised_on or dt.date.today(), before.text, c.text, reason=reason.strip(), author=current_user())
        counterpart = c.reciprocal_id
        ws.update_commitment(c)
        ws.link_reciprocal(c.id, counterpart)
        if revision is not None:
            revision = ws.add_revision(revision)
    return revision


def undo_edit(ws: Workspace, before: Commitment, revision_id: str | None) -> Commitment:
    """Put a commitment back as it was before an edit, and take that edit's revision out of the history (undo, within a run)."""
    before = copy.deepcopy(before)
    with ws.transaction("commitment"):
        if revision_id is not None:
            ws.drop_latest_revision(before.id, revision_id)
        counterpart = before.reciprocal_id
        ws.update_commitment(before)
        ws.link_reciprocal(before.id, counterpart)
    return ws.commitment(before.id)


def delete_commitment(ws: Workspace, commitment_id: str) -> None:
    """Delete a commitment entered by mistake; one with any history (status, text changes, indicators, actions, lineage) is refused: withdraw it instead."""
    ws.delete_commitment(commitment_id)


def _end(ws: Workspace, c: Commitment, state: CommitmentState, on: dt.date | None, reason: str) -> Commitment:
    if not c.in_force:
        raise Invalid(f"{c.ref} was already {c.state.value} on {c.ended_on.isoformat() if c.ended_on else '?'}.")
    c.state, c.ended_on, c.end_reason = state, on or dt.date.today(), reason.strip()
    ws.update_commitment(c)
    return c


def withdraw_commitment(ws: Workspace, commitment_id: str, on: dt.date | None = None, *, reason: str) -> Commitment:
    """End a commitment that no longer binds, on a date (default today) and for a reason; its history stays.

    A withdrawn commitment is neither open nor overdue from that day, nor
    carried over to later sessions.

    Raises:
        Invalid: no reason, a date before the session where it was made, or a commitment already ended.
    """
    with ws.transaction("commitment"):
        _end(ws, ws.commitment(commitment_id), CommitmentState.WITHDRAWN, on, reason)
    return ws.commitment(commitment_id)


def reinstate_commitment(ws: Workspace, commitment_id: str) -> Commitment:
    """Put a withdrawn or superseded commitment back in force (to undo the withdrawal)."""
    with ws.transaction("commitment"):
        c = ws.commitment(commitment_id)
        c.state, c.ended_on, c.end_reason = CommitmentState.IN_FORCE, None, ""
        ws.update_commitment(c)
    return ws.commitment(commitment_id)


def supersede_commitment(ws: Workspace, old_id: str, replacement: Commitment, on: dt.date | None = None, *, reason: str) -> Commitment:
    """Replace a commitment by a new one, linked to it: the old one ends as superseded (date, reason), the new one is added.

    Returns the new commitment.

    Raises:
        Invalid: the old one is no longer in force, the new one belongs to another dialogue, or either is invalid.
    """
    replacement = copy.deepcopy(replacement)
    with ws.transaction("commitment"):
        old = ws.commitment(old_id)
        if replacement.dialogue_id != old.dialogue_id:
            raise Invalid("supersedes: a commitment can only be replaced by one of the same dialogue.", "supersedes")
        replacement.supersedes_id = old.id
        _end(ws, old, CommitmentState.SUPERSEDED, on, reason)
        add_commitment(ws, replacement)
    return ws.commitment(replacement.id)


def undo_supersession(ws: Workspace, replacement_id: str) -> Commitment:
    """Take a supersession back: delete the replacement (it must have no history yet) and put the old commitment back in force."""
    with ws.transaction("commitment"):
        new = ws.commitment(replacement_id)
        old_id, new.supersedes_id = new.supersedes_id, None
        ws.update_commitment(new)  # no longer a replacement: deleted now unless it has a history of its own
        ws.delete_commitment(new.id)
        if old_id:
            reinstate_commitment(ws, old_id)
    return ws.commitment(old_id) if old_id else new


def reaffirm_commitment(ws: Workspace, commitment_id: str, session_id: str) -> Commitment:
    """Record that a later session of the dialogue reaffirmed a commitment still in force.

    Raises:
        Invalid: a session of another dialogue, not later than the one where it was made, already recorded; a commitment no longer in force.
    """
    with ws.transaction("commitment"):
        c = ws.commitment(commitment_id)
        session = ws.session(session_id)
        if session.dialogue_id != c.dialogue_id:
            raise Invalid("session: a commitment can only be reaffirmed at a session of its own dialogue.", "session")
        if not c.in_force:
            raise Invalid(f"{c.ref} was {c.state.value} on {c.ended_on.isoformat() if c.ended_on else '?'}: only a commitment in force can be reaffirmed.")
        if session.id in c.reaffirmed_at:
            raise Invalid(f"session: {c.ref} is already reaffirmed at the {ordinal(session.number, 'en')} session.", "session")
        made = ws.session(c.made_at_session_id) if c.made_at_session_id else None
        if made is not None and session.number <= made.number:
            raise Invalid(f"session: {c.ref} was made at the {ordinal(made.number, 'en')} session; it can be reaffirmed only at a later one.", "session")
        c.reaffirmed_at.append(session.id)
        ws.update_commitment(c)
    return ws.commitment(commitment_id)


def unreaffirm_commitment(ws: Workspace, commitment_id: str, session_id: str) -> Commitment:
    """Take back the record of a reaffirmation (to undo one)."""
    with ws.transaction("commitment"):
        c = ws.commitment(commitment_id)
        c.reaffirmed_at = [s for s in c.reaffirmed_at if s != session_id]
        ws.update_commitment(c)
    return ws.commitment(commitment_id)


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
        commitment_id,
        status,
        effective_on,
        note=note,
        evidence=evidence,
        author=current_user() if author is None else author,
        recorded_where=recorded_where,
        visibility=visibility,
    )


def add_measurement(ws: Workspace, measurement: Measurement) -> Measurement:
    """Append a dated value of an indicator, with its source and audience (value and source internal unless shared)."""
    return ws.add_measurement(measurement)
