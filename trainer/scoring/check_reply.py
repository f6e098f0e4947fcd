"""What the client's "no" to the agent's closing check means: it depends on what the check asked.

- "Kas sain Teie küsimusele vastata?", «Я ответила на Ваш вопрос?», "Kas kõik on selge?" ask whether the answer
  served: a "no" ("Ei.", "Ei, tegelikult mitte.", «Нет, на самом деле нет.») says it did not (`rejects_check`).
- "Kas Teil on veel küsimusi?", «Остались ли у Вас ещё вопросы?», "Kas jäi midagi arusaamatuks?", «Могу ли я ещё
  чем-то помочь?» ask whether anything is left: a bare "no" is the happy ending; only a "no" that goes on to
  complain ("Ei. Küsin mujalt.", «Нет, вы так и не ответили») leaves the matter open (`no_is_fine`).
- A unit that asks both kinds ("Kas sain vastata? Kas on veel küsimusi?") is read as asking whether the answer
  served: the scripted client answers that check first (`simulation.reactions.after_end_answer`), and a check of
  "any more questions?" added after it does not turn the client's "no" into a thanks.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.recap import rejects, says_no, says_not_really

# a question that a "no" answers well (folded): nothing more to ask, nothing left unclear, no more help needed
_NO_IS_FINE = {
    "et": re.compile(
        r"(?<!\w)(?:(?:on|jai|jaid|tekkis|tekkisid|tekib|tekkinud|oleks)\s+(?:teil\s+|siis\s+)*(?:veel\s+|ka\s+)*"
        r"(?:muid\s+|teisi\s+|mingeid\s+|uusi\s+|lisa)?kusimusi|kusimusi\s+(?:on\s+|jai\s+|tekkis\s+)?veel|"
        r"(?:on|jai|jaanud|oleks)\s+(?:teil\s+|siis\s+)*(?:veel\s+)*midagi(?:\s+(?:veel|muud|arusaamatuks|arusaamatut|"
        r"ebaselgeks|ebaselget|segaseks|segast|kusimata|lahtiseks|lahtist|selgusetuks))?|"
        r"jai\s+(?:veel\s+)?(?:midagi\s+)?(?:arusaamatuks|ebaselgeks|segaseks|selgusetuks|kusimata|lahtiseks)|"
        r"(?:saan|saaksin|saame|voin)\s+(?:teid\s+|teile\s+)?(?:veel\s+)(?:millegagi\s+|kuidagi\s+|milleski\s+)?"
        r"(?:aidata|abiks\s+olla)|veel\s+midagi)(?!\w)"),
    "ru": re.compile(
        r"(?<!\w)(?:(?:есть|остал\w*|будут|возникл\w*|появил\w*)\s+(?:ли\s+)?(?:у\s+вас\s+)?(?:ещ[её]\s+)?"
        r"(?:какие-?(?:то|нибудь)\s+|другие\s+|еще\s+|ещё\s+)?вопрос\w*|вопрос\w*\s+(?:ещ[её]\s+)?(?:есть|остал\w*)|"
        r"(?:остал\w*|есть)\s+(?:ли\s+)?(?:ещ[её]\s+)?(?:что-?(?:то|нибудь)\s+)?(?:непонятн\w*|неясн\w*|невыясненн\w*)|"
        r"(?:могу|можем|смогу)\s+(?:ли\s+)?(?:я\s+|мы\s+)?(?:вам\s+)?ещ[её]\s+(?:чем-?(?:то|нибудь)\s+)?(?:вам\s+)?помочь|"
        r"чем\s+ещ[её]\s+(?:я\s+)?(?:могу|можем)\s+(?:вам\s+)?помочь|что-?(?:то|нибудь)\s+ещ[её])(?!\w)"),
}
# what a bare "no" may carry besides the negation: "no", adverbs of "not really", thanks and a goodbye (folded)
_BARE_WORDS = frozenset(tx.fold(w) for w in """ei mitte pole no noh tegelikult kahjuks päriselt ausalt öeldes eriti
    vist rohkem muud midagi küsimusi aitäh tänan suur tänu head aega päeva nägemist kõike
    нет ну на самом деле вообще-то вообще то к сожалению честно говоря если по правде не особо больше
    вопросов ничего спасибо благодарю до свидания всего доброго хорошего""".split())


def no_is_fine(sentence: str, language: str) -> bool:
    """Does the agent's question ask whether anything is left, so that "no" is the happy answer ("Kas Teil on veel
    küsimusi?", "Kas jäi midagi arusaamatuks?", «Остались ли у Вас ещё вопросы?», «Могу ли я ещё чем-то помочь?»)?"""
    pattern = _NO_IS_FINE.get(language)
    return bool(pattern and pattern.search(tx.fold(sentence.lower())))


def asks_only_what_is_left(text: str, language: str) -> bool:
    """Are all the questions of the agent's text (one at least) ones that a "no" answers well (`no_is_fine`):
    "Kas jäi midagi arusaamatuks?", not "Kas sain vastata? Kas on veel küsimusi?" (that asks whether the answer
    served, too) nor "Kas jäi midagi arusaamatuks? Kas soovite ärakirja?" (a "no" may answer either)?"""
    asked = [s for _, _, s in tx.split_sentences(text) if tx.is_question(s, language)]
    return bool(asked) and all(no_is_fine(s, language) for s in asked)


def bare_no(client_text: str, language: str) -> bool:
    """Is the client's reply only a "no" ("Ei.", "Ei, tegelikult mitte.", «Нет, на самом деле нет. Спасибо!»),
    with no complaint or request after it ("Ei. Küsin mujalt.", «Нет, вы не ответили»)?"""
    words = [t.norm for t in tx.tokenize_cached(client_text) if t.is_word or t.text[:1].isdigit()]
    return bool(words) and words[0] in {"ei", "нет", "mitte", "kahjuks", "tegelikult", "no", "noh", "ну",
                                        "вообще-то", "вообще", "к", "на", "честно"} \
        and all(w in _BARE_WORDS for w in words) and "?" not in client_text


def rejects_check(an, client: int) -> bool:
    """Is client unit ``client`` a "no" to the agent's check of understanding in the agent's unit before it
    ("Kas see vastas Teie küsimusele?" - "Ei. Küsin mujalt.")? After a unit that asks only whether anything is
    left ("Kas jäi midagi arusaamatuks?", "Kas on veel küsimusi?" - "Ei, tegelikult mitte."), a bare "no" is the
    happy ending; a "no" with a complaint ("Ei. Küsin mujalt.") still rejects it."""
    prev = next((j for j in range(client - 1, -1, -1) if an.turns[j].role == "agent"), None)
    if prev is None:
        return False
    checked = bool(an.matches(prev, ["understanding_check"], any_language=True))
    if not checked and not an.matches(prev, ["further_help"], any_language=True):
        return False
    text = an.turns[client].text
    if not checked or asks_only_what_is_left(an.turns[prev].text, an.language):
        return not bare_no(text, an.language) and (says_no(text, an.language) or rejects(text, an.language))
    # (not "Ma ikka ei saa aru, miks ..." before a goodbye: the declared examples keep that closing for now)
    return says_no(text, an.language) or says_not_really(text, an.language)
