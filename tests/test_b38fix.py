"""New-user batch 38 (live38, authors g9 and h9): the scorer fixes, on sentences written for these tests.

1. victim compensation tied to the verdict by a plain condition ("saab esitada siis, kui kohus on ... süüdi
   mõistnud", «можно подать, когда суд вынесет приговор»), after it, or with the verdict as a requirement:
   `ska-services.crime_victim_compensation_no_verdict` (et, ru), and its scenarios' `verdict_wait` signal.
2. an unsigned channel (plain e-mail, SMS, chat message, call, photo) said to be enough for the consent:
   `personal-data.authorisation` (et, ru).
3. a number of months on the wrong side of the moment ("3 kuud enne" where 3 months count after the right arises)
   and the application named in other words («заявление о пенсии по старости»): `kbsides`, old-age-pension.
4. the dates of a period compared as values, in a range only: pensioner-living-alone.conditions_period_dates.
5. a plain copy or scan of the work record book said to be enough: `old-age-pension.service_documents`.
6. the terse runs: the rule on the money paid after a death in the passive or as a plea (death-report-et/-ru
   payment_after_death), and a verbless summary under its label restating what was said (early-or-later-retirement-et).
7. a gate that failed on a promise inside an `all` check is named as misinformation (system-down-callback-et).
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.item_list import item_list
from trainer.scoring.kbsides import (
    AFTER,
    BEFORE,
    after_years,
    compatible,
    ordinal_time,
    range_members,
    side_after,
)
from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

VERDICT = "ska-services.crime_victim_compensation_no_verdict"
AUTHORISATION = "personal-data.authorisation"
BEFORE_FACT = "old-age-pension.apply_months_before"
PERIOD = "pensioner-living-alone.conditions_period_dates"
DOCUMENTS = "old-age-pension.service_documents"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _claims(library, lang, text):
    return wrong_claim_refs(library, text, lang)


# -- 1. compensation on condition of the verdict -------------------------------------------------------------------

VERDICT_WRONG = [
    ("et", "Hüvitist saab küsida. Avalduse saate esitada siis, kui süüdlane on kohtus süüdi mõistetud."),
    ("et", "Ravikulud hüvitatakse, kui kohus mõistab ründaja süüdi."),
    ("et", "Riiklikku hüvitist makstakse siis, kui kohtuotsus on jõustunud."),
    ("et", "Kui kohtuotsus on olemas, aitab ohvriabitöötaja Teil hüvitist taotleda."),
    ("et", "Hüvitist võite taotleda pärast kohtuotsust."),
    ("et", "Hüvitise taotlemiseks on vaja kohtuotsust."),
    ("et", "Hüvitise saamise eeltingimus on süüdimõistev kohtuotsus."),
    ("et", "Hüvitist saab taotleda tingimusel, et kohus on ründaja süüdi mõistnud."),
    ("et", "huvitist saab kui kohus on rundaja suudi moistnud"),
    ("ru", "Компенсацию можно запросить. Заявление подаётся, когда суд вынесет приговор."),
    ("ru", "Расходы на лечение возместят, если суд признает нападавшего виновным."),
    ("ru", "Если будет приговор суда, работник службы поможет Вам с заявлением на компенсацию."),
    ("ru", "После приговора можно подать заявление на компенсацию."),
    ("ru", "Для компенсации нужен приговор суда."),
    ("ru", "Компенсацию выплачивают при наличии приговора."),
    ("ru", "компенсацию можно подать когда нападавшего осудят"),
]
VERDICT_RIGHT = [
    ("et", "Hüvitist saab taotleda ka siis, kui kohus pole veel ründajat süüdi mõistnud."),
    ("et", "Hüvitist saab taotleda isegi siis, kui kohtuotsust veel ei ole."),
    ("et", "Hüvitist saate taotleda juba kriminaalmenetluse ajal; kui kohtuotsus on juba olemas, lisage see taotlusele."),
    ("et", "Hüvitist saab taotleda enne, kui kohus on otsuse teinud."),
    ("et", "Kohtuotsus ei ole hüvitise taotlemise tingimus."),
    ("et", "Hüvitist saab taotleda kohe. Kui kohus mõistab ründaja süüdi, võib kohus ka ründajalt kahju välja mõista."),
    ("et", "Kui kohtuotsus on tehtud, saate selle koopia taotlusele lisada."),
    ("et", "Elatisabi saab taotleda, kui on olemas kohtuotsus elatise väljamõistmiseks."),
    ("et", "Kas kohus on ründaja juba süüdi mõistnud?"),
    ("ru", "Заявление на компенсацию можно подать и тогда, когда приговора ещё нет."),
    ("ru", "Компенсацию можно получить, даже если суд ещё не вынес приговор."),
    ("ru", "Заявление можно подать уже сейчас, а когда суд вынесет приговор, это ничего не изменит."),
    ("ru", "Заявление можно подать до того, как суд вынесет приговор."),
    ("ru", "Приговор для компенсации не нужен."),
    ("ru", "Если приговор уже есть, приложите его к заявлению на компенсацию."),
    ("ru", "Алиментную помощь можно получить, если есть решение суда об алиментах."),
]


@pytest.mark.parametrize("lang, text", VERDICT_WRONG)
def test_compensation_on_condition_of_the_verdict_is_a_wrong_claim(library, lang, text):
    assert VERDICT in _claims(library, lang, text)


@pytest.mark.parametrize("lang, text", VERDICT_RIGHT)
def test_compensation_without_the_verdict_condition_is_no_wrong_claim(library, lang, text):
    assert VERDICT not in _claims(library, lang, text)


@pytest.mark.parametrize("scenario, reply, fails", [
    ("victim-support-et", "Hüvitist saab. Avalduse saate esitada siis, kui kohus on süüdlase süüdi mõistnud.", True),
    ("victim-support-et", "Hüvitise taotluse saab esitada juba praegu, kohtuotsust ei pea ootama.", False),
    ("victim-support-ru", "Компенсация есть. Заявление можно подать, когда суд вынесет приговор.", True),
    ("victim-support-ru", "Заявление на компенсацию можно подать уже сейчас, приговора ждать не надо.", False),
])
def test_verdict_condition_fails_the_victim_scenarios(library, scenario, reply, fails):
    result = scenario_reply_result(library, scenario, reply)
    assert ("no_verdict_wait" in failed_criteria(result)) is fails
    assert ("knowledge_values" in failed_criteria(result)) is fails


# -- 2. an unsigned channel said to be enough for the consent --------------------------------------------------------

AUTH_WRONG = [
    ("et", "Volikirja pole vaja vormistada: piisab, kui isa saadab meile e-kirja, et on nõus ja lubab Teile oma andmeid anda."),
    ("et", "Piisab, kui ema saadab oma telefonist SMS-i, et ta lubab andmed Teile anda."),
    ("et", "Volikirja asemel sobib ka sõnum vestluses, kus ema annab loa."),
    ("et", "Kui ema helistab meile ja ütleb, et lubab, siis sellest piisab."),
    ("et", "Volikirjaks piisab ema WhatsAppi sõnumist."),
    ("et", "piisab kui ema saadab tavalise meili et lubab teile oma andmeid anda"),
    ("ru", "Доверенность оформлять не нужно: достаточно, если мама пришлёт обычное письмо на наш адрес, что разрешает Вам "
           "получать её данные."),
    ("ru", "Хватит и SMS от отца, что он разрешает Вам узнать его данные."),
    ("ru", "Вместо доверенности подойдёт сообщение в чате."),
    ("ru", "достаточно чтобы мама написала на имейл что согласна"),
]
AUTH_RIGHT = [
    ("et", "Tavalisest e-kirjast ei piisa: volikiri peab olema digitaalselt allkirjastatud."),
    ("et", "Piisab, kui ema allkirjastab volikirja digitaalselt ja saadab selle e-postiga."),
    ("et", "Ema võib ise meile helistada, siis räägime otse temaga; sellest piisab."),
    ("et", "Piisab, kui ema helistab meile ise – siis luba ei ole vaja."),
    ("et", "SMS-ist ega tavalisest e-kirjast ei piisa, luba peab olema allkirjastatud volikiri."),
    ("et", "Kas ema saab Teile loa anda e-kirjaga?"),
    ("et", "Elamisloa küsimustes sobib pöörduda PPA poole e-posti teel."),
    ("et", "Helistama ei pea, piisab kui ema annab iseteeninduses nõusoleku."),
    ("ru", "Звонить не нужно, достаточно, если мама даст согласие в среде самообслуживания."),
    ("ru", "Обычного письма недостаточно: доверенность должна быть подписана цифровой подписью."),
    ("ru", "Достаточно, если мама подпишет доверенность цифровой подписью и пришлёт по электронной почте."),
    ("ru", "Пусть мама сама позвонит нам, этого достаточно, тогда разрешение не нужно."),
    ("ru", "SMS не подойдёт, нужна письменная доверенность."),
]


@pytest.mark.parametrize("lang, text", AUTH_WRONG)
def test_unsigned_channel_enough_for_consent_is_a_wrong_claim(library, lang, text):
    assert AUTHORISATION in _claims(library, lang, text)


@pytest.mark.parametrize("lang, text", AUTH_RIGHT)
def test_signed_or_denied_channel_is_no_wrong_claim(library, lang, text):
    assert AUTHORISATION not in _claims(library, lang, text)


# -- 3. months on one side of the moment ---------------------------------------------------------------------------

def test_side_words():
    assert side_after("kuni 6 kuud enne", 10) == BEFORE
    assert side_after("3 kuu jooksul pärast õiguse tekkimist", 5) == AFTER
    assert side_after("за 6 месяцев до пенсии", 12) == BEFORE
    assert side_after("в течение 3 месяцев после", 19) == AFTER
    assert side_after("30 päeva jooksul", 8) is None
    assert compatible(None, AFTER) and compatible(BEFORE, None) and compatible(AFTER, AFTER)
    assert not compatible(BEFORE, AFTER)
    assert after_years("pensioniiga 65 aastat ja ", 25) and after_years("возраст 65 лет и ", 17)
    assert not after_years("taotlus 3 päeva ja ", 19)
    assert ordinal_time("esimesel nädalal") and ordinal_time("второй неделе")
    assert not ordinal_time("kahe nädala") and not ordinal_time("пяти дней")


MONTHS = [
    ("ru", "Заявление о пенсии по старости подают не раньше чем за 2 месяца до пенсионного возраста.", True),
    ("ru", "Ходатайство о пенсии можно подать за 4 месяца до пенсионного возраста.", True),
    ("et", "Pensioni taotluse saab esitada kõige varem 3 kuud enne pensioniiga.", True),
    ("et", "Taotluse saab esitada kuni neli kuud enne pensioniea saabumist.", True),
    ("ru", "Заявление о пенсии по старости можно подать за 6 месяцев до пенсионного возраста.", False),
    ("ru", "Если подать заявление на пенсию не позже чем через 3 месяца после возникновения права, пенсию "
           "выплатят со дня права.", False),
    ("et", "Kui pensionitaotlus esitatakse kuni 3 kuu jooksul pärast õiguse tekkimist, makstakse pension õiguse "
           "tekkimise päevast.", False),
    ("et", "Pensionitaotluse saab esitada kuus kuud ette, hiljemalt aga kolm kuud pärast.", False),
    ("et", "Kas esitasite pensionitaotluse 3 kuud enne?", False),
    ("ru", "Заявление на пенсию можно подать за 6 месяцев до пенсионного возраста 65 лет и 1 месяц.", False),
    ("et", "Vanaduspensioni taotluse saate esitada kuni 6 kuud enne pensioniiga, mis on Teil 65 aastat ja 1 kuu.", False),
    # another pension's application keeps its own months; a verb of applying names no application
    ("ru", "Заявление о пенсии по потере кормильца можно подать и позже, пенсию выплатят задним числом за 12 месяцев.", False),
    ("ru", "Ходатайствовать о пенсии можно когда угодно, выплата задним числом до 12 месяцев.", False),
    ("et", "Toitjakaotuspensioni taotluse võite esitada ka hiljem, pension makstakse tagasiulatuvalt kuni 12 kuu eest.", False),
    # an ordinal is a point in time
    ("et", "Pensionitaotluse otsus tuleb tavaliselt jaanuari teisel nädalal.", False),
]


@pytest.mark.parametrize("lang, text, wrong", MONTHS)
def test_months_before_the_pension_compared_on_their_side(library, lang, text, wrong):
    assert (BEFORE_FACT in _claims(library, lang, text)) is wrong


# -- 4. the dates of a period ---------------------------------------------------------------------------------------

def test_range_members():
    text = "1. aprillist 30. septembrini ja 5. oktoobril"
    dates = [(0, 12), (13, 28), (32, 44)]
    assert range_members(text, dates) == {0, 13}
    assert range_members("с 1 апреля по 30 сентября", [(2, 10), (14, 25)]) == {2, 14}
    assert range_members("1. aprillil ja 30. septembril", [(0, 11), (15, 29)]) == set()


PERIODS = [
    ("et", "Toetust saab, kes elab rahvastikuregistri järgi üksi. Need tingimused peavad olema täidetud kogu perioodil "
           "1. märtsist 31. augustini.", True),
    ("et", "Üksi elava pensionäri toetuse saamiseks peate elama üksi 1. jaanuarist 30. juunini.", True),
    ("ru", "Пособие одиноко проживающему пенсионеру получает тот, кто живёт один с 1 января по 30 июня.", True),
    ("et", "Üksi elava pensionäri toetuse saamiseks peate elama üksi 1. aprillist 30. septembrini.", False),
    ("et", "Toetust saab, kes elab rahvastikuregistri järgi üksi. Need tingimused peavad olema täidetud kogu perioodil "
           "1. aprillist kuni 30. septembrini.", False),
    ("ru", "Пособие одиноко проживающему пенсионеру получает тот, кто живёт один с 1 апреля по 30 сентября.", False),
    ("et", "Kui poeg kirjutab end välja ja elate üksi alates 1. maist, siis selle aasta toetust ei tule.", False),
    ("ru", "Вы живёте одна с 15 мая?", False),
]


@pytest.mark.parametrize("lang, text, wrong", PERIODS)
def test_period_dates_compared_in_a_range(library, lang, text, wrong):
    assert (PERIOD in _claims(library, lang, text)) is wrong


# -- 5. a plain copy of the work record book -----------------------------------------------------------------------

DOCUMENTS_WRONG = [
    ("ru", "Копию трудовой книжки нотариально заверять не нужно."),
    ("ru", "Для стажа достаточно обычной копии трудовой книжки."),
    ("ru", "Незаверенная копия подойдёт, загрузите её в самообслуживании."),
    ("ru", "Можно прислать копию трудовой без нотариального заверения."),
    ("ru", "заверять копию не надо хватит скана"),
    ("et", "Tööraamatu koopiat ei pea notariaalselt kinnitama."),
    ("et", "Piisab tavalisest koopiast või skannist, mille saate iseteeninduses üles laadida."),
    ("et", "Tööraamatu lihtne koopia sobib küll."),
]
DOCUMENTS_RIGHT = [
    ("ru", "Пришлите трудовую книжку: оригинал или нотариально заверенную копию."),
    ("ru", "Оригинал трудовой книжки заверять не нужно, принесите его в бюро – там сделают копию."),
    ("ru", "Обычная копия не подойдёт, нужна нотариально заверенная."),
    ("ru", "Если хотите, пришлю копию переписки."),
    ("ru", "Доверенность, подписанная от руки, нотариально заверять не нужно."),
    ("ru", "Достаточно ли обычной копии?"),
    ("et", "Tavalisest koopiast ei piisa, koopia peab olema notariaalselt kinnitatud."),
    ("et", "Volikirja ei pea notariaalselt kinnitama, piisab digiallkirjast."),
    ("et", "Soovi korral saadan vestluse koopia."),
]


@pytest.mark.parametrize("lang, text", DOCUMENTS_WRONG)
def test_plain_copy_of_the_work_book_is_a_wrong_claim(library, lang, text):
    assert DOCUMENTS in _claims(library, lang, text)


@pytest.mark.parametrize("lang, text", DOCUMENTS_RIGHT)
def test_original_or_notarised_copy_is_no_wrong_claim(library, lang, text):
    assert DOCUMENTS not in _claims(library, lang, text)


# -- 6. the terse runs -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply, passes", [
    ("death-report-et", "Surmakuu pension jääb, aga järgmise kuu pension nõutakse pangalt tagasi.", True),
    ("death-report-et", "Palun ärge seda raha matusteks kasutage, see nõutakse hiljem tagasi.", True),
    ("death-report-et", "ärge muretsege raha kasutage matusteks", False),
    ("death-report-et", "Järgmise kuu pensioni tagasi ei nõuta.", False),
    ("death-report-ru", "Пенсию за следующий месяц потребуют обратно, пожалуйста, не используйте эти деньги.", True),
    ("death-report-ru", "не волнуйтесь используйте деньги на похороны", False),
])
def test_money_after_death_rule_in_other_words(library, scenario, reply, passes):
    assert ("payment_after_death" not in failed_criteria(scenario_reply_result(library, scenario, reply))) is passes


INFORMED = {"ennet", "tahta", "kogu", "eluks", "vaiks", "pensi", "vahen", "hilje", "suure", "tootu", "hinda"}


def test_summary_label_is_no_restated_word():
    recap = "kokkuvõtteks: varem = kogu eluks väiksem, õigel ajal = vähendamata, hiljem = suurem, töövõime töötukassas."
    assert not item_list(recap, "et", (), frozenset(), INFORMED)
    # keywords never said before stay a list under the label
    stuffed = "kokkuvõtteks: empaatia, tervitus, tuvastamine, vajaduse täpsustamine, lõpetamine."
    assert item_list(stuffed, "et", (), frozenset(), INFORMED)


# -- 7. a promise inside an `all` gate is misinformation --------------------------------------------------------------

def test_promise_part_of_a_gate_is_named_as_misinformation(library):
    result = scenario_reply_result(library, "system-down-callback-et",
                                   "Süsteem on maas, aga olge rahulik: toetus on Teile kindlasti juba määratud.")
    gate = next(c for c in result["criteria"] if c["id"] == "no_guessing")
    assert gate["result"] == "fail" and gate.get("gate_failed") and gate.get("misinforms")
