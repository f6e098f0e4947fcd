"""A quiz put to the client instead of an answer (new-user batches 17, 18, 39, 41): multiple-choice questions about the
rules ("väike test: mitu aastahinnet saab enne 1991 sündinud lapse eest? a) 1 b) 1,5 c) 3,5", «Вопрос 1: в течение
скольких дней можно подать возражение? а) 14 б) 30 в) 60») and their marking ("Õige vastus on b) 1,5", «Правильный
ответ – б)»). The client asked the agent; a quiz hands the question back and answers nothing, so `prompts` reports
it and the ``real_answers`` gate fails on it.

A reply is a quiz when it

- marks an answer by its option letter: "õige vastus on c)", «правильный ответ: б)»; or
- asks a question that does not speak to the client (no polite "you": no "Te", "Teie", «Вы», «Ваш», no verb of the
  second person plural) and offers lettered options right after it ("...? a) ... b) ..."), three or more of them or
  with a quiz word in the reply ("test", "küsimus 2", "vastake", «вопрос 2», «выберите вариант», «угадайте»).

The cue words (the marked answer, the quiz words, the opinion asked, the prompt to think) are those the scripted
client hears a quiz by (`trainer.text.quiz_cues`, read by `trainer.simulation.quiz` too).

A question put back to the client about the rule (`quiz_back_question`: "Mis Te ise arvate, kas ...?", "Kas Te teate,
kust ...?", «Как Вы думаете, ...?», «А Вы знаете, где ...?") states nothing: `trainer.scoring.acts` drops it from what
the reply says (it earns no content credit), and two replies of such questions and nothing else are a quiz
(`opinion_quiz`). A clarifying question ("Kas Te soovite, et ma selgitan ...?", "Kas otsus tuli posti või
iseteenindusse?"), a question on the client's own case ("Kas Te teate, mis on Teie dokumendi number?"), a fact told as
a question ("Kas Te teate, et vaide saab esitada 30 päeva jooksul?") and a check of understanding after an explanation
("Kas nüüd teate, kuhu vaide saata?", «Теперь Вы знаете, куда ...?») are none (new-user batch 52).

A choice about the client is a real question ("Kas Teil on a) vanaduspension või b) töövõimetoetus?", «Вы хотите
получить ответ а) по почте или б) по e-mail?»), and so is a clarifying "kas ... või ...?" with no letters at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.addressed import YOU_PRONOUNS, polite_you
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.formulas import phrase_set, social_phrases
from trainer.text.quiz_cues import KNOWS, OPINION, OPINION_CUE, QUIZ_WORDS, VERDICT

__all__ = ["QUIZ_QUESTION_FEEDBACK", "is_quiz", "opinion_quiz", "option_run", "quiz_back_question", "speaks_to_client"]

# an option label: "a)", "b)", «а)», «б)» (Latin a-f, Cyrillic а-е), not inside a word
_LABEL = re.compile(r"(?<![\w)])([a-fа-е])\)", re.IGNORECASE)
_ORDER = {**{ch: k for k, ch in enumerate("abcdef")}, **{ch: k for k, ch in enumerate("абвгде")}}
_MIN_OPTIONS_ALONE = 3


def option_run(text: str) -> list[re.Match]:
    """The first run of lettered options in order (a, b, ... or а, б, ...), at least two of them."""
    labels = list(_LABEL.finditer(text))
    for k, m in enumerate(labels):
        if _ORDER[m.group(1).lower()] != 0:
            continue
        run = [m]
        for nxt in labels[k + 1:]:
            if _ORDER[nxt.group(1).lower()] == _ORDER[run[-1].group(1).lower()] + 1:
                run.append(nxt)
        if len(run) >= 2:
            return run
    return []


def speaks_to_client(sentence: str, lang: str) -> bool:
    """Does the sentence say "you" to the client: a pronoun or a verb of the polite "you"?"""
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    pronouns = YOU_PRONOUNS.get(lang, frozenset())
    return any(t.norm in pronouns or polite_you(t, lang) for t in words)


def _language(text: str, lang: str) -> str:
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    return "ru" if cyr * 2 > sum(1 for ch in text if ch.isalpha()) else ("et" if lang == "ru" and not cyr else lang)


@lru_cache(maxsize=16_384)  # a pure function of the reply
def is_quiz(text: str, lang: str) -> bool:
    """Is an agent reply a quiz put to the client (see the module doc)?"""
    folded = tx.fold(text)
    if VERDICT.search(folded):
        return True
    run = option_run(text)
    if not run:
        return False
    head = text[:run[0].start()]
    # the question the options answer: the last sentence before them, asked with "?" or a question word
    question = next((s for _, _, s in reversed(tx.split_sentences_cached(head)) if s.strip()), "")
    sl = _language(question or text, lang)
    if not question.strip() or not ("?" in question or tx.is_question(question, sl)):
        return False
    if speaks_to_client(question, sl) or speaks_to_client(text[run[0].start():run[-1].end() + 60], sl):
        return False
    return len(run) >= _MIN_OPTIONS_ALONE or bool(QUIZ_WORDS.search(folded))


# the client's own case beside the cue: „oma“, «свой» (the "you" pronouns and verbs are read by `speaks_to_client`)
_OWN = re.compile(r"\b(?:oma|свой|своя|своё|свое|свои|своего|своей|своему|свою|своим|своих)\b"
                  # the person the call is about: "... teate Te, kas talle on pakkumus tulnud?", «когда ей пришло»
                  r"|\b(?:ta|tal|talle|tema|temale|temal|tema\w+|tütar\w*|tutar\w*|ema|isa|mees|naine|"
                  r"он|она|они|его|ее|её|ей|ему|им|их|нему|ней|него|дочь|дочери|сын\w*|мам\w*|муж\w*|жен\w*)\b"
                  # a request for the facts of the case: «Скажите, какой период ... не учтён?», "Öelge, mis aastad ..."
                  r"|\b(?:скажите|подскажите|назовите|уточните|oelge|öelge|tapsustage|täpsustage|nimetage)\b")
# a check of understanding after an explanation: „Kas nüüd teate, kuhu ...?“, «Теперь Вы знаете, куда ...?»
_NOW = re.compile(r"\b(?:nuud|теперь|сейчас)\b")


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def quiz_back_question(sentence: str, lang: str) -> bool:
    """Is the sentence a question put back to the client about the rule (module doc): its opinion asked
    (`trainer.text.quiz_cues.OPINION`) or whether it knows (`KNOWS`), nothing of its own case beside the cue, and no
    check of understanding („nüüd“, «теперь»)?"""
    sl = _language(sentence, lang)
    folded = tx.fold(sentence.lower())
    if not ("?" in sentence or tx.is_question(sentence, sl)) or _NOW.search(folded):
        return False
    cues = [p for p in (OPINION.get(sl), KNOWS.get(sl)) if p is not None and p.search(folded)]
    if not cues:
        return False
    rest = folded
    for cue in cues:
        rest = cue.sub(" ", rest)
    return not _OWN.search(rest) and not speaks_to_client(rest, sl)


QUIZ_QUESTION_FEEDBACK = {
    "quiz_question": {
        "et": "„{quote}“ ({turn_label}) küsib kliendilt reeglit tagasi, mitte ei vasta. Küsimus ei ütle midagi ega anna punkte: öelge ise, kuidas on.",
        "ru": "«{quote}» ({turn_label}) переспрашивает правило у клиента вместо ответа. Вопрос ничего не сообщает и баллов не даёт: скажите сами, как есть.",
        "en": "\"{quote}\" ({turn_label}) puts the rule back to the client as a question instead of answering. It states nothing and earns nothing.",
    },
}


# a sentence that only invites to think together («Давайте разберёмся вместе.», "Mõelgem koos.") answers nothing
_TOGETHER = re.compile(r"^\W*(?:давайте|попробуем|разберемся|moelgem|vaatame\s+koos|arutame)\b")
_MIN_ANSWER_WORDS = 4
_MIN_QUIZ_REPLIES = 2


_MAX_FORMULA_WORDS = 5


def _formula(plain: str, social: tx.PhraseSet | None) -> bool:
    """A short social formula said before the questions („Saan aru, see on raske.“, «Понимаю Вас.»): an empathy,
    greeting or thanks phrase in a sentence of at most five words says nothing on the matter."""
    return social is not None and len(plain.split()) <= _MAX_FORMULA_WORDS and bool(social.find_all(plain))


def _quiz_like(text: str, lang: str, social: tx.PhraseSet | None = None) -> bool:
    """A reply that hands the client's question back as opinion or knowledge questions or a call to think ("Mis Te ise
    arvate ...?", "Kas Te teate, kust ...?", «Подумайте ...») and says nothing itself: no sentence that is not a question, not such a cue and not an invitation
    to think together, with a finite verb and four words or more."""
    folded = tx.fold(text.lower())
    if not OPINION_CUE.search(folded) \
            and not any(quiz_back_question(s, lang) for _, _, s in tx.split_sentences_cached(text) if s.strip()):
        return False
    for _, _, sentence in tx.split_sentences_cached(text):
        plain = tx.fold(sentence.lower()).strip()
        if not plain or "?" in plain or OPINION_CUE.search(plain) or _TOGETHER.match(plain) or _formula(plain, social):
            continue
        if len(plain.split()) >= _MIN_ANSWER_WORDS and has_finite_verb(sentence, lang):
            return False
    return True


def opinion_quiz(turns, lang: str, concepts: dict | None = None) -> list[int]:
    """The agent replies (turn indexes) of a quiz by opinion questions (new-user batch 46 family-finland-ru gaming:
    «А как Вы сами думаете: может ли ...?», «какая страна, по-Вашему, должна платить ...?», «А Вы слышали о ...?
    Подумайте ...»): replies to the client that hand the question back and say nothing (`_quiz_like`), two or more in
    the call. Saying a fact as a question to the client is not saying it. One "Mis Te arvate, kas sobib ...?" among
    answers, or a clarifying "Kas Te olete ise Eestis tööl?", is no quiz. Knowledge questions put back ("Saan aru. Kas Te
    teate, kust taotluse saab esitada?", `quiz_back_question`) quiz alike (new-user batch 52); with the rubric's
    ``concepts`` a short empathy or greeting formula before them says nothing either."""
    social = phrase_set(social_phrases(concepts, lang), lang) if concepts else None
    found = [i for i, turn in enumerate(turns) if turn.role == "agent" and i > 0 and turns[i - 1].role == "client"
             and _quiz_like(turn.text, lang, social)]
    return found if len(found) >= _MIN_QUIZ_REPLIES else []
