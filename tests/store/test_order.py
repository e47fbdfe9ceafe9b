"""Rows made in the same second list in the same order in both secretariats' files, and in the order they were made.

Proposals and revisions carry their time to the second. Two made in the same second used to be told apart by
SQLite's rowid, which is the order they reached each file: a packet can bring them in another order than they were
made. They are now told apart by their ids, which sort in the order they were made (:func:`model.new_id`).
"""

from __future__ import annotations

import datetime as dt

from consult_app.domain.model import MinutesState, Revision
from consult_app.domain.negotiation import Proposal
from consult_app.store import Workspace

from ..conftest import copy_of_demo

SECOND = "2026-11-28T10:00:00Z"


def _circulated(ws: Workspace):
    """The demo's circulated minutes (IT-AL, 2nd session), with their version 1."""
    session = next(s for s in ws.sessions(None) if s.minutes_state == MinutesState.CIRCULATED)
    ws.circulate(session.id, by="test")
    return session, next(i for i in ws.agenda(session.id) if i.summary)


def test_proposals_and_revisions_of_the_same_second_keep_one_order_whatever_order_they_arrive_in(tmp_path, demo_template):
    here = Workspace.open(copy_of_demo(demo_template, tmp_path / "here.consult"))
    there = Workspace.open(copy_of_demo(demo_template, tmp_path / "there.consult"))
    try:
        session, item = _circulated(here)
        _circulated(there)
        lang = next(iter(item.summary))
        made = [Proposal(session.id, "", item.id, "summary", lang, "comment", comment=f"comment {n}", proposed_at=SECOND) for n in range(5)]
        commitment = here.commitments()[0]
        text = dict(commitment.text)
        revisions = [Revision(commitment.id, dt.date(2026, 11, 28), text, text, reason=f"reason {n}", author="a", recorded_at=SECOND) for n in range(5)]
        for p, r in zip(made, revisions, strict=True):
            here.propose(p)
            here.add_revision(r)
        for p, r in zip(reversed(made), reversed(revisions), strict=True):  # as a packet may bring them
            there.propose(p)
            there.add_revision(r)
        for ws in (here, there):
            assert [p.comment for p in ws.proposals(session.id)] == [p.comment for p in made]
            assert [r.reason for r in ws.revisions(commitment.id)][-5:] == [r.reason for r in revisions]
            assert [r.reason for r in ws.revisions_by_commitment()[commitment.id]][-5:] == [r.reason for r in revisions]
    finally:
        here.close()
        there.close()
