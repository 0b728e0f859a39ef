"""Three coffee counters inside other businesses: a bakery, a museum and a climbing gym."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, md
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

BAKKERIJ = Character(
    key="bakkerij",
    draft=CustomerDraft(
        name="Anouk Mariën",
        organisation="Bakkerij Mariën",
        role="Baker and co-owner",
        email="anouk@bakkerijmarien.be",
        phone="+32 9 225 41 09",
        address="Brugsesteenweg 188, 9000 Gent",
        website="https://bakkerijmarien.be",
        about=(
            "Third-generation bakery with an eight-stool coffee corner. Deliveries follow the "
            "bread schedule: before half past six or not at all. Our coffee sits on their "
            "standing order sheet next to the flour."
        ),
        tags=("bakery", "wholesale", "standing order"),
        level="structural",
        account_value=Decimal("5400"),
        cadence_days=21,
    ),
    start=560,
    gap=(8, 18),
    words={
        "place": ("the bakery", "the coffee corner"),
        "blend": ("Belfry espresso", "Huila filter"),
        "qty": ("5 kg", "6 kg", "8 kg"),
        "staff": ("Pieter", "Lotte"),
    },
    beats=(
        Beat(
            560,
            K.VISIT,
            "Croissants and an idea",
            md(
                "Bought bread at Mariën for the roastery open day. Anouk asked where our coffee",
                "comes from; her coffee corner pours something she does not like.",
            ),
            mood=1,
        ),
        Beat(
            540,
            K.MEETING,
            "Coffee that fits a baker's day",
            md(
                "Anouk's conditions, all reasonable:",
                "",
                "- delivery with the 6:00 flour drop, never later",
                "- one coffee for everything: espresso and the big filter pot",
                "- a price she can put on the board for a year",
            ),
            mood=1,
            move=S.COMPATIBILITY,
            reason="Testing whether our delivery fits the bakery's hours",
        ),
        Beat(
            430,
            K.COMMITMENT_KEPT,
            "Every 6 a.m. delivery on time",
            "Samir has not missed the early drop once. Anouk put us on the standing order sheet.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Part of the bakery's routine: on the standing order sheet",
        ),
        Beat(
            300,
            K.FAVOUR_RECEIVED,
            "Anouk baked for our open day",
            "Two hundred mini pastries for the roastery open day, at cost price.",
            mood=2,
        ),
        Beat(
            95,
            K.COMPLAINT,
            "Anouk objects to the new price",
            md(
                "Green coffee went up again and so did our list, by 9%. Anouk had printed her",
                "menu boards for the year. She felt ambushed, and she had a point: the letter",
                "came two weeks before the change.",
            ),
            mood=-2,
            move=S.CONFLICT,
            reason="Complaint about the price increase",
        ),
        Beat(
            82,
            K.MEETING,
            "Price increase in two steps",
            md(
                "Agreed with Anouk:",
                "",
                "| from | price per kg |",
                "|---|---|",
                "| now | €23.20 |",
                "| after her next menu reprint | €24.00 |",
                "",
                "Also promised three months' notice for any future change.",
            ),
            mood=1,
            move=S.COMPROMISE,
            reason="Price rise phased in two steps, with three months' notice from now on",
        ),
        Beat(
            10,
            K.VISIT,
            "Early coffee with Anouk",
            "Came along on the 6 a.m. drop. Anouk, flour to the elbows, says the deal is fair.",
            mood=1,
        ),
    ),
)

GRAVENHOF = Character(
    key="gravenhof",
    draft=CustomerDraft(
        name="Youssef El Amrani",
        organisation="Museumcafé Gravenhof",
        role="Concession holder",
        email="youssef@gravenhof-cafe.be",
        phone="+32 9 269 52 80",
        address="Gravenhofplein 3, 9000 Gent",
        website="https://gravenhof-cafe.be",
        about=(
            "Café inside the city museum: school groups in the morning, visitors all afternoon. "
            "Clara Desmet ran it for six years and was a loyal customer. Youssef took over the "
            "concession recently and is still choosing his suppliers."
        ),
        tags=("café", "museum", "wholesale", "new contact"),
        level="structural",
        account_value=Decimal("8000"),
        cadence_days=7,
    ),
    start=600,
    gap=(5, 12),
    words={
        "first": ("Clara",),
        "place": ("the museum café", "the courtyard terrace"),
        "blend": ("Belfry espresso", "Sidama filter"),
        "qty": ("8 kg", "10 kg"),
        "staff": ("Noor", "Bram"),
    },
    phases=(Phase(44, words={"first": ("Youssef",), "staff": ("his cousin Karim",)}),),
    beats=(
        Beat(
            600,
            K.MEETING,
            "Clara looking for a local roaster",
            "The museum asked Clara to buy local where she can. She came to us first.",
            mood=1,
        ),
        Beat(
            585,
            K.PURCHASE,
            "First order for the museum café",
            "10 kg Belfry espresso. Lena trains Noor and Bram next week.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="First order; testing us through their busy season",
        ),
        Beat(
            440,
            K.COMPLAINT,
            "Three days without a machine",
            "The espresso machine failed on a Friday and our technician came on Monday. Clara lost "
            "a school-holiday weekend of coffee sales.",
            mood=-2,
            move=S.CONFLICT,
            reason="Complaint: slow machine repair",
        ),
        Beat(
            435,
            K.FAVOUR_GIVEN,
            "A spare machine in the storeroom",
            "Installed a spare machine at the museum so a breakdown never costs a weekend again.",
            mood=1,
            move=S.COMPROMISE,
            reason="Standby machine on site, beyond our service contract",
        ),
        Beat(
            360,
            K.MEETING,
            "Exhibition drinks with Clara",
            "Clara asked us to create a drink for the next exhibition. She knows our team now.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Creating drinks together for their exhibitions",
        ),
        Beat(
            60,
            K.MESSAGE,
            "Clara is leaving the concession",
            "Clara wrote that she is handing the café over in a few weeks. Sad news for us.",
            mood=0,
        ),
        Beat(
            44,
            K.MEETING,
            "First meeting with Youssef",
            md(
                "Youssef takes over the concession. Clara introduced us and left us to it.",
                "",
                "- he wants to see every supplier's prices before deciding anything",
                "- keeps our coffee for now; **no promises** beyond the next few months",
                "- likes the spare machine arrangement, did not know about it",
            ),
            mood=0,
            move=S.ATTRACTION,
            reason="New concession holder: starting the relationship over",
            follow=10,
        ),
        Beat(
            2,
            K.CALL,
            "Youssef asks for a tasting for his team",
            "He would like Lena to show his new staff our coffees next week.",
            mood=1,
            follow=5,
        ),
    ),
)

KLIMOP = Character(
    key="klimop",
    draft=CustomerDraft(
        name="Ruben Vermeulen",
        organisation="Boulderhal Klimop",
        role="Co-founder",
        email="ruben@klimop-boulder.be",
        phone="+32 473 55 20 91",
        address="Hal 4, Rigakaai 20, 9000 Gent",
        website="https://klimop-boulder.be",
        about=(
            "Bouldering gym with a small café counter: climbers in the morning, families at "
            "the weekend. Ruben climbs with Wout on Thursdays."
        ),
        tags=("sport", "café"),
        level="personal",
        account_value=Decimal("2900"),
        cadence_days=30,
    ),
    start=400,
    gap=(12, 24),
    words={
        "place": ("the gym café", "Klimop"),
        "blend": ("Belfry espresso", "Harbour decaf"),
        "qty": ("3 kg", "4 kg", "5 kg"),
        "staff": ("Ines", "the weekend crew"),
    },
    check_ins=(
        CheckInBeat(
            60,
            trust=4,
            their_word=5,
            value=3,
            help=5,
            needs=3,
            liking=5,
        ),
    ),
    beats=(
        Beat(
            400,
            K.VISIT,
            "Wout brought Ruben to the roastery",
            "Ruben's gym café serves instant coffee, and he is embarrassed about it.",
            mood=1,
        ),
        Beat(
            385,
            K.PURCHASE,
            "A small first order for Klimop",
            "3 kg Belfry and a second-hand grinder we found for him.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Trying us out at the gym counter",
        ),
        Beat(
            300,
            K.MEETING,
            "Oat milk and decaf for the families",
            "The weekend crowd is parents with kids. Chose a decaf and an oat milk that foams.",
            mood=1,
        ),
        Beat(
            250,
            K.PRAISE,
            "Climbers come for the coffee now",
            "Ruben says morning climbers stay an extra half hour at the counter.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Mutual help and real friendship, no conflict needed",
        ),
        Beat(
            120,
            K.FAVOUR_RECEIVED,
            "Climbing passes for our team",
            "Ruben gave all six of us a year's pass. Lena is hooked.",
            mood=2,
        ),
        Beat(
            45,
            K.FAVOUR_GIVEN,
            "A cold brew keg for the competition",
            "Lent a keg of cold brew and two taps for their bouldering competition.",
            mood=2,
        ),
        Beat(
            7,
            K.CALL,
            "Ruben wants a second counter",
            "They are opening a mezzanine café. He wants a proposal for a second grinder.",
            mood=2,
            follow=8,
        ),
    ),
)
