"""One criterion at a time, on phrasings real agents use (and ones they must not): Estonian and Russian."""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

SETTINGS = scoring_settings()

RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]

# (criterion, expected result, language, agent turns; a client turn is put between agent turns)
probes = [
 # (criterion, expected, lang, agent first turn or turns)
 ("greeting","pass","et",[("agent","Tere päevast, SKA infotelefon, mina olen Jaan.")]),
 ("greeting","pass","et",[("agent","Sotsiaalkindlustusameti infotelefon, tere, Kati.")]),
 ("greeting","pass","et",[("agent","Tervist! Sotsiaalkindlustusamet, Piret kuulab.")]),
 ("greeting","pass","et",[("agent","Tere, Sotsiaalkindlustusamet, Kristjan, kuidas saan abiks olla?")]),
 ("greeting","fail","et",[("agent","Tere, kuidas saan aidata?")]),
 ("greeting","fail","et",[("agent","Sotsiaalkindlustusamet, Mari kuuleb.")]),
 ("greeting","fail","et",[("agent","Tere! Sotsiaalkindlustusamet.")]),
 ("greeting","pass","ru",[("agent","Здравствуйте, Департамент социального страхования, Ольга.")]),
 ("greeting","pass","ru",[("agent","Добрый день! Департамент социального страхования, меня зовут Наталья, слушаю Вас.")]),
 ("greeting","pass","ru",[("agent","Доброе утро, Департамент соцстрахования, это Ирина.")]),
 ("greeting","fail","ru",[("agent","Алло, слушаю Вас.")]),
 ("identification","pass","et",[("agent","Tere! SKA, Mari."),("agent","Kas ütleksite palun oma isikukoodi?")]),
 ("identification","pass","et",[("agent","Tere! SKA, Mari."),("agent","Palun Teie isikukood.")]),
 ("identification","pass","et",[("agent","Tere! SKA, Mari."),("agent","Mis on Teie isikukood?")]),
 ("identification","pass","et",[("agent","Tere! SKA, Mari."),("agent","Kas saaksite öelda oma isikukoodi, palun?")]),
 ("identification","pass","ru",[("agent","Здравствуйте"),("agent","Назовите, пожалуйста, свой личный код.")]),
 ("identification","pass","ru",[("agent","Здравствуйте"),("agent","Подскажите Ваш идентификационный код.")]),
 ("identification","pass","ru",[("agent","Здравствуйте"),("agent","Продиктуйте, пожалуйста, Ваш личный код.")]),
 ("identification","fail","et",[("agent","Tere"),("agent","Mis on Teie nimi?")]),
 ("needs","pass","et",[("agent","Tere"),("agent","Millise toetuse kohta täpsemalt küsite?")]),
 ("needs","pass","et",[("agent","Tere"),("agent","Kas Te mõtlete vanaduspensioni või rahvapensioni?")]),
 ("needs","pass","et",[("agent","Tere"),("agent","Kui ma õigesti aru sain, soovite teada, millal toetus tuleb?")]),
 ("needs","pass","ru",[("agent","Здравствуйте"),("agent","О какой именно пенсии идёт речь?")]),
 ("needs","pass","ru",[("agent","Здравствуйте"),("agent","Уточните, пожалуйста, когда Вы подали заявление?")]),
 ("needs","fail","et",[("agent","Tere! Kuidas saan Teid aidata?"),("agent","Kas saan veel kuidagi abiks olla?")]),
 ("needs","fail","ru",[("agent","Здравствуйте! Чем могу помочь?"),("agent","Есть ли у Вас ещё вопросы?")]),
 ("summary","pass","et",[("agent","Tere"),("agent","Kordan veel üle: avaldus tuleb esitada iseteeninduses.")]),
 ("summary","pass","et",[("agent","Tere"),("agent","Seega kokkuvõttes: toetus tuleb automaatselt.")]),
 ("summary","pass","et",[("agent","Tere"),("agent","Kas kõik sai selgeks?")]),
 ("summary","pass","et",[("agent","Tere"),("agent","Kas sellest infost oli Teile abi?")]),
 ("summary","pass","ru",[("agent","Здравствуйте"),("agent","Итак, Вам нужно подать ходатайство до конца месяца.")]),
 ("summary","pass","ru",[("agent","Здравствуйте"),("agent","Вам всё понятно?")]),
 ("summary","pass","ru",[("agent","Здравствуйте"),("agent","Я ответила на Ваш вопрос?")]),
 ("summary","fail","et",[("agent","Tere"),("agent","Kas saan veel aidata?")]),
 ("closing","pass","et",[("agent","Tere"),("agent","Kõike head Teile!")]),
 ("closing","pass","et",[("agent","Tere"),("agent","Head päeva jätku!")]),
 ("closing","pass","et",[("agent","Tere"),("agent","Tänan pöördumast, nägemiseni!")]),
 ("closing","pass","ru",[("agent","Здравствуйте"),("agent","До свидания!")]),
 ("closing","pass","ru",[("agent","Здравствуйте"),("agent","Хорошего Вам дня!")]),
 ("closing","fail","et",[("agent","Tere"),("agent","Selge.")]),
 ("formal_address","pass","et",[("agent","Tere, te saate avalduse esitada iseteeninduses, kui soovite.")]),
 ("formal_address","pass","ru",[("agent","Здравствуйте, вы можете подать заявление онлайн.")]),
 ("formal_address","fail","et",[("agent","Tere, kas sa tead oma isikukoodi?")]),
 ("formal_address","fail","et",[("agent","Tere, sa pead avalduse ise esitama.")]),
 ("formal_address","fail","et",[("agent","Tere, kas soovid taotlust esitada?")]),
 ("formal_address","fail","ru",[("agent","Здравствуйте, ты знаешь свой код?")]),
 ("formal_address","fail","ru",[("agent","Здравствуйте, подожди минутку.")]),
 ("empathy","pass","et",[("agent","Tere"),("agent","Mul on väga kahju, et nii läks.")]),
 ("empathy","pass","et",[("agent","Tere"),("agent","Saan Teist aru, see on tõesti ebameeldiv.")]),
 ("empathy","pass","et",[("agent","Tere"),("agent","Vabandan, et peate ootama.")]),
 ("empathy","pass","ru",[("agent","Здравствуйте"),("agent","Понимаю Ваше волнение.")]),
 ("empathy","pass","ru",[("agent","Здравствуйте"),("agent","Мне очень жаль, что так получилось.")]),
 ("empathy","fail","et",[("agent","Tere"),("agent","Kas Te saate aru, mida ma ütlen?")]),
 ("courtesy","fail","et",[("agent","Tere"),("agent","See ei ole minu probleem, helistage Töötukassasse.")]),
 ("courtesy","fail","et",[("agent","Tere"),("agent","Te olete ise süüdi, et avaldust ei esitanud.")]),
 ("courtesy","fail","et",[("agent","Tere"),("agent","Ma juba ütlesin Teile seda kolm korda.")]),
 ("courtesy","fail","ru",[("agent","Здравствуйте"),("agent","Вы меня неправильно поняли.")]),
 ("courtesy","fail","ru",[("agent","Здравствуйте"),("agent","Это не наша проблема.")]),
 ("courtesy","pass","et",[("agent","Tere"),("agent","Selle küsimusega aitab Töötukassa, nende number on 15501.")]),
 ("courtesy","pass","ru",[("agent","Здравствуйте"),("agent","С этим вопросом Вам поможет Кассa по безработице.")]),
]


# What the client says before the probed reply: empathy answers a problem the client voiced.
_NEUTRAL = {"et": ("...",), "ru": ("...",)}
CONTEXT = {name: _NEUTRAL for name, *_ in probes}
CONTEXT["empathy"] = {"et": ("Mu pension ei ole ikka veel tulnud, olen väga pahane!",),
                      "ru": ("Пенсия до сих пор не пришла, я очень расстроена!",)}
ANSWER = {"et": "Teie pension makstakse välja iga kuu viiendal kuupäeval, avalduse saate esitada iseteeninduses.",
          "ru": "Пенсия выплачивается пятого числа каждого месяца, ходатайство можно подать в самообслуживании."}


@pytest.mark.parametrize("criterion, expected, language, agent", probes,
                         ids=[f"{p[0]}-{p[1]}-{p[2]}-{i}" for i, p in enumerate(probes)])
def test_single_criterion(criterion, expected, language, agent):
    turns = [Turn(role=role, text=text) for role, text in agent[:1]]
    for role, text in agent[1:]:
        turns += [Turn(role="client", text=CONTEXT[criterion][language][0])]
        if criterion == "summary":  # a summary comes after an answer
            turns += [Turn(role="agent", text=ANSWER[language]), Turn(role="client", text="Selge." if language == "et"
                                                                          else "Понятно.")]
        turns += [Turn(role=role, text=text)]
    transcript = Transcript(language=language, turns=turns,
                            context=Context(identification_required=True, client_upset=True))
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    verdict = next(c for c in result["criteria"] if c["id"] == criterion)
    assert verdict["result"] == expected, verdict
    if expected == "pass" and criterion not in ("formal_address", "courtesy"):
        assert verdict["evidence"], "a passed criterion shows its evidence"


def _verdict(language, texts, criterion, upset=True):
    roles = ["agent" if i % 2 == 0 else "client" for i in range(len(texts))]
    transcript = Transcript(language=language, turns=[Turn(role=r, text=t) for r, t in zip(roles, texts, strict=True)],
                            context=Context(client_upset=upset))
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == criterion)["result"]


@pytest.mark.parametrize("language, texts", [
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Tere.", "Mul on väga kahju, et nii läks."]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Mõistan, vabandan.", "Tere, mu pension ei ole tulnud!",
            "Teie pension makstakse välja viiendal kuupäeval."]),
    ("ru", ["Здравствуйте! Департамент социального страхования, Анна.", "Добрый день.",
            "Понимаю Ваше волнение."]),
])
def test_empathy_needs_something_to_respond_to(language, texts):
    """The same words of empathy, said before the client said anything about their matter (only a greeting,
    or nothing at all), fail, even when the client is known to be upset."""
    assert _verdict(language, texts, "empathy") == "fail"


@pytest.mark.parametrize("language, texts", [
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Tere, millal pension tuleb?",
            "Kordan veel üle: avaldus tuleb esitada iseteeninduses."]),
    ("ru", ["Здравствуйте! Департамент социального страхования, Анна.", "Когда придёт пенсия?",
            "Итак, Вам всё понятно?"]),
])
def test_summary_needs_an_answer_before_it(language, texts):
    """A recap cue or an understanding check when nothing was answered is no summary."""
    assert _verdict(language, texts, "summary") == "fail"
