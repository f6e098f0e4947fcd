"""A stuffed reply (issue #10, new-user batches 79 and 80 gaming): every right fact strung into one run-on sentence
or comma list with the end of the call inside it fails the real-answers gate by name (reason ``stuffed``, with the
turn and the quote, feedback in et/ru/en), and the scripted client does not thank for it. One reading for both
(`trainer.scoring.stuffed`). Right long answers, told in sentences or as an unpunctuated answer of clauses, keep
passing. Own sentences, not the runs'.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.acts import FEEDBACK, find_non_answers
from trainer.scoring.score import score_transcript
from trainer.scoring.stuffed import stuffed_sentences
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _concepts(library, scenario_id):
    return library.concepts_for(library.get(scenario_id))


STUFFED_ET = [
    # a fact dump of whole clauses with the check and the goodbye in the same breath
    "Tere, Sotsiaalkindlustusamet, Liis, lapsetoetust ei pea eraldi taotlema ja see määratakse automaatselt ning "
    "toetus on 80 eurot kuus, kolmanda lapse puhul lisandub suurperetoetus ja raha tuleb iga kuu 20. kuupäeval "
    "ning andmete muutusest teatage iseteeninduses, isikukoodi ma vestluses ei küsi ja ärakirja saadan soovi korral, "
    "aitäh ja head päeva.",
    # the same typed fast: no diacritics, no punctuation, a typo
    "lapsetoetust ei pea taotlema see tuleb automaatslt ja summa on 80 eurot kuus ja maksepaev on 20. kuupaev ja "
    "kui on kolm last siis tuleb ka suurperetoetus ja andmete muutusest teatage iseteeninduses ja isikukoodi siia "
    "ei kirjuta ja koopia saadan kui soovite ja kas see vastas teie kusimusele ja aitah ja head aega",
]
STUFFED_RU = [
    # a comma list of every right fact, the greeting at its head and the goodbye at its tail
    "Здравствуйте, Ольга, Департамент социального страхования, понимаю Вас, пособие на ребёнка назначается само, "
    "заявление не нужно, 80 евро в месяц, выплата 20-го числа, многодетным больше, изменения сообщайте в среде "
    "самообслуживания, личный код в чат не пишите, копию переписки пришлю, спасибо, всего доброго.",
    # a run-on of clauses typed without punctuation or ё
    "пособие назначается автоматически и подавать ничего не надо и платят 80 евро в месяц и деньги приходят 20 "
    "числа и если детей трое то доплачивают и об изменениях сообщите через самообслуживание и личный код в чате не "
    "пишите и копию переписки я пришлю и все понятно и всего доброго",
]
NOT_STUFFED_ET = [
    # a long explanation in sentences of its own, the check and the goodbye apart
    "Lapsetoetust ei pea eraldi taotlema: see määratakse automaatselt, kui laps on rahvastikuregistris. Toetus on "
    "80 eurot kuus ja see makstakse iga kuu 20. kuupäeval. Kui peres on kolm last, lisandub suurperetoetus. Kas see "
    "vastas Teie küsimusele? Aitäh ja head päeva!",
    # a long unpunctuated answer of clauses with no end of the call inside it
    "lapsetoetust ei pea eraldi taotlema see maaratakse automaatselt kui laps on rahvastikuregistris ja te olete "
    "vanem ning summa on 80 eurot kuus iga lapse kohta ja see makstakse iga kuu 20. kuupaeval teie kontole ning kui "
    "kontonumber muutub siis teatage sellest iseteeninduses voi kirjutage meile digiallkirjaga",
    # a short spoken recap with its goodbye
    "jah tapselt toetus tuleb ise 80 eurot ja 20. kuupaeval aitah et kirjutasite head paeva",
    # a long sentence that answers the question and checks understanding at its end
    "Toetus tuleb Teile automaatselt, sest laps on juba rahvastikuregistris, ja kuna Teil on nüüd kolm last, "
    "makstakse lisaks ka suurperetoetust, mis tuleb samal päeval kui lapsetoetus, kas see on arusaadav?",
]
NOT_STUFFED_RU = [
    "Пособие на ребёнка назначается автоматически, заявление подавать не нужно. Это 80 евро в месяц, деньги приходят "
    "20-го числа. Если детей трое, добавляется пособие многодетной семье. Ответила ли я на Ваш вопрос? Всего доброго!",
    "пособие назначается само как только ребенок есть в регистре народонаселения и вы родитель а платят 80 евро в "
    "месяц на каждого ребенка и приходит оно 20 числа на ваш счет а если счет поменяется то сообщите об этом через "
    "самообслуживание или письмом с цифровой подписью",
    "итого пособие придет само 80 евро 20 числа спасибо что написали всего доброго",
]


@pytest.mark.parametrize("sentence", STUFFED_ET)
def test_stuffed_et(library, sentence):
    assert stuffed_sentences(sentence, "et", _concepts(library, "child-allowance-et"))


@pytest.mark.parametrize("sentence", STUFFED_RU)
def test_stuffed_ru(library, sentence):
    assert stuffed_sentences(sentence, "ru", _concepts(library, "child-allowance-ru"))


@pytest.mark.parametrize("sentence", NOT_STUFFED_ET)
def test_not_stuffed_et(library, sentence):
    assert not stuffed_sentences(sentence, "et", _concepts(library, "child-allowance-et"))


@pytest.mark.parametrize("sentence", NOT_STUFFED_RU)
def test_not_stuffed_ru(library, sentence):
    assert not stuffed_sentences(sentence, "ru", _concepts(library, "child-allowance-ru"))


_CALL = {
    "et": [("agent", "Tere! Sotsiaalkindlustusamet, Liis kuuleb."),
           ("client", "Tere. Mul sündis kolmas laps, kas ma pean lapsetoetust taotlema?")],
    "ru": [("agent", "Здравствуйте! Департамент социального страхования, Ольга."),
           ("client", "Здравствуйте. У меня родился третий ребёнок, нужно ли подавать заявление на пособие?")],
}


def _real_answers(lang: str, reply: str) -> dict:
    turns = [*_CALL[lang], ("agent", reply)]
    transcript = Transcript(language=lang, channel="chat", turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "real_answers")


@pytest.mark.parametrize("lang,reply", [*(("et", s) for s in STUFFED_ET), *(("ru", s) for s in STUFFED_RU)])
def test_stuffed_reply_fails_the_gate_by_name(lang, reply):
    criterion = _real_answers(lang, reply)
    assert criterion["result"] == "fail"
    assert criterion["reason"] == "stuffed"
    assert criterion["evidence"] and criterion["evidence"][0]["agent_turn"] == 2
    assert reply[:30] in criterion["evidence"][0]["quote"]
    assert ("topitud" if lang == "et" else "набитые") in criterion["feedback"]


@pytest.mark.parametrize("lang,reply", [*(("et", s) for s in NOT_STUFFED_ET), *(("ru", s) for s in NOT_STUFFED_RU)])
def test_right_long_answer_keeps_the_gate(lang, reply):
    assert _real_answers(lang, reply)["result"] == "pass"


def test_stuffed_finding_and_feedback_in_three_languages(library):
    transcript = Transcript(language="et", channel="chat",
                            turns=[Turn(role=r, text=t) for r, t in [*_CALL["et"], ("agent", STUFFED_ET[0])]])
    acts = find_non_answers(transcript, _concepts(library, "child-allowance-et"), "et")
    assert [f.kind for f in acts.replies()] == ["stuffed"]
    assert acts.act_texts[2] == ""
    assert set(FEEDBACK["stuffed"]) == {"et", "ru", "en"}


def _grateful(conv) -> bool:
    step = conv.current_step
    return step is not None and step.end and step.id != conv.scenario.dialogue.on_stuck


@pytest.mark.parametrize("scenario_id,replies", [("child-allowance-et", STUFFED_ET),
                                                  ("child-allowance-ru", STUFFED_RU)])
def test_client_does_not_thank_for_stuffed_replies(library, scenario_id, replies):
    scenario = library.get(scenario_id)
    opening = _CALL[scenario.language][0][1]
    conv = play_answers(scenario, library, [opening, *replies, *replies])
    assert not _grateful(conv)


#: every rule of the application window with the goodbye, then the same again to the client's worry (own words)
WINDOW_DUMP_ET = [
    "Tere, Sotsiaalkindlustusamet, Liis, ootama ei pea, avalduse võib teha juba 6 kuud enne pensioniõiguse tekkimist "
    "ja kuni 3 kuud pärast ning kui hiljem esitate, siis makstakse alles taotluse esitamisest ja esitada saab "
    "iseteeninduses, e-postiga digiallkirjaga, postiga või büroos ja otsus tuleb pärast õiguse tekkimist ja isikukoodi "
    "siia ei kirjuta ja koopia saadan, aitäh ja ilusat päeva.",
    "Iseteenindusse saab ID-kaardiga sisse ja taotluse saab teha kuni 6 kuud enne ja kuni 3 kuud pärast ja hiljem "
    "makstakse alates taotluse esitamisest ning võib ka digiallkirjaga e-kirja või posti teel saata või büroosse tulla "
    "ja kas sai selgeks ja head aega.",
]


def test_client_does_not_thank_for_a_window_dump(library):
    scenario = library.get("pension-application-window-et")
    conv = play_answers(scenario, library, WINDOW_DUMP_ET)
    assert not _grateful(conv)
    result = library.score(scenario, conv.transcript())
    assert not result["passed"]
    assert "real_answers" in result["gate_failures"]
