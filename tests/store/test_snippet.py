"""Ctrl+K's snippets: the line where a word was found, cut around it on whole words (a French walk saw them begin mid-word)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from consult_app.domain.text import fold
from consult_app.store.search import snippet

LINE = (
    "Les deux délégations ont examiné la coopération consulaire, les retours volontaires et la délivrance des "
    "visas de circulation aux étudiants, chercheurs et entrepreneurs, dans le respect des engagements pris en 2002."
)


def whole(cut: str, line: str) -> bool:
    """``cut`` (with its "…") is a run of ``line`` that begins and ends on whole words."""
    inner = cut.removeprefix("…").removesuffix("…")
    starts = [m.start() for m in re.finditer(f"(?={re.escape(inner)})", line)]  # it may stand inside a longer word first
    return any((at == 0 or line[at - 1] == " ") and (at + len(inner) == len(line) or line[at + len(inner)] == " ") for at in starts)


def test_a_snippet_begins_and_ends_on_whole_words_around_the_word_found():
    cut = snippet(LINE, ["visas"])
    assert cut == "…et la délivrance des visas de circulation aux étudiants, chercheurs et…"
    assert whole(cut, LINE)


def test_the_word_is_found_where_it_begins_a_word():
    line = "Le ministère avisait la presse de chaque décision prise par les parties, puis de la politique des visa et du reste."
    assert "des visa et" in snippet(line, ["visa"], width=40)


def test_a_folded_letter_is_mapped_back_to_the_text():
    assert snippet("Die Zusammenarbeit an der Friedrichstraße in Berlin", ["friedrichstrasse"], width=30) == "…an der Friedrichstraße in…"


WORDS = st.lists(st.text("abcdeéß", min_size=1, max_size=12), min_size=1, max_size=40)


@given(WORDS, st.data(), st.integers(10, 90))
def test_any_snippet_is_whole_words_of_its_line_holding_the_word(words, data, width):
    line = " ".join(words)
    word = fold(data.draw(st.sampled_from(words)))
    cut = snippet(line, [word], width=width)
    assert whole(cut, line), (line, word, cut)
    assert word in fold(cut)
    assert whole(snippet(line, ["nowhere"], width=width), line)  # found in another field: the first line, on whole words too
