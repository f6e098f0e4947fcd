"""Empathy (criterion "empathy", blind round 11).

Responses the scorer missed:
- the client's situation named as worrying or as a hard time ("see on tõesti murettekitav", "see on raske aeg,
  kui laps on haiglas", «это действительно тревожно», «это тяжёлое время»);
- an acknowledgement written in the other language before the client asked to switch («Понимаю Вас: ...» in a
  chat that goes on in Estonian).

Cues the scorer counted that respond to no one:
- a cue in a reply that labels the empathy step by name ("Сочувствие. Понимаю, как это для Вас важно.",
  "Vabandan ebamugavuste pärast. #empaatia");
- in a speech transcript, the same block pasted into several replies, whatever else runs into it.

Must-nots: "raske puue" is no feeling, a hard time negated is none, a reply in the transcript's own language is
read as before, a cue whose step is not named keeps counting, and a cue said once in speech keeps counting.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
UPSET = {"et": "Poeg on teist nädalat haiglas, ma olen täiesti läbi ja nüüd lõpeb veel tema puude otsus.",
         "ru": "Сын вторую неделю в больнице, я совсем без сил, а тут ещё решение по инвалидности заканчивается."}
FACT = {"et": "Uue taotluse saab esitada juba enne vana otsuse lõppu iseteeninduses.",
        "ru": "Новое заявление можно подать ещё до окончания старого решения в самообслуживании."}


def _empathy(lang, reply, channel="chat"):
    turns = [("agent", OPEN[lang]), ("client", UPSET[lang]), ("agent", f"{reply} {FACT[lang]}"),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    return verdicts(lang, turns, channel=channel, client_upset=True)["empathy"]


@pytest.mark.parametrize("lang, reply", [
    ("et", "See on raske aeg, kui laps on haiglas."),
    ("et", "Jah, see on tõesti murettekitav."),
    ("ru", "Это тяжёлое время, когда ребёнок в больнице."),
    ("ru", "Да, это действительно тревожно."),
])
def test_a_hard_time_or_worry_named_is_empathy(lang, reply):
    assert _empathy(lang, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Poja puue on raske puue."),
    ("et", "See ei ole raske aeg taotlemiseks."),
    ("ru", "Тяжёлая степень инвалидности остаётся."),
    ("ru", "Это не трудное время для подачи."),
])
def test_not_a_feeling(lang, reply):
    assert _empathy(lang, reply) == "fail"


# -- a reply before a language switch ----------------------------------------------------------------------

def test_acknowledgement_in_russian_before_switch_to_estonian_counts():
    assert verdicts("et", [
        ("agent", "Tere! Здравствуйте! Sotsiaalkindlustusamet, Elena. Чем могу помочь?"),
        ("client", "здравствуйте. я ухаживаю за сыном, везде отправляют в другое место, очень устала"),
        ("agent", "Понимаю Вас: ежедневный уход и поиски, кто за что отвечает, очень изматывают."),
        ("client", "kas võib edasi eesti keeles? mees loeb ka"),
        ("agent", "Muidugi, jätkame eesti keeles. Hooldajatoetust maksab kohalik omavalitsus."),
        ("client", "selge, aitäh"),
        ("agent", "Aitäh, head päeva!"),
    ], channel="chat", client_upset=True)["empathy"] == "pass"


def test_acknowledgement_in_estonian_before_switch_to_russian_counts():
    assert verdicts("ru", [
        ("agent", "Tere! Здравствуйте! Департамент социального страхования, Кадри. Чем могу помочь?"),
        ("client", "tere, mu ema on haiglas ja keegi ei ütle midagi, ma olen nii väsinud"),
        ("agent", "Mõistan Teid, see on tõesti kurnav."),
        ("client", "можно дальше по-русски? мама читает"),
        ("agent", "Конечно, продолжим по-русски. Пособие по уходу платит местное самоуправление."),
        ("client", "понятно, спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat", client_upset=True)["empathy"] == "pass"


# -- the step labelled by name -----------------------------------------------------------------------------

def test_cue_after_the_step_name_is_the_checklist_ru():
    assert verdicts("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
        ("client", "У меня умерла жена, я подал на пенсию и совсем запутался, сколько будут платить."),
        ("agent", "Эмпатия. Понимаю, как это для Вас важно. Пенсия назначена, решение придёт по почте."),
        ("client", "Спасибо."),
        ("agent", "Всего доброго!"),
    ], channel="chat", client_upset=True)["empathy"] == "fail"


def test_cue_tagged_with_the_step_is_the_checklist_et():
    assert verdicts("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kaia. Kuidas saan aidata?"),
        ("client", "Mul on hirm, elukaaslane võtab kogu hüvitise endale ja läheb vihaseks."),
        ("agent", "Vabandan ebamugavuste pärast. #empaatia #vabandus Kontot saab muuta iseteeninduses."),
        ("client", "Aga kas ta näeb seda?"),
        ("agent", "Head päeva!"),
    ], channel="chat", client_upset=True)["empathy"] == "fail"


def test_cue_without_a_step_name_still_counts_ru():
    # must-not: the same reply without the label responds
    assert verdicts("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
        ("client", "У меня умерла жена, я подал на пенсию и совсем запутался, сколько будут платить."),
        ("agent", "Сочувствую Вам. Понимаю, что сейчас трудно разобраться. Пенсия назначена, решение придёт по почте."),
        ("client", "Спасибо."),
        ("agent", "Всего доброго!"),
    ], channel="chat", client_upset=True)["empathy"] == "pass"


# -- a block pasted in speech ------------------------------------------------------------------------------

def test_block_pasted_into_several_spoken_replies_responds_to_none_ru():
    block = "я понимаю как это для вас важно приношу извинения за неудобства спасибо за звонок всего доброго"
    assert verdicts("ru", [
        ("agent", "здравствуйте департамент социального страхования меня зовут светлана"),
        ("client", "пенсию не получил денег нет ну как так можно"),
        ("agent", f"{block} назовите пожалуйста ваш личный код"),
        ("client", "код три пять два ноль восемь один четыре ноль два семь восемь"),
        ("agent", f"спасибо одну минуту {block}"),
        ("client", "мне платить нечем жить не хочется"),
        ("agent", f"пенсия перечислена пятого числа {block}"),
    ], client_upset=True)["empathy"] == "fail"


def test_block_pasted_into_several_spoken_replies_responds_to_none_et():
    block = "saan aru et see on teile oluline vabandan ebamugavuste pärast aitäh et helistasite kõike head"
    assert verdicts("et", [
        ("agent", "tere sotsiaalkindlustusamet kaia kuuleb"),
        ("client", "pension pole tulnud raha pole kontol kuidas nii saab"),
        ("agent", f"{block} öelge palun oma isikukood"),
        ("client", "kolm viis kaks null kaheksa üks neli null kaks seitse kaheksa"),
        ("agent", f"aitäh üks hetk {block}"),
        ("client", "mul pole millegagi üüri maksta"),
        ("agent", f"pension kanti üle viiendal {block}"),
    ], client_upset=True)["empathy"] == "fail"


def test_acknowledgement_said_once_in_speech_still_counts_ru():
    # must-not: one spoken acknowledgement (not repeated) responds
    assert verdicts("ru", [
        ("agent", "здравствуйте департамент социального страхования меня зовут светлана"),
        ("client", "пенсию не получил денег нет ну как так можно"),
        ("agent", "я понимаю как это для вас важно без денег остаться давайте разберёмся назовите код"),
        ("client", "код три пять два ноль восемь один четыре ноль два семь восемь"),
        ("agent", "спасибо пенсия перечислена пятого числа на старый счёт"),
        ("client", "спасибо"),
        ("agent", "всего доброго"),
    ], client_upset=True)["empathy"] == "pass"
