"""Language done by Babel: ordinals, dates and ranges, times, numbers, plurals, lists, party names, refusals."""

import datetime as dt

import pytest

from consult_app.domain import language
from consult_app.domain.model import Party, PartyName


@pytest.mark.parametrize(
    "n, lang, text",
    [
        (1, "en", "1st"),
        (2, "en", "2nd"),
        (3, "en", "3rd"),
        (4, "en", "4th"),
        (11, "en", "11th"),
        (12, "en", "12th"),
        (13, "en", "13th"),
        (21, "en", "21st"),
        (102, "en", "102nd"),
        (1, "fr", "1re"),
        (2, "fr", "2e"),
        (21, "fr", "21e"),
        (1, "es", "1.ª"),
        (3, "es", "3.ª"),
    ],
)
def test_one_ordinal_for_every_language(n, lang, text):
    assert language.ordinal(n, lang) == text


def test_ordinal_categories_are_babels():
    """The written-out CLDR categories agree with Babel's for every n up to 10,000, in each language."""
    from babel import Locale

    for lang in language.SUPPORTED:
        babel = Locale.parse(lang)
        assert [n for n in range(10_001) if language.ordinal_form(n, lang) != babel.ordinal_form(n)] == [], lang
    assert language.ordinal_form(3, "it") == Locale.parse("it").ordinal_form(3)  # another language asks Babel


def test_masculine_ordinals():
    assert language.ordinal(1, "fr", feminine=False) == "1er"
    assert language.ordinal(1, "es", feminine=False) == "1.er" and language.ordinal(2, "es", feminine=False) == "2.º"


def test_the_first_of_the_month_in_french():
    assert language.date_long(dt.date(2003, 6, 1), "fr") == "1er juin 2003"
    assert language.date_long(dt.date(2003, 6, 2), "fr") == "2 juin 2003"
    assert language.date_long(dt.date(2003, 6, 1), "es") == "1 de junio de 2003"


@pytest.mark.parametrize(
    "start, end, lang, text",
    [
        ((2002, 6, 10), (2002, 6, 11), "fr", "les 10 et 11 juin 2002"),
        ((2003, 6, 16), (2003, 6, 17), "es", "los días 16 y 17 de junio de 2003"),
        ((2002, 6, 10), (2002, 6, 11), "en", "on June 10 and 11, 2002"),
        ((2002, 6, 10), (2002, 6, 12), "fr", "du 10 au 12 juin 2002"),
        ((2002, 6, 1), (2002, 6, 3), "fr", "du 1er au 3 juin 2002"),
        ((2002, 6, 30), (2002, 7, 2), "fr", "du 30 juin au 2 juillet 2002"),
        ((2002, 6, 30), (2002, 7, 2), "es", "del 30 de junio al 2 de julio de 2002"),
        ((2002, 6, 30), (2002, 7, 2), "en", "from June 30 to July 2, 2002"),
        ((2002, 12, 31), (2003, 1, 1), "fr", "du 31 décembre 2002 au 1er janvier 2003"),
        ((2002, 6, 1), (2002, 6, 1), "fr", "le 1er juin 2002"),
    ],
)
def test_dates_as_a_sentence_says_them(start, end, lang, text):
    assert language.dates_phrase(dt.date(*start), dt.date(*end), lang) == text


def test_compact_ranges_come_from_babel_format_interval():
    assert language.date_range(dt.date(2002, 6, 10), dt.date(2002, 6, 11), "fr") == "10–11 juin 2002"
    assert language.date_range(dt.date(2002, 6, 10), dt.date(2002, 6, 11), "es") == "10–11 de junio de 2002"


def test_times_numbers_percentages():
    assert language.time_of_day(dt.time(9, 30), "fr") == "9 h 30"
    assert language.time_of_day(dt.time(9, 30), "en") == "09:30"
    assert language.time_of_day(dt.time(9, 30), "es") == "9:30"
    assert language.number(2_500_000, "en") == "2,500,000"
    assert language.number(2_500_000, "fr").replace("\u202f", " ") == "2 500 000"
    assert language.percent(1.07, "en") == "107%"
    assert language.percent(1.07, "fr").replace("\u202f", " ").replace("\xa0", " ") == "107 %"


def test_plurals_follow_the_language():
    assert language.plural(1, "es", "vencido", "vencidos") == "vencido"
    assert language.plural(4, "es", "vencido", "vencidos") == "vencidos"
    assert language.plural(0, "fr", "un", "des") == "un"  # French counts 0 as singular
    assert language.plural(0, "en", "one", "many") == "many"


def test_lists():
    assert language.join(["español", "inglés"], "es") == "español e inglés"
    assert language.join(["inglés", "español"], "es") == "inglés y español"
    assert language.join(["française", "anglaise"], "fr") == "française et anglaise"
    assert language.join(["a", "b", "c"], "en") == "a, b and c"


def test_language_adjectives():
    assert language.language_adjective("fr", "fr") == "française"
    assert language.language_adjective("en", "fr") == "anglaise"
    assert language.language_adjective("it", "fr") == "italienne"
    assert language.language_adjective("ar", "fr") == "arabe"
    assert language.language_adjective("en", "es") == "inglés"
    assert language.language_adjective("es", "en") == "Spanish"


def test_party_protocol_names():
    mali = Party("ML", "Mali", names={"fr": PartyName("Mali", "le", "République du Mali", "la", "malienne")})
    italy = Party("IT", "Italy", names={"fr": PartyName("Italie", "l'", "République italienne", "la", "")})
    assert language.party_the(mali, "fr") == "le Mali"
    assert language.party_formal(mali, "fr") == "la République du Mali"
    assert language.delegation(mali, "fr") == "la délégation malienne"
    assert language.head_of_delegation(mali, "fr") == "Le Chef de la délégation malienne"
    assert language.party_the(italy, "fr") == "l'Italie"
    assert language.delegation(italy, "fr") == "la délégation de l'Italie"
    assert language.contract("la délégation de le Mali", "fr") == "la délégation du Mali"
    assert language.contract("la delegación de el Reino", "es") == "la delegación del Reino"
    # no names in a language: the plain name everywhere
    assert language.party_formal(mali, "en") == "Mali" and language.delegation(mali, "en") == "the delegation of Mali"
