"""Evaluates declarative rubric checks on a transcript, returning evidence for every verdict.

`evaluate_check` dispatches a rubric check by its type. The transcript is read once, in
:class:`trainer.scoring.analysis.TranscriptAnalysis` (messages normalised, merged into units, sentences, the
main answer, identification and disclosures); the call-model criteria with most logic have modules of their
own (`greeting`, `identity`, `summary`, `closing`; courtesy in `courtesy`), and the generic checks (concept,
question, response, regex, fact, value, promise, ...) are here.

Acts are judged in context (see docs/text-analysis.md, "Acts in context"): the *main answer* is the
first agent sentence that informs; a clarifying question counts before it, a summary after it, empathy
only after the client voiced a problem, a closing only as the last agent unit with no client question
left open, and a sentence stuffed with cue words performs no act.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis, sentence_of, sentences
from trainer.scoring.asking import (
    HASHTAG,
    TEMPLATE_GAP,
    asks_question,
    bare_word_question,
    client_asks,
    echo,
    is_spoken,
    open_ended,
)
from trainer.scoring.authorities import services_named, wrong_clauses
from trainer.scoring.check_frame import recited_in_opener
from trainer.scoring.clarify import clarifies
from trainer.scoring.clause_span import crosses_clause
from trainer.scoring.closing import closing
from trainer.scoring.cues import names_step_done
from trainer.scoring.disclosure import find_fact
from trainer.scoring.empathy import (
    answers_danger,
    checks_understanding,
    concedes,
    dismissed_later,
    glued_to_chain,
    glued_vague_formula,
    heads_list,
    indirect_alternative,
    recites_empathy,
    safety_checks,
    stock_formula,
    supports_disclosure,
    undercut,
    understands_question,
)
from trainer.scoring.first_answer import needs_answer
from trainer.scoring.greeting import own_name
from trainer.scoring.hearsay import not_told
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.identity import data_protection, identification
from trainer.scoring.joined_check import joined_need_check
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.macros import pasted_run, pasted_sentences, sentence_key
from trainer.scoring.namecheck import read_back_left_out
from trainer.scoring.needs_acts import alternative_answered
from trainer.scoring.phrase_matches import freeze, informal_matches, phrase_set, positive_matches
from trainer.scoring.promise_deadline import binding_promises
from trainer.scoring.reported import embedded_whether, in_reported_question, reports_question
from trainer.scoring.roles import role_given_away, role_given_away_in
from trainer.scoring.rubric import Check
from trainer.scoring.spoken_recap import restated_matter
from trainer.scoring.statements import find_status_statements
from trainer.scoring.summary import recap_act
from trainer.scoring.values import find_values, former_part, tells_former_rule
from trainer.scoring.verdict import Evidence, Outcome
from trainer.text.quantities import parse_quantity
from trainer.text.regexsafe import compile_safe
from trainer.text.repair import is_condolence


def evaluate_check(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Evaluate a check (with its ``not-`` prefix applied)."""
    if check.negated:
        an = an.raw  # a prohibition applies to everything said, acts or not
    outcome = _EVALUATORS[check.base_type](check, an)
    if check.negated:
        # for not-X the evidence of X is the evidence of the failure
        # (a reason names a failure variant: not-X passing because X failed keeps none)
        return Outcome(not outcome.passed, outcome.evidence if outcome.passed else [],
                       outcome.reason if outcome.passed else "", wrong=outcome.passed)
    return outcome


def concept(check: Check, an: TranscriptAnalysis, skip=None) -> Outcome:
    """A concept's phrases said (or, for ``not-concept``, not said); ``skip(an, i, match)`` drops a match
    that the caller's criterion does not count (courtesy: an offer of a further way)."""
    names = [] if check.phrases is not None else check.value_list()
    evidence, phrases_seen = [], set()
    roles = () if check.negated or check.any_language else tuple(an._phrases_for(tuple(names), check.phrases, an.language))
    for i, lo, hi in an.spans(check.scope):
        for m in an.matches(i, names, check.phrases, check.any_language):
            if lo <= m.start < hi and not (check.negated and _not_asserted(an, i, m)) \
                    and not (not check.negated and _not_told(an, i, m.start)) \
                    and not (roles and role_given_away_in(an, i, m, roles)) \
                    and not (skip is not None and skip(an, i, m)):
                evidence.append(an.match_evidence(i, m))
                phrases_seen.add(tx.fold(m.phrase))
        if check.markers:
            for marker in check.markers:
                for part in an.turns[i].parts:
                    if marker in part[2].emoji:
                        evidence.append(Evidence(part[1] + 1, marker, an.agent_number.get(part[1])))
                        phrases_seen.add(marker)
    return Outcome(len(phrases_seen) >= check.min_matches, evidence)


def _not_told(an: TranscriptAnalysis, i: int, pos: int) -> bool:
    """Are the agent's words at pos named without being told to the client: in the client's question given back
    („Kas sain õigesti aru, et küsite, kas pakkumine tuleb ...?“), in hearsay („mõned arvavad, et ...“), in a relative
    clause of thanks or in a list of topics talked about (hearsay.py)? Then a content check does not count them.
    A question of the agent's own still counts: an offer or a question may be what a criterion wants."""
    if an.turns[i].role != "agent":
        return False
    a, b = sentence_of(an, i, pos)
    sentence = an.turns[i].text[a:b]
    if sentence.rstrip().endswith("?") and (reports_question(an.turns[i].text[a:pos], an.language)
                                            or in_reported_question(sentence, pos - a, an.language)):
        return True
    return not_told(sentence, pos - a, an.language)


def _not_asserted(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the agent's match m in a rule told as former („Varem maksti reedel, aga nüüd enam mitte.“), in an embedded
    whether-clause („ka see, kas raha on kontol, on tema andmed“) or in a question that gives the client's own words
    back („Kas küsite, kas see tuleb reedel?“ after „... tuleb reedel“)? Then the wrong rule a `not-concept` check looks for is not said. A question of the agent's own
    („Kes Teid ründas?“) is still asked: some checks forbid exactly that."""
    if an.turns[i].role != "agent":
        return False
    a, b = sentence_of(an, i, m.start)
    sentence = an.turns[i].text[a:b]
    if tells_former_rule(sentence, an.language) or m.end - a <= former_part(sentence, an.language):
        return True  # „Varem maksti reedel, aga ...“: the match is in the clause that tells the former rule
    if embedded_whether(sentence, m.start - a, an.language, m.end - a):
        return True  # "ka see, kas raha on kontol, on tema andmed": named, not stated (reported.py)
    if is_spoken(an.turns[i].text) and crosses_clause(sentence, m.start - a, m.end - a, an.language):
        return True  # "makstakse kahe tööpäeva jooksul raha jõuab samal päeval": two clauses (clause_span.py)
    if in_reported_question(sentence, m.start - a, an.language):
        return True  # "Te küsite, kas tal pension on kontole tulnud.": the caller's question given back (reported.py)
    if not sentence.rstrip().endswith("?"):
        return False
    if reports_question(an.turns[i].text[a:m.start], an.language):
        return True  # "Kas ma sain õigesti aru, et soovite teada, kas tema pension on laekunud?" (reported.py)
    heard = {w for k in range(i) if an.turns[k].role == "client" for w in tx.fold(an.turns[k].text).split()}
    words = tx.fold(m.quote).split()
    return bool(words) and all(w.strip(".,!?;:") in {h.strip(".,!?;:") for h in heard} for w in words)


def _question(check: Check, an: TranscriptAnalysis) -> Outcome:
    about = an._phrases_for(tuple(check.value_list()), check.phrases, an.language) if (check.value or check.phrases) else None
    # exclusions in every language: an Estonian "Kuidas saan aidata?" in a Russian call is no clarification
    excluded = tuple(an._phrases_for(tuple(check.exclude), None, lang) for lang in an.languages(check.exclude)) \
        if check.exclude else ()
    languages = tuple(an.languages(check.exclude)) if check.exclude else ()
    evidence = []
    answered = check.scope == "before_answer" and needs_answer(an) is not None
    for i, lo, hi in an.spans(check.scope):
        text = an.turns[i].text
        found = _questions(text, an.language, excluded, languages, about)
        if is_spoken(text):  # speech: a statement the client answered with yes or no was a question
            asked = {a for a, _, _ in found}
            found += tuple((a, b, s.strip()) for a, b, s in an.sentences(i)
                           if a not in asked and an.confirmed_check(i, a, b, s)
                           and _questions(s, an.language, excluded, languages, about, True))
            # an either-or closing a run-on sentence, the client choosing (needs_acts.py, blind round 29)
            asked = {a for a, _, _ in found}
            for a, _b, s in an.sentences(i):
                if a not in asked and (off := alternative_answered(an, i, s)) is not None:
                    found += _shifted(_questions(s[off:], an.language, excluded, languages, about, True), a + off)
            # a restatement after «значит» run on into the code request, its content confirmed (spoken_recap.py)
            asked = {a for a, _, _ in found}
            for a, _b, s in an.sentences(i):
                if a not in asked and (span := restated_matter(an, i, s)) is not None:
                    found += _shifted(_questions(s[span[0]:span[1]], an.language, excluded, languages, about, True),
                                      a + span[0])
        # a question followed by a goodbye in the same reply leaves the client no turn to answer it
        farewell = max((m.start for m in an.matches(i, ["farewell"], any_language=True)), default=-1)
        evidence += [an.evidence(i, sentence, a, b) for a, b, sentence in sorted(found)
                     if lo <= a < hi and not an.is_stuffed(i, a, b) and b > farewell
                     and not names_step_done(sentence)
                     and not read_back_left_out(check.exclude, sentence, an.language)
                     and (check.scope != "before_answer" or clarifies(an, i, sentence, answered))]
    return Outcome(bool(evidence), evidence)


def _shifted(found: tuple[tuple[int, int, str], ...], offset: int) -> tuple[tuple[int, int, str], ...]:
    """`_questions` of a stretch of a unit's text, its positions moved by the stretch's offset in the unit."""
    return tuple((a + offset, b + offset, sentence) for a, b, sentence in found)


@lru_cache(maxsize=20_000)
def _questions(text: str, language: str, excluded: tuple, languages: tuple, about: tuple | None,
               asked: bool = False) -> tuple[tuple[int, int, str], ...]:
    """The question sentences of one unit that are not excluded and (if given) are about a concept
    (with `asked`, every sentence counts as a question: one the reply showed was asked)."""
    found = []
    ask = tx.is_spoken_question if is_spoken(text) else tx.is_question  # speech: by intonation too
    for a, b, sentence in tx.split_sentences(text):
        if not asked and not ask(sentence, language):
            continue
        if TEMPLATE_GAP.search(sentence) or open_ended(sentence):
            continue  # "Kas ma sain õigesti aru, et küsite ...?": a template with its gap unfilled
        if bare_word_question(sentence, language):
            continue  # "Toetus?", «Пенсия?», "Ema? Isa?": a word with a question mark asks the client nothing
        if not HASHTAG.sub("", sentence).strip(" .,!?;:"):
            continue  # "#уточнение #правильно_ли_я_понимаю": a list of step labels asks nothing
        # in speech, a clause before a check's frame ("enne kui ma järele vaatan kas ma saan õigesti aru et ...")
        # is no part of the check: a hold or identification phrase there does not make the check one
        frame = tx.check_frame_start(sentence, language) if ask is tx.is_spoken_question else None
        hits = tuple((m.start, m.end) for phrases, lang in zip(excluded, languages, strict=True)
                     for m in phrase_set(phrases, lang).find_all(sentence))
        if any(start >= (frame or 0) for start, _ in hits):  # the need check joined to the code request counts
            if (span := joined_need_check(sentence, language, hits)) is None:  # (joined_check.py, issue #10)
                continue
            a, b, sentence = a + span[0], a + span[1], sentence[span[0]:span[1]]
        if about is not None and not positive_matches(about, language, sentence):
            continue
        found.append((a, b, sentence.strip()))
    return tuple(found)


def _informal(check: Check, an: TranscriptAnalysis) -> Outcome:
    an = an.raw
    evidence = [an.match_evidence(i, m) for i, lo, hi in an.spans(check.scope)
                for m in informal_matches(an.turns[i].text, an.language) if lo <= m.start < hi]
    return Outcome(bool(evidence), evidence)


def _response(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Empathy as an act: the concept's phrases in an agent sentence that responds to a client unit
    voicing a problem or negative feeling (concept ``client_problem``, or "?!"); a cue said before the
    client said anything, or inside a stuffed cue chain, is no response."""
    names = [] if check.phrases is not None else check.value_list()
    evidence = []
    pasted = pasted_sentences(an)  # a macro pasted into several replies responds to none (macros.py)
    for i, lo, hi in an.spans(check.scope):
        if an.client_problem_before(i) is None:
            continue
        # a reply in the other language (written before a switch: «Понимаю Вас» in a chat that goes on in
        # Estonian) is read in its own language
        own = tx.detect_language(an.turns[i].text)
        labelled = _labels_empathy(an.raw.turns[i].text)
        for m in an.matches(i, names, check.phrases, check.any_language or (own in ("et", "ru") and own != an.language)):
            a, b = sentence_of(an, i, m.start)
            sentence = an.turns[i].text[a:b]
            if is_spoken(an.turns[i].text):  # «... когда не знаешь придут деньги или нет» asks nothing
                sentence = indirect_alternative(sentence) or sentence
                frame = tx.check_frame_start(sentence, an.language)
                if frame is not None and m.start < a + frame:
                    sentence = sentence[:frame]  # "see on raske aeg ... et ma õigesti aru saan ...": the check follows the cue
                asked = tx.conjoined_question_start(sentence, an.language)
                if asked is not None and m.start < a + asked:
                    sentence = sentence[:asked]  # «я понимаю это очень неприятно ... а какую пенсию ...»: the question follows
            if not lo <= m.start < hi or an.is_stuffed(i, a, b) or recited_in_opener(an, i, m.quote) \
                    or (asks_question(an.turns[i].text, sentence, an.language)
                        and not _cue_before_tag(an.turns[i].text, sentence, m.end - a, an.language)) \
                    or sentence_key(an.turns[i].text[a:b]) in pasted or labelled \
                    or (is_spoken(an.turns[i].text) and pasted_run(an, i, m.start)):
                continue  # "Kas ma saan õigesti aru ...?" is no empathy
            if concedes(an, i, m, b) or checks_understanding(an, i, m) or understands_question(an, i, m) \
                    or undercut(an, i, m) or (
                    stock_formula(an, i, m, a, b) and (recites_empathy(an, pasted) or dismissed_later(an, i, m)
                                                       or (answers_danger(an, i) and not supports_disclosure(m)))):
                continue  # "saan aru aga ...", «я правильно понимаю ...», the reciting or dismissing agent's
                # "Mõistan Teie muret.", the formula to «муж меня бьёт» (empathy.py)
            if glued_to_chain(an, i, m, a, b):
                continue  # «семейный врач ходатайство ... понимаю вас»: a cue glued to a keyword chain (empathy.py)
            if glued_vague_formula(an, i, m, a, b):
                continue  # "saan aru et see on teile oluline palun öelge isikukood" to a crying client (empathy.py)
            words, covered, _, _ = an.cue_coverage(i, a, b)
            previous = i - 1 if i > 0 and an.turns[i - 1].role == "client" else None
            if words <= 2 and words == covered and not (previous is not None and an.voices_problem(previous)) \
                    and not is_condolence(m.quote):
                continue  # a bare "Понимаю." to «Так почему?» acknowledges content, not a feeling; a condolence
                # ("Avaldan kaastunnet." a reply late) answers the loss told before (repair.py)
            if words <= 2 and words == covered and heads_list(an, i, b):
                continue  # "Mõistan. ✔ Teie võimalused: • vaie ...": a token opening a list (empathy.py)
            evidence.append(an.match_evidence(i, m))
        if check.phrases is None and "empathy" in names:
            # after «муж меня бьёт»: "is the person at risk safe now?" responds to it (empathy.py)
            evidence += [an.match_evidence(i, m) for m in safety_checks(an, i, lo, hi)]
    return Outcome(bool(evidence), evidence)


# what makes an opening cue the frame of the check after it ("saan aru, et ...", «понимаю, что ...»)
_COMPLEMENT = frozenset("et kas mida kuidas miks что как чем почему ли".split())
_SPOKEN_TAGS = frozenset("jah eks eksole onju да верно правильно".split())


def _cue_before_tag(text: str, sentence: str, end: int, language: str) -> bool:
    """In speech without punctuation, is the empathy cue (ending at ``end`` in the sentence) said before a check
    that only the tag at the end of the run asks («понимаю вас неприятно сейчас проверим пенсия не пришла пятого
    да»)? The cue opens the run (two words at most before it), no "et"/«что» makes it the frame of what follows
    ("saan aru et te küsite ... jah"), and four words or more come between: it acknowledges, it asks nothing."""
    if not is_spoken(text) or tx.is_question(sentence, language):
        return False
    before = [t.norm for t in tx.tokenize_cached(sentence[:end]) if t.is_word]
    after = [t.norm for t in tx.tokenize_cached(sentence[end:]) if t.is_word]
    understanding = any(w in ("aru", "moistan") or w.startswith("понима") for w in before[-3:])
    return len(before) <= 6 and len(after) >= 5 and after[-1] in _SPOKEN_TAGS \
        and not (understanding and after[0] in _COMPLEMENT)


# the empathy step named in the reply: a hashtag ("#empaatia", "#vabandus") or a sentence that is only the
# step's name ("Сочувствие.", "Empaatia:")
_EMPATHY_TAG = re.compile(r"(?i)#(?:empaatia|kaastunne|vabandus|сочувствие|эмпатия|извинение)\b")


# ("Kaastunne." alone is the cue itself, a keyword, judged as such: not a label of another cue)
_EMPATHY_STEP = frozenset("empaatia vabandus сочувствие эмпатия извинение".split())


# ... or a line headed by the step's name and a colon, checklist style («✅ Сочувствие: понимаю, как это для Вас
# важно.», "- Empaatia: mõistan Teid")
_EMPATHY_HEAD = re.compile(r"(?im)^[^\w\n]*(?:empaatia|kaastunne|vabandus|сочувствие|эмпатия|извинение)\s*:")


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def _labels_empathy(text: str) -> bool:
    """Does the agent reply label the empathy step by name? Its cue is then the checklist item read out («Сочувствие.
    Понимаю, как это для Вас важно.», "Vabandan ebamugavuste pärast. #empaatia"), not a response to the client."""
    if _EMPATHY_TAG.search(text) or _EMPATHY_HEAD.search(text):
        return True
    return any([t.norm for t in tx.tokenize_cached(s) if t.is_word] in ([w] for w in _EMPATHY_STEP)
               for _, _, s in sentences(text))


def _regex(check: Check, an: TranscriptAnalysis) -> Outcome:
    patterns = check.value_list()
    if isinstance(check.phrases, dict):
        patterns += check.phrases.get(an.language) or []
    elif check.phrases:
        patterns += list(check.phrases)
    evidence = []
    for i in an.scope(check.scope):
        for pattern in patterns:
            for m in _compiled(pattern).finditer(an.turns[i].text):
                evidence.append(an.evidence(i, m.group(0), m.start(), m.end()))
    return Outcome(bool(evidence), evidence)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    return compile_safe(pattern, re.IGNORECASE)  # validation refused unsafe ones; a programmatic rubric too


def _fact(check: Check, an: TranscriptAnalysis) -> Outcome:
    evidence = []
    for i in an.scope(check.scope):
        for fact in check.value_list():
            m = find_fact(an.turns[i].text, fact, an.language)
            if m is not None and not m.negated:
                evidence.append(an.match_evidence(i, m))
    return Outcome(bool(evidence), evidence)


def _order(check: Check, an: TranscriptAnalysis) -> Outcome:
    first, then = evaluate_check(check.first, an), evaluate_check(check.then, an)
    evidence = first.evidence[:1] + then.evidence[:1]
    if not (first.passed and then.passed):
        return Outcome(False, evidence, "missing")
    in_order = first.first_turn() <= then.first_turn()
    return Outcome(in_order, evidence, "" if in_order else "wrong_order")  # a pass must not show the order's fault


def _all(check: Check, an: TranscriptAnalysis) -> Outcome:
    results = [evaluate_check(c, an) for c in check.checks]
    needed = check.threshold if check.threshold is not None else len(results)
    evidence = [e for r in results for e in r.evidence]
    failed = next((i for i, r in enumerate(results) if not r.passed), None)
    wrong = next((i for i, r in enumerate(results) if not r.passed and r.wrong), None)
    if wrong is not None:
        failed = wrong  # a wrong statement is the reason to name first
    passed = sum(r.passed for r in results) >= needed
    if not passed and failed is not None:  # the failing part's evidence is what the feedback quotes
        evidence = results[failed].evidence + [e for i, r in enumerate(results) if i != failed for e in r.evidence]
        if not results[failed].evidence and not results[failed].wrong:
            evidence = []  # a missing part: another part's words are no quote for it
    return Outcome(passed, evidence, f"part_{failed}" if failed is not None else "",
                   wrong=not passed and wrong is not None,
                   wrong_parts=tuple(i for i, r in enumerate(results) if not r.passed and r.wrong) if not passed else ())


def _any(check: Check, an: TranscriptAnalysis) -> Outcome:
    results = [evaluate_check(c, an) for c in check.checks]
    needed = check.threshold if check.threshold is not None else 1
    passed = sum(r.passed for r in results) >= needed
    evidence = [e for r in results if r.passed for e in r.evidence] if passed else \
        [e for r in results if r.wrong for e in r.evidence]
    return Outcome(passed, evidence, wrong=not passed and any(r.wrong for r in results))


def _value(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A fact stated with the right value and never with a wrong one (reasons ``wrong``, ``missing``)."""
    lang = an.language
    right = tuple(check.localized_list("right", lang))
    wrong = tuple(check.localized_list("wrong", lang))
    topic = tuple(check.localized_list("topic", lang))
    rights, wrongs = [], []
    units = {q.unit for q in (parse_quantity(p, lang) for p in right) if q is not None}
    for i in an.scope(check.scope):
        for hit in find_values(an.turns[i].text, lang, right, wrong, topic,
                               check.other_values not in ("ignore", "other_units"),
                               other_units_wrong=check.other_values in ("any_unit", "other_units"),
                               first_on_topic=bool(topic) and _asked_on_topic(an, i, topic, units)):
            if hit.right and not_told(hit.sentence, max(hit.sentence.find(hit.quote), 0), lang):
                continue  # the right value in a question, hearsay or a clause of thanks is not told (hearsay.py)
            at = max(hit.sentence.find(hit.quote), 0)
            if hit.right and role_given_away(hit.sentence, at, at + len(hit.quote), right, lang):
                continue  # "Soome asutus ainult edastab": another actor given the right value's act (roles.py)
            (rights if hit.right else wrongs).append(an.evidence(i, hit.sentence))
    if wrongs:
        return Outcome(False, wrongs, "wrong", wrong=True)
    return Outcome(bool(rights), rights, "" if rights else "missing")


def _asked_on_topic(an: TranscriptAnalysis, i: int, topic: tuple[str, ...], units: set) -> bool:
    """Does agent unit i answer a client question about the fact's quantity ("ja mitu päeva mul on?",
    «сколько дней у меня?») in a conversation where the client raised the topic ("olen isa ...")? Then the
    reply's first sentence needs no topic word of its own: "jah, 30 päeva, võib võtta osade kaupa"."""
    j = i - 1
    if j < 0 or an.turns[j].role != "client" or not units:
        return False
    asked = " ".join(s for _, _, s in an.sentences(j) if client_asks(an.turns[j], s, an.language))
    if not asked or not any(unit[-1] in tx.lemmas(t.norm, an.language)
                            for t in tx.tokenize_cached(asked) if t.is_word for unit in units):
        return False
    topic_set = phrase_set(freeze(topic), an.language)
    return any(not m.negated for k in range(j + 1) if an.turns[k].role == "client"
               for m in topic_set.find_all(an.turns[k].text))


def _sentences_of(finder, check: Check, an: TranscriptAnalysis) -> Outcome:
    evidence = [an.evidence(i, st.quote) for i in an.scope(check.scope)
                for st in finder(an.turns[i].text, an.language)]
    return Outcome(bool(evidence), evidence)


def _promise(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A promise or guess of an outcome, a date or an amount (normally used as ``not-promise``); the legal deadline
    said "at the latest" is the rule, not a promise (promise_deadline.py)."""
    facts = an.context.private_facts
    evidence = []
    for i in an.scope(check.scope):
        said = [an.turns[k].text for k in range(i + 1) if an.turns[k].role == "agent"]
        evidence += [an.evidence(i, st.quote) for st in binding_promises(an.turns[i].text, an.language, facts, said)]
    return Outcome(bool(evidence), evidence)


def _status(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A statement of an application's status (normally ``not-status``: a guess while the system is down)."""
    return _sentences_of(find_status_statements, check, an)


def _identifier_request(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A request for a name, address, personal code ... (normally ``not-identifier-request``)."""
    return _sentences_of(find_identifier_requests, check, an)


_GREETING_WORDS = frozenset(
    "tere tervist hea paeva ohtust hommikust здравствуйте здравствуй добрый доброе день утро вечер привет".split())


def _introduces(sentence: str, a: int, b: int, an: TranscriptAnalysis) -> bool:
    """Is the authority at sentence[a:b] the speaker's own introduction, not the one a service is given to? Only
    greeting words before it and the agent's first name within two words after it: «здравствуйте департамент
    соцстрахования трийн вам нужна ... оценка трудоспособности ...» (speech without punctuation) introduces the
    agent; "Sotsiaalkindlustusamet hindab töövõimet" stays a wrong authority."""
    before = [w for w in re.findall(r"\w+", tx.fold(sentence[:a]))]
    if any(w not in _GREETING_WORDS for w in before):
        return False
    after = re.findall(r"\w+", sentence[b:])[:2]
    own = tx.fold(an.context.agent_name) if an.context.agent_name else None
    return any((own and tx.fold(w) == own) or tx.is_first_name(w) for w in after)


def _wrong_authority(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A clause naming a service with an authority that does not provide it (normally
    ``not-wrong-authority``; `authorities.wrong_clauses`)."""
    from trainer.scoring.finite_verbs import has_finite_verb

    def finite(text: str) -> bool:
        return has_finite_verb(text, an.language)

    services = check.services or {}
    authorities = {*check.authorities, *(a for auths in services.values() for a in auths)}
    names = sorted({*services, *authorities})
    evidence = []
    service_names = sorted(services)
    for i in an.scope(check.scope):
        # a service under a negation too: "Ohvriabi pole meie teenus – seda korraldab PPA" (`wrong_clauses`)
        negated = {name: [(m.start, m.end) for m in an.phrase_set([name]).find_all(an.turns[i].text) if m.negated]
                   for name in service_names}
        if not an.matches(i, service_names) and not any(negated.values()):
            continue  # most replies name none of the services: no authority to look up
        found = {name: [(m.start, m.end) for m in an.matches(i, [name])] for name in names}
        carried: frozenset[str] = frozenset()  # the services of the sentence before (a benefit named again)
        for start, end, sentence in an.sentences(i):
            if tx.is_question(sentence, an.language):
                carried = frozenset()
                continue
            spans = {name: [(a - start, b - start) for a, b in hits if start <= a < end] for name, hits in found.items()}
            spans = {name: [(a, b) for a, b in hits if not (name in authorities and _introduces(sentence, a, b, an))]
                     for name, hits in spans.items()}
            denied = {name: [(a - start, b - start) for a, b in hits if start <= a < end] for name, hits in negated.items()}
            for quote in wrong_clauses(sentence, services, authorities, spans, finite, carried, denied):
                evidence.append(an.evidence(i, quote))
            carried = services_named(services, spans)
    return Outcome(bool(evidence), evidence)


def _real_answers(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Every agent reply performs an act: no keyword chain, no pasted repeat, no instruction to the agent,
    no knowledge text about "the client". Reason: the kind of the first finding."""
    acts = an.acts if an.acts is not None else an.raw.acts
    findings = acts.replies() if acts is not None else []
    if not findings:
        return Outcome(True, [])
    evidence = [an.turn_evidence(f.turn, f.quote) for f in findings]
    return Outcome(False, evidence, findings[0].kind, wrong=True)


def _answered_last(check: Check, an: TranscriptAnalysis) -> Outcome:
    """The client's last line before the agent's last reply was no question, or the agent's last reply
    answers it: a sentence with a finite verb that is no question and no social formula. Saying goodbye
    to an open question fails (reason ``open_question``; the evidence quotes the client's question)."""
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    if not an.agent_indexes:
        return Outcome(True, [])
    last = an.agent_indexes[-1]
    client = next((i for i in range(last - 1, -1, -1) if an.turns[i].role == "client"), None)
    if client is None:
        return Outcome(True, [])
    question = next((s.strip() for _, _, s in reversed(tx.split_sentences(an.turns[client].text))
                     if client_asks(an.turns[client], s, an.language) and not echo(an, client, s)), None)
    if question is None:
        return Outcome(True, [])
    social = an.phrase_set(SOCIAL_CONCEPTS + ("further_help", "understanding_check"))
    for _, _, sentence in tx.split_sentences(an.turns[last].text):
        if tx.is_question(sentence, an.language) or not has_finite_verb(sentence, an.language):
            continue
        rest = sentence
        for m in social.find_all(sentence):
            rest = rest.replace(m.quote, " ")
        if has_finite_verb(rest, an.language):
            return Outcome(True, [an.evidence(last, sentence.strip())])
    return Outcome(False, [an.evidence(client, question)], "open_question")


def _knowledge_values(check: Check, an: TranscriptAnalysis) -> Outcome:
    """No agent sentence states a number that the knowledge base contradicts (``kbvalues.find_wrong_values``):
    it names a fact's topic and says a number of the fact's unit that no fact on the topics it names has
    ("Ravikindlustus kehtib veel kuus kuud" where the fact says two months), or tells a deadline of the scenario's
    own reference facts with another value (`kbscope`). Reason ``wrong``; the feedback's ``{right}`` is the text of
    the facts on that topic."""
    raw = an.raw
    facts = raw.knowledge or an.knowledge
    if not facts:
        return Outcome(True, [])
    evidence, right, reason = [], "", ""
    scope = raw.knowledge_scope or an.knowledge_scope  # the scenario's own deadlines (kbscope.py)
    for i in raw.scope(check.scope):
        if raw.turns[i].role != "agent":
            continue
        for hit in find_wrong_values(raw.turns[i].text, raw.language, facts, scope):
            evidence.append(raw.evidence(i, hit.sentence))
            right = right or hit.right
            reason = reason or ("wrong_claim" if hit.claim else "wrong")
    if not evidence:
        return Outcome(True, [])
    return Outcome(False, evidence, reason, wrong=True, fill={"right": right})


def _name_confirmed(check: Check, an: TranscriptAnalysis) -> Outcome:
    """The caller's name read back or asked and matched: see `trainer.scoring.name_confirmed`."""
    from trainer.scoring.name_confirmed import name_confirmed as confirmed

    return confirmed(check, an)


def _rude(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Rudeness: see `trainer.scoring.courtesy` (imported here, not at the top: it imports this module)."""
    from trainer.scoring.courtesy import rude

    return rude(check, an)


_EVALUATORS = {
    "concept": concept,
    "question": _question,
    "identification": identification,
    "data-protection": data_protection,
    "informal-address": _informal,
    "own-name": own_name,
    "recap": recap_act,
    "closing": closing,
    "response": _response,
    "regex": _regex,
    "fact": _fact,
    "order": _order,
    "all": _all,
    "any": _any,
    "value": _value,
    "promise": _promise,
    "status": _status,
    "identifier-request": _identifier_request,
    "real-answers": _real_answers,
    "answered-last": _answered_last,
    "knowledge-values": _knowledge_values,
    "wrong-authority": _wrong_authority,
    "rude": _rude,
    "name-confirmed": _name_confirmed,
}
