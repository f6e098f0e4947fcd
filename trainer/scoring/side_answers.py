"""Side answers (criterion "needs", blind rounds 21-22): a first statement that is not yet the answer to the
client's matter, shown by what comes after it.

- A statement that takes up a side remark ("otsuse teeb ekspertarst dokumentide põhjal" to "kes seal üldse
  otsustab", «решение принимает врач-эксперт» to «как так вообще?») or reads back what the client already
  knows («вижу, в этом месяце выплачено 912 евро») leaves the matter open when the client at once asks it
  again ("ja mis ma nüüd teen?", «а почему?», «там ничего не понятно», «я хочу, чтобы ...»): when the agent's
  next message then opens with a question about the matter («Вы хотите оспорить решение или у Вас есть
  новые данные?», "kas te tahate teada miks või kuidas vaiet esitada"), the answer is the first statement
  after that question (`past_side_answer`), also when the client first rejected it ("no ma ei teadnud seda ju.
  ja nüüd mis ma teen", round 29); so too when that message states what the agent sees and hands the
  turn over with a question of the client's facts («у вас был доход от работодателя. вы же работали, да?»). A client who only denies a fact ("ei ole", «нет») rejects the
  answer (uptake.py), they do not ask again.
- A general statement that the agent follows, in the same turn, with a question the client then answers
  ("Riik saab teatud juhtudel maksta elatisabi. Kas asi on praegu kohtus või ...?", «Помощь есть. Суд уже
  вынес определение?») hands the turn over with that question: the question still comes before the answer
  the client's reply leads to (`turn_ends_asking`).
"""

from __future__ import annotations

import re

from trainer import text as tx


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


# a client still asking the matter without a question mark: not understanding, not knowing what to do, a want
# ("ma ei saa aru", "ma ei tea, mis teha", «ничего не понятно», «я хочу, чтобы ...», "ma tahan, et ...")
_STILL_ASKS = re.compile(
    r"(?i)(?<!\w)(?:(?:ничего\s+)?(?:не\s+понятно|непонятно)|не\s+понимаю|я\s+(?:так\s+и\s+)?не\s+поняла?"
    r"|я\s+хочу|мне\s+нужно|хочу\s+(?:узнать|понять|обжаловать|оспорить|подать)"
    r"|(?:ma\s+)?ei\s+(?:saa|saanud)\s+(?:(?:üldse|uldse|sellest|midagi)\s+)?aru|ma\s+(?:tahan|soovin)"
    r"|(?:ma\s+)?ei\s+tea\s*,?\s*(?:mis|kuidas)\s+(?:ma\s+)?(?:nüüd\s+|nuud\s+)?(?:teha|teen|edasi)"
    r"|не\s+знаю\s*,?\s*что\s+(?:мне\s+)?(?:теперь\s+)?(?:делать|дальше)"
    # what now: "ja mis ma nüüd teen", "mida ma siis nüüd tegema pean", «и что мне теперь делать»
    r"|(?:mis|mida)\s+(?:ma\s+|me\s+)?(?:siis\s+)?(?:nüüd|nuud)\s+(?:teen|teeme|tegema\s+\w+|teha)"
    r"|что\s+(?:мне|нам)?\s*(?:теперь|сейчас)\s+делать"
    # "now" first: "ja nüüd mis ma teen" (typed "nyyd": y for ü), «а теперь что мне делать» (blind round 29)
    r"|(?:nüüd|nuud|nyyd)\s+(?:siis\s+)?(?:mis|mida)\s+(?:ma\s+|me\s+)?(?:siis\s+)?(?:teen|teeme|tegema\s+\w+|teha)"
    r"|(?:теперь|сейчас)\s+что\s+(?:мне\s+|нам\s+)?(?:делать|делаю|сделать))(?!\w)")


def asks_again(an, j: int) -> bool:
    """Does client unit j still ask the matter: a question ("ja mis ma nüüd teen", «а почему»), or, without
    one, that they do not understand or what they want («там ничего не понятно», «я хочу, чтобы это не
    осталось просто так», "ma ei saa aru"), not a question after taking the answer ("Aitäh. Aga kas ma saan ka
    ...?": a new matter)? A bare denial ("ei ole", «нет, не пришло») does not, nor a reply that
    concludes from the answer before asking on ("et siis ei pea ise tulema. ja kas ...?")."""
    from trainer.scoring.asking import unit_asks
    from trainer.scoring.needs_acts import concludes
    from trainer.scoring.uptake import accepts

    if j >= len(an.turns) or an.turns[j].role != "client" or concludes(an.turns[j].text):
        return False  # "et meie juurde ei pea tulema. ja kas ...": the answer taken, a new question asked
    if _STILL_ASKS.search(an.turns[j].text):
        return True
    # "Aitäh. Aga kas ma saan ka ...?": the answer taken and a new matter asked (first_answer.py's mentor rule)
    return unit_asks(an, j) and not accepts(an.turns[j].text)


# the questions criterion "needs" does not count (its rubric exclusions): checks of the client's understanding,
# offers of help, hold requests and the identification
_NOT_CLARIFYING = ("understanding_check", "further_help", "offer_help", "hold_or_contact", "identification_request",
                   "name_request", "verification_item")


def _asks_client(an, i: int, a: int, b: int, sentence: str) -> bool:
    """Is the question at [a, b) of agent unit i one about the client's matter? Not "Kas see vastas Teie
    küsimusele?", a request for the code, a remark to nobody ("Kes see ikka tahaks ..., eks?": no second person),
    nor cue words in a row («уточните пожалуйста итак подведём итог»)."""
    from trainer.scoring.asking import about_client

    words, covered, _, _ = an.cue_coverage(i, a, b)
    return not any(a <= m.start < b for m in an.matches(i, _NOT_CLARIFYING)) \
        and about_client(sentence, an.language) and 2 * covered < words


def opening_question(an, i: int) -> tuple[int, int] | None:
    """(start, end) of the question agent unit i opens with: before it only short acknowledgements ("Я Вас
    понимаю.", "selge") and sentences that lead up to an answer (`prefaces.prefaces`), no statement; not a question
    the criterion does not count (a check of the client's understanding, the identification)."""
    from trainer.scoring.prefaces import prefaces, sentence_asks

    for a, b, sentence in an.sentences(i):
        if sentence_asks(an, i, sentence):
            return (a, b) if _asks_client(an, i, a, b, sentence) else None
        if len(_words(sentence)) <= 3 or prefaces(an, i, a, sentence) or tx.restates_need(sentence, an.language):
            continue
        return None  # a statement, or a chain of keywords, before it
    return None


def past_side_answer(an, answer: tuple[int, int], agents: list[int]) -> tuple[int, int]:
    """The answer a clarifying question must come before, when the first statement ``answer`` was a side
    answer: the client asks again right after it and the agent's next message opens with a question (see the
    module docstring). Otherwise ``answer`` itself."""
    from trainer.scoring.first_answer import first_answer

    unit = answer[0]
    later_agents = [i for i in agents if i > unit]
    if not later_agents or not asks_again(an, unit + 1) or later_agents[0] != unit + 2:
        return answer
    asked = opening_question(an, unit + 2)
    if asked is None and _observes_then_asks(an, unit + 2):
        asked = an.sentences(unit + 2)[-1][:2]  # «у вас был доход от работодателя. вы же работали да?»
    if asked is None:
        return answer
    # no statement found after it (a reply that runs on into a request for the code): the agent's next message
    later = first_answer(an, [(unit + 2, asked[1])] + [(i, 0) for i in later_agents[1:]])
    return later or ((later_agents[1], 0) if len(later_agents) > 1 else answer)


def _observes_then_asks(an, i: int) -> bool:
    """Does agent unit i state only what it sees of the client's own facts and then ask them about it («смотрите,
    у вас в прошлом месяце был доход от работодателя. вы же работали, да?»)? Each statement before the closing
    question speaks of the client; an answer to their question ("Perearst võib. Kas isal on puue?") does not."""
    from trainer.scoring.asking import about_client

    if not turn_ends_asking(an, i, 0, statements=2) or not _asks_client(an, i, *an.sentences(i)[-1]):
        return False
    return all(about_client(s, an.language) for _, _, s in an.sentences(i)[:-1])


def turn_ends_asking(an, unit: int, end: int, statements: int = 1) -> bool:
    """Does agent unit ``unit`` go on after position ``end`` (the end of the answer's message) and hand the turn
    over with a question the client then replies to: its last sentence a question, the next unit the client's?
    Only after a general statement: at most ``statements`` informing sentences from ``end`` back to the answer,
    no number in them and (for the answer's own turn) none about the client's own case ("Riik saab teatud juhtudel maksta elatisabi. Kas asi on kohtus või ...?"); after an
    answer with its figures («пособие до 200 евро, выплачивается 10-го числа ... А Вы подавали ...?») the
    question comes after the answer."""
    from trainer.scoring.asking import about_client
    from trainer.scoring.prefaces import prefaces, sentence_asks

    sentences = an.sentences(unit)
    if not sentences or sentences[-1][0] < end or unit + 1 >= len(an.turns) or an.turns[unit + 1].role != "client":
        return False
    if not sentence_asks(an, unit, sentences[-1][2]):
        return False
    informs = [(a, s) for a, b, s in sentences[:-1] if an.is_inform(unit, a, b, s) and not prefaces(an, unit, a, s)]
    if statements == 1 and any(about_client(s, an.language) for _, s in informs):
        return False  # "teie pension on täna välja makstud ... kas te saate selle eesti pangakontole": the answer
    return len(informs) <= statements and not any(tx.find_numbers(s) or _RULE.search(s) for _, s in informs)


# a statement of the rule with its condition or reason ("On loomulik, et lapsetoetus lõpeb, kui laps lõpetab
# gümnaasiumi", «пособие прекращается, если ребёнок закончил школу»): the answer, however general its wording
_RULE = re.compile(r"(?i),\s*(?:kui|sest|kuna|если|потому\s+что|так\s+как)(?!\w)")
