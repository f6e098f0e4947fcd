"""Statements that ask (Estonian, Russian): checks of what the client said ("Вы живёте в Германии"
answered with да/нет), restatements of the client's need, paraphrase and closing frames ("kas ma saan
õigesti aru, et ..."), resignation, and the client's own open questions said without a question mark.

Split out of questions.py, which uses these readers for speech-style questions."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import is_verb_lemma, lemmas
from .normalize import fold as tx_fold
from .normalize import tokenize_cached
from .question_words import ET_INTERROGATIVES, ET_YOU, RU_INTERROGATIVES, YOU

__all__ = ["CONFIRMATIONS", "after_sigh", "check_frame_end", "check_frame_span", "is_check_statement", "is_resignation",
           "restates_need"]


# a reply that confirms or denies: what makes a statement before it a spoken yes/no question
CONFIRMATIONS = frozenset("да нет ага угу верно именно точно jah jaa ei just täpselt tapselt oige õige jep".split())
RU_ADVICE = frozenset("""можете можно нужно надо должны должен должна следует сможете необходимо
    получите придёт придет""".split())
ET_ADVICE = frozenset("saate voite peate tuleb vaja tohite saab voib peab makstakse".split())
_RU_FIRST_PERSON = frozenset("я мне меня мной мы нам нас".split())
_ET_FIRST_PERSON = frozenset("ma mina mul minul minu me meie meil".split())
_GREETINGS = frozenset("tere tervist здравствуйте добрый доброе привет hello".split())
_CHECK_SUBJECTS = frozenset("это речь see tegemist jutt".split())


_RU_PERCEIVE = frozenset("слышите понимаете видите слушаете".split())
_RU_POLITE_LEADS = frozenset("простите извините скажите".split())


_RU_ASK_LAST = frozenset("можно подойдёт подойдет годится пойдёт пойдет получится".split())


# a sigh of resignation (folded sentence): a few words of taking it ("понятно", "ладно", "selge"), then «что ж(е)
# (тут) делать», «что поделаешь», "mis teha", "mis parata" closing the sentence: said to oneself, it asks nothing
# (not «что же мне теперь делать», a plea for advice)
_TAKING = r"(?:понятно|ясно|ладно|хорошо|ну|да|ок|ага|эх|вот|selge|hea|kull|okei|no|noh|jah|ah|ja)\s+"
_RESIGNED = re.compile(
    rf"^(?:(?:{_TAKING}){{1,4}}что\s+(?:ж|же)\s+(?:тут\s+|теперь\s+)?делать|"
    rf"(?:{_TAKING}){{0,4}}(?:что\s+(?:(?:ж|же)\s+)?(?:тут\s+)?(?:поделаешь|поделать)|"
    r"mis\s+(?:siis\s+|seal\s+)?(?:teha|parata)))$")


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def is_resignation(sentence: str) -> bool:
    """Is a client's sentence only a sigh of resignation («понятно понятно что ж делать», "selge, mis teha")?"""
    return bool(_RESIGNED.match(" ".join(re.findall(r"\w+", tx_fold(sentence)))))


# a sigh of resignation opening a longer sentence, then a connector that goes on with a statement of its own: "jah mis
# teha nii et kokkuvõttes ...", «да что поделаешь так что ...» (folded); "mis teha kui ..." asks what to do
_SIGH_THEN = re.compile(
    rf"^((?:{_TAKING}){{0,4}}(?:mis\s+(?:siis\s+)?(?:teha|parata)|что\s+(?:(?:ж|же)\s+)?(?:тут\s+)?поделаешь"
    rf"|что\s+поделать)\s+)(?=(?:nii\s+et|nii\s+siis|kokkuvõttes|kokkuvottes|aga|igatahes|так\s+что|в\s+общем|итак"
    r"|значит|но|зато)\s)")


def after_sigh(sentence: str) -> str | None:
    """The rest of a sentence that opens with a sigh of resignation and goes on with a connector ("jah mis teha nii
    et kokkuvõttes poeg muudab elukoha ära", «ну что поделаешь, так что подаёте заново»), or None. The sigh asks
    nothing: the rest is judged on its own (blind round 28); "mis teha kui raha ei tule" asks what to do."""
    folded = " ".join(re.findall(r"\w+", tx_fold(sentence)))
    m = _SIGH_THEN.match(folded)
    return folded[m.end(1):] if m else None


# a client's "what if" (folded words): «а если ...» / "aga kui ..." opening a condition, then «тогда»/«то» / "siis"
# and a question word («а если он уедет на год тогда как», "aga kui ma kolin siis mis saab"), or the line ending
# on the question word after it («а если не успею то что»)
_IF_OPEN = {"ru": ("если", frozenset("а и ну но".split()), frozenset("тогда то".split()),
                   frozenset("как что чего какие какой каким будет".split())),
            "et": ("kui", frozenset("aga ja no".split()), frozenset({"siis"}),
                   frozenset("kuidas mis kas mida millal".split()))}


def what_if(words: list[str], lang: str) -> bool:
    """Does a client's line ask what happens if something comes true: «а если» / "aga kui", a condition of two
    words or more, then «тогда»/«то» / "siis" followed by a question word (not «а если не придёт то я позвоню",
    the client's own plan)?"""
    if lang not in _IF_OPEN:
        return False
    cond, leads, then, asks = _IF_OPEN[lang]
    for k, w in enumerate(words):
        if w != cond or not (k == 0 or words[k - 1] in leads):
            continue
        for j in range(k + 3, len(words) - 1):
            if words[j] in then and words[j + 1] in asks:
                return True
    return False


# a client's yes/no question closed by "or not" and then her own doubt, in speech: «налог с неё снимают или нет я не
# понял», «а пособие сохранится или нет не знаю», "kas tulumaksu võetakse või mitte ma ei saanud aru"; and the
# Russian "how come" closing a complaint: «а мне меньше как так», «соседу больше как же так»
_OR_NOT = {"ru": (("или", "нет"),), "et": (("voi", "mitte"), ("voi", "ei"))}
_DOUBT_TAIL = {"ru": frozenset("понял поняла понимаю пойму знаю разобрался разобралась уловил уловила".split()),
               "et": frozenset("aru tea teadnud moistnud moista saanud".split())}
_NEGATIONS = frozenset({"не", "ei", "pole"})
_DOUBT_WORDS = 5  # the afterthought: «я так и не понял», "ma ei saanud päris aru"
_HOW_COME = (("как", "так"), ("как", "же", "так"))


def tag_then_doubt(words: list[str], lang: str) -> bool:
    """Does a client's spoken line ask by "or not" followed only by her doubt (two words or more before the tag,
    at most `_DOUBT_WORDS` after it, a negated verb of knowing or understanding among them: «... снимают или нет
    я не понял», "... või mitte ma ei saanud aru"), or end on the Russian "how come" («... а мне меньше как так»)?
    Not a doubt before the tag («я не знаю снимают или нет» leaves the client's line to the readers of embedded
    questions) and not "or not" with a plan after it («подавать или нет решу сама»)."""
    if lang == "ru" and len(words) >= 5 and any(tuple(words[-len(t):]) == t for t in _HOW_COME):
        return True
    for pair in _OR_NOT.get(lang, ()):
        for k in range(2, len(words) - 2):
            if tuple(words[k:k + 2]) != pair:
                continue
            tail = words[k + 2:]
            if 0 < len(tail) <= _DOUBT_WORDS and any(w in _NEGATIONS for w in tail) \
                    and any(w in _DOUBT_TAIL[lang] for w in tail):
                return True
    return False


def client_open_question(words: list[str], lang: str) -> bool:
    """A client's question by intonation that the words still show: «а пенсия за эти месяцы не пропадёт»
    («а» and a negated verb in the present or future: a worry), «а ... прибавят или это только в этом
    году» (an alternative after «а»), «простите а можно чуть подробнее», «а ... им
    можно» (a line opened by «а» ending on «можно», «подойдёт»), «вы меня
    вообще слышите» (a verb of perception to the agent), and the complaint that a question is still open
    ("aga minu küsimusele te veel ei vastanud", «вы так и не ответили на мой вопрос»)."""
    if lang == "et":
        return any(w.startswith("kusimus") for w in words) and "ei" in words \
            and any(w.startswith("vasta") for w in words)
    if lang != "ru" or len(words) < 2:
        return False
    if "вопрос" in words and "не" in words and any(w.startswith("ответи") for w in words):
        return True
    if "вы" in words and "не" not in words and any(w in _RU_PERCEIVE for w in words) and len(words) <= 8:
        return True
    # «ладно записала а у меня только смарт айди им можно»: a yes/no question after «а» ends on its modal
    if "а" in words and words[-1] in _RU_ASK_LAST and not any(w.startswith("зна") for w in words) \
            and len(words) - max(k for k, w in enumerate(words) if w == "а") >= 4:
        return True  # not «а я и не знала что так можно»
    if "а" in words and not any(w.startswith("зна") or w.startswith("дума") for w in words):
        # «а в следующем году тоже прибавят или это только в этом году было»: an alternative after «а» asks
        k = max(k for k, w in enumerate(words) if w == "а")
        tail = words[k + 1:]
        if "или" in tail[2:-1] and len(tail) >= 5:
            return True
    while words and words[0] in _RU_POLITE_LEADS:
        words = words[1:]
    if len(words) < 2 or words[0] != "а" or any(w.startswith("зна") for w in words):
        return False
    if words[1] in ("можно", "нельзя", "разве"):
        return True
    from .lexicon import ru_parse

    for k, w in enumerate(words[:-1]):
        if w == "не":
            parses = ru_parse(words[k + 1])
            tag = parses[0].tag if parses else None
            if tag is not None and tag.POS == "VERB" and ("futr" in tag or "pres" in tag) and "3per" in tag:
                return True
    return False


_PARAPHRASE_LEADS = {"et": (("nii", "et"), ("saan", "aru", "et"), ("ehk",), ("et",), ("ja",), ("kokkuvotteks",)),
                     "ru": (("то", "есть"), ("итак", "подведем", "итог"), ("подводя", "итог"), ("значит",),
                            ("итак",), ("а",), ("так",))}
_PARTICLES = frozenset("mhm selge hea jah nii ок хорошо ясно понятно да ага мхм угу".split())
_RU_ABOUT = frozenset("про о об насчет".split())  # not «по»: «вы по регистру проживаете одна» states
_RU_ASKING = frozenset("спрашиваете интересуетесь звоните обращаетесь пишете".split())
_ET_ASKING = frozenset("kusite kusisite helistate uurite motlete".split())  # not "vajate": "te vajate volikirja" advises
_ET_WANT = frozenset("soovite tahate soovisite tahtsite".split())
_ET_ASKING_SG = frozenset("kusid helistad uurid motled".split())
_ET_WANT_SG = frozenset("soovid tahad".split())
# a frame of the agent's own understanding that a paraphrase of the need follows inside a longer spoken
# sentence: "... et ma saan õigesti aru te küsite ...", «... если я правильно понимаю вы хотите узнать ...»
_ET_UNDERSTAND = frozenset("saan sain".split())
_RU_UNDERSTAND = frozenset("понимаю поняла понял".split())


def framed_paraphrase(words: list[str], lang: str) -> bool:
    """A paraphrase of the need after a frame of the agent's understanding anywhere in a spoken sentence
    ("jah selge et ma saan täpselt aru te küsite toetuse maksepäeva kohta", «хорошо если я правильно
    понимаю вы хотите узнать про пособие»): what follows the frame must itself be a paraphrase
    (`need_paraphrase`), so "saan aru et see on raske" (empathy) asks nothing."""
    for k, w in enumerate(words):
        if lang == "et" and w == "aru" and any(x in _ET_UNDERSTAND for x in words[max(0, k - 2):k]):
            rest = words[k + 1:]
        elif lang == "et" and w == "aru" and words[k + 1:k + 2] and words[k + 1] in _ET_UNDERSTAND \
                and any(x in _ET_RIGHTLY for x in words[max(0, k - 2):k]):
            # the verb after "aru": "kui ma õigesti aru saan siis te tahate teada ..." (blind round 20)
            rest = words[k + 2:]
        elif lang == "ru" and w in _RU_UNDERSTAND and "правильно" in words[max(0, k - 2):k]:
            rest = words[k + 1:]
        else:
            continue
        while rest and rest[0] in ("et", "что", "mida", "kas", "siis", "то"):
            rest = rest[1:]
        if rest and need_paraphrase(rest, lang):
            return True
    return check_frame_end(words, lang) is not None


# a frame of the agent's understanding that closes a spoken restatement (folded words at the sentence end): "... nii ma
# (siis) saan aru", "... kui ma õigesti aru saan", "... kas ma sain õigesti aru", «... я так понимаю», «... если я
# правильно поняла»
_CLOSING_FRAME = {
    "et": re.compile(r"(?:^|\s)(?:(?:nii|nonda|niimoodi)\s+(?:ma|mina)\s+(?:siis\s+)?(?:saan|sain|moistan|moistsin)\s+aru"
                     r"|(?:kui|kas)\s+(?:ma|mina)\s+(?:siis\s+)?(?:oigesti|tapselt)\s+(?:aru\s+(?:saan|sain)|(?:saan|sain)\s+aru)"
                     r"|(?:kas\s+)?(?:ma|mina)\s+(?:saan|sain)\s+(?:oigesti|tapselt)\s+aru)$"),
    "ru": re.compile(r"(?:^|\s)(?:я\s+)?(?:так|правильно|верно)\s+(?:я\s+)?(?:понимаю|поняла|понял)$")}
_CLOSING_FRAME_MIN = 4  # words restated before the frame


def closing_frame(words: list[str], lang: str) -> bool:
    """Does a spoken sentence restate something and close it with a frame of the agent's understanding ("ema sai
    eelmisel aastal ja sel aastal jäi tulemata nii ma saan aru", «вы получали пенсию а сейчас нет я так понимаю»):
    four words or more before the frame, no feeling among them ("see on raske, ma saan aru" is empathy and has no
    "nii" anyway)? The frame hands the restatement to the client to confirm."""
    pattern = _CLOSING_FRAME.get(lang)
    m = pattern.search(" ".join(words)) if pattern else None
    if m is None:
        return False
    before = " ".join(words)[:m.start()].split()
    return len(before) >= _CLOSING_FRAME_MIN and not any(w.startswith(_FELT) for w in before)


# the word that makes a frame of understanding a check of it: "õigesti"/"täpselt", «правильно»/«верно»
_ET_RIGHTLY = frozenset("oigesti tapselt".split())
_RU_RIGHTLY = frozenset("правильно верно".split())
_CONDITIONAL = frozenset("kui если".split())
_HOW_FELT = frozenset("kui kuidas miks mida как почему насколько".split())
# a feeling in the clause after the frame: «я правильно понимаю, вам сейчас тяжело» acknowledges, it checks no fact
_FELT = tuple("raske keeruli ebameeldiv arritav hirmus kurb murelik тяжел тяжк трудн неприятн обидн тревожн страшн "
              "грустн непрост".split())


def check_frame_end(words: list[str], lang: str) -> int | None:
    """Where the clause checked starts after a frame of understanding with "õigesti"/«правильно» anywhere in a
    spoken sentence ("aitäh enne kui ma vaatan kas ma saan õigesti aru et ...", «спасибо пока открываю я
    правильно понимаю что ...», «... правильно ли я поняла что ...»), when three words or more follow; None
    when there is none. The word of rightness makes it a check, not the empathy of a bare "saan aru, et see on
    raske"; a conditional frame ("kui ma õigesti aru saan, siis peate ...", «если я правильно понимаю, то
    вам нужно ...») leads into advice."""
    span = check_frame_span(words, lang)
    return span[1] if span else None


_FRAME_OPENERS = frozenset("kas ma mina saan sain oigesti tapselt правильно верно ли я".split())


def check_frame_span(words: list[str], lang: str) -> tuple[int, int] | None:
    """(first word of the frame, first word of the clause checked) of `check_frame_end`'s frame, or None."""
    for k, w in enumerate(words):
        if lang == "et" and w == "aru":
            around = words[max(0, k - 3):k + 2]
            if not (any(x in _ET_RIGHTLY for x in around) and any(x in _ET_UNDERSTAND for x in around)):
                continue
            end = k + 1 + (k + 1 < len(words) and words[k + 1] in _ET_UNDERSTAND)
        elif lang == "ru" and w in _RU_UNDERSTAND and any(x in _RU_RIGHTLY for x in words[max(0, k - 3):k]):
            end = k + 1
        else:
            continue
        if any(x in _CONDITIONAL for x in words[max(0, k - 4):k]):
            continue
        if end < len(words) and words[end] in _HOW_FELT:
            continue  # "ma saan täpselt aru, kui raske see on": empathy
        start = k
        while start > max(0, k - 4) and words[start - 1] in _FRAME_OPENERS:
            start -= 1
        while end < len(words) and words[end] in ("et", "что", "kas", "ли"):
            end += 1
        if len(words) - end >= 3 and not any(x.startswith(_FELT) for x in words[end:]):
            return start, end
    return None
_FURTHER = frozenset("veel midagi ещё еще что-то что-нибудь".split())
_FILLER_ADVERBS = frozenset("сейчас именно конкретно тогда значит praegu nüüd nuud siis hetkel täpsemalt tapsemalt".split())


# a thanks and the client's name before a restatement: "aitäh proua saar ...", «спасибо господин петров ...»
THANKS = frozenset("aitah tanan tanud спасибо благодарю".split())
#: words of address before a name (folded); also read by scoring/telegram.py
HONORIFICS = frozenset("proua harra hr pr preili господин госпожа".split())
_SUMMING = frozenset("kokkuvottes kokkuvotteks luhidalt итак коротко".split())


def _strip_address(words: list[str]) -> list[str]:
    """The words after an opening thanks and the client's name ("aitäh proua saar", «спасибо господин петров»,
    «спасибо»), when at least four words are left."""
    k = 0
    while k < len(words) and words[k] in THANKS | _PARTICLES:
        k += 1
    if k and k + 1 < len(words) and words[k] in HONORIFICS:
        k += 2  # the honorific and the surname
    return words[k:] if k and len(words) - k >= 4 else words


# the client's questions counted: «у вас два вопроса», «вопросов у вас два», "teil on kaks küsimust" (folded)
_QUESTION_NOUNS = ("вопрос", "kusimus")
_YOUR = {"ru": (("у", "вас"),), "et": (("teil", "on"), ("teil",), ("on", "teil"))}
_NOT_COUNTED = frozenset("ещё еще больше нет не есть veel rohkem ei pole kas ли".split())


def _counts_questions(words: list[str], lang: str) -> bool:
    """Does the clause open by saying what the client's questions are («вопросов у вас два: ...», «у вас два
    вопроса ...», "teil on kaks küsimust: ...") with more words after it (the questions named)? Not an offer
    of more help or an end of questions («у вас есть ещё вопросы», "kas teil on veel küsimusi")."""
    head = words[:5]
    if any(w in _NOT_COUNTED for w in head) or len(words) < 5:
        return False
    noun = next((k for k, w in enumerate(head) if w.startswith(_QUESTION_NOUNS)), None)
    if noun is None:
        return False
    joined = " " + " ".join(head) + " "
    return any(" " + " ".join(y) + " " in joined for y in _YOUR.get(lang, ())) and len(words) > noun + 2


def need_paraphrase(words: list[str], lang: str) -> bool:
    """A spoken restatement of the client's need, said for the client to confirm: «вы про пособие 200 евро»,
    «вы спрашиваете про ...», «вам нужна справка для банка или для управы», "te soovite teada kuidas ...",
    "te vajate ...", "nii et te küsite ... kohta". Not advice («вам нужно подать ...»), not an offer of more
    help ("te soovite teada veel midagi"), 3-25 words."""
    words = _strip_address(words)
    while len(words) > 4 and words[0] in _PARTICLES:
        words = words[1:]  # "mhm", "selge", «хорошо» before the lead: "selge kokkuvõtteks küsisite ..."
    for lead in _PARAPHRASE_LEADS.get(lang, ()):
        if tuple(words[:len(lead)]) == lead and len(words) > len(lead) + 2:
            words = words[len(lead):]
            if words[0] in _SUMMING and len(words) > 3:
                words = words[1:]  # "nii et kokkuvõttes te küsite ...", «то есть в итоге вы спрашиваете ...»
            break
    if _counts_questions(words, lang):
        return True
    if len(words) > 4 and words[0] in ("вы", "te", "teie") and words[1] in _FILLER_ADVERBS:
        words = words[:1] + words[2:]  # «вы сейчас хотите узнать ...», "te siis soovite teada ..."
    # advice words inside the embedded question count for nothing: "te küsite millal järgmine makse tuleb"
    asked = next((k for k, w in enumerate(words) if k and (w in ET_INTERROGATIVES or w in RU_INTERROGATIVES)),
                 len(words))
    if not 3 <= len(words) <= 25 or any(w in _FURTHER for w in words) \
            or any(w in RU_ADVICE or w in ET_ADVICE for w in words[:asked]):
        return False
    first, second, third = words[0], words[1], words[2]
    if lang == "et" and first in ("sa", "sina"):  # the agent who says "sina" to the client checks the need too
        return second in _ET_ASKING_SG or (second in _ET_WANT_SG and third in ("teada", "kusida", "uurida"))
    if lang == "ru":
        if first == "вы" and (second in _RU_ABOUT or (second, third) == ("по", "поводу")
                              or (second in _RU_ASKING and (third in _RU_ABOUT or third == "по"))
                              or (second == "хотите" and third in ("узнать", "спросить", "уточнить"))):
            return True
        return first == "вам" and second in ("нужна", "нужен", "нужны") and "или" in words
    if lang == "et":
        if first not in ("te", "teie"):
            # the pronoun dropped: "kokkuvõtteks küsisite, kui palju aega on", "soovite teada, kas ..."
            return first in _ET_ASKING or (first in _ET_WANT and second in ("teada", "kusida", "uurida"))
        return second in _ET_ASKING or (second in _ET_WANT and third in ("teada", "kusida", "uurida"))
    return False


@lru_cache(maxsize=16_384)  # a pure function of the text
def restates_need(sentence: str, lang: str) -> bool:
    """A statement that only restates what the client asks («Итак, подытожим: Вы спрашиваете о сроке подачи
    ходатайства», "Kokkuvõttes: te küsite vanemahüvitise jagamise kohta"): its last clause (after a colon) is
    a paraphrase of the need. It tells the client nothing about their matter. Not when an answer follows the
    colon («Вы спрашиваете о сроке: срок 45 дней»)."""
    clause = sentence.rsplit(":", 1)[-1]
    words = [t.norm for t in tokenize_cached(clause) if t.is_word]
    return need_paraphrase(words, lang) or framed_paraphrase(words, lang)


# relative pronouns that open a clause describing a noun: «выплату, которая ...», "makset, mis ..."
_RELATIVES = frozenset("""который которая которое которые которую которого которой котором которым которыми
    которых mis mida millel mille""".split())


CHECK_LONGEST, ALTERNATIVE_LONGEST = 18, 25


def is_check_statement(sentence: str, lang: str, longest: int = CHECK_LONGEST) -> bool:
    """Could this unpunctuated statement be a yes/no check of the client's situation by intonation?
    ("Вы живёте в Германии", «Речь о пенсии по старости», «Это третий ребёнок», "te ootate detsembri
    pensioni"): 3-18 words (`longest`), no number, about the client (a 2nd person plural pronoun or verb) or opened
    by «это»/«речь»/"see", nothing in the first person ("kuulen Teid hästi"), and no advice, modal or
    imperative ("Вы можете ...", "Вам нужно ...",
    "Назовите ..."). Whether it was a question is decided by the reply (see `CONFIRMATIONS`)."""
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    if not 3 <= len(words) <= longest or any(ch.isdigit() for ch in sentence) or words[0] in _GREETINGS:
        return False
    if asserts_known(words):
        return False  # «вы получаете ту которая больше вам же выгоднее», "te ju teate seda": no check (blind round 27)
    # the thanks and the client's name, then "and" before the check: "aitäh proua kask ja jutt on siis ...",
    # «спасибо, и речь о ...» (blind round 25)
    words = _strip_address(words)
    if words[0] in ("ja", "и", "а") and len(words) > 4:
        words = words[1:]
    # a modal inside a relative clause describes the thing, it advises nothing: «... выплату, которая должна была
    # прийти пятого», "... makset, mis oleks pidanud tulema"
    main = words[:next((k for k, w in enumerate(words) if k >= 2 and w in _RELATIVES), len(words))]
    if lang == "ru":
        # «у нас» / «от нас» is the institution ("Ваша мама получала у нас пенсию"), not the agent's own matter
        if any(w in RU_ADVICE or (w in _RU_FIRST_PERSON and not (w == "нас" and k and words[k - 1] in ("у", "от")))
               for k, w in enumerate(main)) or any(w == "не" and not _client_not(words, k)
                                                   and not negated_alternative(words, k) for k, w in enumerate(words)):
            return False
        from .lexicon import ru_parse

        about = words[0] in _CHECK_SUBJECTS
        for k, w in enumerate(words):
            parses = ru_parse(w)
            if k < len(main) and parses and parses[0].tag.POS == "VERB" \
                    and ("impr" in parses[0].tag or "1per" in parses[0].tag):
                return False
            if w in YOU or (parses and parses[0].tag.POS == "VERB" and "2per" in parses[0].tag):
                about = True
        return about
    if lang == "et":
        if any(w in ET_ADVICE or w in _ET_FIRST_PERSON or w.endswith(("ge", "ke")) for w in main) \
                or any(w == "ei" and not negated_alternative(words, k, lang) for k, w in enumerate(words)) \
                or any(et_first_person_verb(w) for w in main):
            return False
        return words[0] in _CHECK_SUBJECTS or any(
            w in ET_YOU or (len(w) > 4 and w.endswith(("ate", "ete", "ite", "ute"))) for w in words)
    return False


# a particle that states what both sides are taken to know: «же», "ju", "ometi" (folded); «же» after these is "the
# same" or "right then" («тот же», «так же», «сразу же», «всё же»), no particle of assertion
_KNOWN_PARTICLES = frozenset({"же", "ju", "ometi"})
_RU_SAME = frozenset("""тот та то те ту того той тем том теми тех такой такая такое такие такую так там тут здесь туда
    сюда оттуда тогда сразу всё все сегодня теперь сейчас когда что кто где куда как почему зачем сколько""".split())


def asserts_known(words: list[str]) -> bool:
    """Does the statement (folded words) carry a particle that asserts what the client is taken to know already («вы
    же получаете пенсию», «вам же выгоднее», "te ju elate üksi", "see on ometi teie enda otsus")? Said so it reminds or
    argues: it checks nothing (blind round 27). Not «тот же», «сразу же», «что же ...» (a question word's «же»)."""
    return any(w in _KNOWN_PARTICLES and (w != "же" or (k and words[k - 1] not in _RU_SAME))
               for k, w in enumerate(words))


def _client_not(words: list[str], k: int) -> bool:
    """Is the «не» at k the client's own stance or what did not happen to them, said after «вы»/«вам» in its clause
    («речь о решении ... и вы с ним не согласны», «вам пенсия не пришла»: blind round 25), with a past or a short
    form after it? A future («вы не успеете»), an imperative («вы не волнуйтесь») or a negation before the client
    is named («это не наш вопрос») states or advises."""
    from .lexicon import ru_parse

    if k + 1 >= len(words) or not any(w in YOU for w in words[:k]):
        return False
    parses = [p for p in ru_parse(words[k + 1]) if p.is_known][:1]
    return bool(parses) and (parses[0].tag.POS == "ADJS" or (
        parses[0].tag.POS == "VERB" and "past" in parses[0].tag))


def negated_alternative(words: list[str], k: int, lang: str = "ru") -> bool:
    """Is the «не»/"ei" at k inside the last alternative of an either-or about the client, a clause of its own that
    says what is not happening with their matter («вы ждали пенсию в этом месяце или она не приходит уже несколько
    месяцев», "te ootasite pensioni sel kuul või see ei ole mitu kuud tulnud"): after the one «или»/«либо»/"või", with
    the client named before it («вы», «у вас», "te", "teil", a -te verb) and, in Russian, a present or past verb or
    a short participle after «не» (blind round 28)? Each alternative may be a denial; a future («или она не придёт»)
    or an imperative («или не волнуйтесь») states or advises."""
    ors = [n for n, w in enumerate(words) if w in ("или", "либо", "voi")]
    if len(ors) != 1 or not ors[0] < k or k + 1 >= len(words):
        return False
    before = words[:ors[0]]
    if lang == "et":
        return any(w in ("te", "teil") or (len(w) > 4 and w.endswith(("ate", "ete", "ite", "ute"))) for w in before) \
            and any(is_verb_lemma(x) for x in lemmas(words[k + 1], "et"))
    from .lexicon import ru_parse

    if not any(w == "вы" or (w == "вас" and n and before[n - 1] == "у") for n, w in enumerate(before)):
        return False
    parses = [p for p in ru_parse(words[k + 1]) if p.is_known][:1]
    return bool(parses) and (parses[0].tag.POS == "PRTS" or parses[0].tag.POS == "VERB" and (
        "past" in parses[0].tag or ("pres" in parses[0].tag and "3per" in parses[0].tag)))


def et_first_person_verb(word: str) -> bool:
    """"vaatan", "kontrollin", "saan": a 1st person singular verb form (the agent speaks of themself)."""
    if not word.endswith("n") or len(word) < 4:
        return False
    return any(lemma != word and is_verb_lemma(lemma) for lemma in lemmas(word, "et"))
