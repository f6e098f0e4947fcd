"""Clarifying the need (the ``before_answer`` scope of criterion "needs", issue 9): which answer a
clarifying question must come before, and which questions leave the client no turn to answer.

A mentor's rules:

- The answer is the first agent statement about the client's matter after the client spoke; a statement
  that only restates the client's question ("Вы спрашиваете о сроке ...") answers nothing.
- A first statement the client at once rejects ("aga raha ei ole ju kontol", «как ушла, в банке ничего нет»,
  "ta ei oska iseteenindust kasutada") did not settle the matter: when the agent then asks about the
  client's situation, the answer is the first statement after that question. A client who takes the answer
  ("Aitäh. Aga kas ...") and asks something new did not reject it; one who says they know that already ("see
  on mul teada, aga ...") rejects it. When the agent first only identifies the caller (a request for the code),
  the question after the identification still comes before the answer (blind round 13).
- A check of understanding that takes up nothing the client said guesses a question never asked; with no
  answer after it, a check only echoes the client (see `clarifies`). Other questions clarify even when no
  answer follows (an agent who asks and then is cut off still asked), unless the client asks again after
  them twice or more (`stalls`: questions sent back instead of an answer). A question of generic words only
  ("Kas Teie küsimus puudutab toetust?", «Хотите получить информацию?») asks nothing (`empty_question`).
- What leads up to the answer is no answer (`prefaces`), nor is the reply to a client who only checked the
  line or asked for the language of the call (`line_check`). Blind round 17: an offer to help ("püüan Teid
  aidata nii, et ...", «я помогу Вам разобраться»), comfort ("võtame rahulikult", "meil on aega", «пишите,
  как Вам удобно»), a loss named ("see on suur kaotus", «огромное горе») and a worry named after an empathy
  cue («понимаю, что прибавилась тревога, как дальше жить») lead up to it too.
- Blind round 24: a language request with an interjection («ой здравствуйте а можно по-русски») is a line check
  too; in an open chat the redirect to an identified channel after the client's short "how then" («А как тогда
  узнать?») is still the identification act (`prefaces`); a «нет» to an either-or question whose last alternative
  is a clause («... или у вас выплата не пришла?») chooses, it corrects no guess (`_clause_alternative`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.content_words import _content_lemmas, _verbal
from trainer.scoring.memo import per_analysis
from trainer.scoring.needs_acts import (
    OFFER,
    OFFER_WORDS,
    concludes,
    feeling_clause_end,
    grants_access,
    invites_telling,
    keyword_check,
    offers_named_kind,
    pasted_with_answer,
    read_already,
    reads_back_identity,
    repairs_code,
    topic_only,
)
from trainer.scoring.side_answers import past_side_answer
from trainer.text.questions import check_frame_span

# a client's reply that opens by taking the answer
_ACCEPT = frozenset("""selge arusaadav aitah tanan tanud okei ok hasti hea suureparane
    понятно ясно спасибо хорошо ладно ок отлично""".split())
_LEADS = frozenset("no noh aa ahaa nii а ага ну так".split())
# a reply that says the matter still stands: a denial ("pole", «нет»), where the money is, "I know that"
_REJECT = frozenset("ei pole ega mitte не нет нету kus где tean знаю".split())


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def accepts(text: str) -> bool:
    """Does a client's reply open by taking what was said ("ok, selge, ...", «понятно», "aitäh")?"""
    words = _words(text)
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and words[0] in _ACCEPT


# "I know that already": "see on mul (juba) teada", «это мне уже известно», «я в курсе»
_KNOWN = re.compile(r"(?<!\w)(?:(?:mul|mulle|minul)\s+(?:on\s+)?(?:juba\s+)?teada|мне\s+(?:это\s+)?(?:уже\s+)?известно"
                    r"|я\s+(?:это\s+)?(?:уже\s+)?в\s+курсе)(?!\w)")


def rejects(text: str) -> bool:
    """Does a client's reply reject the statement before it (a denial, "kus ...", «я знаю», "see on mul
    teada", «я читала»: `read_already`), without first taking it ("selge", «понятно», "aitäh")?"""
    words = _words(text)
    return not accepts(text) and not adds_matter(text) and not concludes(text) and (
        any(w in _REJECT for w in words) or bool(_KNOWN.search(" ".join(words))) or read_already(text))


_ALSO = frozenset("ещё еще veel".split())


def adds_matter(text: str) -> bool:
    """Does a client's reply open by adding a matter («а вот ещё у меня инвалидность ... не помню ...», "aga veel
    üks asi ...": «ещё»/"veel" among its first three words, not before a denial: «а ещё не пришло»)? It takes
    up something new; a «не» further on ("не помню") does not reject the answer."""
    words = _words(text)[:4]
    return any(w in _ALSO and (k + 1 >= len(words) or words[k + 1] not in _DENY) for k, w in enumerate(words[:3]))


def _asks(an, i: int, sentence: str) -> bool:
    from trainer.scoring.asking import _asks_question

    return _asks_question(an.turns[i].text, sentence, an.language)


def _first_answer(an, units) -> tuple[int, int] | None:
    """(unit, sentence start) of the first agent statement in ``units`` ((unit, from position) pairs)
    that informs and does not only restate the client's question or preface the answer (`prefaces`)."""
    for i, after in units:
        for a, b, sentence in an.sentences(i):
            if a >= after and an.is_inform(i, a, b, sentence) and not tx.restates_need(sentence, an.language) \
                    and not prefaces(an, i, a, sentence):
                return i, a
    return None


def answer_after_prefaces(an) -> tuple[int, int] | None:
    """(unit, sentence start) of the first agent statement after the client first spoke that informs and
    neither restates the client's question nor only leads up to the answer (`prefaces`: "Üldiselt saan kõik
    sammud ära selgitada.", «Давайте я посмотрю»): where the answer a summary must come after starts."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client"), len(an.turns))
    return _first_answer(an, [(i, 0) for i in an.agent_indexes if i > first_client])


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
    grams = {tuple(msg[j:j + 3]) for msg in _client_words(an, i) for j in range(len(msg) - 2)}
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
    from trainer.scoring.identification_talk import _AUTHENTICATED_CHANNEL, _CODE_WARNING

    if not an.context.no_identifiers:
        return False
    before = [(p, s) for p, _, s in an.sentences(i) if p < a]
    if not _AUTHENTICATED_CHANNEL.search(sentence):
        return bool(before) and bool(_BACK_TO_CHANNEL.match(sentence)) \
            and _redirect_after_warning(an, i, *before[-1])
    if not before:
        return _asked_how_then(an, i)
    # the warning right before, or before the agent's note of what it cannot do with the code ("Palun ärge
    # kirjutage isikukoodi siia. Ma ei saa seda siin kasutada, ... Oma taotluse seisu näete iseteeninduses.")
    while before and not _CODE_WARNING.search(before[-1][1].lower()) and _identification_note(an, i, *before[-1]):
        before.pop()
    return bool(before) and bool(_CODE_WARNING.search(before[-1][1].lower()))


# a sentence that points back to the channel named before it: «Там же можно ...», "Seal saab ka ...", "Samas ..."
_BACK_TO_CHANNEL = re.compile(r"(?i)\W*(?:(?:и|а|ja|ning)\s+)?(?:там\s+же|там\s+(?:вы\s+)?(?:также|тоже)|там|туда"
                              r"|seal(?:samas)?|sinna|samas)(?!\w)")
_HOW_THEN_WORDS = 8


def _asked_how_then(an, i: int) -> bool:
    """Does agent unit i answer a client's short question of how then (a question of at most eight words, no
    number: «А как тогда узнать?», "Kuidas ma siis teada saan?") put right after the agent's message that
    warned them not to type the code in the open chat (its last two sentences)?"""
    from trainer.scoring.identification_talk import _CODE_WARNING

    if i < 2 or an.turns[i - 1].role != "client" or an.turns[i - 2].role != "agent":
        return False
    client = an.turns[i - 1].text
    if len(_words(client)) > _HOW_THEN_WORDS or tx.find_numbers(client) \
            or not any(_asks(an, i - 1, s) for _, _, s in an.sentences(i - 1)):
        return False
    return any(_CODE_WARNING.search(s.lower()) for _, _, s in an.sentences(i - 2)[-2:])


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
    from trainer.scoring.disclosure import _LOGGED_IN
    from trainer.scoring.identification_talk import _CODE_WARNING

    folded = tx.fold(sentence)
    login = _LOGGED_IN.search(folded)
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
    if not any(_CODE_WARNING.search(s.lower()) for s in before[-1:] + after[:1]) or not _ID_WORDS.search(sentence):
        return False
    # what the agent itself does not do with it: a first person and a denial, in a sentence of 20 words at most
    words = _words(sentence)
    return len(words) <= 20 and any(w in _FIRST_PERSON for w in words) and any(w in _DENY for w in words)


_FIRST_PERSON = frozenset("ma mina me meie я мы".split())


@per_analysis  # _question and the before_answer scope both ask
def needs_answer(an) -> tuple[int, int] | None:
    """(unit, sentence start) of the answer a clarifying question must come before, or None (see the module
    docstring)."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client" and not line_check(t.text)),
                        len(an.turns))
    agents = [i for i in an.agent_indexes if i > first_client]
    answer = _first_answer(an, [(i, 0) for i in agents])
    if answer is None:
        return None
    unit = answer[0]
    client, agent = unit + 1, unit + 2
    if agent >= len(an.turns) or an.turns[client].role != "client" or not rejects(an.turns[client].text):
        return past_side_answer(an, answer, agents)  # side_answers.py: the client asks again, the agent asks
    side = past_side_answer(an, answer, agents)
    if side != answer:
        return side  # "no ma ei teadnud seda ju. ja nüüd mis ma teen?": rejected and asked again (blind round 29)
    for agent in [i for i in agents if i > unit]:
        informs = False
        for a, b, sentence in an.sentences(agent):
            if _asks(an, agent, sentence):
                later = _first_answer(an, [(agent, b)] + [(i, 0) for i in agents if i > agent])
                return later or answer
            if an.is_inform(agent, a, b, sentence):
                if an._takes_up_client(agent, sentence):
                    return answer  # the agent answered the rejection before asking
                informs = True
        # the agent may first identify the caller ("summa vaatamiseks pean teid tuvastama, öelge isikukood"): the
        # question after the identification still comes before the answer
        if informs or not _only_identifies(an, agent):
            return answer
    return answer


_IDENTIFYING = ("identification_request", "name_request", "verification_item")


def _only_identifies(an, i: int) -> bool:
    """Does agent unit i only ask for the identification: each sentence of it a request for the code or the
    name ("palun öelge oma isikukood", «назовите, пожалуйста, Ваш личный код») or of three words at most
    ("aitäh", «одну минуту»)?"""
    found = an.matches(i, _IDENTIFYING)
    return bool(found) and all(len(_words(s)) <= 3 or any(a <= m.start < b for m in found)
                               for a, b, s in an.sentences(i))


# a client's first words that only greet or check the line: «алло, вы меня слышите?», "halloo, kas on kuulda?"
_LINE_CHECK = frozenset("""алло алле ало да здравствуйте здрасте здрасьте добрый день девушка вы меня слышите слышно
    hallo halloo tere jah kas te mind kuulete kuulda on seal keegi""".split())
# an interjection of speech that says nothing ("oi", «ой», «ну»): blind round 24 («ой здравствуйте а можно по-русски»)
_INTERJECTION = frozenset("ой ох ах ай ну oi oih ohh ah noh".split())


# a request for the language of the call: «а можно по-русски, я по-эстонски плохо говорю», "kas saaks eesti keeles,
# ma vene keelt ei oska" (folded): the names of the languages, and the words around them
_LANGUAGE_NAMES = re.compile(r"по-(?:русски|эстонски|английски)|(?:русск|эстонск|английск)\w*|eesti|vene|inglise")
_LANGUAGE_ASK = frozenset(tx.fold(w) for w in """а можно могу можем ли давайте будем говорить поговорить
    разговаривать писать общаться на по языке язык я мне плохо не очень понимаю говорю знаю пожалуйста тере
    извините простите
    kas saaks saab saame võiks voiks võib voib tohib rääkida raakida suhelda kirjutada keeles keelt keel ma mina
    ei oska oskan räägi raagi räägin raagin saa aru hästi hasti halvasti väga vaga palun vabandust vabandage
    здравствуйте""".split())
_HESITATION = re.compile(r"(?:э+|е+|м+|ee+|öö+|mm+)")


def line_check(text: str) -> bool:
    """Does a client's message only greet or check the line («алло алло да здравствуйте вы меня слышите", "halloo,
    kas mind on kuulda?"), or ask for the language of the call («а можно по-русски пожалуйста я по-эстонски
    плохо», "kas saaks eesti keeles, ma vene keelt ei oska")? It raises no matter: the agent's "jah, kuulen
    Teid hästi" or «да, конечно, можно по-русски» answers nothing of it."""
    words = [w for w in _words(text) if not _HESITATION.fullmatch(w) and w not in _INTERJECTION]
    if not words:
        return False
    if all(w in _LINE_CHECK for w in words):
        return True
    return any(_LANGUAGE_NAMES.fullmatch(w) for w in words) and all(
        w in _LINE_CHECK or w in _LANGUAGE_ASK or _LANGUAGE_NAMES.fullmatch(w) for w in words)


_FRAME_RU = (frozenset("правильно верно".split()), frozenset("понимаю поняла понял".split()))
_FRAME_ET = (frozenset("oigesti tapselt".split()), frozenset({"aru"}))


@lru_cache(maxsize=16_384)  # a pure function of the text
def is_check_frame(sentence: str, lang: str) -> bool:
    """A check of understanding: «Правильно ли я понимаю, что ...», "Kas ma sain õigesti aru, et ...", or a
    restatement of the need ("Вы хотите узнать ...", see `tx.restates_need`)."""
    head = _words(sentence)[:6]
    for first, second in (_FRAME_RU, _FRAME_ET):
        if any(w in first for w in head) and any(w in second for w in head):
            return True
    # in speech the frame may follow a lead: "aitäh enne kui ma vaatan kas ma saan õigesti aru et ..."
    return tx.restates_need(sentence, lang) or check_frame_span(_words(sentence), lang) is not None


def recited_in_opener(an, i: int, quote: str) -> bool:
    """Is the cue ``quote`` of agent unit i ("kokkuvõtteks", «правильно ли я понимаю», "saan aru, et see on
    Teile oluline") one the agent already said in the opening, before the client said anything? A cue said
    there checks, sums up and acknowledges nothing (there is nothing yet), and the same cue said again later
    is that recitation repeated: the checklist read out, no act (blind round 9)."""
    raw = getattr(an, "raw", an)
    if not raw.turns or raw.turns[0].role != "agent" or i == 0 or len(raw.turns) < 2:
        return False
    words = _words(quote)
    if not words:
        return False
    opener = " " + " ".join(_words(raw.turns[0].text)) + " "
    return " " + " ".join(words) + " " in opener


def frame_of(sentence: str) -> str:
    """The frame words of a check of understanding, up to its verb of understanding («правильно ли я
    понимаю», "kas ma sain õigesti aru"); empty when the sentence has none."""
    words = _words(sentence)
    for k, w in enumerate(words[:6]):
        if w in _FRAME_RU[1] or w in _FRAME_ET[1]:
            return " ".join(words[:k + 1])
    return ""


def clarifies(an, i: int, sentence: str, answered: bool) -> bool:
    """Does a question of agent unit i clarify the client's matter? A check of understanding restates what
    the client said: one of what they ask that takes up nothing of it and that the client denies guessed a
    question never asked ("Kas küsite lapsetoetuse kohta?" to a question about parental benefit: "Ei, ..."),
    and checks again and again with no answer after them only echo the client (an agent who paraphrases
    every message back). Other questions clarify; a check that only gives the client's own words back
    (`echoes_client`) clarifies nothing."""
    if (empty_question(sentence) and not _opens_next_question(an, i, sentence)) or offers_transcript(sentence) \
            or offers_postponement(sentence) or topic_only(an, i, sentence) or offers_named_kind(an, i, sentence):
        return False  # nothing of the matter asked; «Хотите копию переписки?", "räägime hiljem?" offer the call's own service
    start = an.turns[i].text.find(sentence)
    if start >= 0 and (echoes_client(an, i, start, start + len(sentence))
                       or pastes_message(an, i, start, start + len(sentence))):
        return False
    if start >= 0 and arranges_identification(an, i, start, sentence):
        return False
    if answered and start >= 0 and _goes_on_answering(an, i, start, sentence):
        return False
    if not answered and stalls(an):
        return False
    if answered and _asks_about(sentence, an.language) and _corrected(an, i) and not _clause_alternative(
            sentence, an.language) and _correction_ignored(an, i, sentence):
        return False  # a guess the client corrects ("ei, ma mõtlen toitjakaotuspensioni"), answered anyway
    if not is_check_frame(sentence, an.language):
        return True
    if start >= 0 and frame_then_cues(an, i, start, sentence):
        return False  # «правильно ли я понимаю ваш вопрос итак подведём итог спасибо за обращение»
    if _frame_recited(an, sentence) or _recites_topics(an, i, sentence) or keyword_check(sentence, an.language) \
            or pasted_with_answer(an, sentence):
        return False
    if recited_in_opener(an, i, frame_of(sentence)):
        return False  # «правильно ли я понимаю» recited in the opening before the client spoke, said again
    if not answered:
        # one check with nothing after it still asked; checking again and again without answering echoes
        return sum(1 for j in an.agent_indexes for _, _, s in an.sentences(j)
                   if _asks(an, j, s) and is_check_frame(s, an.language)) < 2
    # a check of what the client asks that takes up nothing they said and that they deny ("ei, ma ei
    # küsinud ...") guessed a question never asked; a check of their situation may infer
    if not _asks_about(sentence, an.language) or _takes_up(an, i, sentence):
        return True
    return not _denied(an, i)


def _denied(an, i: int) -> bool:
    reply = i + 1
    return reply < len(an.turns) and an.turns[reply].role == "client" and denies(an.turns[reply].text)


# what follows an opening "ei" / «не» that says "I don't know" rather than "not that" ("ei tea", «не знаю»)
_UNSURE = frozenset("tea teagi tean oska oskagi знаю понимаю помню".split())


def _clause_alternative(sentence: str, lang: str) -> bool:
    """Is the last alternative of an either-or question a clause of its own, with a finite verb («вы спрашиваете
    про дату выплаты или у вас какая-то выплата не пришла», "küsite maksepäeva kohta või on mõni makse tulemata")?
    The client's «нет»/"ei" then answers that clause and so chooses the other alternative: no correction of a
    guess (blind round 24), unlike «нет» to «Вы про пенсию или про пособие?»."""
    from trainer.scoring.confirmed import _EITHER_OR
    from trainer.scoring.finite_verbs import has_finite_verb

    words = _words(sentence)
    ors = [k for k, w in enumerate(words) if w in _EITHER_OR]
    return bool(ors) and ors[-1] >= 2 and has_finite_verb(" ".join(words[ors[-1] + 1:]), lang)


def _corrected(an, i: int) -> bool:
    """Does the client's reply to agent unit i open by saying "not that" ("Ei, ma mõtlen ...", "ei ma küsin ...",
    «Нет, я про ...», «Не только.»), not "I don't know" ("Ma ei teagi, mis vahe neil on", «Не знаю»)?"""
    reply = i + 1
    if reply >= len(an.turns) or an.turns[reply].role != "client":
        return False
    words = _words(an.turns[reply].text)
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and words[0] in ("ei", "нет", "не") and (len(words) == 1 or words[1] not in _UNSURE)


def _nouns(text: str, lang: str) -> list[frozenset[str]]:

    return [lem for lem in _content_lemmas(text, lang) if not _verbal(lem)]


def _correction_ignored(an, i: int, sentence: str) -> bool:
    """Did the agent's next reply, after the client corrected the guess of agent unit i ("Kas küsite
    matusetoetuse kohta?" - "Ei, ma mõtlen toitjakaotuspensioni ..."; «Вы спрашиваете о сроках выплаты
    российской пенсии?» - «Не только. Я спрашиваю, где взять помощь на похороны»), answer the guessed topic
    and nothing of the correction: a word of the guess in it, no word the correction added (blind round 17)?
    The question was asked and its answer ignored: it clarified nothing."""
    j = next((k for k in range(i + 1, len(an.turns)) if an.turns[k].role == "agent"), None)
    if j is None:
        return False
    correction = [lem for k in range(i + 1, j) for lem in _nouns(an.turns[k].text, an.language)]
    guess = _nouns(sentence, an.language)
    said_in_guess = frozenset().union(*guess)
    added = [lem for lem in correction if not lem & said_in_guess]
    guessed = [lem for lem in guess if not any(lem & c for c in correction)]
    answer = frozenset().union(*_nouns(an.turns[j].text, an.language))
    return bool(added) and any(lem & answer for lem in guessed) and not any(lem & answer for lem in added)


# the words that close the frame of a check on the question itself: «... ваш вопрос», "... teie küsimusest"
_FRAME_TAIL = frozenset(tx.fold(w) for w in """ли я правильно верно ваш вопрос teie kusimus kusimust kusimusest
    kusimusele oigesti tapselt""".split())
# what a thanks or an apology is for: «спасибо за обращение», "aitäh pöördumast"
_CUE_OBJECTS = frozenset(tx.fold(w) for w in """за обращение обращения звонок ожидание терпение неудобства вас
    pöördumast helistamast kirjutamast ootamast kannatlikkuse eest teid""".split())


def frame_then_cues(an, i: int, start: int, sentence: str) -> bool:
    """Is the check only its frame («правильно ли я понимаю ваш вопрос», "kas ma saan õigesti aru teie
    küsimusest") followed by nothing but cue phrases of other stages («итак подведём итог спасибо за
    обращение», "kokkuvõtteks aitäh pöördumast")? The frame is a tag recited inside the chain; with nothing
    of the client's matter after it, it checks nothing (with the matter restated after it, it does)."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    verb = next((k for k, t in enumerate(tokens[:8]) if t.norm in _FRAME_RU[1] or t.norm in _FRAME_ET[1]), None)
    if verb is None:
        return False
    k = verb + 1
    while k < len(tokens) and tokens[k].norm in _FRAME_TAIL:
        k += 1
    if k == len(tokens):
        return False  # the bare frame: judged elsewhere (a check closing a statement, "... kas ma sain õigesti aru")
    cues = [(p, q) for p, q, _ in an.cues(i)]
    rest = [t for t in tokens[k:] if not any(p <= start + t.start < q for p, q in cues)]
    return len(rest) < len(tokens) - k and all(t.norm in _CUE_OBJECTS for t in rest)


# the words of a question that names no matter: the question, information, a benefit in general, importance
_GENERIC = frozenset(tx.fold(w) for w in """kas te teie teil teile teid see seda on oleks küsimus küsimuse küsimust
    küsimusega küsimuses puudutab puudutavad soovite tahate sooviksite tahaksite teavet teave infot info
    informatsiooni toetus toetust toetuse toetusi hüvitis hüvitist hüvitise abi oluline olulise tähtis täpsustada
    saada kohta mure teema asja asi midagi ikka veel
    ли ваш ваша вашем вопрос вопроса касается вы вас вам хотите хотели бы получить информацию информация
    информации пособие пособия пособий выплата выплаты выплат помощь помощи важен важно важный для уточнить
    это у есть о об по поводу тема дело
    palun täpsustage öelge kirjutage пожалуйста уточните скажите напишите""".split())


# a request to tell, bare: «скажите, пожалуйста», "palun täpsustage" (folded)
_BARE_REQUEST = frozenset(tx.fold(w) for w in "täpsustage öelge kirjutage уточните скажите напишите".split())


def _opens_next_question(an, i: int, sentence: str) -> bool:
    """Is a bare request to tell («скажите пожалуйста») cut by the speech breaks from the question it opens: the
    next sentence of the same unit asks («... Скажите пожалуйста. Вы думаете о том, чтобы ...»)? Then it is that
    question's opening; at the end of a message, or before more cue words, it asks nothing."""
    if not any(w in _BARE_REQUEST for w in _words(sentence)):
        return False
    following = [(a, b, s) for a, b, s in an.sentences(i) if s.strip() == sentence.strip()]
    if not following:
        return False
    end = following[0][1]
    nxt = next(((a, b, s) for a, b, s in an.sentences(i) if a >= end), None)
    return nxt is not None and (_asks(an, i, nxt[2]) or an.confirmed_check(i, *nxt))


# the offer of the chat's transcript ("Kas soovite vestluse ärakirja?", «Хотите копию переписки?»): the chat's own
# service, nothing of the client's matter asked (a copy of the decision, "otsuse koopia", is the matter)
_TRANSCRIPT = re.compile(r"\barakir\w*|\bvestluse\s+(?:koopia|teksti?)\w*|"
                         r"\bкопи\w*\s+(?:этого\s+|нашего\s+|всей\s+)?(?:чат|переписк|разговор|диалог)\w*|"
                         r"\bстенограмм\w*")


def offers_transcript(sentence: str) -> bool:
    """Does the question offer the conversation's transcript (not a copy of a document)?"""
    return bool(_TRANSCRIPT.search(tx.fold(sentence.lower())))


# an offer to put the matter off ("Kas soovite, et räägime sellest hiljem, kui olete valmis?", «Может, поговорим об
# этом позже?"): the call's own pace, nothing of the client's matter asked (folded text)
_POSTPONE = re.compile(
    r"\b(?:raagime|arutame|jatkame|vaatame)\s+(?:(?:sellest|seda|selle|asjast|asju|edasi|siis|koos|uuesti)\s+){0,3}"
    r"(?:hiljem|teine\s+kord|moni\s+teine\s+kord|homme)\b"
    r"|\b(?:поговорим|вернемся|обсудим|продолжим|разберемся)\s+(?:(?:об|к|с|этом|этому|это|вами|всем)\s+){0,3}"
    r"(?:позже|потом|в\s+другой\s+раз|завтра)\b")


def offers_postponement(sentence: str) -> bool:
    """Does the question offer to take the matter up later (not now) rather than ask about it?"""
    return bool(_POSTPONE.search(tx.fold(sentence.lower())))


def empty_question(sentence: str) -> bool:
    """Is the question made only of generic words ("Kas Teie küsimus puudutab toetust?", "Kas soovite teavet?",
    «Вопрос для Вас важен?», «Хотите получить информацию?», a bare «уточните, пожалуйста», "palun täpsustage")?
    It names nothing of the client's matter and asks nothing a reply could clarify it by; a question word ("Millise toetuse kohta?") or a word of the
    matter ("Kas toetus on määratud?", «... родительской компенсации или детского пособия?») asks."""
    words = _words(sentence)
    return bool(words) and all(w in _GENERIC for w in words)


# whose code was read: "kas see on teie kood või teie ema oma", «это ваш код или код вашего отца»
_WHOSE_CODE = re.compile(
    r"(?i)(?<!\w)(?:(?:teie|tema|sinu|minu|kelle)\s+(?:(?!pin|puk)\w+\s+)?(?:isiku)?kood\w*"
    r"|(?:ваш|её|ее|его|чей|мой|твой)\w*\s+(?:(?!pin|puk|пин|пук)\w+\s+)?код\w*"
    r"|код\w*\s+(?:ваш\w*|её|ее|его|чей)(?!\w))")
# where the person whose data it is is: "kas ema on praegu teie kõrval", «он сейчас рядом с вами»
_PRESENCE = re.compile(
    r"(?i)(?<!\w)(?:kõrval|korval|juures|lähedal|lahedal|läheduses|laheduses|kodus|telefoni\w*"
    r"|рядом|поблизости|дома|телефон\w*|трубк\w*)(?!\w)")
# (round 30) whether the person the call is about is beside the caller, with or without a word of the power of attorney
# before it: "kas teie ema on ise praegu seal kõrval", «а мама сейчас рядом с Вами?»; not where she lives ("kas ema
# elab teie juures", «мама живёт рядом?»: the household is the matter), and not an either-or (below)
_THIRD_AT_HAND = re.compile(r"(?i)(?<!\w)(?:kõrval|korval|lähedal|lahedal|läheduses|laheduses|рядом|поблизости)(?!\w)")
_THIRD_PERSON = re.compile(
    r"(?i)(?<!\w)(?:ema|isa|poeg|tütar|tutar|abikaasa|vanaema|vanaisa|vend|õde|ode|mees|naine|tema|ta"
    r"|мама|мать|папа|отец|сын|дочь|дочка|муж|жена|бабушка|дедушка|брат|сестра|он|она)(?!\w)")
# an either-or asks whose matter it is and for whom the caller speaks («рядом с вами или вы за неё звоните»): it asks
_OR = re.compile(r"(?i)(?<!\w)(?:või|voi|или|либо)(?!\w)")
_LIVES = re.compile(r"(?i)(?<!\w)(?:ela\w*|живет|живёт|живут|жив[её]шь|проживает)(?!\w)")
# the agent may not tell the data to the caller: a power of attorney, «не могу сообщить Ваши данные»
_DATA_GUARD = re.compile(
    r"(?i)(?<!\w)(?:volikir\w*|volitus\w*|доверенност\w*"
    r"|(?:ei\s+tohi|ei\s+saa|не\s+могу|не\s+имею\s+права)[^.?!]{0,40}(?:andme\w*|данн\w*|öelda|oelda|сообщ\w*))")


# around a name read back: «спасибо ... правильно», "aitäh ... on see õige"
_NAME_FRAME = frozenset(tx.fold(w) for w in """спасибо правильно верно так да ли это вы вас зовут
    aitah tanan oige on see te teie kas jah nii""".split())


def _reads_name_back(an, i: int, sentence: str) -> bool:
    """Is the question a name read back from the register for the caller to confirm («спасибо соколов виктор
    правильно», "aitäh, Mari Tamm, on see õige?"): names the client did not say, and only frame words?"""
    from trainer.text.names import is_first_name, is_surname

    said = {w for msg in _client_words(an, i) for w in msg}
    rest = [w for w in _words(sentence) if w not in _NAME_FRAME]
    return bool(rest) and any(is_first_name(w) for w in rest) and all(
        (is_first_name(w) or is_surname(w)) and w not in said for w in rest)


def arranges_identification(an, i: int, start: int, sentence: str) -> bool:
    """Does the question of agent unit i (at ``start``) arrange identification, not ask about the matter? Whose
    code was read ("kas see on teie kood või teie ema oma", «это ваш код или код вашего отца»), or, said where
    the agent may not tell the caller the data (no power of attorney), whether the person whose data it is is
    at hand ("... ilma volikirjata ... kas ema on praegu teie kõrval", «без доверенности ... он сейчас рядом с
    вами»): the client is identified through it, the matter is not clarified."""
    if _WHOSE_CODE.search(sentence) or _reads_name_back(an, i, sentence) or repairs_code(an, i, start, sentence):
        return True  # also the digits of a code found wrong, repaired (blind round 18)
    if not _PRESENCE.search(sentence):
        return False
    if _THIRD_AT_HAND.search(sentence) and _THIRD_PERSON.search(sentence) and not _LIVES.search(sentence) \
            and not _OR.search(sentence):
        return True  # "kas teie ema on praegu seal kõrval", «мама сейчас рядом с вами?» (round 30): consent at hand
    earlier = [j for j in an.agent_indexes if j < i][-1:]
    said = an.turns[i].text[:start] + " " + " ".join(an.turns[j].text for j in earlier)
    return bool(_DATA_GUARD.search(said) or _DATA_GUARD.search(sentence))


def _frame_recited(an, sentence: str) -> bool:
    """Is the check's frame («правильно ли я понимаю», "kas ma sain õigesti aru") asked in three or more agent
    messages? Said in every turn around whatever the client said last, it is a cue recited, no check."""
    frame = frame_of(sentence)
    if not frame:
        return False
    return sum(1 for j in an.agent_indexes
               if any(frame_of(s) == frame and is_check_frame(s, an.language) and _asks(an, j, s)
                      for _, _, s in an.sentences(j))) >= 3


# a check of the topic the client asks about: «ваш вопрос касается ...», "teie küsimus puudutab ..."
_TOPIC = re.compile(r"(?i)(?<!\w)(?:вопрос\w*|речь|тем[аеуы]|küsimus\w*|kusimus\w*|teema\w*|jutt)(?!\w)")


def _recites_topics(an, i: int, sentence: str) -> bool:
    """Does a check of the topic of the client's question bring numbers the client never said («правильно ли я
    понимаю что ваш вопрос касается пенсии по старости 65 лет 15 лет стажа народной пенсии ...»)? It lists the
    topic's facts, not the client's question; a date names which payment or letter they mean, no fact. A check
    of what the client wants may work out a number ("... soovite 30 päeva jagada kaheks: 10 päeva nüüd ja 20
    päeva suvel" to "10 nüüd ja ülejäänud suvel")."""
    if not _TOPIC.search(sentence):
        return False
    # a date picks out which payment or letter the client means ("... selle makse kohta, mis tuli 8. detsembril"):
    # it checks the matter, it recites no fact of the topic
    said = {n.value for j in range(i) if an.turns[j].role == "client" for n in tx.find_numbers(an.turns[j].text)}
    return any(n.value not in said and n.kind != "date" and not _DAY_OF_MONTH.match(sentence[n.end:])
               and not _ends_on_day(sentence, n) for n in tx.find_numbers(sentence))


def _ends_on_day(sentence: str, n) -> bool:
    """Is the number an ordinal of a day that ends the sentence ("... mis tavaliselt tuleb viiendal", «... которая
    приходит пятого»): the day of the month a payment comes on, naming which payment is meant?"""
    return n.kind == "ordinal" and n.value.isdigit() and 1 <= int(n.value) <= 31 \
        and not _words(sentence[n.end:])


# a day of the month after an ordinal: "viiendal kuupäeval", "8. kuup" (abbreviated), «пятого числа»: a date too
_DAY_OF_MONTH = re.compile(r"(?i)\s*(?:kuupäev\w*|kuupaev\w*|kuup\b|kp\b|числ\w*)")


def _goes_on_answering(an, i: int, start: int, sentence: str) -> bool:
    """Is the sentence, after the answer in the answer's own unpunctuated message, a statement about
    the client with nothing that marks a question (no question word or mark, no tag: «детское пособие само
    приходит ... вы его подтверждаете», "... te kinnitate selle iseteeninduses")? Said in the same breath as
    the answer, it reads as the answer going on, not as a question before it."""
    from trainer.scoring.asking import _is_spoken
    from trainer.text.questions import _ET_INTERROGATIVES, _RU_INTERROGATIVES, TAG_ENDS

    answer = needs_answer(an)
    if answer is None or answer[0] != i or start <= answer[1] or not _is_spoken(an.turns[i].text):
        return False
    words = _words(sentence)
    if not words or words[-1] in TAG_ENDS | {"jah", "vä", "vai"} or tx.is_question(sentence, an.language):
        return False
    if any(w in _ASKING_MARKS or w in _RU_INTERROGATIVES or w in _ET_INTERROGATIVES for w in words):
        return False  # «вы про это письмо или пришло другое», «вы письмо когда получили»: an either-or or a question word
    return tx.is_check_statement(sentence, an.language) and not tx.restates_need(sentence, an.language)


_ASKING_MARKS = frozenset("или либо või voi".split())


def stalls(an) -> bool:
    """Do the agent's questions stand in for the answer? With no answer in the whole conversation, a client who
    asks again after two of the agent's questions ("jah, sain eile. aga tähtaeg?", «да. а срок какой?») was
    sent questions back instead of an answer: they clarify nothing (blind round 10)."""
    cache = an.__dict__.setdefault("_stalls", [])
    if not cache:
        cache.append(sum(1 for i in an.agent_indexes[1:]
                         if i + 1 < len(an.turns) and an.turns[i + 1].role == "client"
                         and any(_asks(an, i, s) for _, _, s in an.sentences(i))
                         and _client_asks_again(an, i + 1)) >= 2)
    return cache[0]


def _client_asks_again(an, j: int) -> bool:
    from trainer.scoring.asking import _asks_question

    text = an.turns[j].text
    return any(_asks_question(text, s, an.language, client=True) for _, _, s in an.sentences(j))


def denies(text: str) -> bool:
    """Does a client's reply open by denying ("Ei, ...", "ma ei küsinud ...", «Нет, ...»: a denial among its
    first three words)? Not a refusal further on ("milleks teile ...? ma ei taha ...")."""
    words = _words(text)
    while len(words) > 1 and words[0] in _LEADS:
        words = words[1:]
    return any(w in _DENY for w in words[:3])


_DENY = frozenset("ei pole ega не нет".split())


def _asks_about(sentence: str, lang: str) -> bool:
    """Does a check restate what the client asks ("... et küsite lapsetoetuse kohta", «... что Вы
    спрашиваете о сроке»), not their situation («..., что ребёнок родился недавно»)?"""
    return tx.restates_need(sentence, lang) or any(w in _ASKING for w in _words(sentence))


# the client's asking or wanting to know, in a check: "... et küsite ...", «... что Вы спрашиваете ...»
_ASKING = frozenset("""kusite kusisite uurite soovite tahate спрашиваете спросили интересуетесь хотите
    узнать""".split())


def _takes_up(an, i: int, sentence: str) -> bool:
    """Does the sentence share a content word that is no verb (a noun, a number) with what the client said
    before unit i?"""
    said: set[str] = set()
    stems: set[str] = set()
    for j in range(i):
        if an.turns[j].role == "client":
            for lem in _content_lemmas(an.turns[j].text, an.language):
                said |= lem
            stems |= {w[:5] for w in _words(an.turns[j].text) if len(w) >= 5}
    mine = [lem for lem in _content_lemmas(sentence, an.language) if not _verbal(lem)]
    # or a compound that ends in the client's word: "tõendi" - "elusolekutõendit"
    return any(lem & said for lem in mine) or any(
        _compound_tail(w, stems) for w in _words(sentence) if len(w) >= 8)


def _compound_tail(word: str, stems: set[str]) -> bool:
    """Does the word end in one of the stems (five letters) after three letters or more, before at most a
    case ending: "elusolekutõendit" ends in "tõend"?"""
    for stem in stems:
        k = word.find(stem, 3)
        if k >= 3 and len(word) - k - 5 <= 4:
            return True
    return False


# quoted text in an agent message: «...», „...“, "..."
_QUOTE = re.compile(r"«([^»]*)»?|„([^“”]*)[“”]?|\"([^\"]*)\"")
# the words that frame a check of understanding or a summary around what it restates (folded)
_FRAME_WORDS = frozenset(tx.fold(w) for w in """правильно верно ли я понимаю поняла понял что вы вас хотите хотели
    узнать спрашиваете спросили интересуетесь итак итог подведём подведем итого то есть
    kas ma sain saan õigesti täpselt aru et te teie soovite soovisite tahate tahtsite teada küsite küsisite
    ehk kokkuvõtteks nii siis""".split())


def _client_words(an, i: int) -> list[list[str]]:
    return [_words(an.turns[j].text) for j in range(i) if an.turns[j].role == "client"]


def _contiguous_in(words: list[str], said: list[list[str]]) -> bool:
    n = len(words)
    return any(msg[k:k + n] == words for msg in said for k in range(len(msg) - n + 1))


def _pasted_spans(an, i: int) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage of agent unit i that is the client's own words (two or more, in
    their order, from one earlier client message)."""
    cache = an.__dict__.setdefault("_pasted_cache", {})
    if i in cache:
        return cache[i]
    said = None  # read only when the unit quotes something
    out = cache[i] = []
    for m in _QUOTE.finditer(an.turns[i].text):
        words = _words(next(g for g in m.groups() if g is not None))
        if said is None:
            said = _client_words(an, i)
        if len(words) >= 2 and _contiguous_in(words, said):
            out.append((m.start(), m.end()))
    return out


_PASTE_WORDS = 6  # words of a client message copied in a row: a paste, not a paraphrase
_PASTE_SHARE = 0.8  # of the client message


def _pasted_messages(an, i: int) -> list[tuple[int, int]]:
    """(start, end) of each run of agent unit i that copies an earlier client message word for word: six or
    more words in a row, >= 80 % of that message ("Kas ma sain õigesti aru, et: Mul on ... Kas ma saan ...?"
    with the client's "mul" and "ma" kept), quoted or not."""
    cache = an.__dict__.setdefault("_pasted_msg_cache", {})
    if i in cache:
        return cache[i]
    tokens = [t for t in tx.tokenize_cached(an.turns[i].text) if t.is_word]
    mine = [t.norm for t in tokens]
    out = cache[i] = []
    for msg in _client_words(an, i):
        if len(msg) < _PASTE_WORDS:
            continue
        best, end = 0, 0
        prev = [0] * (len(msg) + 1)
        for x, w in enumerate(mine):
            row = [0] * (len(msg) + 1)
            for y, v in enumerate(msg):
                if w == v:
                    row[y + 1] = prev[y] + 1
                    if row[y + 1] > best:
                        best, end = row[y + 1], x + 1
            prev = row
        if best >= _PASTE_WORDS and best >= _PASTE_SHARE * len(msg):
            out.append((tokens[end - best].start, tokens[end - 1].end))
    return out


def pastes_message(an, i: int, a: int, b: int) -> bool:
    """Is the sentence at [a, b) of agent unit i, but for the frame words of a check, inside a client message
    pasted back (`_pasted_messages`: "Kas ma sain õigesti aru, et: <the client's message>", «Правильно ли я
    понимаю: <the client's message>»)? The client's own question asked back asks them nothing (blind round 17);
    a paraphrase in the agent's words ("Teil jäi ...") is no paste."""
    spans = _pasted_messages(an, i)
    if not spans:
        return False
    words = [t for t in tx.tokenize_cached(an.turns[i].text[a:b]) if t.is_word and t.norm not in _FRAME_WORDS]
    inside = [t for t in words if any(p <= a + t.start < q for p, q in spans)]
    return bool(words) and len(inside) >= 0.75 * len(words)


def echoes_client(an, i: int, a: int, b: int) -> bool:
    """Does the sentence at [a, b) of agent unit i only give the client's own words back: a pasted quote of
    them («Правильно ли я понимаю, что «<the client's message>»?») with nothing of the agent's own around it
    but the frame words, or a check whose words after its frame are copied (three-word runs, >= 75 % of six
    or more) from a client message ("Вы хотите узнать, <the client's question word for word>")? It clarifies
    and sums up nothing."""
    text = an.turns[i].text
    pasted = [(max(p, a), min(q, b)) for p, q in _pasted_spans(an, i) if p < b and q > a]
    sentence = text[a:b]
    if not pasted and not is_check_frame(sentence, an.language):
        return False
    own = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word
           and not any(p <= a + t.start < q for p, q in pasted)]
    rest = [w for w in own if w not in _FRAME_WORDS]
    if pasted:
        return not _content_lemmas(" ".join(rest), an.language)
    if len(rest) < 6:
        return False
    k = 0
    while k < len(own) and own[k] in _FRAME_WORDS:
        k += 1
    span = check_frame_span(own, an.language)
    if span and span[0] >= k:
        k = span[1]  # "aitäh enne kui vaatan kas ma saan õigesti aru et <the client's words>": after the frame
    body = own[k:]
    grams = {tuple(msg[j:j + 3]) for msg in _client_words(an, i) for j in range(len(msg) - 2)}
    covered = set()
    for j in range(len(body) - 2):
        if tuple(body[j:j + 3]) in grams:
            covered |= {j, j + 1, j + 2}
    return len(body) >= 6 and len(covered) >= 0.75 * len(body)
