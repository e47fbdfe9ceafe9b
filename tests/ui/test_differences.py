"""What differs between agreed minutes and their record, said in the interface's language: the phrases the domain
puts in parentheses ("item 4 conclusions [fr]", "item 7 was added") read in French and Spanish as the rest of the
sentence does, wherever the sentence is shown (the bar at opening, a refusal to print or import: ui/messages.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QSettings

from consult_app.domain import negotiation as N
from consult_app.domain.errors import Invalid
from consult_app.domain.model import AgendaItem, ItemKind, MinutesState, Session
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.ui import messages
from consult_app.ui.main_window import MainWindow

from ..store.test_open_check import agreed_by_sign_off

MINUTES = "The minutes of ML-FR session 3"


def agenda() -> list[AgendaItem]:
    """Three discussed items, texts in French."""
    return [
        AgendaItem("s", {"fr": f"Point {n}"}, position=n, summary={"fr": f"Résumé {n}"}, conclusions={"fr": f"Conclusions {n}"}, id=f"i{n}") for n in (1, 2, 3)
    ]


def refusal(edit) -> str:
    """The sentence the domain says of agreed minutes (version 1, signed off by both) whose agenda ``edit`` changed."""
    items = agenda()
    texts = N.freeze("d", "s", 1, items, {i.id: str(n) for n, i in enumerate(items, start=1)})
    version = N.MinutesVersion("s", 1, "fr", texts, N.content_hash(texts), "2003-06-17T10:00:00Z")
    signed = [N.SignOff("s", p, "h", version.hash, "2003-06-17T10:00:00Z", version_id=version.id) for p in ("fr", "ml")]
    session = Session("d", 3, dt.date(2003, 6, 16), dt.date(2003, 6, 17), minutes_state=MinutesState.AGREED, id="s")
    items = agenda()
    edit(items)
    with pytest.raises(Invalid) as refused:
        N.check_record(MINUTES, session, items, [version], signed, [], ["fr", "ml"])
    return str(refused.value)


def _text(items):
    items[1].conclusions = {"fr": "FORGED"}


def _title(items):
    items[0].title = {"fr": "Autre titre", "en": "Another title"}


def _summary(items):
    items[2].summary = {}


def _added(items):
    items.append(AgendaItem("s", {"fr": "Point ajouté"}, position=4, id="forged"))


def _removed(items):
    del items[1]


def _renumbered(items):
    items[0].position, items[1].position = 2, 1


def _break(items):
    items[1].kind = ItemKind.BREAK


# each kind of difference: the edit, then the parentheses in English, French and Spanish
KINDS = {
    "text changed": (_text, "item 2 conclusions [fr]", "point 2, conclusions [fr]", "punto 2, conclusiones [fr]"),
    "title changed": (
        _title,
        "item 1 title [en], item 1 title [fr]",
        "point 1, titre [en]\u00a0; point 1, titre [fr]",
        "punto 1, título [en]; punto 1, título [fr]",
    ),
    "summary removed": (_summary, "item 3 summary [fr]", "point 3, résumé [fr]", "punto 3, resumen [fr]"),
    "item added": (_added, "item 4 was added", "le point 4 a été ajouté", "se ha añadido el punto 4"),
    "item removed": (
        _removed,
        "item 2 is missing, item 3 is now numbered 2",
        "le point 2 manque\u00a0; le point 3 porte désormais le numéro 2",
        "falta el punto 2; el punto 3 lleva ahora el número 2",
    ),
    "renumbered": (
        _renumbered,
        "item 1 is now numbered 2, item 2 is now numbered 1",
        "le point 1 porte désormais le numéro 2\u00a0; le point 2 porte désormais le numéro 1",
        "el punto 1 lleva ahora el número 2; el punto 2 lleva ahora el número 1",
    ),
    "no longer discussed": (
        _break,
        "item 2 is no longer discussed, item 3 is now numbered 2",
        "le point 2 n’est plus examiné\u00a0; le point 3 porte désormais le numéro 2",
        "el punto 2 ya no se examina; el punto 3 lleva ahora el número 2",
    ),
}


@pytest.mark.parametrize("kind", KINDS, ids=list(KINDS))
def test_the_domain_names_each_difference_in_english(kind):
    edit, english, _french, _spanish = KINDS[kind]
    assert refusal(edit) == f"{MINUTES} differ from the agreed version 1 ({english}): agreed texts change only by amendment."


@pytest.mark.parametrize("kind", KINDS, ids=list(KINDS))
def test_each_difference_reads_in_french(french, kind):
    edit, _english, said, _spanish = KINDS[kind]
    assert messages.translate(refusal(edit)) == (
        f"Le procès-verbal de la session 3 de ML-FR diffère de la version approuvée 1 ({said})\u00a0: des textes approuvés ne changent que par rectification."
    )


@pytest.mark.parametrize("kind", KINDS, ids=list(KINDS))
def test_each_difference_reads_in_spanish(spanish, kind):
    edit, _english, _french, said = KINDS[kind]
    assert messages.translate(refusal(edit)) == (
        f"El acta de la sesión 3 de ML-FR difiere de la versión aprobada 1 ({said}): los textos aprobados solo cambian mediante enmienda."
    )


def test_a_difference_said_when_the_workspace_opens_reads_in_french(french):
    """The open-time notice (ops/notices.py) relays the sentence whole, its advice after: both in French."""
    sentence = refusal(_added).removesuffix(".") + "; restore a snapshot from before that change to print them again."
    assert messages.translate(sentence) == (
        "Le procès-verbal de la session 3 de ML-FR diffère de la version approuvée 1 (le point 4 a été ajouté)\u00a0: "
        "des textes approuvés ne changent que par rectification\u00a0; restaurez un instantané antérieur à cette modification "
        "pour pouvoir l’imprimer de nouveau."
    )


def test_an_unknown_difference_keeps_the_list_whole_in_english(french):
    """A phrase this version does not know (a newer Consult's, say) keeps the parentheses as they are, never half translated."""
    sentence = f"{MINUTES} differ from the agreed version 1 (item 2 conclusions [fr], item 3 was painted blue): agreed texts change only by amendment."
    assert "(item 2 conclusions [fr], item 3 was painted blue)" in messages.translate(sentence)


def test_every_phrase_the_domain_says_has_its_entry():
    """A phrase added to domain/negotiation.py's DIFFERENCE without its entry in ui/messages.py fails here (then `make ts`)."""
    said = {t.replace("{field}", f) for t in N.DIFFERENCE.values() for f in (N.FIELDS if "{field}" in t else ("",))}
    assert said == set(messages.DIFFERENCES)


def test_a_file_whose_agreed_minutes_differ_is_refused_in_french_by_the_window(french, qtbot, demo_path, tmp_path, cli):
    """File › Import Interchange JSON: a file whose agreed minutes were edited (a text of item 4) is refused in one French
    sentence that names the difference in French too, and nothing is imported."""
    path = agreed_by_sign_off(demo_path)
    exported = tmp_path / "all.json"
    assert cli("export", path, exported).returncode == 0
    doc = json.loads(exported.read_text("utf-8"))
    session = next(s for d in doc["dialogues"] if d["code"] == "ML-FR" for s in d["sessions"] if s["number"] == 3)
    item = next(i for i in session["agenda"] if i.get("parent") is None and i["position"] == 3)
    item["conclusions"]["fr"] = "FORGED"
    exported.write_text(json.dumps(doc), "utf-8")
    QSettings().clear()
    window = MainWindow(create_workspace(tmp_path / "fresh.consult"))
    qtbot.addWidget(window)
    window.files.import_from(exported)
    qtbot.waitUntil(lambda: "procès-verbal" in window.statusBar().currentMessage(), timeout=20000)
    assert window.statusBar().currentMessage() == (
        "dialogues[2].sessions[2]\u00a0: Le procès-verbal de la session 3 de ML-FR diffère de la version approuvée 1 (point 4, conclusions [fr])\u00a0: "
        "des textes approuvés ne changent que par rectification."
    )
    assert window.workspace.dialogues() == []
    window.workspace.close()


def test_minutes_refused_for_print_say_what_differs_in_spanish(spanish, qtbot, demo_path):
    """Documents › Joint Minutes…: agreed minutes whose item 7 was added behind the app's back are refused in the dialog."""
    from consult_app.ui.documents import MINUTES, DocumentOptions

    from ..store.test_open_check import EDITS, edited

    path = edited(agreed_by_sign_off(demo_path), EDITS["added"][0])
    with Workspace.open(path, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        options = DocumentOptions(ws, MINUTES, d.id, ws.session_by_number(d.id, 3).id)
        qtbot.addWidget(options)
        options.accept()
        assert options.result() == 0 and options.error.text() == (
            "El acta de la sesión 3 de ML-FR difiere de la versión aprobada 1 (se ha añadido el punto 7): los textos aprobados solo cambian mediante enmienda."
        )
