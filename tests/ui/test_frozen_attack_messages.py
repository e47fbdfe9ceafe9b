"""The refusals of versions that freeze what Consult never writes (tests/reports/test_frozen_attack.py), in French and Spanish."""

from __future__ import annotations

from consult_app.ui import labels, messages

from ..reports.test_frozen_delegations import agreed_with_actions  # noqa: F401  (a fixture)

SAID = (
    "The minutes of ML-FR session 3: version 2 lacks 'delegations', which version 1 froze: a later version freezes all an earlier one did.",
    "version of the minutes of ML-FR session 3: texts.delegations[0]: the delegation line frozen in version 1 is of a party that is not a party to this dialogue",
    "The minutes of ML-FR session 3: texts.items[0]: the agenda item frozen in version 1 is not in the form Consult writes it.",
)


def test_a_version_freezing_what_consult_never_writes_is_refused_in_the_windows_language(language):
    shown = [messages.translate(m) for m in SAID]
    assert (
        shown
        == {
            "en": [SAID[0], SAID[1].replace("texts.delegations[0]", "Frozen texts"), SAID[2].replace("texts.items[0]", "Frozen texts")],
            "fr": [
                "Procès-verbal de la session 3 de ML-FR\u00a0: la version 2 ne contient pas «\u00a0delegations\u00a0», que la version 1 figeait\u00a0: "
                "une version ultérieure fige tout ce que figeait une version antérieure.",
                "version du procès-verbal pour la session 3 de ML-FR\u00a0: Textes figés\u00a0: la ligne de délégation figée dans la version 1 est celle d’une "
                "partie qui n’est pas partie à ce dialogue",
                "Procès-verbal de la session 3 de ML-FR\u00a0: Textes figés\u00a0: le point de l’ordre du jour figé dans la version 1 n’est pas sous la forme "
                "qu’écrit Consult.",
            ],
            "es": [
                "Acta de la sesión 3 de ML-FR: a la versión 2 le falta «delegations», que la versión 1 fijaba: una versión posterior fija todo lo que fijaba "
                "una anterior.",
                "versión del acta de la sesión 3 de ML-FR: Textos fijados: la línea de delegación fijada en la versión 1 es de una parte que no es parte en "
                "este diálogo",
                "Acta de la sesión 3 de ML-FR: Textos fijados: el punto del orden del día fijado en la versión 1 no tiene la forma en que Consult lo escribe.",
            ],
        }[labels.language()]
    )


def test_the_word_copy_refused_for_a_version_edited_with_the_shell_is_told_in_the_windows_language(agreed_with_actions, qtbot, tmp_path, french):  # noqa: F811
    """File › Export › Draft Minutes for Word of agreed minutes edited behind the app's back: the refusal (which the PDF
    gives too) in French, as the window's other refusals, not in the English the store writes."""
    from consult_app.store import Workspace
    from consult_app.ui.main_window import MainWindow

    from ..reports.test_frozen_attack import renamed, shell_edited
    from .test_main_window import find_session

    shell_edited(agreed_with_actions, renamed)
    with Workspace.open(agreed_with_actions) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.navigator.setCurrentItem(find_session(window, "ML-FR", "3e session"))
        assert window.files.export_as(tmp_path / "copie.docx") is None
        said = window.statusBar().currentMessage()
        window.close()
    assert said == (
        "Procès-verbal de la session 3 de ML-FR\u00a0: les textes de la version 1 ne correspondent pas à leur empreinte "
        "(ils ont été modifiés après sa transmission)."
    )
    assert not (tmp_path / "copie.docx").exists()
