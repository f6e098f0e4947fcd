"""Courtesy, second part: reproach in any wording, pointers instead of answers, recycled text, cutting off.

Used by `trainer.scoring.courtesy.rude` after the rudeness phrases (blind round 10):

- :func:`reproach`: counting how often the agent already said it («я же вам уже два раза сказала», "ütlesin
  juba kaks korda"), "you will manage yourself" ("küll Te ise hakkama saate", «сами разберётесь»), a duty put
  on the client with a reproachful particle ("kohustus oli ju teil", «вы же обязаны были»), and the client's
  counterfactual past as the cause ("kui oleksite saatnud, poleks enammakset tekkinud", «если бы вы сообщили,
  переплаты не было бы»). Not in a question or after an "if"; "isegi kui" / «даже если» exonerates.
- :func:`no_reproach`: a duty explained as a general rule (no "you" in the sentence) or with an explicit
  "this is no reproach" is no blame.
- :func:`pointer_brush_offs`: a bare "look it up there" as the whole reply to a question ("Vaadake
  iseteenindusest.", «см. сайт»), or two or more replies that only point to a source (the website, the
  decision, "write to us") instead of answering.
- :func:`recycled_replies`: the same text put together again for a question the client says was not answered.
- :func:`cut_off`: goodbyes said while the client still asks, the call ending on the client's question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.recap import common_tail
from trainer.scoring.verdict import Evidence
from trainer.text.sources import SELF_SERVICE_ET, SELF_SERVICE_RU, WEBSITE_ET, WEBSITE_RU

_NUMBER_OF_TIMES = r"(?:kaks|kolm|neli|viis|mitu|mitmeid|sada|tuhat|\d+)\s+korda"
_SAID_ET = r"(?:utlesin|oelnud|selgitasin|selgitanud|kordasin|korranud|raakisin|raakinud|kirjutasin|kirjutanud)"
_SAID_RU = r"(?:сказал|говорил|объяснял|объяснила|повторял|писал|написал|отвечал|ответил)а?"
_REPROACH = {
    "et": re.compile(
        rf"\b{_SAID_ET}\b(?:\s+\w+){{0,3}}?\s+{_NUMBER_OF_TIMES}\b|\b{_NUMBER_OF_TIMES}\s+(?:\w+\s+){{0,2}}?{_SAID_ET}\b|"
        r"\b(?:saate|tulete)\s+(?:\w+\s+){0,3}?ise\s+(?:\w+\s+){0,2}?hakkama\b|\bise\s+(?:\w+\s+){0,2}?hakkama\s+saate\b"),
    "ru": re.compile(
        r"\bя\s+(?:же\s+)?(?:вам\s+)?(?:уже\s+)?(?:вам\s+)?(?:(?:два|три|четыре|пять|несколько|много|сто|\d+)\s+раза?|"
        rf"дважды|трижды)\s+(?:вам\s+)?(?:уже\s+)?{_SAID_RU}\b|\bя\s+же\s+вам\s+(?:уже\s+)?{_SAID_RU}\b|"
        r"\bсами\s+(?:\w+\s+)?(?:справитесь|разберетесь)\b"),
}
# "I already told you that" as the sentence's own clause (blind round 12: «Я уже написала, что в чате такие данные
# не сообщаются», "Ma juba selgitasin, et ..."): what was said is pointed at, not said again. Not "как я уже
# писала, ..." / "nagu ma juba ütlesin, ..." (the rudeness phrases judge those), nor a thing sent ("Я уже написала
# Вам письмо", "kirjutasin Teile juba e-kirja"): only a clause that ends or goes on with "that", "about it", "above".
_SAID_RU_ANY = r"(?:сказал|говорил|объяснял|объяснил|повторял|писал|написал|отвечал|ответил|упоминал|упомянул)а?"
_SAID_ET_ANY = r"(?:utlesin|selgitasin|kirjutasin|vastasin|mainisin|raakisin|kordasin)"
_WHAT_RU = r"(?:$|что\b|об\s+этом\b|про\s+это\b|выше\b|это\b|на\s+(?:этот|ваш|него)\b)"
_WHAT_ET = r"(?:$|et\b|seda\b|sellest\b|selle\s+kohta\b|eespool\b|ulal\b|ulevalpool\b)"
_ALREADY_SAID = {
    "ru": re.compile(r"^(?:(?:но|так|ну|а)\s+)?я\s+(?:же\s+)?(?:вам\s+)?уже\s+(?:же\s+)?(?:вам\s+)?"
                     + _SAID_RU_ANY + r"\s*(?:вам\s+)?" + _WHAT_RU),
    "et": re.compile(r"^(?:(?:aga|no|nii)\s+)?(?:(?:ma|mina)\s+(?:ju\s+)?(?:olen\s+)?juba\s+(?:ju\s+)?(?:teile\s+)?"
                     + _SAID_ET_ANY + r"|" + _SAID_ET_ANY + r"\s+(?:teile\s+)?(?:ju\s+)?juba)\s*(?:teile\s+)?(?:ju\s+)?"
                     + _WHAT_ET),
}
# a duty put on the client with a reproachful particle ("kohustus oli ju teil", «обязанность ведь ваша»)
_DUTY = {"et": re.compile(r"\b\w*kohustus\w*"), "ru": re.compile(r"\bобязан\w*")}
_PARTICLE = {"et": re.compile(r"\bju\b"), "ru": re.compile(r"\b(?:же|ведь)\b")}
_YOU = {"et": re.compile(r"\b(?:te|teie|teil|teile|teilt|teid|oleksite|olite|pidite)\b"),
        "ru": re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*)\b")}
# the client's counterfactual past as the cause of the trouble
_COUNTERFACTUAL = {
    "et": re.compile(r"\bkui\s+(?:te\s+|teie\s+)?(?:\w+\s+){0,4}?oleksite\b.*\b(?:poleks|ei\s+oleks|ei\s+olnuks)\b"),
    "ru": re.compile(r"\bесли\s+бы\s+вы\b.*\b(?:не\s+(?:было|возникло|возникла|возникло|пришлось)\s+бы|"
                     r"не\s+(?:\w+\s+)?бы\s+(?:было|возникло|возникла|пришлось))\b"),
}
_EVEN_IF = re.compile(r"\b(?:isegi|даже)\s+(?:\w+\s+)?(?:kui|если)\b")
_EVEN = re.compile(r"\b(?:isegi|даже)\W*$")
_IF = re.compile(r"\b(?:если|kui|juhul|kas|ли)\b")
# "I do not say this as a reproach", «это не упрёк»
_NOT_A_REPROACH = re.compile(r"\betteheit\w*|\bsuudista\w*|\bупрек\w*|\bупрека\w*|\bне\s+виню\b|\bне\s+в\s+укор\b")


def reproach(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences that reproach the client in any wording (see the module docstring)."""
    if an.language not in _REPROACH:
        return []
    lang, out = an.language, []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if _reproaches(sentence, lang):
                out.append(an.evidence(i, sentence.strip()))
    return out


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def _reproaches(sentence: str, lang: str) -> bool:
    """Does the agent sentence reproach the client (see `reproach`)?"""
    words = " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)
    if tx.is_question(sentence, lang) or _NOT_A_REPROACH.search(words):
        return False
    m = _REPROACH[lang].search(words)
    hit = bool(m) and not _IF.search(words[:m.start()])
    hit = hit or bool(_ALREADY_SAID[lang].search(words))
    hit = hit or bool(_DUTY[lang].search(words) and _PARTICLE[lang].search(words) and _YOU[lang].search(words)
                      and not _IF.search(words))
    cf = _COUNTERFACTUAL[lang].search(words)
    return hit or bool(cf and not _EVEN_IF.search(words))


# "it is all written there" said of a document still to come: «когда придёт требование, там всё будет написано»,
# "kui otsus tuleb, on seal selgelt kirjas, miks": a future form or a "when it comes" before the match's end
_WRITTEN = re.compile(r"\b(?:написан\w*|указан\w*|изложен\w*|описан\w*|kirjas|kirja\s+pandud)\b")
# (a «будут» of another clause is no letter to come: «ну тогда не будут) условия же на сайте все написаны», round 30)
_COMING = re.compile(r"\b(?:будет|будут)\s+(?:\w+\s+){0,2}?(?:написан|указан|изложен|описан)\w*|"
                     r"\b(?:написан|указан|изложен|описан)\w*\s+(?:\w+\s+)?(?:будет|будут)\b|"
                     r"\b(?:saab\s+olema|hakkab\s+olema)\b|"
                     r"\b(?:когда|как\s+только|kui|kui\s+kord)\s+(?:\w+\s+){0,3}?(?:придет|пришлют|получите|"
                     r"tuleb|saabub|jouab|saadetakse|saate)\b")


def no_reproach(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match a duty told as a rule (no "you" in its sentence: "toetuse saajal on ise kohustus
    teatada"), in a sentence that says it is no reproach, after "even if" ("isegi kui Te oleksite varem
    teatanud, poleks summa muutunud"), or "it is all written there" said of a letter still to come («когда придёт
    требование, там всё будет написано»: nobody could have read it yet)?"""
    from trainer.scoring.analysis import sentence_of

    a, b = sentence_of(an, i, m.start)
    words = tx.fold(an.turns[i].text[a:b].lower())
    if _NOT_A_REPROACH.search(words) or _EVEN.search(tx.fold(an.turns[i].text[a:m.start].lower())):
        return True
    upto = tx.fold(an.turns[i].text[a:m.start + len(m.quote)].lower())
    if _WRITTEN.search(tx.fold(m.quote.lower())) and _COMING.search(upto):
        return True
    lang = an.language if an.language in _DUTY else "et"
    quote = tx.fold(m.quote.lower())
    return bool(_DUTY[lang].search(quote) or "обязанност" in quote) and "kliendi" not in quote \
        and not _YOU[lang].search(words)


def signature_free(an: TranscriptAnalysis) -> dict[int, str]:
    """Each agent turn's own words (original turn numbers): the tail it shares with two or more other agent
    turns (a signature or macro) cut off, and keyword chains (`acts`) taken out."""
    acts = an.acts if an.acts is not None else an.raw.acts
    memo = an.__dict__.get("_signature_free_memo")  # several readers ask: read once per analysis and acts
    if memo is None or memo[0] is not acts:
        memo = an.__dict__["_signature_free_memo"] = (acts, _read_signature_free(an, acts))
    return dict(memo[1])


def _read_signature_free(an: TranscriptAnalysis, acts) -> dict[int, str]:
    originals = {t: turn.text for t, turn in enumerate(an.original_turns) if turn.role == "agent"}
    # the common ending of each pair of turns, computed once per pair (a turn ending in another character shares
    # no tail: 0 without the call)
    texts = list(originals.values())
    tails: list[list[int]] = [[] for _ in texts]
    for x, a in enumerate(texts):
        for y in range(x + 1, len(texts)):
            b = texts[y]
            n = common_tail(a, b)
            tails[x].append(n)
            tails[y].append(n)
    out = {}
    for (t, own), own_tails in zip(originals.items(), tails, strict=True):
        # a tail shared with two or more other turns is at most the second longest common ending
        shared = sorted(own_tails, reverse=True)
        longest = shared[1] if len(shared) >= 2 else 0
        for n in range(min(len(own), longest), 15, -1):
            if n == len(own) or not own[-n - 1].isalnum():
                own = own[:len(own) - n]
                break
        for f in (acts.findings if acts is not None else ()):
            if f.turn == t and f.kind == "keyword_chain":
                own = own.replace(f.quote, " ")
        out[t] = own.strip().rstrip(" \n—-–|·")
    return out


_LOOK = r"(?:vaadake|vt|uurige|lugege|смотрите|посмотрите|см|читайте|прочитайте|почитайте)"
PLACE = (rf"(?:{WEBSITE_ET}|{SELF_SERVICE_ET}|otsus\w*|{WEBSITE_RU}|{SELF_SERVICE_RU}|решени\w*|письм\w*)")
# finding it out there ("täpsustage iseteeninduses", «уточните в среде самообслуживания»), and the answer appearing
# there ("summa selgub otsuses", «сумму увидите в решении»): a pointer too when it is all the reply says
_FIND_OUT = r"(?:tapsustage|kontrollige|otsige|leiate|уточните|уточняйте|узнайте|узнавайте|проверьте|найдете|ищите|поищите)"
_APPEARS = (r"(?:selgub|selguvad|naete|naeb|ilmub|увидите|узнаете|будет\s+видно|станет\s+(?:известн\w*|ясно|видно)|"
            r"будет\s+(?:известн\w*|указан\w*))")
_POLITE = r"(?:palun|пожалуйста)"
_BARE_POINTER = re.compile(
    rf"^\W*(?:{_POLITE}\s+)?(?:(?:{_LOOK}|{_FIND_OUT})\s+(?:\w+\s+){{0,2}}?{PLACE}|{PLACE}\s+(?:\w+\s+)?"
    rf"(?:{_LOOK}|{_FIND_OUT})|(?:\w+\s+){{0,2}}?{_APPEARS}\s+(?:\w+\s+)?{PLACE})(?:\s+{_POLITE})?\W*$")
# a sentence that only says where the answer is: the website, the decision, "write to us"
SOURCE = re.compile(
    r"\b(?:koduleh\w*|veebileh\w*|internetis|на\s+сайте|сайт\w*|в\s+интернете|vt|см)\b|"
    r"\b(?:kirjas|margitud|toodud|указан\w*|написан\w*|прописан\w*)\b(?:\s+\w+){0,3}?\s+(?:otsuses|kirjas|"
    r"iseteeninduses|в\s+решении|в\s+письме|в\s+самообслуживании)\b|"
    r"\b(?:otsuses|в\s+решении|в\s+письме)\b(?:\s+\w+){0,2}?\s+(?:kirjas|margitud|указан\w*|написан\w*)\b|"
    r"\b(?:kirjutage|poorduge|обращайтесь|пишите|напишите)\b(?:\s+\w+){0,3}?\s+(?:kirjalikult|письменно)\b|"
    r"\b(?:kirjalikult|письменно)\s+(?:kirjutage|poorduge|обращайтесь)\b")
_POINTER_WORDS = 12


def folded_words(an: TranscriptAnalysis, text: str) -> str:
    return _folded_text(text)


@lru_cache(maxsize=16_384)  # a pure function of the text
def _folded_text(text: str) -> str:
    return " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(text) if t.is_word)


def _asks_where(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i ask where (a place named in the reply answers it)?"""
    from trainer.scoring.courtesy_informs import WHERE

    return bool(WHERE.search(an.turns[i].text))


def pointer_brush_offs(an: TranscriptAnalysis) -> list[Evidence]:
    """Replies to the client's question that only point to where the answer is: one bare "look there"
    ("Vaadake iseteenindusest.", «см. сайт», «Уточните в среде самообслуживания.», "summa selgub otsuses";
    signatures and keyword chains aside; not to a "where" question), or two or more replies that only name a
    source (the website, even with its address; the decision; "write to us in writing"). An offer of help, a
    number, a yes or a no, or anything else told makes it an answer."""
    bare, pointers = _pointer_replies(an)
    raw, own = an.raw, signature_free(an)
    cite = [raw.evidence(i, " ".join(own.get(p[1], "") for p in raw.turns[i].parts).strip())
            for i in (bare or (pointers if len(pointers) >= 2 else []))]
    return cite


def bare_pointers(an: TranscriptAnalysis) -> list[int]:
    """The agent units that answer the client's question with a bare "look there" (see `pointer_brush_offs`)."""
    return _pointer_replies(an)[0]


def _pointer_replies(an: TranscriptAnalysis) -> tuple[list[int], list[int]]:
    """(bare "look there" replies, replies that only name a source) to the client's questions, as unit indexes
    (read once per analysis: courtesy and the closing both ask)."""
    cached = getattr(an, "_pointer_replies", None)
    if cached is None:
        cached = an._pointer_replies = _read_pointer_replies(an)
    return cached


def _read_pointer_replies(an: TranscriptAnalysis) -> tuple[list[int], list[int]]:
    from trainer.scoring.client_reply import complains
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import ANSWER_SHAPE, sentence_informs, without_phrases

    raw = an.raw
    own = signature_free(an)
    offer, empathy = an.phrase_set(("offer", "further_help")), an.phrase_set(("empathy",))
    bare, pointers = [], []
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client" or not unit_asks(raw, i - 1):
            continue
        text = " ".join(own.get(p[1], "") for p in raw.turns[i].parts).strip()
        words = folded_words(an, without_phrases(text, empathy))  # "Mõistan Teie muret." adds no answer
        if not words or len(words.split()) > _POINTER_WORDS or "?" in text or offer.find_all(text) \
                or YES_NO.search(text):
            continue
        if _BARE_POINTER.search(words):
            if not _asks_where(raw, i - 1):  # "Kus ma otsust näen?" - "Vaadake iseteenindusest.": the place asked
                bare.append(i)
            continue
        sentences = [s for _, _, s in tx.split_sentences(text) if folded_words(an, s)]
        if sentences and all(SOURCE.search(folded_words(an, s)) or not sentence_informs(an, s) for s in sentences) \
                and any(SOURCE.search(folded_words(an, s)) for s in sentences) \
                and not any(ANSWER_SHAPE.search(re.sub(r"\S+\.(?:ee|eu|com)\S*", "", s)) for s in sentences):
            pointers.append(i)
            if complains(raw.turns[i - 1].text) and not _asks_where(raw, i - 1):
                bare.append(i)  # the website named to a client who just said the last reply did not answer her
    return bare, pointers


# the client saying the reply missed the question: "вы не поняли", «это я читал», "seda ma tean", "ma küsisin"
_PUSHBACK = re.compile(
    r"\bвы\s+(?:\w+\s+)?не\s+понял\w*|\bэто\s+я\s+(?:уже\s+)?(?:читал|знаю|слышал)\w*|\bя\s+(?:же\s+)?спрашиваю\b|"
    r"\bвы\s+не\s+знаете\b|\bне\s+ответил\w*|\bte\s+(?:\w+\s+)?ei\s+saanud\s+(?:mu\w*\s+)?aru|\bseda\s+ma\s+(?:juba\s+)?"
    r"(?:tean|lugesin|kuulsin)\b|\bma\s+(?:ju\s+)?kusisin\b|\bma\s+kusin\b|\bte\s+ei\s+tea\b|\bei\s+vastanud\b")
_RECYCLED = 0.6  # share of a reply's word trigrams already said by the agent
_RECYCLED_WORDS = 6


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def recycled_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Replies put together again from the agent's earlier text (most of their word trigrams said before)
    while the client's question is open, twice or more, the client having said that a reply missed the
    question ("вы не поняли", "seda ma tean"): the question is met with pasted text, never answered. The same
    short answer said again to a client who asks again ("1. aprillil") is no paste; replies pasted whole (`acts`
    whole-reply repeats) are left to `courtesy_ignored.ignored_questions` (a short check question pasted into a
    recombined reply, «Ответила ли я на Ваш вопрос?», does not make the reply a paste: blind round 16)."""
    raw = an.raw
    if not any(t.role == "client" and _PUSHBACK.search(folded_words(an, t.text)) for t in raw.turns):
        return []
    acts = an.acts if an.acts is not None else raw.acts
    pasted = {f.turn for f in acts.findings if f.kind == "repeat" and f.whole_reply} if acts is not None else set()
    said: set[tuple[str, ...]] = set()
    out = []
    for i in raw.agent_indexes:
        if any(p[1] in pasted for p in raw.turns[i].parts):
            continue  # verbatim pastes are judged by `courtesy_ignored.ignored_questions`
        words = folded_words(an, raw.turns[i].text).split()
        grams = _trigrams(words)
        if i and len(words) >= _RECYCLED_WORDS and grams and raw.turns[i - 1].role == "client" \
                and len(grams & said) >= _RECYCLED * len(grams):
            out.append(raw.evidence(i, raw.turns[i].text.strip()))
        said |= grams
    return out if len(out) >= 2 else []


# the client saying the reply missed, besides `_PUSHBACK`: "summat ma tean", «про это я и так знаю», "kolmas kord sama
# jutt", «опять одно и то же»
_KNOWN = re.compile(r"\b(?:seda|summat|neid|это|про\s+это|об\s+этом)\s+(?:ma|я)\s+(?:ju\s+|juba\s+|уже\s+|и\s+так\s+)?"
                    r"(?:tean|teadsin|знаю|знал\w*)\b|\b(?:teine|kolmas|neljas)\s+kord\b|\bsama\s+jutt\w*\b|"
                    r"\bодно\s+и\s+то\s+же\b|\bопять\s+то\s+же\b")
_NO = re.compile(r"^\W*(?:ei|нет)\b\W*")
_GLAD_I_ASKED = re.compile(r"\b(?:hea|tore|hasti)\s+et\s+(?:ma\s+)?kusisin\b|\b(?:хорошо|хорошо\s+что|как\s+хорошо)\s+что\s+я\s+"
                           r"(?:спросил\w*|спрашивал\w*)\b|\bхорошо\s+что\s+я\s+спросил\w*")
_CLEAR = re.compile(r"\b(?:(?:koik|asi)\s+(?:on\s+)?selge|sain\s+aru|arusaadav|(?:все|всё)\s+(?:понятно|ясно)|понятно|ясно)\b")


def complains(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i (full text) say the agent's reply missed the question: "te ei vasta", «вы не ответили»,
    "seda ma tean", "kas siin robot vastab", or a no to "did that answer your question?" ("Ei.", «Нет. Спрошу в
    другом месте»)? A no that takes the answer ("ei, kõik on selge", «нет, всё понятно») is no complaint."""
    memo = an.__dict__.setdefault("_complains_memo", {})  # a reading of the unit: several brush-off checks ask it
    found = memo.get(i)
    if found is None:
        found = memo[i] = _complains_now(an, i)
    return found


def _complains_now(an: TranscriptAnalysis, i: int) -> bool:
    raw = an.raw
    said = _complaint(raw.turns[i].text)
    if said is not None:
        return said
    prev = i - 1  # a bare "no" to the agent's check of understanding
    return bool(prev >= 0 and raw.turns[prev].role == "agent"
                and raw.matches(prev, ["understanding_check"], any_language=True))


@lru_cache(maxsize=16_384)  # a pure function of the client's text
def _complaint(text: str) -> bool | None:
    """Does the client's text complain (True) or take the answer (False)? None: it opens with a bare "no", which
    complains only when it answers a check of understanding (`_complains_now`)."""
    from trainer.scoring.client_reply import complains
    from trainer.scoring.courtesy_listening import not_listening
    from trainer.scoring.uptake import accepts

    words = _folded_text(text)
    if _GLAD_I_ASKED.search(words):
        return False  # "hea, et ma küsisin", «хорошо, что я спросила»: the question was answered
    if complains(text):
        return True
    rest = _NO.sub("", words, count=1)
    if accepts(rest) or accepts(words) or _CLEAR.search(words):
        return False  # "ei, kõik on selge, aitäh", «нет, всё понятно, спасибо»
    if _PUSHBACK.search(words) or _KNOWN.search(words) or not_listening(text):
        return True
    return None if _NO.match(words) else False


# an offer to send something ("Kui soovite, võin saata vestluse koopia", «могу отправить Вам копию переписки»)
_OFFER_TO_SEND = re.compile(r"\b(?:могу|можем|voin|saan|saame)\s+(?:\w+\s+){0,2}?(?:отправить|прислать|выслать|"
                            r"переслать|saata|edastada)\b")


def _tells_new(an: TranscriptAnalysis, i: int, said: set[str]) -> bool:
    """Does agent unit i (full text) tell something not said before: an informing sentence (offers, social
    formulas and checks aside) with two or more content words the agent has not used yet? Words in quotation marks
    (the client's own message given back as a "summary", blind round 17) are no telling."""
    from trainer.scoring.courtesy_excused import QUOTED
    from trainer.scoring.courtesy_informs import sentence_informs

    raw = an.raw
    for _, _, sentence in tx.split_sentences(QUOTED.sub(" ", raw.turns[i].text)):
        if not sentence_informs(raw, sentence, ("offer",)) or _OFFER_TO_SEND.search(folded_words(an, sentence)):
            continue
        new = {w for w in folded_words(an, sentence).split() if len(w) >= 4 and not w.isdigit()} - said
        if len(new) >= 2:
            return True
    return False


_COMPLAINTS = 3  # the client saying this often that the replies miss is brushed off, whatever came between


def unheeded_complaints(an: TranscriptAnalysis) -> list[Evidence]:
    """The client saying two or more times (after different replies, not the opening) that the replies miss the
    question, and no reply after the last time telling anything new (the call ends on the complaint, or on a
    paste, a recap of the same text or a goodbye); or saying it three times or more. The same words said again
    and again do not answer the client however polite; an agent who answers anew after the complaint is heard."""
    raw = an.raw
    if raw.language not in ("et", "ru") or len(raw.agent_indexes) < 3:
        return []
    opening = raw.agent_indexes[0]
    complaints: dict[int, int] = {}  # the agent unit complained about -> the client unit complaining
    for i, unit in enumerate(raw.turns):
        if unit.role != "client" or i == 0:
            continue
        prev = next((j for j in range(i - 1, -1, -1) if raw.turns[j].role == "agent"), None)
        if prev is None or prev == opening or prev in complaints:
            continue
        if complains(an, i):
            complaints[prev] = i
    if len(complaints) < 2:
        return []
    last = max(complaints.values())
    evidence = [raw.evidence(i, raw.turns[i].text.strip()) for i in sorted(complaints.values())]
    if len(complaints) >= _COMPLAINTS:
        return evidence
    said = {w for j in raw.agent_indexes if j < last for w in folded_words(an, raw.turns[j].text).split()}
    if any(_tells_new(an, j, said) for j in raw.agent_indexes if j > last):
        return []
    return evidence


# the client stopping the agent from hanging up: "oodake", «погодите», «алло»
HOLD_ON = re.compile(r"^(?:\w+\s+)?(?:oodake|hallo|halloo|погодите|подождите|постойте|алло)\b")


_SHORT_REPLY = 3  # content words: "Läti otsustab ise.", "Oodake.", «Это решает самоуправление.»


def _answered_before_goodbye(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i, the goodbye aside, answer the client's question just before it: the value asked for
    (`substance.value_missing`), and a yes, a no, a number or an informing reply of more than a few words ("Ei pea,
    andmed tulevad rahvastikuregistrist. Head päeva!")? "Läti otsustab ise. Head päeva!" to "how long?" and
    "Oodake. Head päeva!" answer nothing."""
    from trainer.scoring import substance
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import SOCIAL_ONLY, sentence_informs, without

    raw = an.raw
    if i == 0 or raw.turns[i - 1].role != "client":
        return True  # nothing asked just before: nothing left unanswered
    question, reply = raw.turns[i - 1].text, raw.turns[i].text
    if substance.value_missing(question, reply, raw.language):
        return False
    own = without(an, reply, SOCIAL_ONLY)
    if any(ch.isdigit() for ch in own) or YES_NO.search(own.strip()):
        return True
    told = [s for _, _, s in tx.split_sentences(own) if sentence_informs(raw, s)]
    return sum(t.is_word for s in told for t in tx.tokenize_cached(s)) > _SHORT_REPLY


def cut_off(an: TranscriptAnalysis) -> list[Evidence]:
    """The agent saying goodbye while the client still asks: the call ends on the client's question after a
    goodbye, and an earlier goodbye was met with a question too (the client cut off twice), and one of the
    goodbyes left the question before it unanswered too (`_answered_before_goodbye`). Goodbyes appended to real
    answers while the client keeps asking are rushed (a closing failure), not a brush-off (blind round 17). A
    goodbye stuffed into the opening, before the client's first word, cuts nothing off."""
    raw = an.raw
    if len(raw.turns) < 4 or raw.turns[-1].role != "client" or not unit_asks(raw, len(raw.turns) - 1):
        return []
    farewell = an.phrase_set(("farewell",))
    # a goodbye in the opening, before the client said anything (a stuffed opening), cuts nobody off
    first_client = next((k for k, t in enumerate(raw.turns) if t.role == "client"), len(raw.turns))
    cuts = [i for i in raw.agent_indexes if first_client < i and i + 1 < len(raw.turns)
            and farewell.find_all(raw.turns[i].text)
            and (unit_asks(raw, i + 1) or HOLD_ON.search(folded_words(an, raw.turns[i + 1].text)))]
    if len(cuts) < 2 or cuts[-1] != len(raw.turns) - 2:
        return []
    if all(_answered_before_goodbye(an, i) for i in cuts[-2:]):
        return []
    return [raw.evidence(i, raw.turns[i].text.strip()) for i in cuts[-2:]]


# the client saying she already read the source, or that it does not say: «Сайт я читала», "vaatasin kodulehte",
# «там не написано», "ma ei leidnud sealt"
_READ_IT = {
    "ru": re.compile(
        r"\b(?:сайт\w*|страниц\w*|раздел\w*)\s+(?:\w+\s+){0,2}?(?:читал\w*|прочитал\w*|прочла|смотрел\w*|посмотрел\w*|"
        r"просмотрел\w*|изучил\w*)\b|"
        r"\b(?:читал\w*|прочитал\w*|прочла|смотрел\w*|посмотрел\w*|просмотрел\w*|изучил\w*|заходил\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:на\s+)?(?:сайт\w*|страниц\w*)\b|"
        r"\b(?:на\s+сайте|там)\s+(?:\w+\s+){0,2}?(?:не\s+(?:написано|указано|сказано|нашл\w*|нашел)|нет|ничего\s+нет)\b|"
        r"\bне\s+(?:нашл\w*|нашел)\s+(?:\w+\s+){0,3}?(?:на\s+сайте|там)\b"),
    "et": re.compile(
        r"\b(?:koduleh\w*|veebileh\w*|lehte|lehekulge)\s+(?:\w+\s+){0,2}?(?:lugesin|vaatasin|uurisin|sirvisin)\b|"
        r"\b(?:lugesin|vaatasin|uurisin|sirvisin|kaisin)\s+(?:\w+\s+){0,3}?(?:koduleh\w*|veebileh\w*|lehte|lehel|lehelt)\b|"
        r"\b(?:seal|sealt|kodulehel|kodulehelt|lehel|lehelt)\s+(?:\w+\s+){0,2}?(?:ei\s+ole|pole|ei\s+leidnud|ei\s+leia)\b|"
        r"\bei\s+(?:\w+\s+)?(?:leidnud|leia)\s+(?:\w+\s+){0,2}?(?:sealt|seal|kodulehelt|lehelt)\b"),
}
# a sentence pointing to the source again: the website, its search, "there", "it is all written"
THERE = re.compile(r"\b(?:koduleh\w*|veebileh\w*|lehel|lehelt|lehekulje\w*|otsing\w*|internet\w*|seal|sealt|sinna|"
                    r"kirjas|сайт\w*|страниц\w*|раздел\w*|поиск\w*|интернет\w*|там|туда|описан\w*|изложен\w*)\b")
# what the source says, told: a colon, "that ..." («что», "et"), a number
_TOLD = re.compile(r":|\d|\b(?:что|et)\b")


# "nobody is there": "seal ei ole kedagi peale minu", «там никого нет» speaks of a place and its people, not a source
_NOBODY = re.compile(r"\b(?:kedagi|keegi|kellegi|hingelist|никого|никто|ни\s+души)\b")


def _read_the_source(read_it: re.Pattern, words: str) -> bool:
    """Does the client's text (folded words) say she read the source or that it does not say (`_READ_IT`), not that
    nobody is at a place ("seal ei ole kedagi", «там никого нет»: `_NOBODY` in the match or the two words after it)?"""
    for m in read_it.finditer(words):
        if not _NOBODY.search(" ".join(words[m.start():].split()[:len(m.group().split()) + 2])):
            return True
    return False


def pointed_back(an: TranscriptAnalysis) -> list[Evidence]:
    """The client saying she read the source (the website) or that it does not say, and the agent's next reply
    pointing there again and telling nothing else ("Lehel on ka otsingulahter, sealt leiab kiiresti.", «Все
    условия на сайте описаны»): her question met with the place she came from (a brush-off). A reply that tells
    what the source says or answers besides the pointer is an answer."""
    from trainer.scoring.courtesy_informs import sentence_informs

    raw = an.raw
    read_it = _READ_IT.get(raw.language)
    if read_it is None:
        return []
    out = []
    for i, unit in enumerate(raw.turns):
        if unit.role != "client" or not _read_the_source(read_it, folded_words(an, unit.text)):
            continue
        reply = next((j for j in range(i + 1, len(raw.turns)) if raw.turns[j].role == "agent"), None)
        if reply is None:
            continue
        sentences = [s.strip() for _, _, s in raw.sentences(reply) if folded_words(an, s)]
        pointers = [s for s in sentences if THERE.search(folded_words(an, s))]
        if pointers and not any(_TOLD.search(folded_words(an, s) + (":" if ":" in s else "")) for s in pointers) \
                and all(s in pointers or not sentence_informs(raw, s) for s in sentences):
            out.append(raw.evidence(reply, pointers[0]))
    return out


# the client's complaint about the service, and the agent sending her to write it herself: "Kaebuse peaksite ise
# kirjalikult esitama", «жалобу лучше написать письменно»; not when the agent takes it ("registreerin kaebuse",
# «я приму жалобу»), nor "write it here" in the chat, nor what the answer will be ("vastus tuleb kirjalikult")
_COMPLAINT = re.compile(r"\b(?:kaevata|kaeban|kaebus\w*|kaebuse\w*|пожаловаться|пожалуюсь|жалоб\w*)\b")
_IN_WRITING = re.compile(r"\b(?:kirjalikult|kirjutage|kirjutada|kirjutama|письменно|напишите|написать|пишите)\b")
_ON_THE_CLIENT = re.compile(r"\b(?:peaksite|peate|saate|voite|tuleb|esitage|saatke|kirjutage|напишите|написать|пишите|"
                            r"подайте|отправьте|можете|можно|нужно|надо|лучше|должны)\b")
_HERE_OR_ANSWER = re.compile(r"\b(?:siia|siin|сюда|здесь|vastus\w*|vastatakse|vastame|ответ\w*|ответят)\b")
_TAKES = re.compile(r"\b(?:registreeri\w*|votan\s+(?:\w+\s+)?vastu|votame\s+(?:\w+\s+)?vastu|edastan|panen\s+(?:\w+\s+)?kirja|"
                    r"kirjutan\s+(?:\w+\s+)?ules|приму|примем|принимаю|зарегистрир\w*|регистрирую|запишу|записываю|"
                    r"передам|оформлю)\b")


def complaint_sent_back(an: TranscriptAnalysis) -> list[Evidence]:
    """The client wants to complain and the agent, never taking the complaint, tells her to put it in writing
    herself ("Kaebuse peaksite ise kirjalikult esitama, telefoni teel me kaebusi vastu ei võta."): a brush-off."""
    raw = an.raw
    if not any(t.role == "client" and _COMPLAINT.search(folded_words(an, t.text)) for t in raw.turns):
        return []
    if any(_TAKES.search(folded_words(an, raw.turns[i].text)) for i in raw.agent_indexes):
        return []
    first_complaint = next(k for k, t in enumerate(raw.turns)
                           if t.role == "client" and _COMPLAINT.search(folded_words(an, t.text)))
    for i in raw.agent_indexes:
        if i < first_complaint:
            continue
        for _, _, sentence in raw.sentences(i):
            words = folded_words(an, sentence)
            if _COMPLAINT.search(words) and _IN_WRITING.search(words) and _ON_THE_CLIENT.search(words) \
                    and not _HERE_OR_ANSWER.search(words) and not tx.is_question(sentence, raw.language):
                return [raw.evidence(i, sentence.strip())]
    return []
