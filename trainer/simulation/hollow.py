"""Words with nothing in them: stacked sympathy and holds that tell the caller nothing (new-user batch 38).

Two client reactions, read for the client's ear only (the scorer keeps its own readings):

- **hollow comfort** (:func:`hollow_comfort`): a reply of apologies and sympathy only, in two sentences at least
  (or three run together) and nothing else („Приношу извинения за неудобства. Я Вас очень хорошо понимаю, мне
  очень жаль. Не волнуйтесь.“): an upset caller is not calmed by it. The scenario's `showed_empathy` stays heard (empathy was shown, and a
  later reply with content may build on it), but the step's rules do not read it from this reply: the client
  does not apologise for shouting after an answer with nothing in it (batch 38 angry-delay-ru gaming: pure
  apology stuffing got „Ну хорошо... Извините, что кричу“). One sentence of sympathy („Mõistan Teie muret,
  vabandan ebamugavuste pärast.“), or sympathy with a question, a step or a fact, is comfort as before.
- **content-free holds** (:func:`content_free_hold`, :func:`answer_hold`): the one notion of a hold is
  :func:`trainer.simulation.stalling.hold_only` (a short request to hold among social formulas); a hold framed as
  needing more time („Vajan veel natuke aega, et vastus leida.“, «Мне нужно ещё немного времени»), with a check
  question or a summary that sums up only the looking („Kokkuvõtteks: vaatan Teie küsimuse üle. Kas see vastas
  Teie küsimusele?“) is a hold too. A caller put on such holds in a row waits twice („Jah, ootan.“), complains
  at the third and leaves at the fourth (batch 38 living-alone-chat-et gaming answered "Jah, ootan." to every
  stall, even after the goodbye, and never ended the chat). A hold ending in a goodbye leaves the caller
  unhelped at once.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.simulation.reactions import is_hold, phrase_set
from trainer.simulation.stalling import hold_only

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: content-free holds in a row the client waits through; it complains at the next and leaves at the one after
WAITS = 2

#: a stall that asks for more time rather than a moment („Vajan veel natuke aega.“, «Мне нужно ещё немного
#: времени.», „Vastus tuleb kohe.“): a hold in other words. "Still checking" alone („Aitäh ootamast, ma kontrollin
#: veel.“, «Спасибо за ожидание, я ещё проверяю.») asks for no waiting: it is no news, and the client back from a
#: hold asks again („Noh? Kas näete midagi?“, tests/test_client_b20.py) instead of waiting again; with a hold
#: („Palun oodake, kontrollin veel.“) it is a hold by the hold
MORE_TIME = {
    "et": re.compile(r"\b(?:vajan|vajame|l[aä]heb|kulub)\s+(?:veel\s+)?(?:natuke|veidi|pisut|v[aä]he)?\s*(?:rohkem\s+)?"
                     r"aega\b|\bvastus\s+tuleb\s+(?:kohe|varsti|kohe-kohe)\b"),
    "ru": re.compile(r"\b(?:нужно|надо|нужен|потребуется)\s+(?:мне\s+)?(?:ещ[её]\s+)?(?:немного|чуть|чуть-чуть)?\s*"
                     r"(?:больше\s+)?времени\b|\bответ\s+будет\s+(?:сейчас|скоро|через\s+минуту)\b"),
    "en": re.compile(r"\bneed\s+(?:some\s+)?more\s+time\b"),
}
#: words of a sentence about the looking itself („Kokkuvõtteks: vaatan Teie küsimuse üle.“, «Итак: я проверяю
#: Ваши данные.»): with the social formulas blanked, a sentence of only these says nothing
_LOOKING = {
    "et": re.compile(r"^(?:ma|mina|teie|teid|teile|te|teil|kusimus\w*|andme\w*|taotlus\w*|asja\w*|ule|jarele|veel|"
                     r"kohe|nuud|praegu|hetk\w*|vastus\w*|leida|leian|aega|natuke|veidi|vaata\w*|kontrolli\w*|"
                     r"uuri\w*|otsi\w*|tapsusta\w*|selgita\w*|et|ja|palun|oodake|ootamast|kannatlikkus\w*|eest|tuleb|uks|"
                     r"hetkeks|minut\w*|selge|hea|nii|noh)$"),
    "ru": re.compile(r"^(?:я|мы|вы|ваш\w*|вас|вам|вопрос\w*|данн\w*|заявлени\w*|дел\w*|ещ[её]|сейчас|сразу|"
                     r"минут\w*|секунд\w*|ответ\w*|найти|найду|времени|немного|чуть|провер\w*|смотр\w*|посмотр\w*|"
                     r"уточн\w*|выясн\w*|разбер\w*|и|чтобы|пожалуйста|подождите|ожидани\w*|терпени\w*|будет|одну|"
                     r"так|хорошо|ну|давайте|сама|сам|сейчас)$"),
    "en": re.compile(r"^(?:i|we|you|your|question|data|still|now|looking|checking|into|it|and|please|wait)$"),
}
#: the social concepts blanked from a sentence before `_LOOKING` reads what is left
_SOCIAL = ("summary", "understanding_check", "further_help", "offer_help", "thanks", "farewell", "greeting",
           "empathy", "institution", "apology")
#: concepts whose phrases are the sympathy counted by `hollow_comfort`
_SYMPATHY = ("empathy", "apology")
#: a plea to calm down said to an upset caller («Не волнуйтесь, пожалуйста.», „Ärge muretsege.“): sympathy too
_CALM_DOWN = {
    "et": re.compile(r"\b(?:[aä]rge|ara)\s+(?:muretsege|mureta|p[oõ]devege|erutuge|v[aä]rvige)\b"),
    "ru": re.compile(r"\bне\s+(?:волнуйтесь|переживайте|беспокойтесь|нервничайте|расстраивайтесь)\b"),
    "en": re.compile(r"\bdon'?t\s+worry\b"),
}


def more_time(text: str, lang: str) -> bool:
    """Does the text ask for more time („Vajan veel natuke aega.“, «Мне нужно ещё немного времени.»)?"""
    pattern = MORE_TIME.get(lang, MORE_TIME["en"])
    return bool(pattern.search(tx.fold(text.lower()) if lang == "et" else text.lower()))


def _blank_social(conv: Conversation, text: str) -> str:
    lang = conv.scenario.language
    phrases = tuple(p for name in _SOCIAL for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    if phrases:
        for m in sorted(phrase_set(phrases, lang).find_all(text), key=lambda m: -m.start):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    calm = _CALM_DOWN.get(lang, _CALM_DOWN["en"])
    return calm.sub(" ", text.lower())


def only_looking(conv: Conversation, sentence: str, looking_too: bool = True) -> bool:
    """A sentence of social formulas, words of sympathy and words about looking only („Kokkuvõtteks: vaatan Teie küsimuse üle.“,
    „Kas see vastas Teie küsimusele?“, „Aitäh kannatlikkuse eest!“): no fact, no number, no question of its own."""
    lang = conv.scenario.language
    rest = _blank_social(conv, sentence)
    looking = _LOOKING.get(lang, _LOOKING["en"])
    filler = _COMFORT_FILLER.get(lang, _COMFORT_FILLER["en"])
    for token in tx.tokenize(rest):
        if token.text[:1].isdigit():
            return False
        word = tx.fold(token.text.lower())
        if token.is_word and not (looking_too and looking.match(word) or filler.match(word)):
            return False
    return True


def content_free_hold(conv: Conversation, acted: str) -> bool:
    """Is the reply a hold that tells the caller nothing: a hold or a request for more time whose words besides
    the hold are social formulas, a check question or a summary of the looking only (module doc)? The strict
    core of :func:`~trainer.simulation.stalling.hold_only` (which also lets a hold sentence carry up to twelve
    other words, for the ending's count): here a request in the hold's sentence („vaatan järele, palun öelge oma
    isikukood“), a question of its own, a fact or a number is no stalling."""
    lang = conv.scenario.language
    if not acted.strip() or conv.state["step"] is None:
        return False
    if not (is_hold(acted, lang) or more_time(acted, lang)):
        return False
    norm = tx.normalize_input(acted).text
    for _, _, sentence in tx.split_sentences(norm):
        if not sentence.strip() or only_looking(conv, sentence):
            continue
        if tx.is_question(sentence, lang) or sum(t.is_word for t in tx.tokenize(sentence)) > 12:
            return False
        # the hold's own words blanked, the rest says nothing either („Palun oodake veel hetk, vastus tuleb
        # kohe.“); „vaatan järele, palun öelge oma isikukood“ asks the caller for something: no stalling
        if not only_looking(conv, _blank_holds(sentence, lang)):
            return False
    return True


def tells_something(conv: Conversation, acted: str) -> bool:
    """Does the reply tell the caller something: a sentence with a verb besides social formulas, words of sympathy
    and a hold („Счёт мы по телефону не меняем, но я могу объяснить, как это сделать.“), not comfort or a hold
    alone („Сочувствую Вам. Минуточку, я уточню, не кладите трубку.“)?"""
    lang = conv.scenario.language
    if not acted.strip() or content_free_hold(conv, acted) or hollow_comfort(conv, acted):
        return False
    for _, _, sentence in tx.split_sentences(tx.normalize_input(acted).text):
        rest = _blank_holds(sentence, lang)
        if rest.strip() and not only_looking(conv, rest) and has_finite_verb(rest, lang):
            return True
    return False


def _blank_holds(sentence: str, lang: str) -> str:
    """The sentence with its hold phrases and requests for more time blanked."""
    from trainer.simulation.reactions import HOLD_PHRASES

    for m in sorted(phrase_set(tuple(HOLD_PHRASES.get(lang, HOLD_PHRASES["et"])), lang).find_all(sentence),
                    key=lambda m: -m.start):
        sentence = sentence[:m.start] + " " * (m.end - m.start) + sentence[m.end:]
    pattern = MORE_TIME.get(lang, MORE_TIME["en"])
    return pattern.sub(" ", tx.fold(sentence.lower()) if lang == "et" else sentence.lower())


def answer_hold(conv: Conversation) -> str:
    """Count one content-free hold in a row and say what the client does: ``"wait"`` (the first two),
    ``"complain"`` (the third) or ``"leave"`` (the fourth and after). Reset by :func:`no_hold`."""
    holds = conv.state["vars"]["holds"] = int(conv.state["vars"].get("holds") or 0) + 1
    if holds <= WAITS:
        return "wait"
    return "complain" if holds == WAITS + 1 else "leave"


def no_hold(conv: Conversation) -> None:
    """A reply that was no content-free hold: the next hold is the first in a row again."""
    conv.state["vars"].pop("holds", None)


def hollow_comfort(conv: Conversation, acted: str) -> bool:
    """Is the reply only sympathy and apologies, two at least, with no question, step, fact or hold („Vabandan
    väga. Saan aru, kui ebameeldiv see on. Ärge muretsege.“)? Module doc: it does not calm an upset caller."""
    lang = conv.scenario.language
    if not acted.strip() or is_hold(acted, lang) or more_time(acted, lang):
        return False
    norm = tx.normalize_input(acted).text
    sentences = [s for _, _, s in tx.split_sentences(norm) if s.strip()]
    if not sentences or any(tx.is_question(s, lang) for s in sentences):
        return False
    phrases = tuple(p for name in _SYMPATHY for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    if not phrases:
        return False
    calm = _CALM_DOWN.get(lang, _CALM_DOWN["en"])
    found = _sympathy_count(phrases, calm, norm, lang)
    # one sentence of sympathy, even one that both understands and apologises („Mõistan Teie muret, vabandan
    # ebamugavuste pärast.“), is comfort as before (tests/test_dialogue.py): stacked means sympathy in two
    # sentences at least, or three words of sympathy run together in one
    with_sympathy = sum(1 for s in sentences if _sympathy_count(phrases, calm, s, lang))
    if found < 2 or (with_sympathy < 2 and found < 3):
        return False
    # an offer to look („Давайте посмотрим, что случилось.“) is a step: only words of sympathy count here
    return all(only_looking(conv, s, looking_too=False) for s in sentences)


def _sympathy_count(phrases: tuple[str, ...], calm: re.Pattern, text: str, lang: str) -> int:
    """How many words of sympathy the text says: phrases found side by side with nothing between them
    („vabandan“ + „ebamugavuste pärast“) are one, and so is each plea to calm down."""
    count, end = 0, None
    for m in sorted((m for m in phrase_set(phrases, lang).find_all(text) if not m.negated), key=lambda m: m.start):
        if end is None or m.start > end and text[end:m.start].strip():
            count += 1
        end = m.end if end is None else max(end, m.end)
    return count + len(calm.findall(text.lower()))


#: the words around sympathy that say nothing („я Вас очень хорошо понимаю, мне очень жаль, что так получилось“,
#: „see on Teile kindlasti väga oluline“)
_COMFORT_FILLER = {
    "et": re.compile(r"^(?:ma|mina|ja|et|see|on|teile|teid|teie|te|teil|vaga|vaga|toesti|kindlasti|oluline|"
                     r"tahtis|juhtus|nii|palun|ka|kuidas|mulle|mul|kahju|sellest|sellega|olukord|olukorras|"
                     r"ebameeldiv|raske|hasti|kaasa|siiralt|veel|kord|uuesti|teie|muret|mure|pahane|pahandav|"
                     r"hirmus|kohutav|igati|arusaadav|ootama|oodata|pidite|pidanud|kaua|pikalt|ebamugavus\w*|parast|"
                     r"tekitatud|olukorra\w*|tunne\w*|meelt|meel|moruks|teeb|kui|tean|ette)$"),
    "ru": re.compile(r"^(?:я|мы|вас|вам|вы|ваш\w*|очень|хорошо|понимаю|понимаем|как|это|так|что|мне|нам|жаль|"
                     r"важно|получилось|вышло|действительно|правда|искренне|ещ[её]|раз|совершенно|вполне|"
                     r"понятно|понятн\w*|беспокойство|волнение|пожалуйста|и|тоже|сожалению|сожалением|"
                     r"пришлось|столько|долго|ждать|ожидать|неприятно|тяжело|трудно|вдвойне|для|за|неудобств\w*|"
                     r"причин\w*|доставлен\w*|случил\w*|ситуаци\w*|чувств\w*|прекрасно|отлично|вполне|полностью)$"),
    "en": re.compile(r"^(?:i|we|you|your|very|so|really|sorry|understand|this|that|is|it|and|please)$"),
}


def stalled(conv: Conversation, acted: str) -> bool:
    """A reply that counts as stalling for the client's ending: :func:`~trainer.simulation.stalling.hold_only`
    or a content-free hold."""
    return conv.state["step"] is not None and (hold_only(conv, acted) or content_free_hold(conv, acted))
