"""Everyday entries for the first three stages, and the registry of every pool.

The owner writes in the first person. The roastery's own people turn up by name:
Wout roasts, Lena trains baristas, Samir drives the van and services machines.
"""

from __future__ import annotations

from rapport.demo.model import Template, md
from rapport.demo.pools_later import COMPROMISE, DEEPER
from rapport.demo.pools_special import ONE_WAY, PROCUREMENT, STALLED, WARM
from rapport.domain.kinds import EntryKind as K

PRICE_TABLE = md(
    "| Coffee | per kg | per kg from 10 kg |",
    "|---|---|---|",
    "| Belfry espresso | €24.50 | €22.00 |",
    "| Huila filter | €27.00 | €24.80 |",
    "| Harbour decaf | €26.00 | €23.50 |",
)

ATTRACTION = (
    Template(
        K.MESSAGE,
        "Sent {first} a sample box",
        md(
            "Posted a box to {org}: 250 g of {blend} and two single origins, each with a card",
            "of brew notes. Asked {first} to taste them next to what they pour now, ideally",
            "with the whole team, and to be blunt about it.",
        ),
        (1, None),
        follow=7,
        once=True,
    ),
    Template(
        K.VISIT,
        "Tasting at {place}",
        md(
            "Brought the travel grinder and three coffees. What landed:",
            "",
            "- **{blend}** was the favourite, black and with milk",
            "- the washed Ethiopian was too bright for their regulars",
            "- {staff} asked good questions about roast dates",
        ),
        (1, 2),
    ),
    Template(
        K.CALL,
        "{first} asked about minimums and delivery days",
        md(
            "Answered the practical questions: **5 kg minimum** per drop, deliveries on",
            "Tuesday and Friday mornings, invoices monthly. No contract needed for a trial.",
        ),
        (0, 1),
    ),
    Template(
        K.MEETING,
        "How {org} brews today",
        md(
            "Sat with {first} and watched a normal morning at {place} before talking coffee.",
            "",
            "- what they need: consistency when someone new is on the machine",
            "- what annoys them now: stale bags, a supplier who never answers the phone",
            "- what they did not say but showed: pride in {place}",
        ),
        (1,),
        follow=5,
        once=True,
    ),
    Template(
        K.PURCHASE,
        "Tasting bags for {first}'s team",
        "Two 1 kg bags of {blend} to taste with the team before deciding. Paid, not free.",
        (1,),
        once=True,
    ),
    Template(
        K.NOTE,
        "First impressions of {org}",
        md(
            "Friendly, careful with money, not in a hurry. {first} wants to be sure before",
            "changing anything people would notice. Do not push; keep showing up.",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.MESSAGE,
        "Price list for {first}",
        md("Sent our current prices, with the roast calendar:", "", PRICE_TABLE),
        (None, 0),
        follow=10,
        once=True,
    ),
    Template(
        K.PRAISE,
        "{first} liked the brew cards",
        "The tasting cards we put in each bag went round the team; {staff} pinned one up.",
        (1, 2),
    ),
    Template(
        K.FAVOUR_GIVEN,
        "Lent a grinder for the trial",
        md(
            "Their grinder cannot hold a fine setting, so Samir dropped off our spare for the",
            "trial. No charge; it comes back when they decide, either way.",
        ),
        (1,),
        once=True,
    ),
    Template(
        K.COMMITMENT_MADE,
        "Promised a barista session before they decide",
        "Lena will spend a morning with {staff} so the trial is judged on good cups.",
        (1,),
        follow=14,
    ),
)

COMPATIBILITY = (
    Template(
        K.MEETING,
        "Check-in on the trial with {first}",
        md(
            "Went through the first weeks together:",
            "",
            "- shots are consistent when the grinder is set in the morning",
            "- milk drinks are the strength; black coffee divides opinion",
            "- **next:** a second look at the grind after the weekend rush",
        ),
        (0, 1),
        follow=14,
    ),
    Template(
        K.PURCHASE,
        "Order: {qty} of {blend}",
        "Regular order, delivered {weekday}. Roast date on the bags: three days old.",
        (1, None),
    ),
    Template(
        K.PURCHASE,
        "Top-up order after a busy week",
        "{first} ran low before the usual drop; Samir took {qty} over the same afternoon.",
        (1,),
    ),
    Template(
        K.VISIT,
        "Training morning with {staff}",
        md(
            "Lena worked with {staff} on dose, yield and milk texture. Wrote the recipe on a",
            "card above the machine: 18 g in, 38 g out, 27 to 30 seconds.",
        ),
        (1, 2),
    ),
    Template(
        K.CALL,
        "Delivery windows with {first}",
        "Agreed that Samir comes before opening, never during the lunch rush. Sensible.",
        (0, 1),
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Delivered before the weekend, as promised",
        "Said Friday by nine, Samir was there at a quarter past eight.",
        (1,),
    ),
    Template(
        K.MESSAGE,
        "Storage tips for {first}",
        md(
            "Short note after {first} asked why the last bag tasted flat by day ten:",
            "",
            "- keep bags closed, away from the machine's warm top",
            "- order smaller and more often rather than stocking up",
        ),
        (0, None),
        once=True,
    ),
    Template(
        K.PRAISE,
        "People asking about the coffee",
        "{first} says people keep asking where the coffee comes from.",
        (1, 2),
    ),
    Template(
        K.FAVOUR_RECEIVED,
        "{first} put our cards out",
        "Without being asked, {first} put a stack of our roastery cards out at {place}.",
        (2,),
        once=True,
    ),
    Template(
        K.NOTE,
        "Do we fit with {org}?",
        md(
            "Honest check: they care about the same things we do (fresh coffee, people who",
            "know their job). Price matters to them but is not everything. Worth the effort.",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.COMMITMENT_MADE,
        "Fixed delivery day agreed",
        "From now on every {weekday} morning. I promised a text the day before each drop.",
        (1,),
        once=True,
    ),
)

CONFLICT = (
    Template(
        K.CALL,
        "Difficult call with {first}",
        md(
            "{first} is still unhappy. I mostly listened. Did not argue about whose fault it",
            "was; asked what a good week would look like from their side.",
        ),
        (-1,),
        follow=3,
    ),
    Template(
        K.MESSAGE,
        "Wrote down what went wrong",
        md(
            "Sent {first} our own account, plainly:",
            "",
            "1. what happened, with dates",
            "2. what we got wrong",
            "3. what changes on our side from now on",
        ),
        (-1, 0),
    ),
    Template(
        K.MEETING,
        "Heard the whole story at {place}",
        md(
            "Sat down with {first} and {staff}. The problem is bigger than one bad day: they",
            "felt nobody was watching. **Take away:** they need to hear from us before",
            "they have to chase us.",
        ),
        (-1, 0),
        follow=7,
    ),
    Template(
        K.NOTE,
        "What this disagreement teaches us",
        md(
            "Treating it as research, not as a verdict:",
            "",
            "- our standard terms assume a customer who never runs out",
            "- we hear about problems late because we only call when we sell",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.PURCHASE,
        "Smaller order than usual",
        "Only {qty} this time. {first} did not say why, and I did not need to ask.",
        (-1, 0),
    ),
    Template(
        K.COMMITMENT_MADE,
        "Promised a written plan by {weekday}",
        "Told {first} they would have our plan in writing, with names and dates.",
        (0,),
        follow=4,
    ),
    Template(
        K.VISIT,
        "Dropped by to check the grinder",
        "Samir reset the burrs and pulled shots with {staff} until both were happy with them.",
        (0, 1),
    ),
    Template(
        K.COMMITMENT_BROKEN,
        "Missed the call-back I promised",
        "I said I would call {first} back the same afternoon and forgot. Apologised next morning.",
        (-1,),
    ),
)

#: Every pool, by the name characters and stages use.
POOLS: dict[str, tuple[Template, ...]] = {
    "attraction": ATTRACTION,
    "compatibility": COMPATIBILITY,
    "conflict": CONFLICT,
    "compromise": COMPROMISE,
    "deeper_understanding": DEEPER,
    "warm": WARM,
    "procurement": PROCUREMENT,
    "one_way": ONE_WAY,
    "stalled": STALLED,
}
