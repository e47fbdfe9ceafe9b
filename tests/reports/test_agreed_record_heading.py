"""The agreed-record table of the PDF minutes heads its date column as a date in every language."""

from __future__ import annotations

from consult_app.ops import documents
from consult_app.store import Workspace

from .test_documents import flat
from .test_frozen_delegations import agree, session3
from .test_spanish_minutes import agree_us_mx_2


def test_the_french_agreed_record_heads_its_date_column_date_not_le(demo_path):
    """It read "Pour Approuvé par Le": "Le" is the start of a date ("le 3 mars"), not the name of a column (Spanish said "Fecha")."""
    with Workspace.open(demo_path) as ws:
        agree(ws)
        s = session3(ws)
        text = flat(documents.minutes(ws, s.id, ["fr"]).render())
        _d, usmx = agree_us_mx_2(ws)
        english, spanish = (flat(documents.minutes(ws, usmx.id, [lang]).render()) for lang in ("en", "es"))
    assert "Pour Approuvé par Date " in text and "Approuvé par Le " not in text
    assert "For Signed off Date " in english and "Por Aprobada por Fecha " in spanish
