"""Summary and needs as acts (blind rounds 19 and 20), on own et/ru sentences.

Rounds 19 and 20 showed checks of understanding that the scorer took for a summary although they were cue
chains: ticked off like a checklist ("kokkuvõte ✔ kas see vastas Teie küsimusele ✔"), headed by a step name
("Täpsustav küsimus: kas see vastas ...?"), or said straight after a summary cue that announced a recap and gave
none ("... kokkuvõtteks kas see vastas teie küsimusele", «Итак, подведём итог: правильно ли я поняла, ответила ли
я на Ваш вопрос?»). A recap after the cue, or a plain check after an answer, still passes.

Needs: spoken checks of the client's matter went unseen as questions: one closed by "kas nii"/"on nii" (is that
so) after a statement about the client, and one whose frame has its verb after "aru" ("kui ma õigesti aru saan
siis te tahate teada ..."). "ma arvan et see on nii" states; "kui ma õigesti aru saan see on raske" asks nothing.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
ASK = {"et": "Millal tuleb lapsetoetus, kui laps sündis märtsis?",
       "ru": "Когда придёт детское пособие, если ребёнок родился в марте?"}
ANSWER = {"et": "Lapsetoetus makstakse alates sünnikuust, raha tuleb järgmise kuu kahekümnendal kuupäeval.",
          "ru": "Пособие назначается с месяца рождения, деньги приходят двадцатого числа следующего месяца."}
YES_BYE = {"et": [("client", "Jah, aitäh."), ("agent", "Aitäh pöördumast, kõike head!")],
           "ru": [("client", "Да, спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _summary(lang, check, channel="chat"):
    turns = [("agent", OPEN[lang]), ("client", ASK[lang]), ("agent", ANSWER[lang]),
             ("client", "Selge." if lang == "et" else "Понятно."), ("agent", check), *YES_BYE[lang]]
    return verdicts(lang, turns, channel=channel)["summary"]


@pytest.mark.parametrize("lang, check", [
    ("et", "Kokkuvõte ✔ Kas kõik on selge? ✔"),
    ("et", "Täpsustav küsimus: kas sellest oli abi?"),
    ("et", "Nii. Kokkuvõtteks: kas ma seletasin arusaadavalt?"),
    ("ru", "Итог ✓ Всё ли понятно? ✓"),
    ("ru", "Уточняющий вопрос: я ответила на Ваш вопрос?"),
    ("ru", "Подведу итог: правильно ли я понимаю, всё ли понятно?"),
])
def test_check_glued_to_cues_is_no_summary(lang, check):
    assert _summary(lang, check) == "fail"


@pytest.mark.parametrize("lang, check", [
    ("et", "Kas ma seletasin arusaadavalt?"),
    ("et", "Kokkuvõtteks: toetus tuleb sünnikuust ja raha laekub kahekümnendal. Kas kõik on selge?"),
    ("ru", "Всё ли понятно?"),
    ("ru", "Подведу итог: пособие с месяца рождения, деньги двадцатого числа. Всё ли понятно?"),
])
def test_plain_check_or_recap_still_passes(lang, check):
    assert _summary(lang, check) == "pass"


@pytest.mark.parametrize("sentence, asks", [
    ("te helistate lapsetoetuse pärast ja soovite teada miks see hilines kas nii", True),
    ("teie poeg elab registri järgi teie aadressil on nii", True),
    ("kui ma täpselt aru sain siis te küsite matusetoetuse kohta", True),
    ("ma arvan et see on nii", False),
    ("jah reegel on nii", False),
    ("kui ma õigesti aru saan siis see on raske", False),
])
def test_spoken_check_tags_and_frames(sentence, asks):
    assert tx.is_spoken_question(sentence, "et") is asks
