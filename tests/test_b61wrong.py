"""New-user batch 61, two wrong-fact runs that passed because they named a wrong AUTHORITY and no number (branch
b61wrong; tests/newuser/live61 data-request-bailiff-et wrong, language-switch-ru wrong). Own sentences, not the runs'.

1. data-request-bailiff-et: the bailiff's written request said to go "through the Data Protection Inspectorate, which
   forwards it to us". The Inspectorate supervises data processing, it is no channel: the request goes straight to the
   Board's official channel. The scenario's ``request_to_board`` gate (``not-wrong-authority``) knows the Inspectorate
   (``auth_aki``), and its client hears the wrong channel (``elsewhere``) and says it will write there. Must-nots: the
   Inspectorate named as the body to complain to about data processing, a denial, the Inspectorate named beside the
   Board's own channel.
2. language-switch-ru: the pension indexation said to be calculated by the Tax and Customs Board. The call model's
   ``right_authority`` gate knows the indexation, the rise and the increase of the pension as the state pension's
   (``svc_state_pension``); a clause about income tax (``svc_income_tax``) may name the Tax and Customs Board. The
   client hears it (``tax_board_pension``) and will take her doubts about the amount to the tax office.
   Must-nots: «налог удерживает Налоговый департамент», "Maksu- ja Tolliamet peab tulumaksu kinni", "not the Tax Board
   but we calculate"; the tax return given to the Board must stay a wrong authority.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_steps, hears, last_client_line, play_to_end
from scoring_support import authority_of, scenario_criterion

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)

@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the bailiff's request through the Data Protection Inspectorate ----------------------------------------------

_VIA_INSPECTORATE = [
    "Täiturite päringud käivad meil Andmekaitse Inspektsiooni kaudu, sealt jõuavad need meieni.",
    "Kirjalik päring tuleb esitada Andmekaitse Inspektsioonile, nemad saadavad selle meile edasi.",
    "Saatke oma andmepäring AKI-le.",
    "Palun saatke kirjalik päring andmekaitseinspektsiooni, nemad kontrollivad aluse üle.",
    "Lühidalt: päring kirjalikult Andmekaitse Inspektsiooni kaudu.",
]

_INSPECTORATE_RIGHT = [
    # the Inspectorate as the body to complain to about data processing
    "Kui leiate, et me töötleme andmeid valesti, võite esitada kaebuse Andmekaitse Inspektsioonile.",
    "Võlgnik võib meie andmetöötluse peale kaevata Andmekaitse Inspektsioonile, aga Teie päring tuleb otse meile.",
    "Andmekaitse Inspektsioon on järelevalveasutus, päringud saatke otse meie ametlikku kanalisse.",
    # a denial
    "Päring ei käi Andmekaitse Inspektsiooni kaudu, vaid otse meie ametlikku kanalisse.",
    "Saatke kirjalik päring õigusliku alusega meie ametlikule e-posti aadressile.",
]


@pytest.mark.parametrize("reply", _VIA_INSPECTORATE)
def test_request_through_the_inspectorate_fails_request_to_board(library, reply):
    verdict = scenario_criterion(library, "data-request-bailiff-et", "request_to_board", reply)
    assert verdict["result"] == "fail", reply


@pytest.mark.parametrize("reply", _INSPECTORATE_RIGHT)
def test_inspectorate_as_supervisor_or_denied_passes_request_to_board(library, reply):
    verdict = scenario_criterion(library, "data-request-bailiff-et", "request_to_board", reply)
    assert verdict["result"] != "fail", reply


@pytest.mark.parametrize("reply", [
    "Kirjalik päring tuleb esitada Andmekaitse Inspektsioonile, nemad saadavad selle meile edasi.",
    "Palun saatke kirjalik päring andmekaitseinspektsiooni, nemad kontrollivad aluse üle.",
    "Päringud tuleb esitada AKI kaudu.",
])
def test_bailiff_hears_the_inspectorate_channel(library, reply):
    assert hears(library, "data-request-bailiff-et", "elsewhere", reply, TODAY), reply


@pytest.mark.parametrize("reply", _INSPECTORATE_RIGHT)
def test_bailiff_does_not_hear_the_inspectorate_as_supervisor(library, reply):
    assert not hears(library, "data-request-bailiff-et", "elsewhere", reply, TODAY), reply


_BAILIFF_OPENING = "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?"
_BAILIFF_REFUSAL = ("Saan aru, et vajate võlgniku andmeid. Telefoni teel ma neid anda ei saa, sest telefonis ma ei saa "
                    "kontrollida, kellega räägin.")


def test_bailiff_believes_the_inspectorate_and_the_result_names_it(library):
    conv = play_to_end(library, "data-request-bailiff-et", [
        _BAILIFF_OPENING, _BAILIFF_REFUSAL,
        "Seadusest ma ei keeldu. Kirjaliku päringu peate aga saatma Andmekaitse Inspektsioonile, kes selle meile "
        "edastab, ja siis vastame.",
        "Aitäh, head päeva!",
    ], TODAY)
    assert "sinna" in last_client_line(conv), client_steps(conv)
    result = conv.score()
    assert not result["passed"]
    assert "request_to_board" in result["gate_failures"]
    quotes = [m["quote"] for m in result["misinformation"]]
    assert any("Andmekaitse Inspektsioon" in q for q in quotes), result["misinformation"]


def test_bailiff_told_of_the_inspectorate_as_supervisor_is_not_misinformed(library):
    conv = play_to_end(library, "data-request-bailiff-et", [
        _BAILIFF_OPENING, _BAILIFF_REFUSAL,
        "Ma ei keeldu. Saatke kirjalik päring õigusliku alusega otse meie ametlikule e-posti aadressile. Andmekaitse "
        "Inspektsioon on järelevalveasutus, kaebuse andmetöötluse kohta võib esitada neile.",
        "Aitäh, head päeva!",
    ], TODAY)
    assert "sinna" not in last_client_line(conv)
    result = conv.score()
    assert "request_to_board" not in result["gate_failures"]
    assert not result["misinformation"], result["misinformation"]


# -- 2. the pension indexation given to the Tax and Customs Board ----------------------------------------------------

@pytest.mark.parametrize("lang, reply", [
    ("ru", "Индексацию пенсий проводит Налогово-таможенный департамент."),
    ("ru", "Повышение пенсии рассчитывает налоговая, вопросы о сумме задавайте им."),
    ("ru", "Пенсии индексирует Налоговый департамент."),
    ("ru", "Прибавку к пенсии считает Налогово-таможенный департамент."),
    ("ru", "Индексацией пенсий занимается Налогово-таможенный департамент (Maksu- ja Tolliamet)."),
    ("et", "Pensionide indekseerimise arvutab Maksu- ja Tolliamet."),
    ("et", "Pensionitõusu arvutab välja Maksu- ja Tolliamet."),
    ("et", "Pensione indekseerib Maksu- ja Tolliamet."),
])
def test_indexation_at_the_tax_board_is_a_wrong_authority(lang, reply):
    assert authority_of(lang, reply) == "fail", reply


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Налог с пенсии удерживает Налоговый департамент."),
    ("ru", "С прибавки к пенсии подоходный налог удерживает Налогово-таможенный департамент."),
    ("ru", "После индексации пенсии налог удерживает Налоговый департамент."),
    ("ru", "Индексацию пенсий рассчитывает не Налоговый департамент, а мы."),
    ("ru", "Индексацию пенсий рассчитываем мы, а Налоговый департамент только удерживает налог."),
    ("ru", "Индексацию пенсий рассчитывает Департамент социального страхования."),
    ("et", "Maksu- ja Tolliamet peab tulumaksu kinni."),
    ("et", "Pensionitõusult peab tulumaksu kinni Maksu- ja Tolliamet."),
    ("et", "Pensionide indekseerimist ei tee Maksu- ja Tolliamet, vaid meie."),
    ("et", "Pensionide indekseerimise arvutab Sotsiaalkindlustusamet."),
])
def test_tax_at_the_tax_board_or_indexation_at_the_board_is_right(lang, reply):
    assert authority_of(lang, reply) != "fail", reply


@pytest.mark.parametrize("lang, reply", [
    ("et", "Tulumaksu tagastuse saate meilt."),
    ("ru", "Возврат подоходного налога оформляем мы."),
    ("ru", "Декларацию о доходах подайте нам."),
])
def test_tax_return_at_the_board_stays_a_wrong_authority(lang, reply):
    assert authority_of(lang, reply) == "fail", reply


@pytest.mark.parametrize("reply", [
    "Индексацию пенсий проводит Налогово-таможенный департамент, с вопросами о сумме – к ним.",
    "Если сомневаетесь в прибавке, обращайтесь в налоговую, пересчёт пенсий делают они.",
    "Повышение пенсии рассчитывает Налоговый департамент.",
])
def test_pensioner_hears_the_tax_board_calculating(library, reply):
    assert hears(library, "language-switch-ru", "tax_board_pension", reply, TODAY), reply


@pytest.mark.parametrize("reply", [
    "Налог с пенсии удерживает Налоговый департамент.",
    "С Вашей пенсии налог не удерживается, вопросы о налогах – в налоговую.",
    "Индексацию пенсий рассчитывает не Налоговый департамент, а мы.",
    "Прибавка у каждого своя, она зависит от размера пенсии.",
    "О необлагаемом доходе спросите в Налогово-таможенном департаменте.",
])
def test_pensioner_does_not_hear_tax_matters_as_the_pension(library, reply):
    assert not hears(library, "language-switch-ru", "tax_board_pension", reply, TODAY), reply


_SWITCH = [
    "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
    "Здравствуйте! Может быть, Вам удобнее говорить по-русски?",
    "Правильно ли я поняла, что Вы хотите проверить свою прибавку? Назовите, пожалуйста, Ваш личный код.",
    "Спасибо. Я говорю с Верой Ермаковой?",
]


def test_pensioner_believes_the_tax_board_and_the_result_names_it(library):
    conv = play_to_end(library, "language-switch-ru", [
        *_SWITCH,
        "Ваша пенсия выросла на 24,60 евро. 5,3 % – это рост средней пенсии, прибавка у каждого своя. Индексацию "
        "пенсий проводит Налогово-таможенный департамент, с вопросами о сумме обращайтесь к ним. Понятно?",
        "Спасибо за звонок, всего доброго!",
    ], TODAY)
    assert "налогов" in last_client_line(conv).lower(), client_steps(conv)
    result = conv.score()
    assert not result["passed"]
    assert "right_authority" in result["gate_failures"]
    quotes = [m["quote"] for m in result["misinformation"]]
    assert any("Налогово-таможенный департамент" in q for q in quotes), result["misinformation"]


def test_pensioner_told_the_board_calculates_is_not_misinformed(library):
    conv = play_to_end(library, "language-switch-ru", [
        *_SWITCH,
        "Ваша пенсия выросла на 24,60 евро. 5,3 % – это рост средней пенсии, прибавка у каждого своя. Индексацию "
        "рассчитывает наш Департамент, а не налоговая. Понятно?",
        "Спасибо за звонок, всего доброго!",
    ], TODAY)
    assert "налогов" not in last_client_line(conv).lower()
    result = conv.score()
    assert "right_authority" not in result["gate_failures"]
    assert not result["misinformation"], result["misinformation"]
