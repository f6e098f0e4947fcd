"""The client's hearing: what of a trainee's reply the client hears as said.

Only the reply's acts speak to the client: a keyword chain, a pasted repeat, stage directions, a quiz, the service
standard recited or knowledge text read out to no one say nothing to it (and count as a non-answer for its
ending), and a wrong answer heard only in a question is not believed.
:class:`~trainer.simulation.dialogue.Conversation` calls these with itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.author_text import AuthorText, author_text
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.formulas import known_first_names, social_phrases
from trainer.scoring.signals import analyse_reply
from trainer.scoring.values import former_part, tells_former_rule
from trainer.simulation import client_line, hollow, listening, repeats, unasserted
from trainer.simulation.fragments import fragment_reply
from trainer.simulation.gamed_replies import (
    blanket_promises,
    bracketed_footer,
    impersonal_statements,
    names_promise,
    strung_items,
)
from trainer.simulation.goodbye import short_goodbye
from trainer.simulation.keyword_tails import keyword_tails
from trainer.simulation.narrated_acts import narrated_acts
from trainer.simulation.quiz import is_quiz, option_sentences, quiz_questions
from trainer.simulation.recited import recited_standard, step_labels
from trainer.simulation.run_on import run_on_stuffing
from trainer.simulation.spelling import as_heard
from trainer.simulation.staged import unstaged
from trainer.simulation.told_about import told_to_no_one
from trainer.simulation.unspoken import (
    boxed_checklist,
    figure_sheet,
    impersonal_knowledge,
    labelled_note,
    long_verbless_runs,
    reads_knowledge_out,
    recited_entries,
)
from trainer.simulation.wishes import no_wish_said
from trainer.text.confirm import with_confirmed_unit
from trainer.text.detail_request import asks_detail
from trainer.text.translit import cyrillic_text

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: reply signals about what the trainee did wrong: counted on the whole reply, non-answers included
_SAID_ON_WHOLE_TEXT = frozenset({"disclosed", "was_rude", "informal", "gave_code_back"})
#: a bare reply: one or two words and no verb („Rahvastikuregister.“, «Да.»), counted with the non-answers
#: for the client's ending only (`transitions.ending`); a greeting, a thanks or a goodbye is none
_BARE_MAX_WORDS = 2


def read(conv: Conversation, text: str) -> str:
    """The reply as the client reads its closing words: in a Russian call, translit in Cyrillic ("nuzhna kopija
    perepiski? vsego dobrogo" is an offer of the transcript and a goodbye, new-user batch 37 webchat-code-ru)."""
    return cyrillic_text(text) if conv.scenario.language == "ru" else text


def before_the_caller(conv: Conversation) -> set[str]:
    """The scenario's own content signals, when this reply comes before the caller has said anything (the
    agent's greeting in a call): a caller remembers no answer to a question it has not asked yet. Call-model
    signals (greeting, name, empathy) and the wrong answers the scenario names stay heard."""
    if conv.state["step"] is not None:
        return set()
    # the wrong answers as said in the reply, not as missing ("not ppa") nor as told before ("ever(x)")
    wrong = {name for mis in conv.scenario.misinformation
             for name in re.findall(r"(?<!not )(?<!\()\b([a-z_][a-z0-9_]*)\b(?!\()", mis.when)}
    return set(conv.signals) - wrong


_AUTHOR: dict[int, tuple[object, AuthorText]] = {}


def scenario_author(scenario) -> AuthorText:
    """The scenario's goals and hints (`trainer.scoring.author_text`): pasted as a reply, they say nothing to the
    client (new-user batch 61 victim-support-ru gaming). Built once per scenario object."""
    hit = _AUTHOR.get(id(scenario))
    if hit is not None and hit[0] is scenario:
        return hit[1]
    if len(_AUTHOR) >= 256:
        _AUTHOR.clear()
    author = author_text(scenario.goals, scenario.hints(), scenario.language)
    _AUTHOR[id(scenario)] = (scenario, author)
    return author


def analyse(conv: Conversation, text: str) -> dict:
    """Signals of the reply just appended. What the reply *says* is read from its acts only: a keyword
    chain, a pasted repeat, instructions to the agent or knowledge text about "the client" say nothing
    to the client (as for the scorer, :mod:`trainer.scoring.acts`), so the client does not react as if
    it had been answered. What the reply *does* wrong counts on the whole text: a disclosed private
    fact, rudeness, informal address, a code read back. ``acted`` is the text that counts."""
    lang = conv.scenario.language
    conv._non_answer = False
    text = as_heard(text, lang)  # "nelikymmend viis paeva", "synnikoht": "y" typed for "ü" (spelling.py)
    full = analyse_reply(text, lang, conv.concepts, conv.signals, conv.facts)
    # stage directions, ticked checklists, phone menus, hashtags, a pasted model dialogue say nothing to the
    # caller (staged.py): blanked from what it reads, in this reply and the earlier ones
    transcript = conv.transcript()
    heard_turns = [t.model_copy(update={"text": unstaged(as_heard(t.text, lang), lang)}) if t.role == "agent"
                   else t for t in transcript.turns]
    heard = heard_turns[-1].text
    acts = find_non_answers(transcript.model_copy(update={"turns": heard_turns}), conv.concepts, lang,
                            author=scenario_author(conv.scenario))
    acted = acts.act_texts.get(len(conv.turns) - 1, heard).strip()
    # a list of channels that answers the client's "how do I apply?" is heard, however bare its items, also
    # when it is the whole reply («в департамент: почтой, email с цифровой подписью или в бюро»)
    listed = [f.quote for f in acts.findings if f.turn == len(conv.turns) - 1 and f.item_list]
    listed += [sent for f in acts.findings if f.turn == len(conv.turns) - 1 and f.whole_reply
               and f.kind == "keyword_chain" for _, _, sent in tx.split_sentences(f.quote)]
    restored = [q for q in listed if q.strip() and q not in acted and listening.answers_how_to_apply(conv, q)]
    # a request the greeting put before the caller spoke, put again after it, is asked (repeats.asked_again)
    restored += [q for q in repeats.asked_again(conv, acts.findings, len(conv.turns) - 1)
                 if q.strip() and q not in acted and q not in restored]
    # a curt question for one more detail of the caller's own, taken for a keyword by the act finder („aitah. ja
    # sunnikoht?“, «Спасибо. А место рождения?»): the client hears it asked (new-user batch 52 terse: the
    # birthplace skipped, then asked again; the scorer's reading of such a reply is left as it is)
    restored += [s for f in acts.findings if f.turn == len(conv.turns) - 1 and f.kind == "keyword_chain"
                 for _, _, s in tx.split_sentences(f.quote)
                 if asks_detail(s, lang) and s.strip() not in acted and s not in restored]
    if restored:
        acted = " ".join([*restored, acted]).strip()
    # a yes and the bare value the client offered („mitu päeva mul on? 30?“ - „jah 30. võib osade kaupa“): the client
    # hears its own question's unit with the number (confirm.py, new-user batch 74 parental-benefit-chat-et terse)
    acted = with_confirmed_unit(client_line.last_client_line(conv), acted)
    # the call model's stage narrated with a list of keywords after it says no fact to the client
    narrated = unasserted.narrated_lists(acted, lang)
    # ... and the service standard recited („Согласно стандарту: шаг один – ...“): no act towards the caller
    narrated += [s for s in recited_standard(acted, lang) if s not in narrated]
    for sentence in narrated:
        acted = acted.replace(sentence, " ").strip()
    # a fact offered as one of several possibilities ("может быть, A, а может быть, B; всё индивидуально")
    # answers nothing: the client hears neither and asks again which it is
    for sentence in unasserted.hedged_alternatives(acted, lang):
        acted = acted.replace(sentence, " ").strip()
    # ... and so does a shotgun of values for one fact („15, 30, 45 või 60 päeva“, unasserted.competing_values,
    # new-user batch 73 maintenance-support-et gaming): one of them may be right, the caller was told none
    shotgun = unasserted.competing_values(acted, lang)
    for sentence in shotgun:
        acted = acted.replace(sentence, " ").strip()
    # a quiz put to the caller („väike test: ...? a) 1 b) 1,5 c) 3,5“, quiz.py): its options say none of them
    quizzed = is_quiz(heard, lang, bool(conv.state["vars"].get("quizzed")), lambda sentence: names_matter(conv, sentence))
    if quizzed:
        conv.state["vars"]["quizzed"] = True
        for sentence in option_sentences(acted):
            acted = acted.replace(sentence, " ").strip()
        # ... nor its questions on the matter („kas Te teate, milline asutus hindab töövõimet?“, quiz.py)
        for sentence in quiz_questions(acted, lang, lambda sentence: names_matter(conv, sentence)):
            acted = acted.replace(sentence, " ").strip()
    # bare words strung on after the reply's question ("...? семейный врач Töötukassa 15501 совместное
    # заявление") answer nothing the client asked (keyword_tails.py)
    tails = keyword_tails(acted, lang)
    # ... and bare items strung with commas on a complete clause („pöörduge ... poole, perearst, puude
    # tuvastamine.“, gamed_replies.py)
    tails += [items for items in strung_items(acted, lang) if items not in tails]
    # ... and numbers put in brackets after the last sentence („... ei avaldata. (112, 116 111)“, gamed_replies.py)
    tails += [footer for footer in bracketed_footer(acted, lang) if footer not in tails]
    for sentence in tails:
        acted = acted.replace(sentence, " ").strip()
    # every stage of the call strung into one run-on sentence of keywords (run_on.py, new-user batch 77)
    stuffed = run_on_stuffing(acted, lang, conv.concepts)
    full["acted"], full["whole"] = acted, {n for n, v in full["signals"].items() if v}
    full["quizzed"] = quizzed
    full["heard"] = heard.strip() if heard != text else text
    # a reply that is all knowledge text about "the client" or instructions to the agent („Kliendile
    # makstakse ...“, «Начните с приветствия ...»): talk about someone, not to the caller
    kinds = {f.kind for f in acts.findings if f.turn == len(conv.turns) - 1}
    # a long verbless string of keywords, or knowledge text read out to no one, is heard but is no answer the
    # client thanks for (unspoken.py, new-user batch 32): counted for the ending only, read only when the
    # cheaper readings found nothing
    if not conv.state["awaiting_close"] and (
            kinds or narrated or tails or quizzed or shotgun or stuffed or heard != text
            or unspoken(conv, acted, heard, lang)
            or step_labels(heard, lang)  # the call model read out step by step (recited.step_labels)
            # one-word sentences strung together („Täpsustan. Vanaduspension? Kuupäev? Iseteenindus.“, fragments.py)
            or fragment_reply(heard, lang, social_phrases(conv.concepts, lang), known_first_names())
            # the agent's own acts narrated sentence after sentence («Я называю срок ...», narrated_acts.py)
            or narrated_acts(heard, lang)
            # the greeting (or a chat's first reply) followed by rules about "a pensioner" told to no one
            # (gamed_replies.py)
            or (full["signals"].get("greeted") or first_reply(conv)) and impersonal_statements(heard, lang)
            or bare(conv, acted, full["signals"]) or hollow.stalled(conv, acted) or hollow.hollow_comfort(conv, acted)):
        # the reply (or a sentence of it) said nothing to the client, or only a bare word: counted for its
        # ending (`transitions.ending`)
        conv.state["vars"]["non_answers"] = conv.state["vars"].get("non_answers", 0) + 1
        conv._non_answer = True
    # ... also beside a greeting or an impersonal rule that speaks to no one either (told_about.py): none of it
    # is heard, a wrong value in it not believed („... pensionide puhul 60 päeva jooksul“, new-user batch 47)
    full["unaddressed"] = told_to_no_one(kinds, acted, lang)
    if full["unaddressed"]:
        acted = full["acted"] = ""
    if acted == text:  # a refused promise ("ma ei saa lubada, et nõue tühistatakse") is negated by the signals
        unpromised(conv, full, acted)
        unstuffed(conv, full, acted, stuffed)
        return unwished(conv, full, text)
    said = analyse_reply(acted, lang, conv.concepts, conv.signals, conv.facts) if acted else None
    for name in full["signals"]:
        if name in _SAID_ON_WHOLE_TEXT:
            continue
        full["signals"][name] = bool(said and said["signals"].get(name))
        if not full["signals"][name]:
            full["evidence"].pop(name, None)
    full["signals"]["closed"] = full["signals"]["thanked"] or full["signals"]["said_goodbye"]
    unpromised(conv, full, acted)
    unstuffed(conv, full, acted, stuffed)
    return unwished(conv, full, text)


def unstuffed(conv: Conversation, full: dict, acted: str, stuffed: list[str]) -> None:
    """The scenario's signals heard only in run-on stuffed sentences (run_on.py) are not heard: the keywords were
    typed, nothing was explained. A wrong answer stays heard (the client may believe it), and so do the call's own
    signals (a greeting, a thanks, a goodbye)."""
    if not stuffed:
        return
    rest = acted
    for sentence in stuffed:
        rest = rest.replace(sentence, " ")
    said = analyse_reply(rest, conv.scenario.language, conv.concepts, conv.signals, conv.facts) if rest.strip() \
        else None
    wrong = set(getattr(conv, "_wrong_signals", ()) or ())
    for name in conv.signals:
        if name in wrong or not full["signals"].get(name) or (said and said["signals"].get(name)):
            continue
        full["signals"][name] = False
        full["evidence"].pop(name, None)


def unpromised(conv: Conversation, full: dict, acted: str) -> None:
    """A promise of everything („kõik korraldatakse ära, Tervisekassa ja Töötukassa, kõik saab tehtud!“) tells no
    content: the scenario's signals heard only inside such sentences are not heard (a wrong answer, a signal for
    such promises themselves, „kõik laheneb“ to a caller in crisis, stay); a reply that says nothing else counts as a non-answer for its ending (gamed_replies.py)."""
    lang = conv.scenario.language
    promised = blanket_promises(acted, lang)
    if not promised:
        return
    rest = acted
    for sentence in promised:
        rest = rest.replace(sentence, " ")
    said = analyse_reply(rest, lang, conv.concepts, conv.signals, conv.facts) if rest.strip() else None
    wrong = set(getattr(conv, "_wrong_signals", ()) or ())
    heard_rest = False
    for name in conv.signals:
        if name in wrong or not full["signals"].get(name) or names_promise(conv.signals[name], lang):
            continue
        if said and said["signals"].get(name):
            heard_rest = True
        else:
            full["signals"][name] = False
            full["evidence"].pop(name, None)
    if not heard_rest and not conv.state["awaiting_close"] and not conv._non_answer:
        conv.state["vars"]["non_answers"] = conv.state["vars"].get("non_answers", 0) + 1
        conv._non_answer = True


def unwished(conv: Conversation, full: dict, text: str) -> dict:
    """The reply's signals without a goodbye that is only a wish word not said as a wish („... kui Teil on
    jõudu.“, wishes.py), and with a short chat goodbye at its end ("Saadan kohe. Head!", «Пока!»; goodbye.py)."""
    lang = conv.scenario.language
    farewells = tuple((conv.concepts.get("farewell") or {}).get(lang) or ())
    if full["signals"].get("said_goodbye") and no_wish_said(text, farewells, lang):
        full["signals"]["said_goodbye"] = False
        full["signals"]["closed"] = full["signals"]["thanked"]
        full["evidence"].pop("said_goodbye", None)
    short = short_goodbye(text, lang) if "said_goodbye" in full["signals"] else None
    if short is not None and not full["signals"]["said_goodbye"]:
        full["signals"]["said_goodbye"] = full["signals"]["closed"] = True
        full["evidence"]["said_goodbye"] = text[short[0]:short[1]]
    return full


def names_matter(conv: Conversation, sentence: str) -> bool:
    """Does the sentence name the scenario's matter: one of its own signals or private facts (not the call
    model's greeting, empathy or questions)?"""
    said = analyse_reply(sentence, conv.scenario.language, conv.concepts, conv.signals, conv.facts)
    return any(said["signals"].get(name) for name in conv.signals) or any(said["facts"].values())


def unsay_wrong(conv: Conversation, analysis: dict) -> None:
    """A wrong answer (a signal named in the scenario's ``misinformation``) heard only in a question or in a
    rule told as former („Kas ma sain õigesti aru, et küsite, kas see tuleb reedel?“, „Varem maksti reedel,
    aga nüüd enam mitte.“) was not said: the client does not believe it, as the scorer does not count it. A promise
    declined («обещать, что долг спишут, я не могу», „lubada, et nõue tühistatakse, ma ei saa“) or a payment denied
    only "at once" («сразу всё платить не нужно») is no signal to begin with: `analyse_reply` reads it with the
    scorer's negation scope (`trainer.text.scope.negated_complement`, `trainer.text.negation`)."""
    conv._unsaid: set[str] = set()
    heard = [n for n in conv._wrong_signals if analysis["signals"].get(n)]
    if not heard:
        return
    lang = conv.scenario.language
    parts = []
    for _, _, sent in tx.split_sentences(analysis["acted"]):
        if sent.strip() and tx.is_question(sent, lang) and "?" not in sent:
            # „Milline määrus see on, ei olegi oluline – piisab sellest, et hagi on esitatud.“: a question word
            # heads the sentence, but what follows its dash is said
            sent = sent.split(" – ", 1)[1] if " – " in sent else sent
        parts.append(sent)
    asserted = " ".join(sent[former_part(sent, lang):] for sent in parts  # «Раньше платили ..., а теперь»: after «а»
                        if sent.strip() and not tx.is_question(sent, lang) and not tells_former_rule(sent, lang))
    if " ".join(asserted.split()) == " ".join(analysis["acted"].split()):
        return
    said = analyse_reply(asserted, lang, conv.concepts, conv.signals, conv.facts) if asserted.strip() else None
    for name in heard:
        if not (said and said["signals"].get(name)):
            conv._unsaid.add(name)
            analysis["signals"][name] = False
            analysis["evidence"].pop(name, None)


def unspoken(conv: Conversation, acted: str, heard: str, lang: str) -> bool:
    """A long verbless keyword run, a boxed checklist, or knowledge text read out to no one (`unspoken.py`)."""
    grams = getattr(conv.library.value_facts, "reference", frozenset())
    return bool(long_verbless_runs(acted, lang)) or boxed_checklist(heard) or reads_knowledge_out(heard, grams) \
        or labelled_note(heard) \
        or impersonal_knowledge(heard, lang, grams) or recited_entries(heard, lang, grams) \
        or figure_sheet(heard, lang, lambda sentence: hollow.only_looking(conv, sentence))


def first_reply(conv: Conversation) -> bool:
    """Is the reply just appended the agent's first (the opening of a call, or the first answer in a chat)?"""
    return sum(1 for turn in conv.turns if turn["role"] == "agent") == 1


def bare(conv: Conversation, acted: str, signals: dict) -> bool:
    """One or two words and no verb, after the client has spoken („Tagasinõue.“, «Самоуправление.», „Ei.“):
    no greeting, thanks or goodbye. Counted for the ending only: a real short answer among full ones
    changes nothing, a call answered mostly so does not end on the grateful line."""
    if conv.state["step"] is None or not acted:
        return False
    if signals.get("greeted") or signals.get("thanked") or signals.get("said_goodbye"):
        return False
    words = [t for t in tx.tokenize(acted) if t.is_word]
    if not words or len(words) > _BARE_MAX_WORDS:
        return False
    return not has_finite_verb(acted, conv.scenario.language)
