"""Rudeness phrases excused by context: an own way offered, a redirect with a place, a quote, a choice."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis, sentence_of
from trainer.scoring.courtesy_informs import SOCIAL_ONLY, without

# "you can also do it yourself": an offer of a further way ("Taotluse seisu saate vaadata ka ise iseteeninduses.",
# «Вы также можете сами посмотреть ...»), not the brush-off "vaadake ise" / the condescending "saate ju ise"
_CAN = re.compile(r"\b(?:saate|voite|saab|voib|можете|можно)\b")
_ALSO_SELF = re.compile(r"\b(?:ka|samuti)\s+ise\b|\b(?:также|тоже)\b.*\bсам[иа]?\b|\bсам[иа]?\b.*\b(?:также|тоже)\b")
_PARTICLE = re.compile(r"\b(?:ju|же|ведь)\b")


def offer_of_own_way(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match inside an offer of a further way the client can use themselves („saate ka ise
    vaadata“, «можете также сами посмотреть»), without the condescending "ju" / «же»?"""
    a, b = sentence_of(an, i, m.start)
    folded = tx.fold(an.turns[i].text[a:b])
    return bool(_CAN.search(folded) and _ALSO_SELF.search(folded) and not _PARTICLE.search(folded))


# "not ours" said as a redirect: «это не к нам, это в Пенсионный центр», "see pole meie asi, pöörduge Töötukassasse"
_NOT_OURS_WORDS = re.compile(r"\b(?:не\s+к\s+нам|не\s+ко\s+мне|не\s+наш\w*|pole\s+meie|ei\s+ole\s+meie|meie\s+asi\s+ei)\b")


def redirect_with_place(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the "not ours" match part of a redirect that names where to go: another authority in the same reply,
    or the place said in the contrast itself («это не к нам, а к системе образования», "see pole meie, vaid kooli
    asi")? Not when the reply hangs up at once and says little else («это не к нам это в самоуправление до
    свидания»): a bare redirect with a goodbye cuts the client's question off (blind round 18)."""
    if not _NOT_OURS_WORDS.search(tx.fold(m.quote.lower())):
        return False
    text = an.turns[i].text
    if _hangs_up_on(an, i, m):
        return False
    after = tx.fold(text[m.start + len(m.quote):].lower())
    if _CONTRAST_PLACE.match(after):
        return True
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    return bool(authorities.find_all(text)) and bool(_DIRECTS.search(tx.fold(text.lower())))


# "it is all written there" / "look there" (the rudeness phrases of a pointer), and another agency named by its
# name: a capitalised "...amet", "...kassa", "...keskus" other than ours ("Haridus- ja Noorteamet", "Transpordiamet"),
# «Департамент ...» other than ours, «... касса»
_THERE_POINTER = re.compile(r"\b(?:kirjas|vaad\w+|vaata|написан\w*|указан\w*|описан\w*|смотрите|посмотрите)\b")
_OTHER_AGENCY = re.compile(r"\b(?!Sotsiaalkindlustus)[A-ZÕÄÖÜ][\w-]*(?:\s+ja\s+[A-ZÕÄÖÜ]?\w+)?(?:amet|kassa|keskus)\w*|"
                           r"\bДепартамент\w*\s+(?!социального)[а-яё]+|\b[А-ЯЁ]\w+\s+касс\w+|\bКасс\w+\s+[а-яё]+")
# a reproachful particle keeps the pointer a reproach ("seal on ju kõik kirjas", «там же всё написано»)
_REPROACH_PARTICLE = re.compile(r"\b(?:ju|ometi|же|ведь|вообще-то)\b")


def other_agency_pointer(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match a pointer to the page of another agency the same sentence names as the one that
    handles the matter ("Õppetoetusi maksab Haridus- ja Noorteamet, vaadake nende kodulehelt, seal on kõik
    kirjas", «Этим занимается Налогово-таможенный департамент, там всё указано»)? The client's question is not
    ours, and she is told where to go: a redirect, however curt. With "ju" / «же» it still reproaches."""
    if not _THERE_POINTER.search(tx.fold(m.quote.lower())):
        return False
    a, b = sentence_of(an, i, m.start)
    sentence = an.turns[i].text[a:b]
    if _REPROACH_PARTICLE.search(tx.fold(sentence.lower())):
        return False
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    return bool(_OTHER_AGENCY.search(sentence) or authorities.find_all(sentence))


# "not to us, but to ...": «..., а к/в ...», "..., vaid ..." right after the "not ours" phrase
_CONTRAST_PLACE = re.compile(r"^\W*(?:а|но)\s+(?:к|ко|в|во|на)\s+\w+|^\W*vaid\s+\w+")
_BARE_REDIRECT = 4  # words besides the "not ours" phrase and the goodbye: «это в самоуправление» (3) explains nothing


def _hangs_up_on(an: TranscriptAnalysis, i: int, m) -> bool:
    """Does agent unit i, with the "not ours" match m, say goodbye and little else (`_BARE_REDIRECT` words)?"""
    text = an.turns[i].text
    farewell = an.phrase_set(("farewell",))
    if not farewell.find_all(text):
        return False
    rest = without(an, text[:m.start] + " " + text[m.start + len(m.quote):], SOCIAL_ONLY)
    return sum(t.is_word for t in tx.tokenize_cached(rest)) <= _BARE_REDIRECT


# sending the client somewhere: «обратитесь», «звоните», «это через ...», «это вопрос ...», "pöörduge", "see käib ..."
_DIRECTS = re.compile(r"\b(?:обрати\w+|звони\w*|позвони\w*|напиши\w*|пишите|это\s+(?:в|к|через)\s|это\s+вопрос|"
                      r"вопрос\s+(?:к|в)\s|poordu\w*|helista\w*|kirjuta\w*|see\s+kaib|kaib\s+labi)")


# a misunderstanding put as a condition, not a verdict: «Если Вы неправильно поняли письмо, я объясню», "Kui Te ei
# saanud aru, küsige julgelt" (the phrase "Вы неправильно поняли" alone blames the client)
_UNDERSTOOD = re.compile(r"(?:понял|понима|aru\b|moist)")
_IF_BEFORE = re.compile(r"\b(?:если(?!\s+честно)|kui(?!\s+aus)|juhul)\s*(?:\w+\s+){0,2}$")


def conditional_misunderstanding(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match a "you misunderstood" phrase that follows an "if" in its sentence?"""
    if not _UNDERSTOOD.search(tx.fold(m.quote.lower())):
        return False
    a, _ = sentence_of(an, i, m.start)
    return bool(_IF_BEFORE.search(tx.fold(an.turns[i].text[a:m.start].lower())))


# a quoted stretch: «...», „...“, "...", “...”
QUOTED = re.compile(r"«[^»]*»|„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"")


def quoting_client(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match inside quotation marks and made of words the client said earlier (the client's
    report given back: «Я записываю: сотрудница сказала Вам «сами виноваты»»)? A phrase in quotes that nobody
    said before is the agent's own."""
    text = an.turns[i].text
    end = m.start + len(m.quote)
    # the match's words inside the quotes (a "Вам" just before the quote mark belongs to the agent's frame)
    inside = next((text[max(q.start(), m.start):min(q.end(), end)] for q in QUOTED.finditer(text)
                   if q.start() < end - 1 < q.end()), None)
    if inside is None:
        return False
    words = [tx.fold(t.text.lower()) for t in tx.tokenize_cached(inside) if t.is_word]
    heard = {tx.fold(t.text.lower()) for k in range(i) if an.turns[k].role == "client"
             for t in tx.tokenize_cached(an.turns[k].text) if t.is_word}
    return bool(words) and all(w in heard for w in words)


# an alternative question: "kas ... või ...", «... или ...?» with words on both sides of the "or"
_ALT_ET = re.compile(r"\bkas\b(?:\s+\w+){2,}?\s+voi\s+\w+\s+\w+")
_ALT_RU = re.compile(r"(?:\w+\s+){2,}или(?:\s+\w+){2,}")


def alternative_asked(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match one of the alternatives the agent asks the client to choose from ("kas see, et Te ei ole
    otsusega nõus, või see, et Te ei saa aru, miks nii otsustati", «Вы не согласны с решением или Вы не так поняли,
    на чём оно основано?»)? A question offering "you do not understand" as one choice asks; "Kas Te siis ei saa aru
    või?" (no second alternative) and a statement still talk down."""
    a, b = sentence_of(an, i, m.start)
    return offers_alternatives(an.turns[i].text[a:b], an.language)


@lru_cache(maxsize=16_384)  # a pure function of the text
def offers_alternatives(sentence: str, language: str) -> bool:
    """Is the sentence a question offering alternatives (see `alternative_asked`)?"""
    words = " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)
    if language == "et":
        return bool(_ALT_ET.search(words))
    return language == "ru" and bool(_ALT_RU.search(words)) and tx.is_question(sentence, "ru")
