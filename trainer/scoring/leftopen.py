"""Is the client's matter still open when the agent says goodbye (criterion "closing", issue 9)?

- A client who says the agent did not answer ("see ei vastanud mu küsimusele", «вы так и не ответили»,
  «это не ответ») leaves the question open, question mark or not.
- A last reply whose statements only repeat what the agent said before ("Итак: ..." after «А сколько
  ждать?») does not answer the client's new question (unless the client opened by taking the answer).
- The same goodbye that already ended two or more earlier replies, the client going on after each, is a
  macro, not a closing (`repeats_goodbye`).
- In speech without punctuation the client's last line may still ask with no question word: "what about X"
  after "aga"/«а» ("selge aga see eilne raha siis", «так а латвия то»), or an Estonian alternative ("on siis
  ka kaheksakümmend või natuke rohkem") (`asks_elliptically`).
- A reply that only puts the matter off ("sellega tegeleme siis, kui aeg käes on", «там видно будет») or only
  points to the website («это всё есть у нас на сайте») answers no question but a "where" (`answers_anew`).
- A client who answers the agent's check of understanding with a plain "no" ("Ei.", «Нет. Спрошу в другом
  месте») leaves the matter open (`check_reply.rejects_check`; after "Kas on veel küsimusi?" a bare "no" is fine).
- A client who says the reply was of no help ("Sellest ei ole mulle abi.", «Мне это не помогло») leaves it open.
- An invitation to come back ("Kui tekib küsimusi, kirjutage.", «Если возникнут вопросы, мы всегда рады
  помочь.») is a social formula, no answer (`invites_back`).
- A client's line may end by asking in a clause of its own after a statement ("..., see üksi elava pensionäri
  toetus, kas seda peab ise taotlema või…", «а у меня нет айди карты как мне тогда туда зайти»)
  (`asks_in_tail`).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.recap import says_no
from trainer.scoring.uptake import accepts
from trainer.scoring.vague_pointer import names_nothing

_SOCIAL = ("thanks", "farewell", "greeting", "further_help", "empathy")
def answers_anew(an, last: int, before: int | None, skip: tuple[str, ...] = ()) -> bool:
    """Does the agent's unit ``last`` answer the client's unit ``before``: a statement that does not restate
    the agent's earlier statements (see `content_words.restates`), or any statement when a sentence of the client's
    opens by taking the answer ("ok, selge, ..."): a summary then answers what may look like a question.
    Sentences with a cue of the ``skip`` concepts (an offer, «могу отправить Вам копию переписки») count for
    nothing."""
    from trainer.scoring.content_words import content_lemmas, restates
    from trainer.scoring.formulas import FORMULA_TAIL, blank_congratulations, wishes_people

    if before is not None:
        said = [sentence for _, _, sentence in an.sentences(before)]
        took = next((k for k, sentence in enumerate(said) if accepts(sentence)), None)
        # "Понятно. А на похороны что-то дают?": a new question after taking the answer still needs its own;
        # "Нет. Ладно, попробую дозвониться.": an "ok" after the client's "no" (or "it did not answer") gives up
        # in speech without punctuation the question may run on in the sentence that took the answer («понятно а
        # если он ... тогда как»): then it asks all the same
        spoken = an.turns[before].unpunctuated() and any(
            tx.is_spoken_question(s, an.language, client=True) for s in said[took or 0:])
        if took is not None and not spoken and not any(tx.is_question(s, an.language) for s in said[took + 1:]) \
                and not _gives_up(said, took, an.language):
            return any(an.is_inform(last, a, b, s) and not invites_back(s) for a, b, s in an.sentences(last))

    if before is not None and _yes_no_answer(an, last, before, skip):
        return True
    pool: set[str] = set()
    for i in an.agent_indexes:
        if i >= last:
            break
        for a, b, sentence in an.sentences(i):
            if an.is_inform(i, a, b, sentence):
                for lem in content_lemmas(sentence, an.language):
                    pool |= lem
    pool |= _said_in_keywords(an, last)
    frozen = frozenset(pool)
    social = an.phrase_set(_SOCIAL)
    skipped = an.phrase_set(skip) if skip else None
    where = before is not None and bool(_WHERE.search(tx.fold(an.turns[before].text)))
    asked = _asked_lemmas(an, before, frozen) if before is not None else frozenset()
    for a, b, sentence in an.sentences(last):
        if not an.is_inform(last, a, b, sentence) or (skipped is not None and skipped.find_all(sentence)):
            continue
        if defers(sentence) or invites_back(sentence) or (not where and bare_referral(an, sentence)):
            continue  # "Sellega tegeleme siis, kui aeg käes on.", «это всё есть на сайте»: no answer
        if names_nothing(sentence):
            continue  # «Всё это у нас тоже есть» after «куда?»: "all that" names no channel, no answer
        if wishes_people(sentence, an.language):
            continue  # "Jõudu Teile ja tütrele!", «Сил Вам и Вашей маме!»: courtesy, no answer
        rest = sentence
        for m in social.find_all(sentence):
            rest = rest.replace(m.quote, " ")  # "спасибо за звонок, всего доброго" restates nothing
        wished = blank_congratulations(rest)
        if wished != rest and not content_lemmas(FORMULA_TAIL.sub(" ", wished), an.language):
            continue  # "Aitäh helistamast ja palju õnne sünnipäeva puhul!": thanks and a wish, no answer
        if not restates(rest, frozen, an.language) and not _recap(rest, frozen, an.language):
            return True
        if asked and _fronts_asked(rest, asked, an.language):
            return True  # "Paberid samamoodi: iseteenindus, e-post ..." after "kuhu ma paberid saadan?"
    return False


def _asked_lemmas(an, before: int, said: frozenset[str]) -> frozenset[str]:
    """The content lemmas of the client's questions in unit ``before`` that the agent had not said before."""
    from trainer.scoring.content_words import content_lemmas

    out: set[str] = set()
    for _a, _b, sentence in an.sentences(before):
        if tx.is_question(sentence, an.language):
            for lem in content_lemmas(sentence, an.language):
                if not lem & said:
                    out |= lem
    return frozenset(out)


def _fronts_asked(sentence: str, asked: frozenset[str], language: str) -> bool:
    """Does the sentence open with a word of the client's new question that the agent had not said before, and go
    on to say something of it ("Paberid samamoodi: iseteenindus, e-post või post." after "kuhu ma need paberid
    saadan?", «Документы так же: через самообслуживание или по почте.»)? It applies the earlier answer to the new
    matter: an answer, though its other words repeat that answer. The word may be the head of the client's
    compound ("tõendid" after "arstitõendid")."""
    from trainer.scoring.content_words import content_lemmas

    words = content_lemmas(sentence, language)
    # the word itself or the head of a compound the client used ("tõendid" after "arstitõendid")
    return len(words) >= 3 and any(lem in asked or any(len(lem) >= 4 and q.endswith(lem) for q in asked)
                                   for lem in words[0])


# a yes or no opening the agent's sentence, set off by punctuation ("Jah, ...", «Нет. ...»): not "ei tea", «нет у нас»
_YES_NO_OPENER = re.compile(r"^\W*(?:jah|jaa|ei|да|нет)\s*[,.!:;\u2013\u2014-]")
# a yes-no question: Estonian "kas ...?", Russian «... ли ...?» (or «можно ...?»: no question word, see _polar)
_KAS = re.compile(r"^\W*(?:(?:aga|ja|a|no|et|siis)\s+)*kas(?!\w)")
_LI = re.compile(r"(?<!\w)ли(?!\w)")


def _polar(sentence: str, language: str) -> bool:
    """Is the client's question a yes-no one ("Kas määruse saan hiljem lisada?", «Можно ли подать позже?»,
    «А подать можно через бюро?»), not one that asks what, where or how (the yes or no would answer nothing)?"""
    from trainer.text.question_words import ET_INTERROGATIVES, RU_INTERROGATIVES

    folded = tx.fold(sentence.lower())
    if language == "et":
        # "kas saadan posti või e-postiga?" asks which one, as «... или ...?» does
        words = words_in(sentence)
        return bool(_KAS.search(folded)) and "voi" not in words \
            and not any(w in ET_INTERROGATIVES - {"kas"} for w in words)
    if language == "ru":
        words = words_in(sentence)
        # «на эстонский счёт или на российский?» asks which one: no yes or no answers it
        return "?" in sentence and not any(w in RU_INTERROGATIVES for w in words) \
            and (bool(_LI.search(folded)) or "или" not in words)
    return False


def _yes_no_answer(an, last: int, before: int, skip: tuple[str, ...] = ()) -> bool:
    """Does the agent's unit ``last`` open its first statement with a yes or a no ("Jah, uue taotluse saate esitada
    iseteeninduses.", «Нет, ждать не нужно.») to the client's last question in unit ``before`` being a yes-no one?
    The yes or no is the new answer, however many of its words were said before; a deferral, an invitation to come
    back or a bare pointer after it answers nothing."""
    asked = [s for _, _, s in an.sentences(before) if tx.is_question(s, an.language)]
    if not asked or not _polar(asked[-1], an.language):
        return False
    informing = [(a, b, s) for a, b, s in an.sentences(last) if an.is_inform(last, a, b, s)]
    if not informing:
        return False
    sentence = informing[0][2]
    if not _YES_NO_OPENER.match(tx.fold(sentence.lower())):
        return False
    if skip and an.phrase_set(skip).find_all(sentence):
        return False  # «Да, могу отправить Вам копию переписки»: an offer (see `answers_anew`)
    return not (defers(sentence) or invites_back(sentence) or bare_referral(an, sentence))


def _said_in_keywords(an, last: int) -> set[str]:
    """Content lemmas of the agent's verbless statements before unit ``last`` ("pension 921,50, maksuvaba 776"):
    keyword chains perform no act, yet what they named is said, and saying it again answers nothing new."""
    from trainer.scoring.content_words import content_lemmas
    from trainer.scoring.finite_verbs import has_finite_verb

    raw = getattr(an, "raw", None)
    out: set[str] = set()
    if raw is None or raw is an:
        return out
    for i in raw.agent_indexes:
        if i >= last:
            break
        for _, _, sentence in raw.sentences(i):
            if not tx.is_question(sentence, an.language) and not has_finite_verb(sentence, an.language):
                for lem in content_lemmas(sentence, an.language):
                    out |= lem
    return out


def _gives_up(said: list[str], took: int, language: str) -> bool:
    """Does the client's "ok" (sentence ``took`` of her unit) follow her own "no" or "that did not answer" in
    the unit ("Нет. Ладно, ...", "ei vastanud ju ... aga olgu ...")? Then she gives up; she takes no answer."""
    from trainer.scoring.client_reply import complains

    return any(says_no(s, language) or complains(s) for s in said[:took + 1])


# putting the client's matter off to some later time without answering it (folded text): "sellega tegeleme siis,
# kui aeg käes on", "küll siis näeb", «когда придёт время, тогда и разберёмся», «там видно будет»
_DEFERRAL = re.compile(
    r"(?<!\w)(?:kui\s+(?:see\s+)?aeg\s+(?:kaes|katte|tuleb|saabub)|(?:siis|hiljem)\s+vaatame|vaatame\s+(?:siis|hiljem)|"
    r"kull\s+(?:siis\s+)?(?:naeb|selgub)|eks\s+(?:siis\s+)?(?:paistab|naeb)|"
    r"tegeleme\s+(?:sellega\s+)?(?:siis|hiljem)|(?:siis|hiljem)\s+tegeleme|"
    r"когда\s+(?:придет|наступит)\s+время|когда\s+время\s+(?:придет|наступит)|когда\s+до\s+этого\s+дойдет|"
    r"там\s+видно\s+будет|(?:потом|тогда)\s+(?:и\s+)?(?:посмотрим|разберемся|решим)|"
    r"займемся\s+(?:этим\s+)?(?:потом|позже)|"
    # "we'll see as the case arises" with no rule said: «по ситуации будет смотреть надо», «смотря по ситуации»,
    # "vaatame olukorra järgi", "eks siis olukorda vaadatakse"
    r"по\s+ситуации\s+(?:\w+\s+){0,2}?(?:смотреть|посмотрим|посмотрят|решать|решим|решат)|"
    r"(?:смотреть|посмотрим|посмотрят|решать|решим|решат)\s+(?:\w+\s+){0,2}?по\s+ситуации|"
    r"смотря\s+по\s+(?:ситуации|обстоятельствам)|"
    r"olukorra\s+(?:jargi|pealt)\s+(?:\w+\s+){0,1}?(?:vaatame|vaadatakse|otsustame|otsustatakse)|"
    r"(?:vaatame|vaadatakse|otsustame|otsustatakse)\s+(?:\w+\s+){0,1}?olukorra\s+(?:jargi|pealt)|"
    r"(?:vaatame|vaadatakse)\s+(?:siis\s+)?olukorda)(?!\w)")
# a question asking where (a bare "on the website" answers it)
_WHERE = re.compile(r"(?<!\w)(?:kus|kust|kuhu|где|куда|откуда)(?!\w)")


# an invitation to come back with further questions (folded text): "kui tekib (veel) küsimusi, kirjutage",
# "oleme alati valmis aitama", «если появятся вопросы, пишите», «мы всегда рады помочь», «обращайтесь»: an
# "if you have questions" clause, then only contact verbs and offers of help (not «Если появятся вопросы о налогах,
# ими занимается Налогово-таможенный департамент.»: that answers "who")
_INVITE_IF = re.compile(
    r"^\W*(?:(?:ja|а|и)\s+)?(?:kui|если)\s+(?:[\w-]+\s+){0,6}?(?:kusimusi|kusimus|kusimused|вопросы|вопрос|вопросов)"
    r"(?:\s+(?:tekib|tekivad|jaab|on|появятся|возникнут|будут|останутся))?\s*,")
_INVITE_PART = re.compile(
    r"^\W*(?:(?:siis|palun|julgelt|то|пожалуйста|смело)\s+)*(?:"
    r"(?:kirjutage|helistage|poorduge|votke\s+uhendust|пишите|напишите|звоните|позвоните|обращайтесь|свяжитесь\s+с\s+нами)"
    r"(?:\s+(?:meile|meie\s+poole|uuesti|veel|julgelt|palun|нам|к\s+нам|снова|еще|смело|пожалуйста))*|"
    r"(?:oleme|olen)\s+(?:alati\s+|hea\s+meelega\s+)*(?:valmis\s+)?(?:abiks|aitama)|"
    r"(?:мы|я)\s+(?:всегда\s+|с\s+радостью\s+)*(?:рады|рад|рада|готовы|готов|готова)\s+(?:вам\s+)?помочь)\W*$")


def invites_back(sentence: str) -> bool:
    """Is the agent's sentence only an invitation to come back ("Kui tekib küsimusi, kirjutage.", «Если возникнут
    вопросы, мы всегда рады помочь.», «Обращайтесь!»): an "if you have questions" clause, if any, then nothing but
    contact verbs and offers of help? A social formula, no answer."""
    folded = tx.fold(sentence).strip()
    m = _INVITE_IF.match(folded)
    rest = folded[m.end():] if m else folded
    parts = [p for p in re.split(r"[,;]", rest) if p.strip(" .!")]
    return bool(parts) and all(_INVITE_PART.match(p.strip()) for p in parts)


def defers(sentence: str) -> bool:
    """Does the agent's sentence put the client's matter off to a later time ("küll siis näeb")?"""
    return bool(_DEFERRAL.search(tx.fold(sentence)))


def bare_referral(an, sentence: str) -> bool:
    """Is the agent's sentence only a pointer to the website ("Kõik on meie kodulehel kirjas.", «это всё есть у
    нас на сайте»): a referral with no address and fewer than ten other words besides social formulas? Or a
    pointer anywhere that only says everything is there ("seal on kõik olemas", «там в письме всё написано»,
    `points_to_all`)?"""
    from trainer.scoring.courtesy_informs import ADDRESS_RE, without_phrases
    from trainer.scoring.courtesy_referral import LONG_ANSWER

    if points_to_all(sentence):
        return True
    referral = an.phrase_set(("referral",))
    if not referral.find_all(sentence) or ADDRESS_RE.search(sentence):
        return False
    rest = without_phrases(without_phrases(sentence, referral), an.phrase_set(_SOCIAL))
    return sum(t.is_word for t in tx.tokenize_cached(rest)) < LONG_ANSWER  # the same measure as courtesy's


# "everything is there" said of a source (folded): "seal on kõik olemas", "kõik on otsuses kirjas", «там всё
# написано», «в письме всё указано», «всё расписано»
_ALL_THERE = re.compile(
    r"(?<!\w)(?:koik\s+(?:\w+\s+){0,3}?(?:on\s+)?(?:olemas|kirjas|kirja\s+pandud|selgitatud|lahti\s+kirjutatud)|"
    r"(?:olemas|kirjas)\s+(?:on\s+)?koik|"
    r"вс[её]\s+(?:\w+\s+){0,2}?(?:написано|указано|расписано|описано|есть|прописано)|"
    r"(?:написано|указано|расписано|описано|прописано)\s+(?:\w+\s+){0,2}?вс[её])(?!\w)")
_WRITTEN = re.compile(r"kirj|selgitatud|написано|указано|расписано|описано|прописано")
_THERE = re.compile(r"(?<!\w)(?:seal|sealt|siin|vaadake|vaata|там|тут|смотрите|посмотрите)(?!\w)")
# words of a pointer besides its source: look, there, in, everything, is
_POINTER_FILLER = frozenset(tx.fold(w) for w in """vaadake vaata seal sealt siin koik on olemas kirjas kirja pandud
    selgitatud lahti kirjutatud ka ju nagu see need ja ee ну это там тут же всё все есть написано указано расписано
    описано прописано смотрите посмотрите в во и а вот""".split())
_POINTER_WORDS = 5  # words naming the source and the like, besides the filler


def points_to_all(sentence: str) -> bool:
    """Is the agent's sentence only a pointer that says everything is there, in the calculator, the letter, the
    decision ("Vaadake kalkulaatorit, seal on kõik olemas.", «ну это в письме всё написано там указано»): no digit,
    and no more than a few words besides the pointer's own (blind rounds 21, 22: b6-et-phone-05, c6-ru-phone-10)?
    It answers no question."""
    folded = tx.fold(sentence.lower())
    m = _ALL_THERE.search(folded)
    if m is None or re.search(r"\d", sentence):
        return False
    # "olemas", «есть» point only with a "there" or a "look" ("Teil on kõik dokumendid olemas" answers)
    if not _WRITTEN.search(m.group()) and not _THERE.search(folded):
        return False
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    return sum(1 for w in words if w not in _POINTER_FILLER) <= _POINTER_WORDS


# the client asking the agent to wait, right after the goodbye: "Oodake, aga ...", «Подождите, а деньги-то...»
_HOLD_ON = re.compile(r"^\W*(?:(?:ee+|aa+|no|а|ой|ну|алло)\W+)*(?:oodake|oota|oot|hetkeke|uks\s+hetk|hetk|"
                      r"подождите|погодите|подожди|погоди|стойте|секундочку|секунду|минутку|минуточку)(?!\w)")


def holds_on(text: str) -> bool:
    """Does the client's line open by asking the agent to wait ("Oodake, aga kui ta saab üle 776...", «Подождите, а
    деньги-то...»)? Said right after the goodbye, the client was not done: the goodbye cut them off (blind round 22:
    k6-et-phone-11, m6-ru-phone-09; round 21: c6-ru-phone-10)."""
    return bool(_HOLD_ON.search(tx.fold(text.lower())))


_RECAP_OPENERS = frozenset("итак итого значит kokkuvotteks kokkuvottes seega niisiis".split())
_STEM = 5  # "ноябрьская" and "ноября", "возвращена" and "возвращают" share their first letters


def _recap(sentence: str, pool: frozenset[str], language: str) -> bool:
    """A sentence opened by a recap word («Итак, ноябрьская пенсия возвращена правильно») that takes up two
    or more words of the earlier answers (compared by their first letters: an adjective and its noun, an aspect
    pair): it sums up, it answers nothing new."""
    from trainer.scoring.content_words import content_lemmas

    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    if not words or words[0] not in _RECAP_OPENERS:
        return False
    stems = {lem[:_STEM] for lem in pool}
    own = [lem for lem in content_lemmas(sentence, language) if not lem & _RECAP_OPENERS]
    shared = sum(1 for lem in own if any(x[:_STEM] in stems for x in lem))
    return shared >= 2 and shared >= 0.35 * len(own)


_REPEATED_GOODBYES = 2


def repeats_goodbye(an, last: int, tail: int) -> bool:
    """Did the farewell of the agent's last unit (from position ``tail`` on) already end two or more earlier
    replies after which the client went on ("Kõike head!" pasted under every message)?"""
    farewells = {tx.fold(m.quote) for m in an.matches(last, ["farewell"]) if m.start >= tail}
    earlier = [i for i in an.agent_indexes[1:-1] if farewells and i + 1 < len(an.turns)
               and an.turns[i + 1].role == "client" and _ends_with(an, i, farewells)]
    return len(earlier) >= _REPEATED_GOODBYES


def _ends_with(an, i: int, farewells: set[str]) -> bool:
    """Does agent unit i end (its last sentence) with one of these farewells ("Kõike head!", «Всего доброго!»)?
    Read on the whole text (a pasted repeat is no act, but it was said)."""
    an = getattr(an, "raw", None) or an
    sentences = an.sentences(i)
    if not sentences:
        return False
    a = sentences[-1][0]
    return any(m.start >= a and tx.fold(m.quote) in farewells for m in an.matches(i, ["farewell"]))


# "aga"/«а» opening the last clause of a client's line: what follows is the new matter
BUT = {"et": frozenset({"aga"}), "ru": frozenset({"а", "но"})}
# fillers and particles of a "what about X" line ("siis", «то», «тогда»), thanks and acceptance words (the
# client winding up: "aga aitäh", «а ну спасибо большое»)
_PARTICLES = frozenset("""siis ka veel nuud see too selle sellega seal no noh nagu et ee eee
    то тогда теперь же вот это эта этот ну ещё еще там как""".split())
WINDING_UP = frozenset("""aitah tanan tanud hea kull selge okei okey jah hasti korras head paeva nagemist
    спасибо благодарю большое хорошо ладно понятно ясно да свидания доброго всего""".split())
_FIRST_PERSON = frozenset("ma mina meie me я мы мне".split())
_ELLIPSIS_WORDS = 6


def words_in(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit()]


def asks_elliptically(text: str, language: str) -> bool:
    """Does a client's line of speech (no punctuation at all) still ask at its end without a question word:
    "what about X" after "aga"/«а» ("selge aga see eilne raha siis", «так а латвия то»: a noun phrase, no
    verb, no thanks), or, in Estonian, an alternative closing the "aga" clause ("aga see toetus on siis ka
    kaheksakümmend või natuke rohkem"; not "aga ma helistan homme või ülehomme", the client's own plan)?"""
    from trainer.scoring.finite_verbs import has_finite_verb

    if re.search(r"[.!?…,;:]", text) or language not in BUT:
        return False
    words = words_in(text)
    cut = [k for k, w in enumerate(words) if w in BUT[language]]
    if not cut:
        return False
    tail = words[cut[-1] + 1:]
    if not tail or any(w in WINDING_UP for w in tail) or any(w in _FIRST_PERSON for w in tail):
        return False
    said = " ".join(tail)
    content = [w for w in tail if w not in _PARTICLES and len(w) >= 4]
    if len(tail) <= _ELLIPSIS_WORDS and content and not has_finite_verb(said, language):
        return True
    if language == "et" and "voi" in tail:
        k = len(tail) - 1 - tail[::-1].index("voi")
        return 2 <= k and 1 <= len(tail) - k - 1 <= 3
    return False


# an explicit second matter in a client's line ("ja teine asi", «и ещё вопрос»): in speech without punctuation
# the line is one sentence, and what follows the marker is a question of its own
_SECOND_MATTER = re.compile(
    r"(?<!\w)(?:teine\s+(?:asi|kusimus)|teiseks|veel\s+uks\s+(?:asi|kusimus)|"
    r"втор(?:ой|ое)\s+(?:вопрос|дело)?|во-вторых|(?:и|а)\s+ещ[её]\s+(?:один\s+)?вопрос)(?!\w)")
# ... said as the client's own announcement of asking more ("и ещё сразу спрошу", «а ещё хотел спросить», "ja veel
# küsiksin", "tahaksin veel küsida"): what follows is the question, with or without a question word
_ASKS_MORE = re.compile(
    r"(?<!\w)(?:(?:и|а)\s+ещ[её]\s+(?:\w+\s+){0,2}?(?:спрошу|спросить|узнать)|"
    r"(?:ja\s+)?veel\s+(?:\w+\s+){0,2}?(?:kusiksin|kusin|kusida|uurida|teada)|"
    r"(?:tahaksin|tahaks|tahan)\s+veel\s+(?:\w+\s+){0,1}?(?:kusida|teada|uurida))(?!\w)")
# a line announcing two matters ("mul on kaks küsimust", «у меня два вопроса»)
_TWO_MATTERS = re.compile(r"(?<!\w)(?:kaks\s+(?:asja|kusimust)|два\s+вопроса|пара\s+вопросов)(?!\w)")
_MIN_TOPIC = 2  # distinct new topic words a second question needs before it is judged taken up or not
_COMPOUND = 10  # ... or, in Estonian, one compound this long ("toitjakaotuspension")
_MIN_WORDS = 4


def _questions_of(an, i: int) -> list[str]:
    """The question sentences of a client unit that names a second matter ("ja teine asi", «и ещё вопрос») or
    announces two ("mul on kaks küsimust"); in speech, the part after the second-matter marker counts as a
    question of its own, and so, in any text, does the part after the client's "I'll ask this too" («и ещё
    сразу спрошу», "ja veel küsiksin"). Other units: none."""
    from trainer.scoring.asking import client_asks
    from trainer.scoring.content_words import content_lemmas

    unit = an.turns[i]
    folded = tx.fold(unit.text)
    more = _ASKS_MORE.search(folded)
    if more and len([t for t in tx.tokenize_cached(unit.text[more.end():]) if t.is_word]) >= _MIN_WORDS \
            and len(topic_stems(content_lemmas(unit.text[:more.start()], an.language))) >= _MIN_TOPIC:
        # a first matter of its own before it ("ага хорошо и ещё хотела спросить" has none: one question)
        return [unit.text[:more.start()], unit.text[more.end():]]
    m = _SECOND_MATTER.search(folded)
    if not (m and m.start() > 0) and not _TWO_MATTERS.search(folded):
        return []  # two questions in a line are often answered in one reply, in other words: not judged
    if unit.unpunctuated() and m and m.start() > 0:
        tail = unit.text[m.end():]
        if any(tx.is_spoken_question(s, an.language, client=True) for _, _, s in tx.split_sentences(tail)):
            return [unit.text[:m.start()], tail]
    return [s for _, _, s in an.sentences(i) if client_asks(unit, s, an.language)]


# question, quantity and degree words and pronouns name no topic of their own ("А почему так мало?")
_NO_TOPIC = frozenset("""почему зачем какой который сколько когда откуда малый мало много большой тоже также
    ещё еще очень сейчас теперь нужно можно именно вообще примерно тогда дальше потом затем
    miks milline millal kuidas kellele kuhu kust palju mitu vaike suur vahe veel kaua kohe praegu ikka
    ainult umbes tegelikult miski midagi keegi kellegi mingi ise endale enda iseenda koik molemad
    что-то что-нибудь кто-то какой-то себя сам сама самый весь все всё оба""".split())


_ORDINALS = frozenset("""esimene teine kolmas neljas viies kuues seitsmes kaheksas uheksas kumnes
    первый второй третий четвертый четвёртый пятый шестой седьмой восьмой девятый десятый""".split())


def _number(lemmas) -> bool:
    """A number word, cardinal or ordinal ("kahekümne", "neljandal", «двадцатого»): a date names no topic."""
    from trainer.text.spoken import number_words

    return any(number_words([x]) is not None or x in _ORDINALS or x.endswith(("kumnes", "надцатый", "дцатый"))
               for x in lemmas)


def topic_stems(lemmas) -> set[str]:
    """Topic words of content lemmas: >= 5 letters, not a verb, a number word, a question word or an adverb of
    sequence («тогда», «дальше»)."""
    from trainer.scoring.content_words import verbal

    return {x for lem in lemmas if not verbal(lem) and not _ru_infinitive(lem) and not (lem & _NO_TOPIC)
            and not _number(lem) for x in lem if len(x) >= _STEM}


def _ru_infinitive(lemmas) -> bool:
    """A Russian infinitive in -ти («выйти», «прийти», «найти»): a verb, no topic (`verbal` knows -ть, -чь)."""
    return any(len(x) > 3 and x.endswith("ти") for x in lemmas)


def _shares(topic: set[str], said: set[str]) -> bool:
    """A topic word taken up: the same first letters, or a compound's head ("pension" in
    "toitjakaotuspension")."""
    heads = {x[:_STEM] for x in said}
    return any(t[:_STEM] in heads or any(len(s) >= 6 and (t.endswith(s) or s.endswith(t)) for s in said)
               for t in topic)


def _new(word: str, said: set[str]) -> bool:
    """A topic word not said before: no earlier word is the same but for its last letters
    ("toitjakaotuspension" is new after "toitjakaotustoetus")."""
    return not any(word == x or len(os.path.commonprefix((word, x))) >= min(len(word), len(x)) - 2 for x in said)


def _asks_back(an, j: int) -> bool:
    """Does the agent's reply ask the client something ("millal lapsed sündisid?", "öelge palun ema isikukood")?
    The matter is then being taken up, in a conversation of its own."""
    from trainer.scoring.asking import asks_question
    from trainer.scoring.informs import REQUESTS

    text = an.turns[j].text
    return bool(an.matches(j, list(REQUESTS))) or any(asks_question(text, s, an.language)
                                                      for _, _, s in an.sentences(j))


def untaken_question(an, last: int) -> tuple[int, str] | None:
    """A client's second question that the agent never took up before the goodbye in unit ``last``: in a
    client line asking two or more things ("Так с какого числа платить начнут? И деньги за сентябрь и октябрь
    тоже дадут?", "... ja teine asi kas mulle endale võiks toitjakaotuspension tulla"), a question after the
    first whose new topic words (at least two, or one long compound, none said earlier in the conversation) come up in no later reply
    of the agent. The client line before the goodbye is judged by the closing itself; a first question and a
    question without new topic words (a yes/no "kas pean?") are not judged here. Returns (client unit,
    question) or None."""
    from trainer.scoring.content_words import content_lemmas

    said_before: set[str] = set()
    for i in range(last):
        unit = an.turns[i]
        questions = _questions_of(an, i) if unit.role == "client" and i > 0 else []
        nxt = next((j for j in range(i + 1, last + 1) if an.turns[j].role == "agent"), None)
        if len(questions) >= 2 and nxt is not None and not _asks_back(an, nxt) \
                and not _takes_up_second(an, i, last):
            later = set()
            for j in range(i + 1, last + 1):
                if an.turns[j].role == "agent":
                    later |= topic_stems(content_lemmas(an.turns[j].text, an.language))
            first = topic_stems(content_lemmas(questions[0], an.language))
            for q in questions[1:]:
                if len([t for t in tx.tokenize_cached(q) if t.is_word]) < _MIN_WORDS:
                    continue  # «Это департамент?», "Kas Mari?": a check of who answers, no matter of its own
                topic = {x for x in topic_stems(content_lemmas(q, an.language)) if _new(x, said_before | first)}
                long = an.language == "et" and any(len(x) >= _COMPOUND for x in topic)
                if (len(topic) >= _MIN_TOPIC or long) and not _shares(topic, later):
                    return i, q
        said_before |= topic_stems(content_lemmas(unit.text, an.language))
    return None


# the agent turning to the client's second question by its number: "Teise küsimusega on nii, et ...", "Mis
# puudutab teist küsimust", «По второму вопросу ...», «Что касается второго вопроса» (folded)
_SECOND = re.compile(r"\b(?:teis\w*\s+(?:kusimus\w*|asja\w*|asi)|(?:kusimus\w*|asja\w*)\s+number\s+kaks|"
                     r"втор\w*\s+(?:вопрос\w*|пункт\w*|момент\w*))\b")


def _takes_up_second(an, i: int, last: int) -> bool:
    """Does an agent reply after client unit ``i`` (up to ``last``) turn to the second question by its number
    ("Teise küsimusega on nii, et ...", «По второму вопросу: ...»)? Whatever it says then, the question was taken
    up, not left open (blind round 23)."""
    return any(an.turns[j].role == "agent" and _SECOND.search(tx.fold(an.turns[j].text.lower()))
               for j in range(i + 1, last + 1))


# question words that open a clause of their own at the end of a client's line (not "mis"/«что», «когда», which
# also join clauses: «я думала что мне положено», «позвоню когда придёт»)
_TAIL_ASK = {"et": frozenset("kas kuidas kus kuhu kust millal miks".split()),
             "ru": frozenset("как где куда откуда почему зачем сколько".split())}
# words before the question word that make the clause after it settled or the client's own plan, not a question:
# understanding, knowing, finding out ("selge kuidas edasi", «понятно как зайти», «я посмотрю где это»), and
# relative correlatives ("seal kus ma elan", «так как», «там где»)
_SETTLED_BEFORE = frozenset("""selge tean teadsin teame aru vaatan uurin kusin loen naen nii seal sinna sealt siin
    понятно ясно знаю знала знал знаем понял поняла посмотрю узнаю спрошу прочитаю почитаю разберусь вижу так там
    туда оттуда тут""".split())
_TAIL_MIN, _TAIL_MAX = 3, 8


def _has_verb(words: list[str], clause: str, language: str) -> bool:
    from trainer.scoring.finite_verbs import has_finite_verb

    infinitive = ("ть", "ти", "чь") if language == "ru" else ("ma", "da", "ta")
    return has_finite_verb(clause, language) or any(len(w) > 4 and w.endswith(infinitive) for w in words)


@lru_cache(maxsize=16_384)  # a pure function of the client's line
def asks_in_tail(text: str, language: str) -> bool:
    """Does a client's line end by asking in a clause of its own after a statement: a question word after a comma
    ("Aga mul on veel üks asi, see üksi elava pensionäri toetus, kas seda peab ise taotlema või…", also after
    "18." kept in the sentence) or, in speech
    without punctuation, after any word («а у меня нет айди карты и смарт айди тоже нет как мне тогда туда
    зайти»), opening the last three to eight words, with a verb (Russian «как» only with an infinitive: not «как
    вы сказали»), not within three words after a word of understanding or finding out («понятно как зайти», "vaatan
    siis, kuidas ise hakkama saan", "ma uurin siis ise millal see tuleb")?"""
    asks = _TAIL_ASK.get(language)
    sentences = tx.split_sentences(text.strip())
    if not asks or not sentences:
        return False
    last = sentences[-1][2]
    spoken = not re.search(r"[.!?…,;:]", text)
    tokens = [t for t in tx.tokenize_cached(last) if t.is_word]
    words = [t.norm for t in tokens]
    for k in range(len(words) - _TAIL_MIN, max(0, len(words) - _TAIL_MAX) - 1, -1):
        if k < 1 or words[k] not in asks or set(words[max(0, k - 3):k]) & _SETTLED_BEFORE:
            continue
        # after a comma, or after a number with a full stop that the sentence split kept as an ordinal ("ta on
        # praegu 18. kas tema oma ka jätkub", blind round 23)
        if not spoken and not re.search(r"(?:,|\d\.)$", last[:tokens[k].start].rstrip()):
            continue
        clause = last[tokens[k].start:]
        tail = words[k:]
        if words[k] == "как" and not any(len(w) > 3 and w.endswith(("ть", "ти", "чь")) for w in tail):
            continue
        if _has_verb(tail, clause, language) and not any(w in WINDING_UP for w in tail):
            return True
    return False
