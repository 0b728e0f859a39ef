"""Shops and stands: a farm shop gone quiet, a demanding deli, a coffee truck that closed."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, md
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

TER_WALLE = Character(
    key="ter_walle",
    draft=CustomerDraft(
        name="Els Van Damme",
        organisation="Hoeve Ter Walle",
        role="Farmer and shopkeeper",
        email="els@hoeveterwalle.be",
        phone="+32 9 355 62 14",
        address="Walledreef 12, 9880 Aalter",
        website="https://hoeveterwalle.be",
        about=(
            "Farm shop with an honesty fridge and a Saturday market. Sells our 250 g bags next "
            "to their own cheese. Els would rather talk on the phone than write an e-mail."
        ),
        tags=("farm shop", "retail bags", "countryside"),
        level="personal",
        account_value=Decimal("3200"),
        cadence_days=21,
    ),
    start=540,
    end=82,
    gap=(9, 18),
    words={
        "place": ("the farm shop", "the Saturday market"),
        "blend": ("Belfry espresso", "the Ter Walle filter"),
        "qty": ("40 bags", "60 bags"),
        "staff": ("her son Arne", "the Saturday helpers"),
    },
    check_ins=(
        CheckInBeat(
            150,
            trust=5,
            their_word=5,
            value=4,
            help=5,
            needs=3,
            liking=5,
            note="Els is almost family by now. We talk about the farm more than about the shop.",
        ),
    ),
    beats=(
        Beat(
            540,
            K.VISIT,
            "Saturday market at Hoeve Ter Walle",
            "Bought cheese, stayed for an hour. Els wants a local coffee for the shop shelf.",
            mood=2,
        ),
        Beat(
            520,
            K.PURCHASE,
            "First 40 bags for the farm shop",
            "40 bags of 250 g, half espresso, half filter. Sale price €8.50.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="First shelf order",
        ),
        Beat(
            430,
            K.COMMITMENT_MADE,
            "A Ter Walle label on our bags",
            "Els asked for a farm label. We print a small run for her, below our usual minimum.",
            mood=1,
            move=S.COMPROMISE,
            reason="Co-branded label in a run below our minimum",
        ),
        Beat(
            380,
            K.PRAISE,
            "Bags sold out in one weekend",
            "The labelled bags sold out at the harvest market. Els phoned, laughing.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="They see us as their coffee people",
        ),
        Beat(
            240,
            K.FAVOUR_RECEIVED,
            "Els sent us home with a cheese",
            "A whole young cheese for the roastery team, 'for the long roasting days'.",
            mood=2,
        ),
        Beat(
            82,
            K.CALL,
            "Busy on the farm, will call back",
            "Her husband hurt his back; Els runs the farm alone for now. She will call to order.",
            mood=0,
            follow=14,
            done=False,
        ),
        Beat(
            18,
            K.NOTE,
            "Weeks without a word from Els",
            "No call, no order since she said she would ring. Not like her. I must call her.",
            private=True,
        ),
    ),
)

PEETERS = Character(
    key="peeters",
    draft=CustomerDraft(
        name="Bart Peeters",
        organisation="Fijnkost Peeters",
        role="Owner",
        email="bart@fijnkostpeeters.be",
        phone="+32 9 223 15 48",
        address="Hoogpoort 29, 9000 Gent",
        website="https://fijnkostpeeters.be",
        about=(
            "Delicatessen that resells our 250 g bags and pours a few kilos a month at its "
            "counter. Bart reads every label and asks where each lot comes from."
        ),
        tags=("deli", "retail bags"),
        level="structural",
        account_value=Decimal("3600"),
        cadence_days=30,
    ),
    start=480,
    gap=(12, 26),
    words={
        "place": ("the deli", "the shop counter"),
        "blend": ("Sidama filter", "Huila filter", "Belfry espresso"),
        "qty": ("30 bags", "4 kg"),
        "staff": ("Saskia", "the Saturday staff"),
    },
    check_ins=(
        CheckInBeat(
            80,
            trust=4,
            their_word=4,
            value=5,
            help=3,
            needs=4,
            liking=4,
            note="Bart values the stories behind each lot more than the price.",
        ),
    ),
    beats=(
        Beat(
            480,
            K.MESSAGE,
            "Bart asks where our coffee comes from",
            "Long e-mail with questions on farms, prices paid and roast dates. Answered them all.",
            mood=1,
        ),
        Beat(
            460,
            K.MEETING,
            "Shelf and price plan for Fijnkost Peeters",
            md(
                "Agreed what goes on Bart's shelf:",
                "",
                "| bag | wholesale | in the shop |",
                "|---|---|---|",
                "| Sidama filter 250 g | €6.40 | €10.50 |",
                "| Belfry espresso 250 g | €5.90 | €9.50 |",
            ),
            mood=1,
            move=S.COMPATIBILITY,
            reason="First shelf plan agreed",
        ),
        Beat(
            370,
            K.COMPLAINT,
            "Bags too close to their best-before date",
            "Bart found bags with six weeks left on the shelf. Our runs were too big for his pace.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint about stale stock",
        ),
        Beat(
            364,
            K.COMMITMENT_MADE,
            "Smaller runs and roast dates on the front",
            md(
                "Changed for Bart, beyond our usual terms:",
                "",
                "- runs of 30 bags instead of 60",
                "- the roast date printed on the front",
                "- one month sale-or-return while he finds his pace",
            ),
            mood=1,
            move=S.COMPROMISE,
            reason="Smaller runs and sale-or-return for a month",
        ),
        Beat(
            250,
            K.COMMITMENT_KEPT,
            "Four months of fresh rotations",
            "Every bag on Bart's shelf is now under five weeks old. He checks; we pass.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Trusted to manage his coffee shelf",
        ),
        Beat(
            110,
            K.FAVOUR_RECEIVED,
            "Bart featured our Sidama in his newsletter",
            "A whole paragraph on the farm and on Wout's roast. Three new customers came from it.",
            mood=2,
        ),
        Beat(
            40,
            K.PURCHASE,
            "Gift boxes for the holidays: 60 sets",
            "Sixty gift boxes with two bags and a cup each. Delivery in two batches.",
            mood=2,
        ),
    ),
)

KOFFIEKAR = Character(
    key="koffiekar",
    draft=CustomerDraft(
        name="Nina Willems",
        organisation="De Koffiekar",
        role="Owner (coffee truck)",
        email="nina@dekoffiekar.be",
        phone="+32 485 70 12 66",
        address="Mobile — based at Drongensesteenweg 51, 9031 Drongen",
        website="https://dekoffiekar.be",
        about=(
            "Coffee truck at markets and festivals. Nina sold the truck and moved to Lisbon; "
            "archived with thanks. Small account, big heart."
        ),
        tags=("coffee truck", "events", "closed"),
        level="personal",
        account_value=Decimal("650"),
        cadence_days=60,
    ),
    status=Status.ARCHIVED,
    start=620,
    end=145,
    gap=(20, 40),
    words={
        "place": ("the truck", "the Sunday market"),
        "blend": ("Belfry espresso",),
        "qty": ("3 kg", "4 kg"),
        "staff": ("her sister Eva",),
    },
    beats=(
        Beat(
            620,
            K.VISIT,
            "Met Nina at the Sunday market",
            "A one-woman coffee truck with a lovely old lever machine. She is curious about us.",
            mood=1,
        ),
        Beat(
            600,
            K.PURCHASE,
            "First bags for the truck",
            "3 kg Belfry espresso, ground fresh at the roastery because the truck has no room.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="First order for the truck",
        ),
        Beat(
            500,
            K.FAVOUR_RECEIVED,
            "Nina lent us her generator",
            "Our stand at the town fair lost power; Nina rolled her spare generator over.",
            mood=2,
        ),
        Beat(
            470,
            K.VISIT,
            "Festival season plans with Nina",
            "Planned her festival stock together over a beer. She trusts our judgement.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Planning her season together",
        ),
        Beat(
            330,
            K.COMPLAINT,
            "Wrong burrs for the lever grinder",
            "We sent the wrong replacement burrs and she lost a market day. Her first complaint.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint: wrong spare part",
        ),
        Beat(
            325,
            K.FAVOUR_GIVEN,
            "Drove out with the right burrs",
            "Samir drove to her Sunday pitch with the right burrs and fitted them on the spot.",
            mood=1,
            move=S.COMPROMISE,
            reason="Fitted the right part on site, at our cost",
        ),
        Beat(
            290,
            K.MESSAGE,
            "All forgiven, says Nina",
            "Nina: 'You came on a Sunday. That counts.' Back to planning the festivals.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Past the hiccup; planning together again",
        ),
        Beat(
            140,
            K.MESSAGE,
            "Nina is selling the truck",
            "She is moving to Lisbon with her partner. Asked if we know a buyer for the truck.",
            mood=1,
        ),
        Beat(
            132,
            K.VISIT,
            "Farewell coffee with Nina",
            "Last coffee from the truck. Gave her a bag of the Sidama for the road.",
            mood=2,
        ),
    ),
)
