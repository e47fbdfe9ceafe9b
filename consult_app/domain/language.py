"""Language done by a library: dates, date ranges, times, numbers, plurals, ordinals and lists through Babel.

Every document, export and view that writes a date, a number or an ordinal
asks here, so "les 10 et 11 juin 2002", "1er juin", "9 h 30", "25 000" and
"3.ª" are written one way everywhere. Documents are printed in the languages
of :data:`SUPPORTED` (``ops.documents.print_languages``: a dialogue's working languages among them).

The protocol forms of a party's name ("la République française", "la
délégation malienne") are grammar too, and live here beside the dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache

# Babel is imported on first use: the window names ordinals at start-up, and Babel's import costs more than that.

SUPPORTED = ("en", "fr", "es")
"""The languages documents are printed in: every fixed label exists in each (see ``reports/labels.py``)."""


@cache
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


# ---------------------------------------------------------------------------
# Ordinals, plurals, numbers
# ---------------------------------------------------------------------------

_EN_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}

_ORDINAL_RULES = {
    "en": lambda n: "one" if n % 10 == 1 and n % 100 != 11 else "two" if n % 10 == 2 and n % 100 != 12 else "few" if n % 10 == 3 and n % 100 != 13 else "other",
    "fr": lambda n: "one" if n == 1 else "other",
    "es": lambda n: "one" if n % 10 in (1, 3) and n % 100 != 11 else "other",  # primer, tercer: 1.er, 3.er
}
"""CLDR's ordinal categories of the three languages, as Babel's ``Locale.ordinal_form`` gives them (a test compares
them for every n up to 10,000). Written out because the window names sessions by their ordinal while it starts,
and importing Babel there would cost a third of the start-up budget (bench/startup_bench.py)."""


def ordinal_form(n: int, lang: str) -> str:
    """The CLDR ordinal category of ``n`` in ``lang`` ('one', 'two', 'few', 'other'): Babel's, without Babel's import for en, fr, es."""
    rule = _ORDINAL_RULES.get(lang)
    return rule(abs(n)) if rule else _locale(lang).ordinal_form(n)


def ordinal(n: int, lang: str = "en", *, feminine: bool = True) -> str:
    """'3rd', '3e', '3.ª'; the first is '1re' (la session) or '1er' (le jour) in French, '1.ª' or '1.º' in Spanish.

    The category comes from CLDR (:func:`ordinal_form`); ``feminine`` chooses the
    form that agrees with the noun (session, sesión: feminine).
    """
    form = ordinal_form(n, lang if lang in SUPPORTED else "en")
    if lang == "fr":
        return f"{n}{('re' if feminine else 'er') if form == 'one' else 'e'}"
    if lang == "es":
        return f"{n}.{'ª' if feminine else 'er' if form == 'one' else 'º'}"
    return f"{n}{_EN_SUFFIX.get(form, 'th')}"


def plural(n: float, lang: str, one: str, other: str) -> str:
    """The form of a phrase for ``n`` in ``lang`` (CLDR plural rules: French counts 0 and 1 as singular)."""
    return one if _locale(lang).plural_form(abs(n)) == "one" else other


def number(value: float, lang: str = "en") -> str:
    """'25,000' in English, '25 000' in French; no decimals for whole numbers, at most two otherwise."""
    from babel.numbers import format_decimal

    if float(value).is_integer():
        return format_decimal(int(value), locale=lang)
    return format_decimal(round(value, 2), locale=lang)


def percent(share: float, lang: str = "en") -> str:
    """A share (0.78) as a percentage in the language's way: '78%', '78 %'."""
    from babel.numbers import format_percent

    return format_percent(share, locale=lang)


def join(items: Sequence[str], lang: str = "en") -> str:
    """'A and B', 'A, B et C', 'español e inglés' (Spanish 'y' becomes 'e' before an i sound)."""
    items = [x for x in items if x]
    if len(items) <= 1:
        return "".join(items)
    word = {"fr": "et", "es": "y"}.get(lang, "and")
    head, last = items[:-1], items[-1]
    if lang == "es" and re.match(r"(?i)h?i(?![aeoué])", last):
        word = "e"
    return f"{', '.join(head)} {word} {last}"


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------


def _date(d: dt.date | None, pattern: str, lang: str) -> str:
    """A date in a Babel pattern, the first of the month written '1er' in French."""
    from babel.dates import format_date

    if d is None:
        return ""
    text = format_date(d, pattern, locale=lang)
    return re.sub(r"^1(?=\s)", "1er", text) if lang == "fr" and d.day == 1 else text


def date_long(d: dt.date | None, lang: str = "en") -> str:
    """'June 1, 2003', '1er juin 2003', '1 de junio de 2003'."""
    return _date(d, "long", lang)


def date_short(d: dt.date | None, lang: str = "en") -> str:
    """A date in a table cell: 'Mar 31, 2003', '31 mars 2003', '31 mar 2003'."""
    return _date(d, "medium", lang)


def date_range(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """A compact range for headers and tables (Babel's ``format_interval``): '10–11 juin 2002'."""
    from babel.dates import format_interval

    if start == end:
        return date_long(start, lang)
    return format_interval(start, end, "yMMMMd", locale=lang)


def _day_month(d: dt.date, lang: str) -> str:
    return _date(d, {"fr": "d MMMM", "es": "d 'de' MMMM"}.get(lang, "MMMM d"), lang)


def dates_phrase(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """The dates of a meeting as a sentence says them.

    'les 10 et 11 juin 2002', 'los días 10 y 11 de junio de 2002', 'on June 10 and 11, 2002';
    'du 10 au 12 juin 2002'; 'le 1er juin 2002'.
    """
    if start == end:
        return {"fr": "le ", "es": "el "}.get(lang, "on ") + date_long(start, lang)
    same_year = start.year == end.year
    same_month = same_year and start.month == end.month
    two_days = (end - start).days == 1
    if lang == "fr":
        first = str(start.day) if same_month else (_day_month(start, lang) if same_year else date_long(start, lang))
        first = "1er" if first == "1" else first
        if two_days and same_month:
            return f"les {first} et {date_long(end, lang)}"
        return f"du {first} au {date_long(end, lang)}"
    if lang == "es":
        first = str(start.day) if same_month else (_day_month(start, lang) if same_year else date_long(start, lang))
        if two_days and same_month:
            return f"los días {first} y {date_long(end, lang)}"
        return f"del {first} al {date_long(end, lang)}"
    if same_month:
        month = _date(start, "MMMM", lang)
        link = "and" if two_days else "to"
        return f"{'on' if two_days else 'from'} {month} {start.day} {link} {end.day}, {end.year}"
    first = _day_month(start, lang) if same_year else date_long(start, lang)
    return f"from {first} to {date_long(end, lang)}"


def time_of_day(t: dt.time, lang: str = "en") -> str:
    """'09:30' in English, '9 h 30' in French, '9:30' in Spanish."""
    from babel.dates import format_time

    pattern = {"fr": "H 'h' mm", "es": "H:mm"}.get(lang, "HH:mm")
    return format_time(t, pattern, locale=lang)


# ---------------------------------------------------------------------------
# Names of languages
# ---------------------------------------------------------------------------


def language_name(code: str, lang: str = "en") -> str:
    """The name of language ``code`` written in ``lang``: 'Spanish', 'espagnol', 'español' (Babel's CLDR names)."""
    try:
        return _locale(lang).languages.get(code) or code
    except (ValueError, LookupError):
        return code


_FR_FEMININE = {"turc": "turque", "grec": "grecque", "basque": "basque"}


def language_adjective(code: str, lang: str = "en") -> str:
    """The language as an adjective after 'langue' / 'idioma' / 'language': 'française', 'español', 'English'."""
    name = language_name(code, lang)
    if lang != "fr":
        return name
    if name in _FR_FEMININE:
        return _FR_FEMININE[name]
    if name.endswith("e"):
        return name
    if name.endswith(("ien", "éen")):
        return name + "ne"
    return name + "e"


# ---------------------------------------------------------------------------
# French spacing
# ---------------------------------------------------------------------------

NO_BREAK = "\u00a0"


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « », so that a line never begins with the
    sign or leaves it alone at its end ('Échéance\u00a0:', '«\u00a0Ajouter\u00a0»'). Every French text the app and
    its documents print follows it (tests check the translations and the documents' labels)."""
    text = re.sub(r" ([:;?!»])", NO_BREAK + r"\1", text)
    text = re.sub(r"«[ ]?(?=[^\s])", "«" + NO_BREAK, text)
    return re.sub(r"(?<=[^\s])»", NO_BREAK + "»", text)


def labelled(label: str, value: str, lang: str = "en") -> str:
    """A value under its label on one line: 'France: Dominique Laurent'; in French with a no-break space before the colon
    ('France\u00a0: …'), as :func:`french_spacing` and the window's labels (ui/labels.py LABELLED) write it."""
    return f"{label}{NO_BREAK if lang == 'fr' else ''}: {value}"


def quoted(text: str, lang: str = "en") -> str:
    """Text between « » as a redline quotes it; in French with a no-break space inside each, as :func:`french_spacing`
    writes them ('«\u00a0évalué\u00a0»'), the quoted words themselves left as they are."""
    pad = NO_BREAK if lang == "fr" else ""
    return f"«{pad}{text}{pad}»"


# ---------------------------------------------------------------------------
# Protocol names of parties
# ---------------------------------------------------------------------------

_CONTRACTIONS = {
    "fr": ((r"\bde le\b", "du"), (r"\bde les\b", "des"), (r"\bà le\b", "au"), (r"\bà les\b", "aux")),
    "es": ((r"\bde el\b", "del"), (r"\ba el\b", "al")),
}


ARTICLES = {"fr": ("le", "la", "les", "l'", "l’"), "es": ("el", "la", "los", "las"), "en": ("the",)}
"""The articles a party's name may take in each language documents are printed in (or none: 'Mali' in English).
A language not listed here takes any article (its grammar is not known to Consult)."""


def contract(text: str, lang: str) -> str:
    """Apply the article contractions of ``lang``: 'de le Mali' → 'du Mali', 'de el Reino' → 'del Reino'."""
    for pattern, replacement in _CONTRACTIONS.get(lang, ()):
        text = re.sub(pattern, replacement, text)
    return text


def with_article(article: str, name: str) -> str:
    """'la France', "l'Italie", 'the United States', 'México'."""
    article = (article or "").strip()
    if not article:
        return name
    return f"{article}{name}" if article.endswith(("'", "’")) else f"{article} {name}"


def capitalise(text: str) -> str:
    """The first letter in upper case, the rest untouched: 'la délégation' → 'La délégation'."""
    return text[:1].upper() + text[1:] if text else text


def party_short(party, lang: str) -> str:
    """A party's short name without article ('France'), for tables; its plain name when none is set for ``lang``."""
    names = (party.names or {}).get(lang)
    return names.short if names and names.short else party.name


def party_the(party, lang: str) -> str:
    """A party's short name with its article, as a sentence says it: 'la France', 'le Mali', 'México'."""
    names = (party.names or {}).get(lang)
    if names and names.short:
        return with_article(names.article, names.short)
    return party.name


def party_formal(party, lang: str) -> str:
    """A party's formal name with its article: 'la République française', 'the Republic of Mali'."""
    names = (party.names or {}).get(lang)
    if names and names.formal:
        return with_article(names.formal_article, names.formal)
    return party_the(party, lang)


def delegation(party, lang: str) -> str:
    """'la délégation française', 'la delegación mexicana', 'the French delegation' (or '… of …' without an adjective)."""
    names = (party.names or {}).get(lang)
    adjective = names.adjective if names else ""
    if adjective:
        return {"fr": f"la délégation {adjective}", "es": f"la delegación {adjective}"}.get(lang, f"the {adjective} delegation")
    the = party_the(party, lang)
    return contract({"fr": f"la délégation de {the}", "es": f"la delegación de {the}"}.get(lang, f"the delegation of {the}"), lang)


STOCK_MEMBER = frozenset({"member", "membre", "miembro"})
"""A plain member's role as typed in any language of the interface: printed as the document's own word."""


def delegate_role(role: str, is_head: bool, t: Callable[[str], str]) -> str:
    """A delegate's role as the minutes print it and the window shows it (``t`` translates into the document's, or the
    interface's, language).

    The head's is always "Head of delegation"; a plain member's ("Member", "Miembro", or none) "Member"; any other role
    ("Legal adviser", or "Chef de délégation" typed for one who is not the head) stays as it was typed.
    """
    if is_head:
        return t("Head of delegation")
    return t("Member") if role.strip().casefold() in STOCK_MEMBER | {""} else role


def head_of_delegation(party, lang: str) -> str:
    """The function line of a signatory: 'Le Chef de la délégation malienne', 'Head of the French delegation'."""
    phrase = delegation(party, lang)
    return contract({"fr": f"Le Chef de {phrase}", "es": f"El Jefe de {phrase}"}.get(lang, f"Head of {phrase}"), lang)


_COPIES = {
    "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"},
    "fr": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze"},
    "es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce"},
}


def count_word(n: int, lang: str) -> str:
    """A small count in words, as treaty language writes the number of originals ('deux', 'two'); digits above twelve."""
    return _COPIES.get(lang, _COPIES["en"]).get(n) or number(n, lang)
