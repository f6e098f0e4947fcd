"""New-user batch 41 (live41, authors m9 and n9): the scorer fixes, on sentences written for these tests.

1. a filing deadline is compared with the filing deadlines of its topic only: the review time of the same topic does
   not make it right («подать ... в течение 60 дней», "vaide saab esitada 60 päeva jooksul"; `kbfiling`).
2. the data of a pensioner's payments said to come from Pensionikeskus names the wrong authority (right_authority).
3. filing the suit said to be enough for the maintenance support is a wrong claim (maintenance-support.ruling_needed);
   "Milline määrus see on, pole oluline." is no question (`questions._no_matter_clause`).
4. the living-alone pensioner's allowance said to need an application is a wrong claim (pensioner-living-alone.amount).
5. a pension-age person sent to Töötukassa for the disability is a wrong claim
   (disability.joint_application_working_age).
6. a multiple-choice quiz put to the client is no answer (`quiz`, the real_answers gate).
7. a reason told to the client with "Teie" / «Ваш» beside a word for callers is no knowledge paste (`addressed`).
8. numbers in words typed with "y" for "ü" ("nelikymmend viis") and Russian in Latin without the soft sign ("pyat")
   are read as numbers.
9. a whether-clause without commas before a refusal ("kas raha on kontol ei saa öelda") is refused, not told.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.quiz import is_quiz
from trainer.scoring.unaddressed import not_addressed
from trainer.simulation.library import load_library
from trainer.text.quantities import find_quantities
from trainer.text.spoken import normalize_input


@pytest.fixture(scope="module")
def library():
    return load_library()


def _wrong_numbers(library, sentence: str, lang: str) -> list[str]:
    text = normalize_input(sentence, lang).text
    return [hit.quote for hit in find_wrong_values(text, lang, library.value_facts) if not hit.claim]


# -- 1. a filing deadline is no review time -----------------------------------------------------------------------------

FILING_WRONG = [
    ("ru", "Возражение Вы можете подать в течение шестидесяти дней после того, как получили решение."),
    ("ru", "Срок подачи возражения – 60 дней."),
    ("et", "Vaide võite esitada 60 päeva jooksul alates otsuse kättesaamisest."),
    ("et", "Kui otsusega ei nõustu, saab vaidlustada kuuekümne päeva jooksul."),
    ("et", "Elatisabi taotluse saate esitada 150 päeva jooksul."),
]
FILING_RIGHT = [
    ("ru", "Подать возражение можно в течение 30 дней, а рассматривают его до 60 дней."),
    ("ru", "Итак: 30 дней на подачу, 60 дней рассмотрение."),
    ("ru", "Рассматривается возражение по пенсии 60 дней, подаётся в течение 30 дней."),
    ("ru", "Возражение по решению о пенсии рассматривают в течение шестидесяти дней."),
    ("et", "Vaide esitate 30 päeva jooksul ja pensioniotsuse vaie vaadatakse läbi 60 päeva jooksul."),
    ("et", "Elatisabi tuleb taotleda 45 päeva jooksul, kohtumenetluse ajal makstakse seda kuni 150 päeva."),
]


@pytest.mark.parametrize(("language", "sentence"), FILING_WRONG)
def test_a_filing_deadline_is_no_review_time(library, language, sentence):
    assert _wrong_numbers(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), FILING_RIGHT)
def test_both_deadlines_told_stay_right(library, language, sentence):
    assert _wrong_numbers(library, sentence, language) == []


# -- 2. the pension data from Pensionikeskus ----------------------------------------------------------------------------

OPENING = {"et": [("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb."), ("client", "Tere, mul on küsimus.")],
           "ru": [("agent", "Здравствуйте! Департамент социального страхования, Мария."),
                  ("client", "Здравствуйте, у меня вопрос.")]}


def _verdict(language: str, reply: str, criterion: str, channel: str = "phone") -> str:
    return verdicts(language, [*OPENING[language], ("agent", reply)], channel=channel)[criterion]


@pytest.mark.parametrize(("language", "reply"), [
    ("et", "Pensioni andmed väljastab kohtutäiturile Pensionikeskus, saatke päring neile."),
    ("et", "Võlgniku pensioni väljamaksete andmeid annab Pensionikeskus."),
    ("ru", "Сведения о пенсии должника выдаёт Пенсионный центр."),
    ("ru", "Данные о выплате пенсии предоставляет Пенсионный центр, пишите им."),
])
def test_pension_data_from_pensionikeskus_is_the_wrong_authority(language, reply):
    assert _verdict(language, reply, "right_authority") == "fail"


@pytest.mark.parametrize(("language", "reply"), [
    ("et", "Pensioni andmeid väljastame kirjaliku päringu alusel meie, Sotsiaalkindlustusamet."),
    ("et", "II samba pensioni andmed on Pensionikeskuses."),
    ("et", "Pensioni andmeid Pensionikeskus ei väljasta, saatke päring ametile."),
    ("ru", "Данные о накопительной пенсии хранит Пенсионный центр."),
    ("ru", "Сведения о пенсии выдаёт Департамент по письменному запросу."),
])
def test_pension_data_from_the_board_or_the_second_pillar_is_right(language, reply):
    assert _verdict(language, reply, "right_authority") == "pass"


# -- 3. filing the suit is not enough --------------------------------------------------------------------------------

RULING = "maintenance-support.ruling_needed"


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Elatisabi saamiseks piisab, kui olete hagi kohtusse andnud."),
    ("et", "Mis määrus kohus tegi, sellel pole vahet."),
    ("et", "Hagi esitamisest juba piisab ja taotluse saate kohe teha."),
    ("et", "Ükskõik milline määrus sobib."),
    ("ru", "Для алиментного пособия хватит того, что иск подан."),
    ("ru", "Какое определение вынес суд, значения не имеет."),
    ("ru", "Любое определение суда подойдёт."),
])
def test_filing_the_suit_said_to_be_enough_is_wrong(library, language, sentence):
    assert RULING in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Hagi esitamisest üksi ei piisa, vaja on makseettepaneku või hagi tagamise määrust."),
    ("et", "Hagi tagamise määrusest piisab, taotlege 45 päeva jooksul."),
    ("et", "Oluline on, milline määrus kohus tegi."),
    ("et", "Milline määrus kohus tegi?"),
    ("ru", "Подачи иска недостаточно, нужно определение об обеспечении иска."),
    ("ru", "Определения о платёжном предложении достаточно."),
    ("ru", "Важно, какое определение вынес суд."),
])
def test_the_ruling_asked_or_named_is_right(library, language, sentence):
    assert RULING not in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence", "question"), [
    ("et", "Milline otsus tehti, pole oluline.", False),
    ("ru", "Какое решение приняли – неважно.", False),
    ("et", "Milline otsus tehti?", True),
    ("et", "Milline otsus Teile tuli, kas see on oluline", True),
])
def test_what_does_not_matter_asks_nothing(language, sentence, question):
    assert tx.is_question(sentence, language) is question


# -- 4. the living-alone allowance needs no application -----------------------------------------------------------

ALONE = "pensioner-living-alone.amount"


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Есть ещё пособие одиноко проживающему пенсионеру. Чтобы его получить, напишите заявление через самообслуживание."),
    ("ru", "Пособие одиноко проживающему пенсионеру само не приходит, без ходатайства его не выплачивают."),
    ("ru", "На пособие одинокому пенсионеру необходимо подать ходатайство до осени."),
    ("et", "Üksi elava pensionäri toetuse saamiseks tuleb see iseteeninduses taotleda."),
    ("et", "Üksi elava pensionäri toetus on 200 eurot aastas. Selle jaoks esitage palun avaldus."),
    ("et", "Üksi elava pensionäri toetust automaatselt ei maksta."),
])
def test_the_allowance_said_to_need_an_application_is_wrong(library, language, sentence):
    assert ALONE in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Пособие одиноко проживающему пенсионеру приходит автоматически, ходатайство подавать не нужно."),
    ("ru", "Пособие одиноко проживающему пенсионеру придёт с октябрьской пенсией. А заявление на прожиточный минимум "
           "подайте в управе."),
    ("ru", "Пособие одиноко проживающему пенсионеру придёт в октябре. Если оно не придёт, напишите нам."),
    ("et", "Üksi elava pensionäri toetus tuleb automaatselt, avaldust pole vaja esitada."),
    ("et", "Üksi elava pensionäri toetus tuleb ise. Toimetulekutoetuse taotluse esitage vallavalitsusele."),
    ("et", "Üksi elava pensionäri toetus on 200 eurot aastas. Seda ei pea taotlema."),
])
def test_the_allowance_paid_automatically_is_right(library, language, sentence):
    assert ALONE not in wrong_claim_refs(library, sentence, language)


# -- 5. a pensioner's disability is not Töötukassa's -------------------------------------------------------------------

JOINT = "disability.joint_application_working_age"


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Pensionieas ema esitab puude taotluse Töötukassale."),
    ("et", "Töötukassa tuvastab ka vanaduspensionäri puude."),
    ("ru", "Пенсионерка подаёт совместное заявление в Кассу по безработице."),
    ("ru", "Касса по безработице рассмотрит заявление об инвалидности и для пенсионера."),
])
def test_a_pensioner_sent_to_tootukassa_is_wrong(library, language, sentence):
    assert JOINT in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Töötukassa ühistaotlus on ainult tööealisele, pensionieas ema esitab taotluse ametile."),
    ("et", "Pensionäri puude tuvastab amet, Töötukassa hindab töövõimet."),
    ("ru", "Пенсионеру не нужно обращаться в Кассу по безработице."),
    ("ru", "Инвалидность пенсионера устанавливает Департамент, Касса по безработице оценивает трудоспособность."),
])
def test_a_pensioner_sent_to_the_board_is_right(library, language, sentence):
    assert JOINT not in wrong_claim_refs(library, sentence, language)


# -- 6. a quiz is no answer --------------------------------------------------------------------------------------------

QUIZZES = [
    ("et", "Enne vastust üks küsimus: mitu päeva on vaide esitamiseks? a) 14 b) 30 c) 60"),
    ("et", "Teine küsimus: kuhu elatisabi taotlus läheb? a) kohtusse b) ametisse"),
    ("et", "Õige on b) – tubli! Järgmisena räägime tähtajast."),
    ("ru", "Давайте проверим: сколько стоит пособие на ребёнка? а) 60 евро б) 80 евро в) 100 евро"),
    ("ru", "Вопрос 2: кто выдаёт PIN-коды? а) Департамент б) полиция"),
    ("ru", "Правильный ответ: в) 100 евро. Молодец!"),
]
NO_QUIZZES = [
    ("et", "Kas küsite oma vanaduspensioni või lesepensioni kohta?"),
    ("et", "Kas soovite vastust a) e-postiga või b) posti teel?"),
    ("et", "Millist pensioni Te saate: a) vanaduspensioni b) töövõimetoetust c) rahvapensioni?"),
    ("et", "Esitada saab kahel viisil: a) iseteeninduses, b) klienditeeninduses."),
    ("ru", "Вы спрашиваете о своей пенсии или о пенсии мамы?"),
    ("ru", "Как Вам удобнее получить ответ: а) по почте б) по e-mail?"),
    ("ru", "Подать можно двумя способами: а) через самообслуживание, б) в бюро."),
]


@pytest.mark.parametrize(("language", "reply"), QUIZZES)
def test_a_quiz_is_no_answer(language, reply):
    assert is_quiz(reply, language)
    assert _verdict(language, reply, "real_answers", channel="chat") == "fail"


@pytest.mark.parametrize(("language", "reply"), NO_QUIZZES)
def test_a_real_choice_or_clarifying_question_is_an_answer(language, reply):
    assert not is_quiz(reply, language)
    assert _verdict(language, reply, "real_answers", channel="chat") == "pass"


# -- 7. a reason told to the client beside a word for callers ----------------------------------------------------------

@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Telefonis ma helistajat ei näe ja konto muutmine telefoni teel on pettuste tavaline viis, nii et see hoiab "
           "Teie pensioni."),
    ("et", "helistaja isikut ei saa telefonis kontrollida sest see kaitseb teie andmeid"),
    ("ru", "По телефону личность звонящего не проверить, поэтому это защищает Ваши деньги."),
])
def test_a_reason_told_to_the_client_is_no_knowledge_paste(language, sentence):
    assert not_addressed(sentence, language) == ""


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "Helistajat ei saa telefonis kindlalt tuvastada ja konto muutmine telefonis on levinud pettuse viis."),
    ("et", "Uue konto teatab klient kirjalikult, sest see kaitseb kliendi raha."),
    ("et", "Pöördu kliendi poole teietades: Te, Teie."),
    ("ru", "Клиент сообщает о новом счёте письменно, это защищает деньги клиента."),
])
def test_knowledge_about_the_client_stays_third_person(language, sentence):
    assert not_addressed(sentence, language) == "third_person"


# -- 8. numbers in words without diacritics ----------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "value", "unit"), [
    ("et", "taotlege kolmkymmend yks paeva jooksul", 31, ("paev",)),
    ("et", "makse tuleb yheksa paeva parast", 9, ("paev",)),
    ("et", "vastus tuleb kahekymne paeva jooksul", 20, ("paev",)),
    ("et", "raha laekub kymnendal kuupaeval", 10, ("kuupaev",)),
    ("ru", "podat mozhno v techenie pyatidesyati dney", 50, ("день",)),
    ("ru", "у Вас сорок пять дней", 45, ("день",)),
    ("ru", "u vas pyat dney", 5, ("день",)),
])
def test_numbers_in_words_without_diacritics_are_read(language, text, value, unit):
    found = find_quantities(normalize_input(text, language).text, language)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_y_is_read_for_u_only_in_number_words():
    # an Estonian conversation reads every Estonian word typed with y for ü so since new-user batch 55 ("yhistaotlus",
    # trainer.text.et_y; tests/test_b55good.py); a message of no known language is left as typed
    assert normalize_input("nyyd kysin yle").text == "nyyd kysin yle"
    assert find_quantities(normalize_input("u menya semya i deti", "ru").text, "ru") == []


# -- 9. a whether-clause without commas before a refusal ------------------------------------------------------------

STATUS = {"et": ("raha on kontol",), "ru": ("пенсия на счёте",)}


def _negated(language: str, sentence: str) -> list[bool]:
    return [m.negated for m in tx.PhraseSet(STATUS[language], language).find_all(sentence)]


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "ja seda kas raha on kontol ma oelda ei saa"),
    ("et", "kas raha on kontol ei tohi ma oelda"),
    ("et", "ka seda kas raha on kontol ma ei oska oelda"),
    ("ru", "и есть ли пенсия на счёте я сказать не могу"),
])
def test_a_refused_whether_clause_is_negated(language, sentence):
    assert _negated(language, sentence) == [True]


@pytest.mark.parametrize(("language", "sentence"), [
    ("et", "jah raha on kontol ma vaatasin"),
    ("et", "ma vaatasin kas raha on kontol ja raha on kontol"),
    ("ru", "да пенсия на счёте я проверила"),
])
def test_a_told_status_stays_told(language, sentence):
    assert not any(_negated(language, sentence))
