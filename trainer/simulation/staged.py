"""Staged text: parts of a reply that perform the call model on paper instead of talking to the caller.

A trainee gaming the scorer may write stage directions in square brackets ("[väljendan empaatiat] [selgitan
elatisabi: 200 eurot]"), tick a checklist ("✔ empaatia ☐ osamaksed"), play a phone menu ("Valige: 1 – pension,
2 – volikiri", «Вы выбрали «два»»), tag keywords ("#30päeva #iseteenindus"), paste a model dialogue
("Клиент: ... Консультант: ..."), stack one-word verbs that name the steps ("Vabandan. Mõistan. Edastan."), or write
a note to whoever grades the call ("(Märkus hindajale: kõik kriteeriumid täidetud.)", «[Примечание для оценщика:
...]», "Note to the grader: ...": :func:`grader_notes`), which is not said to the caller at all.
A real caller hears none of it as an answer: it is blanked from what the client reads (same length, so offsets
hold), and the reply counts as a non-answer for the client's ending, like the scorer's non-answers
(:mod:`trainer.scoring.acts`). The scorer's labels (:mod:`trainer.scoring.labels`: slot tags, "|" menus) are
blanked too.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, ru_finite, sentence_language
from trainer.scoring.labels import label_spans

_BRACKET = re.compile(r"\[[^\[\]]*\]")
#: checklist marks: an item runs from its mark to the next mark (its label up to a colon, when it has one)
_TICK = "✔✓☑☐☒✗✘□■✅❌⬜"
_TICK_ITEM = re.compile(rf"[{_TICK}][^{_TICK}]*")
#: a yes or no right before a mark: the mark stresses the answer in a chat („Üks avaldus jah ✅ aga Töötukassale“,
#: „Ei ❌ see on Töötukassa oma“, new-user batch 51 disability-or-workability-chat-et terse), it ticks off nothing
_YES_NO_BEFORE = re.compile(r"(?i)(?<!\w)(?:jah|jaa|ei|да|нет)\W{0,2}\s*$")
_HASHTAG = re.compile(r"(?<![\w#])#[^\W_][\w,.\-]*")
#: a line of a pasted model dialogue: a role label and what the role says, up to the line end
_ROLE_LINE = re.compile(r"(?im)^[ \t]*(?:klient|konsultant|teenindaja|spetsialist|helistaja|клиент|консультант|"
                        r"специалист|оператор|звонящий)[ \t]*:[^\n]*")
_CLIENT_ROLE = re.compile(r"(?i)^\s*(?:klient|helistaja|клиент|звонящий)\s*:")
#: a phone menu: a number (or a number word in quotes) offered with a choose / press / say verb, or a choice
#: confirmed („Valisite teema 2“, «Вы выбрали «два»», „Valik salvestatud“)
_NUMBER = r"(?:\d|«[^»]{1,8}»|„[^“”]{1,8}[“”]|\"[^\"]{1,8}\")"
#: an option named by a bare number word („üks – pension“, «один – рассрочка»), counted with the menu verb only
_NUMBER_WORD = (r"(?:üks|uks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|один|два|три|четыре|пять|шесть|семь|восемь)")
_MENU_VERB = re.compile(rf"(?i)\b(?:valige|vajutage|öelge|oelge|выберите|нажмите|скажите)\b[^.!?]*?{_NUMBER}")
#: („1 – pension“, „2) peretoetused“: new-user batch 36 health-insurance-redirect-chat-et gaming)
#: a number's own ending or a hanging hyphen is no option („5- ja 7-a lapsed“, „5-aastane“, „3-le“, «2-х», «5- и
#: 7-летние»: new-user batch 45 child-at-risk-et terse, „öelge et 5- ja 7-a lapsed“ blanked as a phone menu)
_NUMBER_WORD_FORM = r"(?!\s*(?:ja|või|voi|ega|и|или)\b)(?!\w{1,3}\b)(?!aasta\w*|kuu\w*|летн\w*|месяч\w*)"
_OPTION = re.compile(rf"(?:^|[\s:;,])(?:{_NUMBER}|{_NUMBER_WORD})\s*(?:[–—-]{_NUMBER_WORD_FORM}|\))\s*\w", re.IGNORECASE)
#: a menu whose numbered options run on over several sentences („Valige teema: 1) Kas isa elab üksi? 2) Mis
#: linnas? 3) Kohalik omavalitsus ...“): this many options after the choose verb
_MIN_RUN_ON_OPTIONS = 3
_CHOOSE = re.compile(r"(?i)\b(?:valige|выберите)\b")
#: a prompt to key in or say a digit („Nimetage number.“, «Нажмите или назовите цифру.»)
_DIGIT_PROMPT = re.compile(r"(?i)^\W*(?:(?:vajutage|kirjutage|nimetage|öelge|oelge|valige)\b[^.!?]{0,20}\bnumb\w*"
                           r"|(?:нажмите|назовите|скажите|выберите|наберите)\b[^.!?]{0,20}\bцифр\w*)[^.!?]{0,30}[.!?]?\s*$")
#: a list of at least this many items handed to the client to choose from itself („Pensionikeskus, PPA, MTA,
#: Mobiil-ID. Valige, mis Teile sobib.“): a menu, not an answer
_MIN_MENU_ITEMS = 4
_CHOOSE_YOURSELF = re.compile(r"(?i)^\W*(?:palun\s+)?(?:valige|выберите)\s*,?\s*(?:mis|mida|что|какой|какое|какие)\b"
                              r"[^.!?]{0,30}[.!?]?\s*$")
_CHOSEN = re.compile(r"(?i)^\W*(?:valisite|valik\s+salvestatud|вы\s+выбрали|ваш\s+выбор)\b")
#: a telegraphic step: one first-person verb, perhaps with one word („Vabandan.“, „Kinnitan nime.“, «Уточняю.»)
_MAX_STEP_WORDS = 2
_MIN_STEPS = 3
#: one-word formulas and answers that are no narrated step („Palun.“, „Tänan.“)
_NOT_STEPS = frozenset({"palun", "tanan"})


#: a note's label („Märkus“, «Примечание», "Note") and whom it is addressed to: a grader, an assessor, the scoring
#: system (in the dative or with "for": „hindajale“, „hindaja jaoks“, «оценщику», «для проверяющего», "to the grader");
#: a grader named as such („Ekspertarst (hindaja) ...“, «не оценщик имущества») addresses no note
_NOTE_LABEL = r"(?:(?:markus|sonum|kommentaar|selgitus|nb|note|comment|примечани\w*|заметк\w*|комментари\w*|сообщени\w*|" \
              r"пометк\w*)\W{0,2}\s*)"
_GRADER = r"(?:(?:auto(?:maat)?)?hindaja(?:te)?|kontrollija(?:te)?|eksamineerija(?:te)?|hindamissusteemi)"
_ADDRESSEE = re.compile(
    rf"^\W*(?:{_NOTE_LABEL}?(?:{_GRADER}(?:le\b|\s+jaoks\b)|(?:оценщик|проверяющ|экзаменатор|асс?ессор)(?:у|ам|ему|им)\b|"
    r"для\s+(?:оценщик|проверяющ|экзаменатор|асс?ессор|оценивающ|систем\w*\s+оценк)\w*|"
    r"(?:to|for)\s+(?:the\s+)?(?:grader|assessor|evaluator|examiner|scorer|reviewer|marker)s?\b)"
    rf"|{_NOTE_LABEL}(?:(?:hindamis)?susteemi(?:le|\s+jaoks)|для\s+систем\w*|системе|(?:to|for)\s+(?:the\s+)?system)\b"
    r"|(?:grader|assessor|evaluator|examiner|scorer)s?\s*:)")
#: a note outside brackets is headed: its label or addressee stands before a colon („Hindajale: ...“); „Kontrollijale
#: näidake dokumenti.“ is said to the caller
_HEADED = re.compile(r"^\W*[^:.!?]{1,40}:")
_ROUND_OR_SQUARE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def grader_notes(text: str) -> list[tuple[int, int]]:
    """The reply's notes to a grader (module doc): a bracketed passage, or a sentence, that opens by addressing
    whoever grades the call („(Märkus hindajale: ...)“, „[Hindajale: ...]“, «(Комментарий для проверяющего: ...)»,
    "Note to the grader: ..."). A bracket said to the caller („(süsteemis on see vorm ...)“) or a sentence without a
    head before a colon („Kontrollijale näidake dokumenti.“) is no note."""
    spans = [(m.start(), m.end()) for m in _ROUND_OR_SQUARE.finditer(text)
             if _ADDRESSEE.match(tx.fold(m.group()[1:]))]
    spans += [(a, b) for a, b, sentence in tx.split_sentences(text)
              if _ADDRESSEE.match(tx.fold(sentence)) and _HEADED.match(sentence) and not any(c <= a < d for c, d in spans)]
    return spans


def staged_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the reply that talk to no one (see the module doc), in order, possibly overlapping."""
    spans = list(label_spans(text)) + grader_notes(text)
    brackets = list(_BRACKET.finditer(text))
    inside = sum(len(tx.tokenize(m.group())) for m in brackets)
    if brackets and 2 * inside >= len(tx.tokenize(text)):
        spans += [(m.start(), m.end()) for m in brackets]  # stage directions, whatever they hold
    for m in _TICK_ITEM.finditer(text):
        if _YES_NO_BEFORE.search(text[:m.start()]):
            continue  # „Ei ❌ töövõimetoetus on Töötukassa oma.“: an emoji stressing the answer, no checklist item
        colon = m.group().find(":")
        spans.append((m.start(), m.start() + colon + 1 if colon > 0 else m.end()))
    tags = list(_HASHTAG.finditer(text))
    if len(tags) >= 2:
        spans += [(m.start(), m.end()) for m in tags]
    roles = list(_ROLE_LINE.finditer(text))
    if any(_CLIENT_ROLE.match(m.group()) for m in roles) and any(not _CLIENT_ROLE.match(m.group()) for m in roles):
        spans += [(m.start(), m.end()) for m in roles]
    sentences = tx.split_sentences(text)
    steps = [(a, b) for a, b, s in sentences if _telegraphic_step(s, lang)]
    if len(steps) >= _MIN_STEPS:
        spans += steps
    menu = False
    for a, b, sentence in sentences:
        verb = _MENU_VERB.search(sentence)
        if _CHOSEN.match(sentence) or verb and (
                len(_OPTION.findall(sentence[verb.start():])) >= 2 or re.search(rf"(?i)(?:скажите|öelge|oelge)\s+{_NUMBER}", sentence)) \
                or _options_after_choose(sentence) >= 2:
            spans.append((a, b))
            menu = True
    run_on = _run_on_menu(sentences)
    spans += run_on
    menu = menu or bool(run_on)
    for i, (a, b, sentence) in enumerate(sentences):
        if _DIGIT_PROMPT.match(sentence) and menu:
            spans.append((a, b))
        elif _CHOOSE_YOURSELF.match(sentence) and i and _long_list(sentences[i - 1][2]):
            spans += [sentences[i - 1][:2], (a, b)]
    return sorted(spans)


def _options_after_choose(sentence: str) -> int:
    """How many numbered options follow the sentence's choose verb („Valige teema: 1) ... 2) ...“); a verb inside an
    item of a list of steps („Tehke nii: 1) valige iseteeninduses taotlus 2) lisage tõend.“) chooses no option."""
    m = _CHOOSE.search(sentence)
    return len(_OPTION.findall(sentence[m.end():])) if m else 0


def _run_on_menu(sentences: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sentences of a menu whose options run on after the choose verb's sentence into the next ones (each of them
    opening with an option), when there are at least :data:`_MIN_RUN_ON_OPTIONS` options in all."""
    for i, (a, b, sentence) in enumerate(sentences):
        options = _options_after_choose(sentence)
        if not options:
            continue
        run = [(a, b)]
        for c, d, nxt in sentences[i + 1:]:
            if not _OPTION.match(" " + nxt.lstrip()):
                break
            run.append((c, d))
            options += len(_OPTION.findall(" " + nxt))
        return run if options >= _MIN_RUN_ON_OPTIONS and len(run) > 1 else []
    return []


def _long_list(sentence: str) -> bool:
    """A sentence that is (after its head up to a colon) a comma list of at least :data:`_MIN_MENU_ITEMS` items."""
    tail = sentence.split(":", 1)[1] if ":" in sentence else sentence
    items = [x for x in re.split(r"[,;]", tail.rstrip(".!")) if x.strip()]
    return len(items) >= _MIN_MENU_ITEMS and all(len(x.split()) <= 6 for x in items)


def _telegraphic_step(sentence: str, lang: str) -> bool:
    """A sentence of at most two words led by a verb in the first person singular, no question („Edastan.“,
    „Täpsustan teemat.“, «Сочувствую.»)."""
    if "?" in sentence:
        return False
    words = [t for t in tx.tokenize(sentence) if t.is_word or t.text[:1].isdigit()]
    if not words or len(words) > _MAX_STEP_WORDS:
        return False
    first = words[0].text
    if sentence_language(sentence, lang) == "ru":
        from trainer.text.lexicon import ru_parse

        parses = ru_parse(first.lower())
        return bool(parses) and ru_finite(first) and "1per" in parses[0].tag and "sing" in parses[0].tag
    low = tx.fold(first)
    return low.endswith("n") and len(low) > 3 and low not in _NOT_STEPS and et_finite(first)


def unstaged(text: str, lang: str) -> str:
    """The reply with its staged parts blanked (same length); the text itself when it has none."""
    spans = staged_spans(text, lang)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
