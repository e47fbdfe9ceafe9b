"""Every fixed label of the printed documents, in English, French and Spanish.

Keys are the English text; ``label(lang, text, **values)`` returns the text in
``lang`` with ``{placeholders}`` filled. A test checks that every label has all
three languages and keeps its placeholders.
"""

from __future__ import annotations

LANGS = ("en", "fr", "es")

LABELS: dict[str, tuple[str, str]] = {
    # shared
    "Page {page} of {total}": ("Page {page} sur {total}", "Página {page} de {total}"),
    "DRAFT": ("PROJET", "BORRADOR"),
    "Jointly": ("Conjointement", "Conjuntamente"),
    "{nth} session": ("{nth} session", "{nth} sesión"),
    "Ref.": ("Réf.", "Ref."),
    "Commitment": ("Engagement", "Compromiso"),
    "Due": ("Échéance", "Vencimiento"),
    "Action": ("Action", "Acción"),
    "Assigned to": ("Confiée à", "Asignada a"),
    "Summary": ("Résumé", "Resumen"),
    "Conclusions": ("Conclusions", "Conclusiones"),
    "Party": ("Partie", "Parte"),
    "Status": ("État", "Estado"),
    "OVERDUE": ("EN RETARD", "VENCIDO"),
    "INTERNAL": ("INTERNE", "INTERNO"),
    "INTERNAL — NOT FOR THE OTHER DELEGATION": ("INTERNE — NE PAS COMMUNIQUER À L’AUTRE DÉLÉGATION", "INTERNO — NO COMUNICAR A LA OTRA DELEGACIÓN"),
    "Texts in {language}, the dialogue’s working language.": ("Textes en {language}, langue de travail du dialogue.", "Textos en {language}, lengua de trabajo del diálogo."),
    "Follow-up actions": ("Actions de suivi", "Acciones de seguimiento"),
    # minutes
    "Joint minutes of the {nth} session of the {name}": ("Procès-verbal conjoint de la {nth} session — {name}", "Acta conjunta de la {nth} sesión — {name}"),
    "Draft for agreement — minutes {state}, not yet agreed by the parties.": (
        "Projet soumis à approbation — procès-verbal {state}, pas encore approuvé par les parties.",
        "Borrador para aprobación — acta {state}, aún no aprobada por las partes.",
    ),
    "draft": ("en projet", "en borrador"),
    "circulated": ("transmis", "enviada"),
    "agreed": ("approuvé", "aprobada"),
    "Texts in {languages}, side by side.": ("Textes en {languages}, côte à côte.", "Textos en {languages}, en paralelo."),
    " and ": (" et ", " y "),
    "Delegations": ("Délégations", "Delegaciones"),
    "Delegation of {party}": ("Délégation : {party}", "Delegación: {party}"),
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
    "The parties agreed to hold the next session in {venue} on {dates}.": (
        "Les parties sont convenues de tenir la prochaine session à {venue} du {dates}.",
        "Las partes acordaron celebrar la próxima sesión en {venue} el {dates}.",
    ),
    "The date and place of the next session will be agreed through diplomatic channels.": (
        "La date et le lieu de la prochaine session seront fixés par la voie diplomatique.",
        "La fecha y el lugar de la próxima sesión se acordarán por vía diplomática.",
    ),
    "For {party}": ("Pour {party}", "Por {party}"),
    "Done at {place} on {date}.": ("Fait à {place}, le {date}.", "Hecho en {place}, el {date}."),
    "English": ("anglais", "inglés"),
    "French": ("français", "francés"),
    "Spanish": ("espagnol", "español"),
    "Romanian": ("roumain", "rumano"),
    "Italian": ("italien", "italiano"),
    # tracker
    "Progress tracker — {scope}": ("Tableau de suivi — {scope}", "Cuadro de seguimiento — {scope}"),
    "{n} dialogues": ("{n} dialogues", "{n} diálogos"),
    "As of {date}": ("Au {date}", "A {date}"),
    "Joint edition: shared with the other delegation": ("Édition conjointe : partagée avec l’autre délégation", "Edición conjunta: compartida con la otra delegación"),
    "Internal edition: not for the other delegation": ("Édition interne : ne pas communiquer à l’autre délégation", "Edición interna: no comunicar a la otra delegación"),
    "Status by party": ("État par partie", "Estado por parte"),
    "Total": ("Total", "Total"),
    "Overdue": ("En retard", "Vencidos"),
    "No commitments recorded yet.": ("Aucun engagement enregistré pour l’instant.", "Aún no hay compromisos registrados."),
    "Quid pro quo: reciprocal commitments": ("Donnant-donnant : engagements réciproques", "Quid pro quo: compromisos recíprocos"),
    "One side": ("Une partie", "Una parte"),
    "Other side": ("L’autre partie", "La otra parte"),
    "Honoured?": ("Respecté ?", "¿Cumplido?"),
    "Yes": ("Oui", "Sí"),
    "both sides delivering": ("les deux parties tiennent leurs engagements", "ambas partes cumplen"),
    "No": ("Non", "No"),
    "not delivering: {who}": ("n’ont pas tenu leurs engagements : {who}", "no cumplen: {who}"),
    "Other commitments": ("Autres engagements", "Otros compromisos"),
    "Party and institution": ("Partie et institution", "Parte e institución"),
    "Latest update": ("Dernière mise à jour", "Última actualización"),
    "Indicator": ("Indicateur", "Indicador"),
    "{latest} of {target} ({share} %)": ("{latest} sur {target} ({share} %)", "{latest} de {target} ({share} %)"),
    "not measured": ("non mesuré", "sin medir"),
    "What changed since the {nth} session ({date})": ("Ce qui a changé depuis la {nth} session ({date})", "Qué ha cambiado desde la {nth} sesión ({date})"),
    "No status changes recorded since then.": ("Aucun changement d’état depuis.", "Ningún cambio de estado desde entonces."),
    "Date": ("Date", "Fecha"),
    "Note": ("Note", "Nota"),
    "Open and overdue follow-up actions": ("Actions de suivi en cours et en retard", "Acciones de seguimiento pendientes y vencidas"),
    "None.": ("Aucune.", "Ninguna."),
    "State": ("État", "Estado"),
    "open": ("en cours", "pendiente"),
    "in progress": ("engagée", "en curso"),
    # brief
    "Ministerial brief — {title}": ("Note ministérielle — {title}", "Nota ministerial — {title}"),
    "{nth} session of the {name}": ("{nth} session — {name}", "{nth} sesión — {name}"),
    "MINISTERIAL BRIEF": ("NOTE MINISTÉRIELLE", "NOTA MINISTERIAL"),
    "Hosted by {party}": ("Accueillie par {party}", "Organizada por {party}"),
    "Prepared by the secretariat on {date}.": ("Préparée par le secrétariat le {date}.", "Preparada por la secretaría el {date}."),
    "The register holds {n} commitments: {parts}.": ("Le registre compte {n} engagements : {parts}.", "El registro contiene {n} compromisos: {parts}."),
    "No commitments are recorded yet.": ("Aucun engagement n’est encore enregistré.", "Aún no hay compromisos registrados."),
    "{n} overdue:": ("{n} en retard :", "{n} vencidos:"),
    "Quid pro quo at risk": ("Donnant-donnant menacé", "Quid pro quo en riesgo"),
    "{who} not delivering.": ("{who} ne tient pas ses engagements.", "{who} no cumple."),
    "Points to watch": ("Points de vigilance", "Puntos de atención"),
    "Our objectives": ("Nos objectifs", "Nuestros objetivos"),
    "Agenda — {date}, from {time}": ("Ordre du jour — {date}, à partir de {time}", "Orden del día — {date}, a partir de las {time}"),
    "Agenda — {dates}": ("Ordre du jour — {dates}", "Orden del día — {dates}"),
    "Day {n} — {date}": ("Jour {n} — {date}", "Día {n} — {date}"),
    "attendance to be confirmed": ("présence à confirmer", "asistencia por confirmar"),
    "Time": ("Horaire", "Horario"),
    "No.": ("N°", "N.º"),
    "Item": ("Point", "Punto"),
    "Lead": ("Pilote", "Responsable"),
    "The agenda has not been prepared yet.": ("L’ordre du jour n’est pas encore préparé.", "El orden del día aún no está preparado."),
    "presented by {name}": ("présenté par {name}", "presentado por {name}"),
    "Objective": ("Objectif", "Objetivo"),
    "Background": ("Contexte", "Antecedentes"),
    "Lines to take": ("Éléments de langage", "Argumentos"),
    "Status of related commitments": ("État des engagements liés", "Estado de los compromisos relacionados"),
    "Key figures": ("Chiffres clés", "Cifras clave"),
    "baseline {value}": ("référence {value}", "línea de base {value}"),
    "latest {value} ({date})": ("dernière valeur {value} ({date})", "último valor {value} ({date})"),
    "target {value}": ("cible {value}", "meta {value}"),
    " by {year}": (" en {year}", " en {year}"),
    "The counterpart delegation": ("La délégation de l’autre partie", "La delegación de la contraparte"),
    "head of delegation": ("chef de délégation", "jefe de delegación"),
    "The counterpart has not yet announced its delegation.": ("L’autre partie n’a pas encore annoncé sa délégation.", "La contraparte aún no ha anunciado su delegación."),
    "What was agreed last time": ("Ce qui a été convenu la dernière fois", "Lo acordado la última vez"),
    "This is the first session of the dialogue recorded here.": ("C’est la première session du dialogue enregistrée ici.", "Es la primera sesión del diálogo registrada aquí."),
    "Commitments made": ("Engagements pris", "Compromisos adoptados"),
    "Now": ("Aujourd’hui", "Hoy"),
    # item kinds
    "opening": ("ouverture", "apertura"),
    "discussion": ("discussion", "debate"),
    "decision": ("décision", "decisión"),
    "information": ("information", "información"),
    "review of commitments": ("revue des engagements", "revisión de los compromisos"),
    "any other business": ("questions diverses", "asuntos varios"),
    "closing": ("clôture", "clausura"),
    # the default scales' labels
    "Not started": ("Non commencé", "No iniciado"),
    "On track": ("En bonne voie", "En curso"),
    "At risk": ("Menacé", "En riesgo"),
    "Off track": ("En difficulté", "Desviado"),
    "Completed": ("Réalisé", "Cumplido"),
    "Dropped": ("Abandonné", "Abandonado"),
    "Limited": ("Limité", "Limitado"),
    "Substantial": ("Substantiel", "Sustancial"),
    "Complete": ("Complet", "Completo"),
}

LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ro": "Romanian", "it": "Italian"}


def label(lang: str, text: str, **values) -> str:
    """``text`` in ``lang`` (English for any other language), placeholders filled."""
    if lang in ("fr", "es") and text in LABELS:
        text = LABELS[text][0 if lang == "fr" else 1]
    return text.format(**values) if values else text


def language_name(lang: str, code: str) -> str:
    """The name of language ``code`` written in ``lang``: 'Spanish', 'espagnol'."""
    return label(lang, LANGUAGE_NAMES.get(code, code))


def ordinal(lang: str, n: int) -> str:
    from ..domain.rules import ordinal as english

    if lang == "fr":
        return "1re" if n == 1 else f"{n}e"
    if lang == "es":
        return f"{n}.ª"
    return english(n)
