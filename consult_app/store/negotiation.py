"""Negotiated minutes: versions, proposals, sign-offs, amendments (part of :class:`Workspace`).

The state machine of :mod:`consult_app.domain.negotiation` is enforced here,
so that every entrance — the window, the command line, a packet from the
other secretariat, an interchange file — meets the same rules. The state of
the minutes is never set directly: it follows from the record
(:meth:`Negotiation.settle_minutes`): a circulated version makes them
circulated, every party's sign-off of the latest version makes them agreed,
and an amendment changes their text once every party signed it off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import validate
from ..domain.errors import ConsultError, Invalid
from ..domain.model import Amendment, MinutesState, Party, Session, SessionState, named
from ..domain.rules import discussed, timetable
from ..domain.text import counted
from . import codec
from .codec import utc_now

if TYPE_CHECKING:
    from ..domain.negotiation import MinutesVersion, Proposal, SignOff

# The rules (domain.negotiation: difflib, hashlib) are imported by the methods that apply them:
# opening a workspace reads no minutes' record.


def _record():
    """The module of the minutes' record (domain.negotiation), loaded on first use."""
    from ..domain import negotiation

    return negotiation


class Negotiation:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    # ------------------------------------------------------------------ reads

    def minutes_versions(self, session_id: str) -> list[MinutesVersion]:
        return [
            codec.from_row(_record().MinutesVersion, r)
            for r in self._rows("SELECT * FROM minutes_versions WHERE session_id = ? ORDER BY number", (session_id,))
        ]

    def minutes_version(self, session_id: str, number: int) -> MinutesVersion:
        return codec.from_row(
            _record().MinutesVersion,
            self._found(
                "SELECT * FROM minutes_versions WHERE session_id = ? AND number = ?",
                (session_id, number),
                f"{_cap(self._minutes_words(session_id))} have no version {number}.",
            ),
        )

    def checked_version(self, session_id: str, number: int) -> MinutesVersion:
        """Version ``number`` of a session's minutes, its texts checked against its hash (edited behind the app's back: refused).

        Raises:
            Invalid: no such version, or one sentence naming the minutes and what is wrong with it.
        """
        v = self.minutes_version(session_id, number)
        _record().check_version_of(_cap(self._minutes_words(session_id)), v)
        return v

    def proposals(self, session_id: str) -> list[Proposal]:
        return self._objects(_record().Proposal, "SELECT * FROM minutes_proposals WHERE session_id = ? ORDER BY proposed_at, id", (session_id,))

    def proposal(self, proposal_id: str) -> Proposal:
        """The proposal named by ``proposal_id``: its id, or its last characters as they are printed (``short_id``)."""
        return codec.from_row(_record().Proposal, self._named("minutes_proposals", proposal_id, "a proposal", "minutes proposals"))

    def _named(self, table: str, handle: str, what: str, listing: str) -> dict:
        """The one row of ``table`` that ``handle`` names (its whole id, or at least its last 4 characters: ``model.named``)."""
        row = self._one(f"SELECT * FROM {table} WHERE id = ?", (handle,))
        if row is None:
            ids = [r["id"] for r in self._rows(f"SELECT id FROM {table}")]
            row = self._one(f"SELECT * FROM {table} WHERE id = ?", (named(handle, ids, what, listing),))
        return row

    def signoffs(self, session_id: str) -> list[SignOff]:
        return self._objects(
            _record().SignOff,
            "SELECT x.* FROM minutes_signoffs x LEFT JOIN parties p ON p.id = x.party_id WHERE x.session_id = ? ORDER BY x.signed_at, p.position, x.id",
            (session_id,),
        )

    def amendment(self, amendment_id: str) -> Amendment:
        """The amendment named by ``amendment_id``: its id, or its last characters as they are printed (``short_id``)."""
        return codec.from_row(Amendment, self._named("minutes_amendments", amendment_id, "an amendment", "minutes show"))

    def home_party(self, dialogue_id: str) -> Party:
        row = self._one("SELECT * FROM parties WHERE dialogue_id = ? AND is_home = 1", (dialogue_id,))
        if row is None:
            raise ConsultError("This dialogue has no home party.")
        return codec.party_from_row(row)

    def pen_holder(self, session_id: str) -> str | None:
        """The party that circulated the first version (it circulates the next ones and decides proposals); None before."""
        row = self._one("SELECT party_id FROM minutes_versions WHERE session_id = ? ORDER BY number LIMIT 1", (session_id,))
        return row["party_id"] if row else None

    def paired_counterpart(self, dialogue_id: str) -> str | None:
        """The name of the other secretariat this dialogue is paired with, if any."""
        row = self._one("SELECT name FROM peers WHERE kind = 'counterpart' AND scope_dialogue_id = ?", (dialogue_id,))
        return row["name"] if row else None

    def head_of_delegation(self, session_id: str, party_id: str) -> str | None:
        row = self._one(
            "SELECT p.name FROM delegation_members m JOIN people p ON p.id = m.person_id WHERE m.session_id = ? AND m.party_id = ? AND m.is_head = 1",
            (session_id, party_id),
        )
        return row["name"] if row else None

    def frozen_texts(self, session_id: str, number: int) -> dict:
        """The joint texts of a session's minutes as they stand now, frozen as version ``number`` would hold them.

        The minutes record what was discussed: the timetable's breaks, lunches and day headings are not frozen.
        The parties' names are, as they stand here, in each working language, and so are the delegation lines and the
        follow-up actions the minutes print, read from the joint view (joint rows and columns only: versions travel to
        the other secretariat): agreed minutes print them.
        """
        from ..domain import negotiation as N
        from .joint import joint_view

        s = self.session(session_id)
        d = self.dialogue(s.dialogue_id)
        items = self.agenda(session_id)
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        jb = joint_view(self, d.id)
        members = [m for m in jb.members if m.session_id == s.id]
        adopted = [c.id for c in jb.commitments if c.made_at_session_id == s.id]
        return N.freeze(
            d.id,
            s.id,
            number,
            discussed(items),
            {i: slot.number for i, slot in slots.items()},
            d.parties,
            d.languages,
            delegations=N.delegation_lines(d.parties, members, {p.id: p for p in jb.people}),
            actions=N.minuted_actions(jb.actions, s.id, adopted),
        )

    def agreed_version(self, session_id: str) -> MinutesVersion | None:
        """The version every party signed off, when the minutes are agreed by sign-off."""
        from ..domain import negotiation as N

        s = self.session(session_id)
        parties = [p.id for p in self.dialogue(s.dialogue_id).parties]
        return N.agreed_hash(self.minutes_versions(session_id), self.signoffs(session_id), parties)

    def check_minutes_record(self, session_id: str) -> None:
        """The session's minutes as their negotiation record makes them (:func:`~consult_app.domain.negotiation.check_record`):
        each version matching its hash, the state the sign-offs give, and agreed minutes holding the texts and items agreed.

        Raises:
            Invalid: one sentence naming the minutes and what differs ('… differ from the agreed version 2 (item 7 was added) …').
        """
        s = self.session(session_id)
        self._check_record(s, self.dialogue(s.dialogue_id))

    def _check_record(self, s: Session, d) -> None:
        where = _record().minutes_of(d.code, s.number, first=True)
        try:
            versions, signoffs, amendments = self.minutes_versions(s.id), self.signoffs(s.id), self.amendments(s.id)
            _record().check_record(where, s, self.agenda(s.id), versions, signoffs, amendments, [p.id for p in d.parties])
        except (ValueError, TypeError, KeyError) as exc:  # a row made into what Consult never writes ('bogus' as an item's kind)
            raise Invalid(f"{where} cannot be checked against their record ({exc}): a row of theirs was edited outside Consult.", "texts") from None

    def minutes_out_of_step(self) -> list[Invalid]:
        """The refusal of :meth:`check_minutes_record` for every session whose minutes have versions and no longer match
        their record (edited behind the app's back), in the order of the dialogues' codes and the sessions' numbers.

        Reads only: nothing is repaired. Sessions without versions (drafts, minutes agreed before Consult kept
        versions) cost nothing.
        """
        rows = self._rows(
            "SELECT s.* FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id "
            "WHERE EXISTS (SELECT 1 FROM minutes_versions v WHERE v.session_id = s.id) ORDER BY d.code, s.number"
        )
        sessions = [codec.session_from_row(r) for r in rows]
        dialogues = {d.id: d for d in self.dialogues()} if sessions else {}  # once: a dialogue is read with all the others
        found = []
        for s in sessions:
            try:
                self._check_record(s, dialogues[s.dialogue_id])
            except Invalid as exc:
                found.append(exc)
        return found

    def _minutes_words(self, session_id: str) -> str:
        s = self.session(session_id)
        return _record().minutes_of(self.dialogue(s.dialogue_id).code, s.number)

    # ------------------------------------------------------------------ the state machine

    def check_minutes_state(self, before: Session, wanted: Session) -> None:
        """Refuse a change of a session's minutes state (or of its agreed session state) that is not made by the record.

        Raises:
            Invalid: one sentence saying what to do instead.
        """
        from ..domain import negotiation as N

        if wanted.minutes_state != before.minutes_state:
            raise N.refuse_state(before.minutes_state, wanted.minutes_state, _cap(self._minutes_words(before.id)))
        if before.minutes_state == MinutesState.AGREED and before.state == SessionState.MINUTES_AGREED and wanted.state != before.state:
            raise Invalid(f"{_cap(self._minutes_words(before.id))} are agreed: the session stays at 'minutes agreed'.", "state")
        changed = [f for f in validate.AGREED_SESSION_KEPT if getattr(before, f) != getattr(wanted, f)]
        if before.minutes_state == MinutesState.AGREED and changed:
            raise Invalid(
                f"{_cap(self._minutes_words(before.id))} are agreed: the session's number, dates, venue, host and start time, "
                "which they print, stay as they were agreed.",
                changed[0],
            )

    def check_texts_editable(self, session: Session, before, after) -> None:
        """Joint texts of the minutes change only while drafting, or by the pen holder between versions."""
        agreed = session.minutes_state == MinutesState.AGREED
        fields = ("summary", "conclusions") + (("title",) if agreed or self.pen_holder(session.id) else ())
        if all(getattr(before, f) == getattr(after, f) for f in fields):
            return
        if agreed:
            raise Invalid("The minutes of this session are agreed: record an amendment instead of editing them.", "summary")
        self._check_pen(session)

    def check_items_editable(self, session: Session) -> None:
        """Agenda items are added, removed or moved only while the minutes may still be written here: never once they are
        agreed (their items are the agreed record), nor while the other party holds the pen."""
        if session.minutes_state == MinutesState.AGREED:
            raise Invalid(
                "The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text.",
                "minutes_state",
            )
        self._check_pen(session)

    def check_item_kept(self, session: Session, before, after) -> None:
        """An item of agreed minutes keeps its session, place, kind and timing: they decide its number, whether the minutes
        record it at all (a break is no part of them) and the day it is printed under; our own notes stay editable."""
        if session.minutes_state != MinutesState.AGREED:
            return
        changed = next((f for f in validate.AGREED_ITEM_KEPT if getattr(before, f) != getattr(after, f)), None)
        if changed:
            raise Invalid(
                "The minutes of this session are agreed: an item's place, kind and timing stay as agreed; record an amendment to change a text.", changed
            )

    def _check_pen(self, session: Session) -> None:
        pen = self.pen_holder(session.id)
        if session.minutes_state == MinutesState.CIRCULATED and pen and pen != self.home_party(session.dialogue_id).id:
            holder = self.dialogue(session.dialogue_id).party(pen)
            raise Invalid(
                f"{_cap(self._minutes_words(session.id))} are circulated by {holder.name if holder else 'the other party'}, "
                "who holds the pen: propose a change instead of editing them.",
                "summary",
            )

    def set_minutes_state(self, session_id: str, state: MinutesState, *, by: str = "") -> Session:
        """Move the minutes forward: draft → circulated circulates version 1; nothing else is set by hand.

        Raises:
            Invalid: any other change (back to draft, to agreed without sign-offs…), in one sentence.
        """
        from ..domain import negotiation as N

        session = self.session(session_id)
        if state == session.minutes_state:
            return session
        if session.minutes_state != MinutesState.AGREED and state == MinutesState.CIRCULATED:
            self.circulate(session_id, by=by)
            return self.session(session_id)
        raise N.refuse_state(session.minutes_state, state, _cap(self._minutes_words(session_id)))

    def circulate(self, session_id: str, *, by: str = "") -> MinutesVersion:
        """Freeze the joint texts as the next version, with their hash; the minutes become circulated.

        Raises:
            Invalid: agreed minutes; another party holds the pen; open proposals on the last version; nothing changed.
        """
        from ..domain import negotiation as N

        s = self.session(session_id)
        words = self._minutes_words(session_id)
        if s.minutes_state == MinutesState.AGREED:
            raise Invalid(f"{_cap(words)} are agreed: they are not circulated again; change them by an amendment.", "minutes_state")
        home = self.home_party(s.dialogue_id)
        versions = self.minutes_versions(session_id)
        if versions and versions[0].party_id != home.id:
            holder = self.dialogue(s.dialogue_id).party(versions[0].party_id)
            raise Invalid(
                f"{holder.name if holder else 'The other party'} holds the pen for {words} (it circulated version 1): propose changes instead.", "minutes_state"
            )
        if versions:
            open_ = [p for p in self.proposals(session_id) if p.state == N.ProposalState.OPEN and p.version_id == versions[-1].id]
            if open_:
                raise Invalid(
                    f"{counted(len(open_), 'proposal')} on version {versions[-1].number} of {words} {'is' if len(open_) == 1 else 'are'} still open: accept, reject or edit each before circulating the next version.",
                    "proposals",
                )
        number = (versions[-1].number if versions else 0) + 1
        texts = self.frozen_texts(session_id, number)
        if versions and N.same_texts(texts, versions[-1].texts) and all(texts[k] == versions[-1].texts.get(k, texts[k]) for k in N.LISTS):
            raise Invalid(f"Nothing changed in {words} since version {versions[-1].number} was circulated.", "minutes_state")
        validate.text(by, "by", limit=validate.NAME)
        version = N.MinutesVersion(session_id, number, home.id, texts, N.content_hash(texts), utc_now(), by)
        with self._write("minutes") as db:
            db.table("minutes_versions").insert(codec.row_of(version))
            self.settle_minutes(session_id)
        return version

    def propose(self, p: Proposal) -> Proposal:
        """Record a proposal on the latest circulated version (ours by default; another party's only when not paired with it).

        Raises:
            Invalid: minutes not circulated, a stale version, a passage not in the text, bad fields.
        """
        from ..domain import negotiation as N

        s = self.session(p.session_id)
        d = self.dialogue(s.dialogue_id)
        words = self._minutes_words(s.id)
        p = replace(p, party_id=p.party_id or self.home_party(d.id).id, proposed_at=p.proposed_at or utc_now())
        self._check_for_party(d, p.party_id, "propose changes")
        N.check_proposal(p, d.languages)
        if s.minutes_state != MinutesState.CIRCULATED:
            raise Invalid(f"{_cap(words)} are {s.minutes_state.value}: proposals are made on circulated minutes.", "minutes_state")
        versions = self.minutes_versions(s.id)
        if not versions:  # circulated before Consult kept versions (a workspace from before the negotiated record)
            raise Invalid(f"{_cap(words)} have no circulated version yet: circulate them, then propose changes to that version.", "minutes_state")
        latest = versions[-1]
        p = replace(p, version_id=p.version_id or latest.id)
        if p.version_id != latest.id:
            raise Invalid(f"Version {latest.number} of {words} has been circulated since: make the proposal on it.", "version")
        if latest.item(p.agenda_item_id) is None:
            raise Invalid(f"The agenda item is not part of version {latest.number} of {words}.", "agenda_item")
        if p.op != "comment":
            N.apply(latest.text(p.agenda_item_id, p.field, p.lang), p.op, p.passage, p.text)
        return self._add("minutes", "minutes_proposals", p)

    def decide(self, proposal_id: str, decision: str, *, text: str | None = None, by: str = "") -> Proposal:
        """Accept, reject or edit (accept with other words) a proposal; an accepted change goes into the working text.

        Only the pen holder decides, and only proposals on the latest version.

        Raises:
            Invalid: a decided proposal, a stale one, not the pen holder, or a passage no longer in the text.
        """
        from ..domain import negotiation as N

        p = self.proposal(proposal_id)
        s = self.session(p.session_id)
        words = self._minutes_words(s.id)
        if decision not in ("accept", "reject", "edit"):
            raise Invalid(f"decision: '{decision}' is not one of: accept, reject, edit.", "decision")
        if p.state != N.ProposalState.OPEN:
            raise Invalid(f"This proposal was already {p.state.value} ({p.decided_at[:10]}): a decision is final.", "decision")
        if s.minutes_state != MinutesState.CIRCULATED:
            raise Invalid(f"{_cap(words)} are {s.minutes_state.value}: proposals are decided while they are circulated.", "minutes_state")
        home = self.home_party(s.dialogue_id)
        if self.pen_holder(s.id) != home.id:
            raise Invalid(f"Only the party that circulated {words} decides the proposals on them.", "decision")
        versions = self.minutes_versions(s.id)
        if p.version_id != versions[-1].id and decision != "reject":
            raise Invalid(f"This proposal was made on an earlier version than version {versions[-1].number}: it can only be rejected.", "decision")
        validate.text(by, "by", limit=validate.NAME)
        words_used = p.text
        if decision == "edit":
            if text is None or (p.op != "delete" and not text.strip()):
                raise Invalid("text: say the wording that is accepted instead of the proposal's.", "text")
            validate.text(text, "text")
            words_used = text
        state = {"accept": N.ProposalState.ACCEPTED, "reject": N.ProposalState.REJECTED, "edit": N.ProposalState.EDITED}[decision]
        decided = replace(p, state=state, decided_text=words_used if decision != "reject" else "", decided_at=utc_now(), decided_by=by)
        with self._write("minutes") as db:
            if decision != "reject" and p.op != "comment":
                item = self.agenda_item(p.agenda_item_id)
                texts = dict(getattr(item, p.field))
                op = "replace" if decision == "edit" and p.op == "delete" else p.op
                texts[p.lang] = N.apply(texts.get(p.lang, ""), op, p.passage, words_used)
                setattr(item, p.field, texts)
                validate.agenda_item(item, self.dialogue(s.dialogue_id).languages)
                db.table("agenda_items").update(item.id, {p.field: codec.jdump(texts)})
                self._index_item(item, s.dialogue_id)
            db.table("minutes_proposals").update(p.id, {k: v for k, v in codec.row_of(decided).items() if k.startswith("decided") or k == "state"})
        return decided

    def sign_off(self, session_id: str, name: str, *, party_id: str | None = None, amendment_id: str | None = None, recorded_by: str = "") -> SignOff:
        """A head of delegation signs off the latest version (or an amendment) by its hash.

        Our party's by default; another party's only when this dialogue is not
        paired with its secretariat (then it is recorded here, from the paper).
        When every party has signed the same version, the minutes are agreed.

        Raises:
            Invalid: nothing to sign, texts changed since the version, open proposals, not the head of delegation, signed twice.
        """
        from ..domain import negotiation as N

        s = self.session(session_id)
        d = self.dialogue(s.dialogue_id)
        words = self._minutes_words(session_id)
        party_id = party_id or self.home_party(d.id).id
        party = d.party(party_id)
        if party is None:
            raise Invalid("party: not a party to this dialogue.", "party")
        self._check_for_party(d, party_id, "sign off")
        validate.text(name, "by", required=True, limit=validate.NAME)
        validate.text(recorded_by, "recorded_by", limit=validate.NAME)
        head = self.head_of_delegation(session_id, party_id)
        if head is not None and head.casefold() != name.strip().casefold():
            raise Invalid(f"by: {name.strip()} is not the head of the delegation of {party.name} at this session ({head} is).", "by")
        signed = self.signoffs(session_id)
        if amendment_id is not None:
            a = self.amendment(amendment_id)
            if a.session_id != session_id:
                raise Invalid("amendment: it amends another session's minutes.", "amendment")
            if a.state == N.AmendmentState.EFFECTIVE.value:
                raise Invalid("This amendment is already in force.", "amendment")
            if any(x.amendment_id == a.id and x.party_id == party_id for x in signed):
                raise Invalid(f"{party.name} has already signed off this amendment.", "amendment")
            signoff = N.SignOff(session_id, party_id, name.strip(), N.amendment_hash(a), utc_now(), amendment_id=a.id, recorded_by=recorded_by)
        else:
            versions = self.minutes_versions(session_id)
            if s.minutes_state == MinutesState.AGREED:
                raise Invalid(f"{_cap(words)} are already agreed.", "minutes_state")
            if not versions:
                raise Invalid(f"{_cap(words)} have not been circulated: circulate them first, then each head of delegation signs off.", "minutes_state")
            latest = versions[-1]
            if not N.same_texts(self.frozen_texts(session_id, latest.number), latest.texts):
                raise Invalid(
                    f"The texts of {words} changed since version {latest.number} was circulated: circulate version {latest.number + 1} first.", "minutes_state"
                )
            open_ = [p for p in self.proposals(session_id) if p.state == N.ProposalState.OPEN and p.version_id == latest.id]
            if open_:
                raise Invalid(
                    f"{counted(len(open_), 'proposal')} on version {latest.number} of {words} {'is' if len(open_) == 1 else 'are'} still open: they are decided before anyone signs off.",
                    "proposals",
                )
            if any(x.version_id == latest.id and x.party_id == party_id for x in signed):
                raise Invalid(f"{party.name} has already signed off version {latest.number} of {words}.", "by")
            signoff = N.SignOff(session_id, party_id, name.strip(), latest.hash, utc_now(), version_id=latest.id, recorded_by=recorded_by)
        with self._write("minutes") as db:
            db.table("minutes_signoffs").insert(codec.row_of(signoff))
            self.settle_minutes(session_id)
        return signoff

    def amend_minutes(
        self,
        item_id: str,
        field: str,
        lang: str,
        new_text: str,
        reason: str,
        on: dt.date,
        *,
        author: str = "",
        signed_by: dict[str, str] | None = None,
        recorded_by: str = "",
    ) -> Amendment:
        """Propose an amendment to agreed minutes, with the sign-offs given (party id -> head of delegation's name).

        It comes into force — the text changes, the old one is kept with the
        date, reason and author — once every party has signed it off.

        Raises:
            Invalid: minutes not agreed, a bad field, language, date or reason.
        """
        from ..domain import negotiation as N

        if field not in validate.MINUTES_FIELDS:
            raise Invalid(f"field: '{field}' is not part of the minutes.", "field")
        validate.text(reason, "reason", required=True)
        validate.text(new_text, "text")
        validate.text(author, "author", limit=validate.NAME)
        item = self.agenda_item(item_id)
        s = self.session(item.session_id)
        if s.minutes_state != MinutesState.AGREED:
            raise Invalid(f"{_cap(self._minutes_words(s.id))} are not agreed: edit them instead of amending them.", "minutes_state")
        d = self.dialogue(s.dialogue_id)
        if lang not in d.languages:
            raise Invalid(f"lang: '{lang}' is not a working language of {d.code} ({', '.join(d.languages)}).", "lang")
        amendment = Amendment(
            session_id=item.session_id,
            field=field,
            old_text=getattr(item, field).get(lang, ""),
            new_text=new_text,
            amended_on=on,
            reason=reason,
            agenda_item_id=item_id,
            lang=lang,
            author=author,
            party_id=self.home_party(d.id).id,
            state=N.AmendmentState.PROPOSED.value,
        )
        validate.date(on, "date")
        validate.amendment(amendment)
        with self._write("minutes") as db:
            db.table("minutes_amendments").insert(codec.row_of(amendment))
            for party_id, name in (signed_by or {}).items():
                self.sign_off(item.session_id, name, party_id=party_id, amendment_id=amendment.id, recorded_by=recorded_by)
        return self.amendment(amendment.id)

    def _check_for_party(self, d, party_id: str, doing: str) -> None:
        home = self.home_party(d.id)
        if party_id == home.id:
            return
        partner = self.paired_counterpart(d.id)
        party = d.party(party_id)
        if party is None:
            raise Invalid("party: not a party to this dialogue.", "party")
        if partner:
            raise Invalid(
                f"party: {party.name} does that in its own workspace, and it reaches this one in {partner}'s packets; it cannot {doing} here on its behalf.",
                "party",
            )

    # ------------------------------------------------------------------ what the record makes of the minutes

    def settle_minutes(self, session_id: str) -> None:
        """Bring the minutes in line with their record, inside the caller's transaction.

        Circulated versions make them circulated, and on the side that does not
        hold the pen set the texts to the latest version; every party's
        sign-off of the latest version makes them agreed; an amendment every
        party signed comes into force.
        """
        from ..domain import negotiation as N

        s = self.session(session_id)
        d = self.dialogue(s.dialogue_id)
        versions = self.minutes_versions(session_id)
        signoffs = self.signoffs(session_id)
        parties = [p.id for p in d.parties]
        if versions and s.minutes_state != MinutesState.AGREED:
            latest = versions[-1]
            if latest.party_id != self.home_party(d.id).id:
                for frozen in latest.texts.get("items", ()):
                    row = self._one("SELECT id FROM agenda_items WHERE id = ? AND session_id = ?", (frozen["id"], session_id))
                    if row is None:
                        continue
                    self.conn.execute(
                        "UPDATE agenda_items SET title = ?, summary = ?, conclusions = ? WHERE id = ?",
                        (codec.jdump(frozen["title"]), codec.jdump(frozen["summary"]), codec.jdump(frozen["conclusions"]), frozen["id"]),
                    )
                    self._index_item(self.agenda_item(frozen["id"]), d.id)
            agreed = N.agreed_hash(versions, signoffs, parties) is not None
            state = MinutesState.AGREED if agreed else MinutesState.CIRCULATED
            if state != s.minutes_state:
                session_state = SessionState.MINUTES_AGREED.value if agreed else s.state.value
                self.conn.execute("UPDATE sessions SET minutes_state = ?, state = ? WHERE id = ?", (state.value, session_state, session_id))
        for a in self.amendments(session_id):
            if a.state != N.AmendmentState.PROPOSED.value:
                continue
            signed = {x.party_id for x in signoffs if x.amendment_id == a.id and x.hash == N.amendment_hash(a)}
            if set(parties) <= signed and a.agenda_item_id:
                item = self.agenda_item(a.agenda_item_id)
                texts = dict(getattr(item, a.field))
                texts[a.lang] = a.new_text
                self.conn.execute(f"UPDATE agenda_items SET {a.field} = ? WHERE id = ?", (codec.jdump(texts), item.id))
                self.conn.execute("UPDATE minutes_amendments SET state = 'effective' WHERE id = ?", (a.id,))
                setattr(item, a.field, texts)
                self._index_item(item, d.id)


def _cap(text: str) -> str:
    """The first letter up, the rest as it is (codes such as ML-FR keep their case)."""
    return text[:1].upper() + text[1:]
