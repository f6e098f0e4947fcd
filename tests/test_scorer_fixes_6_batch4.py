"""Scorer misreadings found by the held-out blind batch 4 (issue 10, round 4), good/terse/gaming runs.

Four general patterns, each tested on sentences written for this file (not the runs' own), in Estonian and
Russian, with must-not cases:

1. a summary counts only after an answer given in an earlier reply (issue 9: cue stuffing earns nothing
   beyond what the conversation earned): a "Kokkuvõtteks: ..." in the same reply as the first answer
   sums up nothing the client has heard; a check of understanding in that reply counts only when the
   client gets a turn to answer it (no goodbye after it in the same reply);
2. an Estonian personal pronoun written in an oblique case in a phrase ("jääb teile", "teil on õigus") does
   not match the nominative/genitive form, which before a noun is a possessive ("Teie isale", "Teie emal");
3. a list under a heading that takes up the client's word inside a compound ("palju see toetus on?" -
   "Lapsetoetus kuus: ...") answers the question;
4. a spoken recap that ends in an unpunctuated closing formula ("... спасибо за звонок всего доброго")
   is still a recap: the formula is no restated content.
"""

from pathlib import Path

import pytest

import trainer.text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]
CONCEPTS = {**RUBRIC.concepts, "institution": {k: list(v) for k, v in SETTINGS.institution_names.items()}}

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}


def _transcript(lang, turns, channel="phone"):
    return Transcript(language=lang, channel=channel, context=Context(),
                      turns=[Turn(role=r, text=t) for r, t in turns])


def _verdicts(lang, turns, channel="phone"):
    result = score_transcript(_transcript(lang, turns, channel), RUBRIC, SETTINGS)
    return {c["id"]: c for c in result["criteria"]}


def _chains(lang, turns):
    return [f for f in find_non_answers(_transcript(lang, turns), CONCEPTS, lang).findings
            if f.kind == "keyword_chain"]


# -- 1. a summary counts only after an answer given earlier ------------------------------------------------

STUFFED_ONE_REPLY = [
    ("et", "Tere, mul saab tööstaaž täis. Kas hooldajatoetust saab veel taotleda?",
     "Tere! Sotsiaalkindlustusamet, Mart. Kas küsite hooldajatoetuse kohta? Hooldajatoetust taotletakse "
     "kohalikust omavalitsusest, taotluse saab esitada valla kodulehel. Kokkuvõtteks: omavalitsus, "
     "kodulehel taotlus. Kas see vastas Teie küsimusele? Aitäh, head päeva!"),
    ("et", "tere, kuidas ma ravikindlustuse saan kui tööd pole?",
     "tere sotsiaalkindlustusamet mart. kas küsite ravikindlustuse kohta? ravikindlustuse annab töötukassas "
     "arvele võtmine, sinna saate pöörduda iseteeninduses. kokkuvotteks tootukassa ja iseteenindus. "
     "kas vastas kusimusele? aitah head paeva"),
    ("ru", "Здравствуйте, как мне получить пособие по уходу?",
     "Здравствуйте! Департамент социального страхования, Ирина. Вы спрашиваете о пособии по уходу? "
     "Пособие по уходу назначает местное самоуправление, заявление подаётся в волость. Итак, подведу итог: "
     "самоуправление, заявление в волость. Ответила ли я на Ваш вопрос? Всего доброго!"),
]


@pytest.mark.parametrize("lang, ask, reply", STUFFED_ONE_REPLY)
def test_a_summary_in_the_same_reply_as_the_first_answer_sums_up_nothing(lang, ask, reply):
    verdicts = _verdicts(lang, [("client", ask), ("agent", reply), ("client", "Aitäh." if lang == "et" else "Спасибо.")],
                         channel="chat")
    assert verdicts["summary"]["result"] == "fail"


EARNED = [
    # the answer in one reply, the client takes it, the summary in a later reply
    ("et", [("agent", GREET["et"]), ("client", "Kust ma hooldajatoetust taotlen?"),
            ("agent", "Hooldajatoetust maksab kohalik omavalitsus, taotluse saate esitada oma valla kodulehel."),
            ("client", "Selge, ja kui kaua see võtab?"),
            ("agent", "Vald vastab tavaliselt kuu aja jooksul. Kokkuvõtteks: taotlus vallale, vastus umbes kuu "
                      "aja pärast. Kas see vastas Teie küsimusele? Aitäh, head päeva!")]),
    ("ru", [("agent", GREET["ru"]), ("client", "Куда мне подать заявление на пособие по уходу?"),
            ("agent", "Пособие по уходу назначает местное самоуправление, заявление подаётся в волостную управу."),
            ("client", "А сколько ждать ответа?"),
            # the check is answered before the goodbye: a check with the goodbye after it in the same
            # message gives the client no turn to answer and checks nothing (the lead's decision, issue 9)
            ("agent", "Обычно отвечают в течение месяца. Итак, подведу итог: заявление в управу, ответ примерно "
                      "через месяц. Ответила ли я на Ваш вопрос?"),
            ("client", "Да, спасибо."),
            ("agent", "Всего доброго!")]),
    # a check of understanding in the answer's reply that the client answers before the goodbye
    ("et", [("agent", GREET["et"]), ("client", "Kas lapsetoetuse jaoks peab avaldust tegema?"),
            ("agent", "Ei pea, lapsetoetust makstakse automaatselt. Kas see on arusaadav?"),
            ("client", "Jah, sain aru."),
            ("agent", "Aitäh, et helistasite, head päeva!")]),
    ("ru", [("agent", GREET["ru"]), ("client", "Нужно ли писать заявление на детское пособие?"),
            ("agent", "Нет, детское пособие назначается автоматически. Вам понятно?"),
            ("client", "Да, понятно."),
            ("agent", "Спасибо за звонок, всего доброго!")]),
]


@pytest.mark.parametrize("lang, turns", EARNED)
def test_a_summary_after_an_answer_the_client_heard_still_counts(lang, turns):
    assert _verdicts(lang, turns)["summary"]["result"] == "pass"


@pytest.mark.parametrize("lang, ask, reply", [
    ("et", "Kas lapsetoetuse jaoks peab avaldust tegema?",
     "Ei pea, lapsetoetust makstakse automaatselt. Kas on arusaadav? Head päeva!"),
    ("ru", "Нужно ли писать заявление на детское пособие?",
     "Нет, детское пособие назначается автоматически. Понятно? Всего доброго!"),
])
def test_a_check_followed_by_goodbye_in_the_answer_reply_checks_nothing(lang, ask, reply):
    turns = [("agent", GREET[lang]), ("client", ask), ("agent", reply),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    assert _verdicts(lang, turns)["summary"]["result"] == "fail"


# -- 2. an oblique-case pronoun in a phrase is not the possessive before a noun ---------------------------

@pytest.mark.parametrize("phrase, text, found", [
    ("jääb teile", "See raha jääb Teile.", True),
    ("jääb teile", "see raha jaab teile", True),
    ("jääb teile", "Surmakuu pension jääb aga Teie emale.", False),
    ("jääb teile", "pension jaab teie vennale", False),
    ("teil on õigus", "Teil on õigus toetusele.", True),
    ("teil on õigus", "Teie isal on õigus toetusele.", False),
    ("saadame teile", "Saadame Teile kirja.", True),
    ("saadame teile", "Saadame Teie pojale kirja.", False),
    ("teie taotlus", "Teie taotlus on menetluses.", True),   # a phrase in the genitive keeps its reach
    ("teie taotlus", "Teile taotlus?", True),
])
def test_an_oblique_pronoun_phrase_does_not_match_a_possessive(phrase, text, found):
    assert bool(tx.PhraseSet([phrase], "et").find_all(text)) is found


@pytest.mark.parametrize("phrase, text, found", [
    ("останется Вам", "Эти деньги останутся Вам.", True),
    ("останется Вам", "Пенсия за месяц смерти останется Вашему отцу.", False),
    ("у Вас есть право", "У Вас есть право на пособие.", True),
    ("у Вас есть право", "У Вашей мамы есть право на пособие.", False),
])
def test_russian_possessives_stay_apart_from_the_personal_pronoun(phrase, text, found):
    assert bool(tx.PhraseSet([phrase], "ru").find_all(text)) is found


# -- 3. a list under a heading that takes up the asked word in a compound ------------------------------------

@pytest.mark.parametrize("lang, question, reply", [
    ("et", "Ja kui palju see toetus on?",
     "Lapsetoetus kuus: esimese lapse eest 80 eurot, teise lapse eest 80 eurot, kolmanda eest 100 eurot, "
     "iga järgmise eest 100 eurot."),
    ("et", "kui palju seda toetust makstakse?",
     "lapsetoetus kuus: esimese lapse eest 80 eurot, teise eest 80 eurot, kolmanda eest 100 eurot, "
     "neljanda eest 100 eurot."),
    ("et", "Ja kui suur see pension tuleb?",
     "Rahvapension kuus: üksi elades 350 eurot, abikaasaga 340 eurot, hooldekodus 320 eurot, välismaal 0 eurot."),
    ("ru", "А сколько это пособие в месяц?",
     "Пособие в месяц: при глубокой инвалидности 100 евро, при тяжёлой 50 евро, при умеренной 30 евро, "
     "детям отдельно."),
])
def test_a_list_under_the_asked_word_in_a_compound_answers_the_question(lang, question, reply):
    for said in (reply, reply + (" Toetust makstakse iga kuu automaatselt." if lang == "et"
                                 else " Пособие выплачивается каждый месяц автоматически.")):
        turns = [("agent", GREET[lang]), ("client", question), ("agent", said)]
        assert not _chains(lang, turns), _chains(lang, turns)


@pytest.mark.parametrize("lang, question, reply", [
    # the list does not take up what was asked
    ("et", "Kas ma pean avalduse tegema?",
     "Lapsetoetus, 80 eurot, iseteenindus, 30 päeva, pangakonto number."),
    # an asked word of four letters is no compound tail ("raha" in "matuseraha")
    ("et", "Kui palju raha ma saan?",
     "Matuseraha, 250 eurot, vallavalitsus, 30 päeva, avaldus."),
    ("ru", "Нужно ли мне писать заявление?",
     "Пособие, 80 евро, самообслуживание, 30 дней, номер счёта."),
])
def test_a_list_that_does_not_take_up_the_question_is_still_an_item_list(lang, question, reply):
    turns = [("agent", GREET[lang]), ("client", question), ("agent", reply + (" Selge?" if lang == "et" else " Понятно?"))]
    assert _chains(lang, turns), "a stuffed list must stay a keyword chain"


# -- 4. a spoken recap ending in a closing formula is a recap --------------------------------------------------

RECAP_BEFORE = {
    "et": [("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
           ("client", "Kuidas ma pensioni taotlen ja kaua see võtab?"),
           ("agent", "taotluse saate esitada iseteeninduses ja otsus tehakse kolmekümne päeva jooksul"),
           ("client", "Selge.")],
    "ru": [("agent", "здравствуйте департамент социального страхования ольга слушаю"),
           ("client", "Как мне подать заявление на пенсию и сколько ждать?"),
           ("agent", "заявление подаёте через самообслуживание а решение принимается в течение тридцати дней"),
           ("client", "Понятно.")],
}


@pytest.mark.parametrize("lang, recap", [
    ("et", "kokkuvõtteks taotlus iseteeninduses ja otsus kolmekümne päeva jooksul. kas selge? aitäh et helistasite head päeva"),
    ("et", "kokkuvotteks taotlus iseteeninduses otsus kolmekymne paeva jooksul kas selge aitah et helistasite head paeva"),
    ("ru", "итого заявление через самообслуживание решение в течение тридцати дней. все понятно? спасибо за звонок всего доброго"),
])
def test_a_spoken_recap_with_a_closing_formula_is_no_keyword_chain(lang, recap):
    turns = RECAP_BEFORE[lang] + [("agent", recap)]
    assert not _chains(lang, turns), _chains(lang, turns)
    verdicts = _verdicts(lang, turns)
    assert verdicts["summary"]["result"] == "pass"
    assert verdicts["real_answers"]["result"] == "pass"


@pytest.mark.parametrize("lang, recap", [
    # nothing was said before it: a verbless "summary" restates nothing
    ("et", "kokkuvõtteks taotlus iseteenindus otsus kolmkümmend päeva. kas selge? aitäh kõne eest head päeva"),
    ("ru", "итого заявление самообслуживание решение тридцать дней. все понятно? спасибо за звонок всего доброго"),
])
def test_a_verbless_recap_with_nothing_said_before_is_still_a_keyword_chain(lang, recap):
    # the client has asked nothing yet that the words could answer elliptically
    said = "Tere, mul on pensioni asjus küsimus." if lang == "et" else "Здравствуйте, у меня вопрос о пенсии."
    turns = RECAP_BEFORE[lang][:1] + [("client", said), ("agent", recap)]
    assert _chains(lang, turns), "a recap of nothing must stay a keyword chain"


def test_a_recap_of_new_words_with_a_closing_formula_is_still_a_keyword_chain():
    turns = RECAP_BEFORE["ru"] + [("agent", "итого доверенность нотариус банк выписка квитанция. все понятно? "
                                              "спасибо за звонок всего доброго")]
    assert _chains("ru", turns)


# -- 5. a typed "Когда ..., ..." sentence ending in a full stop is a statement (a temporal clause) -----------

@pytest.mark.parametrize("lang, sentence, question", [
    ("ru", "Когда пятое число приходится на воскресенье, пенсию перечисляют в понедельник.", False),
    ("ru", "когда решение будет готово, мы отправим его Вам по почте.", False),
    ("ru", "Когда заявление поступит, специалист свяжется с Вами в течение недели.", False),
    ("ru", "Когда придёт пенсия?", True),
    ("ru", "Когда Вам удобно, утром или вечером?", True),
    ("ru", "когда придет пенсия", True),
    ("ru", "Когда Вы подали заявление.", True),   # no clause after a comma: a question typed without "?"
    # spoken, no punctuation: two finite verbs (a clause and a main clause) make a statement
    ("ru", "когда пятое число приходится на воскресенье деньги перечисляют в понедельник утром", False),
    ("ru", "когда решение будет готово мы отправим его вам по почте", False),
    ("ru", "когда вы отправили письма и когда получили ответ от нас", True),
    ("ru", "когда мне наконец перезвонят из вашего отдела по пенсиям", True),
    ("et", "Kui viies kuupäev on pühapäev, makstakse pension esmaspäeval.", False),
    ("et", "Millal pension tuleb?", True),
    ("et", "millal otsus tehakse", True),
])
def test_a_temporal_clause_before_a_main_clause_is_no_question(lang, sentence, question):
    assert tx.is_question(sentence, lang) is question


@pytest.mark.parametrize("lang, check", [
    ("ru", "все понятно?"), ("ru", "Всё понятно"), ("ru", "вам всё ясно?"),
    ("et", "kõik selge?"), ("et", "koik arusaadav"),
])
def test_a_short_check_between_real_sentences_is_no_keyword(lang, check):
    recap = ("итого заявление через самообслуживание решение в течение тридцати дней. " if lang == "ru"
             else "kokkuvõtteks taotlus iseteeninduses ja otsus kolmekümne päeva jooksul. ")
    turns = RECAP_BEFORE[lang] + [("agent", recap + check + (" Решение Вам пришлют письмом." if lang == "ru"
                                                             else " Otsuse saadame Teile kirjaga."))]
    assert not _chains(lang, turns), _chains(lang, turns)


@pytest.mark.parametrize("lang, word", [("ru", "Ходунки понятно."), ("et", "Taotlus selge."), ("ru", "Справка?")])
def test_a_keyword_beside_an_understanding_word_is_still_a_keyword(lang, word):
    recap = ("Заявление подаётся через самообслуживание. " if lang == "ru"
             else "Taotluse saate esitada iseteeninduses. ")
    turns = RECAP_BEFORE[lang] + [("agent", recap + word + (" Решение Вам пришлют письмом." if lang == "ru"
                                                            else " Otsuse saadame Teile kirjaga."))]
    assert _chains(lang, turns)


# -- 6. a limit («не позже», «не позднее», "mitte hiljem kui") is no negation --------------------------------

@pytest.mark.parametrize("lang, phrase, text, negated", [
    ("ru", "письменный ответ", "передаю руководителю письменный ответ не позже чем через 30 дней", False),
    ("ru", "получите ответ", "Не позднее чем через 30 дней Вы получите ответ.", False),
    ("ru", "ответ придёт", "ответ придёт не более чем через месяц", False),
    ("ru", "письменный ответ", "Письменного ответа не будет.", True),
    ("ru", "ответ придёт", "Ответ не придёт, к сожалению.", True),
    ("et", "vastuse saate", "Vastuse saate mitte hiljem kui 30 päeva jooksul.", False),
    ("et", "vastuse saate", "vastuse saate mitte hiljem kui kuu aja parast", False),
    ("et", "kirjalik vastus", "Kirjalikku vastust kahjuks ei tule.", True),
])
def test_a_limit_is_no_negation(lang, phrase, text, negated):
    found = tx.PhraseSet([phrase], lang).find_all(text)
    assert found and found[0].negated is negated


# -- 7. reported promises are no promise: someone else's past promise («обещанный месяц назад звонок ... не
# состоялся») is not the agent's certainty marker (fixed in trainer/scoring/promises.py: only «обещаю/обещаем»).

@pytest.mark.parametrize("sentence", [
    "Вам обещали перезвонить по поводу пенсии, но так и не перезвонили – я это записала.",
    "Вам обещали доплату к пенсии, а её не было – это я передам руководителю.",
])
def test_a_reported_promise_is_no_promise(sentence):
    from trainer.scoring.statements import find_promises
    assert not find_promises(sentence, "ru")


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Обещаю, пенсию пересчитают уже завтра."),
    ("et", "Luban, et pension makstakse homme välja."),
])
def test_an_own_promise_stays_a_promise(lang, sentence):
    from trainer.scoring.statements import find_promises
    assert find_promises(sentence, lang)


def test_a_reported_promise_in_estonian_is_no_promise():
    from trainer.scoring.statements import find_promises
    assert not find_promises("Teile lubati pensioni pärast tagasi helistada, aga keegi ei helistanud.", "et")
