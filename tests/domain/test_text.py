from hypothesis import given
from hypothesis import strategies as st

from consult_app.domain.text import clean, control_characters, fold


def test_fold_handles_letters_unicode_does_not_decompose():
    assert fold("Bakanlığı") == "bakanligi"
    assert fold("İçişleri") == "icisleri"
    assert fold("cooperării") == "cooperarii"
    assert fold("Ștefan Țurcanu") == "stefan turcanu"
    assert fold("Đorđe") == "dorde"
    assert fold("Ђорђе") == "dorde"
    assert fold("Malí Keïta") == "mali keita"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_clean_leaves_no_control_characters(text):
    assert not control_characters(clean(text))


def test_control_characters_but_not_newlines_or_tabs():
    assert control_characters("a\x00b")
    assert control_characters("bell\x07")
    assert not control_characters("line one\nline two\tcolumn")
