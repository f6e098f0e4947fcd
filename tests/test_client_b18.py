"""Issue #10, batch 18 client notes (tests/newuser/live18/README-g3.md, README-h3.md "Client oddities").

1. Speech runs the name check into the answer („aitäh kas räägin maret saarega registreerisin kaebuse ... vastus
   tuleb kirjalikult ...“): only the check asks; what follows it is said, and the client does not ask for the answer
   again (complaint-registration-et terse_good).
2. A yes with the verb of the client's yes/no question („Aga kas pensioni Soome üldse makstakse?“ – „Jah,
   makstakse“, «А пенсию в Германию вообще платят?» – «да, платят, Германия в ЕС») answers it: no „Простите, я не
   совсем поняла“ (moving-abroad-account-ru terse_good and wrong_fact).
3. Menus read out as number words («выберите: один – рассрочка; два – ...; Назовите цифру.») and an unsorted list
   handed over to pick from («..., Mobiil-ID, Smart-ID. Выберите, что Вам подходит.») are staged, and labelled keyword
   lists („Märksõnad Teie juhtumi jaoks: ...“, «Ссылки: ...») are not heard: the client does not leave such a call on
   its grateful line (overpayment-recovery-ru, redirects-pillar-tax-pin-ru, early-or-later-retirement-et gaming).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client

from trainer.simulation import name_check, unasserted
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.staged import staged_spans, unstaged

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a name check run into the answer ---------------------------------------------------------

COMPLAINT = ["tere sotsiaalkindlustusamet liis kuuleb",
             "mul on väga kahju et nii juhtus kas ma sain aru et teil on kaebus ja otsus palun teie isikukood",
             "registreerin kaebuse ise aga enne vajan isikukoodi"]


def test_et_answer_after_spoken_name_check_is_heard(library):
    said, conv = play_client(library, library.get("complaint-registration-et"), [
        *COMPLAINT, "tänan kas räägin maret saarega kaebuse panin kirja selle vaatab üle tartu juht ja vastus tuleb "
                    "teile kirjalikult kolmekümne päeva jooksul"], TODAY)
    assert conv.state["step"] == "decision_question" and "mingi vastuse" not in said
    assert "see olen mina" in said  # the name check is still answered


def test_et_name_check_alone_still_asks_for_the_answer(library):   # must-not
    said, conv = play_client(library, library.get("complaint-registration-et"), [
        *COMPLAINT, "tänan kas räägin maret saarega kaebuse panin kirja"], TODAY)
    assert "vastuse" in said


def test_et_name_check_then_a_question_states_nothing(library):   # must-not
    conv = Conversation.start(library.get("complaint-registration-et"), library, seed=1, today=TODAY)
    name = f"{conv.persona.first_name} {conv.persona.last_name}".lower()
    assert name_check.after_name_check(conv, f"kas räägin {name} kas teil on otsus käes") == ""


def test_ru_tail_after_spoken_name_check(library):
    conv = Conversation.start(library.get("angry-delay-ru"), library, seed=1, today=TODAY)
    name = name_check.own_name(conv).lower()
    tail = name_check.after_name_check(conv, f"спасибо вы {name} решение примут через пятнадцать рабочих дней после получения книжки")
    assert tail.startswith("решение примут")
    assert name_check.after_name_check(conv, f"спасибо вы {name} а вы получили наше письмо") == ""   # must-not


# -- 2. a yes with the question's verb -----------------------------------------------------------

MOVING_RU = ["Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
             "Номер счёта по телефону не принимаем: так часто действуют мошенники. Новый счёт сообщите письменно, "
             "через самообслуживание."]
MOVING_ET = ["Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?",
             "Kontonumbrit ma telefoni teel vastu ei võta, nii tegutsevad sageli petturid. Uue konto teatage "
             "kirjalikult iseteeninduses."]


@pytest.mark.parametrize(("scenario_id", "answers", "yes", "step"), [
    ("moving-abroad-account-ru", MOVING_RU, "Да, платят, а дочь Вам поможет с самообслуживанием.", "proof_q"),
])
# (moving-abroad-account-et: „Aga kas pensioni Soome üldse makstakse?“ does not hold its own paid_abroad words, so a
# bare „Jah, makstakse“ affirms nothing the step counts; only the must-not below is played in Estonian)
def test_yes_with_the_question_verb_answers(library, scenario_id, answers, yes, step):
    said, conv = play_client(library, library.get(scenario_id), answers, TODAY)
    assert conv.state["step"] == "abroad_q"
    said, conv = play_client(library, library.get(scenario_id), [*answers, yes], TODAY)
    assert conv.state["step"] == step and not any(t.get("fallback") for t in conv.turns)


@pytest.mark.parametrize(("scenario_id", "answers", "reply"), [   # must-not: a yes that answers nothing
    ("moving-abroad-account-ru", MOVING_RU, "Да, минуточку, сейчас посмотрю, что у нас написано."),
    ("moving-abroad-account-ru", MOVING_RU, "Да, хороший вопрос, дочь Вам поможет."),
    ("moving-abroad-account-et", MOVING_ET, "Jah, hea küsimus, tütar aitab Teid kindlasti."),
])
def test_yes_without_the_verb_answers_nothing(library, scenario_id, answers, reply):
    said, conv = play_client(library, library.get(scenario_id), [*answers, reply], TODAY)
    assert conv.state["step"] == "abroad_q"


# -- 3. menus, lists to pick from, labelled keyword lists ------------------------------------------

@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Понимаю. Выберите: один – справка; два – рассрочка; три – возражение 30 дней. Назовите цифру.", "ru", "Понимаю."),
    ("Mõistan. Valige: üks – osamaksed, kaks – vaie, kolm – põhjus. Kirjutage number.", "et", "Mõistan."),
    ("Aitan. Abiks on: Pensionikeskus, PPA, MTA, Töötukassa, iseteenindus. Valige, mis Teile sobib.", "et", "Aitan."),
    ("Ясно. Полезно: PPA, EMTA, Pensionikeskus, Smart-ID, Mobiil-ID. Выберите, что Вам подходит.", "ru", "Ясно."),
])
def test_menus_and_pick_lists_are_staged(text, lang, kept):
    assert unstaged(text, lang).split() == kept.split()


@pytest.mark.parametrize(("text", "lang"), [   # must-not: real choices offered
    ("Teil on kaks võimalust: üks – maksta korraga, kaks – osamaksetena. Valige, mis Teile sobib.", "et"),
    ("Заплатить можно сразу или частями. Выберите, что Вам удобнее.", "ru"),
    ("Palun öelge oma isikukoodi numbrid.", "et"),
])
def test_real_choices_are_not_staged(text, lang):
    assert staged_spans(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "heard"), [
    ("Märksõnad Teie jaoks: ennetähtaegne pension, edasilükatud pension, Töötukassa, töövõime.", "et", False),
    ("Ссылки: пенсия за границей, справка о жизни, самообслуживание, контакты.", "ru", False),
    ("Kokkuvõtteks: taotlus iseteeninduses, otsus 30 päeva jooksul.", "et", True),   # must-not: a terse recap
    ("Статус Вашего заявления: на рассмотрении, решение в течение 15 рабочих дней.", "ru", True),   # must-not
])
def test_labelled_keyword_lists_are_not_heard(text, lang, heard):
    assert (unasserted.narrated_lists(text, lang) == []) is heard


OVERPAYMENT_MENU = [
    "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?",
    "Понимаю Вас. Выберите: один – рассрочка; два – возражение 30 дней; три – почему переплата. Назовите цифру.",
    "Выберите: один – сумма 160 евро; два – рассрочка по графику; три – возражение. Нажмите цифру.",
    "Выберите: один – сообщать об окончании учёбы; два – рассрочка; три – возражение. Назовите цифру.",
    "Итак: один, два, три. Спасибо за звонок, всего доброго!",
]
RETIREMENT_KEYWORDS = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
    "Mõistan. Otsin süsteemist teemad: ennetähtaegne pension, edasilükatud pension, pensioniiga, Töötukassa.",
    "Tänan ootamast. Süsteem laeb: ennetähtaegne – kuni 5 aastat, väiksem; edasilükatud – suurem; Töötukassa 15501. "
    "Vabandan, palun veel hetk ootele.",
    "Märksõnad Teie juhtumi jaoks: ennetähtaegne pension, vähendamata pension, edasilükatud pension, Töötukassa "
    "töövõime hindamine. Kas see vastas Teie küsimusele?",
    "Kokkuvõtteks: ennetähtaegne, tavaline, edasilükatud. Aitäh, et helistasite! Kõike head!",
]


@pytest.mark.parametrize(("scenario_id", "answers"), [
    ("overpayment-recovery-ru", OVERPAYMENT_MENU),
    ("early-or-later-retirement-et", RETIREMENT_KEYWORDS),
])
def test_menu_and_keyword_calls_do_not_end_grateful(library, scenario_id, answers):
    assert end_step(library, scenario_id, answers) != "wrap"


@pytest.mark.parametrize("scenario_id", ["overpayment-recovery-ru", "early-or-later-retirement-et",
                                         "redirects-pillar-tax-pin-ru", "moving-abroad-account-ru",
                                         "complaint-registration-et", "indexation-day-ru"])
def test_exemplary_keeps_grateful_end(library, scenario_id):   # must-not
    scenario = library.get(scenario_id)
    exemplary = next(e for e in scenario.examples if e.kind == "exemplary")
    assert end_step(library, scenario_id, exemplary.answers) == exemplary.expect_end
