"""The protocol text of joint minutes, shared by the PDF and the Word draft (plain text, no layout).

Who met, where and when; "Fait à …, le …, en deux exemplaires originaux …";
the next session; the signatory lines. Everything in one language at a time,
from the parties' protocol names (``domain.language``) and the labels.
"""

from __future__ import annotations

import datetime as dt
import re

from ..domain import language
from ..domain.model import DelegationMember, Dialogue, Party, Person, Session, pick
from .labels import label


def city(venue: str) -> str:
    """The town of a venue ('Paris, Centre de conférences internationales' → 'Paris')."""
    return (venue or "").split(",")[0].strip()


def delegation_heading(party: Party, lang: str) -> str:
    """'Délégation française', 'Delegación mexicana', 'French delegation': the delegation without its article."""
    return language.capitalise(re.sub(r"^(la|the) ", "", language.delegation(party, lang)))


def head_of(party: Party, members: list[DelegationMember], people: dict[str, Person]) -> Person | None:
    m = next((m for m in members if m.party_id == party.id and m.is_head), None)
    return people.get(m.person_id) if m else None


def opening(d: Dialogue, s: Session, members: list[DelegationMember], people: dict[str, Person], lang: str) -> str:
    """Who met, where, when, who led each delegation and who chaired: the first paragraph of the minutes."""
    name = pick(d.name, lang, tuple(d.languages))
    sentences = [
        label(
            lang,
            "The {nth} session of the {name} was held in {venue} {dates}.",
            nth=language.ordinal(s.number, lang),
            name=name,
            venue=city(s.venue),
            dates=language.dates_phrase(s.starts_on, s.ends_on, lang),
        )
    ]
    for party in d.parties:
        person = head_of(party, members, people)
        if person:
            who = f"{person.name}, {person.title}" if person.title else person.name
            sentences.append(label(lang, "{delegation} was led by {head}.", delegation=language.capitalise(language.delegation(party, lang)), head=who))
    chairs = [people.get(m.person_id) for m in members if m.is_cochair]
    chairs = [f"{p.name}, {p.title}" if p.title else p.name for p in chairs if p]
    if chairs:
        sentences.append(label(lang, "The session was co-chaired by {chairs}.", chairs=language.join(chairs, lang)))
    sentences.append(label(lang, "The lists of the delegations are given below."))
    return " ".join(sentences)


def next_session(following: Session | None, lang: str) -> str:
    if following is None:
        return label(lang, "The date and place of the next session will be agreed through diplomatic channels.")
    return label(
        lang,
        "The parties agreed to hold the next session in {venue} {dates}.",
        venue=city(following.venue),
        dates=language.dates_phrase(following.starts_on, following.ends_on, lang),
    )


def closing_formula(venue: str, on: dt.date, langs: list[str], parties: int, lang: str) -> str:
    """'Fait à Paris, le 11 juin 2002, en deux exemplaires originaux en langue française.' in ``lang``."""
    copies = language.count_word(max(parties, 2), lang)
    place, date = city(venue), language.date_long(on, lang)
    if len(langs) == 1:
        return label(
            lang,
            "Done at {place} on {date}, in {copies} originals in the {language} language.",
            place=place,
            date=date,
            copies=copies,
            language=language.language_adjective(langs[0], lang),
        )
    names = language.join([language.language_adjective(x, lang) for x in langs], lang)
    key = (
        "Done at {place} on {date}, in {copies} originals in the {languages} languages, both texts being equally authentic."
        if len(langs) == 2
        else "Done at {place} on {date}, in {copies} originals in the {languages} languages, all texts being equally authentic."
    )
    return label(lang, key, place=place, date=date, copies=copies, languages=names)


def signatory(party: Party, lang: str) -> tuple[str, str]:
    """The two lines over a signature: 'Pour la République française', 'Le Chef de la délégation française'."""
    return label(lang, "For {party}", party=language.party_formal(party, lang)), language.head_of_delegation(party, lang)
