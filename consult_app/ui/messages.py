"""Refusals in the interface's language.

The domain, the store and ``ops`` build their refusals in English (they know
no Qt): ``due_on: the due date 2003-01-01 is before the session where the
commitment was made (2003-06-16).``. Here, at display time, the field's
attribute name becomes the field's name as the form shows it, and the rest is
matched against a table of the sentences those layers build, each marked for
Qt's translation tools under the context "Validation", so a French
secretariat reads « Échéance : l’échéance du 1 janv. 2003 précède … ».

``tests/ui/test_messages.py`` reads every refusal (``Invalid(...)``,
``ConsultError(...)``, ``BadPacket(...)`` …) of the layers a dialog reaches
(:data:`SOURCES`) and fails when a sentence has no entry here; the
translation test fails when an entry is not translated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, reduce

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SOURCES = (
    "domain/validate.py",
    "domain/audience.py",
    "store/register.py",
    "store/dialogues.py",
    "store/sessions.py",
    "ops/sessions.py",
    "ops/register.py",
    "domain/proposal.py",
    "store/negotiation.py",
    "domain/negotiation.py",
    "store/pairing.py",
    "store/sync.py",
    "exchange/packet.py",
    "store/workspace.py",
    "store/rights.py",
    "store/connection.py",
    "store/opening.py",
    "store/safety.py",
)
"""The modules whose refusals a dialog can show (relative to the package): the editors', pairing's (File › Exchange Partners),
sending and receiving packets' (File › Send Changes, Receive Changes), and a new or read-only workspace's; and why a change
in a packet is refused (store/rights.py, whose templates the check reads too)."""

# The sentences after "field: ", as the domain spells them, with each value as a {placeholder}.
SENTENCES = (
    QT_TRANSLATE_NOOP("Validation", "expected text."),
    QT_TRANSLATE_NOOP("Validation", "is {length} characters long; the limit is {limit}."),
    QT_TRANSLATE_NOOP("Validation", "must not be empty."),
    QT_TRANSLATE_NOOP("Validation", "contains {what} that cannot be stored."),
    QT_TRANSLATE_NOOP("Validation", "expected texts by language."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a language code."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a working language of this dialogue ({languages})."),
    QT_TRANSLATE_NOOP("Validation", "a date is needed."),
    QT_TRANSLATE_NOOP("Validation", "expected a date."),
    QT_TRANSLATE_NOOP("Validation", "{date} is outside the years {first}–{last}."),
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z)."),
    QT_TRANSLATE_NOOP("Validation", "{value} is outside the range of figures Consult stores (±{limit})."),
    QT_TRANSLATE_NOOP("Validation", "expected a number."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a finite number."),
    QT_TRANSLATE_NOOP("Validation", "expected a whole number."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a whole number between {lowest} and {highest}."),
    QT_TRANSLATE_NOOP("Validation", "is {length} characters long; no text may be longer than {limit} characters."),
    QT_TRANSLATE_NOOP("Validation", "expected text, a number, true/false or null."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue needs at least one working language."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue needs at least two parties."),
    QT_TRANSLATE_NOOP("Validation", "two parties have the same code."),
    QT_TRANSLATE_NOOP("Validation", "exactly one party must be the home party."),
    QT_TRANSLATE_NOOP("Validation", "a status scale needs at least one level."),
    QT_TRANSLATE_NOOP("Validation", "two levels have the same code."),
    QT_TRANSLATE_NOOP("Validation", "a session number starts at 1."),
    QT_TRANSLATE_NOOP("Validation", "the session ends ({end}) before it starts ({start})."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} minutes is not a duration between 0 and {most}."),
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not part of the minutes."),
    QT_TRANSLATE_NOOP("Validation", "the responsible party is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the party whose assessment this is is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the theme is not one of this dialogue's themes."),
    QT_TRANSLATE_NOOP("Validation", "the due date {due} is before the session where the commitment was made ({start})."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot be its own counterpart."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot supersede itself."),
    QT_TRANSLATE_NOOP("Validation", "'{status}' is not on this dialogue's status scale (use one of: {codes})."),
    QT_TRANSLATE_NOOP("Validation", "this belongs to an internal commitment, so it cannot be shared with the other delegation."),
    QT_TRANSLATE_NOOP("Validation", "give at least one level, none of them empty (for example UNCLASSIFIED,RESTRICTED,SECRET)."),
    QT_TRANSLATE_NOOP("Validation", "'{level}' is listed twice."),
    QT_TRANSLATE_NOOP("Validation", "say what to call the secretariat that invited you (for example 'Secrétariat français')."),
    QT_TRANSLATE_NOOP("Validation", "say where to write the reply to send back."),
    QT_TRANSLATE_NOOP("Validation", "say who the invitation is for (for example 'Secrétariat malien')."),
    QT_TRANSLATE_NOOP("Validation", "'{level}' is not on this workspace's list of markings ({order}); add it to the list first."),
    QT_TRANSLATE_NOOP("Validation", "a level is one line of at most 60 characters."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The markings {levels} are not on the workspace's ordered list, so the highest cannot be chosen: add them with consult-app marking PATH --order LOW,…,HIGH.",
    ),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "the reference '{ref}' is already used by another commitment."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue with code '{code}' already exists."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a language code (for example fr)."),
    QT_TRANSLATE_NOOP("Validation", "this dialogue already has a session number {number}."),
    QT_TRANSLATE_NOOP("Validation", "The minutes of this session are agreed: record an amendment instead of editing them."),
    QT_TRANSLATE_NOOP("Validation", "The minutes of this session are agreed: its delegations, which they print, stay as they were agreed."),
    QT_TRANSLATE_NOOP(
        "Validation", "The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The minutes of this session are agreed: an item's place, kind and timing stay as agreed; record an amendment to change a text."
    ),
    QT_TRANSLATE_NOOP("Validation", "An item can only become a sub-item of a top-level item of the same session."),
    QT_TRANSLATE_NOOP("Validation", "An item with sub-items cannot itself become a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "the new session must start after the {nth} session ({date})."),
    # commitments through their life, indicators that say which way is good
    QT_TRANSLATE_NOOP(
        "Validation",
        "'{ref}' does not follow this dialogue's reference pattern {pattern} (a year from {first} to {last}, then a number of two to four digits).",
    ),
    QT_TRANSLATE_NOOP("Validation", "a commitment in force has no end date or reason."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot be {how} ({date}) before the session where it was made ({start})."),
    QT_TRANSLATE_NOOP("Validation", "say why the commitment is {how}."),
    QT_TRANSLATE_NOOP("Validation", "expected up (higher is better) or down (lower is better)."),
    QT_TRANSLATE_NOOP("Validation", "the target ({target}) is below the baseline ({baseline}), but this indicator should rise (up is good)."),
    QT_TRANSLATE_NOOP("Validation", "the target ({target}) is above the baseline ({baseline}), but this indicator should fall (down is good)."),
    QT_TRANSLATE_NOOP("Validation", "the target's date {target} is before the baseline's ({baseline})."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was already {how} on {date}."),
    QT_TRANSLATE_NOOP("Validation", "a commitment can only be replaced by one of the same dialogue."),
    QT_TRANSLATE_NOOP("Validation", "a commitment can only be reaffirmed at a session of its own dialogue."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was {how} on {date}: only a commitment in force can be reaffirmed."),
    QT_TRANSLATE_NOOP("Validation", "{ref} is already reaffirmed at the {nth} session."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was made at the {nth} session; it can be reaffirmed only at a later one."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was {how} on {date}; its text can no longer change."),
    QT_TRANSLATE_NOOP("Validation", "{ref} cannot be deleted because it has a history ({history}): withdraw it instead."),
    QT_TRANSLATE_NOOP("Validation", "The text has changed again since: only the latest change of a commitment's text can be undone."),
    QT_TRANSLATE_NOOP("Validation", "This indicator cannot be deleted because its measurements ({n}) are history."),
    # sessions prepared in an hour: the timetable's rows, copied delegations, the people directory
    QT_TRANSLATE_NOOP("Validation", "a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "expected a time of day."),
    QT_TRANSLATE_NOOP("Validation", "an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first."),
    QT_TRANSLATE_NOOP("Validation", "A break, a lunch or a day heading cannot hold sub-items."),
    QT_TRANSLATE_NOOP("Validation", "A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "{kind} is an agenda item, not a break, a lunch or a day heading."),
    QT_TRANSLATE_NOOP("Validation", 'This agenda has no "Review of commitments" item: add one (kind: review of commitments) first.'),
    QT_TRANSLATE_NOOP("Validation", "Delegations are copied from an earlier session of the same dialogue, not from the {nth} session."),
    QT_TRANSLATE_NOOP("Validation", "The {nth} session has no delegation to copy."),
    QT_TRANSLATE_NOOP("Validation", "Everyone on the delegations of the {nth} session is already on this one."),
    QT_TRANSLATE_NOOP("Validation", "{name} is a member of a delegation: take them off it first, or keep them in the directory."),
    QT_TRANSLATE_NOOP("Validation", "{name} presents an agenda item: choose another presenter first, or keep them in the directory."),
    # the negotiation of the minutes: versions, proposals, sign-offs ({minutes}: "the minutes of ML-FR session 3")
    QT_TRANSLATE_NOOP("Validation", "{minutes} are agreed: the session stays at 'minutes agreed'."),
    QT_TRANSLATE_NOOP(
        "Validation", "{minutes} are agreed: the session's number, dates, venue, host and start time, which they print, stay as they were agreed."
    ),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are circulated by {holder}, who holds the pen: propose a change instead of editing them."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are agreed: they are not circulated again; change them by an amendment."),
    QT_TRANSLATE_NOOP("Validation", "{holder} holds the pen for {minutes} (it circulated version 1): propose changes instead."),
    QT_TRANSLATE_NOOP(
        "Validation", "{proposals} on version {number} of {minutes} {verb} still open: accept, reject or edit each before circulating the next version."
    ),
    QT_TRANSLATE_NOOP("Validation", "{proposals} on version {number} of {minutes} {verb} still open: they are decided before anyone signs off."),
    QT_TRANSLATE_NOOP("Validation", "Nothing changed in {minutes} since version {number} was circulated."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are {state}: proposals are made on circulated minutes."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are {state}: proposals are decided while they are circulated."),
    QT_TRANSLATE_NOOP("Validation", "Version {number} of {minutes} has been circulated since: make the proposal on it."),
    QT_TRANSLATE_NOOP("Validation", "The agenda item is not part of version {number} of {minutes}."),
    QT_TRANSLATE_NOOP("Validation", "'{decision}' is not one of: accept, reject, edit."),
    QT_TRANSLATE_NOOP("Validation", "This proposal was already {state} ({date}): a decision is final."),
    QT_TRANSLATE_NOOP("Validation", "Only the party that circulated {minutes} decides the proposals on them."),
    QT_TRANSLATE_NOOP("Validation", "This proposal was made on an earlier version than version {number}: it can only be rejected."),
    QT_TRANSLATE_NOOP("Validation", "say the wording that is accepted instead of the proposal's."),
    QT_TRANSLATE_NOOP("Validation", "not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "{name} is not the head of the delegation of {party} at this session ({head} is)."),
    QT_TRANSLATE_NOOP("Validation", "it amends another session's minutes."),
    QT_TRANSLATE_NOOP("Validation", "This amendment is already in force."),
    QT_TRANSLATE_NOOP("Validation", "{party} has already signed off this amendment."),
    QT_TRANSLATE_NOOP("Validation", "{party} has already signed off version {number} of {minutes}."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are already agreed."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} have not been circulated: circulate them first, then each head of delegation signs off."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} have no circulated version yet: circulate them, then propose changes to that version."),
    QT_TRANSLATE_NOOP("Validation", "The texts of {minutes} changed since version {number} was circulated: circulate version {next} first."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} are not agreed: edit them instead of amending them."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a working language of {dialogue} ({languages})."),
    QT_TRANSLATE_NOOP(
        "Validation", "{party} does that in its own workspace, and it reaches this one in {partner}'s packets; it cannot {doing} here on its behalf."
    ),
    QT_TRANSLATE_NOOP("Validation", "the frozen texts are not in the form Consult writes them."),
    QT_TRANSLATE_NOOP("Validation", "the frozen texts of version {number} belong to another session or version."),
    QT_TRANSLATE_NOOP("Validation", "the delegations frozen in version {number} are not in the form Consult writes them."),
    QT_TRANSLATE_NOOP("Validation", "the delegation line frozen in version {number} is not in the form Consult writes it."),
    QT_TRANSLATE_NOOP("Validation", "the delegation line frozen in version {number} is of a party the version does not name."),
    QT_TRANSLATE_NOOP("Validation", "the follow-up actions frozen in version {number} are not in the form Consult writes them."),
    QT_TRANSLATE_NOOP("Validation", "the follow-up action frozen in version {number} is not in the form Consult writes it."),
    QT_TRANSLATE_NOOP("Validation", "the agenda item frozen in version {number} is not in the form Consult writes it."),
    QT_TRANSLATE_NOOP("Validation", "version {number} holds '{key}', which Consult does not freeze in a version."),
    QT_TRANSLATE_NOOP("Validation", "version {number} lacks '{key}', which version {previous} froze: a later version freezes all an earlier one did."),
    QT_TRANSLATE_NOOP("Validation", "version {number} names the same party twice."),
    QT_TRANSLATE_NOOP("Validation", "version {number} names a party that is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the delegation line frozen in version {number} is of a party that is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the texts of version {number} do not match their hash (they were changed after it was circulated)."),
    QT_TRANSLATE_NOOP("Validation", "version {number} is missing."),
    QT_TRANSLATE_NOOP(
        "Validation", "{minutes} are agreed and signed off: they cannot be set back to {state}; change them by an amendment signed off by both sides."
    ),
    QT_TRANSLATE_NOOP("Validation", "{minutes} have been circulated: they cannot be set back to draft; edit the texts and circulate the next version."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} become agreed when every head of delegation has signed off the same version: sign them off instead."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} cannot go from {current} to {wanted}."),
    QT_TRANSLATE_NOOP(
        "Validation", "{minutes} were agreed (version {number}, signed off by every party): they cannot be '{state}', which would set them back."
    ),
    QT_TRANSLATE_NOOP("Validation", "{minutes} have circulated versions but not every party's sign-off of the last one: they are circulated, not '{state}'."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} differ from the agreed version {number} ({changes}): agreed texts change only by amendment."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} cannot be checked against their record ({problem}): a row of theirs was edited outside Consult."),
    # said when a workspace opens (ops/notices.py OUT_OF_STEP): one of the refusals above, and what to do
    QT_TRANSLATE_NOOP("Validation", "{whole}; restore a snapshot from before that change to print them again."),
    QT_TRANSLATE_NOOP("Validation", "'{op}' is not one of: {ops}."),
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not a text of the minutes (use one of: {fields})."),
    QT_TRANSLATE_NOOP("Validation", "say which words to {op} (quote them as they stand in the circulated text)."),
    QT_TRANSLATE_NOOP("Validation", "say which words to {what}."),
    QT_TRANSLATE_NOOP("Validation", "a comment needs its words."),
    QT_TRANSLATE_NOOP("Validation", "«{passage}» is not in the text as it stands; quote it exactly, or edit the proposal."),
    QT_TRANSLATE_NOOP("Validation", "«{passage}» occurs {count} times in the text; quote more of it so it occurs once."),
    # the parties' protocol names
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not an article of this language (use one of: {articles}; or none)."),
    QT_TRANSLATE_NOOP("Validation", "{party} is not a party to {dialogue}."),
    # pairing with the other secretariat (store/pairing.py): an invitation and its reply, each file named ({file})
    QT_TRANSLATE_NOOP("Validation", "this workspace already has an exchange partner called '{name}'; choose another name."),
    QT_TRANSLATE_NOOP("Validation", "{dialogue} is already paired with {partner}: one secretariat per dialogue."),
    QT_TRANSLATE_NOOP("Validation", "{dialogue} has {count} other parties; say which one the invitation is for ({codes})."),
    QT_TRANSLATE_NOOP("Validation", "the invitation is for another party of the dialogue than ours."),
    QT_TRANSLATE_NOOP("Validation", "{path} already exists: choose another name."),
    QT_TRANSLATE_NOOP("Validation", "{file} is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created."),
    QT_TRANSLATE_NOOP("Validation", "the dialogue it carries cannot be read ({problem}); nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} does not carry the one dialogue it names; nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} names parties that are not those of {dialogue}; nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} comes from this workspace or one of its partners: it is accepted by the other secretariat."),
    QT_TRANSLATE_NOOP("Validation", "{file} answers an invitation this workspace did not make, or one already accepted; nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} answers an invitation from another workspace; nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} speaks for another party or dialogue than the invitation asked; nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} was already accepted: {partner} is a partner of this workspace."),
    QT_TRANSLATE_NOOP("Validation", "The record of the invitation {file} answers is missing ({record}); invite the other secretariat again."),
    QT_TRANSLATE_NOOP("Validation", "{path} is not a file."),
    QT_TRANSLATE_NOOP("Validation", "{file} is larger than any invitation Consult writes; it was not read."),
    QT_TRANSLATE_NOOP("Validation", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("Validation", "{file} is not an invitation or a reply from another secretariat (it is not readable JSON)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is not an invitation or a reply from another secretariat."),
    QT_TRANSLATE_NOOP("Validation", "{file} was written by a newer version of Consult; update Consult to accept it."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its keys or signature cannot be read); nothing was changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged ({problem}); nothing was changed."),
    # what is wrong with a damaged invitation or reply ({problem}), and why a packet cannot be applied ({refusal}, one reason)
    QT_TRANSLATE_NOOP("Validation", "it says neither invitation nor reply"),
    QT_TRANSLATE_NOOP("Validation", "its '{key}' is missing"),
    QT_TRANSLATE_NOOP("Validation", "it does not say who sent it"),
    QT_TRANSLATE_NOOP("Validation", "it does not say whom it is for"),
    QT_TRANSLATE_NOOP("Validation", "it carries no dialogue"),
    QT_TRANSLATE_NOOP("Validation", "{file} was altered after it was signed (or is damaged); nothing was changed."),
    # partners and packets (store/sync.py, exchange/packet.py): sending, receiving, field copies
    QT_TRANSLATE_NOOP("Validation", "{workspace} has no keys for signed packets: open it once for writing with this version of Consult."),
    QT_TRANSLATE_NOOP("Validation", "{workspace} has no exchange partner yet: make a field copy first (consult-app field-copy)."),
    QT_TRANSLATE_NOOP("Validation", "--to: this workspace exchanges with several partners ({names}); say which one."),
    QT_TRANSLATE_NOOP(
        "Validation", "{partner} was paired before packets were signed, so its key is unknown: forget it (consult-app packet forget) and make a new field copy."
    ),
    QT_TRANSLATE_NOOP("Validation", "The copy could not be made: {table} rows refer to {other} rows that are not in it."),
    QT_TRANSLATE_NOOP("Validation", "--name: a field copy needs a name (for example 'Bamako embassy')."),
    QT_TRANSLATE_NOOP("Validation", "--name: this workspace already has an exchange partner called '{name}'; choose another name."),
    QT_TRANSLATE_NOOP("Validation", "The record of the last exchange with {partner} is missing ({record}); make a new field copy."),
    QT_TRANSLATE_NOOP("Validation", "The record of the last exchange with {partner} is incomplete ({record} is missing); make a new field copy."),
    QT_TRANSLATE_NOOP("Validation", "Nothing has changed here since the last packet to {partner}."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{partner} would refuse this packet ({change}: {why}); nothing was exported: undo that change, or ask {asked} to make it, then export again.",
    ),
    QT_TRANSLATE_NOOP("Validation", "The packet for {partner} could not be made: some changes here cannot be left out of it."),
    QT_TRANSLATE_NOOP("Validation", "{file} is for another workspace, not {workspace}; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} comes from a newer version of Consult (schema {version}); update Consult to import it."),
    QT_TRANSLATE_NOOP("Validation", "{file} is addressed to another copy of this workspace, not to this one; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} says it comes from {sender}, but it is signed with {partner}'s key; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} presents {partner} as a {claimed}, but it was paired as a {paired}; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{file} was made with exchange settings for {partner} that differ from the pairing recorded here (they were changed outside Consult); nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Validation", "'{policy}' is not one of: ours, theirs."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{file} is packet {seq} from {partner}, but the last one imported was {last}: import packet {next} first (the sender keeps every packet in its exchange folder's outbox).",
    ),
    QT_TRANSLATE_NOOP("Validation", "{workspace} is open read-only: nothing can be changed."),
    QT_TRANSLATE_NOOP("Validation", "{file} cannot be imported in the middle of another change to {workspace}; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{refusal}: packet refused, nothing was imported ({file} from {partner})."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its changes cannot be read); nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} cannot be applied: {refusal} Nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} cannot be applied: {why}. Nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "it does not fit this copy."),
    QT_TRANSLATE_NOOP("Validation", "changes from {partner} refer to things this copy does not have."),
    QT_TRANSLATE_NOOP("Validation", "status history cannot be changed or deleted: packet refused."),
    QT_TRANSLATE_NOOP("Validation", "{file} is larger than any change packet Consult writes; it was not read."),
    QT_TRANSLATE_NOOP("Validation", "Your edit of {thing} …{id}: {refusal}"),
    QT_TRANSLATE_NOOP("Validation", "{file} cannot be opened with this workspace's key: it was encrypted for someone else, or altered; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its signed part cannot be read)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is not signed by {partner}'s key (it was altered or forged); nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} is signed by a key that belongs to none of this workspace's exchange partners; nothing was imported."),
    QT_TRANSLATE_NOOP("Validation", "{file} is not a Consult change packet."),
    QT_TRANSLATE_NOOP("Validation", "{file} is truncated or damaged (its header is incomplete)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header cannot be read)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header is incomplete)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header lacks a valid 'format_version')."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header lacks a valid 'sha256')."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header lacks a valid 'scope')."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its header lacks a valid '{key}')."),
    QT_TRANSLATE_NOOP("Validation", "{file} was written by a newer version of Consult (packet format {version}); update Consult to import it."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{file} is an unsigned packet from an older version of Consult; packets are now signed and encrypted: update Consult on the sending side, make a new field copy, and export again.",
    ),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged or was altered (its header is not as Consult writes it)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is truncated, damaged or was altered: its checksum does not match."),
    QT_TRANSLATE_NOOP("Validation", "{file} is damaged (its contents cannot be unpacked)."),
    QT_TRANSLATE_NOOP("Validation", "{file} holds more than {size} MiB of changes, more than Consult accepts in one packet."),
    # a workspace file: made new (an invitation accepted into one), or open read-only
    QT_TRANSLATE_NOOP("Validation", "{path} already exists: choose another name or open it instead."),
    QT_TRANSLATE_NOOP("Validation", "The folder {folder} does not exist."),
    QT_TRANSLATE_NOOP("Validation", "{workspace} uses an older format (schema {version}); open it for writing once to upgrade it."),
    QT_TRANSLATE_NOOP("Validation", "Choose another file name: a copy cannot replace the workspace itself."),
    # a file that cannot be opened as a workspace (store/opening.py, store/connection.py), a snapshot that cannot be restored,
    # the disk or the folder in the way (store/safety.py): File › Open, Save a Copy, Tools › Snapshot, Restore Backup
    QT_TRANSLATE_NOOP("Validation", "{path} is empty: it is not a Consult workspace yet."),
    QT_TRANSLATE_NOOP("Validation", "{path} does not exist."),
    QT_TRANSLATE_NOOP("Validation", "{path} cannot be read: permission denied."),
    QT_TRANSLATE_NOOP("Validation", "{path} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("Validation", "{path} is a folder, not a Consult workspace."),
    QT_TRANSLATE_NOOP("Validation", "{path} is not a regular file ({kind}), so it is not a Consult workspace."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{journal} beside {path} does not belong to it and could not be moved away ({reason}): move it elsewhere and try again; the workspace was not opened.",
    ),
    QT_TRANSLATE_NOOP("Validation", "{journal} beside {path} is not a regular file: move it away and try again."),
    QT_TRANSLATE_NOOP("Validation", "{path} is damaged or not a Consult workspace."),
    QT_TRANSLATE_NOOP("Validation", "{path} is not a Consult workspace (it is not an SQLite database)."),
    QT_TRANSLATE_NOOP("Validation", "{path} is an SQLite database but not a Consult workspace."),
    QT_TRANSLATE_NOOP(
        "Validation", "{path} was written by a newer version of Consult (schema {version}; this version reads up to {newest}): update Consult to open it."
    ),
    QT_TRANSLATE_NOOP("Validation", "The disk holding {path} is full: free some space and try again; nothing was saved."),
    QT_TRANSLATE_NOOP("Validation", "{path} is read-only: save a copy elsewhere or change the folder's permissions."),
    QT_TRANSLATE_NOOP("Validation", "{path} is busy in another program: close it there and try again; nothing was changed."),
    # a workspace another Consult holds (store/safety.py Holder.sentence)
    QT_TRANSLATE_NOOP("Validation", "{file} is already open in Consult by {user} on {host} since {since}; open it read-only, or try again when it is closed."),
    QT_TRANSLATE_NOOP("Validation", "{path} is damaged: restore it from a backup."),
    QT_TRANSLATE_NOOP("Validation", "{path} cannot be opened: check that the folder {folder} exists and is writable."),
    QT_TRANSLATE_NOOP("Validation", "The copy written to {folder} did not pass its integrity check; it was discarded."),
    QT_TRANSLATE_NOOP("Validation", "{file} is not a good Consult backup (it fails its integrity check)."),
    QT_TRANSLATE_NOOP("Validation", "{file} is a backup of another file, not of {workspace}; nothing was restored."),
    QT_TRANSLATE_NOOP("Validation", "{folder} is read-only: open the workspace read-only, or copy it to a folder you can write to."),
    QT_TRANSLATE_NOOP("Validation", "Could not take the lock on {file}; try again."),
    # the dialogue's own party
    QT_TRANSLATE_NOOP("Validation", "This dialogue has no home party."),
    # why a change in a packet is refused (store/rights.py; {title}: a kind of partner, {thing}, {things}: what a table holds)
    QT_TRANSLATE_NOOP("Validation", "a packet may never change {what}"),
    QT_TRANSLATE_NOOP("Validation", "this table is not part of a Consult workspace"),
    QT_TRANSLATE_NOOP("Validation", "{history} cannot be changed or deleted"),
    QT_TRANSLATE_NOOP("Validation", "a {title} may not add {things}"),
    QT_TRANSLATE_NOOP("Validation", "a {title} may not delete {things}"),
    QT_TRANSLATE_NOOP("Validation", "a {title} may not change the {column} of {things}"),
    QT_TRANSLATE_NOOP("Validation", "a {title} may not change {things}"),
    QT_TRANSLATE_NOOP("Validation", "outside this {title}'s dialogue {code}"),
    QT_TRANSLATE_NOOP("Validation", "it refers to a {thing} that this workspace does not have"),
    QT_TRANSLATE_NOOP("Validation", "its {link} refers to a {thing} that this workspace does not have"),
    QT_TRANSLATE_NOOP("Validation", "its {link} refers to a {thing} of another dialogue ({dialogue})"),
    QT_TRANSLATE_NOOP("Validation", "the text of agreed minutes cannot be changed by a {title} (only amended, with both sides' sign-off)"),
    QT_TRANSLATE_NOOP("Validation", "the text of agreed minutes cannot be changed by a {title} (only amended, by the secretariat)"),
    QT_TRANSLATE_NOOP("Validation", "the text of agreed minutes can only change through an amendment, and this packet holds none for it"),
    QT_TRANSLATE_NOOP("Validation", "the items of agreed minutes are neither added, removed nor moved, and keep their title, kind and timing"),
    QT_TRANSLATE_NOOP("Validation", "the delegations of agreed minutes stay as they were agreed"),
    QT_TRANSLATE_NOOP("Validation", "what agreed minutes say of their session (number, dates, venue, host, start time) stays as agreed"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat speaks only for its own party: it may not record another party's assessment"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat speaks only for its own party: it may not circulate a version in another party's name"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat speaks only for its own party: it may not propose in another party's name"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat speaks only for its own party: it may not propose an amendment in another party's name"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat speaks only for its own party: it may not sign off for another party"),
    QT_TRANSLATE_NOOP("Validation", "it assesses a commitment that is not shared with the other delegation"),
    QT_TRANSLATE_NOOP("Validation", "a counterpart secretariat may only add joint follow-up actions, under joint commitments"),
    QT_TRANSLATE_NOOP("Validation", "the other party holds the pen for these minutes (it circulated version 1)"),
    QT_TRANSLATE_NOOP("Validation", "these minutes are agreed here: they are changed only by an amendment"),
    QT_TRANSLATE_NOOP("Validation", "the versions of these minutes would not follow one another (1, 2, 3…)"),
    QT_TRANSLATE_NOOP("Validation", "its frozen texts cannot be read"),
    QT_TRANSLATE_NOOP("Validation", "it names an agenda item that this workspace does not have (the agenda changed after pairing)"),
    QT_TRANSLATE_NOOP("Validation", "only the party that circulated these minutes decides the proposals on them"),
    QT_TRANSLATE_NOOP("Validation", "it is made on a version of the minutes that this workspace does not have"),
    QT_TRANSLATE_NOOP("Validation", "these minutes are agreed here: proposals are made on circulated minutes"),
    QT_TRANSLATE_NOOP("Validation", "a new proposal arrives open; only the pen holder decides it"),
    QT_TRANSLATE_NOOP("Validation", "it is not in the form Consult writes proposals"),
    QT_TRANSLATE_NOOP("Validation", "only agreed minutes are amended"),
    QT_TRANSLATE_NOOP("Validation", "it signs off a version (or a hash) that this workspace does not have"),
    QT_TRANSLATE_NOOP("Validation", "it signs off an amendment (or a hash) that this workspace does not have"),
    QT_TRANSLATE_NOOP("Validation", "they do not match this version's tables"),
    # ... a row of a packet that the domain's checks refuse (after "field: "; relayed without the full stop)
    QT_TRANSLATE_NOOP("Validation", "must have a value."),
    QT_TRANSLATE_NOOP("Validation", "expected text, not {type}."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a whole number Consult can store."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not one of: {values}."),
    QT_TRANSLATE_NOOP("Validation", "a value is not in the form Consult stores it."),
    QT_TRANSLATE_NOOP("Validation", "its dialogue cannot be found."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("Validation", "is not in the form Consult stores it."),
    # ... and why the changes of a packet cannot be applied here (store/sync.py), several joined by REASONS
    QT_TRANSLATE_NOOP("Validation", "a {thing} from {partner} clashes with one here ({shown}); rename one and send again"),
    QT_TRANSLATE_NOOP("Validation", "a {thing} from {partner} clashes with one here; rename one and send again"),
)

# What a change in a packet is (store/rights.py's describe): "status event for IT-AL commitment ITAL-2001-01".
# The general shapes come last, so that "status event for {commitment}" is not read as "{dialogue} commitment {ref}".
CHANGES = (
    QT_TRANSLATE_NOOP("Validation", "workspace setting '{key}'"),
    QT_TRANSLATE_NOOP("Validation", "exchange partner record '{name}'"),
    QT_TRANSLATE_NOOP("Validation", "a change to the table '{table}'"),
    QT_TRANSLATE_NOOP("Validation", "dialogue {code}"),
    QT_TRANSLATE_NOOP("Validation", "person '{name}'"),
    QT_TRANSLATE_NOOP("Validation", "an unknown commitment ({id})"),
    QT_TRANSLATE_NOOP("Validation", "an unknown session ({id})"),
    QT_TRANSLATE_NOOP("Validation", "status event for {commitment}"),
    QT_TRANSLATE_NOOP("Validation", "indicator for {commitment}"),
    QT_TRANSLATE_NOOP("Validation", "change of a commitment's text for {commitment}"),
    QT_TRANSLATE_NOOP("Validation", "reaffirmation of {commitment}"),
    QT_TRANSLATE_NOOP("Validation", "measurement for an unknown indicator ({id})"),
    QT_TRANSLATE_NOOP("Validation", "measurement for {commitment}"),
    QT_TRANSLATE_NOOP("Validation", "follow-up action '{description}' of {dialogue}"),
    QT_TRANSLATE_NOOP("Validation", "agenda item '{item}' of {session}"),
    QT_TRANSLATE_NOOP("Validation", "delegation member of {session}"),
    QT_TRANSLATE_NOOP("Validation", "minutes amendment of {session}"),
    QT_TRANSLATE_NOOP("Validation", "version of the minutes of {session}"),
    QT_TRANSLATE_NOOP("Validation", "proposal on the minutes of {session}"),
    QT_TRANSLATE_NOOP("Validation", "sign-off of the minutes of {session}"),
    QT_TRANSLATE_NOOP("Validation", "party {code} of {dialogue}"),
    QT_TRANSLATE_NOOP("Validation", "theme {code} of {dialogue}"),
    QT_TRANSLATE_NOOP("Validation", "changes to {things}"),
    QT_TRANSLATE_NOOP("Validation", "{dialogue} commitment {ref}"),
    QT_TRANSLATE_NOOP("Validation", "{dialogue} session {number}"),
    QT_TRANSLATE_NOOP("Validation", "{thing} {code} of {dialogue}"),
)
REASONS = QT_TRANSLATE_NOOP("Validation", "{one}; {more}")
"""Reasons joined ("…: packet refused; changes from Bamako refer to things this copy does not have")."""

JOIN = QT_TRANSLATE_NOOP("Validation", "{field}: {sentence}")
"""A field's name and its refusal ("Titre : ne doit pas être vide." in French)."""

# Where minutes differ from their agreed version ({changes}: domain/negotiation.py's DIFFERENCE, joined by ", "), a text
# changed named one per field, so each reads naturally ("point 4, conclusions [fr]").
DIFFERENCES = (
    QT_TRANSLATE_NOOP("Validation", "item {number} is missing"),
    QT_TRANSLATE_NOOP("Validation", "item {number} is no longer discussed"),
    QT_TRANSLATE_NOOP("Validation", "item {number} is now numbered {now}"),
    QT_TRANSLATE_NOOP("Validation", "item {number} title [{lang}]"),
    QT_TRANSLATE_NOOP("Validation", "item {number} summary [{lang}]"),
    QT_TRANSLATE_NOOP("Validation", "item {number} conclusions [{lang}]"),
    QT_TRANSLATE_NOOP("Validation", "item {number} was added"),
)
LISTED = QT_TRANSLATE_NOOP("Validation", "{one}, {more}")
"""Differences joined ("item 4 conclusions [fr], item 7 was added"; in French with a semicolon, as each holds a comma)."""

# Words the domain puts inside a sentence (``contains {what} that …``).
PHRASES = (
    QT_TRANSLATE_NOOP("Validation", "control characters"),
    QT_TRANSLATE_NOOP("Validation", "broken Unicode (a lone surrogate)"),
    QT_TRANSLATE_NOOP("Validation", "withdrawn"),
    QT_TRANSLATE_NOOP("Validation", "superseded"),
    # what a packet may never change, the history it may only add to, a dialogue that cannot be found (store/rights.py)
    QT_TRANSLATE_NOOP("Validation", "the workspace's own settings and keys"),
    QT_TRANSLATE_NOOP("Validation", "the records of exchange partners"),
    QT_TRANSLATE_NOOP("Validation", "the search index"),
    QT_TRANSLATE_NOOP("Validation", "the database schema"),
    QT_TRANSLATE_NOOP("Validation", "status history"),
    QT_TRANSLATE_NOOP("Validation", "measurement history"),
    QT_TRANSLATE_NOOP("Validation", "the amendment history of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "circulated versions of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "sign-offs of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "an unknown dialogue"),
)

# What makes a commitment more than a slip of the keyboard ({history}: store/register.py's commitment_history, joined by ", ")
HISTORY = (
    QT_TRANSLATE_NOOP("Validation", "1 status event"),
    QT_TRANSLATE_NOOP("Validation", "{n} status events"),
    QT_TRANSLATE_NOOP("Validation", "1 change of its text"),
    QT_TRANSLATE_NOOP("Validation", "{n} changes of its text"),
    QT_TRANSLATE_NOOP("Validation", "1 indicator"),
    QT_TRANSLATE_NOOP("Validation", "{n} indicators"),
    QT_TRANSLATE_NOOP("Validation", "1 follow-up action"),
    QT_TRANSLATE_NOOP("Validation", "{n} follow-up actions"),
    QT_TRANSLATE_NOOP("Validation", "1 commitment that replaces it"),
    QT_TRANSLATE_NOOP("Validation", "{n} commitments that replace it"),
    QT_TRANSLATE_NOOP("Validation", "1 reaffirmation"),
    QT_TRANSLATE_NOOP("Validation", "{n} reaffirmations"),
    QT_TRANSLATE_NOOP("Validation", "it replaces another commitment"),
    QT_TRANSLATE_NOOP("Validation", "it was {state} on an unknown date"),
    QT_TRANSLATE_NOOP("Validation", "it was {state} on {date}"),
)

# Words of the negotiation put inside its sentences, translated only in their place ({state}, {op}, …).
MINUTES = (
    QT_TRANSLATE_NOOP("Validation", "the minutes of {dialogue} session {number}"),
    QT_TRANSLATE_NOOP("Validation", "The minutes of {dialogue} session {number}"),
)
WORDS = (
    # the minutes' states, a proposal's (draft → circulated → agreed; open → accepted, rejected, edited)
    QT_TRANSLATE_NOOP("Validation", "draft"),
    QT_TRANSLATE_NOOP("Validation", "circulated"),
    QT_TRANSLATE_NOOP("Validation", "agreed"),
    QT_TRANSLATE_NOOP("Validation", "accepted"),
    QT_TRANSLATE_NOOP("Validation", "rejected"),
    QT_TRANSLATE_NOOP("Validation", "edited"),
    # what a proposal does, what a party cannot do for another, who holds the pen, how many are open
    QT_TRANSLATE_NOOP("Validation", "replace"),
    QT_TRANSLATE_NOOP("Validation", "delete"),
    QT_TRANSLATE_NOOP("Validation", "insert"),
    QT_TRANSLATE_NOOP("Validation", "put in their place"),
    QT_TRANSLATE_NOOP("Validation", "propose changes"),
    QT_TRANSLATE_NOOP("Validation", "sign off"),
    QT_TRANSLATE_NOOP("Validation", "the other party"),
    QT_TRANSLATE_NOOP("Validation", "The other party"),
    QT_TRANSLATE_NOOP("Validation", "is"),
    QT_TRANSLATE_NOOP("Validation", "are"),
    # the kinds of partner a packet names ({claimed}, {paired})
    QT_TRANSLATE_NOOP("Validation", "field copy"),
    QT_TRANSLATE_NOOP("Validation", "secretariat"),
    QT_TRANSLATE_NOOP("Validation", "counterpart secretariat"),
    QT_TRANSLATE_NOOP("Validation", "partner of another kind"),
    # what a table holds, one and many ({thing}, {things}: store/rights.py's READABLE)
    QT_TRANSLATE_NOOP("Validation", "dialogue"),
    QT_TRANSLATE_NOOP("Validation", "dialogues"),
    QT_TRANSLATE_NOOP("Validation", "party"),
    QT_TRANSLATE_NOOP("Validation", "parties"),
    QT_TRANSLATE_NOOP("Validation", "theme"),
    QT_TRANSLATE_NOOP("Validation", "themes"),
    QT_TRANSLATE_NOOP("Validation", "person"),
    QT_TRANSLATE_NOOP("Validation", "people"),
    QT_TRANSLATE_NOOP("Validation", "session"),
    QT_TRANSLATE_NOOP("Validation", "sessions"),
    QT_TRANSLATE_NOOP("Validation", "delegation member"),
    QT_TRANSLATE_NOOP("Validation", "delegation members"),
    QT_TRANSLATE_NOOP("Validation", "agenda item"),
    QT_TRANSLATE_NOOP("Validation", "agenda items"),
    QT_TRANSLATE_NOOP("Validation", "commitment"),
    QT_TRANSLATE_NOOP("Validation", "commitments"),
    QT_TRANSLATE_NOOP("Validation", "reaffirmation"),
    QT_TRANSLATE_NOOP("Validation", "reaffirmations"),
    QT_TRANSLATE_NOOP("Validation", "change of a commitment's text"),
    QT_TRANSLATE_NOOP("Validation", "changes of commitments' texts"),
    QT_TRANSLATE_NOOP("Validation", "status event"),
    QT_TRANSLATE_NOOP("Validation", "status events"),
    QT_TRANSLATE_NOOP("Validation", "indicator"),
    QT_TRANSLATE_NOOP("Validation", "indicators"),
    QT_TRANSLATE_NOOP("Validation", "measurement"),
    QT_TRANSLATE_NOOP("Validation", "measurements"),
    QT_TRANSLATE_NOOP("Validation", "follow-up action"),
    QT_TRANSLATE_NOOP("Validation", "follow-up actions"),
    QT_TRANSLATE_NOOP("Validation", "minutes amendment"),
    QT_TRANSLATE_NOOP("Validation", "minutes amendments"),
    QT_TRANSLATE_NOOP("Validation", "version of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "versions of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "proposal on the minutes"),
    QT_TRANSLATE_NOOP("Validation", "proposals on the minutes"),
    QT_TRANSLATE_NOOP("Validation", "sign-off of the minutes"),
    QT_TRANSLATE_NOOP("Validation", "sign-offs of the minutes"),
    # a row's other links ({link}: "its made at session refers to …"), where not a table's word above
    QT_TRANSLATE_NOOP("Validation", "made at session"),
    QT_TRANSLATE_NOOP("Validation", "lead party"),
    QT_TRANSLATE_NOOP("Validation", "host party"),
    QT_TRANSLATE_NOOP("Validation", "presenter"),
    QT_TRANSLATE_NOOP("Validation", "parent"),
    QT_TRANSLATE_NOOP("Validation", "reciprocal"),
    QT_TRANSLATE_NOOP("Validation", "supersedes"),
    QT_TRANSLATE_NOOP("Validation", "version"),
    QT_TRANSLATE_NOOP("Validation", "amendment"),
    QT_TRANSLATE_NOOP("Validation", "1 proposal"),
    QT_TRANSLATE_NOOP("Validation", "{n} proposals"),
)
MANY_PROPOSALS = "{n} proposals"  # one of WORDS, which the domain writes with the count
_WORDY = {"state", "current", "wanted", "op", "what", "doing", "holder", "verb", "proposals", "claimed", "paired", "title", "thing", "things", "link"}
"""The placeholders whose value is one of :data:`WORDS` (elsewhere 'agreed' may be someone's code, kept as typed)."""
_NESTED = {"problem", "refusal", "why"}
"""The placeholders whose value is a refusal of its own, relayed (``{file} cannot be applied: {refusal} Nothing was imported.``)."""
# A placeholder that must match only its own kind of value, so that its neighbours take theirs.
_KINDS = {"minutes": r"[Tt]he minutes of .+? session \d+", "verb": "is|are", "history": "[^:]+?"}
_MINUTES = re.compile(r"(?P<the>[Tt]he) minutes of (?P<dialogue>.+?) session (?P<number>\d+)")

# The model's attribute names, as the editors name the fields.
FIELDS = {
    "amended_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "assignee": QT_TRANSLATE_NOOP("Validation", "Assigned to"),
    "background": QT_TRANSLATE_NOOP("Validation", "Background"),
    "classification": QT_TRANSLATE_NOOP("Validation", "Classification"),
    "code": QT_TRANSLATE_NOOP("Validation", "Code"),
    "conclusions": QT_TRANSLATE_NOOP("Validation", "Conclusions"),
    "description": QT_TRANSLATE_NOOP("Validation", "Action"),
    "due_on": QT_TRANSLATE_NOOP("Validation", "Due on"),
    "duration": QT_TRANSLATE_NOOP("Validation", "Duration"),
    "effective_on": QT_TRANSLATE_NOOP("Validation", "Effective date"),
    "email": QT_TRANSLATE_NOOP("Validation", "E-mail"),
    "ends_on": QT_TRANSLATE_NOOP("Validation", "Ends on"),
    "evidence": QT_TRANSLATE_NOOP("Validation", "Evidence"),
    "internal_notes": QT_TRANSLATE_NOOP("Validation", "Our notes"),
    "languages": QT_TRANSLATE_NOOP("Validation", "Working languages"),
    "lead_institution": QT_TRANSLATE_NOOP("Validation", "Lead institution"),
    "lines_to_take": QT_TRANSLATE_NOOP("Validation", "Lines to take"),
    "marking": QT_TRANSLATE_NOOP("Validation", "Marking"),
    "marking order": QT_TRANSLATE_NOOP("Validation", "Order of markings"),
    "measured_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "new_text": QT_TRANSLATE_NOOP("Validation", "New wording"),
    "note": QT_TRANSLATE_NOOP("Validation", "Note"),
    "number": QT_TRANSLATE_NOOP("Validation", "Number"),
    "objective": QT_TRANSLATE_NOOP("Validation", "Objective"),
    "organisation": QT_TRANSLATE_NOOP("Validation", "Organisation"),
    "out": QT_TRANSLATE_NOOP("Validation", "Reply file"),
    "parties": QT_TRANSLATE_NOOP("Validation", "Parties"),
    "party": QT_TRANSLATE_NOOP("Validation", "Responsible party"),
    "phone": QT_TRANSLATE_NOOP("Validation", "Telephone"),
    "reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "reciprocal": QT_TRANSLATE_NOOP("Validation", "Counterpart"),
    "ref": QT_TRANSLATE_NOOP("Validation", "Reference"),
    "role": QT_TRANSLATE_NOOP("Validation", "Role"),
    "source": QT_TRANSLATE_NOOP("Validation", "Source"),
    "starts_on": QT_TRANSLATE_NOOP("Validation", "Starts on"),
    "status": QT_TRANSLATE_NOOP("Validation", "Status"),
    "summary": QT_TRANSLATE_NOOP("Validation", "Summary"),
    "supersedes": QT_TRANSLATE_NOOP("Validation", "Supersedes"),
    "text": QT_TRANSLATE_NOOP("Validation", "Text"),
    "theme": QT_TRANSLATE_NOOP("Validation", "Theme"),
    "title": QT_TRANSLATE_NOOP("Validation", "Title"),
    "value": QT_TRANSLATE_NOOP("Validation", "Value"),
    "venue": QT_TRANSLATE_NOOP("Validation", "Venue"),
    "visibility": QT_TRANSLATE_NOOP("Validation", "Audience"),
    "state": QT_TRANSLATE_NOOP("Validation", "State"),
    "minutes_state": QT_TRANSLATE_NOOP("Validation", "Minutes"),
    "duration_min": QT_TRANSLATE_NOOP("Validation", "Duration"),
    "position": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "parent_id": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "parent": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "presenter_id": QT_TRANSLATE_NOOP("Validation", "Presenter"),
    "kind": QT_TRANSLATE_NOOP("Validation", "Kind"),
    "lead_party_id": QT_TRANSLATE_NOOP("Validation", "Lead party"),
    "commitment_id": QT_TRANSLATE_NOOP("Validation", "Commitment"),
    "session_id": QT_TRANSLATE_NOOP("Validation", "Session"),
    "party_id": QT_TRANSLATE_NOOP("Validation", "Responsible party"),
    "theme_id": QT_TRANSLATE_NOOP("Validation", "Theme"),
    "made_at_session_id": QT_TRANSLATE_NOOP("Validation", "Made at"),
    "due_session_number": QT_TRANSLATE_NOOP("Validation", "Due at session"),
    "reciprocal_id": QT_TRANSLATE_NOOP("Validation", "Counterpart"),
    "supersedes_id": QT_TRANSLATE_NOOP("Validation", "Supersedes"),
    "baseline_value": QT_TRANSLATE_NOOP("Validation", "Baseline"),
    "target_value": QT_TRANSLATE_NOOP("Validation", "Target"),
    "unit": QT_TRANSLATE_NOOP("Validation", "Unit"),
    "start_time": QT_TRANSLATE_NOOP("Validation", "First item at"),
    "host_party_id": QT_TRANSLATE_NOOP("Validation", "Host"),
    "ended_on": QT_TRANSLATE_NOOP("Validation", "Ended on"),
    "end_reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "direction": QT_TRANSLATE_NOOP("Validation", "Direction"),
    "baseline_on": QT_TRANSLATE_NOOP("Validation", "Baseline date"),
    "target_on": QT_TRANSLATE_NOOP("Validation", "Target date"),
    "revised_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "old_text": QT_TRANSLATE_NOOP("Validation", "Former text"),
    "session": QT_TRANSLATE_NOOP("Validation", "Session"),
    "commitment": QT_TRANSLATE_NOOP("Validation", "Commitment"),
    # the negotiation of the minutes
    "by": QT_TRANSLATE_NOOP("Validation", "Head of delegation"),
    "passage": QT_TRANSLATE_NOOP("Validation", "Passage"),
    "comment": QT_TRANSLATE_NOOP("Validation", "Comment"),
    "decision": QT_TRANSLATE_NOOP("Validation", "Decision"),
    "amendment": QT_TRANSLATE_NOOP("Validation", "Amendment"),
    "lang": QT_TRANSLATE_NOOP("Validation", "Language"),
    "op": QT_TRANSLATE_NOOP("Validation", "Change"),
    "field": QT_TRANSLATE_NOOP("Validation", "Part of the minutes"),
    "texts": QT_TRANSLATE_NOOP("Validation", "Frozen texts"),
    "hash": QT_TRANSLATE_NOOP("Validation", "Hash"),
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# "due_on", "title.fr", "languages[2]", "parties[0].name", "marking order"
_FIELD = re.compile(r"(?P<field>[a-z_][a-z0-9_]*(?: order)?(?:\[\d+\])?(?:\.[a-z0-9_]+(?:\[\d+\])?)*): (?P<rest>.*)", re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_FIGURE = re.compile(r"-?\d{1,3}(?:,\d{3})+")  # a figure the domain wrote with thousands separators
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")  # '3rd', as the domain writes a session's number in English


def tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def parts(template: str) -> tuple[str, ...]:
    """A sentence's literal pieces around its values ("is ", " characters long…"): its shape, whatever the names."""
    return tuple(_PLACEHOLDER.split(template)[::2])


def _regex(template: str, kinds: dict[str, str], named: bool = True) -> str:
    pieces = _PLACEHOLDER.split(template)
    return "".join(re.escape(p) if n % 2 == 0 else f"(?{'P<' + p + '>' if named else ':'}{kinds.get(p, '.+?')})" for n, p in enumerate(pieces))


@cache
def _compiled(templates: tuple[str, ...]) -> tuple[tuple[re.Pattern, str], ...]:
    kinds = _KINDS | {"change": _change_kind()}
    return tuple((re.compile(_regex(t, kinds) + r"\Z", re.DOTALL), t) for t in templates)


def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return _compiled(SENTENCES)


@cache
def _change_kind() -> str:
    """What matches a change inside a sentence: one of :data:`CHANGES`, its values without ': ' but inside quotes."""
    loose = {p: "[^:]+?" for t in CHANGES for p in _PLACEHOLDER.findall(t)}
    shapes = [_regex(t, loose, named=False).replace(r"'(?:[^:]+?)'", "'(?:.+?)'") for t in CHANGES]
    return "(?:" + "|".join(shapes) + ")"


def _value(text: str, name: str = "") -> str:
    """A value inside a sentence, as the interface shows it: dates and figures the locale's way, known words translated."""
    minutes = _MINUTES.fullmatch(text)
    if minutes:
        phrase = MINUTES[minutes["the"] == "The"]
        return tr(phrase).format(dialogue=minutes["dialogue"], number=minutes["number"])
    if name in _NESTED:
        return _relayed(text)
    if name == "whole":  # a whole refusal, its full stop left off to go on (ops/notices.py OUT_OF_STEP)
        return translate(text + ".").removesuffix(".")
    if name == "history":
        parts = [_known(part, HISTORY) for part in text.split(", ")]
        return text if None in parts else ", ".join(parts)  # a part unknown: the list kept whole, never half translated
    if name == "changes":
        said = [_known(part, DIFFERENCES) for part in text.split(", ")]
        return text if None in said else reduce(lambda more, one: tr(LISTED).format(one=one, more=more), reversed(said))  # never half translated
    if name in ("change", "commitment", "session"):
        return _change(text)
    if name in _WORDY:
        many = re.fullmatch(r"(\d+) proposals", text)
        if many:
            return tr(MANY_PROPOSALS).format(n=many[1])
        if text in WORDS:
            return tr(text)
    if text in PHRASES:
        return tr(text)
    if _ISO_DATE.fullmatch(text):
        from . import labels

        try:
            return labels.day(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if _FIGURE.fullmatch(text):
        from . import labels

        return labels.number(int(text.replace(",", "")))
    if _ORDINAL.fullmatch(text):
        from . import labels

        return labels.ordinal(int(_ORDINAL.fullmatch(text)[1]))
    return text


def _known(text: str, templates: tuple[str, ...] | None = None) -> str | None:
    """A sentence of the table (or of ``templates``) in the interface's language, or None when there is no such sentence."""
    for pattern, template in _compiled(SENTENCES if templates is None else templates):
        found = pattern.match(text)
        if found:
            values = {k: _value(v, k) for k, v in found.groupdict().items()}
            return _elided(tr(template), values).format(**values)
    return None


_ELIDABLE = re.compile(r"\b(de|De|que|Que|le|Le|la|La) \{(\w+)\}")
_VOWELS = "AEIOUÂÊÎÔÛÉÈËÏÜaeiouâêîôûéèëïü"  # not h nor y: "de Hongrie", "de Yaoundé"


def _elided(template: str, values: dict[str, str]) -> str:
    """In French, "de", "que", "le" and "la" before a value that begins with a vowel lose theirs: "d’IT-AL", "qu’un"."""
    from . import labels

    if labels.language() != "fr":
        return template
    return _ELIDABLE.sub(lambda m: f"{m[1][:-1]}’{{{m[2]}}}" if values.get(m[2], "")[:1] in _VOWELS and values.get(m[2]) else m[0], template)


def _change(text: str) -> str:
    """A change in a packet ('status event for IT-AL commitment ITAL-2001-01') in the interface's language."""
    known = _known(text, CHANGES)
    return text if known is None else known


def _reason(text: str) -> str | None:
    """One refusal relayed inside another — a sentence, perhaps without its full stop, or a change in a packet and why
    it is refused; None when it is not known."""
    field, rest = split(text)
    known = _known(rest)
    if known is None and field is None:
        refused = _refused(text)
        if refused is not None:
            return refused
    if known is None and rest.endswith("."):  # the full stop of the sentence it is relayed in, or its own
        known = _known(rest[:-1])
        known = None if known is None else known + "."
    elif known is None:
        known = _known(rest + ".")
        known = known[:-1] if known is not None and known.endswith(".") else known
    if known is None or field is None:
        return known
    return tr(JOIN).format(field=field_name(field), sentence=known)


def _refused(text: str) -> str | None:
    """'status event for IT-AL commitment ITAL-2001-01: outside this field copy's dialogue ML-FR' (store/rights.py's
    Refused): the change and why, each in the interface's language; None when it does not open with a change."""
    refused = re.match(rf"({_change_kind()}): (?P<rest>.+)", text, re.DOTALL)
    return tr(JOIN).format(field=_change(refused[1]), sentence=_relayed(refused["rest"])) if refused else None


def _reasons(text: str) -> str | None:
    """Refusals joined with '; ' (a sentence may hold '; ' itself), each in the interface's language; None when one is not known.
    The shortest sentences first: a value ({partner}) may not swallow the next sentence."""
    pieces = text.split("; ")
    longest = 4  # pieces in one sentence: none of the table's holds more than three '; '

    @cache
    def joined(start: int) -> str | None:  # pieces[start:], each sentence known
        for end in range(start + 1, min(len(pieces), start + longest) + 1):
            first = _reason("; ".join(pieces[start:end]))
            if first is not None and end == len(pieces):
                return first
            more = joined(end) if first is not None else None
            if more is not None:
                return tr(REASONS).format(one=first, more=more)
        return None

    return joined(0) if len(pieces) <= 200 else None  # (more than any packet's reasons: kept as they are)


def _relayed(text: str) -> str:
    """A refusal relayed inside another ({refusal}, {why}…): known sentences, several joined, or a change and why it is refused."""
    known = _reasons(text)
    return translate(text) if known is None else known


def sentence(text: str) -> str:
    """One sentence (without its field) in the interface's language; an unknown one is kept as it is."""
    known = _known(text)
    return text if known is None else known


def field_name(field: str) -> str:
    """'due_on' → 'Due on'; 'title.fr' → 'Title [fr]'; an unknown field keeps its name."""
    base, _, rest = field.partition(".")
    name = tr(FIELDS[base]) if base in FIELDS else field
    return f"{name} [{rest}]" if rest and base in FIELDS and re.fullmatch(r"[a-z]{2,3}", rest) else name


def split(message: str) -> tuple[str | None, str]:
    """A refusal as (its field, or None; the rest)."""
    found = _FIELD.fullmatch(message)
    if found is None:
        return None, message
    return found["field"], found["rest"]


def translate(message: str, name: str | None = None) -> str:
    """A whole refusal in the interface's language, opening with the field's name (``name``, else the known one)."""
    field, rest = split(message)
    if field is None:
        head = re.match(rf"({_MINUTES.pattern}): (?P<rest>.+)", message, re.DOTALL)
        if head:  # a version's refusal, relayed under the minutes it belongs to
            where, rest = _value(head[1]), head["rest"]
            said = translate(rest) if split(rest)[0] is not None else sentence(rest)  # the place in its texts named, when it is
            return tr(JOIN).format(field=where[:1].upper() + where[1:], sentence=said)
        whole = _known(message)
        if whole is not None:
            return whole
        refused = _refused(message)
        if refused is not None:
            return refused
        named, sep, rest = message.partition(": ")  # "{file}: the dialogue it carries cannot be read …": the file's name kept
        known = _known(rest) if sep else None
        return message if known is None else tr(JOIN).format(field=named, sentence=known)
    shown = name if name is not None else field_name(field)
    language = field.partition(".")[2]
    if name is not None and re.fullmatch(r"[a-z]{2,3}", language):
        shown = f"{name} [{language}]"
    return tr(JOIN).format(field=shown, sentence=sentence(rest))
