"""Text helpers that every layer shares: search folding and input hygiene."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark, so
# that NFKD alone would leave them unmatched by a plain-ASCII query.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ŀ": "l",
        "Ŀ": "l",
        "ĸ": "k",
        "ŋ": "n",
        "Ŋ": "n",
    }
)

# Serbian Cyrillic to Latin (Gaj), so "Ђорђе" is found by "djordje" and "dorde".
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "ђ": "d",
        "е": "e",
        "ж": "z",
        "з": "z",
        "и": "i",
        "ј": "j",
        "к": "k",
        "л": "l",
        "љ": "lj",
        "м": "m",
        "н": "n",
        "њ": "nj",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "ћ": "c",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "c",
        "џ": "dz",
        "ш": "s",
        "й": "i",
        "ы": "y",
        "э": "e",
        "ю": "ju",
        "я": "ja",
        "ь": "",
        "ъ": "",
        "ё": "e",
        "щ": "sc",
        "і": "i",
        "ї": "i",
        "є": "e",
    }
)


# Combining marks (accents) to drop after decomposition, as one translate table:
# C speed, where a per-character test in Python was the register's bottleneck.
_MARKS = {cp: None for cp in (*range(0x0300, 0x2100), *range(0xFE20, 0xFE30)) if unicodedata.combining(chr(cp))}


def fold(text: str) -> str:
    """Fold text for search: lower case, no accents, no special letters.

    ``fold("Bakanlığı") == "bakanligi"``, ``fold("cooperării") == "cooperarii"``,
    ``fold("Đorđe") == "dorde"``, ``fold("Ђорђе") == "dorde"``.
    """
    # Decompose first (so compatibility forms like 𝕬 become A), then fold the
    # letters that do not decompose, lower-case, and decompose again because
    # lower-casing can itself produce decomposable letters (İ -> i̇).
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED).lower().translate(_CYRILLIC)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    folded = decomposed.translate(_MARKS)
    # marks outside the table's ranges (rare scripts) are dropped one by one
    return folded if folded.isascii() else "".join(ch for ch in folded if not unicodedata.combining(ch))


# C0/C1 control characters except tab and newline (so also CR, NUL and ESC),
# plus the Unicode non-characters and lone surrogates that SQLite or JSON
# would choke on. Refused in every stored text (``validate.text``).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def control_characters(text: str) -> bool:
    """True when ``text`` holds characters that are never meant to be typed."""
    return bool(_CONTROL.search(text))


def lone_surrogates(text: str) -> bool:
    """True when ``text`` holds half of a UTF-16 surrogate pair: broken Unicode that no encoder can write."""
    return bool(_SURROGATE.search(text))


def printable(text: str) -> str:
    """``text`` safe to print in a message: control characters, lone surrogates and non-characters as ``\\uXXXX``.

    A terminal never receives an escape sequence from a hostile file, and a
    lone surrogate (which no encoder can write) never breaks the message.
    """
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """:func:`printable`, with line breaks and tabs escaped too (``\\n``, ``\\t``): for a name inside a one-line message."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")


def clean(text: str) -> str:
    """Strip control characters (pasted from other programs) and outer blanks."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def shorten(text: str, limit: int) -> str:
    """Text on one line, cut with an ellipsis after ``limit`` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def counted(n: int, one: str, other: str | None = None) -> str:
    """'1 dialogue', '2 dialogues' (``other`` when the plural is not ``one`` + s): the English of the command line and its reports."""
    return f"{n} {one if n == 1 else other or one + 's'}"
