"""Issue 9: dialogue acts in speech without punctuation (speech recognition, fast typing).

Questions by interrogative words, particles and tags ("kas", "ega", "eks", "jah"; «ли», «да», «или нет»),
sentence breaks in unpunctuated speech, and open client questions at the end of a call. The sentences
were written for this file before the scorer was run on them (held out from tuning).
"""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.text import is_spoken_question, normalize_input

SETTINGS = scoring_settings()
RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]


def verdicts(language, turns, **context):
    transcript = Transcript(language=language, channel="phone", context=Context(**context),
                            turns=[Turn(role=role, text=text) for role, text in turns])
    return {c["id"]: c["result"] for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"]}


@pytest.mark.parametrize("language, sentence", [
    ("et", "te helistate oma pensioni asjus jah"),
    ("et", "see on siis lapsetoetuse kohta eks"),
    ("et", "ega te ei ole veel avaldust esitanud"),
    ("et", "et mis kuupäeval te selle otsuse saite"),
    ("et", "aga millal see raha siis tuleb"),
    ("et", "soovite avalduse esitada või mitte"),
    ("ru", "вы про декабрьскую пенсию да"),
    ("ru", "вы уже подавали заявление или нет"),
    ("ru", "а до какого числа надо подать"),
    ("ru", "на что мне теперь жить"),
    ("ru", "а мне самой что-то нужно делать"),
    ("ru", "это по поводу пенсии по старости правильно"),
    ("ru", "пособие приходит на ваш счёт не так ли"),
])
def test_spoken_questions_without_a_question_mark(language, sentence):
    assert is_spoken_question(sentence, language)


@pytest.mark.parametrize("language, sentence", [
    ("et", "ma ei tea mis kuupäeval otsus tuli"),
    ("et", "pension makstakse välja iga kuu viiendal kuupäeval"),
    ("et", "jah aitäh selge"),
    ("et", "ja siis ongi kõik korras"),
    ("ru", "да спасибо всё понятно"),
    ("ru", "я понимаю как вам сейчас тяжело"),
    ("ru", "как правило пенсия приходит пятого числа"),
    ("ru", "ну да ладно спасибо"),
])
def test_spoken_statements_are_no_questions(language, sentence):
    assert not is_spoken_question(sentence, language)


@pytest.mark.parametrize("text, broken_before", [
    ("здравствуйте департамент социального страхования меня зовут ольга чем могу помочь", "чем могу"),
    ("tere sotsiaalkindlustusamet karl kuuleb kuidas saan aidata", "kuidas saan"),
    ("Мне жаль что так получилось Вы получаете пенсию из России через наш департамент", "Вы получаете"),
    ("Tere Sotsiaalkindlustusamet Kätlin kirjutab Mis teemal Te kirja saatsite", "Mis teemal"),
    ("Поздравляю Вы мама ребёнка и спрашиваете о компенсации", "Вы мама"),
])
def test_unpunctuated_speech_gets_a_sentence_break(text, broken_before):
    norm = normalize_input(text).text
    assert ". " + broken_before in norm, norm


@pytest.mark.parametrize("text", [
    "ma ei tea mis teemal see kiri oli aga vaatan kohe järele",
    "я понимаю как вам сейчас тяжело и постараюсь помочь",
    "если вы работали то компенсация будет до ста дней",
    "Могли бы Вы продиктовать свой личный код пожалуйста",
    "pension tuleb Teie kontole iga kuu viiendal kuupäeval",
])
def test_no_sentence_break_inside_one_spoken_sentence(text):
    assert ". " not in normalize_input(text).text


def test_russian_tag_question_clarifies_the_need_in_speech():
    turns = [
        ("agent", "здравствуйте департамент социального страхования меня зовут ольга чем могу помочь"),
        ("client", "ну мне пенсию не перечислили я не понимаю что случилось"),
        ("agent", "вы про декабрьскую пенсию да"),
        ("client", "да про декабрьскую"),
        ("agent", "декабрьская пенсия перечисляется двадцать второго декабря до праздников она уже в пути"),
        ("client", "а понятно"),
        ("agent", "итак пенсия уже отправлена и придёт до праздников всё понятно"),
        ("client", "да спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ]
    assert verdicts("ru", turns)["needs"] == "pass"


def test_estonian_tag_question_clarifies_the_need_in_speech():
    turns = [
        ("agent", "tere sotsiaalkindlustusamet karl kuuleb kuidas saan aidata"),
        ("client", "jah tere mul on küsimus selle lapsetoetuse kohta mis eelmisel kuul ei tulnud"),
        ("agent", "te räägite oktoobri lapsetoetusest jah"),
        ("client", "jah just"),
        ("agent", "oktoobri lapsetoetus maksti välja kahekümnendal oktoobril teie pangakontole"),
        ("client", "aa okei"),
        ("agent", "aitäh helistamast head päeva"),
    ]
    assert verdicts("et", turns)["needs"] == "pass"


@pytest.mark.parametrize("language, turns", [
    ("ru", [
        ("agent", "здравствуйте департамент социального страхования меня зовут ольга чем могу помочь"),
        ("client", "хотела узнать про пособие по уходу"),
        ("agent", "вы спрашиваете о пособии на ребёнка с инвалидностью"),
        ("client", "да"),
        ("agent", "это пособие назначается после определения степени инвалидности ребёнка"),
        ("client", "а до какого числа надо подать заявление"),
        ("agent", "спасибо за звонок всего доброго"),
    ]),
    ("et", [
        ("agent", "tere sotsiaalkindlustusamet karl kuuleb kuidas saan aidata"),
        ("client", "tere ma tahtsin küsida puude taotluse kohta"),
        ("agent", "kas te küsite lapse puude kohta"),
        ("client", "jah"),
        ("agent", "lapse puude taotluse saab esitada iseteeninduses koos arsti tõendiga"),
        ("client", "aga millal ma otsuse siis kätte saan"),
        ("agent", "aitäh helistamast head päeva"),
    ]),
])
def test_goodbye_to_an_unpunctuated_client_question_is_no_closing(language, turns):
    assert verdicts(language, turns)["closing"] == "fail"


@pytest.mark.parametrize("text, code", [
    ("kolm ee kaheksa null üks null kolm mhm null kaks üheksa üheksa kaks", "38010302992"),
    ("три эээ девять ноль один ноль пять ноль три ноль два девять", "39010503029"),
])
def test_a_hesitation_inside_a_spoken_code_keeps_the_code(text, code):
    assert normalize_input(text).text == code


@pytest.mark.parametrize("language, template", [
    ("ru", "Правильно ли я понимаю, что Вас интересует ...?"),
    ("et", "Kas ma saan õigesti aru, et Te soovite ...?"),
    ("et", "kas ma saan õigesti aru et te küsite"),
])
def test_an_unfilled_template_question_clarifies_nothing(language, template):
    opening = ("Tere! Sotsiaalkindlustusamet, Karl kuuleb." if language == "et"
               else "Здравствуйте! Департамент социального страхования, меня зовут Ольга.")
    request = "Tere, mul on küsimus toetuse kohta." if language == "et" else "Здравствуйте, у меня вопрос о пособии."
    answer = ("Toetus makstakse välja iga kuu kahekümnendal kuupäeval." if language == "et"
              else "Пособие выплачивается каждый месяц двадцатого числа.")
    assert verdicts(language, [("agent", opening), ("client", request), ("agent", template),
                               ("client", "jah" if language == "et" else "да"), ("agent", answer)])["needs"] == "fail"


@pytest.mark.parametrize("sentence, asks", [
    # a tag after a negated verb checks what did not happen; after a done verb it praises
    ("вы живёте в латвии и пособие за май не пришло верно", True),
    ("у вас пенсия в этом месяце не поступила правильно", True),
    ("документы вы прислали верно", False),
])
def test_a_russian_tag_after_a_negated_verb_asks(sentence, asks):
    assert is_spoken_question(sentence, "ru") is asks


@pytest.mark.parametrize("language, last", [
    ("ru", "да всё верно ошибки нет спасибо за звонок госпожа ермакова всего доброго"),
    ("ru", "Да всё верно ошибки нет Спасибо за звонок госпожа Ермакова всего доброго"),
    ("ru", "Хорошо значит так и сделаем Спасибо за обращение господин Петров до свидания"),
    ("et", "jah nii see on vigu pole aitäh helistamast proua tamm head päeva"),
    ("et", "Jah nii see on vigu pole Aitäh helistamast proua Tamm head päeva"),
    ("et", "selge ongi kõik Aitah et helistasite harra Kask ilusat paeva"),
])
def test_a_spoken_closing_with_the_client_addressed_by_title_is_a_closing(language, last):
    """A goodbye that names the client ("госпожа Ермакова", "proua Tamm") after a short answer, spoken
    without punctuation, is a closing formula: the title and surname are an address, not keywords."""
    opening = {"ru": "здравствуйте департамент социального страхования меня зовут анна чем могу помочь",
               "et": "tere sotsiaalkindlustusamet mari kuuleb kuidas saan aidata"}[language]
    middle = {"ru": [("client", "я хотела проверить правильно ли мне посчитали прибавку"),
                     ("agent", "прибавка с первого апреля у каждого своя она зависит от размера пенсии"),
                     ("client", "теперь понятно значит ошибки нет")],
              "et": [("client", "tahtsin kontrollida kas mu pensioni tõus on õigesti arvutatud"),
                     ("agent", "tõus sõltub teie pensioni suurusest ja see on arvutatud õigesti"),
                     ("client", "selge siis vigu pole")]}[language]
    turns = [("agent", opening), *middle, ("agent", last)]
    assert verdicts(language, turns)["closing"] == "pass"


@pytest.mark.parametrize("language, last", [
    ("ru", "госпожа ермакова пенсия прибавка"),
    ("et", "proua tamm pension tõus"),
])
def test_a_title_and_keywords_are_still_no_closing(language, last):
    opening = {"ru": "здравствуйте департамент социального страхования меня зовут анна чем могу помочь",
               "et": "tere sotsiaalkindlustusamet mari kuuleb kuidas saan aidata"}[language]
    turns = [("agent", opening), ("client", "küsimus" if language == "et" else "вопрос"), ("agent", last)]
    assert verdicts(language, turns)["closing"] == "fail"


@pytest.mark.parametrize("sentence, asks", [
    ("а у меня только смарт айди на телефоне им можно", True),
    ("ладно 16106 записала а у меня только смарт айди на телефоне им можно", True),
    ("а если я пришлю копию по почте это подойдёт", True),
    ("а смарт айди на телефоне подойдёт", True),
    # not a question: no «а», or the modal inside
    ("у меня только смарт айди на телефоне", False),
    ("а я думала что так нельзя", False),
])
def test_a_clients_unpunctuated_question_ending_on_its_modal(sentence, asks):
    assert is_spoken_question(sentence, "ru", client=True) is asks
