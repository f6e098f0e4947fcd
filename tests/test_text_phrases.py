"""PhraseSet on real Estonian and Russian sentences."""

import pytest

from trainer.text import Match, PhraseSet, lemmas


def quotes(phrases, text, lang="et"):
    return [(m.quote, m.negated) for m in PhraseSet(phrases, lang).find_all(text)]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Palun öelge oma isikukoodi.", "isikukoodi"),
        ("Palun öelge oma isikukodi.", "isikukodi"),  # typo, 1 edit
        ("Kas ütleksite oma isikukoodi?", "isikukoodi"),
        ("Isikukood palun.", "Isikukood"),
        ("Teie isikukoodiga seotud andmed", "isikukoodiga"),
        ("Palun öelge oma isikukood", "isikukood"),
        ("palun oelge oma isikukoodi", "isikukoodi"),
    ],
)
def test_isikukood_inflected_and_typo(text, quote):
    m = PhraseSet(["isikukood"], "et").find(text)
    assert m is not None and m.quote == quote and not m.negated
    assert text[m.start:m.end] == m.quote
    assert m.phrase == "isikukood"


def test_isikukood_not_isik():
    assert PhraseSet(["isikukood"], "et").find("Kas see on sama isik?") is None
    assert PhraseSet(["isik"], "et").find("Palun öelge oma isikukood.") is None


def test_multiword_with_one_gap():
    # decision: at most one extra word in each gap between phrase words
    assert quotes(["kahju kuulda"], "Mul on väga kahju seda kuulda.") == [("kahju seda kuulda", False)]
    assert quotes(["kahju kuulda"], "Kahju kuulda!") == [("Kahju kuulda", False)]
    assert quotes(["kahju kuulda"], "Kahju, et pidite seda kuulda") == []  # two extra words
    # never across a sentence end
    assert quotes(["kahju kuulda"], "Kahju. Kuulda on halb.") == []


def test_agency_name_forms():
    ps = PhraseSet(["Sotsiaalkindlustusamet", "SKA"], "et")
    assert ps.find("Sotsiaalkindlustusameti infotelefon").quote == "Sotsiaalkindlustusameti"
    assert ps.find("Helistan sotsiaalkindlustusametist").quote == "sotsiaalkindlustusametist"
    assert ps.find("Sain SKA-st kirja").quote == "SKA-st"
    assert ps.find("ska ütles nii").quote == "ska"
    assert ps.find("Sotsiaalkindlustusamet, Mari kuuleb").quote == "Sotsiaalkindlustusamet"
    ru = PhraseSet(["Департамент социального страхования"], "ru")
    m = ru.find("Здравствуйте! Департамента социального страхования нет на линии")
    assert m.quote == "Департамента социального страхования"


def test_traps():
    assert quotes(["tasu"], "See teenus on tasuta.") == []
    assert quotes(["kahju"], "Kahjuks ei saa ma seda öelda.") == []
    assert quotes(["kahjuks"], "Kahjuks ei saa ma seda öelda.") == [("Kahjuks", False)]
    assert quotes(["tasu"], "Tasu makstakse kord kuus.") == [("Tasu", False)]
    assert quotes(["ei"], "Kas teie pension tuli?") == []
    assert quotes(["toetus"], "Jäite toetuseta.") == [("toetuseta", True)]
    assert PhraseSet(["toetus"], "et").find("Jäite toetuseta.").negated
    assert quotes(["amet"], "kasutamet") == []
    assert quotes(["vastama"], "Palun vastata kirjale") == [("vastata", False)]  # da-infinitive is not abessive
    assert quotes(["toetuseta"], "toetus ja toetuseta") == [("toetuseta", False)]


def test_diacritics_missing():
    ps = PhraseSet(["tere päevast", "üksi elava pensionäri toetus"], "et")
    got = [(m.quote, m.phrase) for m in ps.find_all("Tere paevast, uksi elava pensionari toetus")]
    assert got == [("Tere paevast", "tere päevast"), ("uksi elava pensionari toetus", "üksi elava pensionäri toetus")]
    assert quotes(["lapsetoetus"], "kas lapsetoetus tuleb") == [("lapsetoetus", False)]
    assert quotes(["võlg"], "mul on volg") == [("volg", False)]


def test_compounds():
    ps = PhraseSet(["pension"], "et")
    text = "Vanaduspensioni ja rahvapensionit arvestatakse, pensioniiga on 65, pensionär helistas."
    assert [m.quote for m in ps.find_all(text)] == ["Vanaduspensioni", "rahvapensionit"]
    assert quotes(["toetus"], "Lapsetoetust makstakse kaheksandal") == [("Lapsetoetust", False)]
    assert quotes(["taotlus"], "Pensionitaotluse saate esitada iseteeninduses") == [("Pensionitaotluse", False)]
    assert quotes(["teenindus"], "Kasutage e-teenindust") == [("e-teenindust", False)]


def test_prefix_exact_regex():
    assert quotes(["tere*"], "Tere! Terekest! Tervist!") == [("Tere", False), ("Terekest", False)]
    assert quotes(["=sa"], "Kas sa saad? Sinu asi. SA Kliinikum") == [("sa", False), ("SA", False)]
    ps = PhraseSet([r"re:\b1610\d\b"], "et")
    m = ps.find("Helistage numbril 16106.")
    assert m.quote == "16106" and m.phrase == r"re:\b1610\d\b"
    assert quotes([r"re:kõike head"], "Aitäh! Koike HEAD!") == [("Koike HEAD", False)]


def test_russian_inflection_typo_negation():
    ps = PhraseSet(["пенсия"], "ru")
    assert [(m.quote, m.negated) for m in ps.find_all("Вашу пенсию не выплатят в срок.")] == [("пенсию", True)]
    assert [(m.quote, m.negated) for m in ps.find_all("Вы не получите пенсию.")] == [("пенсию", True)]
    assert [(m.quote, m.negated) for m in ps.find_all("Пенсия придёт пятого.")] == [("Пенсия", False)]
    assert ps.find("Ваша пенсея придёт").quote == "пенсея"
    ps2 = PhraseSet(["личный код"], "ru")
    assert ps2.find("Назовите, пожалуйста, Ваш личный код.").quote == "личный код"
    assert ps2.find("Назовите Ваш личного кода").quote == "личного кода"
    assert PhraseSet(["подождите"], "ru").find("Подожди минуту") is not None  # same lemma


def test_find_prefers_positive_and_order():
    ps = PhraseSet(["toetus"], "et")
    m = ps.find("Te ei saa toetust, aga toetust makstakse lastele.")
    assert m is not None and not m.negated and m.start == 23
    ms = ps.find_all("Te ei saa toetust, aga toetust makstakse lastele.")
    assert [m.negated for m in ms] == [True, False]
    assert isinstance(ms[0], Match)
    assert not PhraseSet([], "et")
    assert PhraseSet([], "et").find("tere") is None
    assert ps.matches("Toetust makstakse.") and not ps.matches("Toetust ei maksta.")


def test_longest_phrase_wins_no_overlap():
    ps = PhraseSet(["pension", "pension ei tulnud", "ei tulnud"], "et")
    ms = ps.find_all("Mu pension ei tulnud täna")
    assert [(m.quote, m.phrase) for m in ms] == [("pension ei tulnud", "pension ei tulnud")]


def test_lemmas_api():
    assert "isikukood" in lemmas("isikukoodi", "et")
    assert "uksi" in lemmas("üksi", "et") and lemmas("uksi", "et") >= {"uksi"}
    assert "pensionar" in lemmas("pensionari", "et")  # restored from pensionäri
    assert "пенсия" in lemmas("пенсию", "ru")
    assert lemmas("hello", "en") == frozenset({"hello"})


def test_greeting_and_closing_phrases_realistic():
    greet = PhraseSet(["tere", "tere päevast", "tervist"], "et")
    assert greet.find("Tere! Sotsiaalkindlustusamet, Mari kuuleb.").quote == "Tere"
    assert greet.find("Tervist, kuidas saan aidata?").quote == "Tervist"
    close = PhraseSet(["aitäh helistamast", "aitäh et helistasite", "kõike head"], "et")
    assert [m.quote for m in close.find_all("Aitäh, et helistasite! Kõike head!")] == [
        "Aitäh, et helistasite", "Kõike head"]


def test_hyphenated_phrase_also_spaced():
    ps = PhraseSet(["ID-kaart", "Smart-ID", "e-post"], "et")
    assert [m.quote for m in ps.find_all("Logige sisse ID-kaardiga või Smart-ID-ga")] == ["ID-kaardiga", "Smart-ID-ga"]
    assert [m.phrase for m in ps.find_all("id kaardiga ja e postiga")] == ["ID-kaart", "e-post"]


def test_pronoun_lemmas_keep_formality():
    teie = PhraseSet(["teie"], "et")
    assert [m.quote for m in teie.find_all("Teid teavitatakse, Teile saadetakse, sind mitte")] == ["Teid", "Teile"]
    assert PhraseSet(["sina"], "et").find("Kas Teil on küsimusi?") is None


def test_negator_inside_phrase_is_not_negation():
    ps = PhraseSet(["see pole minu asi", "Te ei saanud aru"], "et")
    assert [(m.quote, m.negated) for m in ps.find_all("See pole minu asi, helistage mujale.")] == [
        ("See pole minu asi", False)]
    assert [(m.quote, m.negated) for m in ps.find_all("Te ei saanud aru.")] == [("Te ei saanud aru", False)]
    assert PhraseSet(["kahju kuulda"], "et").find("Kahju kuulda ei ole.").negated


def test_english_lemmas():
    ps = PhraseSet(["I understand", "question"], "en")
    assert [m.quote for m in ps.find_all("I understood your questions.")] == ["I understood", "questions"]


def test_phrase_input_robustness():
    with pytest.raises(ValueError, match="invalid regex"):
        PhraseSet(["re:(unclosed"], "et")
    assert PhraseSet([16106, None, "  "], "et").find("Helistage 16106").quote == "16106"
    assert PhraseSet("isikukood", "et").phrases == ("isikukood",)
    assert PhraseSet(["pension"], "xx").find("pension") is not None  # unknown language: surface forms


def test_gap_across_comma_only_for_parentheticals():
    # a skipped word may not sit across a comma ...
    ps = PhraseSet(["это не к нам", "это не ко мне"], "ru")
    assert [m.phrase for m in ps.find_all("Это не ко мне, мы за квартиры не платим.")] == ["это не ко мне"]
    # ... unless it is a parenthetical like "palun" / "пожалуйста"
    assert PhraseSet(["öelge oma isikukood"], "et").find("Öelge, palun, oma isikukood.").quote == (
        "Öelge, palun, oma isikukood")
    assert PhraseSet(["подтвердите ваш личный код"], "ru").find(
        "Подтвердите, пожалуйста, Ваш личный код ещё раз.").quote == "Подтвердите, пожалуйста, Ваш личный код"
    # adjacent phrase words may have punctuation between them
    assert PhraseSet(["aitäh et helistasite"], "et").find("Aitäh, et helistasite!").quote == "Aitäh, et helistasite"


def test_domain_homographs():
    ps = PhraseSet(["puue"], "et")
    assert [m.quote for m in ps.find_all("Puude raskusastme tuvastamine; puudega inimene")] == ["Puude", "puudega"]
    assert PhraseSet(["kuu"], "et").find("Toetust makstakse kord kuus.").quote == "kuus"


def test_ordinal_dot_inside_a_phrase_is_not_a_sentence_end():
    from trainer.text import PhraseSet

    assert PhraseSet(["8. kuupäeval"], "et").find("Raha tuleb 8. kuupäeval.").quote == "8. kuupäeval"
    # a real sentence end after a number still separates: "8. Kuupäeval" starts a new sentence
    assert PhraseSet(["tuleb kuupäeval"], "et").find("Raha tuleb 8. Kuupäeval veel.") is None


def test_russian_pay_verbs_are_one_family():
    """«платят» says what «выплачивают» says (new-user runs, moving-abroad-account-ru): the prefixed
    and aspect forms of платить are one word for a phrase."""
    ps = PhraseSet(["пенсию выплачивают в Германию"], "ru")
    assert ps.matches("Да, пенсию платят в Германию, раз в год нужна справка.")
    assert ps.matches("Пенсию выплатят в Германию, как и раньше.")
    assert not ps.matches("Пенсию переводят в Германию.")
    assert not ps.matches("Пенсию не платят в Германию.")
    assert PhraseSet(["платят и в Германию"], "ru").matches("Пенсию выплачивают и в Германию.")


def test_a_negator_in_the_gap_of_a_phrase_negates_it():
    assert PhraseSet(["pension jõuab"], "et").find("Pension ei jõua enne esmaspäeva kontole.").negated is True
    assert PhraseSet(["пенсию выплачивают"], "ru").find("Пенсию не выплачивают в пятницу.").negated is True
    assert PhraseSet(["пенсию выплачивают"], "ru").find("Пенсию всегда выплачивают пятого.").negated is False


def test_service_numbers_match_with_or_without_the_space_between_digit_groups():
    """A helpline is written "116 006" or "116006" (and a spoken number is read into joined digits):
    both spellings match a phrase written either way; another number does not."""
    ru = PhraseSet(["помощи детям 116 111", "116006"], "ru")
    assert [m.quote for m in ru.find_all("Звоните на телефон помощи детям 116111.")] == ["помощи детям 116111"]
    assert [m.quote for m in ru.find_all("Кризисный телефон 116 006 работает круглосуточно.")] == ["116 006"]
    assert [m.phrase for m in ru.find_all("Звоните на телефон помощи детям 116 006.")] == ["116006"]
    assert not ru.find_all("Звоните 116 0061.")
    et = PhraseSet(["ohvriabi 116 006"], "et")
    assert [m.quote for m in et.find_all("helistage ohvriabi numbril 116006")] == ["ohvriabi numbril 116006"]
    assert not et.find_all("helistage ohvriabi numbril 116 111")


def test_a_negative_verb_inside_a_phrase_must_be_negative_in_the_text():
    """"mul pole aega" (a brush-off) is not "mul on aega" (I have time for you), and "ei ole" says it too."""
    ps = PhraseSet(["mul pole aega", "see pole minu asi"], "et")
    assert not ps.find_all("Rääkige rahulikult, mul on aega.")
    assert not ps.find_all("See on minu asi, ma aitan.")
    assert [(m.quote, m.negated) for m in ps.find_all("Kuulge, mul pole aega.")] == [("mul pole aega", False)]
    assert [(m.quote, m.negated) for m in ps.find_all("mul ei ole aega praegu")] == [("mul ei ole aega", False)]
    assert [(m.quote, m.negated) for m in ps.find_all("see ei ole minu asi")] == [("see ei ole minu asi", False)]
