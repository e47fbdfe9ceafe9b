"""Generate realistic workspaces for the scale benchmarks.

    .venv/bin/python bench/generate.py large  [--out bench/large.consult]
    .venv/bin/python bench/generate.py medium [--out bench/medium.consult]
    .venv/bin/python bench/generate.py small  [--out bench/small.consult]   (the demo)

Sizes (the issue's): medium is 10 dialogues × 20 sessions, 10,000 commitments,
100,000 status events, 5,000 actions; large is 50 dialogues (× 20 sessions),
50,000 commitments, 500,000 status events, 20,000 actions, 2,000 people.
Texts are drawn from the demo's vocabulary, in French, English and Spanish,
with Romanian, Turkish and Serbian names among the people.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consult_app.domain.model import (  # noqa: E402
    ActionState,
    AgendaItem,
    Bundle,
    Commitment,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    Indicator,
    ItemKind,
    Measurement,
    MinutesState,
    Party,
    Person,
    Session,
    SessionState,
    StatusEvent,
    Theme,
    time_ordered_id,
)
from consult_app.ops.workspaces import create as create_workspace  # noqa: E402

FIRST_DAY = dt.date(2000, 1, 1)  # the day the people, parties and themes are recorded
SIZES = {
    "medium": dict(dialogues=10, sessions=20, commitments=10_000, events=100_000, actions=5_000, people=500),
    "large": dict(dialogues=50, sessions=20, commitments=50_000, events=500_000, actions=20_000, people=2_000),
}
COUNTRIES = [
    "France",
    "Mali",
    "Italy",
    "Albania",
    "Mexico",
    "United States",
    "Romania",
    "Türkiye",
    "Serbia",
    "Senegal",
    "Morocco",
    "Spain",
    "Guatemala",
    "Honduras",
    "Germany",
    "Dominican Republic",
    "Niger",
    "Tunisia",
    "Greece",
    "Portugal",
]
WORDS_FR = "coopération migration visas retour fonds diaspora frontière trafic formation quota registre comité rapport codéveloppement intégration".split()
WORDS_EN = "cooperation migration visas return fund diaspora border smuggling training quota register committee report development integration".split()
WORDS_ES = "cooperación migración visados retorno fondo diáspora frontera tráfico formación cupo registro comité informe desarrollo integración".split()
FIRST = ["Ștefan", "Ayşe", "Ђорђе", "Mamadou", "Aminata", "Claire", "Giulia", "Javier", "María", "Arben", "Elira", "Ioana", "Oumar", "Hélène", "Marco"]
LAST = [
    "Țurcanu",
    "Yıldırım",
    "Јовановић",
    "Traoré",
    "Keïta",
    "Moreau",
    "Bianchi",
    "Hernández",
    "López",
    "Hoxha",
    "Shehu",
    "Popescu",
    "Diarra",
    "Garnier",
    "Esposito",
]


def uid(rnd: random.Random, made: dt.date) -> str:
    """A row's id as Consult makes it (time-ordered), for a row made on the day ``made``: repeatable with the seed."""
    millis = int(dt.datetime.combine(made, dt.time(), dt.UTC).timestamp() * 1000) + rnd.randrange(86_400_000)
    return time_ordered_id(millis, rnd.getrandbits(74))


def sentence(rnd: random.Random, words: list[str], n: int) -> str:
    return " ".join(rnd.choice(words) for _ in range(n)).capitalize() + "."


def build(size: str, seed: int = 7) -> Bundle:
    cfg = SIZES[size]
    rnd = random.Random(seed)
    b = Bundle()
    b.people = [
        Person(f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", "Director", f"Ministry of {rnd.choice(COUNTRIES)}", id=uid(rnd, FIRST_DAY))
        for _ in range(cfg["people"])
    ]
    per_dialogue = cfg["commitments"] // cfg["dialogues"]
    events_per = cfg["events"] // cfg["commitments"]
    actions_per = cfg["actions"] // cfg["dialogues"]
    for dn in range(cfg["dialogues"]):
        home, other = rnd.sample(COUNTRIES, 2)
        langs = rnd.choice([["fr"], ["en", "es"], ["en"], ["fr", "en"]])
        words = {"fr": WORDS_FR, "en": WORDS_EN, "es": WORDS_ES}
        parties = [Party("A", home, True, id=uid(rnd, FIRST_DAY)), Party("B", other, id=uid(rnd, FIRST_DAY))]
        themes = [Theme(f"T{t}", {lang: sentence(rnd, words[lang], 3) for lang in langs}, id=uid(rnd, FIRST_DAY)) for t in range(3)]
        d = Dialogue(f"D{dn:02d}", {lang: f"{home}–{other} dialogue {dn}" for lang in langs}, parties, langs, themes=themes, id=uid(rnd, FIRST_DAY))
        b.dialogues.append(d)
        sessions = []
        for n in range(1, cfg["sessions"] + 1):
            start = dt.date(2000 + n, 1 + rnd.randrange(11), 1 + rnd.randrange(27))
            s = Session(
                d.id,
                n,
                start,
                start + dt.timedelta(days=1),
                venue=rnd.choice(["Paris", "Bamako", "Rome", "Tirana", "Ciudad de México"]),
                host_party_id=parties[n % 2].id,
                state=SessionState.HELD,
                minutes_state=MinutesState.AGREED,
                id=uid(rnd, start - dt.timedelta(days=60)),
            )
            sessions.append(s)
            for p in parties:
                for k in range(3):
                    b.members.append(
                        DelegationMember(rnd.choice(b.people).id, p.id, "Member", k == 0, k == 0, k, s.id, id=uid(rnd, start - dt.timedelta(days=30)))
                    )
            for k in range(6):
                b.items.append(
                    AgendaItem(
                        s.id,
                        {lang: sentence(rnd, words[lang], 4) for lang in langs},
                        k,
                        kind=ItemKind.DISCUSSION,
                        summary={lang: sentence(rnd, words[lang], 20) for lang in langs},
                        duration_min=30,
                        id=uid(rnd, start - dt.timedelta(days=30)),
                    )
                )
        b.sessions += sessions
        for cn in range(per_dialogue):
            made = sessions[cn % len(sessions)]
            c = Commitment(
                d.id,
                f"{d.code}-{cn:05d}",
                {lang: sentence(rnd, words[lang], rnd.randint(10, 30)) for lang in langs},
                parties[cn % 2].id,
                made.id,
                lead_institution=f"Ministry of {rnd.choice(COUNTRIES)}",
                theme_id=themes[cn % 3].id,
                due_on=made.starts_on + dt.timedelta(days=365),
                id=uid(rnd, made.starts_on),
            )
            b.commitments.append(c)
            for k in range(events_per):
                b.events.append(
                    StatusEvent(
                        c.id,
                        made.starts_on + dt.timedelta(days=30 * (k + 1)),
                        rnd.choice(d.scale.codes()),
                        note=sentence(rnd, words[langs[0]], 8),
                        author="bench",
                        recorded_at=f"{made.starts_on.year + 1}-01-01T00:00:00Z",
                        id=uid(rnd, made.starts_on + dt.timedelta(days=30 * (k + 1))),
                    )
                )
            if cn % 20 == 0:
                ind = Indicator(c.id, {lang: "Visas" for lang in langs}, "count", 7000, made.starts_on, 30000, id=uid(rnd, made.starts_on))
                b.indicators.append(ind)
                for k in range(3):
                    b.measurements.append(
                        Measurement(
                            ind.id,
                            made.starts_on + dt.timedelta(days=200 * (k + 1)),
                            7000 + 5000 * k,
                            "bench",
                            id=uid(rnd, made.starts_on + dt.timedelta(days=200 * (k + 1))),
                        )
                    )
        for an in range(actions_per):
            b.actions.append(
                FollowUpAction(
                    d.id,
                    sentence(rnd, words[langs[0]], 10),
                    rnd.choice(b.people).name,
                    dt.date(2010, 1, 1) + dt.timedelta(days=an),
                    rnd.choice(list(ActionState)),
                    session_id=rnd.choice(sessions).id,
                    id=uid(rnd, dt.date(2010, 1, 1) + dt.timedelta(days=an - 30)),
                )
            )
    return b


def generate(size: str, out: Path) -> Path:
    if out.exists():
        out.unlink()
    if size == "small":
        create_workspace(out, demo=True).close()
        return out
    start = time.perf_counter()
    bundle = build(size)
    built = time.perf_counter()
    ws = create_workspace(out)
    ws.backups = False  # a generated file needs no snapshots
    ws.load(bundle)
    ws.close()
    print(f"{size}: built in {built - start:.0f} s, loaded in {time.perf_counter() - built:.0f} s, {out.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a benchmark workspace.")
    parser.add_argument("size", choices=["small", "medium", "large"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or Path(__file__).resolve().parent / f"{args.size}.consult"
    os.environ.setdefault("XDG_DATA_HOME", str(out.parent / ".bench-data"))
    generate(args.size, out)
    print(out)


if __name__ == "__main__":
    main()
