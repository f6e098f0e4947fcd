"""New-user batch 54, good and terse runs that failed (branch b54good; tests/newuser/live54). Own sentences, not the runs'.

1. A former rule told as history ("раньше" / "varem" / "до 2025 года" with a past verb, or verbless after a dash)
   states nothing wrong, for the scorer and for the client; the clause after "а теперь" / "aga alates" is said
   (`trainer.text.former_clause`). The old rule said as today's stays caught.
2. A yes or no that restates the value the client offered in a polar question ("30?" - "jah 30 p. ...") is an answer
   (ISO 24617-2 confirm), abbreviated or not (`trainer.text.confirm`); a yes with bare topics or cue words after it,
   or to a question that offered no value, is still a keyword list.
3. "Comes by itself" ("tuleb ise", "iseenesest", «придёт само») is the automatic payment; a polite prohibition
   ("mitte kirjutada") and "siin ma ... ei vaata" tell the client the code typed here is not used
   (living-alone-chat-et, pensioner-alone-ru).
4. A condolence said a reply late, after a self-repair ("Sorry, typo – avaldan kaastunnet."), is empathy; it does not
   make condolence_first pass (`trainer.text.repair`).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.scoring.values import find_values, former_part, tells_former_rule
from trainer.simulation.library import load_library
from trainer.text.confirm import confirms_polar
from trainer.text.repair import blank_repairs, is_condolence

TODAY = date(2026, 4, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a former rule told as history ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language, sentence", [
    ("ru", "Прежде, когда пятое число приходилось на субботу, деньги перечисляли накануне, в пятницу."),
    ("ru", "Раньше пенсию переводили в пятницу перед выходными."),
    ("ru", "до 2025 года – в пятницу перед выходными."),
    ("ru", "раньше: накануне выходных, в пятницу."),
    ("et", "Varem, kui viies kuupäev oli pühapäeval, kanti raha reedel üle."),
    ("et", "varem - reedel enne nadalavahetust."),
    ("et", "Kuni 2024 – eelneval reedel."),
])
def test_a_rule_told_as_history_is_former(language, sentence):
    assert tells_former_rule(sentence, language)


@pytest.mark.parametrize("language, sentence", [
    ("ru", "Раньше пенсию выплачивают в пятницу."),                      # a present verb: said now
    ("ru", "Пенсию переводят в пятницу перед выходными, как раньше."),   # "as before"
    ("ru", "Раньше переводили в пятницу, и сейчас тоже."),               # "now too"
    ("ru", "Деньги придут в пятницу перед выходными."),
    ("et", "Varem makstakse reedel."),
    ("et", "Varem kanti reedel ja nüüd ka."),
    ("et", "Raha tuleb reedel enne nädalavahetust."),
    ("et", "Varem pensionile jäädes oli pension sama suur."),          # "earlier" of retiring, not "formerly"
    ("ru", "Раньше срока выйти на пенсию было можно без потерь."),
])
def test_the_old_rule_said_as_todays_is_not_former(language, sentence):
    assert not tells_former_rule(sentence, language)


@pytest.mark.parametrize("language, sentence, wrong, said", [
    # the clause before "а теперь" / "aga alates" is history; what follows it is said
    ("ru", "Раньше платили в пятницу, а теперь – в течение двух рабочих дней.", "в пятницу", False),
    ("ru", "Раньше платили пятого, а теперь в пятницу перед выходными.", "в пятницу", True),
    ("et", "Varem maksti reedel, aga alates 2025 kahe tööpäeva jooksul.", "reedel", False),
    ("et", "Varem maksti viiendal, aga nüüd reedel enne nädalavahetust.", "reedel", True),
])
def test_only_the_former_clause_is_history(language, sentence, wrong, said):
    assert 0 < former_part(sentence, language) < len(sentence)
    hits = find_values(sentence, language, ("kahe tööpäeva jooksul", "в течение двух рабочих дней"), (wrong,))
    assert any(not h.right for h in hits) == said


@pytest.mark.parametrize("reply, passed", [
    ("Раньше, когда пятое выпадало на воскресенье, пенсию переводили в пятницу. С января 2025 года её выплачивают в "
     "течение двух следующих рабочих дней, то есть 6 или 7 апреля.", True),
    ("прежде – в пятницу. с 2025 года – в течение двух следующих рабочих дней, в понедельник или во вторник.", True),
    ("Пенсию выплачивают в пятницу перед выходными.", False),
    ("Как и раньше, деньги придут в пятницу перед выходными.", False),
])
def test_indexation_payment_rule(library, reply, passed):
    scenario = library.get("indexation-day-ru")
    assert library.criterion_verdict(scenario, "current_payment_rule", reply) is passed
    assert library.criterion_verdict(scenario, "no_old_rule", reply) is passed


@pytest.mark.parametrize("reply, believes_old", [
    ("Раньше, если пятое приходилось на выходные, пенсию перечисляли в пятницу. Теперь, с января 2025 года, её "
     "выплачивают в течение двух следующих рабочих дней: в этот раз 6 или 7 апреля.", False),
    ("Если пятое выпадает на выходные, пенсию платят в пятницу перед ними.", True),
])
def test_the_client_hears_history_as_history(library, reply, believes_old):
    opening = "Здравствуйте! Департамент социального страхования, Кадри. Чем могу помочь?"
    first = "Повышение действует с 1 апреля, деньги придут с апрельской пенсией, сегодня на счёте ещё ничего нет."
    said, conv = play_client(library, library.get("indexation-day-ru"), [opening, first, reply], TODAY)
    assert ("в пятницу пойду" in said) is believes_old, said


# -- 2. a yes that confirms the value asked about ----------------------------------------------------------------------

def _non_answers(language: str, question: str, reply: str) -> list[str]:
    opening = {"et": "Tere, Sotsiaalkindlustusamet, Kati. Kuidas saan aidata?",
               "ru": "Здравствуйте, Департамент социального страхования, Катя. Чем могу помочь?"}[language]
    first = {"et": "tere, mul sündis laps ja tahan isapäevi võtta", "ru": "здравствуйте, у меня родился сын"}[language]
    t = Transcript(language=language, channel="chat", turns=[
        Turn(role="agent", text=opening), Turn(role="client", text=first),
        Turn(role="agent", text={"et": "Palju õnne!", "ru": "Поздравляю!"}[language]),
        Turn(role="client", text=question), Turn(role="agent", text=reply)])
    return [n["kind"] for n in score_transcript(t, RUBRIC, SETTINGS)["non_answers"] if n["agent_turn"] == 3]


@pytest.mark.parametrize("language, question, reply", [
    ("et", "aga mitu tööpäeva see võtab? 5?", "jah 5 tp. korraga v osade kaupa"),
    ("et", "selge. ja kui kaua? 60 päeva?", "jah 60 p. korraga v osade kaupa, kuni laps 3a"),
    ("et", "aga mitu nädalat? 8?", "jah 8 n. korraga v osade kaupa"),
    ("et", "kas hüvitis on 60 päeva?", "jah 60 p., kuni laps saab 3a"),
    ("ru", "понятно. а сколько недель? 8?", "да, 8 нед. сразу или частями, до 3 лет ребёнка"),
])
def test_a_confirmed_value_is_an_answer(language, question, reply):
    assert "keyword_chain" not in _non_answers(language, question, reply)


@pytest.mark.parametrize("language, question, reply", [
    ("et", "selge. aga mitu nädalat see kestab? 8?", "Jah. Isapuhkus, pakkumus, iseteenindus."),  # nothing of "8"
    ("et", "selge. aga mitu nädalat see kestab? 8?", "jah 8. kokkuvõte, empaatia, iseteenindus"),  # cue words
    ("et", "selge. aga mitu nädalat see kestab? 8?", "jah, isapuhkus 8, pakkumus, iseteenindus"),  # bare topics
    ("ru", "понятно. а сколько недель? 8?", "Да. Отпуск, предложение, самообслуживание."),
])
def test_a_yes_with_keywords_is_still_a_keyword_list(language, question, reply):
    assert "keyword_chain" in _non_answers(language, question, reply)


@pytest.mark.parametrize("question, reply, fragments, expected", [
    ("mitu päeva? 30?", "jah 30 p. korraga v osade kaupa", ["jah 30 p", "korraga v osade kaupa"], True),
    ("mitu päeva mul on?", "jah 30 p. korraga v osade kaupa", ["jah 30 p", "korraga v osade kaupa"], False),
    ("mitu päeva? 30?", "30 p. korraga v osade kaupa", ["30 p", "korraga v osade kaupa"], False),  # no yes
    ("mitu päeva? 30?", "jah 45 p", ["jah 45 p"], False),   # a yes to another value
    ("mitu päeva? 30?", "ei, 45 p", ["ei, 45 p"], True),    # a no with the right value
])
def test_confirms_polar(question, reply, fragments, expected):
    assert confirms_polar(question, reply, fragments) is expected


# -- 3. "comes by itself"; the code typed here is not used ------------------------------------------------------------

@pytest.mark.parametrize("reply, passed", [
    ("see raha tuleb ise kui tingimused olid kogu aja taidetud", True),
    ("Toetus laekub iseenesest, kui tingimused on täidetud.", True),
    ("Toetust tuleb ise iseteeninduses taotleda.", False),
    ("Kas toetus tuleb ise?", False),
    ("Toetus ei tule ise, esitage taotlus.", False),
])
def test_comes_by_itself_is_automatic(library, reply, passed):
    scenario = library.get("living-alone-chat-et")
    assert library.criterion_verdict(scenario, "automatic_payment", reply) is passed


@pytest.mark.parametrize("reply, passed", [
    ("isikukoodi palun vestlusesse mitte kirjutada, oma andmeid naete iseteeninduses", True),
    ("Siin me teie andmeid ei vaata; andmed on iseteeninduses või numbril 16106.", True),
    ("Oma andmeid näete iseteeninduses.", False),
    ("Palun kirjutage isikukood siia, andmeid näete ka iseteeninduses.", False),
])
def test_code_not_used_in_the_chat(library, reply, passed):
    scenario = library.get("living-alone-chat-et")
    assert library.criterion_verdict(scenario, "self_service", reply) is passed


def test_comes_by_itself_is_heard_as_no_application_in_russian(library):
    hears = library.get("pensioner-alone-ru").dialogue.hears["no_application"]
    assert "придёт само" in hears and "само придёт" in hears


# -- 4. a condolence a reply late, after a self-repair -----------------------------------------------------------------

def _death_call(first: str, second: str) -> dict:
    lib = load_library()
    scenario = lib.get("death-report-et")
    turns = [("agent", "Sotsiaalkindlustusamet, Kati, tere."),
             ("client", "Tere. Mu ema suri eelmisel nädalal. Kas ma pean teile tema surmast teatama?"),
             ("agent", first),
             ("client", "Hea. Aga tema kontole tuli veel pension. Kas seda võib matusteks kasutada?"),
             ("agent", second),
             ("client", "Selge, aitäh."),
             ("agent", "Aitäh helistamast, head aega.")]
    t = Transcript(language="et", channel="phone", context=Context(client_upset=True, third_party=True),
                   turns=[Turn(role=r, text=x) for r, x in turns])
    return {c["id"]: c["result"] for c in lib.score(scenario, t)["criteria"]}


@pytest.mark.parametrize("second", [
    "Sorry, typo – tunnen kaasa. Seda raha ei tohi kasutada, amet nõuab selle tagasi.",
    "Sorry, typo: avaldan kaastunnet. Seda raha ei tohi kasutada, amet nõuab selle tagasi.",
    "Vabandust, kirjaviga – avaldan kaastunnet. Seda raha ei tohi kasutada, amet nõuab selle tagasi.",
])
def test_a_late_condolence_after_a_repair_is_empathy(second):
    result = _death_call("Teatama ei pea, andmed tulevad rahvastikuregistrist.", second)
    assert result["empathy"] == "pass"
    assert result["condolence_first"] == "fail"  # late is late


def test_a_bare_late_condolence_is_empathy():
    result = _death_call("Teatama ei pea, andmed tulevad rahvastikuregistrist.",
                         "Avaldan kaastunnet. Seda raha ei tohi kasutada, amet nõuab selle tagasi.")
    assert result["empathy"] == "pass"


def test_a_condolence_glued_to_keywords_is_no_empathy():
    result = _death_call("Avaldan kaastunnet: surm, register, pension.",
                         "Sorry, typo. Pension, matusetoetus, kokkuvõte.")
    assert result["empathy"] == "fail"


@pytest.mark.parametrize("text, blanked", [
    ("Sorry, typo – avaldan kaastunnet.", "avaldan kaastunnet."),
    ("Vabandust, kirjaviga: 30 päeva.", ": 30 päeva."),
    ("Извините, опечатка – соболезную.", "соболезную."),
    ("Vabandust, et ootama pidite.", "Vabandust, et ootama pidite."),  # an apology, no repair
])
def test_blank_repairs(text, blanked):
    out = blank_repairs(text)
    assert len(out) == len(text) and " ".join(out.split()).lstrip(" –") == blanked


@pytest.mark.parametrize("phrase, expected", [
    ("avaldan kaastunnet", True), ("tunnen Teile siiralt kaasa", True), ("соболезную", True),
    ("saan aru", False), ("понимаю", False),
])
def test_is_condolence(phrase, expected):
    assert is_condolence(phrase) is expected
