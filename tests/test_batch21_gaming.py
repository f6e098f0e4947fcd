"""New-user batch 21 gaming: knowledge text announced as reference ("Infoks: ...", «Справка: «...»») and read out
word for word is no answer to the client (trainer/scoring/reference.py): it fails the real_answers gate. The
same fact in one's own words, a knowledge sentence said without a label, or a label before the client's own
case stays speech."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.reference import reference_grams, reference_sentences
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()
REFERENCE = SETTINGS.knowledge.reference


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _transcript(language, texts):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel="phone", turns=turns)


ET_OPEN = "Tere! Sotsiaalkindlustusamet, Liisa kuuleb. Kuidas saan aidata?"
ET_ASK = "Mulle ei meeldi mu pensioniotsus. Kuhu ma oma vaide saadan?"
RU_OPEN = "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"
RU_ASK = "Я не согласна с решением по пенсии. Куда мне отправить возражение?"


def test_knowledge_texts_are_loaded():
    assert len(REFERENCE) > 1000


@pytest.mark.parametrize("lang,opening,question,reply", [
    ("et", ET_OPEN, ET_ASK, "Saan aru. Teadmiseks: Vaie esitatakse otsuse teinud asutuse kaudu, st "
                            "Sotsiaalkindlustusametile, ja amet vaatab selle ise läbi. Kas veel midagi?"),
    ("et", ET_OPEN, ET_ASK, "Üldine teave: „Vaie esitatakse otsuse teinud asutuse kaudu, st Sotsiaalkindlustusametile, "
                            "ja amet vaatab selle ise läbi.“"),
    ("ru", RU_OPEN, RU_ASK, "Понимаю. Для справки: «Возражение (vaie) подаётся через учреждение, принявшее решение, "
                            "то есть в Департамент социального страхования, и Департамент сам его рассматривает.»"),
    ("ru", RU_OPEN, RU_ASK, "Информация по теме: возражение (vaie) подаётся через учреждение, принявшее решение, то есть в "
                            "Департамент социального страхования. Есть ещё вопросы?"),
])
def test_reference_read_out_fails_the_gate(rubric, lang, opening, question, reply):
    t = _transcript(lang, [opening, question, reply, "Aitäh." if lang == "et" else "Спасибо.",
                           "Kõike head!" if lang == "et" else "Всего доброго!"])
    result = score_transcript(t, rubric, SETTINGS)
    kinds = [n["kind"] for n in result["non_answers"]]
    assert "reference_text" in kinds
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["result"] == "fail" and not result["passed"]


@pytest.mark.parametrize("lang,opening,question,reply", [
    # the knowledge sentence said plainly, without a label or quotation marks
    ("et", ET_OPEN, ET_ASK, "Vaie esitatakse otsuse teinud asutuse kaudu, st Sotsiaalkindlustusametile, ja amet vaatab "
                            "selle ise läbi."),
    ("ru", RU_OPEN, RU_ASK, "Возражение подаётся через учреждение, принявшее решение, то есть в Департамент социального "
                            "страхования, и Департамент сам его рассматривает."),
    # a label before the agent's own words
    ("et", ET_OPEN, ET_ASK, "Teadmiseks: vaide saatke meile iseteeninduses, meie vaatame selle ise läbi."),
    ("ru", RU_OPEN, RU_ASK, "Для справки: возражение отправьте нам, мы сами его рассмотрим."),
    # a label before the client's own case, in the knowledge's words
    ("et", ET_OPEN, ET_ASK, "Infoks: Teie vaie esitatakse otsuse teinud asutuse kaudu, st Sotsiaalkindlustusametile, "
                            "ja amet vaatab selle ise läbi."),
    ("ru", RU_OPEN, RU_ASK, "Справка: Ваше возражение подаётся через учреждение, принявшее решение, то есть в Департамент "
                            "социального страхования."),
    # a short fact quoted: too few words of the knowledge
    ("et", ET_OPEN, ET_ASK, "Otsuses on kirjas: „vaie 30 päeva jooksul“. Saatke see meile iseteeninduses."),
])
def test_own_words_and_unlabelled_facts_stay_speech(rubric, lang, opening, question, reply):
    t = _transcript(lang, [opening, question, reply])
    acts = find_non_answers(t, {}, lang, reference=REFERENCE)
    assert [f for f in acts.findings if f.kind == "reference_text"] == []


def test_the_paste_runs_on_through_the_reply_but_not_past_own_words():
    sentences = ["Infoks: Pensionid ja sotsiaaltoetused makstakse iga kuu 5. kuupäeval.",
                 "Pensioniotsuse vaie vaadatakse ametis läbi 60 päeva jooksul.",
                 "Teie pension tuli sel kuul õigel ajal."]
    assert reference_sentences(sentences, REFERENCE) == set(sentences[:2])
    # no knowledge runs given: nothing is reference text
    assert reference_sentences(sentences, frozenset()) == set()
    assert reference_sentences(sentences, reference_grams(["Midagi hoopis muud kui pension."])) == set()


@pytest.mark.parametrize("sentence,offer", [
    ("Kas soovite, et saadan Teile vestluse ärakirja?", True),
    ("Kas saadan vestluse koopia e-postile?", True),
    ("Прислать Вам копию нашего разговора?", True),
    ("Хотите получить стенограмму?", True),
    # a copy of a document is the client's matter
    ("Kas Teil on otsuse koopia käepärast?", False),
    ("У Вас есть копия решения?", False),
])
def test_transcript_offer_is_no_clarifying_question(sentence, offer):
    from trainer.scoring.off_matter import offers_transcript
    assert offers_transcript(sentence) is offer


def test_transcript_offer_in_the_answer_message_clarifies_nothing(rubric):
    t = _transcript("ru", [
        RU_OPEN,
        "Мне пенсия в этом месяце не пришла, я живу в Финляндии. Что случилось?",
        "Возможно, не пришла справка о нахождении в живых: без неё выплата приостанавливается, после неё пенсию "
        "выплатят за всё время. Прислать Вам копию нашего разговора?",
        "Да, пришлите.",
        "Хорошо, пришлю. Всего доброго!",
    ])
    result = score_transcript(t, rubric, SETTINGS)
    needs = next(c for c in result["criteria"] if c["id"] == "needs")
    assert needs["result"] == "fail"
