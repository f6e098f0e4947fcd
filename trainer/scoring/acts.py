"""Non-answers: agent replies (and sentences) that perform no dialogue act towards the client.

A keyword chain ("Süsteem maas. Tagasihelistamine. Iseteenindus. Kokkuvõtteks."), a one-word question
chain («Что? Когда?»), a reply pasted again, the service standard read aloud ("Alusta tervitusega ...")
and knowledge text about "the client" in the third person say words the scorer looks for without
saying anything *to the client*. See ``/work/shared/notes/dialogue-acts.md``: such a segment has no
functional segment with a finite verb addressed to the partner, so it performs no act.

:func:`find_non_answers` classifies every agent turn of a transcript and returns, per turn, the
sentences that earn nothing and why. :func:`act_text` is the turn's text with those sentences removed:
what positive checks (content and call-model criteria) read. Every decision records its features
(kind, quoted sentence), so the result page can say why.

Kinds:

- ``keyword_chain``: no sentence of the reply has a finite verb, and at least two fragments that are
  not social formulas (greeting, thanks, goodbye, apology, the agent's name, the institution) or
  particles (jah, ei, selge, да, нет ...) remain. One elliptical answer ("30 päeva.") is not a chain. So is a
  sentence of a lone opener and four or more bare keywords («Понимаю пенсия перенос выходные 7-го понедельник»):
  the opener alone is said (`opener_chain`), and the keywords fail the real-answers gate as a stuffed list does.
- ``repeat``: a sentence of at least four words said in an earlier agent reply. A reply that is mostly
  (>= 80 % of its words) repeated is a repeated reply.
- ``agent_instruction``: an instruction addressed to the agent (the service standard): a clause-initial
  2nd person singular imperative in a sentence of the call model's vocabulary ("Alusta tervitusega",
  "Võta kokku"), or a call-model directive ("Tervitage klienti", «Подведите итог», «Установите личность»), or
  the agent narrating its own stage of the call model («Сейчас я выражаю сочувствие», "Nüüd ma väljendan
  kaastunnet"), or a plan or report of its steps (a sentence naming two stages in the first person in a reply
  naming three: "esiteks tuvastan Teid, teiseks kontrollin kontrollnumbrit ... vastan Teie küsimusele"), or a goal in
  the infinitive, the call model's steps, or the scenario's goals, hints or feedback pasted (`author_text`,
  `call_model_talk`).
- ``third_person``: a sentence about "the client" (klient, helistaja, pöörduja; клиент, звонящий,
  обратившийся) in the third person: knowledge text,
  not talk to the person on the line.
- ``reference_text``: a passage of the knowledge base announced as such ("Infoks: ...", «Справка: «...»») and
  read out word for word (`trainer.scoring.reference`).
- ``menu``, ``checklist``: an automated phone menu read to the caller, or the call model ticked off with check
  boxes (`trainer.scoring.prompts`).

The tests of single sentences live beside this module: `trainer.scoring.finite_verbs` (a predicate),
`trainer.scoring.formulas` (social formulas and particles), `trainer.scoring.keyword_chain` (bare topics),
`trainer.scoring.item_list` (stuffed lists), `trainer.scoring.opener_chain` (an opener before bare keywords) and
`trainer.scoring.unaddressed` (instructions, the third person).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.author_text import NO_AUTHOR, AuthorText, pasted_author_text
from trainer.scoring.finite_verbs import has_finite_verb, sentence_language
from trainer.scoring.formulas import (
    APOLOGY_OR_THANKS,
    CLOSING_CONCEPTS,
    PARTICLES,
    closing_formula,
    content_fragments,
    known_first_names,
    opening_names,
    phrase_set,
    social_phrases,
)
from trainer.scoring.item_list import ITEM_SPLIT, item_list
from trainer.scoring.keyword_chain import (
    CONFIRMATION,
    addressed_question,
    asks_anything,
    bare_word,
    client_asked,
    keyword_sentence,
    recap,
    summary_marker,
    value_relation,
)
from trainer.scoring.macros import said_within, trimmed_copy
from trainer.scoring.memo import HashedTuple
from trainer.scoring.namecheck import checks_name
from trainer.scoring.opener_chain import opener_chain
from trainer.scoring.opening import opening_channel
from trainer.scoring.pointer_list import pointer_neighbour
from trainer.scoring.prompts import FEEDBACK as PROMPT_FEEDBACK
from trainer.scoring.prompts import KINDS as PROMPT_KINDS
from trainer.scoring.prompts import find_machine_prompts
from trainer.scoring.quiz import QUIZ_QUESTION_FEEDBACK, quiz_back_question
from trainer.scoring.reference import read_to_no_one, reference_sentences
from trainer.scoring.sentence_words import word_norms, word_stems
from trainer.scoring.stuffed import FEEDBACK as STUFFED_FEEDBACK
from trainer.scoring.stuffed import stuffed_sentence
from trainer.scoring.telegram import is_telegram, keyword_string
from trainer.scoring.transcript import Transcript
from trainer.scoring.unaddressed import not_addressed, plan_stages, speaks_to_listener
from trainer.scoring.value_fragment import value_statement
from trainer.text.confirm import confirms_direction, confirms_polar
from trainer.text.keywords import (
    answers_value,
    answers_where,
    is_keyword_list,
    questions_in,
    takes_up_question,
)
from trainer.text.questions import asks_without_verb
from trainer.text.refusals import ground_after_refusal

KINDS = ("keyword_chain", "repeat", "agent_instruction", "third_person", "reference_text", "quiz_question",
         "stuffed", *PROMPT_KINDS)


FEEDBACK = {
    "keyword_chain": {
        "et": "„{quote}“ ({turn_label}) on märksõnade loend, mitte vastus: lauses pole tegusõna, mis räägiks kliendiga. See ei anna punkte.",
        "ru": "«{quote}» ({turn_label}) – перечень ключевых слов, а не ответ: в нём нет глагола, обращённого к клиенту. Баллов за это нет.",
        "en": "\"{quote}\" ({turn_label}) is a list of keywords, not an answer: no verb addressed to the client. It earns nothing.",
    },
    "repeat": {
        "et": "„{quote}“ ({turn_label}) kordab Teie varasemat vastust. Korduv tekst ei anna uusi punkte; vastake sellele, mida klient just küsis.",
        "ru": "«{quote}» ({turn_label}) повторяет Ваш прежний ответ. Повтор не даёт баллов; отвечайте на то, что клиент только что спросил.",
        "en": "\"{quote}\" ({turn_label}) repeats an earlier reply. Repeated text earns nothing.",
    },
    "agent_instruction": {
        "et": "„{quote}“ ({turn_label}) on juhis teenindajale, mitte lause kliendile. Ärge lugege teenindusstandardit ette – tehke, mida see ütleb.",
        "ru": "«{quote}» ({turn_label}) – инструкция для специалиста, а не фраза клиенту. Не зачитывайте стандарт обслуживания – выполняйте его.",
        "en": "\"{quote}\" ({turn_label}) is an instruction to the agent, not something said to the client.",
    },
    "third_person": {
        "et": "„{quote}“ ({turn_label}) räägib kliendist kolmandas isikus nagu teadmusbaasi tekst. Rääkige kliendiga otse, Teie-vormis.",
        "ru": "«{quote}» ({turn_label}) говорит о клиенте в третьем лице, как текст из базы знаний. Обращайтесь к клиенту напрямую, на «Вы».",
        "en": "\"{quote}\" ({turn_label}) talks about the client in the third person like a knowledge-base text.",
    },
    "reference_text": {
        "et": "„{quote}“ ({turn_label}) loeb ette teadmusbaasi teksti, mitte ei räägi kliendiga. Öelge oma sõnadega, mida see just selle kliendi jaoks tähendab.",
        "ru": "«{quote}» ({turn_label}) зачитывает текст из базы знаний, а не обращается к клиенту. Скажите своими словами, что это значит именно для этого клиента.",
        "en": "\"{quote}\" ({turn_label}) reads out knowledge-base text instead of talking to the client.",
    },
    **PROMPT_FEEDBACK,
    **QUIZ_QUESTION_FEEDBACK,
    "stuffed": STUFFED_FEEDBACK,
}


@dataclass(frozen=True)
class NonAnswer:
    """A sentence (or whole reply) that earns nothing: turn index (0-based), kind and the quoted text."""

    turn: int
    kind: str
    quote: str
    whole_reply: bool = False
    item_list: bool = False  # a sentence listing four or more items (a stuffed list): fails the gate too
    telegram: bool = False  # a verbless run of topic nouns (telegram.py): no criterion is credited on it


@dataclass
class ActAnalysis:
    """Per agent turn: the non-answer findings and the text that still counts."""

    findings: list[NonAnswer] = field(default_factory=list)
    act_texts: dict[int, str] = field(default_factory=dict)

    def replies(self) -> list[NonAnswer]:
        """Findings that make a whole reply a non-answer, or a gaming sentence (instruction, third
        person): what the ``real-answers`` check fails on."""
        return [f for f in self.findings
                if f.whole_reply or f.item_list
                or f.kind in ("agent_instruction", "third_person", "reference_text", "stuffed", *PROMPT_KINDS)]


def find_non_answers(transcript: Transcript, concepts: dict, language: str,
                     agent_names: frozenset[str] = frozenset(),
                     reference: frozenset[tuple[str, ...]] = frozenset(),
                     author: AuthorText = NO_AUTHOR) -> ActAnalysis:
    """Classify every agent turn; returns the findings and each agent turn's act text (see module doc).

    ``concepts`` are the rubric's concept phrase lists (for the social formulas); ``agent_names`` folded
    first names that count as part of a social formula ("Kati kuuleb"); ``reference`` the runs of words of the
    knowledge texts (`reference.reference_grams`), for passages read out of them; ``author`` the scenario's goals,
    hints and feedback (`author_text.author_text`): a sentence pasted from them is an instruction to the agent.
    """
    out = ActAnalysis()
    social = social_phrases(concepts, language)
    closing = social_phrases(concepts, language, CLOSING_CONCEPTS)
    # after a client's apology or thanks, accepting it («ничего», "pole midagi") is a formula too
    social_ack = HashedTuple([*social, *((concepts.get("apology_accepted") or {}).get(language) or [])])
    names = agent_names or known_first_names()
    said: set[tuple[str, ...]] = set()
    said_any: dict[tuple[str, ...], str] = {}  # every sentence's words said so far -> " joined words "
    informed: set[str] = set()  # word stems of the act sentences said so far (what a summary may restate)
    summary = tuple((concepts.get("summary") or {}).get(language) or [])
    # consecutive agent messages are one reply: "Пособие 80 евро." sent after "Да, оно назначено." is
    # the same answer as both in one message
    run_of: dict[int, int] = {}
    run_sentences: dict[int, list[str]] = {}
    # classify the normalised text (fillers, repeats and emoji dropped, numbers in words as digits,
    # speech sentence breaks); findings quote the original words
    spans_of: dict[int, list[tuple[str, str]]] = {}
    for i, turn in enumerate(transcript.turns):
        if turn.role != "agent":
            continue
        run_of[i] = run_of.get(i - 1, i) if i > 0 and transcript.turns[i - 1].role == "agent" else i
        spans_of[i] = _sentence_quotes(turn.text, language)
        run_sentences.setdefault(run_of[i], []).extend(s for s, _ in spans_of[i])
    first_agent = next((i for i, t in enumerate(transcript.turns) if t.role == "agent"), None)
    agent_turns = [i for i, t in enumerate(transcript.turns) if t.role == "agent"]
    # knowledge read out in a call that never speaks to the caller (`reference.read_to_no_one`)
    read_out = {agent_turns[k] for k in read_to_no_one([transcript.turns[i].text for i in agent_turns], language,
                                                       reference)}
    for i, turn in enumerate(transcript.turns):
        if turn.role != "agent":
            continue
        if i in read_out:
            out.findings.append(NonAnswer(i, "reference_text", turn.text.strip(), whole_reply=True))
            out.act_texts[i] = ""
            continue
        first = run_of[i] == first_agent
        previous = transcript.turns[run_of[i] - 1] if run_of[i] > 0 else None
        social_here = social_ack if previous is not None and previous.role == "client" \
            and APOLOGY_OR_THANKS.search(tx.fold(previous.text.lower())) else social
        together = run_sentences[run_of[i]]
        # the agent's name in a terse opening ("tere, SKA, kertu. millega aidata?") belongs to the formula
        names_here = names | opening_names(" ".join(together), language, concepts) \
            | opening_channel(" ".join(together), language, concepts) if first else names
        spans = spans_of[i]
        sentences = [s for s, _ in spans]
        quote = dict(spans)
        candidates: list[str] = []
        repeated_words = total_words = copies = trimmed_words = 0
        own: list[tuple[str, ...]] = []
        stages = {sentence: plan_stages(sentence, language) for sentence in sentences}
        pasted = reference_sentences(sentences, reference)
        checklist = sum(stages.values()) >= 3
        for sentence in sentences:
            words = word_norms(sentence)
            total_words += len(words)
            if words in said_any or (len(words) >= 2 and said_within(words, said_any)):
                repeated_words += len(words)  # said before, alone or inside a longer sentence
                copies += words in said_any
            elif trimmed_copy(words, said_any):
                trimmed_words += len(words)
            kind = _restated(not_addressed(sentence, language), sentence, language, summary, informed) or (
                "agent_instruction" if checklist and stages[sentence] >= 2 else "") or (
                "reference_text" if sentence in pasted else "") or (
                "agent_instruction" if pasted_author_text(sentence, author) else "") or (
                "stuffed" if stuffed_sentence(sentence, language, concepts) else "")  # every fact, then goodbye
            if kind:
                out.findings.append(NonAnswer(i, kind, quote[sentence]))
            elif len(words) >= 4 and words in said:
                out.findings.append(NonAnswer(i, "repeat", quote[sentence]))
            else:
                own.append(words)
                candidates.append(sentence)
        said.update(w for w in own if len(w) >= 4)
        for sentence in sentences:
            words = word_norms(sentence)
            if words not in said_any:
                said_any[words] = " " + " ".join(words) + " "
        # beside a frame sent again word for word, a sentence trimmed from an earlier one is the same macro
        # (`macros.trimmed_copy`); alone, it is a rule said again more briefly to a caller who asks again
        if copies >= _MACRO_COPIES:
            repeated_words += trimmed_words
        if total_words >= 6 and repeated_words >= 0.8 * total_words:
            out.findings.append(NonAnswer(i, "repeat", turn.text.strip(), whole_reply=True))
            out.act_texts[i] = ""
            continue
        # a reply sent as several messages in a row is judged whole ("Pensionikeskus." then "Pank.")
        pool = together if len(together) > len(sentences) else candidates
        asked = transcript.turns[run_of[i] - 1] if run_of[i] > 0 else None
        question = questions_in(asked.text, language) if asked is not None and asked.role == "client" else ""
        # thanks for the call or a greeting with the agent's name has a verb („Aitäh, et helistasite!“, „Kadri
        # kuuleb“) but says nothing on the matter: beside a list it makes no answer of it (new-user batch 47)
        spoken = _beside_formulas(candidates, language, closing, names_here)
        plain = _beside_formulas(together, language, closing, names_here)
        # only such a formula had a verb: the reply is judged as a list of items alone, not as a summary or a word
        masked = any(has_finite_verb(s, language) for s in together if s not in plain)
        if candidates and not any(has_finite_verb(s, language) or addressed_question(s, language)
                                  or asks_without_verb(list(word_norms(s)), sentence_language(s, language))
                                  # the caller's name read back with a tag ("aitäh, mari tamm, eks?", «спасибо,
                                  # Оксана Коваленко, верно?»): a check said to the client, no keyword
                                  or checks_name(s, sentence_language(s, language), agent_names)
                                  # "Sünd. 03/1962 → pension alates 04/2027" asked when: the sign is the verb
                                  # "200 eurot kuus lapse kohta." asked how much: a value with its relation
                                  or ((value_relation(s) or value_statement(s, sentence_language(s, language)))
                                      and asks_anything(asked, language))
                                  for s in spoken) \
                and not any(has_finite_verb(s, language) for s in plain) \
                and not recap(pool, language, summary, informed, social_here) \
                and not (asked is not None and asked.role == "client" and CONFIRMATION.match(tx.fold(pool[0].lower()))
                         and len(word_norms(pool[0])) <= 6
                         # the rest a thanks or a wish ("Спасибо за звонок, всего доброго Вам на новом месте!"),
                         # not keywords nobody said ("jah just nii. tõend iseteenindus korteriühistu")
                         and all(phrase_set(social_here, language).find_all(p)
                                 or not content_fragments(p, language, social_here, names_here) for p in pool[1:])):
            # the list is judged without the sentences of the greeting or goodbye: "et kirjutasite", or the wish's
            # words („Kõike head ka Teile, Marju.“), are no items of it
            chain = " ".join([s for s in pool if not phrase_set(closing, language).find_all(s)] if masked else pool)
            fragments = content_fragments(chain, language, social_here, names_here)
            # a list of bare topics, or a verbless "summary" with nothing said before it to restate; not an
            # elliptical answer to the client's question ("kuidas taotleda?" - "taotlemine iseteeninduses")
            answers_question = bool(question) and (
                takes_up_question(fragments, question, PARTICLES | names_here, chain)
                # "30?" - "jah 30 p. korraga v osade kaupa": a yes that restates the value asked about (confirm.py)
                or confirms_polar(question, chain, fragments, PARTICLES | names_here)
                # «можно получить помощь?» - «да к социальному работнику в вашу управу»: a yes and where to turn
                or confirms_direction(question, chain, fragments, PARTICLES | names_here))
            marker = len(fragments) >= 2 and summary_marker(chain, language, summary)
            # beside such a formula a list announced as a summary („Kokkuvõtteks: ...“) is left to the summary's
            # criterion as before; only a bare list is no answer
            if not answers_question and (
                    not masked and (is_keyword_list(fragments, PARTICLES | names_here, chain) or marker
                                    or (not first and len(sentences) == 1 and not client_asked(asked, language)
                                        and bare_word(together, language, social_here, names_here)))
                    or masked and not marker and is_keyword_list(fragments, PARTICLES | names_here, chain)):
                out.findings.append(NonAnswer(i, "keyword_chain", turn.text.strip(), whole_reply=True))
                out.act_texts[i] = ""
                continue
        kept = []
        for sentence in candidates:
            opened = opener_chain(sentence, language)
            if opened is not None:  # «Понимаю пенсия перенос выходные 7-го понедельник»: the opener alone is said
                opener, keywords = opener_chain(quote[sentence], language) or opened
                out.findings.append(NonAnswer(i, "keyword_chain", keywords, item_list=True))  # stuffed: the gate
                quote[opened[0]] = opener
                kept.append(opened[0])
            elif (not first and is_telegram(sentence, language) or keyword_string(sentence, language)) \
                    and not recap([sentence], language, summary, _informed_before(informed, kept, language)):
                # «Частями заявление возражение 30 дней»; a recap in note form of what was said is a summary
                out.findings.append(NonAnswer(i, "keyword_chain", quote[sentence], telegram=True))  # telegram.py
            elif len(together) > 1 and not first and keyword_sentence(sentence, language, social_here, names_here) \
                    and not ground_after_refusal(sentences, sentence, language) \
                    and not answers_value(question, [sentence]):  # "Ma ei avalda. Andmekaitse."
                # («Лучше заранее.» to «когда подавать?» is the elliptical answer, new-user batch 58)
                # "Tagasihelistamine." "Kokkuvõtteks." between real sentences: a keyword, no act
                out.findings.append(NonAnswer(i, "keyword_chain", quote[sentence]))
            # a row of rules behind semicolons is no list in an opening, unless the caller had asked and no clause
            # speaks to it (new-user batch 67 pension-age-early-et gaming: every rule in the first chat reply)
            elif item_list(sentence, language, social_here, names_here, _informed_before(informed, kept, language),
                            question, semicolons=not first or asked is not None and asked.role == "client"
                            and not speaks_to_listener(sentence, language)) or (
                    not first and pointer_neighbour(sentences, sentences.index(sentence), language)
                    and not answers_where(question, ITEM_SPLIT.split(sentence))):
                # facts stuffed as a list beside real sentences (the greeting, a "Понятно?"): no answer
                out.findings.append(NonAnswer(i, "keyword_chain", quote[sentence], item_list=True))
            elif quiz_back_question(sentence, language):  # "Mis Te ise arvate, kas ...?": states nothing (quiz.py)
                out.findings.append(NonAnswer(i, "quiz_question", quote[sentence]))
            else:
                kept.append(sentence)
        out.act_texts[i] = turn.text if kept == sentences else " ".join(quote[k] for k in kept)
        informed |= word_stems(" ".join(kept))
    for i, kind, text in find_machine_prompts(transcript.turns, language, concepts):
        out.findings.append(NonAnswer(i, kind, text))
    return out


#: sentences said before word for word that make a reply a macro sent again
_MACRO_COPIES = 3


def _restated(kind: str, sentence: str, language: str, summary: tuple[str, ...], informed: set[str]) -> str:
    """The kind of an unaddressed sentence, or "" for a summary in the third person that restates what the agent said
    to the client before ("Kokkuvõtteks: telefonis andmeid ei väljastata, sest helistajat ... ei saa kontrollida; ...",
    after "telefonis ei saa ma kontrollida ei helistaja isikut"; new-user batch 51 data-request-police-et): the caller
    is the rule's subject in a recap of the talk (`keyword_chain.recap`), not knowledge text pasted. Knowledge text
    pasted earlier earned nothing, so it is not `informed` and its restatement is no recap."""
    if kind == "third_person" and recap([sentence], language, summary, informed):
        return ""
    return kind


def _beside_formulas(sentences: list[str], language: str, social: tuple[str, ...], names: frozenset[str]) -> list[str]:
    """The sentences that are no social formula with a verb (`formulas.closing_formula`), or all of them when every
    one is: a formula alone is judged as before."""
    said = [s for s in sentences if not closing_formula(s, language, social, names)]
    return said or sentences


def _informed_before(informed: set[str], kept: list[str], language: str) -> set[str]:
    """What a list in a reply may restate: the stems said in earlier replies and in this reply's sentences before it
    that say something (a finite verb), so a recap in note form after the answers in full («декларация это
    налогово-таможенный департамент ... итого: 2 ступень pensionikeskus, пин ппа, ..., декларация emta»; new-user
    batch 40) restates them; notes after notes restate nothing."""
    said = [s for s in kept if has_finite_verb(s, language)]
    return informed | word_stems(" ".join(said)) if said else informed


@lru_cache(maxsize=16_384)  # a pure function of the reply: the same replies recur across turns and calls
def _sentence_quotes(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """(normalised sentence, its original words) of every sentence of an agent reply (`tx.normalize_input`)."""
    norm = tx.normalize_input(text, language)
    return tuple((s.strip(), norm.quote(a, b)) for a, b, s in tx.split_sentences_cached(norm.text) if s.strip())


def act_transcript(transcript: Transcript, acts: ActAnalysis) -> Transcript:
    """The transcript with each agent turn reduced to the sentences that perform an act."""
    # an agent turn whose every sentence acts is kept as it is (nothing changes turns: no copy needed)
    turns = [t.model_copy(update={"text": acts.act_texts[i]}) if t.role == "agent" and acts.act_texts.get(i, t.text) != t.text
             else t for i, t in enumerate(transcript.turns)]
    return transcript.model_copy(update={"turns": turns})
