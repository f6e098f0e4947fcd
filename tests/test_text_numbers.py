"""Personal codes, numbers and facts."""

from trainer.text import find_fact, find_numbers, find_personal_codes, isikukood_is_valid, normalize_fact


def test_personal_codes():
    text = "Kood 376 0503 0299, teine 37605030299 ja 3-7605-030299; pikk 123456789012; tel 5555 37605030299."
    ms = find_personal_codes(text)
    assert [m.quote for m in ms] == ["376 0503 0299", "37605030299", "3-7605-030299", "37605030299"]
    for m in ms:
        assert text[m.start:m.end] == m.quote
    assert find_personal_codes("Telefon 5551234, summa 1245,60") == []
    assert find_personal_codes("x376050302991") == []
    assert find_personal_codes("Helistage +37255512345 või +372 5551 2345") == []


def test_isikukood_checksum_and_date():
    assert isikukood_is_valid("37605030299")
    assert isikukood_is_valid("376 0503 0299")
    assert not isikukood_is_valid("37605030298")
    assert not isikukood_is_valid("37613030299")  # month 13
    assert not isikukood_is_valid("97605030299")  # century digit 9
    assert not isikukood_is_valid("3760503029")
    assert isikukood_is_valid("49403136526")
    assert isikukood_is_valid("50001010006")


def test_normalize_fact():
    assert normalize_fact("1 245,60") == normalize_fact("1245.60") == normalize_fact("1245,6") == "1245.6"
    assert normalize_fact("1 245,60 eurot") == normalize_fact("€1245,60") == "1245.6"
    assert normalize_fact("15.03.2026") == normalize_fact("15.3.2026") == "15.3.2026"
    assert normalize_fact("5. detsembril") == "5.12"
    assert normalize_fact("  Tallinna   Linn ") == "tallinna linn"
    assert normalize_fact("812,40") != normalize_fact("812")


def test_find_numbers():
    spans = find_numbers("Pension 1 245,60 eurot, makse 5. detsembril, summa 812 eurot 40 senti.")
    assert [(s.text, s.kind, s.value) for s in spans] == [
        ("1 245,60", "amount", "1245.6"), ("5. detsembril", "date", "5.12"), ("812 eurot 40 senti", "amount", "812.4")]


def test_find_fact_amounts():
    m = find_fact("Teie pension on 1245,60 eurot", "1 245,60", "et")
    assert m.quote == "1245,60" and m.start == 16
    assert find_fact("Teie pension on 1245,6 eurot", "1 245,60 eurot", "et").quote == "1245,6"
    assert find_fact("Meil on 812 inimest", "812,40", "et") is None
    assert find_fact("Summa on 1812,40", "812,40", "et") is None
    assert find_fact("Summa on 812 eurot 40 senti.", "812,40", "et").quote == "812 eurot 40 senti"
    assert find_fact("Ваша пенсия 414,10 евро", "414.10", "ru").quote == "414,10"


def test_find_fact_dates_and_words():
    assert find_fact("Raha makstakse 5. detsembril.", "5. detsembril", "et").quote == "5. detsembril"
    assert find_fact("Raha tuleb 5. detsembri hommikul.", "5. detsembril", "et").quote == "5. detsembri"
    assert find_fact("Raha tuleb 5.12.2026", "5. detsembril", "et").quote == "5.12.2026"
    assert find_fact("Makstakse 5. kuupäeval", "5. detsembril", "et") is None
    assert find_fact("Tähtaeg on 15. märtsil 2026", "15.03.2026", "et").quote == "15. märtsil 2026"
    assert find_fact("Tähtaeg on 15.03.2026.", "15.03.2026", "et").quote == "15.03.2026"
    assert find_fact("Tähtaeg on 16.03.2026.", "15.03.2026", "et") is None
    assert find_fact("Elan Tallinnas", "Tallinna", "et").quote == "Tallinnas"
    assert find_fact("Elan Tartus", "Tallinna", "et") is None
    assert find_fact("Helistage numbril 16 106", "16106", "et").quote == "16 106"
    assert find_fact("Helistage +372 612 1360", "+372 612 1360", "et").quote == "372 612 1360"


def test_ordinal_words_and_dates():
    spans = find_numbers("Raha tuleb viiendal detsembril 2026, summa 5 eurot.")
    assert [(s.text, s.kind, s.value) for s in spans] == [
        ("viiendal detsembril 2026", "date", "5.12.2026"), ("5", "amount", "5")]
    assert [(s.text, s.value) for s in find_numbers("kahekümne viiendal detsembril")] == [
        ("kahekümne viiendal detsembril", "25.12")]
    assert [(s.text, s.value) for s in find_numbers("Пенсия придёт пятого декабря.")] == [("пятого декабря", "5.12")]
    assert [(s.text, s.value) for s in find_numbers("Lapsetoetus kolmandast lapsest")] == [("kolmandast", "3")]
    # too ambiguous alone: "teisel päeval" (other/second), "kord kuues" (in a month), "Teist" (from you)
    assert find_numbers("Teisel päeval, kord kuues. Teist ei küsi. Второй вопрос.") == []
    assert [s.value for s in find_numbers("Esimesel aprillil")] == ["1.4"]


def test_find_fact_with_ordinal_words():
    assert find_fact("Raha tuleb viiendal detsembril.", "5. detsembril", "et").quote == "viiendal detsembril"
    assert find_fact("Raha tuleb kuuendal detsembril.", "5. detsembril", "et") is None
    assert find_fact("Пенсия придёт пятого декабря.", "5 декабря", "ru").quote == "пятого декабря"
    assert find_fact("Makstakse viiendal kuupäeval", "5.", "et").quote == "viiendal"
    assert find_fact("Makstakse viiendal kuupäeval", "5 eurot", "et") is None  # an ordinal is not an amount


def test_find_fact_names_codes_places():
    assert find_fact("Kas räägin Mari Tammega?", "Mari Tamm", "et").quote == "Mari Tammega"
    assert find_fact("Mari Tamme nimel", "Mari Tamm", "et").quote == "Mari Tamme"
    assert find_fact("Teie isikukood on 376 0503 0299.", "37605030299", "et").quote == "376 0503 0299"
    assert find_fact("Te elate Parnus", "Pärnu", "et").quote == "Parnus"
    assert find_fact("Sündisite 5. mail 1961", "05.05.1961", "et").quote == "5. mail 1961"
    assert find_fact("Teie pension on 860,00", "860 €", "et").quote == "860,00"
    assert find_fact("Konto EE38 2200 2210 2014 5684", "EE38 2200 2210 2014 5685", "et") is None


def test_dot_thousands():
    assert normalize_fact("1.245,60") == normalize_fact("1 245,60") == "1245.6"
    assert find_fact("Summa on 1.245,60 eurot", "1245,6", "et").quote == "1.245,60"


def test_phone_fact_without_country_code():
    assert find_fact("Helistage 612 1360", "+372 612 1360", "et").quote == "612 1360"
    assert find_fact("Helistage 612 1361", "+372 612 1360", "et") is None


def test_russian_cents_and_genitive_day_dates():
    from trainer.text import find_fact

    assert find_fact("Пенсия 812 евро 40 центов.", "812,40", "ru").quote == "812 евро 40 центов"
    assert find_fact("Выплачено 8-го декабря.", "8 декабря", "ru").quote == "8-го декабря"
    assert find_fact("Выплачено 8 декабря.", "8-го декабря", "ru").quote == "8 декабря"
    assert find_fact("Выплачено 9-го декабря.", "8 декабря", "ru") is None


def test_small_amounts_with_cents_are_one_amount():
    # "24 евро" is no date with the month "евро": amounts under 100 euros keep their cents
    assert [(s.text, s.value) for s in find_numbers("Сумма 24 евро 60 центов.")] == [("24 евро 60 центов", "24.6")]
    assert [(s.text, s.value) for s in find_numbers("Tagastada 24 eurot ja 60 senti.")] == [("24 eurot ja 60 senti", "24.6")]
    assert find_fact("переплата 24 евро 60 центов", "24,60", "ru") is not None
    assert [(s.text, s.kind) for s in find_numbers("makse 24. detsembril")] == [("24. detsembril", "date")]
