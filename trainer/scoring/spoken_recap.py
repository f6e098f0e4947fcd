"""A spoken restatement of the client's matter, confirmed: the check of understanding as speech runs it.

A trainee speaking without punctuation restates the need after a marker and runs straight on into the next step
(«извините значит жалоба что не перезвонили и ещё письменное объяснение расчёта так назовите ваш личный код»).
There is no question mark and no «правильно ли я понимаю», but the client's reply shows it was a check: it confirms
the content («Да, всё так.», «Верно.»), not just the request after it («Да, сейчас: 3570...» only complies). The
restatement takes up the client's own words, so it is about their matter, not a guessed topic.

`restated_matter` gives the stretch from the marker to the next request word, for the needs check to read as a
question (checks._question). A marker alone («значит», "selge") states as often as it checks, so the client's
confirmation of the content is required, with one exception (new-user batch 40 guardian-for-ward-et terse: "selge
kusite venna puudetoetust ja kontot palun oelge enne oma nimi ja isikukood"): a restatement framed as the client's
own question or wish in the second person ("küsite ...", "soovite teada ...", «вы спрашиваете ...», «вас интересует
...») is by its content an auto-feedback check of the agent's understanding (dialogue-acts.md); a client who goes on
(gives the code asked for) without contradicting it accepts it, as in grounding a partner who continues accepts
what was said. A reply that opens with a denial ("ei, ...", «нет, ...») rejects it.

The same second-person frame opens a restatement without a marker when a question word follows it ("vaatame koos
küsite miks tõus on väiksem palun öelge ...", «вы спрашиваете почему пенсия меньше назовите ...»): it restates the
client's question as theirs, so one of the client's content words taken up (4-letter stems: "tõus" for "tõusma")
ties it to their matter. Not after a condition ("kui küsite, miks ..., siis vastan", «если вы спрашиваете про
налог, то ...»), and a reply that opens with a denial rejects it.

Estonian markers: "selge", "nii et", "ehk (siis)", "niisiis", "tähendab"; unaccented text works (everything is
folded).
"""

from __future__ import annotations

import re

from trainer import text as tx

# the marker that opens a restatement (folded)
_MARKER = {
    "ru": re.compile(r"(?<!\w)(?:значит|то\s+есть|так\s+значит|если\s+я\s+правильно\s+понял[аи]?)(?!\w)"),
    "et": re.compile(r"(?<!\w)(?:selge|nii\s+et|ehk\s+siis|ehk|niisiis|tahendab|kui\s+ma\s+oigesti\s+aru\s+sain)(?!\w)"),
}
# what ends it: the request or the next step run on after it (folded)
_NEXT_STEP = {
    "ru": re.compile(r"(?<!\w)(?:так\s+)?(?:назовите|скажите|продиктуйте|подскажите|напишите|уточните|"
                     r"давайте|сейчас\s+(?:проверю|посмотрю)|подождите|минутку|секундочку)(?!\w)"),
    "et": re.compile(r"(?<!\w)(?:palun|oelge|oelda|ütelge|utelge|oodake|hetk|hetkeks|vaatan|kontrollin|nimetage|"
                     r"dikteerige|kas\s+(?:voin|tohin|saaksin))(?!\w)"),
}
# the client's reply confirming the content, not only complying with a request (folded first sentence)
_CONFIRMS_CONTENT = {
    "ru": re.compile(r"^\W*(?:(?:да|ага|угу)\W+)?(?:вс[её]\s+так|вс[её]\s+верно|верно|правильно|именно(?:\s+так)?|"
                     r"точно|совершенно\s+верно|да\W+да|так\s+и\s+есть)(?!\w)"),
    "et": re.compile(r"^\W*(?:(?:jah|jaa|jep)\W+)?(?:just(?:\s+nii)?|tapselt|oige|nii\s+on|jah\W+jah|seda\s+kull|"
                     r"nii\s+see\s+on)(?!\w)"),
}
# the restatement framed as the client's own question or wish (second person), right after the marker (folded)
_CLIENT_FRAME = {
    "ru": re.compile(r"\W*(?:вы\s+)?(?:спрашиваете|хотите|интересуетесь|звоните|узнаете)(?!\w)|\W*вас\s+интересует(?!\w)|"
                     r"\W*у\s+вас\s+вопрос(?!\w)"),
    "et": re.compile(r"\W*(?:te\s+|teie\s+)?(?:kusite|soovite|tahate|uurite|vajate|helistate|huvitute)(?!\w)|"
                     r"\W*(?:teid\s+huvitab|teil\s+on\s+kusimus)(?!\w)"),
}
# the second-person frame of the client's question followed by a question word: opens a restatement by itself (folded)
QUESTION_FRAME = {
    "ru": re.compile(r"(?<!\w)(?:(?:вы\s+)?(?:спрашиваете|хотите\s+узнать|интересуетесь)|вас\s+интересует)\W+"
                     r"(?:почему|как|когда|сколько|где|зачем|какой|какая|какие|какую|что|\w+\s+ли)(?!\w)"),
    "et": re.compile(r"(?<!\w)(?:te\s+|teie\s+)?(?:kusite|soovite\s+teada|tahate\s+teada|uurite|teid\s+huvitab)\W+"
                     r"(?:miks|kas|kuidas|millal|kui\s+palju|kui\s+suur\w*|mitu|kus|mis(?:\s+ajal)?)(?!\w)"),
}
# a condition before the frame: "kui küsite, miks ...", «если вы спрашиваете ...» asks nothing back (folded words)
_CONDITION = frozenset("kui kuna juhul если когда раз".split())
# a client's reply that opens with a denial: it rejects the restatement (folded words)
_DENIAL = frozenset("ei pole mitte ega не нет".split())
_MIN_WORDS = 4
_TAKEN_UP = 2


def restated_matter(an, i: int, sentence: str) -> tuple[int, int] | None:
    """The (start, end) offsets in `sentence` (of spoken agent unit i) of a restatement of the client's matter
    that the client's next reply confirms (see the module doc), or None."""
    lang = an.language
    if lang not in _MARKER or i + 1 >= len(an.turns) or an.turns[i + 1].role != "client":
        return None
    folded = tx.fold(sentence.lower())
    if len(folded) != len(sentence):
        return None  # offsets must hold in the original sentence
    marker = _MARKER[lang].search(folded)
    reply = an.turns[i + 1].text
    if marker is None:
        return _framed_question(an, i, sentence, folded, reply)
    first = next((s for _, _, s in tx.split_sentences(reply) if s.strip()), "")
    if not _CONFIRMS_CONTENT[lang].match(tx.fold(first.lower())) and not (
            _CLIENT_FRAME[lang].match(folded, marker.end()) and not _denies(reply)):
        return None
    stop = _NEXT_STEP[lang].search(folded, marker.end())
    end = stop.start() if stop else len(sentence)
    stretch = sentence[marker.start():end]
    words = [t.norm for t in tx.tokenize_cached(stretch) if t.is_word]
    if len(words) < _MIN_WORDS or tx.is_question(stretch, lang):
        return None
    heard = {t.norm[:5] for k in range(i) if an.turns[k].role == "client"
             for t in tx.tokenize_cached(an.turns[k].text) if t.is_word and len(t.norm) >= 5}
    taken = {w[:5] for w in words if len(w) >= 5 and w[:5] in heard}
    return (marker.start(), end) if len(taken) >= _TAKEN_UP else None


def _framed_question(an, i: int, sentence: str, folded: str, reply: str) -> tuple[int, int] | None:
    """The (start, end) of a restatement opened by the second-person frame and a question word ("küsite miks tõus
    on väiksem"), not in a condition, the client going on without a denial and one of their content words taken
    up after the question word; or None."""
    lang = an.language
    frame = QUESTION_FRAME[lang].search(folded)
    if frame is None or _denies(reply):
        return None
    before = re.findall(r"\w+", folded[:frame.start()])[-3:]
    if any(w in _CONDITION for w in before):
        return None
    stop = _NEXT_STEP[lang].search(folded, frame.end())
    end = stop.start() if stop else len(sentence)
    content = [t.norm for t in tx.tokenize_cached(sentence[frame.end():end]) if t.is_word and len(t.norm) >= 4]
    if len(content) < 2 or tx.is_question(sentence[frame.start():end], lang):
        return None
    heard = {t.norm[:4] for k in range(i) if an.turns[k].role == "client"
             for t in tx.tokenize_cached(an.turns[k].text) if t.is_word and len(t.norm) >= 4}
    return (frame.start(), end) if any(w[:4] in heard for w in content) else None


def _denies(text: str) -> bool:
    """Does a client's reply open with a denial among its first three words ("Ei, ma küsisin ...", «Нет, я про ...»)?"""
    words = [t.norm for t in tx.tokenize_cached(text) if t.is_word][:3]
    return any(w in _DENIAL for w in words)
