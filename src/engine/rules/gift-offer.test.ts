import { describe, expect, it } from 'vitest';
import { testRule } from '../test-rule';
import rule, { organisationFromDomain } from './gift-offer';

const gift = { action: 'declare-gift', severity: 'warn' } as const;

testRule(rule, {
  valid: [
    // A subject naming the policy or a return, not an offer; the office booking a meal.
    { to: ['hr@cumbria-pcc.gov.uk', 'x@example.co.uk'], subject: 'RE: Gifts & Hospitality returns', body: 'I have to decline the Tuesday slot, sorry - could we move it?' },
    { to: ['hr@cumbria-pcc.gov.uk', 'x@example.co.uk'], subject: 'RE: HR Hospitality', body: 'I have to decline the Tuesday slot, sorry.' },
    { to: ['jess@reachplc.com'], subject: 'Re: Gifts register query', body: 'Happy to help. The register shows how many invitations we say no to.' },
    { to: ['events@castlevenues.co.uk'], body: 'Thanks for the menus. Please book the lunch for the awards and send the invoice.' },
    // Paperwork sent back, and a reply's "it" that stands for no gift.
    { to: ['procurement@supplier.co.uk'], body: "I've sent back the signed contract and the completed form this morning." },
    { to: ['print@leafletco.co.uk'], body: 'The proof of the leaflet had the wrong helpline number. I sent it back to your studio yesterday.' },
    // The sender's own family, in the body of a reply between them.
    { to: ['sis.dixon@gmail.com'], subject: "Re: Mum's 70th", body: 'Thanks for sorting the flowers - Mum will love them. I will bring the cake.' },
    { channel: 'social', body: 'My mum sent me a hamper for passing my exams at work 😍 love her' },
    // Asks that go to the sender but are no benefit: paperwork, money owed to them, talking to them.
    { to: ['sales@brightdesk.co.uk'], body: 'Could you send the price list and the 15% volume terms to me personally? I am the budget holder.' },
    { to: ['claims@travelco.co.uk'], body: 'The refund of £48 for the cancelled train is owed to me, so please pay it into my own account.' },
    { to: ['all-staff@derbyshire-pcc.gov.uk'], body: 'Every offer goes on the register. If you are worried about anything, you can talk to me directly.' },
    { to: ['events@riskforum.co.uk'], body: 'The £300 fee for my talk should be paid to the office, not to me. Our finance team will invoice you.' },
    // A number is no discount without "off" ("the 30% drop", "the 30 minute slot"); "30% off" is one (tested below).
    { to: ['events@riskforum.co.uk'], body: 'Thanks for the agenda - the 30 minute slot on the 12th works for me.' },
    { to: ['desk@expressandstar.co.uk'], body: 'Thanks for asking. The headline is the 30% drop in hospital admissions for knife injuries.' },
    // A service desk's ticket, told by its reference, the desk in the subject or the desk it goes to.
    { to: ['servicedesk@northerntechsupport.co.uk'], subject: 'RE: INC0051122 - printer', body: 'Thanks for picking up my ticket so quickly, the printer is working again.' },
    { to: ['dave@acme-it.co.uk'], body: 'Thanks for sorting my ticket this morning, all fixed.\n\n> Your incident INC0051122 has been resolved.' },
    // A hamper for a family the office helps; thanks for giving to a cause; the office ordering thank-you pens for its volunteers.
    { to: ['secretary@suttonrotary.org.uk'], body: "Thank you so much for offering to put together one of your Christmas hampers for a family we've been working with." },
    { to: ['all-staff@derbyshire-pcc.gov.uk'], body: "Friday's bake sale raised \u00a3312 for Children in Need - thank you! At a rough count we got through 40 brownies before 11am." },
    { to: ['sales@engravedirect.co.uk'], body: 'I\'d like to order 40 pens, each engraved "Thank you - 10 years\' service", for our custody visitors\' long-service awards in March.' },
    // Thanks for a question about the gifts policy, answered.
    { to: ['p.mcguire@btinternet.com'], body: "Thank you for your email asking how the office makes sure staff aren't swayed by gifts from suppliers. In short, every offer is recorded." },
    // Keeping money or a paper as it is, not keeping a gift.
    { to: ['bev@safeline.org.uk'], body: 'The money is restricted funding for the counselling service, so please keep it separate in your accounts.' },
    { to: ['steve@meridianfinance.co.uk'], body: "It's the Part 2 budget paper, so keep it to yourself - any chance you could look before Friday?" },
    // A surname and a club's name that are gift items as words ("lamb", "villa"); marks dropped in an evaluation.
    { channel: 'social', body: 'Thanks to everyone who came to the fair! Special thanks to PCSO Karen Lamb for the crime prevention tips.' },
    { channel: 'social', body: 'Huge thanks to the Aston Villa Foundation and St Basils for everything this year.' },
    { to: ['m.okoro@brightpath.co.uk'], body: 'Your price came in second, and you dropped marks on social value (6/10).' },
    // Item words used otherwise: a verb ("treat it sensitively", "stay for the auction"), the trade in tickets, money lost.
    { to: ['ambassadors@warwickshire.org.uk'], body: 'If anyone tells you something worrying, treat it sensitively and thank them for telling you.' },
    { to: ['pat@hallamfundraising.co.uk'], body: 'He will speak for 15 minutes and then stay for the auction. Could you send me the ticket sales so far?' },
    { to: ['tom.redfern@bbc.co.uk'], body: 'The court heard the money went missing from the client account in March.' },
    // A reminder of the policy, in general terms.
    { to: ['team@cumbria-pcc.gov.uk'], body: 'If a detainee or their family offers you anything - money, a gift, even a drink - please politely decline and let me know.' },
    // Thanks for being, not for something given, beside biscuits left for colleagues.
    { to: ['allstaff@cumbria-pcc.gov.uk'], body: 'Thank you for being such a lovely bunch - there are biscuits in the kitchen.' },
    // A bare thanks after a sentence that names no gift.
    { to: ['jo@fellfarmwatch.org.uk'], body: 'The minutes of the farm watch meeting arrived this morning. Thank you so much.' },
    // A vote of thanks is a speech; a reminder to staff about declaring, in general terms.
    { channel: 'social', site: 'facebook', body: 'The vote of thanks at the Kendal community awards went to the RNLI volunteers. Well earned.' },
    { to: ['allstaff@cumbria-pcc.gov.uk'], body: 'If you were offered anything this quarter - a lunch, tickets - add it to the register, including the ones you turned down.' },
    // Gifts collected for a foodbank; a comparison of costs; the office's own buffet; the sender inviting.
    { to: ['volunteers@gmail.com'], body: 'Thank you for all the gifts you brought for the foodbank collection. We filled two vans!' },
    { to: ['ian@sandwell.gov.uk', 'x@example.com'], body: 'We use a conservative estimate of the cost per incident (\u00a314k rather than the \u00a321k in the Home Office model).' },
    { to: ['icv@gmail.com'], body: 'The Commissioner will give a vote of thanks to our visitors, followed by a buffet lunch laid on by the office.' },
    { to: ['friends@gmail.com'], body: 'Quiz night on Friday, \u00a312 a head. Would be lovely to see some friendly faces there! Reply to me for tickets.' },
    // The office giving, at its own events: the Commissioner inviting and presenting, "from the office".
    { to: ['champions@googlegroups.com'], body: 'The Commissioner would like to invite all our volunteers to afternoon tea at Carleton Hall to say thank you for this year.' },
    { to: ['volunteers@streetpastors.org.uk'], body: 'The Commissioner will present each of your volunteers with a certificate and a \u00a310 voucher as a thank-you from the office.' },
    // Gift Aid is the charity's tax relief on the sender's own donation; the hospitality sector is an industry.
    { to: ['mo@streetwise.org.uk'], body: "Thanks Mo - I've made my donation on the fundraising page and ticked the Gift Aid box, so that's an extra 25% for you." },
    // Bringing someone to a work meeting is no hospitality asked for.
    { to: ['jo@charity.org.uk'], body: 'Could I bring a colleague to the steering group on Tuesday?' },
    // A ballot box holds no hospitality.
    { channel: 'social', site: 'linkedin', body: "If you believe it's time for change, I'd be grateful for your support at the ballot box on 4 July." },
    // A present from the sender's mother, to her personal mail; a venue's quotation for the office's own event.
    { to: ['sandra.dixon52@btinternet.com'], body: 'Mam, thanks for the Lakeland voucher, you are a star. See you Sunday xx' },
    { to: ['events@countyhall-venues.co.uk'], body: 'Thank you for your quotation for the Volunteer Awards evening. I confirm the booking; a purchase order will follow.' },
    // Policy talk about offers in general; an offer not made ("hadn't been offered a meal"); a family birthday.
    { to: ['all.staff@westmidlands-pcc.gov.uk'], body: 'A reminder: every offer of a gift or hospitality must be declared within 28 days, whether you accept it or not.' },
    { to: ['custody.sgt@westmidlands.police.uk'], body: "A visitor raised a welfare query: the detainee said he hadn't been offered a meal since he arrived." },
    { channel: 'social', body: 'My sister sent me a bracelet for my birthday 😍 best sister ever' },
    // A court's order is not an order placed: but nothing is given here either.
    { to: ['j.seddon@seddonandhale.co.uk'], body: 'Thank you for sending the child arrangements order for my daughter.' },
    // "Free" that names no thing given: a public service, "feel free", "smoke-free".
    { channel: 'social', body: 'Thanks @CumbriaFRS for the really clear info on free home fire safety visits - sharing for our rural residents.' },
    'Thanks for the update - feel free to ring me if anything changes.',
    'Thanks for the list of smoke-free venues for the youth forum.',
    // Thanks for something done, not given: the sum is the news.
    { channel: 'social', body: '@DerbyTelegraph Thanks for covering the Safer Streets award - this £1.2m will make a real difference to Normanton.' },
    // "A thank-you lunch" the office arranges and pays for; a collection among staff; friends taking turns to host.
    { subject: 'Volunteer thank-you lunch', to: ['nat@westmidlands-pcc.gov.uk'], body: 'Could we arrange it for the twelve volunteers? It can come out of the engagement budget.' },
    { to: ['all.staff@westmidlands-pcc.gov.uk'], body: "Thanks to everyone who chipped in for Pat's retirement - we raised £210!" },
    { to: ['hannah.cole@gmail.com'], body: 'Thanks so much for having us at the cottage last weekend! Our turn to host next time.' },
    // Paperwork sent at work; the office's own thank-you to volunteers; an order; a work anniversary with nothing given.
    { to: ['bids@example-supplier.co.uk'], body: 'Thanks, Graham has sent me a quote for the alarm maintenance lot.' },
    { channel: 'social', body: 'As a small thank-you from the office, each Speedwatch group will get a tin of biscuits for their next session.' },
    { channel: 'social', site: 'linkedin', body: 'Proud to present long-service certificates and a small thank-you gift from the office to eight of our visitors.' },
    {
      to: ['orders@promoprint.co.uk'],
      body: 'Please can we order 40 tote bags, each with a mug, a notebook and a pen, as thank-you packs for our volunteers. PO to follow.',
    },
    // The office giving to its own people; the sender paying; a friend's gift; a reminder of the rules to staff.
    { channel: 'social', site: 'linkedin', body: 'Our team packed and posted 60 festive hampers to our volunteers this week as a small thank you.' },
    { to: ['finance.opcc@example.co.uk'], body: "I've paid for the tickets for the team away day on my own card. Receipt attached." },
    { channel: 'social', body: 'Best friend turned up with a bottle of prosecco and a hamper because I got the new job' },
    {
      to: ['commissioning.team@example.co.uk'],
      body: 'A reminder: if a supplier offers you anything (tickets, dinner), politely decline and tell me so it can be recorded.',
    },
    // Paying a friend back for tickets; the hospitality trade; someone's own purchase.
    { to: ['kev.murray88@gmail.com'], subject: 'Villa tickets', body: 'Kev - transferred you the £90 for the two Villa tickets, cheers for sorting.' },
    { channel: 'social', site: 'linkedin', body: 'Thank you to everyone from the hospitality sector who joined our roundtable on safety in the night-time economy.' },
    // Something free offered to the public by the office is not an ask; the sender sending a gift is not an offer to them.
    { channel: 'social', body: 'Market day tomorrow! Come and find the team from 9am for free bike marking and a chat about rural crime.' },
    { to: ['sam@example-farms.co.uk'], body: 'We sent a hamper to the volunteers at the farm watch meeting to say thank you.' },
    // Thanks for an occasion with nothing offered in the paragraph; the item after a blank line is other business.
    { to: ['stuart@keystonefleet.co.uk'], body: 'Thanks again for Saturday, the workshop was really useful.\n\nThe lunch order for the conference is attached.' },
    // The organisation's own bookings and purchases.
    'Please book the venue and lunch for the conference delegates.',
    'Thanks for the invoice for the conference lunch.',
    // Gifts between family and friends, outside work.
    'Happy birthday! Hope you enjoy the flowers.',
    'Thanks for dinner on Saturday, my friend - my turn next time.',
    { channel: 'social', body: "Thanks for the flowers, they're gorgeous" },
    // The gifts policy discussed, not an offer.
    'Our guidance says staff should decline gifts of more than token value.',
    'Please remind the team that any gifts must go on the register.',
    // No gift at all.
    'The gift aid form is attached.',
    'Thank you for the report.',
    'Thanks for the lift to the station.',
    // The offer is in the chain quoted back to the person who made it; "thanks" alone offers nothing.
    {
      to: ['ray@acme-security.co.uk'],
      body: "Noted, thanks.\n\nOn Mon, 9 Mar 2026 at 16:45, Ray Cole <ray@acme-security.co.uk> wrote:\n> We'd love to give you two tickets to the match.",
    },
    // A footer disclaimer that mentions gifts.
    'Thanks for your help today.\n\nThis email is intended only for the addressee. If you have received it in error, please delete it. Our staff may not accept gifts or hospitality.',
    // Thanks near the gifts policy itself.
    'Thank you for your question about the gifts and hospitality policy.',
    'Thanks for reminding me that any gifts should go on the register.',
    // STYLE.md lists this as a near-miss: a statement of policy, not a reply to an offer.
    'We cannot accept gifts from suppliers.',
    // "match" alone is not a ticket to a match.
    "Thanks for the match report from Saturday's five-a-side.",
    'Thank you for the invitation to speak at your conference.',
    // Buying tickets with friends: nothing is offered.
    { to: ['jo.smith@gmail.com'], body: "I've bought three tickets for the folk festival, \u00a340 each. Send me your share when you can." },
    // A plain thanks is not for the next sentence's lunch; a percentage that is no discount.
    'Thanks. Lunch is at one in the canteen as usual.',
    'Thank you for the figures: 22% of calls were answered late.',
    // "Yes please" to something quoted that is no gift.
    {
      to: ['ray@acme-security.co.uk'],
      body: 'Yes please, Thursday works.\n\nOn Mon, 9 Mar 2026 at 16:45, Ray Cole <ray@acme-security.co.uk> wrote:\n> Shall we move the site meeting to Thursday?',
    },
  ],
  invalid: [
    // A reply's subject that names the offer by where it is ("Derby County hospitality"); an invite called generous; a book given.
    { to: ['m.hollins@peakbuild.co.uk'], subject: 'Re: Pride Park hospitality', body: "While your firm is bidding for the custody works, I'm sure you'll understand that I must decline.", findings: [{}] },
    { to: ['lucy@axiomdigital.co.uk'], body: "Thank you for thinking of me, it's a very kind invite, but with the tender coming up I have to say no.", findings: [{}] },
    { to: ['t.nowak@krakow-police.pl'], body: 'Thank you for visiting us, and for the bottle of vodka and the book about Gdansk. Both are much appreciated.', findings: [{}] },
    // Giving back what was given, named in the reply or in the sentence before its "it".
    { to: ['r.khan@btinternet.com'], body: "Thank you for your kind card. I hope you won't mind, but I've posted back the £40 that was inside it.", findings: [{}] },
    { to: ['governance@westmidlands-pcc.gov.uk'], body: "Mr Patel's envelope with two twenties in it was on my desk this morning. I gave it back to him at lunchtime.", findings: [{}] },
    { to: ['line.manager@cumbria-pcc.gov.uk'], body: 'An elderly man tried to push a tenner into my hand for the tea fund. I handed it back and explained why.', findings: [{}] },
    // Family named by the correspondent (a reply's subject) or someone's parent met at work ("a grateful mum"), not the sender's.
    { to: ['k.hollis58@gmail.com'], subject: "Re: Dad's estate", body: "I'm touched he thought of me after the complaint we handled, but I can't accept the £1,000 he left me.", findings: [{}] },
    { to: ['j.pearce@btinternet.com'], subject: 'RE: A present from Nan', body: 'It was lovely of her, but I have to return the voucher - we are not allowed to keep gifts from people we support.', findings: [{}] },
    { channel: 'social', site: 'facebook', body: 'A grateful mum tried to hand me a £20 note at the surgery today after we helped her son. Politely declined of course.', findings: [{}] },
    { to: ['chief.exec@westmidlands-pcc.gov.uk'], body: 'For the record, a resident pressed a £10 note into my hand after the meeting. I said no.', findings: [{}] },
    // A benefit asked for the sender themselves rather than the office: a discount extended, a fee paid to their own account.
    { to: ['sales@brightdesk.co.uk'], body: 'Thanks for the quote for the office chairs. Could the 15% also apply to me personally? I need a chair at home.', findings: [{ messageId: 'solicited' }] },
    { to: ['ian@alarmco.co.uk'], body: 'Your engineers get 25% off the doorbell cameras. Is there any way you could extend that to me as well?', findings: [{ messageId: 'solicited' }] },
    { to: ['gemma@stationers.co.uk'], body: 'While I have you, would the trade discount you give the office work for a personal order of a desk lamp?', findings: [{ messageId: 'solicited' }] },
    { to: ['events@riskforum.co.uk'], body: 'Happy to chair the panel. The £300 fee is fine - please pay it into my personal account rather than the OPCC.', findings: [{ messageId: 'solicited' }] },
    { to: ['events@riskforum.co.uk'], body: "Thanks for confirming the honorarium of £200. Could you pay it directly to me instead of the office's account?", findings: [{ messageId: 'solicited' }] },
    { to: ['bookings@manorhotel.co.uk'], body: "Our office books all its away days with you. Could you do something off the price for my anniversary weekend?", findings: [{ messageId: 'solicited' }] },
    // Thanks said as being touched, for a thing left for the team.
    { to: ['j.ellis@outlook.com'], body: 'I must tell you how touched we all were by the box of biscuits you left for the team on Friday.', findings: [{}] },
    // A hint dropped to a supplier.
    { to: ['gav@speedyprint.co.uk'], body: "Not that I'm hinting, but your rivals sent the whole office a tin of Quality Street last Christmas... we could easily be won over", findings: [{}] },
    // Yes to a meal a journalist pays for; a bequest declined in the sentence after it is offered; thanks for a note about a loan.
    { to: ['editor@derbytelegraph.co.uk'], subject: 'RE: Lunch?', body: 'Lunch on you, then! Thursday at Darleys works - thanks Neil.', findings: [{}] },
    { to: ['gsutcliffe41@gmail.com'], body: "It's really touching that you want to remember me in your will. But I'm afraid I can't accept anything like that because of my job.", findings: [{}] },
    { to: ['andrew.pike@midshirebank.co.uk'], body: 'Thanks for the note about the personal loan at the preferential rate you mentioned. I am going to say no.', findings: [{}] },
    // A bottle given at a christening, returned: the giver known through the sender's role, not a friend.
    {
      to: ['pastor.balog@gmail.com'],
      body: "Thank you for inviting me to David's christening. I'm afraid I can't keep the bottle of p\u00e1linka you gave me at the door. Because I work with the congregation through the Combined Authority, our rules don't let me accept gifts.",
      findings: [{}],
    },
    // A meal paid for by a bidder, named by the bill.
    { to: ['mark@ardenvictimcare.org.uk'], subject: 'RE: Lunch?', body: 'Friday would be great - the Saxon Mill at 1 works for me, and very kind of you to pick up the bill.', findings: [{}] },
    // Things dropped at the office, as against marks dropped in an evaluation.
    { to: ['secretary.jamia@gmail.com'], body: 'Just a note to say thank you for the Eid hamper and the big box of dates you dropped at the office yesterday.', findings: [{}] },
    // Written in a hurry: "cant accept", "thank u".
    { to: ['donna.f.mum@gmail.com'], body: 'aww donna thats so lovely of you but i cant accept the voucher sorry!! rules n all that', findings: [{ text: 'cant accept the voucher' }] },
    { to: ['hello@pennineprotect.co.uk'], body: 'hiya, just wanted to say a massive thank u for the hamper that turned up this morning. so kind!!', findings: [{ text: 'thank u for the hamper' }] },
    // A day at the races as a firm's guest, declined; travel and a hotel stay paid by the host, accepted.
    { to: ['j.dobson@northguardsecurity.co.uk'], body: "Thank you for your invitation to join Northguard's marquee at Cartmel Races on 26 August. I'm afraid I must decline.", findings: [{ text: "Thank you for your invitation to join Northguard's marquee" }] },
    { to: ['c.maclean@ed.ac.uk'], body: "It's very generous of you to offer to cover my rail fare and two nights at the Balmoral. I'll happily accept on that basis.", findings: [{}] },
    // Thanks said obliquely, with the sender's own word that it goes on the register; a yes that names the tickets; a bequest declined.
    { to: ['bill.s@btinternet.com'], body: "You shouldn't have! The malt was a lovely thing to leave on my desk after the long-service do. I'll have to pop it on the register, mind.", findings: [{ ...gift }] },
    { to: ['lisa@dcfc.co.uk'], body: 'Thanks for the kind invite. Two tickets for the Forest game would be brilliant.', findings: [{ ...gift }] },
    { to: ['p.hargreaves@btinternet.com'], subject: "RE: Dad's will", body: "I'm so sorry about your dad. I knew him through my job, so I'm afraid I can't accept the £1,000 he left me; perhaps the family could give it to the panel.", findings: [{ ...gift }] },
    { channel: 'social', site: 'facebook', body: 'Thank you so much to the parents at Holme Lane school for the gorgeous scarf after my talk on staying safe online.', findings: [{ ...gift }] },
    { channel: 'social', site: 'linkedin', body: 'Delighted to receive this lovely wool throw from the Eden Farmers Network for our work on rural crime. Thank you all.', findings: [{ ...gift }] },
    { channel: 'social', site: 'bluesky', body: 'got handed a whole hamper by the team at @oldmillbakes.bsky.social after our open day. thank you!', findings: [{ ...gift }] },
    { to: ['sales@dalesidehotels.co.uk'], body: "We've sent a lot of bookings your way this year, so could you do me a staff rate on a weekend at your Ripon place?", findings: [{ messageId: 'solicited' }] },
    // A thanks in a sentence of its own, for what the sentence before names; an invitation declined, named in the subject or by its venue.
    { to: ['sec@fellfarmwatch.org.uk'], body: 'What a surprise! A hamper of local cheese arrived for the team this morning. Thank you so much.', findings: [{ ...gift }] },
    { to: ['events@harlowlaw.co.uk'], subject: 'RE: Summer party at Haddon Hall', body: "Thank you for thinking of me. I'm afraid I must decline, as your firm is on our framework.", findings: [{ ...gift }] },
    { to: ['k.blythe@apexfleet.co.uk'], body: 'Thank you for the invitation to spend a day in your corporate suite at the Grand Prix. I am afraid we have to decline.', findings: [{ ...gift }] },
    // A terse yes or no to the offer quoted below it, and a hint for a seat.
    { to: ['lee@fellsidealarms.co.uk'], body: "That'd be grand, cheers. I'll bring Jan.\n\n> Two spare seats in our box for the Brunton Park game if you fancy it. Lee", findings: [{ ...gift }] },
    { to: ['ops@northgatevenues.co.uk'], body: "If there's a spare seat on your table at the dinner I wouldn't say no.", findings: [{ ...gift }] },
    { to: ['dev@keystonesystems.co.uk'], body: "Kind of you, but I'll have to pass.\n\n> We have a few places at the lodge the weekend of the 9th, partners welcome.", findings: [{ ...gift }] },
    { to: ['dave@hibbertmech.co.uk'], body: "Shooting day. Very kind of you to invite me along to the shoot in November, but I'll have to pass this year.", findings: [{ ...gift }] },
    { to: ['sam@thornbridgebrewing.co.uk'], body: 'Any chance of a couple of cases of beer for the office as a thank you for the publicity?', findings: [{ ...gift }] },
    { channel: 'social', site: 'facebook', body: 'Massive thanks to Lakeland Outdoor for kitting me out with a new waterproof after our rural crime walk with the team.', findings: [{ ...gift }] },
    { to: ['mick@arden-builders.co.uk'], body: 'Thanks for the offer on the kitchen for ours - if you can do it at trade plus 10% that would be amazing.', findings: [{ ...gift }] },
    { to: ['rory@calderwoodadvisory.co.uk'], body: "How kind - yes, I'd be glad to join you for lunch at the Cavendish on the 14th.", findings: [{ ...gift }] },
    { to: ['dev@northpointfacilities.co.uk'], body: 'Dev, any chance Northpoint could sort a couple of seats in your box for the derby?', findings: [{ messageId: 'solicited' }] },
    { channel: 'social', site: 'facebook', body: 'Lovely surprise - a bunch of flowers from the team at Peak Legal after our partnership event. Thank you!', findings: [{ ...gift }] },
    { channel: 'social', site: 'linkedin', body: 'Honoured to be a guest of Castlegate Facilities at their table for the Business Awards last night.', findings: [{ ...gift }] },
    { to: ['marcus@trentvalleyit.co.uk'], body: 'Thanks for dinner last night, Marcus - on you again! I owe you one.', findings: [{ ...gift }] },
    { to: ['priya@victimsforum.org.uk'], body: 'You mentioned the Forum would cover accommodation - would it be possible to include my husband?', findings: [{ messageId: 'solicited' }] },
    // Paying its own way for the visit, but turning the hotel and the dinner down: an offer declined.
    {
      to: ['ben@medsecure-custody.co.uk'],
      body: "We'd like to see the site, but we'll pay for our own travel and won't be able to accept the night at the hotel or the dinner.",
      findings: [{ ...gift, prefill: expect.objectContaining({ accepted: false }) }],
    },
    // A bequest from someone the office supported, to a family address.
    { to: ['helen.faulkner1@outlook.com'], subject: "RE: Dad's will", body: "I'm so sorry for your loss. I can't accept the £500 he left me in his will - staff here can't benefit from the wills of people we've supported.", findings: [{ ...gift }] },
    // Negotiating hospitality: more of it, for family.
    { to: ['hospitality@motorsport-events.co.uk'], body: "Thanks for the invitation. If the passes cover the whole weekend, could I bring my wife along?", findings: [{ messageId: 'solicited' }] },
    // Reported inside, asking what to do: cash pressed on the sender, a lamb left for her, a supplier's cottage declined.
    { to: ['j.connolly@warwickshire-pcc.gov.uk'], body: "He tried to give me an envelope with £100 in it 'for a drink'. I said no but he left it.", findings: [{ text: 'tried to give me an envelope', ...gift }] },
    { to: ['office.manager@cumbria-pcc.gov.uk'], body: 'The farmer has just dropped off a whole lamb for me. It is a lovely gesture but what do I do with it?', findings: [{ ...gift }] },
    { to: ['gemma@northlakesit.co.uk'], body: "That's incredibly kind - the kids would love a week at the company cottage. But I'm going to have to pass.", findings: [{ ...gift }] },
    // A bequest declined, thanked for in other words; a discount taken up; a particular hospitality declined.
    {
      to: ['c.pryce1961@btinternet.com'],
      body: 'I was very touched that your father would like to remember me in his will. Staff are not permitted to benefit in this way.',
      findings: [{ text: 'very touched that your father would like to remember me in his will', ...gift }],
    },
    { to: ['steve@peakjoinery.co.uk'], body: "Steve, if the offer of doing my kitchen at cost still stands I'm keen.", findings: [{ text: 'the offer of doing my kitchen at cost', ...gift }] },
    { to: ['sarah@caretech-fm.co.uk'], body: "That's kind, but I'll have to decline the Cheltenham hospitality, I'm afraid.", findings: [{ text: 'have to decline the Cheltenham hospitality', ...gift }] },
    // Someone else's family giving is not a family present: "your dad pressed an envelope on me".
    { to: ['karen.b@gmail.com'], body: 'Your dad pressed an envelope on me after the surgery; there was £100 inside. I am not allowed to accept cash.', findings: [{ ...gift }] },
    // Giving said plainly, whatever the thing is.
    {
      channel: 'social',
      site: 'linkedin',
      body: 'Delighted to have been sent a personalised leather notebook to mark the anniversary of them placing staff with the office.',
      findings: [{ text: 'sent a personalised leather notebook' }],
    },
    { to: ['colleague@example.co.uk'], body: 'Verity at Axiom has offered to waive my £495 delegate fee for the summit. Is it OK for me to accept?', findings: [{ messageId: 'offered' }] },
    { channel: 'social', body: 'The lady from the residents group only went and knitted me a scarf for helping with their bid at work', findings: [{ text: 'knitted me a scarf for helping' }] },
    // Something given after a talk, named by how it came; lunch accepted as the supplier's treat.
    { channel: 'social', body: 'Thank you to the gurdwara for the beautiful shawl presented to me after my talk on hate crime reporting.', findings: [{ messageId: 'offered' }] },
    { channel: 'social', body: 'Look what arrived from Kenilworth Rotary after I judged their youth awards for the office - the most gorgeous hamper!', findings: [{ messageId: 'offered' }] },
    { to: ['g.lowe@avonsecuritygroup.co.uk'], body: "Lunch at the Saxon Mill sounds great - and fine, you can get this one, I'll get the next.", findings: [{ messageId: 'offered' }] },
    // Declining a named sum while citing the rules is still an offer to declare.
    {
      to: ['j.barker58@hotmail.co.uk'],
      body: "I'm afraid I can't keep the £50 you enclosed, as our rules don't allow staff to accept cash.",
      findings: [{ text: "can't keep the £50" }],
    },
    // The benefit named by what was not charged; a loan; hospitality on LinkedIn, where posts are about work.
    { to: ['dean@dsremovals.co.uk'], body: "Cheers Dean, really appreciate you lending me the Luton for the move and not charging, you didn't have to.", findings: [{ text: 'Cheers Dean, really appreciate you lending me' }] },
    { channel: 'social', body: "Shout out to Dave at Hilltop Garage - did my MOT AND wouldn't take a penny, said it was for all the help with the farm watch scheme.", findings: [{ text: 'Shout out to Dave at Hilltop Garage - did my MOT' }] },
    { channel: 'social', site: 'linkedin', body: 'Honoured to be hosted by Verity Digital in their hospitality suite at the Grand Prix yesterday.', findings: [{ text: 'be hosted by Verity Digital in their hospitality suite' }] },
    // Thanks for an occasion whose hospitality the next sentences describe.
    {
      to: ['stuart@keystonefleet.co.uk'],
      body: 'Stuart - thanks again for Saturday, my lad was made up. His first time at Villa Park. The lounge was a proper treat as well.',
      findings: [{ text: 'thanks again for Saturday, my lad was made up. His first time at Villa' }],
    },
    // A request for something free, and a gift sent in by a business, in a post tied to work.
    { to: ['priya@thewarwickgrange.co.uk'], body: "Any chance of a room for me and the other half on the 14th, on the house? No worries if not!", findings: [{ text: 'Any chance of' }] },
    { to: ['events@example-farms.co.uk'], body: 'I gave a talk at the show and they sent me a hamper afterwards - thank you!', findings: [{ text: 'hamper afterwards - thank you' }] },
    { channel: 'social', body: 'The farmers sent a massive hamper into the office for me after my talk on quad bike security. Thank you!', findings: [{ text: 'hamper' }] },
    { channel: 'social', body: 'Cheers @CotswoldBrewCo for the crate after I did the business crime talk for your staff', findings: [{ text: 'Cheers @CotswoldBrewCo for the crate' }] },
    {
      name: 'a contractor\'s trade rate, accepted',
      to: ['mick@joinery-works.co.uk'],
      body: "Thanks for offering me your trade rate on a new kitchen after the office refit - I'll take you up on it.",
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'asking for a gift in another form',
      to: ['r.khan@guard-cctv.co.uk'],
      body: "That's very generous of you. Rather than the spa day, would it be possible to have it as a voucher?",
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'cash returned',
      to: ['irvingfamily@talktalk.net'],
      body: "You also kindly put \u00a350 inside - I'm afraid I'm not allowed to keep cash, so it is at reception for you to collect.",
      findings: [{ ...gift, prefill: { estimatedValue: 50, accepted: false } }],
    },
    {
      name: 'a free night, after speaking for work, in a post',
      channel: 'social',
      body: 'Massive thanks to the Lakeside Hotel for putting us up for the night free of charge after I spoke at their rural crime breakfast.',
      findings: [{ ...gift, prefill: { kind: 'hospitality' } }],
    },
    {
      name: 'declining what the subject names',
      to: ['s.rowley@midshire-facilities.co.uk'],
      subject: 'Re: Golf day',
      body: "Thanks for thinking of me again, Stuart, but I'll sit this one out this year.",
      findings: [{ messageId: 'offered', field: 'body' }],
    },
    {
      name: 'accepting what the quoted offer names: the reply alone is the span',
      to: ['ray@acme-security.co.uk'],
      body: "Go on then, count me in!\n\nOn Mon, 9 Mar 2026 at 16:45, Ray Cole <ray@acme-security.co.uk> wrote:\n> We've got two spare seats in the hospitality lounge for Saturday's match.",
      findings: [
        {
          ...gift,
          text: 'Go on then',
          prefill: { kind: 'hospitality', description: "We've got two spare seats in the hospitality lounge for Saturday's match" },
        },
      ],
    },
    {
      name: 'family named, but the offer comes from an organisation',
      to: ['bookings@lakeside-spa.co.uk'],
      body: 'So kind of you. Instead of the spa day for me, could you make it two passes for my mum and my sister?',
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'saying no to tickets, with family named, to the supplier',
      to: ['r.kaur@gatesystems.co.uk'],
      body: "That's kind of you, and my son would have loved it, but I'm going to have to say no to the tickets for Saturday.",
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'a personal discount from a supplier',
      to: ['sales@penrith-motors.co.uk'],
      body: "I'd like to take you up on the partner pricing for my own car: 22% off list is very generous.",
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'an exclaimed thanks for what the next sentence names',
      to: ['rachel@leadership-training.co.uk'],
      body: 'Oh, thank you! A spa day is exactly what I need after the last few months.',
      findings: [{ ...gift, messageId: 'offered' }],
    },
    {
      name: 'an ask that names its own benefit',
      to: ['craig@fleet-services.co.uk'],
      body: "Good to get the renewal signed. Any chance you could do me mates' rates on a service for my own car?",
      findings: [{ ...gift, messageId: 'solicited' }],
    },
    {
      name: 'thanks for hosting at a supplier table, in a post',
      channel: 'social',
      body: 'Huge thanks to Acme CCTV Solutions for hosting us on their table at the awards - the fizz was top drawer!',
      findings: [{ ...gift }],
    },
    {
      name: 'asking for spare passes',
      to: ['sam@midlands-av.co.uk'],
      body: "Don't suppose you've got any passes for the cricket going spare this year?",
      findings: [{ ...gift, messageId: 'solicited' }],
    },
    {
      name: 'a gift dropped off to say thanks, in a public post',
      channel: 'social',
      body: 'A resident dropped off a tin of flapjacks at the office to say thanks for the help with her victim support claim.',
      findings: [{ ...gift }],
    },
    {
      name: 'asking a supplier for hospitality at contract renewal',
      to: ['lee@derwent-fleet.co.uk'],
      body: 'Any chance you could chuck in a couple of passes for the hospitality box when we renew the fleet contract?',
      findings: [{ messageId: 'solicited' }],
    },
    {
      name: 'cash pressed on the sender by a member of the public',
      to: ['karen.b@gmail.com'],
      body: 'Your dad kindly pressed an envelope on me after the surgery and there was £100 inside. I will drop it back on Wednesday.',
      findings: [{ messageId: 'offered' }],
    },
    {
      to: ['ray@acme-security.co.uk'],
      body: 'Thank you for the hamper - very kind of Acme Security Ltd.',
      findings: [
        {
          ...gift,
          messageId: 'offered',
          text: 'Thank you for the hamper',
          prefill: { kind: 'gift', offeredBy: { organisation: 'Acme Security Ltd' }, description: 'Thank you for the hamper - very kind of Acme Security Ltd' },
        },
      ],
    },
    {
      name: 'the description collapses uneven white space (a tab, two spaces, a no-break space) and only that',
      to: ['ray@acme-security.co.uk'],
      body: 'Thank you  for the\thamper -\u00a0very kind of Acme Security Ltd (worth > £20).',
      findings: [
        {
          ...gift,
          messageId: 'offered',
          prefill: {
            kind: 'gift',
            estimatedValue: 20,
            offeredBy: { organisation: 'Acme Security Ltd' },
            description: 'Thank you for the hamper - very kind of Acme Security Ltd (worth > £20',
          },
        },
      ],
    },
    {
      name: 'the organisation comes from the recipient when the text names none',
      to: ['ray@acme-security.co.uk'],
      body: 'Thank you for the \u00a350 Amazon voucher.',
      findings: [{ ...gift, text: 'Thank you for the \u00a350 Amazon voucher', prefill: { kind: 'gift', estimatedValue: 50, offeredBy: { organisation: 'Acme Security' } } }],
    },
    {
      body: 'I would love to join you in the hospitality box at Villa Park.',
      findings: [{ ...gift, text: 'I would love to join you in the hospitality box', prefill: { kind: 'hospitality' } }],
    },
    {
      name: 'declining counts too',
      body: 'I must decline your kind offer of two tickets to the Test match.',
      findings: [{ ...gift, text: 'must decline your kind offer of two tickets', prefill: { kind: 'hospitality', accepted: false } }],
    },
    {
      body: "I'm afraid we aren't allowed to accept the tickets, so I'll send them back.",
      findings: [{ ...gift, text: "aren't allowed to accept the tickets", prefill: { accepted: false } }],
    },
    { body: 'Thanks so much for lunch on Tuesday.', findings: [{ ...gift, text: 'Thanks so much for lunch', prefill: { kind: 'hospitality' } }] },
    {
      name: 'declining a sum of money',
      body: "I can't keep the \u00a3100 you enclosed, so I am returning it.",
      findings: [{ ...gift, prefill: { kind: 'gift', estimatedValue: 100, accepted: false } }],
    },
    {
      name: 'a bequest, declined',
      body: 'Please thank Mrs Hall for the kind offer of a legacy, which I have to decline.',
      findings: [{ ...gift, text: 'kind offer of a legacy', prefill: { accepted: false } }],
    },
    {
      name: 'asking for a favour',
      body: 'Any chance of a couple of free places on your course for me?',
      findings: [{ ...gift, messageId: 'solicited', text: 'Any chance of', prefill: { kind: 'gift' } }],
    },
    { name: 'a curly apostrophe', body: 'I\u2019d love to take you up on the offer of dinner.', findings: [{ ...gift, text: 'I\u2019d love to take you up on the offer of dinner' }] },
    { name: 'a line break inside the phrase', body: 'Thank you\nfor the bottle of wine.', findings: [{ ...gift, text: 'Thank you\nfor the bottle of wine', excerpt: 'Thank you for the bottle of wine' }] },
    { name: 'capitals', body: 'THANK YOU FOR THE FLOWERS.', findings: [{ ...gift, text: 'THANK YOU FOR THE FLOWERS' }] },
    { name: 'a zero-width space', body: 'Thank you for the vouch\u200ber.', findings: [{ ...gift, text: 'Thank you for the vouch\u200ber' }] },
    // Offered, borrowed, not charged for, saved: the benefit said plainly.
    { channel: 'social', body: "Offered a free iPad by a vendor at the policing tech expo today after their demo. Left it on the stand.", findings: [{ ...gift }] },
    { to: ['e.grant@westmidlands-pcc.gov.uk'], body: "Mo at Tyseley Motors did the clutch and wouldn't take a penny - says it's for all the help we gave the partnership.", findings: [{ ...gift }] },
    { to: ['f.hussain@westmidlands-pcc.gov.uk'], body: 'Dave from the removals firm says I can borrow one of their vans for my move. Saves me about £150 on hire.', findings: [{ ...gift }] },
    { to: ['gemma.oduya@warwickshire.pnn.police.uk'], body: "Brightwell Kitchens said he'll knock 40% off a new kitchen for me - I said yes!", findings: [{ ...gift }] },
    { to: ['j.seddon@seddonandhale.co.uk'], body: 'Thank you so much for offering to look over the child arrangements order for my daughter free of charge.', findings: [{ ...gift }] },
    // A family occasion, but the giver is a supplier the sender manages at work.
    { channel: 'social', body: 'the supplier I manage at work sent me a Pandora bracelet for my birthday 😍', findings: [{ ...gift }] },
    { channel: 'social', body: "If any of our partners fancy showing their appreciation, I'm partial to a hospitality seat at the Etihad @CityHospitality", findings: [{ ...gift, messageId: 'solicited' }] },
    // Whatever is free is what was given: "free rides", "a free annual pass", "a free year's membership".
    { channel: 'social', body: 'Cheers @SwiftCabsBrum for the free rides home every night this week after the business crime summit!', findings: [{ ...gift }] },
    { body: "Thanks for the offer of a free annual pass for the multi-storey, but I'll have to decline.", findings: [{ ...gift }] },
    // Benefits that are not things: work done without charge, sponsorship, a loan, a rate for friends, a donation in the sender's name.
    { body: "Thanks Keith - very kind of you not to charge for the boiler service at mine.", findings: [{ ...gift }] },
    { body: "Really good of you to sponsor my lad's team off the back of the grant work.", findings: [{ ...gift }] },
    { channel: 'social', body: "Top marks to @LakesPrestige for the loan of a Range Rover for the week while mine's in the garage.", findings: [{ ...gift }] },
    { body: "It's Alan from the Commissioner's office - could you do us a 'mates rate' on the reception?", findings: [{ ...gift, messageId: 'solicited' }] },
    {
      body: "That's a lovely gesture - thank you.\n\n> To thank you for your help, we'd like to make a £500 donation in your name to a charity of your choosing.",
      findings: [{ ...gift }],
    },
    // The giving verb of another clause ("the help our team gave her") does not make the bequest the sender's gift.
    {
      body: "I'm touched that she remembered the help our team gave her, but I'm not able to accept the bequest of £3,000.",
      findings: [{ ...gift }],
    },
    {
      name: 'a public post thanking a company for a work gift',
      channel: 'social',
      body: 'Huge thanks to @AcmeSecurity for the Christmas hamper sent to the office!',
      findings: [{ ...gift, text: 'Huge thanks to @AcmeSecurity for the Christmas hamper', prefill: { kind: 'gift' } }],
    },
  ],
});

describe('organisationFromDomain', () => {
  it('capitalises each hyphenated word of the first label', () => {
    expect(organisationFromDomain('brum-uni.ac.uk')).toBe('Brum Uni');
    expect(organisationFromDomain('acmesecurity.co.uk')).toBe('Acmesecurity');
  });
  it('keeps empty words and a domain with no dot as split and join would', () => {
    expect(organisationFromDomain('a--b.com')).toBe('A  B');
    expect(organisationFromDomain('-acme-.org')).toBe(' Acme ');
    expect(organisationFromDomain('localhost')).toBe('Localhost');
    expect(organisationFromDomain('')).toBe('');
    expect(organisationFromDomain('.uk')).toBe('');
  });
});

describe('thanks exclaimed, for kindness, and treats', () => {
  testRule(rule, {
    valid: [
      { to: ['k.ellis@btinternet.com'], body: 'Thank you so much! The minutes are attached.' },
      { to: ['k.ellis@btinternet.com'], body: "That's very kind of you! I'll send it over on Monday.\n\n> Happy to look over your draft report if that helps." },
      { to: ['k.ellis@btinternet.com'], body: 'Thanks for the update. They treat us like children in these meetings.' },
    ],
    invalid: [
      // The exclaimed thanks is for what the next sentence names.
      { to: ['hillfarm@btinternet.com'], body: "Oh that's so kind of you both! A joint of lamb would be very welcome.", findings: [{ ...gift, text: "that's so kind of you both! A joint of lamb" }] },
      // Kindness thanked for, above the quoted offer.
      {
        to: ['events@rivertonhotel.co.uk'],
        body: "That's very generous of you! Could we do the second weekend in March?\n\n> As a thank you we'd like to offer you a complimentary two-night stay.",
        findings: [{ ...gift, text: 'very generous of you! Could we do the second weekend in' }],
      },
      { to: ['ali@casework-systems.co.uk'], body: 'Very kind of you to treat us, see you at 12.30.', findings: [{ ...gift, text: 'Very kind of you to treat' }] },
      { to: ['dan.hurst@derbytelegraph.co.uk'], subject: 'Re: lunch', body: 'Friday works. Your treat, as you said!', findings: [{ ...gift, text: 'Your treat' }] },
    ],
  });
});

describe('awards schemes, private mail, organisations and bookings', () => {
  testRule(rule, {
    valid: [
      // The office's awards scheme: its inbox and its finalists.
      { to: ['comms@westmidlands-pcc.gov.uk'], body: "This came into the awards inbox from a reporter. I haven't replied." },
      { channel: 'social', body: "@ExpressandStar thanks for the shout-out! I'll share the Community Safety Awards finalists once the judges have signed them off." },
      // The sender bringing things; thanks between friends from personal mail, nothing of work in it.
      { from: 'jo.r@gmail.com', to: ['wi.committee@googlegroups.com'], body: "Thank you all for offering to run the tombola - I'll bring the float and the raffle tickets." },
      { from: 'm.sedge62@gmail.com', to: ['pete.and.lyn@gmail.com'], body: "Pete, thanks for the bottle of Rioja - you didn't need to, it was only a lift to the airport!" },
    ],
    invalid: [
      { to: ['m.doyle@northstar.org.uk'], body: 'The hamper arrived and the team are very grateful.', findings: [{ ...gift, text: 'hamper arrived and the team are very grateful' }] },
      {
        channel: 'social',
        site: 'linkedin',
        body: 'Thank you to Outreach Partners for hosting me at their 25th anniversary gala last night.',
        findings: [{ ...gift }],
      },
      { to: ['j.mwale@streetwise.org.uk'], body: "That's kind, but as we fund you I can't let you sponsor his team's kit.", findings: [{ ...gift }] },
      {
        channel: 'social',
        body: "A family we supported left a box of chocolates and a card at our office today. Thank you - we'll treasure the card.",
        findings: [{ ...gift, text: 'left a box of' }],
      },
      // Family mail, but the discount is for what the sender books at work.
      {
        to: ['beth.morgan@gmail.com'],
        subject: "Mam's 80th",
        body: "Sorted! The Castle have given us 20% off the function room because I've booked the awards there two years running.",
        findings: [{ ...gift }],
      },
    ],
  });
});

describe('rates asked for, a discount asked for, the office thanked', () => {
  testRule(rule, {
    valid: [
      {
        to: ['events@hotel.co.uk'],
        body: "I'd like to book your suite for the awards dinner: 120 guests, three-course meal, drinks reception. Could you send me your per-head rates?",
      },
      { channel: 'social', body: 'Half marathon done! Sponsorship page still open for @Hospice if anyone fancies chucking a fiver in - thank you to everyone who has given.' },
      { channel: 'social', body: 'Lovely coffee morning today - £385 raised towards the new minibus. Thank you to everyone who baked!' },
    ],
    invalid: [
      {
        to: ['orders@cakesbyangela.co.uk'],
        body: "We'd love you to do the wedding cake. With all the buffets we order from you for the office, could you do me a bit of a discount?",
        findings: [{ messageId: 'solicited' }],
      },
      {
        channel: 'social',
        body: 'Massive thanks to Carlisle United for the hospitality box on Saturday, their thank you for the work our office did. Me and Dad had the best day!',
        findings: [{ ...gift }],
      },
    ],
  });
});

describe('someone else buying, a rate asked for family, a declaration approved', () => {
  testRule(rule, {
    valid: [
      {
        from: 'governance@westmidlands-pcc.gov.uk',
        to: ['m.quinn@westmidlands-pcc.gov.uk'],
        body: "I've approved your declaration of the two hospitality tickets you turned down - it will be on the public register at the end of the quarter.",
      },
      { to: ['t.shah@paragon.co.uk'], body: "I'm buying lunch on Friday - the team deserve it after the audit." },
    ],
    invalid: [
      { to: ['t.shah@paragon.co.uk'], body: "If Paragon's buying lunch, make it somewhere better than last time!", findings: [{ ...gift }] },
      { to: ['accounts@bodycams.co.uk'], body: 'My brother is after 20 of the units you supply us. Any chance you could do him the same rate as us?', findings: [{ messageId: 'solicited' }] },
    ],
  });
});

describe('who ate it, a pass that is no day out, a benefit told by whoever gave it', () => {
  testRule(rule, {
    valid: [
      // Passes and the office's team as a topic or a bearer, not a gift or a giver.
      { to: ['youthcouncil@gmail.com'], body: "Thanks for having me at the youth council. Great to hear your ideas on the skate park and the bus passes. I'll take them back to the office." },
      { to: ['reception@kendalcourt.co.uk'], body: 'Thank you for arranging the visitor passes for our auditors on Tuesday.' },
      // Someone kind about work, with nothing given.
      { to: ['a.khan@northfieldtrust.org.uk'], body: 'She kindly agreed to chair the steering group, so I will send her the papers next week.' },
      { to: ['j.ross@fellcare.org.uk'], body: 'Your manager kindly said he would send the minutes over by Friday.' },
      // Given by the office, in the item's own sentence.
      { to: ['icv@gmail.com'], body: 'Our visitors will have a buffet lunch laid on by the office after the awards.' },
    ],
    invalid: [
      // Thanks for a gift, then who ate or shared it in the sentence after.
      { to: ['hello@mintandmarlow.design'], body: 'Thanks so much for the box of chocolates! They were polished off by the team before lunch.', findings: [{ ...gift }] },
      { to: ['sales@peakprint.co.uk'], body: 'Thank you for the hamper. It was shared out by the office on Friday and went down well.', findings: [{ ...gift }] },
      // A benefit the giver "kindly said" or "agreed": a free stay, a fee waived, tickets on the house.
      {
        to: ['frontdesk@lakeviewhotel.co.uk'],
        body: "Your manager kindly said there'd be no charge for my wife and me to stay on after the conference. Could you confirm the booking?",
        findings: [{ ...gift }],
      },
      { to: ['events@grangehall.co.uk'], body: 'Your events manager very kindly agreed to waive the fee for my retirement do in March.', findings: [{ ...gift }] },
      { to: ['m.shah@shahmotors.co.uk'], body: 'Mr Shah kindly let me have two nights at the lodge as it was for the Commissioner.', findings: [{ ...gift }] },
    ],
  });
});

describe('someone free, a letter on behalf, a street', () => {
  testRule(rule, {
    valid: [
      // "Free" as someone's time, not a thing given.
      { to: ['sam@harbourevents.co.uk'], body: "Any chance you're free Thursday afternoon? I'd like to go through the tender questions." },
      { to: ['k.lowe@fellsidecare.org.uk'], body: 'Any chance - is anyone free Saturday morning to give us a hand with the gazebo?' },
      { to: ['j.tate@harrowsurveys.co.uk'], body: 'Any chance we could meet next week - would you be free Tuesday morning, or are you free Wednesday?' },
      // A letter written on someone's behalf is no offer, whatever the sentence goes on to name.
      { to: ['caseworker.jm@parliament.uk'], body: "Thank you for your letter on behalf of your constituent, whose complaint about the hotel's CCTV is now with the force." },
      // A gift word in a street's name.
      { to: ['clerk@holmeparishcouncil.org.uk'], body: 'Thanks for coming out to Golf Road yesterday to look at the speed readings.' },
      { to: ['chair@spawatch.org.uk'], body: 'Thank you for your help with the residents of 14 Spa Lane and Cottage Row after the flooding.' },
    ],
    invalid: [
      // Something free asked for is still a thing, whoever it is for.
      { to: ['m.kerr@castlegateparking.co.uk'], body: 'Any chance you could give us free parking at the ground for the derby?', findings: [{ messageId: 'solicited' }] },
      { to: ['bookings@lakesidebistro.co.uk'], body: 'Thank you for the lunch on Friday - the team loved it.', findings: [{ ...gift }] },
    ],
  });
});

describe('a yes to what follows, a bequest, a firm lounge', () => {
  testRule(rule, {
    valid: [
      // An exclaimed yes to work, and the sender's own booking after it.
      { to: ['d.ford@brightwellconsulting.co.uk'], body: "Yes please! I'll send the agenda over tomorrow. We've booked lunch for the steering group at noon." },
      // Something to be left for the sender as an errand, not a bequest.
      { to: ['treasurer@hopwoodwi.org.uk'], body: 'Thanks for the update. Could you leave me the £40 float for the raffle on my desk?' },
      { to: ['j.reid@reidlettings.co.uk'], body: 'Thanks for sorting the viewing. Please leave me the keys and £20 deposit receipt at the front desk.' },
    ],
    invalid: [
      // A yes exclaimed, to what the next sentences of its paragraph say is offered.
      {
        to: ['bookings@wirralcabs.co.uk'],
        subject: 'Re: Team night out',
        body: "What a kind offer - yes please! We'll be about a dozen, finishing at the Dock Street office around 7. If the runs home are still on the table, that would be amazing.",
        findings: [{ ...gift }],
      },
      {
        to: ['ops@peaklinecoaches.co.uk'],
        body: 'Go on then! We finish at the depot at six on Thursday. A couple of free taxis back to Stockport afterwards would be a real help.',
        findings: [{ ...gift }],
      },
      // A bequest: someone wanting to leave the sender something, named in the next sentence; or the sum left.
      {
        to: ['probate@hallandmoore-law.co.uk'],
        body: 'I was very touched to hear that she wanted to leave me something. Could you tell me how the legacy would be paid?',
        findings: [{ ...gift }],
      },
      { to: ['r.patel@patelprobate.co.uk'], body: "I understand Mr Akers has chosen to leave me £500 from his estate. What would I need to do on my side?", findings: [{ ...gift }] },
      // A yes to the firm's own lounge offered in the quoted message, or named in the reply.
      {
        to: ['lee.dunn@arcsecurity.co.uk'],
        subject: 'Re: Saturday',
        body: "Yes please! Two would be great, the kids will be made up.\n\nOn Mon 7 Oct, Lee Dunn wrote:\n> Got a couple of spares in our lounge for the derby if you're interested.",
        findings: [{ ...gift }],
      },
      { to: ['events@rivershorefc.co.uk'], body: 'Thanks so much - a place in your lounge for the cup tie would be brilliant.', findings: [{ ...gift }] },
    ],
  });
});

describe('a fundraiser paid for, a breach alleged of someone else', () => {
  testRule(rule, {
    valid: [
      // Signing up to a fundraising event is paying to go, not hospitality.
      { to: ['events@hospiceatho.org.uk'], body: "Count me in for the fundraising dinner on the 12th - I'll bring a bottle for the raffle too." },
      { to: ['sue@rotaryofkendal.org.uk'], body: 'Happy to join you at the fundraising lunch on Friday, and I can sell a few raffle books round the office.' },
      // A complaint or an audit about someone else's gift that went undeclared.
      { to: ['k.dale@daleinvestigations.co.uk'], body: 'The complaint alleges that hospitality from a supplier was not declared over two years.' },
      { to: ['audit@northgateaudit.co.uk'], body: 'Thanks for the report. It found that a dinner hosted by a contractor in March had not been declared by the manager.' },
    ],
    invalid: [
      // Seats or tickets given for a fundraising event, or a place there as someone's guest, are hospitality.
      { to: ['j.pike@pikeconstruction.co.uk'], body: 'Thank you for the two tickets to the fundraising dinner - very generous of you.', findings: [{ ...gift }] },
      { to: ['m.ray@raylogistics.co.uk'], body: 'Count me in for the fundraising ball - kind of you to have me as your guest.', findings: [{ ...gift }] },
    ],
  });
});

describe('a short kindness thanks, for the item beside it', () => {
  testRule(rule, {
    valid: [
      // Kindness for what was done, thanked in the sentence before; for nothing named; for what the sender does next.
      { to: ['k.ellis@btinternet.com'], body: 'Thanks for taking the minutes on Friday. That is really kind. Lunch is at one in the canteen if you want it.' },
      { to: ['k.ellis@btinternet.com'], body: 'You stayed late to finish the bid. Very kind of you. The figures go to the board on Monday.' },
      { to: ['m.shah@northpointit.co.uk'], body: "That's really kind. We've booked lunch for the panel on Friday, so no need to bring anything." },
      // A paragraph between: the kindness is not for what the next paragraph names.
      { to: ['m.shah@northpointit.co.uk'], body: 'Happy to help with the survey. How kind.\n\nThe hamper raffle closes on Friday.' },
    ],
    invalid: [
      // The item in the sentence before.
      { to: ['d.whit@cwbusiness.co.uk'], body: 'The case of wine turned up at the office. Very generous and quite unnecessary! I will save it for Christmas.', findings: [{ ...gift }] },
      { to: ['r.lowe@lowebuild.co.uk'], body: 'Your flowers were waiting on my desk this morning. So kind of you. See you at the forum.', findings: [{ ...gift }] },
      // The item in the sentence after.
      { to: ['mark@northpointit.co.uk'], subject: 'Re: Saturday', body: "That's really kind. My daughter would love a seat in the executive box for the final. I'll confirm next week.", findings: [{ ...gift }] },
      { to: ['mark@northpointit.co.uk'], body: 'How kind of you! Two tickets for the concert would be wonderful.', findings: [{ ...gift }] },
      // Touched by it, in its sentence.
      { to: ['jean.aird@btinternet.com'], body: 'The hamper arrived at the office this morning and the whole team was genuinely touched.', findings: [{ ...gift }] },
      { to: ['jean.aird@btinternet.com'], body: 'We were deeply touched by the flowers you left at reception.', findings: [{ ...gift }] },
    ],
  });
});

describe('family asked along to what the paragraph offers', () => {
  testRule(rule, {
    valid: [
      // Family named in a paragraph of their own, away from the offer; a table that is not a firm's guests'.
      {
        to: ['ryan@insightcloud.co.uk'],
        body: 'The corporate box at the ground is for the project team at go-live, as agreed with procurement.\n\nOn another matter, the leave form needs to include my partner as next of kin, which HR says I can update myself.',
      },
      { to: ['ryan@insightcloud.co.uk'], body: 'The client table in the report needs another column for the renewal dates.' },
    ],
    invalid: [
      {
        to: ['ryan@insightcloud.co.uk'],
        subject: 'Re: Renewal terms',
        body: 'Thanks for the revised quote. At the demo you mentioned seats in the corporate box for the project team once we go live. If we sign for three years rather than one, could that be two matches rather than one, and could it include me and my partner?',
        findings: [{ ...gift }],
      },
      {
        to: ['events@stagecoachevents.co.uk'],
        body: 'You offered me a place at the awards dinner next month, which is lovely. If there is room, I wondered whether my wife could come with me as well, as it falls on our anniversary weekend and we would otherwise be apart.',
        findings: [{ ...gift }],
      },
      { to: ['rebecca@cotswoldevents.co.uk'], body: 'Thanks for asking me to join your client table on Gold Cup day.', findings: [{ ...gift }] },
    ],
  });
});

describe('a gift to the whole team, turned up or dropped off, shown off, or a meal given free', () => {
  testRule(rule, {
    valid: [
      // Paperwork sent round or dropped off; a delivery shown from nobody; free work thanked for, not hospitality.
      { to: ['k.ellis@northgatesecurity.co.uk'], body: 'Facilities sent every one of us a reminder about the fire drill on Thursday.' },
      { to: ['k.ellis@northgatesecurity.co.uk'], body: 'Could you drop off a copy of the signed lease at reception on Monday?' },
      { channel: 'social', body: 'Look what arrived in the office post today - the new rota for the summer!' },
      { to: ['j.bell@valeprint.co.uk'], body: 'Thanks for proofreading the leaflet for free, it saved us a week.' },
    ],
    invalid: [
      { to: ['p.dale@dalelegal.co.uk'], body: 'A box of brownies turned up from your team this morning - the office cleared it by ten.', findings: [{ ...gift }] },
      { to: ['s.hart@northgatesecurity.co.uk'], body: 'Northgate sent each of us a £25 voucher for Christmas, which I am putting on the register.', findings: [{ ...gift }] },
      { to: ['casework@westmidlands-pcc.gov.uk'], body: 'Mrs Pryce took the time to drop off a cake at reception for the team who helped with her claim.', findings: [{ ...gift }] },
      { channel: 'social', body: 'Look what arrived at the office from @ValeBakery after our safety talk on Friday! 🍰', findings: [{ ...gift }] },
      { to: ['hello@greenroomcafe.co.uk'], body: 'Thank you so much for feeding the whole team for free after the launch!', findings: [{ ...gift }] },
    ],
  });
});

describe('the office as host, in its own words', () => {
  testRule(rule, {
    valid: [
      { to: ['volunteers@cumbria-pcc.gov.uk', 'k.armer@btinternet.com'], body: 'Reminder: training is at 10am on Saturday. Lunch is on us, so let me know any dietary needs by Wednesday.' },
      { channel: 'social', body: 'Drop in to our community safety surgery at the library on Tuesday, no appointment needed. Coffee and cake on us!' },
    ],
    invalid: [
      // The giver's words: a reply's subject, which the correspondent wrote.
      { to: ['sarah@meridianfinance.co.uk'], subject: 'RE: Christmas lunch on us!', body: 'Count me in - thank you, see you on the 19th.', findings: [{ ...gift }] },
    ],
  });
});

describe('a request for information answered', () => {
  testRule(rule, {
    valid: [
      { to: ['j.harding@btinternet.com'], body: 'Thank you for your request of 3 May 2024 in which you asked for the number of entries in the Gifts and Hospitality Register for 2023/24.' },
    ],
    invalid: [
      // More than the request thanked for: the hamper sent with it.
      { to: ['j.harding@hardingbuild.co.uk'], body: 'Thank you for your request and the hamper you sent with it.', findings: [{ ...gift }] },
    ],
  });
});

describe("a supplier's discount code asked for", () => {
  testRule(rule, {
    valid: [
      // A code that is no discount: a door's, a login's.
      { to: ['support@entrysys.co.uk'], body: 'The keypad on the back door has stopped working. Could you send the code through for the override?' },
      { to: ['it@venuehire.co.uk'], body: 'We need the wifi for the workshop. Could you send me the code before Thursday?' },
    ],
    invalid: [
      { to: ['sales@alarmkit.co.uk'], body: 'You mentioned the partner discount on your cameras - my wife has a small shop and would love that. Could you send the code through?', findings: [{ messageId: 'solicited' }] },
      { to: ['dean@fleetparts.co.uk'], body: 'Great catch-up. On the friends-and-family discount for your fleet tyres, my brother runs two vans. Could you send the code over?', findings: [{ messageId: 'solicited' }] },
    ],
  });
});

describe("the register's keeper counting its entries", () => {
  testRule(rule, {
    valid: [
      {
        from: 'governance@cumbria-pcc.gov.uk',
        to: ['leadership@cumbria-pcc.gov.uk'],
        body: 'Register attached. Six entries this quarter: two bottles of wine (both declined), an invitation to a golf day (declined) and three lunches.',
      },
      {
        from: 'governance@westmidlands-pcc.gov.uk',
        to: ['audit@grantthornton.co.uk'],
        body: 'For your sample: 14 declarations this year, including a hamper that was returned and tickets to the football that were declined.',
      },
    ],
    invalid: [
      // The sender's own offer, declined, in the same mail.
      {
        from: 'governance@cumbria-pcc.gov.uk',
        to: ['leadership@cumbria-pcc.gov.uk'],
        body: 'Register attached, six entries this quarter.\n\nSeparately, Apex Security offered me two tickets to the races, which I declined.',
        findings: [{ ...gift }],
      },
    ],
  });
});

describe('a post tied to work by the crime it is about, and a seat at a host table', () => {
  testRule(rule, {
    valid: [
      // A meal out with no work in view; the office giving things away at its own crime event; a seat at the table as influence.
      { channel: 'social', body: 'Massive thanks to the lovely folk at the Black Bull for feeding us all last night, what a birthday 🥳' },
      { channel: 'social', body: 'Our rural crime team handed out 200 free tractor tags at the county show today - thanks to everyone who stopped by.' },
      { to: ['m.shah@youthvoice.org.uk'], body: 'Young people deserve a seat at the table when the knife crime plan is written. Can we talk on Friday?' },
    ],
    invalid: [
      { channel: 'social', body: "Huge thanks to the Fleece Inn for feeding us all after the rural crime walk round Hawkshead - wouldn't take a penny!", findings: [{ ...gift }] },
      { to: ['events@harrislaw.co.uk'], body: 'Thank you for thinking of me, but I will have to say no to the seat at your table on the 14th.', findings: [{ ...gift }] },
      { to: ['j.cole@fernbankllp.co.uk'], body: "I'd love to take a place at your table on Friday if it's still free.", findings: [{ ...gift }] },
    ],
  });
});

describe('moved, as touched, by an offer', () => {
  testRule(rule, {
    valid: [
      // Moved by what someone said or went through, with nothing offered; a motion moved.
      { to: ['k.platt@btinternet.com'], body: 'I was genuinely moved by your account of the night of the fire, and I have passed it to the review team.' },
      { to: ['clerk@alfretonparish.org.uk'], body: 'Cllr Hart moved that the report be noted, and the meeting agreed.' },
    ],
    invalid: [
      { to: ['r.bagshaw@btinternet.com'], body: "I was deeply moved that you'd think to remember me in your will.\n\nBecause of my role I am not able to be a beneficiary.", findings: [{ ...gift }] },
      { to: ['ann.fell@fellsidejoinery.co.uk'], body: 'So moved by the bottle of malt after the victims service open day. Hope to see you at the next one.', findings: [{ ...gift }] },
    ],
  });
});

describe('sponsorship raised for a cause, thanked for', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', body: 'Ran the Coventry half for our chosen charity today - £410 raised so far for the young carers project, thank you to everyone who sponsored me!' },
      { channel: 'social', body: 'Office bake-off done: £95 for charity, thanks to all our victims team for baking.' },
    ],
    invalid: [
      // Money given to the sender, beside a charity named for something else.
      { to: ['m.hale@apexsecurity.co.uk'], body: 'Thank you for the £50 voucher you sent after the knife crime workshop - very generous.', findings: [{ ...gift }] },
    ],
  });
});

describe('the rule told to everyone, of any offer', () => {
  testRule(rule, {
    valid: [
      { to: ['allstaff@derbyshire-pcc.gov.uk'], body: 'Someone asked: yes, you still log a gift or hospitality on the register even if you turned it down.' },
      { to: ['team@cumbria-pcc.gov.uk'], body: 'To answer the question from Monday: a hamper goes on the register even if you decline it.' },
    ],
    invalid: [
      // The sender's own offer, turned down, beside the rule.
      { to: ['governance@derbyshire-pcc.gov.uk'], body: 'For the register: Apex offered me two tickets for the County match, which I turned down.', findings: [{ ...gift }] },
    ],
  });
});

describe('thanks for getting in touch', () => {
  testRule(rule, {
    valid: [
      { to: ['harriet.cole@bbc.co.uk'], body: "Thanks for getting in touch about next year's grant money. The figures are not final yet." },
      { to: ['r.lowe@localtrust.org.uk'], body: 'Thanks for getting back to me about the cash for the youth project; the panel meets on the 3rd.' },
    ],
    invalid: [
      // Getting something for the sender: thanked for.
      { to: ['dave@eventsco.co.uk'], body: 'Thanks for getting me the tickets for Saturday, that is really generous.', findings: [{ ...gift }] },
    ],
  });
});

describe('gifts told of as a treat, without a thanks formula', () => {
  testRule(rule, {
    valid: [
      // The office paying, and the office's own hospitality eaten by the team.
      { to: ['policing-team@westyorks-ca.gov.uk'], body: 'The buffet is paid for from the engagement budget, so please make sure the groups eat first.' },
      { to: ['bookings@hallhire.org.uk'], body: "We'll need the kitchen (we're bringing a buffet from Coopers, paid for by the office). Please invoice us." },
      { to: ['catering@townhall.co.uk'], body: 'The lunch was paid for out of the training budget and the sandwiches were demolished by the team.' },
      // Spoiled that is no treat; a general question about what one has been offered.
      { channel: 'social', site: 'facebook', body: 'The partnership open day was spoiled by the rain, but thanks to the victims charity for coming.' },
      { to: ['governance@warwickshire.pnn.police.uk'], body: "General question rather than anything I've been offered: does a pen from a conference stand go in the register?" },
    ],
    invalid: [
      // Gifts listed as a treat to the sender, in a post tied to work.
      { channel: 'social', site: 'facebook', body: "Last shift today and I've been proper spoiled - flowers and a spa voucher from the partnership team. Gonna miss you all", findings: [{ ...gift }] },
      { channel: 'social', site: 'facebook', body: 'Been spoilt rotten by the victims service lot: a hamper and a bottle of fizz for my leaving do!', findings: [{ ...gift }] },
      { to: ['office@kirklees-rotary.org.uk'], body: "I've been so spoiled this week - the bouquet from your members arrived this morning. What a surprise.", findings: [{ ...gift }] },
      // Enjoyed by the team, not given by it.
      { to: ['the.rowleys67@gmail.com'], body: "What a lovely surprise - the box of Celebrations has already been demolished by the team. You didn't need to, I was only doing my job.", findings: [{ ...gift }] },
      { to: ['sue.banks@hotmail.co.uk'], body: 'Thank you so much, the tin of biscuits was enjoyed by the office all week. I only did my job on your case.', findings: [{ ...gift }] },
    ],
  });
});

describe('an offer quoted below, accepted or pushed for more', () => {
  testRule(rule, {
    valid: [
      // The office's own do, a buffet the sender lays on.
      { to: ['events@stmungostrust.org.uk'], body: "Go on then, we'll host it this year - we'll sort the buffet and the room ourselves and invoice the partners.", subject: 'Christmas do' },
      // "Throw in" of work, not of a benefit.
      { to: ['j.lee@printfast.co.uk'], body: 'If you throw in the proofs by Friday we can sign the leaflet off on Monday.' },
    ],
    invalid: [
      { to: ['events@stmungostrust.org.uk'], subject: 'Re: Christmas do', body: 'Aww go on then, count me in! See you on the 17th.\n\n> We would love you to join us - first drink on us, buffet from 7.', findings: [{ ...gift }] },
      { to: ['hello@harbourkitchen.co.uk'], subject: 'Re: launch', body: 'Count me and Lou in!\n\n> Do come to our launch night: free bar and a hot buffet for our friends at the OPCC.', findings: [{ ...gift }] },
      { to: ['gavin.pryce@fleetsupplies.co.uk'], subject: 'Re: golf day', body: "Tell Gav I'll come to the golf day if he throws in a round for my other half too.", findings: [{ ...gift }] },
      { to: ['sales@meadowhotels.co.uk'], body: "We'd happily take the two nights for the conference if you chuck in a spa day for me while I'm there.", findings: [{ ...gift }] },
    ],
  });
});

describe('a rate for those who book through work, asked for family', () => {
  testRule(rule, {
    valid: [
      // The office booking at the rate, for its own event.
      { to: ['conference@limeshotel.co.uk'], body: 'You mentioned a partner rate for people who book through work. Please book the away day at that rate and invoice the OPCC.' },
    ],
    invalid: [
      { to: ['conference@limeshotel.co.uk'], body: 'You mentioned there\'s a "partner rate" for people who book through work. Any chance that would stretch to my daughter\'s wedding reception?', findings: [{ ...gift }] },
      { to: ['hire@riversidevenue.co.uk'], body: 'Is the staff discount for people who book through the office something I could use for my son\'s 18th? Any chance?', findings: [{ ...gift }] },
    ],
  });
});

describe('a loan offered, repaid on terms, and thanks to a company written "Co."', () => {
  testRule(rule, {
    valid: [
      // Paying back a debt, not a loan: the sender's own share.
      { to: ['dave@fellsidetimber.co.uk'], body: "I'm honestly touched you'd remember the meeting. I'll pay you back for the sandwiches on Friday." },
      { to: ['jo@gmail.com'], subject: 'Re: tickets', body: 'I will pay you back for my ticket on Friday.\n\n> I got us two seats for the gig, £30 each.' },
      // A company named with "Co." thanked for a service to the public, given by the office.
      { channel: 'social', site: 'bluesky', body: 'Our free bike marking with Lakeland Outdoor Co. is back this Saturday at the victims hub - come along.' },
    ],
    invalid: [
      { to: ['andy@nuneatonproperty.co.uk'], subject: 'Re: deposit', body: "I'm honestly touched you'd offer. Could we say £1,500 instead and I pay you back £125 a month?\n\n> Let me lend you two grand, no interest - you've been good to us with the funding.", findings: [{ ...gift }] },
      { to: ['raj@midlandmotors.co.uk'], body: "Thanks Raj, the interest-free loan would really help with the car. I'll pay you back by Christmas.", findings: [{ ...gift }] },
      { channel: 'social', site: 'bluesky', body: "Massive thanks to Fellside Outdoor Co. for the free fleeces for everyone on the victims' hub team!", findings: [{ ...gift }] },
    ],
  });
});

describe('a gift found waiting for the sender', () => {
  testRule(rule, {
    valid: [
      // Nothing given; family; no tie to work in a post.
      { channel: 'social', site: 'facebook', body: 'Got home to a burst pipe after a long shift at work. Brilliant.' },
      { channel: 'social', site: 'facebook', body: 'Came home to a bottle of fizz and flowers from my husband for our anniversary ❤️' },
      { channel: 'social', site: 'facebook', body: 'Got home to a bottle of fizz on the doorstep. Friday sorted.' },
    ],
    invalid: [
      { channel: 'social', site: 'facebook', body: "Got home to a bottle of fizz and a card on the doorstep from one of the families we've been supporting through work. This job!", findings: [{ ...gift }] },
      { channel: 'social', site: 'facebook', body: 'I came home to a hamper from the residents group I work with on the Kendal scheme - so kind.', findings: [{ ...gift }] },
      { to: ['tina@brightcleaning.co.uk'], body: 'There was a box of chocolates on my desk from your team this morning. What a treat!', findings: [{ ...gift }] },
    ],
  });
});

describe('joining the giver, kept away, a bequest refused, an offer already declared, a front desk, a running total', () => {
  testRule(rule, {
    valid: [
      // An offer turned down and already declared, told to the register's keeper.
      { to: ['register@cumbria-pcc.gov.uk'], body: "For your records: I declined the Kestrel box at the match and it's already on the register." },
      // Reception as a front desk, in the quoted chain of a reply about a pool car.
      { to: ['fleet@example-lease.co.uk'], subject: 'RE: van return', body: 'Thanks - can it be the diesel rather than the petrol one?\n\n> Please leave the keys at reception.' },
      // Thanks for a sponsored walk's running total.
      { to: ['all.staff@derbyshire-pcc.gov.uk'], subject: 'Sponsored swim', body: "Thanks for all the support so far - we're at £410 for the air ambulance!" },
      // Joining a colleague at a meeting, and a plain "couldn't possibly" with no offer.
      { to: ['jo@example-partners.org.uk'], body: "I'll join you at the steering group on Tuesday." },
      { to: ['jo@example-partners.org.uk'], body: "We couldn't possibly finish the audit by Friday." },
    ],
    invalid: [
      { to: ['events@example-consult.co.uk'], subject: 'Re: Safer Streets Awards dinner', body: "Thanks, yes - I'll join you on your table on the 4th.", findings: [{ ...gift }] },
      { to: ['a.bell@example-fleet.co.uk'], body: "Thanks for asking, but with the tender live I won't be able to come to the lunch at the Oak.", findings: [{ ...gift }] },
      { to: ['m.hart@btinternet.com'], body: "It was kind of you, but I couldn't possibly accept the money you left me in your will - it came through my work with you.", findings: [{ ...gift }] },
      { channel: 'social', body: 'Flowers on my desk from the youth club lads for helping with their bid. Made my week!', findings: [{ ...gift }] },
      // Where the sender will be is no running total.
      { to: ['hospitality@example-fc.co.uk'], body: "Thanks so much for the tickets - we're at the match on Saturday with the team.", findings: [{ ...gift }] },
    ],
  });
});

describe('a day of sport, something lent, an open hint, a party someone else pays for', () => {
  testRule(rule, {
    valid: [
      // The office's own Christmas party, thanked for and booked; a hint with nothing asked for; a loan the office arranges.
      { channel: 'social', site: 'facebook', body: 'Thanks to everyone who came to the OPCC Christmas party on Friday, and to Lucy for organising it all!' },
      { to: ['bookings@bellaitalia.co.uk'], subject: 'Christmas do', body: 'Please book a table for 14 on the 12th for our Christmas party. We will pay on the night.' },
      { to: ['jo@example-partners.org.uk'], body: "If you need me on Thursday, you know where I am - I'll be in the office all day." },
      { to: ['finance@example-bank.co.uk'], body: 'Please send the loan agreement for the community hub to our finance team for signature.' },
      { to: ['ian@example-angling.org.uk'], body: 'Thanks for the figures on fishing licence checks on the Eden; they will go in the rural crime report.' },
      // A discount to the office on a contract; the policy's own words ("offers you turn down"); a training scenario.
      { to: ['procurement@westmidlands.police.uk'], body: 'The preferred supplier has offered a 10% volume discount on the contract if we commit to three years. Can you reflect it in the award report?' },
      { to: ['allstaff@cumbria-pcc.gov.uk'], body: 'Quick reminder: anything over £25 goes on the register within 28 days, and offers you turn down still need logging.' },
      // A favour the sender asks, owed for: no benefit to them.
      { to: ['r.singh@example.ac.uk'], body: 'Massive favour - could you have a read of our draft annual report before it goes to the PCC? Owe you one.' },
    ],
    invalid: [
      { to: ['estate.office@example-estates.co.uk'], body: "Thank you for the kind offer of a day's fishing on the Eden beat in April - I'd be glad to accept!", findings: [{ ...gift }] },
      { to: ['fleet@example-motors.co.uk'], body: "I'll pick up the Land Rover Friday and bring it back Monday. Really appreciate you lending it.", findings: [{ ...gift }] },
      { to: ['tom@example-consult.co.uk'], body: "Sounds like a good summer in that box of yours. If there's ever a spare seat for the Ashes Test, you know where I am ;)", findings: [{ ...gift }] },
      { channel: 'social', site: 'x', body: 'Any Derby businesses fancy sponsoring a Christmas do for the hardest working office in Derbyshire? @ExampleBrewCo go on...', findings: [{ ...gift }] },
      { channel: 'social', body: 'Not every day a supplier offers you a free week in Tenerife "for research" 😂 Politely declined, obviously.', findings: [{ ...gift }] },
      { to: ['secretary@example-golf.co.uk'], subject: 'Letter', body: 'Dear Mr Haworth,\n\nPlease find my letter attached.', attachments: ['Letter declining complimentary membership offer.pdf'], findings: [{ ...gift, field: 'attachments' }] },
      { to: ['conferences@example.ac.uk'], body: 'My partner would love to come too, so please go ahead and book both flights and the two nights at the hotel as you kindly suggested.', findings: [{ ...gift }] },
      { channel: 'social', site: 'bluesky', body: 'when a bidder sends you a bottle of 18 year old whisky before the evaluation panel - yeah that is going straight back with a polite note', findings: [{ ...gift }] },
      { channel: 'social', site: 'bluesky', body: "i wouldn't say no to those city tickets the sales guy pitching to us today keeps dropping into conversation", findings: [{ ...gift }] },
      {
        to: ['coo@derbyshire-pcc.gov.uk'],
        subject: 'Fwd: A little thank you',
        body: "Hi Mel,\n\nI've told Steve yes in principle - is that OK for the register?\n\nGary\n\n---------- Forwarded message ---------\nFrom: Steve Hollins <steve@example-fleet.co.uk>\nSubject: A little thank you\n\nThe cottage in Hartington is empty the weekend of the 12th - you and the family are welcome to it.",
        findings: [{ ...gift }],
      },
      { to: ['dale@example-build.co.uk'], body: "Cheers Dale, borrowing the Transit for the weekend would be a massive help with the move. Owe you one!", findings: [{ ...gift }] },
      { to: ['demo@example-bikes.co.uk'], body: "The e-bike's been brilliant. Any chance I could hang onto it through the summer? Happy to write you a testimonial for the tender.", findings: [{ ...gift }] },
      { to: ['abu.yazan.family@gmail.com'], body: "Thank you so much for the invitation - I'd be honoured to join you and the family for iftar on Thursday. I'll let my manager know, as we record these things at work.", findings: [{ ...gift }] },
    ],
  });
});
