"""New-user batch 33 (live33, authors w7 and x7): the scorer and client fixes, on sentences written for these tests.

1. victim compensation made to wait for the court's verdict: a knowledge claim of
   `ska-services.crime_victim_compensation_no_verdict` also when the sentence names only "the application" or
   carries a postpositive "aga"/«же», or puts the verdict before the verb of waiting; and the victim-support
   scenarios' `no_verdict_wait` gate with the client's `verdict_wait` misinformation.
2. children-pension-chat-et: "ainult 1 vanem" is one parent; the client asks once more which of the two.
3. "10ndal" (an ordinal's case ending after its digits) is the ordinal "10.".
4. a client asked the same check of its own words again with a goodbye parts unhelped.
5. assistive-device-rehab-ru: the own share in plain words; a keyword question is no answer.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client
from scoring_support import wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.spoken import normalize_input

VERDICT = "ska-services.crime_victim_compensation_no_verdict"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the verdict as a condition of the compensation ------------------------------------------------------------

VERDICT_WRONG = [
    ("et", "Riiklikku hüvitist on võimalik saada. Taotleda saab aga alles pärast seda, kui kohus on süüdlase süüdi mõistnud."),
    ("et", "Hüvitis on olemas. Taotluse saab esitada ainult pärast kohtuotsust."),
    ("et", "Hüvitist saab küsida, kuid seni tuleb arved alles hoida ja kohtuotsust oodata."),
    ("ru", "Компенсацию дают. Заявление же принимают только после приговора."),
    ("ru", "Возмещение возможно, но сначала нужно сохранить чеки и приговора суда дождаться."),
]
VERDICT_RIGHT = [
    ("et", "Hüvitist saab taotleda. Kohtuotsust ei ole vaja oodata, taotluse saab teha juba praegu."),
    ("et", "Taotluse saab esitada kriminaalmenetluse ajal, süüdlase süüdimõistmist ootamata."),
    ("et", "Hüvitist saab taotleda, Te ei pea kohtuotsust ootama."),
    ("ru", "Компенсацию можно запросить. Приговора суда ждать не нужно, заявление подают уже сейчас."),
    ("ru", "Заявление можно подать во время уголовного производства, не дожидаясь приговора."),
]


@pytest.mark.parametrize("lang, text", VERDICT_WRONG)
def test_verdict_condition_is_a_wrong_claim(library, lang, text):
    assert VERDICT in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", VERDICT_RIGHT)
def test_no_verdict_needed_is_no_wrong_claim(library, lang, text):
    assert VERDICT not in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", [
    # must-not: an application sentence after another subject states nothing about the victim's compensation
    ("et", "Pension makstakse iga kuu 5. kuupäeval. Taotluse saab esitada iseteeninduses."),
    ("et", "Elatisabi makstakse kohtumenetluse ajal. Taotluse saab aga esitada alles pärast määrust."),
    ("ru", "Пенсию платят пятого числа. Заявление же можно подать в самообслуживании."),
])
def test_application_sentence_after_another_subject(library, lang, text):
    assert VERDICT not in wrong_claim_refs(library, text, lang)


def _victim_run(lang: str, bills: str) -> list[str]:
    if lang == "et":
        return ["Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
                "Mul on väga kahju, et see Teiega juhtus. Kas olete praegu turvalises kohas?",
                "Ohvriabi on Sotsiaalkindlustusameti teenus: helistage ohvriabi kriisitelefonile 116 006, sealt saate "
                "ohvriabitöötaja abi. Kas saite numbri kirja?",
                bills,
                "Kokkuvõtteks: 116 006 ja ohvriabitöötaja aitab. Kas see vastas Teie küsimusele? Hoidke ennast!"]
    return ["Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?",
            "Мне очень жаль, что с Вами так случилось. Вы сейчас в безопасном месте?",
            "Помощь жертвам – наша услуга: позвоните на кризисный телефон 116 006, там Вам поможет работник службы "
            "помощи жертвам. Вы записали номер?",
            bills,
            "Итак: 116 006, работник службы поможет. Ответила ли я на Ваш вопрос? Берегите себя!"]


@pytest.mark.parametrize("lang, bills", [
    ("et", "Vägivallakuriteo ohver saab taotleda hüvitist, ka psühholoogilise abi kulude eest. Taotluse saab aga "
           "teha alles pärast seda, kui kohus on ründaja süüdi mõistnud."),
    ("ru", "Жертва насильственного преступления может получить компенсацию, в том числе расходов на психолога. "
           "Но заявление подаётся только после того, как суд вынесет приговор."),
])
def test_victim_verdict_wait_fails_the_gate_and_is_believed(library, lang, bills):
    scenario = library.get(f"victim-support-{lang}")
    conv = play_answers(scenario, library, _victim_run(lang, bills))
    result = conv.score()
    assert not result["passed"]
    assert "no_verdict_wait" in failed_criteria(result)
    assert any(m["id"] == "verdict_wait" for m in conv.state.get("misinformed", []))


@pytest.mark.parametrize("lang, bills", [
    ("et", "Vägivallakuriteo ohver saab taotleda hüvitist, ka psühholoogilise abi kulude eest. Kohtuotsust ei pea "
           "ootama: taotluse saab teha juba praegu ja ohvriabitöötaja aitab."),
    ("ru", "Жертва насильственного преступления может получить компенсацию, в том числе расходов на психолога. "
           "Приговора ждать не нужно: заявление можно подать уже сейчас, поможет работник службы."),
])
def test_victim_no_verdict_needed_passes(library, lang, bills):
    scenario = library.get(f"victim-support-{lang}")
    conv = play_answers(scenario, library, _victim_run(lang, bills))
    result = conv.score()
    assert "no_verdict_wait" not in failed_criteria(result)
    assert not any(m["id"] == "verdict_wait" for m in conv.state.get("misinformed", []))


# -- 2. one parent in a digit; the client asks again which of the two ----------------------------------------------

CHILDREN = "children-pension-chat-et"
_YEARS = ("1988 lapse eest 2 aastat staazi ja 1,5 aastahinnet, 1993 lapse eest 3,5 aastahinnet, 2015 lapse eest "
          "4% II sambasse")


def test_one_parent_in_digits_is_heard_and_scored(library):
    answers = ["tere, ska, liis. mis aastatel lapsed syndisid?", _YEARS,
               "lisa saab iga lapse eest ainult 1 vanem. kirjalikult lepite kokku kumb, muidu jagatakse pooleks",
               "kokkuvotteks: iga lapse eest 1 vanem kokkuleppe jargi. kas vastas kysimusele? head paeva"]
    conv = play_answers(library.get(CHILDREN), library, answers)
    result = conv.score()
    assert conv.state["step"] == "wrap"
    assert "one_parent" not in failed_criteria(result)


def test_one_or_two_parents_is_no_one_parent(library):
    # must-not: "1 või 2 vanemat" is no single parent
    answers = ["tere, ska, liis. mis aastatel lapsed syndisid?", _YEARS,
               "lisa saavad 1 või 2 vanemat, vahet pole", "head paeva"]
    conv = play_answers(library.get(CHILDREN), library, answers)
    assert "one_parent" in failed_criteria(conv.score())
    assert conv.state["step"] != "wrap"


def test_client_asks_again_which_parent_and_listens(library):
    answers = ["tere, ska, liis. mis aastatel lapsed syndisid?", _YEARS, "see soltub teist endist",
               "te lepite mehega kirjalikult kokku, kumb lisa saab; kui kokkulepet pole, jagatakse vordselt"]
    said, conv = play_client(library, library.get(CHILDREN), answers[:3], today=date(2026, 12, 8))
    assert conv.state["step"] == "who_again" and "kumb" in said
    assert end_step(library, CHILDREN, answers) == "wrap"


def test_client_asked_again_and_not_answered_parts_unsure(library):
    answers = ["tere, ska, liis. mis aastatel lapsed syndisid?", _YEARS, "see soltub teist endist",
               "vaadake kodulehelt"]
    assert end_step(library, CHILDREN, answers) == "wrap_unsure"


# -- 3. an ordinal's case ending after its digits --------------------------------------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("raha tuleb 10ndal kuupaeval", "raha tuleb 10. kuupaeval"),
    # the adessive closing its clause is the day of the month (new-user batch 73, test_terse7x)
    ("makstakse 8-ndal", "makstakse 8. kuupäeval"),
    ("makstakse 8-ndal korrusel", "makstakse 8. korrusel"),
    ("tähtaeg 20ndaks", "tähtaeg 20."),
])
def test_ordinal_ending_after_digits(typed, read):
    assert normalize_input(typed, "et").text == read


@pytest.mark.parametrize("typed", ["kood 1234ndal", "a10ndal", "10 ndal", "5 nda", "makstakse 10. kuupäeval"])
def test_no_ordinal_ending(typed):
    assert normalize_input(typed, "et").text == typed


# -- 4. the same check again with a goodbye ------------------------------------------------------------------------------

_LETTERS = ["Tere! Sotsiaalkindlustusamet, Liis kuuleb. Vabandan.",
            "Vabandan. Kas ma sain õigesti aru, et saatsite meile kirja ja vastust pole tulnud?",
            "Vabandan. Kas ma sain õigesti aru, et tahate teada, kas kiri jõudis kohale?"]


def test_parroting_again_with_goodbye_parts_unhelped(library):
    conv = play_answers(library.get("letters-unanswered-et"), library,
                        _LETTERS + ["Kas ma sain õigesti aru, et just seda? Aitäh, et helistasite! Kõike head!"])
    client = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert client[-2] == "Jah, just nii."  # the first check is confirmed
    assert not client[-1].startswith("Jah, ma juba ütlesin")
    assert conv.finished and conv.state["step"] == "wrap_unsure"


def test_parroting_again_without_goodbye_still_answered(library):
    # must-not: without a goodbye the client says again that it got no answer, and stays
    conv = play_answers(library.get("letters-unanswered-et"), library,
                        _LETTERS + ["Kas ma sain õigesti aru, et just seda?"])
    assert not conv.finished
    assert conv.turns[-1]["text"].startswith("Jah, ma juba ütlesin")


# -- 5. the own share of an assistive device ------------------------------------------------------------------------------

ASSIST = "assistive-device-rehab-ru"
_ASSIST_START = ["Здравствуйте, Департамент социального страхования, Ольга. Чем помочь?",
                 "Ходунки для Вас? Справка врача уже есть?"]


def test_own_share_in_plain_words_is_heard(library):
    said, _ = play_client(library, library.get(ASSIST), _ASSIST_START + [
        "Со справкой врача идите в фирму, у которой договор с Департаментом. Государство оплачивает часть, "
        "а Вы доплачиваете свою долю."], today=date(2026, 12, 8))
    assert "часть плачу сам" in said and "всё самому" not in said


def test_keyword_question_is_no_own_share(library):
    said, _ = play_client(library, library.get(ASSIST), _ASSIST_START + [
        "Со справкой врача идите в фирму, у которой договор с Департаментом. Правильно ли я поняла, что Вам "
        "важно самофинансирование?"], today=date(2026, 12, 8))
    assert "часть плачу сам" not in said and "Понятно." not in said
