"""Batch 48, found while merging: a client asked again for the code it already gave, after its last line, says it
again and stays on the line for the summary and goodbye (it used to hang up), on own sentences."""

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_START = ["Здравствуйте, Департамент социального страхования, Ирина.",
          "Понимаю, Вы звоните уже в третий раз. Но в таком тоне я не могу продолжать. Я передам Вашу просьбу "
          "руководителю группы, он Вам перезвонит. Назовите, пожалуйста, личный код и номер телефона.",
          "В течение следующего рабочего дня. Назовите личный код и телефон, я зарегистрирую просьбу.",
          "Спасибо, записала Вашу просьбу, руководитель группы перезвонит Вам на этот номер."]


def _client_lines(conv) -> list[str]:
    return [t["text"] for t in conv.turns if t["role"] == "client"]


def test_code_asked_again_after_the_end_is_repeated_and_the_call_goes_on():
    library = load_library()
    scenario = library.get("abusive-caller-ru")
    conv = play_answers(scenario, library, _START)
    code = conv.persona.isikukood
    assert any(code in line for line in _client_lines(conv)), _client_lines(conv)
    before = len(_client_lines(conv))
    conv = play_answers(scenario, library, _START + ["Назовите, пожалуйста, ещё раз Ваш личный код."])
    lines = _client_lines(conv)
    assert len(lines) == before + 1 and code in lines[-1] and "уже" in lines[-1], lines[-1]
    conv = play_answers(scenario, library, _START + [
        "Назовите, пожалуйста, ещё раз Ваш личный код.",
        "Итак: руководитель перезвонит Вам завтра. Всё понятно?"])
    assert len(_client_lines(conv)) == before + 2, _client_lines(conv)[-2:]


def test_code_never_given_is_not_invented_after_the_end():
    library = load_library()
    scenario = library.get("abusive-caller-ru")
    replies = ["Здравствуйте, Департамент социального страхования, Ирина.",
               "Понимаю Вас. Я передам Вашу просьбу руководителю группы, он Вам перезвонит на этот номер.",
               "Назовите, пожалуйста, Ваш личный код."]
    conv = play_answers(scenario, library, replies)
    code = conv.persona.isikukood
    lines = _client_lines(conv)
    assert not any(line.startswith("Я же уже") and code in line for line in lines), lines
