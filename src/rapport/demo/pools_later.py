"""Everyday entries for the later stages: compromise and deeper understanding."""

from __future__ import annotations

from rapport.demo.model import Template, md
from rapport.domain.kinds import EntryKind as K

COMPROMISE = (
    Template(
        K.MEETING,
        "How the new arrangement is working",
        md(
            "Reviewed the changes we agreed with {first}:",
            "",
            "- the adjusted delivery slot works; no more waiting at the door",
            "- the price we agreed holds until the next harvest",
            "- **open:** whether {staff} needs another training morning",
        ),
        (0, 1),
        follow=30,
    ),
    Template(
        K.PURCHASE,
        "Order under the new terms: {qty}",
        "{qty} of {blend}, on the terms we agreed. Delivered {weekday} without a hitch.",
        (1, None),
    ),
    Template(
        K.PURCHASE,
        "Regular order: {qty} of {blend}",
        "Same as usual. {first} added a kilo of decaf for the evenings.",
        (1, None),
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Kept the adjusted delivery slot",
        "Four drops in a row inside the window we promised. {first} noticed and said so.",
        (1,),
    ),
    Template(
        K.MESSAGE,
        "{first} confirmed the change works",
        "Short message: the new set-up is fine, {staff} is happier, nothing to add.",
        (1,),
    ),
    Template(
        K.CALL,
        "Checked in: is the compromise fair?",
        md(
            "Asked {first} straight out whether the new arrangement feels fair on their side.",
            "Answer: mostly. The invoice layout still confuses their bookkeeper; I will fix it.",
        ),
        (0, 1),
        follow=7,
    ),
    Template(
        K.FAVOUR_GIVEN,
        "Split an order over two deliveries",
        "{first} was short on storage space this week, so we split {qty} over two drops.",
        (1,),
    ),
    Template(
        K.COMMITMENT_MADE,
        "Price held until the next harvest",
        "Promised {first} in writing: no price change before the new crop arrives.",
        (1,),
        once=True,
    ),
    Template(
        K.NOTE,
        "Where we bent our rules for {org}, and why",
        md(
            "For the record, so I remember why:",
            "",
            "| what | our standard | for {org} |",
            "|---|---|---|",
            "| minimum order | 5 kg | 3 kg |",
            "| delivery | fixed days | their slot |",
            "",
            "Worth it as long as they keep ordering every week.",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.VISIT,
        "Showed {staff} the new routine",
        "Walked {staff} through what changed, so the arrangement does not live in one head.",
        (1,),
        once=True,
    ),
    Template(
        K.MESSAGE,
        "Invoice layout changed for their bookkeeper",
        "Their bookkeeper wanted one line per delivery. Changed our template for {org}.",
        (1, None),
        once=True,
    ),
    Template(
        K.PURCHASE,
        "Order at the agreed price: {qty}",
        "{qty} of {blend}. The price we agreed still holds; nobody had to ask.",
        (1, None),
    ),
    Template(
        K.PRAISE,
        "{first} thanked us for being flexible",
        "Said we are the first supplier who adapted instead of sending the terms again.",
        (2,),
    ),
    Template(
        K.FAVOUR_RECEIVED,
        "{first} took a delivery early for us",
        "Our van was overbooked; {first} let Samir drop their order a day early. Helped a lot.",
        (1, 2),
    ),
)

DEEPER = (
    Template(
        K.VISIT,
        "Coffee with {first} at {place}",
        md(
            "Half an hour together, most of it not about coffee: family, the summer,",
            "a new idea for the spring. {first} asked how Wout is getting on.",
        ),
        (2, 1),
    ),
    Template(
        K.MEETING,
        "Planning the next season together",
        md(
            "Sat down with {first} to plan ahead:",
            "",
            "| when | what | who |",
            "|---|---|---|",
            "| next month | seasonal filter on the menu | Wout roasts, {staff} serves |",
            "| in two months | refresher training | Lena |",
            "",
            "{first} brought their own numbers. That is new, and good.",
        ),
        (1, 2),
        follow=21,
    ),
    Template(
        K.PURCHASE,
        "Regular order: {qty} of {blend}",
        "Standing order, delivered {weekday}.",
        (1, None),
    ),
    Template(
        K.PURCHASE,
        "Order for {month}: {qty}",
        "{qty} of {blend}, plus two bags of the seasonal filter for {staff} to try.",
        (1, None),
    ),
    Template(
        K.PURCHASE,
        "Extra order before a busy weekend",
        "{first} expects a crowd; added {qty} on top of the usual.",
        (1, 2),
    ),
    Template(
        K.FAVOUR_GIVEN,
        "Roasted a small batch for their event",
        "A 3 kg batch with their own label for a party at {place}. Wout enjoyed it.",
        (2,),
    ),
    Template(
        K.FAVOUR_RECEIVED,
        "{first} introduced us to a neighbour",
        "{first} brought the owner of the shop next door to our open day. Good lead.",
        (2,),
        once=True,
    ),
    Template(
        K.PRAISE,
        "Kind words in front of the team",
        "{first} told {staff} that we are the one supplier they never have to chase.",
        (2,),
    ),
    Template(
        K.CALL,
        "{first} thinking out loud about what to offer next",
        md(
            "{first} called to think through what to add this season. Mostly listened;",
            "suggested keeping it short and adding one **filter coffee of the month**.",
        ),
        (1, 2),
    ),
    Template(
        K.MESSAGE,
        "Good luck for the weekend",
        "Wished {first} luck with the busy weekend; Samir is on call on Saturday if needed.",
        (1, None),
    ),
    Template(
        K.COMMITMENT_MADE,
        "Offered to train their new hire",
        "{org} hired someone new; Lena will give her a morning at the roastery.",
        (1,),
        follow=10,
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Training for {staff}, as promised",
        "Lena spent the morning with {staff}. Dialled in the grinder together before opening.",
        (2,),
    ),
    Template(
        K.NOTE,
        "Things to remember about {first}",
        md(
            "- takes holidays in the second half of August",
            "- prefers a phone call to e-mail for anything that matters",
            "- hates being sold to; loves being asked for an opinion",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.MEETING,
        "What {org} needs next year",
        md(
            "Asked {first} how their needs are changing. Three things came up:",
            "",
            "1. more decaf in the afternoon",
            "2. a second grinder so two people can work at once",
            "3. **predictable prices**, even if a little higher",
        ),
        (1,),
        follow=14,
    ),
    Template(
        K.VISIT,
        "Brought the new harvest to taste",
        "Took the new Huila lot to {place}; {first} and {staff} picked it for next month.",
        (2, 1),
        once=True,
    ),
)
