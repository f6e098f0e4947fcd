"""What blind round 11 (held out at its first replay) showed about the opening, in general form, on own et/ru
openings: the agent's name after "kuuleb" ("tere, kuuleb Tarmo") introduces them; a hashtag (#Maarja) in a keyword
list does not.
"""

import pytest
from scoring_support import verdicts


def _greeting(lang: str, opening: str, channel: str = "phone") -> str:
    turns = [("agent", opening), ("client", "Tere, mul on küsimus pensioni kohta." if lang == "et" else
                                   "Здравствуйте, у меня вопрос о пенсии.")]
    return verdicts(lang, turns, channel=channel)["greeting"]


@pytest.mark.parametrize("lang,opening,result", [
    ("et", "sotsiaalkindlustusamet tere kuuleb reelika", "pass"),
    ("et", "Tere, Sotsiaalkindlustusamet, kuuleb Tarmo.", "pass"),
    ("ru", "Здравствуйте, Департамент социального страхования, слушает Ольга.", "pass"),
    # must-nots: no own name, or a name that is only a hashtag
    ("et", "Tere! Sotsiaalkindlustusamet kuuleb.", "fail"),
    ("et", "Tere! Sotsiaalkindlustusamet.\n#Reelika #tervitus #asutus #nimi", "fail"),
    ("et", "Tere! Sotsiaalkindlustusamet #Tarmo", "fail"),
    ("ru", "Здравствуйте! Департамент социального страхования.\n#Ольга #приветствие #имя", "fail"),
    ("et", "Tere! Sotsiaalkindlustusamet, Reelika kuuleb. #tervitus", "pass"),
])
def test_own_name_in_the_opening(lang, opening, result):
    assert _greeting(lang, opening, channel="chat" if "#" in opening else "phone") == result
