"""New-user batch 43 (live43, authors q9 and r9): the scorer fixes, on sentences written for these tests.

1. a service complaint refused by phone with the infinitive first («по телефону жалобу принять я не могу»), said to
   be taken in writing only, or left to the client with a pronoun ("selle peate ise kirjutama"):
   `complaints-and-requests.service_complaint_registration` (knowledge_values).
2. a possessive in a predicate that says what a helpline is («это служба нашего Департамента», "see on meie ameti
   teenus") is no other subject: the next sentence's «Он работает по будням» is still said of 116 006.
3. who decides and grants the state pension ("pensioniotsuse teeb Pensionikeskus", «пенсию назначает Пенсионный
   центр"): the call model's right_authority gate.
4. the caller's name with thanks or read back ("Aitäh, Maret Saar.", «Спс. Светлана Кузнецова?») is no keyword.
5. an answer that opens with the word of the client's new question and applies the earlier answer to it
   ("Tõendid samamoodi: ...") answers it; a bare recap does not (closing).
6. an abbreviation with its case ending typed on ("SKAst") names the institution.
7. the euro sign counts as the unit ("sügav 100 €").
8. shortened words of terse typing («в теч.», «след.», «спс», «пжл», "nt", "tööp", "k.a") read as the words.
"""

from __future__ import annotations

import pytest
from scoring_support import TRAINEE_OPENING, verdicts, wrong_claim_refs

from trainer.scoring.keyword_chain import keyword_sentence
from trainer.simulation.library import load_library
from trainer.text.quantities import find_quantities
from trainer.text.spoken import normalize_input

COMPLAINT = "complaints-and-requests.service_complaint_registration"
HOURS = "crisis-and-safety.crisis_lines_hours"
CLIENT = {"et": "Tere, mul on küsimus.", "ru": "Здравствуйте, у меня вопрос."}


@pytest.fixture(scope="module")
def library():
    return load_library()


def _reply(lang: str, reply: str, channel: str = "phone") -> dict[str, str]:
    return verdicts(lang, [("agent", TRAINEE_OPENING[lang]), ("client", CLIENT[lang]), ("agent", reply)],
                    channel=channel)


# -- 1. the complaint refused by phone -------------------------------------------------------------------------------

COMPLAINT_WRONG = [
    ("ru", "По телефону жалобу оформить мы не можем, к сожалению."),
    ("ru", "Жалобы на обслуживание принимаются только письменно."),
    ("ru", "Запишу Ваши данные, но саму жалобу – её надо отправить самому через самообслуживание."),
    ("ru", "Жалобу по телефону записать нельзя."),
    ("et", "Kaebust telefoni kaudu vormistada ma ei saa."),
    ("et", "Teeninduse kaebused võetakse vastu üksnes kirjalikult."),
    ("et", "Kahjuks ei saa ma kaebust telefonis registreerida."),
    ("et", "Mõistan Teie pahameelt. Kaebusega on nii, et selle peate Te ise kirjutama."),
]
COMPLAINT_RIGHT = [
    ("ru", "Жалобу я приму по телефону и оформлю сама, писать её самому не нужно."),
    ("ru", "Если хотите, жалобу можно подать и письменно, но я её уже записала."),
    ("ru", "Возражение подаётся только в письменном виде."),
    ("ru", "Жалобу я записала, а ходатайство о разъяснении нужно написать самому."),
    ("et", "Kaebuse võtan telefonis vastu ise, Te ei pea seda ise kirjutama."),
    ("et", "Kaebuse võite soovi korral saata ka kirjalikult."),
    ("et", "Vaide peate esitama kirjalikult."),
    ("et", "Kas ma ei saa kaebust telefonis registreerida?"),
]


@pytest.mark.parametrize("lang, sentence", COMPLAINT_WRONG)
def test_complaint_refused_by_phone_is_a_wrong_rule(library, lang, sentence):
    assert COMPLAINT in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", COMPLAINT_RIGHT)
def test_complaint_taken_or_other_request_stays_right(library, lang, sentence):
    assert COMPLAINT not in wrong_claim_refs(library, sentence, lang)


# -- 2. the crisis line's hours after a possessive predicate ---------------------------------------------------------

HOURS_WRONG = [
    ("ru", "Запишите номер 116 006 – это линия нашего Департамента. Она отвечает только по будням."),
    ("ru", "Телефон помощи жертвам 116 006 – это служба нашего ведомства, звонить можно с понедельника по пятницу."),
    ("et", "Ohvriabi number on 116 006, see on meie ameti teenus. See vastab ainult tööpäeviti."),
]
HOURS_RIGHT = [
    ("ru", "Кризисный телефон 116 006 – это служба нашего Департамента, он работает круглосуточно. А наша инфолиния "
           "работает по будням."),
    ("ru", "116 006 отвечает круглосуточно. Мы же работаем по рабочим дням."),
    ("et", "Ohvriabi 116 006 on meie ameti teenus ja vastab ööpäev läbi. Meie infotelefon vastab tööpäeviti."),
]


@pytest.mark.parametrize("lang, text", HOURS_WRONG)
def test_office_hours_of_the_crisis_line_are_wrong(library, lang, text):
    assert HOURS in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", HOURS_RIGHT)
def test_our_own_hours_stay_ours(library, lang, text):
    assert HOURS not in wrong_claim_refs(library, text, lang)


# -- 3. who decides the pension --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, result", [
    ("et", "Taotluse võtame meie vastu, aga pensioni määrab Teile Pensionikeskus.", "fail"),
    ("et", "Pensioniotsuse teeb Pensionikeskus, meie ainult edastame.", "fail"),
    ("ru", "Заявление мы примем, а решение о пенсии принимает Пенсионный центр.", "fail"),
    ("ru", "Пенсию Вам назначает Пенсионный центр.", "fail"),
    ("et", "Pensioniotsuse teeb Sotsiaalkindlustusamet, Pensionikeskus tegeleb ainult teise sambaga.", "pass"),
    ("et", "Kogumispensioni väljamakse määrab Pensionikeskus.", "pass"),
    ("ru", "Решение о пенсии принимает Департамент, а Пенсионный центр ведёт второй столп.", "pass"),
    ("ru", "Накопительную пенсию назначает Пенсионный центр.", "pass"),
])
def test_pension_decision_belongs_to_the_board(lang, sentence, result):
    assert _reply(lang, sentence)["right_authority"] == result


# -- 4. the caller's name is no keyword ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, keyword", [
    ("et", "Tänan, Tiina Kask.", False),
    ("et", "Aitäh, Jüri Tamm.", False),
    ("ru", "Ольга Петрова?", False),
    ("ru", "Благодарю, Андрей Смирнов.", False),
    ("et", "Aitäh, tagasinõue.", True),
    ("ru", "Спасибо, перерасчёт.", True),
    ("et", "Kokkuvõtteks.", True),
])
def test_name_with_thanks_is_no_keyword(library, lang, sentence, keyword):
    from trainer.scoring.formulas import social_phrases

    social = tuple(social_phrases(library.rubrics["call-model"].concepts, lang))
    assert keyword_sentence(sentence, lang, social, frozenset()) is keyword


# -- 5. the new question answered with its own word ------------------------------------------------------------------

CHANNELS = ("Vaide saab esitada iseteeninduses, digiallkirjaga e-postiga, postiga või klienditeeninduses. "
            "Kas see on arusaadav?")


@pytest.mark.parametrize("last, result", [
    ("Tõendid samamoodi: iseteenindus, digiallkirjaga e-post, post või klienditeenindus. Kas on selge? "
     "Aitäh, kõike head!", "pass"),
    ("Arstitõendi saatmine käib samamoodi: iseteenindus, e-post, post või klienditeenindus. Head päeva!", "pass"),
    ("Kokkuvõtteks: iseteenindus, digiallkirjaga e-post, post või klienditeenindus. Kas on selge? "
     "Aitäh, kõike head!", "fail"),
])
def test_new_question_taken_up_by_its_word(last, result):
    turns = [("agent", TRAINEE_OPENING["et"]), ("client", "Tere. Ma ei nõustu otsusega, kuidas vaiet esitada?"),
             ("agent", CHANNELS), ("client", "Selge. Aga kuhu ma arstitõendid saadan?"), ("agent", last)]
    assert verdicts("et", turns)["closing"] == result


# -- 6. "SKAst" ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening, result", [
    ("Tere, siin Mari SKAst. Kuidas saan aidata?", "pass"),
    ("Tere! Mari SKAst kuuleb.", "pass"),
    ("Tere! Mari kuuleb. Kuidas saan aidata?", "fail"),
    ("Tere, siin Mari Skast. Kuidas saan aidata?", "fail"),
])
def test_abbreviation_with_a_glued_case_ending(opening, result):
    assert verdicts("et", [("agent", opening), ("client", CLIENT["et"]), ("agent", "Aitäh.")])["greeting"] == result


# -- 7. the euro sign ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, found", [
    ("et", "Toetus on 80 € kuus.", [(80, "euro")]),
    ("et", "sügav 150€, raske 60 €", [(150, "euro"), (60, "euro")]),
    ("ru", "Пособие 80 € в месяц.", [(80, "евро")]),
    ("et", "Helistage 116 006 või 112.", []),
])
def test_euro_sign_is_the_unit(lang, text, found):
    assert [(q.value, q.unit[-1]) for q in find_quantities(text, lang)] == found


# -- 8. shortened words ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, typed, read", [
    ("ru", "Ответ придёт в теч. 30 дней.", "Ответ придёт в течение 30 дней."),
    ("ru", "Выплата в теч. двух след. раб. дней.", "Выплата в течение двух следующих рабочих дней."),
    ("ru", "Договор с 2024 г. действует, спс.", "Договор с 2024 года действует, спасибо."),
    ("ru", "Назовите код, пжл.", "Назовите код, пожалуйста."),
    ("ru", "Деньги придут 9 янв., не раньше.", "Деньги придут 9 января, не раньше."),
    ("et", "Saatke nt e-postiga, vastus 5 tööp jooksul, k.a nädalavahetus.",
     "Saatke näiteks e-postiga, vastus 5 tööpäeva jooksul, kaasa arvatud nädalavahetus."),
    # left as they are: a sentence end, a town, a noun, a word glued to another
    ("ru", "Выплата 7 дек. Деньги придут.", "Выплата 7 декабря. Деньги придут."),
    ("ru", "Адрес: г. Тарту.", "Адрес: г. Тарту."),
    ("ru", "Остался след. Больше ничего.", "Остался след. Больше ничего."),
    ("ru", "Спс-сервис.", "Спс-сервис."),
])
def test_shortened_words_read_in_full(lang, typed, read):
    assert normalize_input(typed, lang).text == read
