"""New-user batch 19 (tests/newuser/live19, held out): terse good runs that failed and a gaming run that passed.

- A run that puts every answer off ("we can talk about it later, when you are ready", «позвоните, когда будете
  готовы») and leaves the client resigned ("eks ma proovin kuidagi hakkama saada", «ладно, как-нибудь сами
  разберёмся») answered nothing: courtesy (brush-off), summary and closing fail.
- "vabandust veel" / «ещё раз» after a thanks or an apology is part of the formula, not a keyword.
- «назвать не могу защита персональных данных» (speech without commas): the negated modal has its infinitive before
  it; the reason after it is not denied.
- "ühistaotlus töötukassale eraldi meile pole vaja": "pole vaja" denies the nearer destination (us), not Töötukassa.

Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import re

import pytest
from scoring_support import OPENING, verdicts

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library
from trainer.text.phrases import PhraseSet


@pytest.fixture(scope="module")
def library():
    return load_library()


def _verdicts(lang, *texts, channel="phone"):
    turns = [("agent", OPENING[lang])] + [("client" if i % 2 == 0 else "agent", t) for i, t in enumerate(texts)]
    return verdicts(lang, turns, channel)


# -- gaming: every answer put off, the client left to cope alone -----------------------------------------------------

POSTPONED = [
    ("et", "Mu ema suri eelmisel kuul. Kas mulle makstakse matusetoetust? Mida ma pean tegema?",
     "Mul on väga kahju. Praegu ei pea Te millegagi tegelema, võtame selle ette hiljem, kui olete valmis.",
     "Aga kas see toetus on olemas?",
     "Ärge muretsege. Helistage meile uuesti, kui jaksate, siis vaatame kõik koos rahulikult üle.",
     "Kuidas ma taotluse teen?",
     "Kui tunnete end paremini, helistate meile ja me juhendame Teid. Kokkuvõtteks: kiiret ei ole. "
     "Kas see vastas Teie küsimusele?",
     "Noh... küllap ma ise kuidagi saan hakkama.",
     "Aitäh, et helistasite. Jõudu Teile!"),
    ("ru", "У меня умер муж. Положено ли что-то сыну? И что мне делать с документами?",
     "Примите мои соболезнования. Сейчас ничего делать не нужно, поговорим об этом позже, когда будете готовы.",
     "Но сыну что-то положено?",
     "Не волнуйтесь. Позвоните нам, когда сможете, и тогда спокойно всё посмотрим.",
     "А как подать заявление?",
     "Когда будете готовы, позвоните, и мы Вам всё объясним. Итак: спешить некуда. Ответила ли я на Ваш вопрос?",
     "Ладно... как-нибудь сама разберусь.",
     "Спасибо за звонок. Всего доброго!"),
]


@pytest.mark.parametrize("dialogue", POSTPONED, ids=lambda d: d[0])
def test_every_answer_put_off_fails_courtesy_summary_and_closing(dialogue):
    got = _verdicts(dialogue[0], *dialogue[1:])
    assert (got["courtesy"], got["summary"], got["closing"]) == ("fail", "fail", "fail"), got


KEPT = [
    # one gentle "later" for the client's own matters, the daughter's benefit answered; a plain thanks at the end
    ("et", "Mu mees suri. Kas tütar saab mingit toetust? Ja mis minust saab?",
     "Mul on väga kahju. Tütar saab toitjakaotustoetust, umbes 345 eurot kuus. Teie enda asjadest võime rääkida ka "
     "hiljem, kui olete valmis.",
     "Kuidas ma selle taotlen?",
     "Taotluse saate esitada iseteeninduses või klienditeeninduses, seal aitame. Kokkuvõtteks: tütrele "
     "toitjakaotustoetus, kiiret ei ole. Kas see vastas Teie küsimusele?",
     "Jah, aitäh. Küll ma hakkama saan.",
     "Aitäh, et helistasite. Jõudu Teile!"),
    # answered, yet the client copes "somehow": one reply, nothing put off
    ("ru", "Когда придёт пенсия в январе?",
     "Пенсия придёт 5 января, заявление не нужно. Итак: 5 января. Ответила ли я на Ваш вопрос?",
     "Да, спасибо, как-нибудь доживём до пятого.",
     "Спасибо за звонок, всего доброго!"),
    # a callback the agent makes itself is no putting off
    ("et", "Kas mu taotlus on läbi vaadatud?",
     "Vabandust, süsteem ei tööta. Helistan Teile ise tagasi, kui süsteem jälle töötab.",
     "Millal umbes?",
     "Täpset aega ma lubada ei saa. Kokkuvõtteks: helistan tagasi ja ütlen taotluse seisu. Kas sobib?",
     "Jah, sobib.",
     "Aitäh, head päeva!"),
]


@pytest.mark.parametrize("dialogue", KEPT, ids=lambda d: d[0] + ":" + d[1][:12])
def test_an_answer_with_a_later_offer_keeps_courtesy_and_closing(dialogue):
    got = _verdicts(dialogue[0], *dialogue[1:])
    assert (got["courtesy"], got["closing"]) == ("pass", "pass"), got


# -- "veel" / «ещё раз» beside a formula --------------------------------------------------------------------------

def _findings(library, language, texts):
    concepts = library.rubrics["call-model"].concepts
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    tr = Transcript(language=language, channel="phone", turns=turns)
    return [f.kind for f in find_non_answers(tr, concepts, language).findings]


FORMULA_AGAIN = [
    ("et", ["tere ska piret kuuleb", "ok selge ootan siis", "aitah veel head aega"]),
    ("et", ["tere ska piret kuuleb", "ok selge ootan siis", "vabandust veel koike head"]),
]


@pytest.mark.parametrize("language,texts", FORMULA_AGAIN)
def test_again_beside_a_formula_is_part_of_it(library, language, texts):
    assert _findings(library, language, texts) == [], texts


KEYWORDS_STAY = [
    ("et", ["tere ska piret kuuleb", "ok selge ootan siis", "iseteenindus veel kontor"]),
    ("et", ["tere ska piret kuuleb", "ok selge ootan siis", "veel iseteenindus kontor"]),
]
CLEAN_STAYS = [
    ("ru", ["здравствуйте департамент мария", "хорошо жду", "спасибо ещё раз всего доброго"]),
    ("et", ["tere ska piret kuuleb", "ok selge ootan siis", "tanan veel kord head aega"]),
]


@pytest.mark.parametrize("language,texts", KEYWORDS_STAY)
def test_a_keyword_beside_again_is_still_a_keyword(library, language, texts):
    assert "keyword_chain" in _findings(library, language, texts), texts


@pytest.mark.parametrize("language,texts", CLEAN_STAYS)
def test_formulas_with_again_stay_clean(library, language, texts):
    assert _findings(library, language, texts) == [], texts


# -- a reason after "INF не могу" ---------------------------------------------------------------------------------

def test_reason_after_a_complete_negated_modal_is_not_denied():
    ps = PhraseSet(["защита данных"], "ru")
    got = ps.find_all("доверенность у вас есть сообщить не могу защита личных данных")
    assert got and not got[0].negated
    got = ps.find_all("выплаты сказать не можем защита данных закон такой")
    assert got and not got[0].negated


def test_object_after_a_negated_modal_stays_denied():
    ps = PhraseSet(["данные мамы"], "ru")
    got = ps.find_all("сообщить не могу данные мамы")
    assert got and got[0].negated
    ps = PhraseSet(["защита данных"], "ru")
    got = ps.find_all("это не защита данных")
    assert got and got[0].negated


# -- "pole vaja" after another destination -----------------------------------------------------------------------

def _signal(library, scenario_id, name):
    scen = library.get(scenario_id)
    return [re.compile(p[3:]) for p in scen.signals[name] if p.startswith("re:")]


@pytest.mark.parametrize("text", [
    "uhistaotlus tootukassale meile eraldi pole vaja saata",
    "ühistaotlus läheb Töötukassale ja ametile eraldi taotlust pole vaja",
])
def test_not_needed_for_the_nearer_destination(library, text):
    from trainer.text import fold
    assert not any(p.search(fold(text.lower())) for p in _signal(library, "disability-or-workability-chat-et",
                                                                   "joint_to_us")), text


@pytest.mark.parametrize("text", [
    "uhistaotlus meie iseteeninduses tootukassasse eraldi pole vaja minna",
    "Töötukassasse pole vaja pöörduda, ühistaotluse esitate meile.",
])
def test_not_needed_for_toetukassa_itself_still_wrong(library, text):
    from trainer.text import fold
    assert any(p.search(fold(text.lower())) for p in _signal(library, "disability-or-workability-chat-et",
                                                               "joint_to_us")), text


# -- "first X, then Y": a negation in Y is Y's --------------------------------------------------------------------

def test_first_step_is_not_denied_by_the_next_steps_negation():
    ps = PhraseSet(["perearst"], "et")
    got = ps.find_all("koigepealt perearst siis taotlus tootukassale eraldi ametisse pole vaja minna")
    assert got and not got[0].negated


def test_a_doctor_without_a_first_step_stays_denied():
    ps = PhraseSet(["perearst"], "et")
    got = ps.find_all("perearst siis taotlust enam ei kinnita")
    assert got and got[0].negated
