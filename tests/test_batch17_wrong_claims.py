"""New-user batch 17 (tests/newuser/live17, held out): seven wrong facts passed at the first replay.

Knowledge claims (every scenario): the vaie filed straight with the administrative court; the victim's
compensation only after a court verdict; a photo of a document sent into the open web chat. A promise drawn from
"usually" ("tavaliselt meie viga, nii et pension taastatakse kindlasti"). Scenario gates: the living-alone
allowance applied for every year, elatisabi applied for through the bailiff during the court case, an invented
fixed share of an assistive device's price. Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.promises import is_promise
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- knowledge claims -------------------------------------------------------------------------------------------

WRONG = [
    ("deadlines.appeal_filed_with_board", "ru", "Возражение отправляйте не в Департамент, а сразу в административный суд."),
    ("deadlines.appeal_filed_with_board", "ru", "Подайте своё возражение прямо в суд, по почте."),
    ("deadlines.appeal_filed_with_board", "ru", "Ваше возражение будет рассматривать административный суд."),
    ("deadlines.appeal_filed_with_board", "et", "Vaide saatke otse halduskohtule."),
    ("deadlines.appeal_filed_with_board", "et", "Esitage oma vaie kohe halduskohtusse."),
    ("ska-services.crime_victim_compensation_no_verdict", "ru", "Компенсацию Вам выплатят лишь после приговора суда."),
    ("ska-services.crime_victim_compensation_no_verdict", "ru",
     "Возмещение назначают только когда суд осудит виновного."),
    ("ska-services.crime_victim_compensation_no_verdict", "et", "Hüvitist makstakse alles pärast kohtuotsust."),
    ("ska-services.crime_victim_compensation_no_verdict", "et",
     "Hüvitise saate ainult siis, kui kohus on süüdlase süüdi mõistnud."),
    ("web-chat.no_documents_in_chat", "ru", "Можно просто сфотографировать справку и скинуть снимок в этот чат."),
    ("web-chat.no_documents_in_chat", "ru", "Пришлите фото документа в чат, этого хватит."),
    ("web-chat.no_documents_in_chat", "et", "Saatke tõendi foto siia vestlusesse, sellest piisab."),
    ("web-chat.no_documents_in_chat", "et", "Tõendi pildi võite lisada siia vestlusesse."),
]
RIGHT = [
    # the court as a separate route, the vaie at the Board, denials
    ("ru", "Возражение подаётся нам, а не в административный суд."),
    ("ru", "Возражение подайте в Департамент; если решение по нему не устроит, можно обратиться в административный суд."),
    ("ru", "Можно подать возражение в Департамент или жалобу в административный суд."),
    ("ru", "Возражение не подают в суд, его рассматривает Департамент."),
    ("et", "Vaie esitatakse ametile, mitte halduskohtule."),
    ("et", "Vaide esitate meile; kui vaideotsusega ei nõustu, võite pöörduda halduskohtusse."),
    ("et", "Vaide asemel võite pöörduda ka otse halduskohtusse."),
    ("et", "Vaie vaadatakse läbi ametis, halduskohtusse saab kaevata hiljem eraldi."),
    # no verdict needed, said in other words or negated
    ("ru", "Ждать приговора суда для компенсации не нужно."),
    ("ru", "Компенсацию можно получить не только после приговора, заявление подают уже во время производства."),
    ("ru", "Алиментное пособие выплачивают не дольше, чем до решения суда."),
    ("et", "Hüvitise taotlemiseks ei pea kohtuotsust ootama."),
    ("et", "Hüvitist ei maksta alles pärast kohtuotsust, vaid juba menetluse ajal."),
    # no document into the chat; the transcript of the chat is no document
    ("ru", "Фото справки в чат присылать не нужно, отправьте оригинал по почте."),
    ("ru", "Не присылайте документы в этот чат."),
    ("ru", "Могу прислать Вам копию переписки."),
    ("et", "Ärge saatke dokumente siia vestlusesse."),
    ("et", "Tõendit ei saa vestlusesse saata, kasutage iseteenindust."),
    ("et", "Saadan Teile vestluse ärakirja e-postile."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_a_wrong_claim_is_found(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT)
def test_the_right_rule_in_other_words_is_no_claim(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang)


# -- a certainty drawn from "usually" promises --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, promise", [
    ("See on tavaliselt meie eksimus, nii et vahe makstakse Teile kindlasti tagasi.", "et", True),
    ("tavaliselt on see meie viga ja siis taastatakse pension kindlasti", "et", True),
    ("Обычно такой пересчёт – наша ошибка, так что пенсию Вам обязательно вернут в прежнем размере.", "ru", True),
    # must-nots: "usually" in the same clause, a hedge after it, the certainty on the agent's own act
    ("Tavaliselt makstakse vahe kindlasti tagasi.", "et", False),
    ("Üldjuhul makstakse vahe tagasi, kuid otsuse teeb menetleja.", "et", False),
    ("Kindlasti vaatame selle üle, tavaliselt makstakse vahe tagasi.", "et", False),
    ("Обычно разницу доплачивают, но решение принимает специалист.", "ru", False),
    ("Как правило, пенсию пересчитывают, и я точно передам Ваш вопрос.", "ru", False),
])
def test_a_certainty_after_usually_is_a_promise(sentence, lang, promise):
    assert is_promise(sentence, lang) is promise


# -- scenario gates ------------------------------------------------------------------------------------------------

def _said_wrong(library, scenario_id: str, criterion: str, reply: str) -> bool:
    """Did the gated criterion fail because of something said (with evidence), not because it is missing?"""
    verdict = next(c for c in scenario_reply_result(library, scenario_id, reply)["criteria"] if c["id"] == criterion)
    return verdict["gate"] and verdict["result"] == "fail" and bool(verdict.get("evidence"))


@pytest.mark.parametrize("scenario, criterion, reply, wrong", [
    # the living-alone allowance comes without an application
    ("living-alone-chat-et", "automatic_payment", "Toetuse saamiseks peate igal aastal ametile eraldi taotluse esitama.", True),
    ("living-alone-chat-et", "automatic_payment", "Kui taotlust pole esitatud, siis toetust ei maksta.", True),
    ("living-alone-chat-et", "automatic_payment", "Esitage järgmisel sügisel uus taotlus.", True),
    ("living-alone-chat-et", "automatic_payment", "Te ei pea igal aastal taotlema, toetus tuleb ise.", False),
    ("living-alone-chat-et", "automatic_payment", "Taotlust ei pea igal aastal esitama.", False),
    ("living-alone-chat-et", "automatic_payment", "Esitage iseteeninduses küsimus, kui soovite andmeid kontrollida.", False),
    # elatisabi during the court case: at the Board, not through the bailiff
    ("maintenance-support-et", "applied_at_the_board", "Hästi. Taotluse teete kohtutäituri kaudu, tema saadab selle meile.", True),
    ("maintenance-support-et", "applied_at_the_board", "Selge. Kohtutäitur vormistab Teie taotluse ja edastab selle meile.", True),
    ("maintenance-support-et", "applied_at_the_board",
     "Kui kohtuotsus on käes ja isa ei maksa, taotletakse elatisabi kohtutäituri kaudu.", False),
    ("maintenance-support-et", "applied_at_the_board", "Kohtutäituri poole pole vaja pöörduda, taotluse esitate meile.", False),
    # an invented fixed share of the price
    ("assistive-device-rehab-ru", "co_payment", "Государство компенсирует восемьдесят процентов цены ходунков.", True),
    ("assistive-device-rehab-ru", "co_payment", "Вы доплачиваете 10 % стоимости.", True),
    ("assistive-device-rehab-ru", "co_payment", "Какую часть цены заплатите Вы, скажут в фирме.", False),
    ("assistive-device-rehab-et", "co_payment", "Riik hüvitab alati 90 % hinnast.", True),
    ("assistive-device-rehab-et", "co_payment", "Omaosaluse suurus sõltub abivahendist, selle ütleb ettevõte.", False),
])
def test_scenario_gates(library, scenario, criterion, reply, wrong):
    assert _said_wrong(library, scenario, criterion, reply) is wrong
