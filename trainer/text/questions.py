"""Question detection (Estonian, Russian; English best effort): a question mark, an interrogative word
first, the particle «ли», and speech-style questions without punctuation."""

from __future__ import annotations

from .normalize import tokenize_cached

__all__ = ["is_question", "is_spoken_question"]


_ET_INTERROGATIVES = frozenset(
    """kas kas't mis mida mille millele millel millelt millest milles millesse millega milleks
    millena milleni mil miks millal kuidas kus kust kuhu kes kelle keda kellele kellel kellelt kellest
    kelles kellesse kellega kelleks mitu mitme mitmes mitmendal mitmendaks kumb kumba kumma kummal
    kuipalju kuis milline mitmes""".split()
)
_ET_QUESTION_PREFIXES = ("millis", "mitmen")  # milline, millist, milliseid, ...; mitmendal
_ET_KUI = frozenset("palju kaua suur suure suurt pikk pika kiiresti tihti vana kaugel".split())
_ET_NOT_QUESTION_AFTER = {"mis": frozenset({"puudutab", "puutub"})}
_RU_INTERROGATIVES = frozenset(
    """что чего чему чем чём когда как где куда откуда почему зачем отчего кто кого кому кем ком
    сколько скольких чей чья чьё чье чьи каков какова каково каковы разве неужели""".split()
)
_RU_NOT_QUESTION_AFTER = {"как": frozenset({"только", "правило", "видите", "известно", "можно"}),
                          "что": frozenset({"касается"})}
_EN_INTERROGATIVES = frozenset(
    "what when where why how who whom whose which do does did is are can could would will shall may".split()
)
_LEADING = frozenset(
    """aga ja ning no siis ok okei hea selge et oot oota jah jaa aa ahaa nii halloo hallo tahendab
    а и но так ну ладно хорошо алло ага да слушайте ой понятно подождите погодите
    and so but well ok""".split())
# "Kes soovib, see saab" / "Kus on kontor, sinna minge" / "Что посеешь, то пожнёшь": a relative
# clause picked up by a demonstrative after the comma is a statement.
_CORRELATIVES = frozenset(
    """see seda selle sellel sellele sellelt sellest selles sellesse seal sinna sealt siis nii too need neil
    nende тот то та те того тому тем там туда оттуда так тогда столько""".split()
)


def _correlative(sentence: str) -> bool:
    tokens = tokenize_cached(sentence)
    for i, tok in enumerate(tokens):
        if tok.text == ",":
            nxt = next((t.norm for t in tokens[i + 1:] if t.is_word), "")
            return nxt in _CORRELATIVES
    return False


def _first_words(sentence: str) -> list[str]:
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    while words and words[0] in _LEADING and len(words) > 1:
        words = words[1:]
    return words


_ET_CHECK_AFTER_EHK = frozenset("siis te teie teil teile teid".split())
_YOU = frozenset("вы вас вам ваш ваша ваше ваши вашей вашего вашу".split())
_ET_ASK_VERBS = frozenset("oelge tapsustage raakige selgitage kirjeldage".split())
_RU_ASK_VERBS = frozenset("скажите подскажите уточните расскажите".split())


def is_spoken_question(sentence: str, lang: str) -> bool:
    """A question by intonation in a speech transcript without punctuation: a short Russian statement
    about the client ("вы живёте одна и получаете пенсию", "вас интересует ..."). Only for text that
    has no punctuation at all; Estonian yes/no questions need "kas" and are found by `is_question`."""
    if is_question(sentence, lang):
        return True
    words = _first_words(sentence)
    return lang == "ru" and bool(words) and words[0] in _YOU and 3 <= len(words) <= 12 \
        and not any(ch.isdigit() for ch in sentence)


def is_question(sentence: str, lang: str) -> bool:
    """True if `sentence` is a question: it ends with "?" (ignoring closing quotes,
    brackets and emoji), or starts with an interrogative word (after an optional
    "aga/ja/no/а/и/но/ну"), or (Russian) contains the particle "ли".

    Estonian: kas, mis/mida/mille... (any case), milline (any form), kes (any case),
    millal, kuidas, kus, kust, kuhu, miks, mitu, "kui palju/kaua/suur". Not a question:
    "Palun öelge, ..." without "?", "Mis puudutab ...". Russian: что, когда, как, где,
    куда, откуда, почему, зачем, какой (any form), кто (any case), сколько, чем, чей;
    not "как только", "что касается".
    """
    stripped = sentence.rstrip()
    while stripped and not (stripped[-1].isalnum() or stripped[-1] in ".!?…"):
        stripped = stripped[:-1].rstrip()
    if stripped.endswith("?"):
        return True
    words = _first_words(sentence)
    if not words:
        return False
    first, second = words[0], (words[1] if len(words) > 1 else "")
    raw = [t.norm for t in tokenize_cached(sentence) if t.is_word][:2]
    if raw in (["а", "если"], ["aga", "kui"], ["и", "если"], ["ja", "kui"]):
        return True  # "А если у меня новые справки ...", "aga kui ma ...": a conditional question
    if raw == ["так", "как"]:
        return False  # «Так как пятое число было субботой, ...» = since
    if first != "kas" and "ли" not in words and _correlative(sentence):
        return False
    if lang == "ru":
        if "ли" in words or "ль" in words:
            return True
        if first in _RU_ASK_VERBS or (first == "то" and second == "есть" and len(words) > 2 and words[2] in _YOU):
            return True  # "скажите, ...", "то есть Вас интересует ...": check questions
        if first in {"правильно", "верно"} and "я" in words[1:3]:
            return True
        if first.startswith("как") and first not in {"как", "каких-то"} and len(first) > 3:
            return True  # какой, какая, каким, каков ...
        return first in _RU_INTERROGATIVES and second not in _RU_NOT_QUESTION_AFTER.get(first, ())
    if lang == "en":
        return first in _EN_INTERROGATIVES and lang == "en"
    if first == "kui":
        return second in _ET_KUI
    if first == "ehk" and second in _ET_CHECK_AFTER_EHK:
        return True  # "ehk siis Te soovite teada ...": a check of the agent's understanding
    if first in _ET_ASK_VERBS:
        return True
    if first.startswith(_ET_QUESTION_PREFIXES):
        return True
    return first in _ET_INTERROGATIVES and second not in _ET_NOT_QUESTION_AFTER.get(first, ())
