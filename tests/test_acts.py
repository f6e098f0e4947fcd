"""Non-answers (issue 10, item 4): keyword chains, pasted repeats, the service standard read aloud and
third-person knowledge text earn nothing, and the real_answers gate fails the attempt."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.score import failed_criteria, score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _transcript(language, agent_and_client):
    turns = []
    for i, text in enumerate(agent_and_client):
        turns.append(Turn(role="agent" if i % 2 == 0 else "client", text=text))
    return Transcript(language=language, channel="phone", turns=turns)


def _kinds(result):
    return [(n["agent_turn"], n["kind"], n["whole_reply"]) for n in result["non_answers"]]


@pytest.mark.parametrize("sentence,lang,finite", [
    ("Lapsetoetus makstakse 8. kuupäeval.", "et", True),
    ("Kas see vastas Teie küsimusele?", "et", True),  # "vastas" read as the adverb by the dictionary
    ("Tere! Sotsiaalkindlustusamet, Kati kuuleb.", "et", True),
    ("Palun esitage vaie.", "et", True),
    ("Süsteem maas.", "et", False),
    ("Tagasihelistamine.", "et", False),
    ("Vaie 30 päeva jooksul, ekspertarst, perearst.", "et", False),
    ("Пенсия выплачена 7 декабря.", "ru", True),
    ("Вам нужно подать заявление.", "ru", True),
    ("Срок – 30 дней.", "ru", True),  # the dash stands for the copula
    ("Что? Когда?", "ru", False),
    ("Пенсия. Суббота. Два рабочих дня.", "ru", False),
])
def test_finite_verbs(sentence, lang, finite):
    assert has_finite_verb(sentence, lang) is finite


def test_estonian_keyword_chain_earns_nothing_and_fails(rubric):
    t = _transcript("et", [
        "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan Teid aidata?",
        "Mu lapse toetuse taotlus, kas see on läbi vaadatud?",
        "Süsteem maas. Tõrge. Tagasihelistamine. Iseteenindus. Kokkuvõtteks.",
        "Ahah. Mis nüüd saab?",
        "Aitäh, head päeva!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    assert _kinds(result) == [(2, "keyword_chain", True)]
    assert "summary" in failed_criteria(result)  # "Kokkuvõtteks" in a chain is no summary
    assert result["gate_failures"] == ["real_answers"]
    assert result["passed"] is False
    assert "märksõnade loend" in result["non_answers"][0]["feedback"]
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["reason"] == "keyword_chain" and "Süsteem maas" in real["feedback"]


def test_russian_one_word_questions_are_no_clarifying_question(rubric):
    t = _transcript("ru", [
        "Здравствуйте! Департамент социального страхования, меня зовут Мария. Чем могу помочь?",
        "У меня пенсия не пришла.",
        "Что? Когда?",
        "Пятое число прошло, а денег нет.",
        "Спасибо за звонок, всего доброго!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    assert "needs" in failed_criteria(result)
    assert result["gate_failures"] == ["real_answers"]
    assert "перечень ключевых слов" in result["non_answers"][0]["feedback"]


def test_a_terse_elliptical_answer_is_an_answer(rubric):
    t = _transcript("et", [
        "Tere! Sotsiaalkindlustusamet, Kati kuuleb.",
        "Kui kaua mul vaide esitamiseks aega on?",
        "30 päeva.",
        "Selge, aitäh.",
        "Aitäh, head päeva!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    assert result["non_answers"] == []
    assert "real_answers" not in failed_criteria(result)


def test_pasted_macro_counts_once(rubric):
    macro = ("Vabandan, saan aru. Kas ma sain õigesti aru, et küsite taotluse kohta? Meil on tõrge, helistan "
             "Teile tagasi. Kokkuvõtteks: helistan tagasi. Kas see vastas Teie küsimusele? Aitäh, head päeva!")
    t = _transcript("et", ["Tere! Sotsiaalkindlustusamet, Kati kuuleb.", "Kas mu taotlus on läbi vaadatud?",
                           macro, "Millal umbes?", macro])
    result = score_transcript(t, rubric, SETTINGS)
    assert (3, "repeat", True) in _kinds(result)
    assert "closing" in failed_criteria(result)  # the pasted goodbye is no closing
    assert result["passed"] is False


def test_service_standard_read_aloud_and_third_person_text(rubric):
    t = _transcript("et", [
        "Alusta tervitusega: asutus, oma nimi ja pakkumine aidata. Tere! Sotsiaalkindlustusamet, Kati kuuleb.",
        "Tere, mul on küsimus pensioni kohta.",
        "Kui klient ei ole otsusega nõus, võib ta esitada vaide 30 päeva jooksul.",
        "Aa.",
        "Aitäh, head päeva!",
    ])
    acts = find_non_answers(t, Library.load(ROOT).rubrics["call-model"].concepts, "et")
    assert [(f.turn, f.kind) for f in acts.findings] == [(0, "agent_instruction"), (2, "third_person")]
    assert acts.act_texts[0] == "Tere! Sotsiaalkindlustusamet, Kati kuuleb."
    result = score_transcript(t, rubric, SETTINGS)
    assert result["passed"] is False and "real_answers" in result["gate_failures"]


def test_russian_standard_and_knowledge_text(rubric):
    t = _transcript("ru", [
        "Здравствуйте! Департамент социального страхования, меня зовут Мария.",
        "Здравствуйте, где моя пенсия?",
        "Подведите итог: «Итак, подведём итог». Если клиент не согласен с решением, он может подать возражение.",
        "Что?",
        "Всего доброго!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    assert [n["kind"] for n in result["non_answers"]] == ["agent_instruction", "third_person"]
    assert "summary" in failed_criteria(result)


def test_summary_in_own_words_is_not_an_instruction(rubric):
    t = _transcript("ru", [
        "Здравствуйте! Департамент социального страхования, меня зовут Мария.",
        "Где моя пенсия?",
        "Итак, подведём итог: пенсия выплачена 7 декабря. Ответила ли я на Ваш вопрос?",
        "Да.",
        "Спасибо за звонок, всего доброго!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    assert result["non_answers"] == []
    assert "summary" not in failed_criteria(result)


def test_a_verbless_recap_of_what_was_said_is_a_summary(rubric):
    informs = "Vaide saate esitada 30 päeva jooksul. Lisage põhjendus ja allkiri ning saatke see digiallkirjaga."
    recap = "Lühidalt: vaie 30 päeva jooksul, põhjendus ja allkiri, saatmine digiallkirjaga. Kõike head!"
    t = _transcript("et", ["Tere! Sotsiaalkindlustusamet, Kati kuuleb.", "Kuidas vaiet esitada?", informs, "Selge.", recap])
    result = score_transcript(t, rubric, SETTINGS)
    assert result["non_answers"] == []
    assert "summary" not in failed_criteria(result)
    # the same words with nothing said before them are a keyword chain
    t = _transcript("et", ["Tere! Sotsiaalkindlustusamet, Kati kuuleb.", "Kuidas vaiet esitada?", recap])
    result = score_transcript(t, rubric, SETTINGS)
    assert [n["kind"] for n in result["non_answers"]] == ["keyword_chain"]


@pytest.mark.parametrize("language, turns, last", [
    # the client sums up, the agent confirms it and restates the points without a verb (batch 8)
    ("et", ["tere, sotsiaalkindlustusamet, rein kuuleb",
            "Tahtsin teada, kuidas vennale puudetoetust minu kontole saada.",
            "Eestkoste kohtumäärust meil veel pole. Saatke määruse koopia postiga või tooge klienditeenindusse, "
            "siis saan andmed öelda ja konto muuta.",
            "Selge, saadan määruse homme ära. Ja siis helistan uuesti. Aitäh."],
     "Just nii. Kokku: määruse koopia meile, siis andmed ja konto. Aitäh helistamast, head päeva."),
    ("et", ["tere sotsiaalkindlustusamet kertu kuuleb",
            "Mul on vaja pensioni tõendit korteriühistule, kui suur mu pension on?",
            "Teie pension on 745,30 eurot kuus. Tõendi saate ise iseteenindusest alla laadida.",
            "Aitäh, kirjutan summa üles. Tõendi saan siis ise sealt, hea."],
     "jah just nii. 745,30 ja toend iseteenindusest. aitah helistamast head paeva"),
    ("ru", ["Здравствуйте, Департамент социального страхования, Рейн.",
            "Хочу подать возражение на решение, как это сделать?",
            "Возражение можно подать в течение 30 дней, в свободной форме, с подписью, через самообслуживание.",
            "Значит, за 30 дней, в свободной форме и с подписью. Поняла."],
     "Да, именно так. Тридцать дней, свободная форма, подпись. Спасибо за звонок, всего доброго."),
])
def test_a_confirmed_recap_of_the_clients_summary_is_no_keyword_chain(rubric, language, turns, last):
    t = _transcript(language, [*turns, last])
    result = score_transcript(t, rubric, SETTINGS)
    assert result["non_answers"] == []


@pytest.mark.parametrize("language, turns, last", [
    # a confirmation word before keywords nobody said is still a keyword chain
    ("et", ["tere sotsiaalkindlustusamet kertu kuuleb", "Kust ma pensioni tõendi saan?",
            "Vaatame.", "Hea küll."],
     "jah just nii. tõend iseteenindus korteriühistu"),
])
def test_a_confirmation_before_unsaid_keywords_is_a_keyword_chain(rubric, language, turns, last):
    t = _transcript(language, [*turns, last])
    result = score_transcript(t, rubric, SETTINGS)
    assert "keyword_chain" in [n["kind"] for n in result["non_answers"]]


@pytest.mark.parametrize("language, opening, client", [
    ("ru", "здравствуйте, рейн, департамент соцстрахования. вы про решение об отказе в досрочной пенсии по старости?",
     "здравствуйте. мне отказали в досрочной пенсии, пишут стажа не хватает"),
    ("et", "Tere, Sotsiaalkindlustusamet, Rein. Teie ema pensioni kohta?",
     "Tere, ma helistan ema pärast, tema pension ei tulnud."),
])
def test_a_verbless_question_to_the_client_is_no_keyword_chain(rubric, language, opening, client):
    """An elliptical check of the need addressed to the client («вы про ...?», "Teie ema pensioni kohta?")
    asks something: it is no keyword chain, and the greeting before it counts."""
    t = Transcript(language=language, channel="chat", turns=[Turn(role="client", text=client),
                                                            Turn(role="agent", text=opening)])
    result = score_transcript(t, rubric, SETTINGS)
    assert result["non_answers"] == []
    assert "greeting" not in failed_criteria(result)


@pytest.mark.parametrize("language, reply", [
    ("ru", "Что? Когда? Код?"),
    ("et", "Pension? Kuupäev? Isikukood?"),
])
def test_one_word_questions_are_still_a_keyword_chain(rubric, language, reply):
    client = {"ru": "мне не пришла пенсия", "et": "mu pension ei tulnud"}[language]
    t = Transcript(language=language, channel="chat", turns=[
        Turn(role="client", text=client), Turn(role="agent", text=reply)])
    assert "keyword_chain" in [n["kind"] for n in score_transcript(t, rubric, SETTINGS)["non_answers"]]


@pytest.mark.parametrize("language, question, answer", [
    ("ru", "поняла, как писать. а куда его отправлять?",
     "самообслуживание (id-карта, mobiil-id, smart-id), e-mail с цифровой подписью, почтой или в бюро обслуживания с документом"),
    ("et", "Selge. Aga kuhu ma selle saatma pean?", "iseteeninduse kaudu, digiallkirjaga e-kirjaga või postiga"),
    ("et", "kust ma selle tõendi saan", "iseteenindusest, ID-kaardi või mobiil-IDga"),
])
def test_channels_answer_a_where_question(rubric, language, question, answer):
    """A list of channels answers "kuhu/kust ...?", «куда ...?» elliptically: no keyword chain (batch 8)."""
    opening = {"ru": "Здравствуйте, Департамент социального страхования, Рейн. Чем могу помочь?",
               "et": "Tere, Sotsiaalkindlustusamet, Rein kuuleb. Kuidas saan aidata?"}[language]
    informs = {"ru": "Возражение пишете в свободной форме: с каким решением не согласны и почему.",
               "et": "Vaide kirjutate vabas vormis: millise otsusega ei nõustu ja miks."}[language]
    first = {"ru": "Хочу оспорить решение.", "et": "Tahan otsuse vaidlustada."}[language]
    t = _transcript(language, [opening, first, informs, question, answer])
    assert score_transcript(t, rubric, SETTINGS)["non_answers"] == []


def test_channel_words_without_a_where_question_are_a_keyword_chain(rubric):
    t = _transcript("ru", ["Здравствуйте, Департамент социального страхования, Рейн.", "Мне отказали в пенсии.",
                           "самообслуживание, e-mail, почта, бюро"])
    assert "keyword_chain" in [n["kind"] for n in score_transcript(t, rubric, SETTINGS)["non_answers"]]


def test_a_keyword_list_with_a_channel_later_answers_no_where_question(rubric):
    t = _transcript("ru", ["Здравствуйте, Департамент социального страхования, Рейн.", "А куда мне подавать заявление?",
                           "Предложение, самообслуживание. Пособие 80 евро, 100 евро. Выплата 8-го числа. Итак."])
    assert "keyword_chain" in [n["kind"] for n in score_transcript(t, rubric, SETTINGS)["non_answers"]]
