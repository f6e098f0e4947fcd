"""Keyword chains: verbless sentences of bare topics ("Tagasihelistamine.", "Kokkuvõtteks."), told apart from verbless acts.

A verbless reply is an act when it confirms what the client said ("Just nii.", «Всё верно.»), checks understanding
(«Всё понятно?»), asks the client something without a verb («Вы про пенсию?») or restates as a summary what the
agent said before (:func:`recap`). `trainer.scoring.acts` asks these questions of every reply without a finite
verb; a reply of one bare content word that answers no question of the client (:func:`bare_word`) and a one- or
two-word sentence between real ones (:func:`keyword_sentence`) are keywords.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb, sentence_language
from trainer.scoring.formulas import FORMULA_TAIL, PARTICLES, blank, content_fragments, phrase_set
from trainer.scoring.sentence_words import word_norms, word_stems
from trainer.text.keywords import questions_in, short_check
from trainer.text.questions import asks_without_verb


def keyword_sentence(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """A verbless sentence of one or two content words that is no social formula ("Kokkuvõtteks.");
    an exclamation ("Palju õnne!") or a holding word ("Hetk.") is none."""
    if sentence.rstrip().endswith("!") or has_finite_verb(sentence, lang):
        return False
    words = word_norms(sentence)
    if words and (words[0] == "kas" or "ли" in words):
        return False  # "kas selge", "kas e-postiga": a yes/no question in its own frame, not a keyword
    if asks_without_verb(list(words), sentence_language(sentence, lang)):
        return False  # «на какой номер звонить», «вопрос про перерасчёт, да?»: a question, however terse
    if len(words) <= 3 and set(words) & _UNDERSTOOD and set(words) <= _UNDERSTOOD | _CHECK_WORDS:
        return False  # «Всё понятно?», «Это понятно?», "Kõik selge?" (spoken without "?" too): a check, not a keyword
    if _confirmation(sentence) or addressed_question(sentence, lang):
        return False  # "Just nii.", «Да, именно так.»: confirming what the client said; «Вы про пенсию?»
    if len(words) <= 3 and CONFIRMATION.match(tx.fold(sentence.lower())):
        return False  # "saadetud.", «Отправлено.»: the client's request reported done (new-user batch 63)
    fragments = content_fragments(sentence, lang, social, names)
    if not fragments:
        return False
    content = [t for f in fragments for t in tx.tokenize(f) if t.is_word or t.text[:1].isdigit()]
    if content and all(t.norm in _POINTING for t in content):
        return False  # «Да, он.», "Jah, see." to "is it this one?": a yes pointing back at what the client named
    if content and content[0].is_word and tx.is_first_name(content[0].text) and len(content) <= 2 \
            and all(t.is_word for t in content):
        return False  # the caller's name, with thanks or read back ("Aitäh, Maret Saar.", «Спс. Светлана Кузнецова?»)
    return len(content) <= 2 and not any(t.text[:1].isdigit() for t in content)


_IDENTIFIER_WORD = {
    "et": re.compile(r"isikukood\w*|nimi|nime\w*|perekonnanim\w*|eesnim\w*|sunni(?:kuup|aeg)\w*|aadress\w*|ik"),
    "ru": re.compile(r"код\w*|имя|фамили\w*|адрес\w*|фио|отчеств\w*"),
}
_NEVER = re.compile(r"(?!)")
# pronouns pointing back at what the client named: no topic of their own
_POINTING = frozenset(tx.fold(w) for w in "see too seesama sama just он она оно они этот эта это эти тот та то те".split())
# discourse words that take the turn, not topics: «Так.», «Угу.», «Тогда спасибо ...», "Nii.", "Olgu."
_DISCOURSE = frozenset(tx.fold(w) for w in """так тогда угу ага всё все итак хорошо ладно ну вот понял поняла минуточку
    минутку секунду hetk nii noh siis olgu okei hea hästi tore
    ka samuti ju küll тоже также же ведь""".split())  # "aitäh teile ka", «и вам тоже»: the thanks returned, no topic
# a conjunction left alone between two formulas ("спасибо за звонок, всего доброго и отцу здоровья": blind round 25)
_CONJUNCTIONS = frozenset("и а ning ja".split())


def bare_word(pool: list[str], lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """A whole reply of one bare content word, asked or said ("Isikukood?", "Uuesti?", "Iseteenindus.",
    «Фамилия?»), that answers no question of the client: it names a topic and says nothing to the client.
    A check ("Selge?"), a held line ("Hetk."), a yes, a formula or a number ("30 päeva.") is none."""
    if len(pool) != 1 or not keyword_sentence(pool[0], lang, social, names):
        return False
    # the particles of the fragment are no topic either: «да так спасибо за звонок всего доброго» is a yes, a
    # discourse word and the goodbye (new-user batch 80 data-request-journalist-ru terse), not the bare word «да»
    content = [t for f in content_fragments(pool[0], lang, social, names) for t in tx.tokenize(f)
               if t.is_word and t.norm not in _DISCOURSE and t.norm not in names]
    if all(t.norm in PARTICLES for t in content):
        return False  # particles only: no topic word at all
    # a bare identifier ("isikukood", «Имя?») asks for it: an act of identification, however curt; a particle with a
    # word («да верно ...», "aitäh ja sünnikoht") is no bare word
    return len(content) == 1 and content[0].norm not in _CONJUNCTIONS \
        and not _IDENTIFIER_WORD.get(lang, _NEVER).fullmatch(content[0].norm)


def client_asked(turn, lang: str) -> bool:
    """Did the client's turn before a reply ask anything: a question, or, in speech without sentence punctuation, an
    interrogative anywhere ("oh jumal ja kuidas ma seda teen mees ajas ...")? A one-word reply to it may be an
    elliptical answer ("iseteeninduses")."""
    if turn is None or turn.role != "client":
        return False
    if "?" in turn.text or questions_in(turn.text, lang):
        return True
    return not re.search(r"[.!?…]", turn.text) \
        and any(t.norm in _ASKING_WORDS for t in tx.tokenize_cached(turn.text) if t.is_word)


# interrogatives anywhere in a client's unpunctuated turn ("oh jumal ja kuidas ma seda teen")
_ASKING_WORDS = frozenset(tx.fold(w) for w in """kas kuidas kus kuhu kust millal miks mis mida kes kellele milline
    mitu kui palju как где куда откуда когда почему зачем что сколько какой какая какие ли""".split())


_UNDERSTOOD = frozenset("selge arusaadav arusaadavad понятно ясно".split())
# «Пока понятно?», "Siiani selge?": so far (new-user batch 35)
_CHECK_WORDS = frozenset("koik kas on sai teile see все всё вам теперь это nuud пока siiani seni".split())


def recap(sentences: list[str], lang: str, summary: tuple[str, ...], informed: set[str],
           social: tuple[str, ...] = ()) -> bool:
    """A verbless summary ("Kokkuvõtteks: vaie 30 päeva jooksul, ...") restating what the agent already
    said in earlier replies is a summary act, not a keyword chain; so is a restatement followed by a short
    check of understanding ("Ehk: vaie 30 päeva, uus info uue taotlusega. Selge?", «... Понятно?»). A
    closing formula is no restated content, also when spoken without "!" («итого справка от врача и
    фирма с договором все понятно спасибо за звонок всего доброго»)."""
    if not summary or not informed:
        return False
    # "Just nii. Kokku: ...", «Да, именно так. Тридцать дней, ...»: confirming the client's own summary
    confirmed = bool(sentences) and _confirmation(sentences[0])
    # "jah, kirjalik päring õigusliku alusega ...", "jah: tõend ...", «да, заявление через самообслуживание ...»: a yes before the
    # restated points confirms the client's plan as "Jah." alone would (new-user batch 63 data-request-police-et)
    lead = _LEADING_YES.match(sentences[0]) if sentences and not confirmed else None
    if lead is not None:
        sentences = [sentences[0][:lead.end()], sentences[0][lead.end():], *sentences[1:]]
        confirmed = True
    checks = [s for s in sentences if short_check(s, lang)] + (sentences[:1] if confirmed else [])
    # what is restated: not the check, nor an exclamation ("Aitäh, head päeva!") or a closing formula
    text = " ".join(s for s in sentences if s not in checks and not s.rstrip().endswith("!"))
    if social and text:
        found = phrase_set(social, lang).find_all(text)
        if found:
            text = FORMULA_TAIL.sub(lambda m: " " * len(m.group()), blank(text, found))
    marker = summary_marker(text, lang, summary)
    if not text.strip() or not (marker or checks):
        return False
    stems = word_stems(blank(text, marker))
    return bool(stems) and len(stems & informed) >= 0.5 * len(stems)


#: a yes with its comma or colon opening a sentence that goes on (`recap`; "jah: tõend arstilt -> ettevõte, ...",
#: new-user batch 67 assistive-device-rehab-et terse)
_LEADING_YES = re.compile(r"(?i)^\W*(?:jah|jaa|да)\s*[,:]\s*(?=\w)")
_CONFIRM_WORDS = frozenset("jah jaa just nii tapselt oige oigus kull да именно так верно точно все всё правильно".split())


_YOU_WORDS = frozenset("te teie teil teile teid teilt вы вас вам вами ваш ваша ваше вашей вашего вашу ваши ваших".split())


def addressed_question(sentence: str, lang: str) -> bool:
    """An elliptical question to the client, of three or more words with "Te"/«Вы» («вы про решение об отказе
    ...?», "Teie ema pensioni kohta?"), or a polite request for the caller's identifiers (`asks_identifiers`): it
    asks, though without a verb. «Что? Когда? Код?» does not."""
    words = word_norms(sentence)
    return len(words) >= 3 and any(w in _YOU_WORDS for w in words) and (
        sentence.rstrip().endswith("?") or tx.is_question(sentence, lang)) or asks_identifiers(sentence, lang)


# what may stand beside the identifiers in a polite request: the caller's possessive, "and", "also", the word of the
# identifier's kind ("личный код", "ees- ja perekonnanimi", "полное имя")
_WITH_IDENTIFIER = frozenset(tx.fold(w) for w in """teie oma ja ning ka veel siis nuud ees isiku
    ваш ваша ваше вашу ваши вашего и а ещё еще также тоже теперь тогда личный полное полностью""".split())
_PLEASE = {"et": "palun", "ru": "пожалуйста"}


def asks_identifiers(sentence: str, lang: str) -> bool:
    """A polite verbless request for the caller's own identifiers: the politeness word and nothing but identifier
    words (`_IDENTIFIER_WORD`, a hyphenated pair "имя-фамилию" too), their possessive and linking words («Фамилию и
    код, пожалуйста.», "Nimi ja isikukood, palun."). It asks as "Öelge palun ..." would. A topic beside them
    («Код, пенсия, выплата, пожалуйста.») makes a keyword row, and without the politeness word a bare "Nimi ja
    isikukood." is left to the keyword reading."""
    sl = sentence_language(sentence, lang)
    ident = _IDENTIFIER_WORD.get(sl)
    words = [tx.fold(w) for w in word_norms(sentence)]
    if ident is None or _PLEASE[sl] not in words:
        return False
    rest = [w for w in words if w != _PLEASE[sl] and w not in _WITH_IDENTIFIER]
    return bool(rest) and all(part and ident.fullmatch(part) for w in rest for part in w.split("-"))


def _confirmation(sentence: str) -> bool:
    """A sentence of confirmation words only ("Just nii.", "jah just nii", «Да, именно так.», «Всё верно.»)."""
    words = [tx.fold(w) for w in word_norms(sentence)]
    return 1 <= len(words) <= 4 and all(w in _CONFIRM_WORDS for w in words) \
        and any(w not in ("nii", "так", "все", "всё") for w in words)


def summary_marker(text: str, lang: str, summary: tuple[str, ...]) -> list:
    return [m for m in phrase_set(summary, lang).find_all(text) if not m.negated] if summary else []


# a confirmation of what the client asked or summed up («Совершенно верно, итог именно такой.», "Täpselt nii."):
# an answer, however few verbs it has
CONFIRMATION = re.compile(r"^\W*(?:(?:да|jah|jaa)[\s,]+)?(?:(?:совершенно|абсолютно|все|всё)\s+)?"
                           r"(?:верно|правильно|именно\s+так|так\s+и\s+есть)\b"
                           r"|^\W*(?:(?:jah|jaa)[\s,]+)?(?:tapselt|just|oige|nii\s+on)\b"
                           # the client's request reported done ("saadetud, head päeva", «отправлено, всего доброго»)
                           r"|^\W*(?:(?:jah|jaa|да|okei|хорошо)[\s,]+)?(?:(?:on\s+)?(?:saadetud|edastatud|tehtud)|"
                           r"(?:уже\s+)?(?:отправлен[оа]?|выслан[оа]?|сделано|готово|передан[оа]?))\b")


# the signs of terse chat that relate two things: "X = value", "A → B" ("Sünd. 03/1962 → pension 04/2027")
_RELATION = re.compile(r"\s(?:=|→|->|⇒|=>)\s|(?<=\w)(?:→|⇒)(?=\w)")
_MAX_RELATIONS = 2


def value_relation(sentence: str) -> bool:
    """A terse statement written with "=" or "→" relating values (new-user batch 46: "Pensioniiga 2027 = 65 a + 1 kuu",
    "Sünd. 03/1962 → pension alates 04/2027"): one or two signs, content on every side and a number on one of them,
    the sign taking the place of the verb. Said in reply to the client's question it is an answer (`acts`). A chain of
    bare keywords joined by the signs ("Pensioniiga = iseteenindus → taotlus") relates no value, and a row of three
    signs or more is a diagram, not a sentence."""
    sides = _RELATION.split(sentence)
    if not 2 <= len(sides) <= _MAX_RELATIONS + 1:
        return False
    contents = [[t for t in tx.tokenize_cached(side) if t.is_word or t.text[:1].isdigit()] for side in sides]
    return all(contents) and any(t.text[:1].isdigit() for side in contents for t in side)


def asks_anything(turn, lang: str) -> bool:
    """Did the client's turn ask anything, directly or reported ("tahaks teada, millal pension tuleb ja kas varem
    saab"): `client_asked`, or an interrogative word anywhere?"""
    return client_asked(turn, lang) or (turn is not None and turn.role == "client" and any(
        t.norm in _ASKING_WORDS for t in tx.tokenize_cached(turn.text) if t.is_word))
