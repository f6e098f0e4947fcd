"""Spoken questions (Estonian, Russian): a question by intonation in speech without punctuation
(`is_spoken_question`: tags such as "…, jah", «…, да», "ega …", a question word after a preposition, a question
conjoined to a run-on clause, an alternative about the client), echoes and announced questions. The front of
question detection: re-exports `is_question` (interrogative.py), the question tags (question_tags.py) and the checks
of what the client said ("Вы живёте в Германии" answered with да/нет; statements.py)."""

from __future__ import annotations

from functools import lru_cache

from .exclamations import is_exclamation
from .interrogative import ET_QUESTION_PREFIXES, LEADING, first_words, is_question, ru_interrogative
from .normalize import tokenize_cached
from .question_clauses import ru_finite_verb
from .question_tags import (
    ET_SO_TAGS,
    ET_TAG_PAIRS,
    ET_TAGS,
    RU_TAG_PAIRS,
    RU_TAGS,
    asks_without_verb,
    et_tag,
    ru_tag,
)
from .question_words import (  # noqa: F401  (clarify, analysis)
    CLIENT_ANYWHERE,
    CLIENT_KNOW,
    ET_INTERROGATIVES,
    ET_YOU,
    RU_ANYWHERE,
    RU_INTERROGATIVES,
    RU_KNOW,
    RU_PREPOSITIONS,
    YOU,
)
from .statements import (  # noqa: F401  (re-exported: moved to statements.py)
    ALTERNATIVE_LONGEST,
    CHECK_LONGEST,
    CONFIRMATIONS,
    THANKS,
    after_sigh,
    check_frame_end,
    check_frame_span,
    client_open_question,
    closing_frame,
    et_first_person_verb,
    framed_paraphrase,
    is_check_statement,
    is_resignation,
    need_paraphrase,
    negated_alternative,
    restates_need,
    tag_then_doubt,
    what_if,
)
from .tags import tag_then_afterthought

__all__ = ["announces_question", "asks_without_verb", "is_question", "is_spoken_question", "is_check_statement", "CONFIRMATIONS"]


# «могу»/«можем»: the client asking whether she may («а я могу за него записать со своего входа», blind round 25)
_RU_MODALS = frozenset("нужно надо можно должна должен должны будет будут придётся придется могу можем".split())
_RU_MAY = frozenset({"могу", "можем"})  # «а я не могу туда поехать»: what she cannot do, no question
_RU_OPENERS = frozenset("а и но".split())
_RU_IDENTITY = {("я", "говорю"), ("я", "разговариваю")}
# a client's first-person verb of asking that announces the question after it
_ASK_ANNOUNCE = frozenset("спрошу спросить спросила спросил kusiksin kusida kusin".split())
_CLIENT_CHECKS = {("то", "есть"), ("ehk", "siis"), ("значит", "мне"), ("значит", "я")}
# the agent's own next step of finding out or telling embeds what follows even across «а» in speech («я проверю а
# сколько начислили»: how much, not a question), while «вижу»/«понимаю» before «а» only mark that the agent follows
_RU_WILL_TELL = frozenset("посмотрю проверю уточню узнаю объясню расскажу скажу подскажу".split())


@lru_cache(maxsize=16384)  # a pure function of the text: the checks ask of the same sentences
def is_spoken_question(sentence: str, lang: str, client: bool = False) -> bool:
    """A question by intonation in a speech transcript without punctuation. Besides `is_question`:

    - a tag at the end: Estonian "..., jah", "..., eks (ole)", "... või mitte"; Russian «..., да»,
      «... или нет», «..., правильно», «... не так ли», «..., правда» (three words or more before it);
    - Estonian "ega" opening the sentence ("ega te ei ole veel avaldust esitanud");
    - Russian «я говорю с Ириной Смирновой»: a check of who is on the line;
    - Russian: «сколько», «почему», «зачем», «куда», «какой» anywhere in a short sentence, not after a
      verb of knowing («вы не сказали сколько это займёт», «а сроки какие»);
    - Russian: an interrogative after a preposition («а до какого числа ...», «на что мне жить»), and
      «а мне ... нужно/можно ...» (a client's yes/no question opened by «а» with a modal word);
    - Russian: a short check of the client's situation opened by «вы» (`is_check_statement`: no advice,
      no modal, nothing in the first person, no negation: "вы живёте одна и получаете пенсию") or a
      longer alternative question («вы спрашиваете о сумме или о налоге»).

    With `client`, a client's line: «то есть ...», "ehk siis ..." check what they understood ("nii et ..."
    concludes as often as it asks);
    a client's «вы ...» speaks to the agent and asks only with a question word or particle.

    Other statements about the client said with rising intonation are recognised in context, by the
    client's yes or no (`is_check_statement`, `CONFIRMATIONS`).

    Only for text that has no punctuation at all.
    """
    if is_question(sentence, lang):
        return True
    if is_exclamation(sentence, lang):
        return False  # «ой как хорошо что вы позвонили»
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    if not client and (need_paraphrase(words, lang) or framed_paraphrase(words, lang)):
        return True
    lead = first_words(sentence)
    if not client and lang == "et" and len(lead) < len(words) and need_paraphrase(lead, lang):
        return True  # "selge et te tahate teada kas ...": the paraphrase after an opening "selge"/"jah" and "et"
    if not client and closing_frame(words, lang):
        return True  # "et ema sai eelmisel aastal ja sel aastal jäi tulemata nii ma saan aru" (blind round 25)
    if len(words) >= 4:
        last, pair = words[-1], tuple(words[-2:])
        if lang == "ru" and (pair in RU_TAG_PAIRS or (last in RU_TAGS and ru_tag(words))):
            return True
        if lang == "et" and (pair in ET_TAG_PAIRS or (last in ET_TAGS and et_tag(words))
                             or (pair in ET_SO_TAGS and any(w in ET_YOU for w in words[:-2]))):
            return True
    if lang == "et" and words and words[0] == "ega" and len(words) >= 3:
        return True
    if _tag_then_contrast(sentence, lang, client):
        return True  # «вы подавали по возрасту да не на досрочную», "... jah mitte ennetähtaegset"
    if tag_then_afterthought(sentence, lang, client):
        return True  # «отец живёт один да в своей квартире», "isa elab üksi jah oma korteris"
    lead = first_words(sentence)
    if lang == "ru" and lead:
        if lead[0] in RU_PREPOSITIONS and len(lead) > 1 and ru_interrogative(lead[1]):
            return True
        if words[0] in _RU_OPENERS and 3 <= len(words) <= 10 and any(
                w in _RU_MODALS and not (w in _RU_MAY and words[k] == "не") for k, w in enumerate(words[1:])) \
                and words[1] in ("мне", "нам", "я", "мы", "ему", "ей") and not any(w.startswith("зна") for w in words):
            return True  # not «а я и не знала что так можно»
    if lang == "ru" and len(words) <= 12:
        for k in range(1, len(words)):
            if (words[k] in RU_ANYWHERE or (words[k].startswith("каки") and len(words[k]) > 4)
                    or (words[k] in RU_PREPOSITIONS and k + 1 < len(words) and ru_interrogative(words[k + 1])
                        and words[k - 1] != "ни")) \
                    and not any(w in RU_KNOW for w in _own_clause(words, k)) \
                    and not any(w in _RU_WILL_TELL for w in words[:k]):
                # «вы ни в чём не виноваты», «ни о чём не беспокойтесь»: «ни» + preposition is a negative pronoun
                return True  # «но вы не сказали сколько это займёт», «а сроки какие», «я запутался мне к кому идти»
    if not client and _conjoined_question(words, lang):
        return True  # «... давайте посмотрим а какую пенсию мама получает по старости»
    # an alternative question about the client: "вы спрашиваете о сумме или о налоге"
    if lang == "ru" and len(words) <= 6 and tuple(words[:2]) in _RU_IDENTITY and len(words) >= 4:
        from .names import is_first_name

        if is_first_name(words[3]) or is_first_name(words[-1]):
            return True  # «я говорю с Ириной Смирновой»: a check of who is on the line
    if lang == "ru" and _ru_who_to(lead):
        return True  # «а ты сама кто ему», «вы ему кем приходитесь»: who the caller is to the person asked about
    if lang == "ru" and len(words) >= 3 and words[-1] == "вы" and _ru_inverted_you(words):
        return True  # «пособие на старших получаете вы»: the verb before «вы» at the end asks
    if client:
        # a question word anywhere in the client's line, not inside "I'll see / don't know where ...": "ma
        # küsisin lihtsalt kust ma selle rulaatori saan", «и если не получится куда тогда»
        for k, w in enumerate(words):
            if k and (w in CLIENT_ANYWHERE or (lang == "ru" and w.startswith("кто-"))) \
                    and not any(x in CLIENT_KNOW or x in RU_KNOW for x in words[:k]):
                return True
            # a question word after a preposition at any length of the line: «... или к вам писать и до какого
            # числа» (blind round 25); not «по какой-то причине», nor after "I don't know"
            if lang == "ru" and k and w in RU_PREPOSITIONS and k + 1 < len(words) and "-" not in words[k + 1] \
                    and ru_interrogative(words[k + 1]) and words[k - 1] != "ни" \
                    and not any(x in CLIENT_KNOW or x in RU_KNOW for x in words[:k]):
                return True
        # the client announces a question and asks it: «и ещё спрошу сестра ... ей тоже надо», "tahan küsida kas ..."
        if _announced(words):
            return True
        if client_open_question(words, lang) or what_if(words, lang) or tag_then_doubt(words, lang):
            return True
        # the client checks what they understood: «то есть финская часть пропадает», "nii et mina valetan"
        return any(tuple(words[k:k + 2]) in _CLIENT_CHECKS for k in range(min(3, len(words) - 2)))
    # «спасибо а вы на какой счёт ждёте»: the thanks before the question is no part of it
    while len(lead) > 1 and (lead[0] in THANKS or lead[0] in LEADING):
        lead = lead[1:]
    # an alternative that closes the sentence asks at any length a check may have: «так вы получаете пенсию из ... и
    # в этом месяце её нет а раньше она приходила каждый месяц или раз в несколько месяцев» (blind round 25)
    either = "или" in words[-8:]
    if _alternative_about_you(words, lang) and not any(ch.isdigit() for ch in sentence):
        return True  # «а письмо это касается вашего пособия или кого-то из семьи» (blind round 27)
    return lang == "ru" and bool(lead) and lead[0] in YOU \
        and all(w != "не" or negated_alternative(words, k, lang) for k, w in enumerate(words)) \
        and (len(lead) <= 12 or "или" in words) and not any(ch.isdigit() for ch in sentence) \
        and is_check_statement(" ".join(lead), lang, longest=ALTERNATIVE_LONGEST if either else CHECK_LONGEST)


_OR_WORDS = {"ru": frozenset({"или", "либо"}), "et": frozenset({"voi"})}
# a negation, "kas", or the agent's side as the one addressed ("kirjutate meile ... või ...": an instruction)
_ALT_NOT = frozenset({"не", "ei", "kas", "meile", "meid", "meilt", "mulle", "minule", "minult"})
_ALT_ANSWERS = frozenset({"да", "нет", "jah", "jaa", "ei"})  # a reply to the client's question opens so: it answers
_ALT_LONGEST = 16


def _alternative_about_you(words: list[str], lang: str) -> bool:
    """Is the spoken sentence an alternative question about the client's matter that does not open with «вы»: «или»/
    "või" once, between two alternatives (not closing a tag: «или нет», "või mitte"), at most 16 words, a check of the
    client's situation (`is_check_statement`: no advice, modal or first person), no negation, no "kas" ("kas A või B" is
    either-or, judged by its own rules) and no yes or no opening it (an answer)? In Russian it opens with the asking
    «а»/«и» («так а письмо это касается вашего пособия или кого-то из семьи») or has the client as its subject before
    «или» («вы», «у вас»); in Estonian the client is its subject before "või" ("te", "teil", a -te verb: "mhm ja te
    küsite enda või ema pensioni kohta"). «да в вашу управу или в волость», "Teie kohtuasja kohta oskab öelda kohus või
    õigusnõustaja" answer with the client's options (blind round 27)."""
    while len(words) > 1 and words[0] in LEADING and words[0] not in _ALT_ANSWERS | {"а", "и"}:
        words = words[1:]
    ors = [k for k, w in enumerate(words) if w in _OR_WORDS.get(lang, ())]
    if len(ors) != 1 or not 2 <= ors[0] <= len(words) - 2 or len(words) > _ALT_LONGEST or words[0] in _ALT_ANSWERS \
            or any(w in _ALT_NOT and not (w in ("не", "ei") and negated_alternative(words, k, lang))
                   for k, w in enumerate(words)) or words[ors[0] + 1] in ("нет", "mitte", "kuidas", "mis"):
        return False
    before = words[:ors[0]]
    if lang == "ru":
        asked = before[0] in ("а", "и") or any(
            w == "вы" or (w == "вас" and n and before[n - 1] == "у") for n, w in enumerate(before))
    else:
        asked = any(w in ("te", "teil") or (len(w) > 4 and w.endswith(("ate", "ete", "ite", "ute"))) for w in before)
    return asked and is_check_statement(" ".join(words), lang, longest=_ALT_LONGEST)


def _own_clause(words: list[str], k: int) -> list[str]:
    """The words before ``k`` in its own clause: after the last «а»/«но» that opens a new one («так вижу а письмо о
    чём ...»: the verb of seeing before «а» embeds nothing; «я вижу сколько пришло» embeds, blind round 27)."""
    start = max((n + 1 for n, w in enumerate(words[:k]) if w in ("а", "но") and n), default=0)
    return words[start:k]


# the conjunction that breaks off a run-on spoken clause and opens a question («а какую ...», "aga mitu ...");
# question words that only ask (not что/как/когда/где, "mis"/"kus", which also join clauses)
_CONJOINED_LEADS = {"ru": frozenset({"а"}), "et": frozenset({"aga", "ja"})}
_CONJOINED_ASKING = {"ru": RU_ANYWHERE | frozenset({"кто", "кого", "кому", "чей", "чья", "чьё", "чье", "чьи"}),
                     "et": frozenset("millal miks mitu mitme kuidas kumb kumba kes keda kellele kellel".split())}
_CONJOINED_MIN, _CONJOINED_MAX = 3, 12


def _conjoined_question(words: list[str], lang: str) -> bool:
    return _conjoined_start(words, lang) is not None


def conjoined_question_start(sentence: str, lang: str) -> int | None:
    """The character offset in a spoken sentence where a question conjoined to the run-on clause before it starts
    (`_conjoined_question`: «... давайте посмотрим а какую пенсию мама получает»), or None: what comes before it (an
    acknowledgement, «я понимаю это очень неприятно») is a clause of its own, not part of the question."""
    tokens = [t for t in tokenize_cached(sentence) if t.is_word]
    k = _conjoined_start([t.norm for t in tokens], lang)
    return tokens[k].start if k is not None else None


def _conjoined_start(words: list[str], lang: str) -> int | None:
    """Does a run-on spoken sentence end in a question of its own, opened by «а» (Estonian "aga", "ja") and a
    question word that only asks («я понимаю это неприятно давайте посмотрим а какую пенсию мама получает»,
    "see on ebameeldiv ema kindlasti muretseb aga millist pensioni ta saab")? The conjunction breaks off the
    clause before it, so the question word heads no embedded clause of a verb of looking («посмотрим какую
    пенсию ...», without «а», says what the agent will look at); after a verb of knowing or looking right before
    the conjunction ("vaatame aga millist ...", «проверю а сколько ...») it still may, and asks nothing. The
    clause (3-12 words) must be a question by itself (`is_question`: «а когда решение будет готово вам придёт
    письмо» is a rule)."""
    leads, asking = _CONJOINED_LEADS.get(lang), _CONJOINED_ASKING.get(lang)
    if not leads:
        return None
    for k in range(len(words) - 2, 0, -1):
        w, nxt = words[k], words[k + 1]
        if w not in leads:
            continue
        if not (nxt in asking or (lang == "ru" and nxt.startswith("каки") and len(nxt) > 4)
                or (lang == "et" and nxt.startswith(ET_QUESTION_PREFIXES))
                or (lang == "ru" and nxt in RU_PREPOSITIONS and k + 2 < len(words) and ru_interrogative(words[k + 2]))):
            continue
        before = words[k - 1]
        if before in RU_KNOW or before in CLIENT_KNOW or before in _ET_KNOWING:
            return None
        tail = words[k:]
        asked = tail[2:] if nxt in RU_PREPOSITIONS else tail  # «а с какого месяца ...»: asked from «какого»
        return k if _CONJOINED_MIN <= len(tail) <= _CONJOINED_MAX and is_question(" ".join(asked), lang) else None
    return None


# verbs of looking, checking and knowing after which an Estonian question word heads an embedded clause
_ET_KNOWING = frozenset("""vaatame vaatan vaadata kontrollin kontrollime kontrollida uurin uurime uurida tean
    teame teada selgitan selgitame raagin ütlen utlen""".split())


# a tag and the alternative it rules out: «... да не на досрочную», «... верно а не по инвалидности», "... jah mitte ..."
CONTRAST_TAGS = {"ru": frozenset("да правильно верно".split()), "et": frozenset("jah eks eksole onju".split())}
_CONTRAST_NOT = {"ru": frozenset({"не"}), "et": frozenset({"mitte"})}


def _tag_then_contrast(sentence: str, lang: str, client: bool) -> bool:
    """Does a question closed by a tag go on only with the alternative it rules out («вы подавали на пенсию по
    возрасту да не на досрочную», "te taotlesite vanaduspensioni jah mitte ennetähtaegset"): «не»/"mitte"
    (after «а»/"aga"/"ja" at most) and up to four words without a verb? The check before the tag asks."""
    tags, nots = CONTRAST_TAGS.get(lang), _CONTRAST_NOT.get(lang)
    if not tags:
        return False
    tokens = [t for t in tokenize_cached(sentence) if t.is_word]
    for k in range(3, len(tokens) - 2):
        if tokens[k].norm not in tags:
            continue
        j = k + 1 + (tokens[k + 1].norm in ("а", "aga", "ja"))
        tail = [t.norm for t in tokens[j + 1:]]
        if j < len(tokens) and tokens[j].norm in nots and 1 <= len(tail) <= 4 \
                and not any(finite_verb(w, lang) for w in tail):
            return is_spoken_question(sentence[:tokens[k].start + len(tokens[k].text)], lang, client)
    return False


def finite_verb(word: str, lang: str) -> bool:
    if lang == "ru":
        return ru_finite_verb(word)
    return et_first_person_verb(word) or word.endswith(("takse", "nakse", "dakse", "b", "vad", "te"))


def _announced(words: list[str]) -> bool:
    for k, w in enumerate(words[:-3]):
        if w in _ASK_ANNOUNCE and not any(x in RU_KNOW or x in ("ei", "не") for x in words[max(0, k - 2):k]) \
                and words[k + 1] != "у" and not words[k + 1].endswith("lt") and words[k + 1] not in ("но", "aga"):
            return True  # not «спрошу у врача», "küsin arstilt": asking someone else
    return False


@lru_cache(maxsize=16384)  # a pure function of the text: the checks ask of the same sentences
def announces_question(sentence: str, lang: str) -> bool:
    """A client's typed sentence that announces a question and states it without "?" («И ещё хотела
    спросить про пособие на похороны, мне его не выплатили», "Tahtsin veel küsida matusetoetuse kohta"):
    the matter is put to the agent as a question. Not asking someone else («спрошу у врача») and not a
    question already settled («хотела спросить, но уже нашла»)."""
    return _announced([t.norm for t in tokenize_cached(sentence) if t.is_word])


_RU_NO_INVERSION = frozenset("если когда раз пока что чтобы как будете можете должны".split())


_RU_WHO = frozenset("кто кем".split())
_RU_ADDRESSEE = frozenset("ты вы сама сам сами".split())
_RU_THIRD_DATIVE = frozenset("ему ей им".split())


def _ru_who_to(lead: list[str]) -> bool:
    """«ты сама кто ему», «вы ему кто будете», «вы кем ей приходитесь»: the person spoken to (ты/вы), «кто»/«кем»
    and a dative him/her in a short line (at most six words after the opening particles) ask who the caller is
    to the person the call is about. Not a relative clause («тот кто ему звонил»: no ты/вы before it)."""
    if not 3 <= len(lead) <= 6 or lead[0] not in ("ты", "вы"):
        return False
    k = next((j for j, w in enumerate(lead) if w in _RU_WHO), -1)
    return k > 0 and all(w in _RU_ADDRESSEE | _RU_THIRD_DATIVE for w in lead[1:k]) \
        and any(w in _RU_THIRD_DATIVE for w in lead[1:k + 2])


def _ru_inverted_you(words: list[str]) -> bool:
    """«… получаете вы», «оформляете вы»: a 2nd person plural verb in the indicative right before a final
    «вы» is a spoken yes/no question by word order; not an imperative («подтвердите вы»), an auxiliary or a
    modal («решать будете вы»), a negated verb, nor inside an если/что clause («если получаете вы …»)."""
    from .lexicon import ru_parse

    verb = words[-2]
    if verb in _RU_NO_INVERSION or any(w in _RU_NO_INVERSION or w == "не" for w in words[-6:-1]):
        return False
    parses = ru_parse(verb)
    if not parses or any("impr" in p.tag for p in parses[:4]):
        return False  # «подтвердите вы»: the perfective future is also the imperative
    tag = parses[0].tag
    return tag.POS == "VERB" and "2per" in tag and "plur" in tag and "indc" in tag


_ECHO_LEADS = frozenset("а ага и ну aga ja no noh aa".split())


@lru_cache(maxsize=16384)  # a pure function of the text: the checks ask of the same sentences
def is_echo(sentence: str, previous: str, lang: str) -> bool:
    """Is a client's short question an echo: one or two words that repeat the agent's name or words of
    the agent's previous reply («Андрей?», "Kadri?", "Seitsmendal?")? An echo acknowledges or checks
    hearing; it asks nothing the agent has not just said, so it leaves no question open. An
    interrogative ("Millal?", «Почему?») is no echo."""
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    while len(words) > 1 and words[0] in _ECHO_LEADS:
        words = words[1:]
    if not 1 <= len(words) <= 2 or is_question(sentence.replace("?", " "), lang):
        return False
    from .names import is_first_name

    said = {t.norm for t in tokenize_cached(previous) if t.is_word}
    stems = {w[:5] for w in said if len(w) >= 5}
    return all(w in said or (len(w) >= 5 and w[:5] in stems) or is_first_name(w) for w in words)



def check_frame_start(sentence: str, lang: str) -> int | None:
    """The character offset in a spoken sentence where a frame of understanding with "õigesti"/«правильно»
    (`check_frame_span`) starts, or None: what comes before it ("aitäh enne kui ma järele vaatan ...", «спасибо
    секундочку ...») is a clause of its own, not part of the check."""
    tokens = [t for t in tokenize_cached(sentence) if t.is_word]
    span = check_frame_span([t.norm for t in tokens], lang)
    return tokens[span[0]].start if span else None
