"""A web or e-mail address keeps its ".ee": the filler "ee" is dropped only as a hesitation (new-user batch 69/70,
found by the b69tele helper: "(eesti.ee v KOV)" became "(eesti.v kohalik omavalitsus)")."""
import pytest

from trainer.text.spoken import normalize_input


def _text(text: str, lang: str) -> str:
    return normalize_input(text, lang).text


@pytest.mark.parametrize("text, lang, kept", [
    ("Elukoha saate muuta portaalis eesti.ee või vallas.", "et", "eesti.ee"),
    ("kirjutage meile info@sotsiaalkindlustusamet.ee aadressile", "et", "info@sotsiaalkindlustusamet.ee"),
    ("vaadake maksuameti lehte emta.ee, seal on kõik kirjas", "et", "emta.ee"),
    ("Адрес поменяйте на портале eesti.ee или в самоуправлении.", "ru", "eesti.ee"),
    ("пишите на info@sotsiaalkindlustusamet.ee, ответим", "ru", "info@sotsiaalkindlustusamet.ee"),
])
def test_address_keeps_its_domain(text, lang, kept):
    assert kept in _text(text, lang)


@pytest.mark.parametrize("text, lang, gone", [
    ("ee no vaadake, pension tuleb viiendal", "et", "ee no"),
    ("Jah, ee. Pension tuleb viiendal.", "et", "ee."),
    ("ээ ну пенсия придёт пятого", "ru", "ээ"),
    ("Nii et ee, teeme nii.", "et", "ee,"),
])
def test_hesitation_is_still_dropped(text, lang, gone):
    assert gone not in _text(text, lang)
