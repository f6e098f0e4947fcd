"""Prefaces: what leads up to the answer and is no answer (criterion "needs"; the first answer, first_answer.py,
is the first agent statement that is none of these): an acknowledgement that names the client's situation and
how it feels, a comfort formula, an offer or announcement to explain or to look, an empathy cue before the
client's own words, and the identification act in an open chat (`prefaces`).

- Blind round 17: an offer to help ("püüan Teid aidata nii, et ...", «я помогу Вам разобраться»), comfort
  ("võtame rahulikult", "meil on aega", «пишите, как Вам удобно»), a loss named ("see on suur kaotus",
  «огромное горе») and a worry named after an empathy cue («понимаю, что прибавилась тревога, как дальше жить»)
  lead up to it too.
- Blind round 24: in an open chat the redirect to an identified channel after the client's short "how then"
  («А как тогда узнать?») is still the identification act.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.echoes import client_words
from trainer.scoring.needs_acts import (
    OFFER,
    OFFER_WORDS,
    feeling_clause_end,
    grants_access,
    invites_telling,
    reads_back_identity,
)
from trainer.scoring.uptake import DENY


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


def sentence_asks(an, i: int, sentence: str) -> bool:
    from trainer.scoring.asking import asks_question

    return asks_question(an.turns[i].text, sentence, an.language)


# an offer or announcement to explain or to look: "üldiselt saan selgitada, kuidas ...", "vaatame, mida saab teha",
# «давайте я посмотрю, что с Вашим заявлением», «я могу рассказать, как это работает»
_ANNOUNCE = re.compile(
    # with up to four words between: "saan aga kõik sammud ära selgitada", «могу Вам сразу всё объяснить»
    r"(?i)\b(?:(?:saan|võin|voin|oskan|püüan|puuan|püüame|puuame|proovin|proovime)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:selgitada|rääkida|raakida|kirjeldada|vaadata|aidata)|selgitan|räägin|raagin|vaatame|vaatan|uurin|avan|kontrollin"
    # an offer to help: "püüan Teid aidata", "aitan Teil selgust saada", «я помогу Вам разобраться»
    r"|aitan|aitame"
    r"|võtame\s+(?:\w+\s+){0,3}?läbi|votame\s+(?:\w+\s+){0,3}?labi|(?:давайте\s+)?(?:пойдём|пойдем)\s+по\s+порядку"
    r"|(?:могу|попробую|постараюсь|попробуем|постараемся)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:объяснить|рассказать|посмотреть|проверить|разобраться|помочь)|помогу|поможем"
    # «давайте спокойно разберёмся», «давайте вместе по порядку»
    r"|объясню|расскажу|давайте\s+(?:(?:я|вместе|спокойно|сейчас|сначала)\s+){0,2}"
    r"(?:посмотр\w+|провер\w+|разбер\w+|выясн\w+|по\s+порядку)"
    r"|(?:сейчас\s+)?я\s+(?:посмотрю|проверю|открою|открываю)|сейчас\s+(?:посмотрю|проверю|открою)"
    # an announcement to ask first: "küsin enne paar asja", «сначала задам пару вопросов», «уточню пару моментов»
    r"|(?:küsin|kusin|täpsustan|tapsustan)\s+(?:(?:teilt|enne|kõigepealt|koigepealt|veel)\s+){0,2}"
    r"(?:paar|mõne|mone|mõned|moned|ühe|uhe|üht|uht)\s+(?:asja|küsimus\w*|kusimus\w*)"
    r"|(?:задам|уточню|спрошу)\s+(?:(?:вам|сначала|сперва|ещё|еще)\s+){0,2}(?:пару|несколько|один|одну)\s+"
    r"(?:вопрос\w*|момент\w*|вещ\w*)" + OFFER + r")\b")
# a judgement of how the client's situation feels, closing the acknowledgement: "..., on tõesti raske",
# «..., это очень неприятно», "see on ikka väga raske aeg", «это действительно тяжёлое время»
_FEELING = re.compile(
    r"(?i)\b(?:on|see\s+on|это|так)\s+(?:(?:tõesti|toesti|väga|vaga|ju|kindlasti|ikka|nii|очень|действительно|"
    r"правда|конечно|так|teile|teil|praegu|вам|сейчас)\s+){0,3}(?:(?:raske|keeruline|kohutav)\s+(?:aeg|olukord|hetk|asi|kaotus)"
    r"|(?:тяжёлое|тяжелое|трудное|непростое)\s+(?:время|положение)"
    r"|(?:тяжёлая|тяжелая|трудная|непростая|ужасная)\s+(?:ситуация|потеря|утрата)"
    r"|raske|keeruline|ebameeldiv|kurnav|frustreeriv|närvesööv|narvesoov|ärritav|arritav|kohutav"
    r"|тяжело|неприятно|обидно|трудно|непросто|тревожно|ужасно)\b"
    # a feeling called natural: "on (täiesti) loomulik, et olete segaduses", «естественно, что Вы растерялись»
    r"|\b(?:loomulik|arusaadav|normaalne|естественно|понятно|нормально)\s*,?\s*(?:et|что)\s+[^.?!,;]{0,40}?"
    r"(?:ei\s+tea\w*|ei\s+oska\w*|segadus\w*|muret\w*|muretse\w*|ärev\w*|arev\w*|hirm\w*|karda\w*|"
    r"не\s+знаете|растерял\w*|растерян\w*|волну\w*|пережива\w*|тревож\w*|бои\w*|запута\w*|"
    # or too much at once: "on loomulik, et kõike on korraga liiga palju", «естественно, что всё навалилось сразу»
    r"liiga\s+palju|palju\s+korraga|korraga\s+palju|segamini|слишком\s+много|вс[её]\s+сразу|навалил\w*)[^.?!,;]*"
    # an empathy cue that names why the client feels so: «понимаю, почему Вы так возмущены», "saan aru, miks
    # olete nii nördinud", "mõistan, et Te olete pahane"
    r"|\b(?:понимаю|могу\s+понять|mõistan|moistan|saan\s+aru)\s*,?\s*(?:почему|отчего|что|miks|et)\s+"
    r"(?:(?:вы|вас|так|очень|настолько|сейчас|te|olete|nii|väga|vaga|praegu|sellest)\s+){0,3}"
    r"(?:возмущ\w*|расстро\w*|зли\w*|серди\w*|недовольн\w*|пережива\w*|волну\w*|нервнич\w*|обижен\w*|растерян\w*"
    r"|в\s+отчаянии|nördinud|nordinud|pahane|pahased|ärritunud|arritunud|pettunud|häiritud|hairitud|vihane|mures"
    r"|murelik|endast\s+väljas|endast\s+valjas|segaduses|ärevil|arevil)(?:\s+olete)?"
    # understandable that it is hard: «понятно, что сейчас очень тяжело», "arusaadav, et praegu on raske"
    r"|\b(?:понятно|естественно|конечно|arusaadav|loomulik|muidugi)\s*,?\s*(?:что|et)\s+"
    r"(?:(?:сейчас|очень|вам|так|praegu|väga|vaga|teil|teile|on|nii)\s+){0,3}"
    r"(?:тяжело|трудно|непросто|raske|keeruline)"
    # a condolence: "mul on väga kahju", «мне очень жаль», «примите мои соболезнования», "avaldan kaastunnet"
    # "mul on väga kahju seda kuulda, minu kaastunne Teile", «мне очень жаль это слышать, сочувствую вам»
    r"|\b(?:mul\s+on\s+(?:väga\s+|vaga\s+|nii\s+|südamest\s+|sudamest\s+)?kahju(?:\s+(?:seda\s+)?kuulda)?"
    r"|мне\s+(?:очень\s+|так\s+)?жаль(?:\s+(?:это\s+)?слышать)?"
    r"|(?:примите\s+)?(?:мои\s+)?(?:искренние\s+)?соболезновани[яй]|соболезную|avaldan\s+(?:\w+\s+)?kaastunnet"
    r"|(?:minu|meie)\s+(?:siiras\s+|sügav\s+|sugav\s+)?kaastunne(?:\s+(?:teile|teie\s+perele))?"
    r"|(?:ma\s+)?tunnen\s+(?:teile\s+|teiega\s+)?(?:südamest\s+|sudamest\s+|siiralt\s+)?kaasa"
    r"|(?:я\s+)?(?:вам\s+)?(?:очень\s+|искренне\s+)?сочувствую(?:\s+вам)?)"
    # how it sounds: "see kõlab tõesti murettekitavalt", «звучит очень тревожно»
    r"|\b(?:(?:see|это)\s+)?(?:kõlab|kolab|звучит)\s+(?:(?:tõesti|toesti|väga|vaga|ikka|päris|paris|очень|"
    r"действительно|правда)\s+){0,2}(?:murettekitav\w*|raskelt|keeruliselt|hirmsasti|kohutavalt|тревожно|тяжело"
    r"|страшно|неприятно|ужасно)"
    # the burden named: "see on palju ühe inimese kanda", «это слишком много для одного человека»
    r"|\b(?:palju|liiga\s+palju)\s+(?:ühe|uhe|ühele|uhele)\s+inimese(?:le)?\s+kanda"
    r"|\b(?:много|слишком\s+много)\s+для\s+одного\s+человека"
    # how it feels to the client, said to them: «понимаю, вам сейчас очень тяжело», "mõistan, teil on praegu raske"
    r"|\b(?:понимаю|mõistan|moistan|saan\s+aru)\s*,?\s*(?:(?:что|et)\s+)?(?:вам|teil|teile)\s+"
    r"(?:(?:сейчас|очень|так|praegu|väga|vaga|on|nii)\s+){0,3}(?:тяжело|трудно|непросто|raske|keeruline)"
    # a loss named: "see on suur kaotus", «потерять сына – огромное горе», «это тяжёлая утрата»
    r"|\b(?:(?:suur|raske|kohutav|valus|korvamatu)\s+kaotus|(?:огромное|большое|страшное|тяжёлое|тяжелое"
    r"|невосполнимое|великое)\s+горе|(?:огромная|большая|тяжёлая|тяжелая|невосполнимая)\s+(?:потеря|утрата))\b"
    # a worry named after an empathy cue: «понимаю, что к горю прибавилась ещё и тревога», "mõistan, et nüüd on
    # ka mure"; the clause of what it is about follows («..., как дальше жить»: `feeling_clause_end`)
    r"|\b(?:понимаю|могу\s+понять|mõistan|moistan|saan\s+aru)\s*,?\s*(?:что|et)\s+[^.?!]{0,60}?"
    r"(?:тревог[аиуе]|беспокойств[оа]|страх|волнени[ея]|растерянност[ьи]|mure|muret|hirm|ärevus|arevus"
    # "... et see teeb teid ärevaks", «..., что это вас тревожит»
    r"|ärevaks|arevaks|murelikuks|тревожит|беспокоит|пугает)\b"
    # the effort it takes: «это отнимает много сил», "see nõuab palju jõudu"
    r"|\b(?:требует|отнимает|забирает)\s+(?:очень\s+)?(?:много|столько|немало)\s+сил\b"
    r"|\b(?:nõuab|nouab|võtab|votab)\s+(?:väga\s+|vaga\s+|nii\s+)?palju\s+(?:jõudu|joudu|energiat)\b")
# a comfort formula that tells the client nothing of their matter: "võtke rahulikult", "ei pea kiirustama",
# "ärge muretsege", «не торопитесь», «ничего не пропало»; and the reply to a client's apology for writing
# confusedly ("Te kirjutate täiesti arusaadavalt", «не извиняйтесь»)
_COMFORT = re.compile(
    r"(?i)\b(?:(?:võtke|votke)\s+(?:see\s+)?(?:rahulikult(?:\s+aega)?|aega)"
    # "võtame rahulikult (ükshaaval)", "ma olen siin (ja meil on aega)", «я здесь», «у нас есть время»
    r"|(?:võtame|votame)\s+(?:(?:see|asjad|asju)\s+)?rahulikult(?:\s+(?:ükshaaval|ukshaaval|samm-sammult))?"
    r"|(?:ma|mina)\s+olen\s+(?:teie\s+jaoks\s+)?siin|meil\s+on\s+(?:(?:piisavalt|küllalt|kullalt)\s+)?aega"
    r"|(?:я\s+)?(?:здесь|тут)\s+(?:с\s+вами|для\s+вас)|у\s+нас\s+(?:есть\s+)?(?:(?:достаточно|всё|все)\s+)?время"
    # «пишите так, как Вам удобно», "kirjutage nii, nagu Teile sobib": the client's way of telling is fine
    r"|(?:пишите|говорите|рассказывайте)\s+(?:так\s*,?\s*)?как\s+вам\s+(?:удобно|удобнее|проще)"
    r"|(?:kirjutage|rääkige|raakige)\s+(?:nii\s*,?\s*)?(?:nagu|kuidas)\s+(?:teile|teil)\s+"
    r"(?:sobib|mugav\s+on|on\s+mugav|lihtsam\s+on)|(?:me\s+|ma\s+)?ei\s+kiirusta(?:\s+kuhugi)?"
    r"|(?:мы\s+)?(?:никуда\s+)?не\s+(?:торопимся|спешим)|(?:te\s+)?ei\s+(?:pea|ole\s+vaja)\s+(?:üldse\s+|uldse\s+)?"
    r"(?:kiirustama|kiirustada|muretsema|muretseda)|(?:ärge|arge)\s+(?:muretsege|kiirustage|vabandage)"
    r"|(?:midagi|mitte\s+midagi)\s+(?:pole|ei\s+ole)\s+(?:kadunud|hilja)"
    r"|(?:te\s+)?(?:kirjutate|räägite|raagite|selgitate)\s+(?:täiesti\s+|taiesti\s+|väga\s+|vaga\s+)?"
    r"(?:arusaadavalt|selgelt)"
    r"|не\s+(?:торопитесь|спешите|волнуйтесь|переживайте|беспокойтесь|извиняйтесь)|ничего\s+не\s+(?:пропало|потеряно)"
    # it is fine to be confused: «ничего страшного, что путаетесь», "pole hullu, et olete segaduses"
    r"|(?:ничего\s+страшного|(?:see\s+)?(?:pole|ei\s+ole)\s+(?:üldse\s+|uldse\s+)?hullu)"
    r"(?:\s*,?\s*(?:что|et)\s+[^.?!,;—–-]{0,40})?"
    # the burden named: «за три недели на Вас свалилось очень много», "teile on korraga palju kaela sadanud"
    r"|(?:за\s+(?:[^\W\d]+\s+){1,2})?(?:на\s+вас\s+)?(?:свалилось|навалилось|обрушилось)\s+(?:(?:очень|так|слишком)\s+)?(?:много|всё|все)"
    r"|(?:teile|teie\s+peale)\s+on\s+(?:korraga\s+)?(?:nii\s+|liiga\s+|väga\s+|vaga\s+)?palju\s+"
    r"(?:kaela\s+)?(?:sadanud|tulnud|langenud)"
    r"|(?:ещё|еще)\s+не\s+поздно|вы\s+(?:всё\s+|все\s+)?(?:очень\s+)?(?:понятно|ясно)\s+(?:пишете|объясняете|"
    r"рассказываете|говорите))\b")


def prefaces(an, i: int, a: int, sentence: str) -> bool:
    """Does the agent sentence only lead up to the answer? An acknowledgement that names the client's situation
    and how it feels ("Kolm nädalat ootamist, kui lapsel on abi vaja, on tõesti raske.", "mul on väga kahju ...
    see on ikka väga raske aeg"), a comfort formula ("võtke rahulikult", «ничего не пропало», "Te kirjutate
    täiesti arusaadavalt") and an offer or announcement to explain or look ("Üldiselt saan selgitada, kuidas
    lapsetoetus käib.", «давайте я посмотрю, что с Вашим ходатайством», "võtame asjad ükshaaval läbi"), with
    fewer than three words of anything else (or with a request to hold) and no number the client did not say; an empathy cue before the client's own words (`_echoed_acknowledgement`);
    or, in an open chat, the client sent to the self-service right after a warning not to type the code there:
    the identification act, not the answer to what they asked; a request to tell the matter («расскажите, что
    случилось», `invites_telling`)."""
    if an._new_numbers(i, sentence):
        return False
    if _redirect_after_warning(an, i, a, sentence) or _echoed_acknowledgement(an, i, a, sentence) \
            or _identification_note(an, i, a, sentence) or grants_access(sentence) \
            or reads_back_identity(an, i, sentence) or invites_telling(sentence):
        return True
    leads_up, announces = _leads_up(sentence, an.language)
    if announces and _holds(an, i, a, a + len(sentence)):
        return True  # «можно я попрошу вас подождать минуту я открою ходатайство»: time management
    return leads_up


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def _leads_up(sentence: str, language: str) -> tuple[bool, bool]:
    """(does the sentence only acknowledge, comfort or announce (see `prefaces`), does it announce with nothing
    after the announcement: then a request to hold in the reply makes it a preface too)."""
    rest = _COMFORT.sub(",", sentence)
    feeling = list(_FEELING.finditer(rest))
    if feeling:
        rest = rest[feeling[-1].end():]
        rest = rest[feeling_clause_end(rest, language):]  # "..., kui raha ei ole seal, kus ootate"
    announce = _ANNOUNCE.search(rest)
    if announce:
        tail = rest[announce.end():]
        tail = tail[_manner_end(tail):]  # "püüan aidata nii, et Teil oleks vähem muret": how, not what
        if ":" in tail or len(_words(tail)) > 8:
            return False, False  # "Selgitan: ..." goes on to the answer itself
        rest = rest[:announce.start()]
    elif not feeling and len(_words(rest)) == len(_words(sentence)):
        return False, False
    words = [w for w in _words(rest) if not announce or w not in OFFER_WORDS]
    if feeling and announce and words:
        from trainer.scoring.finite_verbs import has_finite_verb

        # between the acknowledgement and the announcement a phrase with no verb only goes on with what feels
        # so ("... see on raske aeg ja siis veel kõik need paberid sinna otsa, vaatame järele"): no statement
        return not has_finite_verb(" ".join(words), language), bool(announce)
    return len(words) < 3, bool(announce)


# the manner or purpose of the help offered, up to the next mark: "nii, et Teil oleks võimalikult vähe asju ajada",
# «так, чтобы Вам не пришлось никуда ходить»; with a number it may carry the answer
_MANNER = re.compile(r"(?i)^\s*(?:(?:teid|teile|teil|вам|вас)\s+)?(?:nii\s*,?\s*et|так\s*,?\s*чтобы)\s+[^.?!:;\d]*")


def _manner_end(tail: str) -> int:
    m = _MANNER.match(tail)
    return m.end() if m else 0


def _echoed_acknowledgement(an, i: int, a: int, sentence: str) -> bool:
    """Is the sentence an empathy cue followed by the client's own words ("mõistan et teil võeti toetus ära ja
    nüüd tuli kiri et peate tagasi maksma" after "mul võeti toetus ära ja nüüd tuli kiri et ma pean tagasi
    maksma"): six or more words, three-word runs of one client message covering >= 75 % of them?"""
    cue = next((q for p, q, name in an.cues(i) if name == "empathy" and a <= p < a + 3), None)
    if cue is None:
        return False
    body = _words(an.turns[i].text[cue:a + len(sentence)])
    if len(body) < 6:
        return False
    grams = {tuple(msg[j:j + 3]) for msg in client_words(an, i) for j in range(len(msg) - 2)}
    covered: set[int] = set()
    for j in range(len(body) - 2):
        if tuple(body[j:j + 3]) in grams:
            covered |= {j, j + 1, j + 2}
    return len(covered) >= 0.75 * len(body)


def _holds(an, i: int, a: int, b: int) -> bool:
    return any(name == "hold_or_contact" and a <= p < b for p, _, name in an.cues(i))


def _redirect_after_warning(an, i: int, a: int, sentence: str) -> bool:
    """In an open chat, is the sentence the client sent to an identified channel (the self-service, 16106)
    after the agent warned them not to type the code there: the identification act, not the answer? The
    warning comes right before it (past notes of what the agent cannot do with the code), or ends the agent's
    message before a client's short question of how then («А как тогда узнать?», "Kust ma siis vaatan?":
    blind round 24); a sentence that points back to the channel just named ("Seal saab ka ...", «Там же можно
    ...») goes on with the redirect."""
    from trainer.scoring.identification_talk import AUTHENTICATED_CHANNEL, CODE_WARNING

    if not an.context.no_identifiers:
        return False
    before = [(p, s) for p, _, s in an.sentences(i) if p < a]
    if not AUTHENTICATED_CHANNEL.search(sentence):
        return bool(before) and bool(_BACK_TO_CHANNEL.match(sentence)) \
            and _redirect_after_warning(an, i, *before[-1])
    if not before:
        return _asked_how_then(an, i)
    # the warning right before, or before the agent's note of what it cannot do with the code ("Palun ärge
    # kirjutage isikukoodi siia. Ma ei saa seda siin kasutada, ... Oma taotluse seisu näete iseteeninduses.")
    while before and not CODE_WARNING.search(before[-1][1].lower()) and _identification_note(an, i, *before[-1]):
        before.pop()
    return bool(before) and bool(CODE_WARNING.search(before[-1][1].lower()))


# a sentence that points back to the channel named before it: «Там же можно ...», "Seal saab ka ...", "Samas ..."
_BACK_TO_CHANNEL = re.compile(r"(?i)\W*(?:(?:и|а|ja|ning)\s+)?(?:там\s+же|там\s+(?:вы\s+)?(?:также|тоже)|там|туда"
                              r"|seal(?:samas)?|sinna|samas)(?!\w)")
_HOW_THEN_WORDS = 8


def _asked_how_then(an, i: int) -> bool:
    """Does agent unit i answer a client's short question of how then (a question of at most eight words, no
    number: «А как тогда узнать?», "Kuidas ma siis teada saan?") put right after the agent's message that
    warned them not to type the code in the open chat (its last two sentences)?"""
    from trainer.scoring.identification_talk import CODE_WARNING

    if i < 2 or an.turns[i - 1].role != "client" or an.turns[i - 2].role != "agent":
        return False
    client = an.turns[i - 1].text
    if len(_words(client)) > _HOW_THEN_WORDS or tx.find_numbers(client) \
            or not any(sentence_asks(an, i - 1, s) for _, _, s in an.sentences(i - 1)):
        return False
    return any(CODE_WARNING.search(s.lower()) for _, _, s in an.sentences(i - 2)[-2:])


# the words of the identification act: the code, the data looked up by it, the channel it is done in
_ID_WORDS = re.compile(
    r"(?i)(?<!\w)(?:isikukoo?d\w*|koodi?\w*|andme\w*|vestlus\w*|kanal\w*|код\w*|данн\w*|чат\w*|канал\w*)(?!\w)")
# the rest of a note of the login: "Näen, et ...", «Вижу, что ...», «поэтому здесь я могу смотреть Ваши данные»
_LOGIN_NOTE = frozenset(tx.fold(w) for w in """naen naeme et te teie teil olete nii siin seega saan saame vaadata
    вижу видим что вы вас ваши поэтому здесь тут я могу можем смотреть видеть""".split())

# how the login was done and that it identifies: "ID-kaardiga", "Smart-ID-ga", "ja vestlus on tuvastatud",
# «через ID-карту», «и чат идентифицирован» (folded words)
_LOGIN_MEANS = re.compile(
    r"(?:id-?kaar[\w-]*|id-?карт[\w-]*|smart-?id[\w-]*|mobiil-?id[\w-]*|id|ид|smart\w*|mobiil\w*|kaardi\w*|kaart|ga|tuvasta\w*|autendi\w*|identifitseeri\w*|ja|ning|on|abil|kaudu"
    r"|iseteenindus\w*|смарт\w*|мобиль\w*|карт\w*|идентифицир\w*|подтвержд\w*|и|через|с|помощью|по|сред\w*"
    r"|самообслуживани\w*|защищ\w*|turvali\w*)")


def _identification_note(an, i: int, a: int, sentence: str) -> bool:
    """Is the sentence part of the identification act, not the answer? The agent noting that the client
    writes from the self-service («Вижу, что Вы пишете из среды самообслуживания", "Näen, et olete sisse
    loginud iseteenindusse"), or saying, right before or after the warning not to type the code, what it does
    not do with it ("Ma ei kasuta seda koodi ega vaata selle järgi Teie andmeid", «Личный код в открытом чате
    я использовать не могу ...»): nothing in it but the code, the data and the channel."""
    from trainer.scoring.identification_talk import CODE_WARNING
    from trainer.scoring.verified import LOGGED_IN

    folded = tx.fold(sentence)
    login = LOGGED_IN.search(folded)
    if login:
        end = login.end() + len(re.match(r"[\w-]*", folded[login.end():]).group())
        rest = _words(folded[:login.start()] + " " + folded[end:])
        if sum(1 for w in rest if w not in _LOGIN_NOTE and not _ID_WORDS.fullmatch(w)
               and not _LOGIN_MEANS.fullmatch(w)) == 0:
            return True
    # next to the warning, before or after it: "... ma ei saa siin Teie andmeid vaadata ega koodi kasutada",
    # «Личный код в открытом чате я использовать не могу ... Пожалуйста, не пишите сюда коды»
    before = [s for p, _, s in an.sentences(i) if p < a]
    after = [s for p, _, s in an.sentences(i) if p > a]
    if not any(CODE_WARNING.search(s.lower()) for s in before[-1:] + after[:1]) or not _ID_WORDS.search(sentence):
        return False
    # what the agent itself does not do with it: a first person and a denial, in a sentence of 20 words at most
    words = _words(sentence)
    return len(words) <= 20 and any(w in _FIRST_PERSON for w in words) and any(w in DENY for w in words)


_FIRST_PERSON = frozenset("ma mina me meie я мы".split())
