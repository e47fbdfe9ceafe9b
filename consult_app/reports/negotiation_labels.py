"""The labels of the negotiated minutes (compare, agreed record) and of each party's assessment, in French and Spanish.

Merged into :data:`consult_app.reports.labels.LABELS` (kept apart so the documents' own list stays as it is).
"""

LABELS: dict[str, tuple[str, str]] = {
    # the agreed record
    "Agreed version {version} · SHA-256 {hash}": ("Version approuvée {version} · SHA-256 {hash}", "Versión aprobada {version} · SHA-256 {hash}"),
    "Agreed version {version} (amended) · SHA-256 {hash}": (
        "Version approuvée {version} (amendée) · SHA-256 {hash}",
        "Versión aprobada {version} (enmendada) · SHA-256 {hash}",
    ),
    "Agreed record": ("Acte approuvé", "Acta aprobada"),
    "The heads of delegation signed off version {version} of these minutes, whose texts have the SHA-256 hash {hash}.": (
        "Les chefs de délégation ont approuvé la version {version} du présent procès-verbal, dont les textes ont l’empreinte SHA-256 {hash}.",
        "Los jefes de delegación aprobaron la versión {version} de la presente acta, cuyos textos tienen la huella SHA-256 {hash}.",
    ),
    "Signed off": ("Approuvé par", "Aprobada por"),
    "For": ("Pour", "Por"),
    "Amendments": ("Amendements", "Enmiendas"),
    "Amendment of {date}, by {author}: {reason}": ("Amendement du {date}, par {author}\u00a0: {reason}", "Enmienda del {date}, por {author}: {reason}"),
    "In force, signed off by {names}.": ("En vigueur, approuvé par {names}.", "En vigor, aprobada por {names}."),
    "Awaiting sign-off; signed off so far by {names}.": (
        "En attente d’approbation\u00a0; approuvé à ce jour par {names}.",
        "Pendiente de aprobación; aprobada hasta ahora por {names}.",
    ),
    "nobody": ("personne", "nadie"),
    "Title": ("Titre", "Título"),
    # compare
    "Comparison of versions {old} and {new} of the joint minutes of the {nth} session of the {name}": (
        "Comparaison des versions {old} et {new} du procès-verbal conjoint de la {nth} session — {name}",
        "Comparación de las versiones {old} y {new} del acta conjunta de la {nth} sesión — {name}",
    ),
    "Version {number}: circulated by {party} on {date}; SHA-256 {hash}.": (
        "Version {number}\u00a0: transmise par {party} le {date}\u00a0; SHA-256 {hash}.",
        "Versión {number}: enviada por {party} el {date}; SHA-256 {hash}.",
    ),
    "Deleted text is struck through in red, inserted text underlined in green; each change is listed below its text.": (
        "Le texte supprimé est barré en rouge, le texte inséré souligné en vert\u00a0; chaque modification est reprise sous son texte.",
        "El texto suprimido aparece tachado en rojo y el insertado subrayado en verde; cada cambio se detalla bajo su texto.",
    ),
    "Deleted:": ("Supprimé\u00a0:", "Suprimido:"),
    "Inserted:": ("Inséré\u00a0:", "Insertado:"),
    "{count} texts differ between the two versions.": ("{count} textes diffèrent entre les deux versions.", "{count} textos difieren entre las dos versiones."),
    "One text differs between the two versions.": ("Un texte diffère entre les deux versions.", "Un texto difiere entre las dos versiones."),
    "No text differs between the two versions.": ("Aucun texte ne diffère entre les deux versions.", "Ningún texto difiere entre las dos versiones."),
    # each party's assessment
    "Register": ("Registre", "Registro"),
    "as assessed by each party": ("selon l’évaluation de chaque partie", "según la evaluación de cada parte"),
    "Assessed by": ("Évalué par", "Evaluado por"),
    "not assessed": ("non évalué", "sin evaluar"),
    "Assessments differ": ("Évaluations divergentes", "Evaluaciones distintas"),
}
