"""New-user batch 65 (live65): two wrong facts no gate caught, on sentences written for these tests.

1. the bailiff said not to be able to ask the agency for a debtor's data himself, the request having to come through
   the (county) court: a knowledge claim of `complaints-and-requests.no_data_to_authorities_by_phone` (et, ru). The
   bailiff (or the police) sends the written request with its legal basis to the agency's official channel himself;
   that said in other words, the court route denied or asked about, and the court of maintenance support stay right.
2. the disability and the work-ability applications said to be impossible to combine, one to the agency first and
   then a separate one to Töötukassa: a knowledge claim of `disability.joint_application_working_age` (et, ru). A
   working-age person files one joint application (ühistaotlus) at Töötukassa; the joint application told, two
   separate applications denied or asked about, a pensioner's own application to the agency stay right.

Both fail the call model's knowledge_values gate, and the result names the misinformation with the quoted words in
the trainee's language.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.library import load_library

COURT = "complaints-and-requests.no_data_to_authorities_by_phone"
JOINT = "disability.joint_application_working_age"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the bailiff's request said to come through the court -----------------------------------------------------

COURT_WRONG = [
    ("et", "Kohtutäitur ei saa meilt neid andmeid otse küsida, päring peab tulema kohtu kaudu."),
    ("et", "Täituri päringud käivad meile läbi maakohtu."),
    ("et", "pöörduge maakohtu poole ja kohus saadab meile päringu võlgniku kohta"),
    ("et", "Andmepäringu võib meile saata ainult kohus, mitte kohtutäitur ise."),
    ("et", "Teie ise päringut esitada ei saa, kohtutäitur peab selle esitama maakohtu kaudu."),
    ("et", "kohtutaitur ise meie poole pöörduda ei saa paring tuleb kohtust"),
    ("ru", "Судебный исполнитель не может сам запросить у нас эти данные, запрос должен прийти через уездный суд."),
    ("ru", "Обратитесь в суд, и суд направит нам запрос о должнике."),
    ("ru", "Запросы приставов к нам поступают только через суд."),
    ("ru", "исполнитель напрямую к нам с запросом обращаться не может только через суд"),
    ("ru", "Запрос о данных должника нам может направить только суд, а не сам исполнитель."),
]
COURT_RIGHT = [
    ("et", "Kohtutäitur saadab kirjaliku päringu õigusliku alusega ise meie ametlikku kanalisse."),
    ("et", "Päringut ei pea saatma kohtu kaudu, saatke see otse meile."),
    ("et", "Kohtu kaudu ei ole vaja minna: täitur esitab päringu ise."),
    ("et", "Kas päring peab tulema kohtu kaudu?"),
    ("et", "Päring tuleb otse Teilt, mitte maakohtu kaudu."),
    ("et", "Elatisabi saamiseks pöörduge kõigepealt kohtusse, seejärel esitage meile taotlus."),
    ("et", "Kohus saadab meile oma määruse ja elatisabi makstakse kümnendal kuupäeval."),
    ("et", "Täitemenetluses nõuab võlgnevust kohtutäitur, kohus teeb enne otsuse."),
    ("et", "Kohtutäitur ei saa andmeid telefoni teel küsida, ta peab saatma kirjaliku päringu."),
    ("et", "Kohtutäitur ei saa ise andmeid nõuda ilma kirjaliku päringuta."),
    ("et", "Politsei saadab päringu ise, kohtu kaudu ei pea."),
    ("ru", "Судебный исполнитель сам направляет письменный запрос с правовым основанием на наш официальный адрес."),
    ("ru", "Через суд запрос отправлять не нужно, пристав пишет нам напрямую."),
    ("ru", "Нужно ли направлять запрос через суд?"),
    ("ru", "Запрос должен прийти от Вас напрямую, а не через суд."),
    ("ru", "Чтобы получить пособие на содержание ребёнка, сначала обратитесь в суд, затем подайте нам заявление."),
    ("ru", "Суд присылает нам своё решение, и пособие выплачивается десятого числа."),
    ("ru", "Пристав не может получить данные по телефону, нужен письменный запрос."),
    ("ru", "Исполнитель не может сам получить данные без письменного запроса."),
    ("ru", "Исполнитель пишет запрос сам, через суд его посылать не надо."),
]


@pytest.mark.parametrize("lang, sentence", COURT_WRONG)
def test_the_request_through_the_court_is_a_wrong_claim(library, lang, sentence):
    assert COURT in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", COURT_RIGHT)
def test_the_bailiffs_own_request_or_the_court_route_denied_stays_right(library, lang, sentence):
    assert COURT not in wrong_claim_refs(library, sentence, lang)


# -- 2. the disability and the work-ability applications said to be separate --------------------------------------

JOINT_WRONG = [
    ("et", "Neid kahte taotlust ühendada ei saa: kõigepealt puude taotlus meile, siis eraldi töövõime taotlus Töötukassale."),
    ("et", "Ühistaotlust ei ole, puude ja töövõime jaoks tuleb esitada kaks eraldi taotlust."),
    ("et", "Puude tuvastamiseks meil ja töövõime hindamiseks Töötukassas esitatakse eraldi taotlused."),
    ("et", "Esmalt saage meilt puude otsus ja alles siis esitage Töötukassale eraldi töövõime hindamise taotlus."),
    ("et", "kaks eraldi avaldust on vaja uks meile teine tootukassasse"),
    ("ru", "Объединить эти заявления нельзя: сначала подаёте на инвалидность к нам, потом отдельно в Töötukassa."),
    ("ru", "Это два разных заявления – на инвалидность к нам и на трудоспособность в Töötukassa, совместить их нельзя."),
    ("ru", "Совместного заявления нет, на инвалидность и на трудоспособность подаются отдельные заявления."),
    ("ru", "Сначала получите у нас решение об инвалидности, и только потом подавайте отдельное заявление на оценку трудоспособности в Кассу по безработице."),
    ("ru", "одним заявлением это не сделать нужно два отдельных заявления второе в кассу по безработице"),
    ("ru", "Нужно подать два заявления: одно нам на инвалидность, второе в Töötukassa на трудоспособность."),
]
JOINT_RIGHT = [
    ("et", "Kahte eraldi taotlust ei ole vaja, piisab ühest ühistaotlusest Töötukassale."),
    ("et", "Esitage Töötukassale ühistaotlus, siis hinnatakse töövõimet ja tuvastatakse puue korraga."),
    ("et", "Kas saab esitada ühe taotluse mõlema jaoks?"),
    ("et", "Kas pean esitama kaks eraldi taotlust?"),
    ("et", "Eraldi taotlusi pole vaja esitada: üks ühistaotlus katab mõlemad."),
    ("et", "Pensioniealine esitab puude taotluse eraldi meile, ühistaotlus on tööealistele."),
    ("et", "Kõigepealt pöörduge perearsti poole, seejärel esitage taotlus."),
    ("et", "Töötuskindlustushüvitise taotlus esitatakse eraldi."),
    ("et", "Puude jaoks ei ole vaja eraldi taotlust, see käib ühistaotlusega Töötukassas."),
    ("et", "Töötukassas tuleb töötuna arvele võtmiseks esitada eraldi avaldus."),
    ("ru", "Два отдельных заявления не нужны: подайте одно совместное заявление в Töötukassa."),
    ("ru", "Не нужно подавать два отдельных заявления, достаточно одного совместного."),
    ("ru", "Можно ли подать одно заявление на оба вопроса?"),
    ("ru", "Нужно ли подавать два отдельных заявления?"),
    ("ru", "Подайте одно совместное заявление в Кассу по безработице, по нему оценят и трудоспособность, и инвалидность."),
    ("ru", "Человек пенсионного возраста подаёт заявление на инвалидность отдельно, к нам."),
    ("ru", "Сначала обратитесь к семейному врачу, потом подайте заявление."),
    ("ru", "Заявление на пособие по безработице подаётся отдельно."),
    ("ru", "Отдельно к нам на инвалидность подавать не нужно, всё входит в совместное заявление в Töötukassa."),
    ("ru", "Объединить оба вопроса можно: одно совместное заявление в Кассу по безработице."),
]


@pytest.mark.parametrize("lang, sentence", JOINT_WRONG)
def test_two_separate_applications_is_a_wrong_claim(library, lang, sentence):
    assert JOINT in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", JOINT_RIGHT)
def test_the_joint_application_or_separate_ones_denied_stays_right(library, lang, sentence):
    assert JOINT not in wrong_claim_refs(library, sentence, lang)


# -- the gate and its record ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply, quoted", [
    ("data-request-bailiff-et", "Telefonis ma andmeid ei anna. Kohtutäituri päring peab tulema meile maakohtu kaudu.",
     "maakohtu kaudu"),
    ("data-request-police-et", "Telefonis ma andmeid ei anna. Kohtutäituri päringud saadab meile ainult kohus.",
     "ainult kohus"),
    ("data-request-journalist-ru", "Запросы приставов к нам поступают только через суд.", "только через суд"),
    ("disability-assessment-ru", "Это два отдельных заявления: сначала на инвалидность к нам, потом в Töötukassa.",
     "два отдельных заявления"),
    ("disability-or-workability-chat-et",
     "Ühendada neid ei saa, tuleb esitada kaks eraldi taotlust: üks meile ja teine Töötukassale.",
     "kaks eraldi taotlust"),
])
def test_the_gate_fails_and_names_the_words(library, scenario, reply, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert "knowledge_values" in failed_criteria(result)
    assert "knowledge_values" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "knowledge_values")
    assert quoted in feedback
    assert ("Vale reegel" if library.get(scenario).language == "et" else "Неверное правило") in feedback
