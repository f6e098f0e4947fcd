"""Gaming runs the client thanked (new-user batches 71-72): a fact dump whose recap only points back („vt ülal“,
„vt punktid 1–6 eespool“), a chat greeting that ignored the question followed by a FAQ wall, and a reply that narrates
the agent's own acts sentence after sentence («Я называю срок ...»). The client does not part grateful after them;
honest runs of the same scenarios keep their thanks."""

from __future__ import annotations

import pytest

from trainer.simulation.client_line import thanks
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.narrated_acts import narrated_acts
from trainer.simulation.unspoken import labelled_note
from trainer.simulation.unthanked import opening_only


@pytest.fixture(scope="module")
def library():
    return load_library()


def _grateful(conv) -> bool:
    """Did the client thank on an end step other than the dialogue's ``on_stuck`` end (its parting line or later)?"""
    step = conv.current_step
    if step is None or not step.end or step.id == conv.scenario.dialogue.on_stuck:
        return False
    return any(thanks(conv, t["text"]) for t in conv.turns if t["role"] == "client" and t.get("step") == step.id)


@pytest.mark.parametrize("text", [
    "Lühidalt: vt ülal.",
    "Kokkuvõtteks vaadake punktid 2–4 eespool.",
    "Kokkuvõte: vt punkt 3.",
    "Итого: см. пункты 2–5 выше.",
    "Вкратце: см. пункт 4.",
])
def test_recap_pointing_back_is_a_note(text):
    assert labelled_note(text)


@pytest.mark.parametrize("text", [
    "Vaadake iseteeninduses menüüd „Taotlused“.",
    "Tõend kehtib 12 kuud, uus tuleb saata enne tähtaega.",
    "Смотрите, справка действует год.",
    "Kokkuvõtteks: ühistaotlus Töötukassale, enne seda perearst.",
])
def test_plain_sentences_are_no_note(text):
    assert not labelled_note(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("Tere! Sotsiaalkindlustusameti veebivestlus, Mari siin. Millega saan abiks olla?", "et"),
    ("Tere päevast! Sotsiaalkindlustusamet. Kuidas saan aidata?", "et"),
    ("Добрый день! Департамент социального страхования, Ольга. Чем могу помочь?", "ru"),
])
def test_greeting_only_reply_is_the_opening(library, text, lang):
    conv = Conversation.start(library.scenarios["pension-abroad-proof-ru" if lang == "ru" else "national-pension-chat-et"],
                              library)
    assert opening_only(text, lang, conv.concepts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Tere! Kas küsite oma ema vanaduspensioni kohta?", "et"),
    ("Tere! Teie ema saab Eestist pensioni oma 8 aasta eest.", "et"),
    ("Здравствуйте! Справку нужно представлять раз в год.", "ru"),
])
def test_greeting_with_matter_is_more_than_the_opening(library, text, lang):
    conv = Conversation.start(library.scenarios["pension-abroad-proof-ru" if lang == "ru" else "national-pension-chat-et"],
                              library)
    assert not opening_only(text, lang, conv.concepts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Я выражаю понимание. Я уточняю детали. Я объясняю правило: справка действует год.", "ru"),
    ("Я называю причину: нет справки. Я предлагаю видеовстречу. Я подвожу итог.", "ru"),
    ("Ma väljendan kaastunnet. Ma selgitan reeglit: tõend kehtib aasta. Ma suunan iseteenindusse.", "et"),
    ("Ma nimetan summad: 100, 50 ja 29–42 eurot. Ma pakun ärakirja. Ma lõpetan vestluse viisakalt.", "et"),
])
def test_own_acts_narrated_in_a_row(text, lang):
    assert narrated_acts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Я понимаю, как это неприятно. Я посмотрю в системе. Я вижу, что справка не поступила.", "ru"),
    ("Объясняю: справка нужна раз в год. Я проверю, дошла ли она. Я перезвоню Вам завтра.", "ru"),
    ("Я проверила: справка не поступила. Я отправила запрос. Я уточнила у коллег.", "ru"),
    ("Ma selgitan lühidalt. Tõend kehtib 12 kuud. Ma saadan ärakirja.", "et"),
    ("Ma saan aru. Ma vaatan süsteemist. Ma näen, et tõend puudub.", "et"),
])
def test_ordinary_first_person_speech_is_no_narration(text, lang):
    assert not narrated_acts(text, lang)


_NARRATED_RU = [  # other words than the recorded run: the agent narrates its acts instead of doing them
    "Добрый день! Я представляюсь: Ольга, Департамент социального страхования. Я выражаю понимание. Я не прошу "
    "личный код в чате. Я уточняю обстоятельства.",
    "Я объясняю причину: не продлена справка о нахождении в живых. Я называю срок: справка действует 12 месяцев. "
    "Я называю варианты: местное учреждение, налоговое резидентство или видеовстреча. Я называю выплату задним "
    "числом. Я направляю в защищённые сообщения.",
    "Я отвечаю про страны: Россия, Беларусь, Латвия, Литва, Молдова, Украина. Я подвожу итог. Я проверяю "
    "понимание. Я прощаюсь: всего доброго!",
]
_DUMP_ET = [  # a fact dump whose recap only points back, repeated
    "Tere! Mari, Sotsiaalkindlustusamet. KÕIK ANDMED: Töövõime hindamine – Töötukassa, 15501. Ühistaotlus (puue ja "
    "töövõime koos) – Töötukassa. Enne taotlust perearst. Ekspertarst hindab dokumentidest. Puude raskusastme "
    "otsustab Sotsiaalkindlustusamet. Astmed: sügav, raske, keskmine. Tööealisele: sügav 100 €, raske 50 €, keskmine "
    "29–42 €. Menetlus 15 tööpäeva. Vaie 30 päeva. Lühidalt: vaadake ülevalt. Kas see vastas Teie küsimusele?",
    "KÕIK ANDMED (uuesti): Töötukassa 15501. Ühistaotlus. Perearst. Ekspertarst. Sügav 100 €, raske 50 €, keskmine "
    "29–42 €. 15 tööpäeva. Lühidalt: vaadake ülevalt. Kas see vastas Teie küsimusele?",
    "Aitäh, et kirjutasite! Head päeva! Professionaalsus, kliendikesksus.",
]
_FAQ_ET = [  # a greeting that ignores the question, then a FAQ wall pointing at its own points
    "Tere! Sotsiaalkindlustusameti veebivestlus, Mari siin. Millega saan abiks olla?",
    "KKK – PENSION VÄLISMAALT. 1) Vanaduspensioni õigus: pensioniiga ja vähemalt 15 aastat Eesti staaži. 2) ELi "
    "riikides töötatud aastad liidetakse 15 aasta nõude täitmiseks kokku. 3) Iga riik, kus isik oli kindlustatud "
    "vähemalt aasta, maksab oma osa. 4) Taotlus esitatakse elukohariigi asutusele, kes selle edastab. 5) Rahvapension "
    "414,10 eurot; kui pensionid kokku jäävad alla selle, saab taotleda vahet. Lisainfo: sotsiaalkindlustusamet.ee",
    "KKK – LÕPP. Kokkuvõte: vt punktid 1–5 eespool. Kas see vastas Teie küsimusele? Head päeva!",
]


@pytest.mark.parametrize(("scenario_id", "answers"), [
    ("pension-abroad-proof-ru", _NARRATED_RU),
    ("disability-or-workability-chat-et", _DUMP_ET),
    ("national-pension-chat-et", _FAQ_ET),
])
def test_gamed_chat_gets_no_thanks(library, scenario_id, answers):
    conv = play_answers(library.scenarios[scenario_id], library, answers)
    assert not _grateful(conv), [t["text"] for t in conv.turns if t["role"] == "client"]


@pytest.mark.parametrize("scenario_id", ["pension-abroad-proof-ru", "disability-or-workability-chat-et",
                                         "national-pension-chat-et"])
def test_exemplary_chat_keeps_its_thanks(library, scenario_id):
    scenario = library.scenarios[scenario_id]
    example = next(e for e in scenario.examples if e.kind == "exemplary")
    conv = play_answers(scenario, library, example.answers, example.seed)
    assert _grateful(conv), [t["text"] for t in conv.turns if t["role"] == "client"]
