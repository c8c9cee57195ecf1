import { describe } from 'vitest';
import { testRule } from '../test-rule';
import rule from './party-political';

describe('any sender', () => {
  testRule(rule, {
    valid: [
      // A neutral reminder to vote in a public post, and a petition with no party in the sentences beside it.
      { channel: 'social', body: 'Polls are open until 10pm for the mayoral race. Whoever you are voting for, bring photo ID.' },
      { to: ['pat.and.jim@btinternet.com'], body: "Could you both sign Ann's petition on the bus cuts? The council meets on the 14th.\n\nThe Labour market figures are out too." },
      // "Vote for" a pronoun with no election in view.
      { to: ['staff@example.org.uk'], body: 'Dave ran the quiz brilliantly again, so when the staff awards come round, vote for him.' },
      { to: ['j.hardy@derbyshire.police.uk'], body: 'thanks for all your labours on the petition response, the residents were pleased' },
      // "Only" before a party that counts, not claims.
      { channel: 'social', body: "The panel's only Labour member will chair the meeting." },
      // A first word that could be a party, in a draft with an address in it: no hashtag (the tokeniser once flagged every text's first word as one).
      { channel: 'social', body: 'Reform of licensing is long overdue and the current approach is a shambles. Replies to p.sandhu@westmidlands-pcc.gov.uk please.' },
      { channel: 'social', body: 'Only Labour replied to our survey.' },
      // Official material that names parties as facts: published minutes with members' groups; a briefing on the panel's make-up.
      {
        to: ['m.hale@gmail.com'],
        body: 'Extract from the published minutes. Present: Cllr Andrew Cropper (Chair, Conservative), Cllr Sarah Milner (Labour), Mr Robert Hunter (independent co-opted members). The Panel agreed a vote of thanks.',
      },
      { to: ['deputy.mayor@westyorks-ca.gov.uk'], body: 'Briefing note: the panel has six Labour, three Conservative and two Lib Dem members. Lines to take are attached.' },
      // Guidance that rules campaigning out or talks about what is allowed, with work kit and a shared drive in it.
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'A reminder from the training: no canvassing and no leafleting if your post is restricted. The slides are on the shared drive.' },
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'Restricted posts may not canvass or campaign. Either way, nothing party political from a work account or on work kit.' },
      { to: ['kim.lowe@cumbria-pcc.gov.uk'], body: "Your post isn't restricted, so helping with your cousin's council campaign at weekends is allowed. Nothing from work kit, please." },
      // Standing in for someone, not for a party.
      { to: ['sue@btinternet.com'], body: "I'm standing in for Labour's usual rep at the residents' meeting, which is fine by me." },
      // Pre-election guidance naming the parties, with a rule against using work accounts; a factual write-up.
      {
        to: ['allstaff@westmidlands-pcc.gov.uk'],
        body: "The candidates are Labour, Conservative, Green and Reform UK. Please don't share, like or comment on any candidate's posts from work accounts.",
      },
      { channel: 'social', body: 'Panel write-up: Cllr Alison Wright (Conservative) asked about rural response times. The panel voted to endorse the precept.' },
      // Forwarded inside for awareness, under a short forward header.
      { to: ['policing.team@westmidlands-pcc.gov.uk'], body: 'FYI - not for us to respond to.\n\n---------- Forwarded ----------\n@CllrPickeringCon: "Another shambles from Labour. Vote Conservative on 2 May."' },
      // A partisan message from the public, forwarded inside for logging, is being handled, not passed on.
      {
        to: ['monitoring.officer@westmidlands-pcc.gov.uk'],
        subject: 'FW: email to general inbox',
        body: 'For logging - no reply sent.\n\n-----Original Message-----\nFrom: resident@yahoo.co.uk\nSubject: disgrace\n\nVote him out in May, everyone round here will be voting Labour!!',
      },
      // Good news with no party in it; a poster that is the office's own.
      { channel: 'social', body: 'Good to see the new youth hub open in Barrow. Time for real change in how we support young people.' },
      { channel: 'social', body: 'Our knife crime poster is going up in every school in Belper this week.' },
      // Turnout, not a side: the office may encourage people to vote.
      { channel: 'social', body: "Don't forget to use your vote on 2 May: polling stations are open from 7am to 10pm." },
      // The office's own pre-election period is calendar, not a contest: getting a contract "over the line" before it is work.
      'We hope to get the custody contract signed off before the pre-election period starts in March. Every vote of the board counts.',
      { to: ['jo@supplier.co.uk'], body: 'Can we hold the seat prices for the conference until the pre-election period is over?' },
      // A candidate for a job, selected.
      'Our new caseworker was selected as the candidate for the apprenticeship scheme.',
      // A party named as a fact about the Commissioner's election; a candidate for a job; "voting" on something; "his lot" at work.
      "He was elected in 2024 as the Labour and Co-operative Party candidate, and his declaration of interests is published on our website.",
      'The candidate for the data analyst post starts Monday; the proceeds of the bake sale go to the staff fund.',
      "We're voting Tuesday on the new terms of reference.",
      'The inspector and his lot will join us for the dinner after the awards.',
      'Their contract runs for another four years.',
      // Party words with nothing asked or attacked; a colour with no vote or election.
      'Our table was red all the way at the quiz.',
      // Support "all the way" for a project, and a candidate for a post, with no party or election.
      { channel: 'social', body: 'Proud of this team: we backed the knife crime summit all the way, and the council did too.' },
      { to: ['sam@example.com'], body: 'The candidate for the analyst role starts in the new year; the elections team will brief her.' },
      // Campaign work for a party that the sender is not doing.
      { to: ['sam@hotmail.co.uk'], body: "We're not leafleting for Labour this year - the kids have got too much on." },
      // Ordinary words that happen to be party names.
      'Labour market data for the region is attached.',
      'That is a conservative estimate of the cost.',
      'Conservative estimates put the overspend at \u00a32m.',
      'We are improving green spaces near the station.',
      'Reform of the custody process is overdue.',
      'An independent review of the custody process reported today.',
      'A vote of thanks to all our volunteers.',
      'Vote of thanks to Sam.',
      'The Christmas party is on 12 December - tickets still available.',
      // Neutral work references to elections and politicians in their roles; the organisation's own campaigns.
      'The pre-election period starts on 25 March, so no new announcements until after the election.',
      'The Commissioner will attend the Police and Crime Panel on Monday.',
      'Cllr Jones (Labour) chairs the scrutiny committee.',
      'Our campaign against knife crime launches on Monday.',
      'Our Green Champions are planting trees on Saturday - come along!',
      // A party slogan in the quoted reply chain is not the sender's.
      {
        to: ['dan@example.com'],
        body: 'Thanks for the agenda.\n\nOn Fri, 6 Mar 2026 at 08:00, Dan Ross <dan@example.com> wrote:\n> Vote Labour on Thursday!',
      },
      // "vote for" a thing that is not a candidate, with no election in sight.
      'Please vote for Option B in the staff survey.',
      'Voting Opens Monday for the staff awards.',
      // LABELS.md: neutral, factual work references are not political.
      'The Labour Party conference is in Liverpool this year, so the Commissioner will not attend the panel that week.',
      // Campaigning beside a party, ruled out by a prohibition ahead of it.
      { to: ['dawn@example.co.uk'], body: "Please don't deliver leaflets for the Conservatives or put up posters for Labour." },
      // Party names made ordinary by the word after, at the end of a field, and counted in a panel's make-up by figure.
      'Staff costs rose, but Labour costs fell.',
      'The market data says conservative',
      { to: ['jo@example-charity.org.uk'], body: 'The panel has 6 Labour, 3 Conservative and 1 independent member. Vote on the agenda at 10am.' },
      // Party names at a sentence start followed by ordinary words.
      'Labour costs rose by 4% this year.',
      'Conservative planning assumptions were used throughout.',
      // Colours with no election or campaigning in view.
      'The red team won the quiz, the blue team came second.',
      'Keep the lights blue on the station sign until the repair.',
      // A councillor's address on ordinary panel business; officers knocking doors after a burglary.
      { to: ['cllr.a.khan@example-council.gov.uk'], body: 'The panel papers for Monday are attached, including the campaign evaluation.' },
      'Officers will knock doors in Ladywood to reassure residents after the burglaries.',
      // "your X" about something else.
      'Please put your initials in the box and your X on the attendance sheet.',
      { channel: 'social', body: 'Thanks to all the #voters who came to the hustings-free community meeting.' },
      'The panel voted to reform the complaints process.',
      // The same words to an ordinary outside address: the ask is too far from the party to be about it.
      { to: ['jo@example-charity.org.uk'], body: 'The Conservatives have run this county for years. Please think about that when you go to the polls.' },
      // Politicians in their roles, and opinion that is about something else.
      { channel: 'social', body: 'The Home Secretary visited our custody suite today to see the new mental health triage.' },
      { channel: 'social', body: 'The crossing on the other side of the road is dangerous and the lights are useless - reported to the council.' },
      { to: ['info@example-charity.org.uk'], body: 'Our MP opened the new hub on Friday and the kids thought the magician was brilliant.' },
      { channel: 'social', body: 'Reform is needed in how custody records are kept: the current system is hopeless.' },
      // Asks for a vote that are not about an election.
      { channel: 'social', body: 'Our volunteer Anne needs your vote in the Pride of Warwickshire awards!' },
      { channel: 'social', body: 'Polls open at 7am on Thursday. Whoever you support, please make sure you vote.' },
      // "The other lot" are other bidders; a branch of a bank; a job candidate; someone running for a bus.
      { to: ['paul@ironbridgecctv.co.uk'], body: "Between us: you're on 74 and the other lot are on 79, mostly on price." },
      { channel: 'social', body: 'Our local branch of the credit union is holding a quiz night to raise money for the food bank. Come along!' },
      // An office named with work equipment, no party work.
      'I did the slides for the Commissioner on the work laptop this morning.',
      // A rose emoji with nothing political in view.
      { channel: 'social', body: 'Lovely to see the memorial garden in bloom today \u{1F339}' },
      // Offering a room for free is not a request, and a meeting room is not a party matter.
      { to: ['colin@example-club.org.uk'], body: 'I can get us the big meeting room for free after 6pm for the residents meeting.' },
      // A panel's party make-up, counted; guidance that forbids campaigning, listing what is forbidden.
      {
        to: ['jo@example-charity.org.uk'],
        body: 'The panel has twelve members: ten councillors (currently six Labour, three Conservative and one Liberal Democrat) and two independent members.',
      },
      {
        to: ['dawn@example.co.uk'],
        body: "Your post is politically restricted. Please don't knock on doors, deliver leaflets or appear in any campaign material.",
      },
      // Negated: no opinion given.
      { channel: 'social', body: 'Whatever you think of the government, the new funding is not a joke for victims here.' },
    ],
    invalid: [
      // A candidate by party, however small the party; a cross promised in an election; a party by its colour with an election in view.
      { to: ['colleague@westmidlands-pcc.gov.uk'], body: 'Anyone free on Sunday? I am out with leaflets for Sam, the Green candidate for Aston.', findings: [{}] },
      { channel: 'social', body: 'Postal votes have to be back by Thursday. You all know where my cross is going.', findings: [{ text: 'where my cross is going' }] },
      { channel: 'social', body: "Whatever you do at the election, keep the turquoise lot's man away from the Commissioner's job. They never cared about victims.", findings: [{}] },
      // Signatures asked for, the party named in the next sentence; a vote told in a public post about the race.
      { to: ['pat.and.jim@btinternet.com'], body: "Could you both sign Ann's petition on the bus cuts? Our local party need 5,000 names by the end of the month.", findings: [{ text: 'petition' }] },
      { channel: 'social', body: 'The mayoral race is closer than the polls say. Vote for competence on 7 May.', findings: [{ text: 'Vote for' }] },
      // Pointing readers to polling day after blaming one party and praising another; a party said to sit on figures.
      { channel: 'social', body: "The Conservatives cut 1,000 officers from West Yorkshire. Labour's Mayor has put them back on our streets. Remember that on 1 May.", findings: [{}] },
      { channel: 'social', body: 'If you want the real story on 999 answer times, message me. This Tory commissioner has been sitting on the figures for months.', findings: [{}] },
      // Votes asked for a candidate by pronoun, in an election.
      { to: ['committee.mosque@gmail.com'], body: "Councillor Ian Barker from the Conservatives will be outside after prayers. He needs the community's votes on 2 May - a vote for him is a vote for someone who listens.", findings: [{}] },
      // A press release that ends by asking readers to return the Commissioner; an invitation to a party candidate's evening with a campaign to join.
      { to: ['press@derbyshire-pcc.gov.uk'], subject: 'Press release: burglary down 18%', body: 'When I was elected I promised to put burglary first. The job is not finished. On 2 May, vote to keep a Commissioner who delivers.', findings: [{ text: 'vote to keep' }] },
      { to: ['partners@cumbria-pcc.gov.uk'], subject: "Invitation - meet Labour's candidate for Carlisle", body: "You're invited to meet Labour's candidate for Carlisle on Thursday. If you'd like to help with the campaign, there'll be sign-up sheets on the night.", findings: [{}] },
      // A party's petition, written in a hurry and sent to a colleague: "labours" for "Labour's".
      { to: ['j.hardy@derbyshire.police.uk'], body: 'jay can u sign this, its labours petition to keep buxton station open, we need 2000', findings: [{ text: 'petition' }] },
      // A claim that one party alone will do right, on the office's page.
      { channel: 'social', body: "Our Commissioner has reopened three stations. Only the Conservatives will keep Cumbria's villages safe", findings: [{ text: 'Conservatives' }] },
      { channel: 'social', body: 'the state of the lib dems on this council. roll on the general election #GTTO', findings: [{ text: 'lib dems' }] },
      { to: ['comms@westyorks-ca.gov.uk'], subject: 'Draft intro for the bulletin', body: 'Years of Conservative cuts left us short of officers; with a Labour Mayor we are putting them back.', findings: [{ text: 'Conservative' }] },
      // Official material drafted inside (a speech, newsletter copy, lines to take) used for party politics.
      {
        to: ['events@cumbria-pcc.gov.uk'],
        body: "Final version of my speech for the awards:\n\nIt has been a hard year. Remember in May who stood by our police: the Lib Dems did, and the Conservatives didn't. Worth bearing in mind at the ballot box.",
        findings: [{ text: 'at the ballot box' }],
      },
      {
        to: ['design@westmidlands-pcc.gov.uk'],
        subject: 'Newsletter copy - final',
        body: 'A WORD FROM THE COMMISSIONER\n"Years of Conservative cuts took officers off our streets, and only Labour is putting them back."',
        findings: [{ text: 'Conservative' }],
      },
      { to: ['events@warwickshire-pcc.gov.uk'], body: "My speech for Friday: I'm standing again for Reform in May, and I hope I can count on your support.", findings: [{ text: 'count on your support' }] },
      // Standing for a party is a candidacy: praise of its candidate needs no other election word.
      { to: ['neighbours@googlegroups.com'], body: "Tom's standing for the Greens in Ashby West and honestly he is the real deal.", findings: [{ text: 'Greens' }] },
      // Praise only a partisan gives ("when no one else would"), blame pinned on a party, a cross promised.
      { to: ['parish.clerk@hatheringe.org.uk'], body: 'Funny how it was the Lib Dems who closed it, and now they want it back.', findings: [{ text: 'Lib Dems' }] },
      { channel: 'social', body: 'Labour are running a street surgery by the market hall on Friday. Pop down and say hello. Honestly, the only ones who bothered to come out to the estate all year.', findings: [{ text: 'Labour' }] },
      { channel: 'social', body: 'County elections next week. The Conservatives saved our bus route when no one else would, and they will have my cross.', findings: [{ text: 'Conservatives' }] },
      // Recruiting colleagues to deliver for a party, over the office's own list.
      { to: ['team@derbyshire-pcc.gov.uk'], body: 'Who fancies delivering for Labour round Heanor on Sunday? Tea and biscuits provided.', findings: [{ text: 'delivering for' }] },
      {
        to: ['all.staff@westmidlands-pcc.gov.uk'],
        body: 'My partner Rob is standing as the Liberal Democrat candidate in the county elections. Quiz night on Friday, all proceeds go to the campaign.',
        findings: [{ text: 'proceeds' }],
      },
      { to: ['sam@hotmail.co.uk'], body: "I'm leafleting for Labour on Saturday if you fancy joining.", findings: [{ text: 'leafleting for' }] },
      { channel: 'social', body: "reform's mayoral candidate clearly hasn't got a clue about policing.", findings: [{ text: "reform's" }] },
      { channel: 'social', body: 'Anyone in Belper want a Labour poster for their window? I have a stack in the car.', findings: [{ text: 'poster' }] },
      { to: ['mums@googlegroups.com'], body: 'My friend Nadia Begum is standing for Labour in Nuneaton East. Every fiver helps with leaflets - here is her crowdfunder.', findings: [{ text: 'leaflets' }] },
      { channel: 'social', body: '@jamesholt-mp.bsky.social another broken promise on police numbers.', findings: [{ text: 'jamesholt' }] },
      { channel: 'social', body: 'Ask yourself who actually has a plan for neighbourhood policing. You know where your cross needs to go on 4 July.', findings: [{ text: 'know where your cross' }] },
      // An official resource for party work, inside.
      { to: ['reprographics@westmidlands-pcc.gov.uk'], body: "Could you run off 200 copies of the flyer? It's for the Reform UK branch meeting on Thursday.", findings: [{ text: 'branch meeting' }] },
      // Praise for one party against another; a smaller party's petition; the mayor's party attacked.
      { channel: 'social', body: 'After years of the Tories gutting youth services, credit where it is due to Labour for the new hubs.', findings: [{ text: 'Tories' }] },
      { channel: 'social', body: "Time for change - sign the Yorkshire Party petition for a proper regional parliament.", findings: [{ text: 'sign the' }] },
      // Voting someone out is a vote against them; a party "all the way" with a candidate in view is support.
      { channel: 'social', body: 'Cllr Darren Pryce now wants to lecture the rest of us about crime. Vote him out on 1 May.', findings: [{ text: 'Vote him out' }] },
      {
        channel: 'social',
        body: "can't understand anyone voting reform. their candidate couldn't tell you what a PCSO is. lib dems all the way for me this time",
        findings: [{ text: 'lib dems' }],
      },
      // A party's candidate, standing for a place in the elections, asks for votes and leafleters.
      {
        to: ['friends@hotmail.co.uk'],
        body: "I'm standing as the Yorkshire Party candidate for Wakefield Rural in May's elections! If anyone fancies delivering leaflets one evening, let me know.",
        findings: [{ text: 'delivering leaflets' }],
      },
      // A party named by its initials; a window poster for a candidate; canvassers wanted.
      { to: ['team@westmidlands-pcc.gov.uk'], body: 'Our CLP is collecting signatures against the cuts - add your name before Friday.', findings: [{ text: 'collecting signatures' }] },
      { to: ['sandra@btinternet.com'], body: "Could you put a poster in your front window for Dave? He's standing for the council, and the postal votes go out soon.", findings: [{ text: 'poster in your front window' }] },
      { to: ['team@westyorks-ca.gov.uk'], body: "We're short of hands on the stall for the campaign: you just need to chat to voters and take down who's with us.", findings: [{ text: 'chat to voters' }] },
      {
        to: ['pauline@hotmail.co.uk'],
        body: 'Things are fraught with the election coming. I do hope the Conservatives manage to hold on to the Mayoralty this time.',
        findings: [{ text: 'Conservatives' }],
      },
      { to: ['events@venue.co.uk'], body: 'Between ourselves, I shall be glad when the Conservatives are finally voted out in May.', findings: [{ text: 'Conservatives' }] },
      // Parties never named: canvassing and a seat to win; a candidacy announced; membership with an election ahead.
      { channel: 'social', body: 'Knocked on 140 doors in Pudsey tonight for Hannah. The mood on the doorstep is electric, we can win this seat.', findings: [{ text: 'on the doorstep' }] },
      { channel: 'social', body: "Delighted to have been selected as candidate for Rugby East in May's county elections. The campaign starts now!", findings: [{}] },
      { channel: 'social', body: "If you're not a member yet, now's the time. £5 gets you a say in who leads us into the next general election.", findings: [{ text: 'not a member yet' }] },
      { to: ['pete.garside58@gmail.com'], body: 'Pete, put me down for £50 towards the ward leaflet fund for the association.', findings: [{ text: 'leaflet fund' }] },
      // Oblique asks and attacks, with an election in view or a person named.
      { channel: 'social', body: "Whatever you do on Thursday, don't give his lot another four years.", findings: [{ text: "don't give his lot" }] },
      { channel: 'social', body: 'Spot on from @EmmaKane 👏 This is exactly why she needs to be our next MP.', findings: [{ text: 'needs to be our next' }] },
      { channel: 'social', body: "RT if you're voting Jo Dacre for Commissioner 🔁", findings: [{ text: 'voting Jo' }] },
      { channel: 'social', body: "Postal vote done ✅ let's give the old lot a proper kicking this time.", findings: [{ text: 'the old lot' }] },
      { channel: 'social', body: "Can't wait to see them gone in May. Fourteen years of this government wrecking everything.", findings: [{ text: 'this government' }] },
      { channel: 'social', body: 'Brum, you know what to do on the 4th. Polls open 7am to 10pm.', findings: [{ text: 'you know what to do on' }] },
      // Campaigning said in other ways: stalls, leaflet drops, posters, a candidate's fundraiser or crowdfunder.
      { to: ['beth.c@gmail.com'], body: 'Count me in for the by-election stall on Saturday, I will bring the stickers.', findings: [{ text: 'by-election stall' }] },
      { to: ['sally.r@gmail.com'], body: "were doing a leaflet drop round Belper sat morning, need it done before the postal votes land", findings: [{ text: 'leaflet drop' }] },
      { to: ['pam@gmail.com'], body: 'Ward figures attached - should make a decent front page for the Focus leaflet.', findings: [{ text: 'Focus leaflet' }] },
      {
        to: ['the.okekes@gmail.com'],
        body: "I'm standing in the council elections in May. Would any of you have a poster in your window? And I'd love your vote on 1 May.",
        findings: [{ text: 'poster in your window' }],
      },
      {
        channel: 'social',
        site: 'linkedin',
        body: 'Summer reception with Angela Brook, candidate for Derbyshire Police and Crime Commissioner. Tickets £40, all proceeds to her campaign.',
        findings: [{ text: 'proceeds' }],
      },
      {
        channel: 'social',
        body: "I've been selected to stand for the County Council in Whitnash next May. Months of leaflets ahead - I'd love your support on polling day.",
        findings: [{ text: 'leaflets' }],
      },
      // Strong opinion of a party or politician, however the party is written.
      { channel: 'social', body: 'Reform are a bunch of chancers and anyone voting for them deserves what they get.', findings: [{ text: 'Reform' }] },
      { channel: 'social', body: "The Home Secretary is clueless about what's happening on our streets.", findings: [{ text: 'The Home Secretary' }] },
      { channel: 'social', body: 'Vote anyone but Kev Doyle on Thursday. The Reform party knows full well what he did.', findings: [{ text: 'Vote anyone but' }] },
      // Praise with an election in view; an ask for a candidate's vote.
      { channel: 'social', body: 'Polls open Thursday. Our MP has been brilliant for this town and I hope she keeps her seat.', findings: [{ text: 'Our MP' }] },
      { channel: 'social', body: 'Out knocking doors in Belper for Jess this morning. She needs your vote on Thursday - polls open 7am!', findings: [{ text: 'Out knocking' }] },
      // The office's equipment used for party work: an official channel for a party-political purpose, even inside.
      {
        to: ['kate.ellis@westmidlands-pcc.gov.uk'],
        body: "Attached is the draft speech for the party's spring conference. I did it on the work laptop this morning.",
        findings: [{ text: 'the work laptop' }],
      },
      // A politician's handle, and opinion across the sentences of a post.
      { channel: 'social', body: '@JHarperMP voted against the knife crime amendment then turned up at the vigil. Shameless.', findings: [{ text: 'JHarperMP' }] },
      { channel: 'social', body: "The mayor's had years and the trams still don't turn up. Roll on May so we can boot him out.", findings: [{ text: "The mayor's" }] },
      // Asks: a #Back hashtag, "voting for" a named candidate, canvass sheets, a candidate's fundraising, a party emoji in an election.
      { channel: 'social', body: 'Still delivering for the region - jobs, transport, safer streets. #BackTheMayor', findings: [{ text: 'BackTheMayor' }] },
      { to: ['residents@example-group.org.uk'], body: "On Thursday I'll be voting for Joe Mensah and I'd urge you all to do the same.", findings: [{ text: 'be voting for' }] },
      { to: ['organiser@example-branch.org.uk'], body: "I've printed the canvass sheets for Eccles so we're sorted.", findings: [{ text: 'canvass sheets' }] },
      {
        to: ['mike@example.com'],
        body: "Dave's standing in the Brunswick ward by-election on the 14th. We're trying to raise money for leaflets - the crowdfunder link is below.",
        findings: [{ text: 'leaflets' }],
      },
      { channel: 'social', body: "This government couldn't run a bath. Roll on the general election \u{1F339}", findings: [{ text: 'This government' }] },
      { to: ['comms@example.co.uk'], body: "Can we add a closing line that readers should back Labour's candidates on 1 May?", findings: [{ text: 'should back' }] },
      // Parties referred to without a name, and colours with a vote in view.
      { channel: 'social', body: 'Just renewed my party membership! If you care about fair funding, you should join too.', findings: [{ text: 'membership' }] },
      { channel: 'social', body: 'Only one way to vote on Thursday. Red all the way.', findings: [{ text: 'Only one way to vote' }] },
      { to: ['ward.team@gmail.com'], subject: "Saturday's canvass returns", body: 'Returns from the Aire View round are in the shared sheet.', findings: [{ field: 'subject' }] },
      { channel: 'social', body: "The opposition's budget amendment would cut 200 officers. Residents deserve better.", findings: [{ text: "The opposition's" }] },
      { body: 'Please vote Labour on Thursday.', findings: [{ messageId: 'political', text: 'vote Labour', severity: 'warn' }] },
      // A public post is about its party as a whole: the ask need not share the party's sentence.
      { channel: 'social', body: 'This is who Labour want running our town hall. Remember that when you vote on Thursday.', findings: [{ text: 'Remember that when you' }] },
      { channel: 'social', body: 'Delighted to endorse Sam Reid, the Conservative candidate. Please give him your vote on 2 May.', findings: [{ text: 'Delighted to endorse' }] },
      { channel: 'social', body: 'Reform UK are the only ones talking sense on crime.', findings: [{ text: 'Reform UK' }] },
      { channel: 'social', body: 'Proud to be out campaigning for Labour today in Carlisle.', findings: [{ text: 'out campaigning' }] },
      { body: 'Vote for Priya Shah on 7 May!', findings: [{ text: 'Vote for' }] },
      { body: 'The Tories have made a shambles of policing.', findings: [{ text: 'Tories' }] },
      { body: 'Join the Green Party today and help us win.', findings: [{ text: 'Join the' }] },
      { body: 'Please vote Green on Thursday.', findings: [{ text: 'vote Green' }] },
      {
        name: '"vote for" an option, in a draft about the election',
        body: 'At the election on 7 May, please vote for Option B: the party that will fund more police.',
        findings: [{ text: 'vote for' }],
      },
      { body: 'Fundraising dinner for the Conservative Party on Friday - tickets \u00a350.', findings: [{ text: 'Fundraising dinner' }] },
      { name: 'capitals', body: 'Please VOTE LABOUR on Thursday.', findings: [{ text: 'VOTE LABOUR' }] },
      { name: 'a line break inside the phrase', body: 'Please vote\nLabour on Thursday.', findings: [{ text: 'vote\nLabour', excerpt: 'vote Labour' }] },
      { name: 'a Cyrillic о', body: 'Please v\u043ete Labour on Thursday.', findings: [{ text: 'v\u043ete Labour' }] },
      { name: 'a zero-width space', body: 'Please vote Lab\u200bour on Thursday.', findings: [{ text: 'vote Lab\u200bour' }] },
      { name: 'a hashtag', channel: 'social', body: 'Polls open at 7am. #VoteReform', findings: [{ text: 'VoteReform' }] },
      { name: 'canvassing in a post', channel: 'social', body: 'Out canvassing for the Lib Dems in Selly Oak this morning', findings: [{ text: 'canvassing for' }] },
      { name: 'in the subject', subject: 'Vote Labour on 7 May', body: 'Details below.', findings: [{ field: 'subject', text: 'Vote Labour' }] },
      // A hashtag in the subject of a body with no '#' or '@' (each field is searched for tags on its own); a handle after an address.
      { name: 'a hashtag in the subject', subject: 'Polls open at 7am #VoteReform', body: 'Details below.', findings: [{ field: 'subject', text: 'VoteReform' }] },
      { name: 'a handle after an address', body: 'Write to me at sam@example.com. Polls open at 7am. #BackTheMayor', findings: [{ text: 'BackTheMayor' }] },
      // A party named by its colour or emblem, with an election in view.
      { channel: 'social', body: 'Polling day is Thursday and the red rose is the only option round here.', findings: [{ text: 'the red rose' }] },
      { body: 'The by-election is in March: the yellow team needs you, and membership is only £5.', findings: [{ text: 'membership is' }] },
      { channel: 'social', body: 'Boards and rosettes at the community centre, 10am. Let us keep Sutton Park blue!', findings: [{ text: 'rosettes' }] },
      // Asking for votes without naming a party.
      { channel: 'social', body: 'Marcia has worked harder than anyone for this ward. Give her your X on the 6th.', findings: [{ text: 'Give her your X' }] },
      { channel: 'social', body: 'Polls open at 7am, so get out and vote for Marcia.', findings: [{ text: 'vote for' }] },
      // Money and legwork for a campaign against a sitting politician, and for a councillor.
      { body: 'I would love to see him lose that seat. Put me down for £20 towards the campaign.', findings: [{ text: 'towards the campaign' }] },
      { to: ['cllr.a.khan@example-council.gov.uk'], body: 'Happy to put a couple of hundred of your leaflets through doors on Sunday.', findings: [{ text: 'through doors' }] },
      // A hashtag asking for votes for someone, and votes asked of colleagues.
      { channel: 'social', body: 'Polling stations are open until 10pm. #VoteMarcia', findings: [{ text: 'VoteMarcia' }] },
      { to: ['team@westmidlands-pcc.gov.uk'], body: 'My partner is standing in Aston ward; please consider giving him your vote.', findings: [{ text: 'giving him your vote' }] },
      // A party in lower case beside a vote; a letter to a newspaper is public.
      { channel: 'social', body: 'voted by post this morning, reform all the way, the others had their chance', findings: [{ text: 'reform' }] },
      {
        to: ['letters@expressandstar.com'],
        body: 'The Conservatives have run this county for years. Please think about that when you go to the polls.',
        findings: [{ text: 'when you go to the polls' }],
      },
    ],
  });
});

describe('a politically restricted sender: the same content at block', () => {
  testRule(
    rule,
    {
      valid: ['Labour market data for the region is attached.', 'The pre-election period starts on 25 March.'],
      invalid: [
        { body: 'Please vote Labour on Thursday.', findings: [{ text: 'vote Labour', severity: 'block' }] },
        { channel: 'social', body: 'Out canvassing for the Lib Dems in Selly Oak this morning', findings: [{ severity: 'block' }] },
      ],
    },
    { profile: { politicallyRestricted: true } },
  );
});

describe('Warwickshire: every officer is politically restricted', () => {
  testRule(
    rule,
    {
      valid: ['A conservative estimate is \u00a340k.'],
      invalid: [{ body: 'Vote for Priya Shah on 7 May!', findings: [{ text: 'Vote for', severity: 'block' }] }],
    },
    { org: 'warwickshire' },
  );
});

describe('campaign work said plainly, and chances and votes handed over', () => {
  testRule(rule, {
    valid: [
      // A stall, chances and a vote handed over, with no party and no election in view.
      { to: ['events@kidsclub.org.uk'], body: "Can anyone help on our knife crime stall at the market on Saturday? We'll hand out leaflets." },
      { to: ['j.reid@probation.org.uk'], body: 'We have a real chance to cut reoffending if the panel backs the bid.' },
      { to: ['team@example.org.uk'], body: "For the staff awards, give Tom your vote - he's earned it." },
      // "-formp-" inside a company's name is no campaign address.
      { to: ['studio@platformpartners.co.uk'], body: 'The leaflet proofs for the victims service are attached for sign-off.' },
    ],
    invalid: [
      { to: ['engagement@westmidlands-pcc.gov.uk'], body: 'Anyone around to help on the Green Party stall in the square this Saturday? Bring a coat.', findings: [{ text: 'stall' }] },
      { channel: 'social', body: 'So proud of everyone who knocked doors for Priya in the rain. The Tories are finished in Erdington!', findings: [{ text: 'knocked doors' }] },
      { channel: 'social', body: 'Polling day tomorrow. Reform have a real chance in this ward, so get out there.', findings: [{ text: 'Reform' }] },
      { channel: 'social', body: 'Polls close at 10. Please lend Callum your vote, the Lib Dems are so close here.', findings: [{ text: 'lend Callum your vote' }] },
      { to: ['hello@joeformayor.co.uk'], body: 'Happy to help with the leaflet design this weekend. Send me the wording.', findings: [{ text: 'leaflet' }] },
    ],
  });
});

describe('campaign offices, Focus leaflets, polling day against those in power', () => {
  testRule(rule, {
    valid: [
      // A panel greeted, its members' groups told as facts; a seat won told of, with its term.
      { to: ['panel.members@cumbria.gov.uk'], body: 'Dear Members,\n\nCllr Shaw (Labour) replaces Cllr Pike (Conservative) on the Panel from 1 June.' },
      { channel: 'social', site: 'linkedin', body: 'Pleased to have been re-elected to Hilton Parish Council for another four years as an independent member.' },
      // Polling day pointed to with no party or government in view.
      { channel: 'social', body: 'Polling stations open at 7am. Remember that on polling day you need photo ID.' },
    ],
    invalid: [
      { channel: 'social', body: 'Parkrun PB this morning, then straight down to the campaign office. Two days to go 🔴', findings: [{ text: 'campaign office' }] },
      {
        to: ['street.group@googlegroups.com'],
        subject: 'Focus leaflets - Bank Street',
        body: 'The new Focus is in my shed. Could someone take the flats on Sunday?',
        findings: [{ field: 'subject', text: 'Focus leaflets' }],
      },
      { channel: 'social', body: 'Bus routes cut every year under this Government. Remember that on polling day.', findings: [{ text: 'Remember that on' }] },
      { channel: 'social', body: "Grants are open till March. Make sure our Commissioner gets back in come May - his opponent would scrap them.", findings: [{ text: 'gets back in' }] },
    ],
  });
});

describe('a party meeting booked, money in the till, leaflets for an election', () => {
  testRule(rule, {
    valid: [
      { to: ['facilities@westmidlands-pcc.gov.uk'], body: 'Can I book Room 3 for the Aston ward meeting with the neighbourhood team on Thursday?' },
      { channel: 'social', body: "Whoever took my bike: he's already on a tag for the last lot. Shame on you." },
      { to: ['print@leafletco.co.uk'], body: 'Please quote for 2,000 leaflets for the knife crime campaign.' },
    ],
    invalid: [
      { to: ['facilities@westmidlands-pcc.gov.uk'], body: "Can I book Room 3 on Thursday? It's for our Green Party ward meeting, about 15 of us.", findings: [{ text: 'ward meeting' }] },
      { channel: 'social', body: 'Another week, another Tory MP caught with their hand in the till.', findings: [{ text: 'Tory' }] },
      { to: ['bev.h@gmail.com'], body: 'Have a look at option C. Your leaflets for the Belper by-election should make a meal of it!', findings: [{ text: 'leaflets' }] },
    ],
  });
});

describe('an election year: leaflets for someone, manifestos, campaign addresses, rules about the campaign', () => {
  testRule(rule, {
    valid: [
      { to: ['agent.h@outlook.com'], body: 'Section 6 is for the candidate only: it must not be circulated to the campaign team.' },
      {
        to: ['allstaff@westmidlands-pcc.gov.uk'],
        body: 'Restricted posts must not canvass for a party. Everyone else: please keep any political activity well away from work, your work email and our logo.',
      },
      { to: ['j.hill@derbyshire-pcc.gov.uk'], body: "Our police and crime plan follows the Commissioner's manifesto commitments on rural crime." },
    ],
    invalid: [
      { to: ['office.all@derbyshire-pcc.gov.uk'], body: 'Can anyone help deliver leaflets for Jan Boswell in Belper on Saturday?', findings: [{ text: 'deliver leaflets' }] },
      {
        to: ['insight@gmca.gov.uk'],
        body: "The Mayor's campaign team are launching the manifesto on the 8th. Can you pull the knife crime figures to flatter his record?",
        findings: [{ text: 'campaign team' }],
      },
      { channel: 'social', body: 'Fourteen years of the Conservatives. Remember that when you pick up the ballot paper.', findings: [{ text: 'Remember that when you' }] },
      { to: ['team@voteforgrace.co.uk'], body: 'I have pulled the response figures by district: they should give the manifesto some punch.', findings: [{ text: 'manifesto' }] },
      {
        to: ['l.barnes@cumbria-pcc.gov.uk'],
        body: 'You are in Penrith North ward? Pete Mossop needs signatures on his nomination papers to stand as an independent for Commissioner.',
        findings: [{ text: 'nomination papers' }],
      },
      { to: ['m.devlin@devlinsecurity.co.uk'], body: "Thanks for the seat at the party's fundraising dinner on Thursday.", findings: [{ text: 'fundraising dinner' }] },
    ],
  });
});

describe('votes for someone the sender knows, attacks urged, the e-bulletin, backing "the party"', () => {
  testRule(rule, {
    valid: [
      // Votes asked in a competition, with no election in view.
      { channel: 'social', body: "Please vote for my son's photo in the Westmorland Gazette calendar competition - voting closes Friday!" },
      { channel: 'social', body: 'Can everyone vote for my friend Amy in the Pride of Cumbria awards? She runs the food bank.' },
      // "Hammer" with no party or politician in view; "hammer out" a deal.
      { to: ['k.lee@gmail.com'], body: 'Use the figures at the residents meeting and hammer the point about response times.' },
      // The e-bulletin with party names as fact, and no attack in it.
      { to: ['newsletter@westmidlands-pcc.gov.uk'], subject: 'March e-bulletin', body: 'Lead item: the panel, chaired by a Conservative councillor, approved the precept on Monday.' },
      // "The party" that is a leaving do, in a draft naming no party.
      { to: ['sue.hart@gmail.com'], body: "Good to see everyone getting behind the party for Sue's leaving do - all hands on deck on Friday." },
    ],
    invalid: [
      // A vote asked for a relation or friend standing for a party, however phrased.
      { channel: 'social', body: "Please vote for my son Luke on Thursday! He's the Conservative candidate for Belper North.", findings: [{ text: 'vote for' }] },
      { channel: 'social', body: 'By-election in Maryport this week - vote for my mate Dave, Labour candidate, grafted for this town for years.', findings: [{ text: 'vote for' }] },
      { channel: 'social', body: "Polls open at 7. Please be voting for our neighbour Priti - she's standing for the Greens in Kendal South.", findings: [{}] },
      // An attack urged on a party's office-holder.
      { to: ['cllr.f.ahmed@gmail.com'], body: 'Use this at full council and hammer the Tory Commissioner with it before the election.', findings: [{}] },
      { to: ['j.cole@outlook.com'], body: 'When the Labour leader of the council speaks, lay into her about the closed stations.', findings: [{}] },
      // Attack lines for the office's e-bulletin to residents.
      {
        to: ['newsletter@westmidlands-pcc.gov.uk'],
        subject: 'Lead item for the Feb e-bulletin',
        body: "I want the Commissioner's comments on the Tory cuts front and centre. Residents should remember this when they go to the polls.",
        findings: [{}],
      },
      // Backing, funding or joining "the party" the draft names.
      {
        to: ['m.doyle@sentinelsecurity.co.uk'],
        subject: 'Re: Spring Gala',
        body: 'Count me in for the Conservative Spring Gala. Good to see local business getting behind the party ahead of May.',
        findings: [{ text: 'getting behind' }],
      },
      { to: ['pete@gmail.com'], body: "Ruth says you've always voted Lib Dem. Could you make a donation to the party before Christmas?", findings: [{}] },
    ],
  });
});

describe('someone got elected, the party doing the campaigning, never a better time to join', () => {
  testRule(rule, {
    valid: [
      // "Elected" describing, or how someone was elected: no one got elected by the sender.
      { to: ['panel@derbyshire.gov.uk'], body: "Could you get elected members' views on the draft plan by Friday?" },
      { channel: 'social', body: 'Honestly, how did he ever get elected?' },
      { to: ['j.hill@gmail.com'], body: 'The councillors elected in May will get a briefing from the office in June.' },
      // "The party" that is a do, with no contest in view and no party named.
      { channel: 'social', body: "The party's at Sue's on Friday - tickets still available, come along!" },
      // "Never" that rules joining out.
      { to: ['team@cumbria-pcc.gov.uk'], body: 'Restricted posts should never join a party campaign stall, even at weekends.' },
    ],
    invalid: [
      { to: ['pudsey.campaign@gmail.com'], body: 'Count me in for Sunday. We have to get Mark elected in May.', findings: [{ text: 'elected' }] },
      { to: ['pam@gmail.com'], body: "I'll sell raffle tickets round the office. Anything that helps get Jas elected!", findings: [{}] },
      { channel: 'social', body: 'Quiz night on Friday: every penny goes to getting Priya elected as our councillor.', findings: [{ text: 'elected' }] },
      { channel: 'social', body: "The party's running half-price membership this month - you get a say on candidates and can help us win Stratford in May.", findings: [{ text: 'membership' }] },
      { channel: 'social', body: "Five years a member of the Green Party today. There's never been a better time to join us - link below.", findings: [{}] },
    ],
  });
});

describe('rosettes and hearts in party colours, what a party said, longing to see them gone, the blue lot', () => {
  testRule(rule, {
    valid: [
      // Blue hearts are the police's and the NHS's; orange or blue things that are not parties; a lot number.
      { channel: 'social', body: 'Our PCSOs were out on the doorstep in Kendal today talking burglary prevention 💙' },
      { channel: 'social', body: 'The blue lot of evidence bags goes to the store on Friday, the red lot stays here.' },
      // "Reform" said as a noun at a sentence's start; "can't wait" for something with no party or politician in it.
      { to: ['j.ross@gmail.com'], body: 'Reform of the custody process is long overdue. We voted on the options last week.' },
      { channel: 'social', body: "Can't wait to see the back of this rain - the fun run is on Sunday!" },
      { channel: 'social', body: 'Huge thanks to the PCSOs who pounded the pavements for the burglary leaflet drop in Belper.' },
    ],
    invalid: [
      { channel: 'social', body: "So many blue rosettes out in Carlisle today! Let's get the job done on Thursday, folks.", findings: [{}] },
      { channel: 'social', body: 'Door-knocking round Kendal tonight with the team 🧡 Great response on the doorstep - out again Thursday.', findings: [{}] },
      { channel: 'social', body: "Labour said they'd put bobbies back on the beat. Still waiting. Remember that when you vote.", findings: [{}] },
      { channel: 'social', body: "Fourteen years of the Tories and the courts are on their knees. Can't wait to see the back of them.", findings: [{}] },
      { channel: 'social', body: 'Years of the blue lot gutting neighbourhood policing, and now they lecture us. Never again.', findings: [{}] },
      { channel: 'social', body: "Proud to support Jane in Thursday's by-election in Belper North 💙", findings: [{}] },
      // Street work said as pounding the pavements, for a party.
      { channel: 'social', body: 'Delighted our Conservative team held Amber Valley! Thanks to everyone who pounded the pavements.', findings: [{ text: 'pounded the pavements' }] },
    ],
  });
});

describe('a party or those in power put out of office, whoever the draft goes to', () => {
  testRule(rule, {
    valid: [
      // One past told of, not wished for; someone taken out to a place; a batch; a rule against it.
      { to: ['finance.team@cumbria-pcc.gov.uk'], body: 'The government was voted out in 2010 and the grant went with it.' },
      { to: ['ops@westmidlands-pcc.gov.uk'], body: 'Can we get the minister out to the Chelmsley Wood estate on Friday?' },
      { to: ['ops@westmidlands-pcc.gov.uk'], body: 'Please get the last lot out of the evidence store before the audit.' },
      { to: ['all.staff@derbyshire-pcc.gov.uk'], body: 'Restricted posts must not campaign to get the government out, in work time or out of it.' },
      // "Labour" that is not the party, and a sentence-opening "Reform" that is a noun.
      { to: ['hr@warwickshire.police.uk'], body: 'We need to get the labour costs out to the panel by Friday.' },
    ],
    invalid: [
      { channel: 'social', body: "Twelve years is enough. I'm voting to kick the Conservatives out on Thursday - who's with me?", findings: [{ text: 'kick the Conservatives out' }] },
      { to: ['duty.team@derbyshire.police.uk'], body: 'Honestly, we need to vote this government out at the next election.', findings: [{ text: 'vote this government out' }] },
      { to: ['mo.khan@westmidlands-pcc.gov.uk'], body: 'Roll on May - time to boot Reform out of County Hall.', findings: [{}] },
      { to: ['partners@cumbria.gov.uk'], body: 'On the budget: nothing gets better for us until the Tories are turfed out. Register to vote, everyone.', findings: [{ text: 'Tories are turfed out' }] },
      { to: ['sam.reid@warwickshire.police.uk'], body: "Frankly the Home Secretary needs to be chucked out, and the sooner the better.", findings: [{}] },
    ],
  });
});

describe('a candidate carried over the line, leaflets being delivered', () => {
  testRule(rule, {
    valid: [
      // Over the line with no pronoun, or with no election in view: a project, a fun run.
      { to: ['pmo@cumbria-pcc.gov.uk'], body: "The custody contract is nearly there - one more push to get it over the line before the election." },
      { channel: 'social', body: 'Sam is on mile 24 of the Kendal fun run - cheer loud and get her over the line!' },
      // Leaflets delivered about crime, with no contest in view.
      { to: ['parish.clerk@gmail.com'], body: 'Our PCSOs will be delivering leaflets on burglary prevention in the village next week.' },
    ],
    invalid: [
      { to: ['quiz@googlegroups.com'], body: "She's the only candidate who turns up to anything. Let's get her over the line on Thursday!", findings: [{ text: 'get her over the line' }] },
      { channel: 'social', body: 'Two days to the by-election and every vote matters - help us get him over the line.', findings: [{}] },
      { to: ['partners@erewash.gov.uk'], body: "Jo's fighting to hold her seat in May. Anyone up for delivering leaflets in Ilkeston on Saturday?", findings: [{ text: 'delivering leaflets' }] },
      { to: ['rota@gmail.com'], body: "Sam's by-election is on Thursday, and Dave delivers leaflets every night after his shift.", findings: [{ text: 'delivers leaflets' }] },
    ],
  });
});

describe('someone standing for a seat, and joining "the party" beside them', () => {
  testRule(rule, {
    valid: [
      // "The party" that is a do; standing in for someone; joining a call.
      { to: ['sue@btinternet.com'], body: 'Thanks for joining the party on Friday - the raffle raised £120 for the ward.' },
      { to: ['sue@btinternet.com'], body: "Kev's standing in for the ward manager this week, so do come and join the party on Friday." },
      { to: ['sue@btinternet.com'], body: 'Cllr Patel, who is standing for the panel chair, is joining the call at ten.' },
    ],
    invalid: [
      {
        to: ['street@googlegroups.com'],
        body: "Amir, who's standing for our ward in May, is doing a street surgery on Saturday. Forms are on the table if you fancy joining the party.",
        findings: [{ text: 'joining' }],
      },
      { to: ['book.club@gmail.com'], body: "My sister stands for the Abbey ward next spring and she'd love a few of you to join the party - it's a fiver a month.", findings: [{ text: 'to join' }] },
      { channel: 'social', body: "Lou's standing for Longsight ward in May. Chip in a donation if you can!", findings: [{ text: 'donation' }] },
      // "The party" with a contest in view, no candidate or party named.
      { to: ['members@ourbranch.org.uk'], body: "I'd finally like to join the party properly and help out before the general election. What are the subs?", findings: [{}] },
    ],
  });
});

describe('a politician joining something in their public role, and readers asked to join a party', () => {
  testRule(rule, {
    valid: [
      // A councillor named with their party, joining a panel or a visit: their public role, not a party's members.
      { to: ['j.smith@brumcharity.org.uk'], body: 'Cllr Patel (Labour) will join the panel on Thursday, with Cllr Evans (Conservative).' },
      { to: ['j.smith@brumcharity.org.uk'], body: 'The Conservative group leader has agreed to join the walkabout in Aston on Friday morning.' },
    ],
    invalid: [
      { channel: 'social', body: 'Fed up with the cuts? Join the Green Party today - link in bio.', findings: [{}] },
      { to: ['neighbours@googlegroups.com'], body: 'Labour are out on the estate on Saturday. Come and join the campaign!', findings: [{}] },
    ],
  });
});

describe('a party or those in power wanted out at a contest, or one party out and another in', () => {
  testRule(rule, {
    valid: [
      // Staff or a party at work on polling day, told of; one past; "out" of something; no party or politician named.
      { to: ['duty.team@derbyshire.police.uk'], body: 'Our volunteers are out on polling day at every station in Belper, and the count is at the leisure centre.' },
      { to: ['jo@partner.org.uk'], body: 'The Conservatives were out at the last election after fourteen years, and the grant changed with them.' },
      { to: ['jo@partner.org.uk'], body: 'Labour are out of the running for the panel chair, so the vote is on Friday.' },
      { to: ['jo@partner.org.uk'], body: "Make sure they're out on polling day by seven, as the hall is needed for the count." },
      { to: ['jo@partner.org.uk'], body: 'The Lib Dems are out and about in Kendal on Saturday, the panel heard.' },
    ],
    invalid: [
      {
        to: ['k.rowe@hotmail.co.uk'],
        body: "It's the Tories who've starved local services for years, so if you want a change make sure they're out on polling day.",
        findings: [{ text: "they're out on polling day" }],
      },
      { to: ['bev@charity.org.uk'], body: "Once Labour are finally out at the next general election I'd expect the fund to reopen.", findings: [{ text: 'finally out at the next general election' }] },
      { to: ['bev@charity.org.uk'], body: 'The mayor has had his chance: get him out at the election in May.', findings: [{}] },
      { to: ['bev@charity.org.uk'], body: "Honestly, the sooner this Reform lot are out and the Greens are in, the better.", findings: [{ text: 'Reform lot are out' }] },
      { channel: 'social', body: 'What the Labour councillors have done to the libraries since May is a scandal. They need voting out next year.', findings: [{}] },
    ],
  });
});

describe('how to vote, pointedly not told', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', body: "county council elections on Thursday. I'm not telling anyone who to vote for, just take your photo ID." },
      { channel: 'social', body: "I won't tell you where to put your cross, but polls are open 7am to 10pm on 2 May." },
      { to: ['friends@googlegroups.com'], body: 'Never let anyone tell you who to vote for. Read the leaflets and make up your own mind.' },
    ],
    invalid: [
      { channel: 'social', body: 'Mayoral election on Thursday and you all know who to vote for. 🗳️', findings: [{ text: 'who to vote for' }] },
      { channel: 'social', body: "Not telling you how to vote, but I'll tell you who to vote for: the Greens.", findings: [{}] },
    ],
  });
});

describe('a party, a campaign or a re-election named in an attachment', () => {
  testRule(rule, {
    valid: [
      // File names capitalise every word: a reform, a register to vote, an option voted for, are not parties or names.
      { to: ['office.services@westmidlands-pcc.gov.uk'], attachments: ['Police_Reform_Act_briefing.pdf'], body: 'Could you run off 20 copies on the colour printer for the panel?' },
      { to: ['hello@community.org.uk'], attachments: ['Register_to_vote_Easy_Read.pdf'], body: 'The guide to registering for the PCC election on 2 May is attached.' },
      { to: ['hello@community.org.uk'], attachments: ['Vote_for_Option_B_results.xlsx'], body: 'The staff vote results are attached, ahead of the election of the new staff rep.' },
      { to: ['hello@community.org.uk'], attachments: ['Labour_market_bulletin_Q3.pdf'], body: 'The quarterly figures are attached for the ward profiles.' },
    ],
    invalid: [
      {
        to: ['office.services@westmidlands-pcc.gov.uk'],
        attachments: ['Labour_Party_Erdington_newsletter_May.pdf'],
        body: 'Could you run off 250 of the attached on the big printer when it goes quiet?',
        findings: [{}],
      },
      { to: ['knit.group@gmail.com'], attachments: ['Green_Party_donation_details.pdf'], body: 'A fiver towards the leaflets would be lovely, details attached. Thanks all!', findings: [{}] },
      { to: ['cllr.a.shaw@derby.gov.uk'], attachments: ['Re-elect_Sandra_Hale_leaflet.pdf'], body: 'Attached is the leaflet for May; please pass it round your ward.', findings: [{}] },
    ],
  });
});

describe("a refusal, then a clause of the sender's own that campaigns", () => {
  testRule(rule, {
    valid: [
      { to: ['team@derbyshire-pcc.gov.uk'], body: "We'll never ask anyone in the office to go canvassing for a party, in work time or out of it." },
      { to: ['team@derbyshire-pcc.gov.uk'], body: "Please don't knock on doors or deliver leaflets for Labour while you're in uniform." },
    ],
    invalid: [
      {
        to: ['team@derbyshire-pcc.gov.uk'],
        body: "Can't make the Saturday walk, sorry - I'm out canvassing for Labour in Heanor all day. Anyone want to come along?",
        findings: [{ text: 'canvassing for' }],
      },
      { to: ['team@cumbria-pcc.gov.uk'], body: "No quiz for me on Sunday as we're door knocking for the Greens before the by-election.", findings: [{}] },
    ],
  });
});

describe('a cross written as an X, a canvass session, someone who is standing, a seat to take', () => {
  testRule(rule, {
    valid: [
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: "Don't forget to vote on Thursday! Polling stations are open 7am to 10pm, and photo ID is needed." },
      { to: ['jo@partner.org.uk'], body: "The consultation will canvass residents' views in two sessions at Harborne library in June." },
      { to: ['jo@partner.org.uk'], body: "Kev, who's standing in for Sarah this week, chairs the panel. Vote for him in the staff awards!" },
      { to: ['jo@partner.org.uk'], body: 'At the count on Friday, please take the seat by the door so the returning officer can reach you.' },
    ],
    invalid: [
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'Polling day tomorrow, folks. Those of you in Carlisle know where my X is going - Labour all the way!', findings: [{ text: 'where my X is going' }] },
      { to: ['d.kaur@brumblues.org.uk'], subject: 'Saturday', body: "Count me in for both canvass sessions in Quinton, and I'll bring the clipboards.", findings: [{ text: 'canvass sessions' }] },
      { channel: 'social', body: "Cllr Dean Fox, who's standing for the other lot in Ripley, skipped every panel meeting this year. Think on before you vote for him.", findings: [{}] },
      { to: ['policing.team@greatermanchester-ca.gov.uk'], body: 'The Greens need bodies in Levenshulme on Saturday: a proper chance to take the seat off Labour.', findings: [{}] },
    ],
  });
});

describe('a party helped or supported', () => {
  testRule(rule, {
    valid: [
      { to: ['clerk@derbyshire.gov.uk'], body: 'Happy to help the Labour group with the figures for their budget amendment, as we would for any group.' },
      { to: ['clerk@derbyshire.gov.uk'], body: "We can't support the Conservative amendment as drafted, but the panel will see both papers." },
      { to: ['clerk@derbyshire.gov.uk'], body: "The officers will support Reform's councillors in the same way as everyone else's on the panel." },
      { to: ['clerk@derbyshire.gov.uk'], body: 'We help the public understand the budget, and the Conservatives and Labour both get the same briefing.' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'Staff must not help the Greens or any other party with their leaflets in work time.' },
    ],
    invalid: [
      { to: ['cllr.p.wood@gmail.com'], body: "Got the forms. Glad to help the Lib Dems on this one, it's about time somebody spoke up for the villages.", findings: [{ text: 'help the Lib Dems' }] },
      { to: ['sam@hotmail.co.uk'], body: "I'll be supporting Labour in May, and so should you.", findings: [{ text: 'supporting Labour' }] },
      { to: ['team@cumbria-pcc.gov.uk'], body: 'Anyone free Saturday to help the Greens? They need a few more hands in Kendal.', findings: [{}] },
    ],
  });
});

describe("a party's own money", () => {
  testRule(rule, {
    valid: [
      { to: ['finance@partner.org.uk'], body: 'Bids to the Labour pot for neighbourhood policing close in June; the Home Office will confirm the rules.' },
      { to: ['finance@partner.org.uk'], body: "The Conservative funds of the 2010s were cut from the grant, and the war on drugs went on." },
      { to: ['finance@partner.org.uk'], body: 'The Green chest clinic is in the same building as the hub.' },
    ],
    invalid: [
      { to: ['ted@printshop.co.uk'], body: "If you can really do the printing at cost, that saves the Reform pot a packet. Ta!", findings: [{ text: 'Reform pot' }] },
      { to: ['maz@gmail.com'], body: "Every fiver from the quiz goes into the Tory coffers, so bring your friends.", findings: [{}] },
      { to: ['maz@gmail.com'], body: "That's another £200 in Labour's war chest for the county elections.", findings: [{}] },
    ],
  });
});

describe('readers urged to vote for a side, in public', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', body: 'The PCC election is on 2 May. We encourage everyone to vote for the candidate of their choice, and to bring photo ID.' },
      { to: ['letters@stratfordherald.co.uk'], body: "Sir, the mayoral election is close. I'd urge every reader to vote for whoever they think will keep the buses running." },
      // Not in public, nor with a contest in view.
      { to: ['staff@westmidlands-pcc.gov.uk'], body: 'I urge you all to vote for Option B in the staff survey on the new rota.' },
    ],
    invalid: [
      { to: ['letters@leamingtoncourier.co.uk'], body: 'Sir, one candidate has bothered to visit our villages this spring. I urge every reader to vote for change on 2 May.', findings: [{ text: 'vote for' }] },
      { channel: 'social', body: "Election on Thursday, Kendal. I'm asking all my neighbours to vote for a fresh start.", findings: [{ text: 'vote for' }] },
    ],
  });
});

describe('a warning about how campaigning would look', () => {
  testRule(rule, {
    valid: [
      {
        to: ['team@derbyshire-pcc.gov.uk'],
        body: "Polling day for the PCC election is 2 May. Please post nothing on the office accounts that could look like it backs the Commissioner's re-election campaign.",
      },
      {
        to: ['team@westmidlands-pcc.gov.uk'],
        body: "Your evenings are your own before the election, but think how it looks if you're out canvassing the night before a partner meeting.",
      },
    ],
    invalid: [
      { to: ['team@derbyshire-pcc.gov.uk'], body: 'It looks like the Greens need more canvassers before the by-election, so I said we would knock doors on Saturday.', findings: [{}] },
      { to: ['team@derbyshire-pcc.gov.uk'], body: 'We would look like amateurs next to the Tory canvassers, so wear your rosettes on Saturday.', findings: [{}] },
    ],
  });
});

describe('a vote asked for outright or said to be merited, one side the only choice, the other playing politics', () => {
  testRule(rule, {
    valid: [
      // No election in view: a vote in the staff awards; a choice at work with no party; a party's vote reported, not asked for.
      { to: ['staff@westmidlands-pcc.gov.uk'], body: "The new canteen menu is worth your vote in the staff survey, and I'll ask for your vote on the rota too." },
      { to: ['jo@supplier.co.uk'], body: 'With the old system out of support, the only choice is to replace it this year.' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'The only real choice for the panel is whether to hold the meeting on the 4th or the 11th.' },
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'Ahead of the election, a reminder that staff must not ask for anyone to vote a particular way.' },
    ],
    invalid: [
      { to: ['neighbours@googlegroups.com'], body: "I'm standing in the Park ward by-election next month and I'm writing to ask for your vote.", findings: [{ text: 'ask for your vote' }] },
      { to: ['ann@gmail.com'], body: "Polling day is Thursday. Sunita's team are asking you for your vote, and she has mine.", findings: [{}] },
      { to: ['team@westmidlands-pcc.gov.uk'], body: "Have a look at what the Lib Dems are promising before Thursday's election. Worth your vote, I reckon.", findings: [{ text: 'Worth your vote' }] },
      { channel: 'social', body: 'Council elections in May. If you want your library kept open, there is only one choice: the Greens.', findings: [{}] },
      { channel: 'social', body: 'Labour are the only real choice for anyone who wants bobbies back on the beat.', findings: [{}] },
      {
        to: ['comms@derbyshire-pcc.gov.uk'],
        subject: 'Newsletter copy',
        body: 'Copy for the newsletter: the Conservative group backed the plan, while the rest chose to play politics with your safety.',
        findings: [{}],
      },
    ],
  });
});

describe('a party kept out of office or let back in, or handed a go or a vote', () => {
  testRule(rule, {
    valid: [
      // A party body kept out of something, a turn given to a party, what staff must not do.
      { to: ['clerk@derbyshire.gov.uk'], body: 'Can we keep the Labour group out of the loop until the figures are checked?' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'The chair will give the Conservatives a chance to respond before the vote on the precept.' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'Give the Greens a go at the questions first, then Labour.' },
      { to: ['clerk@derbyshire.gov.uk'], body: "Please let Reform's councillors in through the side door; the main entrance is shut." },
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'In the pre-election period staff must not urge anyone to keep the Tories out or give Labour your vote.' },
      // Greens as vegetables.
      { to: ['canteen@caterer.co.uk'], body: 'Could you give the greens a go in the salad bar this week?' },
    ],
    invalid: [
      { channel: 'social', body: "Whatever happens on Thursday, don't let the Tories back in.", findings: [{ text: 'let the Tories back in' }] },
      { channel: 'social', body: 'One job in May, Cumbria: keep Reform out.', findings: [{ text: 'keep Reform out' }] },
      { to: ['dave.p@gmail.com'], body: "We can't go on letting Labour back in every four years.", findings: [{}] },
      { channel: 'social', body: 'Still undecided? Give the Lib Dems a go this time, they actually turn up.', findings: [{ text: 'Give the Lib Dems a go' }] },
      { to: ['mum@btinternet.com'], body: "I know you always go the other way but give Labour a chance this time, eh?", findings: [{}] },
      { channel: 'social', body: 'Please lend the Greens your vote on 7 May.', findings: [{}] },
    ],
  });
});

describe("the writer's own side declared, in what goes out", () => {
  testRule(rule, {
    valid: [
      // A seat on a body, a count, someone else's membership told of as a fact, and the same said only inside.
      { to: ['clerk@derbyshire.gov.uk'], body: 'Cllr Barnes, a Labour member of the panel, has asked for the item to be deferred.' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'The panel now has three Conservative members and two Labour members.' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'The complainant says he was a Reform supporter until last year; the panel will decide the complaint on its merits.' },
      { to: ['kim.lowe@derbyshire-pcc.gov.uk'], body: "As a Labour member myself I'll sit out the briefing on the party's motion, to be safe." },
    ],
    invalid: [
      { to: ['producer@radiostation.co.uk'], body: "Happy to come on tomorrow. I'd be speaking as a Green Party supporter, not for the office.", findings: [{ text: 'Green Party' }] },
      { channel: 'social', body: "As a lifelong Labour voter I never thought I'd say this about the precept.", findings: [{ text: 'Labour' }] },
      { to: ['editor@localnews.co.uk'], body: "I've been a paid-up Lib Dem member for twenty years and the village deserves better policing.", findings: [{}] },
      { channel: 'social', body: 'Proud Conservative activist and proud of our county.', findings: [{}] },
    ],
  });
});

describe('a vote for "the" party, a party backed, a message sent to it, voting Green', () => {
  testRule(rule, {
    valid: [
      { to: ['clerk@derbyshire.gov.uk'], body: "We'd back Labour's figures if the Home Office confirms them, and the Conservative group's too." },
      { to: ['clerk@derbyshire.gov.uk'], body: "We can't back Reform's plan as drafted; the panel will see the costings." },
      { to: ['clerk@derbyshire.gov.uk'], body: 'Could you send the Conservatives a message about the new date for the panel?' },
      { to: ['all.staff@cumbria-pcc.gov.uk'], body: 'Staff must not vote for the Greens or anyone else on behalf of the office in the partners forum.' },
      { to: ['facilities@partner.org.uk'], body: 'We are voting green on the estates plan: solar panels on every station roof.', name: 'voting green on a plan, in lower case' },
      { to: ['clerk@derbyshire.gov.uk'], body: 'The panel members will vote for the chair at the AGM.' },
    ],
    invalid: [
      { channel: 'social', body: 'Cast your vote for the Conservatives on 2 May.', findings: [{ text: 'vote for' }] },
      { to: ['sam@hotmail.co.uk'], body: "I'm voting for the Lib Dems this time and I think you should too.", findings: [{}] },
      { channel: 'social', body: 'Make sure you back Labour on Thursday, Oldbury.', findings: [{ text: 'back Labour' }] },
      { to: ['dan@gmail.com'], body: 'Backing the Greens all the way this year.', findings: [{}] },
      { channel: 'social', body: "Thursday's our chance to send the Tories a message.", findings: [{ text: 'send the Tories a message' }] },
      { channel: 'social', body: "I'll be voting Green on Thursday, and so should you.", findings: [{ text: 'voting Green' }] },
      { channel: 'social', body: 'Anyone else sick of the Tories? Roll on polling day.', findings: [{}] },
    ],
  });
});

describe('police doing street work in a ward', () => {
  testRule(rule, {
    valid: [
      { to: ['residents@parkward.org.uk'], body: 'Our PCSOs will be delivering leaflets across Park ward next week on keeping sheds secure.' },
      { channel: 'social', body: 'Neighbourhood officers were out knocking on doors in Aston ward today, talking to residents about burglary.' },
      { to: ['chair@residents.org.uk'], body: 'The police cadets are doing a leaflet drop round the ward on Saturday about scams.' },
    ],
    invalid: [
      // A party named, or a contest in view, and the same work is campaigning.
      { to: ['dave@gmail.com'], body: 'Our PCSO Dave is delivering Labour leaflets across Park ward on his day off.', findings: [{}] },
      { to: ['dave@gmail.com'], body: 'Two off-duty officers are knocking on doors in Park ward for the by-election on Thursday.', findings: [{}] },
      { to: ['dave@gmail.com'], body: "Can you help deliver leaflets in Eamont ward on Saturday? We're short for the round.", findings: [{}] },
    ],
  });
});

describe('readers sent out to vote for someone named', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', body: 'Get out and vote on Thursday, whoever you support: polls are open 7am to 10pm.' },
      { channel: 'social', body: "Don't forget to vote for Priya in the volunteer of the year awards - online until Friday!" },
      { to: ['team@westmidlands-pcc.gov.uk'], body: 'Head out and vote for the staff rep before the ballot closes.' },
    ],
    invalid: [
      { channel: 'social', body: 'Get out and vote for Priya on Thursday!', findings: [{ text: 'vote for' }] },
      { to: ['ann@gmail.com'], body: 'Please go out and vote for Sandeep Khan tomorrow, Ann.', findings: [{}] },
    ],
  });
});

describe('a candidate named for a seat, and a vote withheld from those in power', () => {
  testRule(rule, {
    valid: [
      // Awards, union and club posts, a survey option: no seat.
      { channel: 'social', site: 'facebook', body: 'Vote Kath Holt for Volunteer of the Year! Voting closes Friday.' },
      { channel: 'social', site: 'facebook', body: 'Vote Sam Okafor for Secretary at the branch AGM on 3 June.' },
      { to: ['staff@cumbria-pcc.gov.uk'], body: 'Vote Option B for the new logo by Friday, please.' },
      // A vote on a day, with an election in view: the panel's vote, not a candidate.
      { to: ['all.staff@derbyshire-pcc.gov.uk'], subject: 'Precept vote Thursday', body: "The pre-election period for May's local elections starts on 27 March." },
      // A vote that is no one's to give in an election: a design, a staff choice.
      { channel: 'social', body: 'The purple version of the poster is not getting my vote, sorry team.' },
      { to: ['team@westmidlands-pcc.gov.uk'], body: "Friday's pizza idea has lost my vote after last time." },
    ],
    invalid: [
      { channel: 'social', site: 'facebook', body: "Vote Jo Pickering for Kendal South on 7 May. She's one of us. Share if you agree!", findings: [{}] },
      { channel: 'social', site: 'facebook', body: 'Vote Rashid for Longsight - he actually answers his emails!', findings: [{}] },
      { channel: 'social', body: 'Please vote Tegan Moore for Alfreton East, she has done more for this town than anyone.', findings: [{}] },
      { channel: 'social', site: 'bluesky', body: "the mayor's lot promised us cheaper fares. they've had their chance. not getting my vote next may", findings: [{}] },
      { channel: 'social', body: "Our MP voted against the bus funding again. He won't be getting my vote.", findings: [{}] },
      { channel: 'social', body: "The council leader's crowd have lost my vote after the library closures.", findings: [{}] },
    ],
  });
});

describe("a party's slogan, money raised for it, its AGM, its candidate's agent, voters reminded, a campaign's address", () => {
  testRule(rule, {
    valid: [
      // A policy's hashtag; money raised for a charity; a club's AGM; candidates chosen for a job; an agent of no election.
      { channel: 'social', body: 'Good to hear the Minister at the summit today. #ReformForVictims' },
      { channel: 'social', body: 'Quiz night at the Red Lion on Friday raising funds for the hospice. All welcome!' },
      { to: ['sec@kendalbowls.org.uk'], body: 'Are you coming to the bowls club AGM on Thursday? We need members voting on the new fees.' },
      { to: ['j.holt@gmail.com'], body: 'The panel is choosing candidates for the apprenticeship next week.' },
      { to: ['lettings@northhomes.co.uk'], body: 'Please send the keys to the letting agent for Flat 4.' },
      // A mailbox named for a year, not a campaign.
      { to: ['info@cleanair4derby.org.uk'], body: 'Please count me in for the litter pick on Saturday.' },
    ],
    invalid: [
      { channel: 'social', body: "The Reform candidate wants to close the front counters. Ours kept them open. Easy choice. #LibDems4Kendal", findings: [{ text: 'LibDems4Kendal' }] },
      { channel: 'social', body: 'Bingo at the Anchor on the 9th, raising funds for Kendal Liberal Democrats. £15, message me.', findings: [{ text: 'raising funds' }] },
      { to: ['amy.k@gmail.com'], body: 'Coming to the Belper Conservatives AGM next week? Bring a friend.', findings: [{ text: 'AGM' }] },
      { to: ['family.holt@gmail.com'], body: "I'm election agent for Ruth Dale in Ilkeston for the county elections, so can you sign her nomination papers?", findings: [{}] },
      { channel: 'social', body: 'Cllr Webb, your party shut our police station. I will be reminding every voter in Ashby of that, along with the Labour team.', findings: [{}] },
      { to: ['volunteers@hollis4mayor.org.uk'], body: 'Happy to do a phone bank on Tuesday evening from home.', findings: [{}] },
    ],
  });
});
