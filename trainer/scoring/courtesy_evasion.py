"""Courtesy, fifth part: polite-sounding evasions and blame hidden in advice (blind round 17).

Used by `trainer.scoring.courtesy.rude`, in et and ru:

- :func:`pointer_instead_of_answer`: the client's question met, once, by a reply that says nothing but where the
  answer is ("see on otsuses kirjas", «Причина указана в решении», "toetuste tingimused leiate iseteenindusest", a
  bare link), an empty formula («Справки оформляются в установленном порядке», "vastavalt kehtivale korrale") or a
  hand-off ("all questions about the decision to the department that made it"), with only social formulas, step
  labels and "not my decision" («решение принимала не я», "mina seda otsust ei teinud") beside it. Not to a "where"
  or "how do I see it" question (the place answers that), not with a number, a yes or no, an offer or a question
  back, not the website with its address (an alternative, `courtesy_referral.referral_brush_offs`) unless the client says
  before or right after that she still wants her answer, and not when anything else is told (the answer with a pointer, or a referral naming the authority and what
  to ask there).
- :func:`advice_blame`: advice about what the client should do or watch in future "so that such a problem would not
  arise" ("Soovitan edaspidi ise jälgida ..., siis sellist probleemi ei teki", «Советую впредь самой следить ...,
  тогда такой проблемы не возникнет»): the cause of the trouble put on her. Neutral advice about next steps
  ("Edaspidi saate muudatusi ise iseteeninduses vaadata") and the agency's own promise («впредь мы будем проверять
  сами») are no blame.
- :func:`family_should_have`: someone of the client's who "should have" thought of it or told it ("Teie lapselaps
  oleks pidanud sellele mõtlema", «Ваша дочь должна была сообщить»): the blame put on her family.
- :func:`checklist_to_asking`: a checklist of the call's steps sent as the reply to a client who asks for her answer
  ("Вы мне ответите на вопрос?", "Что это? Мне нужно знать ...", before or right after it): a brush-off even once.
- :func:`details_after_complaint` (round 23): the client saying the reply missed her question ("seda ma tean, ma küsin
  miks", «это я знаю, я спрашиваю почему») and the next reply sending her elsewhere for the details ("täpsemalt
  iseteeninduses", «подробнее в самообслуживании») with no reason and no figure: a brush-off even once. So is (round
  26) a bare fragment to her "I am asking how" («в самообслуживании» and the opening's cue chain pasted again).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.verdict import Evidence
from trainer.text.keywords import copula_dash_at
from trainer.text.sources import SELF_SERVICE_ET, SELF_SERVICE_RU, WEBSITE_ET, WEBSITE_RU


@lru_cache(maxsize=16_384)  # a pure function of the text
def _folded(text: str) -> str:
    return " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(text) if t.is_word)


# -- a pointer instead of the answer ----------------------------------------------------------------------------------

_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ee|eu|com|org|net|ru)\b\S*")
_TAGS = re.compile(r"#\w+")
_PLACE = (rf"(?:{WEBSITE_ET}|{SELF_SERVICE_ET}|otsus\w*|kirja\b|kirjast|kirjas\b|{WEBSITE_RU}|{SELF_SERVICE_RU}|"
          r"решени\w*|письм\w*)")
# where it is to be found or is written: "leiate iseteenindusest", «размещена на сайте», «указана в решении»
_FOUND = (r"(?:leiate|leiab|naete|naeb|vaadake|vaadata|kirjas|margitud|toodud|avaldatud|найдете|найти|увидите|смотрите|"
          r"посмотрите|указан\w*|написан\w*|прописан\w*|размещен\w*|опубликован\w*|изложен\w*|описан\w*)")
_POINTER = re.compile(rf"\b{_FOUND}\b(?:\s+\w+){{0,4}}?\s+{_PLACE}|\b{_PLACE}(?:\s+\w+){{0,4}}?\s+{_FOUND}\b|"
                      rf"\b(?:{WEBSITE_ET}|{WEBSITE_RU})")
_POINTER_WORD = re.compile(rf"(?:{_FOUND}|{_PLACE}|link)")
_TOPIC_WORDS = 2  # words besides the pointer's own ("Основания отказа указаны в решении": 2); more tell something
# what the client is to do there: "Taotluse saab esitada kodulehel", «Заявление можно подать на сайте» tells how
_DOES = re.compile(r"\b(?:esita\w*|taotle\w*|taida\w*|saata|saatke|saatma|allkirjast\w*|sisesta\w*|logi\w*|подат\w*|"
                   r"подай\w*|пода[её]т\w*|заполн\w*|отправ\w*|подпис\w*|войт\w*|зайт\w*)\b")
# handing the questions off: «Все вопросы по решению – в отдел, который его принял», "Kõik küsimused otsuse kohta
# palun osakonnale, kes otsuse tegi"
_ALL_QUESTIONS = re.compile(r"\b(?:все|любые)\s+(?:\w+\s+)?вопросы\b|\b(?:koik|koiki)\s+(?:\w+\s+)?kusimus\w*")
_ELSEWHERE = re.compile(r"\b(?:в|к|во)\s+(?:\w+\s+)?(?:отдел\w*|специалист\w*|подразделени\w*|тем|тому|того|ним|нему)\b|"
                        r"\b(?:osakon\w*|spetsialist\w*|otsustaja\w*|neile|nendele|sinna)\b")
# an empty formula: «в установленном порядке», «в соответствии с действующим законодательством», "vastavalt kehtivale
# korrale", "seadusega ettenähtud korras"
_EMPTY = re.compile(
    r"\bв\s+установленном\s+(?:законом\s+)?порядке\b|\bв\s+соответствии\s+с\s+(?:действующим\s+|действующими\s+)?"
    r"(?:законодательством|законом|правилами|порядком)\b|\bсогласно\s+(?:действующему\s+|действующим\s+)?"
    r"(?:законодательству|закону|правилам|порядку)\b|\bvastavalt\s+(?:kehtivale\s+|kehtivatele\s+)?"
    r"(?:korrale|seadusele|seadusandlusele|oigusaktidele|reeglitele)\b|\b(?:ette\s+nahtud|ettenahtud|kehtestatud)\s+"
    r"korras\b|\bkehtiva\s+(?:korra|seaduse)\s+(?:jargi|kohaselt)\b")
_EMPTY_REST = 3  # words besides the formula in its clause: «Справки оформляются» (2) says nothing more
# "not my decision": «решение принимала не я», «повлиять на него я не могу», "mina seda otsust ei teinud"
_DISOWN = re.compile(
    r"\b(?:принимал\w*|принял\w*|выносил\w*|решал\w*)\s+не\s+я\b|\bне\s+я\s+(?:\w+\s+)?(?:принимал\w*|решал\w*|выносил\w*)\b|"
    r"\bя\s+(?:\w+\s+)?не\s+(?:принимал\w*|выносил\w*)\b|\bповлиять\s+(?:\w+\s+){0,3}?не\s+могу\b|"
    r"\bне\s+могу\s+(?:\w+\s+)?(?:повлиять|изменить)\b|\bне\s+(?:в\s+)?моей\s+компетенции\b|"
    r"\b(?:mina|ma)\s+(?:\w+\s+){0,2}?ei\s+(?:teinud|langetanud|otsustanud)\b|\bei\s+(?:teinud|langetanud)\s+mina\b|"
    r"\b(?:pole|ei\s+ole)\s+minu\s+(?:otsus|teha|otsustada)\b|\bma\s+ei\s+saa\s+(?:\w+\s+){0,2}?(?:muuta|mojutada|parata)\b")
# "where" and "how do I see / find it" are answered by the place
_SEE_ASKED = re.compile(r"\b(?:naha|naen|naeb|vaadata|leida|leian|kontrollida|jalgida|teada\s+saada|увидеть|увижу|"
                        r"посмотреть|найти|найду|проверить|отслеживать|следить|узнать)\b")
_RELATIVE = re.compile(r"^(?:который|которая|которое|которые|которого|которой|которым|кто|kes|mis|mille|kus|где)\b")
# "saan aru" («понимаю») is no "saan" (I can) offering help
_UNDERSTAND = re.compile(r"(?i)\bsaan\s+(?:\w+\s+)?aru\b")
# "I understand that ..." («понимаю, что Вам тяжело», "saan aru, et see on Teile raske"): the feeling taken up, not
# an answer
_FEEL = re.compile(r"\b(?:aru|moistan|moistame|понимаю|понимаем|сочувствую)$")
_THAT = re.compile(r"^(?:et|что|как)\b")
_CLAUSES = re.compile(r"[,;:–—]|\s-\s")


def _clauses(sentence: str, join_dash: bool = False) -> list[str]:
    """The clauses of a sentence, split at its punctuation; with `join_dash` a dash that stands for the verb
    (`copula_dash`: «Вопросы прессы – в отдел коммуникации», "Pressiküsimused – kommunikatsiooniosakonda") joins its two
    sides into one clause, as the verb would (new-user batch 68 data-request-journalist-ru terse)."""
    at = copula_dash_at(sentence) if join_dash else None
    if at is None:
        parts = _CLAUSES.split(sentence)
    else:
        head = [c for c in _CLAUSES.split(sentence[:at]) if c.strip()]
        tail = _CLAUSES.split(sentence[at + 1:])
        parts = [*head[:-1], (head[-1] if head else "") + " – " + tail[0], *tail[1:]]
    return [c for c in parts if any(t.is_word for t in tx.tokenize_cached(c))]


def _pointer_clause(folded: str) -> bool:
    """Is the clause (folded words) a pointer to a source with at most a few topic words ("Vaidlustamise võimalused
    on otsuses kirjas", «Подробная информация размещена на сайте»)? "Vormi leiate kodulehelt ja saate selle esitada
    iseteeninduses" tells more than where."""
    from trainer.scoring.courtesy_answers import POINTER_WORDS

    if not _POINTER.search(folded) or _DOES.search(folded):
        return False
    rest = [w for w in folded.split() if w not in POINTER_WORDS and not _POINTER_WORD.fullmatch(w)]
    return len(rest) <= _TOPIC_WORDS


def _empty_clause(clause: str) -> bool:
    folded = _folded(clause)
    m = _EMPTY.search(folded)
    return bool(m) and len(folded.split()) - len(m.group(0).split()) <= _EMPTY_REST


def _points_only(an: TranscriptAnalysis, text: str) -> str | None:
    """The first pointer sentence if the text (tags and links taken out) says nothing but pointers, empty
    formulas, hand-offs and "not my decision" beside social formulas and step labels; else None."""
    from trainer.scoring.courtesy_informs import sentence_informs

    links = bool(_URL.search(text))
    text = _TAGS.sub(" ", text)
    sentences = [s.strip() for _, _, s in tx.split_sentences(text) if _folded(_URL.sub(" ", s))]
    if links and not sentences:
        return text.strip()  # a bare link
    first = None
    for s in sentences:
        folded = _folded(_URL.sub(" ", s))
        handoff = bool(_ALL_QUESTIONS.search(folded) and _ELSEWHERE.search(folded))
        if not sentence_informs(an, s) and not handoff and not _pointer_clause(folded) and not _empty_clause(s):
            continue  # a label, a social or empathy formula ("saan aru, et see on Teile raske")
        felt = False
        # "all questions – to another department" stays a hand-off: its dash joins nothing
        for c in _clauses(_URL.sub(" link ", s) if _URL.search(s) else s, join_dash=not handoff):
            fc = _folded(c)
            if _pointer_clause(fc) or _empty_clause(c) or (handoff and _ALL_QUESTIONS.search(fc)) \
                    or (_URL.search(s) and fc.strip() == "link"):
                first = first or s
            elif not (_DISOWN.search(fc) or _RELATIVE.match(fc) or (felt and _THAT.match(fc))
                      or not sentence_informs(an, c)):
                return None  # something told besides the pointer
            felt = bool(_FEEL.search(fc))
    return first


def pointer_instead_of_answer(an: TranscriptAnalysis) -> list[Evidence]:
    """The client's question met by a reply that only points to where the answer is (module docstring)."""
    from trainer.scoring.courtesy_answers import asks_at_all
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import ANSWER_SHAPE, WHERE
    from trainer.scoring.courtesy_tone import signature_free

    raw = an.raw
    if raw.language not in ("et", "ru"):
        return []
    own = signature_free(an)
    offer = an.phrase_set(("offer", "further_help"))
    for i in raw.agent_indexes:
        if i == 0 or raw.turns[i - 1].role != "client":
            continue
        asked = raw.turns[i - 1].text
        if not (asks_at_all(raw, i - 1) or _wants_answer(asked)) or WHERE.search(asked) or _SEE_ASKED.search(_folded(asked)):
            continue
        text = " ".join(own.get(p[1], "") for p in raw.turns[i].parts).strip()
        bare = _URL.sub(" ", text)
        if not text or "?" in text or YES_NO.search(bare) or ANSWER_SHAPE.search(bare) \
                or any(not m.negated for m in offer.find_all(_UNDERSTAND.sub(" ", text))):  # "не могу" offers nothing
            continue
        # the website with its address beside words ("Kogu info on kodulehel www.sotsiaalkindlustusamet.ee.") is an
        # alternative the client can use, unless she says, before or right after, that she still wants her answer
        after = raw.turns[i + 1].text if i + 1 < len(raw.turns) and raw.turns[i + 1].role == "client" else ""
        if _URL.search(text) and _folded(bare) and not (_wants_answer(asked) or (after and _wants_answer(after))):
            continue
        pointer = _points_only(an, text)
        if pointer:
            return [raw.evidence(i, pointer)]
    return []


# -- blame hidden in advice -------------------------------------------------------------------------------------------

_ADVICE = {"et": re.compile(r"\b(?:soovitan|soovitame|soovitaksin|soovitaksime|soovitatav)\b"),
           "ru": re.compile(r"\b(?:советую|советуем|рекомендую|рекомендуем|посоветую|советовала?\s+бы)\b")}
_FUTURE = {"et": re.compile(r"\b(?:edaspidi|tulevikus|jargmine\s+kord|jargmisel\s+korral|edasi)\b"),
           "ru": re.compile(r"\b(?:впредь|в\s+будущем|в\s+следующий\s+раз|в\s+дальнейшем|дальше)\b")}
_YOU = {"et": re.compile(r"\b(?:te|teie|teil|ise)\b|\b\w+(?:ge|ke)\b"),
        "ru": re.compile(r"\b(?:вы|вам|вас|сами|сама|самой|самим)\b|\b\w+(?:йте|ите)\b")}
_WE = {"et": re.compile(r"\b(?:me|meie\s+(?:ise|teeme|kontrollime|jalgime|teatame))\b"), "ru": re.compile(r"\bмы\b")}
# "then such a problem will not arise / recur": a demonstrative ties it to the client's trouble
_NOT_AGAIN = {
    "et": re.compile(r"\b(?:sellist|selliseid|seda|niisugust|niisuguseid|sarnast|sarnaseid)\s+(?:\w+\s+){0,2}?"
                     r"(?:ei|pole)\s+(?:\w+\s+)?(?:teki\w*|tekk\w*|kordu\w*|juhtu\w*)\b|"
                     r"\b(?:ei|pole)\s+(?:\w+\s+)?(?:teki\w*|tekk\w*|kordu\w*|juhtu\w*)\s+(?:\w+\s+)?"
                     r"(?:sellist|selliseid|seda|niisugust|sarnast)\b"),
    "ru": re.compile(r"\b(?:такой|такого|такие|таких|подобн\w*|этого)\s+(?:\w+\s+){0,2}?не\s+(?:\w+\s+)?"
                     r"(?:возникн\w*|возника\w*|повтор\w*|будет|случит\w*|появит\w*)\b|"
                     r"\bне\s+(?:\w+\s+)?(?:возникн\w*|возникло|повтор\w*|будет|случит\w*|случилось)\s+(?:\w+\s+)?"
                     r"(?:такой|такого|такие|таких|подобн\w*|этого)\b"),
}
_IF_OR_EVEN = re.compile(r"\b(?:isegi|даже)\b")


def advice_blame(an: TranscriptAnalysis) -> list[Evidence]:
    """Advice about what the client should do in future so that the problem would not arise (module docstring)."""
    lang = an.language
    if lang not in _ADVICE:
        return []
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if tx.is_question(sentence, lang):
                continue
            words = _folded(sentence)
            if not _NOT_AGAIN[lang].search(words) or _WE[lang].search(words) or _IF_OR_EVEN.search(words):
                continue
            if _ADVICE[lang].search(words) or (_FUTURE[lang].search(words) and _YOU[lang].search(words)):
                out.append(an.evidence(i, sentence.strip()))
    return out


_KIN = {
    "et": r"(?:lapselaps\w*|lapsed|laps|lapsel|poeg|poja\w*|tutar|tutre\w*|mees|mehe\w*|abikaasa\w*|naine|naise\w*|ema|"
          r"ema[lt]?|isa|isa[lt]?|vend|venna\w*|ode|oe\w*|sugula\w*|pereliige|pereliikme\w*|elukaasla\w*|vanem\w*)",
    "ru": r"(?:внук\w*|внучк\w*|сын\w*|доч\w*|муж\w*|жена|жене|супруг\w*|мам\w*|мать|матери|отец|отцу|пап\w*|брат\w*|"
          r"сестр\w*|родственни\w*|ребен\w*|дет\w*|бабушк\w*|дедушк\w*)",
}
_SHOULD = {"et": r"(?:oleks\s+(?:\w+\s+)?pidanud|pidanuks|oleks\s+(?:\w+\s+)?tulnud)",
           "ru": r"(?:(?:должен|должна|должны|обязан|обязана|обязаны)\s+(?:\w+\s+)?был[аи]?|(?:следовало|надо\s+было|"
                 r"нужно\s+было|стоило))"}
_ACT = {"et": r"(?:motle\w*|teata\w*|teavita\w*|jalgi\w*|kontrolli\w*|utle\w*|hoiata\w*|kusi\w*|luge\w*|arvesta\w*|"
              r"raaki\w*|helista\w*|vaata\w*|kirjuta\w*|registreeri\w*)",
        "ru": r"(?:подума\w*|дума\w*|сообщ\w*|уведом\w*|предупред\w*|провер\w*|след\w*|сказа\w*|спрос\w*|прочит\w*|"
              r"учест\w*|учиты\w*|позаботит\w*|посмотре\w*|выписа\w*|прописа\w*)"}
_FAMILY_SHOULD = {
    lang: re.compile(rf"\b(?:teie|te|ваш\w*)\s+(?:\w+\s+)?{_KIN[lang]}\s+(?:\w+\s+){{0,2}}?{_SHOULD[lang]}\s+"
                     rf"(?:\w+\s+){{0,3}}?{_ACT[lang]}\b|"
                     rf"\b{_SHOULD[lang]}\s+(?:\w+\s+)?(?:teie|ваш\w*)\s+{_KIN[lang]}\s+(?:\w+\s+){{0,3}}?{_ACT[lang]}\b")
    for lang in ("et", "ru")}
_IF = re.compile(r"\b(?:если|kui|juhul|kas|ли)\b")


def family_should_have(an: TranscriptAnalysis) -> list[Evidence]:
    """Someone of the client's who "should have" thought of it or told it (module docstring)."""
    pattern = _FAMILY_SHOULD.get(an.language)
    if pattern is None:
        return []
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            words = _folded(sentence)
            m = pattern.search(words)
            if m and not tx.is_question(sentence, an.language) and not _IF.search(words[:m.start()]):
                out.append(an.evidence(i, sentence.strip()))
    return out


# -- a checklist once, to a client who asks for her answer --------------------------------------------------------

_WANTS_ANSWER = re.compile(
    r"\bвы\s+(?:\w+\s+)?(?:ответите|будете\s+отвечать)\b|^\W*что\s+это\s*\?|\bмне\s+(?:\w+\s+)?(?:нужен\s+ответ|"
    r"нужно\s+знать)\b|\bтак\s+(?:\w+\s+){0,3}?или\s+нет\b|\bkas\s+(?:te\s+)?(?:mulle\s+)?(?:vastate|vastaksite)\b|"
    r"^\W*mis\s+see\s+(?:siis\s+)?(?:on|oli)\s*\?|\bma\s+(?:tahan|pean|soovin)\s+(?:ju\s+)?teada\b|"
    r"\bmul\s+on\s+vaja\s+(?:teada|vastust)\b|\bkas\s+(?:\w+\s+){0,3}?voi\s+ei\b")


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def _wants_answer(text: str) -> bool:
    from trainer.scoring.client_reply import complains

    lowered = tx.fold(text.lower())
    return complains(text) or any(_WANTS_ANSWER.search(s.strip()) for s in re.split(r"(?<=[.!?])\s+", lowered))


def checklist_to_asking(an: TranscriptAnalysis) -> list[Evidence]:
    """A checklist of the call's steps as the reply to a client who asks for her answer (module docstring)."""
    from trainer.scoring.courtesy_answers import checklist_answers

    raw = an.raw
    if raw.language not in ("et", "ru"):
        return []
    for i, text in checklist_answers(raw):
        after = raw.turns[i + 1].text if i + 1 < len(raw.turns) and raw.turns[i + 1].role == "client" else ""
        if _wants_answer(raw.turns[i - 1].text) or (after and _wants_answer(after)):
            return [raw.evidence(i, text.strip())]
    return []


# -- "more details there" after the client says her question was missed ----------------------------------------------

# "more about it there": «подробнее в самообслуживании», «детали на сайте», "täpsemalt iseteeninduses", "lähemalt
# kodulehelt"
_DETAILS = re.compile(rf"\b(?:подробн\w*|детал\w*|tapsem\w*|lahemal\w*|pikemalt|rohkem\s+infot?)\s+(?:\w+\s+){{0,3}}?"
                      rf"(?:в\s+|на\s+|через\s+)?{_PLACE}|\b{_PLACE}(?:\s+\w+){{0,2}}?\s+(?:подробн\w*|tapsem\w*|lahemal\w*)\b")
# the reply gives a reason or a figure: "sest", «потому что», "põhjus", «из-за», a number
_REASON = re.compile(r"\b(?:sest|kuna|seeparast|sellepar\w*|seetottu|pohjus\w*|tottu|tulenevalt|потому|поскольку|"
                     r"так\s+как|из-за|поэтому|причин\w*|связан\w*|оттого)\b|\d")


def details_after_complaint(an: TranscriptAnalysis) -> list[Evidence]:
    """The client saying the reply missed her question ("seda ma tean, ma küsin miks", «это я знаю, я спрашиваю
    почему»; `courtesy_tone.complains`) and the agent's next reply sending her elsewhere for the details
    ("täpsemalt iseteeninduses", «подробнее в самообслуживании») with no reason and no figure in it, or, when she
    asked how or why again, a bare fragment (`_bare_fragment`): the question asked again is sent away instead of
    answered, a brush-off even once."""
    from trainer.scoring.courtesy_tone import complains

    raw = an.raw
    if raw.language not in ("et", "ru"):
        return []
    for i, unit in enumerate(raw.turns):
        if unit.role != "client" or i + 1 >= len(raw.turns) or raw.turns[i + 1].role != "agent" \
                or not any(raw.turns[k].role == "agent" for k in range(1, i)) or not complains(an, i):
            continue
        reply = raw.turns[i + 1].text
        pointer = next((s.strip() for _, _, s in tx.split_sentences(reply) if _DETAILS.search(_folded(s))), None)
        if pointer is not None and not _REASON.search(_folded(reply)):
            return [raw.evidence(i + 1, pointer)]
        if _ask_elsewhere(reply):
            return [raw.evidence(i + 1, reply.strip())]
        if _HOW.search(_folded(unit.text)) and _bare_fragment(an, i + 1):
            return [raw.evidence(i + 1, reply.strip())]
    return []


# (round 30) the question asked again sent to someone else to ask: "Seda küsige kohtust või juristilt.", «Это
# спросите у юриста.», «Обратитесь к юристу.»; a short reply (`_ELSEWHERE_WORDS`) with no reason and no figure
_ASK_ELSEWHERE = re.compile(r"\b(?:kusige|kusida|uurige|uurida|poorduge|спросите|спрашивайте|уточните|узнайте|"
                            r"обратитесь|обращайтесь)\b")
_ELSEWHERE_WORDS = 8


def _ask_elsewhere(reply: str) -> bool:
    """Is the reply only a short "ask that elsewhere" (`_ASK_ELSEWHERE`), with no reason and no figure?"""
    words = _folded(reply)
    return bool(_ASK_ELSEWHERE.search(words)) and len(words.split()) <= _ELSEWHERE_WORDS \
        and not _REASON.search(words) and not any(ch.isdigit() for ch in reply)


# asking how or why ("ma küsin, kuidas seda vormistada", «я спрашиваю, как это оформить»): a place or a word is no answer
_HOW = re.compile(r"\b(?:kuidas|miks|как|почему|зачем)\b")
# what the thanks is for: «спасибо за обращение / звонок»
_THANKS_FOR = re.compile(r"(?i)\bза\s+(?:ваше\s+)?(?:обращение|звонок|ожидание|терпение|вопрос)\b")
_FRAGMENT_WORDS = 3  # "в самообслуживании", "iseteeninduses", "taotlusega"


def _bare_fragment(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i, once the social formulas and the words it repeats from the agent's earlier turns (a cue chain
    pasted again) are taken out, a fragment of a few words with no finite verb, no number and no yes or no (round 26:
    «я спрашиваю, как это оформить» - «в самообслуживании итак подведём итог ... всего доброго»)?"""
    from trainer.scoring.courtesy_fragments import YES_NO
    from trainer.scoring.courtesy_informs import SELF_INTRO, SOCIAL_ONLY, without
    from trainer.scoring.finite_verbs import has_finite_verb

    raw = an.raw

    def own_words(k: int) -> list[str]:
        text = _THANKS_FOR.sub(" ", SELF_INTRO.sub(" ", raw.turns[k].text))
        return _folded(without(an, text, SOCIAL_ONLY)).split()

    said: set[tuple[str, ...]] = set()
    for k in raw.agent_indexes:
        if k < i:
            words = own_words(k)
            said |= {tuple(words[n:n + 3]) for n in range(len(words) - 2)}
    words = own_words(i)
    repeated = {n + d for n in range(len(words) - 2) if tuple(words[n:n + 3]) in said for d in range(3)}
    own = " ".join(w for n, w in enumerate(words) if n not in repeated)
    if not own or any(ch.isdigit() for ch in own) or YES_NO.search(own):
        return False
    return len(own.split()) <= _FRAGMENT_WORDS and not has_finite_verb(own, raw.language)
