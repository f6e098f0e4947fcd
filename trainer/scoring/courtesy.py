"""Courtesy (the ``rude`` check, normally ``not-rude``): rudeness phrases, and brush-offs as acts.

A phrase of the rudeness concept (blame, condescension, sarcasm, a brush-off) or a marker emoji fails
courtesy; so does a brush-off as an act: a referral to the website or "write to us" with no address or
offer as the whole reply to a question, or two or more client questions met with non-answers (a repeated
reply, a keyword chain; see `trainer.scoring.acts`). `trainer.scoring.checks` registers :func:`rude`
lazily, so either module can be imported first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring import courtesy_answers as answers
from trainer.scoring import courtesy_court as court
from trainer.scoring import courtesy_evasion as evasion
from trainer.scoring import courtesy_fault as fault
from trainer.scoring import courtesy_manner as manner
from trainer.scoring import courtesy_rebuke as rebuke
from trainer.scoring import courtesy_remarks as remarks
from trainer.scoring import courtesy_talkdown as talkdown
from trainer.scoring import courtesy_tone as tone
from trainer.scoring import substance
from trainer.scoring.analysis import TranscriptAnalysis, _sentence_of
from trainer.scoring.asking import _asks
from trainer.scoring.checks import _concept
from trainer.scoring.client_reply import says_unanswered
from trainer.scoring.formulas import SOCIAL_CONCEPTS
from trainer.scoring.macros import sentence_key
from trainer.scoring.phrase_matches import _phrase_set
from trainer.scoring.rubric import Check
from trainer.scoring.uptake import accepts
from trainer.scoring.verdict import Evidence, Outcome

# an address the client can use: a web or e-mail address, a phone number
_ADDRESS_RE = re.compile(r"(?i)@|\bwww\.|\b[\w-]+\.(?:ee|eu|com|org|net|ru)\b|\d{4,}|\d{2,}\s\d{2,}")


# "you can also do it yourself": an offer of a further way ("Taotluse seisu saate vaadata ka ise iseteeninduses.",
# «Вы также можете сами посмотреть ...»), not the brush-off "vaadake ise" / the condescending "saate ju ise"
_CAN = re.compile(r"\b(?:saate|voite|saab|voib|можете|можно)\b")
_ALSO_SELF = re.compile(r"\b(?:ka|samuti)\s+ise\b|\b(?:также|тоже)\b.*\bсам[иа]?\b|\bсам[иа]?\b.*\b(?:также|тоже)\b")
_PARTICLE = re.compile(r"\b(?:ju|же|ведь)\b")


def _offer_of_own_way(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match inside an offer of a further way the client can use themselves („saate ka ise
    vaadata“, «можете также сами посмотреть»), without the condescending "ju" / «же»?"""
    a, b = _sentence_of(an, i, m.start)
    folded = tx.fold(an.turns[i].text[a:b])
    return bool(_CAN.search(folded) and _ALSO_SELF.search(folded) and not _PARTICLE.search(folded))


# "not ours" said as a redirect: «это не к нам, это в Пенсионный центр», "see pole meie asi, pöörduge Töötukassasse"
_NOT_OURS_WORDS = re.compile(r"\b(?:не\s+к\s+нам|не\s+ко\s+мне|не\s+наш\w*|pole\s+meie|ei\s+ole\s+meie|meie\s+asi\s+ei)\b")


def _redirect_with_place(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the "not ours" match part of a redirect that names where to go: another authority in the same reply,
    or the place said in the contrast itself («это не к нам, а к системе образования», "see pole meie, vaid kooli
    asi")? Not when the reply hangs up at once and says little else («это не к нам это в самоуправление до
    свидания»): a bare redirect with a goodbye cuts the client's question off (blind round 18)."""
    if not _NOT_OURS_WORDS.search(tx.fold(m.quote.lower())):
        return False
    text = an.turns[i].text
    if _hangs_up_on(an, i, m):
        return False
    after = tx.fold(text[m.start + len(m.quote):].lower())
    if _CONTRAST_PLACE.match(after):
        return True
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    return bool(authorities.find_all(text)) and bool(_DIRECTS.search(tx.fold(text.lower())))


# "it is all written there" / "look there" (the rudeness phrases of a pointer), and another agency named by its
# name: a capitalised "...amet", "...kassa", "...keskus" other than ours ("Haridus- ja Noorteamet", "Transpordiamet"),
# «Департамент ...» other than ours, «... касса»
_THERE_POINTER = re.compile(r"\b(?:kirjas|vaad\w+|vaata|написан\w*|указан\w*|описан\w*|смотрите|посмотрите)\b")
_OTHER_AGENCY = re.compile(r"\b(?!Sotsiaalkindlustus)[A-ZÕÄÖÜ][\w-]*(?:\s+ja\s+[A-ZÕÄÖÜ]?\w+)?(?:amet|kassa|keskus)\w*|"
                           r"\bДепартамент\w*\s+(?!социального)[а-яё]+|\b[А-ЯЁ]\w+\s+касс\w+|\bКасс\w+\s+[а-яё]+")
# a reproachful particle keeps the pointer a reproach ("seal on ju kõik kirjas", «там же всё написано»)
_REPROACH_PARTICLE = re.compile(r"\b(?:ju|ometi|же|ведь|вообще-то)\b")


def _other_agency_pointer(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match a pointer to the page of another agency the same sentence names as the one that
    handles the matter ("Õppetoetusi maksab Haridus- ja Noorteamet, vaadake nende kodulehelt, seal on kõik
    kirjas", «Этим занимается Налогово-таможенный департамент, там всё указано»)? The client's question is not
    ours, and she is told where to go: a redirect, however curt. With "ju" / «же» it still reproaches."""
    if not _THERE_POINTER.search(tx.fold(m.quote.lower())):
        return False
    a, b = _sentence_of(an, i, m.start)
    sentence = an.turns[i].text[a:b]
    if _REPROACH_PARTICLE.search(tx.fold(sentence.lower())):
        return False
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    return bool(_OTHER_AGENCY.search(sentence) or authorities.find_all(sentence))


# "not to us, but to ...": «..., а к/в ...», "..., vaid ..." right after the "not ours" phrase
_CONTRAST_PLACE = re.compile(r"^\W*(?:а|но)\s+(?:к|ко|в|во|на)\s+\w+|^\W*vaid\s+\w+")
_BARE_REDIRECT = 4  # words besides the "not ours" phrase and the goodbye: «это в самоуправление» (3) explains nothing


def _hangs_up_on(an: TranscriptAnalysis, i: int, m) -> bool:
    """Does agent unit i, with the "not ours" match m, say goodbye and little else (`_BARE_REDIRECT` words)?"""
    text = an.turns[i].text
    farewell = an.phrase_set(("farewell",))
    if not farewell.find_all(text):
        return False
    rest = _without(an, text[:m.start] + " " + text[m.start + len(m.quote):], _SOCIAL_ONLY)
    return sum(t.is_word for t in tx.tokenize_cached(rest)) <= _BARE_REDIRECT


# sending the client somewhere: «обратитесь», «звоните», «это через ...», «это вопрос ...», "pöörduge", "see käib ..."
_DIRECTS = re.compile(r"\b(?:обрати\w+|звони\w*|позвони\w*|напиши\w*|пишите|это\s+(?:в|к|через)\s|это\s+вопрос|"
                      r"вопрос\s+(?:к|в)\s|poordu\w*|helista\w*|kirjuta\w*|see\s+kaib|kaib\s+labi)")


# a misunderstanding put as a condition, not a verdict: «Если Вы неправильно поняли письмо, я объясню», "Kui Te ei
# saanud aru, küsige julgelt" (the phrase "Вы неправильно поняли" alone blames the client)
_UNDERSTOOD = re.compile(r"(?:понял|понима|aru\b|moist)")
_IF_BEFORE = re.compile(r"\b(?:если(?!\s+честно)|kui(?!\s+aus)|juhul)\s*(?:\w+\s+){0,2}$")


def _conditional_misunderstanding(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match a "you misunderstood" phrase that follows an "if" in its sentence?"""
    if not _UNDERSTOOD.search(tx.fold(m.quote.lower())):
        return False
    a, _ = _sentence_of(an, i, m.start)
    return bool(_IF_BEFORE.search(tx.fold(an.turns[i].text[a:m.start].lower())))


# a quoted stretch: «...», „...“, "...", “...”
_QUOTED = re.compile(r"«[^»]*»|„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"")


def _quoting_client(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match inside quotation marks and made of words the client said earlier (the client's
    report given back: «Я записываю: сотрудница сказала Вам «сами виноваты»»)? A phrase in quotes that nobody
    said before is the agent's own."""
    text = an.turns[i].text
    end = m.start + len(m.quote)
    # the match's words inside the quotes (a "Вам" just before the quote mark belongs to the agent's frame)
    inside = next((text[max(q.start(), m.start):min(q.end(), end)] for q in _QUOTED.finditer(text)
                   if q.start() < end - 1 < q.end()), None)
    if inside is None:
        return False
    words = [tx.fold(t.text.lower()) for t in tx.tokenize_cached(inside) if t.is_word]
    heard = {tx.fold(t.text.lower()) for k in range(i) if an.turns[k].role == "client"
             for t in tx.tokenize_cached(an.turns[k].text) if t.is_word}
    return bool(words) and all(w in heard for w in words)


# an alternative question: "kas ... või ...", «... или ...?» with words on both sides of the "or"
_ALT_ET = re.compile(r"\bkas\b(?:\s+\w+){2,}?\s+voi\s+\w+\s+\w+")
_ALT_RU = re.compile(r"(?:\w+\s+){2,}или(?:\s+\w+){2,}")


def _alternative_asked(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the rudeness match one of the alternatives the agent asks the client to choose from ("kas see, et Te ei ole
    otsusega nõus, või see, et Te ei saa aru, miks nii otsustati", «Вы не согласны с решением или Вы не так поняли,
    на чём оно основано?»)? A question offering "you do not understand" as one choice asks; "Kas Te siis ei saa aru
    või?" (no second alternative) and a statement still talk down."""
    a, b = _sentence_of(an, i, m.start)
    return _offers_alternatives(an.turns[i].text[a:b], an.language)


@lru_cache(maxsize=16_384)  # a pure function of the text
def _offers_alternatives(sentence: str, language: str) -> bool:
    """Is the sentence a question offering alternatives (see `_alternative_asked`)?"""
    words = " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)
    if language == "et":
        return bool(_ALT_ET.search(words))
    return language == "ru" and bool(_ALT_RU.search(words)) and tx.is_question(sentence, "ru")


def rude(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Rudeness (normally ``not-rude``): a phrase of the concept (blame, condescension, sarcasm, a
    brush-off) or a marker emoji; else a brush-off as an act (reason ``brush_off``): a reply to the client's
    question that only sends them to the website or to "write to us" with no address and no offer of help,
    or two or more of the client's questions answered with a repeated reply or a keyword chain (the
    non-answers that the ``real-answers`` check knows, `acts.find_non_answers`)."""
    found = _concept(check, an, skip=lambda an, i, m: (_offer_of_own_way(an, i, m) or _redirect_with_place(an, i, m)
                                                 or _conditional_misunderstanding(an, i, m) or tone.no_reproach(an, i, m)
                                                 or _quoting_client(an, i, m) or _alternative_asked(an, i, m)
                                                 or _other_agency_pointer(an, i, m) or rebuke.mail_pointer(an, i, m)
                                                 or rebuke.document_pointer(an, i, m)))
    if found.passed:
        return found
    blame = (_attention_blame(an) or _overlooked(an) or tone.reproach(an) or remarks.remarks(an) or answers.mocked(an)
             or evasion.advice_blame(an) or evasion.family_should_have(an) or manner.condescension(an)
             or manner.irony(an) or talkdown.talkdown(an) or rebuke.rebukes(an) or court.knows_better(an)
             or fault.blames(an))
    if blame:
        return Outcome(True, blame)
    brush_offs = (_referral_brush_offs, _ignored_questions, _fragment_replies, _ignored_to_the_end, _bare_signature,
                  tone.pointer_brush_offs, tone.recycled_replies, tone.cut_off, _unanswered, tone.unheeded_complaints,
                  tone.pointed_back, tone.complaint_sent_back, answers.last_pointer, answers.checklist_replies,
                  answers.pointer_to_non_user, answers.queue_goodbye, answers.keyword_replies,
                  evasion.pointer_instead_of_answer, evasion.checklist_to_asking, evasion.details_after_complaint,
                  answers.curt_throughout, manner.language_refusal, court.dismissed_doubt,
                  court.cue_chain_replies)
    # a repetition the client asked for or a data-protection refusal is no brush-off (blind round 27)
    evidence = next((found for found in (_not_exempt(an, find(an)) for find in brush_offs) if found), [])
    return Outcome(bool(evidence), evidence, "brush_off" if evidence else "")


def _not_exempt(an: TranscriptAnalysis, evidence: list[Evidence]) -> list[Evidence]:
    """The brush-off evidence without the replies that are none (`courtesy_court.exempt`)."""
    return [e for e in evidence if (i := court.unit_of(an, e)) is None or an.turns[i].role != "agent"
            or not court.exempt(an, i)]


# blaming the client's reading or attention, in any wording (folded text): «Вы, видимо, прочитали его невнимательно»,
# «Вы не обратили внимания», «Вы были невнимательны», "Te lugesite seda tähelepanematult", "Te ei pannud tähele",
# "lugesite pealiskaudselt", "Te olite hooletu". The client must be the one who read: a «вы» or "te" form
# (an agent's own "lugesin tähelepanematult", «я невнимательно прочитала», «мы невнимательно проверили то, что Вы
# прислали» blame nobody), and a conditional ("если Вы не обратили внимания", "kui Te ei pannud tähele") or an
# advice to read carefully ("lugege hoolikalt läbi", «прочитайте внимательно») is polite.
_INATTENTIVE_RU = r"(?:невнимательн\w*|небрежн\w*|поверхностн\w*|наискосок|бегло|(?:не\s+)?до\s+конца\s+не|не\s+до\s+конца)"
_READ_RU = r"(?:про|пере|вы|до)?чит\w*|прочл\w*|прочест\w*|(?:про|вы|по)?слуша\w*|(?:про|по)?смотре\w*"
# (round 30: keeping track of it, «Вы должны были сами за этим следить»)
_DUTY_RU = (r"(?:сообщ\w*|уведом\w*|подать|подавать|проверить|прочитать|предупредить|известить|заявить|следить|"
            r"отслеживать|проследить)")
_ATTENTION_BLAME = {
    "ru": re.compile(
        r"\bвы\b(?:\s+\w+){0,6}?\s+(?:(?:был[иа]?\s+)?невнимательн\w*|небрежн\w*|"
        r"не\s+(?:обратил\w*\s+(?:\w+\s+)?внимани\w*|вчитал\w*|вникл\w*|дочитал\w*|дослушал\w*)|"
        r"пропустил\w*\s+мимо\s+(?:ушей|глаз))\b|"
        # the client's understanding ("Вы, видимо, неправильно поняли правила"), a past duty put on the client
        # ("сообщить должны были Вы"; «Вы должны были получить письмо» puts no duty)
        r"\bвы\b(?:\s+\w+){0,3}?\s+(?:неправильно|неверно|не\s+так)\s+(?:понял\w*|прочитал\w*|истолковал\w*)\b|"
        r"\b(?:вы\b(?:\s+\w+){0,2}?\s+должны\s+были\s+(?:\w+\s+){0,4}?" + _DUTY_RU + r"|" + _DUTY_RU
        + r"(?:\s+\w+){0,3}?\s+должны\s+были\s+вы)\b|"
        r"\bвы\b(?:\s+\w+){0,4}?\s+(?:" + _INATTENTIVE_RU + r"\s+(?:\w+\s+)?(?:" + _READ_RU + r")|(?:"
        + _READ_RU + r")(?:\s+\w+){0,3}?\s+" + _INATTENTIVE_RU + r")\b"),
    "et": re.compile(
        r"\b(?:te|teie)\s+(?:\w+\s+){0,4}?(?:olite|olete|oli)\s+(?:\w+\s+){0,3}?(?:tahelepanematu|hooletu|lohakas)\b|"
        r"\b(?:lugesite|loete|kuulasite|kuulate|vaatasite|vaatate|taitsite|taidate)\b(?:\s+\w+){0,4}?\s+"
        r"(?:tahelepanematult|hooletult|pealiskaudselt|lohakalt|poolikult)\b|"
        r"\b(?:tahelepanematult|hooletult|pealiskaudselt|lohakalt|poolikult)\s+(?:\w+\s+){0,2}?"
        r"(?:lugesite|loete|kuulasite|kuulate|vaatasite|vaatate|taitsite|taidate)\b|"
        # a past duty put on the client ("Te pidite ise jälgima", "teatama pidite Teie"; "Te pidite ootama" is ours)
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?pidite\s+(?:\w+\s+){0,3}?(?:teatama|teavitama|jalgima|kontrollima)\b|"
        r"\b(?:teatama|teavitama|jalgima|kontrollima)\s+pidite\s+(?:ise\s+)?(?:te|teie)\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?(?:saite|olete)\s+(?:\w+\s+){0,2}?valesti\s+aru\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?moistsite\s+(?:\w+\s+){0,2}?valesti\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,3}?(?:ei|pole)\s+(?:\w+\s+){0,3}?(?:pannud\s+(?:\w+\s+){0,3}?tahele|"
        r"tahele\s+pannud|suvenenud|lugenud\s+(?:\w+\s+)?(?:hoolikalt|tahelepanelikult|korralikult|lopuni))\b"),
}
_CONDITIONAL = re.compile(r"\b(?:если|kui|juhul)\b")
_FIRST_PERSON = {"ru": re.compile(r"\b(?:я|мы)\b"), "et": re.compile(r"\b(?:ma|mina|me|meie)\b")}


def _unanswered(an: TranscriptAnalysis) -> list[Evidence]:
    """Two or more of the client's questions missed in substance (`substance.unanswered`): the client's
    words that show it are the evidence."""
    raw = getattr(an, "raw", None) or an
    return [raw.evidence(j, substance.longest_sentence(raw, j)) for _, j, _ in substance.unanswered(an)]


# the client's overlooking as the cause, however politely put: "eks see jäi Teil lihtsalt tähelepanuta", "Teil läks
# see tähelepanuta", "Te jätsite selle tähelepanuta", «Вы упустили это из виду», «у вас это прошло мимо внимания».
# The client must be the one who overlooked ("teil", «вы»): "teade võib kergesti tähelepanuta jääda" excuses; an
# "if" just before ("kui see jäi Teil tähelepanuta, ...") asks.
_OVERLOOKED = {
    "et": re.compile(r"\b(?:jai|laks|jaanud|lainud)\s+(?:\w+\s+){0,3}?teil\s+(?:\w+\s+){0,3}?tahelepanuta\b|"
                     r"\bteil\s+(?:\w+\s+){0,3}?(?:jai|laks|on\s+jaanud|on\s+lainud)\s+(?:\w+\s+){0,3}?tahelepanuta\b|"
                     r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?(?:jatsite|jatate)\s+(?:\w+\s+){0,3}?tahelepanuta\b"),
    "ru": re.compile(r"\bвы\s+(?:\w+\s+){0,3}?упустил\w*\s+(?:\w+\s+){0,2}?из\s+виду\b|"
                     r"\bу\s+вас\s+(?:\w+\s+){0,3}?прош\w*\s+мимо\s+(?:вашего\s+)?(?:внимания|глаз)\b"),
}
_IF_NEAR = re.compile(r"\b(?:если|kui|juhul)\b(?:\s+\w+){0,2}\s*$")


def _blaming(an: TranscriptAnalysis, pattern: re.Pattern | None, keep) -> list[Evidence]:
    """Agent sentences whose folded words match ``pattern`` and pass ``keep(words, match)``, not in a question
    offering alternatives («Вы не согласны или Вы не так поняли, ...?»)."""
    if pattern is None:
        return []
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            words = _norm_words(sentence)
            m = pattern.search(words)
            if m and keep(words, m) and not _offers_alternatives(sentence, an.language):
                out.append(an.evidence(i, sentence.strip()))
    return out


@lru_cache(maxsize=16_384)  # a pure function of the text
def _norm_words(sentence: str) -> str:
    return " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)


def _overlooked(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences that put the client's overlooking as the cause (`_OVERLOOKED`), with no "if" just before."""
    return _blaming(an, _OVERLOOKED.get(an.language), lambda words, m: not _IF_NEAR.search(words[:m.start()]))


def _attention_blame(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences that blame the client's reading or attention (`_ATTENTION_BLAME`), with no conditional
    before it and no first person ("я", "мы", "ma") in the sentence: the agent's own reading is no blame."""
    return _blaming(an, _ATTENTION_BLAME.get(an.language),
                    lambda words, m: not _CONDITIONAL.search(words[:m.start()])
                    and not _FIRST_PERSON[an.language].search(words))


# the agent introducing themselves ("Mari kuuleb", «меня зовут Мария», «на связи»): no answer to anything
_SELF_INTRO = re.compile(r"(?i)\b(?:меня\s+зовут|на\s+связи|слушаю(?:\s+вас)?|вам\s+пишет|teid\s+teenindab|"
                         r"kuuleb|kuulab|teenindab|on\s+telefonil|"
                         # the tail of a thanks formula: "Aitäh, et helistasite!", «Спасибо, что обратились»
                         r"et\s+(?:helistasite|pöördusite|poordusite|kirjutasite|ühendust\s+võtsite)"
                         r"(?:\s+(?:meile|meie\s+poole|\w+ametisse|\w+ameti\s+poole))?|"
                         r"что\s+(?:обратились|позвонили|написали)|"
                         # the verb of a wish before its formula: "soovin Teile head päeva", «желаю Вам всего доброго»
                         r"(?:soovin|soovime|желаю|желаем)(?:\s+(?:teile|teid|вам))?(?=\W+(?:head|ilusat|kena|toredat|"
                         r"kõike|koike|edu|jõudu|joudu|palju|хорошего|всего|удачи|здоровья|приятного|доброго)\b))\b")


# a "where" question, and a named place on the website that answers it ("rubriigist „Vormid“",
# "abivahendite lehel", «в разделе контактов», «на странице «Пособия»»)
# (a place near the client is asked where too: «какая ближе ко мне», "kas lähemal on mõni")
_WHERE = re.compile(r"(?i)\b(?:kus|kust|kuhu|где|куда|откуда|(?:по)?ближе|ближайш\w*|поблизости|рядом\s+с|"
                    r"lähim\w*|lähemal|lähedal|läheduses)\b")
# (or where the places' addresses are shown: «список на сайте, там видно адреса», "seal on aadressid näha"; a bare
# «список фирм на сайте» names no more than the website)
_NAMED_PAGE = re.compile(r"(?i)\b(?:rubriig\w*|jaotis\w*|alajaotis\w*|\w+\s+lehel|lehekülje\w*|раздел\w*|"
                         r"страниц\w*|вкладк\w*|aadress\w*|адрес\w*)|[„«“\"]")

# an elliptical answer: a yes or no first, or a number ("Да, 100 евро.", "112. Lasteabi 116 111.")
_ANSWER_SHAPE = re.compile(r"(?i)^\W*(?:jah|jaa|ei|да|нет)\b|\d|\b(?:jaanuar|veebruar|märts|aprill|juuni|juuli|august|"
                           r"september|oktoober|november|detsember|январ|феврал|марта|апрел|ма[яй]\b|июн|июл|август|"
                           r"сентябр|октябр|ноябр|декабр)")


def _informs(an: TranscriptAnalysis, sentence: str, extra: tuple[str, ...] = ()) -> bool:
    """A sentence that tells the client something: no question, a finite verb left when the social
    formulas, summary cues and understanding checks are taken out."""
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    names = SOCIAL_CONCEPTS + ("further_help", "understanding_check", "summary") + extra
    return _informs_past(sentence, an.language, an._phrases_for(names, None, an.language))


@lru_cache(maxsize=16_384)  # a pure function of the sentence and the phrases blanked (the same sentences recur)
def _informs_past(sentence: str, language: str, phrases: tuple[str, ...]) -> bool:
    """`_informs` with the phrases of the formulas to take out."""
    from trainer.scoring.finite_verbs import has_finite_verb

    if tx.is_question(sentence, language) or not has_finite_verb(sentence, language):
        return False
    return has_finite_verb(_blanked(_SELF_INTRO.sub(" ", sentence), phrases, language), language)


def _without(an: TranscriptAnalysis, text: str, names: tuple[str, ...]) -> str:
    """The text with every phrase of the named concepts blanked out."""
    return _blanked(text, an._phrases_for(tuple(names), None, an.language), an.language)


@lru_cache(maxsize=16_384)  # a pure function of the text and the phrases (the same sentences recur)
def _blanked(text: str, phrases: tuple[str, ...], language: str) -> str:
    return _without_phrases(text, _phrase_set(phrases, language))


def _referral_brush_offs(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent replies to a client question whose only content is "it is on the website" / "write to us"
    without an address or an offer ("Info on kodulehel.", «Пишите нам.»), or "we do nothing about it"
    without naming who does."""
    referral, offer = an.phrase_set(("referral",)), an.phrase_set(("offer",))
    not_ours, office = an.phrase_set(("not_ours",)), an.phrase_set(("service_office",))
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    out = []
    for i in an.agent_indexes:
        text = an.turns[i].text
        if not (referral.find_all(text) or not_ours.find_all(text)):
            continue  # neither a referral nor a refusal: nothing to judge (the cheap test first)
        if i == 0 or an.turns[i - 1].role != "client" or not _asks(an, i - 1):
            continue
        if offer.find_all(text) or _ADDRESS_RE.search(text) or office.find_all(text):
            continue  # an address, an offer or a service office to go to: an alternative, not a brush-off
        if _WHERE.search(an.turns[i - 1].text) and _NAMED_PAGE.search(text):
            continue  # "Kus see vorm on?" - "rubriigist „Vormid“": a named page answers where
        refusal = next((s.strip() for _, _, s in an.sentences(i) if not_ours.find_all(s)), None)
        if refusal and not authorities.find_all(text):
            out.append(an.evidence(i, refusal))  # «Мы с этим ничего не делаем.» and nobody named who does
            continue
        sentences = [s.strip() for _, _, s in an.sentences(i) if s.strip()]
        referring = [s for s in sentences if referral.find_all(s) and not tx.is_question(s, an.language)]
        # a long sentence that tells more than where to look ("volikiri kas digiallkirjaga või paberil ... vorm on
        # kodulehel ...", unpunctuated speech) is an answer with a pointer, not a bare referral
        told = [s for s in sentences if s not in referring] + [
            rest for rest in (_without_phrases(s, referral) for s in referring)
            if sum(t.is_word for t in tx.tokenize_cached(rest)) >= _LONG_ANSWER]
        if referring and not any(_informs(an, s) for s in told):  # the referral is all it says
            out.append(an.evidence(i, referring[0]))
    return out


_LONG_ANSWER = 10  # words besides the referral


def _without_phrases(text: str, phrases) -> str:
    """The text with the matches of a phrase set blanked out."""
    for m in phrases.find_all(text):
        text = text.replace(m.quote, " ")
    return text


def _only_social(an: TranscriptAnalysis, text: str) -> bool:
    """Is the text nothing but social formulas (a greeting, thanks, a goodbye)?"""
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    return not any(t.is_word for t in tx.tokenize_cached(_without(an, text, SOCIAL_CONCEPTS)))


# "how much" said colloquially without "kui" ("palju see on?", "palju see teeb?")
_HOW_MUCH_BARE = re.compile(r"(?:^|[,.!?;]\s*|\b(?:ja|aga|no|ok|ning)\s+)palju\s+(?:see|need|seda|on|teeb|maksab|tuleb)\b")
_VALUE_WORDS = 5  # words of the one sentence that gives the value: "Pärast sünni registreerimist.", «320 евро.»


def _value_with_cues(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i give, in one short sentence of its own, the value the client's question before asked ("how
    much" - a number, "when" - a time: "millal see tuleb?" - "Pärast sünni registreerimist. Aitäh. Kokkuvõte.",
    «сколько это?» - «320 евро. Итог.»), the rest of the reply being nothing but cue words and formulas? A stuffed
    reply that answers is curt, not a brush-off (blind round 24); a chain of several items ("Kokkuvõte.
    Vanemahüvitis. 30 päeva.") gives no one value."""
    if i == 0 or an.turns[i - 1].role != "client" or an.language not in ("et", "ru"):
        return False
    asked = an.turns[i - 1].text
    folded = substance._folded(asked)
    if not (substance._AMOUNT[an.language].search(folded) or substance._WHEN[an.language].search(folded)
            or (an.language == "et" and _HOW_MUCH_BARE.search(tx.fold(asked.lower())))):
        return False
    from trainer.scoring.courtesy_answers import _CUE_LAST

    content = [s for _, _, s in an.sentences(i) if any((t.is_word and tx.fold(t.text.lower()) not in _CUE_LAST)
                                                         or t.text[:1].isdigit()
                                                         for t in tx.tokenize_cached(_without(an, s, _CUES)))]
    if len(content) != 1 or _cue_list(an, content[0]) or _SEPARATOR.search(content[0]):
        return False
    words = [t for t in tx.tokenize_cached(content[0]) if t.is_word or t.text[:1].isdigit()]
    if len(words) > _VALUE_WORDS:
        return False
    if substance._AMOUNT[an.language].search(folded) or _HOW_MUCH_BARE.search(tx.fold(asked.lower())):
        return substance._has_number(content[0])
    return not substance.value_missing(asked, content[0], an.language)


def _ignored_questions(an: TranscriptAnalysis) -> list[Evidence]:
    """Client questions answered with a non-answer (a repeated reply or a keyword chain, see
    `acts.find_non_answers`) that leaves nothing informative: evidence when it happened twice or more. A
    question stays open until an agent reply informs ("алло это что вообще такое" after a paste leaves the
    question before it open). See also `_fragment_replies`."""
    acts = an.acts if an.acts is not None else an.raw.acts
    if acts is None or not acts.findings:
        return []
    kinds = ("repeat", "keyword_chain")
    if sum(f.kind in kinds for f in acts.findings) < 2:
        return []  # fewer than two non-answers cannot ignore two questions (and most calls have none)
    # only a reply with a non-answer in it can ignore a question: fewer than two such replies ignore fewer than two
    flagged = {f.turn for f in acts.findings if f.kind in kinds}
    candidates = [i for i in an.agent_indexes if any(p[1] in flagged for p in an.turns[i].parts)]
    if len(candidates) < 2:
        return []
    fresh = _fresh_sentences(an, {f.turn for f in acts.findings if f.whole_reply and f.kind == "repeat"})
    asks_code = an.phrase_set(("identification_request",))  # "Isikukood" in a chain asks for it
    informative: dict[int, bool] = {}

    def informs(i: int) -> bool:
        """Does agent reply i answer something: an inform, or a yes, a no, a number (a paste answers nothing)?"""
        if i not in informative:
            turns = _turns_of(an, i)
            kept = " ".join(acts.act_texts.get(t, an.original_turns[t].text) for t in turns)
            # a reply that is mostly the pasted signature but tells something new above it ("jah, tööandja
            # juures on avaldus" + the signature) answers, however terse
            kept += " " + " ".join(fresh.get(t, "") for t in turns)
            own = _message_sentences(kept, an.language)
            # a yes, a no or a number answers only in the reply's own sentences: a number in a pasted paragraph or
            # in a cue chain ("Kokkuvõtteks: vaie, 30 päeva, iseteenindus.") answers nothing
            informative[i] = any(_informs(an, s) for s in own) \
                or (not any(f.turn in turns and f.whole_reply and f.kind == "repeat" for f in acts.findings)
                    and any((_ANSWER_SHAPE.search(s) or _place_asked(an, i, s)) and not _cue_list(an, s) for s in own)) \
                or _value_with_cues(an, i)
        return informative[i]

    out = []
    for i in candidates:
        if informs(i):
            continue
        turns = _turns_of(an, i)
        # a verbless question ("Isikukood?", "Lapsed üksi? Praegu?") asks the client: terse, not ignoring;
        # a greeting alone (a split message "Здравствуйте!") ignores nothing
        findings = [f for f in acts.findings if f.kind in kinds and f.turn in turns
                    and not (f.kind == "keyword_chain" and ("?" in f.quote or asks_code.find_all(f.quote)))
                    and not _only_social(an, f.quote)]
        if not findings:
            continue
        # a client question asked since the agent's last informative reply, and not taken as answered since
        # ("ok selge, aitäh" asks nothing)
        j = i - 1
        while j >= 0 and not (an.turns[j].role == "agent" and informs(j)):
            j -= 1
        open_question = False
        for k in range(j + 1, i):
            if an.turns[k].role == "client":
                open_question = _asks(an, k) or (open_question and not accepts(an.turns[k].text))
        if open_question:
            whole = next((f for f in findings if f.whole_reply), findings[0])
            out.append(an.turn_evidence(whole.turn, whole.quote))
    return out if len(out) >= 2 else []


def _place_asked(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """Does the sentence of agent unit i name the place the client just asked for ("А где я это увижу?" - «В среде
    самообслуживания, вход с ID-картой.», "Kust ma vormi leian?" - "Kodulehel, rubriigis „Vormid“.")? A verbless
    place is an elliptical answer to "where", as a number is to "how much"."""
    if i == 0 or an.turns[i - 1].role != "client" or not _WHERE.search(an.turns[i - 1].text):
        return False
    folded = " ".join(tx.fold(t.text.lower()) for t in tx.tokenize_cached(sentence) if t.is_word)
    return bool(re.search(rf"\b{tone._PLACE}", folded) or _NAMED_PAGE.search(sentence)
                or an.phrase_set(("service_office",)).find_all(sentence))


# a list of items: three or more commas, or a colon followed by a comma ("vaie, 30 päeva, dokumendid")
_LIST = re.compile(r"(?:[^,–—]+(?:,|\s[–—-]\s)){3,}|:[^,–—]+(?:,|\s[–—-]\s)")
_SEPARATOR = re.compile(r",|\s[–—-]\s")


def _cue_list(an: TranscriptAnalysis, sentence: str) -> bool:
    """Is the sentence a verbless list of cue words after a summary cue or in a comma or dash chain ("Kokkuvõtteks:
    vaie, 30 päeva, dokumendid, iseteenindus.", «Итак, ключевые моменты: возражение, 30 дней, справки», "Kokkuvõte:
    toetus – omavalitsus – taotlus")? A number in
    it answers nothing; a verbless short answer ("Да, 100 евро.", "Jah, 10. kuupäeval.") is no list. A list item
    of one word that the dictionary knows only as a noun is no predicate, whatever form it could be guessed to
    be ("Kokkuvõte: toetus, tingimused, aadress.": "toetus" read as "leaned", blind round 16)."""
    from trainer.scoring.finite_verbs import has_finite_verb

    # every list has a separator: without one, skip the list regex (it backtracks over long sentences)
    if not _SEPARATOR.search(sentence) or not _LIST.search(sentence) or has_finite_verb(_without_noun_items(sentence, an.language), an.language):
        return False
    return bool(an.phrase_set(("summary",)).find_all(sentence)) or len(_SEPARATOR.findall(sentence)) >= 3


_ITEM_SPLIT = re.compile(r"[,:;]|\s[–—-]\s")


def _without_noun_items(sentence: str, language: str) -> str:
    """The sentence without its one-word list items that the dictionary reads as no verb: Estonian words with no
    verb reading ("toetus"; a verb only by the guessed ending), Russian words whose likeliest reading is none."""
    from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse

    kept = []
    for item in _ITEM_SPLIT.split(sentence):
        words = [t.text.lower() for t in tx.tokenize_cached(item) if t.is_word]
        if len(words) == 1:
            if language == "et":
                readings = dictionary_lemmas(words[0], "et")
                noun = bool(readings) and not any(is_verb_lemma(r) for r in readings)
            else:
                parses = ru_parse(words[0])
                noun = bool(parses) and parses[0].is_known and parses[0].tag.POS not in ("VERB", "PRTS")
            if noun:
                continue
        kept.append(item)
    return ", ".join(kept)


def _turns_of(an: TranscriptAnalysis, i: int) -> list[int]:
    """The original turns merged into analysed turn i (consecutive messages of one speaker are one unit)."""
    return [p[1] for p in an.turns[i].parts]


def _fresh_sentences(an: TranscriptAnalysis, turns: set[int]) -> dict[int, str]:
    """For each of these agent turns (whole-reply repeats), its sentences said in no earlier agent turn."""
    out: dict[int, str] = {}
    said: set[tuple[str, ...]] = set()
    for t, turn in enumerate(an.original_turns):
        if turn.role != "agent":
            continue
        sentences = _message_sentences(turn.text, an.language)
        if t in turns:
            out[t] = " ".join(s for s in sentences if sentence_key(s) not in said)
        said |= {sentence_key(s) for s in sentences}
    return out


@lru_cache(maxsize=16_384)  # a pure function of the message: the same replies recur across turns and calls
def _message_sentences(text: str, language: str) -> tuple[str, ...]:
    """The sentences of one message, normalised (`tx.normalize_input`)."""
    return tuple(s for _, _, s in tx.split_sentences(tx.normalize_input(text, language).text))


def _bare_signature(an: TranscriptAnalysis) -> list[Evidence]:
    """A reply that is nothing but the signature or macro pasted under earlier answers (every sentence of it
    said in two or more earlier replies that told something else besides; four words or more), sent to the
    client's question: it meets the question with a paste (brush-off). The same real answer said again to the
    same question is no signature: it was never pasted under other content."""
    raw = an.raw
    keys = {i: [sentence_key(s) for _, _, s in raw.sentences(i)] for i in raw.agent_indexes}
    out = []
    for n, i in enumerate(raw.agent_indexes):
        mine = [k for k in keys[i] if k]
        if not mine or sum(len(k) for k in mine) < 4 or raw.turns[i - 1].role != "client" or not _asks(raw, i - 1):
            continue
        under = [j for j in raw.agent_indexes[:n] if set(mine) <= set(keys[j]) and any(
            k and k not in mine for k in keys[j])]
        if len(under) >= 2:
            out.append(raw.evidence(i, raw.turns[i].text.strip()))
    return out


# yes, no and their stronger forms: a reply that starts with one answers a yes/no question
_YES_NO = re.compile(r"(?i)^\W*(?:jah|jaa|ei|muidugi|loomulikult|kindlasti|kahjuks|да|нет|конечно|разумеется|"
                     r"к\s+сожалению)\b")
# questions that a bare word cannot answer: why, how, what does it mean, what if
_EXPLAIN = re.compile(r"(?i)\b(?:miks|kuidas|mis\s+m[oõ]ttes|mida\s+(?:see|te)\s+(?:t[aä]hendab|m[oõ]tlete)|"
                      r"mis\s+see\s+t[aä]hendab|aga\s+kui|mis\s+siis\s+kui|почему|зачем|как|в\s+смысле|"
                      r"что\s+(?:это\s+)?значит|а\s+если|что\s+если)\b")
# the client saying the reply explained nothing ("ei saa aru", «не понимаю», "kuhu???")
_BAFFLED = re.compile(r"(?i)\?{2,}|\bei\s+(?:saa|saanud)\s+aru|\bei\s+m[oõ]ista|\bmis\s+m[oõ]ttes|"
                      r"не\s+понима|не\s+понял|непонятно|в\s+смысле")


def _answers(an: TranscriptAnalysis, i: int) -> bool:
    """Does the agent unit tell or answer anything: an informing sentence, a yes or no, a number, a date?"""
    return any(_informs(an, s) or _ANSWER_SHAPE.search(s) or _YES_NO.search(s) for _, _, s in an.sentences(i))


def _fragment_words(an: TranscriptAnalysis, i: int) -> list[str] | None:
    """The words of an agent unit that is a bare fragment (at most three words and no finite verb, or a
    single word; no question, no yes or no), else None."""
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    text = an.turns[i].text
    if "?" in text or _YES_NO.search(text):
        return None
    words = [t.text for t in tx.tokenize_cached(_without(an, text, SOCIAL_CONCEPTS)) if t.is_word]
    if not words or len(words) > 3 or (len(words) > 1 and has_finite_verb(text, an.language)):
        return None
    return words


def _fragment_replies(an: TranscriptAnalysis) -> list[Evidence]:
    """Client questions met by bare fragments that explain nothing: a single word answering "why", "how",
    "what does it mean" or "what if" ("Miks?" - "Nädalavahetus.", «А если не придёт?» - «Придёт.») twice,
    or once among two fragment replies with the client then saying they do not understand. A terse real
    answer to a simple question ("Jah, 10. kuupäeval.", "Teisipäev.") is no brush-off."""
    fragments, unfit, baffled = [], 0, False
    for i, unit in enumerate(an.turns):
        if unit.role != "agent" or i == 0 or an.turns[i - 1].role != "client":
            continue
        asked = an.turns[i - 1].text
        if not (_asks(an, i - 1) or _EXPLAIN.search(asked) or _BAFFLED.search(asked)):
            continue  # neither a question nor "I do not understand" (a complaint)
        words = _fragment_words(an, i)
        if words is None:
            continue
        fragments.append(an.evidence(i, unit.text.strip()))
        unfit += len(words) == 1 and bool(_EXPLAIN.search(asked))
        baffled = baffled or (i + 1 < len(an.turns) and bool(_BAFFLED.search(an.turns[i + 1].text)))
    if unfit >= 2 or (unfit and baffled and len(fragments) >= 2):
        return fragments
    return []


# the client saying the agent is not a person or not listening («вы бот что ли?», "kas te olete robot")
_NOT_LISTENING_WORDS = re.compile(r"(?i)\b(?:robot\w*|bot\b|бот\b|робот\w*|автоответчик\w*)|"
                                  # or whether the agent is there at all: "kas te kuulete mind", «вы меня слышите»
                                  r"\bkas\s+te\s+(?:mind\s+)?kuulete\b|\bвы\s+(?:меня\s+)?слышите\b")
# or what that was («алло это что вообще такое», "mis see siis oli"): a short reaction; at the end of a long account
# of the client's trouble («... и вообще что это такое я сорок лет отработал») it is outrage at the situation
_WHAT_WAS_THAT = re.compile(r"(?i)\bчто\s+(?:это\s+)?(?:вообще\s+)?такое\b|\bmis\s+see\s+(?:siis\s+)?(?:on|oli)\b")
_SHORT_REACTION = 10  # words


def not_listening(text: str) -> bool:
    """Does the client ask whether a robot answers or whether anyone listens, or react with a short "what was that"?"""
    if _NOT_LISTENING_WORDS.search(text):
        return True
    return bool(_WHAT_WAS_THAT.search(text)) and len(text.split()) <= _SHORT_REACTION


def _ignores(an: TranscriptAnalysis, i: int, last: bool) -> bool:
    """Does agent unit i leave the client's question or complaint before it without a reply: a reply after
    which the client says it answered nothing, asks whether it is a robot or asks what the bare word meant
    ("mida jah?"); a whole-reply non-answer of `acts.find_non_answers` (a pasted repeat, a keyword chain); a
    bare topic word to a question a word cannot answer ("Kuidas?" - "Taotlus."); or, as the last reply,
    nothing but social formulas, fillers or a bare yes ("Palun.", "Jah. Kõike head!"): earlier in a call
    "jah", "mhm", «понимаю» are listening while the client talks on."""
    asked = an.turns[i - 1].text
    nxt = an.turns[i + 1].text if i + 1 < len(an.turns) and an.turns[i + 1].role == "client" else ""
    if nxt and (says_unanswered(nxt) or not_listening(nxt) or _puzzled_echo(an, i, nxt)):
        return True
    if _whole_non_answer(an, i):
        return True
    text = an.turns[i].text
    sentences = an.sentences(i)
    digits = any(ch.isdigit() for ch in text)
    # asking back, typed with "?" or spoken without it ("kas küsite üldiselt või oma pensioni kohta", «то есть Вас
    # интересует ...»), or a bare request for the caller's name or code ("nimi", «фамилия», "isikukood"): terse,
    # but the client is answered with a question, not left
    asks_back = "?" in text or any(_spoken_question(an, i, a, b, s) for a, b, s in sentences) \
        or _requests_data(an, text)

    def told() -> bool:  # an informing sentence that is no cue chain (the costly test, so asked last)
        return digits or any(not an.is_stuffed(i, a, b) and _informs(an, s) for a, b, s in sentences)

    if nxt and _BAFFLED.search(nxt) and not asks_back and not told():
        return True  # "Ma ei saa aru, kas lapsed saavad midagi?" after cue words that told nothing
    wh = bool(_EXPLAIN.search(asked) or _WH.search(asked))
    # a summary cue over social formulas tells nothing either ("Kokkuvõtteks: aitäh, kõike head!", round 30)
    bare = _without(an, _THANKS_TAIL.sub(" ", _SELF_INTRO.sub(" ", text)), _SOCIAL_ONLY + ("summary",))
    words = [tx.fold(t.text) for t in tx.tokenize_cached(bare) if t.is_word]
    content = [w for w in words if w not in _FILLERS and w not in _YES_WORDS]
    if not content:  # "Jah." to "Kuidas?", "Mhm." to "Te ei vastanud mu küsimusele."
        # a yes to "why?" that the client has to ask again ("Да." - «Так почему?»); "jah" while the client
        # tells on is listening
        return last or says_unanswered(asked) or (wh and bool(words) and bool(nxt) and _asks(an, i + 1)
                                                   and not told())
    listed = [s for _, _, s in sentences if any(t.is_word for t in tx.tokenize_cached(
        _without(an, _THANKS_TAIL.sub(" ", _SELF_INTRO.sub(" ", s)), _SOCIAL_ONLY)))]
    if listed and all(_cue_list(an, s) or court.settled_only(an, s) for s in listed):
        return True  # nothing but a list of cue words ("Kokkuvõte: puudetoetus – ekspertarst – 10 tööpäeva."), or
        # "the matter is settled" («Спасибо | всего доброго | резюме: вопрос решён.», blind round 27)
    if asks_back or digits:
        return False  # asking back, or a number told
    if all(an.is_stuffed(i, a, b) for a, b, _ in sentences):
        return True  # nothing but a checklist or cue chain («этап итог итак подведём итог вопрос решён»)
    # a bare topic word to a question a word cannot answer: "Kuidas?" - "Taotlus." (an apology or thanks
    # around it responds to the client) ... unless the client takes it ("Iseteeninduses." - "Selge, aitäh."):
    # terse, but answered
    return wh and len(words) <= 2 and (bare == text or last) and not (nxt and accepts(nxt)) and not told()


_CUES = SOCIAL_CONCEPTS + ("understanding_check", "summary", "further_help")


def _spoken_question(an: TranscriptAnalysis, i: int, a: int, b: int, sentence: str) -> bool:
    """Is the sentence of agent unit i a question of its own, typed without "?" ("kas küsite üldiselt või oma
    pensioni kohta"): no cue chain, and still a question with the cue phrases taken out (a "kas see vastas Teie
    küsimusele" glued into a keyword chain asks nothing back)?"""
    if not tx.is_question(sentence, an.language) or an.is_stuffed(i, a, b):
        return False
    rest = _without(an, sentence, _CUES).strip(" ,.;:–—-")
    return any(t.is_word for t in tx.tokenize_cached(rest)) and tx.is_question(rest, an.language)


_DATA_REQUESTS = ("identification_request", "name_request", "verification_item")


def _requests_data(an: TranscriptAnalysis, text: str) -> bool:
    """Is the reply, social formulas and "palun" aside, nothing but the name of the caller's data asked for ("nimi",
    "isikukood palun", «фамилия», «личный код»)? It asks for it, tersely."""
    data = an.phrase_set(_DATA_REQUESTS)
    if not data.find_all(text):
        return False
    rest = _without_phrases(_without(an, text, _SOCIAL_ONLY), data)
    return not [w for w in (tx.fold(t.text.lower()) for t in tx.tokenize_cached(rest) if t.is_word)
                if w not in _FILLERS and w not in _YES_WORDS]


def _cut_short(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i say goodbye, and the call end on the client holding on and asking still ("oodake, aga
    summa?", «алло подождите а сколько»)?"""
    if i + 2 != len(an.turns) or an.turns[i + 1].role != "client" or not an.phrase_set(("farewell",)).find_all(
            an.turns[i].text):
        return False
    text = an.turns[i + 1].text
    return bool(tone._HOLD_ON.search(tone._folded_words(an, text))) and _asks(an, i + 1)


def _says_nothing(an: TranscriptAnalysis, i: int) -> bool:
    """Does agent unit i tell nothing and ask nothing (no informing sentence, no number, no question)?"""
    text = an.turns[i].text
    return "?" not in text and not any(ch.isdigit() for ch in text) and not any(
        _informs(an, s) and not an.is_stuffed(i, a, b) for a, b, s in an.sentences(i))


def _puzzled_echo(an: TranscriptAnalysis, i: int, nxt: str) -> bool:
    """The client asking what the agent's bare word meant: "mida jah?", «что "понятно"?», "mis taotlus?"."""
    said = {tx.fold(t.text) for t in tx.tokenize_cached(an.turns[i].text) if t.is_word}
    words = [tx.fold(t.text) for t in tx.tokenize_cached(nxt) if t.is_word]
    return 0 < len(said) <= 2 and len(words) <= 3 and bool(_WH.search(nxt)) and bool(said & set(words))


def _whole_non_answer(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i as a whole a pasted repeat or a keyword chain (`acts.find_non_answers`)? Not a chain that
    gives the one value asked for (`_value_with_cues`: "320 eurot. Kokkuvõtteks." to "palju see on?")."""
    acts = an.acts if an.acts is not None else an.raw.acts
    turns = {p[1] for p in an.turns[i].parts}
    return acts is not None and any(f.turn in turns and f.whole_reply and f.kind in ("repeat", "keyword_chain")
                                    for f in acts.findings) and not _value_with_cues(an, i)


# replies that say nothing: thanks-you-too, fillers
_FILLERS = frozenset("palun mhm mhmh ahah aa ee selge okei ok okay пожалуйста угу ага ок окей понятно ясно".split())
_YES_WORDS = frozenset("jah jaa jep да".split())
# questions a yes, a no or a topic word cannot answer ("kui palju?", «когда?», "kuhu?")
_WH = re.compile(r"(?i)\b(?:kui\s+palju|kui\s+kaua|millal|mitu|kus|kuhu|kust|mida|mis|milline|milli\w+|kes|kelle\w*|"
                 r"кто|кому|к\s+кому|кого|"
                 r"сколько|когда|где|куда|откуда|что|какой|какая|какие|каким)\b")


# what the thanks is for («Спасибо за обращение!», "Aitäh pöördumise eest!"): part of the formula
_THANKS_TAIL = re.compile(r"(?i)\bза\s+(?:ваше\s+)?(?:обращение|звонок|вопрос|терпение|ожидание)\b|"
                          r"\b(?:p[oö]ördumise|k[oõ]ne|k[uü]simuse|ootamise|kannatlikkuse)\s+eest\b|"
                          r"\bза\s+(?:доставленные\s+)?неудобства\b")
_SOCIAL_ONLY = SOCIAL_CONCEPTS + ("appreciation",)


# the client saying she understood, after a yes or not: "jah sain aru", «да, поняла», "sain aru, aitäh" (not "ei saa
# aru", «не поняла»)
_UNDERSTOOD_NOW = re.compile(r"^(?:(?:jah|jaa|no|nojah|ahah|aa|да|ну|ага|а)\s+)*(?:(?:sain|saan|sain\s+nuud)\s+aru|"
                             r"moistan|moistsin|selge|понял\w*|понятно|ясно)\b")


def _takes_answer(text: str) -> bool:
    """Does the client's reply take the answer (`uptake.accepts`, or "jah sain aru ...", «да поняла ...»)?"""
    return accepts(text) or bool(_UNDERSTOOD_NOW.search(" ".join(t.norm for t in tx.tokenize_cached(text) if t.is_word)))


# (round 30) the client left to find it out herself: "ma vist pean ise edasi uurima", "uurin siis ise", «видимо,
# придётся самой разбираться», «сама поищу»; a question left open as much as one asked
_ON_MY_OWN = re.compile(r"\b(?:pean|tuleb|peab|peaks)\s+(?:\w+\s+){0,2}?ise\s+(?:\w+\s+)?(?:uurima|uurida|otsima|otsida|"
                        r"valja\s+selgitama|valja\s+uurima|selgust\s+saama)\b|"
                        r"\b(?:uurin|otsin|selgitan)\s+(?:siis\s+|vist\s+)?ise\b|"
                        r"\bпридется\s+(?:\w+\s+){0,2}?сам\w*\s+(?:\w+\s+)?(?:разбират\w*|искат\w*|узнават\w*|выяснят\w*)|"
                        r"\bсам[аи]?\s+(?:тогда\s+)?(?:разберусь|поищу|узнаю|выясню)\b")


def _ignored_to_the_end(an: TranscriptAnalysis) -> list[Evidence]:
    """The client's questions ignored to the end (a brush-off as the blind labellers read it): the agent's
    last reply says goodbye or pastes again (see `_ignores`) to an open question, after an earlier question
    or complaint was ignored too, or to whatever the client said after two were, or, after two were, says
    goodbye to the open question with the client holding on and asking still ("алло подождите а сумма какая",
    `_cut_short`). One abrupt goodbye after real answers is a closing failure only, unless every sentence of it
    was typed before (a goodbye macro pasted again over the question, `courtesy_court.pasted_macro`, round 27)."""
    if len(an.agent_indexes) < 3:
        return []
    last = an.agent_indexes[-1]
    if last == 0 or an.turns[last - 1].role != "client":
        return []
    before = an.turns[last - 1].text
    # (or says she did not understand: "ok ma ei saa aru aga ma helistan parem", blind round 27)
    still_open = _asks(an, last - 1) or says_unanswered(before) or not_listening(before) or bool(_BAFFLED.search(before)) \
        or bool(_ON_MY_OWN.search(tx.fold(before.lower())))
    if not still_open and _takes_answer(before) and an.phrase_set(("thanks",)).find_all(before) \
            and an.turns[last - 2].role == "agent" and not _says_nothing(an, last - 2) \
            and not _whole_non_answer(an, last - 2):
        return []  # "Хорошо, спасибо." takes an answer: a goodbye to it ignores nothing (not "ладно, спасибо" to nothing)
    ignored_last = still_open and _ignores(an, last, True)
    if not ignored_last and not _says_nothing(an, last) and not (still_open and _cut_short(an, last)):
        return []  # the last reply tells something: nothing is ignored to the end
    if ignored_last and court.pasted_macro(an, last):
        return [an.evidence(last, an.turns[last].text.strip())]  # the goodbye macro pasted again over the question
    # after two ignored questions, a last reply that tells nothing ignores the client again
    needed = 1 if ignored_last else 2
    earlier = []
    for i in an.agent_indexes[1:-1]:
        if _whole_non_answer(an, i) or (an.turns[i - 1].role == "client" and _ignores(an, i, False)):
            earlier.append(i)
            if len(earlier) == 2:
                break
    if len(earlier) < needed:
        return []
    return [an.evidence(i, an.turns[i].text.strip()) for i in earlier[:2] + [last]]
