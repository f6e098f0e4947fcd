"""New-user batch 27 (tests/newuser/live27): what the first replay got wrong, on sentences written for these tests.

- Three wrong facts passed (score 83-100, no gate), now wrong claims of a knowledge fact, so the knowledge_values
  gate fails such a run in any scenario:
  - the large-family allowance for three to six children said as 650 € (the amount for seven or more; both
    facts share the topic, so the union of values alone accepted it): `family-benefits.large_family_3_to_6`;
  - the child allowance said to go on through university (it ends at 19, or with basic or secondary school):
    `family-benefits.after_age_19`;
  - a request for a written explanation folded into a service complaint ("no separate request needed"): it is a
    selgitustaotlus of its own, `complaints-and-requests.request_types`.
- Empathy after a disclosure of violence: clearing the client of blame and thanking her for telling ("see ei ole
  Teie süü", «это не Ваша вина», «спасибо, что рассказали», «не извиняйтесь») responds to her.
- The client: a bare goodbye to a client going round in circles (it answered the same pasted macro again) let it
  ask "what do you mean?"; it now parts unhelped, as it does when its question is open.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts, wrong_claim_refs

from trainer.simulation import progress
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

LARGE = "family-benefits.large_family_3_to_6"
AGE = "family-benefits.after_age_19"
KINDS = "complaints-and-requests.request_types"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (LARGE, "ru", "Пособие многодетной семье на четверых детей – 650 евро в месяц."),
    (LARGE, "ru", "Раз у Вас теперь трое детей, пособие для многодетной семьи составит 650 евро."),
    (LARGE, "ru", "пособие для многодетной семьи 650 евро на троих детей"),
    (LARGE, "et", "Nelja lapsega perele on lasterikka pere toetus 650 eurot kuus."),
    (LARGE, "et", "Kuna Teil on nüüd kolm last, on lasterikka pere toetus 650 eurot."),
    (LARGE, "et", "lasterikka pere toetus 3-6 lapsega perele on 650 eurot"),
    (AGE, "et", "Lapsetoetust makstakse edasi ka siis, kui poeg õpib ülikoolis."),
    (AGE, "et", "Lapsetoetus jätkub kuni kõrgkooli lõpetamiseni."),
    (AGE, "et", "lapsetoetust saate ka ulikooli ajal kuni ta lopetab"),
    (AGE, "ru", "Детское пособие сохраняется и во время учёбы в университете."),
    (AGE, "ru", "Детское пособие платят до окончания университета."),
    (AGE, "ru", "детское пособие выплачивают пока дочь учится в вузе"),
    (KINDS, "ru", "Просьбу о разъяснении расчёта я добавлю в Вашу жалобу, писать отдельно ничего не надо."),
    (KINDS, "ru", "В жалобу я включу и Ваш вопрос о разъяснении размера пособия."),
    (KINDS, "et", "Selgituse taotluse lisan Teie kaebusele, eraldi pole vaja kirjutada."),
    (KINDS, "et", "Teie kaebusesse lisan ka selgituse palve pensioni arvutamise kohta."),
]

RIGHT = [
    (LARGE, "ru", "Пособие для многодетной семьи с 3–6 детьми – 450 евро, с семью и более – 650 евро."),
    (LARGE, "ru", "Семьям с семью и более детьми платят 650 евро, а у Вас трое детей, поэтому 450 евро."),
    (LARGE, "ru", "Детское пособие на троих детей: 80, 80 и 100 евро, пособие многодетной семье 450 евро."),
    (LARGE, "et", "Lasterikka pere toetus on 3–6 lapsega perele 450 eurot, seitsme või enama lapsega perele 650 eurot."),
    (LARGE, "et", "Kolme lapsega perele on lasterikka pere toetus 450 eurot kuus."),
    (AGE, "et", "Lapsetoetus lõpeb, kui laps on 19 ja läheb ülikooli."),
    (AGE, "et", "Ülikoolis õppimise ajal lapsetoetust ei maksta."),
    (AGE, "et", "Kas Teie tütar õpib gümnaasiumis või juba ülikoolis? Lapsetoetus on 80 eurot."),
    (AGE, "ru", "Учёба в университете не даёт права на детское пособие."),
    (AGE, "ru", "Если сын поступит в вуз, детское пособие прекратится."),
    (AGE, "ru", "Детское пособие платят, пока ребёнок учится в гимназии, до конца учебного года."),
    (KINDS, "ru", "Жалобу я зарегистрирую, а для разъяснения расчёта подайте отдельное ходатайство о разъяснении."),
    (KINDS, "ru", "Разъяснение размера пенсии не войдёт в жалобу: на него ответят отдельно."),
    (KINDS, "et", "Kaebuse registreerin mina, selgituse saamiseks esitage eraldi selgitustaotlus."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
HIT = {"et": "Vabandust, et nutan... Elukaaslane tõukas mind eile trepist alla. Kas peretoetus võib tulla minu kontole?",
       "ru": "Простите, что плачу... Сожитель вчера толкнул меня с лестницы. Можно ли семейное пособие получать на мой счёт?"}


@pytest.mark.parametrize("lang, reply, verdict", [
    ("et", "Ärge vabandage. See ei ole Teie süü. Toetuse saaja vahetust saab taotleda iseteeninduses.", "pass"),
    ("et", "Aitäh, et mulle rääkisite. Toetuse saaja vahetust saab taotleda iseteeninduses.", "pass"),
    ("ru", "Не извиняйтесь. Вы ни в чём не виноваты. Смену получателя можно оформить в самообслуживании.", "pass"),
    ("ru", "Спасибо, что поделились. Смену получателя можно оформить в самообслуживании.", "pass"),
    # near misses: blame cleared from the agency, a reply about an error, no response to her
    ("et", "See ei ole meie viga, toetuse saaja on märgitud avalduses. Saaja vahetust saab taotleda iseteeninduses.",
     "fail"),
    ("ru", "Это не наша вина, получатель указан в заявлении. Смену получателя можно оформить в самообслуживании.",
     "fail"),
])
def test_clearing_the_client_of_blame_responds_to_a_disclosure(lang, reply, verdict):
    turns = [("agent", OPEN[lang]), ("client", HIT[lang]), ("agent", reply),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    assert verdicts(lang, turns, channel="chat", client_upset=True)["empathy"] == verdict


MACRO = "Mari. Perearst? Post. Klienditeenindus. Allkiri."


def test_a_goodbye_to_a_client_going_round_in_circles_ends_the_chat(library):
    conv = Conversation.start(library.get("application-channel-chat-et"), library, seed=1)
    for _ in range(4):
        conv.reply(MACRO)
    said = conv.reply("Head aega.")
    assert conv.finished
    assert said and "aru" not in said[-1]["text"]  # no "Vabandust, ma ei saanud päris hästi aru"


def test_a_goodbye_after_a_first_answer_is_not_taken_as_going_round_in_circles(library):
    # the client answered once, nothing repeated: the goodbye is judged as before (the scenario's own lines)
    conv = Conversation.start(library.get("application-channel-chat-et"), library, seed=1)
    conv.reply(MACRO)
    assert not progress.answering_in_circles(conv, conv.turns[-1]["text"])


HINT = {"ru": "Можно, чтобы пособие шло на мой счёт, а не мужа? Он всё забирает... Извините, мне тяжело говорить.",
        "et": "Kas toetus võiks tulla minu kontole, mitte mehe omale? Ta võtab kõik ära... Vabandust, mul on raske rääkida."}
TOLD = {"ru": "Сейчас да, он на работе. Но вчера он опять ударил меня.",
        "et": "Praegu jah, ta on tööl. Aga eile ta lõi mind jälle."}
LATER = {"ru": "Мне жаль. Если он будет угрожать, звоните 112.",
         "et": "Mul on kahju. Kui ta ähvardab, helistage 112."}


@pytest.mark.parametrize("lang, question, verdict", [
    ("ru", "Я Вас слушаю. Вы сейчас в безопасности?", "pass"),
    ("et", "Ma kuulan Teid. Kas Te olete praegu turvalises kohas?", "pass"),
    # no safety question: the stock formula after the disclosure is still no response to it
    ("ru", "Я Вас слушаю. Назовите, пожалуйста, Ваш личный код.", "fail"),
    ("et", "Ma kuulan Teid. Palun öelge oma isikukood.", "fail"),
])
def test_a_safety_question_on_hints_counts_when_the_answer_discloses_violence(lang, question, verdict):
    turns = [("agent", OPEN[lang]), ("client", HINT[lang]), ("agent", question), ("client", TOLD[lang]),
             ("agent", LATER[lang]), ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    assert verdicts(lang, turns, channel="phone", client_upset=True)["empathy"] == verdict
