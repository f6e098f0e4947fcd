"""Batch 49: Russian typed in Latin letters (new-user batch 49 death-report-ru terse): a pronoun "ee" is «её», not the
interjection «ээ»; a plural "-ye" ending is «-ые» rather than a name ("dannye" «данные»); an infinitive typed without
its soft sign next to a word that governs one is the infinitive ("soobshat ne nado" «сообщать», "potrebujut vernut"
«вернуть»), while "oni vernut dengi" stays «вернут». On own sentences with must-nots."""

import pytest

from trainer.text.translit import cyrillic_text, to_cyrillic


@pytest.mark.parametrize("latin, cyrillic", [
    ("ee", "её"), ("ego", "его"), ("ej", "ей"), ("emu", "ему"),
    ("dannye", "данные"), ("novye", "новые"), ("lichnye", "личные"),
    ("eto", "это"), ("den", "день"), ("Olga", "ольга"),
])
def test_word_spellings(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize("latin, expected, absent", [
    ("pensiju ispolzovat nelzja, ee potrebujut vernut.", "её потребуют вернуть", "ээ"),
    ("soobshat otdelno ne nado, my poluchaem dannye iz registra.", "сообщать отдельно не надо", "dannye"),
    ("vam nado poluchit spravku v upravlenii.", "надо получить", "получит "),
    ("nelzja ispolzovat i nado vernut den'gi.", "надо вернуть", "вернут "),
])
def test_infinitive_next_to_its_governor(latin, expected, absent):
    text = cyrillic_text(latin)
    assert expected in text and absent not in text, text


@pytest.mark.parametrize("latin, expected", [
    ("oni vernut dengi na schet v techenie mesjaca.", "они вернут деньги"),
    ("bank skazal, chto oni vernut summu.", "они вернут сумму"),
    ("mama poluchit pensiju v sledujushem mesjace.", "мама получит пенсию"),
])
def test_a_finite_verb_stays_finite(latin, expected):
    assert expected in cyrillic_text(latin), cyrillic_text(latin)


@pytest.mark.parametrize("latin, cyrillic", [
    ("Nalogovo-tamozhennyj", "налогово-таможенный"),   # new-user batch 50 redirects-pillar-tax-pin-ru terse
    ("finansovo-ekonomicheskij", "финансово-экономический"),
    ("infoliniya", "инфолиния"), ("infolinija", "инфолиния"),
    ("po-russki", "по-русски"), ("kto-nibud", "кто-нибудь"),
])
def test_hyphenated_words_and_stump_compounds(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize("latin", ["Mobiil-ID", "Smart-ID", "e-teenindus"])
def test_estonian_and_brand_hyphenations_stay_latin(latin):
    assert to_cyrillic(latin) is None


def test_a_translit_sentence_with_a_compound_adjective_is_russian():
    text = cyrillic_text("tochno skazhet Nalogovo-tamozhennyj departament (EMTA), emta.ee ili ih infoliniya.")
    assert "скажет налогово-таможенный департамент" in text.lower() and "инфолиния" in text, text


@pytest.mark.parametrize("latin, expected", [
    ("zdravstvujte, SKA, kadri. chem mogu pomoch?", "здравствуйте"),
    ("dobryj den, SKA, marina slushaet.", "добрый день"),
])
def test_a_greeting_with_the_agents_name_is_russian(latin, expected):
    assert expected in cyrillic_text(latin).lower(), cyrillic_text(latin)


def test_an_estonian_sentence_with_a_name_stays_estonian():
    text = "tere, SKA, kadri kuuleb. kuidas saan aidata?"
    assert cyrillic_text(text) == text


@pytest.mark.parametrize("latin, expected", [
    ("na stepen invalidnosti, t.k. vy trudosposobnogo vozrasta.", "т.к. вы трудоспособного"),
    ("podrobnee na sajte emta.ee ili pishite na info@ska.ee", "emta.ee"),
])
def test_an_abbreviation_with_dots_is_no_address(latin, expected):
    assert expected in cyrillic_text(latin), cyrillic_text(latin)
