"""Batch 38 client fixes, redone (branch redo38client): own Estonian and Russian sentences, each with must-nots.

- hollow.py: stacked sympathy calms no one; content-free holds are waited through twice, complained about at the
  third, left at the fourth;
- choices.py: an either-or question gets a pick, not "Jah, just nii.";
- after the last line: «Ещё вопросы есть?» gets "no", a transcript offer asked alone gets the copy alone;
- unspoken.py: impersonal knowledge text counts against the grateful ending;
- review.py: a "SÜSTEEM:" hint in any case is a system line;
- scenarios: the batch-38 wrong facts are recorded (misinformation `record`) and acted on.
"""

from __future__ import annotations

import pytest

from trainer.onboarding.review import system_message
from trainer.simulation import choices, hollow
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE, play_answers
from trainer.simulation.library import load_library
from trainer.simulation.unspoken import impersonal_knowledge

LIB = load_library()


def _conv(sid: str) -> Conversation:
    conv = Conversation.start(LIB.get(sid), LIB, seed=1, today=EXAMPLE_DATE)
    conv.state["step"] = conv.state["step"] or conv.scenario.start_step
    return conv


# -- hollow comfort ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vabandan väga. Saan aru, kui ebameeldiv see on. Ärge muretsege.",
    "Mul on väga kahju. Vabandan ebamugavuste pärast.",
    "vabandan väga saan aru kui ebameeldiv see on ärge muretsege",  # three run together in one
])
def test_stacked_sympathy_et_is_hollow(text):
    assert hollow.hollow_comfort(_conv("living-alone-chat-et"), text)


@pytest.mark.parametrize("text", [
    "Vabandan. Toetust saab, kui elate registri järgi üksi kogu aja 1. aprillist 30. septembrini.",
    "Saan aru, et olete pahane. Kas Teie aadressil on registris veel keegi?",
    "Vabandan väga.",  # one sentence of sympathy is comfort as before
    "Mõistan Teie muret, vabandan ebamugavuste pärast.",  # one sentence, understanding and apology (test_dialogue)
    "Vabandan, üks hetk, palun oodake.",  # a hold, not comfort
])
def test_sympathy_with_content_et_is_not_hollow(text):
    assert not hollow.hollow_comfort(_conv("living-alone-chat-et"), text)


@pytest.mark.parametrize("text", [
    "Мне очень жаль. Я Вас прекрасно понимаю. Не переживайте.",
    "Извините, пожалуйста, за неудобства. Понимаю, как это неприятно.",
])
def test_stacked_sympathy_ru_is_hollow(text):
    assert hollow.hollow_comfort(_conv("angry-delay-ru"), text)


@pytest.mark.parametrize("text", [
    "Мне очень жаль. Назовите, пожалуйста, Ваш личный код.",
    "Понимаю Вас. Не хватает копии трудовой книжки, пришлите её через самообслуживание.",
    "Мне очень жаль.",
    "Я Вас очень хорошо понимаю, мне очень жаль.",
])
def test_sympathy_with_content_ru_is_not_hollow(text):
    assert not hollow.hollow_comfort(_conv("angry-delay-ru"), text)


def test_hollow_comfort_does_not_calm_the_angry_caller():
    sid = "angry-delay-ru"
    hollow_run = play_answers(LIB.get(sid), LIB, [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Мне очень жаль. Я Вас прекрасно понимаю. Не переживайте, пожалуйста.",
    ])
    assert hollow_run.state["step"] != "softer"
    assert "кричу" not in hollow_run.turns[-1]["text"]
    # must-not: sympathy with a step still calms her
    real = play_answers(LIB.get(sid), LIB, [
        "Здравствуйте, Департамент социального страхования, Ирина.",
        "Мне очень жаль, что так вышло. Я понимаю, как Вам это важно. Давайте посмотрим, что случилось.",
    ])
    assert real.state["step"] == "softer"


# -- content-free holds --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sid,text", [
    ("living-alone-chat-et", "Vajan veel veidi aega. Aitäh kannatlikkuse eest!"),
    ("living-alone-chat-et", "Palun oodake, kontrollin veel. Kas see vastas Teie küsimusele?"),
    ("angry-delay-ru", "Мне нужно ещё немного времени, подождите, пожалуйста."),
    ("angry-delay-ru", "Спасибо за ожидание! Одну минуту, ещё проверяю."),
])
def test_content_free_holds(sid, text):
    assert hollow.content_free_hold(_conv(sid), text)


@pytest.mark.parametrize("sid,text", [
    ("living-alone-chat-et", "üks hetk vaatan palun kirjutage oma sünniaasta"),
    ("living-alone-chat-et", "Üks hetk. Toetus makstakse koos oktoobri pensioniga."),
    ("living-alone-chat-et", "Palun oodake. Kas Teie poeg on Teie aadressil registris?"),
    ("angry-delay-ru", "Минутку, назовите, пожалуйста, Ваш личный код."),
    ("angry-delay-ru", "Подождите минуту. Решение примут в течение 15 рабочих дней."),
    # "still checking" asks for no waiting: back from a hold, the client asks again (test_client_b20)
    ("living-alone-chat-et", "Aitäh ootamast, ma kontrollin veel."),
    ("angry-delay-ru", "Спасибо за ожидание, я ещё проверяю."),
])
def test_holds_with_content_are_not_content_free(sid, text):
    assert not hollow.content_free_hold(_conv(sid), text)


def test_stalled_chat_waits_twice_complains_then_leaves():
    stalls = ["Tere, Mari siin. Üks hetk, palun oodake.", "Vajan veel veidi aega, palun oodake.",
              "Palun oodake veel, kontrollin.", "Üks hetk veel, palun oodake."]
    conv = play_answers(LIB.get("living-alone-chat-et"), LIB, stalls)
    clients = [t["text"] for t in conv.turns if t["role"] == "client"][1:]
    assert clients[:2] == ["Jah, ootan.", "Jah, ootan."]
    assert clients[2] != "Jah, ootan." and "oodanud" in clients[2]
    assert conv.current_step.end and "aitäh" not in clients[3].lower()
    # must-not: a hold, then a real answer, then a hold again is a first hold again
    mixed = play_answers(LIB.get("living-alone-chat-et"), LIB, [
        "Tere, Mari siin. Üks hetk, palun oodake.", "Palun oodake veel.",
        "Toetust saab, kui elate registri järgi üksi kogu aja 1. aprillist 30. septembrini.",
        "Üks hetk, palun oodake."])
    assert mixed.turns[-1]["text"] == "Jah, ootan."


# -- impersonal knowledge text -------------------------------------------------------------------------------

def test_impersonal_knowledge_text():
    grams = LIB.value_facts.reference
    said = ("Välismaale elama asuv pensionär teatab ametile uue elukohariigi ja aadressi ning registreerib "
            "elukoha muutuse rahvastikuregistris, pension makstakse edasi Euroopa Liidu riiki.")
    ru = ("Живущий за границей пенсионер представляет справку о нахождении в живых раз в год, справка "
          "действует 12 месяцев, без неё выплата пенсии приостанавливается.")
    assert impersonal_knowledge(ru, "ru", grams) or impersonal_knowledge(said, "et", grams)
    # must-nots: the same rule said to the caller, or asked
    assert not impersonal_knowledge("Справку о нахождении в живых Вы представляете раз в год, она действует "
                                    "12 месяцев, без неё выплату пенсии приостанавливают.", "ru", grams)
    assert not impersonal_knowledge("Пенсионер, живущий за границей, представляет справку раз в год – Вы "
                                    "живёте в Германии?", "ru", grams)


# -- either-or questions -------------------------------------------------------------------------------------

def _choice(sid: str, client: str, question: str) -> str | None:
    conv = _conv(sid)
    conv.turns.append({"role": "client", "text": client, "step": conv.state["step"]})
    return choices.choice_answer(conv, [question])


def test_choice_both_and_one_et():
    client = "Tere, olen 1963. aastal sündinud. Millal ma pensionile saan ja kas varem minna saab?"
    assert _choice("pension-age-early-et", client,
                   "Kas küsite pensioniea või ennetähtaegse pensioni kohta?") == "Mõlemat tegelikult."
    only_age = "Tere, millal mul pensioniiga kätte jõuab?"
    assert _choice("pension-age-early-et", only_age,
                   "Kas soovite teada pensioniiga või lisapuhkust?") == "Pigem esimest."
    # must-nots: no either-or, or alternatives the client never raised
    assert _choice("pension-age-early-et", client, "Kas ma sain õigesti aru, et küsite pensioniea kohta?") is None
    assert _choice("pension-age-early-et", only_age, "Kas elate Tallinnas või Tartus?") is None


def test_choice_ru():
    client = "Здравствуйте, я переезжаю в Германию. Как мне сообщить новый счёт?"
    assert _choice("moving-abroad-account-ru", client,
                   "Вас интересует пенсия по инвалидности или новый счёт?") == "Скорее второе."
    assert _choice("moving-abroad-account-ru", client, "Вы переезжаете насовсем?") is None


# -- after the last line -------------------------------------------------------------------------------------

def _at_wrap(sid: str, run: str):
    from pathlib import Path

    import yaml

    doc = yaml.safe_load((Path(__file__).parent / "newuser" / "live38" / f"{sid}.yaml").read_text(encoding="utf-8"))
    answers = next(r for r in doc["runs"] if r["name"] == run)["answers"]
    conv = Conversation.start(LIB.get(sid), LIB, seed=1, today=EXAMPLE_DATE)
    for answer in answers:
        conv.reply(answer)
        if conv.state["awaiting_close"]:
            return conv
    raise AssertionError("no last line")


def test_more_questions_after_the_last_line_gets_no():
    conv = _at_wrap("indexation-day-ru", "good")
    assert conv.reply("Есть ли у Вас ещё вопросы?")[-1]["text"].startswith("Нет")
    # must-not: a check of understanding is still answered yes
    conv = _at_wrap("indexation-day-ru", "good")
    assert conv.reply("Вам всё понятно?")[-1]["text"].startswith("Да")


def test_transcript_offer_alone_gets_the_copy_alone():
    conv = _at_wrap("foreign-eu-pension-ru", "good")
    said = conv.reply("Прислать Вам копию переписки?")
    assert said and said[-1]["text"] == "Копию пришлите, пожалуйста."
    # must-not: a check of understanding with the offer is answered both ways
    conv = _at_wrap("foreign-eu-pension-ru", "good")
    said = conv.reply("Всё понятно? Могу прислать копию переписки.")
    assert said[-1]["text"].startswith("Да") and "Копию" in said[-1]["text"]


# -- system lines --------------------------------------------------------------------------------------------

def test_system_hint_in_any_case():
    assert system_message("SÜSTEEM: infosüsteem ei vasta. Vabandage.") == "infosüsteem ei vasta."
    assert system_message("система: данные не загружаются. Извинитесь.") == "данные не загружаются."
    assert system_message("Süsteemi kohta: küsige koodi.") is None  # must-not: no prefix


# -- wrong facts recorded and acted on -----------------------------------------------------------------------

@pytest.mark.parametrize("sid,answers,mis_id,must_say", [
    ("daughter-for-mother-et", [
        "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
        "Mõistan. Kas ema on Teile volikirja andnud?",
        "Ilma volikirjata ma ema andmeid öelda ei saa. Aga lihtne sõnum emalt meile on ka piisav, et ta on nõus.",
    ], "plain_consent", None),
    ("living-alone-chat-et", [
        "Tere, Mari Sotsiaalkindlustusametist. Saan aru, et olete pahane. Isikukoodi palun siia ärge kirjutage.",
        "Toetust saab üksi elav pensionär, kelle pension on alla 1,2-kordse keskmise; tingimused peavad kehtima "
        "1. märtsist 31. augustini.",
    ], "wrong_dates", None),
])
def test_wrong_fact_recorded(sid, answers, mis_id, must_say):
    conv = play_answers(LIB.get(sid), LIB, answers)
    assert mis_id in [m["id"] for m in conv.state.get("misinformed", [])]
    assert any(m["id"] == mis_id and m["feedback"] for m in conv.score()["misinformation"])


def test_right_fact_not_recorded():
    conv = play_answers(LIB.get("living-alone-chat-et"), LIB, [
        "Tere, Mari Sotsiaalkindlustusametist. Saan aru, et olete pahane. Isikukoodi palun siia ärge kirjutage.",
        "Toetust saab üksi elav pensionär, kelle pension on alla 1,2-kordse keskmise; tingimused peavad kehtima "
        "kogu aja 1. aprillist 30. septembrini.",
    ])
    assert "wrong_dates" not in [m["id"] for m in conv.state.get("misinformed", [])]
