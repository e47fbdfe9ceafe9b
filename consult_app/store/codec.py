"""Converting between SQLite rows and domain objects."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import MISSING, fields
from enum import Enum
from functools import cache
from types import UnionType
from typing import TYPE_CHECKING, Any, get_args, get_origin, get_type_hints

from ..domain.errors import UnreadableText
from ..domain.model import Commitment, Dialogue, Direction, Indicator, Party, PartyName, Session, StatusLevel, StatusScale, Theme, Tone

if TYPE_CHECKING:  # the minutes' record is converted on first use (domain.negotiation imports difflib, hashlib)
    pass


def read_json(stored: str, where: str) -> Any:
    """A JSON column's value; :class:`UnreadableText` (one sentence, never a crash) if it was changed into something else."""
    try:
        return json.loads(stored)
    except (ValueError, TypeError):
        raise UnreadableText(where) from None


def jdump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def d2s(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def t2s(value: str | None) -> dt.time | None:
    """A day heading's start as stored ('09:30'), or None — also for a value edited into something else
    (the heading then follows the session's start time, and Check Workspace names the row)."""
    try:
        return dt.time.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def time_text(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def scale_to_json(scale: StatusScale) -> dict:
    return {"name": scale.name, "levels": [{"code": lv.code, "label": lv.label, "tone": lv.tone.value, "closed": lv.closed} for lv in scale.levels]}


def scale_from_json(data: dict) -> StatusScale:
    return StatusScale(data["name"], tuple(StatusLevel(lv["code"], lv["label"], Tone(lv["tone"]), bool(lv["closed"])) for lv in data["levels"]))


# --- rows -> domain ---------------------------------------------------------


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """How a column of this declared type becomes the domain's value (the reverse of :func:`column`); None: as stored."""
    options = [t for t in get_args(hint) if t is not type(None)] if isinstance(hint, UnionType) else [hint]
    kind = get_origin(options[0]) or options[0]
    if kind is bool:
        return bool
    if kind is dt.date:
        return s2d
    if kind is dt.time:
        return t2s
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    if kind in (dict, list):
        return json_or_as_is
    return None


def json_or_as_is(stored: Any) -> Any:
    return json.loads(stored) if isinstance(stored, str) else stored


@cache
def _plan(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None, bool], ...]:
    """For each field of a domain class: its name, its converter, and whether it has a default. Worked out once per class."""
    hints = get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name]), f.default is not MISSING or f.default_factory is not MISSING) for f in fields(cls))


_ABSENT = object()


def from_row(cls: type, row: dict, **given: Any) -> Any:
    """A domain object from its row: each field converted by its declared type, ``given`` ones as they are.

    A column the row lacks, or a NULL where the field has a default, takes the field's default.
    """
    values = given
    for name, convert, has_default in _plan(cls):
        stored = row.get(name, _ABSENT)
        if stored is _ABSENT or name in values or (stored is None and has_default):
            continue
        try:
            values[name] = stored if convert is None or stored is None else convert(stored)
        except ValueError:
            if convert is not json_or_as_is:
                raise
            raise UnreadableText(f"{cls.__name__.lower()} {row.get('ref') or row.get('code') or row.get('id', '')}, {name}") from None
    return cls(**values)


def dialogue_from_row(row: dict, parties: list[Party], themes: list[Theme]) -> Dialogue:
    return from_row(Dialogue, row, parties=parties, themes=themes, scale=scale_from_json(read_json(row["scale"], f"dialogue {row['code']}, scale")))


def party_names_from_json(data: dict) -> dict[str, PartyName]:
    return {lang: PartyName(**{f: str(v.get(f, "")) for f in PartyName.FIELDS}) for lang, v in sorted((data or {}).items())}


def party_names_to_json(names: dict[str, PartyName]) -> dict:
    return {lang: n.as_dict() for lang, n in sorted((names or {}).items())}


def party_from_row(row: dict) -> Party:
    return Party(
        id=row["id"], code=row["code"], name=row["name"], is_home=bool(row["is_home"]), names=party_names_from_json(json.loads(row.get("names") or "{}"))
    )


def party_row(p: Party, dialogue_id: str, position: int) -> dict:
    return {
        "id": p.id,
        "dialogue_id": dialogue_id,
        "code": p.code,
        "name": p.name,
        "is_home": int(p.is_home),
        "position": position,
        "names": jdump(party_names_to_json(p.names)),
    }


def session_from_row(row: dict) -> Session:
    return from_row(Session, row, start_time=dt.time.fromisoformat(row["start_time"]))  # a session always has its start


def commitment_from_row(row: dict, reaffirmed: list[str]) -> Commitment:
    return from_row(Commitment, row, reaffirmed_at=reaffirmed)


# --- domain -> rows ---------------------------------------------------------


def column(value: Any) -> Any:
    """A domain value as its column stores it: dates in ISO form, a time as HH:MM, enums by value, booleans as 0/1, texts by language as JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return jdump(value)
    return value


def row_of(obj: Any, *, skip: tuple[str, ...] = (), **given: Any) -> dict:
    """The row of a domain object: each field as its column stores it (:func:`column`), less ``skip``, with ``given`` columns as they are."""
    return {f.name: column(getattr(obj, f.name)) for f in fields(obj) if f.name not in skip and f.name not in given} | given


def dialogue_row(d: Dialogue) -> dict:
    return row_of(d, skip=("parties", "themes"), scale=jdump(scale_to_json(d.scale)))  # parties and themes have tables of their own


def commitment_row(c: Commitment) -> dict:
    return row_of(c, skip=("reaffirmed_at",))  # reaffirmations have a table of their own


def indicator_row(i: Indicator) -> dict:
    return row_of(i, direction=Direction(i.direction).value)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
