"""An event caterer who takes favours and gives none back: a one-way street."""

from __future__ import annotations

from decimal import Decimal

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, md
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind as K
from rapport.domain.stages import Stage as S

SAFFRAAN = Character(
    key="saffraan",
    draft=CustomerDraft(
        name="Kevin Mertens",
        organisation="Saffraan Catering",
        role="Owner",
        email="kevin@saffraancatering.be",
        phone="+32 476 31 88 20",
        address="Industrieweg 94, 9032 Wondelgem",
        website="https://saffraancatering.be",
        about=(
            "Event caterer: weddings and company parties of up to 400 guests. Orders come in "
            "bursts and are always urgent. Pays late."
        ),
        tags=("catering", "events"),
        level="professional",
        account_value=Decimal("7500"),
        cadence_days=30,
    ),
    start=520,
    gap=(10, 22),
    words={
        "place": ("the wedding venue", "their kitchen in Wondelgem"),
        "blend": ("Belfry espresso", "Huila filter"),
        "qty": ("10 kg", "15 kg", "20 kg"),
        "staff": ("the event crew",),
    },
    phases=(Phase(520, pool="one_way"),),
    exclude=frozenset({K.FAVOUR_RECEIVED}),
    check_ins=(
        CheckInBeat(
            45,
            trust=5,
            their_word=2,
            value=2,
            help=1,
            needs=3,
            liking=3,
            note="We deliver early, lend kit, extend terms. Kevin pays late and forgets what he "
            "promised. I cannot think of one thing he has done for us.",
        ),
    ),
    beats=(
        Beat(
            520,
            K.CALL,
            "Kevin needs coffee for 300 by Saturday",
            "A stranger on the phone: let down by his supplier, 300 guests Saturday. We said yes.",
            mood=1,
        ),
        Beat(
            480,
            K.MEETING,
            "A standing arrangement for Saffraan's events",
            "Kevin wants us for every event. Agreed prices per litre and a 48-hour order rule.",
            mood=1,
            move=S.COMPATIBILITY,
            reason="Agreed to supply all their events",
        ),
        Beat(
            360,
            K.COMPLAINT,
            "Kevin: the coffee went to the wrong venue",
            md(
                "Samir delivered to the address on Kevin's own order form; the event had moved.",
                "Kevin blamed us in front of his client. Re-delivered by taxi, at our cost.",
            ),
            mood=-1,
            move=S.CONFLICT,
            reason="Complaint about a delivery to the wrong venue",
        ),
        Beat(
            355,
            K.COMMITMENT_MADE,
            "Thirty-day terms and a standby urn",
            "To calm things: thirty-day payment terms and an urn kept ready for his emergencies.",
            mood=0,
            move=S.COMPROMISE,
            reason="Longer payment terms and a standby urn, beyond our standard policy",
        ),
        Beat(
            300,
            K.COMMITMENT_BROKEN,
            "Kevin cancelled the client tasting he promised",
            "He was going to present our coffee to his wedding clients. Cancelled the day before.",
            mood=-1,
        ),
        Beat(
            190,
            K.COMMITMENT_BROKEN,
            "Invoice sixty days late",
            "Thirty-day terms, paid after sixty, after three reminders.",
            mood=-1,
            follow=7,
        ),
        Beat(
            90,
            K.NOTE,
            "Keeping score with Saffraan, honestly",
            md(
                "| this past year | us | them |",
                "|---|---|---|",
                "| favours done | 7 | 0 |",
                "| promises kept | all | few |",
                "| invoices on time | n/a | 1 of 9 |",
                "",
                "Not a partnership. Decide before the wedding season whether to go on.",
            ),
            private=True,
        ),
        Beat(
            9,
            K.COMMITMENT_BROKEN,
            "Payment missed again",
            "Kevin swore the overdue invoice would be paid on Monday. It was not.",
            mood=-1,
            follow=7,
            done=False,
        ),
    ),
)
