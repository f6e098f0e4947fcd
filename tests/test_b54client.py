"""New-user batch 54, the scripted client re-asking or falling back where it should not (branch b54client;
tests/newuser/live54). Own sentences, not the runs'.

1. abusive-caller-et/-ru: after the threat, „see on ähvardus, pean kõne lõpetama ... Head päeva“ ends the call (an
   obligation told now, no condition, a goodbye after it); „Kui Te jätkate, pean kõne lõpetama“ (a conditional
   warning) does not. The client played `threat_again` as if the call went on (`@ending_now`, ending_warning.py).
2. living-alone-chat-et: the son's fix in other words („elukoha õigeks tegema / parandama“, „end välja kirjutama“,
   „elukoha Soome peale muutma“) answers „mis ma nüüd tegema pean?“; the client asked again (`trap_again`).
3. parental-benefit-chat-et: the father's benefit sent to the wrong authority („taotlus esitatakse Töötukassale“) is
   believed and acted on (end step `wrong_place`, no thanks), not met with „ma ei saanud aru“ twice; the
   `right_authority` gate still fails the attempt.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_lines, client_steps, hears, play_to_end

from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.ending_warning import warns_of_ending

TODAY = date(2026, 12, 7)
_LIBRARY = load_library()


def ends_now(text: str, lang: str) -> bool:
    # imported here: the reading is new in this branch, so before it the tests fail rather than the collection
    from trainer.text.ending_warning import ends_now as reading

    return reading(text, lang)


def _hears(sid: str, name: str, text: str) -> bool:
    return hears(_LIBRARY, sid, name, text, TODAY)


def _play(sid: str, answers: list[str]) -> Conversation:
    return play_to_end(_LIBRARY, sid, answers, TODAY)




# -- 1. the call ended now: an obligation told without a condition, then a goodbye -------------------------------------

ENDS_NOW = [
    ("et", "Ähvardusi ma kuulata ei saa, seega pean selle kõne nüüd lõpetama. Kirjutage meile iseteeninduses. Head aega."),
    ("et", "Tegemist on ähvardusega ja ma olen sunnitud vestluse katkestama. Ähvardusest teavitan juhti. Nägemist."),
    ("et", "niimoodi ei saa, pean kone lopetama. helistage uuesti kui olete rahunenud. head paeva"),
    ("et", "Sellise jutu peale pean ma kahjuks kõne lõpetama. Kõike head."),
    ("ru", "Это уже угроза, поэтому я вынуждена прервать разговор. Напишите нам через самообслуживание. До свидания."),
    ("ru", "На угрозы мне придётся закончить звонок. Руководителю я сообщу. Всего доброго."),
    ("ru", "я должна завершить этот разговор. перезвоните когда успокоитесь. всего хорошего"),
]

NOT_ENDS_NOW = [
    # a condition: the warning
    ("et", "Kui Te sõimamist jätkate, pean kõne lõpetama. Kuidas saan Teid aidata?"),
    ("et", "Pean kõne lõpetama, kui ähvardused jätkuvad. Head aega."),
    ("et", "Palun rääkige rahulikult, muidu olen sunnitud vestluse katkestama. Head päeva."),
    # negated, asked, no goodbye, something else ended
    ("et", "Ma ei pea kõnet lõpetama, räägime rahulikult. Head aega."),
    ("et", "Kas ma pean kõne lõpetama? Head aega."),
    ("et", "See on ähvardus ja pean kõne lõpetama. Kas soovite veel midagi öelda?"),
    ("et", "Pean Teie taotluse menetluse lõpetama. Head aega."),
    ("ru", "Если оскорбления продолжатся, я буду вынуждена прервать разговор. До свидания."),
    ("ru", "Я не должна прерывать разговор, давайте спокойно. До свидания."),
    ("ru", "Мне придётся завершить проверку заявления. Всего доброго."),
    ("ru", "Я вынуждена прервать разговор, иначе мы не договоримся. Чем могу помочь?"),
]


@pytest.mark.parametrize("lang, text", ENDS_NOW)
def test_the_call_ended_now_is_read(lang, text):
    assert ends_now(text, lang)
    assert not warns_of_ending(text, lang)


@pytest.mark.parametrize("lang, text", NOT_ENDS_NOW)
def test_a_warning_or_other_ending_is_not_the_call_ended_now(lang, text):
    assert not ends_now(text, lang)


@pytest.mark.parametrize("lang, text", ENDS_NOW)
def test_the_scenario_hears_the_call_ended(lang, text):
    sid = "abusive-caller-et" if lang == "et" else "abusive-caller-ru"
    assert _hears(sid, "ended", text)


@pytest.mark.parametrize("lang, text", NOT_ENDS_NOW)
def test_the_scenario_does_not_hear_a_warning_as_ended(lang, text):
    sid = "abusive-caller-et" if lang == "et" else "abusive-caller-ru"
    assert not _hears(sid, "ended", text)


def test_the_threat_answered_by_ending_the_call_is_not_repeated():
    conv = _play("abusive-caller-et", [
        "Tere, Sotsiaalkindlustusamet, Liis kuuleb.",
        "Mõistan, et ootamine ajab närvi. Tahan aidata, aga palun ärge sõimake – sellisel toonil ei saa ma vestlust "
        "jätkata.",
        "Nüüd on see juba ähvardus, seetõttu pean kõne lõpetama. Pensioni asjus helistage uuesti, kui olete valmis "
        "rahulikult rääkima, või kirjutage meile iseteeninduses. Ähvardusest annan teada meeskonnajuhile. Head aega.",
    ])
    steps = client_steps(conv)
    assert "threat_again" not in steps
    assert steps[-1] == "call_ended"


# -- 2. the son's fix in other words --------------------------------------------------------------------------------------

FIX_SAID = [
    "Poeg peaks oma elukoha rahvastikuregistris õigeks tegema.",
    "poeg peab elukoha registris oigeks tegema, vallas voi eesti.ee kaudu",
    "Pojal tuleb elukoha andmed parandada.",
    "poeg parandagu oma elukoht registris ära",
    "Kui poeg kirjutab end Teie aadressilt välja, loetakse Teid üksi elavaks.",
    "poeg peab ennast teie juurest valja kirjutama",
    "Poeg peab oma elukoha Soome peale muutma.",
    "poeg muutku elukoht registris soome peale",
]

FIX_NOT_SAID = [
    "Poeg elab Soomes juba ammu.",
    "Elukohta ei pea muutma.",
    "Poeg ei pea end välja kirjutama.",
    "Kas poeg on end välja kirjutanud?",
    "Kas poeg on oma elukoha õigeks teinud?",
    "Teie elukoht on registris õige.",
    "Kirjutage oma küsimus iseteeninduses välja.",
]


@pytest.mark.parametrize("text", FIX_SAID)
def test_the_sons_fix_in_other_words_is_heard(text):
    assert _hears("living-alone-chat-et", "fix_registration", text)


@pytest.mark.parametrize("text", FIX_NOT_SAID)
def test_other_words_are_not_the_sons_fix(text):
    assert not _hears("living-alone-chat-et", "fix_registration", text)


def test_the_fix_told_is_not_asked_again():
    conv = _play("living-alone-chat-et", [
        "tere, SKA veebivestlus, Liis. mõistan, et olete pahane. isikukoodi palun siia ärge kirjutage, siin ma seda ei "
        "kasuta.",
        "toetus tuleb automaatselt oktoobri pensioniga, kui elate rahvastikuregistri järgi üksi kogu perioodi 1. "
        "aprillist 30. septembrini",
        "see on tõenäoliselt põhjus. poeg peaks oma elukoha registris õigeks tegema (Soome), seda saab teha vallas.",
    ])
    steps = client_steps(conv)
    assert "trap_again" not in steps
    assert steps[-1] == "where_see"


# -- 3. the wrong authority for the father's benefit: believed, no "I didn't understand" ---------------------------------

WRONG_AUTHORITY = [
    "Isa vanemahüvitise taotluse esitate Töötukassale.",
    "vanemahüvitist taotlete tootukassa e-teeninduses",
    "Selle jaoks pöörduge Töötukassasse – seal esitate vanemahüvitise avalduse.",
    "Taotlus isa päevade kohta tuleb teha oma valla sotsiaaltöötajale, vallavalitsusse.",
    "Isapuhkuse hüvitist maksab Tervisekassa, esitage taotlus neile.",
]

NOT_WRONG_AUTHORITY = [
    "Vanemahüvitist ei taotleta Töötukassast, vaid pakkumus tuleb meie iseteenindusse.",
    "Töötukassa seda ei maksa – vanemahüvitis on Sotsiaalkindlustusameti teema.",
    "Kas olete vanemahüvitise pärast Töötukassasse pöördunud?",
    "Taotlust ei ole vaja: saadame pakkumuse iseteenindusse.",
    "Kui olete töötu, registreerige end Töötukassas; vanemahüvitise pakkumuse saadame meie.",
]


@pytest.mark.parametrize("text", WRONG_AUTHORITY)
def test_the_wrong_authority_for_the_benefit_is_heard(text):
    assert _hears("parental-benefit-chat-et", "wrong_authority", text)


@pytest.mark.parametrize("text", NOT_WRONG_AUTHORITY)
def test_a_denied_or_other_authority_is_not_the_wrong_one(text):
    assert not _hears("parental-benefit-chat-et", "wrong_authority", text)


def test_the_wrong_authority_is_believed_without_thanks():
    from trainer.simulation.client_line import thanks

    conv = _play("parental-benefit-chat-et", [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Liis. Palju õnne! Võime ka vene keeles suhelda. Kas soovite "
        "kasutada oma isa päevi?",
        "Isa vanemahüvitise avalduse esitate Töötukassale, nende e-teeninduses. Isal on 30 päeva.",
    ])
    steps, lines = client_steps(conv), client_lines(conv)
    assert steps[-1] == "wrong_place"
    assert not any("ei saanud" in line or "ei saa ikka" in line for line in lines)
    assert not thanks(conv, lines[-1])
    assert any(m.get("id") == "wrong_authority" for m in conv.state.get("misinformed", []))
    result = conv.score()
    assert not result["passed"]
    assert "right_authority" in result["gate_failures"]


# -- 4. other listening faults in batch 54 ----------------------------------------------------------------------------------

# angry-delay-ru good: «Какой способ Вам удобнее?» after the ways to send the copy was not heard as the question the
# client knows the answer to (`how_send`); the client skipped it. (The terse «Как удобнее?», verbless, is not among the
# reply's acts the `knows` answers are looked for in: left open.)
@pytest.mark.parametrize("question", [
    "Каким способом Вам удобнее её прислать?",
    "Какой вариант Вам удобнее?",
    "Как Вам удобнее будет?",
    "Какой способ для Вас проще?",
])
def test_the_way_to_send_asked_in_other_words_is_answered(question):
    conv = _play("angry-delay-ru", [
        "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?",
        "Понимаю, как неприятно звонить третий раз. Назовите, пожалуйста, Ваш личный код.",
        "Спасибо. Вы Галина Иванова?",
        "Ваше заявление ждёт копию трудовой книжки: её мы запросили в конце октября, без неё решения нет.",
        "Пришлите копию трудовой книжки: через самообслуживание, по почте или в бюро обслуживания. " + question,
    ])
    assert "ID-карта есть" in client_lines(conv)[-1]


@pytest.mark.parametrize("question", ["Какой у Вас вопрос?", "Как Вы себя чувствуете?"])
def test_other_questions_are_not_the_way_to_send(question):
    conv = _play("angry-delay-ru", [
        "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?",
        "Понимаю, как неприятно звонить третий раз. Назовите, пожалуйста, Ваш личный код.",
        "Спасибо. Вы Галина Иванова? " + question,
    ])
    assert not any("ID-карта есть" in line for line in client_lines(conv))


# daughter-for-mother-et good/terse: „volikiri võib olla lihtne kirjalik ...“ (the simple written form: signed by hand) was
# read as a plain e-mail (`plain_consent`), and the client planned to have her mother send one
@pytest.mark.parametrize("text", [
    "Volikiri võib olla lihtne kirjalik, digitaalselt allkirjastatud või notariaalne.",
    "Sobib lihtne kirjalik volikiri, mille ema allkirjastab.",
    "volikiri voib olla lihtsas kirjalikus vormis voi notariaalne",
])
def test_the_simple_written_form_is_no_plain_email(text):
    assert not _hears("daughter-for-mother-et", "plain_consent", text)


@pytest.mark.parametrize("text", [
    "Piisab, kui ema saadab meile lihtsa e-kirja.",
    "Ema võib saata tavalise kirja, et ta on nõus.",
    "Piisab ema lihtsast kirjalikust nõusolekust.",
])
def test_a_plain_email_is_still_plain_consent(text):
    assert _hears("daughter-for-mother-et", "plain_consent", text)
