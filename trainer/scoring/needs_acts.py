"""Acts around clarifying the need (criterion "needs", blind round 15), beside `clarify`.

- A check that only restates the kind of matter the client named ("kas ma saan õigesti aru, et soovite teada
  pensioni kohta" after "mul on küsimus pensioni kohta ...", «Ваш вопрос касается пенсии?») gives back their
  word, not their own matter (what, whose, which option): it asks nothing a reply could clarify
  (`topic_only`). One that names which payment or option ("... jutt on vanaduspensionist ...", «... пенсию
  по старости на счёт в эстонском банке») asks.
- The end of the identification act is no answer: the agent saying that the right to represent was found and
  that it may now speak of the person's data ("määrus on olemas ... nii et poja andmetest saan teiega rääkida",
  «доверенность у нас есть, так что о данных отца я могу с Вами говорить») (`grants_access`).
- An acknowledgement goes on with the clause that says what feels so ("see on tõesti ebameeldiv, kui raha
  ei ole seal, kus ootate", «понятно, что сейчас тяжело разбираться с бумагами», "mul on väga kahju, et teie
  abikaasa suri") (`feeling_clause_end`); an offer of general information ("Üldist teavet annan hea meelega",
  «Общую информацию я с удовольствием дам») leads up to the answer (`OFFER_WORDS`).
- An either-or about the client that closes a run-on spoken sentence («... давайте по порядку вас больше беспокоит
  ваша пенсия или пенсия мужа») asks when the client then chooses («и то и то», a word of one alternative)
  (`alternative_answered`, blind round 29).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.text.verb_forms import is_infinitive_ru


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


# the frame of a check and the words of asking about a topic (folded)
_CHECK_FRAME = frozenset(tx.fold(w) for w in """kas ma sain saan õigesti täpselt aru et te teie teid teil soovite
    soovisite tahate tahtsite teada küsite küsisite huvitab jutt on küsimus küsimuse küsimusega puudutab kohta
    asjus ehk siis
    правильно верно ли я понимаю поняла понял что вы вас ваш ваша вопрос касается хотите хотели узнать
    спрашиваете интересует интересуетесь речь идёт идет о об про по поводу то есть""".split())
# the kinds of matter the office deals with, as a bare topic (folded forms): a pension, a benefit, family
# benefits; not a compound or a phrase that names which one ("pensionitaotlus", «пенсия по старости»)
_TOPIC_KINDS = re.compile(
    r"(?:pension(?:i|it|ile|ist|iga|is|id|ide)?|toetus(?:e|t|ed|te|i|ega|est)?|huvitis(?:e|t|ed|te|i|ega|est)?"
    r"|perehuvitis(?:e|t|ed|te|i|ega|est)?|peretoetus(?:e|t|ed|te|i|ega|est)?"
    r"|пенси(?:я|и|ю|ей|ям|ях)|пособи(?:е|я|й|ю|и|ем|ям|ях)|выплат(?:а|ы|у|ой|ам|ах)?|семейн(?:ые|ых|ым|ыми|ое|ого)"
    r"|льгот(?:а|ы|у|ой|ам|ах)?)")
# a question word or an alternative: the check asks which one ("... või ...", «... или ...»)
_WHICH = frozenset("või voi või või или либо milline millise millist mis mida какой какая какое какие какую".split())


def topic_only(an, i: int, sentence: str) -> bool:
    """Is the check of agent unit i only its frame and the kind of matter the client already named
    ("pension" after "mul on küsimus pensioni kohta ...", «пенсии» after «вопрос про ... пенсию»), with no word
    of which one, whose or of what about it, and no alternative? A kind the client has not named ("Kas küsite
    peretoetuste kohta?" to "mul sündis laps, mida ma tegema pean?") narrows an open request: it asks."""
    words = _words(sentence)
    if not words or any(w in _WHICH for w in words):
        return False
    rest = [w for w in words if w not in _CHECK_FRAME]
    if not rest or len(rest) > 2 or not all(_TOPIC_KINDS.fullmatch(w) for w in rest) \
            or not any(w in _ASKING_ABOUT for w in words):
        return False
    said = {w[:5] for j in range(i) if an.turns[j].role == "client" for w in _words(an.turns[j].text)}
    return all(w[:5] in said for w in rest)


# a word of asking about a topic: the check names what the client asks, not their situation ("Kas teil on
# pension?" asks whether they have one)
_ASKING_ABOUT = frozenset(tx.fold(w) for w in """küsite küsisite soovite soovisite tahate tahtsite huvitab küsimus
    küsimuse küsimusega puudutab jutt kohta asjus вопрос касается интересует интересуетесь спрашиваете узнать речь
    про поводу""".split())


# the right to represent the person the call is about: a power of attorney, guardianship, a court order
_REPRESENTATION = re.compile(
    r"(?i)(?<!\w)(?:esindusõigus\w*|esindusoigus\w*|volikir\w*|volitus\w*|eestkost\w*|kohtumäärus\w*|kohtumaarus\w*"
    r"|määrus\w*|maarus\w*|доверенност\w*|опек\w*|решени\w+\s+суда|право\s+представлять|представител\w*)(?!\w)")
# the agent may now speak of the data: "saan teiega rääkida", «могу с Вами говорить», "võin teile öelda"
_MAY_SPEAK = re.compile(
    r"(?i)(?<!\w)(?:(?:saan|võin|voin|saame|võime|voime)\s+(?:\w+\s+){0,3}?(?:rääkida|raakida|arutada|öelda|oelda)"
    r"|(?:могу|можем)\s+(?:\w+\s+){0,3}?(?:говорить|обсуждать|обсудить|сообщ\w+|рассказ\w+))(?!\w)")


def grants_access(sentence: str) -> bool:
    """Does the sentence close the identification: the right to represent found and the agent now free to
    speak of the person's data, with no number in it?"""
    return bool(_REPRESENTATION.search(sentence) and _MAY_SPEAK.search(sentence)) \
        and not tx.find_numbers(sentence)


# the words of an offer of general information around the verb: "üldist teavet annan hea meelega",
# «общую информацию я с удовольствием дам» (folded)
OFFER_WORDS = frozenset(tx.fold(w) for w in """üldist üldine üldinfot infot teavet informatsiooni teabe ma teile
    hea meelega meelsasti rõõmuga muidugi siiski
    общую общие общая общей информацию информация сведения я вам с удовольствием охотно конечно всё же""".split())
# the offer's verb: "annan", "saan anda", «дам», «могу дать», «предоставлю»
OFFER = r"|annan|(?:saan|võin|voin)\s+anda|дам|(?:могу|можем)\s+(?:дать|предоставить)|предоставлю"

# where the clause of a feeling ends: a contrast, a new sentence (folded)
_CONTRAST = frozenset("aga kuid ent но однако а зато".split())
# and what a worry is about: "mure, kuidas edasi elada", «тревога, как дальше жить»
_SUBORDINATORS = frozenset("kui et kuna sest kuidas когда что если раз как".split())


def feeling_clause_end(rest: str, lang: str) -> int:
    """Where the clause that completes a feeling at the start of ``rest`` ends (0 when none): one opened by
    "kui"/"et"/"kuidas"/«когда»/«что»/«как» or (Russian) an infinitive («тяжело | разбираться с бумагами»), of at
    most ten words, up to a punctuation mark, with no contrast ("aga", «но») in it."""
    m = re.match(r"\s*,?\s*([^.?!,;:]*)", rest)
    clause = m.group(1)
    tokens = [t for t in tx.tokenize_cached(clause) if t.is_word]
    if not tokens or len(tokens) > 10 or any(t.norm in _CONTRAST for t in tokens):
        return 0
    first = tokens[0].norm
    if first not in _SUBORDINATORS and not (lang == "ru" and is_infinitive_ru(first)):
        return 0
    return m.end()


# --- blind round 18 ----------------------------------------------------------------------------------------------
# the code and its digits: "isikukood", "kontrollnumber", "üks number", «личный код», «цифра»
_CODE_WORDS = re.compile(r"(?i)(?<!\w)(?:\w*kood\w*|\w*numb\w*|код\w*|цифр\w*|номер\w*)(?!\w)")


def repairs_code(an, i: int, start: int, sentence: str) -> bool:
    """Is the question of agent unit i (at ``start``) about the digits of the code the client gave, said after
    the agent found the code wrong ("see kood ei ole õige, kontrollnumber ei klapi. Võib-olla üks number on
    teine?", «код не подходит. Может быть, одна цифра другая?»)? It repairs the identification, it asks
    nothing of the matter (blind round 18); "aitäh ma kordan 4900... on õige" too."""
    before = [s for p, _, s in an.sentences(i) if p < start]
    return bool(_CODE_WORDS.search(sentence)) and any(
        _CODE_WORDS.search(s) and any(w in _NOT_RIGHT for w in _words(s)) for s in before[-2:])


_NOT_RIGHT = frozenset("ei pole не нет".split())


# a client's reply that opens by drawing the conclusion of the answer: "aa et meie juurde ei pea tulema",
# "nii et ...", "ehk siis ...", «а, то есть ...», «значит ...» (after a lead: "aa", "no", «а», «ну»)
_CONCLUDE_LEADS = frozenset("aa aah ahaa ahah no noh nii a а ага ну ок okei".split())
_CONCLUDES = (("et",), ("nii", "et"), ("ehk",), ("seega",), ("то", "есть"), ("значит",), ("так", "что"))


def concludes(text: str) -> bool:
    """Does the client's reply open by drawing the answer's conclusion ("aa et meie juurde ei pea tulema
    üldse", «а, то есть приходить не надо»)? A denial in it repeats the answer's own ("ei pea"): it takes the
    answer, it rejects nothing."""
    words = _words(text)
    k = 0
    while k < len(words) - 1 and k < 2 and words[k] in _CONCLUDE_LEADS:
        k += 1
    return any(tuple(words[k:k + len(c)]) == c for c in _CONCLUDES)


def keyword_check(sentence: str, lang: str) -> bool:
    """Is the check after its frame only a string of two or more bare nouns in the nominative ("kas ma sain
    õigesti aru avaldus rehabilitatsioon", «правильно ли я поняла заявление реабилитация»): keywords listed,
    no clause about the client's matter (blind round 18)? «..., заявление на реабилитацию» links them: it
    checks."""
    from trainer.text.questions import check_frame_span

    words = _words(sentence)
    span = check_frame_span(words, lang)
    if span is None:
        k = next((n + 1 for n, w in enumerate(words[:6]) if w in ("aru", "понимаю", "поняла", "понял")), None)
        if k is None:
            return False
        span = (0, k)
    body = [w for w in words[span[1]:] if w not in ("et", "что", "siis", "то", "есть")]
    return len(body) >= 2 and all(_bare_noun(w, lang) for w in body)


#: a list after the frame this many items long (`item_list`'s count of a stuffed list) names keywords
_MIN_LISTED = 4


def listed_topics(sentence: str, lang: str) -> bool:
    """Is the question, after its frame or its verb of asking, a list of four or more items split by commas, most of
    them a bare topic in the dictionary form ("Kas ma sain õigesti aru, et küsite: pension, konto, pank, tõend?",
    «Правильно ли я понимаю, что Вы спрашиваете: пенсия, банк, счёт, справка?»)? The scorer's keywords typed into
    a frame: nothing the client said is taken up or asked, no clause ties the items (new-user fresh run). A question
    whose items are governed ("Kas küsite pensioni, konto või tõendi kohta?", «Вы спрашиваете о пенсии, счёте или
    справке?») or that has clauses ("..., et kolite Soome, pension peab edasi tulema ...") asks."""
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.scoring.item_list import split_items
    from trainer.text.keywords import phrase_kind

    body = sentence.split(":", 1)[1] if ":" in sentence else sentence
    items = [tokens for part in split_items(body.strip().rstrip("?.!…"))
             if (tokens := [t for t in tx.tokenize_cached(part) if t.is_word or t.text[:1].isdigit()])]
    if ":" not in sentence:
        items = items[1:]  # the first item is glued to the frame: only the ones after it count
    if len(items) < _MIN_LISTED - (":" not in sentence):
        return False
    listed = sum(1 for tokens in items if phrase_kind(tokens) in ("bare", "list"))
    # a one-word item in the dictionary form names a topic even where it could read as a verb ("avaldus")
    return listed >= _MIN_LISTED - (":" not in sentence) and listed > len(items) / 2 and not any(
        len(tokens) > 1 and has_finite_verb(" ".join(t.text for t in tokens), lang) for tokens in items)


def _bare_noun(word: str, lang: str) -> bool:
    if lang == "ru":
        parses = tx.ru_parse(word)
        return bool(parses) and parses[0].tag.POS == "NOUN" and tx.fold(parses[0].normal_form) == word
    from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma

    lemmas = dictionary_lemmas(word, "et")
    return bool(lemmas) and word in {tx.fold(lemma) for lemma in lemmas} and not any(is_verb_lemma(x) for x in lemmas)


# the words around a code and a name read back: "nii", "aitäh", «повторю», "on see õige"
_READBACK_FRAME = frozenset(tx.fold(w) for w in """nii jah aitah tanan selge on see oige kas te olete
    ma kordan kordame так да спасибо я повторю повторяю правильно верно это вы""".split())


def reads_back_identity(an, i: int, sentence: str) -> bool:
    """Is the sentence the code the client gave read back with the name found for it ("nii 449... laine tamm",
    «повторю 488... правильно»): the client's numbers, names and frame words only? The identification act,
    no answer (blind round 18); "aitäh ma kordan 4900... on õige" too."""
    from trainer.text.names import is_first_name, is_surname

    said = {n.value for j in range(i) if an.turns[j].role == "client" for n in tx.find_numbers(an.turns[j].text)}
    numbers = tx.find_numbers(sentence)
    if not numbers or any(n.value not in said for n in numbers):
        return False
    rest = [w for w in _words(sentence) if w not in _READBACK_FRAME and not w[:1].isdigit()]
    # a first name and at most two more words ("laine tamm": a surname that is a common word too)
    return all(is_first_name(w) or is_surname(w) for w in rest) or (
        len(rest) <= 3 and any(is_first_name(w) for w in rest))


def pasted_with_answer(an, sentence: str) -> bool:
    """Is the check of understanding part of a macro: sent in two or more agent messages, each of which goes on
    after it with what it would check ("Kas ma saan õigesti aru, et küsite pensioni kohta? Pensioni saab
    taotleda ...", the same message pasted again to every client reply)? Answered by its own message and
    repeated, it waits for no reply: no question to the client (blind round 21)."""
    raw = getattr(an, "raw", an)
    key = " ".join(_words(sentence))
    if not key:
        return False
    found = 0
    for turn in raw.original_turns:
        if turn.role != "agent":
            continue
        words = " ".join(_words(turn.text))
        at = words.find(key)
        if at >= 0 and len(words[at + len(key):].split()) >= 5:
            found += 1
    return found >= 2


_OPTION_SPLIT = re.compile(r"(?i),|;|(?<!\w)(?:või|voi|или|либо)(?!\w)")
_OR = frozenset("või voi или либо".split())
_PRONOUNS = frozenset("see seda sellega он она оно это".split())
_KIND_TAIL = re.compile(r"(?:pension|toetus|huvitis|hüvitis|пенси|пособи|компенсаци|выплат|льгот)\w*")


def offers_named_kind(an, i: int, sentence: str) -> bool:
    """Is the question of agent unit i a list of kinds of matter to choose from ("... puudutab lapsetoetust,
    vanemahüvitist või muud peretoetust?", «... касается детского пособия, родительской компенсации или
    другого пособия?») one of which the client has already named in those words? A choice the client has made
    already asks nothing: the list is pasted, not asked of this client."""
    body = sentence.split(":", 1)[-1]
    if not any(w in _OR for w in _words(body)):
        return False  # a list of facts checked ("Te elate üksi, olete pensionieas ja ..."), no choice
    options = [[w for w in _words(part) if w not in _CHECK_FRAME and w not in _PRONOUNS]
               for part in _OPTION_SPLIT.split(body)]
    options = [o for o in options if o]
    kinds = [o for o in options if any(_KIND_TAIL.search(w) for w in o)]
    if len(options) < 3 or len(kinds) < 2 or any(len(o) > 4 for o in options):
        return False
    said = {w[:5] for j in range(i) if an.turns[j].role == "client" for w in _words(an.turns[j].text)}
    return any(all(w[:5] in said for w in o) for o in kinds)


# --- blind round 26 ----------------------------------------------------------------------------------------------
# a request to the client to tell their matter (folded): "rääkige, mis juhtus", «расскажите, что случилось»
_TELL = frozenset(tx.fold(w) for w in """rääkige jutustage kirjeldage selgitage расскажите рассказывайте опишите
    объясните говорите""".split())
# words around it that add nothing to the request: "palun", «пожалуйста», "julgelt", «по порядку», «я вас слушаю»
_TELL_FILL = frozenset(tx.fold(w) for w in """palun mulle täpsemalt lähemalt julgelt rahulikult kõik ma kuulan kuulan teid
    mhm jah nii hästi selge olgu muidugi
    пожалуйста мне подробнее по порядку спокойно не торопитесь всё все я вас слушаю слушаю внимательно так да
    хорошо ничего страшного конечно""".split())
_ASKING_WORDS = frozenset(tx.fold(w) for w in """mis mida mille millest milles millega kuidas millal kus kust kuhu miks
    kes milline missugune что как где когда куда откуда почему зачем кто какой какая какое какие чем чём""".split())


def invites_telling(sentence: str) -> bool:
    """Is the sentence a request to the client to tell their matter ("rääkige palun, mis juhtus", «я вас слушаю,
    расскажите, пожалуйста, что случилось», "kirjeldage julgelt, ma kuulan")? It seeks information: a directive in
    the task dimension, no inform that could answer anything. Only the verb of telling, filler words and an embedded
    question after it; not advice to tell someone else ("rääkige perearstiga", «расскажите врачу о своём
    состоянии»)."""
    words = _words(sentence)
    k = next((n for n, w in enumerate(words) if w in _TELL), None)
    if k is None or any(w not in _TELL_FILL for w in words[:k]) or any(ch.isdigit() for ch in sentence):
        return False
    rest = [w for w in words[k + 1:]]
    while rest and rest[0] in _TELL_FILL:
        rest = rest[1:]
    if len(rest) > 1 and rest[0] in ("с", "о", "про", "по"):
        rest = rest[1:]  # «расскажите, с чем пришли»
    return not rest or rest[0] in _ASKING_WORDS


# --- blind round 27 ----------------------------------------------------------------------------------------------
# the client has read it already: «я (это уже) читал(а)», «прочитала», "olen (seda juba) lugenud", "lugesin" (folded)
_READ_VERBS = frozenset("""читал читала читали прочитал прочитала прочитали прочла lugesin lugenud lugesime""".split())
_READ_FILL = frozenset("""я мы это всё все уже там их это ну да так ведь и
    ma me mina olen oleme seda neid need koike kõike juba ju seal no jah""".split())
# what may follow it when nothing is named as read ("I did", then a new clause): a pronoun, a conjunction
_READ_AFTER = frozenset("""но а и да уже она он они мама папа мать отец все всё так ведь
    aga ja kuid ning jah juba ta tema nad ema isa koik kõik no""".split())


def read_already(text: str) -> bool:
    """Does the client's reply open by saying they have read it already («ну я читал. она одна живёт ...», "olen seda
    juba lugenud, aga ..."): within its first five words a verb of reading with nothing named as read after it? The
    general conditions the agent gave are no answer to them, like "see on mul teada" (uptake.rejects, blind round 27);
    «я читала письмо, но ...» names what was read: the letter, not the answer."""
    words = _words(text)
    for k, w in enumerate(words[:5]):
        if w in _READ_VERBS:
            return all(x in _READ_FILL for x in words[:k]) and (k + 1 >= len(words) or words[k + 1] in _READ_AFTER)
    return False


# the client's words that pick both alternatives of an either-or ("mõlemad", «и то и то», «оба»), folded
_BOTH = re.compile(r"^(?:(?:no|noh|nu|ну|вот|ой|ох|эээ|ээ|ee|oo|jah|да)\s+)*(?:и\s+то\s+и\s+(?:то|другое)|оба|обе|"
                   r"и\s+так\s+и\s+так|moleda\w*|molema\w*|molemad|nii\s+uks\s+kui\s+teine|uks\s+ja\s+teine)\b")
# the words that can open a check of the client's situation at the end of a run-on spoken sentence
_TAIL_OPENERS = frozenset("вы вас вам ваш ваша ваше ваши у te teie teil teile teid".split())
_ORS = frozenset({"или", "либо", "voi"})
_TAIL_LONGEST = 16


def trailing_alternative(sentence: str, lang: str) -> int | None:
    """The character offset of an either-or about the client that closes a run-on spoken sentence («примите мои
    соболезнования ... давайте по порядку вас больше беспокоит ваша пенсия или пенсия мужа», "... võtame järjest
    kas teid huvitab rohkem enda pension või abikaasa oma"), or None: the clause from a "вы"/"te" word (at most
    16 words, one "or" in it, not closing a tag «или нет») that is a spoken question by itself."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    words = [t.norm for t in tokens]
    ors = [k for k, w in enumerate(words) if w in _ORS]
    if len(ors) != 1 or ors[0] + 1 >= len(words) or words[ors[0] + 1] in ("нет", "mitte", "ei"):
        return None
    for k in range(max(1, len(words) - _TAIL_LONGEST), ors[0] - 1):
        if words[k] not in _TAIL_OPENERS or (words[k] == "у" and words[k + 1] != "вас"):
            continue
        start = k - 1 if words[k - 1] == "kas" else k
        tail = sentence[tokens[start].start:]
        if tx.is_spoken_question(tail, lang):
            return tokens[start].start
    return None


def alternative_answered(an, i: int, sentence: str) -> int | None:
    """The offset of `trailing_alternative` in a sentence of spoken agent unit i when the client's next reply
    picks both alternatives («и то и то», "mõlemad") or opens with a word of one of them: the client chose, so it
    was asked."""
    if i + 1 >= len(an.turns) or an.turns[i + 1].role != "client":
        return None
    start = trailing_alternative(sentence, an.language)
    if start is None:
        return None
    reply = " ".join(_words(an.turns[i + 1].text))
    tail = _words(sentence[start:])
    k = next(n for n, w in enumerate(tail) if w in _ORS)
    said = {w[:5] for w in tail[max(0, k - 2):k] + tail[k + 1:] if len(w) >= 4}  # the alternatives proper
    taken = any(len(w) >= 4 and w[:5] in said for w in reply.split()[:4])
    return start if taken or _BOTH.search(reply) else None
