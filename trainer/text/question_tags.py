"""Question tags in speech without punctuation (Estonian, Russian): "..., jah", "..., eks (ole)", «..., да»,
«... или нет», «..., правильно» closing a yes/no question about the client — where a tag closes a question
in the middle of a turn (`tag_closes_question`, `TAG_ENDS`), which statements a tag makes a question
(`ru_tag`, `et_tag`), and a verbless question (`asks_without_verb`). Read by questions.py and breaks.py."""

from __future__ import annotations

from .interrogative import ACKS, ET_QUESTION_PREFIXES, LEADING, ru_interrogative
from .question_words import ET_INTERROGATIVES, ET_YOU, RU_PREPOSITIONS, YOU
from .statements import THANKS

# question tags and particles of spoken yes/no questions (folded words)
ET_TAGS = frozenset("jah eks eksole onju vä vai voi".split())
ET_TAG_PAIRS = {("eks", "ole"), ("voi", "mitte"), ("voi", "ei"), ("voi", "kuidas"), ("voi", "mis")}
# "..., kas nii", "..., on nii" (is that so) after a statement about the client: "te elate üksi ja küsite, miks
# toetust ei tulnud, on nii"; not "ma arvan, et see on nii" (blind round 20)
ET_SO_TAGS = {("kas", "nii"), ("on", "nii"), ("kas", "oige")}
RU_TAGS = frozenset("да правильно верно ведь правда".split())
RU_TAG_PAIRS = {("или", "нет"), ("так", "ли"), ("не", "правда"), ("не", "так"), ("так", "ведь")}
# tags that close a question in the middle of an unpunctuated turn ("te küsite pensioni kohta eks ma vaatan
# ...", «вы про пенсию правильно сейчас посмотрю»): not "jah"/«да», which as often open the next sentence
_ET_MID_TAGS = frozenset({"eks", "eksole", "onju"})
_RU_MID_TAGS = frozenset({"правильно", "верно"})
_MID_TAG_PAIRS = {("eks", "ole"), ("voi", "mitte"), ("voi", "mis"), ("так", "ведь"), ("не", "так"), ("так", "ли"),
                  ("или", "нет")}
# the last word of a tag: only after one of these can a tag close a question (a cheap test per word)
TAG_ENDS = _ET_MID_TAGS | _RU_MID_TAGS | {b for _, b in _MID_TAG_PAIRS} | {"да", "jah"}  # «да», "jah" only after a
# frame or the client's matter named (`_names_matter`)




def tag_closes_question(words: list[str], nxt: str | None, lang: str) -> bool:
    """Do the folded `words` (a clause of a speech turn so far) end in a question tag that closes a yes/no
    question about the client before the next word `nxt` ("te küsite oma pensioni kohta eks | ma vaatan",
    «вы про пенсию по старости правильно | сейчас посмотрю»)? Three words or more before the tag, a
    statement about the client (te, teie, a -te verb; вы, ваш, a 2nd person verb, «это»), and for «правильно»
    /«верно» no verb right before it («вы всё сделали правильно» praises). "või mis" before a pronoun or a
    verb of the partner ("või mis te arvate") opens a question rather than closing one, and "või mis iganes"
    is "or whatever"."""
    if len(words) < 4:
        return False
    pair = tuple(words[-2:])
    size = 2 if pair in _MID_TAG_PAIRS else 1 if words[-1] in (_ET_MID_TAGS if lang == "et" else _RU_MID_TAGS) else 0
    framed = lang == "ru" and _ru_framed(words[:-1])
    if not size and framed and words[-1] == "да" and words[-2] not in ("да", "нет", "не"):
        size = 1  # «так понимаю перевод не пришёл да | назовите ...»: the frame makes «да» a tag
    if not size and words[-1] in ("да", "jah") and _names_matter(words[:-1]):
        return True  # «спасибо вопрос про перерасчёт пенсии да | на какой номер ...»: the client's matter named
    if not size or len(words) - size < 3:
        return False
    if (words[-1], nxt) == ("eks", "ole"):
        return False  # the tag goes on: "eks ole"
    if size == 1 and words[-1] in ("правильно", "верно") and nxt is not None and _ru_said_verb(nxt):
        return False  # «то есть банк вам правильно сказал», «вы верно поняли»: the adverb of the verb after it
    if pair == ("voi", "mis") and nxt is not None and (nxt in ET_YOU or nxt.endswith("te") or nxt == "iganes"):
        return False
    before = words[:-size]
    if lang == "ru":
        if size == 1 and not ru_tag(words):
            return False
        return framed or any(w in YOU or w == "это" or (len(w) > 4 and w.endswith(("ете", "ите"))) for w in before)
    return any(w in ET_YOU or (len(w) > 4 and w.endswith("te")) for w in before) or before[0] == "see"


def _ru_said_verb(word: str) -> bool:
    """A Russian past-tense verb or a 2nd person present/future indicative («сказал», «поняли», «делаете»): what
    «правильно» before it qualifies. Not the agent's own next step («посмотрю») nor an imperative («скажите»)."""
    from .lexicon import ru_parse

    parses = ru_parse(word)
    if not parses or parses[0].tag.POS != "VERB" or any("impr" in p.tag for p in parses[:3]):
        return False
    tag = parses[0].tag
    return "past" in tag or ("2per" in tag and "indc" in tag)


# the agent's understanding framing a statement for the client to confirm: «так понимаю ... да», «как я понимаю
# ... да», «я так понимаю ... да»
_RU_FRAMES = (("так", "понимаю"), ("я", "так", "понимаю"), ("как", "я", "понимаю"), ("насколько", "я", "понимаю"),
              ("правильно", "понимаю"), ("правильно", "я", "понимаю"))


def _ru_framed(words: list[str]) -> bool:
    """Do the words open with a frame of the agent's understanding and say something after it?"""
    return any(tuple(words[:len(f)]) == f and len(words) > len(f) + 1 for f in _RU_FRAMES)


# the client's matter named as the topic of a check: «вопрос про перерасчёт», «речь о пенсии», "küsimus on pensioni
# kohta", "jutt käib toetusest" (after thanks or an opening particle at most)
_MATTER_NOUNS = frozenset("вопрос речь kusimus jutt".split())
_MATTER_LINKS = frozenset("про о об по насчет насчёт идет идёт on kaib puudutab".split())


def _names_matter(words: list[str]) -> bool:
    """Do the words (a clause before a tag) open, after thanks, an acknowledgement or particles, with a noun for the client's question
    and a link to its topic («вопрос про перерасчёт пенсии», «речь идёт о пособии», "küsimus on pensioni kohta",
    "jutt käib toetusest"), with two words or more after the link? Such a statement said with a tag checks the
    need («..., да?», "..., jah?")."""
    k = 0
    while k < len(words) and (words[k] in LEADING or words[k] in THANKS or words[k] in ACKS):
        k += 1
    return k + 4 <= len(words) and words[k] in _MATTER_NOUNS and words[k + 1] in _MATTER_LINKS


def asks_without_verb(words: list[str], lang: str) -> bool:
    """Do three or more folded words ask the client something though no finite verb is in them: a question word
    first (after thanks or particles; in Russian after a preposition too: «на какой номер звонить», "mis numbrile
    helistada"), or a tag closing a check of the client's matter («вопрос про перерасчёт пенсии да», "küsimus on
    toetuse kohta jah")? Not a string of one-word questions («Что? Когда?»: each sentence is asked alone)."""
    k = 0
    while k < len(words) and (words[k] in LEADING or words[k] in THANKS):
        k += 1
    rest = words[k:]
    if len(rest) < 3:
        return False
    if lang == "ru":
        if ru_interrogative(rest[0]) or (rest[0] in RU_PREPOSITIONS and ru_interrogative(rest[1])):
            return True
        return rest[-1] in RU_TAGS and ru_tag(words)
    if rest[0] in ET_INTERROGATIVES or rest[0].startswith(ET_QUESTION_PREFIXES):
        return True
    return rest[-1] in ET_TAGS and rest[-1] == "jah" and et_tag(words)


def ru_tag(words: list[str]) -> bool:
    """«вы про декабрьскую пенсию да», «это по поводу пенсии правильно»: a tag after a statement about
    the client (вы, ваш ..., a 2nd person plural verb) or about "this"; not after a verb («сделали
    правильно») unless the verb is negated («пенсия не пришла верно»), nor after «да»/«нет»/«не»."""
    if words[-2] in ("да", "нет", "не"):
        return False
    if words[-1] in ("правильно", "верно", "правда"):
        from .lexicon import ru_parse

        parses = ru_parse(words[-2])
        verb = bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTS")
        if verb and words[-3] == "не" and parses[0].tag.POS == "VERB":
            return True  # «пенсия за декабрь не пришла верно»: nothing not done is praised as done right
        return not verb and words[-2] not in ("всё", "все", "так", "это", "очень", "совершенно", "абсолютно")
    return _ru_framed(words[:-1]) or _names_matter(words[:-1]) or any(
        w in YOU or w == "это" or w in _RU_KIN or (len(w) > 4 and w.endswith(("ете", "ите"))) for w in words[:-1])


# the person the caller asks about, as the subject of a tagged check («а отец сам пенсию получает да», "ema elab
# teiega koos jah"): the check is about the client's matter as much as one about "you"
_RU_KIN = frozenset("""отец папа мать мама сын дочь дочка муж жена ребёнок ребенок дети бабушка дедушка брат сестра
    отца мамы матери сына дочери мужа жены""".split())
_ET_KIN = frozenset("isa ema poeg tütar tutar mees naine abikaasa laps lapsed vanaema vanaisa vend õde ode".split())


def et_tag(words: list[str]) -> bool:
    """"te helistate pensioni asjus jah", "see on lapsetoetuse kohta eks": "eks"/"vä" after anything,
    "jah" only after a statement about the client (te, teie ..., a -te verb), not after "jah"/"ei"."""
    if words[-1] != "jah":
        return True
    return words[-2] not in ("jah", "ei") and (_names_matter(words[:-1]) or any(
        w in ET_YOU or w in _ET_KIN or (len(w) > 4 and w.endswith("te")) for w in words[:-1]))
