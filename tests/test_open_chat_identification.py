"""Identification in an open web chat (context.no_identifiers): nobody can be identified by what they type there.

The blind corpus (tests/corpus/blind/) showed the gap: a code collected in the open chat passed identification,
and an agent who declined the typed code and sent the client to the self-service failed it. Written before the
change; the conversations are our own, et and ru.
"""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

SETTINGS = scoring_settings()
RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
OPEN_CHAT = {"identification_required": True, "no_identifiers": True, "private_facts": ["37912040216", "412,50"]}


def result(language, turns, **context):
    t = Transcript(language=language, channel="chat", context=Context(**{**OPEN_CHAT, **context}),
                   turns=[Turn(role=r, text=x) for r, x in turns])
    return {c["id"]: c for c in score_transcript(t, RUBRIC, SETTINGS)["criteria"]}


ET_OPEN = [("agent", "Tere! Sotsiaalkindlustusameti veebivestlus, mina olen Maarja. Kuidas saan aidata?"),
           ("client", "tere palju mu toetus nüüd on")]
RU_OPEN = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"),
           ("client", "здравствуйте какая у меня сумма пособия")]


def test_a_code_collected_in_the_open_chat_identifies_nobody_et():
    r = result("et", ET_OPEN + [
        ("agent", "Palun kirjutage oma isikukood, siis vaatan."),
        ("client", "37912040216"),
        ("agent", "Aitäh. Teie toetus on 412,50 eurot kuus. Kas saite vastuse?"),
        ("client", "jah aitäh"),
        ("agent", "Aitäh, ilusat päeva!")])
    assert r["identification"]["result"] == "fail"
    assert r["data_protection"]["result"] == "fail"


def test_a_code_collected_in_the_open_chat_identifies_nobody_ru_even_without_data():
    r = result("ru", RU_OPEN + [
        ("agent", "Напишите, пожалуйста, Ваш личный код."),
        ("client", "37912040216"),
        ("agent", "Спасибо. Сумму посмотрите, пожалуйста, в среде самообслуживания. Всё понятно?"),
        ("client", "да"),
        ("agent", "Спасибо, всего доброго!")])
    assert r["identification"]["result"] == "fail"
    assert r["identification"]["reason"] == "open_chat"
    assert "Напишите, пожалуйста, Ваш личный код." in r["identification"]["feedback"]


def test_sending_the_client_to_the_self_service_is_the_identification_of_an_open_chat():
    r = result("et", ET_OPEN + [
        ("client", "mu ik on 37912040216"),
        ("agent", "Palun ärge kirjutage isikukoodi avatud vestlusesse, siin ma Teie andmeid ei näe. "
                  "Summa näete iseteeninduses, sisse saab ID-kaardi, Mobiil-ID või Smart-IDga."),
        ("client", "ok"),
        ("agent", "Kas küsite lapsetoetuse või mõne muu toetuse kohta? Üldiselt makstakse peretoetused 8. kuupäeval."),
        ("client", "lapsetoetus, selge aitäh"),
        ("agent", "Aitäh, kõike head!")])
    assert r["identification"]["result"] == "pass"
    assert "iseteenindus" in r["identification"]["evidence"][0]["quote"]
    assert r["data_protection"]["result"] == "pass"


def test_sending_the_client_to_the_info_line_counts_too_ru():
    r = result("ru", RU_OPEN + [
        ("agent", "В открытом чате я не вижу Ваших данных. Позвоните, пожалуйста, на инфотелефон 16106, "
                  "там Вас идентифицируют и назовут сумму."),
        ("client", "хорошо"),
        ("agent", "Спасибо, всего доброго!")])
    assert r["identification"]["result"] == "pass"


def test_a_general_answer_without_any_redirect_is_not_identification():
    r = result("et", ET_OPEN + [
        ("agent", "Lapsetoetus on 80 eurot kuus."),
        ("client", "selge"),
        ("agent", "Aitäh, head päeva!")])
    assert r["identification"]["result"] == "fail"
    assert r["identification"]["reason"] == "not_asked"


def test_on_the_phone_the_code_still_identifies():
    t = Transcript(language="et", channel="phone", context=Context(identification_required=True,
                                                                   private_facts=["37912040216", "412,50"]),
                   turns=[Turn(role=r, text=x) for r, x in ET_OPEN + [
                       ("agent", "Palun öelge oma isikukood."), ("client", "37912040216"),
                       ("agent", "Aitäh. Teie toetus on 412,50 eurot."), ("client", "aitäh"),
                       ("agent", "Head päeva!")]])
    by_id = {c["id"]: c for c in score_transcript(t, RUBRIC, SETTINGS)["criteria"]}
    assert by_id["identification"]["result"] == "pass"
    assert by_id["data_protection"]["result"] == "pass"


# -- a transcript of a real call or chat (no scenario): what the agent verified is said in the text ------------

def _free(language, channel, turns, **context):
    t = Transcript(language=language, channel=channel, context=Context(**context),
                   turns=[Turn(role=r, text=x) for r, x in turns])
    return {c["id"]: c for c in score_transcript(t, RUBRIC, SETTINGS)["criteria"]}


def test_a_chat_the_client_entered_through_the_self_service_is_identified():
    r = _free("et", "chat", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Liisa. Näen, et sisenesite vestlusesse iseteeninduse kaudu "
                  "Smart-ID-ga, seega saan Teie andmeid vaadata. Kuidas aitan?"),
        ("client", "tere kas mu toetuse otsus on tehtud"),
        ("agent", "Jah, otsus tehti 12.11 ja toetus on 412,50 eurot. Kas see vastas Teie küsimusele?"),
        ("client", "jah aitäh"), ("agent", "Aitäh, ilusat päeva!")],
        identification_required=True, private_facts=["412,50"])
    assert r["identification"]["result"] == "pass"
    assert r["data_protection"]["result"] == "pass"


def test_saying_the_client_could_log_in_identifies_nobody():
    r = _free("ru", "chat", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Вы не вошли через Smart-ID, "
                  "поэтому данные я не вижу. Чем помочь?"),
        ("client", "какая у меня сумма"),
        ("agent", "Ваше пособие 412,50 евро."),
        ("client", "спасибо"), ("agent", "Всего доброго!")],
        identification_required=True, private_facts=["412,50"])
    assert r["data_protection"]["result"] == "fail"


def test_a_guardian_whose_ruling_is_on_file_may_hear_the_wards_data():
    r = _free("et", "phone", [
        ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
        ("client", "tere ma olen oma venna eestkostja, kas tema toetus on makstud"),
        ("agent", "Palun öelge kõigepealt oma isikukood."),
        ("client", "37912040216"),
        ("agent", "Aitäh. Näen, et eestkoste kohtumäärus on meil registreeritud, seega saate venna asju ajada. "
                  "Toetus 412,50 eurot maksti välja 5. novembril."),
        ("client", "selge aitäh"), ("agent", "Aitäh, head päeva!")],
        identification_required=True, third_party=True, private_facts=["37912040216", "412,50"])
    assert r["data_protection"]["result"] == "pass"


def test_a_guardian_without_the_ruling_on_file_hears_nothing():
    r = _free("et", "phone", [
        ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
        ("client", "tere ma olen oma venna eestkostja, kas tema toetus on makstud"),
        ("agent", "Palun öelge kõigepealt oma isikukood."),
        ("client", "37912040216"),
        ("agent", "Ma ei näe, et eestkoste kohtumäärus oleks meil registreeritud. Toetus on 412,50 eurot."),
        ("client", "selge"), ("agent", "Head päeva!")],
        identification_required=True, third_party=True, private_facts=["37912040216", "412,50"])
    assert r["data_protection"]["result"] == "fail"


def test_a_condition_is_no_verification():
    r = _free("ru", "phone", [
        ("agent", "Департамент социального страхования, Ольга, здравствуйте."),
        ("client", "я насчёт пенсии мамы, сколько ей платят"),
        ("agent", "Назовите, пожалуйста, свой личный код."),
        ("client", "37912040216"),
        ("agent", "Если доверенность у нас есть, я смогу сказать. Пенсия мамы 412,50 евро."),
        ("client", "спасибо"), ("agent", "Всего доброго!")],
        identification_required=True, third_party=True, private_facts=["37912040216", "412,50"])
    assert r["data_protection"]["result"] == "fail"


def test_in_a_scenario_the_case_decides_not_the_agents_claim():
    t = Transcript(language="et", channel="phone", context=Context(
        identification_required=True, third_party=True, private_facts=["37912040216", "412,50"],
        scenario_id="guardian-for-ward-et"), turns=[Turn(role=r, text=x) for r, x in [
            ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."), ("client", "kas venna toetus on makstud"),
            ("agent", "Palun öelge oma isikukood."), ("client", "37912040216"),
            ("agent", "Eestkoste on meil registreeritud. Toetus on 412,50 eurot."), ("client", "aitäh"),
            ("agent", "Head päeva!")]])
    by_id = {c["id"]: c for c in score_transcript(t, RUBRIC, SETTINGS)["criteria"]}
    assert by_id["data_protection"]["result"] == "fail"


# blind round 4 (after its held-out replays): the chat's own offer of its transcript asks for no identifier
@pytest.mark.parametrize("sentence,lang,asks", [
    ("Хотите получить копию этого чата на e-mail?", "ru", False),
    ("Kas soovite vestluse ärakirja oma e-postile?", "et", False),
    ("Soovi korral saadan vestluse koopia Teie e-posti aadressile.", "et", False),
    ("Напишите Ваш e-mail, и я пришлю копию чата.", "ru", True),
    ("Kirjutage oma e-posti aadress, saadan vestluse ärakirja.", "et", True),
])
def test_transcript_offer_is_no_identifier_request(sentence, lang, asks):
    from trainer.scoring.identifier_requests import find_identifier_requests

    assert bool(find_identifier_requests(sentence, lang)) == asks
