"""Replies a caller does not take for an answer, though the scorer's own readings may let them pass (new-user batch 32).

The shapes, read for the client's ear only (the scorer keeps its readings):

- a long verbless run: a sentence whose words run on for :data:`_MIN_RUN` words or more with no punctuation, no
  finite verb and no linking conjunction, most of them in their dictionary form («понимаю Вас доверенность
  письменная цифровая подпись от руки на бумаге нотариально заверенная защита персональных данных ...»). A polite
  formula before it ("понимаю Вас") or a question after it ("ответила ли я на Ваш вопрос") gives the reply a verb,
  but the run itself is the scorer's words typed in; a terse answer breaks its items with commas or verbs
  ("avaldus meile, meie saadame soome");
- knowledge text read out: a reply of twenty words or more, nearly every word inside a five-word run of
  some knowledge text, that addresses no one ("Iga Euroopa Liidu ... riik, kus inimene on olnud kindlustatud ...").
  The client hears its facts, but it was told the rule about "a person", not about its own case: such replies
  count against the grateful ending (`trainer.simulation.transitions.ending`). A knowledge sentence said to the client ("Teie ema
  saab ...") or inside a reply of one's own words is speech;
- impersonal knowledge text (new-user batch 38 moving-abroad-account-ru gaming): a reply of fifteen words or more
  that addresses no one and asks nothing, states its rule of a person in general („пенсионер представляет
  справку ...“, „taotleja esitab ...“) and has two fifths of its words or more inside five-word runs of the
  knowledge. A paraphrase of the pasted rule escapes `reads_knowledge_out`'s nine in ten, but a caller told what
  "a pensioner" does has not been spoken to: it counts against the grateful ending like the rest;
- knowledge entries read out one after another (new-user batch 41 maintenance-support-et gaming, `recited_entries`):
  three sentences or more, nobody addressed, nothing asked, four fifths of the words inside the knowledge;
- a reference note (new-user batch 44 data-request-journalist-ru gaming, `labelled_note`): a sentence headed by a
  reference label («Справка: согласие третьего лица по телефону не проверяется.», "Infoks: ...", "Märkus: ...") that
  addresses no one, or a recap that points back at the text instead of saying it («итог: см. справку выше», "vt
  eespool", "vt ülal", "vt punktid 1–6", new-user batches 71-72). The scorer takes a labelled passage for reference text when it is the knowledge word for word
  (`trainer.scoring.reference`); the client hears a paraphrased note too, its facts stay heard, but a note about the
  rule in general is not said to the caller: it counts against the grateful ending. «Справочно:» heads such a note
  too (new-user batch 46 pension-abroad-proof-ru gaming: four replies of «Справочно: Пенсионер, проживающий за
  границей, ...» ended on «ой спасибо большое, всё понятно»). The institution named as the note's author heads one
  too (new-user batch 48 national-pension-chat-et gaming: „Sotsiaalkindlustusameti teave: isik esitab ...“,
  „Sotsiaalkindlustusamet selgitab: ...“ ended on „super, aitäh!“).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, ru_finite, sentence_language
from trainer.scoring.reference import reads_knowledge_out
from trainer.text.keywords import bare
from trainer.text.refusals import general_label, refuses, script_language

__all__ = ["boxed_checklist", "figure_sheet", "impersonal_knowledge", "labelled_note", "long_verbless_runs", "reads_knowledge_out",
           "recited_entries"]

#: a person in general, the subject of a rule read out of the knowledge („пенсионер представляет“, „isik esitab“)
_GENERIC = re.compile(
    r"\b(?:inimene|inimesel|inimese|isik|isikul|isiku|klient|kliendil|kliendi|pensionar\w*|taotleja\w*|"
    r"pensionisaaja\w*|toetusesaaja\w*|saaja|helistaja\w*|avaldaja\w*|"
    r"человек|человеку|лицо|лицу|клиент|клиенту|клиента|пенсионер\w*|заявител\w*|получател\w*|"
    r"звонящ\w*|живущ\w*|проживающ\w*)\b")
_IMPERSONAL_WORDS = 15
_IMPERSONAL_SHARE = 0.4

#: a checklist typed with ASCII boxes („Kontrollnimekiri: [ ] vaie [ ] 30 päeva [x] vorm“, «[ ] 112 [ ] психиатр»)
_BOX = re.compile(r"\[[ xXvV✓✔]?\]")
_MIN_BOXES = 2

#: words in an unpunctuated verbless run that make it a string of keywords
_MIN_RUN = 12
#: the share of the run's words in their dictionary form
_BARE_SHARE = 0.6
#: conjunctions that join the items of a spoken list ("iseteeninduses, posti teel või klienditeeninduses")
_CONJUNCTIONS = frozenset("ja ning voi ega ehk и или либо а но да".split())
#: a recap marker before the run: a terse summary lists its points without verbs
_RECAP = re.compile(r"\b(?:kokku|kokkuvott\w*|kokkuvotvalt|lühidalt|luhidalt|итак|итог\w*|подвед\w*|коротко)\b")


def long_verbless_runs(text: str, lang: str) -> list[str]:
    """The sentences of a reply that hold a run of bare words with no verb and no punctuation (module doc)."""
    out: list[str] = []
    for _, _, sentence in tx.split_sentences(text):
        # numbers said in words are numbers ("kolm seitse kaks viis ..." is a phone number, not ten words)
        if _has_long_run(tx.normalize_input(sentence, lang).text, sentence_language(sentence, lang)):
            out.append(sentence)
    return out


def impersonal_knowledge(text: str, lang: str, grams: frozenset[tuple[str, ...]]) -> bool:
    """A reply that reads a rule of a person in general out of the knowledge to no one (module doc)."""
    from trainer.scoring.reference import covered_count, has_address_word, text_words

    words = text_words(text)
    if len(words) < _IMPERSONAL_WORDS or not grams or has_address_word(words):
        return False
    if any(tx.is_question(s, lang) for _, _, s in tx.split_sentences(text) if s.strip()):
        return False
    if not _GENERIC.search(tx.fold(text.lower())):
        return False
    return covered_count(words, grams) >= _IMPERSONAL_SHARE * len(words)


#: knowledge entries read out one after another (new-user batch 41 maintenance-support-et gaming): sentences at least,
#: words at least, and the share of the words inside five-word runs of the knowledge
_RECITED_SENTENCES = 3
_RECITED_WORDS = 20
_RECITED_SHARE = 0.8


def recited_entries(text: str, lang: str, grams: frozenset[tuple[str, ...]]) -> bool:
    """A reply that reads knowledge entries out one after another to no one: three sentences or more, twenty words
    or more, nobody addressed, nothing asked, four fifths of its words inside five-word runs of the knowledge
    („Riiklik elatisabi on 200 eurot kuus lapse kohta. Kohtumenetluse ajal makstakse elatisabi kuni 150 päeva.
    Elatisabi tuleb taotleda 45 päeva jooksul. ...“). Its rules carry no person in general (`impersonal_knowledge`)
    and the entries are cut and joined (below `reads_knowledge_out`'s nine in ten), but nothing in it is said to the
    caller about its own case: it counts against the grateful ending like the rest. A reply in one's own words
    around the facts, or one that speaks to the caller or asks, is speech."""
    from trainer.scoring.reference import covered_count, has_address_word, text_words

    words = text_words(text)
    if len(words) < _RECITED_WORDS or not grams or has_address_word(words):
        return False
    sentences = [s for _, _, s in tx.split_sentences(text) if s.strip()]
    if len(sentences) < _RECITED_SENTENCES or any(tx.is_question(s, lang) for s in sentences):
        return False
    return covered_count(words, grams) >= _RECITED_SHARE * len(words)


def boxed_checklist(text: str) -> bool:
    """A reply that ticks off a checklist typed with ASCII boxes (two boxes at least; new-user batch 35
    appeal-howto-chat-et gaming). The caller reads its items, so they stay heard (blanking them left a caller
    with nothing but a recap to thank for: crisis-suicidal-et gaming), but a checklist talks to no one and
    counts against the grateful ending."""
    return len(_BOX.findall(text)) >= _MIN_BOXES


def _has_long_run(sentence: str, lang: str) -> bool:
    finite = ru_finite if lang == "ru" else et_finite
    runs: list[tuple[int, int]] = []  # (start, end) of each verbless unpunctuated run
    start = end = None
    tokens = tx.tokenize(sentence)
    for k, tok in enumerate(tokens):
        if tok.is_word or tok.text[:1].isdigit():
            if tok.is_word and (finite(tok.text) or tx.fold(tok.norm) in _CONJUNCTIONS):
                if start is not None:
                    runs.append((start, end))
                start = None
            else:
                start = tok.start if start is None else start
                end = tok.end
            continue
        # a hyphen inside a compound ("ID-карта", "Mobiil-ID"), a dash in a range of numbers ("29–42") and the dot
        # of an ordinal before a lower-case word ("8. kuupäev", new-user batch 36) join; any other mark breaks the run
        joined = k and k + 1 < len(tokens) and tokens[k - 1].end == tok.start and (
            tok.text == "-" and tokens[k + 1].start == tok.end
            or tok.text in "–—" and tokens[k - 1].text[:1].isdigit() and tokens[k + 1].text[:1].isdigit()
            or tok.text == "." and tokens[k - 1].text.isdigit() and tokens[k + 1].text[:1].islower())
        if not joined and start is not None:
            runs.append((start, end))
            start = None
    if start is not None:
        runs.append((start, end))
    return any(_keywords(sentence, a, b) for a, b in runs)


def _keywords(sentence: str, start: int, end: int) -> bool:
    run = sentence[start:end]
    tokens = [t for t in tx.tokenize(run) if t.is_word or t.text[:1].isdigit()]
    words = [t for t in tokens if t.is_word and not t.text[:1].isdigit()]
    # numbers next to each other are one item of the run ("100 50 29–42 eurot": amounts; "3 7 2 5": a phone number)
    numbers = sum(1 for k, t in enumerate(tokens) if t.text[:1].isdigit() and not (k and tokens[k - 1].text[:1].isdigit()))
    if len(words) + numbers < _MIN_RUN or sum(1 for t in words if bare(t.text)) < _BARE_SHARE * len(words):
        return False
    if _RECAP.search(tx.fold(sentence[:start].lower())) or _RECAP.match(tx.fold(run.lower())):
        return False  # a terse recap strings its points together ("kokku teine sammas pensionikeskus pin ...")
    return True


#: a reference label heading a sentence, beyond the scorer's (`trainer.scoring.reference.LABEL`): folded text
_NOTE_LABEL = re.compile(r"^\W*(?:info|teave|markus|viide|nb|справка|примечание|памятка|инфо|информация|"
                         r"справочно|для\s+сведения|справочная\s+информация|viiteks|teatmeks)\s*[:–—-]"
                         # ... or the institution as the note's author (new-user batch 48 national-pension-chat-et
                         # gaming: „Sotsiaalkindlustusameti teave: isik esitab ...“, „Sotsiaalkindlustusamet selgitab:
                         # ...“, «Департамент социального страхования сообщает: ...»)
                         r"|^\W*(?:[^\W\d_]*(?:amet|ameti|kassa|keskus|keskuse)|департамент\w*(?:\s+[^\W\d_]+){0,2})\s+"
                         r"(?:teave|info|selgitus|selgitab|teatab|informeerib|tapsustab|справка|информация|сообщает|"
                         r"разъясняет|поясняет|информирует)\s*[:–—-]")
#: a recap that points back at the text instead of saying it: folded text
_POINTER = re.compile(r"(?:\b(?:см|смотрите)\b\.?\s+(?:(?:пункт\w*\s+)?[\d–—-]+\s+|\w+\s+)?выше|"
                      r"\b(?:vt|vaadake)\b\.?\s+(?:(?:punkt\w*\s+)?[\d–—-]+\s+|\w+\s+)?(?:ulevalt|eespool|ulal|ulalpool)\b|"
                      # ... or at numbered points of the reply's own list as its recap (new-user batch 72
                      # national-pension-chat-et gaming: „Kokkuvõte: vt punktid 1–6 eespool.“; «см. пункты 1–6»)
                      r"\b(?:vt|vaadake|vaata|см|смотрите)\b\.?\s+punkt\w*\s+\d|\b(?:см|смотрите)\b\.?\s+пункт\w*\s+\d|"
                      # ... or names what it means only as "listed above" (new-user batch 51 pension-abroad-proof-ru
                      # gaming: «Справка не требуется в странах, перечисленных выше.» to «ей тоже ... надо?»)
                      r"\b(?:перечисленн|указанн|названн|приведенн|упомянут)\w*\s+выше\b|\bвыше-?(?:перечисленн|указанн|названн|приведенн|упомянут)\w*|"
                      r"\b(?:eespool|ulal|ulalpool)\s+(?:nimetatud|loetletud|toodud|mainitud|kirjeldatud)\b)")


def labelled_note(text: str) -> bool:
    """Does the reply hold a reference note: a sentence headed by a reference label that addresses no one, or a
    recap that points back at the text (module doc)? „Infoks: Teie pension tuleb 7. detsembril.“ says it to the
    caller and is speech."""
    from trainer.scoring.reference import LABEL, has_address_word, text_words

    refused = False
    for _, _, sentence in tx.split_sentences(text):
        folded = tx.fold(sentence.lower())
        if _POINTER.search(folded):
            return True
        if (LABEL.match(folded) or _NOTE_LABEL.match(folded)) and not has_address_word(text_words(sentence)) \
                and not (refused and general_label(sentence)):  # "Ma ei saa öelda. Üldine info: ..." (refusals.py)
            return True
        refused = refuses(sentence, script_language(sentence, "et"))
    return False


#: a sheet of figures (new-user batch 45 child-at-risk-et gaming): statements at least, figures at least, in sentences
#: at least, and the most statements that may speak to the caller
_SHEET_STATEMENTS = 4
_SHEET_FIGURES = 5
_SHEET_FIGURED = 3
_SHEET_ADDRESSED = 1
#: a second-person plural imperative tells the caller what to do („helistage“, «позвоните»): speech to the caller
_IMPERATIVE = {"et": re.compile(r"\w{3,}(?:ge|ke)$"), "ru": re.compile(r"\w{3,}(?:ите|йте)(?:сь)?$")}
_NOT_IMPERATIVE = frozenset("kõike koike väike vaike kaike lapsega".split())
_FIGURE = re.compile(r"\d+(?:[ .,]\d+)*")


def figure_sheet(text: str, lang: str, check=None) -> bool:
    """A sheet of figures said to no one (new-user batch 45 child-at-risk-et gaming: „Lapsetoetus on 80 eurot kuus, ...
    Lasterikka pere toetus 450 eurot ... Otsese ohu korral 112. ... Sünnitoetus 320 eurot. Kas see vastas Teie
    küsimusele?“): four statements or more, five figures or more in three of them, and at most one statement that
    speaks to the caller (a „Teie“, „Вам“ or an imperative „helistage“, «позвоните»); its questions only a check of
    understanding. The caller hears its facts (a number in it stays heard), but the rates, days and numbers recited
    one after another answer nothing it asked (``check`` tells a check question „Kas see vastas Teie küsimusele?“) about its own case: the reply counts against the grateful ending, like
    entries read out of the knowledge (`recited_entries`), which a sheet in one's own words escapes."""
    from trainer.scoring.reference import has_address_word, text_words
    from trainer.simulation.reactions import closing_question_kind

    statements, figures, figured, addressed = 0, 0, 0, 0
    imperative = _IMPERATIVE.get(lang)
    for _, _, sentence in tx.split_sentences(text):
        if not sentence.strip():
            continue
        if tx.is_question(sentence, lang):
            body = sentence.strip(" ,.?!")
            if closing_question_kind(body, lang) is None and not (check and check(sentence)):
                return False  # a question of the caller's case: speech
            continue
        words = text_words(sentence)
        statements += 1
        count = len(_FIGURE.findall(sentence))
        figures += count
        figured += count > 0
        folded = [tx.fold(w) for w in words]
        if has_address_word(words) or imperative and any(imperative.match(w) and w not in _NOT_IMPERATIVE for w in folded):
            addressed += 1
    return statements >= _SHEET_STATEMENTS and figures >= _SHEET_FIGURES and figured >= _SHEET_FIGURED \
        and addressed <= _SHEET_ADDRESSED
