"""Folding, tokenisation, sentences, language detection."""

import pytest

from trainer.text import PhraseSet, detect_language, fold, split_sentences, tokenize


def test_fold():
    assert fold("Õun Äri Öö Üks Šokk Žürii") == "oun ari oo uks sokk zurii"
    assert fold("Ёлка ЙОД") == "елка йод"  # й stays
    assert fold("o\u0303un") == "oun"  # combining tilde (NFD input)


def test_tokenize_offsets_and_kinds():
    text = "Tere! SKA-st sain 1245,60 eurot; kood 376 0503 0299, e-posti teel."
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    words = [t.text for t in toks if t.is_word]
    assert words == ["Tere", "SKA-st", "sain", "eurot", "kood", "e-posti", "teel"]
    nums = [t.text for t in toks if not t.is_word and t.text[0].isdigit()]
    assert nums == ["1245,60", "376", "0503", "0299"]
    assert [t.norm for t in tokenize("Päevast ÜKSI")] == ["paevast", "uksi"]
    assert [t.text for t in tokenize("Здравствуйте, всё хорошо")] == ["Здравствуйте", ",", "всё", "хорошо"]


def sents(text):
    out = split_sentences(text)
    for s, e, sent in out:
        assert text[s:e] == sent
    return [x[2] for x in out]


def test_split_sentences():
    assert sents("Tere! Pension makstakse 5. detsembril. Kas sobib?") == [
        "Tere!", "Pension makstakse 5. detsembril.", "Kas sobib?"]
    assert sents("Otsus nr. 5 on tehtud. Hind on 1.5 eurot.") == ["Otsus nr. 5 on tehtud.", "Hind on 1.5 eurot."]
    assert sents("Vajalikud on pass, ID-kaart jne. ning taotlus.") == ["Vajalikud on pass, ID-kaart jne. ning taotlus."]
    assert sents("Tähtaeg on 15.03.2026. Aitäh!") == ["Tähtaeg on 15.03.2026.", "Aitäh!"]
    assert sents("Esimene rida\nTeine rida") == ["Esimene rida", "Teine rida"]
    assert sents("Kas tõesti?! Jah… Selge.") == ["Kas tõesti?!", "Jah…", "Selge."]
    assert sents("Allkirjastas J. Tamm eile.") == ["Allkirjastas J. Tamm eile."]
    assert sents("Пенсия придёт 5 декабря. Т.е. через неделю.") == ["Пенсия придёт 5 декабря.", "Т.е. через неделю."]
    assert sents("") == [] and sents("   \n ") == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Tere, mul on küsimus", "et"),
        ("tere paevast", "et"),
        ("Kas pension on juba tulnud", "et"),
        ("ok", "et"),
        ("", "et"),
        ("Здравствуйте, у меня вопрос", "ru"),
        ("Пенсия не пришла, SKA не отвечает", "ru"),
        ("Hello, I have a question about my pension", "en"),
        ("Can you help me with the application?", "en"),
        ("Hello", "en"),
        ("Mul on pension ja ka ID-kaart", "et"),
        ("Palun aidake, mu pension ei tulnud", "et"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_a_number_ends_a_lower_case_sentence_unless_it_is_an_ordinal():
    # metamorphic `lower` variants (issue 9): a phone number before a lower-case sentence ends the sentence
    assert sents("teatage sellest lasteabi telefonile 116 111. kas see on arusaadav?") == [
        "teatage sellest lasteabi telefonile 116 111.", "kas see on arusaadav?"]
    assert sents("helistage kohe hädaabinumbrile 112. lasteabi on 116 111.") == [
        "helistage kohe hädaabinumbrile 112.", "lasteabi on 116 111."]
    assert sents("если опасно – 112. помощь для вас – 116 006.") == ["если опасно – 112.", "помощь для вас – 116 006."]
    # ordinals and years stay inside their sentence
    assert sents("pension makstakse 5. detsembril, tõus alates 2026. aastal 12. kuupäeval.") == [
        "pension makstakse 5. detsembril, tõus alates 2026. aastal 12. kuupäeval."]
    assert sents("kohtumine 15. 03 kell 10.") == ["kohtumine 15. 03 kell 10."]


# Lower-case Russian chat shorthand (batch 17 victim-support-ru): a truncated word before a dot and a lower-case
# word («соц. страхования», «насильств. преступления») ends no sentence; a real word or an Estonian one does
@pytest.mark.parametrize("text, sentences", [
    ("добрый день, департамент соц. страхования, анна. чем помочь?", 2),
    ("пострадавший от насильств. преступления может подать заявление", 1),
    ("справку выдаёт семейн. врач. потом в бюро", 2),
    # must-nots: a known word or a typo ending in a vowel ends its sentence
    ("я была у врача. он сказал подать заявление", 2),
    ("спосибо. до свидания", 2),
    ("tere, sotsiaalkindlustusamet, mari. kuidas saan aidata?", 2),
    ("pension tuleb 5. kuupäeval. kas veel midagi?", 2),
])
def test_russian_truncations_end_no_sentence(text, sentences):
    assert len(split_sentences(text)) == sentences


def test_an_institution_name_with_a_truncation_is_one_phrase():
    phrases = PhraseSet(("Департамент соц. страхования",), "ru")
    assert [m.quote for m in phrases.find_all("здравствуйте, департамент соц. страхования, юрий.")] == [
        "департамент соц. страхования"]
    # must-not: the phrase does not reach over a real sentence end
    assert PhraseSet(("пенсия придёт",), "ru").find_all("это пенсия. придёт письмо") == []
