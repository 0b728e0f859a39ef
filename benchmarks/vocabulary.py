"""Words for the synthetic journal: a small business owner's notes after meetings.

Frequencies follow Zipf's law over: function words, the business vocabulary of a
small trading company, people and places, then a long tail of made-up words (names,
products, jargon) so the index holds tens of thousands of distinct terms, as a real
journal does.
"""

from __future__ import annotations

import random


def _words(text: str) -> list[str]:
    return text.split()


FUNCTION_WORDS = _words(
    "the and to of a in we they for on with that is was it about their our he she at as be "
    "have will next but not this from by are had were would should could can also all more "
    "them after before if so up out one two some new when then there which what need want "
    "asked said told agreed again still just very only over week month today"
)

BUSINESS_WORDS = _words(
    "order delivery invoice price discount contract renewal meeting call supplier shipment "
    "quality samples quote budget proposal payment deadline warehouse stock pallets logistics "
    "margin volume forecast catalogue brochure trade fair showroom tasting feedback complaint "
    "refund credit note terms conditions packaging label design printing roaster beans coffee "
    "tea chocolate pastry bakery restaurant hotel catering wholesale retail online shop "
    "website launch campaign newsletter social media photos event workshop training visit "
    "factory tour harvest season autumn spring summer winter christmas easter holiday team "
    "manager owner director buyer accountant partner family daughter son wedding birthday "
    "football golf dinner lunch breakfast wine gift flowers thanks apology delay damaged "
    "broken missing wrong late early urgent priority follow reminder schedule calendar "
    "appointment review quarterly annual plan strategy growth expansion branch second "
    "location lease rent kitchen equipment machine repair service maintenance warranty "
    "installation upgrade software tablet till register loyalty card voucher promotion "
    "offer bundle subscription monthly weekly standing exclusive region territory agent "
    "distributor importer customs export container freight courier tracking returns "
    "inspection certificate organic fairtrade sustainable recycled glass jars bottles "
    "sizes colours sample batch lot recipe allergy vegan gluten lactose sugar honey nuts "
    "olive oil cheese ham bread flour butter milk cream yoghurt fruit jam spices vanilla"
)

PLACES_AND_PEOPLE = _words(
    "berlin lyon porto milan vienna zurich antwerp rotterdam hamburg munich bologna seville "
    "valencia bordeaux marseille ghent utrecht leipzig dresden graz salzburg turin verona "
    "anna ben carla david elena felix greta hugo ines jonas klara lukas marta nico olga paul "
    "rosa sven tina ugo vera walter xenia yusuf zoe müller garcía dubois rossi novak schmidt "
    "fischer weber meyer wagner becker hoffmann schäfer koch richter klein wolf schröder"
)

_SYLLABLES = _words(
    "ka ri to ne ma lo su vi de ra mi no ta le bo fi ga ze pu ko li sa ve du ha jo ne ru "
    "cor tan ben mel dor vin sol mar lin ter gal fen bru cas pol ard eng ost"
)

#: How many made-up words form the long tail.
TAIL_WORDS = 20_000


def build_vocabulary(rng: random.Random) -> list[str]:
    """Every word, most frequent first (deterministic for a seeded rng)."""
    tail: set[str] = set()
    while len(tail) < TAIL_WORDS:
        tail.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    tail_list = sorted(tail)
    rng.shuffle(tail_list)
    words = [*FUNCTION_WORDS, *BUSINESS_WORDS, *PLACES_AND_PEOPLE, *tail_list]
    return list(dict.fromkeys(words))  # a made-up word may equal a real one


def zipf_weights(count: int, exponent: float = 1.05) -> list[float]:
    """Cumulative Zipf weights for random.choices(cum_weights=...)."""
    total = 0.0
    cumulative: list[float] = []
    for rank in range(1, count + 1):
        total += 1.0 / rank**exponent
        cumulative.append(total)
    return cumulative
