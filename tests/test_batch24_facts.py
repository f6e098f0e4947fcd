"""New-user batch 24 (tests/newuser/live24): three wrong facts and one gaming run passed at the first replay.

Knowledge facts, read in every scenario:
- health insurance of the registered unemployed "from the same day" («в тот же день») – the allowance recipient
  is insured from the day the right arises, the other registered unemployed from the 31st day;
- the proof of life valid two years, sent every other year – it is valid 12 months, sent once a year: a number
  of years is now compared as a value with the fact (1 year), and a sentence that opens with a pronoun pointing
  back ("See kehtib ...", «Она действует ...») speaks of the topic named just before it;
- the personal code, the amount or a personal question sent by a plain (unsigned) e-mail – e-mail carries
  personal data only digitally signed.
Machine prompts: a numbered chat menu whose last option is a phone number («4 – инфотелефон 16106») is still a
menu; "Ваш запрос отнесён к теме 1" confirms a choice like a machine.

Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library

UNEMPLOYED = "other-institutions.unemployed_health_insurance"
PROOF = "pension-abroad.proof_of_life_yearly"
EMAIL = "personal-data.personal_data_by_email"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (UNEMPLOYED, "et", "Kui Teid võetakse Töötukassas töötuna arvele, kehtib ravikindlustus samal päeval."),
    (UNEMPLOYED, "et", "registreerute tootuks ja ravikindlustus hakkab kehtima samast paevast"),
    (UNEMPLOYED, "et", "Töötuna registreerimisel tekib ravikindlustus kohe sama päeva jooksul."),
    (UNEMPLOYED, "ru", "Если Вас зарегистрируют безработным, медицинская страховка начнёт действовать в тот же день."),
    (UNEMPLOYED, "ru", "медстраховка появится в день постановки на учёт в Кассе по безработице"),
    (PROOF, "et", "Elusolekutõend kehtib kaks aastat."),
    (PROOF, "et", "Jah, elusolekutõend. See kehtib kolm aastat, seega saatke see harvem."),
    (PROOF, "et", "hiljem tuleb saata elusolekutõend – see kehtib kaks aastat, uus tõend iga kahe aasta järel"),
    (PROOF, "et", "Elusolekutõendi peate saatma iga kahe aasta järel."),
    (PROOF, "ru", "Справка о нахождении в живых действует два года."),
    (PROOF, "ru", "Нужна справка о нахождении в живых. Она действует три года."),
    (EMAIL, "ru", "Можно просто отправить личный код и вопрос обычным письмом на наш e-mail, оттуда Вам ответят."),
    (EMAIL, "ru", "Пришлите свой личный код по электронной почте, и мы сообщим сумму пенсии."),
    (EMAIL, "ru", "напишите нам на имейл личный код, вам ответят с суммой"),
    (EMAIL, "et", "Saatke oma isikukood ja küsimus tavalise e-kirjaga meie üldaadressile, sealt vastatakse summaga."),
    (EMAIL, "et", "Kirjutage meile e-posti teel oma isikukood, siis saadame Teile pensioni summa."),
    (EMAIL, "et", "isikukoodi voite saata lihtsalt meiliga info aadressile"),
]

RIGHT = [
    (UNEMPLOYED, "et", "Töötukassas töötuna arvel olles olete ravikindlustatud arveloleku 31. päevast."),
    (UNEMPLOYED, "et", "Töötutoetuse saajal kehtib ravikindlustus samast päevast, kui tekib õigus töötutoetusele."),
    (UNEMPLOYED, "et", "Ravikindlustus ei hakka kehtima samal päeval, vaid arveloleku 31. päevast."),
    (UNEMPLOYED, "et", "Kas ravikindlustus kehtib samal päeval?"),
    (UNEMPLOYED, "ru", "Медицинская страховка действует с 31-го дня регистрации."),
    (UNEMPLOYED, "ru", "Получателю пособия по безработице страховка начинается в тот же день, когда возникает право на пособие."),
    (UNEMPLOYED, "et", "Tervisekassa vastab Teile samal päeval, ravikindlustuse kohta helistage 669 6630."),
    (PROOF, "et", "Elusolekutõend tuleb saata kord aastas."),
    (PROOF, "et", "Elusolekutõend kehtib 12 kuud, nii et saatke uus tõend üks kord aastas."),
    (PROOF, "et", "Elusolekutõend kehtib üks aasta tõendi kuupäevast."),
    (PROOF, "et", "Elusolekutõend – see kehtib aasta, uus tuleb saata igal aastal."),
    (PROOF, "et", "Alates 2018. aastast tuleb ka USA-s elades saata elusolekutõend."),
    (PROOF, "et", "Elusolekutõend ei kehti kaks aastat, vaid 12 kuud."),
    (PROOF, "ru", "Справку о нахождении в живых нужно присылать раз в год."),
    (PROOF, "ru", "Справка о нахождении в живых действует один год. Она нужна каждый год."),
    (PROOF, "et", "Te elate Soomes juba kaks aastat. See on hea."),
    (EMAIL, "ru", "Можно написать письмо на e-mail с цифровой подписью, указав личный код."),
    (EMAIL, "ru", "Не отправляйте личный код обычным письмом на e-mail."),
    (EMAIL, "ru", "Общий вопрос можно задать и по электронной почте."),
    (EMAIL, "et", "Isikukoodiga pöördumise võite saata digitaalselt allkirjastatud e-kirjaga."),
    (EMAIL, "et", "Avalduse saab esitada iseteeninduses või digiallkirjaga e-postiga, isikukood peab avalduses olema."),
    (EMAIL, "et", "Palun ärge saatke isikukoodi tavalise e-kirjaga."),
    (EMAIL, "et", "Üldise küsimuse võite saata ka e-postiga."),
    (EMAIL, "et", "Kas saatsite oma isikukoodi e-kirjaga?"),
    # an authority's written data request goes to the general address: its own channel, not a client's question
    (EMAIL, "et", "Täitur, saatke päring koos võlgniku isikukoodiga ameti üldisele e-posti aadressile."),
    (EMAIL, "ru", "Отправьте официальный запрос с правовым основанием и личным кодом человека на общий e-mail."),
]

# "see on" / «это» after a number is "that is" (a sum of its own), not the topic's value said again
NOTHING_WRONG = [
    ("et", "Teie vanemahüvitise periood on 3. kuni 12. märtsini, see on 10 päeva, summa tuleb kuu lõpus."),
    ("ru", "Отпуск отца с 3 по 12 марта, это 10 дней, пособие придёт в конце месяца."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_fact_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_fact_in_other_words_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- a chat menu -------------------------------------------------------------------------------------------------

def _kinds(language, texts):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    transcript = Transcript(language=language, channel="chat", turns=turns)
    return [f.kind for f in find_non_answers(transcript, {}, language).findings if f.kind == "menu"]


MENU_RU = [
    "Здравствуйте! Чтобы выбрать раздел, отправьте цифру: 1 – пенсия; 2 – пособия; 3 – самообслуживание; "
    "4 – телефон 16106.",
    "мне пенсию узнать",
    "Ваше обращение отнесено к разделу 1. Спасибо!",
    "и что?",
    "Всего доброго!",
]
MENU_ET = [
    "Tere! Valige teema, kirjutades numbri: 1 – pension; 2 – peretoetused; 3 – iseteenindus; 4 – infotelefon 16106.",
    "pensioni summa",
    "Teie päring on liigitatud teemasse 1. Head päeva!",
]
NO_MENU = [
    # the way through another line's menu, and a list with phone numbers that is an answer
    ["Tere! Helistage Töötukassasse 15501 ja valige menüüst 2.", "aitäh", "Head päeva!"],
    ["Здравствуйте! Телефоны: 1) инфотелефон 16106; 2) из-за границы +372 612 1360.", "спасибо",
     "Если позвоните на 16106, выберите пункт 2.", "ок", "Всего доброго!"],
]


@pytest.mark.parametrize("language, texts", [("ru", MENU_RU), ("et", MENU_ET)])
def test_numbered_chat_menu_with_a_phone_option_is_a_menu(language, texts):
    assert len(_kinds(language, texts)) >= 2


@pytest.mark.parametrize("texts", NO_MENU)
def test_a_phone_list_or_another_lines_menu_is_no_menu(texts):
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in texts[0]) else "et"
    assert _kinds(lang, texts) == []


@pytest.mark.parametrize("lang, sentence", NOTHING_WRONG)
def test_that_is_after_a_period_is_no_value_of_the_topic(library, lang, sentence):
    assert wrong_claim_refs(library, sentence, lang) == set()
