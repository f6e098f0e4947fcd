"""Question detection (Estonian, Russian; English best effort): a question mark, an interrogative word
first, the particle «ли», speech-style questions without punctuation (tags such as "…, jah", «…, да»,
"ega …", a question word after a preposition) and checks of what the client said ("Вы живёте в
Германии" answered with да/нет)."""

from __future__ import annotations

import re
from functools import lru_cache

from .exclamations import is_exclamation
from .normalize import fold as tx_fold
from .normalize import tokenize_cached
from .question_words import _ET_INTERROGATIVES, _ET_YOU, _RU_INTERROGATIVES, _YOU  # noqa: F401  (clarify, analysis)
from .statements import (  # noqa: F401  (re-exported: moved to statements.py)
    _ALTERNATIVE_LONGEST,
    _CHECK_LONGEST,
    _THANKS,
    CONFIRMATIONS,
    _client_open_question,
    _closing_frame,
    _et_first_person_verb,
    _framed_paraphrase,
    _need_paraphrase,
    _what_if,
    after_sigh,
    check_frame_end,
    check_frame_span,
    is_check_statement,
    is_resignation,
    negated_alternative,
    restates_need,
    tag_then_doubt,
)
from .tags import tag_then_afterthought

__all__ = ["announces_question", "asks_without_verb", "is_question", "is_spoken_question", "is_check_statement", "CONFIRMATIONS"]


# ---------------------------------------------------------------------------
# questions

_ET_QUESTION_PREFIXES = ("millis", "mitmen")  # milline, millist, milliseid, ...; mitmendal
_ET_KUI = frozenset("palju kaua suur suure suurt pikk pika kiiresti tihti vana kaugel".split())
_ET_NOT_QUESTION_AFTER = {"mis": frozenset({"puudutab", "puutub"})}
_RU_NOT_QUESTION_AFTER = {"как": frozenset({"только", "правило", "видите", "известно", "можно"}),
                          "что": frozenset({"касается"})}
# «как я написал: ...», «Как я уже говорила, ...», «Как я Вам сказал.» = as I said: the speaker's own earlier words,
# no question. Only typed so (a mark right after the verb): run into speech the clause stays a question
_RU_AS_I_SAID = re.compile(
    r"\bкак\s+(?:я|мы)\s+(?:(?:уже|вам|вас|выше|раньше|ранее|только|что|и)\s+){0,3}"
    r"(?:сказал|написал|говорил|писал|упомянул|упоминал|объяснил|объяснял|отметил|указал)\w*\s*(?:[,:;.!–—]|$)")
_EN_INTERROGATIVES = frozenset(
    "what when where why how who whom whose which do does did is are can could would will shall may".split()
)
_LEADING = frozenset(
    """aga ja ning no siis ok okei hea selge et oot oota jah jaa aa ahaa ahah nii halloo hallo tahendab
    а и но так ну ладно хорошо алло ага да слушайте ой понятно подождите погодите
    and so but well ok""".split())
# "Kes soovib, see saab" / "Kus on kontor, sinna minge" / "Что посеешь, то пожнёшь": a relative
# clause picked up by a demonstrative after the comma is a statement.
_EVALUATIVE = frozenset("хорошо отлично здорово прекрасно замечательно жаль правильно".split())
_CORRELATIVES = frozenset(
    """see seda selle sellel sellele sellelt sellest selles sellesse seal sinna sealt siis nii too need neil
    nende тот то та те того тому тем там туда оттуда так тогда столько""".split()
)


def _correlative(sentence: str) -> bool:
    tokens = tokenize_cached(sentence)
    for i, tok in enumerate(tokens):
        if tok.text == ",":
            nxt = next((t.norm for t in tokens[i + 1:] if t.is_word), "")
            return nxt in _CORRELATIVES
    return False


# a verb of depending or deciding whose subject is the clause before it: «Какая страна платит, определяется по ...»,
# "Milline riik maksab, sõltub pere olukorrast."
_DEPENDS = frozenset("""определяется определяют зависит решается решают устанавливается устанавливают выясняется
    рассчитывается считается указано указывается видно soltub oleneb otsustatakse maaratakse maaratletakse
    arvutatakse selgub selgitatakse
    написано описано изложено расписано""".split())
# "Kuidas taotlust esitada, on kirjas kodulehel." (blind round 25): "on" and a participle of stating
_STATED_ET = frozenset("kirjas kirjeldatud selgitatud toodud".split())


def _subject_clause(sentence: str, stripped: str) -> bool:
    """Is the clause opened by the question word the subject of a verb of depending after the first comma, in a
    sentence typed with a full stop ("Milline riik maksab esimesena, sõltub pere olukorrast.", «Сколько Вы
    получите, зависит от стажа.», "Kas ... või ..., oleneb ettevõttest.", «Можно ли ..., зависит от фирмы.»)? It
    states what the answer depends on; it asks nothing. So does a verb of stating («Как подать ходатайство, написано
    на сайте.», "Kuidas esitada, on kirjas kodulehel."; blind round 25): it says where the answer is."""
    if not stripped.endswith((".", "!")):
        return False
    tokens = tokenize_cached(sentence)
    for i, tok in enumerate(tokens):
        if tok.text == ",":
            nxt = [t.norm for t in tokens[i + 1:] if t.is_word][:2]
            return bool(nxt) and (nxt[0] in _DEPENDS or (
                nxt[0] in ("see", "это", "то") and len(nxt) > 1 and nxt[1] in _DEPENDS) or (
                nxt[0] == "on" and len(nxt) > 1 and nxt[1] in _STATED_ET))
    return False


# what does not matter, after the question-word clause it is said of ("Milline määrus see on, ei olegi oluline.",
# «Какое определение вынес суд – неважно.»; new-user batch 41 maintenance-support-et wrong)
_NO_MATTER = re.compile(r"^[^,–—?]*[,–—]\s*(?:see\s+|это\s+)?(?:ei\s+(?:ole(?:gi)?|mangi)\s+(?:oluline|tahtis|rolli)|"
                        r"pole\s+(?:oluline|tahtis|vahet)|vahet\s+pole|ukskoik|неважно|не\s+важно|значения\s+не\s+имеет|"
                        r"не\s+имеет\s+значения|без\s+разницы|вс[её]\s+равно)(?!\w)")


def _no_matter_clause(sentence: str, stripped: str) -> bool:
    """Is the question-word clause the subject of "does not matter" after its comma or dash, in a sentence typed with a
    full stop (`_NO_MATTER`)? It tells that the answer makes no difference; it asks nothing."""
    return stripped.endswith((".", "!")) and bool(_NO_MATTER.search(tx_fold(sentence.lower())))


# a question-word clause taken up after a comma by "see on (nüüd) teada" / «это теперь понятно»: what the speaker now
# knows ("selge, mis kirjutada ja kuhu saata, see on nüüd teada", «куда отправить, это теперь понятно»)
_KNOWN_NOW = re.compile(r",\s*(?:see|это|то)\s+(?:on\s+)?(?:nuud\s+|juba\s+|ka\s+|теперь\s+|уже\s+)?"
                        r"(?:teada|selge|arusaadav|понятно|ясно)\b")


def _known_clause(sentence: str) -> bool:
    """Is the sentence a statement of what the speaker now knows, its question-word clause taken up after a comma
    by "see on teada" / «это понятно» (`_KNOWN_NOW`)? It asks nothing, typed with a full stop or none."""
    return bool(_KNOWN_NOW.search(tx_fold(sentence.lower())))


def _temporal_clause(sentence: str, stripped: str) -> bool:
    """An opening «когда»-clause followed by a main clause states a rule ("Когда решение будет готово, мы
    отправим его Вам."): typed, a sentence ending in a full stop with three or more words after a comma;
    spoken (no punctuation but a full stop at a speech break), eight or more words with two finite verbs not joined by «и»/«или»
    («когда пятое число выпадает на выходные деньги перечисляют в течение двух рабочих дней»). A question
    typed without "?" has no such main clause ("Когда Вы подали заявление.", «когда придёт пенсия»,
    «когда Вы отправили письма и когда получили ответ»)."""
    if stripped.endswith((".", "!")) and "," in stripped:
        after = stripped.split(",", 1)[1]
        return len([t for t in tokenize_cached(after) if t.is_word or t.text[:1].isdigit()]) >= 3
    if re.search(r"[.,;:!?…]", stripped.rstrip(".")):
        return False  # punctuated inside: the comma rule above decides (a speech break may end it in ".")
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    if len(words) >= 4 and "ли" not in words and _instruction_after_verb(words[1:]):
        return True  # «когда будет определение суда или решение подавайте заявление ...»: a rule, «или» or not
    if len(words) < 8 or {"и", "или", "ли"} & set(words):
        return False
    return sum(1 for w in words[1:] if _ru_finite_verb(w)) >= 2


def _instruction_after_verb(words: list[str]) -> bool:
    """Does an imperative that is no verb of asking («подавайте», «обращайтесь»; not «скажите») follow a
    finite verb of the clause before it («когда будет решение ... подавайте заявление»)?"""
    from .lexicon import ru_parse

    seen_verb = False
    for k, w in enumerate(words):
        parses = [p for p in ru_parse(w) if p.is_known and p.tag.POS == "VERB"]
        if not parses:
            continue
        # «позвоните» is also «вы позвоните»: an imperative form not after «вы»
        if seen_verb and any("impr" in p.tag for p in parses) and words[k - 1] not in _YOU:
            return w not in _RU_ASK_VERBS and w not in ("напомните", "назовите")
        seen_verb = True
    return False


def _conditional_main_clause(stripped: str, lang: str) -> str | None:
    """The main clause after an opening „aga kui“ / «а если» clause of a sentence typed with a full stop, when
    it gives an instruction (an imperative among the first three words of a clause after a comma: „..., esitage
    uus taotlus.“, «..., сразу звоните 112, и ночью тоже.») or tells a rule with its verb first („..., võib ta ka
    ise helistada.“), up to the sentence end; None without one (a
    question typed without "?", «а если у меня новые справки»; a caller's own plan „..., helistan uuesti.“)."""
    if not stripped.endswith((".", "!")) or "," not in stripped:
        return None
    clauses = stripped.split(",")
    for k in range(1, len(clauses)):
        if _imperative_start(clauses[k], lang) or lang == "et" and _ET_INVERTED.match(tx_fold(clauses[k].lower())):
            return ",".join(clauses[k:]).strip()
    return None


#: an Estonian main clause told with its verb before its subject after the „kui“ clause („Ja kui Teil on poeg, võib
#: ta ka ise helistada.“, new-user batch 32): a statement; a question typed without "?" keeps the subject first
#: („aga kui ma ei jõua, ma kaotan õiguse?“ is read by its mark) or asks with a question word
_ET_INVERTED = re.compile(r"^\s*(?:siis\s+)?(?:voib|voite|voime|saab|saate|saame|tuleb|peab|peate|peame|makstakse|"
                          r"antakse)\s+(?:ta|tema|te|teie|ma|me|meie|nad|see|teil|tal|meil)\b")


_IMPERATIVE_END = {"ru": re.compile(r"(?:ите|йте)(?:сь)?$"),
                   "et": re.compile(r"(?:age|ege|ige|uge|lge|nge|rge|tke|ske|pke|kke)$")}
_NOT_IMPERATIVE = frozenset("selge ilmselge korge range vaike koike".split())


def _imperative_start(clause: str, lang: str) -> bool:
    """Does the clause give an instruction: an imperative among its first three words („звоните сразу 112“,
    „palun esitage uus taotlus“)? A caller's own plan („helistan uuesti“) is none."""
    ending = _IMPERATIVE_END.get(lang)
    words = [tx_fold(t.norm) for t in tokenize_cached(clause) if t.is_word][:3]
    return ending is not None and any(ending.search(w) and w not in _NOT_IMPERATIVE for w in words)


# what «так что ...» asks about when it asks («так что вы хотели узнать», «так что вас беспокоит»): a want, an interest
_SO_WHAT_ASKS = ("хот", "интерес", "случил", "беспоко", "волну", "тревож")


def _so_that(sentence: str) -> bool:
    """Is «так что» at the start of a sentence the conjunction "so" («Так что нотариус не обязателен.», «так что
    справку можно не приносить»), not «так, что ...» (a comma between: "well, what ...") or a question about what
    the client wants or what worries them («так что вы хотели узнать», «так что вас беспокоит»)?"""
    tokens = tokenize_cached(sentence)
    k = next((n for n, t in enumerate(tokens) if t.is_word), None)
    if k is None or k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False  # «Так, что ...»: the comma makes «так» a particle and «что» asks
    after = [t.norm for t in tokens[k + 2:] if t.is_word][:3]
    if after[:1] == ["же"] or (any(w in ("мне", "нам") for w in after)
                               and any(w.endswith(("ть", "ти", "чь")) for w in after)):
        return False  # «так что же ...», «так что мне делать»: the client asks what to do
    return not any(w.startswith(_SO_WHAT_ASKS) for w in after)


def _ru_finite_verb(word: str) -> bool:
    from .lexicon import ru_parse

    parses = ru_parse(word)
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "VERB"


def _first_words(sentence: str) -> list[str]:
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    while words and words[0] in _LEADING and len(words) > 1:
        words = words[1:]
    return words


_ET_CHECK_AFTER_EHK = frozenset("siis te teie teil teile teid".split())
_ET_ASK_VERBS = frozenset("oelge tapsustage raakige selgitage kirjeldage".split())
_RU_ASK_VERBS = frozenset("скажите подскажите уточните расскажите".split())


# question tags and particles of spoken yes/no questions (folded words)
_ET_TAGS = frozenset("jah eks eksole onju vä vai voi".split())
_ET_TAG_PAIRS = {("eks", "ole"), ("voi", "mitte"), ("voi", "ei"), ("voi", "kuidas"), ("voi", "mis")}
# "..., kas nii", "..., on nii" (is that so) after a statement about the client: "te elate üksi ja küsite, miks
# toetust ei tulnud, on nii"; not "ma arvan, et see on nii" (blind round 20)
_ET_SO_TAGS = {("kas", "nii"), ("on", "nii"), ("kas", "oige")}
_RU_TAGS = frozenset("да правильно верно ведь правда".split())
_RU_TAG_PAIRS = {("или", "нет"), ("так", "ли"), ("не", "правда"), ("не", "так"), ("так", "ведь")}
# tags that close a question in the middle of an unpunctuated turn ("te küsite pensioni kohta eks ma vaatan
# ...", «вы про пенсию правильно сейчас посмотрю»): not "jah"/«да», which as often open the next sentence
_ET_MID_TAGS = frozenset({"eks", "eksole", "onju"})
_RU_MID_TAGS = frozenset({"правильно", "верно"})
_MID_TAG_PAIRS = {("eks", "ole"), ("voi", "mitte"), ("voi", "mis"), ("так", "ведь"), ("не", "так"), ("так", "ли"),
                  ("или", "нет")}
# the last word of a tag: only after one of these can a tag close a question (a cheap test per word)
TAG_ENDS = _ET_MID_TAGS | _RU_MID_TAGS | {b for _, b in _MID_TAG_PAIRS} | {"да", "jah"}  # «да», "jah" only after a
# frame or the client's matter named (`trainer.simulation.hearing.names_matter`)
_RU_PREPOSITIONS = frozenset("в во на до за от о об по с со к ко из у для про при через после".split())
# «могу»/«можем»: the client asking whether she may («а я могу за него записать со своего входа», blind round 25)
_RU_MODALS = frozenset("нужно надо можно должна должен должны будет будут придётся придется могу можем".split())
_RU_MAY = frozenset({"могу", "можем"})  # «а я не могу туда поехать»: what she cannot do, no question
_RU_OPENERS = frozenset("а и но".split())
# interrogatives that ask wherever they stand in a short spoken sentence (not что/как/когда/где, which
# also join clauses), unless a verb of knowing precedes them («я не знаю, сколько ...»)
_RU_IDENTITY = {("я", "говорю"), ("я", "разговариваю")}
# question words that ask wherever they stand in a client's spoken line (not "mis"/«что», which also join
# clauses), and the verbs of knowing or seeing that make them an embedded question ("vaatan, millal tuleb")
_CLIENT_ANYWHERE = frozenset("""millal miks kus kust kuhu kellele kelle poole mitu kuidas
    когда куда откуда почему зачем где кому сколько""".split()) - {"poole"}
_CLIENT_KNOW = frozenset("""tea tean teame teada teadnud vaatan vaatame vaadata aru moista uurin uurime uurida
    motlen naen proovin kirjutan""".split())
# a client's first-person verb of asking that announces the question after it
_ASK_ANNOUNCE = frozenset("спрошу спросить спросила спросил kusiksin kusida kusin".split())
_CLIENT_CHECKS = {("то", "есть"), ("ehk", "siis"), ("значит", "мне"), ("значит", "я")}
_RU_ANYWHERE = frozenset("сколько почему зачем куда какие какой какая какое какую".split())
_RU_KNOW = frozenset("""знаю знаем понимаю понимаем вижу посмотрю проверю уточню узнаю объясню расскажу
    скажу подскажу неизвестно""".split())
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
    if not client and (_need_paraphrase(words, lang) or _framed_paraphrase(words, lang)):
        return True
    lead = _first_words(sentence)
    if not client and lang == "et" and len(lead) < len(words) and _need_paraphrase(lead, lang):
        return True  # "selge et te tahate teada kas ...": the paraphrase after an opening "selge"/"jah" and "et"
    if not client and _closing_frame(words, lang):
        return True  # "et ema sai eelmisel aastal ja sel aastal jäi tulemata nii ma saan aru" (blind round 25)
    if len(words) >= 4:
        last, pair = words[-1], tuple(words[-2:])
        if lang == "ru" and (pair in _RU_TAG_PAIRS or (last in _RU_TAGS and _ru_tag(words))):
            return True
        if lang == "et" and (pair in _ET_TAG_PAIRS or (last in _ET_TAGS and _et_tag(words))
                             or (pair in _ET_SO_TAGS and any(w in _ET_YOU for w in words[:-2]))):
            return True
    if lang == "et" and words and words[0] == "ega" and len(words) >= 3:
        return True
    if _tag_then_contrast(sentence, lang, client):
        return True  # «вы подавали по возрасту да не на досрочную», "... jah mitte ennetähtaegset"
    if tag_then_afterthought(sentence, lang, client):
        return True  # «отец живёт один да в своей квартире», "isa elab üksi jah oma korteris"
    lead = _first_words(sentence)
    if lang == "ru" and lead:
        if lead[0] in _RU_PREPOSITIONS and len(lead) > 1 and _ru_interrogative(lead[1]):
            return True
        if words[0] in _RU_OPENERS and 3 <= len(words) <= 10 and any(
                w in _RU_MODALS and not (w in _RU_MAY and words[k] == "не") for k, w in enumerate(words[1:])) \
                and words[1] in ("мне", "нам", "я", "мы", "ему", "ей") and not any(w.startswith("зна") for w in words):
            return True  # not «а я и не знала что так можно»
    if lang == "ru" and len(words) <= 12:
        for k in range(1, len(words)):
            if (words[k] in _RU_ANYWHERE or (words[k].startswith("каки") and len(words[k]) > 4)
                    or (words[k] in _RU_PREPOSITIONS and k + 1 < len(words) and _ru_interrogative(words[k + 1])
                        and words[k - 1] != "ни")) \
                    and not any(w in _RU_KNOW for w in _own_clause(words, k)) \
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
            if k and (w in _CLIENT_ANYWHERE or (lang == "ru" and w.startswith("кто-"))) \
                    and not any(x in _CLIENT_KNOW or x in _RU_KNOW for x in words[:k]):
                return True
            # a question word after a preposition at any length of the line: «... или к вам писать и до какого
            # числа» (blind round 25); not «по какой-то причине», nor after "I don't know"
            if lang == "ru" and k and w in _RU_PREPOSITIONS and k + 1 < len(words) and "-" not in words[k + 1] \
                    and _ru_interrogative(words[k + 1]) and words[k - 1] != "ни" \
                    and not any(x in _CLIENT_KNOW or x in _RU_KNOW for x in words[:k]):
                return True
        # the client announces a question and asks it: «и ещё спрошу сестра ... ей тоже надо», "tahan küsida kas ..."
        if _announced(words):
            return True
        if _client_open_question(words, lang) or _what_if(words, lang) or tag_then_doubt(words, lang):
            return True
        # the client checks what they understood: «то есть финская часть пропадает», "nii et mina valetan"
        return any(tuple(words[k:k + 2]) in _CLIENT_CHECKS for k in range(min(3, len(words) - 2)))
    # «спасибо а вы на какой счёт ждёте»: the thanks before the question is no part of it
    while len(lead) > 1 and (lead[0] in _THANKS or lead[0] in _LEADING):
        lead = lead[1:]
    # an alternative that closes the sentence asks at any length a check may have: «так вы получаете пенсию из ... и
    # в этом месяце её нет а раньше она приходила каждый месяц или раз в несколько месяцев» (blind round 25)
    either = "или" in words[-8:]
    if _alternative_about_you(words, lang) and not any(ch.isdigit() for ch in sentence):
        return True  # «а письмо это касается вашего пособия или кого-то из семьи» (blind round 27)
    return lang == "ru" and bool(lead) and lead[0] in _YOU \
        and all(w != "не" or negated_alternative(words, k, lang) for k, w in enumerate(words)) \
        and (len(lead) <= 12 or "или" in words) and not any(ch.isdigit() for ch in sentence) \
        and is_check_statement(" ".join(lead), lang, longest=_ALTERNATIVE_LONGEST if either else _CHECK_LONGEST)


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
    while len(words) > 1 and words[0] in _LEADING and words[0] not in _ALT_ANSWERS | {"а", "и"}:
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
_CONJOINED_ASKING = {"ru": _RU_ANYWHERE | frozenset({"кто", "кого", "кому", "чей", "чья", "чьё", "чье", "чьи"}),
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
                or (lang == "et" and nxt.startswith(_ET_QUESTION_PREFIXES))
                or (lang == "ru" and nxt in _RU_PREPOSITIONS and k + 2 < len(words) and _ru_interrogative(words[k + 2]))):
            continue
        before = words[k - 1]
        if before in _RU_KNOW or before in _CLIENT_KNOW or before in _ET_KNOWING:
            return None
        tail = words[k:]
        asked = tail[2:] if nxt in _RU_PREPOSITIONS else tail  # «а с какого месяца ...»: asked from «какого»
        return k if _CONJOINED_MIN <= len(tail) <= _CONJOINED_MAX and is_question(" ".join(asked), lang) else None
    return None


# verbs of looking, checking and knowing after which an Estonian question word heads an embedded clause
_ET_KNOWING = frozenset("""vaatame vaatan vaadata kontrollin kontrollime kontrollida uurin uurime uurida tean
    teame teada selgitan selgitame raagin ütlen utlen""".split())


# a tag and the alternative it rules out: «... да не на досрочную», «... верно а не по инвалидности», "... jah mitte ..."
_CONTRAST_TAGS = {"ru": frozenset("да правильно верно".split()), "et": frozenset("jah eks eksole onju".split())}
_CONTRAST_NOT = {"ru": frozenset({"не"}), "et": frozenset({"mitte"})}


def _tag_then_contrast(sentence: str, lang: str, client: bool) -> bool:
    """Does a question closed by a tag go on only with the alternative it rules out («вы подавали на пенсию по
    возрасту да не на досрочную», "te taotlesite vanaduspensioni jah mitte ennetähtaegset"): «не»/"mitte"
    (after «а»/"aga"/"ja" at most) and up to four words without a verb? The check before the tag asks."""
    tags, nots = _CONTRAST_TAGS.get(lang), _CONTRAST_NOT.get(lang)
    if not tags:
        return False
    tokens = [t for t in tokenize_cached(sentence) if t.is_word]
    for k in range(3, len(tokens) - 2):
        if tokens[k].norm not in tags:
            continue
        j = k + 1 + (tokens[k + 1].norm in ("а", "aga", "ja"))
        tail = [t.norm for t in tokens[j + 1:]]
        if j < len(tokens) and tokens[j].norm in nots and 1 <= len(tail) <= 4 \
                and not any(_finite_verb(w, lang) for w in tail):
            return is_spoken_question(sentence[:tokens[k].start + len(tokens[k].text)], lang, client)
    return False


def _finite_verb(word: str, lang: str) -> bool:
    if lang == "ru":
        return _ru_finite_verb(word)
    return _et_first_person_verb(word) or word.endswith(("takse", "nakse", "dakse", "b", "vad", "te"))


def _announced(words: list[str]) -> bool:
    for k, w in enumerate(words[:-3]):
        if w in _ASK_ANNOUNCE and not any(x in _RU_KNOW or x in ("ei", "не") for x in words[max(0, k - 2):k]) \
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
    if pair == ("voi", "mis") and nxt is not None and (nxt in _ET_YOU or nxt.endswith("te") or nxt == "iganes"):
        return False
    before = words[:-size]
    if lang == "ru":
        if size == 1 and not _ru_tag(words):
            return False
        return framed or any(w in _YOU or w == "это" or (len(w) > 4 and w.endswith(("ете", "ите"))) for w in before)
    return any(w in _ET_YOU or (len(w) > 4 and w.endswith("te")) for w in before) or before[0] == "see"


def _ru_said_verb(word: str) -> bool:
    """A Russian past-tense verb or a 2nd person present/future indicative («сказал», «поняли», «делаете»): what
    «правильно» before it qualifies. Not the agent's own next step («посмотрю») nor an imperative («скажите»)."""
    from .lexicon import ru_parse

    parses = ru_parse(word)
    if not parses or parses[0].tag.POS != "VERB" or any("impr" in p.tag for p in parses[:3]):
        return False
    tag = parses[0].tag
    return "past" in tag or ("2per" in tag and "indc" in tag)


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
    while k < len(words) and (words[k] in _LEADING or words[k] in _THANKS or words[k] in _ACKS):
        k += 1
    return k + 4 <= len(words) and words[k] in _MATTER_NOUNS and words[k + 1] in _MATTER_LINKS


def asks_without_verb(words: list[str], lang: str) -> bool:
    """Do three or more folded words ask the client something though no finite verb is in them: a question word
    first (after thanks or particles; in Russian after a preposition too: «на какой номер звонить», "mis numbrile
    helistada"), or a tag closing a check of the client's matter («вопрос про перерасчёт пенсии да», "küsimus on
    toetuse kohta jah")? Not a string of one-word questions («Что? Когда?»: each sentence is asked alone)."""
    k = 0
    while k < len(words) and (words[k] in _LEADING or words[k] in _THANKS):
        k += 1
    rest = words[k:]
    if len(rest) < 3:
        return False
    if lang == "ru":
        if _ru_interrogative(rest[0]) or (rest[0] in _RU_PREPOSITIONS and _ru_interrogative(rest[1])):
            return True
        return rest[-1] in _RU_TAGS and _ru_tag(words)
    if rest[0] in _ET_INTERROGATIVES or rest[0].startswith(_ET_QUESTION_PREFIXES):
        return True
    return rest[-1] in _ET_TAGS and rest[-1] == "jah" and _et_tag(words)


def _ru_tag(words: list[str]) -> bool:
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
        w in _YOU or w == "это" or w in _RU_KIN or (len(w) > 4 and w.endswith(("ете", "ите"))) for w in words[:-1])


# the person the caller asks about, as the subject of a tagged check («а отец сам пенсию получает да», "ema elab
# teiega koos jah"): the check is about the client's matter as much as one about "you"
_RU_KIN = frozenset("""отец папа мать мама сын дочь дочка муж жена ребёнок ребенок дети бабушка дедушка брат сестра
    отца мамы матери сына дочери мужа жены""".split())
_ET_KIN = frozenset("isa ema poeg tütar tutar mees naine abikaasa laps lapsed vanaema vanaisa vend õde ode".split())


def _et_tag(words: list[str]) -> bool:
    """"te helistate pensioni asjus jah", "see on lapsetoetuse kohta eks": "eks"/"vä" after anything,
    "jah" only after a statement about the client (te, teie ..., a -te verb), not after "jah"/"ei"."""
    if words[-1] != "jah":
        return True
    return words[-2] not in ("jah", "ei") and (_names_matter(words[:-1]) or any(
        w in _ET_YOU or w in _ET_KIN or (len(w) > 4 and w.endswith("te")) for w in words[:-1]))


def _ru_interrogative(word: str) -> bool:
    return word in _RU_INTERROGATIVES or (word.startswith("как") and word not in {"как", "каких-то"} and len(word) > 3)


@lru_cache(maxsize=16384)  # a pure function of the text: the checks ask of the same sentences
def is_question(sentence: str, lang: str) -> bool:
    """True if `sentence` is a question: it ends with "?" (ignoring closing quotes,
    brackets and emoji), or starts with an interrogative word (after an optional
    "aga/ja/no/а/и/но/ну"), or (Russian) contains the particle "ли".

    Estonian: kas, mis/mida/mille... (any case), milline (any form), kes (any case),
    millal, kuidas, kus, kust, kuhu, miks, mitu, "kui palju/kaua/suur"; a request to tell with an embedded
    question ("Palun kirjutage, kas ...", `_indirect_request`). Not a question: "Palun öelge oma isikukood."
    without "?", "Mis puudutab ...". Russian: что, когда, как, где,
    куда, откуда, почему, зачем, какой (any form), кто (any case), сколько, чем, чей;
    not "как только", "что касается".
    """
    stripped = sentence.rstrip()
    while stripped and not (stripped[-1].isalnum() or stripped[-1] in ".!?…"):
        stripped = stripped[:-1].rstrip()
    if stripped.endswith("?"):
        return True
    if is_exclamation(stripped, lang):
        return False  # «Ой, как хорошо, значит, скоро опять прибавят.», „Oi, kui tore!“ (exclamations.py)
    rest = after_sigh(sentence)
    if rest is not None:
        return is_question(rest, lang)  # "jah mis teha nii et kokkuvõttes ...": the sigh asks nothing
    words = _first_words(sentence)
    if not words:
        return False
    first, second = words[0], (words[1] if len(words) > 1 else "")
    raw = [t.norm for t in tokenize_cached(sentence) if t.is_word][:2]
    if raw in (["а", "если"], ["aga", "kui"], ["и", "если"], ["ja", "kui"]):
        # "А если у меня новые справки ...", "aga kui ma ...": a conditional question; typed with a full stop
        # and a main clause after the last comma that asks nothing, a rule ("А если станет плохо, звоните
        # сразу 112.", „Aga kui Teil on uusi andmeid, esitage uus taotlus.“)
        main = _conditional_main_clause(stripped, lang)
        return main is None or is_question(main, lang)
    if raw == ["так", "как"]:
        return False  # «Так как пятое число было субботой, ...» = since
    if raw == ["так", "что"] and _so_that(sentence):
        return False  # «Так что нотариус не обязателен.» = so (blind round 25)
    if len(raw) == 2 and raw[0] in _EVALUATIVE and raw[1] == "что":
        third = next((t.norm for t in tokenize_cached(sentence) if t.is_word), "")
        words3 = [t.norm for t in tokenize_cached(sentence) if t.is_word][:3]
        third = words3[2] if len(words3) > 2 else third
        if third not in ("еще", "ещё", "вас", "вам", "нибудь", "именно"):
            return False  # «Хорошо, что Вы позвонили» = good that ...
    if first != "kas" and "ли" not in words and _correlative(sentence):
        return False
    if _known_clause(sentence):
        return False  # "selge, mis kirjutada ja kuhu saata, see on nüüd teada"
    if _subject_clause(sentence, stripped) or _no_matter_clause(sentence, stripped):
        # "whether" too: "Kas ratastooli saab üürida või tuleb osta, sõltub ettevõttest.", «Можно ли взять напрокат,
        # зависит от фирмы.» (blind round 17)
        return False
    if _indirect_request(words, lang):
        return True  # "Palun kirjutage, kas ...", «Напишите, пожалуйста, когда Вы ...»: a question in a request
    if lang == "ru":
        if ("ли" in words or "ль" in words) and not _embedded_li(words, stripped):
            return True
        if first == "когда" and _temporal_clause(sentence, stripped):
            return False  # «Когда пятое число приходится на воскресенье, пенсию перечисляют в понедельник.»
        if first in _RU_ASK_VERBS or (first == "то" and second == "есть" and len(words) > 2 and words[2] in _YOU) \
                or _ask_verb_after_ack(words, _RU_ASK_VERBS):
            return True  # "скажите, ...", "то есть Вас интересует ...": check questions
        if first in {"правильно", "верно"} and "я" in words[1:3]:
            return True
        if first.startswith("как") and first not in {"как", "каких-то"} and len(first) > 3 \
                and not first.endswith(("-то", "-нибудь", "-либо")):
            return True  # какой, какая, каким, каков ...; not «Как-нибудь разберусь.», «Какой-то он странный.»
        if first == "как" and second in ("я", "мы") and _RU_AS_I_SAID.search(sentence.lower().replace("ё", "е")):
            return False  # «Да, как я написал: сын может помочь» (new-user batch 21 disability-assessment-ru)
        return first in _RU_INTERROGATIVES and second not in _RU_NOT_QUESTION_AFTER.get(first, ())
    if lang == "en":
        return first in _EN_INTERROGATIVES and lang == "en"
    if first == "kui":
        return second in _ET_KUI
    if first == "ehk" and second in _ET_CHECK_AFTER_EHK and _ehk_checks(sentence, words):
        return True  # "ehk siis Te soovite teada ...": a check of the agent's understanding
    if first in _ET_ASK_VERBS or _ask_verb_after_ack(words, _ET_ASK_VERBS):
        return True
    if first.startswith(_ET_QUESTION_PREFIXES):
        return True
    return first in _ET_INTERROGATIVES and second not in _ET_NOT_QUESTION_AFTER.get(first, ())


def _ehk_checks(sentence: str, words: list[str]) -> bool:
    """Does "ehk (siis)" open a check of what the client said ("ehk siis Te soovite teada ...", "ehk siis soovite
    ..."), not a recap announced with a colon or told in the third person ("Ehk siis: lasterikka pere toetuse jaoks
    peab ...", blind round 25)? After "siis" the client must be named (te, teie ..., a -te verb)."""
    if re.match(r"\W*ehk(?:\s+siis)?\s*:", sentence.lower()):
        return False
    if words[1] != "siis":
        return True
    third = words[2] if len(words) > 2 else ""
    return third in _ET_YOU or (len(third) > 4 and third.endswith(("ate", "ete", "ite", "ute")))


# a request to tell or write, and the politeness and persons around it: "palun kirjutage mulle, kas ...",
# «напишите, пожалуйста, когда ...» (folded words)
_TELL_VERBS = frozenset("""oelge kirjutage tapsustage andke teatage kinnitage
    скажите напишите уточните сообщите подскажите""".split())
_TELL_AROUND = frozenset("palun mulle meile teada ka veel пожалуйста мне нам также ещё еще".split())
_TELL_POLITE = frozenset("palun mulle meile пожалуйста мне нам".split())
# the question words that open an indirect question after it (not "kui", «что», «если»: a condition or a content
# clause, "kirjutage, kui teil on küsimusi", «напишите, что Вы согласны»)
_ET_INDIRECT = _ET_INTERROGATIVES - {"mis", "mida", "kuis"}
_RU_INDIRECT = frozenset("""когда где куда откуда почему зачем кто кого кому кем сколько чей чья чьё чье чьи
    ли""".split())


def _indirect_request(words: list[str], lang: str) -> bool:
    """Does the sentence open with a request to tell or write ("palun kirjutage", «напишите, пожалуйста») whose
    object is an embedded question ("..., kas olete kohtusse pöördunud", "..., millal te saatsite", «..., когда
    Вы подали», «..., какую пенсию Вы получаете»)? It asks, question mark or not; a request for a datum ("palun
    öelge oma isikukood") or one with a condition ("kirjutage, kui ...") does not."""
    k = 0
    while k < len(words) and (words[k] in _TELL_AROUND or words[k] in _LEADING):
        k += 1
    if k >= len(words) or words[k] not in _TELL_VERBS:
        return False
    k += 1
    while k < len(words) and words[k] in _TELL_AROUND:
        k += 1
    # asked of the agent only with a please or a recipient ("palun kirjutage", «напишите мне»): a bare "Kirjutage,
    # millise otsuse peale vaie on, miks ..." says what to write in a document
    if k + 2 >= len(words) or not any(w in _TELL_POLITE for w in words[:k]):
        return False
    w = words[k]
    if lang == "ru":
        return w in _RU_INDIRECT or (w.startswith("как") and len(w) > 3 and w not in {"каких-то"}) \
            or (w in _RU_PREPOSITIONS and _ru_interrogative(words[k + 1]))
    return w in _ET_INDIRECT or w.startswith(_ET_QUESTION_PREFIXES) or (w == "kui" and words[k + 1] in _ET_KUI)


# verbs of knowing or checking that make a «ли»-clause after them an indirect question («проверить, кто пишет и
# есть ли у него право ..., здесь нельзя», «я не знаю, получает ли она пенсию.»)
_RU_KNOW_LI = _RU_KNOW | frozenset("""знать проверить проверять узнать узнавать выяснить выяснять понять
    определить установить неизвестно неясно непонятно решить решает решают зависит""".split())
# openings that ask even with an indirect «ли»-clause: «Можно узнать, получаете ли Вы ...», «Скажите, ...»
_RU_ASK_OPENINGS = _RU_ASK_VERBS | frozenset("можно могу могли хочу хотела хотел хотелось правильно верно".split())


def _embedded_li(words: list[str], stripped: str) -> bool:
    """Is the «ли» of a sentence typed with a full stop that of an indirect question, after a verb of knowing or
    checking («По чату данные не сообщаются: проверить, кто пишет и есть ли у него право на данные, здесь
    нельзя.»)? The sentence states that something is (not) known; it asks nothing. Not when it opens by asking
    («Можно узнать, получаете ли Вы пенсию.», «Скажите, ...»), nor in speech without a full stop."""
    if not stripped.endswith((".", "!")) or not words or words[0] in _RU_ASK_OPENINGS:
        return False
    k = next(k for k, w in enumerate(words) if w in ("ли", "ль"))
    return any(w in _RU_KNOW_LI for w in words[:k])


# an acknowledgement before a verb of asking: «да понимаю а скажите ...», "saan aru aga öelge ..." (folded)
_ACKS = frozenset("""понимаю поняла понял ясно угу ага конечно хорошо понятно saan aru moistan selge arusaadav hasti
    mhm okei""".split())


def _ask_verb_after_ack(words: list[str], verbs: frozenset[str]) -> bool:
    """Does a verb of asking open the sentence after an acknowledgement and leading words («понимаю а скажите,
    врач уже выдал справку», "saan aru, aga öelge, kas ...") with three words or more after it? The
    acknowledgement takes the client's words; the verb asks."""
    k = 0
    while k < len(words) and (words[k] in _ACKS or words[k] in _LEADING):
        k += 1
    return 0 < k < len(words) - 3 and words[k] in verbs and any(w in _ACKS for w in words[:k])


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
