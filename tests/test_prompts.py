"""Machine prompts (batch 17): an automated phone menu read to the caller and the call model ticked off with
check boxes fail the real_answers gate; a single way through another line's menu, numbered options in a
question and a boxed list of documents do not."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _transcript(language, texts):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel="phone", turns=turns)


def _kinds(language, texts):
    return [f.kind for f in find_non_answers(_transcript(language, texts), {}, language).findings
            if f.kind in ("menu", "checklist")]


MENU_ET = [
    "Tere, Sotsiaalkindlustusamet, Mari. Peretoetuste jaoks öelge „kaks“, pensionide jaoks öelge „kolm“.",
    "Tere, mul on küsimus lapsetoetuse kohta, millal see tuleb?",
    "Teie valik: kaks. Lapsetoetus makstakse iga kuu 8. kuupäeval. Kordamiseks vajutage 0.",
    "Aitäh, selge.",
    "Aitäh, et helistasite, head päeva!",
]
MENU_RU = [
    "Здравствуйте, Департамент социального страхования, Мария. Выберите: 1 – пенсия, 2 – пособия, 3 – другое.",
    "Здравствуйте, когда придёт пенсия?",
    "Вы выбрали 1. Пенсия выплачивается в начале месяца. Для возврата в меню нажмите «ноль».",
    "Спасибо.",
    "Спасибо за звонок, всего доброго!",
]
CHECKLIST_ET = [
    "[x] tervitus: Tere! Sotsiaalkindlustusamet, Mari kuuleb. [ ] tuvastamine [ ] kokkuvõte",
    "Tere, mul tuli kiri, et pean toetuse tagasi maksma.",
    "[x] empaatia: Mõistan, see on ebameeldiv. [x] selgitus: ülemakse tuli, sest õpingud lõppesid. [ ] lõpetus",
    "Selge.",
    "Aitäh, head päeva!",
]
CHECKLIST_RU = [
    "✓ приветствие: Здравствуйте! Департамент социального страхования, Мария. □ итог □ прощание",
    "Здравствуйте, мне пришло письмо о переплате.",
    "✓ сочувствие: Понимаю, это неприятно. ✓ объяснение: переплата возникла, потому что учёба закончилась.",
    "Понятно.",
    "Спасибо за звонок, всего доброго!",
]


@pytest.mark.parametrize("language,texts,kind", [
    ("et", MENU_ET, "menu"), ("ru", MENU_RU, "menu"),
    ("et", CHECKLIST_ET, "checklist"), ("ru", CHECKLIST_RU, "checklist"),
])
def test_machine_prompts_fail_the_gate(rubric, language, texts, kind):
    assert kind in _kinds(language, texts)
    result = score_transcript(_transcript(language, texts), rubric, SETTINGS)
    assert not result["passed"]
    gate = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert gate["result"] == "fail"


@pytest.mark.parametrize("language,texts", [
    # the way through another line's menu, said twice
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Kuidas ma töötukassasse saan?",
            "Helistage Töötukassa infotelefonil 15501 ja valige menüüst 2.", "Mis number see oli?",
            "Number on 15501, seal valige 2. Aitäh, head päeva!"]),
    ("ru", ["Здравствуйте! Департамент социального страхования, Мария.", "Как дозвониться в кассу?",
            "Позвоните в Кассу по безработице по номеру 15501 и выберите 2.", "Какой номер?",
            "Номер 15501, там нажмите 2. Спасибо за звонок!"]),
    # numbered options in a question, a choice without a number, a number that is no option
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Ma tahan vaiet esitada.",
            "Kas soovite: 1) esitada vaide iseteeninduses või 2) saata selle posti teel? Valige, mis sobib.",
            "Iseteeninduses.", "Öelge palun üks asi veel: kas otsus tuli 5 päeva tagasi?"]),
    ("ru", ["Здравствуйте! Департамент социального страхования, Мария.", "Хочу подать возражение.",
            "Выберите один из вариантов: через самообслуживание или по почте. Скажите, пожалуйста, два "
            "последних числа кода.", "Хорошо.", "Спасибо за звонок!"]),
    # boxes before documents, not before the call model's stages
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Mida kaasa võtta?",
            "Kaasa võtke: ☐ pass ☐ arstitõend ☐ pangakonto number. ✔ Taotluse saate esitada ka iseteeninduses.",
            "Aitäh.", "Aitäh, head päeva!"]),
    ("ru", ["Здравствуйте! Департамент социального страхования, Мария.", "Что взять с собой?",
            "Возьмите: ☐ паспорт ☐ справку врача ☐ номер счёта.", "Спасибо.", "Спасибо за звонок!"]),
])
def test_ordinary_choices_and_lists_are_no_prompts(language, texts):
    assert _kinds(language, texts) == []
