"""What blind round 26 showed about greeting, needs and summary, in general form, on own et/ru sentences:

- greeting: the channel named next to the institution in a verbless opening («Онлайн-чат Департамента ...»,
  "Sotsiaalkindlustusameti infoliin") belongs to the opening, it is no topic keyword; a name signed only after the first
  message has run through the cues of three other steps (empathy, summary, closing) opens nothing;
- needs: a tag question goes on with a short verbless afterthought («... да в своей квартире», "... jah oma korteris")
  and still asks; a request to tell the matter («расскажите, что произошло», "rääkige, mis juhtus") is no answer, so a
  check after it still comes before the answer;
- summary: topics each joined by one dash to what was said of them («пенсия – с апреля, пособие – через
  самоуправление») state points, also when the reply ignores the client's last question.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.needs_acts import invites_telling
from trainer.scoring.recap import dash_statements

# -- greeting: the channel beside the institution ----------------------------------------------------------------------

_CLIENT = {"et": "tere, mul on küsimus lapsetoetuse kohta", "ru": "добрый день, у меня вопрос по детскому пособию"}


def _greeting(lang: str, opening: str) -> str:
    return verdicts(lang, [("agent", opening), ("client", _CLIENT[lang])], channel="chat")["greeting"]


@pytest.mark.parametrize("lang, opening", [
    ("ru", "Добрый вечер! Онлайн-чат Департамента социального страхования, Галина на связи. Чем помочь?"),
    ("ru", "Здравствуйте! Горячая линия Департамента социального страхования, Игорь. Чем помочь?"),
    ("et", "Tere õhtust! Sotsiaalkindlustusameti infoliin, Reet. Millega aidata?"),
    ("et", "Tere! SKA veebivestlus, Margus. Kuidas aidata?"),
])
def test_channel_next_to_the_institution_is_part_of_the_opening(lang, opening):
    assert _greeting(lang, opening) == "pass"


@pytest.mark.parametrize("lang, opening", [
    # no own name: the channel word changes nothing
    ("ru", "Здравствуйте! Онлайн-чат Департамента социального страхования. Итог. Сочувствие."),
    ("et", "Tere! SKA veebivestlus. Kokkuvõte. Empaatia."),
])
def test_channel_opening_without_a_name_still_fails(lang, opening):
    assert _greeting(lang, opening) == "fail"


# -- greeting: a name signed after a recited checklist ----------------------------------------------------------------


@pytest.mark.parametrize("lang, opening", [
    ("et", "Tere! Mõistan, et olukord on keeruline. Kokkuvõtteks: tänan pöördumise eest! Ilusat päeva! "
           "/Reet, Sotsiaalkindlustusamet/"),
    ("ru", "Здравствуйте! Понимаю Ваше беспокойство. Итак, подведём итог. Благодарю за обращение! Всего доброго! "
           "— Галина, Департамент социального страхования"),
])
def test_name_signed_after_three_steps_cues_opens_nothing(lang, opening):
    assert _greeting(lang, opening) == "fail"


@pytest.mark.parametrize("lang, opening", [
    # the same cues after a real opening: the opening is there (the stuffing fails elsewhere)
    ("et", "Tere! Sotsiaalkindlustusamet, Reet. Mõistan, et olukord on keeruline. Kokkuvõtteks: tänan pöördumise "
           "eest! Ilusat päeva!"),
    ("ru", "Здравствуйте! Департамент социального страхования, Галина. Понимаю Ваше беспокойство. Итак, подведём "
           "итог. Благодарю за обращение!"),
    # an apology and a thanks for waiting before the introduction: two steps, a real opening after a queue
    ("et", "Tere! Aitäh, et ootasite! Vabandame pika järjekorra pärast. Sotsiaalkindlustusamet, Reet."),
    ("ru", "Здравствуйте! Спасибо, что дождались. Извините за ожидание. Департамент социального страхования, Галина."),
    # the name early in one long run-on plan that recites the other steps after it
    ("ru", "добрый вечер департамент социального страхования меня зовут галина я вас слушаю понимаю как вам непросто "
           "итак подведём итог спасибо за обращение всего доброго"),
    ("et", "Tere! Siin Reet, Sotsiaalkindlustusamet. Et saaksin aidata: 1) kirjutage isikukood, 2) kas ma saan õigesti "
           "aru, mida soovite, 3) lõpus kokkuvõte, aitäh!"),
])
def test_real_opening_with_other_cues_still_passes(lang, opening):
    assert _greeting(lang, opening) == "pass"


# -- needs: a tag question with an afterthought -------------------------------------------------------------------------


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "а отец живёт один да в своей квартире"),
    ("ru", "так вы получали пособие да с прошлой весны"),
    ("et", "isa elab üksi jah oma korteris"),
    ("et", "te saite otsuse kätte eks eelmisel nädalal"),
])
def test_tag_question_with_an_afterthought_asks(lang, sentence):
    assert tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    # advice before the tag: the tag is a yes
    ("ru", "это можно оформить да в бюро обслуживания"),
    ("et", "te saate selle esitada jah iseteeninduses"),
    # a new clause after the tag, or more than an afterthought
    ("ru", "отец живёт один да и поэтому пособие положено"),
    ("ru", "пенсия пришла да в понедельник"),
    ("et", "isa elab üksi jah ja toetus tuleb oktoobris"),
    ("et", "isa elab üksi jah oma korteris kesklinnas Tartus"),
])
def test_tag_afterthought_must_nots(lang, sentence):
    assert not tx.is_spoken_question(sentence, lang)


def test_tag_question_with_an_afterthought_clarifies_the_need():
    turns = [
        ("agent", "департамент социального страхования добрый день меня зовут игорь чем могу помочь"),
        ("client", "добрый день я по поводу отца ему пособие одинокому пенсионеру не пришло"),
        ("agent", "понятно а отец живёт один да в своей квартире"),
        ("client", "да один уже давно"),
        ("agent", "пособие платится только если по регистру по адресу никто больше не прописан проверьте регистр"),
        ("client", "хорошо спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ]
    assert verdicts("ru", turns)["needs"] == "pass"


# -- needs: a request to tell the matter ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "я вас внимательно слушаю расскажите что произошло",
    "Расскажите, пожалуйста, по порядку, как всё было.",
    "rääkige palun mis juhtus",
    "Kirjeldage julgelt, ma kuulan.",
])
def test_request_to_tell_the_matter(sentence):
    assert invites_telling(sentence)


@pytest.mark.parametrize("sentence", [
    "rääkige kõigepealt perearstiga",                    # advice to talk to someone else
    "расскажите врачу о своём самочувствии",
    "объясните работодателю что пособие придёт 10 числа",
])
def test_request_to_tell_must_nots(sentence):
    assert not invites_telling(sentence)


def _tell_then_check(lang: str) -> list[tuple[str, str]]:
    if lang == "ru":
        return [
            ("agent", "департамент социального страхования здравствуйте галина слушаю"),
            ("client", "здравствуйте я насчёт пенсии тут такое дело не знаю как быть"),
            ("agent", "я вас внимательно слушаю расскажите что произошло"),
            ("client", "пенсия пришла меньше чем в прошлом месяце на двадцать евро"),
            ("agent", "правильно я понимаю что вы получаете пенсию по старости и в этом месяце сумма стала меньше"),
            ("client", "да"),
            ("agent", "в этом месяце из пенсии удержали подоходный налог поэтому сумма меньше"),
            ("client", "понятно спасибо"),
            ("agent", "всего доброго"),
        ]
    return [
        ("agent", "sotsiaalkindlustusamet tere reet kuulab"),
        ("client", "tere mul on pensioniga mingi jama ei tea mis teha"),
        ("agent", "rääkige palun mis juhtus"),
        ("client", "pension tuli sel kuul kakskümmend eurot väiksem"),
        ("agent", "kas ma saan õigesti aru et te saate vanaduspensioni ja sel kuul oli summa väiksem"),
        ("client", "jah"),
        ("agent", "sel kuul peeti pensionist kinni tulumaks seepärast on summa väiksem"),
        ("client", "selge aitäh"),
        ("agent", "head päeva"),
    ]


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_check_after_a_request_to_tell_clarifies(lang):
    assert verdicts(lang, _tell_then_check(lang))["needs"] == "pass"


def test_request_to_tell_alone_is_no_clarifying_question():
    # the Russian request asks nothing by its own words (Estonian speech reads "... mis juhtus" as asking already)
    turns = [t for k, t in enumerate(_tell_then_check("ru")) if k not in (4, 5)]  # the check and its yes dropped
    assert verdicts("ru", turns)["needs"] == "fail"


# -- summary: topics joined by dashes to what was said of them ---------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("ru", "пенсия по старости – с апреля, пособие на жильё – через самоуправление"),
    ("et", "vanaduspension – aprillist, eluasemetoetus – omavalitsuse kaudu"),
    ("et", "vaie – 30 päeva jooksul, uus taotlus – iseteeninduses"),
])
def test_dash_statements(lang, text):
    assert dash_statements(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("et", "vaie – iseteenindus, kokkuvõte – aitäh"),          # bare topics on both sides
    ("et", "vaie – iseteenindus – kokkuvõte"),                # a chain of topics
    ("ru", "пенсия – департамент, пособие – самоуправление"),
    ("ru", "пенсия – с апреля"),                              # one item: `copula_dash` reads it already
])
def test_dash_statement_must_nots(lang, text):
    assert not dash_statements(text, lang)


def _dash_recap(lang: str, recap_line: str) -> list[tuple[str, str]]:
    if lang == "ru":
        return [
            ("agent", "Здравствуйте, Департамент социального страхования, Галина. Чем могу помочь?"),
            ("client", "Здравствуйте. Мне платят пенсию по старости и пособие на жильё. Кто что платит?"),
            ("agent", "Вы спрашиваете про обе выплаты, верно?"),
            ("client", "Да."),
            ("agent", "Пенсию по старости платим мы, с апреля она выросла."),
            ("agent", "Пособие на жильё платит самоуправление, туда и обращаться."),
            ("client", "А адрес самоуправления Вы мне не скинете?"),
            ("agent", recap_line),
        ]
    return [
        ("agent", "Tere! Sotsiaalkindlustusamet, Reet. Kuidas saan aidata?"),
        ("client", "Tere. Saan vanaduspensioni ja eluasemetoetust. Kes mida maksab?"),
        ("agent", "Küsite mõlema makse kohta, eks?"),
        ("client", "Jah."),
        ("agent", "Vanaduspensioni maksame meie, aprillist see tõusis."),
        ("agent", "Eluasemetoetust maksab omavalitsus, sinna tuleb ka pöörduda."),
        ("client", "Kas saate mulle omavalitsuse aadressi saata?"),
        ("agent", recap_line),
    ]


@pytest.mark.parametrize("lang, line", [
    ("ru", "Итак: пенсия по старости – от нас, пособие на жильё – через самоуправление. До свидания."),
    ("et", "Kokkuvõtteks: vanaduspension – meilt, eluasemetoetus – omavalitsuse kaudu. Head aega."),
])
def test_dash_recap_is_a_summary(lang, line):
    assert verdicts(lang, _dash_recap(lang, line), channel="chat")["summary"] == "pass"


@pytest.mark.parametrize("lang, line", [
    ("ru", "Итак: пенсия – департамент, пособие – самоуправление. До свидания."),
    ("et", "Kokkuvõtteks: vanaduspension, eluasemetoetus, omavalitsus. Head aega."),
])
def test_keyword_recap_to_a_question_still_fails(lang, line):
    assert verdicts(lang, _dash_recap(lang, line), channel="chat")["summary"] == "fail"
