"""An either-or question from the trainee gets a real answer (new-user batch 38 pension-age-early-et gaming).

„Kas soovite teada pensioniiga või ennetähtaegset pensioni?“, «Вас интересует перерасчёт или индексация?»: a
caller picks. Before, the check-of-understanding reading took any "Kas ...?" and the client said "Jah, just
nii." – a yes to a question that cannot be answered yes. Now the client answers from what it said itself:

- both alternatives name something it asked about → "Mõlemat tegelikult." / «И то, и другое, вообще-то.»;
- one of them → "Pigem esimest." / "Pigem teist." (et), «Скорее первое.» / «Скорее второе.» (ru): the ordinal,
  not the alternative's words, so no case ending is put wrong;
- neither (the trainee offers options the client never raised) → None: the usual readings answer.

A word of an alternative is the client's when a word the client said shares its first five letters
(„pensioniiga“ and "pension"), when it is one of the compound's parts, or when the two are listed as the same
thing said two ways (`_SAME`: "ennetähtaegne" and "varem", «досрочная» and «раньше»). Words both alternatives
share („pensioniiga või ennetähtaegset pensioni“: "pension") tell them apart in nothing and are left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

BOTH = {"et": "Mõlemat tegelikult.", "ru": "И то, и другое, вообще-то.", "en": "Both, actually."}
FIRST = {"et": "Pigem esimest.", "ru": "Скорее первое.", "en": "The first, rather."}
SECOND = {"et": "Pigem teist.", "ru": "Скорее второе.", "en": "The second, rather."}

#: an either-or question: a "do you want / ask about" head, then "A või B" / «A или B» (folded text)
_CHOICE = {
    "et": re.compile(r"\b(?:kas|kumb|kumba|kummast|mis)\b(?P<body>[^?.!]*?\S\s+(?:voi|või)\s+[^?.!]*?)(?:\?|$)"),
    "ru": re.compile(r"(?P<body>[^?.!]*?\S\s+или\s+[^?.!]*?)\?"),
    "en": re.compile(r"(?P<body>[^?.!]*?\S\s+or\s+[^?.!]*?)\?"),
}
_OR = {"et": re.compile(r"\s+(?:voi|või)\s+"), "ru": re.compile(r"\s+или\s+"), "en": re.compile(r"\s+or\s+")}
#: words of the question's head that name no alternative
_HEAD = frozenset("""kas kumb kumba kummast mis soovite tahate kusite küsite huvitab teid teada teil teile te oma
    pigem hoopis just sooviksite tahaksite mind mulle ma mina kohta osas kusimus kusimust kusimuse
    вы вас вам ваш вашей вашу хотите интересует интересуют спрашиваете узнать имеете виду именно скорее нужно нужна
    нужен что какой какая какое ли про о об это насчёт насчет вопрос вопросу вопросом""".split())
#: the same thing said two ways: a client's word and an agent's term for it
_SAME = (
    ("ennetaht", "varem"), ("ennetaht", "varase"), ("ennetaht", "varasem"),
    ("досроч", "раньше"), ("досроч", "рано"),
    ("edasilu", "hiljem"), ("отсроч", "позже"), ("отлож", "позже"),
)
_MIN = 4
_PREFIX = 5


def choice_answer(conv: Conversation, questions: list[str]) -> str | None:
    """The client's answer to the first either-or question among `questions` (the module doc)."""
    lang = conv.scenario.language
    pattern = _CHOICE.get(lang)
    if pattern is None:
        return None
    said = _client_words(conv)
    for question in questions:
        match = pattern.search(tx.fold(question.lower()))
        if not match:
            continue
        parts = _OR[lang].split(match.group("body"), maxsplit=1)
        if len(parts) != 2:
            continue
        first, second = (_words(p) for p in parts)
        # a word both alternatives say tells them apart in nothing, unless it is all one side says
        # („pensioniea või ennetähtaegse pensioni“: "pensioniea" is the first alternative)
        first, second = (_distinct(first, second), _distinct(second, first))
        if not first or not second:
            continue
        one = any(_same(w, s) for w in first for s in said)
        two = any(_same(w, s) for w in second for s in said)
        if one and two:
            return BOTH.get(lang, BOTH["en"])
        if one or two:
            return (FIRST if one else SECOND).get(lang, FIRST["en"])
    return None


def choice_lines(lang: str) -> list[str]:
    """The client's answers to an either-or question in `lang`."""
    return [d.get(lang, d["en"]) for d in (BOTH, FIRST, SECOND)]


def _words(text: str) -> list[str]:
    return [w for w in (tx.fold(t.text.lower()) for t in tx.tokenize(text) if t.is_word)
            if len(w) >= _MIN and w not in _HEAD]


def _client_words(conv: Conversation) -> list[str]:
    lines = " ".join(t["text"] for t in conv.turns if t["role"] == "client")
    return [tx.fold(t.text.lower()) for t in tx.tokenize(lines) if t.is_word and len(t.text) >= 3]


def _distinct(words: list[str], other: list[str]) -> list[str]:
    """The words of one alternative not said in the other, or all of them when none is its own."""
    own = [w for w in words if not any(_inflected(w, v) for v in other)]
    return own or words


def _inflected(word: str, other: str) -> bool:
    """The same word in another case („pensioni“, "pensioniga"; not the compound „pensioniiga“)."""
    return word[:_PREFIX] == other[:_PREFIX] and abs(len(word) - len(other)) <= 2


def _same(word: str, other: str) -> bool:
    """One word for the same thing: a shared start, a compound's part, or a listed pair (`_SAME`)."""
    if word[:_PREFIX] == other[:_PREFIX] and min(len(word), len(other)) >= _MIN:
        return True
    if len(other) >= 3 and len(word) > len(other) + 3 and (word.endswith(other) or word.startswith(other)):
        return True  # „pensioniiga“ and "iga", "pension"
    return any(word.startswith(a) and other.startswith(b) or word.startswith(b) and other.startswith(a)
               for a, b in _SAME)
