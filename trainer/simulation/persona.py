"""Synthetic client personas for scenarios: names, Estonian personal codes (isikukood), contacts.

Everything here is generated: no real personal data. A generated isikukood passes the checksum and so
*could* coincide with a real person's code, which is why every Persona carries ``synthetic=True`` and
the UI should label persona data as synthetic.

Determinism: ``generate_persona(spec, seed, language, today)`` gives the same persona for the same
inputs. Random choices come from ``random.Random(seed)``; names come from Faker instances created once
(lazily) and reseeded on every call.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trainer.text.numbers import isikukood_is_valid
from trainer.text.plural import count_phrase

Sex = Literal["M", "F"]
Language = Literal["et", "ru"]
Role = Literal["pensioner", "working_age", "parent", "young", "elderly"]

#: Age range (inclusive, in whole years at `today`) of each persona role.
ROLE_AGE_RANGES: dict[str, tuple[int, int]] = {
    "pensioner": (66, 85),
    "working_age": (25, 60),
    "parent": (25, 45),
    "young": (18, 24),
    "elderly": (75, 92),
}

_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
_CENTURY_BASE = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000, 7: 2100, 8: 2100}

CITIES = (
    "Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Rakvere", "Maardu",
    "Kuressaare", "Sillamäe", "Võru", "Valga", "Jõhvi", "Haapsalu", "Keila", "Paide",
)
# Relative weights, same order as CITIES: Estonian speakers roughly by population, Russian speakers
# concentrated in Tallinn and Ida-Viru county.
_CITY_WEIGHTS = {
    "et": (30, 14, 2, 8, 2, 5, 5, 1, 4, 1, 4, 3, 2, 3, 3, 3),
    "ru": (30, 2, 22, 1, 10, 1, 1, 7, 0, 6, 0, 1, 6, 0, 1, 0),
}
_STREETS = (
    "Tamme tn", "Kase tn", "Pärna tn", "Lille tn", "Aia tn", "Kooli tn", "Pikk tn", "Jõe tn",
    "Pargi tn", "Kalda tn", "Raudtee tn", "Vabaduse pst", "Sõpruse pst", "Mere pst", "Tartu mnt",
    "Narva mnt", "Uus tn", "Metsa tn", "Vee tn", "Posti tn", "Lõuna tn", "Põhja tn",
)
_EMAIL_DOMAINS = ("example.com", "example.ee", "example.org")
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "jo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "ju", "ja"],
    strict=True,
))


# --------------------------------------------------------------------------- isikukood


def isikukood_checksum(first10: str) -> int:
    """Check digit of an Estonian personal code from its first 10 digits (two-stage mod-11 rule), for
    building codes. Checking a code is :func:`trainer.text.numbers.isikukood_is_valid` (the one
    validator; tests check that every code built here passes it)."""
    if len(first10) != 10 or not first10.isdigit():
        raise ValueError(f"expected 10 digits, got {first10!r}")
    digits = [int(c) for c in first10]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return 0


def make_isikukood(birth_date: date, sex: Sex, serial: int) -> str:
    """Build a valid isikukood GYYMMDDSSSC for a birth date (1800-2199), sex "M"/"F" and serial 0-999."""
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', got {sex!r}")
    if not 0 <= serial <= 999:
        raise ValueError(f"serial must be 0-999, got {serial}")
    century = birth_date.year // 100
    if not 18 <= century <= 21:
        raise ValueError(f"birth year {birth_date.year} cannot be encoded (1800-2199 only)")
    gender_digit = (century - 18) * 2 + (1 if sex == "M" else 2)
    first10 = f"{gender_digit}{birth_date:%y%m%d}{serial:03d}"
    return first10 + str(isikukood_checksum(first10))


def parse_isikukood(code: str) -> tuple[date, Sex] | None:
    """Return (birth_date, sex) encoded in a personal code, or None if format, date or checksum is wrong."""
    if not isinstance(code, str):
        return None
    code = code.strip()
    if len(code) != 11 or not code.isdigit() or not isikukood_is_valid(code):  # format, date, check digit
        return None
    gender_digit = int(code[0])
    birth = date(_CENTURY_BASE[gender_digit] + int(code[1:3]), int(code[3:5]), int(code[5:7]))
    return birth, ("M" if gender_digit % 2 else "F")


def make_invalid_isikukood(valid: str) -> str:
    """Same first 10 digits as `valid` but a wrong check digit (for "the code fails the checksum" scenarios)."""
    if len(valid) < 10 or not valid[:10].isdigit():
        raise ValueError(f"expected a personal code, got {valid!r}")
    first10 = valid[:10]
    return first10 + str((isikukood_checksum(first10) + 5) % 10)


# --------------------------------------------------------------------------- persona


@dataclass(frozen=True)
class Persona:
    """A synthetic client. All fields are generated; `synthetic` is always True for generated data."""

    first_name: str
    last_name: str
    sex: Sex
    birth_date: date
    age: int
    isikukood: str
    phone: str
    email: str
    city: str
    address: str
    language: Language
    synthetic: bool = True

    @property
    def full_name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly dict (dates as ISO strings, plus full_name) for templates like {persona.first_name}."""
        data = asdict(self)
        data["birth_date"] = self.birth_date.isoformat()
        data["full_name"] = self.full_name
        data["age_years"] = self.age_years
        return data

    @property
    def age_years(self) -> str:
        """The age with the right noun form in the persona's language: "21 год", "22 года", "66 aastat"."""
        return count_phrase(self.age, "year", self.language)


class PersonaSpec(BaseModel):
    """What a scenario may say under `persona:`. Unset fields are generated.

    `age` or `age_range` override the role's age range. A fixed `isikukood` fixes birth date and sex.
    `seed`, when set, replaces the seed passed to generate_persona.
    """

    model_config = ConfigDict(extra="forbid")

    seed: int | None = None
    language: Language | None = None
    sex: Sex | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    age_range: tuple[int, int] | None = None
    role: Role = "working_age"
    first_name: str | None = Field(default=None, min_length=1)
    last_name: str | None = Field(default=None, min_length=1)
    city: str | None = Field(default=None, min_length=1)
    isikukood: str | None = None

    @field_validator("age_range")
    @classmethod
    def _check_range(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None:
            low, high = value
            if not 0 <= low <= high <= 120:
                raise ValueError("age_range must be [min, max] with 0 <= min <= max <= 120, e.g. [66, 80]")
        return value

    @field_validator("isikukood", mode="before")
    @classmethod
    def _check_code(cls, value: Any) -> Any:
        if value is None:
            return None
        code = str(value).strip()
        if parse_isikukood(code) is None:
            hint = ""
            if len(code) == 11 and code.isdigit():
                hint = f"; check digit should be {isikukood_checksum(code[:10])}"
            raise ValueError(
                f"isikukood {code!r} is not valid (format GYYMMDDSSSC, real date, mod-11 check digit){hint}; "
                "leave it out to generate one"
            )
        return code

    @model_validator(mode="after")
    def _check_consistent(self) -> PersonaSpec:
        if self.age is not None and self.age_range is not None:
            raise ValueError("give either age or age_range, not both")
        if self.isikukood and (self.age is not None or self.age_range is not None):
            raise ValueError("a fixed isikukood already fixes the birth date; drop age/age_range")
        if self.isikukood and self.sex:
            _, code_sex = parse_isikukood(self.isikukood)  # type: ignore[misc]
            if code_sex != self.sex:
                raise ValueError(f"sex {self.sex!r} does not match isikukood (which encodes {code_sex!r}); "
                                 "drop one of them")
        return self

    def age_bounds(self) -> tuple[int, int]:
        """Inclusive (min, max) age for this spec: age, else age_range, else the role's range."""
        if self.age is not None:
            return self.age, self.age
        if self.age_range is not None:
            return self.age_range
        return ROLE_AGE_RANGES[self.role]


@lru_cache(maxsize=4)
def _person_provider(language: str) -> Any:
    """Faker's person provider class for a language (its name lists are read-only class attributes)."""
    if language == "ru":
        from faker.providers.person.ru_RU import Provider
    else:
        from faker.providers.person.et_EE import Provider
    return Provider


def _faker(language: str, seed: int) -> Any:
    """A new Faker generator for this one call, seeded with `seed`.

    Never shared: Streamlit runs each session in its own thread, and re-seeding one shared Faker let two
    sessions interleave their seed and draws, so a client's name could change mid-conversation (code
    review finding 1). A bare generator with only the person provider costs about 1 ms (a full
    ``Faker(locale)`` 10 ms) and draws exactly the same names for a seed."""
    from faker import Generator

    generator = Generator()
    generator.add_provider(_person_provider(language)(generator))
    generator.seed_instance(seed)
    return generator


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: date, today: date) -> int:
    """Age in whole years on `today`."""
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def _birth_date(rng: random.Random, low: int, high: int, today: date) -> date:
    latest = _years_before(today, low)
    earliest = _years_before(today, high + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def _ascii(text: str) -> str:
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalnum() or c in "-.")


def _sex_of_name(first_name: str, language: str) -> Sex | None:
    provider = _person_provider(language)
    if first_name in provider.first_names_male:
        return "M"
    if first_name in provider.first_names_female:
        return "F"
    return None


def _names(sex: Sex, language: str, seed: int) -> tuple[str, str]:
    fake = _faker(language, seed)
    if language == "ru":
        if sex == "M":
            return fake.first_name_male(), fake.last_name_male()
        return fake.first_name_female(), fake.last_name_female()
    first = fake.first_name_male_est() if sex == "M" else fake.first_name_female_est()
    return first, fake.last_name_est()


def generate_persona(spec: PersonaSpec, seed: int, language: str, today: date) -> Persona:
    """Generate a deterministic synthetic Persona.

    `language` is the scenario language, used unless the spec sets its own; `spec.seed` (if set)
    replaces `seed`. The isikukood always encodes the persona's birth date and sex. Every random value
    is drawn in a fixed order, so fixing one field in the spec does not change the others.
    """
    seed = spec.seed if spec.seed is not None else seed
    lang: Language = spec.language or ("ru" if language == "ru" else "et")
    rng = random.Random(seed)
    low, high = spec.age_bounds()

    drawn_sex: Sex = rng.choice(("M", "F"))
    drawn_birth = _birth_date(rng, low, high, today)
    serial = rng.randrange(1000)
    city = rng.choices(CITIES, weights=_CITY_WEIGHTS[lang])[0]
    street = rng.choice(_STREETS)
    house, flat = rng.randint(1, 120), rng.randint(1, 80)
    with_flat = rng.random() < 0.7
    phone_digits = f"5{rng.randrange(10 ** 6, 10 ** 7):07d}"
    domain = rng.choice(_EMAIL_DOMAINS)
    email_number = rng.randint(1, 99)

    if spec.isikukood:
        birth, sex = parse_isikukood(spec.isikukood)  # type: ignore[misc]
        code = spec.isikukood
    else:
        sex = spec.sex or (spec.first_name and _sex_of_name(spec.first_name, lang)) or drawn_sex
        birth = drawn_birth
        code = make_isikukood(birth, sex, serial)

    first, last = _names(sex, lang, seed)
    first = spec.first_name or first
    last = spec.last_name or last
    address = f"{street} {house}-{flat}" if with_flat else f"{street} {house}"
    return Persona(
        first_name=first,
        last_name=last,
        sex=sex,
        birth_date=birth,
        age=age_on(birth, today),
        isikukood=code,
        phone=f"+372 {phone_digits[:4]} {phone_digits[4:]}",
        email=f"{_ascii(first) or 'client'}.{_ascii(last) or 'user'}{email_number}@{domain}",
        city=spec.city or city,
        address=address,
        language=lang,
    )
