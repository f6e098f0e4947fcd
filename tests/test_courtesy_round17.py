"""Blind round 17: terse but complete help is no rudeness (own dialogues, et and ru).

- a clarifying question asked back in speech, with no question mark ("kas küsite üldiselt või oma pensioni kohta"),
  and a one-word request for the caller's name or code ("nimi", «фамилия») answer the client by asking: terse, not
  ignoring; a goodbye to the client's "jah sain aru, aitäh" after a real answer ignores nothing;
- "hard to miss" reproaches only about the client's past ("seda oli raske märkamata jätta", «его трудно было не
  заметить»); "it cannot be skipped" about a process or a deadline («индексацию пропустить нельзя», "tähtaega on
  võimatu maha magada, saadame meeldetuletuse") reassures or advises;
- "whether A or B depends on ..." typed with a full stop ("Kas ... või ..., sõltub ...", «Можно ли ..., зависит
  от ...») states what the answer depends on: with a pointer to a named page beside it, it is an answer, not a bare
  referral;
- a goodbye appended to real answers while the client keeps asking is a closing failure; the client is cut off as a
  brush-off only when a goodbye also leaves her question unanswered.

Must-nots keep real brush-offs failing: a bare pointer to the website, "see on otsuses kirjas" as the whole answer,
the same pasted block to every question, blame, sarcasm, and cutting off with non-answers.
"""

import pytest
from scoring_support import verdicts

GREET = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
         "ru": ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")}


def courtesy(lang, turns, channel="chat", **context):
    return verdicts(lang, turns, channel=channel, **context)["courtesy"]


# -- a terse question asked back, a one-word request, a goodbye to "sain aru, aitäh" --------------------------------

SPEECH = {
    "et": [
        ("client", "tere mul on küsimus et see lapsetoetus kas see tõuseb jaanuarist mina ei saa aru miks naabril "
                   "rohkem tuleb"),
        ("agent", "kas küsite üldiselt või oma pere toetuse kohta"),
        ("client", "no oma pere ikka mina ei saa aru miks meile vähem tuleb"),
        ("agent", "{request}"),
        ("client", "{data}"),
        ("agent", "aitäh teil on kaks last toetus on kummagi eest kaheksakümmend eurot naabril on kolm last "
                  "sellepärast on tal rohkem"),
        ("client", "{thanks}"),
        ("agent", "aitäh et helistasite head päeva"),
    ],
    "ru": [
        ("client", "здравствуйте у меня вопрос вот пособие на ребёнка почему у соседки больше я не понимаю почему "
                   "нам меньше"),
        ("agent", "то есть вас интересует в общем или пособие вашей семьи"),
        ("client", "ну про нашу семью конечно не понимаю почему нам меньше"),
        ("agent", "{request}"),
        ("client", "{data}"),
        ("agent", "спасибо у вас двое детей пособие по восемьдесят евро на каждого у соседки трое детей поэтому "
                  "у неё больше"),
        ("client", "{thanks}"),
        ("agent", "спасибо за звонок всего доброго"),
    ],
}


def _speech(lang, **fill):
    return [GREET[lang]] + [(r, t.format(**fill)) for r, t in SPEECH[lang]]


@pytest.mark.parametrize("lang, ask, data, thanks", [
    ("et", "nimi", "mari tamm", "jah sain aru suur aitäh"),
    ("et", "isikukood", "neli üheksa null üks null kaks kaks", "selge aitäh"),
    ("ru", "фамилия", "петрова анна", "да поняла спасибо большое"),
    ("ru", "личный код", "четыре восемь ноль", "ясно спасибо"),
])
def test_terse_questions_and_requests_then_a_real_answer_are_courteous(lang, ask, data, thanks):
    assert courtesy(lang, _speech(lang, request=ask, data=data, thanks=thanks), channel="phone") == "pass"


@pytest.mark.parametrize("lang, ask, data, thanks", [
    # a bare topic word instead of an answer to "why", twice, and a goodbye: ignored to the end
    ("et", "toetus", "mis toetus miks meile vähem tuleb", "ma ikka ei saa aru miks"),
    ("ru", "пособие", "какое пособие почему нам меньше", "я так и не поняла почему"),
])
def test_bare_topic_words_to_why_stay_brush_offs(lang, ask, data, thanks):
    turns = _speech(lang, request=ask, data=data, thanks=thanks)
    # the real answer taken out: the call answers nothing
    turns[6] = ("agent", "toetus" if lang == "et" else "пособие")
    assert courtesy(lang, turns, channel="phone") == "fail"


# -- "hard to miss" only about the past -----------------------------------------------------------------------------

WHY = {"ru": "Почему пенсия не пришла пятого числа?", "et": "Miks pension viiendal kuupäeval ei tulnud?"}
THANKS = {"ru": "Хорошо, спасибо.", "et": "Hea küll, aitäh."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}


def _one_reply(lang, reply, question=None):
    return courtesy(lang, [GREET[lang], ("client", question or WHY[lang]), ("agent", reply),
                           ("client", THANKS[lang]), ("agent", BYE[lang])])


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Пенсию перечислят завтра. Индексацию делают всем автоматически, пропустить её невозможно."),
    ("ru", "Пенсию перечислят завтра. Срок подачи справки пропустить нельзя, мы пришлём напоминание."),
    ("et", "Pension tuleb homme. Ümberarvutus tehakse kõigile ise, seda on võimatu vahele jätta ega maha magada."),
    ("et", "Pension tuleb homme. Tähtaega on raske maha magada, saadame Teile enne meeldetuletuse."),
])
def test_cannot_be_skipped_reassures(lang, reply):
    assert _one_reply(lang, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Пенсию перечислят завтра. Письмо было красное, его трудно было пропустить."),
    ("ru", "Пенсию перечислят завтра. Такое объявление невозможно не заметить."),
    ("et", "Pension tuleb homme. Teade oli punane, seda oli raske märkamata jätta."),
    ("et", "Pension tuleb homme. Kirja oli võimatu maha magada."),
])
def test_hard_to_miss_about_the_clients_past_still_talks_down(lang, reply):
    assert _one_reply(lang, reply) == "fail"


# -- "whether ... depends on ..." with a named page -------------------------------------------------------------------

RENT = {"et": "aga kas käepuu saab ka laenutada?", "ru": "а ходунки можно взять напрокат?"}


@pytest.mark.parametrize("lang, reply", [
    ("et", "Kas käepuud saab laenutada või tuleb osta, oleneb ettevõttest – küsige seda otse neilt. Lepinguga "
           "ettevõtete nimekiri on meie kodulehel abivahendite lehel."),
    ("ru", "Можно ли взять ходунки напрокат, зависит от фирмы. Список фирм с договором есть на нашем сайте."),
])
def test_whether_it_depends_with_a_pointer_answers(lang, reply):
    assert _one_reply(lang, reply, RENT[lang]) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Info on meie kodulehel."),
    ("ru", "Информация есть на нашем сайте."),
    ("et", "Oleksite pidanud ise kodulehelt vaatama."),
    ("ru", "Вам следовало самой прочитать это на сайте."),
    ("et", "Kõik saavad kuidagi hakkama, nii et edu."),
    ("ru", "Ну удачи, другие как-то справляются."),
])
def test_pointers_blame_and_sarcasm_stay_rude(lang, reply):
    assert _one_reply(lang, reply, RENT[lang]) == "fail"


@pytest.mark.parametrize("lang, questions, reply", [
    ("et", ["Kui suur see summa kuus tuleb?", "Aga millal see makstakse?"], "See on otsuses kirjas."),
    ("ru", ["А какая сумма будет в месяц?", "А когда выплатят?"], "Это написано в решении."),
])
def test_the_decision_as_the_whole_answer_to_every_question_stays_a_brush_off(lang, questions, reply):
    turns = [GREET[lang]]
    for q in questions:
        turns += [("client", q), ("agent", reply)]
    assert courtesy(lang, turns + [("client", THANKS[lang]), ("agent", BYE[lang])]) == "fail"


# -- a goodbye added to real answers -----------------------------------------------------------------------------------

RUSHED = {
    "et": [
        ("client", "Mu isa suri eelmisel nädalal. Kas tema oktoobri pension tuleb tagasi maksta?"),
        ("agent", "Surmakuu pension jääb pärijatele, seda tagasi ei nõuta. Kas on veel küsimusi? Head aega!"),
        ("client", "Oodake, kas ma pean surmast teile ise teatama?"),
        ("agent", "Ei pea, surmaandmed tulevad rahvastikuregistrist automaatselt. Head aega!"),
        ("client", "Aga kas matusetoetust saab?"),
    ],
    "ru": [
        ("client", "У меня на прошлой неделе умер отец. Его пенсию за октябрь надо возвращать?"),
        ("agent", "Пенсия за месяц смерти остаётся, её назад не требуют. Ещё вопросы есть? До свидания!"),
        ("client", "Подождите, мне нужно самой сообщить вам о смерти?"),
        ("agent", "Нет, не нужно, данные о смерти приходят из регистра народонаселения автоматически. До свидания!"),
        ("client", "А пособие на похороны можно получить?"),
    ],
}
CUT = {
    "et": [
        ("client", "Mu isa suri eelmisel nädalal. Kui palju ma matuste jaoks saan?"),
        ("agent", "Seda otsustab vald. Head aega!"),
        ("client", "Oodake, kas ma pean surmast teile ise teatama?"),
        ("agent", "Oodake. Head aega!"),
        ("client", "Hallo, kui kaua ma ootama pean?"),
    ],
    "ru": [
        ("client", "У меня на прошлой неделе умер отец. Сколько мне дадут на похороны?"),
        ("agent", "Это решает самоуправление. До свидания!"),
        ("client", "Подождите, мне нужно самой сообщить вам о смерти?"),
        ("agent", "Подождите. До свидания!"),
        ("client", "Алло, сколько мне ждать?"),
    ],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_goodbyes_appended_to_real_answers_are_no_brush_off(lang):
    assert courtesy(lang, [GREET[lang]] + RUSHED[lang]) == "pass"


def test_terse_answers_each_with_a_goodbye_are_rushed_not_rude():
    # formerly a must-not of round 13; the blind labels (d-ru-chat-04 "Да, 8 числа." terse but no rudeness, e4
    # round 14, v4-et-chat-09) book a goodbye after real answers under closing only
    assert courtesy("et", [GREET["et"], ("client", "Kas lapsetoetus tuleb sel kuul 20. kuupäeval?"),
                           ("agent", "Jah, 20. kuupäeval. Head päeva!"),
                           ("client", "Oodake, aga kas lasterikka pere toetus ka?"),
                           ("agent", "Jah, samal päeval. Kõike head!"),
                           ("client", "Aga kas summa jääb samaks?")]) == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_goodbyes_to_unanswered_questions_cut_the_client_off(lang):
    assert courtesy(lang, [GREET[lang]] + CUT[lang]) == "fail"
