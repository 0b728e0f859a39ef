"""Two trade accounts: the big hotel run by procurement, and the restaurant group we lost."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, md
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

LEIEZICHT = Character(
    key="leiezicht",
    draft=CustomerDraft(
        name="Tom Verhaegen",
        organisation="Hotel Leiezicht",
        role="Food & beverage manager",
        email="t.verhaegen@hotelleiezicht.be",
        phone="+32 9 265 90 00",
        address="Graslei 22, 9000 Gent",
        website="https://hotelleiezicht.be",
        about=(
            "Four-star hotel, 112 rooms, breakfast for up to 200 and a lobby bar. By far our "
            "biggest account. The contract runs through group procurement in Brussels; I have "
            "met Tom four times and the general manager once, at the signing."
        ),
        tags=("hotel", "contract", "key account"),
        level="professional",
        account_value=Decimal("48000"),
        cadence_days=21,
    ),
    start=470,
    gap=(9, 18),
    words={
        "place": ("the breakfast room", "the lobby bar"),
        "blend": ("Belfry espresso", "Huila filter", "Harbour decaf"),
        "qty": ("40 kg", "45 kg", "60 kg"),
        "staff": ("the night porter", "the breakfast supervisor"),
    },
    phases=(Phase(428, pool="procurement"),),
    check_ins=(
        CheckInBeat(
            60,
            trust=4,
            their_word=4,
            value=2,
            needs=2,
            liking=2,
            note="Reliable payer, but I only ever meet procurement. I do not know who decides "
            "the renewal, or whether anyone there would miss us.",
        ),
    ),
    beats=(
        Beat(
            470,
            K.MEETING,
            "Tender briefing at Hotel Leiezicht",
            md(
                "Group procurement invited three roasters. The brief is all numbers:",
                "",
                "- price per cup, delivered, machines included",
                "- four-hour response time for breakdowns",
                "- one-year contract, renewable",
            ),
            mood=0,
        ),
        Beat(
            430,
            K.MESSAGE,
            "We won the Leiezicht tender",
            "Procurement confirmed by e-mail: one-year contract, first quarter on trial.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Contract signed; trial quarter",
        ),
        Beat(
            330,
            K.COMPLAINT,
            "Breakfast machines down on a Sunday",
            md(
                "Both machines in the breakfast room failed at 7:10 on a full Sunday. Samir was",
                "there at 9:40. Tom's e-mail to us and procurement was short and cold.",
            ),
            mood=-2,
            move=S.CONFLICT,
            reason="Complaint: machine outage during breakfast",
        ),
        Beat(
            322,
            K.MEETING,
            "Service agreement drafted with procurement",
            md(
                "Agreed terms beyond our standard contract:",
                "",
                "| item | standard | Leiezicht |",
                "|---|---|---|",
                "| call-out time | next working day | 4 hours, 7 days |",
                "| spare machine | none | one on site |",
                "",
                "Tom attended for ten minutes.",
            ),
            mood=0,
            move=S.COMPROMISE,
            reason="Four-hour call-out and a spare machine, beyond our standard terms",
        ),
        Beat(
            200,
            K.MEETING,
            "Early renewal signed, on price alone",
            md(
                "Procurement renewed for a year after squeezing 4% off. Tom said nothing about",
                "guests or taste. Nobody asked what we could do for them next year.",
            ),
            mood=0,
        ),
        Beat(
            95,
            K.NOTE,
            "Biggest account, thinnest relationship",
            md(
                "Honest look at Leiezicht:",
                "",
                "- we have never had lunch with Tom",
                "- the general manager would not know my name",
                "- if procurement tenders again, we are one row in a spreadsheet",
                "",
                "**To do:** find a reason to talk with Tom about his guests, not his invoices.",
            ),
            private=True,
        ),
        Beat(
            12,
            K.CALL,
            "Tom asks for the revised price sheet",
            "Tom called for the new price sheet before the budget round. Promised it this week.",
            mood=0,
            follow=15,
        ),
    ),
)

MAISON_FUMEE = Character(
    key="maison_fumee",
    draft=CustomerDraft(
        name="Olivier Lambert",
        organisation="Groupe Maison Fumée",
        role="Purchasing director",
        email="olivier.lambert@maisonfumee.be",
        phone="+32 9 240 66 31",
        address="Vrijdagmarkt 15, 9000 Gent",
        website="https://maisonfumee.be",
        about=(
            "Three smokehouse restaurants in Ghent and Antwerp. Bought on price and left on "
            "price, for a roaster 18% cheaper. Kept in the journal to remember why."
        ),
        tags=("restaurant", "group", "lost"),
        level="professional",
        account_value=Decimal("18000"),
        cadence_days=30,
    ),
    status=Status.PARTED,
    start=720,
    end=175,
    gap=(10, 25),
    words={
        "place": ("the Vrijdagmarkt kitchen", "their Antwerp restaurant"),
        "blend": ("Belfry espresso", "Cerrado espresso"),
        "qty": ("25 kg", "30 kg"),
        "staff": ("the head chef", "the bar manager"),
    },
    beats=(
        Beat(
            720,
            K.MEETING,
            "Jonas introduced us to Maison Fumée",
            "Olivier buys for three restaurants and wants one coffee across all of them.",
            mood=1,
        ),
        Beat(
            690,
            K.PURCHASE,
            "Trial across three kitchens",
            "30 kg Belfry espresso split over the three restaurants.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Group-wide trial",
        ),
        Beat(
            560,
            K.COMMITMENT_MADE,
            "Price fixed until the new harvest",
            "Olivier asked for one price until the next crop. Agreed, in writing.",
            mood=1,
        ),
        Beat(
            420,
            K.COMPLAINT,
            "Olivier objects to the new price list",
            "With the new harvest our price is 8% higher. Olivier calls it unacceptable.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint about the harvest price increase",
        ),
        Beat(
            405,
            K.MEETING,
            "Six-month price freeze",
            "We absorb the increase for six more months. Olivier accepted without a thank-you.",
            mood=0,
            move=S.COMPROMISE,
            reason="Six-month price freeze; we carry the difference",
        ),
        Beat(
            250,
            K.COMPLAINT,
            "A competitor's quote on the table",
            "Olivier forwarded a quote 18% below ours and asked us to match it by Friday.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint: our price against a competitor's quote",
        ),
        Beat(
            236,
            K.MEETING,
            "Our last offer to Maison Fumée",
            md(
                "Showed Olivier what the price pays for:",
                "",
                "| | us | the other quote |",
                "|---|---|---|",
                "| roast date on delivery | under a week | not stated |",
                "| machine service | included | billed per visit |",
                "| training | included | none |",
                "",
                "Offered 6% off. He said he would think about it.",
            ),
            mood=-1,
        ),
        Beat(
            170,
            K.MESSAGE,
            "Maison Fumée moves to another roaster",
            "Olivier's e-mail, three lines: they switch next month. Thanked us for the work.",
            mood=-2,
        ),
        Beat(
            152,
            K.NOTE,
            "What losing Maison Fumée teaches us",
            md(
                "Written while it still stings:",
                "",
                "- we only ever spoke to the buyer, never to the chefs who liked our coffee",
                "- **price was the only thing we talked about**, so price decided",
                "- we screened them in because they were big, not because they fitted",
            ),
            private=True,
        ),
    ),
)
