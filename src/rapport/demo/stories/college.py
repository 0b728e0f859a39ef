"""A college canteen: a good contract now stuck in an unresolved conflict."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, md
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

LEIEDAL = Character(
    key="leiedal",
    draft=CustomerDraft(
        name="Hilde Claes",
        organisation="Hogeschool Leiedal — campus restaurant",
        role="Catering manager",
        email="hilde.claes@hogeschool-leiedal.be",
        phone="+32 9 243 87 00",
        address="Campus Ledeberg, Hundelgemsesteenweg 180, 9050 Gent",
        website="https://hogeschool-leiedal.be",
        about=(
            "Campus restaurant and two coffee points for 3,000 students and staff. Payment runs "
            "through the college's finance office, on its own calendar."
        ),
        tags=("education", "canteen", "contract"),
        level="professional",
        account_value=Decimal("22000"),
        cadence_days=14,
    ),
    start=500,
    gap=(6, 12),
    words={
        "place": ("the campus restaurant", "the library coffee point"),
        "blend": ("Belfry espresso", "the certified Huila"),
        "qty": ("30 kg", "35 kg"),
        "staff": ("the kitchen supervisor", "Yannick"),
    },
    check_ins=(
        CheckInBeat(
            200,
            trust=5,
            their_word=4,
            value=4,
            help=4,
            needs=5,
            liking=5,
            note="Planning each term with Hilde. The account runs itself.",
        ),
        CheckInBeat(
            40,
            trust=2,
            their_word=3,
            value=2,
            help=3,
            needs=2,
            liking=3,
            note="Finance runs the account now and Hilde keeps her distance. Trust is what we "
            "must rebuild, before any price talk.",
        ),
    ),
    beats=(
        Beat(
            500,
            K.MEETING,
            "Campus coffee points: first conversation",
            "Hilde wants to replace vending-machine coffee at the library. Students complain.",
            mood=1,
        ),
        Beat(
            470,
            K.PURCHASE,
            "Pilot at the library coffee point",
            "30 kg for a two-month pilot at the library.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Pilot at one coffee point",
        ),
        Beat(
            380,
            K.PRAISE,
            "Student survey: coffee up from 5.8 to 7.9",
            "Hilde forwarded the survey. Best score the coffee point ever had.",
            mood=2,
        ),
        Beat(
            330,
            K.MEETING,
            "A certified coffee for college policy",
            md(
                "College policy requires a certified coffee. Our blend is not. Agreed:",
                "",
                "- switch their blend to the certified Huila lot",
                "- we carry the higher green price for the first year",
            ),
            mood=1,
            move=S.COMPROMISE,
            reason="Blend changed to a certified lot to meet college policy",
        ),
        Beat(
            230,
            K.COMMITMENT_KEPT,
            "The certified blend at our cost, as promised",
            md(
                "Kept our word on the certified Huila all term. Hilde now invites us to",
                "plan the coffee points with her before each term starts.",
            ),
            mood=2,
            move=S.DEEPER_UNDERSTANDING,
            reason="Planning the coffee points together each term",
        ),
        Beat(
            86,
            K.COMPLAINT,
            "Two coffee points down in exam week",
            md(
                "Both machines in the main building failed during exams. Queues, angry students,",
                "a post on the student forum. Hilde blames our service; **finance withholds**",
                "**the quarter's invoice** until it is sorted.",
            ),
            mood=-2,
            move=S.CONFLICT,
            reason="Complaint: outages in exam week; invoice withheld",
        ),
        Beat(
            80,
            K.MEETING,
            "Finance office and Hilde, together",
            "Cold meeting. They want a penalty clause; we want the invoice paid. No agreement.",
            mood=-1,
            follow=14,
        ),
        Beat(
            60,
            K.COMMITMENT_MADE,
            "Sent a written service plan",
            "Two spare machines, a weekly check in exam periods, a named technician. No reply yet.",
            mood=0,
            follow=45,
            done=False,
        ),
        Beat(
            30,
            K.CALL,
            "Hilde has not read the plan",
            "Hilde has not opened the plan; finance is 'reviewing all suppliers'. Tense.",
            mood=-1,
        ),
        Beat(
            9,
            K.MESSAGE,
            "Another outage report",
            "Hilde forwarded a student's complaint about the library machine. No other words.",
            mood=-1,
        ),
    ),
)
