"""New-user batch 28 (tests/newuser/live28): what the first replay got wrong, on sentences written for these tests.

- Four wrong facts passed (score 100, no gate), now caught by the knowledge_values gate in any scenario:
  - health insurance "still valid six months" said as "kindlustus" / «страховка» (not "ravikindlustus"): the two
    health-insurance facts name the plain word too (`other-institutions.health_insurance_after_job`);
  - the Board said to have no communications department, press questions sent to the ministry:
    `complaints-and-requests.journalists_to_communications`;
  - a photo or scan of a hand-signed authorisation by e-mail said to be enough: `personal-data.authorisation`;
  - the ward's benefit promised to the guardian's account once the ruling arrives, with no application of hers:
    `identification-edge-cases.guardian_represents`.
- Good runs failed by the scorer:
  - disability-refusal-angry-et: "uued terviseandmed: vaie käib ainult ..." (the right rule) matched the phrase
    "uued terviseandmed vaidele" by lemma; only the forms that say "into the appeal" count now;
  - invalid-code-et: "Mul ei õnnestu selle koodiga Teid leida ... veel kord ette lugeda" is noticing the code;
  - webchat-code-ru: «код может знать любой» is a risk, not "obvious to anybody" (courtesy); the reason told with
    its own words («нельзя установить», «код не тайна», «чат открытый») explains why.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, verdicts, wrong_claim_refs

from trainer import text as tx
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

HEALTH = "other-institutions.health_insurance_after_job"
PRESS = "complaints-and-requests.journalists_to_communications"
AUTH = "personal-data.authorisation"
WARD = "identification-edge-cases.guardian_represents"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (HEALTH, "et", "Töölt lahkudes kehtib tööandja kaudu kindlustus veel kuus kuud."),
    (HEALTH, "et", "te olete parast too loppu veel kolm kuud kindlustatud"),
    (HEALTH, "ru", "После увольнения страховка действует ещё полгода, то есть шесть месяцев."),
    (PRESS, "ru", "Отдела коммуникации у Департамента нет, так что журналистам мы не отвечаем."),
    (PRESS, "ru", "С вопросами для статьи обращайтесь в Министерство социальных дел, там есть пресс-служба."),
    (PRESS, "ru", "журналистам отвечает министерство у нас своей пресс службы нет"),
    (PRESS, "et", "Ametil endal pressiosakonda ei ole."),
    (PRESS, "et", "Ajakirjanikuna pöörduge palun Sotsiaalministeeriumi pressiesindaja poole."),
    (AUTH, "ru", "Пусть папа подпишет доверенность от руки, а Вы сфотографируйте её и пришлите на наш e-mail."),
    (AUTH, "ru", "скан доверенности по электронной почте и этого хватит"),
    (AUTH, "et", "Isa kirjutab volikirja käsitsi alla ja Teie saadate sellest pildi meie e-posti aadressile."),
    (AUTH, "et", "volikirja koopia voite saata e-kirjaga"),
    (WARD, "et", "Kui kohtumäärus meieni jõuab, hakkab õe toetus Teie kontole laekuma uuest kuust."),
    (WARD, "et", "saatke maarus ara ja toetus tuleb kohe teie kontole"),
    (WARD, "ru", "Как только определение суда к нам поступит, пенсия брата будет приходить на Ваш счёт."),
    (WARD, "ru", "пришлите решение суда об опеке и со следующего месяца выплата пойдёт на ваш счёт"),
]

RIGHT = [
    (HEALTH, "et", "Tööandja kaudu kindlustus kehtib veel kaks kuud pärast töö lõppu, Teil on kolm kuud möödas."),
    (HEALTH, "et", "Töötukassas arvel olles tekib kindlustus 31. päevast."),
    (HEALTH, "et", "Töötuskindlustuse hüvitist makstakse kuni 180 päeva."),
    (HEALTH, "ru", "Страховка через работодателя действует два месяца после увольнения."),
    (PRESS, "ru", "Вопросы журналистов передаём в отдел коммуникации Департамента."),
    (PRESS, "ru", "У отдела коммуникации нет сведений о конкретных людях."),
    (PRESS, "ru", "Обратитесь в наш отдел коммуникации, а не в министерство."),
    (PRESS, "ru", "Вопросы о законе можно задать Министерству социальных дел."),
    (PRESS, "et", "Ajakirjaniku küsimustega pöörduge ameti kommunikatsiooniosakonda."),
    (PRESS, "et", "Pressiosakonnal ei ole konkreetse inimese andmeid."),
    (AUTH, "ru", "Доверенность, подписанную цифровой подписью, можно прислать по электронной почте."),
    (AUTH, "ru", "Если доверенность подписана от руки, оригинал пришлите по почте или принесите в бюро."),
    (AUTH, "ru", "Фото доверенности по e-mail мы принять не можем: нужен оригинал."),
    (AUTH, "et", "Digiallkirjaga volikirja võib saata e-postiga."),
    (AUTH, "et", "Käsitsi allkirjastatud volikirja originaal tooge klienditeenindusse."),
    (AUTH, "et", "Volikirja pilti e-postiga vastu ei võeta."),
    (WARD, "et", "Kui kohtumäärus on meieni jõudnud, esitage avaldus, et toetus tuleks Teie kontole."),
    (WARD, "et", "Eestkoste on registreeritud ja õe toetus tuleb Teie kontole 5. kuupäeval."),
    (WARD, "et", "Määrust meil ei ole, seega toetust Teie kontole maksta ei saa."),
    (WARD, "ru", "Опека оформлена, пенсия брата поступит на Ваш счёт пятого числа."),
    (WARD, "ru", "Когда определение суда поступит, подайте заявление, чтобы выплата шла на Ваш счёт."),
    (WARD, "ru", "Пенсия поступит на Ваш счёт пятого."),
    # what may be done once the ruling is there (a recap of the application) promises nothing
    (WARD, "et", "Saatke määruse koopia ja kui see on meil, saame toetuse suunata ka Teie kontole."),
    (WARD, "ru", "Когда определение суда к нам поступит, пособие можно будет перечислять и на Ваш счёт."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- the appeal: new data "into the appeal" only in the forms that say so ------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("Visiit oli pärast otsust, need on uued terviseandmed: vaie puudutab ainult vanu andmeid.", False),
    ("need on uued terviseandmed vaie puudutab ainult vanu andmeid", False),
    ("Palun saatke uued terviseandmed vaidele juurde.", True),
    ("pange vaidesse uued andmed", True),
])
def test_new_data_into_the_appeal_needs_the_form_into(library, sentence, found):
    phrases = tx.PhraseSet(library.get("disability-refusal-angry-et").signals["new_data_into_appeal"], "et")
    assert bool([m for m in phrases.find_all(sentence) if not m.negated]) is found


# -- the invalid code noticed in other words -----------------------------------------------------------------------

def _invalid_code_run(library, reply_to_code: str) -> dict[str, str]:
    answers = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
               "Kas vajate oma pensioni suurust? Palun öelge oma isikukood.",
               reply_to_code,
               "Aitäh, nüüd on korras. Kas räägin Anu Sanderiga?",
               "Teie pension on 745,30 eurot kuus. Tõendi saate iseteenindusest.",
               "Kokkuvõtteks: pension 745,30, tõend iseteenindusest. Kas see vastas Teie küsimusele? Kõike head!"]
    conv = play_answers(library.get("invalid-code-et"), library, answers, seed=1)
    return {c["id"]: c["result"] for c in conv.score()["criteria"]}


@pytest.mark.parametrize("reply, verdict", [
    ("Mul ei õnnestu seda numbrit süsteemist leida. Kas saaksite koodi veel kord ette lugeda?", "pass"),
    ("mul ei onnestu teid selle koodiga leida kas saaksite veel kord ette lugeda", "pass"),
    ("Aitäh. Üks hetk.", "fail"),
])
def test_the_code_not_found_in_other_words_is_noticed(library, reply, verdict):
    result = _invalid_code_run(library, reply)
    assert result["noticed_invalid_code"] == verdict
    assert result["no_data_on_invalid_code"] == verdict


# -- courtesy: "anybody may know the code" is a risk, not the obvious ---------------------------------------------

CHAT_OPEN = {"ru": "Здравствуйте! Чат Департамента социального страхования, Анна. Чем помочь?",
             "et": "Tere! Sotsiaalkindlustusameti vestlus, Anna. Kuidas saan aidata?"}
ASK = {"ru": "Почему Вы не можете сказать мою пенсию? Код я же написала.",
       "et": "Miks Te mu pensioni ei ütle? Isikukoodi ma ju kirjutasin."}


@pytest.mark.parametrize("lang, reply, verdict", [
    ("ru", "Код может знать любой, поэтому сумму в чате не называю. Посмотрите её в самообслуживании.", "pass"),
    ("et", "Isikukoodi võib teada igaüks, seepärast ma summat vestluses ei ütle. Vaadake seda iseteenindusest.",
     "pass"),
    # near misses: the matter said to be known to anybody
    ("ru", "Это знает любой, сумму в чате не называют. Посмотрите её в самообслуживании.", "fail"),
    ("et", "Seda teab igaüks, vestluses summat ei öelda. Vaadake seda iseteenindusest.", "fail"),
])
def test_anybody_may_know_is_no_condescension(lang, reply, verdict):
    turns = [("client", ASK[lang]), ("agent", CHAT_OPEN[lang] + " " + reply),
             ("client", "Спасибо." if lang == "ru" else "Aitäh.")]
    assert verdicts(lang, turns, channel="chat")["courtesy"] == verdict


# -- the web chat: the reason in words of its own -----------------------------------------------------------------

@pytest.mark.parametrize("reply, verdict", [
    ("Здесь нельзя установить, чей это код, поэтому сумму не называю. Посмотрите в самообслуживании.", "pass"),
    ("чат открытый код может знать кто угодно сумму смотрите в самообслуживании", "pass"),
    ("Личный код не тайна, поэтому по нему сумму не называю. Посмотрите в самообслуживании.", "pass"),
    ("Сумму в чате не называю. Посмотрите в самообслуживании.", "fail"),
])
def test_the_chat_reason_in_other_words(library, reply, verdict):
    result = scenario_reply_result(library, "webchat-code-ru", reply)
    assert next(c for c in result["criteria"] if c["id"] == "why_explained")["result"] == verdict
