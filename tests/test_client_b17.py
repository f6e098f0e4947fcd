"""Issue #10, batch 17 client notes (tests/newuser/live17/README-e3.md, README-f3.md "Client oddities").

1. Staged text tells the caller nothing (trainer/simulation/staged.py): stage directions in square brackets, a
   ticked checklist, a phone menu, hashtags, a pasted model dialogue, stacked one-word verbs naming the steps. The
   client does not react to it as an answer and does not leave on its grateful `wrap` line; a real answer that
   happens to hold a bracket, a numbered list or one "Vabandan." is heard as before.
2. How long the maintenance support is paid (150 days, not past the judgment), once told, is not asked again
   („mis saab, kui kohtuasi läheb pikaks?“, maintenance-support-et terse_good and wrong_fact).
3. A wrong answer the client believes, whose reaction already asks the next question («значит одно заявление к вам
   ... а сын может ...?»), is not followed by the step that asks again (disability-assessment-ru wrong_fact).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client

from trainer.simulation.library import load_library
from trainer.simulation.staged import staged_spans, unstaged

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. staged text ------------------------------------------------------------------------------

ET_CHECKLIST = [
    "✔ tervitus: Tere! Sotsiaalkindlustusamet, Liis. ✔ abi: Millega saan aidata? ☐ kaastunne ☐ tuvastus ☐ põhjus "
    "☐ osamaksed ☐ vaie",
    "✔ kaastunne: Mõistan, et see on ebameeldiv. ✔ tuvastus: Palun Teie isikukood. ☐ põhjus ☐ osamaksed ☐ vaie 30 päeva",
    "✔ põhjus: poja õpingud lõppesid augustis, enammakse 160 eurot ✔ osamaksed võimalikud ✔ vaie 30 päeva ☐ lõpp",
    "✔ lõpp: aitäh, et helistasite! Kõike head!",
]
ET_BRACKETS = [
    "[tervitus: Sotsiaalkindlustusamet, Liis] [küsin, millega aidata]",
    "[mõistmine] [uurin, kas kohus on teinud makseettepaneku määruse või hagi tagamise määruse] [räägin elatisabist: "
    "200 eurot kuus, taotlus 45 päeva jooksul]",
    "[kinnitan, et hagi tagamise määrus sobib] [200 eurot, 45 päeva, 150 päeva, maksmine 10. kuupäeval] [kokkuvõte]",
    "[kuni 150 päeva, edasi kohtutäitur] [aitäh, et helistasite]",
    "[head aega]",
]
ET_STEPS = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuulan. Mõistan. Aitan.",
    "Mõistan. Vabandan. Isikukood palun? Kontrollin. Edastan. Vastus 30 päeva jooksul.",
    "Leian kirja. Kinnitan nime. Edastan menetlejale. Menetleja helistab Teile. Tähtaeg 30 päeva.",
    "Registreeritud 12. novembril. Edastan. Vastus 12. detsembriks. Kas vastas?",
    "Vabandan. Aitäh, et helistasite. Kõike head.",
]
RU_MENU = [
    "Здравствуйте, Департамент социального страхования, Анна. Примите соболезнования. Меню: скажите «один» – "
    "сообщать не нужно, регистр; «два» – пенсия после смерти; «три» – похороны, самоуправление.",
    "Вы выбрали «один»: сообщать не нужно, данные из регистра народонаселения. Для пенсии скажите «два».",
    "Вы выбрали «два»: пенсию после смерти вернуть через банк, тратить нельзя. Для похорон скажите «три».",
    "Вы выбрали «три»: пособие на похороны – местное самоуправление. Спасибо за звонок, всего доброго.",
]
RU_STEPS = [
    "Здравствуйте, Департамент социального страхования, Анна. Слушаю. Сочувствую. Понимаю.",
    "Сочувствую. Уточняю. Направляю. Помощь жертвам – телефон 116 006.",
    "Объясняю. Компенсирую. Консультирую. Заявление на компенсацию – через 116 006.",
    "Благодарю. Прощаюсь. Спасибо за звонок, всего доброго!",
]


@pytest.mark.parametrize(("scenario_id", "answers"), [
    ("overpayment-recovery-et", ET_CHECKLIST),
    ("maintenance-support-et", ET_BRACKETS),
    ("letters-unanswered-et", ET_STEPS),
    ("death-report-ru", RU_MENU),
    ("victim-support-ru", RU_STEPS),
])
def test_staged_replies_do_not_end_grateful(library, scenario_id, answers):
    assert end_step(library, scenario_id, answers) != "wrap"


def test_et_ticked_item_is_not_heard(library):
    said, conv = play_client(library, library.get("overpayment-recovery-et"), ET_CHECKLIST, TODAY)
    assert conv.state["step"] != "wrap" and "Aitäh" not in said


def test_et_hashtags_are_not_heard(library):
    said, conv = play_client(library, library.get("living-alone-chat-et"), [
        "Tere! Liis, Sotsiaalkindlustusamet. #mõistan #isikukoodiärakirjutage #iseteenindus",
        "#toetus200eurot #oktoobris #automaatselt #rahvastikuregister #üksielav #pojasamaaadress"], TODAY)
    assert conv.state["step"] != "trap" and "sisse kirjutatud" not in said  # no reaction to the registration


def test_ru_menu_choice_is_not_heard(library):
    said, conv = play_client(library, library.get("death-report-ru"), RU_MENU[:2], TODAY)
    assert "не нужно" not in said  # not „Хорошо, хоть это не нужно“: nothing was said to it


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("#vanemahüvitis #30päeva #iseteenindus Kas on selge?", "et", "Kas on selge?"),
    ("Пример:\nКлиент: а дочь?\nКонсультант: только с доверенностью.", "ru", "Пример:"),
    ("Mõistan. Vabandan. Kontrollin. Edastan. Menetleja helistab Teile.", "et", "Menetleja helistab Teile."),
    ("Сочувствую. Понимаю. Уточняю. Вы получаете пенсию?", "ru", "Вы получаете пенсию?"),
])
def test_staged_forms_are_blanked(text, lang, kept):
    assert unstaged(text, lang).split() == kept.split()


@pytest.mark.parametrize(("text", "lang"), [  # must-not: real answers keep every word
    ("Teil on kaks võimalust: 1 – iseteeninduses, 2 – klienditeeninduses. Kumb sobib?", "et"),
    ("Valige, kas soovite taotleda iseteeninduses või posti teel.", "et"),
    ("Vabandan. Kontrollin kohe Teie andmed üle, palun oodake.", "et"),
    ("Palun. Tänan. On küll, pension tuli 5. kuupäeval.", "et"),
    ("Помощь жертвам (ohvriabi) – наша услуга. Позвоните по номеру 116 006, выберите пункт про помощь.", "ru"),
    ("Понимаю. Клиентская служба работает до 17 часов, позвоните завтра.", "ru"),
])
def test_real_answers_are_not_staged(text, lang):
    assert staged_spans(text, lang) == []


@pytest.mark.parametrize("scenario_id", ["overpayment-recovery-et", "maintenance-support-et", "death-report-ru",
                                         "letters-unanswered-et"])
def test_exemplary_keeps_grateful_end(library, scenario_id):   # must-not
    scenario = library.get(scenario_id)
    exemplary = next(e for e in scenario.examples if e.kind == "exemplary")
    assert end_step(library, scenario_id, exemplary.answers) == "wrap"


def test_real_answer_with_a_numbered_list_still_ends_grateful(library):   # must-not
    answers = [
        "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
        "Saan aru, et kiri tuli ootamatult. Vaatan otsuse üle, palun öelge oma isikukood.",
        "Aitäh. Kas räägin Kersti Tammega? Teie poja õpingud lõppesid augustis, aga toetust maksti edasi. Pärast "
        "19. eluaastat makstakse lapsetoetust ainult õppimise ajal. Kas see on arusaadav?",
        "Te ei pea kogu summat korraga maksma. Teil on kaks võimalust: 1 – maksta korraga, 2 – leppida kokku "
        "osamaksed kuu kaupa.",
        "Kui Te otsusega ei nõustu, saate esitada vaide 30 päeva jooksul. Kas sain Teie küsimusele vastata?",
        "Aitäh, et helistasite! Kõike head!",
    ]
    assert end_step(library, "overpayment-recovery-et", answers) == "wrap"


# -- 2. what was just told is not asked again ----------------------------------------------------

MAINTENANCE = ["Tere! Sotsiaalkindlustusamet, Liis kuuleb.",
               "Mõistan. Kas kohus on teinud makseettepaneku määruse või hagi tagamise määruse?"]


def test_how_long_told_is_not_asked_again(library):
    said, conv = play_client(library, library.get("maintenance-support-et"), [
        *MAINTENANCE, "Hagi tagamise määrus sobib. Esitage taotlus 45 päeva jooksul. Elatisabi on 200 eurot kuus, "
                      "see tuleb iga kuu 10. kuupäeval ja kohtumenetluse ajal makstakse seda kuni 150 päeva."], TODAY)
    assert conv.state["step"] == "amount_q" and "pikaks" not in said


def test_how_long_still_asked_when_not_told(library):   # must-not
    said, conv = play_client(library, library.get("maintenance-support-et"), [
        *MAINTENANCE, "Hagi tagamise määrus sobib. Esitage taotlus 45 päeva jooksul. Elatisabi on 200 eurot kuus, "
                      "see tuleb iga kuu 10. kuupäeval."], TODAY)
    assert conv.state["step"] == "amount_q" and "pikaks" in said


DISABILITY = ["Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
              "Сочувствую. Вам нужна степень инвалидности или оценка трудоспособности?",
              "Сначала сходите к семейному врачу, он заполнит документы, потом подаётся заявление."]


def test_believed_wrong_answer_is_not_followed_by_a_re_ask(library):
    # the reaction to a wrong answer it believes („значит одно заявление к вам“) already asks on about the son
    said, conv = play_client(library, library.get("disability-assessment-ru"), [
        *DISABILITY, "Одно совместное заявление подаётся к нам, в Департамент, через самообслуживание."], TODAY)
    assert conv.state["step"] == "relative_ask" and conv.state.get("misinformed")


def test_no_answer_about_work_ability_is_still_asked_again(library):   # must-not
    said, conv = play_client(library, library.get("disability-assessment-ru"), [
        *DISABILITY, "Врач-эксперт решает по документам."], TODAY)
    assert conv.state["step"] == "work_again"
