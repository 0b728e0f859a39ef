"""Two cafés: the loyal neighbourhood café, and the friend's brasserie that is slipping away."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, md
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

LINDEBOOM = Character(
    key="lindeboom",
    draft=CustomerDraft(
        name="Marieke Janssens",
        organisation="Café Lindeboom",
        role="Owner",
        email="marieke@cafelindeboom.be",
        phone="+32 9 224 18 37",
        address="Sint-Jacobsnieuwstraat 41, 9000 Gent",
        website="https://cafelindeboom.be",
        about=(
            "Neighbourhood café with twenty seats and one long table. Marieke runs it with her "
            "brother Jens: students at breakfast, locals all day. The first café to put our "
            "name on its menu board, and the one whose staff we would trust with any of ours."
        ),
        tags=("café", "wholesale", "city centre"),
        level="power",
        account_value=Decimal("9600"),
        cadence_days=14,
    ),
    start=690,
    gap=(5, 12),
    words={
        "place": ("the café", "Lindeboom"),
        "blend": ("Belfry espresso", "Belfry espresso and Harbour decaf"),
        "qty": ("8 kg", "10 kg", "12 kg"),
        "staff": ("Jens", "Aïcha"),
    },
    check_ins=(
        CheckInBeat(
            35,
            trust=4,
            their_word=4,
            value=4,
            help=4,
            needs=4,
            liking=5,
            note="Marieke plans the season with us. Still the customer I learn most from.",
        ),
    ),
    beats=(
        Beat(
            690,
            K.MEETING,
            "First visit to Café Lindeboom",
            md(
                "Marieke is tired of her supplier's very dark roast: regulars add sugar to",
                "everything. She wants a coffee people can drink black. Left three samples.",
                "",
                "- twenty seats, one two-group machine, about 9 kg a week",
                "- Jens does the mornings; Marieke the books and the afternoons",
            ),
            mood=1,
            follow=7,
        ),
        Beat(
            662,
            K.PURCHASE,
            "Trial order: 5 kg Belfry espresso and 1 kg decaf",
            "Four-week trial agreed. Lena will train Jens on the first Monday.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Trial order after the tasting",
        ),
        Beat(
            600,
            K.PRAISE,
            "Regulars noticed the change",
            "Marieke counted: sugar use down by half in a month. She was delighted.",
            mood=2,
        ),
        Beat(
            520,
            K.COMPLAINT,
            "Shots running fast and sour",
            md(
                "Marieke called, upset: the espresso turned sour overnight. Cause found: the new",
                "Brazil lot went into the blend and nobody told them to adjust the grinder.",
                "",
                "**What she minded most:** that we changed the coffee without a word.",
            ),
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint: sour espresso after an unannounced blend change",
        ),
        Beat(
            512,
            K.MEETING,
            "Recalibration morning, and a promise",
            md(
                "Samir and I spent the morning at the café. Agreed, beyond our usual terms:",
                "",
                "- every blend change announced **two weeks ahead**, with a tasting bag",
                "- Samir calibrates on site the morning a new lot arrives",
            ),
            mood=1,
            move=S.COMPROMISE,
            reason="Blend changes announced two weeks ahead and calibrated on site",
        ),
        Beat(
            470,
            K.COMMITMENT_KEPT,
            "Blend change announced two weeks ahead",
            "Tasting bag delivered on the day we promised; Jens dialled it in before the switch.",
            mood=2,
        ),
        Beat(
            400,
            K.VISIT,
            "Marieke's idea: a Lindeboom house roast",
            md(
                "Marieke wants a roast of her own for the café's tenth birthday. Spent an hour",
                "at the cupping table with her and Wout. She chose the sweeter profile.",
            ),
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Designing their own house roast together",
        ),
        Beat(
            300,
            K.FAVOUR_RECEIVED,
            "Marieke hosted our cupping evening",
            "Lent us the café on a Monday night for thirty guests, and stayed to help clean up.",
            mood=2,
        ),
        Beat(
            230,
            K.NOTE,
            "Marieke's father is in hospital",
            "She would rather keep it quiet at the counter. Sent a card from all of us.",
            private=True,
        ),
        Beat(
            150,
            K.COMPLAINT,
            "Delivery left out in the rain",
            md(
                "The relief driver left 12 kg at the back door in a downpour. Two bags soaked.",
                "Marieke was right to be cross: she had told us about that door twice.",
            ),
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint: soaked delivery at the back door",
        ),
        Beat(
            146,
            K.FAVOUR_GIVEN,
            "Replaced the bags and moved the drop-off inside",
            "Replaced both bags free. Marieke gave us a key-box code: drops go inside from now on.",
            mood=1,
            move=S.COMPROMISE,
            reason="Free replacement and a new drop-off inside the café",
        ),
        Beat(
            118,
            K.MEETING,
            "Back on track, planning the next season",
            "Marieke said the rain business is forgotten. Planned the next menu together.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Trust restored; planning the season together again",
        ),
        Beat(
            3,
            K.CALL,
            "Cold brew for the terrace",
            md(
                "Marieke wants cold brew on the terrace in the warm months. She wants a tasting",
                "with Jens first; I said I would bring two versions.",
            ),
            mood=2,
            follow=4,
        ),
    ),
)

HET_PAND = Character(
    key="het_pand",
    draft=CustomerDraft(
        name="Jonas De Smet",
        organisation="Brasserie Het Pand",
        role="Owner and chef",
        email="jonas@hetpand-brasserie.be",
        phone="+32 9 233 70 12",
        address="Onderbergen 7, 9000 Gent",
        website="https://hetpand-brasserie.be",
        about=(
            "Busy brasserie of seventy covers; an espresso after nearly every lunch. Jonas and I "
            "went to school together and cycle on Sunday mornings. He was our second big account."
        ),
        tags=("restaurant", "wholesale", "friend"),
        level="personal",
        account_value=Decimal("14000"),
        cadence_days=21,
    ),
    start=640,
    gap=(6, 15),
    words={
        "place": ("Het Pand", "the brasserie"),
        "blend": ("Belfry espresso", "Cerrado espresso"),
        "qty": ("15 kg", "18 kg", "20 kg"),
        "staff": ("Femke", "the sous-chef"),
    },
    phases=(Phase(120, pool="warm"),),
    check_ins=(
        CheckInBeat(
            30,
            trust=3,
            their_word=4,
            value=2,
            help=5,
            needs=1,
            liking=5,
            note="Dinner with Jonas again, lovely evening. I realise we never talk about the "
            "brasserie any more, and I do not know what he pays the other roaster.",
        ),
    ),
    beats=(
        Beat(
            640,
            K.VISIT,
            "Jonas is opening a brasserie",
            "Jonas showed me the building on Onderbergen: kitchen half built, bar still bare.",
            mood=2,
        ),
        Beat(
            625,
            K.MEETING,
            "Coffee for seventy covers",
            md(
                "What Jonas needs from us for the opening:",
                "",
                "- fast, forgiving espresso for a crowded lunch service",
                "- a decaf that does not taste like an apology",
                "- someone to train Femke's bar team before day one",
            ),
            mood=1,
            move=S.COMPATIBILITY,
            reason="Needs and volumes agreed for the opening",
        ),
        Beat(
            614,
            K.PURCHASE,
            "Opening order for Het Pand",
            "20 kg Belfry espresso and 3 kg Harbour decaf, delivered the day before opening.",
            mood=2,
        ),
        Beat(
            470,
            K.COMPLAINT,
            "Bitter shots during Sunday lunch",
            "Jonas: at the peak of service the shots go bitter and guests leave them. Fair point.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint about consistency during the lunch rush",
        ),
        Beat(
            462,
            K.COMMITMENT_MADE,
            "Monthly grinder check for Het Pand",
            "Offered a monthly grinder check and a second training for Femke's team, at no cost.",
            mood=1,
            move=S.COMPROMISE,
            reason="Monthly grinder check, beyond our standard service",
        ),
        Beat(
            400,
            K.MEETING,
            "Dessert coffees with Jonas",
            "Designed three dessert coffees with Jonas for the new menu. Great afternoon.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Working on their dessert menu together",
        ),
        Beat(
            250,
            K.COMMITMENT_KEPT,
            "Seven months of grinder checks, none missed",
            "Seven monthly checks, each on the agreed day.",
            mood=1,
        ),
        Beat(
            180,
            K.MEETING,
            "Volumes down, says it is the season",
            md(
                "Orders dropped from 20 kg to 12 kg a fortnight. Jonas waved it away:",
                "quiet season, fewer lunches. We spent most of the hour on his holiday plans.",
            ),
            mood=0,
        ),
        Beat(
            118,
            K.PURCHASE,
            "Order: 10 kg Belfry espresso",
            "Smaller again. No decaf this time.",
            mood=0,
        ),
        Beat(
            60,
            K.VISIT,
            "Sunday ride and breakfast at Het Pand",
            "Eighty kilometres, then eggs at the brasserie. Jonas in great form.",
            mood=2,
        ),
        Beat(
            21,
            K.NOTE,
            "A Roastworks van behind Het Pand",
            "Saw a Roastworks delivery van in the lane behind the brasserie. Probably nothing.",
            private=True,
        ),
        Beat(
            5,
            K.MESSAGE,
            "See you Sunday",
            "Jonas: 'Ride on Sunday? I'll bring the croissants.'",
            mood=2,
        ),
    ),
)
