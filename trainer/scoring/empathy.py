"""Empathy cues that respond to no one (criterion "empathy", blind round 12).

- A *stock formula*: the cue with nothing of the client's in it ("Mõistan Teie muret.", "Saan aru.", «Приношу
  извинения за неудобства.», «я понимаю как это для вас важно» up to the next cue of another step). From an
  agent who *recites* empathy (a cue pasted into several replies, or empathy said in the opening before the
  client said anything) it is that recitation again, not a response to what the client just said. From an
  agent who recites nothing it keeps counting.
- A *concession*: a bare cue of understanding turned at once into a contradiction ("jah ma saan aru aga kohustus on ikkagi
  vanemal", «понимаю, но правила одинаковые»): the acknowledgement only prefaces the blame. A cue with content
  of its own before the "but" ("saan aru, et see on raske, aga ...") still acknowledges.
- A stock formula from an agent who then dismisses the client's trouble as beyond help («ничего не
  поделаешь», "midagi pole teha") was no response either (`dismissed_later`, blind round 13).
- In speech without punctuation «... когда не знаешь придут деньги или нет», "... kui ei tea, kas raha tuleb
  või mitte" ends in an indirect question after a verb of knowing, not in a tag that asks the client.
- Blind round 17: "understand" qualified by "correctly" («так я правильно понимаю вы получаете ...», "ma saan
  õigesti aru, et ...") checks the facts, it acknowledges nothing (`checks_understanding`); a stock formula in
  answer to a disclosure of violence or danger («муж меня бьёт», "mees lööb mind") is not enough
  (`answers_danger`), while a question whether the person at risk is safe now is a response to it
  (`safety_checks`); a cue whose content is a clause after "et"/«что» ("Saan aru, et see tuli ootamatult") is no
  keyword chain (`glued_to_chain`).
- Blind round 18: "I understand your question" ("Mõistan Teie küsimust", «понимаю ваш вопрос») acknowledges what was
  asked, not a feeling (`understands_question`); an apology or acknowledgement followed in the same reply by irony
  or condescension (`courtesy_manner`) is taken back (`undercut`).
- Blind rounds 21-22: a vague formula (importance, "your emotions", dissatisfaction, inconvenience: "saan aru et see on
  teile oluline", «Понимаю ваши эмоции», "Vabandan ebamugavuste pärast") glued straight to the next step is no
  response to the client's hardship (no money, tears, shock, a death: `hardship.py`) that nothing in the call
  answers (`glued_vague_formula`); a condolence or a named feeling in few words still is one.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.labels import unlabelled
from trainer.scoring.macros import pasted_run, sentence_key
from trainer.text.repair import blank_repairs

# words that name nothing of the client's situation (folded): pronouns, copula, "important", "your concern",
# "for the inconvenience", intensifiers, yes/of course
_GENERIC = frozenset("""
    see seda on oli olete ja et mis teile teie teid teil teist te ma mina mind mul meie me oleme
    oluline olulised tahtis tahtsad mure muret murest muresid mures tunded tundeid emotsioone emotsioonid olukorda
    olukorrast ebamugavuste ebamugavuse ebamugavus parast eest vaga toesti hasti igati kindlasti jah muidugi
    loomulikult selge noh no kull ka juba ette taielikult taiesti
    я мы вас вам ваш ваше ваша ваши вашу вашего вашей вы как это для важно очень за неудобства неудобство
    неудобствами беспокойство беспокойства волнение эмоции чувства ситуацию ситуация вопрос да конечно и что ну
    так заранее уже вполне полностью прекрасно хорошо
""".split())
# a contrast that turns the acknowledgement into a contradiction
_ADVERSATIVE = frozenset("aga kuid ent ometi siiski но однако зато".split())
# fillers allowed between the bare cue and the contrast ("saan aru jah aga", «понимаю конечно но»)
_FILLER = frozenset("jah kull muidugi loomulikult noh да конечно ну".split())
_UNDERSTAND = frozenset("aru moistan понимаю".split())
_KNOW = frozenset("""tea tean tead teab teate teame teata teadnud teadmata teadma teada
    знаешь знаю знает знаете знаем знать знала знал неизвестно непонятно понятно ясно""".split())
_ALTERNATIVE_TAGS = {("или", "нет"), ("voi", "mitte"), ("voi", "ei")}
# "correctly" with a verb of understanding: a comprehension check ("kas ma saan õigesti aru", «правильно ли я понимаю»)
_CORRECTLY = frozenset("oigesti tapselt valesti правильно неправильно верно".split())
# a conjunction opening the clause that says what is understood ("saan aru, et ...", «понимаю, что ...»)
_COMPLEMENTIZERS = frozenset("et что".split())


def _words(text: str, start: int, end: int) -> list:
    return [t for t in tx.tokenize_cached(text) if t.is_word and start <= t.start < end]


def stock_formula(an, i: int, m, start: int, end: int) -> bool:
    """Is the sentence (``start``-``end``) of the empathy cue ``m`` of agent unit i, between the cues of other
    steps around it, made only of cue words and words that name nothing of the client's ("Mõistan Teie
    muret.", «я понимаю как это для вас важно итак ...»)?"""
    cues = an.cues(i)
    stop = min([p for p, _, name in cues if name != "empathy" and m.end <= p < end] + [end])
    begin = max([q for p, q, name in cues if name != "empathy" and start <= p and q <= m.start] + [start])
    covered = [(p, q) for p, q, name in cues if name != "empathy"]
    inside = [(p, q) for p, q, name in cues if name == "empathy"]
    vocabulary = _cue_vocabulary(an)
    text = an.turns[i].text
    for t in _words(text, begin, stop):
        if any(p <= t.start < q for p, q in covered):
            continue
        if any(p <= t.start < q for p, q in inside) and t.norm in vocabulary:
            continue  # the cue's own words; what fills its gaps ("kuulen, et olete venna pärast mures") is content
        if t.norm not in _GENERIC:
            return False
    return True


def _cue_vocabulary(an) -> frozenset:
    """The (folded) words of the empathy concept's phrases, in every language: the cue's own words ("mõistan",
    "kahju", "mures", «соболезнования»), as against the words of the client's that fill a cue's gaps."""
    cached = an.__dict__.get("_empathy_vocabulary")
    if cached is None:
        words: set[str] = set()
        for phrases in (an.concepts.get("empathy") or {}).values():
            for phrase in phrases or ():
                phrase = str(phrase)
                if phrase.startswith("re:"):
                    phrase = re.sub(r"\\[a-zA-Z]", " ", phrase[3:])
                words |= {t.norm for t in tx.tokenize_cached(re.sub(r"[^\w\s]", " ", phrase)) if t.is_word}
        cached = an.__dict__["_empathy_vocabulary"] = frozenset(words)
    return cached


def checks_understanding(an, i: int, m) -> bool:
    """Is the cue ``m`` of agent unit i a verb of understanding qualified by "correctly" (up to two words before
    the verb or the one after it, with no end mark the agent typed between): «так я правильно понимаю вы
    получаете пенсию на счёт», "ma saan õigesti aru te saate ...", «если я верно понимаю»? That checks the facts,
    said without a question mark in speech too; it acknowledges no feeling. (The breaks the speech normaliser
    puts in, «... так я правильно. понимаю ...», part nothing.)"""
    unit = an.turns[i]
    words = _words(unit.text, 0, len(unit.text))

    def joined(x, y) -> bool:  # no end mark between two words in what the agent typed or said
        between = unit.original_text(x.end, y.start) if hasattr(unit, "original_text") else unit.text[x.end:y.start]
        return not re.search(r"[.!?…\n]", between)

    for n, t in enumerate(words):
        if not (m.start <= t.start < m.end and t.norm in _UNDERSTAND):
            continue
        before = [w for w in words[max(0, n - 2):n] if joined(w, t)]
        if any(w.norm in _CORRECTLY for w in before):
            return True
        # «понимаю правильно», not «понимаю вас правильно ли я понял ...» (a check of its own after the cue)
        after = [w.norm for w in words[n + 1:n + 3] if joined(t, w)]
        if after[:1] and after[0] in _CORRECTLY and after[1:2] != ["ли"]:
            return True
    return False


def answers_danger(an, i: int) -> bool:
    """Does agent unit i answer a client unit that discloses violence or danger (concept client_danger: "mees
    lööb mind", «муж меня бьёт»)? A stock formula about importance or concern is no response to that."""
    j = an.client_problem_before(i)
    return j is not None and bool(an.matches(j, ["client_danger"]))


# the cues that clear the client of blame or thank her for telling (rubric: "see ei ole Teie süü", «спасибо, что
# рассказали», «не извиняйтесь»; new-user batch 27 crisis-violence-ru): the recommended response to a disclosure
_SUPPORTS_DISCLOSURE = re.compile(
    r"\b(?:suu|suudi|suudlane|raakisite|julgesite|utlesite|vabandage|вин[аы]|виноват\w*|рассказали|поделились"
    r"|решились|доверились|извиняйтесь)\b", re.IGNORECASE)


def supports_disclosure(m) -> bool:
    """Is the empathy cue ``m`` one that clears the client of blame or thanks her for telling ("See ei ole Teie
    süü.", «Спасибо, что рассказали.»)? Unlike a formula about importance, it answers a disclosure of violence."""
    return bool(_SUPPORTS_DISCLOSURE.search(tx.fold(m.quote)))


def safety_checks(an, i: int, lo: int, hi: int) -> list:
    """The questions of agent unit i (within ``lo``-``hi``) that ask whether the person at risk is safe now
    ("Kas Teie õde on praegu ohus?", «Вы сейчас в безопасном месте?», concept safety_check), once a client unit
    before it disclosed violence or danger: the first response that disclosure needs; or asked on hints of it
    ("Он всё забирает... мне тяжело говорить") when the client's answer then discloses it («Сейчас да, но вчера
    он ударил меня»). Advice for a danger to come ("Ohu korral helistage 112") asks nothing."""
    from trainer.scoring.asking import asks_question

    answer = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    if not any(an.turns[j].role == "client" and an.matches(j, ["client_danger"])
               for j in [*range(i), *([answer] if answer is not None else [])]):
        return []
    text = an.turns[i].text
    found = []
    for m in an.matches(i, ["safety_check"]):
        if not lo <= m.start < hi:
            continue
        sentence = next((s for a, b, s in an.sentences(i) if a <= m.start < b), "")
        if sentence and asks_question(text, sentence, an.language):
            found.append(m)
    return found


def recites_empathy(an, pasted: frozenset) -> bool:
    """Does the agent recite empathy: an empathy cue in a sentence said in two or more replies (`macros`), in
    a pasted run of speech, or in the opening before the client said anything?"""
    cached = an.__dict__.get("_recites_empathy")
    if cached is not None:
        return cached
    raw = getattr(an, "raw", an)
    first_client = next((k for k, t in enumerate(raw.turns) if t.role == "client"), len(raw.turns))
    found = False
    for i in raw.agent_indexes:
        text = raw.turns[i].text
        spoken = not any(c in text for c in "?!,;")
        for m in raw.matches(i, ["empathy"]):
            if i < first_client:
                found = True
                break
            sentence = next((s for a, b, s in raw.sentences(i) if a <= m.start < b), "")
            if sentence_key(unlabelled(sentence)) in pasted or (spoken and pasted_run(raw, i, m.start)):
                found = True
                break
        if found:
            break
    an.__dict__["_recites_empathy"] = found
    return found


# a fatalistic dismissal of the client's trouble (folded text): «ничего не поделаешь», «что (тут) поделаешь», «срок
# есть срок», «такова жизнь», "midagi pole teha", "siin ei ole midagi teha", "reeglid on reeglid"
_DISMISSAL = re.compile(
    r"(?<!\w)(?:(?:ничего|что)\s+(?:тут\s+)?(?:не\s+)?поделаешь|(?:тут|здесь)\s+ничего\s+не\s+поделаешь|"
    r"(срок|правила|закон|решение)\s+есть\s+\1|такова\s+жизнь|"
    r"(?:midagi\s+(?:pole|ei\s+ole)|pole\s+midagi|ei\s+ole\s+midagi)\s+(?:siin\s+|sinna\s+)?(?:teha|parata)|"
    r"(reeglid|seadus|tahtaeg|otsus)\s+on\s+\2|nii\s+on\s+elu)(?!\w)")


def dismissed_later(an, i: int, m) -> bool:
    """Does the agent, after the empathy cue ``m`` of unit i, dismiss the client's trouble as beyond help («ничего
    не поделаешь», "midagi pole teha", «срок есть срок»)? A stock formula followed by that was a formula, not a
    response. (Blame and condescension are courtesy's: "Mõistan Teie muret. ... see on ju lihtne" keeps its
    empathy, as the declared example "empathic but wrong" has it.)"""
    raw = getattr(an, "raw", an)
    for j in raw.agent_indexes:
        if j >= i and _DISMISSAL.search(tx.fold(raw.turns[j].text[m.end if j == i else 0:])):
            return True
    return False


# the client's question as what is understood: "Mõistan Teie küsimust", «понимаю ваш вопрос»
_QUESTION = frozenset("kusimust kusimusest kusimuse kusimusi paringut вопрос вопроса вопросы запрос".split())
_POSSESSIVE = frozenset("teie te teid teil ваш вашего ваши вас".split())


def understands_question(an, i: int, m) -> bool:
    """Is the cue ``m`` of agent unit i a verb of understanding whose object is the client's question ("Mõistan
    Teie küsimust.", «Понимаю Ваш вопрос»)? That acknowledges what was asked, not a feeling (blind round 18)."""
    if not _UNDERSTAND & {t.norm for t in _words(m.quote, 0, len(m.quote))}:
        return False
    after = [t.norm for t in _words(an.turns[i].text, m.end, len(an.turns[i].text))[:2]]
    after = after[1:] if after[:1] and after[0] in _POSSESSIVE else after
    return bool(after) and after[0] in _QUESTION


def undercut(an, i: int, m) -> bool:
    """Does agent unit i, after its empathy cue ``m``, turn on the client with irony or condescension ("Vabandan, et
    olukord on ebameeldiv. ... Eks kirjad tulevadki selleks, et neid loetakse.")? An acknowledgement taken back in
    the same reply responded to nothing (blind round 18); a cue in one reply and condescension in another stay
    apart (the declared example "empathic but wrong")."""
    from trainer.scoring import courtesy_manner as manner

    raw = getattr(an, "raw", an)
    tail = raw.turns[i].text[m.end:]
    return any(e.quote and e.quote in tail for e in manner.irony(raw) + manner.condescension(raw))


def concedes(an, i: int, m, end: int) -> bool:
    """Is the bare cue of understanding ``m`` followed at once (a filler at most between) by a contrast: "saan
    aru aga ..."? An apology before a "but" («извините, но в таком тоне ...») still apologises."""
    if not _UNDERSTAND & {t.norm for t in _words(m.quote, 0, len(m.quote))}:
        return False
    rest = _words(an.turns[i].text, m.end, end)
    k = 0
    while k < len(rest) and k < 1 and rest[k].norm in _FILLER:
        k += 1
    return k < len(rest) and rest[k].norm in _ADVERSATIVE


def glued_to_chain(an, i: int, m, start: int, end: int) -> bool:
    """Is the sentence (``start``-``end``) of agent unit i, the empathy cue ``m`` and the cue phrases of other steps
    taken out (another empathy cue stays: "..., on tõesti hirmutav" says something), a verbless keyword chain
    ("семейный врач ходатайство среда самообслуживания итог понимаю вас", "Mõistan: perearst, taotlus,
    raskusaste")? A cue glued to such a chain is one more keyword of it, no response to the client's distress
    (blind round 16). A chain with a verb ("понимаю вас сначала семейный врач пишет ходатайство") answers, and an
    acknowledgement of its own («понимаю, как вам сейчас тяжело», "Mõistan, see on raske uudis") is no keyword."""
    from trainer.scoring.courtesy_informs import THANKS_TAIL
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.text.keywords import is_keyword_list, phrase_kind

    text = an.turns[i].text
    after = _words(text, m.end, end)
    cue = _words(m.quote, 0, len(m.quote))
    if (cue and cue[-1].norm in _COMPLEMENTIZERS) or (after and after[0].norm in _COMPLEMENTIZERS):
        return False  # "Saan aru, et see tuli ootamatult": what is understood said in a clause, no keyword
    rest = list(text[start:end])
    for p, q, name in [*an.cues(i), (m.start, m.end, "")]:
        if name == "empathy":
            continue
        for k in range(max(p, start), min(q, end)):
            rest[k - start] = " "
    rest = THANKS_TAIL.sub(" ", "".join(rest))  # «спасибо» is a cue, «за звонок» its tail
    rest = blank_repairs(rest)  # "Sorry, typo – avaldan kaastunnet.": the slip corrected, no keywords (repair.py)
    if "?" in rest or has_finite_verb(rest, an.language):
        return False
    fragments = [f.strip() for f in re.split(r"[.,;:!]|\s[–—-]\s", rest) if any(t.is_word for t in tx.tokenize_cached(f))]
    # every fragment a topic or a run of topics: a clause of its own («как Вам сейчас тяжело») is no keyword
    return bool(fragments) and is_keyword_list(fragments, frozenset(), rest) and all(
        phrase_kind([t for t in tx.tokenize_cached(f) if t.is_word or t.text[:1].isdigit()]) != "syntax"
        for f in fragments)


# a list item's marker: a tick, a bullet, a dash or a number opening a line
_MARKER = r"(?:[✔✓✅☑•▪►·]|(?:^|(?<=\n))\s*-\s|\d+[.)]\s)"
_LIST_START = re.compile(rf"^\s*{_MARKER}")
_HEADED_LIST = re.compile(rf"^\s*([^.!?:\n]{{1,60}}):\s*{_MARKER}")


def heads_list(an, i: int, end: int) -> bool:
    """Does a list follow the bare cue sentence ending at ``end`` of agent unit i at once ("Mõistan. ✔ vaie ✔ uus
    taotlus", «Понимаю. • возражение • новое ходатайство»), or after a verbless heading ("Mõistan. Teie võimalused:
    • vaie ...")? The one-word acknowledgement is then the list's opening token, no response to the client's
    feelings (blind round 14)."""
    from trainer.scoring.finite_verbs import has_finite_verb

    unit = an.turns[i]
    rest = unit.original_text(end, len(unit.text))
    if _LIST_START.search(rest):
        return True
    m = _HEADED_LIST.search(rest)
    return bool(m) and not has_finite_verb(m.group(1), an.language)


def indirect_alternative(sentence: str) -> str | None:
    """The sentence without its closing "или нет"/"või mitte" when that closes an indirect question after a
    verb of knowing («когда не знаешь придут деньги или нет»); None otherwise."""
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    if len(words) < 4 or (words[-2].norm, words[-1].norm) not in _ALTERNATIVE_TAGS:
        return None
    if not any(t.norm in _KNOW for t in words[:-2]):
        return None
    return sentence[:words[-2].start].rstrip()


# what a vague formula acknowledges (folded): importance, "your emotions", dissatisfaction, inconvenience; a named
# feeling ("Teie muret", «Ваше беспокойство») or the client's own words are no vague object
_VAGUE = frozenset("""
    oluline olulised tahtis tahtsad ebamugavuste ebamugavuse ebamugavus ebamugavusi emotsioone emotsioonid
    emotsioonidest tundeid tunded tunnetest rahulolematust rahulolematus
    важно важен важна важны эмоции эмоций эмоциями чувства чувств недовольство недовольства неудобства неудобство
    неудобствами
""".split())
_NAMED_FEELING = frozenset("mure muret murest muresid mures беспокойство беспокойства волнение".split())
_ACKNOWLEDGING = frozenset("""saan aru moistan vabandan vabandame vabandust palun понимаю приношу приносим извинения
    извиняюсь извините прошу прощения""".split())
# after the vague word, the acknowledgement goes on ("..., ja mul on väga kahju", «..., и мне очень жаль»)
_GOES_ON = frozenset("ja ning ent sest kuna kui eriti et и а также потому поскольку когда особенно что тем".split())


def vague_formula(an, i: int, m, start: int, end: int) -> int | None:
    """Is the empathy cue ``m`` of agent unit i (sentence ``start``-``end``) a vague formula, cue words and a vague
    object only ("saan aru et see on teile oluline", «Понимаю ваши эмоции», "Vabandan ebamugavuste pärast"), glued
    straight to the next step of the same reply? The position where that step starts, or None (a formula that ends
    the reply, goes on with "ja"/«и», names a feeling or holds the client's words is no glued vague formula)."""
    text = an.turns[i].text
    others = [(p, q) for p, q, name in an.cues(i) if name != "empathy"]
    feelings = [(p, q) for p, q, name in an.cues(i) if name == "empathy" and not p <= m.start < q]
    begin = max([q for p, q in others if start <= p and q <= m.start] + [start])
    allowed = _GENERIC | _ACKNOWLEDGING | _VAGUE
    vague = False
    for t in _words(text, begin, len(text)):
        if t.start >= m.end and (t.start >= end or any(p <= t.start < q for p, q in others)):
            return t.start if vague else None  # the next sentence, or the cue of the next step
        if t.norm in _NAMED_FEELING or (vague and t.norm in _GOES_ON):
            return None
        if t.norm in _VAGUE:
            vague = True
        elif t.norm not in allowed:  # a word of another cue here ("..., väga kahju") is a feeling named
            glued = vague and t.start >= m.end and not any(p <= t.start < q for p, q in feelings)
            return t.start if glued else None
    # the reply ends here, but for what the act reading took out of it (a keyword line, a step label): glued to that
    raw = getattr(an, "raw", an)
    dropped = raw is not an and len(_words(raw.turns[i].text, 0, len(raw.turns[i].text))) > len(_words(text, 0, len(text)))
    return len(text) if vague and dropped else None


def _next_step_asks(an, i: int, pos: int) -> bool:
    """Is the step that follows at ``pos`` in agent unit i a question or request (a code request, "mis teie küsimus
    täpsemalt on", «Уточните ...?») or a verbless keyword line, rather than an inform about the matter?"""
    from trainer.scoring.asking import asks_question
    from trainer.scoring.finite_verbs import has_finite_verb

    text = an.turns[i].text
    if pos >= len(text):
        return True  # what followed was no act: a keyword line or a step label (`vague_formula`)
    if any(pos <= p for p, _, name in an.cues(i) if name == "identification_request"):
        return True
    sentence = next((s for a, b, s in an.sentences(i) if a <= pos < b), text[pos:])
    if asks_question(text, sentence, an.language):
        return True
    return not has_finite_verb(sentence, an.language)


def glued_vague_formula(an, i: int, m, start: int, end: int) -> bool:
    """Is the cue ``m`` a vague formula glued to the next step (`vague_formula`) while the client's hardship gets no
    response anywhere in the conversation (`hardship.unanswered_hardship`)? Her distress or a death in her family is
    answered by no next step; a want of money is by an inform about the matter ("Mõistan, see on oluline.
    Väljamakse tehakse 10. kuupäeval."), not by a question, a code request or a keyword line (blind rounds 21-22)."""
    from trainer.scoring.hardship import unanswered_hardship

    hardship = unanswered_hardship(an, i)
    if not hardship.any:
        return False
    pos = vague_formula(an, i, m, start, end)
    if pos is None:
        return False
    return not hardship.only_money or _next_step_asks(an, i, pos)
