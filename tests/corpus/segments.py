"""Hand-written conversation segments for the generated part of the corpus, each with what it contributes.

Every segment below was written by hand, before any scorer run, with its effect on the call-model labels
stated next to it (`label` for the criterion it decides, `reason` a one-line why). build.py composes
conversations from them; the labels of a conversation follow from the segments chosen (see README.md).

Keys of a segment: `text` (written form), optionally `speech` (speech-recognition form; when missing,
build.py lower-cases it and drops punctuation), `h: True` = held-out only (used only in heldout/, so a
scorer tuned on the main corpus has never seen that wording).
Placeholders: {name} agent's first name, {lname} the same in lower case, {amount}/{amount_w} private
amount in digits/words, {date}/{date_w} private payment date in digits/words.
"""

from __future__ import annotations

AGENT_NAMES = {
    "et": ["Rasmus", "Karl", "Triin", "Kadri", "Mari", "Liis", "Kertu", "Marko", "Siim", "Helen", "Anneli",
           "Merike", "Tõnu", "Jüri", "Ülle", "Kätlin", "Sander", "Piret"],
    "ru": ["Кристина", "Мария", "Ольга", "Светлана", "Ирина", "Наталья", "Елена",
           "Татьяна", "Юлия", "Анна", "Людмила"],
}

# ---------------------------------------------------------------- openings (decide: greeting)
OPEN_PASS = {
    "et": [
        {"text": "Tere! Sotsiaalkindlustusamet, {name} kuuleb. Kuidas saan Teid aidata?",
         "speech": "tere sotsiaalkindlustusamet {lname} kuuleb kuidas saan teid aidata"},
        {"text": "Tere päevast! Sotsiaalkindlustusamet, minu nimi on {name}. Kuidas saan aidata?",
         "speech": "ee tere päevast sotsiaalkindlustusamet minu nimi on {lname} kuidas saan aidata"},
        {"text": "Tere! Sotsiaalkindlustusamet, {name}. Kuidas saan aidata?",
         "speech": "tere sotsiaalkindlustusamet {lname} kuidas saan aidata"},
        {"text": "Tere! Sotsiaalkindlustusametist kirjutab {name}. Millega saan abiks olla?",
         "speech": "tere sotsiaalkindlustusametist {lname} millega saan abiks olla"},
        {"text": "Tere, Sotsiaalkindlustusameti infotelefon, Teid teenindab {name}.",
         "speech": "tere sotsiaalkindlustusameti infotelefon teid teenindab {lname}"},
        {"text": "Tere! Siin Sotsiaalkindlustusamet, mina olen {name}. Kuidas saan Teid aidata?",
         "speech": "jaa tere siin sotsiaalkindlustusamet mina olen {lname} kuidas saan teid aidata"},
        {"text": "Tervist! Sotsiaalkindlustusamet, kõnet võtab vastu {name}. Mida saan Teie heaks teha?",
         "speech": "tervist sotsiaalkindlustusamet kõnet võtab vastu {lname} mida saan teie heaks teha", "h": True},
        {"text": "Tere tere! Sotsiaalkindlustusamet, {name} on telefonil. Kuidas saan aidata?",
         "speech": "tere tere sotsiaalkindlustusamet {lname} on telefonil kuidas saan aidata", "h": True},
        {"text": "Tere õhtust! Sotsiaalkindlustusamet, {name} räägib. Kuidas saan abiks olla?",
         "speech": "tere õhtust öö sotsiaalkindlustusamet {lname} räägib kuidas saan abiks olla", "h": True},
    ],
    "ru": [
        {"text": "Здравствуйте! Департамент социального страхования, меня зовут {name}. Чем могу помочь?",
         "speech": "здравствуйте департамент социального страхования меня зовут {lname} чем могу помочь"},
        {"text": "Добрый день! Департамент социального страхования, {name}, слушаю Вас.",
         "speech": "добрый день департамент социального страхования {lname} слушаю вас"},
        {"text": "Здравствуйте, Департамент соцстрахования, Вас обслуживает {name}. Чем могу помочь?",
         "speech": "здравствуйте департамент соцстрахования вас обслуживает {lname} чем могу помочь"},
        {"text": "Здравствуйте! Департамент социального страхования, это {name}. Чем могу быть полезна?",
         "speech": "ну здравствуйте департамент социального страхования это {lname} чем могу быть полезна"},
        {"text": "Добрый день! Вам пишет {name}, Департамент социального страхования. Чем могу помочь?",
         "speech": "добрый день департамент социального страхования говорит {lname} чем могу помочь"},
        {"text": "Доброе утро! Департамент социального страхования, на связи {name}. Чем могу помочь?",
         "speech": "доброе утро департамент социального страхования на связи {lname} чем могу помочь", "h": True},
        {"text": "Здравствуйте! Департамент социального страхования, моё имя {name}. Как я могу Вам помочь?",
         "speech": "здравствуйте эээ департамент социального страхования моё имя {lname} как я могу вам помочь",
         "h": True},
    ],
}
OPEN_PASS_REASON = {"greeting": ("pass", "greeting, institution and own first name in the opening")}

OPEN_FAIL = {
    "et": [
        {"text": "Tere! Sotsiaalkindlustusamet, kuidas saan aidata?",
         "speech": "tere sotsiaalkindlustusamet kuidas saan aidata",
         "reason": "no own name in the opening (new-hire mistake)"},
        {"text": "Tere, Sotsiaalkindlustusamet. Kuulan.", "speech": "tere sotsiaalkindlustusamet kuulan",
         "reason": "no own name in the opening"},
        {"text": "Tere! Sotsiaalkindlustusameti infotelefon, spetsialist Tamm.",
         "speech": "tere sotsiaalkindlustusameti infotelefon spetsialist tamm",
         "reason": "surname only, no first name"},
        {"text": "Tere! {name} kuuleb, kuidas saan aidata?", "speech": "tere {lname} kuuleb kuidas saan aidata",
         "reason": "institution not named"},
        {"text": "Sotsiaalkindlustusamet, {name} kuuleb.", "speech": "sotsiaalkindlustusamet {lname} kuuleb",
         "reason": "no greeting word"},
        {"text": "Tere! Sotsiaalkindlustusamet, Saar kuuleb.", "speech": "tere sotsiaalkindlustusamet saar kuuleb",
         "reason": "surname only, no first name", "h": True},
        {"text": "Jah, tere, Sotsiaalkindlustusamet, mis Teil on?", "speech": "jah tere sotsiaalkindlustusamet mis teil on",
         "reason": "no own name in the opening", "h": True},
    ],
    "ru": [
        {"text": "Здравствуйте! Департамент социального страхования, чем могу помочь?",
         "speech": "здравствуйте департамент социального страхования чем могу помочь",
         "reason": "no own name in the opening (new-hire mistake)"},
        {"text": "Добрый день, Департамент социального страхования, специалист Иванова.",
         "speech": "добрый день департамент социального страхования специалист иванова",
         "reason": "surname only, no first name"},
        {"text": "Здравствуйте, меня зовут {name}, слушаю Вас.", "speech": "здравствуйте меня зовут {lname} слушаю вас",
         "reason": "institution not named"},
        {"text": "Департамент социального страхования, {name}.", "speech": "департамент социального страхования {lname}",
         "reason": "no greeting"},
        {"text": "Алло, Департамент соцстрахования, слушаю.", "speech": "алло департамент соцстрахования слушаю",
         "reason": "no greeting word and no own name", "h": True},
        {"text": "Здравствуйте! Департамент социального страхования, специалист Петрова, слушаю.",
         "speech": "здравствуйте департамент социального страхования специалист петрова слушаю",
         "reason": "surname only, no first name", "h": True},
    ],
}

# ---------------------------------------------------------------- topics
# private: the agent has to look at the client's own data (identification_required, private facts);
# upset: the client is upset (empathy applies). `answer` is the main inform; `recap` a summary without
# cue words; `cue_summary` a summary with a cue word; `clarify` a question about the client's matter;
# `clarify_cue` a clarifying question that contains a summary cue word (it is NOT a summary).
TOPICS = {
    "et": {
        "pension_late": {
            "private": True, "upset": True,
            "request": {
                "typed": ["tere mu pension pole tänaseks tulnud!! mis toimub", "tere, pensjon ei ole kontol, mis lahti on?? 😡",
                          "mu pension on jalle hiljaks jäänud kus mu raha on"],
                "tidy": ["Tere! Mu pension pole veel kontole tulnud. Mis toimub?"],
                "speech": ["tere ee mu pension ei ole tänaseks tulnud mis toimub", "jah tere öö kuulge mu pensjon ei ole tulnud ma olen nii pahane",
                           "tere mhm ma helistan et pension on jälle hiljaks jäänud see on ikka uskumatu"],
            },
            "clarify": {"text": "Kas ma saan õigesti aru, et ootate detsembri pensioni ja seda pole veel kontol?",
                        "speech": "et kas ma saan õigesti aru et ootate detsembri pensioni ja seda ei ole kontol"},
            "clarify_cue": {"text": "Ehk Te soovite teada, millal detsembri pension kontole jõuab?",
                            "speech": "ehk te soovite teada millal detsembri pension kontole jõuab"},
            "confirm": ["jah just", "jah täpselt nii", "jaa", "jah detsembri oma"],
            "answer": {"text": "Aitäh. Teie pension {amount} eurot maksti välja {date}. Kuna viies kuupäev oli laupäev, makstakse pension järgmise kahe tööpäeva jooksul.",
                       "speech": "aitäh teie pension {amount_w} maksti välja {date_w} kuna viies oli laupäev siis makstakse järgmise kahe tööpäeva jooksul"},
            "leak_answer": {"text": "Teie pension {amount} eurot maksti välja {date}, sest viies oli laupäev.",
                            "speech": "no teie pension {amount_w} maksti välja {date_w} sest viies oli laupäev"},
            "followup": {"client": ["aga miks mitte reedel nagu varem?", "aga miks nii hilja"],
                         "agent": {"text": "Alates 2025. aasta jaanuarist makstakse nädalavahetuse korral järgmise kahe tööpäeva jooksul, mitte enam eelneval reedel.",
                                   "speech": "alates kahe tuhande kahekümne viienda aasta jaanuarist makstakse nädalavahetuse korral järgmise kahe tööpäeva jooksul mitte enam reedel"}},
            "repeat": ["aga millal see raha siis lõpuks tuleb?", "et millal ma selle raha saan"],
            "recap": {"text": "Nii, pension maksti välja {date} ja raha jõuab kontole samal päeval; kui seda seal pole, vaatame koos üle Teie kontonumbri.",
                      "speech": "nii pension maksti välja {date_w} ja raha jõuab kontole samal päeval kui seda ei ole siis vaatame koos üle teie kontonumbri"},
            "cue_summary": {"text": "Kokkuvõtteks: pension maksti {date}, Teil pole vaja midagi teha. Kas see vastas Teie küsimusele?",
                            "speech": "kokkuvõtteks pension maksti {date_w} teil ei ole vaja midagi teha kas see vastas teie küsimusele"},
        },
        "indexation": {
            "private": True, "upset": False,
            "request": {
                "typed": ["tere palju mu pension aprillist tousis", "tere! kui suur mu pension nüüd peale indekseerimist on"],
                "tidy": ["Tere, ma tahaksin teada, kui suur mu vanaduspension pärast indekseerimist on."],
                "speech": ["tere ma tahaksin teada kui palju mu pension aprillist tõusis", "jaa tere öö mis mu pension nüüd on peale seda tõusu"],
            },
            "clarify": {"text": "Kas küsite oma vanaduspensioni uue summa kohta või ka tulumaksu kohta?",
                        "speech": "kas te küsite oma vanaduspensioni uue summa kohta või ka tulumaksu kohta"},
            "clarify_cue": {"text": "Ehk siis Te soovite teada oma pensioni uut summat?",
                            "speech": "ehk siis te soovite teada oma pensioni uut summat"},
            "confirm": ["summa kohta", "jah ainult summa", "summat jah"],
            "answer": {"text": "Aitäh. Teie vanaduspension on alates aprillist {amount} eurot kuus. Tulumaksuvaba summa 776 eurot arvestatakse automaatselt.",
                       "speech": "aitäh teie vanaduspension on alates aprillist {amount_w} kuus tulumaksuvaba summa seitsesada seitsekümmend kuus eurot arvestatakse automaatselt"},
            "leak_answer": {"text": "Teie pension on nüüd {amount} eurot kuus.",
                            "speech": "teie pension on nüüd {amount_w} kuus"},
            "followup": {"client": ["kas ma pean maksuvaba summa jaoks avalduse tegema?", "aga maksuvaba summa pärast pean midagi tegema"],
                         "agent": {"text": "Ei pea, pensioniealise tulumaksuvaba summa arvestame pensionile ise.",
                                   "speech": "ei pea pensioniealise tulumaksuvaba summa arvestame pensionile ise"}},
            "repeat": ["aga palju see siis nüüd on?", "et palju mu pension siis on"],
            "recap": {"text": "Esiteks on pension nüüd {amount} eurot kuus ja teiseks arvestatakse maksuvaba summa ise, Teil pole vaja midagi teha.",
                      "speech": "esiteks on pension nüüd {amount_w} kuus ja teiseks arvestatakse maksuvaba summa ise teil ei ole vaja midagi teha"},
            "cue_summary": {"text": "Kokkuvõtteks: uus summa on {amount} eurot ja maksuvaba summa arvestatakse automaatselt. Kas see on arusaadav?",
                            "speech": "kokkuvõtteks uus summa on {amount_w} ja maksuvaba summa arvestatakse automaatselt kas see on arusaadav"},
        },
        "child_allowance": {
            "private": False, "upset": False,
            "request": {
                "typed": ["tere kas lapsetoetuse jaoks peab avaldust tegema? laps sündis eelmisel kuul", "tere, kas lastetoetust peab kuskilt taotlema"],
                "tidy": ["Tere! Kas lapsetoetuse saamiseks peab avalduse esitama? Laps sündis eelmisel kuul."],
                "speech": ["tere mul sündis laps eelmisel kuul kas lapsetoetuse jaoks peab avaldust tegema", "ee tere mhm kas lapsetoetust peab taotlema või tuleb see ise"],
            },
            "clarify": {"text": "Palju õnne! Kas see on Teie esimene laps?", "speech": "palju õnne kas see on teie esimene laps"},
            "clarify_cue": {"text": "Palju õnne! Ehk siis Te soovite teada, kuidas lapsetoetust saada?",
                            "speech": "palju õnne ehk siis te soovite teada kuidas lapsetoetust saada"},
            "confirm": ["jah esimene", "jah", "jah esimene laps"],
            "answer": {"text": "Lapsetoetust ei pea eraldi taotlema. Kui sünd on registreeritud, saadame Teile iseteenindusse pakkumise, selle peate ainult kinnitama. Toetus on 80 eurot kuus ja see makstakse iga kuu 8. kuupäeval.",
                       "speech": "lapsetoetust ei pea eraldi taotlema kui sünd on registreeritud saadame teile iseteenindusse pakkumise selle peate ainult kinnitama toetus on kaheksakümmend eurot kuus ja see makstakse iga kuu kaheksandal kuupäeval"},
            "followup": {"client": ["aga kui tuleb kolmas laps kas siis on rohkem?", "kas kolmanda lapse eest on rohkem"],
                         "agent": {"text": "Jah, kolmandale ja järgmistele lastele on toetus 100 eurot kuus.",
                                   "speech": "jah kolmandale ja järgmistele lastele on toetus sada eurot kuus"}},
            "repeat": ["et ma ei pea siis midagi tegema või?", "aga kuhu ma selle avalduse siis saadan"],
            "recap": {"text": "Nii, esimese asjana kinnitate iseteeninduses meie pakkumise ja siis tuleb toetus iga kuu kaheksandal kuupäeval.",
                      "speech": "nii esimese asjana kinnitate iseteeninduses meie pakkumise ja siis tuleb toetus iga kuu kaheksandal"},
            "cue_summary": {"text": "Seega: avaldust pole vaja, kinnitage iseteeninduses pakkumine. Kas see vastas Teie küsimusele?",
                            "speech": "seega avaldust ei ole vaja kinnitage iseteeninduses pakkumine kas see vastas teie küsimusele"},
        },
        "pension_application": {
            "private": False, "upset": False,
            "request": {
                "typed": ["tere saan järgmine aasta 65 millal pean pensioni avalduse tegema", "tere, millal peab vanaduspensioni avalduse esitama"],
                "tidy": ["Tere! Ma saan järgmisel aastal 65. Millal ma pean pensioni avalduse esitama?"],
                "speech": ["tere ma saan järgmisel aastal kuuskümmend viis millal ma pean pensioni avalduse tegema", "ee tere nii-öelda pensioni avaldus millal seda teha tuleb"],
            },
            "clarify": {"text": "Kas küsite vanaduspensioni kohta, mis algab Teie 65. sünnipäevast?",
                        "speech": "et kas te küsite vanaduspensioni kohta mis algab teie sünnipäevast"},
            "clarify_cue": {"text": "Ehk Te soovite teada, millal vanaduspensioni avaldust esitada?",
                            "speech": "ehk te soovite teada millal vanaduspensioni avaldust esitada"},
            "confirm": ["jah vanaduspension", "jah", "jah just"],
            "answer": {"text": "Vanaduspensioni avalduse saate esitada kuni kuus kuud enne pensioniõiguse tekkimist ja kuni kolm kuud pärast seda. Avalduse saab esitada iseteeninduses, digiallkirjaga e-kirjaga, postiga või klienditeeninduses. Otsuse teeme 15 tööpäeva jooksul.",
                       "speech": "vanaduspensioni avalduse saate esitada kuni kuus kuud enne pensioniõiguse tekkimist ja kuni kolm kuud pärast seda avalduse saab esitada iseteeninduses digiallkirjaga e-kirjaga postiga või klienditeeninduses otsuse teeme viieteistkümne tööpäeva jooksul"},
            "followup": {"client": ["kas ma võin ka varem minna?", "aga ennetähtaegselt saab ka?"],
                         "agent": {"text": "Saate, kuni viis aastat varem, aga siis on pension jäädavalt väiksem.",
                                   "speech": "saate kuni viis aastat varem aga siis on pension jäädavalt väiksem"}},
            "repeat": ["et millal siis täpselt?", "aga mis ajast ma võin avalduse teha"],
            "recap": {"text": "Nii, esimese asjana esitate avalduse iseteeninduses kuni pool aastat ette ja siis ootate otsust kuni 15 tööpäeva.",
                      "speech": "nii esimese asjana esitate avalduse iseteeninduses kuni pool aastat ette ja siis ootate otsust kuni viisteist tööpäeva"},
            "cue_summary": {"text": "Ehk siis: avaldus kuni pool aastat enne, kõige lihtsam iseteeninduses, otsus 15 tööpäeva jooksul. Kas jäi midagi arusaamatuks?",
                            "speech": "ehk siis avaldus kuni pool aastat enne kõige lihtsam iseteeninduses otsus viieteistkümne tööpäeva jooksul kas jäi midagi arusaamatuks"},
        },
        "living_alone": {
            "private": False, "upset": False,
            "request": {
                "typed": ["tere kas yksi elava pensionäri toetust peab taotlema", "tere! kuidas saada seda 200 eurost toetust üksikule"],
                "tidy": ["Tere! Kas üksi elava pensionäri toetust peab taotlema?"],
                "speech": ["tere öö kas seda üksi elava pensionäri toetust peab kuidagi taotlema", "tere mhm see kakssada eurot üksikule pensionärile kuidas seda saab"],
            },
            "clarify": {"text": "Kas elate praegu üksi ja saate vanaduspensioni?", "speech": "kas te elate praegu üksi ja saate vanaduspensioni"},
            "clarify_cue": {"text": "Ehk siis Te soovite teada, kas toetuse jaoks on avaldust vaja?",
                            "speech": "ehk siis te soovite teada kas toetuse jaoks on avaldust vaja"},
            "confirm": ["jah elan üksi", "jah", "jaa üksi juba ammu"],
            "answer": {"text": "Üksi elava pensionäri toetust ei pea taotlema. See on 200 eurot ja makstakse automaatselt koos oktoobri pensioniga, kui elate 1. aprillist 30. septembrini rahvastikuregistri järgi üksi ja pension on alla 1,2 keskmise pensioni.",
                       "speech": "üksi elava pensionäri toetust ei pea taotlema see on kakssada eurot ja makstakse automaatselt koos oktoobri pensioniga kui elate aprillist septembri lõpuni rahvastikuregistri järgi üksi ja pension on alla ühe koma kahe keskmise pensioni"},
            "followup": {"client": ["aga mu poeg on veel minu juures kirjas", "poeg on minu aadressil registreeritud kas see loeb"],
                         "agent": {"text": "Siis toetust ei maksta, sest registri järgi ei ela Te üksi. Poeg peaks oma elukoha registris muutma.",
                                   "speech": "siis toetust ei maksta sest registri järgi te ei ela üksi poeg peaks oma elukoha registris muutma"}},
            "repeat": ["et kas ma pean avalduse tegema või ei?", "aga kus see avaldus on"],
            "recap": {"text": "Nii, avaldust pole vaja, toetus tuleb oktoobris koos pensioniga, kui registris elate üksi.",
                      "speech": "nii avaldust ei ole vaja toetus tuleb oktoobris koos pensioniga kui registris elate üksi"},
            "cue_summary": {"text": "Kokkuvõtteks: taotlust pole vaja, toetus tuleb oktoobris ise. Kas see vastas Teie küsimusele?",
                            "speech": "kokkuvõtteks taotlust ei ole vaja toetus tuleb oktoobris ise kas see vastas teie küsimusele"},
        },
        "proof_of_life": {
            "private": False, "upset": False,
            "request": {
                "typed": ["tere elan soomes ja saan eesti pensioni kas pean mingit tõendit saatma", "tere, mis tõend see on mida välismaalt peab saatma"],
                "tidy": ["Tere! Elan Soomes ja saan Eesti pensioni. Kas ma pean mingit tõendit saatma?"],
                "speech": ["tere ma elan soomes ja saan eesti pensioni kas ma pean mingi tõendi saatma", "ee tere nii-öelda elusolekutõend mis see on"],
            },
            "clarify": {"text": "Kas küsite elusolekutõendi kohta?", "speech": "et kas te küsite elusolekutõendi kohta"},
            "clarify_cue": {"text": "Ehk Te soovite teada, kuidas elusolekutõendit esitada?",
                            "speech": "ehk te soovite teada kuidas elusolekutõendit esitada"},
            "confirm": ["jah seda", "jah", "jah vist see"],
            "answer": {"text": "Kord aastas on vaja elusolekutõendit, mille kinnitab Teie elukohariigi asutus. Saate selle ka iseteeninduse kaudu videokohtumisel kinnitada. Kui tõend puudub, peatatakse makse ja see taastatakse tagasiulatuvalt.",
                       "speech": "kord aastas on vaja elusolekutõendit mille kinnitab teie elukohariigi asutus saate selle ka iseteeninduse kaudu videokohtumisel kinnitada kui tõend puudub siis makse peatatakse ja taastatakse tagasiulatuvalt"},
            "followup": {"client": ["kas soome maksuameti tõend sobib?", "aga kas residentsuse tõend kõlbab"],
                         "agent": {"text": "Jah, sobib ka maksuresidentsuse tõend või mõne asutuse tõend, mis Teid tuvastab.",
                                   "speech": "jah sobib ka maksuresidentsuse tõend või mõne asutuse tõend mis teid tuvastab"}},
            "repeat": ["et kui tihti seda siis vaja on?", "mitu korda aastas"],
            "recap": {"text": "Nii, kord aastas tõend Soome asutuselt või videokohtumine iseteeninduses, muidu peatub makse.",
                      "speech": "nii kord aastas tõend soome asutuselt või videokohtumine iseteeninduses muidu makse peatub"},
            "cue_summary": {"text": "Lühidalt: tõend kord aastas, kinnitab Soome asutus. Kas kõik on selge?",
                            "speech": "lühidalt tõend kord aastas kinnitab soome asutus kas kõik on selge"},
        },
    },
    "ru": {
        "pension_late": {
            "private": True, "upset": True,
            "request": {
                "typed": ["здравствуйте пенсия до сих пор не пришла!! что происходит", "где моя пенсия?? уже 7 число 😡",
                          "пенсию опять задерживаете, безобразие"],
                "tidy": ["Здравствуйте! Моя пенсия до сих пор не пришла. Что происходит?"],
                "speech": ["здравствуйте ну вот пенсия не пришла до сих пор что происходит", "алло эээ у меня пенсия не пришла я очень недовольна",
                           "здравствуйте ну где моя пенсия вот уже который день жду"],
            },
            "clarify": {"text": "Правильно ли я поняла, что Вы ждёте декабрьскую пенсию и её ещё нет на счёте?",
                        "speech": "правильно ли я поняла что вы ждёте декабрьскую пенсию и её ещё нет на счёте"},
            "clarify_cue": {"text": "То есть Вас интересует, когда придёт декабрьская пенсия?",
                            "speech": "то есть вас интересует когда придёт декабрьская пенсия"},
            "confirm": ["да", "да именно", "да декабрьскую"],
            "answer": {"text": "Спасибо. Ваша пенсия {amount} евро выплачена {date}. Так как пятое число было субботой, пенсию выплачивают в течение двух следующих рабочих дней.",
                       "speech": "спасибо ваша пенсия {amount_w} выплачена {date_w} так как пятое число было субботой пенсию выплачивают в течение двух следующих рабочих дней"},
            "leak_answer": {"text": "Ваша пенсия {amount} евро была выплачена {date}.",
                            "speech": "ну ваша пенсия {amount_w} была выплачена {date_w}"},
            "followup": {"client": ["а почему не в пятницу как раньше?", "а почему так поздно"],
                         "agent": {"text": "С января 2025 года, если пятое число выпадает на выходные, пенсию выплачивают в течение двух следующих рабочих дней.",
                                   "speech": "с января две тысячи двадцать пятого года если пятое число выпадает на выходные пенсию выплачивают в течение двух следующих рабочих дней"}},
            "repeat": ["так когда деньги придут-то?", "ну и когда мне ждать"],
            "recap": {"text": "Значит, пенсия выплачена {date}, деньги приходят на счёт в тот же день; если их нет, проверим вместе номер Вашего счёта.",
                      "speech": "значит пенсия выплачена {date_w} деньги приходят на счёт в тот же день если их нет проверим вместе номер вашего счёта"},
            "cue_summary": {"text": "Итак, подведём итог: пенсия выплачена {date}, Вам ничего делать не нужно. Ответила ли я на Ваш вопрос?",
                            "speech": "итак подведём итог пенсия выплачена {date_w} вам ничего делать не нужно ответила ли я на ваш вопрос"},
        },
        "indexation": {
            "private": True, "upset": False,
            "request": {
                "typed": ["здравствуйте на сколько выросла моя пенсия с апреля", "добрый день, какая у меня теперь пенсия после индексации"],
                "tidy": ["Здравствуйте, я хотела бы узнать, какая у меня пенсия после индексации."],
                "speech": ["здравствуйте вот хотела узнать на сколько у меня пенсия выросла с апреля", "добрый день эээ какая у меня теперь пенсия"],
            },
            "clarify": {"text": "Вы спрашиваете о новой сумме пенсии по старости или также о подоходном налоге?",
                        "speech": "вы спрашиваете о новой сумме пенсии или также о подоходном налоге"},
            "clarify_cue": {"text": "То есть Вас интересует новая сумма пенсии?", "speech": "то есть вас интересует новая сумма пенсии"},
            "confirm": ["о сумме", "да только сумма", "сумма да"],
            "answer": {"text": "Спасибо. Ваша пенсия по старости с апреля составляет {amount} евро в месяц. Необлагаемый минимум 776 евро учитывается автоматически.",
                       "speech": "спасибо ваша пенсия по старости с апреля составляет {amount_w} в месяц необлагаемый минимум семьсот семьдесят шесть евро учитывается автоматически"},
            "leak_answer": {"text": "Ваша пенсия сейчас {amount} евро в месяц.", "speech": "ваша пенсия сейчас {amount_w} в месяц"},
            "followup": {"client": ["а для необлагаемого минимума надо заявление писать?", "а налог как"],
                         "agent": {"text": "Не нужно, необлагаемый минимум пенсионного возраста мы учитываем сами.",
                                   "speech": "не нужно необлагаемый минимум пенсионного возраста мы учитываем сами"}},
            "repeat": ["так сколько у меня теперь?", "ну а сколько в итоге-то"],
            "recap": {"text": "Во-первых, пенсия теперь {amount} евро в месяц, во-вторых, необлагаемый минимум учитывается сам, делать ничего не нужно.",
                      "speech": "во-первых пенсия теперь {amount_w} в месяц во-вторых необлагаемый минимум учитывается сам делать ничего не нужно"},
            "cue_summary": {"text": "Итак: новая сумма {amount} евро, минимум учитывается автоматически. Всё ли понятно?",
                            "speech": "итак новая сумма {amount_w} минимум учитывается автоматически всё ли понятно"},
        },
        "child_allowance": {
            "private": False, "upset": False,
            "request": {
                "typed": ["здравствуйте нужно ли подавать заявление на детское пособие", "добрый день, как получить детское пособие? ребенок родился в прошлом месяце"],
                "tidy": ["Здравствуйте! Нужно ли подавать заявление на детское пособие?"],
                "speech": ["здравствуйте у меня ребёнок родился вот нужно ли заявление на детское пособие", "ну здравствуйте эээ детское пособие как его получить"],
            },
            "clarify": {"text": "Поздравляю! Правильно ли я понимаю, что ребёнок родился недавно?",
                        "speech": "поздравляю правильно ли я понимаю что ребёнок родился недавно"},
            "clarify_cue": {"text": "Поздравляю! То есть Вы хотите узнать, как оформить детское пособие?",
                            "speech": "поздравляю то есть вы хотите узнать как оформить детское пособие"},
            "confirm": ["да месяц назад", "да", "да в ноябре"],
            "answer": {"text": "Детское пособие не нужно отдельно ходатайствовать: после регистрации рождения мы отправим Вам предложение в среде самообслуживания, его нужно только подтвердить. Пособие 80 евро в месяц, выплата 8 числа.",
                       "speech": "детское пособие не нужно отдельно ходатайствовать после регистрации рождения мы отправим вам предложение в среде самообслуживания его нужно только подтвердить пособие восемьдесят евро в месяц выплата восьмого числа"},
            "followup": {"client": ["а на третьего ребенка больше?", "а если третий ребёнок"],
                         "agent": {"text": "Да, на третьего и следующих детей пособие 100 евро в месяц.",
                                   "speech": "да на третьего и следующих детей пособие сто евро в месяц"}},
            "repeat": ["так мне ничего не надо делать?", "а куда заявление-то нести"],
            "recap": {"text": "Значит, сначала Вы подтверждаете предложение в самообслуживании, а потом пособие приходит каждый месяц восьмого числа.",
                      "speech": "значит сначала вы подтверждаете предложение в самообслуживании а потом пособие приходит каждый месяц восьмого числа"},
            "cue_summary": {"text": "Итак, подведём итог: заявление не нужно, подтвердите предложение в среде самообслуживания. Ответила ли я на Ваш вопрос?",
                            "speech": "итак подведём итог заявление не нужно подтвердите предложение в среде самообслуживания ответила ли я на ваш вопрос"},
        },
        "russian_pension": {
            "private": False, "upset": True,
            "request": {
                "typed": ["почему не приходит российская пенсия?? я уже год жду", "здравствуйте, когда будет российская пенсия"],
                "tidy": ["Здравствуйте! Почему мне не приходит российская пенсия?"],
                "speech": ["здравствуйте ну вот российская пенсия не приходит что мне делать", "алло эээ я по поводу российской пенсии её нет и нет"],
            },
            "clarify": {"text": "Вы получаете пенсию из России через наш департамент?", "speech": "вы получаете пенсию из россии через наш департамент"},
            "clarify_cue": {"text": "То есть Вас интересует, когда придёт российская пенсия?", "speech": "то есть вас интересует когда придёт российская пенсия"},
            "confirm": ["да", "да через вас", "да раньше приходила"],
            "answer": {"text": "Российские пенсии передаются раз в квартал по соглашению 2011 года. С ноября 2024 по август 2025 Россия не переводила деньги, с сентября 2025 выплаты возобновились. Сами выплатить российскую пенсию мы не можем.",
                       "speech": "российские пенсии передаются раз в квартал по соглашению две тысячи одиннадцатого года с ноября по август россия не переводила деньги с сентября выплаты возобновились сами выплатить российскую пенсию мы не можем"},
            "followup": {"client": ["а на что мне жить пока?", "а мне помочь кто-то может"],
                         "agent": {"text": "Вы можете обратиться в местное самоуправление за пособием по прожиточному минимуму.",
                                   "speech": "вы можете обратиться в местное самоуправление за пособием по прожиточному минимуму"}},
            "repeat": ["так когда придёт-то?", "ну а деньги когда"],
            "recap": {"text": "Значит, выплаты из России снова идут раз в квартал, а на время ожидания можно попросить пособие в самоуправлении.",
                      "speech": "значит выплаты из россии снова идут раз в квартал а на время ожидания можно попросить пособие в самоуправлении"},
            "cue_summary": {"text": "Итак: выплаты возобновились, на время ожидания обратитесь в самоуправление. Всё ли понятно?",
                            "speech": "итак выплаты возобновились на время ожидания обратитесь в самоуправление всё ли понятно"},
        },
        "pensioner_alone": {
            "private": False, "upset": False,
            "request": {
                "typed": ["здравствуйте надо ли подавать на пособие одиноко проживающего пенсионера", "добрый день как получить 200 евро одинокому пенсионеру"],
                "tidy": ["Здравствуйте! Нужно ли ходатайствовать о пособии одиноко проживающего пенсионера?"],
                "speech": ["здравствуйте вот пособие для одинокого пенсионера его надо как-то просить", "добрый день эээ двести евро одиноким как получить"],
            },
            "clarify": {"text": "Вы живёте одна и получаете пенсию по старости?", "speech": "вы живёте одна и получаете пенсию по старости"},
            "clarify_cue": {"text": "То есть Вы хотите узнать, нужно ли заявление?", "speech": "то есть вы хотите узнать нужно ли заявление"},
            "confirm": ["да одна", "да", "да уже давно одна"],
            "answer": {"text": "Ходатайствовать не нужно. Пособие 200 евро выплачивается автоматически вместе с октябрьской пенсией, если с 1 апреля по 30 сентября Вы по регистру проживаете одна и пенсия меньше 1,2 средней пенсии.",
                       "speech": "ходатайствовать не нужно пособие двести евро выплачивается автоматически вместе с октябрьской пенсией если с апреля по конец сентября вы по регистру проживаете одна и пенсия меньше одной целой двух десятых средней"},
            "followup": {"client": ["а у меня сын прописан у меня", "сын у меня зарегистрирован это мешает?"],
                         "agent": {"text": "Тогда пособие не выплачивается: по регистру Вы живёте не одна. Сыну нужно изменить место жительства в регистре.",
                                   "speech": "тогда пособие не выплачивается по регистру вы живёте не одна сыну нужно изменить место жительства в регистре"}},
            "repeat": ["так заявление писать или нет?", "а куда писать"],
            "recap": {"text": "Значит, заявление не нужно, пособие придёт в октябре вместе с пенсией, если по регистру Вы живёте одна.",
                      "speech": "значит заявление не нужно пособие придёт в октябре вместе с пенсией если по регистру вы живёте одна"},
            "cue_summary": {"text": "Итак, подведём итог: заявление не нужно, пособие придёт в октябре. Ответила ли я на Ваш вопрос?",
                            "speech": "итак подведём итог заявление не нужно пособие придёт в октябре ответила ли я на ваш вопрос"},
        },
    },
}

# ---------------------------------------------------------------- identification
ID_ASK = {
    "et": [{"text": "Et Teie andmeid vaadata, palun öelge oma isikukood.", "speech": "et ma saaksin teie andmeid vaadata palun öelge oma isikukood"},
           {"text": "Teie andmete kaitseks palun öelge oma isikukood.", "speech": "teie andmete kaitseks palun öelge oma isikukood"},
           {"text": "Palun öelge oma isikukood, siis vaatan täpsemalt.", "speech": "ee palun öelge oma isikukood siis vaatan täpsemalt"},
           {"text": "Kas saaksite mulle oma isikukoodi öelda? Siis saan Teie andmeid vaadata.",
            "speech": "kas saaksite mulle oma isikukoodi öelda siis saan teie andmeid vaadata", "h": True}],
    "ru": [{"text": "Назовите, пожалуйста, Ваш личный код, чтобы я могла проверить данные.", "speech": "назовите пожалуйста ваш личный код чтобы я могла проверить данные"},
           {"text": "Для защиты данных назовите, пожалуйста, Ваш личный код.", "speech": "для защиты данных назовите пожалуйста ваш личный код"},
           {"text": "Скажите пожалуйста Ваш личный код, я посмотрю.", "speech": "скажите пожалуйста ваш личный код я посмотрю"},
           {"text": "Могли бы Вы продиктовать свой личный код? Тогда я смогу посмотреть Ваши данные.",
            "speech": "могли бы вы продиктовать свой личный код тогда я смогу посмотреть ваши данные", "h": True}],
}
CODE_INTRO = {"et": ["", "jah ", "see on ", "hetk ", "ee "], "ru": ["", "да ", "мой код ", "сейчас ", "вот "]}

# ---------------------------------------------------------------- empathy (decides: empathy, when the client is upset)
EMPATHY = {
    "et": [{"text": "Vabandan ebamugavuste pärast.", "speech": "vabandan ebamugavuste pärast"},
           {"text": "Saan aru, et see on Teile oluline.", "speech": "saan aru et see on teile oluline"},
           {"text": "Mõistan Teid, see on kindlasti ebameeldiv.", "speech": "mõistan teid see on kindlasti ebameeldiv"},
           {"text": "Mul on väga kahju, et see Teile muret tegi.", "speech": "mul on väga kahju et see teile muret tegi", "h": True}],
    "ru": [{"text": "Понимаю Вас, приношу извинения за неудобства.", "speech": "понимаю вас приношу извинения за неудобства"},
           {"text": "Я понимаю, как это для Вас важно.", "speech": "я понимаю как это для вас важно"},
           {"text": "Мне жаль, что так получилось.", "speech": "мне жаль что так получилось"},
           {"text": "Сочувствую, это действительно неприятно.", "speech": "сочувствую это действительно неприятно", "h": True}],
}

# ---------------------------------------------------------------- summary without topic content: understanding check only
CHECK_ONLY = {
    "et": [{"text": "Kas see vastas Teie küsimusele?", "speech": "kas see vastas teie küsimusele"},
           {"text": "Kas sai selgeks?", "speech": "kas sai selgeks"},
           {"text": "Kas see on arusaadav?", "speech": "kas see on arusaadav", "h": True}],
    "ru": [{"text": "Ответила ли я на Ваш вопрос?", "speech": "ответила ли я на ваш вопрос"},
           {"text": "Всё ли понятно?", "speech": "всё ли понятно"},
           {"text": "Понятно ли я объяснила?", "speech": "понятно ли я объяснила", "h": True}],
}

# ---------------------------------------------------------------- closing (decides: closing)
CLOSE_PASS = {
    "et": [{"text": "Aitäh, et helistasite! Kõike head!", "speech": "aitäh et helistasite kõike head"},
           {"text": "Aitäh pöördumast, ilusat päeva!", "speech": "aitäh pöördumast ilusat päeva"},
           {"text": "Tänan Teid! Head päeva!", "speech": "tänan teid head päeva"},
           {"text": "Aitäh ja jõudu Teile!", "speech": "aitäh ja jõudu teile", "h": True},
           {"text": "Tänan kõne eest, ilusat õhtut!", "speech": "tänan kõne eest ilusat õhtut", "h": True}],
    "ru": [{"text": "Спасибо за звонок, всего доброго!", "speech": "спасибо за звонок всего доброго"},
           {"text": "Спасибо за обращение, хорошего дня!", "speech": "спасибо за обращение хорошего дня"},
           {"text": "Спасибо, до свидания!", "speech": "спасибо до свидания"},
           {"text": "Всего наилучшего!", "speech": "всего наилучшего", "h": True},
           {"text": "Благодарю за звонок, всего хорошего!", "speech": "благодарю за звонок всего хорошего", "h": True}],
}
CLIENT_THANKS = {"et": ["aitäh", "Aitäh, head aega!", "selge aitäh", "jah aitäh teile", "ok tänan 🙏"],
                 "ru": ["спасибо", "Спасибо, до свидания!", "понятно спасибо", "да спасибо большое", "ок спасибо 🙏"]}
CLIENT_BYE = {"et": ["head aega", "nägemist", "aitäh head aega"], "ru": ["до свидания", "всего доброго", "спасибо до свидания"]}
BARE_PALUN = {"et": {"text": "Palun.", "speech": "palun"}, "ru": {"text": "Пожалуйста.", "speech": "пожалуйста"}}
OPEN_LAST_Q = {"et": ["aga kas ma pean ise veel midagi tegema?", "oot aga kuhu ma siis helistama pean?"],
               "ru": ["а мне самой что-то нужно делать?", "подождите а куда мне тогда звонить?"]}
HASTY_BYE = {"et": [{"text": "Head päeva!", "speech": "head päeva"}, {"text": "Aitäh, nägemist!", "speech": "aitäh nägemist"}],
             "ru": [{"text": "Всего доброго!", "speech": "всего доброго"}, {"text": "Спасибо, до свидания!", "speech": "спасибо до свидания"}]}

# ---------------------------------------------------------------- informal address (decides: formal_address = fail)
INFORMAL = {
    "et": [{"text": "Oota, ma vaatan su andmed üle.", "speech": "oota ma vaatan su andmed üle"},
           {"text": "Kuule, ma vaatan kohe järele.", "speech": "kuule ma vaatan kohe järele"},
           {"text": "Hetk, sa pead natuke ootama.", "speech": "hetk sa pead natuke ootama"},
           {"text": "Ära muretse, ma vaatan selle kohe üle.", "speech": "ära muretse ma vaatan selle kohe üle", "h": True}],
    "ru": [{"text": "Подожди, я посмотрю.", "speech": "подожди я посмотрю"},
           {"text": "Слушай, сейчас проверю.", "speech": "слушай сейчас проверю"},
           {"text": "Минутку, тебе придётся подождать.", "speech": "минутку тебе придётся подождать"},
           {"text": "Не волнуйся, сейчас всё посмотрю.", "speech": "не волнуйся сейчас всё посмотрю", "h": True}],
}

# ---------------------------------------------------------------- discourtesy (decides: courtesy = fail), answers a `repeat`
RUDE = {
    "et": [{"text": "Ma ju ütlesin Teile juba, lugege kodulehelt, seal on kõik kirjas 🙄", "speech": "ma ju ütlesin teile juba lugege kodulehelt seal on kõik kirjas"},
           {"text": "Ma juba ütlesin. Te peaksite seda ise teadma.", "speech": "ma juba ütlesin te peaksite seda ise teadma"},
           {"text": "No see on ju lihtne, kuulake nüüd hoolega.", "speech": "no see on ju lihtne kuulake nüüd hoolega"},
           {"text": "Kui oleksite korralikult kuulanud, ei peaks ma seda kordama.", "speech": "kui oleksite korralikult kuulanud ei peaks ma seda kordama", "h": True},
           {"text": "Noh, eks see kõik oli kodulehel olemas, oleks võinud enne helistamist vaadata 🙄", "speech": "noh eks see kõik oli kodulehel olemas oleks võinud enne helistamist vaadata", "h": True}],
    "ru": [{"text": "Я же Вам уже сказала, читайте на сайте, там всё написано 🙄", "speech": "я же вам уже сказала читайте на сайте там всё написано"},
           {"text": "Я же сказала. Это же элементарно.", "speech": "я же сказала это же элементарно"},
           {"text": "Ну это Вы сами виноваты, надо было раньше смотреть.", "speech": "ну это вы сами виноваты надо было раньше смотреть"},
           {"text": "Если бы Вы внимательно слушали, мне не пришлось бы повторять.", "speech": "если бы вы внимательно слушали мне не пришлось бы повторять", "h": True},
           {"text": "Ну конечно, на сайте ведь ничего не написано 🙄", "speech": "ну конечно на сайте ведь ничего не написано", "h": True}],
}
# a polite answer to a `repeat` (courtesy unaffected)
POLITE_REPEAT = {"et": {"text": "Muidugi, kordan meelsasti.", "speech": "muidugi kordan meelsasti"},
                 "ru": {"text": "Конечно, повторю.", "speech": "конечно повторю"}}

# ---------------------------------------------------------------- hold / time management (no effect on labels, except
# that the agent's hold question is NOT a clarifying question)
HOLD = {
    "et": [({"text": "Kas võin Teid hetkeks ootele panna?", "speech": "kas võin teid hetkeks ootele panna"}, ["jah", "jah ootan"]),
           ({"text": "Hetk, ma vaatan süsteemist.", "speech": "hetk ma vaatan süsteemist"}, ["jah", "mhm"]),
           ({"text": "Kas Te kuulete mind?", "speech": "kas te kuulete mind"}, ["jah nüüd kuulen", "jaa"])],
    "ru": [({"text": "Можно Вас попросить подождать минуту?", "speech": "можно вас попросить подождать минуту"}, ["да", "да жду"]),
           ({"text": "Минуточку, я посмотрю в системе.", "speech": "минуточку я посмотрю в системе"}, ["да", "ага"]),
           ({"text": "Вы меня слышите?", "speech": "вы меня слышите"}, ["да теперь слышу", "да"])],
}
SMALLTALK = {
    "et": [("hetk ma otsin prillid üles", {"text": "Jah, muidugi, ootan.", "speech": "jah muidugi ootan"}),
           ("vabandust mul on siin natuke mürarikas", {"text": "Pole midagi, kuulen Teid hästi.", "speech": "pole midagi kuulen teid hästi"}),
           ("ma olen ikka päris segaduses sellega", {"text": "Vaatame koos rahulikult üle.", "speech": "vaatame koos rahulikult üle"})],
    "ru": [("минутку я очки найду", {"text": "Да, конечно, я подожду.", "speech": "да конечно я подожду"}),
           ("извините тут шумно немного", {"text": "Ничего, я Вас хорошо слышу.", "speech": "ничего я вас хорошо слышу"}),
           ("я что-то совсем запуталась", {"text": "Давайте спокойно разберёмся вместе.", "speech": "давайте спокойно разберёмся вместе"})],
}

# B2-level Russian of an Estonian-speaking agent: small grammar slips; no effect on any label
B2_RU = {"Спасибо. Ваша пенсия": "Спасибо. Ваш пенсия", "выплачена": "выплачен", "Правильно ли я поняла": "Правильно я поняла ли",
         "мы отправим Вам предложение": "мы отправим Вам предложения", "Назовите, пожалуйста, Ваш личный код": "Назовите пожалуйста Ваш личная код"}

# ---------------------------------------------------------------- gaming
STUFFED = {
    "et": "Tere, Sotsiaalkindlustusamet, {name}, mõistan, vabandan, kokkuvõtteks, aitäh, head päeva",
    "ru": "Здравствуйте, Департамент социального страхования, {name}, понимаю, извините, итак, спасибо, всего доброго",
}
KEYWORDS = {
    "et": ["isikukood kokkuvõtteks mõistan vabandan aitäh head päeva", "kas see vastas teie küsimusele kokkuvõte aitäh kõike head",
           "mõistan vabandan saan aru kokkuvõtteks seega aitäh"],
    "ru": ["личный код итак понимаю извините спасибо всего доброго", "ответила ли я на ваш вопрос итак подведём итог спасибо",
           "понимаю сочувствую итак таким образом спасибо до свидания"],
}
PASTE = {
    "et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata? Kas ma sain õigesti aru, et küsite ...? "
          "Vabandan ebamugavuste pärast. Kokkuvõtteks: ... Kas see vastas Teie küsimusele? Aitäh, et helistasite! Kõike head!",
    "ru": "Здравствуйте! Департамент социального страхования, меня зовут Мария. Чем могу помочь? Правильно ли я поняла, "
          "что Вы спрашиваете ...? Приношу извинения за неудобства. Итак, подведём итог: ... Ответила ли я на Ваш вопрос? "
          "Спасибо за звонок, всего доброго!",
}
NON_ANSWER = {"et": ["Jah.", "Jah, selge.", "Mhm."], "ru": ["Да.", "Да, понятно.", "Угу."]}
CLIENT_PUZZLED = {"et": ["aga te ei vastanud mu küsimusele?", "halloo, kas te kuulete mind? mis see on", "ma ei saa aru, mis te räägite"],
                  "ru": ["но Вы же не ответили на мой вопрос?", "алло это что вообще такое", "я не понимаю что Вы говорите"]}

# ---------------------------------------------------------------- language switch: agent opens in Estonian, client asks for Russian
SWITCH_CLIENT = ["здравствуйте, можно по-русски?", "извините я по-русски, можно?", "ой а можно на русском"]
SWITCH_AGENT = [{"text": "Да, конечно, можно по-русски.", "speech": "да конечно можно по-русски"},
                {"text": "Конечно. Слушаю Вас.", "speech": "конечно слушаю вас"}]

# neutral story-telling by the client with a bare acknowledgement (decides nothing; lengthens calls)
STORY = {
    "et": ["mu naine tegeles nende asjadega varem", "ma olen terve elu tehases töötanud", "eelmisel aastal oli kõik korras",
           "mul on see paber siin laua peal", "ma elan tartus muide", "mu tütar ütles et peaks teile helistama",
           "ma ei ole arvutiga nii osav", "see kiri tuli mulle postiga"],
    "ru": ["раньше этим жена занималась", "я всю жизнь на заводе проработал", "в прошлом году всё было нормально",
           "у меня бумага тут на столе", "я в нарве живу кстати", "дочка сказала вам позвонить",
           "я с компьютером не очень", "письмо мне по почте пришло"],
}
ACK = {"et": [{"text": "Jah.", "speech": "jah"}, {"text": "Selge.", "speech": "selge"}, {"text": "Mhm, jätkake.", "speech": "mhm jätkake"}],
       "ru": [{"text": "Да.", "speech": "да"}, {"text": "Так.", "speech": "так"}, {"text": "Угу, продолжайте.", "speech": "угу продолжайте"}]}
