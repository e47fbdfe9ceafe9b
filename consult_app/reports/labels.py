"""Every fixed label of the printed documents and the Word draft, in English, French and Spanish.

Keys are the English text; ``label(lang, text, **values)`` returns the text in
``lang`` with ``{placeholders}`` filled. Phrases that depend on a count come in
two keys, singular and plural, and :func:`nlabel` picks the form by the
language's plural rule (Babel). The wording was reviewed as a protocol
department writes it; ``docs/glossary.md`` lists every label in the three
languages (a test keeps it complete). Dates, numbers, ordinals and party names
are not labels: see ``domain/language.py``.
"""

from __future__ import annotations

from ..domain import language

LANGS = language.SUPPORTED

LABELS: dict[str, tuple[str, str]] = {
    # shared
    "Page {page} of {total}": ("Page {page} sur {total}", "Página {page} de {total}"),
    "DRAFT": ("PROJET", "BORRADOR"),
    "Jointly": ("Conjointement", "Conjuntamente"),
    "{nth} session": ("{nth} session", "{nth} sesión"),
    "Ref.": ("Réf.", "Ref."),
    "Commitment": ("Engagement", "Compromiso"),
    "Due": ("Échéance", "Plazo"),
    "Action": ("Action", "Acción"),
    "Assigned to": ("Responsable", "Responsable"),
    "Summary": ("Résumé", "Resumen"),
    "Conclusions": ("Conclusions", "Conclusiones"),
    "Party": ("Partie", "Parte"),
    "Status": ("État", "Estado"),
    "OVERDUE": ("EN RETARD", "VENCIDO"),
    "INTERNAL": ("INTERNE", "INTERNO"),
    "INTERNAL — NOT FOR THE OTHER DELEGATION": ("INTERNE — NE PAS COMMUNIQUER À L’AUTRE DÉLÉGATION", "INTERNO — NO COMUNICAR A LA OTRA DELEGACIÓN"),
    "Texts in {language}, the dialogue’s working language.": (
        "Textes en {language}, langue de travail du dialogue.",
        "Textos en {language}, lengua de trabajo del diálogo.",
    ),
    "Follow-up actions": ("Actions de suivi", "Acciones de seguimiento"),
    "Consult — the secretariat": ("Consult — le secrétariat", "Consult — la secretaría"),
    # minutes
    "Joint minutes": ("Procès-verbal conjoint", "Acta conjunta"),
    "Joint minutes of the {nth} session of the {name}": ("Procès-verbal conjoint de la {nth} session — {name}", "Acta conjunta de la {nth} sesión — {name}"),
    "Joint minutes — {code}, {nth} session": ("Procès-verbal conjoint — {code}, {nth} session", "Acta conjunta — {code}, {nth} sesión"),
    "Versions {old} and {new} of the joint minutes — {code}, {nth} session": (
        "Versions {old} et {new} du procès-verbal conjoint — {code}, {nth} session",
        "Versiones {old} y {new} del acta conjunta — {code}, {nth} sesión",
    ),
    "Draft for agreement — minutes {state}, not yet agreed by the parties.": (
        "Projet soumis à approbation — procès-verbal {state}, pas encore approuvé par les parties.",
        "Borrador para aprobación — acta {state}, aún no aprobada por las partes.",
    ),
    "draft": ("en projet", "en borrador"),
    "circulated": ("transmis", "enviada"),
    "agreed": ("approuvé", "aprobada"),
    "Texts in {languages}, side by side.": ("Textes en {languages}, côte à côte.", "Textos en {languages}, en paralelo."),
    "Delegations": ("Délégations", "Delegaciones"),
    "Head of delegation": ("Chef de délégation", "Jefe de delegación"),
    "Member": ("Membre", "Miembro"),
    "Adopted agenda": ("Ordre du jour adopté", "Orden del día aprobado"),
    "Proceedings": ("Déroulement des travaux", "Desarrollo de los trabajos"),
    "No summary recorded.": ("Aucun résumé consigné.", "No se consignó ningún resumen."),
    "Commitments adopted": ("Engagements pris", "Compromisos adoptados"),
    "Responsible": ("Responsable", "Responsable"),
    "[Text missing in {language}]": ("[Texte manquant en {language}]", "[Falta el texto en {language}]"),
    "[missing in {language}]": ("[manquant en {language}]", "[falta en {language}]"),
    "No commitments were adopted at this session.": ("Aucun engagement n’a été pris lors de cette session.", "No se adoptó ningún compromiso en esta sesión."),
    "No follow-up actions were recorded.": ("Aucune action de suivi n’a été consignée.", "No se consignó ninguna acción de seguimiento."),
    "Next session": ("Prochaine session", "Próxima sesión"),
    "The parties agreed to hold the next session in {venue} {dates}.": (
        "Les parties sont convenues de tenir la prochaine session à {venue} {dates}.",
        "Las partes acordaron celebrar la próxima sesión en {venue} {dates}.",
    ),
    "The date and place of the next session will be agreed through diplomatic channels.": (
        "La date et le lieu de la prochaine session seront fixés par la voie diplomatique.",
        "La fecha y el lugar de la próxima sesión se acordarán por vía diplomática.",
    ),
    # the protocol text of the minutes
    "The {nth} session of the {name} was held in {venue} {dates}.": (
        "La {nth} session du dialogue «\u00a0{name}\u00a0» s’est tenue à {venue} {dates}.",
        "La {nth} sesión del diálogo «{name}» se celebró en {venue} {dates}.",
    ),
    "{delegation} was led by {head}.": ("{delegation} était conduite par {head}.", "{delegation} estuvo encabezada por {head}."),
    "The session was co-chaired by {chairs}.": ("La session a été coprésidée par {chairs}.", "La sesión fue copresidida por {chairs}."),
    "The lists of the delegations are given below.": (
        "La composition des délégations figure ci-après.",
        "La composición de las delegaciones figura a continuación.",
    ),
    "Done at {place} on {date}, in {copies} originals in the {language} language.": (
        "Fait à {place}, le {date}, en {copies} exemplaires originaux en langue {language}.",
        "Hecho en {place}, el {date}, en {copies} ejemplares originales en idioma {language}.",
    ),
    "Done at {place} on {date}, in {copies} originals in the {languages} languages, all texts being equally authentic.": (
        "Fait à {place}, le {date}, en {copies} exemplaires originaux en langues {languages}, tous les textes faisant également foi.",
        "Hecho en {place}, el {date}, en {copies} ejemplares originales en los idiomas {languages}, siendo todos los textos igualmente auténticos.",
    ),
    "Done at {place} on {date}, in {copies} originals in the {languages} languages, both texts being equally authentic.": (
        "Fait à {place}, le {date}, en {copies} exemplaires originaux en langues {languages}, les deux textes faisant également foi.",
        "Hecho en {place}, el {date}, en {copies} ejemplares originales en los idiomas {languages}, siendo ambos textos igualmente auténticos.",
    ),
    "For {party}": ("Pour {party}", "Por {party}"),
    "{delegation}": ("{delegation}", "{delegation}"),
    # tracker
    "Progress tracker": ("Tableau de suivi", "Cuadro de seguimiento"),
    "Progress tracker — {scope}": ("Tableau de suivi — {scope}", "Cuadro de seguimiento — {scope}"),
    "{n} dialogue": ("{n} dialogue", "{n} diálogo"),
    "{n} dialogues": ("{n} dialogues", "{n} diálogos"),
    "As of {date}": ("Au {date}", "A {date}"),
    "Joint edition: shared with the other delegation": (
        "Édition conjointe\u00a0: partagée avec l’autre délégation",
        "Edición conjunta: compartida con la otra delegación",
    ),
    "Internal edition: not for the other delegation": (
        "Édition interne\u00a0: ne pas communiquer à l’autre délégation",
        "Edición interna: no comunicar a la otra delegación",
    ),
    "Status by party": ("État par partie", "Estado por parte"),
    "Total": ("Total", "Total"),
    "Overdue": ("En retard", "Vencidos"),
    "No commitments recorded yet.": ("Aucun engagement enregistré pour l’instant.", "Aún no hay compromisos registrados."),
    "Quid pro quo: reciprocal commitments": ("Donnant-donnant\u00a0: engagements réciproques", "Quid pro quo: compromisos recíprocos"),
    "One side": ("Une partie", "Una parte"),
    "Other side": ("L’autre partie", "La otra parte"),
    "Honoured?": ("Respecté\u00a0?", "¿Cumplido?"),
    "Yes": ("Oui", "Sí"),
    "both sides delivering": ("les deux parties tiennent leurs engagements", "ambas partes cumplen"),
    "No": ("Non", "No"),
    "not delivering: {who}": ("ne tient pas ses engagements\u00a0: {who}", "no cumple: {who}"),
    "not delivering (both): {who}": ("ne tiennent pas leurs engagements\u00a0: {who}", "no cumplen: {who}"),
    "Other commitments": ("Autres engagements", "Otros compromisos"),
    "Party and institution": ("Partie et institution", "Parte e institución"),
    "Latest update": ("Dernière mise à jour", "Última actualización"),
    "Indicator": ("Indicateur", "Indicador"),
    "{latest} of {target} ({share})": ("{latest} sur {target} ({share})", "{latest} de {target} ({share})"),
    "not measured": ("non mesuré", "sin medir"),
    "Withdrawn on {date}: {reason}": ("Retiré le {date}\u00a0: {reason}", "Retirado el {date}: {reason}"),
    "Superseded by {ref} on {date}: {reason}": ("Remplacé par {ref} le {date}\u00a0: {reason}", "Sustituido por {ref} el {date}: {reason}"),
    "Superseded on {date}: {reason}": ("Remplacé le {date}\u00a0: {reason}", "Sustituido el {date}: {reason}"),
    "Replaces {ref}": ("Remplace {ref}", "Sustituye a {ref}"),
    "What changed since the {nth} session ({date})": ("Ce qui a changé depuis la {nth} session ({date})", "Cambios desde la {nth} sesión ({date})"),
    "No status changes recorded since then.": ("Aucun changement d’état depuis.", "Ningún cambio de estado desde entonces."),
    "Date": ("Date", "Fecha"),
    "Note": ("Note", "Nota"),
    "Open and overdue follow-up actions": ("Actions de suivi en cours et en retard", "Acciones de seguimiento pendientes y vencidas"),
    "Open and overdue follow-up actions: none.": (
        "Actions de suivi en cours et en retard\u00a0: aucune.",
        "Acciones de seguimiento pendientes y vencidas: ninguna.",
    ),
    "State": ("État", "Estado"),
    "open": ("ouverte", "pendiente"),
    "in progress": ("en cours", "en curso"),
    "done": ("réalisée", "realizada"),
    "cancelled": ("annulée", "cancelada"),
    "commitments": ("engagements", "compromisos"),
    # brief
    "Ministerial brief": ("Note ministérielle", "Nota ministerial"),
    "Ministerial brief — {title}": ("Note ministérielle — {title}", "Nota ministerial — {title}"),
    "Ministerial brief — {code}, {nth} session": ("Note ministérielle — {code}, {nth} session", "Nota ministerial — {code}, {nth} sesión"),
    "{nth} session of the {name}": ("{nth} session — {name}", "{nth} sesión — {name}"),
    "MINISTERIAL BRIEF": ("NOTE MINISTÉRIELLE", "NOTA MINISTERIAL"),
    "Hosted by {party}": ("Accueillie par {party}", "Organizada por {party}"),
    "Prepared by the secretariat on {date}.": ("Préparée par le secrétariat le {date}.", "Preparada por la secretaría el {date}."),
    "Heads of delegation": ("Chefs de délégation", "Jefes de delegación"),
    "Venue": ("Lieu", "Lugar"),
    "Contents": ("Sommaire", "Índice"),
    "The session at a glance": ("La session en bref", "La sesión en resumen"),
    "What we want from this session": ("Ce que nous attendons de cette session", "Lo que queremos obtener de esta sesión"),
    "What they will ask of us": ("Ce que l’autre partie nous demandera", "Lo que la otra parte nos pedirá"),
    "Our red lines": ("Nos lignes rouges", "Nuestras líneas rojas"),
    "Three risks": ("Trois risques", "Tres riesgos"),
    "The risks": ("Les risques", "Los riesgos"),
    "No risk identified in the register.": ("Aucun risque relevé dans le registre.", "Ningún riesgo señalado en el registro."),
    "None recorded in the agenda.": ("Rien de consigné à l’ordre du jour.", "Nada consignado en el orden del día."),
    "and {n} more in annex B.": ("et {n} de plus en annexe B.", "y {n} más en el anexo B."),
    "(continued in annex B)": ("(suite en annexe B)", "(continúa en el anexo B)"),
    "(continued in annex C)": ("(suite en annexe C)", "(continúa en el anexo C)"),
    "The register holds {n} commitments: {parts}.": ("Le registre compte {n} engagements\u00a0: {parts}.", "El registro contiene {n} compromisos: {parts}."),
    "The register holds {n} commitment: {parts}.": ("Le registre compte {n} engagement\u00a0: {parts}.", "El registro contiene {n} compromiso: {parts}."),
    "No commitments are recorded yet.": ("Aucun engagement n’est encore enregistré.", "Aún no hay compromisos registrados."),
    "{n} commitment overdue": ("{n} engagement en retard", "{n} compromiso vencido"),
    "{n} commitments overdue": ("{n} engagements en retard", "{n} compromisos vencidos"),
    "Quid pro quo at risk: {a} and {b}": ("Donnant-donnant menacé\u00a0: {a} et {b}", "Quid pro quo en riesgo: {a} y {b}"),
    "{status}: {ref}": ("{status}\u00a0: {ref}", "{status}: {ref}"),
    "Agenda — {date}, from {time}": ("Ordre du jour — {date}, à partir de {time}", "Orden del día — {date}, a partir de las {time}"),
    "Agenda — {dates}": ("Ordre du jour — {dates}", "Orden del día — {dates}"),
    "Day {n} — {date}": ("Jour {n} — {date}", "Día {n} — {date}"),
    "attendance to be confirmed": ("présence à confirmer", "asistencia por confirmar"),
    "Reviews {ref}:": ("Examen de {ref}\u00a0:", "Examen de {ref}:"),
    "Time": ("Horaire", "Horario"),
    "No.": ("N°", "N.º"),
    "Item": ("Point", "Punto"),
    "Lead": ("Pilote", "Responsable"),
    "The agenda has not been prepared yet.": ("L’ordre du jour n’est pas encore préparé.", "El orden del día aún no está preparado."),
    "presented by {name}": ("présenté par {name}", "presentado por {name}"),
    "Objective": ("Objectif", "Objetivo"),
    "Background": ("Contexte", "Antecedentes"),
    "Lines to take": ("Éléments de langage", "Argumentos"),
    "They will ask": ("Demandes attendues", "Peticiones previstas"),
    "Red line": ("Ligne rouge", "Línea roja"),
    "Related commitments": ("Engagements liés", "Compromisos relacionados"),
    "Key figures": ("Chiffres clés", "Cifras clave"),
    "Baseline": ("Référence", "Línea de base"),
    "Latest": ("Dernière valeur", "Último valor"),
    "Target": ("Cible", "Meta"),
    "Progress": ("Progression", "Avance"),
    "baseline {value}": ("référence {value}", "línea de base {value}"),
    "latest {value} ({date})": ("dernière valeur {value} ({date})", "último valor {value} ({date})"),
    "target {value}": ("cible {value}", "meta {value}"),
    " by {year}": (" en {year}", " en {year}"),
    "The counterpart delegation": ("La délégation de l’autre partie", "La delegación de la contraparte"),
    "head of delegation": ("chef de délégation", "jefe de delegación"),
    "The counterpart has not yet announced its delegation.": (
        "L’autre partie n’a pas encore annoncé sa délégation.",
        "La contraparte aún no ha anunciado su delegación.",
    ),
    "What was agreed last time": ("Ce qui a été convenu la dernière fois", "Lo acordado la última vez"),
    "This is the first session of the dialogue recorded here.": (
        "C’est la première session du dialogue enregistrée ici.",
        "Es la primera sesión del diálogo registrada aquí.",
    ),
    "Commitments made": ("Engagements pris", "Compromisos adoptados"),
    "Now": ("Aujourd’hui", "Hoy"),
    "Annexes": ("Annexes", "Anexos"),
    "Annex A — Agenda and timetable": ("Annexe A — Ordre du jour et horaires", "Anexo A — Orden del día y horario"),
    "Annex B — Item by item": ("Annexe B — Point par point", "Anexo B — Punto por punto"),
    "Annex C — The commitments in full": ("Annexe C — Les engagements in extenso", "Anexo C — Los compromisos en su totalidad"),
    "Annex D — The counterpart delegation": ("Annexe D — La délégation de l’autre partie", "Anexo D — La delegación de la contraparte"),
    "Annex E — What was agreed last time": ("Annexe E — Ce qui a été convenu la dernière fois", "Anexo E — Lo acordado la última vez"),
    "Annex F — Open follow-up actions": ("Annexe F — Actions de suivi en cours", "Anexo F — Acciones de seguimiento pendientes"),
    "none": ("aucun", "ninguno"),
    # item kinds
    "opening": ("ouverture", "apertura"),
    "discussion": ("discussion", "debate"),
    "decision": ("décision", "decisión"),
    "information": ("information", "información"),
    "review of commitments": ("revue des engagements", "examen de los compromisos"),
    "any other business": ("questions diverses", "asuntos varios"),
    "closing": ("clôture", "clausura"),
    # the default scales' labels
    "Not started": ("Non commencé", "No iniciado"),
    "On track": ("En bonne voie", "En buen camino"),
    "At risk": ("Menacé", "En riesgo"),
    "Off track": ("En difficulté", "Con retraso grave"),
    "Completed": ("Réalisé", "Cumplido"),
    "Dropped": ("Abandonné", "Abandonado"),
    "Limited": ("Limité", "Limitado"),
    "Substantial": ("Substantiel", "Sustancial"),
    "Complete": ("Complet", "Completo"),
    "Not complied (−1)": ("Non respecté (−1)", "No cumplido (−1)"),
    "Partly complied (0)": ("Partiellement respecté (0)", "Cumplido en parte (0)"),
    "Complied (+1)": ("Respecté (+1)", "Cumplido (+1)"),
    # the Word draft and the Excel register
    "Draft joint minutes of the {nth} session of the {name}": (
        "Projet de procès-verbal conjoint de la {nth} session — {name}",
        "Proyecto de acta conjunta de la {nth} sesión — {name}",
    ),
    "DRAFT for comments": ("PROJET soumis aux observations", "BORRADOR para observaciones"),
    "Copy of the agreed joint minutes of the {nth} session of the {name}": (
        "Copie du procès-verbal conjoint approuvé de la {nth} session — {name}",
        "Copia del acta conjunta aprobada de la {nth} sesión — {name}",
    ),
    "Copy of the agreed minutes; the agreed record is the joint minutes printed by Consult": (
        "Copie du procès-verbal approuvé\u00a0; fait foi le procès-verbal conjoint imprimé par Consult",
        "Copia del acta aprobada; da fe el acta conjunta impresa por Consult",
    ),
    "Agenda": ("Ordre du jour", "Orden del día"),
    "Reference": ("Référence", "Referencia"),
    "{label}: ": ("{label}\u00a0: ", "{label}: "),
}
from .negotiation_labels import LABELS as _NEGOTIATION  # noqa: E402  (kept in their own file)

LABELS.update(_NEGOTIATION)

PLURAL_PAIRS = {
    "{n} dialogue": "{n} dialogues",
    "The register holds {n} commitment: {parts}.": "The register holds {n} commitments: {parts}.",
    "{n} commitment overdue": "{n} commitments overdue",
    "not delivering: {who}": "not delivering (both): {who}",
}
"""Singular key → plural key, for :func:`nlabel`."""


def label(lang: str, text: str, **values) -> str:
    """``text`` in ``lang`` (English for any other language), placeholders filled."""
    if lang in ("fr", "es") and text in LABELS:
        text = LABELS[text][0 if lang == "fr" else 1]
    return text.format(**values) if values else text


def nlabel(lang: str, n: float, singular: str, **values) -> str:
    """The singular or plural label for ``n``, by ``lang``'s plural rule: '1 compromiso vencido', '4 compromisos vencidos'."""
    key = language.plural(n, lang, singular, PLURAL_PAIRS[singular])
    return label(lang, key, n=language.number(n, lang) if isinstance(n, (int, float)) else n, **values)


def language_name(lang: str, code: str) -> str:
    """The name of language ``code`` written in ``lang``: 'Spanish', 'espagnol' (Babel)."""
    return language.language_name(code, lang)


def glossary_table() -> str:
    """Every label as a Markdown table (English, French, Spanish): the body of ``docs/glossary.md``."""
    cell = lambda text: text.replace("|", "\\|").replace("\n", " ")  # noqa: E731
    rows = ["| English | Français | Español |", "|---|---|---|"]
    rows += [f"| {cell(en)} | {cell(fr)} | {cell(es)} |" for en, (fr, es) in LABELS.items()]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m consult_app.reports.labels > the table of docs/glossary.md
    print(glossary_table(), end="")
