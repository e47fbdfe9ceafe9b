"""Regenerate the README's pictures of the negotiated minutes (offscreen): the Proposals panel, the compare PDF, the agreed record.

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots_negotiation.py
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from consult_app.domain.negotiation import Proposal
from consult_app.ops import documents
from consult_app.ops import minutes as minutes_ops
from consult_app.ops.workspaces import create
from consult_app.ui.main_window import MainWindow

OUT = Path(__file__).parent / "images"
sys.path.insert(0, str(Path(__file__).parent))
from screenshots import page_png  # noqa: E402


def negotiate(ws):
    """ML-FR session 3: drafted, version 1, Mali's proposals (one accepted with an edit), version 2, one comment still open."""
    d = ws.dialogue_by_code("ML-FR")
    s3 = ws.session_by_number(d.id, 3)
    items = {i.title["fr"].split(" :")[0]: i for i in ws.agenda(s3.id)}
    texts = {
        "Politique des visas": "Les deux parties ont examiné la politique des visas depuis 1997 : 7 000 visas délivrés en 1997, environ 25 000 en 2001.",
        "Lutte contre la fraude documentaire": "La partie française a présenté le dispositif de lutte contre la fraude documentaire.",
        "Fonds de mobilisation de la diaspora (2,6 M EUR, 2002–2004)": "La partie française a rappelé l'engagement de 2,6 millions d'euros pour 2002–2004.",
    }
    for title, text in texts.items():
        item = items[title]
        item.summary = {"fr": text}
        minutes_ops.save_texts(ws, item)
    minutes_ops.circulate(ws, s3.id)
    mali = d.party_by_code("ML").id
    visas, fund = items["Politique des visas"].id, items["Fonds de mobilisation de la diaspora (2,6 M EUR, 2002–2004)"].id
    first = minutes_ops.propose(ws, Proposal(s3.id, "", visas, "summary", "fr", "replace", "examiné", "évalué", "Plus précis", party_id=mali))
    second = minutes_ops.propose(
        ws,
        Proposal(
            s3.id, "", fund, "summary", "fr", "insert", "2002–2004", ", dont 0,8 million décaissés en 2002", "Chiffre confirmé par le Trésor", party_id=mali
        ),
    )
    minutes_ops.decide(ws, first.id, "edit", "évalué ensemble")
    minutes_ops.decide(ws, second.id, "accept")
    minutes_ops.circulate(ws, s3.id)
    minutes_ops.propose(
        ws, Proposal(s3.id, "", visas, "summary", "fr", "comment", comment="La partie malienne souhaite citer les chiffres de 2002.", party_id=mali)
    )
    return d, s3


def pairing(folder: Path) -> None:
    """File › Exchange Partners: Invite the Other Secretariat…, filled in for ML-FR; Accept Invitation or Reply…, into a new workspace file."""

    def invite(dialog, ws) -> None:
        dialog.dialogue.setCurrentIndex(dialog.dialogue.findData(ws.dialogue_by_code("ML-FR").id))
        dialog.name.setText("Secrétariat malien")
        dialog.out.path.setText("/home/secretariat/ml-fr-invitation.consult-partner")

    def accept(dialog, _ws) -> None:
        dialog.into.setCurrentIndex(1)
        dialog.infile.path.setText("/home/secretariat/ml-fr-invitation.consult-partner")
        dialog.new_file.path.setText("/home/secretariat/ml-fr.consult")
        dialog.name.setText("Secrétariat français")
        dialog.reply.path.setText("/home/secretariat/ml-fr-reply.consult-partner")

    _pairing_dialog(folder / "france.consult", True, "open_invite", invite, "pairing.png")
    _pairing_dialog(folder / "mali.consult", False, "open_accept", accept, "pairing-accept.png")


def _pairing_dialog(path: Path, demo: bool, opener: str, fill, picture: str) -> None:
    """A new workspace in the window, File › Exchange Partners, one of its pairing dialogs filled in by ``fill``, grabbed to ``picture``."""
    from PySide6.QtGui import QAction

    from consult_app.ui.exchange import ExchangePartnersDialog

    ws = create(path, demo=demo)
    window = MainWindow(ws)
    window.findChild(QAction, "exchange_partners").trigger()
    dialog = getattr(window.findChild(ExchangePartnersDialog), opener)()
    fill(dialog, ws)
    dialog.resize(760, dialog.sizeHint().height())
    QApplication.processEvents()
    dialog.grab().save(str(OUT / picture))
    window.close()
    ws.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        pairing(Path(tmp))
        ws = create(Path(tmp) / "demo.consult", demo=True)
        d, s3 = negotiate(ws)
        window = MainWindow(ws)
        window.resize(1200, 860)
        window.show()
        nav = window.navigator
        ml_fr = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("ML-FR"))
        nav.setCurrentItem(ml_fr.child(ml_fr.childCount() - 1))
        window.tabs.setCurrentWidget(window.minutes_view)
        app.processEvents()
        view = window.minutes_view
        view.items.setCurrentRow(next(r for r in range(view.items.count()) if view.items.item(r).text().startswith("3.1. ")))
        view.panel.table.selectRow(2)
        view.below.setSizes([280, 520])  # the panel dragged open, as while negotiating
        app.processEvents()
        window.grab().save(str(OUT / "proposals.png"))
        window.close()
        page_png(documents.compare(ws, s3.id, 1, 2).render(), 0, OUT / "compare.png")
        minutes_ops.decide(ws, next(p for p in ws.proposals(s3.id) if p.state.value == "open").id, "reject")
        minutes_ops.sign_off(ws, s3.id, "Dominique Laurent")
        minutes_ops.sign_off(ws, s3.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id)
        pdf = documents.minutes(ws, s3.id).render()
        page_png(pdf, 1, OUT / "agreed.png")
        ws.close()


if __name__ == "__main__":
    main()
