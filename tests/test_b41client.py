"""Batch 41 client fixes, on own sentences (not the batch's), each with must-nots:

- "y" typed for "ü" is heard as "ü" (spelling.py): numbers and ordinals in words, „synnikoht“;
- an unpunctuated request for the code and the birthplace after a negated clause gets both (own_details._clause);
- the call model read out by cardinal steps («Шаг пять: подведение итога») and a three-item keyword recap say
  nothing the client thanks for (recited.step_labels, repeats.recap_lists);
- knowledge entries recited one after another and a quiz put to the caller count against the grateful ending
  (unspoken.recited_entries, quiz.py);
- scenario ears: appeal-refused-ru believes 60 days to file, letters-unanswered-et a deadline told as passed (no
  "until then"), data-request-bailiff-et a request sent to another body, maintenance-support-et "filing the suit is
  enough" and a ruling already said to suffice.
"""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.own_details import asked_details
from trainer.simulation.quiz import is_quiz, option_sentences
from trainer.simulation.recited import step_labels
from trainer.simulation.repeats import recap_lists
from trainer.simulation.spelling import as_heard
from trainer.simulation.unspoken import recited_entries


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client(conv):
    return [t["text"] for t in conv.turns if t["role"] == "client"]


def _steps(conv):
    return [t.get("step") for t in conv.turns if t["role"] == "client"]


def _believed(conv):
    return [r["id"] for r in conv.state.get("misinformed", [])]


# -- "y" for "ü" ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, heard", [
    ("raha tuleb kahekymnendal kuupaeval", "raha tuleb kahekümnendal kuupaeval"),
    ("Yheksa paeva on jaanud.", "Üheksa paeva on jaanud."),
    ("palun oelge synniaeg ja yks telefon", "palun oelge sünniaeg ja üks telefon"),
])
def test_y_heard_as_u(typed, heard):
    assert as_heard(typed, "et") == heard


@pytest.mark.parametrize("typed, lang", [  # must-nots: identifiers, all caps, digits, Russian translit
    ("Kirje apply_by_mail_only: vt lisa", "et"),
    ("Vaata family-benefits.yearly_sum", "et"),
    ("Helistage SKY numbrile", "et"),
    ("kood abc1y2", "et"),
])
def test_y_left_alone(typed, lang):
    assert as_heard(typed, lang) == typed


def test_russian_translit_y_is_no_u():
    # Russian translit is read in Cyrillic (batch 48, spelling.py), never with "ü"
    assert as_heard("vy mozhete podat", "ru") == "вы можете подать"


MAINTENANCE_Y = [
    "tere, sotsiaalkindlustusamet, mari kuuleb",
    "saan aru, see on raske. kas kohus on juba mingi maaruse teinud?",
    "hea, et maarus on olemas. elatisabi taotlus tuleb esitada nelikymmend viis paeva jooksul maaruse tegemisest,"
    " iseteeninduses",
    "elatisabi on kakssada eurot kuus, raha tuleb kymnendal kuupaeval, kohtumenetluse ajal kuni saja viiekymne paeva",
    "aitah, koike head",
]


def test_numbers_with_y_heard(library):
    conv = play_answers(library.get("maintenance-support-et"), library, MAINTENANCE_Y)
    said = " ".join(_client(conv))
    assert "tähtaeg" not in said            # 45 days heard: no "is there a deadline?"
    assert "mis kuupäeval" not in said      # the 10th heard: no "which day is it paid?"
    assert conv.state["step"] == "wrap"
    assert _believed(conv) == []


def test_wrong_number_with_y_still_believed(library):  # must-not: a wrong deadline typed the same way is believed
    answers = list(MAINTENANCE_Y)
    answers[2] = answers[2].replace("nelikymmend viis", "kolmkymmend")
    conv = play_answers(library.get("maintenance-support-et"), library, answers)
    assert "wrong_deadline" in _believed(conv)


# -- the code and the birthplace asked unpunctuated -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, lang, kinds", [
    ("kahju et keegi pole teile vastanud uurin kohe palun oelge oma isikukood ja sünnikoht", "et", ["birthplace"]),
    ("mul ei ole teie kirja ees aga palun oelge oma sünniaeg", "et", ["birth_date"]),
    ("жаль что никто не ответил назовите пожалуйста личный код и место рождения", "ru", ["birthplace"]),
])
def test_unpunctuated_request_after_negation(sentence, lang, kinds):
    assert asked_details(sentence, lang) == kinds


@pytest.mark.parametrize("sentence, lang", [  # must-nots: negated or about another person in the request's clause
    ("palun oelge isikukood sünnikohta ei ole vaja", "et"),
    ("kas see kiri on teie poja oma palun oelge tema sünnikoht", "et"),
    ("место рождения мамы назовите пожалуйста", "ru"),
    ("Sünnikohta ma ei küsi.", "et"),
])
def test_request_not_for_own_detail(sentence, lang):
    assert asked_details(sentence, lang) == []


def test_code_and_birthplace_both_given(library):
    conv = play_answers(library.get("letters-unanswered-et"), library, [
        "sotsiaalkindlustusamet mari kuuleb tere",
        "kahju et keegi pole vastanud saan aru et see teeb pahaseks vaatan kohe palun oelge isikukood ja synnikoht",
    ])
    last = _client(conv)[-1]
    assert any(ch.isdigit() for ch in last) and "Sünnikoht on" in last


# -- the call model read by cardinal steps, a short keyword recap ------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Шаг два: идентификация. Назовите личный код.", "ru"),
    ("Шаг шесть – прощание: всего доброго!", "ru"),
    ("Samm neli: selgitus lihtsas keeles.", "et"),
])
def test_cardinal_step_labels(text, lang):
    assert step_labels(text, lang)


@pytest.mark.parametrize("text, lang", [  # must-nots: steps the caller takes
    ("Шаг два – объяснение врачу, что у Вас болит.", "ru"),
    ("Шаг один: позвоните в управу.", "ru"),
    ("Samm kaks: minge perearsti juurde.", "et"),
])
def test_cardinal_steps_of_the_caller(text, lang):
    assert step_labels(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Итак, подведу итог: справка, заявление, управа.", "ru"),
    ("Kokkuvõtteks: perearst, taotlus, vald.", "et"),
])
def test_three_item_recap(text, lang):
    assert recap_lists(text, lang) == [text]


@pytest.mark.parametrize("text, lang", [  # must-nots: a recap in sentences, two items
    ("Итак: сообщать не нужно, пенсию вернут, пособие платит самоуправление.", "ru"),
    ("Kokkuvõtteks: perearst ja taotlus.", "et"),
])
def test_no_three_item_recap(text, lang):
    assert recap_lists(text, lang) == []


DEATH_STEPS = [
    "Здравствуйте! Департамент социального страхования, Нина. Слушаю Вас.",
    "Шаг два: идентификация. Назовите Ваш личный код, пожалуйста.",
    "Шаг три: уточнение вопроса. Вы спрашиваете о пенсии? Регистр. Управа.",
    "Шаг пять: подведение итога. Итак, подведу итог: регистр, управа, возврат. Всё ли понятно? Шаг шесть: всего доброго!",
]


def test_death_report_read_by_steps_ends_unsure(library):
    conv = play_answers(library.get("death-report-ru"), library, DEATH_STEPS)
    assert conv.state["step"] != "wrap"
    assert not any("управ" in line for line in _client(conv))  # the municipality was only a keyword


def test_death_report_said_plainly_ends_grateful(library):  # must-not: the same help in sentences
    conv = play_answers(library.get("death-report-ru"), library, [
        "Здравствуйте! Департамент социального страхования, Нина. Слушаю Вас.",
        "Примите мои соболезнования. Сообщать нам отдельно не нужно: данные о смерти приходят из регистра"
        " народонаселения, и пенсия прекратится сама.",
        "Понимаю. Пенсию, пришедшую после смерти, тратить нельзя: Департамент потребует её вернуть. Сумму я по"
        " телефону назвать не могу.",
        "Государственного пособия на похороны нет: его платит местное самоуправление, позвоните в городскую управу.",
        "Итак: сообщать не нужно, пенсию после смерти не трогайте, с пособием – в управу. Всего доброго!",
    ])
    assert conv.state["step"] == "wrap"


# -- knowledge recited entry by entry, a quiz ---------------------------------------------------------------------------
RECITED_RU = ("Государственное алиментное пособие (elatisabi) – 200 евро в месяц на ребёнка. Во время судебного"
              " производства алиментное пособие выплачивается до 150 дней, но не дольше, чем до решения суда."
              " Алиментное пособие выплачивается 10-го числа каждого месяца.")


def test_recited_entries(library):
    grams = library.value_facts.reference
    assert recited_entries(RECITED_RU, "ru", grams)


@pytest.mark.parametrize("text", [  # must-nots: said to the caller, or asked
    "Вам будут платить 200 евро в месяц на ребёнка. Во время суда пособие выплачивается до 150 дней, но не дольше,"
    " чем до решения суда. Деньги придут 10-го числа каждого месяца.",
    RECITED_RU + " Понятно ли я объяснила?",
])
def test_not_recited_entries(library, text):
    assert not recited_entries(text, "ru", library.value_facts.reference)


@pytest.mark.parametrize("text, lang", [
    ("Проверим Ваши знания: кому положено пособие? а) всем б) одиноким пенсионерам", "ru"),
    ("Küsimus 2: kui kaua makstakse elatisabi? a) 100 päeva b) 150 päeva", "et"),
    ("Kust esitatakse vaie? a) kohtusse b) ametile c) ministeeriumile", "et"),
    ("Правильный ответ – б). Молодец!", "ru"),
])
def test_quiz(text, lang):
    assert is_quiz(text, lang)


@pytest.mark.parametrize("text, lang", [  # must-nots: a choice for the caller, a lettered answer
    ("Kuidas soovite otsust saada? a) e-postiga b) posti teel", "et"),
    ("Есть два пути: а) через самообслуживание, б) в бюро обслуживания.", "ru"),
    ("Что Вы хотите сделать сначала? а) подать заявление б) узнать срок", "ru"),
    ("Kas Teil on küsimusi?", "et"),
])
def test_not_quiz(text, lang):
    assert not is_quiz(text, lang)


def test_option_sentences():
    assert option_sentences("Kumb saab lisa? a) isa b) ema c) jagatakse. Vastake.") == ["a) isa b) ema c) jagatakse."]
    assert option_sentences("Kirjutage punktid a ja b.") == []


QUIZ_CHILDREN = [
    "Tere! Teid teenindab Mari. Enne vastust väike test: mitu aastat staaži saab enne 1991 sündinud lapse eest?"
    " a) 1 b) 2 c) 3",
    "Õige vastus on b). Teine küsimus: mitu aastahinnet saab 1995 sündinud lapse eest? a) 1,5 b) 3,5",
    "Õige vastus on b). Kolmas küsimus: kumb vanem saab lisa, kui vanemad kirjalikult kokku ei lepi? a) ema b) isa"
    " c) õigused jagatakse võrdselt",
    "Õige vastus on c). Kokkuvõtteks: staaž, aastahinded, II sammas, kokkulepe. Kas see vastas Teie küsimusele?",
    "Aitäh, kõike head!",
]


def test_quiz_ends_without_grateful_wrap(library):
    conv = play_answers(library.get("children-pension-chat-et"), library, QUIZ_CHILDREN)
    assert conv.state["step"] == "wrap_unsure"


def test_quiz_goodbye_parts_unhelped(library):  # a quiz closed with a goodbye: no questions after it
    conv = play_answers(library.get("appeal-refused-ru"), library, [
        "Здравствуйте, Мария. Викторина! Сколько дней на возражение? а) 10 б) 30",
        "Вопрос 2: куда его подают? а) в суд б) в Департамент. Всего доброго!",
        "Вопрос 3: сколько его рассматривают? Всего доброго!",
    ])
    assert conv.state["step"] == "wrap_unsure"
    # since batch 42 the client asks once more after the first goodbye («так что мне делать?»: the greeting reply is
    # no answer to weigh), then parts unhelped at the next; never a question after its parting line
    assert len(_client(conv)) <= 4
    assert "?" not in _client(conv)[-1]


# -- scenario ears ------------------------------------------------------------------------------------------------------
APPEAL_START = [
    "Здравствуйте! Чат Департамента, Мария. Правильно ли я поняла, что Вы не согласны с отказом в досрочной пенсии?",
    "Тогда подайте возражение (vaie): напишите в свободной форме, почему не согласны, приложите трудовую.",
    "Отправить можно по почте или принести в бюро обслуживания.",
]


def test_sixty_days_to_file_believed(library):
    conv = play_answers(library.get("appeal-refused-ru"), library, [
        *APPEAL_START, "Подать его Вы можете в течение шестидесяти дней, торопиться не нужно."])
    assert "wrong_deadline_60" in _believed(conv)
    assert "deadline_again" not in _steps(conv)


@pytest.mark.parametrize("reply", [  # must-nots: 60 days is the review time
    "Подать нужно в течение 30 дней, а рассматривают возражение до 60 дней.",
    "Срок подачи – 30 дней; ответ придёт в течение 60 дней.",
])
def test_sixty_days_review_not_believed_as_filing(library, reply):
    conv = play_answers(library.get("appeal-refused-ru"), library, [*APPEAL_START, reply])
    assert "wrong_deadline_60" not in _believed(conv)


LETTERS_START = [
    "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
    "Vabandan väga, saan aru, et see on Teile oluline. Palun öelge oma isikukood ja sünnikoht.",
    "Aitäh. Kas räägin Helju Tammega? Mis teemal Te kirjutasite?",
]


def test_late_told_no_date_to_wait_for(library):
    conv = play_answers(library.get("letters-unanswered-et"), library, [
        *LETTERS_START,
        "Kiri on kohal. Sellistele kirjadele vastame kümne tööpäeva jooksul, nii et vastus oleks pidanud juba ammu"
        " tulema. Edastan selle menetlejale ja palun tal Teiega ühendust võtta.",
        "Kokkuvõtteks: kiri on menetlejal, ta võtab ühendust. Aitäh, head päeva!",
    ])
    said = " ".join(_client(conv))
    assert "selle ajani" not in said
    assert _believed(conv) == ["wrong_deadline_passed"]


def test_wrong_future_deadline_waits_until_then(library):  # must-not: a (wrong) date to wait for
    conv = play_answers(library.get("letters-unanswered-et"), library, [
        *LETTERS_START,
        "Kiri on kohal. Sellistele kirjadele vastame kümne tööpäeva jooksul. Edastan selle menetlejale ja palun tal"
        " Teiega ühendust võtta.",
        "Kokkuvõtteks: kiri on menetlejal, ta võtab ühendust. Aitäh, head päeva!",
    ])
    assert _believed(conv) == ["wrong_deadline"]


BAILIFF_START = [
    "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
    "Kas ma sain õigesti aru, et vajate võlgniku pensioni andmeid? Telefoni teel ma neid anda ei saa, sest ma ei saa"
    " kontrollida, kellega räägin.",
]


def test_bailiff_sent_elsewhere_believes(library):
    conv = play_answers(library.get("data-request-bailiff-et"), library, [
        *BAILIFF_START,
        "Seadus on Teie poolel, aga päring peab tulema kirjalikult. Need andmed väljastab Töötukassa, palun kirjutage"
        " neile kirjalik päring.",
        "Aitäh, head päeva!",
    ])
    assert "elsewhere" in _believed(conv)
    assert "loodan, et vastate kiiresti" not in " ".join(_client(conv)).lower()


@pytest.mark.parametrize("reply", [  # must-nots: the pillars, a denial
    "Seadus on Teie poolel, aga päring peab tulema meile kirjalikult. Kui vajate II samba andmeid, küsige neid"
    " Pensionikeskusest.",
    "Seadus on Teie poolel, aga päring peab tulema meile kirjalikult; Pensionikeskus neid andmeid ei väljasta.",
])
def test_bailiff_not_sent_elsewhere(library, reply):
    conv = play_answers(library.get("data-request-bailiff-et"), library, [*BAILIFF_START, reply, "Aitäh, head päeva!"])
    assert "elsewhere" not in _believed(conv)


MAINT_START = [
    "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
    "Saan aru. Kas kohus on teinud makseettepaneku määruse või hagi tagamise määruse?",
]


def test_suit_enough_believed(library):
    conv = play_answers(library.get("maintenance-support-et"), library, [
        *MAINT_START, "Mis määrus täpselt, pole vahet – elatisabi saamiseks piisab hagi esitamisest."])
    assert "suit_enough" in _believed(conv)
    assert "Kas sellest piisab?" not in _client(conv)[-1]


def test_ruling_said_to_suffice_not_asked(library):
    conv = play_answers(library.get("maintenance-support-et"), library, [
        *MAINT_START, "Hea, hagi tagamise määrus sobib. Esitage meile elatisabi taotlus iseteeninduses."])
    assert "Kas sellest piisab?" not in _client(conv)[-1]
    assert _believed(conv) == []


def test_suit_not_enough_not_believed(library):  # must-not: "filing is not enough"
    conv = play_answers(library.get("maintenance-support-et"), library, [
        *MAINT_START, "Hagi esitamisest üksi ei piisa, vaja on määrust. Milline määrus Teil on?"])
    assert "suit_enough" not in _believed(conv)
