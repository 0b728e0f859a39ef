"""Everyday entries for particular stretches of a story, whatever the stage.

- `WARM`: friendship without business (for the warm-but-thin customer);
- `PROCUREMENT`: a big account run purely through purchasing, lukewarm throughout;
- `ONE_WAY`: we give and keep our word, they take and let dates slide;
- `STALLED`: a prospect that never says yes or no.
"""

from __future__ import annotations

from rapport.demo.model import Template, md
from rapport.domain.kinds import EntryKind as K

WARM = (
    Template(
        K.VISIT,
        "Dinner at {place}",
        md(
            "Dinner with {first}, who cooked and then sat down with us. Talked about his",
            "kids, the cycling trip to the Ardennes, the new terrace heaters. Lovely evening.",
        ),
        (2,),
    ),
    Template(
        K.MESSAGE,
        "Photos from the ride",
        "{first} sent photos from Sunday's ride. We both look terrible on the climb.",
        (2, 1),
    ),
    Template(
        K.PRAISE,
        "{first} praised our market stand",
        "Came by the Saturday stand, drank two cortados and told everyone in the queue to try us.",
        (2,),
    ),
    Template(
        K.FAVOUR_RECEIVED,
        "{first} lent us his van",
        "Our van was in the garage; {first} handed over the brasserie's van keys without a word.",
        (2,),
    ),
    Template(
        K.VISIT,
        "Birthday drinks at {place}",
        "{first} turned forty-five. Half the street was there. Stayed too late, no regrets.",
        (2,),
    ),
    Template(
        K.MESSAGE,
        "Football talk",
        "Long message thread with {first} about Sunday's match. Nothing else.",
        (1,),
    ),
    Template(
        K.PRAISE,
        "Still the best coffee in town, says {first}",
        "{first} said it again over a drink: nobody roasts like Wout. Warm, as always.",
        (2,),
    ),
    Template(
        K.VISIT,
        "Quick espresso at the bar",
        "Stopped by {place} on the way home. Chatted with {first} about holidays. No business.",
        (1, 2),
    ),
)

PROCUREMENT = (
    Template(
        K.PURCHASE,
        "Purchase order: {qty} of {blend}",
        "Purchase order from group procurement, reference on the delivery note. Nothing else.",
        (0, None),
    ),
    Template(
        K.MESSAGE,
        "Invoice query from accounts payable",
        md(
            "Accounts payable in Brussels questioned two lines on last month's invoice.",
            "Sent the signed delivery notes. Nobody from the hotel itself was copied.",
        ),
        (-1, 0),
    ),
    Template(
        K.CALL,
        "Procurement wants the yearly price index",
        "Call from procurement about indexing. Polite, short, all about percentages.",
        (0,),
    ),
    Template(
        K.MEETING,
        "Quarterly supplier review",
        md(
            "Fifteen minutes on a video call with procurement; {first} joined late.",
            "",
            "| measure | target | this quarter |",
            "|---|---|---|",
            "| deliveries on time | 98% | 99% |",
            "| machine call-outs answered in 4 h | 100% | 100% |",
            "| complaints | 0 | 1 |",
            "",
            "No questions about guests, taste or plans. Next review in three months.",
        ),
        (0, -1, 1),
        follow=90,
    ),
    Template(
        K.MESSAGE,
        "Delivery signed for by {staff}",
        "{qty} delivered through the goods entrance. Signed by {staff}; the storeroom was full.",
        (0, None),
    ),
    Template(
        K.VISIT,
        "Checked the machines in {place}",
        md(
            "Samir serviced the two machines. Cups are fine. Asked for {first}; he was in a",
            "meeting, so we left a note. Nobody from management came down.",
        ),
        (0, 1),
    ),
    Template(
        K.NOTE,
        "Who actually decides at {org}?",
        md(
            "Still not sure who decides here. Procurement signs, {first} approves, the general",
            "manager has never tasted our coffee as far as I know.",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Banquet order delivered on time",
        "Extra {qty} for a conference, ordered with two days' notice and delivered in one.",
        (0, 1),
    ),
    Template(
        K.MESSAGE,
        "Supplier portal update",
        "Procurement asks every supplier to re-enter its bank and insurance details. Done.",
        (0, None),
    ),
    Template(
        K.PURCHASE,
        "Monthly order confirmed: {qty}",
        "The standing monthly order, confirmed by the portal. {blend}, goods entrance, 6:00.",
        (0, None),
    ),
    Template(
        K.CALL,
        "{staff} asks about the milk settings",
        "Foam too thin at breakfast. Talked {staff} through the steam wand; no one else called.",
        (0, 1),
    ),
    Template(
        K.MEETING,
        "Ten minutes with {first} between two meetings",
        "Caught {first} in the corridor. He asked about delivery times and went back in.",
        (0,),
    ),
    Template(
        K.COMMITMENT_MADE,
        "Reserve of {blend} held for the summer",
        "Promised procurement a reserve of {blend} for the high season, at today's price.",
        (0,),
    ),
    Template(
        K.CALL,
        "Short call with {first} about stock",
        "{first} wanted to know if we can hold a reserve for the summer. We can. That was all.",
        (0,),
    ),
)

ONE_WAY = (
    Template(
        K.FAVOUR_GIVEN,
        "Sunday rush delivery for {first}",
        md(
            "{first} called on Saturday evening: a wedding for 250 and no coffee. Wout roasted",
            "on Sunday morning, I drove it over myself. No surcharge.",
        ),
        (0, 1),
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Event urns delivered as promised",
        "Four urns and {qty} of {blend} at the venue by seven, as promised.",
        (0, 1),
    ),
    Template(
        K.COMMITMENT_BROKEN,
        "Their payment is late again",
        "{first} promised to pay last month's invoice by the end of the week. Nothing came.",
        (-1,),
        follow=7,
    ),
    Template(
        K.FAVOUR_GIVEN,
        "Lent pump flasks for a wedding",
        "Lent {first} six of our pump flasks for the weekend. Two came back dented.",
        (0, -1),
    ),
    Template(
        K.PURCHASE,
        "Event order: {qty} of {blend}",
        "Ordered Thursday for Saturday, as always. Delivered; invoice on thirty days.",
        (0, None),
    ),
    Template(
        K.MESSAGE,
        "Reminder about the open invoice",
        "Friendly reminder to {first} about the invoice from {month}. Read, not answered.",
        (-1, 0),
        follow=10,
    ),
    Template(
        K.COMMITMENT_BROKEN,
        "The introduction {first} promised never came",
        "{first} said he would introduce us to the venue manager at the castle. Still waiting.",
        (-1,),
        once=True,
    ),
    Template(
        K.FAVOUR_GIVEN,
        "A barista for his gala, at cost",
        "Lena worked {first}'s company gala for four hours. We charged her time at cost.",
        (0,),
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Standby urn ready, as agreed",
        "{first} called at six in the morning; the standby urn was in his kitchen by seven.",
        (0, 1),
    ),
    Template(
        K.COMMITMENT_BROKEN,
        "Urns back late, and unwashed",
        "{first} promised our urns back on Monday. They came back on Thursday, unwashed.",
        (-1,),
    ),
    Template(
        K.MESSAGE,
        "Another order for tomorrow",
        "{first} wants {qty} for tomorrow, again inside our 48-hour rule. Did it anyway.",
        (0,),
    ),
    Template(
        K.CALL,
        "{first} asks for another favour",
        "Could we store forty litres of his cold brew in our cold room for a week? We did.",
        (0,),
    ),
    Template(
        K.COMMITMENT_KEPT,
        "Price held through the wedding season",
        "Kept our spring prices for {org} all summer, as we said we would.",
        (0,),
        once=True,
    ),
)

STALLED = (
    Template(
        K.MESSAGE,
        "Nudged {first} about the decision",
        "Asked kindly whether the board has looked at our proposal yet.",
        (0,),
        follow=14,
    ),
    Template(
        K.CALL,
        "Still waiting for the board",
        "{first} is positive, as always, but the board has other priorities this month.",
        (0,),
    ),
    Template(
        K.PURCHASE,
        "Small top-up order: {qty}",
        "{first} bought {qty} for the members' kitchen out of her own budget. Not the contract.",
        (0, 1),
    ),
    Template(
        K.VISIT,
        "Members' breakfast tasting",
        "Poured filter coffee at their members' breakfast. People loved it; nothing decided.",
        (1,),
    ),
    Template(
        K.NOTE,
        "Is {org} going anywhere?",
        md(
            "Months of friendly talk and no decision. Questions to answer honestly:",
            "",
            "- who on their side actually wants this, apart from {first}?",
            "- is our proposal too big for how they decide?",
            "- how much more time is it worth?",
        ),
        (None,),
        private=True,
        once=True,
    ),
    Template(
        K.MEETING,
        "Another round on the proposal",
        "Went through the proposal again with {first}. She will take it to the next board.",
        (0,),
        follow=21,
    ),
)
