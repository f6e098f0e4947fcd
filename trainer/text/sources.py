"""The words that name a source of information a client can be sent to, spelt once for every reader.

Several checks ask "does this sentence point the client somewhere?": a bare referral (courtesy), a keyword
list hung on a pointer (gaming), the client saying she cannot use websites (client replies). They combine
these fragments (regex alternations over folded text: lower case, õäöü -> oaou) with their own frames:

- `WEBSITE_ET`, `WEBSITE_RU`, `WEBSITE`: the website or the internet ("kodulehel", "veebilehelt", «на сайте»);
- `SELF_SERVICE_ET`, `SELF_SERVICE_RU`: the self-service portal (iseteenindus, «самообслуживание», portaal);
- `COMPUTER`: the device ("arvutit", «компьютер»), for "I cannot use a computer".
"""

from __future__ import annotations

WEBSITE_ET = r"koduleh\w*|veebileh\w*|internet\w*"
WEBSITE_RU = r"сайт\w*|интернет\w*"
WEBSITE = f"{WEBSITE_ET}|{WEBSITE_RU}"
SELF_SERVICE_ET = r"iseteenindus\w*|portaal\w*"
SELF_SERVICE_RU = r"самообслуживани\w*|портал\w*"
COMPUTER = r"arvuti\w*|компьютер\w*"
