"""A misunderstanding put as a condition is polite: «Если Вы неправильно поняли письмо, я объясню», "Kui Te
ei saanud aru, küsige julgelt". The same phrase as a verdict («Вы неправильно поняли»), "if" with another
rude phrase, and «если честно, Вы неправильно поняли» stay rude."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn

ASK = {"ru": "Я получила письмо про переплату, но не поняла, что мне делать.",
       "et": "Sain kirja enammakse kohta, aga ei saanud aru, mida teha."}
ANSWER = {"ru": "Переплату можно вернуть частями, для этого подайте заявление в самообслуживании.",
          "et": "Enammakse saab tagasi maksta osade kaupa, selleks esitage avaldus iseteeninduses."}


def _courtesy(lang, reply):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=ASK[lang]),
             Turn(role="agent", text=f"{reply} {ANSWER[lang]}"),
             Turn(role="client", text="Спасибо, понятно." if lang == "ru" else "Aitäh, selge."),
             Turn(role="agent", text="Пожалуйста, всего доброго!" if lang == "ru" else "Palun, head päeva!")]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Если Вы неправильно поняли письмо, ничего страшного, я объясню."),
    ("ru", "если вы не так поняли мое письмо то давайте разберем еще раз"),
    ("ru", "Если Вы меня неправильно поняли, простите, объясню подробнее."),
    ("et", "Kui Te saite kirjast valesti aru, pole hullu, selgitan."),
    ("et", "kui te ei saanud aru siis kusige julgelt ma selgitan uuesti"),
    ("et", "Juhul kui Te said valesti aru, vabandan, selgitan lähemalt."),
])
def test_conditional_misunderstanding_is_polite(lang, reply):
    assert _courtesy(lang, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Вы неправильно поняли письмо."),
    ("ru", "Если честно, Вы неправильно поняли письмо."),
    ("ru", "если честно вы не так поняли"),
    ("et", "Te saite kirjast valesti aru."),
    ("et", "Kui aus olla, Te ei saanud aru."),
    ("et", "Kui Te ei saanud aru, siis see pole minu probleem."),
    ("ru", "Если Вы не поняли, это не моя проблема."),
])
def test_misunderstanding_as_verdict_stays_rude(lang, reply):
    assert _courtesy(lang, reply) == "fail"
