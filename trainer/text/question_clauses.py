"""Question-word clauses that state (Estonian, Russian): a sentence that opens like a question but asks nothing —
a relative clause picked up by a demonstrative ("Kes soovib, see saab"), a clause that is the subject of
"depends", "does not matter" or "is known", an opening «когда»/"kui" clause with a main clause that
states a rule or gives an instruction, «так что» as "so". Read by `interrogative.is_question`."""

from __future__ import annotations

import re

from .normalize import fold as tx_fold
from .normalize import tokenize_cached
from .question_words import RU_ASK_VERBS, YOU

# "Kes soovib, see saab" / "Kus on kontor, sinna minge" / "Что посеешь, то пожнёшь": a relative
# clause picked up by a demonstrative after the comma is a statement.
EVALUATIVE = frozenset("хорошо отлично здорово прекрасно замечательно жаль правильно".split())
_CORRELATIVES = frozenset(
    """see seda selle sellel sellele sellelt sellest selles sellesse seal sinna sealt siis nii too need neil
    nende тот то та те того тому тем там туда оттуда так тогда столько""".split()
)


def correlative(sentence: str) -> bool:
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


def subject_clause(sentence: str, stripped: str) -> bool:
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


def no_matter_clause(sentence: str, stripped: str) -> bool:
    """Is the question-word clause the subject of "does not matter" after its comma or dash, in a sentence typed with a
    full stop (`_NO_MATTER`)? It tells that the answer makes no difference; it asks nothing."""
    return stripped.endswith((".", "!")) and bool(_NO_MATTER.search(tx_fold(sentence.lower())))


# a question-word clause taken up after a comma by "see on (nüüd) teada" / «это теперь понятно»: what the speaker now
# knows ("selge, mis kirjutada ja kuhu saata, see on nüüd teada", «куда отправить, это теперь понятно»)
_KNOWN_NOW = re.compile(r",\s*(?:see|это|то)\s+(?:on\s+)?(?:nuud\s+|juba\s+|ka\s+|теперь\s+|уже\s+)?"
                        r"(?:teada|selge|arusaadav|понятно|ясно)\b")


def known_clause(sentence: str) -> bool:
    """Is the sentence a statement of what the speaker now knows, its question-word clause taken up after a comma
    by "see on teada" / «это понятно» (`_KNOWN_NOW`)? It asks nothing, typed with a full stop or none."""
    return bool(_KNOWN_NOW.search(tx_fold(sentence.lower())))


def temporal_clause(sentence: str, stripped: str) -> bool:
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
    return sum(1 for w in words[1:] if ru_finite_verb(w)) >= 2


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
        if seen_verb and any("impr" in p.tag for p in parses) and words[k - 1] not in YOU:
            return w not in RU_ASK_VERBS and w not in ("напомните", "назовите")
        seen_verb = True
    return False


def conditional_main_clause(stripped: str, lang: str) -> str | None:
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


def so_that(sentence: str) -> bool:
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


def ru_finite_verb(word: str) -> bool:
    from .lexicon import ru_parse

    parses = ru_parse(word)
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "VERB"
