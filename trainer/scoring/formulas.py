"""Social formulas and particles: the words of an agent reply that name no topic.

A greeting, thanks, a goodbye, an apology, a congratulation, the institution's and the agent's names, the client
addressed by title ("proua Tamm") and particles (jah, ei, selge, да, нет ...) are acts or parts of one, not
keywords. :func:`content_fragments` blanks them out of a text and returns the fragments with content words left:
what the keyword-chain and item-list tests (`trainer.scoring.keyword_chain`, `trainer.scoring.item_list`) count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.memo import HashedTuple
from trainer.text.exclamations import INTERJECTIONS

# Concepts whose phrases are social formulas: a verbless "Tere!" or "Aitäh, head päeva!" is an act.
SOCIAL_CONCEPTS = ("greeting", "thanks", "farewell", "empathy", "institution", "offer_help")
# ... of them, those that open or close the call (`closing_formula`): empathy („Mõistan.“) is said to the client
CLOSING_CONCEPTS = ("greeting", "thanks", "farewell", "institution")
PARTICLES = frozenset(
    """jah ei ja jaa selge hea hasti okei ok muidugi loomulikult tapselt ise palun tere aitah nii hetk
    hetkeks uks hetk oodake teile teid sulle momento момент минутку секунду секундочку вам
    korras olgu tore sobib""".split()
) | frozenset(
    """
    да нет хорошо ясно понятно конечно пожалуйста ок ладно точно спасибо отлично договорились yes no ok sure""".split()
) | INTERJECTIONS  # "oi, minu siiras kaastunne.", «ой, мои соболезнования.»: the formula with a sigh (new-user batch 74)


# what completes a thanks formula: «Спасибо за звонок», "Aitäh kõne eest", "Tänan pöördumast"
FORMULA_TAIL = re.compile(r"(?i)(?<=\s)(?:за\s+(?:звонок|обращение|ожидание|терпение|понимание|вопрос|сотрудничество)|"
                           r"(?:kõne|k[oõ]ne|pöördumise|poordumise|ootamise|kannatlikkuse|m[oõ]istmise|arusaamise|"
                           r"koost[oö][oö])\s+eest|"
                           r"(?:helistamast|pöördumast|poordumast|ootamast))\b")
_FORMULA_HEAD = re.compile(r"(?i)(?<!\w)(?:veel\s+kord|veelkord|ещё\s+раз|еще\s+раз|once\s+again)(?=\s*,?\s{2,})")
# ... and "veel" right after one ("aitäh veel", "vabandust veel, head päeva" spoken without commas): "again", no topic
_FORMULA_AGAIN = re.compile(r"(?i)(?<=[^\S\n]{2})veel(?!\w)")
# a congratulation said with the goodbye ("palju õnne juba ette sünnipäeva puhul", "õnnitlen Teid juubeli puhul",
# «заранее поздравляю Вас с днём рождения», «с наступающим юбилеем»): a wish, a social formula like "kõike head", not
# a keyword (blind round 17); the occasion named is part of it, nothing else is
_OCCASION_ET = (r"(?:(?:eelseisva|tuleva|saabuva|peatse|lapse|uue|ilusa)\w*\s+)?"
                # the new baby ("palju õnne beebi puhul", «поздравляю с малышом», blind round 29)
                r"(?:s[üy]nnip[äa]ev|juubel|juubeli|s[üy]nni|aasta|aastavahetus|p[üy]h|j[õo]ul|pulm|beebi|tita|titt|"
                r"perelisa|pisikese|"
                r"pensionile\s+j[äa]\w*)\w*(?:\s+puhul)?")
_OCCASION_RU = (r"(?:(?:наступающим|прошедшим|будущим|приближающимся)\s+)?(?:дн[её]м\s+рождения|юбилеем|"
                r"праздник(?:ом|ами)|новым\s+годом|рождеством|рождением\s+\w+|выходом\s+на\s+пенсию|малыш(?:ом|кой)|"
                r"пополнением(?:\s+в\s+семье)?|новорожд[её]нн(?:ым|ой))")
_CONGRATULATION = re.compile(
    r"(?i)(?<!\w)(?:(?:(?:juba|ka|veel)\s+)?(?:palju\s+[õo]nne|[õo]nnitle(?:n|me))"
    r"(?:\s+(?:teid|teile|juba|ette|ka|veel|v[äa]ga))*(?:\s+" + _OCCASION_ET + r")?"
    r"|(?:(?:заранее|уже|также|ещё|еще|от\s+души)\s+)*поздравля(?:ю|ем)"
    r"(?:\s+(?:вас|тебя|заранее|уже|также|ещё|еще|от\s+души))*(?:\s+с\s+" + _OCCASION_RU + r")?"
    r"|(?:заранее\s+)?с\s+" + _OCCASION_RU + r")(?!\w)")


def blank_congratulations(text: str) -> str:
    """The text with its congratulations (`_CONGRATULATION`) blanked out, positions kept."""
    return _CONGRATULATION.sub(lambda m: " " * len(m.group()), text)


# a wish to the client or its people ("Jõudu Teile ja tütrele!", «Сил Вам и Вашей маме!", "Head paranemist Teie
# abikaasale"): the wished-for (folded lemmas) ...
_WISHED = frozenset(tx.fold(w) for w in """jõud jaks tervis paranemine tervenemine kiire hea palju edu kannatus
    rahu soovima kõik parim ilus kerge
    сила сил здоровье терпение удача выздоровление скорейший скорый крепкий много желать всё хороший добрый
    благо сил здоровья терпения удачи доброго хорошего наилучшего всего весь""".split())
# ... and the people it is wished to, in any case ("tütrele", «Вашей маме», «мужу и детям»)
_PEOPLE = frozenset(tx.fold(w) for w in """ema isa tütar poeg poja abikaasa mees naine laps lapsed pere perekond
    vanaema vanaisa õde vend lapselaps lähedane lähedased kallis
    мама мать папа отец дочь дочка сын муж жена супруг супруга ребенок ребёнок дети семья бабушка дедушка сестра
    брат внук внучка близкие родные родной близкий""".split())


def wishes_people(sentence: str, language: str) -> bool:
    """Is the sentence only a wish to the client and its people ("Jõudu Teile ja tütrele!", «Сил Вам и Вашей
    маме!», "Head paranemist Teie abikaasale"): wish words and people, nothing else of content? Courtesy, no
    answer: "Tütrele saab taotluse esitada ka volikirjaga." says something of the daughter; it wishes nothing."""
    from trainer.scoring.content_words import content_lemmas

    if "?" in sentence or any(ch.isdigit() for ch in sentence):
        return False
    lemmas = content_lemmas(sentence, language)
    wished = any(lem & _WISHED for lem in lemmas) or any(t.norm in _WISHED for t in tx.tokenize_cached(sentence))
    return wished and any(lem & _PEOPLE for lem in lemmas) and all(lem & (_WISHED | _PEOPLE) for lem in lemmas)


_FRAGMENT_SPLIT = re.compile(r"[,;:\n•·–—]+|\s-\s")
# the client addressed by title and surname ("proua Tamm", «госпожа Ермакова») is part of a formula, not a
# keyword: «Спасибо за звонок госпожа Ермакова всего доброго» spoken without commas
_ADDRESS = re.compile(r"(?i)(?<!\w)(?:proua|pr|h[äa]rra|hr|preili|госпож[аеуи]|господин[ау]?|г-жа|г-н)\.?\s+"
                      r"[^\W\d_]+(?:-[^\W\d_]+)?")


@lru_cache(maxsize=256)
def phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)


def social_phrases(concepts: dict, lang: str, kinds: tuple[str, ...] = SOCIAL_CONCEPTS) -> tuple[str, ...]:
    """The phrases of the social-formula concepts ``kinds`` (greeting, thanks ...) in ``lang``, in the order of
    ``kinds``: what the acts, the quiz and mirror tests and the client's hearing read as a formula, not a keyword."""
    out: list[str] = []
    for name in kinds:
        entry = concepts.get(name) or {}
        out += entry.get(lang) or []
    return HashedTuple(out)  # a key of the per-sentence caches below: hashed once per transcript, not per call


def blank(text: str, spans) -> str:
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            chars[i] = " "
    return "".join(chars)


def opening_names(text: str, lang: str, concepts: dict) -> frozenset[str]:
    """First names (folded) the agent introduces itself with in a terse opening: a first name right next to
    the institution's name, nothing but punctuation between («здравствуйте, департамент соцстрахования,
    катрин.», "tere, SKA, kertu", "Kertu, SKA, tere"). The greeting criterion reads such a name as the
    agent's own (`greeting.own_name`); it is part of the opening act (greeting, self-introduction), not a
    keyword, also when the name lists do not know it."""
    phrases = tuple(p for names in ((concepts.get("institution") or {}).values()) for p in names)
    return _names_beside(text, lang, phrases) if phrases else frozenset()


@lru_cache(maxsize=4096)  # a pure function of the opening and the institution's names (the same in most calls)
def _names_beside(text: str, lang: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """`opening_names` for the institution's name phrases."""
    spans = [(m.start, m.end) for m in phrase_set(phrases, lang).find_all(text)]
    if not spans:
        return frozenset()
    words = [t for t in tx.tokenize(text) if t.is_word]
    out = set()
    for n, tok in enumerate(words):
        if any(a <= tok.start < b for a, b in spans):
            continue
        gap_before = text[words[n - 1].end:tok.start] if n > 0 else ""
        gap_after = text[tok.end:words[n + 1].start] if n + 1 < len(words) else ""
        before = n > 0 and any(a <= words[n - 1].start < b for a, b in spans) and not re.search(r"[.!?]", gap_before)
        after = n + 1 < len(words) and any(a <= words[n + 1].start < b for a, b in spans) \
            and not re.search(r"[.!?]", gap_after)
        if (before or after) and tx.is_first_name(tok.text):  # the name look-up last: it is the costly test
            out.add(tok.norm)
    return frozenset(out)


def content_fragments(text: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> list[str]:
    """Fragments with content words after social formulas, names and particles are removed."""
    if social:
        found = phrase_set(social, lang).find_all(text)
        text = blank(text, found)
        text = FORMULA_TAIL.sub(lambda m: " " * len(m.group()), text) if found else text
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text) if found else text
        # "veel kord" / «ещё раз» right before a formula repeats it ("Veel kord kaastunne, kõike head.",
        # «Ещё раз спасибо»): part of the formula, not a content word
        text = _FORMULA_HEAD.sub(lambda m: " " * len(m.group()), text) if found else text
        text = _FORMULA_AGAIN.sub(lambda m: " " * len(m.group()), text) if found else text
    text = blank_congratulations(text)
    out = []
    for sentence in (s for _, _, s in tx.split_sentences(text)):
        for fragment in _FRAGMENT_SPLIT.split(sentence):
            words = [t for t in tx.tokenize(fragment) if (t.is_word or t.text[:1].isdigit())
                     and t.norm not in PARTICLES and t.norm not in names]
            if words:
                out.append(fragment.strip())
    return out


# a client's apology or thanks (folded), which an acceptance («ничего», "pole midagi") answers
APOLOGY_OR_THANKS = re.compile(r"(?<!\w)(?:извин\w*|простите|прости|прощени\w*|спасибо|благодар\w*|vabanda\w*|"
                                r"andestust|andeks|aitah|tanan|tanud|sorry|thanks?)(?!\w)")


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    from faker.providers.person.et_EE import Provider as EtNames
    from faker.providers.person.ru_RU import Provider as RuNames

    names = set(EtNames.first_names) | set(RuNames.first_names_male) | set(RuNames.first_names_female)
    names |= {"Mari", "Kati", "Liis", "Kadri", "Triin", "Maarja", "Мария", "Анна", "Ольга"}
    return frozenset(tx.fold(n) for n in names)


# what a thanks formula says of the call itself ("aitäh, et helistasite", «спасибо, что обратились к нам»), folded
_CALL_CLAUSE = re.compile(r"^\W*(?:et|что)\s+(?:te\s+|вы\s+)?(?:helista|poordu|ootasi|kirjuta|votsite\s+aega|"
                          r"позвони|обрати|подожда|дозвони|написа|ждали)\w*"
                          r"(?:\s+(?:meie|meile|poole|kannatlikult|uhendust|к|нам|терпеливо|в|департамент))*\W*$")
# the agent's name said with the greeting ("Kadri kuuleb", «Анна слушает»)
_LISTENING = re.compile(r"^\W*(?:(\w+)\s+)?(?:kuuleb|kuulab|teenindab|raagib|слушает|говорит|на\s+связи)\W*$")


def closing_formula(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """Is the sentence a formula of the call's opening or close only (``social``: the phrases of
    :data:`CLOSING_CONCEPTS`), though it has a verb: thanks for the call („Aitäh, et helistasite!“, «Спасибо, что
    обратились к нам!»), a greeting with the agent's name („Tere! SKA, Kadri kuuleb.“) or a wish? It
    says nothing on the matter: beside a list of keywords it does not make the reply an answer (`acts`). Thanks for
    something the client did on the matter, or anything said after it („Aitäh, päring tuleb saata kirjalikult.“),
    is more than a formula."""
    if not social or not phrase_set(social, lang).find_all(sentence):
        return False
    for fragment in content_fragments(sentence, lang, social, names):
        folded = tx.fold(fragment.lower())
        if _CALL_CLAUSE.match(folded):
            continue
        listening = _LISTENING.match(folded)
        if listening and (listening.group(1) is None or listening.group(1) in names
                          or tx.is_first_name(listening.group(1))):
            continue
        return False
    return True
