"""Courtesy (blind round 27), on own et/ru sentences: `trainer.scoring.courtesy_court`.

Round 27 labellers failed courtesy where the scorer passed it, and passed it where the scorer failed it:

- somebody "knows better than you" said to the client («врач лучше знает, чем Вы»): condescension;
- the goodbye macro of a stuffed first message pasted again over the client's open question: a brush-off even once;
- a keyword reply, then "the matter is settled" («резюме: вопрос решён») to a client who did not understand;
- keyword lists pasted twice, and the client saying she did not understand and gives up: ignored to the end;
- no brush-off: the words the client asked to hear again, repeated; data refused to an unauthorised caller.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.transcript import Transcript, Turn

OPEN = {"et": ("agent", "Tere, Sotsiaalkindlustusamet, Maarja kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?")}


def _courtesy(lang, turns, channel="chat", opening=True, **context):
    return verdicts(lang, ([OPEN[lang]] if opening else []) + list(turns), channel=channel, **context)["courtesy"]


# -- "knows better than you" -----------------------------------------------------------------------------------------

def _knows(lang, sentence):
    client = {"et": "Minu puue määrati keskmiseks, aga ma ei saa enam üldse kõndida.",
              "ru": "Мне поставили среднюю степень, а я почти не хожу."}[lang]
    after = {"et": "Kui olete otsusega nõus, ei pea midagi tegema; kui mitte, saate esitada vaide 30 päeva jooksul.",
             "ru": "Если Вы не согласны с решением, можно подать возражение в течение 30 дней."}[lang]
    return _courtesy(lang, [("client", client), ("agent", sentence + " " + after)])


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Ну, специалист, наверное, всё-таки лучше знает, чем Вы, какая у Вас степень."),
    ("ru", "Эксперт в этом разбирается лучше Вас."),
    ("ru", "Комиссия лучше Вас знает, что Вам положено 🙂"),
    ("et", "Noh, ekspertarst teab ikka paremini kui Teie, milline puue Teil on."),
    ("et", "Arst teab seda Teist paremini."),
])
def test_somebody_knows_better_than_the_client_fails(lang, sentence):
    assert _knows(lang, sentence) == "fail"


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Вы лучше меня знаете, как Вам сейчас тяжело."),
    ("ru", "Никто не знает лучше Вас, что Вам нужно каждый день."),
    ("ru", "Врач знает Ваши диагнозы лучше, чем я, поэтому справку лучше взять у него."),
    ("et", "Te teate ise paremini kui mina, mis Teile igapäevaselt raske on."),
    ("et", "Keegi ei tea seda paremini kui Teie ise."),
    ("et", "Perearst teab Teie tervist paremini kui mina, seega küsige tõendit temalt."),
])
def test_the_client_knowing_best_or_a_comparison_with_the_agent_stays_courteous(lang, sentence):
    assert _knows(lang, sentence) == "pass"


# -- the goodbye macro pasted over an open question -----------------------------------------------------------------

_MACRO = {"et": "Aitäh, et kirjutasite! Ilusat päeva!", "ru": "Спасибо, что написали! Хорошего дня!"}
_STUFFED = {"et": "Tere! Sotsiaalkindlustusamet, Maarja. Kas küsite toetuse kohta? Saan aru, et see on oluline. "
                  "Kokkuvõtteks: kõik on selge. Aitäh, et kirjutasite! Ilusat päeva!",
            "ru": "Здравствуйте! Департамент социального страхования, Ирина. Вы о пособии? Понимаю, это важно. "
                  "Итак, подведём итог: всё ясно. Спасибо, что написали! Хорошего дня!"}
_DIALOGUE = {"et": [("client", "Tere. Mu tütar saab mais 16. Mis tema lapsetoetusest saab?"),
                    ("agent", "Kokkuvõtteks: lapsetoetus jätkub, kuni ta õpib põhikoolis või gümnaasiumis. "
                              "Kas see vastas Teie küsimusele?"),
                    ("client", "Aga kui ta läheb kutsekooli, kas siis ka?")],
             "ru": [("client", "Здравствуйте. Сыну в мае 16. Что будет с детским пособием?"),
                    ("agent", "Итак: пособие платится, пока он учится в основной школе или гимназии. "
                              "Ответила ли я на Ваш вопрос?"),
                    ("client", "А если он пойдёт в профтехучилище, тоже будут платить?")]}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_goodbye_macro_typed_before_and_pasted_over_the_open_question_fails(lang):
    turns = [("agent", _STUFFED[lang]), *_DIALOGUE[lang], ("agent", _MACRO[lang])]
    assert _courtesy(lang, turns, opening=False) == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_first_goodbye_over_the_open_question_is_a_closing_matter_only(lang):
    # the same goodbye, never typed before: one abrupt goodbye after real answers (closing, not courtesy)
    turns = [OPEN[lang], *_DIALOGUE[lang], ("agent", _MACRO[lang])]
    assert _courtesy(lang, turns, opening=False) == "pass"


@pytest.mark.parametrize("lang, thanks", [("et", "Selge, aitäh, rohkem küsimusi pole."),
                                          ("ru", "Понятно, спасибо, больше вопросов нет.")])
def test_the_macro_after_the_client_is_done_stays_courteous(lang, thanks):
    turns = [("agent", _STUFFED[lang]), *_DIALOGUE[lang][:2], ("client", thanks), ("agent", _MACRO[lang])]
    assert _courtesy(lang, turns, opening=False) == "pass"


# -- keyword replies, then "the matter is settled" ------------------------------------------------------------------

_CHAIN = {"et": "Rehabilitatsioon | taotlus | iseteenindus | kokkuvõte | aitäh.",
          "ru": "Уточнение | реабилитация | ходатайство | самообслуживание | резюме | спасибо."}
_SETTLED = {"et": "Aitäh! Kokkuvõtteks: küsimus on lahendatud.",
            "ru": "Спасибо | всего доброго | резюме: вопрос решён."}
_REHAB = {"et": [("client", "Tere. Pojal on vaja logopeedi. Kas rehabilitatsiooni taotlen teie kaudu või perearsti kaudu?")],
          "ru": [("client", "Здравствуйте. Сыну нужен логопед. Реабилитацию оформлять через вас или через поликлинику?")]}
_LOST = {"et": "ee ei saanud aru. kuhu ma siis taotluse kirjutan?", "ru": "эм не поняла. так куда мне писать заявление?"}
_ANSWER = {"et": "Rehabilitatsiooniteenust taotlete meilt: taotluse saab esitada iseteeninduses või e-postiga.",
           "ru": "Реабилитацию оформляете у нас: ходатайство можно подать в самообслуживании или по электронной почте."}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_keyword_chain_then_matter_settled_to_a_lost_client_fails(lang):
    turns = [*_REHAB[lang], ("agent", _CHAIN[lang]), ("client", _LOST[lang]), ("agent", _SETTLED[lang])]
    assert _courtesy(lang, turns) == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_a_real_answer_then_matter_settled_after_thanks_stays_courteous(lang):
    thanks = {"et": "Selge, aitäh!", "ru": "Поняла, спасибо!"}[lang]
    turns = [*_REHAB[lang], ("agent", _ANSWER[lang]), ("client", thanks), ("agent", _SETTLED[lang])]
    assert _courtesy(lang, turns) == "pass"


def test_settled_only_reads_the_claim_alone():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring import courtesy_court as court
    from trainer.scoring.analysis import TranscriptAnalysis
    from trainer.scoring.score import _concepts

    concepts, phrases = _concepts(RUBRIC, SETTINGS, None)
    an = TranscriptAnalysis(Transcript(language="ru", channel="chat", turns=[Turn(role="agent", text="Здравствуйте.")]),
                            concepts, SETTINGS.identification_policy, phrases)
    assert court.settled_only(an, "Спасибо | всего доброго | резюме: вопрос решён.")
    assert court.settled_only(an, "Итак, вопрос закрыт.")
    assert not court.settled_only(an, "Вопрос решён: пособие назначено с 1 мая.")
    assert not court.settled_only(an, "Спасибо | всего доброго.")


# -- the client gives up ---------------------------------------------------------------------------------------------

_LIST_ET = "Elatisabi | 200 eurot | 45 päeva | kohtutäitur | 10. kuupäev"


def test_keyword_list_pasted_back_and_the_client_gives_up_fails():
    turns = [("client", "Lapse isa ei maksa elatist. Kas ma saan teilt elatisabi?"),
             ("agent", _LIST_ET),
             ("client", "mida see 45 tähendab?"),
             ("agent", _LIST_ET),
             ("client", "see sama jutt. kas mul on kohtu paberit vaja?"),
             ("agent", "Taotlus | iseteenindus"),
             ("client", "ok ma ei saa aru, helistan parem"),
             ("agent", "Kokkuvõte: elatisabi, 45, iseteenindus. Aitäh. Head aega.")]
    assert _courtesy("et", turns) == "fail"


def test_the_client_not_understanding_and_the_agent_explaining_stays_courteous():
    turns = [("client", "Lapse isa ei maksa elatist. Kas ma saan teilt elatisabi?"),
             ("agent", "Jah, kui kohtumenetlus on pooleli, saate elatisabi 200 eurot kuus."),
             ("client", "mida see kohtumenetlus tähendab, ma ei saa aru"),
             ("agent", "See tähendab, et olete esitanud kohtule hagi ja kohus on selle menetlusse võtnud. "
                       "Taotluse saate esitada iseteeninduses. Aitäh ja head aega!")]
    assert _courtesy("et", turns) == "pass"


# -- a repetition on request -------------------------------------------------------------------------------------------

def test_repeating_the_section_on_request_stays_courteous_ru():
    turns = [("client", "А где найти фирмы, которые продают ходунки? Я в Тарту живу."),
             ("agent", "Список фирм есть у нас на сайте в разделе вспомогательные средства, там видно и тартуские."),
             ("client", "повторите пожалуйста я плохо слышу какой раздел"),
             ("agent", "вспомогательные средства раздел на сайте департамента вспомогательные средства"),
             ("client", "ага записала спасибо"),
             ("agent", "пожалуйста всего доброго")]
    assert _courtesy("ru", turns, channel="phone") == "pass"


def test_repeating_the_rubric_on_request_stays_courteous_et():
    turns = [("client", "Kust ma selle volikirja vormi leian?"),
             ("agent", "Volikirja vorm on meie kodulehel rubriigis „Vormid“. Kui soovite, saadan selle ka e-postiga."),
             ("client", "kuidas palun, ma ei kuulnud, mis rubriigis"),
             ("agent", "vormid rubriigis kodulehel vormid"),
             ("client", "selge aitäh"),
             ("agent", "palun head päeva")]
    assert _courtesy("et", turns, channel="phone") == "pass"


def test_a_bare_site_pointer_to_a_new_question_still_fails():
    turns = [("client", "Где найти список фирм, которые продают ходунки?"),
             ("agent", "Список фирм есть у нас на сайте в разделе вспомогательные средства."),
             ("client", "А сколько мне самой придётся платить?"),
             ("agent", "Это на сайте.")]
    assert _courtesy("ru", turns, channel="phone") == "fail"


def test_repeats_on_request_needs_both_the_request_and_the_agents_words():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring import courtesy_court as court
    from trainer.scoring.analysis import TranscriptAnalysis
    from trainer.scoring.score import _concepts

    concepts, phrases = _concepts(RUBRIC, SETTINGS, None)

    def an(client, reply):
        turns = [Turn(role="agent", text="Vorm on kodulehel rubriigis vormid."), Turn(role="client", text=client),
                 Turn(role="agent", text=reply)]
        return TranscriptAnalysis(Transcript(language="et", channel="phone", turns=turns), concepts,
                                  SETTINGS.identification_policy, phrases)

    assert court.repeats_on_request(an("Korrake palun, mis rubriik?", "Rubriik vormid, kodulehel."), 2)
    assert not court.repeats_on_request(an("Ma küsin juba kolmandat korda, kus see on?", "Kodulehel vormid."), 2)
    assert not court.repeats_on_request(an("Korrake palun, mis rubriik?", "Helistage infotelefonile."), 2)


# -- a data-protection refusal ---------------------------------------------------------------------------------------

_THIRD = {"et": [("client", "Tere, helistan ema pärast. Talle tuli otsus, et ta peab toetuse tagasi maksma."),
                 ("agent", "Saan aru. Ema andmeid ma ilma volikirjata telefonis anda ei saa, aga üldiselt selgitan "
                           "meelsasti: tagasinõude saab tasuda ka osade kaupa."),
                 ("client", "Aga maksmise tähtaeg, kas see on ka otsuses kirjas?"),
                 ("agent", "Tähtaeg on otsuses endas kirjas, seda ma praegu kinnitada ei saa.")],
          "ru": [("client", "Здравствуйте, я звоню по поводу мамы. Ей пришло решение о возврате пособия."),
                 ("agent", "Понимаю. Без доверенности данные мамы по телефону я сообщить не могу, но в общем "
                           "объясню: возврат можно оплатить частями."),
                 ("client", "А срок оплаты там тоже указан?"),
                 ("agent", "Срок указан в самом решении, подтвердить его я сейчас не могу.")]}
_CLOSE = {"et": [("client", "Selge, ma vaatan otsusest. Aitäh."), ("agent", "Palun, head päeva!")],
          "ru": [("client", "Хорошо, посмотрю в решении. Спасибо."), ("agent", "Пожалуйста, всего доброго!")]}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_data_refused_to_an_unauthorised_caller_with_a_pointer_to_the_decision_stays_courteous(lang):
    no_computer = {"et": "Ema ei oska arvutit kasutada.", "ru": "Мама в сайтах не разбирается."}[lang]
    close = [("client", no_computer + " " + _CLOSE[lang][0][1]), _CLOSE[lang][1]]
    assert _courtesy(lang, [*_THIRD[lang], *close], channel="phone", third_party=True) == "pass"


def test_a_bare_pointer_to_a_client_without_a_computer_still_fails():
    turns = [("client", "Tere, mul tuli otsus, et pean toetuse tagasi maksma."),
             ("agent", "Selge. Tagasinõude saab tasuda ka osade kaupa."),
             ("client", "Aga maksmise tähtaeg, kus see on?"),
             ("agent", "Tähtaeg on otsuses kirjas."),
             ("client", "Mul pole arvutit, ma ei oska iseteenindust kasutada. Aitäh."),
             ("agent", "Palun, head päeva!")]
    assert _courtesy("et", turns, channel="phone") == "fail"


def test_data_refusal_needs_a_third_party_or_an_authorisation_spoken_of():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring import courtesy_court as court
    from trainer.scoring.analysis import TranscriptAnalysis
    from trainer.scoring.score import _concepts

    concepts, phrases = _concepts(RUBRIC, SETTINGS, None)

    def an(first, reply):
        turns = [Turn(role="agent", text=first), Turn(role="client", text="Millal see makstakse?"),
                 Turn(role="agent", text=reply)]
        return TranscriptAnalysis(Transcript(language="et", channel="phone", turns=turns), concepts,
                                  SETTINGS.identification_policy, phrases)

    refusal = "Seda ma kahjuks öelda ei saa."
    assert court.data_refusal(an("Ilma volikirjata ma isa andmeid anda ei saa.", refusal), 2)
    assert not court.data_refusal(an("Tere, kuidas saan aidata?", refusal), 2)
    assert not court.data_refusal(an("Ilma volikirjata ma isa andmeid anda ei saa.", "Toetus makstakse 5. kuupäeval."), 2)


# -- a doubt waved away ----------------------------------------------------------------------------------------------

_DOUBT = {"et": [("client", "Mu pension tõusis aprillis 20 eurot, aga õel 40. Kas mulle on valesti arvestatud?"),
                 ("agent", "Tõus sõltub pensioni suurusest."),
                 ("client", "Aga meil on ju peaaegu sama pension. Kas peaksin kuskile kaebama?")],
          "ru": [("client", "Мне пенсию подняли на 20 евро, а сестре на 40. Может, мне неправильно посчитали?"),
                 ("agent", "Повышение зависит от размера пенсии."),
                 ("client", "Но у нас почти одинаковые пенсии. Мне жаловаться куда-то?")]}


@pytest.mark.parametrize("lang, reply", [("et", "Ei pea."), ("ru", "Не нужно.")])
def test_a_bare_no_to_complaining_about_a_suspected_mistake_fails(lang, reply):
    assert _courtesy(lang, [*_DOUBT[lang], ("agent", reply)]) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Ei pea, arvutus on õige: väiksem pension tõuseb protsendina vähem, kuid kui soovite, vaatan üle."),
    ("ru", "Нет, не нужно: расчёт правильный, меньшая пенсия растёт на меньшую сумму, но я могу проверить."),
])
def test_a_no_with_the_reason_stays_courteous(lang, reply):
    assert _courtesy(lang, [*_DOUBT[lang], ("agent", reply)]) == "pass"


@pytest.mark.parametrize("lang, question, reply", [
    ("et", "Kas ma pean tõusu jaoks avalduse tegema?", "Ei pea."),
    ("ru", "Мне нужно писать заявление, чтобы получить повышение?", "Нет, не нужно."),
])
def test_a_bare_no_to_a_plain_question_stays_courteous(lang, question, reply):
    assert _courtesy(lang, [("client", question), ("agent", reply)]) == "pass"
