"""The scripted client's built-in reactions, the same in every scenario: it acknowledges what was already
answered, waits when asked to hold, answers an offer to switch language, confirms a check of what it
asks and of its name, tells its name when asked, asks who is meant when the reply talks about "the
client", says "I don't know exactly" to a question it cannot answer and, once its last line is said,
answers the trainee's closing questions ("Kas see on arusaadav?", no thanks for an empty summary) and
acknowledges further information before the call ends.

Lines are in the scenario's language (et, ru, en); the phrases that trigger them are matched like every
other phrase (folded, lemmatised, negation-aware).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx

# The client acknowledges a question the trainee already answered (a step's ``asks``) ...
ALREADY_ANSWERED = {"et": "Jah, Te juba ütlesite.", "ru": "Да, Вы уже сказали.", "en": "Yes, you already said."}
# ... and waits when asked to hold (a time-management act, not a misunderstanding)
HOLDING = {"et": "Jah, ootan.", "ru": "Да, жду.", "en": "Yes, I'll wait."}
HOLD_IMPATIENT = {"et": "Ma olen juba mitu korda oodanud. Kas Te saate mulle nüüd vastata?",
                  "ru": "Я уже несколько раз жду. Вы можете мне наконец ответить?",
                  "en": "I have been waiting several times now. Can you answer me now?"}
HOLD_PHRASES = {
    "et": ["üks hetk", "=hetk", "hetkeks", "palun oodake", "oodake palun", "oodake hetk", "jääge liinile",
           "jääge ootele", "vaatan kohe", "kontrollin kohe", "vaatan järele", "=minutike",
           "ärge pange toru ära", "ärge pange toru hargile"],
    "ru": ["одну минуту", "=минутку", "=минуточку", "=секунду", "=секундочку", "подождите", "оставайтесь на линии",
           "сейчас посмотрю", "сейчас проверю", "я проверю", "не кладите трубку"],
    "en": ["one moment", "please hold", "hold on", "let me check"],
}
# ... a hold asked as a question („Kas võin Teid hetkeks ootele panna?“, «Можно попросить Вас подождать
# минуту?“): the infinitive of waiting that such a question asks for
HOLD_QUESTION_PHRASES = {
    "et": ["ootele panna", "ootele jääda", "oodata hetk", "oodata üks hetk", "hetkeks oodata", "korraks oodata"],
    "ru": ["подождать минуту", "подождать минутку", "подождать немного", "попросить Вас подождать",
           "побыть на линии", "подождать на линии"],
    "en": ["put you on hold", "ask you to hold"],
}
# ... and answers an offer to go on in another language: it accepts its own language (``persona.language``)
# and declines another one, in its own language, before going on (like the hold answer, a built-in line)
LANGUAGE_OFFER_PHRASES = {
    "ru": ["vene keel", "vene keeles", "vene keelt", "vene keele", "venekeel*", "по-русски", "на русский", "на русском"],
    "et": ["eesti keel", "eesti keeles", "eesti keelt", "eesti keele", "eestikeel*", "по-эстонски", "на эстонский", "на эстонском"],
}
LANGUAGE_OFFER_ANSWER = {("accept", "ru"): "Да, пожалуйста, по-русски мне легче.",
                         ("accept", "et"): "Jah, palun, eesti keeles on mul lihtsam.",
                         ("decline", "ru"): "Мне удобнее по-русски, если можно.",
                         ("decline", "et"): "Aitäh, aga eesti keeles sobib mulle hästi."}

# ... and confirms a check of what it asks ("Kas ma saan õigesti aru, et ...?") ...
CONFIRM_PHRASES = {
    "et": ["kas ma saan õigesti aru", "kas ma sain õigesti aru", "kas saan õigesti aru", "kas sain õigesti aru",
           "kas ma mõistan õigesti", "kui ma õigesti aru saan", "et kas küsite", "kas Te küsite", "kas Te soovite teada",
           "kas Te tahate teada", "ehk Te soovite teada", "ehk Te küsite"],
    "ru": ["правильно ли я понимаю", "правильно ли я поняла", "правильно ли я понял", "правильно я понимаю",
           "правильно я поняла", "правильно я понял", "если я правильно понимаю", "Вы хотите узнать", "Вы спрашиваете",
           "Вы хотели бы узнать", "речь идёт о", "речь идет о"],
    "en": ["do I understand correctly", "if I understand correctly", "you want to know", "you are asking"],
}
CONFIRM_ANSWER = {"et": "Jah, just nii.", "ru": "Да, именно так.", "en": "Yes, exactly."}
# ... and, checked again in the same step after it has confirmed („Kas ma sain õigesti aru, et ...?“ every turn,
# an echo of its words with no answer), says the answer is still missing: counted like a fallback, so an echo
# that never answers ends on the dialogue's ``on_stuck`` end instead of an endless "yes, exactly"
CONFIRMED_AGAIN = {"et": "Jah, ma juba ütlesin. Aga vastust ma ikka ei saanud – mida ma siis tegema pean?",
                   "ru": "Да, я же уже {сказала}. Но ответа я так и не получил{а} – что мне делать?",
                   "en": "Yes, I already said so. But I still have no answer - what should I do?"}
# ... confirms its own name when the trainee checks it („Palun kinnitage, kas olete Maie Kuusk?“, «спасибо
# валентина петрова верно») and the scenario's ``knows`` has no ``name`` answer of its own: a question whose
# only words besides the persona's names are these (a name used to address the client in another question,
# „Maie, kas Te saate vanaduspensioni?“, is no check)
CONFIRM_NAME = {"et": "Jah, see olen mina.", "ru": "Да, это я.", "en": "Yes, that's me."}
NAME_CHECK_WORDS = {
    "et": frozenset({"kas", "olete", "oled", "te", "teie", "sina", "räägin", "räägime", "ma", "mina", "eks", "jah",
                     "õige", "õigesti", "ikka", "aitäh", "tänan", "tänud", "palun", "kinnitage", "kinnitaksite",
                     "proua", "härra", "preili", "nii", "ju", "vist", "ning", "ja", "selge", "hästi", "ok", "okei",
                     "nimi", "on", "öelge", "ütelge", "et"}),
    "ru": frozenset({"вы", "я", "говорю", "разговариваю", "с", "со", "ли", "это", "верно", "да", "правильно", "так",
                     "спасибо", "благодарю", "ведь", "госпожа", "господин", "точно", "подтвердите", "пожалуйста",
                     "хорошо", "ясно", "и", "а", "ok", "вас", "зовут", "ваше", "имя", "скажите", "подскажите", "что"}),
    "en": frozenset({"are", "you", "am", "i", "speaking", "to", "with", "is", "this", "right", "correct", "yes",
                     "thanks", "thank", "please", "confirm", "mr", "mrs", "ms", "ok"}),
}
# ... and tells its name when asked for it, in a question or a request („Palun öelge oma ees- ja perekonnanimi.“,
# «Как Вас зовут?», «Назовите, пожалуйста, Ваше имя и фамилию.»), when ``knows`` has no answer of its own: not a
# name in another sense („Teie nimel olev konto“, «счёт на Ваше имя»)
NAME_REQUEST_PHRASES = {
    "et": ["=Teie =nimi", "=oma =nimi", "=Teie =nime", "=oma =nime", "=Teie =täisnimi", "=oma =täisnimi",
           "ees- ja perekonnanimi", "ees- ja perekonnanime", "eesnimi ja perekonnanimi", "eesnime ja perekonnanime",
           "=nimi ja perekonnanimi", "kuidas Teie nimi on", "kuidas on Teie nimi", "mis on Teie nimi",
           "mis Teie nimi on", "kellega ma =räägin", "kellega =räägin", "Teie poole pöörduda", "kuidas Teid kutsuda"],
    "ru": ["=Ваше =имя", "=Ваша =фамилия", "=Вашу =фамилию", "=имя и =фамилию", "=имя и =фамилия",
           "=имя, =фамилию", "как Вас зовут", "=представьтесь", "с кем я говорю", "с кем я разговариваю",
           # „Как я могу к Вам обращаться?“ (new-user batch 37 third-party-son-ru: answered «Да я же сын!»)
           "к Вам обращаться", "как Вас называть"],
    "en": ["your name", "your full name", "who am I speaking to"],
}
OWN_NAME = {"et": "Minu nimi on {name}.", "ru": "Меня зовут {name}.", "en": "My name is {name}."}
#: words that make a sentence a request to the client to say something (no question mark needed)
REQUEST_WORDS = {
    "et": ["=öelge", "=ütelge", "=nimetage", "=kinnitage", "=täpsustage", "=dikteerige"],
    "ru": ["=назовите", "=скажите", "=подскажите", "=представьтесь", "=уточните", "=подтвердите", "=продиктуйте",
           "=напишите"],
    "en": ["tell me", "please say", "please give"],
}
#: words just before a name-request phrase that make it a name in another sense («счёт на Ваше имя»)
NOT_NAME_REQUEST_BEFORE = frozenset("на от по для nimel nimele".split())
# ... answers a question it has no answer to (no ``knows`` fact) honestly instead of "I didn't understand" ...
#: ... and says so when it would repeat its last line word for word („Just, tõus ja see maks.“ to the same check twice)
REPEATED_ANSWER = {"et": "Ma juba ütlesin:", "ru": "Я же уже {сказала}:", "en": "As I said:"}


def repeated_lead(lang: str, sex: str) -> str:
    """The lead of a line the client says again („Ma juba ütlesin:“, «Я же уже сказал:» for a man)."""
    lead = REPEATED_ANSWER.get(lang, REPEATED_ANSWER["et"])
    return lead.replace("{сказала}", "сказал" if sex == "M" else "сказала")

UNKNOWN_ANSWER = {"et": "Seda ma täpselt ei tea.", "ru": "Этого я точно не знаю.", "en": "I don't know exactly."}
# ... consents when asked whether a proposal suits it („Kas see sobib Teile?“, «Вас это устраивает?») ...
SUITS_ANSWER = {"et": "Jah, sobib.", "ru": "Да, подходит.", "en": "Yes, that suits me."}
# ... and, asked "anything else?" or "was that clear?" while its own question is still open, says so
OPEN_QUESTION = {"et": "Aga minu küsimusele Te veel ei vastanud?", "ru": "А на мой вопрос Вы ещё не ответили?",
                 "en": "But you haven't answered my question yet?"}
# (besides the scorer's offers of help and checks of understanding, the short forms a trainee types)
ANYTHING_ELSE_PHRASES = {
    # ... or whether its question was answered, in words the scorer's check of understanding may not list („Kas
    # küsimusele sai vastatud?“, «Удалось ли мне помочь?», new-user batch 43: answered „Seda ma täpselt ei tea.“)
    "et": ["kas veel midagi", "veel midagi", "veel küsimusi", "muid küsimusi", "kas on selge", "kas selge",
           "küsimusele vastatud", "kas sain aidata", "kas sain Teid aidata"],
    "ru": ["что-нибудь ещё", "что-то ещё", "ещё вопросы", "другие вопросы", "всё понятно", "понятно?",
           "ответила ли я на", "ответил ли я на", "удалось ли помочь", "удалось ли мне помочь", "смогла ли я помочь",
           "смог ли я помочь"],
    "en": ["anything else", "any other questions", "is that clear"],
}

# ... and asks for more when a bare fragment ("taotlus iseteeninduses") named what it asked for: the scorer
# counts no verbless fragment as an answer, and the client does not leave dissatisfied on it either
FRAGMENT_ANSWER = {"et": "Vabandust, kas saaksite seda natuke täpsemalt öelda?", "ru": "Простите, а можно чуть подробнее?",
                   "en": "Sorry, could you say that in a bit more detail?"}

# ... and asks who is meant when the whole reply talks about "the client" or instructs the agent („Kliendile
# makstakse elatisabi 200 eurot kuus.“, «Начните с приветствия ...»): said to no one, it answers nothing
UNADDRESSED = {"et": ["Vabandust, kas Te räägite minust? Ma ei saanud aru, kellele see oli.",
                      "Ma ikka ei saa aru – kas see käib minu kohta?"],
               "ru": ["Простите, это Вы мне говорите? Не понимаю, о ком это.",
                      "Я всё равно не понимаю – это про меня?"],
               "en": ["Sorry, are you talking about me? I didn't get who that was for.",
                      "I still don't get it - is that about me?"]}

# ... and does not thank for a "summary" that sums up nothing („Kokkuvõtteks. Kas see vastas Teie küsimusele?“,
# «Итак, подведём итог. Ответила ли я на Ваш вопрос?“): no question mark, so it asks nothing that the trainee's
# goodbye would leave open
EMPTY_SUMMARY = {"et": "Aga kokkuvõtet Te ju ei teinudki.", "ru": "Итог-то Вы так и не подвели.",
                 "en": "But you didn't actually sum anything up."}

# ... and, when the trainee only says goodbye while its matter is still open (no end step reached), it
# parts with what a caller left without an answer says, and the call ends (marked unfinished)
LEFT_OPEN = {"et": "Aga ma ei saanud ju vastust... Noh, head aega siis.",
             "ru": "Но я же так и не получил{а} ответа... Ну, до свидания.",
             "en": "But I didn't get an answer... Well, goodbye then."}

# ... and, after its last line, answers a closing question instead of hanging up on it: a check of
# understanding, an offer of further help, or any other question (at most MAX_AFTER_END times)
AFTER_END = {
    "understood": {"et": "Jah, sain aru. Aitäh!", "ru": "Да, всё понятно. Спасибо!", "en": "Yes, that's clear. Thank you!"},
    "nothing_more": {"et": "Ei, rohkem küsimusi pole. Aitäh!", "ru": "Нет, больше вопросов нет. Спасибо!",
                     "en": "No, that's all. Thank you!"},
    "yes": {"et": "Jah, sobib. Aitäh!", "ru": "Да, хорошо. Спасибо!", "en": "Yes, fine. Thank you!"},
}
# ... but a client who parted unhelped (its last line is the dialogue's `on_stuck` end: „Nii et eestkostja ka ei
# ole keegi. Aitäh väga.“) does not thank for a check, an offer or a summary after it
AFTER_END_UNHELPED = {
    "understood": {"et": "Ei, tegelikult mitte.", "ru": "Нет, не ответили.", "en": "No, not really."},
    "nothing_more": {"et": "Ei, pole.", "ru": "Нет.", "en": "No."},
    "yes": {"et": "Noh, olgu.", "ru": "Ну ладно.", "en": "Well, all right."},
}
# ... and to a check that a "no" answers well („Kas jäi midagi arusaamatuks?“, «Осталось ли что-то непонятным?»)
# it says what is left, not a "no" that would mean all is clear (`scoring.check_reply`)
LEFT_UNCLEAR = {"et": "Tegelikult jäi küll. Te ei vastanud mu küsimusele.",
                "ru": "Вообще-то да. Вы так и не ответили на мой вопрос.",
                "en": "Actually, yes. You didn't answer my question."}
# information after its last line that is no goodbye is acknowledged; the client stays for the goodbye
AFTER_END_ACK = {"et": "Selge, aitäh.", "ru": "Понятно, спасибо.", "en": "I see, thank you."}
# a thanks word with what goes with it („aitäh väga“, «спасибо большое», "thank you"), and the comma or space before it
_THANKS_WORDS = re.compile(r"(?:,\s*|\s+|^)(?:aitäh|aitah|tänan|tänud|спасибо|благодарю|thank\s+you|thanks)"
                           r"(?:\s+(?:väga|teile|Teid|вам|Вам|большое|so\s+much))?\s*(?:[!.]+|,\s*)?", re.IGNORECASE)


def without_thanks(line: str) -> str:
    """A built-in line with its thanks taken out („Selge, aitäh.“ -> „Selge.“, «Да, хорошо. Спасибо!» -> «Да,
    хорошо.»): what a client who parted without thanks (believing a wrong answer) says after its last line."""
    out = _THANKS_WORDS.sub(" ", line).strip()
    if not out:
        return line
    out = out[0].upper() + out[1:]
    return out if out[-1] in ".!?" else out + "."
MAX_AFTER_END = 3


@lru_cache(maxsize=256)
def phrase_set(phrases: tuple[str, ...], language: str) -> tx.PhraseSet:
    """A compiled phrase set (cached: the same phrases are matched against every reply)."""
    return tx.PhraseSet(phrases, language)


def is_hold(text: str, language: str) -> bool:
    """Does the reply ask the client to hold ("Üks hetk, ma vaatan.", «Минутку, сейчас посмотрю»)?"""
    phrases = tuple(HOLD_PHRASES.get(language, HOLD_PHRASES["et"]) + HOLD_QUESTION_PHRASES.get(language, []))
    return any(not m.negated for m in phrase_set(phrases, language).find_all(text))


# ... the purpose said after a hold („Kas võin Teid hetkeks ootele panna, et taotluse seisu vaadata?“, «Можно Вас
# попросить подождать, чтобы я проверила?»): still only a request to hold (new-user batch 28 system-down-callback-et:
# the client answered it „Halloo? Kas Te olete veel seal?“ as if left alone)
_HOLD_PURPOSE = {
    "et": re.compile(r",?\s*\bet\b(?=[^.?!,;]*\b(?:vaa[dt]\w*|kontrolli\w*|uuri\w*|otsi\w*|leida|leiaksin|"
                     r"t[aä]psusta\w*)\b)[^.?!;]*", re.IGNORECASE),
    "ru": re.compile(r",?\s*\bчтобы\b(?=[^.?!,;]*(?:провер|посмотр|уточн|найти|найду|выясн))[^.?!;]*", re.IGNORECASE),
}


# ... or what is checked, as the checking verb's whether-clause („Kontrollin, kas eestkoste on registreeritud.“,
# «я проверю, зарегистрирована ли у нас Ваша опека над сыном»): still the hold's own words (new-user batch 60
# guardian-for-ward-ru good: the caller asked «Ну что? Вы видите, что я опекун?» at once instead of waiting)
_HOLD_OBJECT = {
    "et": re.compile(r"(?i)(\b(?:kontrollin|vaatan|uurin|t[aä]psustan|otsin)(?:\s+(?:j[aä]rele|[uü]le|l[aä]bi|veel|kohe))?)"
                     r"\s*,\s*kas\b[^.?!;:]*"),
    "ru": re.compile(r"(?i)(\b(?:проверю|проверяю|посмотрю|уточню|выясню|гляну|взгляну)(?:\s+(?:сейчас|быстро|ещё|еще))?)"
                     r"\s*,\s*[^.?!;:,]*?\bли\b[^.?!;:]*"),
}


def without_hold_purpose(text: str, language: str) -> str:
    """`text` without the purpose clause of a hold („..., et taotluse seisu vaadata“, «..., чтобы проверить») or
    the whether-clause of what is checked („Kontrollin, kas ...“, «я проверю, зарегистрирована ли ...»)."""
    pattern = _HOLD_PURPOSE.get(language)
    if pattern is None or not is_hold(text, language):
        return text
    return _HOLD_OBJECT[language].sub(r"\1", pattern.sub("", text))


def is_hold_question(text: str, language: str) -> bool:
    """Does the text ask the client to hold, as a question („Kas võin Teid hetkeks ootele panna?“)?"""
    phrases = tuple(HOLD_QUESTION_PHRASES.get(language, HOLD_QUESTION_PHRASES["et"]))
    return any(not m.negated for m in phrase_set(phrases, language).find_all(text))


# a closing question at the end of an unpunctuated reply ("... kas selge", «... понятно есть ещё вопросы»)
_CLOSING_TAILS = {
    "nothing_more": {"et": ["veel midagi", "veel küsimusi", "muid küsimusi", "saan veel aidata"],
                     "ru": ["ещё вопросы", "что-нибудь ещё", "что-то ещё", "другие вопросы", "ещё чем-то помочь"],
                     "en": ["anything else", "other questions"]},
    "understood": {"et": ["kas selge", "kas on selge", "on selge", "kas arusaadav", "kas on arusaadav", "sai selgeks"],
                   "ru": ["понятно", "всё понятно", "ясно", "всё ясно"],
                   "en": ["is that clear", "clear"]},
}
_TAIL_WORDS = 5


def closing_question_kind(text: str, language: str) -> str | None:
    """"nothing_more" or "understood" when the reply's last words offer more help or check understanding
    ("... kas selge", «... понятно есть ещё вопросы»), even inside a keyword chain; else None."""
    words = text.split()
    tail = " ".join(words[-_TAIL_WORDS:])
    for kind, phrases in _CLOSING_TAILS.items():
        found = tuple(phrases.get(language, phrases["et"]))
        if any(not m.negated for m in phrase_set(found, language).find_all(tail)):
            return kind
    return None


def closing_answer(kind: str, language: str) -> str:
    """The client's answer to a closing question of `kind` after its last line."""
    return AFTER_END[kind].get(language, AFTER_END[kind]["et"])


def asks_anything_else(text: str, signals: dict[str, bool], language: str) -> bool:
    """Does the reply offer more help or check understanding ("Kas veel midagi?", «Есть ещё вопросы?»)?"""
    if signals.get("offered_help") or signals.get("checked_understanding"):
        return True
    phrases = tuple(ANYTHING_ELSE_PHRASES.get(language, ANYTHING_ELSE_PHRASES["et"]))
    return any(not m.negated for m in phrase_set(phrases, language).find_all(text))


# an offer made as a conditional statement: "Kui soovite, võime kirjutada ka vene keeles.", «Если Вам удобнее,
# можем говорить по-эстонски.» ("Räägime vene keeles." alone is no offer)
OFFER_CONDITIONS = {
    "et": ["kui soovite", "kui Te soovite", "kui soovi on", "soovi korral", "kui Teile sobib", "kui Teile on mugavam",
           "kui on mugavam", "kui Teil on mugavam", "kui Teile on lihtsam", "kui on lihtsam", "kui vaja"],
    "ru": ["если хотите", "если Вы хотите", "если Вам удобнее", "если удобнее", "если Вам удобно", "если Вам проще",
           "если проще", "при желании", "если нужно", "если Вам так легче", "если Вам легче"],
    "en": ["if you prefer", "if you like", "if you want"],
}


QUOTED = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|\"[^\"]*\"")


def offered_languages(text: str, language: str) -> set[str]:
    """The languages a reply offers to go on in: "et"/"ru" named in a question sentence
    ("Kas soovite, et räägiksime vene keeles?", «Может быть, Вам удобнее по-русски?») or in a sentence
    with a condition of the client's wish ("Kui soovite, võime kirjutada ka vene keeles.")."""
    conditions = phrase_set(tuple(OFFER_CONDITIONS.get(language, OFFER_CONDITIONS["en"])), language)
    # the client's own words quoted back („Kas küsite: „... eesti keelt räägin halvasti“?“, «Вы спрашиваете: «...
    # по-эстонски говорите плохо»?») offer no language (new-user batch 36 language-switch-ru gaming)
    text = QUOTED.sub(" ", text)
    offers = [s for _, _, s in tx.split_sentences(text)
              if tx.is_question(s, language) or any(not m.negated for m in conditions.find_all(s))]
    return {lang for lang, phrases in LANGUAGE_OFFER_PHRASES.items()
            if any(not m.negated for q in offers for m in phrase_set(tuple(phrases), language).find_all(q))}


def language_offer_answer(offered: set[str], own: str) -> str | None:
    """The client's answer to an offer of `offered` languages: accepts its `own`, declines another."""
    if not offered or own not in LANGUAGE_OFFER_PHRASES:
        return None
    return LANGUAGE_OFFER_ANSWER[("accept" if own in offered else "decline", own)]


def after_end_answer(signals: dict[str, bool], language: str) -> str | None:
    """The client's answer to a question asked after its last line, or None when the reply asks nothing
    (then the call ends). ``signals`` are the reply's (:func:`trainer.scoring.signals.analyse_reply`)."""
    if signals.get("checked_understanding") or signals.get("summarised") and signals.get("asked_question"):
        kind = "understood"
    elif signals.get("offered_help"):
        kind = "nothing_more"
    elif signals.get("asked_question"):
        kind = "yes"
    else:
        return None
    return AFTER_END[kind].get(language, AFTER_END[kind]["et"])


# an offer of the chat transcript („Soovi korral saadan vestluse ärakirja.“, «Если хотите, пришлю копию переписки.»)
# is answered in a chat: the client takes it
TRANSCRIPT_WORDS = {
    "et": ["ärakiri", "vestluse koopia", "koopia vestlusest", "vestluse tekst", "vestluse kokkuvõte e-posti"],
    "ru": ["копия переписки", "копия чата", "копия разговора", "копия беседы", "стенограмма", "запись переписки",
           "переписку на почту", "переписку на e-mail"],
    "en": ["transcript", "copy of the chat"],
}
TRANSCRIPT_OFFER_VERBS = {
    "et": ["saadan", "saadame", "saata", "saan saata", "võin saata", "soovite", "soovi korral"],
    "ru": ["пришлю", "пришлём", "прислать", "отправлю", "отправить", "отправим", "выслать", "вышлю", "хотите"],
    "en": ["send", "would you like"],
}
TRANSCRIPT_ANSWER = {"et": "Ärakiri oleks hea, saatke palun.", "ru": "Копию пришлите, пожалуйста.",
                     "en": "A transcript would be good, please send it."}
# ... and a client leaving unsatisfied (on the dialogue's ``on_stuck`` end) does not want a copy of a chat that
# did not help it
TRANSCRIPT_DECLINE = {"et": "Ärakirja pole vaja.", "ru": "Копия не нужна.", "en": "No need for a transcript."}


def offers_transcript(text: str, language: str) -> bool:
    """Does a sentence of the reply offer the chat transcript: the transcript named with an offer verb or in a
    question („Soovi korral saadan vestluse ärakirja.“, „Soovite ärakirja?“, «Могу прислать копию переписки.»)?
    A bare word asked („Ärakiri?“) or a keyword list is no offer."""
    words = phrase_set(tuple(TRANSCRIPT_WORDS.get(language, TRANSCRIPT_WORDS["en"])), language)
    verbs = phrase_set(tuple(TRANSCRIPT_OFFER_VERBS.get(language, TRANSCRIPT_OFFER_VERBS["en"])), language)
    for _, _, sentence in tx.split_sentences(text):
        if not any(not m.negated for m in words.find_all(sentence)):
            continue
        if sum(t.is_word for t in tx.tokenize(sentence)) >= 2 and (
                tx.is_question(sentence, language) or any(not m.negated for m in verbs.find_all(sentence))):
            return True
    return False


#: an identity confirmation said with the hold („Aitäh, andmed klapivad. Palun oodake hetk, kontrollin.“, «Спасибо,
#: Светлана, данные совпадают. Подождите минуту, я проверю.»): it closes the identification and asks nothing, so
#: the reply is still a request to hold (new-user batch 60 guardian-for-ward-ru good and wrong)
def without_identity_ok(text: str, language: str) -> str:
    """`text` without its short sentences that tell the caller their data match the record."""
    from trainer.scoring.name_confirmed import only_match

    kept = [s for _a, _b, s in tx.split_sentences_cached(text) if not only_match(s, language)]
    return " ".join(kept)
