"""The compiled lexicon gives exactly simplemma's lemmas (and the same forms index), and is built
safely on first use."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.text import lexicon
from trainer.text.lexicon_store import CompiledLexicon, build_lexicon, open_lexicon

ROOT = Path(__file__).resolve().parent.parent

# Real words from the project's dialogues, inflected, in several cases, and typed without diacritics.
ET_WORDS = (
    "Tere Sotsiaalkindlustusamet kuuleb Kuidas saan Teid aidata pensioni pensionile pensionäri pensionari "
    "toetus toetust toetuse toetuseta toetusi lapsetoetust vanaduspensioni isikukood isikukoodi isikukoodiga "
    "öelge oelge Aitäh aitah makstakse maksmise väljamakse valjamakse kuupäeval kuupaeval viiendal "
    "nädalavahetusel nadalavahetusel tööpäeva toopaeva jooksul Avalduse avaldust esitada iseteeninduses "
    "iseteeninduse puude puudega töövõimetoetus toovoimetoetus üksi uksi elava pensionär õigesti oigesti "
    "Vabandan ebamugavuste vaja midagi teha helistasite Kõike koike head Teile teile sina sind sulle Teie "
    "vaidega otsusest teadasaamisest tulumaksuvaba summa arvestatakse automaatselt kontole lähipäevil "
    "lahipaevil kord kuus küsimusele kusimusele Mobiil-ID ID-kaardi Smart-ID-ga ära ei pole mitte"
).split()
RU_WORDS = (
    "Здравствуйте Департамент социального страхования меня зовут Мария Чем могу помочь Правильно поняла "
    "Вы спрашиваете выплате пенсии пенсию пенсией Назовите пожалуйста Ваш личный код Спасибо выплачивается "
    "пятого числа каждого месяца выпадает выходные выплачивают течение двух следующих рабочих дней понимаю "
    "Приношу извинения неудобства Ходатайство подать среде самообслуживания ID-картой подведём подведем итог "
    "отправлена Ответила вопрос звонок всего доброго Ты можешь посмотреть сам ещё еще ёлка елка не нет"
).split()

SCRIPT = r"""
import json, random, sys
from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY
from trainer.text import lexicon
from trainer.text.lexicon_store import open_lexicon
from trainer.text.normalize import fold

words = json.loads(sys.stdin.read())
out = {}
for lang in ("et", "ru", "en"):
    ref = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)._dict   # simplemma's own decoded dict
    lex = open_lexicon(lang)
    rng = random.Random(12)
    keys = rng.sample(sorted(ref), 4000)
    wrong = [k.decode() for k in keys if lex.get(k.decode()) != ref[k].decode()]
    missing = [k.decode() + "q" for k in keys[:1000] if (k + b"q") not in ref and lex.get(k.decode() + "q") is not None]
    rev = {}
    sample_lemmas = set(rng.sample(sorted(set(ref.values())), 300))
    for form, lemma in ref.items():
        if lemma in sample_lemmas:
            rev.setdefault(lemma, []).append(form.decode())
    wrong_forms = [l.decode() for l in sample_lemmas if sorted(lex.forms(l.decode())) != sorted(rev[l])]
    out[lang] = {"checked": len(keys), "wrong": wrong[:5], "missing": missing[:5], "wrong_forms": wrong_forms[:5],
                 "entries": len(ref)}

def analyse(lang, ws):
    ws = ws + [fold(w) for w in ws]
    return {w: [sorted(lexicon.lemmas(w, lang)), sorted(lexicon.dictionary_lemmas(w, lang)), lexicon.is_known(w, lang),
                lexicon.dictionary_lemma(w, lang), sorted(lexicon.word_forms(w, lang))] for w in ws}

for backend in ("compiled", "memory"):
    lexicon.configure(backend=backend)
    out[backend] = {"et": analyse("et", words["et"]), "ru": analyse("ru", words["ru"])}
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def compared():
    """Run the comparison in a child process: simplemma's in-RAM dicts need ~450 MB."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps({"et": ET_WORDS, "ru": RU_WORDS}),
                          capture_output=True, text=True, timeout=600, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("lang", ["et", "ru", "en"])
def test_compiled_entries_equal_simplemma(compared, lang):
    got = compared[lang]
    assert got["entries"] > 10_000 and got["checked"] == 4000
    assert got["wrong"] == [] and got["missing"] == [] and got["wrong_forms"] == []


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_same_lemmas_through_the_whole_lexicon_api(compared, lang):
    compiled, memory = compared["compiled"][lang], compared["memory"][lang]
    assert compiled.keys() == memory.keys()
    differ = {w: (compiled[w], memory[w]) for w in compiled if compiled[w] != memory[w]}
    assert differ == {}


def test_known_lemmas_on_real_words(compared):
    et, ru = compared["compiled"]["et"], compared["compiled"]["ru"]
    assert "toetus" in et["toetuseta"][0] and "lapsetoetus" in et["lapsetoetust"][0]  # compound: head + tail lemma
    assert et["pensionari"][0] == ["pensionar", "pensionari"]  # restored: pensionäri -> pensionär
    assert et["uksi"][0] == ["uks", "uksi"]  # uksi (doors) and üksi (alone)
    assert et["puude"][0] == ["puu", "puude", "puue"]  # domain homograph patch
    assert "toetusega" in et["toetus"][4] and len(et["toetus"][4]) > 20  # forms index from the file
    assert "пенсия" in ru["пенсии"][0] and "выплачиваться" in ru["выплачивается"][0]
    assert "подвести" in ru["подведем"][0]


def test_build_open_and_rebuild_a_damaged_file(tmp_path, monkeypatch):
    source = {b"toetust": b"toetus", b"toetuse": b"toetus", "pensionäri".encode(): "pensionär".encode(),
              b"Teid": b"sina"}
    path = build_lexicon("xx", tmp_path / "xx.lex", source=source)
    lex = CompiledLexicon(path)
    assert lex.get("toetust") == "toetus" and lex.get("pensionäri") == "pensionär" and lex.get("Teid") == "sina"
    assert lex.get("toetu") is None and lex.get("") is None and lex.get("a\x00b") is None
    assert sorted(lex.forms("toetus")) == ["toetuse", "toetust"] and lex.forms("sina") == ["Teid"]
    assert lex.forms("puudub") == []
    lex.close()
    assert not list(tmp_path.glob("*.tmp"))  # the temp file was renamed

    path.write_bytes(path.read_bytes()[:-5])  # truncated (e.g. a full disk in an older build)
    with pytest.raises(ValueError):
        CompiledLexicon(path)

    built = []
    monkeypatch.setenv("TRAINER_CACHE_DIR", str(tmp_path / "cache"))
    from trainer.text import lexicon_store

    real_build = lexicon_store.build_lexicon
    monkeypatch.setattr(lexicon_store, "build_lexicon", lambda lang, target: built.append(lang) or real_build(
        lang, target, source=source))
    first = open_lexicon("xx")
    assert built == ["xx"] and first.get("toetuse") == "toetus"
    first.path.write_bytes(b"TRLEX\x00\x00\x01 damaged")
    again = open_lexicon("xx")
    assert built == ["xx", "xx"] and again.get("toetust") == "toetus"
    assert open_lexicon("xx").get("Teid") == "sina" and built == ["xx", "xx"]


CONCURRENT = r"""
import logging, sys, time
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
from trainer.text.lexicon_store import open_lexicon
lex = open_lexicon("en")
print("lemma:", lex.get("children"), len(lex.forms("child")))
"""


def test_concurrent_first_use_builds_once(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TRAINER_CACHE_DIR=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, env=env) for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    lines = "".join(out for out, _ in outs)
    assert lines.count("building the compiled en lexicon") == 1
    assert lines.count("lemma: child ") == 3
    files = [p.name for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert len(files) == 1 and files[0].startswith("en-")


def test_backends_and_configure():
    assert lexicon.backend() == "compiled"
    with pytest.raises(ValueError):
        lexicon.configure(backend="nope")
    lexicon.configure(low_memory=True)
    try:
        assert lexicon.backend() == "stream" and lexicon.low_memory()
    finally:
        lexicon.configure(low_memory=False)
    assert lexicon.backend() == "compiled" and not lexicon.low_memory()
    assert lexicon.is_known("toetust", "et") and lexicon.dictionary_lemma("toetust", "et") == "toetus"
