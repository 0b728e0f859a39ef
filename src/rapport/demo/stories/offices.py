"""Workplaces: an architects' office, a software company and a co-working space."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, md
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

NORDLICHT = Character(
    key="nordlicht",
    draft=CustomerDraft(
        name="Sofie Wouters",
        organisation="Nordlicht Architecten",
        role="Office manager",
        email="sofie.wouters@nordlicht-arch.be",
        phone="+32 9 236 47 75",
        address="Kortrijksesteenweg 310, 9000 Gent",
        website="https://nordlicht-arch.be",
        about=(
            "Architecture office of forty people. Beans on a monthly subscription, delivered the "
            "first Monday of the month; we service their two bean-to-cup machines."
        ),
        tags=("office", "subscription"),
        level="structural",
        account_value=Decimal("6200"),
        cadence_days=30,
    ),
    start=610,
    gap=(12, 26),
    words={
        "place": ("their office kitchen", "the studio"),
        "blend": ("Belfry espresso", "Huila filter"),
        "qty": ("10 kg", "12 kg"),
        "staff": ("the new interns", "Dirk from IT"),
    },
    beats=(
        Beat(
            610,
            K.MESSAGE,
            "Enquiry from Nordlicht Architecten",
            "Sofie wrote through the website: forty people, two machines, coffee nobody likes.",
            mood=1,
        ),
        Beat(
            585,
            K.VISIT,
            "Tasting in Nordlicht's kitchen",
            "Twelve architects, three coffees, one vote. The Belfry won by a mile.",
            mood=2,
            move=S.COMPATIBILITY,
            reason="Office tasting; trying a first monthly box",
        ),
        Beat(
            540,
            K.PURCHASE,
            "Monthly subscription starts",
            "12 kg a month, first Monday, invoiced quarterly.",
            mood=1,
        ),
        Beat(
            430,
            K.COMMITMENT_KEPT,
            "Every descaling visit on the agreed day",
            "Clean machines, on the dates we promised. Sofie now plans her office around us.",
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Part of their office routine",
        ),
        Beat(
            260,
            K.COMPLAINT,
            "Wrong beans in the monthly box",
            "The box held decaf instead of espresso. Forty people noticed by ten o'clock.",
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint: wrong beans delivered",
        ),
        Beat(
            255,
            K.FAVOUR_GIVEN,
            "Right beans the same day, and a month free",
            "I drove the right beans over myself by noon. Waived February as an apology.",
            mood=1,
            move=S.COMPROMISE,
            reason="Same-day replacement and a free month",
        ),
        Beat(
            200,
            K.MEETING,
            "Welcome coffee for new staff",
            md(
                "Sofie's idea: every new hire gets a bag of our coffee and a note on day one.",
                "We will pack them with the monthly box. Lovely touch, and her idea.",
            ),
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Welcome packs for their new hires, designed together",
        ),
        Beat(
            15,
            K.MEETING,
            "Next year's subscription",
            "Sofie wants to add the filter coffee for the studio floor. Quote to send.",
            mood=1,
            follow=20,
        ),
    ),
)

BYTEFIELD = Character(
    key="bytefield",
    draft=CustomerDraft(
        name="Lukas Becker",
        organisation="Bytefield",
        role="People & workplace lead",
        email="lukas@bytefield.io",
        phone="+32 9 298 11 40",
        address="Ottergemsesteenweg-Zuid 808, 9000 Gent",
        website="https://bytefield.io",
        about=(
            "Software company of sixty-five people on a new floor by the station. Lukas buys "
            "for the office kitchen and runs their Friday demos with coffee."
        ),
        tags=("office", "tech"),
        level="professional",
        account_value=Decimal("4800"),
        cadence_days=45,
    ),
    start=450,
    gap=(15, 35),
    words={
        "place": ("the kitchen on the fourth floor", "their Friday demo"),
        "blend": ("Belfry espresso", "Sidama filter"),
        "qty": ("8 kg", "10 kg"),
        "staff": ("the office team", "Mira"),
    },
    check_ins=(
        CheckInBeat(
            25,
            trust=4,
            their_word=4,
            value=4,
            help=4,
            needs=3,
            liking=4,
            note="Since the leak we talk every month. Lukas sends us people; we help his team.",
        ),
    ),
    beats=(
        Beat(
            450,
            K.MEETING,
            "Better coffee for Bytefield's new floor",
            "Lukas: the team votes with their feet and walks to the café downstairs.",
            mood=1,
        ),
        Beat(
            430,
            K.PURCHASE,
            "Trial order for Bytefield",
            "8 kg Belfry espresso and a rented machine for three months.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Three-month trial with a rented machine",
        ),
        Beat(
            300,
            K.COMPLAINT,
            "Machine leaked over the weekend",
            "The rented machine leaked onto the new floor over a weekend. Lukas was furious.",
            mood=-2,
            move=S.CONFLICT,
            reason="Complaint: water damage from our machine",
        ),
        Beat(
            290,
            K.MEETING,
            "Service contract at cost, floor repair paid",
            md(
                "Agreed with Lukas:",
                "",
                "- we pay the floor repair",
                "- a new machine with a leak sensor",
                "- service contract **at cost** for the first year",
            ),
            mood=0,
            move=S.COMPROMISE,
            reason="Repair paid and service at cost for a year",
        ),
        Beat(
            140,
            K.FAVOUR_RECEIVED,
            "Lukas introduced us to the building's other tenants",
            "He put us in touch with two other companies in the building. One ordered already.",
            mood=2,
        ),
        Beat(
            105,
            K.FAVOUR_GIVEN,
            "Our spare machine for their hackathon",
            "Bytefield's kitchen machine broke the day before their hackathon. Lent ours, "
            "with Samir to set it up at seven.",
            mood=2,
        ),
        Beat(
            63,
            K.FAVOUR_GIVEN,
            "A decaf for the night shift, unasked",
            "Lukas mentioned the support team works nights. Sent a bag of Harbour decaf to "
            "try, no charge.",
            mood=1,
        ),
        Beat(
            33,
            K.COMMITMENT_MADE,
            "Latte art workshop for their team day",
            "Lena will run a workshop at Bytefield's team day. Date to confirm with Lukas.",
            mood=1,
            follow=35,
        ),
    ),
)

GROUNDWORK = Character(
    key="groundwork",
    draft=CustomerDraft(
        name="Priya Raman",
        organisation="Groundwork Coworking",
        role="Community manager",
        email="priya@groundwork.coop",
        phone="+32 9 277 03 56",
        address="Dok Noord 4, 9000 Gent",
        website="https://groundwork.coop",
        about=(
            "Co-working space of about 150 members. Interested for more than a year; the "
            "decision sits with a members' board that meets when it meets."
        ),
        tags=("co-working", "prospect", "stalled"),
        level="professional",
        account_value=Decimal("2400"),
        cadence_days=30,
    ),
    start=420,
    gap=(14, 26),
    words={
        "place": ("the members' kitchen", "their event hall"),
        "blend": ("Sidama filter", "Belfry espresso"),
        "qty": ("2 kg", "3 kg"),
        "staff": ("the front desk",),
    },
    phases=(Phase(330, pool="stalled"),),
    beats=(
        Beat(
            420,
            K.VISIT,
            "Pop-up tasting for Groundwork members",
            "Poured sixty cups at their members' evening. Priya asked for a proposal.",
            mood=2,
        ),
        Beat(
            395,
            K.MEETING,
            "Proposal: a members' coffee bar",
            "A monthly supply and a self-serve grinder. Priya loves it; her board decides.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Proposal on the table; a trial month at the members' bar",
            follow=14,
        ),
        Beat(
            330,
            K.MESSAGE,
            "Board postponed the decision",
            "Priya: the board ran out of time. Next meeting in two months.",
            mood=0,
        ),
        Beat(
            200,
            K.CALL,
            "Not before the next budget round, says Priya",
            "Budget round moved again. Priya still keen; nothing to do until it comes round.",
            mood=0,
        ),
        Beat(
            90,
            K.NOTE,
            "Groundwork has stalled for half a year",
            md(
                "Options, honestly:",
                "",
                "1. ask Priya what is really blocking it",
                "2. offer a smaller start that needs no board",
                "3. stop chasing and stay friendly",
            ),
            private=True,
        ),
        Beat(
            20,
            K.MEETING,
            "What would make it easy to say yes?",
            "Asked Priya directly. She thinks a three-month pilot under her own budget could work.",
            mood=1,
            follow=25,
        ),
    ),
)
