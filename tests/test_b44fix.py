"""New-user batch 44 (live44, authors s9 and t9): the scorer fixes, on sentences written for these tests.

1. a stump of a Russian compound typed as a word of its own in translit ("departament sots strahovanija").
2. Russian translit inside an Estonian conversation: a whole translit sentence, or a run of two or more Russian-only
   words inside an Estonian sentence ("mozhno po-russki, kui lihtsam"), reads in Cyrillic.
3. "a" (aasta) and "p" (päeva) glued to a number ("15a staaži", "30p"); a house number ("mnt 15a") stays.
4. an abbreviation in capitals typed all lowercase with its case ending ("tiina skast") names the institution.
5. clipped Estonian words with their stop ("tav.", "makst.", "järgm."), weekdays ("esmasp") and titles ("pr Lepp").
6. wrong rules of the knowledge: the pension certificate only on paper at the office; the bank passing the new
   account on by itself; the guardian's court ruling taken to the municipality, which forwards it.
7. a decision's outcome promised through a third person or as a favour («распорядится пересчитать Вам пенсию»,
   «будет сделан в Вашу пользу», "otsus tehakse Teie kasuks").
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, verdicts, wrong_claim_refs

from trainer.simulation.library import load_library
from trainer.text.spoken import normalize_input


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the stump in translit -----------------------------------------------------------------------------------------

def test_translit_stump_word_reads_in_cyrillic():
    assert "соцстрахования" in normalize_input("dobryj den, departament sots strahovanija, olga.", "ru").text
    assert "госпошлину" in normalize_input("nado oplatit gos poshlinu v banke", "ru").text


def test_stump_alone_is_not_read_outside_translit():
    assert normalize_input("Sots on lühend.", "et").text == "Sots on lühend."


@pytest.mark.parametrize("line", [
    "dobryj den, departament sots strahovanija, olga. chem mogu pomoch?",
])
def test_translit_greeting_with_stump_passes(line):
    turns = [("agent", line), ("client", "Здравствуйте, у меня вопрос."), ("agent", "Хорошо, я посмотрю.")]
    assert verdicts("ru", turns)["greeting"] == "pass"


# -- 2. translit in an Estonian conversation -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, cyrillic", [
    ("tere, olen mari. mozhno govorit po-russki, kui soovite", "можно говорить по-русски, kui"),
    ("dokumenty ne nuzhny, amet teeb kõik ise", "документы не нужны"),
    ("kokku: kõik on korras. spasibo bolshoe", "спасибо большое"),
])
def test_translit_run_in_estonian_reads_in_cyrillic(text, cyrillic):
    assert cyrillic in normalize_input(text, "et").text


@pytest.mark.parametrize("text", [
    "Kas te saate mulle öelda, kus on minu pension?",
    "Tema on sama vana kui mina ja tal pole raha.",
    "ta elab nüüd tema kodus, see on sama maja",
    "nad tulevad homme kui saavad",
])
def test_estonian_sentence_is_left_as_typed(text):
    assert normalize_input(text, "et").text == text


def test_mixed_first_reply_is_no_keyword_chain():
    turns = [("client", "tere, mul on küsimus lapsetoetuse kohta."),
             ("agent", "tere, mari ska-st. mozhno po-russki, kui soovite"),
             ("client", "aga millal raha tuleb?"), ("agent", "Lapsetoetus makstakse 8. kuupäeval.")]
    got = verdicts("et", turns, channel="chat")
    assert got["greeting"] == "pass" and got["real_answers"] == "pass"


# -- 3. glued units -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("vähemalt 15a staaži on vaja", "15 aasta staaži"),
    ("pension 8a eest", "8 aasta eest"),
    ("isa saab 30p puhkust", "30 päeva"),
])
def test_glued_unit_letter_reads_as_word(text, read):
    assert read in normalize_input(text, "et").text


@pytest.mark.parametrize("text", ["Aadress on Tartu mnt 15a.", "Leping nr A15a kehtib.", "Kell 7.12a", "see on 5 p",
                                  "kuni laps 3a.", "kuni 3a vanuseni"])
def test_letter_of_house_number_or_code_stays(text):
    assert normalize_input(text, "et").text == text


# -- 4. a lowercase abbreviation with its case ending ------------------------------------------------------------------

@pytest.mark.parametrize("line, result", [
    ("tere, mari skast. kuidas aidata?", "pass"),
    ("tere, mari kast. kuidas aidata?", "fail"),
])
def test_lowercase_abbreviation_with_case_ending(line, result):
    turns = [("client", "tere, mul on küsimus."), ("agent", line), ("client", "millal pension tuleb?"),
             ("agent", "Pension makstakse 5. kuupäeval.")]
    assert verdicts("et", turns, channel="chat")["greeting"] == result


# -- 5. clipped words and titles ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("Toetus tav. 8-ndal.", "Toetus tavaliselt"),
    ("Raha makst. järgm. kuu alguses.", "Raha makstakse järgmise kuu"),
    ("Tulge esmasp v neljap.", "esmaspäeval v neljapäeval"),
    ("Aitäh, pr Kask.", "proua Kask"),
    ("Tere, hr. Mets!", "härra Mets"),
])
def test_clipped_words_read_in_full(text, read):
    assert read in normalize_input(text, "et").text


@pytest.mark.parametrize("text", ["HR osakond vastab.", "Kas pr on?", "Tav on see."])
def test_clipped_words_left_alone(text):
    assert normalize_input(text, "et").text == text


def test_guardian_channels_in_terse_words(library):
    result = scenario_reply_result(
        library, "guardian-for-ward-et",
        "Kohtumääruse koopia saatke digiallkirjaga e-postiga v tooge teenindusbüroosse.")
    assert {c["id"]: c["result"] for c in result["criteria"]}["ruling_needed"] == "pass"


# -- 6. wrong rules of the knowledge ---------------------------------------------------------------------------------

CERTIFICATE = "pension-payment.pension_certificate"
ACCOUNT = "account-and-residence.bank_account_change"
GUARDIAN = "identification-edge-cases.guardian_represents"

WRONG = [
    ("et", CERTIFICATE, "Tõendi saate ainult meie büroos paberil."),
    ("et", CERTIFICATE, "Iseteenindusest tõendit kahjuks ei saa."),
    ("et", CERTIFICATE, "Pensionitõendi jaoks peate tulema klienditeenindusse."),
    ("ru", CERTIFICATE, "Справку о пенсии выдают только на бумаге в бюро обслуживания."),
    ("ru", CERTIFICATE, "Через самообслуживание справку получить нельзя, нужно прийти в бюро."),
    ("ru", CERTIFICATE, "В самообслуживании нельзя скачать справку о пенсии."),
    ("et", ACCOUNT, "Uus kontonumber jõuab meieni nii: teie pank teatab selle meile automaatselt."),
    ("et", ACCOUNT, "Minge panka ja paluge neil uus kontonumber meile edastada."),
    ("ru", ACCOUNT, "Новый банк сам передаст номер счёта в Департамент."),
    ("ru", ACCOUNT, "Попросите банк сообщить нам новый номер счёта."),
    ("ru", ACCOUNT, "Со счётом так: банк сам сообщит нам новые реквизиты."),
    ("et", GUARDIAN, "Eestkoste määruse saab anda vallavalitsusele, vald edastab selle ametile."),
    ("et", GUARDIAN, "Määruse koopia viige notarile, kes saadab selle meile."),
    ("et", GUARDIAN, "Kohtumäärusega minge oma linnavalitsusse, nemad saadavad selle meile edasi."),
    ("ru", GUARDIAN, "Определение суда отнесите в местное самоуправление, они перешлют его нам."),
    ("ru", GUARDIAN, "Копию определения об опеке самоуправление само передаст в Департамент."),
]
RIGHT = [
    ("et", "Tõendi saate iseteenindusest ise alla laadida; kui see ei õnnestu, tulge klienditeenindusse."),
    ("et", "Tõendi saate iseteenindusest või klienditeenindusest."),
    ("et", "Kooli tõend tuleb esitada ainult paberil."),
    ("et", "Iseteenindusest tõendi saamiseks ei pea büroosse tulema."),
    ("ru", "Справку о размере пенсии Вы можете скачать в самообслуживании или получить в бюро."),
    ("ru", "В бюро идти не нужно: справку скачаете в самообслуживании."),
    ("et", "Uue kontonumbri teatage meile iseteeninduses, pank seda meile ise ei edasta."),
    ("et", "Kui vahetasite panka, teatage meile uus kontonumber iseteeninduses."),
    ("ru", "Номер счёта банк нам не передаёт, сообщите его сами через самообслуживание."),
    ("ru", "Банк сообщит Вам новые реквизиты, а Вы внесите их в самообслуживании."),
    ("et", "Saatke kohtumääruse koopia meile digiallkirjaga e-postiga või tooge see teenindusbüroosse."),
    ("et", "Eestkoste seadmist saab vallavalitsus kohtult taotleda."),
    ("et", "Määrust ei pea vallavalitsusse viima, saatke see otse meile."),
    ("ru", "Пришлите копию определения суда нам по электронной почте с цифровой подписью."),
    ("ru", "Определение в управу относить не нужно, пришлите его нам."),
]


@pytest.mark.parametrize("lang, ref, sentence", WRONG)
def test_wrong_rule_is_named(library, lang, ref, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT)
def test_right_rule_is_no_claim(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang) & {CERTIFICATE, ACCOUNT, GUARDIAN}


# -- 7. an outcome promised through a third person or as a favour -----------------------------------------------------

@pytest.mark.parametrize("lang, reply, promise", [
    ("ru", "Руководитель группы перезвонит и поручит пересчитать Вам пенсию.", True),
    ("ru", "Не волнуйтесь, пересчёт будет сделан в Вашу пользу.", True),
    ("ru", "Раз Вы звоните уже третий раз, решат в Вашу пользу.", True),
    ("et", "Juht laseb Teie pensioni kohe ümber arvutada.", True),
    ("et", "Ärge muretsege, otsus tehakse Teie kasuks.", True),
    ("ru", "Руководитель группы перезвонит Вам в течение двух рабочих дней.", False),
    ("ru", "Я не могу обещать, что решение будет в Вашу пользу.", False),
    ("ru", "Руководитель проверит, правильно ли рассчитана Ваша пенсия.", False),
    ("et", "Ma ei saa lubada, et otsus tehakse Teie kasuks.", False),
    ("et", "Juht vaatab üle, kas Teie pension on õigesti arvutatud.", False),
])
def test_outcome_promise(lang, reply, promise):
    from trainer.scoring.promises import is_promise

    assert is_promise(reply, lang) is promise
