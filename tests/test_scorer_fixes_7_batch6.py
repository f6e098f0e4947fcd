"""Scorer fixes after the held-out first replay of blind batch 6 (tests/newuser/live6/), in general form.

The sentences are written for this test in Estonian and Russian (not copied from the runs), with
must-not cases for each rule.
"""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]


def _verdicts(lang, turns):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return {c["id"]: c["result"] for c in result["criteria"]}


# -- 1. the agent's own first name: names in use in Estonia beyond the short lists ------------------------

@pytest.mark.parametrize("lang, opening, expected", [
    ("et", "Tere! Sotsiaalkindlustusamet, Marta kuuleb. Kuidas saan Teid aidata?", "pass"),
    ("et", "tere sotsiaalkindlustusamet marta kuuleb", "pass"),
    ("et", "Tere, Sotsiaalkindlustusamet, Egert kuuleb.", "pass"),
    ("et", "Tere! Sotsiaalkindlustusamet, Aadu.", "pass"),
    ("ru", "Здравствуйте! Департамент социального страхования, меня зовут Марта.", "pass"),
    ("ru", "здравствуйте департамент социального страхования марта слушаю", "pass"),
    ("ru", "здравствуйте, марта, департамент соц страхования. чем могу помочь?", "pass"),
    ("ru", "Добрый день, Эгерт, Департамент социального страхования.", "pass"),
    ("et", "Tere, Sotsiaalkindlustusameti chatis on Kati.", "pass"),
    ("et", "tere sotsiaalkindlustusameti infotelefonil on marta", "pass"),
    # must not: the month, a name addressed with "!", a surname, no name at all
    ("ru", "Здравствуйте! Департамент социального страхования, с первого марта новые правила.", "fail"),
    ("ru", "Здравствуйте, Марта! Департамент социального страхования.", "fail"),
    ("et", "Tere, Marta! Sotsiaalkindlustusamet kuuleb.", "fail"),
    ("et", "Tere! Sotsiaalkindlustusamet, kuidas saan aidata?", "fail"),
])
def test_the_agents_own_name_from_the_estonian_name_list(lang, opening, expected):
    client = "Tere, mul on küsimus." if lang == "et" else "Здравствуйте, у меня вопрос."
    assert _verdicts(lang, [("agent", opening), ("client", client)])["greeting"] == expected


# -- 2. "I may not even say whether X": X is not stated --------------------------------------------------

from trainer.text import PhraseSet  # noqa: E402


@pytest.mark.parametrize("lang, phrase, sentence, stated", [
    ("et", "raha on kontol", "Seepärast ei tohi ma isegi öelda, kas raha on kontol.", False),
    ("et", "raha on kontol", "Ma ei saa Teile kahjuks rääkida, kas raha on kontol või mitte.", False),
    ("et", "pension on laekunud", "Kas pension on laekunud, seda ma avaldada ei saa.", False),
    ("ru", "пришли деньги", "Я не могу Вам даже сказать, пришли ли деньги.", False),
    ("ru", "поступила пенсия", "Не имею права сообщать, поступила ли пенсия на счёт.", False),
    ("ru", "пенсия поступила", "Поступила ли пенсия, этого я сказать не могу.", False),
    # must still be stated
    ("et", "raha on kontol", "Ma ei tea täpselt, aga võin öelda, et raha on kontol.", True),
    ("et", "raha on kontol", "Vaatasin järele: raha on kontol.", True),
    ("ru", "деньги пришли", "Могу сказать, что деньги пришли вчера.", True),
    ("ru", "деньги пришли", "Не волнуйтесь, деньги пришли.", True),
    ("ru", "пришли деньги", "Не знаю, как у соседей, но Вам пришли деньги.", True),
    ("et", "raha on kontol", "Kas raha on kontol, seda näete ise oma pangast.", True),
])
def test_a_fact_inside_a_denied_whether_clause_is_not_stated(lang, phrase, sentence, stated):
    found = [m for m in PhraseSet([phrase], lang).find_all(sentence) if not m.negated]
    assert bool(found) is stated


# -- 3. a promised disability degree is a promise, a hard feeling is not --------------------------------

from trainer.scoring.promises import is_promise  # noqa: E402


@pytest.mark.parametrize("lang, sentence, promise", [
    ("ru", "И не переживайте: после инсульта Вам точно установят тяжёлую степень, это будет 50 евро в месяц.", True),
    ("ru", "Вам обязательно дадут тяжёлую инвалидность.", True),
    ("et", "Teile määratakse kindlasti raske puue.", True),
    ("ru", "Это точно тяжёлая ситуация для Вас.", False),
    ("ru", "Степень определяет эксперт, я не могу обещать, что установят тяжёлую степень.", False),
    ("et", "See on kindlasti raske aeg.", False),
])
def test_a_promised_degree_is_a_promise(lang, sentence, promise):
    assert is_promise(sentence, lang) is promise


# -- 4. an objection (vaie) goes to the Board, not to the court ------------------------------------------

@pytest.mark.parametrize("lang, reply, expected", [
    ("ru", "Бланка нет, подойдёт письмо с подписью. Отправлять его нужно в административный суд.", "fail"),
    ("ru", "Возражение подайте в административный суд в течение 30 дней.", "fail"),
    ("et", "Vaide saate esitada halduskohtusse 30 päeva jooksul.", "fail"),
    ("et", "Vaie tuleb saata kohtusse, amet ise oma otsust üle ei vaata.", "fail"),
    # right: the objection to the Board, the court after (or instead of) it
    ("ru", "Возражение отправьте в Департамент; если решение по возражению не устроит, можно обратиться в административный суд.", "pass"),
    ("ru", "Отправлять возражение в суд не нужно, его рассматривает Департамент.", "pass"),
    ("ru", "Можно также подать жалобу в административный суд.", "pass"),
    ("et", "Selle otsuse peale saab kaebuse esitada halduskohtusse.", "pass"),
    ("et", "Vaide esitate ametile. Kui vaideotsusega ei nõustu, saate pöörduda halduskohtusse.", "pass"),
    ("et", "Kohtusse ei pea minema, vaide saate saata meile e-kirjaga.", "pass"),
])
def test_an_objection_sent_to_the_court_is_the_wrong_authority(lang, reply, expected):
    client = "Kuidas ma otsuse vaidlustan?" if lang == "et" else "Как мне оспорить решение?"
    greet = "Tere, Sotsiaalkindlustusamet, Mari kuuleb." if lang == "et" else \
        "Здравствуйте, Департамент социального страхования, Мария."
    verdicts = _verdicts(lang, [("agent", greet), ("client", client), ("agent", reply)])
    assert verdicts["right_authority"] == expected


# -- 5. a reason adverbial after a negated verb is not denied ---------------------------------------------

@pytest.mark.parametrize("sentence, negated", [
    ("teise inimese andmeid ma oelda ei saa isikuandmete kaitse tottu", False),
    ("Ma ei saa seda öelda isikuandmete kaitse tõttu.", False),
    ("Isikuandmete kaitse tõttu ei saa ma öelda.", False),
    ("See ei ole isikuandmete kaitse küsimus.", True),
    # batch 10: "pärast" as the postposition of a reason
    ("teise inimese andmeid ma oelda ei saa isikuandmete kaitse parast", False),
    ("Ma ei saa isikuandmete kaitse pärast midagi öelda.", False),
])
def test_a_reason_after_a_negated_verb_is_not_negated(sentence, negated):
    (match,) = PhraseSet(["isikuandmete kaitse"], "et").find_all(sentence)
    assert match.negated is negated


def test_a_time_before_paerast_stays_denied():
    (match,) = PhraseSet(["kahe pangapäeva"], "et").find_all("Raha ei tule kahe pangapäeva pärast, vaid samal päeval.")
    assert match.negated


# -- 6. unpunctuated Russian: «нельзя» with its own infinitive does not negate the next clause's verb -----

@pytest.mark.parametrize("phrase, sentence, negated", [
    ("потребует вернуть", "то что пришло после смерти трогать нельзя его потребуют вернуть", False),
    ("потребует вернуть", "тратить нельзя Департамент потребует вернуть", False),
    ("потребует вернуть", "деньги не потребуют вернуть", True),
    ("потребует вернуть", "Департамент не потребует их вернуть", True),
    ("потребует вернуть", "нельзя тратить потребуют вернуть", False),  # «нельзя тратить», then a new clause
])
def test_nelzya_with_its_own_infinitive(phrase, sentence, negated):
    (match,) = PhraseSet([phrase], "ru").find_all(sentence)
    assert match.negated is negated


# -- 7. a discourse marker is never negated: «итак не сообщать ...» sums up a "do not" -------------------

@pytest.mark.parametrize("lang, turns, expected", [
    ("ru", [("agent", "здравствуйте департамент социального страхования мария слушаю"),
            ("client", "у меня мама умерла надо ли вам сообщать"),
            ("agent", "соболезную сообщать не нужно данные придут из регистра народонаселения"),
            ("client", "хорошо а деньги которые пришли"),
            ("agent", "пенсию за декабрь тратить нельзя её потребуют вернуть"),
            ("client", "понятно спасибо"),
            ("agent", "понимаю вам тяжело деньги за декабрь не используйте итак не сообщать и декабрьскую пенсию не тратить"),
            ("client", "хорошо а что с похоронами"),
            ("agent", "пособие на похороны платит местное самоуправление"),
            ("client", "спасибо"),
            ("agent", "всего доброго")], "pass"),
    ("et", [("agent", "tere sotsiaalkindlustusamet mari kuuleb"),
            ("client", "kas ma pean ema surmast teatama"),
            ("agent", "teatama ei pea andmed tulevad rahvastikuregistrist"),
            ("client", "selge aga raha mis tuli"),
            ("agent", "detsembri pensioni kasutada ei tohi see nõutakse tagasi"),
            ("client", "selge aitäh"),
            ("agent", "saan aru et see on raske raha ärge kasutage kokkuvõtteks ei pea teatama ja detsembri raha ei tohi kasutada"),
            ("client", "aga matusetoetus"),
            ("agent", "matusetoetust maksab kohalik omavalitsus"),
            ("client", "aitäh"),
            ("agent", "head aega")], "pass"),
])
def test_a_summary_of_do_nots(lang, turns, expected):
    assert _verdicts(lang, turns)["summary"] == expected


# -- 8. an introduction is never a spoken check, even when the client's reply opens with "да" ----------

@pytest.mark.parametrize("lang, opening, reply, expected", [
    ("ru", "Здравствуйте Чат Департамента социального страхования Вас обслуживает Мария",
     "да здравствуйте мне отказали в пенсии как оспорить", "fail"),
    ("et", "Tere Sotsiaalkindlustusameti veebivestlus Teid teenindab Kati", "jah tere mul on küsimus pensioni kohta", "fail"),
    # a real check after the introduction still counts
    ("ru", "здравствуйте департамент социального страхования мария слушаю",
     "мне отказали в пенсии", "pass"),
])
def test_an_introduction_is_no_spoken_check(lang, opening, reply, expected):
    check = {"ru": "вы про решение об отказе в досрочной пенсии", "et": "te küsite pensioni kohta"}[lang]
    first = {"ru": "здравствуйте мне отказали в досрочной пенсии как оспорить", "et": "tere mul on küsimus pensioni kohta"}
    turns = [("client", first[lang]), ("agent", opening), ("client", reply)]
    if expected == "pass":
        turns += [("agent", check), ("client", "да про это")]
    answer = {"ru": "возражение подают в течение 30 дней в департамент", "et": "vaide saab esitada 30 päeva jooksul"}[lang]
    turns += [("agent", answer), ("client", "спасибо" if lang == "ru" else "aitäh")]
    assert _verdicts(lang, turns)["needs"] == expected


@pytest.mark.parametrize("lang, turns", [
    ("ru", [("agent", "здравствуйте департамент социального страхования мария слушаю"),
            ("client", "мне пенсию не пересчитали уже три месяца жду"),
            ("agent", "сочувствую это действительно неприятно"),
            ("client", "да очень неприятно я же всё отправила"),
            ("agent", "пересчёт делают в течение 30 дней после поступления документов"),
            ("client", "спасибо")]),
    ("et", [("agent", "tere sotsiaalkindlustusamet kati kuuleb"),
            ("client", "mu pension on ikka ümber arvutamata kolm kuud juba"),
            ("agent", "saan aru et see on ärritav"),
            ("client", "jah väga ärritav ma saatsin kõik ära"),
            ("agent", "ümberarvutus tehakse 30 päeva jooksul pärast dokumentide saabumist"),
            ("client", "aitäh")]),
])
def test_empathy_confirmed_by_the_client_is_no_clarifying_question(lang, turns):
    assert _verdicts(lang, turns)["needs"] == "fail"


# -- 9. the client's spoken questions at the end of a call; thanks after «нет» -------------------------

from trainer.text import is_spoken_question  # noqa: E402


@pytest.mark.parametrize("lang, sentence, question", [
    ("ru", "а пенсия за эти месяцы не пропадёт", True),
    ("ru", "а деньги потом не заберут обратно", True),
    ("ru", "простите а можно чуть подробнее", True),
    ("ru", "вы меня вообще слышите", True),
    ("ru", "вы понимаете что я вам говорю", True),
    ("et", "aga minu küsimusele te veel ei vastanud", True),
    ("ru", "вы так и не ответили на мой вопрос", True),
    # statements
    ("ru", "ладно спрошу у врача тогда", False),
    ("et", "olgu küsin siis arstilt", False),
    ("ru", "а я и не знала что так можно", False),
    ("ru", "а мне никто не сказал", False),
    ("ru", "вы мне очень помогли спасибо", False),
    ("ru", "вы меня не слушаете", False),
    ("et", "te vastasite mu küsimusele aitäh", False),
])
def test_client_spoken_questions_at_the_end(lang, sentence, question):
    assert is_spoken_question(sentence, lang, client=True) is question


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "да всё верно ошибки нет спасибо за звонок всего доброго"),
    ("et", "ei midagi muud pole aitäh et helistasite"),
])
def test_thanks_after_a_negated_clause_is_still_thanks(lang, sentence):
    (match,) = PhraseSet(["спасибо" if lang == "ru" else "aitäh"], lang).find_all(sentence)
    assert not match.negated


# -- 10. a negator in a "that"-clause after the match does not negate it (no punctuation) -----------------

@pytest.mark.parametrize("lang, phrase, sentence, negated", [
    ("ru", "мне очень жаль", "мне очень жаль что вам не перезвонили и не ответили", False),
    ("et", "vabandan", "vabandan et te pole vastust saanud", False),
    ("et", "saan aru", "saan aru et see pole lihtne", False),
    ("ru", "можете подать", "можете подать заявление чтобы не ждать", False),
    # still negated: the negator right after, in the same clause
    ("ru", "пособие", "пособие вам не положено", True),
    ("et", "toetus", "toetust teile ei maksta", True),
])
def test_a_negator_inside_a_that_clause_after_the_match(lang, phrase, sentence, negated):
    (match,) = PhraseSet([phrase], lang).find_all(sentence)
    assert match.negated is negated


# -- 11. speech: a brush-off after "pole" and an informal imperative after "ei tea" ----------------------

from trainer.text import find_informal_address  # noqa: E402


@pytest.mark.parametrize("sentence, informal", [
    ("Soome kohta ma ei tea uuri ise Soomest", ["uuri"]),
    ("ma ei oska öelda vaata kodulehelt", ["vaata"]),
    ("ma ei tea kahjuks uurige palun Soomest", []),
    ("ma ei oska öelda", []),
    ("seda ei ole vaja teha", []),
    ("avaldust ei ole vaja esitada", []),
])
def test_an_informal_imperative_after_a_negated_verb(sentence, informal):
    assert [m.quote.lower() for m in find_informal_address(sentence, "et")] == informal


@pytest.mark.parametrize("sentence, negated", [
    ("see pole meie teema pöörduge kuhugi mujale", False),
    ("pöörduge kuhugi mujale", False),
    ("ärge pöörduge kuhugi mujale", True),
])
def test_pole_with_its_own_predicate_does_not_negate_the_next(sentence, negated):
    (match,) = PhraseSet(["pöörduge kuhugi mujale"], "et").find_all(sentence)
    assert match.negated is negated


# -- 12. the old rule told as past is not stated as the current rule (batch 7) --------------------------

@pytest.mark.parametrize("lang, phrase, sentence, negated", [
    ("et", "reedel", "Ja naabrinaise jutu kohta: see reedel maksmise reegel kehtis kuni 2024. aasta lõpuni.", True),
    ("et", "eelneval reedel", "Varem maksti pension eelneval reedel, nüüd järgmise kahe tööpäeva jooksul.", True),
    ("ru", "платили в пятницу", "раньше платили в пятницу теперь нет", True),
    ("ru", "в пятницу", "До 2025 года пенсию выплачивали в пятницу перед выходными.", True),
    # the rule stated as current, "as before" included
    ("et", "reedel", "Pension makstakse reedel, nagu varem.", False),
    ("ru", "в пятницу", "Пенсию заплатят в пятницу, как и раньше.", False),
    ("ru", "в пятницу", "Деньги придут в пятницу.", False),
    ("et", "reedel", "Raha laekus reedel.", False),
    ("ru", "двух следующих рабочих дней", "платят в течение двух следующих рабочих дней раньше платили в пятницу", False),
    ("ru", "двух рабочих дней", "раньше платили в пятницу теперь платят в течение двух рабочих дней", False),
])
def test_the_old_rule_told_as_past(lang, phrase, sentence, negated):
    (match,) = PhraseSet([phrase], lang).find_all(sentence)
    assert match.negated is negated
