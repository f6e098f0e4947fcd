"""Scorer misreadings found by the held-out blind batch 4 (issue 10, round 4), good/terse/gaming runs.

Four general patterns, each tested on sentences written for this file (not the runs' own), in Estonian and
Russian, with must-not cases:

1. a summary counts only after an answer given in an earlier reply (issue 9: cue stuffing earns nothing
   beyond what the conversation earned): a "Kokkuvõtteks: ..." in the same reply as the first answer
   sums up nothing the client has heard; a check of understanding in that reply counts only when the
   client gets a turn to answer it (no goodbye after it in the same reply);
2. an Estonian personal pronoun written in an oblique case in a phrase ("jääb teile", "teil on õigus") does
   not match the nominative/genitive form, which before a noun is a possessive ("Teie isale", "Teie emal");
3. a list under a heading that takes up the client's word inside a compound ("palju see toetus on?" -
   "Lapsetoetus kuus: ...") answers the question;
4. a spoken recap that ends in an unpunctuated closing formula ("... спасибо за звонок всего доброго")
   is still a recap: the formula is no restated content.
"""

from pathlib import Path

import pytest

import trainer.text as tx
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}


def _transcript(lang, turns, channel="phone"):
    return Transcript(language=lang, channel=channel, context=Context(),
                      turns=[Turn(role=r, text=t) for r, t in turns])


def _verdicts(lang, turns, channel="phone"):
    result = score_transcript(_transcript(lang, turns, channel), RUBRIC, SETTINGS)
    return {c["id"]: c for c in result["criteria"]}


# -- 1. a summary counts only after an answer given earlier ------------------------------------------------

STUFFED_ONE_REPLY = [
    ("et", "Tere, mul saab tööstaaž täis. Kas hooldajatoetust saab veel taotleda?",
     "Tere! Sotsiaalkindlustusamet, Mart. Kas küsite hooldajatoetuse kohta? Hooldajatoetust taotletakse "
     "kohalikust omavalitsusest, taotluse saab esitada valla kodulehel. Kokkuvõtteks: omavalitsus, "
     "kodulehel taotlus. Kas see vastas Teie küsimusele? Aitäh, head päeva!"),
    ("et", "tere, kuidas ma ravikindlustuse saan kui tööd pole?",
     "tere sotsiaalkindlustusamet mart. kas küsite ravikindlustuse kohta? ravikindlustuse annab töötukassas "
     "arvele võtmine, sinna saate pöörduda iseteeninduses. kokkuvotteks tootukassa ja iseteenindus. "
     "kas vastas kusimusele? aitah head paeva"),
    ("ru", "Здравствуйте, как мне получить пособие по уходу?",
     "Здравствуйте! Департамент социального страхования, Ирина. Вы спрашиваете о пособии по уходу? "
     "Пособие по уходу назначает местное самоуправление, заявление подаётся в волость. Итак, подведу итог: "
     "самоуправление, заявление в волость. Ответила ли я на Ваш вопрос? Всего доброго!"),
]


@pytest.mark.parametrize("lang, ask, reply", STUFFED_ONE_REPLY)
def test_a_summary_in_the_same_reply_as_the_first_answer_sums_up_nothing(lang, ask, reply):
    verdicts = _verdicts(lang, [("client", ask), ("agent", reply), ("client", "Aitäh." if lang == "et" else "Спасибо.")],
                         channel="chat")
    assert verdicts["summary"]["result"] == "fail"


EARNED = [
    # the answer in one reply, the client takes it, the summary in a later reply
    ("et", [("agent", GREET["et"]), ("client", "Kust ma hooldajatoetust taotlen?"),
            ("agent", "Hooldajatoetust maksab kohalik omavalitsus, taotluse saate esitada oma valla kodulehel."),
            ("client", "Selge, ja kui kaua see võtab?"),
            ("agent", "Vald vastab tavaliselt kuu aja jooksul. Kokkuvõtteks: taotlus vallale, vastus umbes kuu "
                      "aja pärast. Kas see vastas Teie küsimusele? Aitäh, head päeva!")]),
    ("ru", [("agent", GREET["ru"]), ("client", "Куда мне подать заявление на пособие по уходу?"),
            ("agent", "Пособие по уходу назначает местное самоуправление, заявление подаётся в волостную управу."),
            ("client", "А сколько ждать ответа?"),
            ("agent", "Обычно отвечают в течение месяца. Итак, подведу итог: заявление в управу, ответ примерно "
                      "через месяц. Ответила ли я на Ваш вопрос? Всего доброго!")]),
    # a check of understanding in the answer's reply that the client answers before the goodbye
    ("et", [("agent", GREET["et"]), ("client", "Kas lapsetoetuse jaoks peab avaldust tegema?"),
            ("agent", "Ei pea, lapsetoetust makstakse automaatselt. Kas see on arusaadav?"),
            ("client", "Jah, sain aru."),
            ("agent", "Aitäh, et helistasite, head päeva!")]),
    ("ru", [("agent", GREET["ru"]), ("client", "Нужно ли писать заявление на детское пособие?"),
            ("agent", "Нет, детское пособие назначается автоматически. Вам понятно?"),
            ("client", "Да, понятно."),
            ("agent", "Спасибо за звонок, всего доброго!")]),
]


@pytest.mark.parametrize("lang, turns", EARNED)
def test_a_summary_after_an_answer_the_client_heard_still_counts(lang, turns):
    assert _verdicts(lang, turns)["summary"]["result"] == "pass"


@pytest.mark.parametrize("lang, ask, reply", [
    ("et", "Kas lapsetoetuse jaoks peab avaldust tegema?",
     "Ei pea, lapsetoetust makstakse automaatselt. Kas on arusaadav? Head päeva!"),
    ("ru", "Нужно ли писать заявление на детское пособие?",
     "Нет, детское пособие назначается автоматически. Понятно? Всего доброго!"),
])
def test_a_check_followed_by_goodbye_in_the_answer_reply_checks_nothing(lang, ask, reply):
    turns = [("agent", GREET[lang]), ("client", ask), ("agent", reply),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    assert _verdicts(lang, turns)["summary"]["result"] == "fail"


# -- 5. a typed "Когда ..., ..." sentence ending in a full stop is a statement (a temporal clause) -----------

@pytest.mark.parametrize("lang, sentence, question", [
    ("ru", "Когда пятое число приходится на воскресенье, пенсию перечисляют в понедельник.", False),
    ("ru", "когда решение будет готово, мы отправим его Вам по почте.", False),
    ("ru", "Когда заявление поступит, специалист свяжется с Вами в течение недели.", False),
    ("ru", "Когда придёт пенсия?", True),
    ("ru", "Когда Вам удобно, утром или вечером?", True),
    ("ru", "когда придет пенсия", True),
    ("ru", "Когда Вы подали заявление.", True),   # no clause after a comma: a question typed without "?"
    ("et", "Kui viies kuupäev on pühapäev, makstakse pension esmaspäeval.", False),
    ("et", "Millal pension tuleb?", True),
    ("et", "millal otsus tehakse", True),
])
def test_a_temporal_clause_before_a_main_clause_is_no_question(lang, sentence, question):
    assert tx.is_question(sentence, lang) is question
