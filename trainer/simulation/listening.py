"""A client who listens: what the scripted client answers to the trainee's questions, what it remembers as
said, what wrong answers it believes, and how it behaves after its own last line.

:class:`~trainer.simulation.dialogue.Conversation` calls these with itself; they read its scenario,
persona, template values and state. The built-in lines are in :mod:`trainer.simulation.reactions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.conditions import evaluate, parse_condition
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.signals import analyse_reply
from trainer.simulation import acceptance
from trainer.simulation.heard import MIN_QUESTION_WORDS, heard_questions, marks
from trainer.simulation.name_check import (
    after_name_check,
    asks_name,
    checks_name,
    confirm_requests,
    mentions_name,
    name_check_heads,
    own_name,
    tagged_name_check,
)
from trainer.simulation.own_details import detail_answers
from trainer.simulation.reactions import (
    AFTER_END,
    AFTER_END_ACK,
    AFTER_END_UNHELPED,
    CONFIRM_ANSWER,
    CONFIRM_NAME,
    CONFIRM_PHRASES,
    EMPTY_SUMMARY,
    FRAGMENT_ANSWER,
    MAX_AFTER_END,
    OPEN_QUESTION,
    OWN_NAME,
    SUITS_ANSWER,
    TRANSCRIPT_ANSWER,
    TRANSCRIPT_DECLINE,
    UNKNOWN_ANSWER,
    after_end_answer,
    asks_anything_else,
    closing_answer,
    closing_question_kind,
    is_hold_question,
    language_offer_answer,
    offered_languages,
    offers_transcript,
    phrase_set,
    without_hold_purpose,
)
from trainer.simulation.scenario import render
from trainer.simulation.tag_check import restates_matter
from trainer.simulation.wishes import said_as_wish
from trainer.text.negation import BOUNDARY_WORDS, is_negator
from trainer.text.translit import cyrillic_text

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: at most this many replies in one step are answered without the step going on (the client answered a
#: question and waits), before the step's own rules apply again
MAX_STAYS = 2
#: a thanks of at most this many words after the client's last line is a goodbye
_SHORT_THANKS = 8


#: an open question („Kus ema elab?“, «Где жила мама?») is answered without the yes a `say` may start with
_OPEN_WORDS = frozenset({"kus", "kuhu", "kust", "millal", "mitu", "kuidas", "mis", "mida", "kes", "kelle", "kui",
                         "где", "куда", "откуда", "когда", "сколько", "как", "что", "кто", "какой", "какая"})
_YES = re.compile(r"^\s*(?:jah|да)\s*[,.!]\s*", re.IGNORECASE)


#: words of a client line that thanks (a grateful end step: „ok aitäh, helistan neile“, «Спасибо, всё понятно.»)
_THANKS = re.compile(r"\b(?:aitäh|aitah|tänan|tänud|tänu|спасибо|благодарю|thank)", re.IGNORECASE)


def last_client_line(conv: Conversation) -> str:
    """The client's latest line ("" before it has spoken)."""
    return next((t["text"] for t in reversed(conv.turns) if t["role"] == "client"), "")


def thanks(conv: Conversation, line: str) -> bool:
    """Does the client's line (a script text, placeholders unrendered) thank, asking nothing back?"""
    return bool(_THANKS.search(line or "")) and "?" not in line  # „Ahah, nii et mina valetan? Aitäh väga“: no thanks


def without_yes(text: str) -> str:
    """The text without a leading „Jah,“ / «Да,» (as an answer to an open question is said)."""
    return _YES.sub("", text, count=1)


#: acknowledgement words a client line may open with: said once when canned parts are joined („Selge, tõendiga
#: lähen siis ettevõttesse. Selge, osa maksan ise.“ -> „... Osa maksan ise.“; „Jah, see olen mina. Jah, mina olen.“)
_ACKS = frozenset("jah selge hea hästi olgu aitäh да понятно хорошо ясно ладно спасибо".split())
_LEAD_ACK = re.compile(r"^\s*([^\W\d_]+)\s*[,.!]\s*(?=\S)")


def without_repeated_acks(parts: list[str]) -> list[str]:
    """The client's line parts with an opening acknowledgement („Jah,“, „Selge,“, «Да,», «Понятно,») dropped
    where an earlier part opened with the same one; a part that is nothing else stays as it is."""
    seen: set[str] = set()
    out = []
    for part in parts:
        m = _LEAD_ACK.match(part)
        word = m.group(1).lower() if m else ""
        if word in _ACKS and word in seen:
            rest = part[m.end():]
            part = rest[:1].upper() + rest[1:]
        elif word in _ACKS:
            seen.add(word)
        out.append(part)
    return out


_FIRST_SENTENCE = re.compile(r"^(.+?[.!])\s+(?=\S)")


def without_said_opening(line: str, before: list[str]) -> str:
    """The step's line without its opening statement when a part said just before (an answer from `knows`) already
    said it in full: „Jah, sünd on registreeritud, haiglas tehti kõik ära.“ + „jah, sünd on registreeritud. aga
    kus ...?“ -> „... aga kus ...?“. A line that is only that statement, or one that says more, stays."""
    m = _FIRST_SENTENCE.match(line)
    if not m:
        return line
    opening = without_yes(tx.fold(m.group(1))).strip().rstrip(".!").strip()
    if len(opening.split()) < 2:  # „Jah.“, „Selge.“: acknowledgements are handled by without_repeated_acks
        return line
    for part in before:
        said = without_yes(tx.fold(part)).strip()
        if said.startswith(opening) and not said[len(opening):len(opening) + 1].isalnum():
            rest = line[m.end():]
            return rest[:1].upper() + rest[1:]
    return line


def client_asks(conv: Conversation, line: str) -> bool:
    """Does a client line ask something, as the scorer reads it (a question sentence; without any
    punctuation, by intonation)? Then a goodbye does not end the call before the trainee answers it."""
    lang = conv.scenario.language
    spoken = not any(ch in ".!?…,;:" for ch in line)
    # a punctuated sentence closed by a full stop or "!" states or exclaims: „Ja kui siis ka midagi ei tule, helistan
    # uuesti.“ is no question for its "kui" (new-user batch 45 letters-unanswered-et gaming: the goodbye after it
    # got "what do you mean?")
    return any(tx.is_spoken_question(s, lang, client=True) if spoken
               else not s.rstrip().endswith((".", "!")) and tx.is_question(s, lang)
               for _, _, s in tx.split_sentences(line))


def asks_client(conv: Conversation, text: str, signals: dict) -> bool:
    """Does the reply ask the client for something (the code, a name, a verifying item, an answer)? Then
    "vaatan järele" in it is no request to hold: "Selge, vaatan järele. Palun öelge oma isikukood."."""
    if signals.get("asked_identification") or signals.get("asked_name") or signals.get("asked_verification"):
        return True
    lang = conv.scenario.language  # „Kas võin Teid hetkeks ootele panna?“ asks only to hold
    return any(not _only_hold(conv, q) for q in heard_questions(tx.normalize_input(text).text, lang))


_HOLD_QUESTION_WORDS = 8


def _only_hold(conv: Conversation, question: str) -> bool:
    """A short question that asks only to hold („Kas võin Teid hetkeks ootele panna?“), not one that also checks
    the name or asks something („минуточку проверяю так оксана коваленко правильно“)."""
    lang = conv.scenario.language
    return is_hold_question(question, lang) and len(without_hold_purpose(question, lang).split()) <= _HOLD_QUESTION_WORDS \
        and not checks_name(conv, [question])


def _spoken_question_end(sentence: str, m) -> bool:
    """A `knows` phrase that ends an unpunctuated sentence of a few words is asked by intonation (« ...
    подробности рассказывать не нужно вы сейчас в безопасности»): the question falls on the last words."""
    return not sentence[m.end:].strip() and len(sentence[:m.start].split()) >= 2


def known_answers(conv: Conversation, text: str, whole: str | None = None) -> list[str]:
    """What the caller knows and the trainee asked about in this reply (``knows``), in order, then the
    answer to an offer to switch language. The answers about the client's own name (a name check, a
    request for the name) are kept in ``conv._name_answers``: a step line that says the name itself is
    not preceded by them. ``whole``: the reply's whole text, when ``text`` is only its acts: a name check
    or a request for the name is heard there too („aitäh. Maie Kuusk?“, «спасибо. вера ермакова?», „Tiina
    Lepp? Panen ootele.“ have no verb, yet the caller knows she was asked her name)."""
    lang = conv.scenario.language
    norm = tx.normalize_input(text).text
    questions = heard_questions(norm, lang)
    whole_norm = tx.normalize_input(whole).text if whole and whole != text else ""
    # speech without punctuation: a question may open mid-sentence („... aga mis aastal te sündisite ja kas
    # ...“); a `knows` phrase that opens with a question word counts there too
    spoken = [s for _, _, s in tx.split_sentences(norm)] if not any(ch in "?!,;" for ch in marks(norm)) else []
    unpunctuated = not any(ch in ".?!,;:" for ch in marks(norm))  # speech: the question falls on the last words
    out: list[str] = []
    names: set[str] = set()
    name_check = checks_name(conv, questions) or checks_name(conv, confirm_requests(conv, norm)) \
        or bool(name_check_heads(conv, questions)) or tagged_name_check(conv, norm) or bool(
        whole_norm and checks_name(conv, heard_questions(whole_norm, lang) + confirm_requests(conv, whole_norm)))
    answered: set[str] = set()  # the questions a `knows` fact answered
    for key, known in conv.scenario.knows.items():
        phrases = tuple(render(p, conv.values) for p in known.ask)
        found = phrase_set(phrases, lang)
        hits = [(q, m) for q in questions for m in found.find_all(q)]
        hits += [(s, m) for s in spoken if s not in questions for m in found.find_all(s)
                 if (s[m.start:m.end].split() or [""])[0].lower() in _OPEN_WORDS | {"kas"}
                 or unpunctuated and _spoken_question_end(s, m)]
        if key == "name" and name_check and not hits:
            out.append(render(known.say, conv.values))  # „Kas olete Maie Kuusk?“ asked in words `ask` does not list
            names.add(out[-1])
            continue
        if hits:
            answered.update(q for q, _ in hits)
            say = render(known.say, conv.values)
            q, m = hits[0]
            first = (q[m.start:m.end].split() or [""])[0].lower()
            if first in _OPEN_WORDS and _YES.match(say):  # "Kus ema elab?" -> not "jah, ta elab ..."
                say = _YES.sub("", say, count=1)
                say = say[:1].upper() + say[1:]
            out.append(say)
            if key == "name":
                names.add(say)
    if name_check and "name" not in conv.scenario.knows \
            and not any(checks_name(conv, [q]) for q in answered):  # „Kas räägin Maie Kuusega?“ answered by a fact
        out.insert(0, CONFIRM_NAME.get(lang, CONFIRM_NAME["et"]))
        names.add(out[0])
    if (asks_name(conv, norm) or whole_norm and asks_name(conv, whole_norm)) \
            and not any(mentions_name(conv, a) for a in out):
        # „Palun öelge oma ees- ja perekonnanimi.“ -> „Minu nimi on Helju Tamm.“
        out.insert(0, OWN_NAME.get(lang, OWN_NAME["et"]).format(name=own_name(conv)))
        names.add(out[0])
    # „Mis on Teie sünnikoht?“, „palun veel ainult sünnikoht“ -> „Sünnikoht on Tallinn.“ (own_details.py)
    details = detail_answers(conv, norm, questions, answered)
    out += [d for d in details if d not in out]
    offer = language_offer_answer(offered_languages(text, lang), conv.persona.language)
    if offer:  # "Kas soovite vene keeles rääkida?" -> «Да, пожалуйста, по-русски мне легче.»
        out.append(offer)
    conv._name_answers = names
    conv._detail_answers = details
    return out


#: a question whether what the agent just proposed suits the client: "this"/"so" and the verb, not a question
#: about one of the options („Kas Teile sobiks pensioni edasi lükata?“, «Вам подходит пенсия по старости или ...?»)
_SUITS = {
    "et": re.compile(r"\b(?:kas\s+)?(?:see|nii|selline\s+\w+)\s+(?:teile\s+)?sobi(?:b|ks)\b"
                     r"|\b(?:kas\s+)?teile\s+(?:see|nii)\s+sobi(?:b|ks)\b|^\W*(?:kas\s+)?sobi(?:b|ks)\s*(?:teile\s*)?\?*$"),
    "ru": re.compile(r"\b(?:это|так)\s+(?:вам\s+|вас\s+)?(?:подходит|подойдет|устроит|устраивает|удобно)\b"
                     r"|\b(?:вам|вас)\s+(?:это|так)\s+(?:подходит|подойдет|устроит|устраивает|удобно)\b"
                     r"|^\W*(?:подходит|подойдет|устраивает|устроит)\s*\?*$"),
}


def suits_answer(text: str, lang: str) -> bool:
    """Does the reply ask whether the proposal it made suits the client („Helistan homme tagasi. Kas see sobib
    Teile?“, «Я перезвоню завтра. Вас это устраивает?»)?"""
    pattern = _SUITS.get(lang, _SUITS["et"])
    return any(pattern.search(tx.fold(q)) for q in heard_questions(tx.normalize_input(text).text, lang))


#: the client's "how/where do I apply?" („kuidas seda taotleda?“, «как подать заявление?»), answered by channels
_HOW_APPLY = {
    "et": re.compile(r"\b(?:kuidas|kus|kuhu|kust)\b.*\b(?:taotle\w*|esita\w*|teata\w*|saat\w*|"
                     r"saad(?:a|an|ad|ab|ame|ate|avad)\b|avaldus\w*|taotlus\w*)"),  # „kuhu ma selle saadan?“
    "ru": re.compile(r"\b(?:как|где|куда)\b.*\b(?:пода\w*|оформ\w*|заявлени\w*|сообщ\w*|отправ\w*)"),
}


#: the items of a channel list (as the scorer splits one: commas not inside a number, semicolons, colons)
_CHANNEL_ITEMS = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·]+")
#: a head before the list's colon that names where it goes („Ametisse: ...“, «В Департамент социального
#: страхования: ...»): at most this many words
_HEAD_WORDS = 5


def answers_how_to_apply(conv: Conversation, sentence: str) -> bool:
    """A list of channels („iseteeninduses (ID-kaart ...), digiallkirjaga kiri, post, klienditeenindus“) led by a
    channel, said right after the client asked how or where to apply: an elliptical answer the client hears.
    A short verbless head before its colon that names the addressee («в департамент: самообслуживание (id-карта
    ...), email с цифр подписью, почта или бюро», new-user batch 29) answers the "where" itself and leads the
    list; a call-model cue there („Kokkuvõtteks: ...“) does not."""
    from trainer.text.keywords import _CUE, answers_where

    lang = conv.scenario.language
    asked = tx.fold(" ".join(heard_questions(last_client_line(conv), lang)))
    if not (asked and _HOW_APPLY.get(lang, _HOW_APPLY["et"]).search(asked)):
        return False
    items = [i for i in _CHANNEL_ITEMS.split(sentence) if i.strip()]
    if len(items) > 1 and answers_where("kuhu", items):  # a list: one bare word ("Iseteenindus.") is no answer
        return True
    head, colon, tail = sentence.partition(":")
    words = [t for t in tx.tokenize(head) if t.is_word]
    if not colon or not words or len(words) > _HEAD_WORDS or has_finite_verb(head, lang) or _CUE.search(tx.fold(head)):
        return False
    return answers_where("kuhu", [i for i in _CHANNEL_ITEMS.split(tail) if i.strip()])


def question_answer(conv: Conversation, text: str, signals: dict) -> str | None:
    """The client's own answer to a question no ``knows`` fact answers, said when the step would otherwise
    not go on: a check of what the client wants („Kas ma saan õigesti aru, et ...?“) is confirmed, any
    other question to the client of at least three words gets "I don't know exactly" (not "I did not
    understand")."""
    lang = conv.scenario.language
    questions = heard_questions(tx.normalize_input(text).text, lang)
    from trainer.simulation.choices import choice_answer

    chosen = choice_answer(conv, questions)  # „Kas soovite A või B?“: the client picks (choices.py)
    if chosen:
        return chosen
    confirm = phrase_set(tuple(CONFIRM_PHRASES.get(lang, CONFIRM_PHRASES["et"])), lang)
    if any(confirm.find_all(q) or restates_matter(conv, q) for q in questions):  # „..., jah?“ too (tag_check.py)
        return CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"])
    if any(_SUITS.get(lang, _SUITS["et"]).search(tx.fold(q)) for q in questions):
        return SUITS_ANSWER.get(lang, SUITS_ANSWER["et"])  # the proposal just made suits it: no "I don't know"
    # „... kas sai selgeks aitäh et helistasite head päeva“ spoken: a check of understanding or an offer of more
    # help with the goodbye after it asks nothing the client does not know (new-user batch 34
    # pension-indexation-tax-et terse: „Aga minu küsimusele Te veel ei vastanud?“ after the answer)
    questions = [q for q in questions if not _closing_check(conv, q)]
    if signals.get("asked_question") and any(sum(t.is_word for t in tx.tokenize(q)) >= MIN_QUESTION_WORDS
                                                   for q in questions):
        return UNKNOWN_ANSWER.get(lang, UNKNOWN_ANSWER["et"])
    return None  # a one- or two-word question ("Otsus?", «Код?») is not understood: the fallback


#: the most words of a question that is only a check of understanding or an offer of more help
_CLOSING_CHECK_WORDS = 5


def _closing_check(conv: Conversation, question: str) -> bool:
    """Is the question, without the goodbye after it, only a check of understanding or an offer of more help
    („kas sai selgeks aitäh et helistasite head päeva“, «всё понятно есть ещё вопросы»), no question of fact?"""
    cut = goodbye_tail(conv, question)
    body = (question[:cut] if cut is not None else question).strip(" ,.?!")
    words = [t for t in tx.tokenize(body) if t.is_word]
    return 0 < len(words) <= _CLOSING_CHECK_WORDS and closing_question_kind(body, conv.scenario.language) is not None


def fragment_answer(conv: Conversation, step, signals: dict) -> str | None:
    """A request for more when the reply said what the step `asks` only in a fragment without a verb or a
    keyword chain („taotlus iseteeninduses (id-kaart, mobiil-id, smart-id)“): the whole text names it, the
    acts do not. Once per step (the ``stays`` limit); a reply that said nothing else ends as written."""
    whole = getattr(conv, "_whole", set())
    # what the step still asks: a part said in an earlier reply („пишется в свободной форме“) is not asked
    # again, so a fragment naming the rest („самообслуживание (id-карта ...), почтой или в бюро“) counts
    said = getattr(conv, "_said_before", None) or {}
    still = [n for n in step.asks if not said.get(n)] or list(step.asks)
    if not step.asks or conv.state["vars"].get("stays", 0) or any(signals.get(n) for n in still):
        return None
    if all(n in whole for n in still):
        return FRAGMENT_ANSWER.get(conv.scenario.language, FRAGMENT_ANSWER["et"])
    return None


def open_question(conv: Conversation, text: str, signals: dict) -> str | None:
    """"My question is still open", when no rule of the step fits a reply that offers more help or checks
    understanding ("Kas veel midagi?", «Есть ещё вопросы?») while the client's last line asked something."""
    lang = conv.scenario.language
    last = last_client_line(conv)
    if "?" in last and heard_questions(tx.normalize_input(text).text, lang) and asks_anything_else(text, signals, lang):
        return OPEN_QUESTION.get(lang, OPEN_QUESTION["et"])
    return None


def stated_signals(conv: Conversation, acted: str, signals: dict, facts: dict) -> dict[str, bool]:
    """The signals and facts the reply *stated*: said outside its question sentences. Naming a thing in a
    question („Kas Teil on kirjalik volikiri?“) is not saying it, so it does not answer a step's ``asks``."""
    lang = conv.scenario.language
    norm = tx.normalize_input(acted).text
    questions = set(heard_questions(norm, lang))
    hits = {**signals, **facts}
    if not questions:
        return hits
    tails = [after_name_check(conv, s) for s in questions]
    rest = " ".join(s if s not in questions else after_name_check(conv, s)
                    for _, _, s in tx.split_sentences(norm)).strip()
    said = analyse_reply(rest, lang, conv.concepts, conv.signals, conv.facts) if rest.strip() else None
    if said is None:
        return {}
    out = {**said["signals"], **said["facts"]}
    heard = [t["text"] for t in conv.turns if t["role"] == "client"][-3:]
    for name, crit_id in conv.scenario.criterion_signals.items():  # the scorer's verdict, on the statements
        # (a name check run into the answer made the whole reply one question: the statements alone decide)
        out[name] = bool(signals.get(name) or any(tails)) and conv.library.criterion_verdict(conv.scenario, crit_id, rest,
                                                                               conv.values, heard)
    return out


_YES_WORDS = frozenset({"jah", "jaa", "да", "yes"})
#: an echo answer's first words in which a negator or a contrast takes the yes back («платят, но не в Германию»)
_ECHO_WORDS = 4


def _echo_answer(acted: str, lang: str) -> bool:
    """Does the reply open with a verb said back as a yes, with no negator or contrast in its first words
    («платят германия в ес ...», „Tuleb küll.“; not «платят только не туда», «платят но не в Германию»)?"""
    tokens = tx.tokenize(acted)
    words = [t for t in tokens if t.is_word][:_ECHO_WORDS]
    if not words or tx.is_question(next((s for _, _, s in tx.split_sentences(acted)), ""), lang):
        return False
    return not any(is_negator(tx.fold(t.text), lang) or tx.fold(t.text) in BOUNDARY_WORDS.get(lang, ())
                   or tx.fold(t.text) in ("только", "ainult", "vaid") for t in words)


def affirmed_asks(conv: Conversation, acted: str, step) -> dict[str, bool]:
    """What the step ``asks`` that a yes with the verb of the client's yes/no question states („А пенсию в
    Германию вообще платят?“ – «да, платят, Германия в ЕС», „Kas see tuleb ka mulle?“ – „Jah, tuleb.“): the
    question's own words, affirmed. A bare yes („Jah.“, «Да, минутку») or a yes to an open question („Millal
    raha tuleb?“) affirms nothing."""
    if step is None or not step.asks or not acted.strip():
        return {}
    lang = conv.scenario.language
    asked = [s for _, _, s in tx.split_sentences(last_client_line(conv)) if tx.is_question(s, lang)]
    words = [t for t in tx.tokenize(acted) if t.is_word][:2]
    if not asked or not words:
        return {}
    question = asked[-1]
    q_words = [tx.fold(t.text) for t in tx.tokenize(question) if t.is_word]
    if not q_words or q_words[0] in _OPEN_WORDS:
        return {}
    if tx.fold(words[0].text) in _YES_WORDS:
        if len(words) < 2:
            return {}
        verb_token = words[1]
    elif _echo_answer(acted, lang) and not any(w in _OPEN_WORDS for w in q_words[:3]):
        verb_token = words[0]  # «Платят, Германия в ЕС», „Tuleb küll.“: the question's verb said back is a yes
    else:
        return {}
    verb = tx.fold(verb_token.text)
    if verb not in q_words[1:] or not has_finite_verb(verb_token.text, lang):
        return {}
    said = analyse_reply(question, lang, conv.concepts, conv.signals, conv.facts)
    hits = {**said["signals"], **said["facts"]}
    return {name: True for name in step.asks if hits.get(name)}


def join_lines(first: str, second: str) -> str:
    """Two client lines said in one turn: the first ends its sentence before the second begins („ладно.
    спрошу у врача тогда“ + „Копия не нужна.“ -> „... тогда. Копия не нужна.“)."""
    first = first.rstrip()
    if first and first[-1] not in ".!?…)»“\"":
        first += "."
    return f"{first} {second}"


def transcript_answer(conv: Conversation, text: str) -> str | None:
    """In a chat, the client's answer to an offer of the chat transcript (once per conversation)."""
    lang = conv.scenario.language
    text = cyrillic_text(text) if lang == "ru" else text  # "nuzhna kopija perepiski?"
    if conv.scenario.channel != "chat" or conv.state["vars"].get("transcript_offered") \
            or not offers_transcript(text, lang):
        return None
    last = last_client_line(conv)
    if client_asks(conv, last):
        return None  # its question is still open: a copy of the chat is not what it is thinking of
    conv.state["vars"]["transcript_offered"] = True
    if parted_unhelped(conv):
        return TRANSCRIPT_DECLINE.get(lang, TRANSCRIPT_DECLINE["et"])  # it got no help: no copy wanted
    return TRANSCRIPT_ANSWER.get(lang, TRANSCRIPT_ANSWER["et"])


def parting_line(conv: Conversation) -> str:
    """The client's line on entering the step it is in (its parting line at an end step), not a later
    answer after it („Нет, не ответили.“); "" before it has spoken."""
    line = ""
    for turn in reversed(conv.turns):
        if turn["role"] != "client":
            continue
        if turn.get("step") != conv.state["step"]:
            break
        line = turn["text"]
    return line or last_client_line(conv)


#: a parting line that announces a complaint or gives up on the agent in anger („Aitab! Ma kirjutan kaebuse.“,
#: «Всё, с меня хватит. Буду писать жалобу вашему начальству!», «Бюрократы!»)
_ANGRY_PARTING = re.compile(
    r"\b(?:kaebus\w*|kaeba\w*|aitab\s*!|pole mõtet|pole motet|bürokraa\w*\s*!|burokraa\w*\s*!|ülemus\w*|ulemus\w*"
    r"|жалоб\w*|жаловать\w*|хватит|бюрократ\w*\s*!|начальств\w*|министерств\w*|бросаете трубку)",
    re.IGNORECASE)


def parted_angry(conv: Conversation) -> bool:
    """Did the client leave in anger: is it at an end step whose line announces a complaint or gives up on the
    agent, without thanks («Всё, с меня хватит. Буду писать жалобу вашему начальству!»)? Such a client has
    hung up: it answers nothing after its line, and surely does not thank for a summary or ask for a copy
    (batch 26: after the complaint the grateful closing answer would play)."""
    step = conv.state["step"]
    current = conv.scenario.step(step) if step is not None else None
    if current is None or not current.end:
        return False
    line = parting_line(conv)
    return bool(_ANGRY_PARTING.search(line)) and not thanks(conv, line)


def parted_unhelped(conv: Conversation) -> bool:
    """Did the client part unhelped: on the dialogue's ``on_stuck`` end, or in anger (:func:`parted_angry`)?
    Such a client does not thank for a check or a summary after it, nor want a copy of the chat."""
    step = conv.state["step"]
    return (step is not None and step == conv.scenario.dialogue.on_stuck) or parted_angry(conv)


def _parted_kindly(conv: Conversation) -> bool:
    """Did the client part calmly, so that it stays on the line for more information? Its parting line
    thanked („Selge, aitäh.“) or has no exclamation („Ma ei tea... Olgu. Head aega.“); a client who hung up
    („Всё, хватит! Я буду жаловаться. До свидания!“, „Бюрократы! Ладно, до свидания.“) is gone."""
    lang = conv.scenario.language
    last = parting_line(conv)
    if "!" not in last:
        return True
    entry = conv.concepts.get("thanks") or {}
    phrases = tuple(entry.get(lang) or entry.get("et") or [])
    return bool(phrases) and any(not m.negated for m in phrase_set(phrases, lang).find_all(last))


def misinformation(conv: Conversation, signals: dict, facts: dict, evidence: dict, text: str) -> str | None:
    """Record the wrong answers this reply gave that the client believes; the reaction line, if any."""
    scenario = conv.scenario
    if not scenario.misinformation:
        return None
    names, functions = conv._names(signals, facts)
    reaction = None
    for mis in scenario.misinformation:
        if not evaluate(parse_condition(mis.when), names, functions):
            continue
        quote = next((q for name, q in evidence.items() if name in mis.when), text[:160])
        recorded = conv.state.setdefault("misinformed", [])
        if any(r["id"] == mis.id for r in recorded):
            continue  # believed once, reacted to once: the same wrong answer again gets no second reaction
        recorded.append({"id": mis.id, "agent_turn": conv.state["vars"]["turns"], "quote": quote})
        if reaction is None and mis.say:
            reaction = render(mis.say, conv.values)
            conv._reaction_answered = render(mis.answered, conv.values) if mis.answered else None
    return reaction


def after_end(conv: Conversation, text: str) -> str | None:
    """The client's answer to a reply after its last line, or None when the call ends. A question is
    answered (a check of understanding, an offer of help, any other question); information that is no
    goodbye („Vaide saab esitada ka iseteeninduses.“) is acknowledged and the client stays on the line for
    the goodbye, if it parted with thanks; a goodbye, a short thanks, a request for the code or a reply that
    says nothing (a keyword chain, a pasted repeat) ends the call. At most :data:`MAX_AFTER_END` answers.

    A question followed by a goodbye in the same reply ("Kas see vastas Teie küsimusele? Aitäh, head
    päeva!", «... всё понятно спасибо за звонок всего доброго») is answered and the call ends with the
    answer (``vars.close_after_answer``). A client who hung up („(... paneb toru ära.)“) answers nothing;
    nor does anyone answer a bare word or number asked („116 111?“, «Код?»)."""
    count = conv.state["vars"].get("after_end", 0)
    if count >= MAX_AFTER_END or hung_up(conv):
        return None
    lang = conv.scenario.language
    text = cyrillic_text(text) if lang == "ru" else text  # "nuzhna kopija perepiski? vsego dobrogo"
    analysis = conv._analyse(text)
    signals, acted = analysis["signals"], analysis["acted"]
    cut = goodbye_tail(conv, text)
    body = text[:cut].strip() if cut is not None else text
    kind = closing_question_kind(body, lang) if body and not any(ch in "?" for ch in body) else None
    named = name_answers(conv, acted, body)
    if named:  # the name checked after the code led to the last line („спасибо и ваше имя фамилия“)
        conv.state["vars"]["after_end"] = count + 1
        if cut is not None:
            conv.state["vars"]["close_after_answer"] = True
        return " ".join(named)
    if not acted and kind is None:  # a keyword chain or a pasted repeat says nothing: the call ends as before
        return None
    if kind is None and len([t for t in tx.tokenize(body) if t.is_word or t.text[:1].isdigit()]) \
            < MIN_QUESTION_WORDS and heard_questions(tx.normalize_input(body).text, lang):
        return None  # "116 111?", «Код?»: a bare word asked is no question the client can answer
    answer = after_end_answer(signals, lang) if acted else None
    if answer == closing_answer("yes", lang) and body:  # «Ещё вопросы есть?»: "no", not "yes, fine" (batch 38)
        answer = closing_answer(closing_question_kind(body.strip(" ?!.,"), lang) or "yes", lang)
    if answer is None and kind is not None:  # "... kas selge", «... есть ещё вопросы» typed without "?"
        answer = closing_answer(kind, lang)
    if answer == closing_answer("understood", lang) and empty_summary(conv, body):
        answer = EMPTY_SUMMARY.get(lang, EMPTY_SUMMARY["et"])  # „Kokkuvõtteks. Kas see vastas ...?“: no thanks
    elif answer is not None and parted_unhelped(conv):
        line = parting_line(conv)  # on the stuck end, yet it thanked for what it will do: it accepts (acceptance.py)
        answer = acceptance.accepted_answer(answer, lang) if not parted_angry(conv) \
            and acceptance.accepted(conv, line, thanks(conv, line)) else unhelped_answer(answer, lang)
    transcript = transcript_answer(conv, acted) if acted else None
    if transcript:  # „Soovi korral saadan vestluse ärakirja.“: the client takes it
        asked = heard_questions(tx.normalize_input(body).text, lang)
        only_offer = asked and all(offers_transcript(q, lang) for q in asked) and kind is None
        # «копию чата прислать?» asks only that: the copy is the answer, no „Да, хорошо. Спасибо!“ before it
        answer = join_lines(answer, transcript) if answer and not only_offer else transcript
    if answer is None and not heard_questions(tx.normalize_input(acted).text, lang):
        short = len(tx.tokenize(acted)) <= _SHORT_THANKS
        if signals.get("said_goodbye") or signals.get("thanked") and short or not _parted_kindly(conv) \
                or signals.get("asked_identification") or signals.get("asked_name"):
            return None  # a goodbye; or the client hung up angrily, or got what it wanted and needs no code
        answer = AFTER_END_ACK.get(lang, AFTER_END_ACK["et"])
    elif answer is None:
        answer = after_end_answer({"asked_question": True}, lang)
    conv.state["vars"]["after_end"] = count + 1
    if cut is not None and body and transcript != TRANSCRIPT_ANSWER.get(lang, TRANSCRIPT_ANSWER["et"]):
        conv.state["vars"]["close_after_answer"] = True  # the trainee said goodbye after asking (a copy asked
        # for stays open for the agent to confirm it)
    return answer


def unhelped_answer(answer: str, lang: str) -> str:
    """The closing answer of a client who parted unhelped: the same kind of answer without thanks."""
    for kind, lines in AFTER_END.items():
        if answer == lines.get(lang, lines["et"]):
            return AFTER_END_UNHELPED[kind].get(lang, AFTER_END_UNHELPED[kind]["et"])
    return answer


def name_answers(conv: Conversation, acted: str, whole: str) -> list[str]:
    """The client's answers to a check of or a request for its own name in the reply (else none)."""
    if not whole.strip():
        return []
    answers = known_answers(conv, acted or whole, whole=whole)
    return [a for a in answers if a in getattr(conv, "_name_answers", set())]


#: social formulas and checks that a summary's words are not (what remains of „Kokkuvõtteks. Aitäh!“ is nothing)
_NOT_SUMMED = ("summary", "understanding_check", "further_help", "offer_help", "thanks", "farewell", "greeting",
               "empathy", "institution", "apology")
_FILLERS = frozenset("""nii siis ja ning ehk nüüd nuud lühidalt luhidalt kõik koik see seda veel ka
    так вот значит ну и а всё все это по теперь коротко кратко""".split())


def empty_summary(conv: Conversation, body: str) -> bool:
    """Does the reply announce a summary that sums up nothing („Kokkuvõtteks. Kas see vastas Teie
    küsimusele?“, «Итак, подведём итог. Ответила ли я на Ваш вопрос?»)? The sentences from the summary
    word up to the next question hold no word beyond the summary words, social formulas and fillers. A
    summary with any content („Kokkuvõtteks: taotlus iseteeninduses.“) or a check alone is no empty summary."""
    lang = conv.scenario.language
    entry = conv.concepts.get("summary") or {}
    markers = phrase_set(tuple(entry.get(lang) or []), lang) if entry.get(lang) else None
    if markers is None:
        return False
    norm = tx.normalize_input(body).text
    questions = set(heard_questions(norm, lang))
    sentences = [s for _, _, s in tx.split_sentences(norm)]
    social = tuple(p for name in _NOT_SUMMED for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    found_marker = False
    for i, sentence in enumerate(sentences):
        if sentence in questions or not [m for m in markers.find_all(sentence) if not m.negated]:
            continue
        found_marker = True
        span = [sentence]
        for nxt in sentences[i + 1:]:
            if nxt in questions:
                break
            span.append(nxt)
        rest = " ".join(span)
        for m in sorted(phrase_set(social, lang).find_all(rest), key=lambda m: -m.start):
            rest = rest[:m.start] + " " * (m.end - m.start) + rest[m.end:]
        if any((t.is_word or t.text[:1].isdigit()) and tx.fold(t.text) not in _FILLERS for t in tx.tokenize(rest)):
            return False
    return found_marker


def _only_social(conv: Conversation, text: str) -> bool:
    """Does the text hold no word beyond social formulas, checks and fillers (what `empty_summary` leaves)?"""
    lang = conv.scenario.language
    social = tuple(p for name in _NOT_SUMMED for p in ((conv.concepts.get(name) or {}).get(lang) or []))
    for m in sorted(phrase_set(social, lang).find_all(text), key=lambda m: -m.start):
        text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return not any((t.is_word or t.text[:1].isdigit()) and tx.fold(t.text) not in _FILLERS for t in tx.tokenize(text))


#: a summary that only claims everything was talked over or is clear („kõik sai räägitud“, «мы всё обсудили,
#: всё понятно»): no content, blanked before `empty_summary` reads a hollow close
_ALL_DISCUSSED = re.compile(
    r"(?<!\w)(?:k[õo]ik|k[õo]ike)\s+(?:sai\s+|on\s+|oli\s+|said\s+)?(?:\w+\s+)?(?:"
    r"r[äa]{2}gitud|arutatud|selge(?:ks\s+tehtud)?|l[äa]bi\s+r[äa]{2}gitud|l[äa]bi\s+arutatud|kokku\s+lepitud)(?!\w)|"
    r"(?<!\w)arutasime\s+(?:k[õo]ik\s+)?l[äa]bi(?!\w)|"
    r"(?<!\w)(?:мы\s+)?вс[её]\s+(?:уже\s+)?(?:обсудили|обговорили|выяснили|разобрали|понятно|ясно|решили)(?!\w)",
    re.IGNORECASE)


def hollow_close(conv: Conversation, body: str) -> bool:
    """Is the reply before its closing formula only a pointer to a web page (or a blanket "kõik on kirjas",
    :func:`trainer.scoring.pointer_list.pointer_clause`) and an empty summary („Täpsemalt lugege kodulehelt.
    Kokkuvõtteks: kõik sai räägitud.“, «Подробности на сайте. Подведу итог: всё обсудили.»), with no question?
    Said to a client's open question, it answers nothing: the client does not part grateful. A pointer is an
    answer to a client who asked how or where to apply (the web page is a channel); a pointer beside any other
    sentence, or a summary with content, is no hollow close."""
    from trainer.scoring.pointer_list import pointer_clause

    lang = conv.scenario.language
    norm = tx.normalize_input(body).text
    if not norm.strip() or heard_questions(norm, lang):
        return False
    asked = tx.fold(" ".join(heard_questions(last_client_line(conv), lang)))
    if asked and _HOW_APPLY.get(lang, _HOW_APPLY["et"]).search(asked):
        return False
    sentences = [s for _, _, s in tx.split_sentences(norm) if s.strip()]
    pointers = [s for s in sentences if pointer_clause(s)]
    rest = [s for s in sentences if s not in pointers]
    rest = [_ALL_DISCUSSED.sub(lambda m: " " * len(m.group(0)), s) for s in rest]
    if not pointers or not rest or not empty_summary(conv, " ".join(rest)):
        return False
    entry = conv.concepts.get("summary") or {}
    markers = phrase_set(tuple(entry.get(lang) or []), lang)
    first = next((i for i, s in enumerate(rest) if [m for m in markers.find_all(s) if not m.negated]), len(rest))
    return all(_only_social(conv, s) for s in rest[:first])  # nothing said before the summary word either


#: a stage direction in the client's line saying it hung up: „(Klient ... paneb toru ära.)“, «(... бросает трубку.)»
_HUNG_UP = re.compile(r"\([^)]*(?:\btoru\b|трубк|kõne katkeb|kone katkeb|связь прерв|hangs up)[^)]*\)", re.IGNORECASE)
#: words that may follow a goodbye at the very end of a reply ("Head päeva, Mari!", «Всего доброго, до свидания»)
_AFTER_GOODBYE_WORDS = 3


#: the words for the call or the chat in a thanks that closes it („et helistasite“, «за звонок», «за обращение»)
_CALL_STEMS = ("helista", "kirjuta", "poordu", "ühendust", "uhendust", "звон", "обращен", "позвонил", "написал")


def hung_up(conv: Conversation) -> bool:
    """Did the client's last line say (as a stage direction) that it hung up, or did it leave in anger
    (:func:`parted_angry`)?"""
    last = last_client_line(conv)
    return bool(_HUNG_UP.search(last)) or parted_angry(conv)


#: a note in round or square brackets that ends a reply
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def goodbye_tail(conv: Conversation, text: str) -> int | None:
    """Where the closing formula that ends a reply starts ("..., Aitäh, et helistasite! Head päeva!",
    «... спасибо за звонок всего доброго»): a goodbye at most three words from the end, with the thanks
    and goodbyes just before it (at most three words apart); None when the reply does not end so."""
    lang = conv.scenario.language
    # a note in brackets after the goodbye is no word said after it („Nägemist. (Kõne lõpetatud; teavitan
    # meeskonnajuhti.)“, new-user batch 42 abusive-caller-et good: the call stayed open after the hang-up line)
    text = _TRAILING_NOTE.sub("", text)
    found = []
    for name in ("farewell", "thanks"):
        entry = conv.concepts.get(name) or {}
        phrases = tuple(entry.get(lang) or entry.get("et") or [])
        found += [(m, name) for m in phrase_set(phrases, lang).find_all(text) if not m.negated
                  and (name != "farewell" or said_as_wish(text, m.start, m.end, lang))] if phrases else []
    found.sort(key=lambda item: item[0].start)
    ends = [(m.end, m.start) for m, name in found if name == "farewell"]
    for m, name in found:  # a thanks for the call is a closing formula too („Aitäh, et helistasite, ja head
        if name != "thanks":  # kolimist!“, «Спасибо за звонок!»): it ends at the word for the call
            continue
        words = [t for t in tx.tokenize(text[m.end:]) if t.is_word][:3]
        call = next((t for t in words if tx.fold(t.text).startswith(_CALL_STEMS)), None)
        if call is not None or tx.fold(m.quote).split()[-1:] and tx.fold(m.quote).split()[-1].startswith(_CALL_STEMS):
            ends.append((m.end + (call.start + len(call.text) if call is not None else 0), m.start))
    if not ends:
        return None
    end, start = max(ends)
    if len([t for t in tx.tokenize(text[end:]) if t.is_word]) > _AFTER_GOODBYE_WORDS:
        return None
    for m, _ in reversed(found):
        if m.start < start and len([t for t in tx.tokenize(text[m.end:start]) if t.is_word]) <= _AFTER_GOODBYE_WORDS:
            start = m.start
    return start
