"""One way to refuse: every refusal under its field, with the field's name, in the interface's language; fields bounded."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit

from consult_app.domain import errors, validate
from consult_app.domain.model import MinutesState
from consult_app.ui import labels, messages
from consult_app.ui.widgets import TextBox

from ..conftest import ROOT, copy_of_demo
from .test_access import dialogs

PACKAGE = ROOT / "consult_app"
FIELD = re.compile(r"[a-z_][a-z0-9_ ]*(\[\x00\])?(\.[a-z0-9_\x00]+)*")


def _kinds(error: type) -> set[str]:
    return {error.__name__}.union(*(_kinds(kind) for kind in error.__subclasses__()))


# Every kind of refusal (Invalid, BadPacket, NothingToSend, ConsultError itself…) but Refused, whose "what: reason" is relayed
# whole under a sentence of its own, and NotFound: a reference typed on the command line that matches nothing (the window chooses).
REFUSALS = _kinds(errors.ConsultError) - {"Refused", "NotFound"}


def _text(message: ast.expr) -> str | None:
    """A refusal's sentence with each value as a NUL: a text, an f-string, or texts joined with +; None when it is built elsewhere."""
    if isinstance(message, ast.Constant) and isinstance(message.value, str):
        return message.value
    if isinstance(message, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "\x00" for v in message.values)
    if isinstance(message, ast.BinOp) and isinstance(message.op, ast.Add):
        left, right = _text(message.left), _text(message.right)
        return None if left is None and right is None else ("\x00" if left is None else left) + ("\x00" if right is None else right)
    return None


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TEMPLATES = ("store/rights.py",)  # modules whose sentences are templates (what a change is, why it is refused), not refusals raised


def _templates(tree: ast.Module) -> dict[str, int]:
    """A module's templates: texts with a {value}, and the texts (or f-strings) its functions return; docstrings aside."""
    docstrings = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(n)}
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and PLACEHOLDER.search(node.value) and id(node) not in docstrings:
            found[PLACEHOLDER.sub("\x00", node.value)] = node.lineno
        if isinstance(node, ast.Return) and node.value is not None:
            for value in (node.value.body, node.value.orelse) if isinstance(node.value, ast.IfExp) else (node.value,):
                text = _text(value)
                if text and re.search("[a-z]{2}", text):  # words, not a value cut short ('…')
                    found[text] = node.lineno
    return found


def shapes_of_refusals() -> dict[tuple[str, ...], str]:
    """The literal pieces (around the values) of every sentence after "field: " that the layers an editor reaches build."""
    found = {}
    for relative in messages.SOURCES:
        tree = ast.parse((PACKAGE / relative).read_text("utf-8"))
        if relative in TEMPLATES:
            for text, line in _templates(tree).items():
                found[tuple(re.sub("\x00+", "\x00", text).split("\x00"))] = f"{relative}:{line}"
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in REFUSALS and node.args):
                continue
            text = _text(node.args[0])
            if text is None:
                continue
            text = re.sub("\x00+", "\x00", text)
            head, sep, rest = text.partition(": ")
            if sep and FIELD.fullmatch(head.replace("\x00", "\x00")) or head == "\x00":
                text = rest
            found[tuple(text.split("\x00"))] = f"{relative}:{node.lineno}"
    return found


def test_every_refusal_an_editor_can_show_has_its_translation_entry():
    """A sentence added to the domain without an entry in ui/messages.py fails here (then `make ts` and translate it)."""
    known = {messages.parts(t) for t in (*messages.SENTENCES, *messages.CHANGES, *messages.PHRASES, *messages.WORDS)}
    # f"{where}: {reason}": another refusal passed on under what it concerns, checked where it is built; f"{path}: {exc}.": an error
    # of the system's own, relayed as it says it (store/connection.py's environment_error, when it knows no better)
    relayed = {("", ""), ("", ".")}
    missing = {where: "{…}".join(shape) for shape, where in shapes_of_refusals().items() if shape not in known and shape not in relayed}
    assert missing == {}
    assert len(shapes_of_refusals()) > 40


def test_the_check_catches_a_new_sentence(monkeypatch):
    monkeypatch.setattr(messages, "SENTENCES", messages.SENTENCES[1:])
    known = {messages.parts(t) for t in messages.SENTENCES}
    assert ("expected text.",) not in known and ("expected text.",) in shapes_of_refusals()


def test_the_check_reads_what_a_change_is_and_why_it_is_refused():
    """store/rights.py's templates (in a table, formatted, returned as they are) are among the shapes the check reads."""
    shapes = shapes_of_refusals()
    for template in ("status event for {commitment}", "{dialogue} commitment {ref}", "outside this {title}'s dialogue {code}"):
        assert messages.parts(template) in shapes and template in messages.SENTENCES + messages.CHANGES
    assert ("only agreed minutes are amended",) in shapes  # a reason returned as it is
    assert ("a counterpart secretariat speaks only for its own party: it may not sign off for another party",) in shapes
    assert ("", " is not a date (YYYY-MM-DD).") in shapes  # a row's refusal, raised


def test_the_words_inside_a_packets_refusals_are_in_the_table():
    """What a packet may never change, the history it only adds to, what each table holds, the kinds of partner."""
    from consult_app.store import rights

    values = {*rights.NEVER.values(), *rights.HISTORY.values(), "the database schema", "an unknown dialogue"}
    assert values <= set(messages.PHRASES)
    words = {w for pair in rights.READABLE.values() for w in pair} | {r.title for r in rights.RIGHTS.values()}
    assert words <= set(messages.WORDS)


def test_refusals_in_french(french):
    sentence = "due_on: the due date 2003-01-01 is before the session where the commitment was made (2003-06-16)."
    assert messages.translate(sentence) == "Échéance le\u00a0: l’échéance du 1 janv. 2003 précède la session où l’engagement a été pris (16 juin 2003)."
    assert (
        messages.translate("title.fr: is 1,200 characters long; the limit is 1,000.", "Titre")
        == "Titre [fr]\u00a0: fait 1\u202f200 caractères\u00a0; la limite est de 1\u202f000."
    )
    assert (
        messages.translate("note: contains control characters that cannot be stored.")
        == "Note\u00a0: contient des caractères de contrôle qui ne peuvent pas être enregistrés."
    )
    assert (
        messages.translate("An item with sub-items cannot itself become a sub-item.")
        == "Un point qui a des sous-points ne peut pas devenir lui-même un sous-point."
    )
    assert messages.translate("Something Consult never says.") == "Something Consult never says."  # unknown: kept, never lost


def test_refusals_in_spanish(spanish):
    assert messages.translate("ends_on: the session ends (2004-03-01) before it starts (2004-03-02).") == (
        "Termina el: la sesión termina (1 mar 2004) antes de empezar (2 mar 2004)."
    )


@pytest.fixture
def window(workbench):
    workbench.navigator.setCurrentItem(workbench.mlfr.child(2))
    return workbench


def test_the_commitment_editor_shows_each_refusal_under_its_field_in_french(french, window, demo):
    editor = window.creating.new_commitment()
    editor.ref.setText("")
    editor.institution.setText("Ministère\x07")
    editor.accept()
    shown = {field: label.text() for field, label in editor.errors.items() if label.text()}
    assert shown == {
        "ref": "Référence\u00a0: ne doit pas être vide.",
        "text": "Texte\u00a0: ne doit pas être vide.",
        "party": "Partie responsable\u00a0: choisissez une partie, ou toutes les parties conjointement.",
        "lead_institution": "Institution pilote\u00a0: contient des caractères de contrôle qui ne peuvent pas être enregistrés.",
    }
    assert all(editor.errors[f].isVisible() for f in shown)
    editor.ref.setText("MLFR-2003-07")
    editor.texts["fr"].setPlainText("Un engagement")
    editor.party.setCurrentIndex(1)
    editor.institution.setText("Ministère")
    editor.has_due.setChecked(True)
    editor.due.setDate(QDate(2003, 1, 1))
    editor.accept()
    assert {f: label.text() for f, label in editor.errors.items() if label.text()} == {
        "due_on": "Échéance le\u00a0: l’échéance du 1 janv. 2003 précède la session où l’engagement a été pris (16 juin 2003)."
    }
    assert demo.commitments(window.dialogue.id)[-1].ref != "MLFR-2003-07"  # nothing saved while refused


def test_every_editor_shows_refusals_under_its_fields(window, tmp_path):
    """The editors put a labelled red sentence under their fields (FieldErrors), not one line at the bottom."""
    editors = {
        "log status",
        "commitment editor",
        "new commitment",
        "agenda item editor",
        "new agenda item",
        "session editor",
        "member dialog",
        "new session",
        "new dialogue",
        "parties and protocol names",
        "action editor",
        "measurement",
        "amend minutes",
        "new indicator",
        "indicator editor",
        "withdraw",
        "supersede",
        "reaffirm",
        "person editor",
        "new person",
        "preferences",
        "propose a change",
        "accept with an edit",
        "sign off",
    }
    seen = set()
    for name, dialog in dialogs(window, tmp_path):
        if name in editors:
            assert len(getattr(dialog, "errors", {})) >= 2, name
            seen.add(name)
    assert seen == editors


def test_fields_are_bounded_by_the_domain(window, tmp_path, qtbot):
    dates = 0
    for name, dialog in dialogs(window, tmp_path):
        for edit in dialog.findChildren(QDateEdit):
            assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2199, 12, 31)), name
            dates += 1
        for line in dialog.findChildren(QLineEdit):
            if not isinstance(line.parentWidget(), (QDateEdit,)) and line.objectName() not in ("qt_spinbox_lineedit", ""):
                assert line.maxLength() <= validate.LONGEST, f"{name}: {line.objectName()}"
        for box in dialog.findChildren(TextBox):
            assert box.limit <= validate.LONGEST, f"{name}: {box.objectName()}"
    assert dates >= 8
    window.tabs.setCurrentWidget(window.agenda_view)
    editor = window.agenda_view.add()
    assert editor.titles["fr"].maxLength() == validate.TITLE
    editor.titles["fr"].setText("x" * 10_000)
    assert len(editor.titles["fr"].text()) == validate.TITLE  # a 10,000-character title cannot be typed or pasted
    editor.lines.setPlainText("")
    editor.lines.insertPlainText("y" * (validate.TEXT + 500))
    assert len(editor.lines.toPlainText()) == validate.TEXT
    editor.lines.setPlainText("abc")
    editor.lines.moveCursor(editor.lines.textCursor().MoveOperation.Start)
    editor.lines.limit = 5
    editor.lines.insertPlainText("12345")  # what does not fit, at the cursor, is not inserted: the text after it is kept
    assert editor.lines.toPlainText() == "12abc"
    editor.reject()


def test_log_status_shows_the_commitment_as_plain_text_at_a_sensible_width(window, demo):
    fund = demo.commitment_by_ref("MLFR-2001-01")  # "… (familles, étudiants, gens d'affaires) …"
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(fund.id)
    dialog = window.register_view.log_status()
    assert "gens d'affaires" in dialog.text.text() and "&#x27;" not in dialog.text.text()
    QApplication.processEvents()
    assert 480 <= dialog.width() <= 700
    dialog.reject()


def test_a_date_picker_offers_only_the_years_the_domain_takes(window, qtbot):
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(window.workspace.commitment_by_ref("MLFR-2001-01").id)
    dialog = window.register_view.log_status()
    dialog.date.setDate(QDate(1850, 6, 1))
    assert dialog.date.date() == QDate(1900, 1, 1)
    assert dialog.date.date().toPython() >= validate.EARLIEST and validate.LATEST == dt.date(2199, 12, 31)
    dialog.reject()


def test_the_negotiation_of_the_minutes_refuses_in_french_and_spanish(language):
    """The store's sentences on the minutes name them by dialogue and session; each value reads in the sentence's language."""
    open_ = "2 proposals on version 1 of the minutes of ML-FR session 3 are still open: they are decided before anyone signs off."
    relayed = "The minutes of ML-FR session 3: the texts of version 2 do not match their hash (they were changed after it was circulated)."
    refused = "The minutes of ML-FR session 3 are draft: proposals are made on circulated minutes."
    passage = "text: say which words to put in their place."
    shown = [messages.translate(m) for m in (open_, relayed, refused, passage)]
    assert (
        shown
        == {
            "en": [open_, relayed, refused, "Text: say which words to put in their place."],
            "fr": [
                "2 propositions sur la version 1 du procès-verbal de la session 3 de ML-FR sont encore en suspens\u00a0: il est statué sur chacune avant toute approbation.",
                "Procès-verbal de la session 3 de ML-FR\u00a0: les textes de la version 2 ne correspondent pas à leur empreinte (ils ont été modifiés après sa transmission).",
                "Le procès-verbal de la session 3 de ML-FR est en projet\u00a0: les propositions portent sur un procès-verbal transmis.",
                "Texte\u00a0: indiquez les mots à mettre à leur place.",
            ],
            "es": [
                "2 propuestas sobre la versión 1 del acta de la sesión 3 de ML-FR están aún sin decidir: se deciden antes de cualquier aprobación.",
                "Acta de la sesión 3 de ML-FR: los textos de la versión 2 no coinciden con su huella (se modificaron después de su envío).",
                "El acta de la sesión 3 de ML-FR está en borrador: las propuestas se hacen sobre un acta enviada.",
                "Texto: indique las palabras que desea poner en su lugar.",
            ],
        }[labels.language()]
    )
    one = messages.translate("1 proposal on version 2 of the minutes of ML-FR session 3 is still open: they are decided before anyone signs off.")
    assert one.startswith({"en": "1 proposal on", "fr": "1 proposition sur la version 2 du procès-verbal", "es": "1 propuesta sobre"}[labels.language()])
    assert {"en": " is still", "fr": " est encore en suspens", "es": " está aún sin decidir"}[labels.language()] in one


def test_a_refusal_in_a_negotiation_dialog_reads_wholly_in_french(french, window, demo):
    """The sign-off by someone who is not the head of delegation, a passage not in the text, accepted words left empty."""
    from consult_app.ui.negotiation import ProposeDialog, SignOffDialog

    dialogue = demo.dialogue_by_code("ML-FR")
    session = demo.session_by_number(dialogue.id, 3)
    demo.circulate(session.id)
    sign = SignOffDialog(demo, demo.session(session.id), parent=window)
    sign.name.setText("Claire Martin")
    sign.accept()
    assert sign.errors["by"].text() == (
        "Chef de délégation\u00a0: Claire Martin n’est pas chef de la délégation de France à cette session (le chef de délégation est Dominique Laurent)."
    )
    assert demo.signoffs(session.id) == []  # refused: nothing recorded

    propose = ProposeDialog(demo, demo.session(session.id), None, parent=window)
    propose.passage.setText("un passage absent")
    propose.text.setPlainText("autre chose")
    propose.accept()
    assert propose.errors["passage"].text() == (
        "Passage\u00a0: «\u00a0un passage absent\u00a0» ne figure pas dans le texte tel qu’il est\u00a0; citez-le exactement, ou modifiez la proposition."
    )
    propose.passage.setText("")
    propose.accept()
    assert propose.errors["passage"].text() == ("Passage\u00a0: indiquez les mots à remplacer (citez-les tels qu’ils figurent dans le texte transmis).")
    assert demo.proposals(session.id) == []


def test_pairing_and_packet_refusals_in_french_and_spanish(language):
    """A file's name opens the sentence; what is wrong inside a damaged invitation, a refusal relayed, a partner's kind: each in its place."""
    damaged = "invite.consult-partner is damaged (its 'invite_id' is missing); nothing was changed."
    kinds = "a1.packet presents Bamako as a secretariat, but it was paired as a field copy; nothing was imported."
    relayed = "x.packet cannot be applied: Your edit of commitment …1a2b: text: must not be empty. Nothing was imported."
    named = "invite.partner: the dialogue it carries cannot be read (dialogues[0].code: must not be empty.); nothing was changed."
    shown = [messages.translate(m) for m in (damaged, kinds, relayed, named)]
    assert (
        shown
        == {
            "en": [damaged, kinds, relayed.replace(" text:", " Text:"), named],
            "fr": [
                "invite.consult-partner est endommagé (son champ «\u00a0invite_id\u00a0» manque)\u00a0; rien n’a été modifié.",
                "a1.packet présente Bamako en tant que secrétariat, mais il a été apparié en tant que copie de terrain\u00a0; rien n’a été importé.",
                "x.packet ne peut pas être appliqué\u00a0: Votre modification (engagement …1a2b)\u00a0: Texte\u00a0: ne doit pas être vide. Rien n’a été importé.",
                "invite.partner\u00a0: le dialogue qu’il contient est illisible (dialogues[0].code\u00a0: ne doit pas être vide.)\u00a0; rien n’a été modifié.",
            ],
            "es": [
                "invite.consult-partner está dañado (falta su campo «invite_id»); no se modificó nada.",
                "a1.packet presenta a Bamako como secretaría, pero se emparejó como copia de campo; no se importó nada.",
                "x.packet no se puede aplicar: Su edición (compromiso …1a2b): Texto: no puede quedar en blanco. No se importó nada.",
                "invite.partner: el diálogo que contiene no se puede leer (dialogues[0].code: no puede quedar en blanco.); no se modificó nada.",
            ],
        }[labels.language()]
    )


def test_a_refused_acceptance_reads_wholly_in_french(french, qtbot, tmp_path):
    """An altered invitation, a damaged one, an invitation accepted where it was made, a file that exists: the dialog
    stays open with one French sentence, and no file is changed."""
    from .test_pairing import accept_dialog, files, invitation

    fr, invite = invitation(tmp_path)
    altered = tmp_path / "altered.consult-partner"
    altered.write_bytes(invite.read_bytes().replace("Secrétariat malien".encode(), "Secrétariat maliem".encode()))
    damaged = tmp_path / "damaged.consult-partner"
    damaged.write_text('{"format": "consult-partner", "format_version": 1, "body": {"kind": "invite"}}', "utf-8")
    window, partners_dialog, dialog = accept_dialog(qtbot, fr)
    dialog.name.setText("Secrétariat français")
    dialog.reply.path.setText(str(tmp_path / "reply.consult-partner"))
    before = files(tmp_path)

    def refused(infile) -> str:
        dialog.infile.path.setText(str(infile))
        dialog.accept()
        assert dialog.isVisible()
        assert files(tmp_path) == before
        return dialog.error.text()

    assert refused(altered) == "altered.consult-partner a été altéré après sa signature (ou est endommagé)\u00a0; rien n’a été modifié."
    assert refused(damaged) == "damaged.consult-partner est endommagé (son champ «\u00a0invite_id\u00a0» manque)\u00a0; rien n’a été modifié."
    assert refused(invite) == (
        "invite.consult-partner vient de cet espace de travail ou de l’un de ses partenaires\u00a0: c’est l’autre secrétariat qui l’accepte."
    )
    dialog.reply.path.setText(str(fr))
    assert refused(invite) == f"{fr} existe déjà\u00a0: choisissez un autre nom."
    dialog.reply.path.setText(str(tmp_path / "reply.consult-partner"))
    dialog.into.setCurrentIndex(1)  # into a new workspace file, which exists
    dialog.new_file.path.setText(str(fr))
    assert refused(invite) == f"{fr} existe déjà\u00a0: choisissez un autre nom, ou ouvrez-le."
    window.workspace.close()


def test_a_refused_packet_reads_wholly_in_french(french, qtbot, tmp_path, demo_template):
    """A packet from the field copy, made for another workspace (its id rewritten with the sqlite3 shell): Receive Changes
    shows why in French, offers no Import, and the workspace is not changed."""
    import sqlite3

    from PySide6.QtWidgets import QDialogButtonBox

    from consult_app.store import Workspace
    from consult_app.store.sync import export_packet, field_copy
    from consult_app.ui.main_window import MainWindow

    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    copy_of_demo(demo_template, s)
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
    conn = sqlite3.connect(a, isolation_level=None)
    conn.execute("UPDATE meta SET value = '00000000-0000-4000-8000-000000000000' WHERE key = 'workspace_id'")
    conn.close()
    with Workspace.open(a) as ws:
        (tmp_path / "a1.packet").write_bytes(export_packet(ws)[0])
    saved = s.read_bytes()
    window = MainWindow(Workspace.open(s))
    qtbot.addWidget(window)
    dialog = window.exchange.receive_changes_from(tmp_path / "a1.packet")
    assert dialog.summary.text() == "a1.packet est destiné à un autre espace de travail, pas à s.consult\u00a0; rien n’a été importé."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    truncated = tmp_path / "a2.packet"
    truncated.write_bytes((tmp_path / "a1.packet").read_bytes()[:-10])
    dialog = window.exchange.receive_changes_from(truncated)
    assert dialog.summary.text() == "a2.packet est tronqué, endommagé ou a été altéré\u00a0: sa somme de contrôle ne correspond pas."
    window.workspace.close()
    assert s.read_bytes() == saved


def test_a_refusal_told_by_a_view_or_the_directory_reads_wholly_in_french(french, window, demo, refreshed):
    """A view's refusal (the register's Delete, the Minutes' state box) and the people directory's were shown as the store
    wrote them, in English, in a French window."""
    from .test_workbench import choose_state

    window.tabs.setCurrentWidget(window.minutes_view)
    choose_state(window.minutes_view, MinutesState.AGREED)
    assert window.minutes_view.saved_label.text() == (
        "Le procès-verbal de la session 3 de ML-FR est approuvé lorsque chaque chef de délégation a approuvé la même version\u00a0: "
        "recueillez plutôt ces approbations."
    )
    window.navigator.setCurrentItem(window.mlfr)
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(demo.commitment_by_ref("MLFR-2002-01").id)
    assert not window.register_view.delete()
    assert window.statusBar().currentMessage() == (
        "MLFR-2002-01 ne peut pas être supprimé car il a un historique (2 relevés de statut, 1 indicateur, 1 action de suivi)\u00a0: retirez-le plutôt."
    )
    directory = window.tools.people_directory()
    directory.filter.setText("Claire Moreau")
    directory.remove()
    assert (
        window.statusBar().currentMessage() == "Claire Moreau fait partie d'une délégation\u00a0: retirez-le d'abord de celle-ci, ou gardez-le dans l'annuaire."
    )
    directory.accept()


def test_the_proposals_table_names_the_text_in_french(french, window, demo, refreshed):
    """The table said where a proposal applies with the record's own word ("3.1 summary [fr]") in a French window."""
    from consult_app.ops import minutes as minutes_ops

    session = window.session
    mali = window.dialogue.party_by_code("ML").id
    item = next(i for i in demo.agenda(session.id) if i.title["fr"].startswith("Politique des visas"))
    demo.update_agenda_item(dataclasses.replace(item, summary={"fr": "Les deux parties ont examiné la politique des visas."}))
    minutes_ops.set_state(demo, session.id, MinutesState.CIRCULATED)
    window.tabs.setCurrentWidget(window.minutes_view)
    propose = window.minutes_view.panel.open_propose()
    assert [propose.field.itemText(n) for n in range(propose.field.count())] == ["Résumé", "Conclusions", "Titre"]
    propose.item.setCurrentIndex(propose.item.findData(item.id))
    propose.party.setCurrentIndex(propose.party.findData(mali))
    propose.passage.setText("examiné")
    propose.text.setPlainText("évalué")
    propose.accept()
    refreshed(window)
    panel = window.minutes_view.panel
    assert panel.table.item(0, 0).text() == "3.1 Résumé [fr]"
    panel.table.selectRow(0)
    accepted = panel.decide("accept")
    assert accepted, panel.error.text()
    assert panel.circulate(), panel.error.text()
    refreshed(window)  # the window's refresh shows version 2 against version 1
    assert "3.1. Politique des visas : bilan 1997–2002 — Résumé [fr]" in panel.redline.toPlainText()  # the redline's heading too


def _forged_status_event(tmp_path, demo_template):
    """The demo secretariat, and from its ML-FR field copy a packet whose status event is for an IT-AL commitment
    (inserted with the sqlite3 shell, sent by a Consult that skips its own check, as tests/store/test_packet_rights.py does)."""
    import sqlite3

    from consult_app.store import Workspace
    from consult_app.store.sync import export_packet, field_copy

    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    copy_of_demo(demo_template, s)
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
    conn = sqlite3.connect(s)
    ital = conn.execute("SELECT id FROM commitments WHERE ref = 'ITAL-2001-01'").fetchone()[0]  # not in the copy of ML-FR
    conn.close()
    conn = sqlite3.connect(a, isolation_level=None)
    conn.execute(
        "INSERT INTO status_events (id, commitment_id, effective_on, status, note, recorded_at) "
        "VALUES ('forged-1', ?, '2003-01-01', 'dropped', 'FORGED', '2003-01-01T00:00:00Z')",
        (ital,),
    )
    conn.close()
    with Workspace.open(a) as ws:
        (tmp_path / "a1.packet").write_bytes(export_packet(ws, check_rights=False)[0])
    return s, tmp_path / "a1.packet"


REFUSED = (
    "status event for IT-AL commitment ITAL-2001-01: outside this field copy's dialogue ML-FR: packet refused, "
    "nothing was imported (a1.packet from Bamako embassy)."
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_packet_refused_for_a_change_outside_the_field_copys_dialogue_reads_wholly_in_the_windows_language(lang, qapp, qtbot, tmp_path, demo_template):
    """The change (a status event for another dialogue's commitment) and why it is refused, in the Receive Changes
    dialog: wholly French in French, the store's very sentence in English; no Import, the workspace not changed."""
    from PySide6.QtWidgets import QDialogButtonBox

    from consult_app.store import Workspace
    from consult_app.ui import i18n
    from consult_app.ui.main_window import MainWindow

    from .conftest import speaking

    s, packet = _forged_status_event(tmp_path, demo_template)
    saved = s.read_bytes()
    with Workspace.open(s) as ws, pytest.raises(errors.ConsultError) as refused:
        from consult_app.store.sync import import_packet

        import_packet(ws, packet.read_bytes(), name="a1.packet")
    assert str(refused.value) == REFUSED  # the store's English, byte for byte
    language = speaking(qapp, lang)
    next(language)
    try:
        window = MainWindow(Workspace.open(s))
        qtbot.addWidget(window)
        dialog = window.exchange.receive_changes_from(packet)
        assert (
            dialog.summary.text()
            == {
                "en": REFUSED,
                "fr": "relevé de statut pour l’engagement ITAL-2001-01 d’IT-AL\u00a0: hors du dialogue ML-FR de ce partenaire (copie de terrain)\u00a0: "
                "paquet refusé, rien n’a été importé (a1.packet de Bamako embassy).",
            }[lang]
        )
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        window.workspace.close()
    finally:
        next(language, None)
        i18n.install(qapp, "en")
    assert s.read_bytes() == saved


def test_a_packets_refusals_in_french_and_spanish(language):
    """Each part in its place: the change (and the commitment or session inside it), why (a row's own refusal, under its
    field), a kind of partner, what a table holds, a link, and several reasons joined with '; '."""
    sent = (
        "Secretariat would refuse this packet (agenda item 'Point: un' of ML-FR session 1: its presenter refers to a person "
        "that this workspace does not have); nothing was exported: undo that change, or ask Secretariat to make it, then export again."
    )
    row = (
        "status event for ML-FR commitment MLFR-2001-01: effective_on: '9999-99-99' is not a date (YYYY-MM-DD): packet refused, "
        "nothing was imported (a1.packet from Bamako embassy)."
    )
    rights = "sign-off of the minutes of ML-FR session 3: a field copy may not add sign-offs of the minutes"
    joined = (
        "x.packet cannot be applied: status history cannot be changed or deleted: packet refused; a commitment from Bamako clashes "
        "with one here (ref 'A'); rename one and send again. Nothing was imported."
    )
    shown = [messages.translate(m) for m in (sent, row, rights, joined)]
    assert (
        shown
        == {
            "en": [sent, row.replace("effective_on:", "Effective date:"), rights, joined],
            "fr": [
                "Secretariat refuserait ce paquet (point de l’ordre du jour «\u00a0Point: un\u00a0» à la session 1 de ML-FR\u00a0: son lien «\u00a0intervenant\u00a0» "
                "renvoie à un élément (personne) que cet espace de travail n’a pas)\u00a0; rien n’a été exporté\u00a0: annulez cette modification, "
                "ou demandez à Secretariat de la faire, puis exportez à nouveau.",
                "relevé de statut pour l’engagement MLFR-2001-01 de ML-FR\u00a0: Date d’effet\u00a0: '9999-99-99' n’est pas une date (AAAA-MM-JJ)\u00a0: "
                "paquet refusé, rien n’a été importé (a1.packet de Bamako embassy).",
                "approbation du procès-verbal pour la session 3 de ML-FR\u00a0: en tant que copie de terrain, ce partenaire n’a pas le droit "
                "d’ajouter des approbations du procès-verbal",
                "x.packet ne peut pas être appliqué\u00a0: l’historique des statuts ne peut être ni modifié ni supprimé\u00a0: paquet refusé\u00a0; "
                "un élément (engagement) de Bamako entre en conflit avec un élément d’ici (ref 'A')\u00a0; renommez l’un des deux et envoyez "
                "à nouveau. Rien n’a été importé.",
            ],
            "es": [
                "Secretariat rechazaría este paquete (punto del orden del día «Point: un» en la sesión 1 de ML-FR: su vínculo «ponente» "
                "remite a un elemento (persona) que este espacio de trabajo no tiene); no se exportó nada: deshaga ese cambio, o pida a "
                "Secretariat que lo haga, y exporte de nuevo.",
                "registro de estado para el compromiso MLFR-2001-01 de ML-FR: Fecha efectiva: '9999-99-99' no es una fecha (AAAA-MM-DD): "
                "paquete rechazado, no se importó nada (a1.packet de Bamako embassy).",
                "aprobación del acta de la sesión 3 de ML-FR: una copia de campo no puede añadir aprobaciones del acta",
                "x.packet no se puede aplicar: el historial de estados no se puede cambiar ni eliminar: paquete rechazado; un elemento "
                "(compromiso) de Bamako choca con uno de aquí (ref 'A'); cambie el nombre de uno y envíe de nuevo. No se importó nada.",
            ],
        }[labels.language()]
    )


def test_many_reasons_joined_are_each_translated_and_an_unknown_one_keeps_them_all(french):
    known = "changes from Bamako refer to things this copy does not have"
    many = "x.packet cannot be applied: " + "; ".join([known] * 30) + ". Nothing was imported."
    shown = messages.translate(many)
    assert shown.count("des modifications de Bamako renvoient à des éléments que cette copie n’a pas") == 30 and "Rien n’a été importé." in shown
    odd = "x.packet cannot be applied: " + "; ".join([known] * 30 + ["something new"]) + ". Nothing was imported."
    assert "; ".join([known] * 30 + ["something new"]) in messages.translate(odd)  # kept whole, in English, never lost


def test_a_commitments_history_is_listed_in_the_windows_language(french):
    """Every part of a history the store lists ("2 status events, it was withdrawn on 2003-06-17") has its words here."""
    history = "1 status event, 3 changes of its text, 2 indicators, 1 follow-up action, 2 commitments that replace it, 1 reaffirmation"
    sentence = f"MLFR-2001-02 cannot be deleted because it has a history ({history}, it replaces another commitment, it was withdrawn on 2003-06-17): withdraw it instead."
    assert messages.translate(sentence) == (
        "MLFR-2001-02 ne peut pas être supprimé car il a un historique (1 relevé de statut, 3 modifications de son texte, 2 indicateurs, "
        "1 action de suivi, 2 engagements qui le remplacent, 1 réaffirmation, il remplace un autre engagement, il a été retiré le "
        "17 juin 2003)\u00a0: retirez-le plutôt."
    )
    unknown = "MLFR-2001-02 cannot be deleted because it has a history (1 status event, 2 somethings new): withdraw it instead."
    assert "(1 status event, 2 somethings new)" in messages.translate(unknown)  # kept whole, never half translated
