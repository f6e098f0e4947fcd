"""Empathy and the opening (criteria "empathy" and "greeting", blind round 12), on own et/ru sentences.

Cues the scorer counted that respond to no one:
- an agent who recites empathy (a macro pasted into several replies, or empathy said in the opening before
  the client said anything) says a stock formula elsewhere too: a cue with nothing of the client's in it
  ("Mõistan Teie muret.", "Saan aru.", «Приношу извинения за неудобства.») is that recitation, no response;
- a bare cue turned at once into a contradiction ("jah ma saan aru aga ...", «понимаю, но ...»): a concession
  before the blame, no acknowledgement.

A response the scorer missed: in speech without punctuation, «... когда не знаешь придут деньги или нет» is an
indirect question after a verb of knowing, not a tag question to the client.

The opening: a name and an institution that appear only in a keyword signature line ("— Ольга | Департамент
... | правильно ли я понимаю | ...") introduce nobody.

Must-nots: a stock formula from an agent who recites nothing keeps counting, an agent who pastes a footer but
also names the client's own situation keeps the pass, "saan aru, et see on raske, aga ..." keeps counting, a
tag question to the client is still no empathy, a plain signature line keeps the opening.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
UPSET = {"et": "Isa hooldustoetus jäi jälle maksmata, ma olen täiesti närvis, üür on vaja ära maksta.",
         "ru": "Пособие по уходу за отцом опять не пришло, я вся на нервах, за квартиру платить нечем."}
FACT = {"et": "Toetus makstakse välja selle kuu 20. kuupäeval, vallavalitsus kinnitas andmed hilinemisega.",
        "ru": "Пособие выплатят двадцатого числа этого месяца, самоуправление поздно подтвердило данные."}
FOOTER = {"et": "Oleme Teie jaoks olemas. Mõistan, et see on Teile tähtis.",
          "ru": "Мы всегда рядом. Понимаю, как это для Вас важно."}
MORE = {"et": "Aga miks nii kaua? Kas see juhtub jälle?",
        "ru": "А почему так долго? Это опять повторится?"}
MORE_FACT = {"et": "Järgmised maksed tulevad tavapäraselt iga kuu 20. kuupäeval.",
             "ru": "Следующие выплаты будут приходить как обычно двадцатого числа."}


def _run(lang, turns, channel="chat"):
    return verdicts(lang, turns, channel=channel, client_upset=True)["empathy"]


def _with_footer(lang, reply, footer=True):
    tail = f"\n\n{FOOTER[lang]}" if footer else ""
    return _run(lang, [("agent", OPEN[lang] + tail), ("client", UPSET[lang]),
                       ("agent", f"{reply} {FACT[lang]}{tail}"), ("client", MORE[lang]),
                       ("agent", MORE_FACT[lang] + tail), ("client", "Aitäh." if lang == "et" else "Спасибо.")])


@pytest.mark.parametrize("lang, reply", [
    ("et", "Mõistan Teie muret."),
    ("et", "Saan aru."),
    ("et", "Vabandan ebamugavuste pärast."),
    ("ru", "Понимаю Ваше беспокойство."),
    ("ru", "Приношу извинения за неудобства."),
    ("ru", "Понимаю."),
])
def test_stock_formula_of_an_agent_who_pastes_empathy_is_no_response(lang, reply):
    assert _with_footer(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Mõistan Teie muret."),
    ("et", "Vabandan ebamugavuste pärast."),
    ("ru", "Понимаю Ваше беспокойство."),
    ("ru", "Приношу извинения за неудобства."),
])
def test_must_not_stock_formula_of_an_agent_who_recites_nothing_counts(lang, reply):
    assert _with_footer(lang, reply, footer=False) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Saan aru, et jääda üüripäeval ilma rahata on tõesti hirmutav."),
    ("ru", "Понимаю, остаться без денег перед оплатой квартиры очень тревожно."),
])
def test_must_not_own_acknowledgement_counts_beside_a_pasted_footer(lang, reply):
    assert _with_footer(lang, reply) == "pass"


def test_empathy_recited_in_the_opening_makes_a_later_stock_formula_no_response():
    opening = "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Mõistan, et see on Teile tähtis, ja vabandan juba ette."
    assert _run("et", [("agent", opening), ("client", UPSET["et"]),
                       ("agent", "Mõistan Teie muret. " + FACT["et"]), ("client", "Aitäh.")]) == "fail"
    opening = "Здравствуйте! Департамент социального страхования, Ольга. Заранее извиняюсь за неудобства."
    assert _run("ru", [("agent", opening), ("client", UPSET["ru"]),
                       ("agent", "Понимаю Ваше беспокойство. " + FACT["ru"]), ("client", "Спасибо.")]) == "fail"


# -- a cue turned straight into a contradiction -------------------------------------------------------------

def _spoken(lang, reply):
    open_ = {"et": "tere sotsiaalkindlustusamet kaia kuuleb", "ru": "здравствуйте департамент социального страхования ольга"}
    upset = {"et": "no kuulge mulle keegi ei öelnud et toetus lõpeb ja nüüd nõutakse raha tagasi mul on kolm last",
             "ru": "слушайте мне никто не сказал что пособие закончится а теперь требуют деньги назад у меня трое детей"}
    return _run(lang, [("agent", open_[lang]), ("client", upset[lang]), ("agent", reply),
                       ("client", "selge" if lang == "et" else "понятно")], channel="phone")


@pytest.mark.parametrize("lang, reply, result", [
    ("et", "jah ma saan aru aga muutustest teatamine on ikkagi vanema ülesanne", "fail"),
    ("et", "mõistan kuid reeglid on kõigile ühesugused", "fail"),
    ("ru", "да я понимаю но сообщать об изменениях должен был родитель", "fail"),
    ("ru", "понимаю вас однако правила одинаковые для всех", "fail"),
    # must-nots: the acknowledgement has its own content before the "but"
    ("et", "saan aru et see on teile väga raske aga tagasinõude saab jagada osadeks", "pass"),
    ("ru", "понимаю как вам сейчас тяжело но возврат можно разбить на части", "pass"),
    # must-nots: an apology before a "but" still apologises
    ("ru", "извините но в таком тоне я не могу продолжать разговор", "pass"),
    ("et", "vabandan aga sellisel toonil ma vestlust jätkata ei saa", "pass"),
])
def test_a_cue_turned_into_a_contradiction(lang, reply, result):
    assert _spoken(lang, reply) == result


# -- an indirect question after a verb of knowing ---------------------------------------------------------

@pytest.mark.parametrize("lang, reply, result", [
    ("ru", "понимаю вас это очень тяжело когда не знаешь вернут деньги или нет", "pass"),
    ("et", "mõistan teid see on tõesti raske kui ei tea kas raha tuleb või mitte", "pass"),
    # must-nots: a check of understanding is still no empathy, a verb of knowing in it or not
    ("ru", "правильно ли я понимаю вы хотите вернуть деньги или нет", "fail"),
    ("et", "kas ma saan õigesti aru et te ei tea kas raha tuleb või mitte", "fail"),
])
def test_indirect_alternative_after_a_verb_of_knowing_is_no_question(lang, reply, result):
    assert _spoken(lang, reply) == result


# -- the opening: a keyword signature line -----------------------------------------------------------------

def _greeting(lang, opening, channel="chat"):
    turns = [("agent", opening), ("client", "Tere, mul on küsimus pensioni kohta." if lang == "et" else
                                   "Здравствуйте, у меня вопрос о пенсии.")]
    return verdicts(lang, turns, channel=channel)["greeting"]


@pytest.mark.parametrize("lang, opening, result", [
    ("ru", "Добрый день! Чем помочь?\n— Мария | Департамент социального страхования | уточню Ваш вопрос | "
           "понимаю Ваше беспокойство | подведём итог | всего доброго", "fail"),
    ("et", "Tere! Kuulan.\n— Kaia | Sotsiaalkindlustusamet | kas ma saan õigesti aru | mõistan Teie muret | "
           "kokkuvõtteks | head päeva", "fail"),
    # must-nots: a plain signature, and the name said in the opening itself
    ("ru", "Добрый день! Департамент социального страхования, меня зовут Мария. Чем помочь?\n— Мария | "
           "Департамент социального страхования", "pass"),
    ("et", "Tere! Sotsiaalkindlustusamet, Kaia kuuleb.\n— Kaia | Sotsiaalkindlustusamet | mõistan Teie muret | "
           "kokkuvõtteks | head päeva", "pass"),
    ("et", "Tere! Mida soovite teada?\n— Kaia | Sotsiaalkindlustusamet | Mõistan Teie muret. Kas ma sain õigesti aru? "
           "Kokkuvõtteks: head päeva!", "pass"),
    ("ru", "Добрый день!\n— Мария | Департамент социального страхования | Понимаю Ваше беспокойство. Итак, "
           "подведём итог. Всего доброго!", "pass"),
])
def test_keyword_signature_line_introduces_nobody(lang, opening, result):
    assert _greeting(lang, opening) == result


def test_keyword_signature_after_a_dash_on_the_same_line_introduces_nobody():
    assert _greeting("et", "tere. mida soovite? —— Kaia | Sotsiaalkindlustusamet | kas ma saan õigesti aru | "
                           "kokkuvõtteks | head päeva") == "fail"

