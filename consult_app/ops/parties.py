"""The parties of a dialogue: their plain names and the protocol names the documents print."""

from __future__ import annotations

import copy
from collections.abc import Iterable

from ..domain.model import Dialogue, Party
from ..store import Workspace


def update_parties(ws: Workspace, dialogue_id: str, parties: Iterable[Party]) -> Dialogue:
    """Change the plain name and the protocol names (per working language) of some of a dialogue's parties.

    Args:
        dialogue_id: the dialogue the parties belong to.
        parties: each with the id of one of its parties, its new ``name`` and ``names`` ({lang: PartyName};
            a language left out, or with every form empty, prints the plain name). Codes and the home party stay.

    Returns:
        The dialogue as it now is.

    Raises:
        Invalid: one sentence naming the first field refused (``parties[1].names.fr.article: …``); nothing is changed.
        NotFound: no such dialogue.
    """
    return ws.update_parties(dialogue_id, [copy.deepcopy(p) for p in parties])
