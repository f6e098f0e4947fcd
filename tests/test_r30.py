"""What blind round 30 showed about courtesy and the clarifying question, in general form, on own et/ru sentences:

- blame: a past duty put on the client («Вы должны были сами за всем этим следить», "Te pidite ise jälgima"), and
  "ignorance of the law is no excuse" («незнание закона не освобождает», "seaduse mittetundmine ei vabasta");
- condescension: the website pointer with a reproachful particle («всё же на сайте написано», "see on ju kodulehel
  kirjas"), also when an unrelated «будут» stands earlier in the sentence;
- brush-offs: a goodbye with a summary cue ("Kokkuvõtteks: aitäh, kõike head!") to the client saying she was not
  answered; "that was not my question" («это не мой вопрос») answered with a bare "ask the court" ("Seda küsige
  kohtust."); a bare "Jah." to the client left to find it out herself ("pean vist ise edasi uurima");
- needs: whether the person the call is about is beside the caller ("kas teie ema on praegu seal kõrval", «а мама
  сейчас рядом с Вами?») arranges consent, it asks nothing about the matter.
"""

import pytest
from scoring_support import OPENING, verdicts

from trainer import text as tx
from trainer.scoring.client_reply import says_unanswered
from trainer.scoring.courtesy import ON_MY_OWN
from trainer.scoring.courtesy_evasion import _ask_elsewhere


def _courtesy(lang, agent_lines, client_lines, channel="chat"):
    turns = [("agent", OPENING[lang])]
    for c, a in zip(client_lines, agent_lines, strict=False):
        turns += [("client", c), ("agent", a)]
    turns += [("client", client_lines[-1])] if len(client_lines) > len(agent_lines) else []
    return verdicts(lang, turns, channel)["courtesy"]


# -- blame ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,client,agent,want", [
    ("ru", "Почему мне пришло требование вернуть пенсию?",
     "Вы не сообщили о работе за границей. Вы должны были сами за всем этим следить.", "fail"),
    ("ru", "Почему мне пришло требование вернуть пенсию?",
     "Пособие перестали платить с мая. Незнание правил, к сожалению, не освобождает от возврата.", "fail"),
    ("et", "Miks ma pean toetuse tagasi maksma?",
     "Töölt lahkumisest ei teatatud. Te pidite ise jälgima, et andmed oleksid õiged.", "fail"),
    ("et", "Miks ma pean toetuse tagasi maksma?",
     "Toetust maksti kolm kuud liiga kaua. Seaduse mittetundmine, kahjuks, ei vabasta tagastamisest.", "fail"),
    # near misses: the agency's own duty, waiting, a letter the client should have received
    ("ru", "Почему мне пришло требование вернуть пенсию?",
     "Мы должны были сами за этим следить, извините. Вернуть можно частями.", "pass"),
    ("ru", "Почему мне пришло требование вернуть пенсию?",
     "Вы должны были получить письмо в мае. Вернуть можно частями, по графику.", "pass"),
    ("et", "Miks ma pean toetuse tagasi maksma?",
     "Vabandan, et pidite nii kaua ootama. Toetust maksti kolm kuud liiga kaua, tagasi saab maksta osade kaupa.",
     "pass"),
])
def test_blame_of_a_past_duty_and_ignorance_of_the_law(lang, client, agent, want):
    assert _courtesy(lang, [agent], [client]) == want


# -- condescension ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,agent,want", [
    ("ru", "Нет, тогда не будут) всё же на сайте написано, условия простые.", "fail"),
    ("ru", "Нет, не будет. Условия ведь на сайте указаны.", "fail"),
    ("et", "Ei, siis ei maksta. See on ju kodulehel kõik kirjas.", "fail"),
    # near misses: the page pointed to without reproach, the letter still to come
    ("ru", "Нет, тогда не будут: в регистре прописан сын. Условия также описаны на сайте.", "pass"),
    ("ru", "Решение ещё не принято. Когда придёт решение, там всё будет написано.", "pass"),
    ("et", "Ei, siis ei maksta, sest registris on veel üks inimene. Tingimused on ka kodulehel kirjas.", "pass"),
])
def test_the_website_pointer_with_a_reproachful_particle(lang, agent, want):
    client = {"ru": "А мне будет надбавка одиноким пенсионерам?", "et": "Kas mulle makstakse üksi elava pensionäri toetust?"}
    assert _courtesy(lang, [agent], [client[lang]]) == want


# -- brush-offs -------------------------------------------------------------------------------------------------------

def test_a_summary_cue_over_a_goodbye_to_an_unanswered_client_is_a_brush_off():
    turns = [("agent", OPENING["et"]),
             ("client", "kas õppetoetuse jaoks on vaja kooli tõendit saata?"),
             ("agent", "Kas ma sain õigesti aru? Aitäh, ilusat päeva!"),
             ("client", "te ei vastanud mu küsimusele"),
             ("agent", "Kokkuvõtteks: aitäh pöördumise eest, ilusat päeva!"),
             ("client", "noh, helistan siis")]
    assert verdicts("et", turns, "chat")["courtesy"] == "fail"
    # near miss: the recap answers the question asked again
    turns[4] = ("agent", "Vabandust! Kokkuvõtteks: tõendit ei ole vaja saata, kool esitab andmed ise. Ilusat päeva!")
    assert verdicts("et", turns, "chat")["courtesy"] == "pass"


@pytest.mark.parametrize("text,want", [
    ("See ei olnud mu küsimus. Kas ma pean ise avalduse tegema?", True),
    ("See pole ju minu küsimus.", True),
    ("Это не мой вопрос. Мне нужно подать заявление?", True),
    ("See on minu küsimus: kas ma pean ise avalduse tegema?", False),
    ("Это мой вопрос, да.", False),
])
def test_that_was_not_my_question(text, want):
    assert says_unanswered(text) is want


@pytest.mark.parametrize("reply,want", [
    ("Seda küsige kohtust.", True),
    ("Это уточните у юриста.", True),
    ("Seda küsige kohtust, sest hagi tagamise üle otsustab kohus.", False),
    ("Обратитесь в суд, срок 30 дней.", False),
    ("Jah, hagi tagamist tuleb kohtult eraldi paluda, kohtu määrusega saate elatisabi taotleda.", False),
])
def test_ask_elsewhere(reply, want):
    assert _ask_elsewhere(reply) is want


@pytest.mark.parametrize("lang,lines,want", [
    ("et", ["Elatisabi makstakse iga kuu 10. kuupäeval.", "Seda küsige kohtust."], "fail"),
    ("ru", ["Алименты из фонда платят 10-го числа.", "Это уточните у юриста."], "fail"),
    ("et", ["Elatisabi makstakse iga kuu 10. kuupäeval.",
            "Vabandust! Jah, hagi tagamist tuleb kohtult paluda, sest elatisabi saab selle määruse alusel."], "pass"),
])
def test_not_my_question_then_sent_elsewhere(lang, lines, want):
    client = {"et": ["Kas hagi tagamist peab kohtult eraldi paluma?",
                     "See ei olnud mu küsimus. Kas ma pean kohtult hagi tagamist paluma?"],
              "ru": ["Нужно ли отдельно просить суд об обеспечении иска?",
                     "Это не мой вопрос. Мне нужно просить суд об обеспечении иска?"]}[lang]
    assert _courtesy(lang, lines, client) == want


@pytest.mark.parametrize("text,want", [
    ("Olgu. Ma pean vist ise edasi uurima.", True),
    ("Hästi, uurin siis ise.", True),
    ("Ладно, видимо, придётся самой дальше разбираться.", True),
    ("Хорошо, сама поищу.", True),
    ("Selge, aitäh, nüüd on kõik arusaadav.", False),
    ("Я сама подам заявление, спасибо.", False),
    ("Ma pean ise taotluse esitama?", False),
])
def test_left_to_find_it_out_herself(text, want):
    assert bool(ON_MY_OWN.search(tx.fold(text.lower()))) is want


def test_a_bare_yes_to_a_client_left_on_her_own_after_a_fragment_is_a_brush_off():
    turns = [("agent", OPENING["et"]),
             ("client", "Mu pojal avastati epilepsia ja ma ei tea, kust alustada puude taotlemisega."),
             ("agent", "Perearst, siis taotlus."),
             ("client", "Kas taotluse saan ise esitada?"),
             ("agent", "Jah, taotluse saate esitada iseteeninduses pärast perearsti visiiti."),
             ("client", "Ja kui kaua otsus aega võtab?"),
             ("agent", "Otsus tehakse tavaliselt 30 päeva jooksul."),
             ("client", "Olgu. Ma pean vist ise edasi uurima."),
             ("agent", "Jah.")]
    assert verdicts("et", turns, "chat")["courtesy"] == "fail"
    # near miss: the client takes the answers and thanks
    turns[-2] = ("client", "Selge, aitäh.")
    turns[-1] = ("agent", "Palun, kõike head!")
    assert verdicts("et", turns, "chat")["courtesy"] == "pass"


# -- needs: a presence check arranges consent --------------------------------------------------------------------------

def _third_party(lang, question):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
                ("client", "tere ma helistan oma isa pärast tal jäi puudetoetus tulemata"),
                ("agent", question),
                ("client", "ei ta on haiglas"),
                ("agent", "selge kahjuks ilma volikirjata ma isa andmeid öelda ei saa isa saab ise helistada"),
                ("client", "hästi ma ütlen talle"),
                ("agent", "aitäh kõne eest head päeva")]
    return [("agent", "здравствуйте департамент социального страхования ирина слушаю"),
            ("client", "здравствуйте я звоню по поводу отца ему не пришло пособие по инвалидности"),
            ("agent", question),
            ("client", "нет он в больнице"),
            ("agent", "понятно к сожалению без доверенности я не могу сообщить данные отца пусть он позвонит сам"),
            ("client", "хорошо я ему скажу"),
            ("agent", "спасибо за звонок всего доброго")]


@pytest.mark.parametrize("lang,question,want", [
    ("et", "mhm kas teie isa on praegu ise seal kõrval", "fail"),
    ("ru", "угу а отец сейчас рядом с вами", "fail"),
    # near misses: questions about the matter
    ("et", "mhm kas isa elab teie juures või üksi", "pass"),
    ("ru", "угу а какое пособие пенсия по инвалидности или пособие по инвалидности", "pass"),
    # an either-or: is he beside you, or are you calling for him (whose matter, for whom the caller speaks)
    ("et", "mhm kas isa on praegu teie kõrval või helistate tema eest", "pass"),
    ("ru", "угу а отец сейчас рядом с вами или вы за него звоните", "pass"),
])
def test_whether_the_person_is_beside_the_caller_is_no_clarifying_question(lang, question, want):
    assert verdicts(lang, _third_party(lang, question), third_party=True)["needs"] == want
