"""The scenario author's text said to the caller: instructions in the infinitive and goals, hints or feedback pasted
(new-user batch 61 victim-support-ru gaming).

A scenario's goals, its steps' hints and the rubric's feedback are written to the trainee: „Selgitada, et ohvriabi on
ameti teenus ...“, «По одному шагу сказать, что жертва ... может подать заявление ...», "Küsige, kas lapsed on praegu
üksi." Pasted as a reply they carry every word the content criteria look for, yet say nothing to the person on the
line. Two readings, for the scorer and the client alike (`acts.find_non_answers`):

- **an instruction in the infinitive** (:func:`infinitive_instruction`): the sentence's first verb, among its first
  five words, is the infinitive of what the agent does in a call (explain, say, ask, check, name, refer, calm ...)
  and heads its main clause („Öelda, et ...“, «Объяснить, что ...», «По одному шагу сказать, что ...», "Mitte
  avaldada ...", «Принять звонок ..., проверить, ...»), nothing in it speaks to anyone (no "I"/"you", no finite verb
  outside a clause of what to say), and it asks nothing. A polite offer asks or has its own verb ("Kas selgitada?",
  «Могу объяснить, что ...»), a rule with its modal or predicate («Подать заявление можно ...», «Идти не
  обязательно», "Taotleda saab ..."), an infinitive as a subject or a predicate after a dash («Просить помощи – это
  ...», «следующий шаг – сообщить ...») and a terse instruction to the caller («подать в течение 30 дней»: no verb
  of the call) are speech;
- **author text pasted** (:func:`pasted_author_text`): a sentence that says an author's sentence near word for word
  from its first word (four of five words in runs of three shared both ways). Goals count whole; a hint's or a
  feedback's sentence counts when it instructs (its first verb an infinitive or an imperative: "Küsige, kas ...",
  «Скажите, что ...»), so a rule the feedback states („Семейные пособия выплачиваются 8-го числа.“) stays a real
  answer when the agent says it, and so does a real answer sharing many words with a goal («Помощь жертвам –
  услуга Департамента, позвоните на 116 006»). A sentence opening with a first-person verb of a stage of the call
  („Täpsustan enne vastamist, mis juhtus ...“, «Объясняю, что ...»; `own_acts.opens_with_own_stage`) is compared
  by lemma too: the goal told in the first person is the call narrated (new-user batch 64). A first-person promise
  („Teatan tõrkest kohe IT-toele ja juhile“ for the hint „Teata tõrkest ...“) is an act and stays speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, has_finite_verb, sentence_language
from trainer.scoring.own_acts import opens_with_own_stage
from trainer.text.lexicon import dictionary_lemmas, first_lemma, ru_parse
from trainer.text.verb_forms import et_imperative, is_infinitive

__all__ = ["NO_AUTHOR", "AuthorText", "author_text", "infinitive_instruction", "pasted_author_text"]

#: a mark that closes a segment of the sentence (a clause or a list item)
_SEGMENT = re.compile(r"[,;:–—()]|\s-\s")
#: words that open a clause of what to say or check („Selgitada, et ...“, «Объяснить, что ...», «проверить, в
#: безопасности ли она»): a finite verb inside such a clause is no verb of the instruction
_SUBORDINATE = {
    "et": frozenset("et kas kuidas kuhu kus kes keda kellele mida mis millal miks mille kelle kui milline millised "
                    "mitu kuni sest ehk nagu".split()),
    "ru": frozenset("что чтобы как где куда когда кто кому кого чем почему зачем какой какая какое какие каких "
                    "который которая которое которые которого которой котором которым через ли если пока "
                    "сколько потому".split()),
}
#: a speaker or a listener (the instruction names neither): pronouns of "I", "we" and "you"
_PERSONS = {
    "et": frozenset("ma mina mul minu mind mulle me meie meil meile meid te teie teil teile teid teilt sa sina sul "
                    "sulle sind sinu".split()),
    "ru": frozenset("я меня мне мной мы нас нам нами вы вас вам вами ваш ваша ваше вашу вашего вашей вашим ваши "
                    "ваших ты тебя тебе".split()),
}
_NEGATION = frozenset("mitte ei не".split())
_RU_MODALS = frozenset("есть нет нужно надо можно нельзя должен должна должно должны".split())
#: a predicate without a finite verb that makes the infinitive its subject («Идти не обязательно», «Звонить лучше
#: утром», "Helistada tasuta"): a rule said to the caller, no instruction
_PREDICATIVE = {
    "et": frozenset("vaja tarvis voimalik voimatu moistlik parem kohustuslik tasuta lihtne raske".split()),
    "ru": frozenset("обязательно необязательно желательно важно лучше достаточно сложно несложно трудно легко "
                    "просто поздно рано удобно удобнее возможно невозможно бесплатно стоит следует имеет".split()),
}
#: the word after a dash that makes the infinitive before it a subject («Позвонить за помощью – это забота ...»,
#: "Helistada – see on ...")
_COPULA = frozenset("это значит see on".split())
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
#: a recap's label opening the sentence ("kokku: ...", "Kokkuvõtteks – ...", «итого: ...»; folded): an infinitive
#: after an item's own first words („kokku: pakkumine iseteeninduses kinnitada, 80 eur“) is the caller's to-do, the
#: "tuleb" of „pakkumine tuleb kinnitada“ left out; right after the label („Kokkuvõtteks: selgitada, et ...“) it
#: still reads as an instruction (new-user batch 63 child-allowance-et terse)
_RECAP_LABEL = re.compile(r"^\W*(?:kokku|kokkuvotteks|kokkuvottes|kokkuvote|luhidalt|seega|niisiis|итого|итог|итак|"
                          r"коротко|короче|резюме|в\s+итоге)\s*[:–—-]")


def _words(text: str) -> list:
    return [t for t in tx.tokenize_cached(text) if t.is_word]


def _verb_kind(word: str, lang: str) -> str:
    """"inf", "finite", "imperative" or "" for a word that is no verb."""
    tok = tx.tokenize_cached(word)[0]
    if lang == "ru":
        parses = ru_parse(word.lower())
        if parses and parses[0].tag.POS == "INFN":
            return "inf"
        if parses and parses[0].tag.POS == "VERB" and "impr" in parses[0].tag:
            return "imperative"
        # a real verb or a modal predicate («нужно объяснить»), not an adverb the analyser also reads as a
        # predicate («Спокойно выслушать ...»)
        if parses and parses[0].tag.POS in ("VERB", "PRTS") or word.lower() in _RU_MODALS:
            return "finite"
        return ""
    if et_imperative(word):
        return "imperative"
    if is_infinitive(tok, "et") and tok.norm.endswith(("da", "ta")):
        return "inf"
    return "finite" if et_finite(word) else ""


def _first_verb(sentence: str, lang: str) -> tuple[str, int, str]:
    """The kind of the sentence's first verb ("" when it has none), its position among the words and its text. A
    verb after "ei" is the negated indicative („ei ole vaja“), not the imperative it is spelt like."""
    negated = False
    for k, tok in enumerate(_words(sentence)):
        if tok.norm in _NEGATION:
            negated = tok.norm == "ei"
            continue
        kind = _verb_kind(tok.text, lang)
        if kind:
            return ("finite" if negated else kind), k, tok.text
        negated = False
    return "", -1, ""


#: verbs of what the agent does in the call, whose infinitive opens a goal („Selgitada, et ...“, «Уточнить, ...»,
#: «По одному шагу сказать, что ...»): an infinitive of what the caller does («подать в течение 30 дней», «приложить
#: копии») is a terse instruction to the caller, and an infinitive after an evaluation („Kahju kuulda“, «Рада
#: помочь») is a feeling
_CALL_VERBS = {
    "et": frozenset("""selgitama utlema tapsustama kusima kontrollima nimetama pakkuma suunama rahustama tuvastama
        teavitama kinnitama avaldama eristama tutvustama hoiatama vastama julgustama juhatama markama
        registreerima vabandama""".split()),
    "ru": frozenset("""объяснить объяснять сказать говорить уточнить уточнять проверить проверять назвать называть
        предложить спросить расспрашивать успокоить выслушать принять направить сообщить сообщать рассказать
        подтвердить установить идентифицировать поправить предупредить выразить показать признать отличить
        посоветовать заметить отвечать ответить оправдывать обещать подтверждать опровергать обрабатывать
        извиниться зарегистрировать""".split()),
}
#: the infinitive opens the instruction: among its first words (after "По одному шагу", «В открытом чате не»)
_HEAD_WORDS = 5


def _call_verb(word: str, lang: str) -> bool:
    if lang == "ru":
        parses = ru_parse(word.lower())
        return bool(parses) and parses[0].normal_form.replace("ё", "е") in _CALL_VERBS["ru"]
    return any(tx.fold(lemma) in _CALL_VERBS["et"] for lemma in dictionary_lemmas(word.lower(), "et"))


@lru_cache(maxsize=16_384)
def infinitive_instruction(sentence: str, lang: str) -> bool:
    """Is the sentence an instruction in the infinitive about the call (module doc)?"""
    lang = sentence_language(sentence, lang)
    if lang not in _SUBORDINATE or not sentence.strip() or sentence.rstrip().endswith("?"):
        return False
    plain = _QUOTED.sub(" ", sentence)
    if tx.is_question(_SEGMENT.split(plain)[0], lang):
        return False  # "Kas selgitada" typed without its mark; «проверить, в безопасности ли она» asks nobody
    words = _words(plain)
    if len(words) < 3 or any(tx.fold(t.norm) in _PERSONS[lang] for t in words):
        return False
    kind, position, verb = _first_verb(plain, lang)
    if kind != "inf" or position >= _HEAD_WORDS or not _call_verb(verb, lang):
        return False
    label = _RECAP_LABEL.match(tx.fold(plain.lower()))
    if label is not None and position > len(_words(label.group())):
        return False  # „kokku: pakkumine iseteeninduses kinnitada, ...“: the caller's to-do in a recap
    if any(tx.fold(t.norm) in _PREDICATIVE[lang] for t in words):
        return False
    seen_inf = after_inf = False
    parts = _SEGMENT.split(plain)
    marks = _SEGMENT.findall(plain)
    for k, segment in enumerate(parts):
        seg_words = [tx.fold(t.norm) for t in _words(segment)]
        if not seg_words:
            continue
        if after_inf and marks[k - 1].strip() in ("–", "—", "-") and seg_words[0] in _COPULA:
            return False  # «Просить помощи – это не повод ...»: the infinitive is the subject
        after_inf = False
        if not seen_inf:
            # the segments up to the infinitive's own: no finite verb before it or beside it
            seen_inf = after_inf = any(_verb_kind(t.text, lang) == "inf" for t in _words(segment))
            if seen_inf and k and marks[k - 1].strip() in ("–", "—", "-"):
                return False  # «Итак, следующий шаг – сообщить ...»: the infinitive says what the step is
            if has_finite_verb(segment, lang):
                return False
            continue
        if has_finite_verb(segment, lang) and not set(seg_words[:3]) & _SUBORDINATE[lang]:
            return False  # «Честно сказать, ..., я не знаю»: a clause of its own says something
    return seen_inf


@dataclass(frozen=True)
class AuthorText:
    """The author's sentences a reply must not paste: each as its folded words, and the runs of three words of each."""

    sentences: tuple[tuple[str, ...], ...] = ()
    grams: tuple[frozenset[tuple[str, ...]], ...] = ()
    #: the same sentences as lemmas, and the scenario's language: a goal said in the first person („Täpsustan enne
    #: vastamist ...“ for „Täpsustada enne vastamist ...“) is pasted too (new-user batch 64)
    lemma_sentences: tuple[tuple[str, ...], ...] = ()
    lemma_grams: tuple[frozenset[tuple[str, ...]], ...] = ()
    lang: str = ""

    def __bool__(self) -> bool:
        return bool(self.sentences)


_RUN = 3
#: no author's text (the default of `acts.find_non_answers`)
NO_AUTHOR = AuthorText()
_MIN_WORDS = 6
_SHARE = 0.8
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _norms(text: str) -> tuple[str, ...]:
    return tuple(tx.fold(t.norm) for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit())


def _instructs(sentence: str, lang: str) -> bool:
    """Does an author's sentence instruct (its first verb an infinitive or an imperative)?"""
    return _first_verb(_QUOTED.sub(" ", sentence), sentence_language(sentence, lang))[0] in ("inf", "imperative")


def author_text(goals: Iterable[str], instructions: Iterable[str], lang: str) -> AuthorText:
    """The author's text of a scenario: its goals (every sentence) and the sentences of hints and feedback that
    instruct (module doc). Quoted model phrases and ``{placeholders}`` are left out: they are for the agent to say."""
    kept: list[tuple[str, ...]] = []
    lemmas: list[tuple[str, ...]] = []
    for text, whole in [*((g, True) for g in goals), *((h, False) for h in instructions)]:
        text = _PLACEHOLDER.sub(" ", _QUOTED.sub(" ", text or ""))
        for _, _, sentence in tx.split_sentences(text):
            words = _norms(sentence)
            if len(words) >= _MIN_WORDS and (whole or _instructs(sentence, lang)) and words not in kept:
                kept.append(words)
                lemmas.append(_lemmas(sentence, lang))
    return AuthorText(tuple(kept), tuple(frozenset(_runs(w)) for w in kept),
                      tuple(lemmas), tuple(frozenset(_runs(w)) for w in lemmas), lang)


def _lemmas(text: str, lang: str) -> tuple[str, ...]:
    """The words of a text as lemmas (folded; a number or an unknown word as itself): „Täpsustan“ and „Täpsustada“,
    «Объясняю» and «Объяснить» alike."""
    lang = sentence_language(text, lang)
    out = []
    for tok in tx.tokenize_cached(text):
        if not (tok.is_word or tok.text[:1].isdigit()):
            continue
        out.append(_lemma(tok.text, tok.norm, lang) if tok.is_word else tx.fold(tok.norm))
    return tuple(out)


_RU_VERB_STEM = 5


@lru_cache(maxsize=65_536)
def _lemma(word: str, norm: str, lang: str) -> str:
    if lang == "ru" and (parses := ru_parse(norm)) and parses[0].tag.POS in ("VERB", "INFN"):
        # the aspects of a verb alike («объясняю» and «объяснить»: объяснять, объяснить): its first letters
        return first_lemma(norm, lang)[:_RU_VERB_STEM]
    return (first_lemma(word if lang == "et" else norm, lang) if lang in ("et", "ru") else "") or tx.fold(norm)


def _runs(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [words[k:k + _RUN] for k in range(len(words) - _RUN + 1)]


def _covered(words: tuple[str, ...], grams: frozenset[tuple[str, ...]]) -> set[int]:
    hit: set[int] = set()
    for k, run in enumerate(_runs(words)):
        if run in grams:
            hit.update(range(k, k + _RUN))
    return hit


@lru_cache(maxsize=16_384)
def pasted_author_text(sentence: str, author: AuthorText) -> bool:
    """Does the sentence say one of the author's sentences near word for word, from its first word (module doc)?"""
    if not author:
        return False
    words = _norms(sentence)
    if len(words) < _MIN_WORDS:
        return False
    if _pasted(words, author.sentences, author.grams):
        return True
    # a goal in the first person („Täpsustan enne vastamist ...“): the call narrated, not an act of it like a promise
    # („Teatan tõrkest kohe IT-toele ja juhile“ for the hint „Teata tõrkest ...“)
    return bool(author.lemma_sentences) and opens_with_own_stage(sentence, author.lang) \
        and _pasted(_lemmas(sentence, author.lang), author.lemma_sentences, author.lemma_grams)


def _pasted(words: tuple[str, ...], sentences, grams_of) -> bool:
    """Does one of the sentences (with its runs of words) cover the words near word for word, from its first?"""
    own = frozenset(_runs(words))
    for source, grams in zip(sentences, grams_of, strict=True):
        if not own & grams:
            continue
        in_source = _covered(source, own)
        if 0 in in_source and len(in_source) >= _SHARE * len(source) \
                and len(_covered(words, grams)) >= _SHARE * len(words):
            return True
    return False
