import { describe, expect, test } from 'vitest';
import { FIRST_NAMES } from '../first-names';
import { testRule } from '../test-rule';
import rule from './personal-data';

const arrest = 'Mr Dean Hollis of 14 Sandpit Lane was arrested on Friday.';

testRule(rule, {
  valid: [
    // Things gone missing, and a service that takes referrals: no one's private fact.
    { to: ['j.barker@ashfieldvoice.org.uk'], body: 'Sarah Holt says the signed forms went missing in the post, so she will send them again.' },
    { to: ['board@safeguardingpartners.org.uk'], body: 'Dr Amy Hughes, Head of Safeguarding, will present the figures on referrals from schools.' },
    // What someone was given, not what they were caught for.
    { channel: 'social', body: 'Dave Marsh retired on Friday and they got him a lovely clock. Happy retirement Dave!' },
    // The HR officer who keeps a sickness record, in their role.
    { to: ['payroll@example-bureau.co.uk'], body: 'Jo Reid, HR Adviser, will update the sickness record before the payroll run.' },
    // A place named after someone.
    { to: ['newsdesk@examinerlive.co.uk'], body: "Photos from this afternoon's session at the Lawrence Batley Theatre will follow; one venue was attacked last year." },
    // "Signed off" as approval, not sick leave.
    { to: ['jess@lingonorth.co.uk'], body: 'Award letters go out on the 30th once Ruth Armstrong has signed off. Standstill is ten days after that.' },
    // The sender's own details under the long form of the name they go by: tom.evans@… is Thomas Evans, signed Tom.
    { from: 'tom.evans.1999@gmail.com', to: ['enrol@skills-training.co.uk'], body: "hi, here's my details for the form:\n\nThomas Evans\ndob 12/05/1999\n\ncheers\nTom" },
    // Identifiers said to be taken out of a dataset.
    { to: ['r.sowerby@leeds.ac.uk'], body: 'Re-sending the Q3 extract. As agreed with our DPO, names, dates of birth and full postcodes have been taken out.' },
    // A month after its day is a date, beside an office address; a fact word naming a service or topic.
    { to: ['partners@wcvs.org.uk'], body: 'The next Rural Crime Forum is on 11 June at Stoneleigh Park.\n\nOffice of the Police and Crime Commissioner, 3 Northgate Street, Warwick CV34 4SP' },
    { to: ['volunteers@icvscheme.org.uk'], body: 'Refresher training on detainee welfare and the PACE codes is on 23 January at Leek Wootton. Lunch is provided.' },
    // A pronoun that could stand for either of two people named before it; a fact someone reported, not one about them.
    { to: ['panel@derbyparishes.org.uk'], body: 'Thanks to Raj Malhi and Karen Dodd for the tour. Afterwards she was kind enough to say the arrests were up.' },
    { to: ['office@kendalrotary.org.uk'], body: 'Dr Helen Marsh gave a wonderful talk on rural crime, farm thefts and what the new partnership in the dales is doing about them, with plenty of time for the questions from the floor.\n\nAt the end she said the stabbing in Kendal had shaken the town.' },
    // A topic a councillor raised, not a fact about him.
    { channel: 'social', body: 'Cllr Sean Bayliss (Labour, Derby) raised shoplifting in the city centre.' },
    // The sender's own details, with a middle name; an office and its street address, not "a name, aged 3".
    { from: 'margaret.hollis@westmidlands-pcc.gov.uk', to: ['customer.services@pensions.com'], body: 'Full name: Margaret Anne Hollis\nDate of birth: 22/04/1962\nNew address: 6 Beechcroft Avenue' },
    { to: ['j.whitlock@gmail.com'], body: 'Write to the Office of the Police and Crime Commissioner, 3 Northgate Street, Warwick CV34 4SP.' },
    // Burglary as a topic beside a name, not something that happened to them.
    { channel: 'social', body: 'Out in Ilkeston with Sam Kaur this afternoon: we need a Commissioner who will get a grip on burglary.' },
    // The same data to inside recipients only.
    { to: ['inspector@west-midlands.police.uk'], body: arrest },
    { to: ['caseworker@westmidlands-pcc.gov.uk', 'mash@birmingham.gov.uk'], body: 'Aisha Khan, DOB 03/04/1988, reported the burglary.' },
    // The sender's own details, signed with their first name; the sender's own sickness.
    { from: 'priya.n.bham@gmail.com', body: 'For the security check my details are: Priya Nair, DOB 14/03/1985, home address 12 Oakfield Road. Thanks, Priya' },
    { body: "Sorry - I've been signed off with a chest infection until Monday, so Dave Kirby from our team will come instead. Lucy" },
    // The addressee, then news about a meeting; victims of crime as a topic.
    "Kez – at the Ethics Committee's session yesterday the Deputy Chief Constable admitted the backlog.",
    { channel: 'social', body: 'If you care about victims of crime, Jenny Maddox is the one to listen to.' },
    // An age-like number that is not an age, and no private fact.
    "Dear all, the report from Halima Begum (2024) is attached; she's 20 minutes away.",
    // Business contact details of a professional acting in their role.
    'Contact Lucy Dane, Safeguarding Manager, at 10 Colmore Row, Birmingham.',
    'Cllr Ann Ward will chair the panel on 12/05/2026.',
    // An office address in a signature: a building and a range of numbers, not "Ellis Morgan, 23".
    'The custody review is attached.\n\nJo Reid\nPolicy Officer\nWellington House, 40-50 Wellington Street, Leeds LS1 2DE\nOffences data is provisional.',
    // A professional in their role beside someone else's circumstances: the fact is not about them.
    'Dr Rachel Obi, Consultant, said the victim was discharged on Monday.',
    // The sender's own details.
    { from: 'sam.taylor@westmidlands-pcc.gov.uk', body: 'My date of birth is 01/02/1985 and my home address is 3 Elm Grove.\n\nSam Taylor' },
    { from: 'jo.kettle@derbyshire-pcc.gov.uk', body: 'For the booking: Jo Kettle has a severe nut allergy, so no satay please.' },
    { from: 'samlovatt@gmail.com', body: 'My details for the application:\n\nFull name: Samuel James Lovatt\nDOB: 21/07/1990\n\nThanks, Sam' },
    // Pseudonymised or unnamed.
    'The attached file has the names and dates of birth pseudonymised.',
    'Subject 14 (DOB withheld) was arrested in May.',
    'Case 24-117 (male, 30s) was released under investigation.',
    // A service named like a private fact, a court, a team.
    'Jenny Marsh runs the Sexual Assault Referral Centre.',
    'Birmingham Crown Court sits on Monday.',
    'Our victim services team supports anyone who has been burgled.',
    // In the quoted reply chain.
    { to: ['ann@example.com'], body: `Thanks.\n\nOn Tue, 10 Mar 2026 at 12:00, Ann Price <ann@example.com> wrote:\n> ${arrest}` },
    // LABELS.md: a *living* individual.
    'In memory of the late Mr Arthur Boyle, who was in hospital for months.',
    // The person the draft is written to, in its greeting.
    'Dear Dr Obi,\n\nSummary figures, anonymised as agreed: 47 victims of domestic abuse referred in Q3.',
    // A marking in capitals after a first name is not a surname.
    'Sarah OFFICIAL-SENSITIVE notes on the assault case are attached.',
    // A recent date next to a name is not a date of birth.
    'Sarah Jones will visit the office on 14/03/2026.',
    // A professional in her role next to a topic, not a health fact about her.
    'Dr Rachel Obi, consultant at the hospital, will present the mental health findings.',
    'Please send the papers to Mark Evans, Estates Director, 1 Lloyd House, Colmore Circus, Birmingham.',
    // An office's address in a signature ("Buildings, 56 …" is no name and age); the dead; the sender's own details under the long form of her name.
    'Hi Sam,\n\nThe lighting bid was approved.\n\nPriya\n\nPriya Chaudhry\nPolicy Officer\nTootal Buildings, 56 Oxford Street, Manchester M1 6EU',
    { subject: 'Estate of the late Mrs Winifred Shaw', body: 'Thank you for letting me know that Mrs Shaw left me \u00a32,000 after the burglary at her home.' },
    { from: 'jenny.marsh@westmidlands-pcc.gov.uk', body: 'My details are:\nName: Jennifer Marsh\nDate of birth: 30/01/1979' },
    // The officer in the case with her work address: business contact details beside a crime reference.
    'Crime reference 20/889123/25 is still open; the officer in the case is now DS Nadia Rahman, Public Protection Unit - nadia.rahman@west-midlands.police.uk.',
    // The journalist a post is written to, tagged: her beat, not a fact about her.
    { channel: 'social', body: '@Helen Marsh (Derby Telegraph) saw your thread about custody conditions - worth talking to our visitors.' },
    // Written in lower case: a first name that is an everyday word, a first name before a common word, the
    // person written to first, a minute's walk; and lower case in a draft written with capitals is no name.
    { to: ['sam.k@gmail.com'], body: 'hiya, summer holiday rota is done. mark the dates where ur off and dawn raid debrief is thurs, bring notes pls' },
    { to: ['sam.k@gmail.com'], body: 'maureen guess what, karen rang about the rota and said the stabbing in town was on the news again lol' },
    { to: ['sam.k@gmail.com'], body: 'venue is a 10 minute walk from the station, parking at 45 church view. the victim support stall needs 2 tables x' },
    { to: ['sam.k@gmail.com'], body: 'Thanks for the figures. The custody visitors said connor walsh was mentioned on the news; nothing more to add.' },
    // A name given again later that is the person greeted.
    { subject: 'Volunteer reference - Owen Pritchard', body: 'Hi Owen,\n\nHappy to be your referee. I have mentioned the sickness absence policy to the centre.' },
  ],
  invalid: [
    // Social services, a child reported missing, an arrest told plainly, what a partner did, where someone lives by their doors.
    { channel: 'social', body: 'Kerry Lomas off the Brookfield estate has been reported to social services again. Those poor kids.', findings: [{ text: 'Kerry Lomas' }] },
    { to: ['coach@hallamrangers.org.uk'], body: 'Before you sign Reece Doyle up as a helper, he was reported missing twice last winter.', findings: [{ text: 'Reece Doyle' }] },
    { to: ['chair@oldfieldcricket.org.uk'], body: 'Jordan Platt, who wants to run the nets on Saturdays, came to us after a drugs possession arrest in the spring.', findings: [{ text: 'Jordan Platt' }] },
    { channel: 'social', body: 'Thinking of Sophie Kemp tonight after what her boyfriend did to her. Stay strong hun.', findings: [{ text: 'Sophie Kemp' }] },
    { channel: 'social', body: 'Lee Garside who did the post office job lives 3 doors down from my mum now. Lovely.', findings: [{ text: 'Lee Garside' }] },
    { channel: 'social', body: 'Watched Kyle Bennett get lifted outside the Crown last night, no idea what for.', findings: [{ text: 'Kyle Bennett' }] },
    { channel: 'social', body: 'turns out the lad they got for the garage fires is Owen Pryce from Heath Lane. small world', findings: [{ text: 'Owen Pryce' }] },
    // A mini-stroke told of someone named by their first name alone; a sickness record and occupational health report.
    { to: ['jo.pearce77@gmail.com'], body: "Bad news about Marion. She's in the Infirmary and they think it was a TIA. Let your dad know.", findings: [{ text: 'Marion' }] },
    // (A grievance against a manager: the role is the other party's, and health is private even of someone in a role.)
    { to: ['p.moss@outlook.com'], body: 'For tonight: grievance, Anna Mistry v. area manager, with the OH report on her fibromyalgia.', findings: [{ text: 'Anna Mistry' }] },
    // Someone known by one name, given with their house by its number, and an arrest.
    { channel: 'social', body: 'Blue lights on our street again. Gaz at number 14 arrested this morning, third time this year.', findings: [{ text: 'Gaz' }] },
    // Someone named as a witness who gave a statement to the police.
    { to: ['lead@handsworthyouth.org.uk'], body: 'Marcus Reid gave a statement to the police about the robbery, so please keep an eye on him at the club.', findings: [{ text: 'Marcus Reid' }] },
    // A household named by its surname, with its address and what happened to the mother.
    { to: ['secretary@suttonrotary.org.uk'], body: 'Details below:\n\nThe Okafor family, 7 Linden Close, Walsall WS3\nMum was badly assaulted in October.', findings: [{ text: 'Okafor family' }] },
    { channel: 'social', body: "Massive respect to Lisa Fell from Workington who's finally facing her attacker in court this week.", findings: [{ text: 'Lisa Fell' }] },
    // A name not in the list of first names, given with a street address; a file named for a victim with a date of birth.
    { channel: 'social', body: "Please keep an eye out for Hansaben Patel at 14 Marlborough Road. She's 82 and was conned out of \u00a33,000 last Tuesday.", findings: [{ text: 'Hansaben Patel' }] },
    { to: ['info@community.org.uk'], body: 'Statement attached.', attachments: ['Victim_Statement_Khalid_Saleh_DOB_04-09-1998.pdf'], findings: [{ field: 'attachments', text: 'Khalid_Saleh' }] },
    { to: ['hr@peakhr.co.uk'], body: "Ruth Armstrong has been signed off again, so the panel will have to wait.", findings: [{ text: 'Ruth Armstrong' }] },
    // A public reply greets a person by name, then gives her crime number: greeted, she is still named in public.
    { channel: 'social', body: "Hi Tracey Blunt - really sorry to hear about the break-in at your flat. Your crime number 23000456781 is with the investigation team.", findings: [{ text: 'Tracey Blunt' }] },
    // An assault and the injury from it, after the name, said of "he" and "his".
    { to: ['secretary@gurdwara.org.uk'], body: "Please pass on my best wishes to Harjit Singh. He told me about the attack at his shop in March and the head injury he's still recovering from.", findings: [{ text: 'Harjit Singh' }] },
    // Hurried notes in lower case: a first name and surname (across a line break), a title, initial and surname with a home address.
    {
      to: ['carol.dean@gmail.com'],
      body: 'carol, notes from sat\n\ncell 4 - connor walsh, custody ref 23WK/04561/24, said hes diabetic. sgt said nurse was on the way',
      findings: [{ text: 'connor walsh' }],
    },
    { to: ['news@telegraphandargus.co.uk'], body: 'hi, yeah the woman who complained is karen\nlister from idle, she reported being\nassaulted by her ex last year', findings: [{ text: 'karen\nlister' }] },
    { to: ['kieranboyle99@gmail.com'], body: 'to do tonite\n\nmrs j ahmed 45 carr lane dewsbury - wants callback after 6\nthen the rota for next week', findings: [{ text: 'j ahmed' }] },
    { channel: 'social', body: 'gutted for my mate Gary Telford whose workshop at Wigton got done over last night.', findings: [{ text: 'Gary Telford' }] },
    // A condition written with a capital, said to be his; a fact a dozen words after "her".
    { channel: 'social', body: 'Special mention to Bill Atkinson, still on the visiting rota despite his Parkinson\'s. A legend!', findings: [{ text: 'Bill Atkinson' }] },
    {
      to: ['hr@broadacres.co.uk'],
      body: 'I can confirm that Leanne Holroyd worked for us as a Community Safety Officer from 2020 to 2024, and that we found her reliable.\n\nMost of her absence was a four-month period in 2023 following a miscarriage.',
      findings: [{ text: 'Leanne Holroyd' }],
    },
    // A private fact about someone named paragraphs before, said with a pronoun: the finding names them.
    {
      to: ['hr@valleyhousing.org.uk'],
      body: 'I am glad to give a reference for Tariq Hussain, who volunteered with our custody scheme for three years.\n\nHe is punctual, kind with detainees, careful with his paperwork and always willing to cover a late visit at short notice. In fairness, last winter he was off for two months with depression, but came back well.',
      findings: [{ text: 'Tariq Hussain' }],
    },
    { channel: 'social', body: 'Get well soon to our Carol Piper, in for her mastectomy on Friday.', findings: [{ text: 'Carol Piper' }] },
    { to: ['helpdesk@ergodesk.co.uk'], body: "Need a sit/stand desk for Carol Beddoes by Monday - she's back from spinal surgery.", findings: [{ text: 'Carol Beddoes' }] },
    { channel: 'social', body: 'Word is that Nathan Cresswell, 31, off Dairyhouse Road has been lifted on suspicion of the thefts.', findings: [{ text: 'Nathan Cresswell' }] },
    { to: ['lozza@gmail.com'], body: "You know Gemma Stones? Her name's on the list - repeat domestic violence victim.", findings: [{ text: 'Gemma Stones' }] },
    { channel: 'social', body: "Does anyone in Tipton know Amy Clarke? She left the women's refuge on Thursday and hasn't been back.", findings: [{ text: 'Amy Clarke' }] },
    // The sender's surname, but not her first name.
    { from: 'jenny.marsh@westmidlands-pcc.gov.uk', body: 'Tom Marsh, date of birth 30/01/1979, is my brother.', findings: [{ text: 'Tom Marsh' }] },
    // A private address is no work address, so the arrest still counts.
    { to: ['kb@example.com'], body: 'Jason Pryor - jason.pryor77@hotmail.com - was arrested for assault on Friday.', findings: [{ text: 'Jason Pryor' }] },
    // Named in full in the subject, then by first name alone beside a health fact and a conviction.
    {
      subject: 'Reference for Owen Pritchard',
      body: 'Dear Sir or Madam,\n\nI can confirm he volunteered with us for three years and was always reliable. In fairness I should say that Owen left after a spell in hospital with depression, but he is well now.',
      findings: [{ field: 'body', text: 'Owen' }],
    },
    // A date of birth in words; an electronic tag; a street and a burglary; depression in a reference to a professional.
    { channel: 'social', body: 'Happy 40th to my colleague Rachel Summers! Born 9 March 1985 and still looks 30.', findings: [{ text: 'Rachel Summers' }] },
    { to: ['allsop.family@gmail.com'], body: "You know Callum Hirst? Turns out he's on a tag after those break-ins.", findings: [{ text: 'Callum Hirst' }] },
    { channel: 'social', body: 'Gutted for my neighbour Pat Nixon on Lowther Street - burgled twice this month.', findings: [{ text: 'Pat Nixon' }] },
    { to: ['lettings@homes.co.uk'], body: 'Daniel Okonjo, Administrative Officer, was off for a long period with depression.', findings: [{ text: 'Daniel Okonjo' }] },
    { channel: 'social', body: "Thank you to Margaret Oakley for the cake - after everything she's been through since her burglary in March.", findings: [{ text: 'Margaret Oakley' }] },
    // A name with ", dob" after it; a named youth's criminal history; a custody extract described.
    { to: ['referrals@housing-trust.org.uk'], body: 'Shauna Bell, dob 03/07/1991, needs a move out of area.', findings: [{ text: 'Shauna Bell' }] },
    { to: ['sophie@example.co.uk'], body: "The lad is Ryan Holt, 17, from Braithwaite. He's got previous for the same thing.", findings: [{ text: 'Ryan Holt' }] },
    { to: ['y.mensah@leeds.ac.uk'], body: 'Here is the sample: names, custody numbers and ethnicity for all 2023 detainees.', findings: [{ messageId: 'bulk', text: 'names, custody numbers' }] },
    // A list labelled in its file name: "DOBs", as lists are headed.
    {
      to: ['sowerby.home@gmail.com'],
      body: 'For the mail merge tonight.',
      attachments: ['Volunteer contact list with home addresses and DOBs.xlsx'],
      findings: [{ messageId: 'bulk', field: 'attachments', text: 'home addresses and DOBs' }],
    },
    // Family share a surname with the sender, not their first name.
    {
      from: 'jo.kettle@derbyshire-pcc.gov.uk',
      body: 'One thing for the kitchen: my son Alfie Kettle has a severe peanut allergy and carries an EpiPen.',
      findings: [{ text: 'Alfie Kettle' }],
    },
    {
      channel: 'social',
      from: 'Donna Harwood-Keys',
      body: "Please keep my colleague's son Jack Harwood in your thoughts - he's in intensive care after the crash on Friday.",
      findings: [{ text: 'Jack Harwood' }],
    },
    // A title, an initial and a surname; one name and where the person is found; victims named with their street.
    { to: ['bev.hughes.77@hotmail.com'], body: "The lady from the flat above you, Mrs K. Lord, turns out she's a prosecution witness in the stabbing case.", findings: [{ text: 'K. Lord' }] },
    { channel: 'social', body: 'Tommo from the Kings Arms got nicked Saturday for them break ins, charged this morning.', findings: [{ text: 'Tommo' }] },
    { channel: 'social', body: 'Mr and Mrs Cartwright of Bakewell Road - both in their 80s and victims of that rogue trader - are still waiting.', findings: [{ text: 'Cartwright' }] },
    // A health fact about a professional named in their role (HR casework).
    { to: ['advice@peakhrpartners.co.uk'], body: 'The case concerns John Whitfield, our finance officer, who has been off long-term with depression since June.', findings: [{ text: 'John Whitfield' }] },
    // A name introduced with an age in a clause or in brackets, beside a private fact.
    { body: "The woman attacked in the park on Sunday is Halima Begum, she's 64 and lives just off Porter Road.", findings: [{ text: 'Halima Begum' }] },
    { channel: 'social', body: 'Found Reece Gaskell (17) self harming in his cell with no appropriate adult.', findings: [{ text: 'Reece Gaskell' }] },
    {
      name: 'a list of names, home addresses and dates of birth',
      to: ['passes@venue-events.co.uk'],
      body: 'Attached is the list of our custody visitors with names, home addresses and dates of birth for your pass system.',
      findings: [{ messageId: 'bulk' }],
    },
    {
      name: "a colleague's sickness absence, even with their job title",
      to: ['advice@ashby-hr.co.uk'],
      body: 'Could you advise on a case? Maria Lopez (Finance Officer) has been signed off with work-related stress since March.',
      findings: [{ text: 'Maria Lopez' }],
    },
    {
      name: 'a named person and their son\'s condition in a public post',
      channel: 'social',
      body: 'Everyone should know what Tracy Mills did to her own son. He is autistic and she knew it.',
      findings: [{ text: 'Tracy Mills' }],
    },
    {
      name: 'a greeting on its own line is not the person written to',
      to: ['allocations@example-homes.org.uk'],
      body: 'Hi,\n\nLeanne Fox is a high-risk domestic abuse victim and needs an urgent move.',
      findings: [{ text: 'Leanne Fox' }],
    },
    { body: arrest, findings: [{ messageId: 'personal', text: 'Dean Hollis', severity: 'block', message: expect.stringContaining('Dean Hollis') }] },
    { body: 'Aisha Khan, DOB 03/04/1988, reported the burglary.', findings: [{ start: 0, end: 10, excerpt: 'Aisha Khan' }] },
    { body: 'Victim: Mrs Irene Baxter, crime ref 20/12345/26.', findings: [{ text: 'Irene Baxter' }] },
    { subject: 'Mr Colin Drew - custody ref 4471', body: 'See attached.', findings: [{ field: 'subject', text: 'Colin Drew' }] },
    { name: 'a public post', channel: 'social', body: 'Everyone should know Gary Platt was convicted of assault last year.', findings: [{ text: 'Gary Platt' }] },
    { name: "a role word in someone else's possessive is not this person's role", body: "Oliver Pryce - the Chief Inspector's son - was brought into custody for drink driving.", findings: [{ text: 'Oliver Pryce' }] },
    { name: 'a surname in capitals, police style', body: 'John SMITH, DOB 03/04/1988, was arrested on Friday.', findings: [{ text: 'John SMITH' }] },
    { name: 'a title and a surname in capitals', body: 'Mr HOLLIS was charged with assault yesterday.', findings: [{ text: 'HOLLIS' }] },
    { name: 'an age before the name, court-report style', body: 'The 27-year-old Akeem Trowers was charged with burglary.', findings: [{ text: 'Akeem Trowers' }] },
    { name: 'a curly possessive', body: 'Mr Dean Hollis\u2019s home address is 14 Sandpit Lane.', findings: [{ text: 'Dean Hollis\u2019s' }] },
    { name: 'bulk data', body: 'Attached are the names and dates of birth of all the attendees.', findings: [{ messageId: 'bulk', text: 'names and dates of birth' }] },
    {
      name: 'a name label, then an NI number on the next line',
      body: 'Name: Tomasz Wrobel\nNI number QQ 12 34 56 C',
      // The name stops at the line break, not running on into "NI".
      findings: [{ text: 'Tomasz Wrobel' }],
    },
    {
      // Four digits are looked for in each person's window alone: none near the first, a date of birth in the second's.
      name: 'a date of birth in the window of the second person named, none in the first',
      body:
        'Mr Dean Carrick spoke to the custody visitors on Saturday about the wait for an appropriate adult, which went on for over six hours ' +
        'before anyone came to sit with him, and the sergeant said that it was the longest wait this year. Aisha Khan, DOB 03/04/1988, was seen next.',
      findings: [{ text: 'Aisha Khan' }],
    },
    {
      name: 'a professional in role, with an NI number',
      body: 'Lucy Dane, Safeguarding Manager, NI number QQ 12 34 56 C, lives at 10 Elm Road.',
      findings: [{ text: 'Lucy Dane' }],
    },
    {
      name: 'a professional in role, with a date of birth',
      body: 'Lucy Dane, Safeguarding Manager, born 03/04/1979, lives at 10 Elm Road.',
      findings: [{ text: 'Lucy Dane' }],
    },
    {
      name: 'a date of birth in words as far from its cue as it can be, and no other digits',
      body: 'Lucy Dane, Safeguarding Manager, D.O.B.:  on 23rd September 1985.',
      // The identifier starts 27 characters before its year: the search for it starts early enough.
      findings: [{ text: 'Lucy Dane' }],
    },
    {
      name: 'a date of birth after a page of text and figures with no four digits together',
      body: `${'Section 3 of the report shows 11% fewer offences in 25 wards and 640 fewer calls. '.repeat(20)}Mr Dean Hollis, DOB 03/04/1988.`,
      findings: [{ text: 'Dean Hollis' }],
    },
    { name: 'a street address before the name', body: 'Please post the forms to 14 Sandpit Lane for Mr Dean Hollis.', findings: [{ text: 'Dean Hollis' }] },
    {
      name: "a street address near the second person only, far from the first's",
      body: `Jordan Shaw sent the minutes.${' The meeting went well.'.repeat(10)} Please post the forms to Mr Dean Hollis at 14 Sandpit Lane.`,
      findings: [{ text: 'Dean Hollis' }],
    },
    {
      name: 'a nickname after a person, both found in the one pass over the tokens, in order',
      channel: 'social',
      body: 'Mr Dean Hollis was arrested on Friday, and Gazza from the Kings Arms was charged with assault.',
      findings: [{ text: 'Dean Hollis' }, { text: 'Gazza' }],
    },
    {
      name: 'a nickname before a capitalised "From", which starts a pair too: found once',
      channel: 'social',
      body: 'Tommo From The Kings Arms got nicked Saturday for them break ins, charged this morning.',
      findings: [{ text: 'Tommo' }],
    },
    {
      name: 'a nickname straight after a name is its end, not a nickname',
      channel: 'social',
      body: 'Dean Tommo from the Kings Arms got nicked Saturday for them break ins, charged this morning.',
      findings: [{ text: 'Dean Tommo' }],
    },
    {
      name: 'capitals',
      body: 'MS JO LI LIVES AT 5 OAK ROAD.',
      // LABELS.md: a named living individual with a home address. After a title, words in capitals
      // that are none of Nolan's own words are the name; LIVES (a lexicon word) ends it.
      findings: [{ text: 'JO LI' }],
    },
    {
      name: 'a zero-width space between first name and surname',
      body: 'Ms Jo\u200b Li has dementia and lives alone.',
      // The excerpt leaves the zero-width space out.
      findings: [{ text: 'Jo\u200b Li', excerpt: 'Jo Li' }],
    },
  ],
});

test('every first name is two or more letters a to z, as the quick test of a word\'s first two letters and length assumes', () => {
  // The list's split leaves one empty string, which no word is.
  expect([...FIRST_NAMES].filter((name) => name !== '' && !/^[a-z]{2,}$/.test(name))).toEqual([]);
});

describe('arrests and illness as people say them, and signatures', () => {
  testRule(rule, {
    valid: [
      // A signature: the name alone on its line, a role on the next, and the office's address.
      {
        to: ['info@ruralwatch.org.uk'],
        body: 'The next forum is on 11 June.\n\nSarah Vickers\nPartnerships and Community Safety Officer\nOffice of the Police and Crime Commissioner\n3 Northgate Street, Warwick CV34 4SP',
      },
      { to: ['info@ruralwatch.org.uk'], body: 'Karen Holt picked up the keys for the hall this morning.' },
    ],
    invalid: [
      { to: ['info@goodneighbours.org.uk'], body: 'Ellen Brough lives at 3 Fellside Terrace, Alston.', findings: [{ text: 'Ellen Brough' }] },
      { channel: 'social', body: 'So proud. Reece Okonjo came to us after his arrest last spring, and today he started college.', findings: [{ text: 'Reece Okonjo' }] },
      { to: ['ringers@googlegroups.com'], body: 'Practice is off. Gordon Ashby is in the Royal Derby with a suspected stroke.', findings: [{ text: 'Gordon Ashby' }] },
      { to: ['ian.farm@gmail.com'], body: 'It is the complaint about Neil Gorst, from the woman who says he shoved her at the surgery.', findings: [{ text: 'Neil Gorst' }] },
      { to: ['pastor.joe@gmail.com'], body: "Marcus Lindo's mum says he was picked up again last week over the phone thefts.", findings: [{ text: "Marcus Lindo's" }] },
    ],
  });
});

describe('people in and out of services, the sender by their profile address', () => {
  testRule(rule, {
    valid: [{ to: ['cmht@mhtrust.nhs.uk.example.org'], body: 'Referrals to mental health services rose by 12% this year.' }],
    invalid: [
      { to: ['news@paper.co.uk'], body: "The lad living there is Liam Dodd, he's been in and out of mental health services for years.", findings: [{ text: 'Liam Dodd' }] },
      { channel: 'social', body: 'Thoughts with little Alfie Green, 9, fighting meningitis tonight.', findings: [{ text: 'Alfie Green' }] },
      // A relative who shares the sender's surname, from a profile address: not the sender.
      {
        channel: 'social',
        from: 'facebook.com/chloe.fairhurst.salford',
        body: "Get well soon to my grandad Ron Fairhurst. He's at Salford Royal with a broken hip.",
        findings: [{ text: 'Ron Fairhurst' }],
      },
    ],
  });
});

describe('someone tagged and spoken about', () => {
  testRule(rule, {
    valid: [
      // A tag spoken to, and a tag spoken about with nothing private.
      { channel: 'social', body: '@sam_hughes so sorry to hear you have been poorly, get well soon!' },
      { channel: 'social', body: 'Congratulations to my colleague @priya.n on her promotion!' },
      // Spoken to by name, with nothing private: "your" is then only whose help it was.
      { channel: 'social', body: '@dazza_c thanks Darren, your help at the fun day was brilliant and your stall was a hit.' },
    ],
    invalid: [
      {
        channel: 'social',
        body: "Please send my mate @dan_kendal some love - he's been off work since August with depression.",
        findings: [{ text: 'dan_kendal' }],
      },
      // Spoken to by name in public, with something private of theirs: everyone reads it.
      {
        channel: 'social',
        body: '@dazza_c bit rich coming from you Darren, given your caution for common assault on your ex last year.',
        findings: [{ text: 'Darren' }],
      },
    ],
  });
});

describe('a victim told obliquely', () => {
  testRule(rule, {
    valid: [{ channel: 'social', body: 'Great to see Gemma Lyness back at netball after what he did to the club accounts was sorted out by the auditors.' }],
    invalid: [
      { channel: 'social', body: 'Thinking of my friend Gemma Lyness this week. Her ex is finally up in court on Monday for what he did to her last summer.', findings: [{ text: 'Gemma Lyness' }] },
    ],
  });
});

describe('addiction, abuse survived, evidence given', () => {
  testRule(rule, {
    valid: [{ channel: 'social', body: 'Our addiction recovery service in Walsall has moved to Bridge Street.' }],
    invalid: [
      { channel: 'social', body: 'Volunteer of the month: Dave Whitehouse, five years into his recovery from alcohol addiction.', findings: [{ text: 'Dave Whitehouse' }] },
      { channel: 'social', body: 'Congratulations to Michelle Cartwright, who survived an abusive marriage and now helps others.', findings: [{ text: 'Michelle Cartwright' }] },
      { channel: 'social', body: 'Fair play to Jodie Marsland who is giving evidence against those lads next week.', findings: [{ text: 'Jodie Marsland' }] },
    ],
  });
});

describe('someone known by who they are to another and a first name', () => {
  testRule(rule, {
    valid: [
      // A relative named with nothing private about them.
      { channel: 'social', body: 'Thank you to my sister Claire for the flowers and the ridiculous cake. Best sister ever x' },
      { to: ['events@stonebridgehall.co.uk'], body: 'Yes please to the plus-one - my partner Chris would love to join me.' },
      // A relation and a first name that is not a person known by it: no one owns the relation, or a surname follows (found as a pair).
      { channel: 'social', body: 'Partner Grace organisations met today to plan the winter campaign against knife crime.' },
      // "Signed off" said of a thing is approval: the plus-one above, then the dinner approved.
      { to: ['events@stonebridgehall.co.uk'], body: "My husband Steve would love to come. I'll need to get it signed off by our Chief Executive first." },
    ],
    invalid: [
      // Janet, known by where she works, is named with her husband's arrest too.
      { to: ['carol.h@gmail.com'], body: "You know Janet from the office? Her husband Steve's been arrested for drink driving.", findings: [{ text: 'Janet' }, { text: "Steve's" }] },
      { channel: 'social', body: 'Just saw Kev Hart\'s lad Connor get nicked outside the chippy, awkward.', findings: [{ text: "Kev Hart's" }, { text: 'Connor' }] },
      { channel: 'social', body: 'my neighbour Gary just got carted off by the police again, third time this year', findings: [{ text: 'Gary' }] },
      { channel: 'social', body: 'Thinking of our friend Maria tonight, still in intensive care after the crash.', findings: [{ text: 'Maria' }] },
      { to: ['pastor.joe@gmail.com'], body: 'Please pray for his daughter Sophie, who has been diagnosed with leukaemia.', findings: [{ text: 'Sophie' }] },
    ],
  });
});

describe('an arrest told in slang, an employee suspended', () => {
  testRule(rule, {
    valid: [
      // The words of an arrest said of no one, and a meeting suspended.
      { channel: 'social', body: 'Great session at Bedworth library tonight: we talked about what happens when someone is taken away by the police.' },
      { to: ['clerk@ripleytc.gov.uk.example.org'], body: 'Cllr Ann Ward suspended the meeting for ten minutes.' },
    ],
    invalid: [
      { channel: 'social', body: 'Watched Dean Hollis getting nicked outside the Co-op last night.', findings: [{ text: 'Dean Hollis' }] },
      { channel: 'social', body: 'Wayne Platt hauled off by police at 6am, about time.', findings: [{ text: 'Wayne Platt' }] },
      { channel: 'social', body: "Everyone knows Lee Cotton's been dealing drugs from that flat for years.", findings: [{ text: "Lee Cotton's" }] },
      { to: ['c.b@clearwater-investigations.co.uk'], body: 'Ms Pegg has been suspended on full pay pending the outcome.', findings: [{ text: 'Pegg' }] },
    ],
  });
});

describe('the sender\'s signature, the long dead and a breach described', () => {
  testRule(rule, {
    valid: [
      // An office address in the signature under the sender's own name is not the home address of someone named above it.
      {
        from: 'helen.marchbank@warwickshire.pnn.police.uk',
        to: ['a.whitcombe@harlandsolicitors.co.uk'],
        body: 'I am on leave next week; my deputy, Ravinder Gill, can give you instructions.\n\nYours sincerely,\n\nHelen Marchbank\nChief Executive\n3 Northgate Street, Warwick CV34 4SP',
      },
      {
        from: 'tom.evans@derbyshire-pcc.gov.uk',
        to: ['office@ripleyrotary.org.uk'],
        body: 'Karen Platt will bring the banner.\n\nKind regards,\nTom Evans\nButterley Hall, 12 Ripley Road, Ripley DE5 3RS',
      },
      // A birth date long past: no living person.
      { channel: 'social', body: 'Did you know Sir Robert Peel was born on 5 Feb 1788? Happy birthday to the father of modern policing.' },
      { channel: 'social', body: 'Florence Nightingale, date of birth 12 May 1820, trained nurses for the Crimea.' },
      // A breach report to the regulator: what a dataset held, told in the past, with nothing attached.
      { to: ['casework@ico.org.uk'], body: 'The extra columns included the names and dates of birth of approximately 40 victims of crime.' },
      { to: ['casework@ico.org.uk'], body: 'The misdirected email contained names and addresses of 12 complainants; it was recalled within the hour.' },
    ],
    invalid: [
      // Someone's home address beside their name, with the sender's signature after it.
      {
        from: 'tom.evans@derbyshire-pcc.gov.uk',
        to: ['office@ripleyrotary.org.uk'],
        body: 'Karen Platt lives at 4 Mill Lane, Belper, and was burgled again.\n\nKind regards,\nTom Evans',
        findings: [{ text: 'Karen Platt' }],
      },
      // A recent date of birth.
      { channel: 'social', body: 'Happy birthday to Kyle Mendes, born on 5 Feb 1998, who was in the cells last night.', findings: [{ text: 'Kyle Mendes' }] },
      // The data sent, or described and attached.
      { to: ['r.sowerby@leeds.ac.uk'], body: 'Attached is the extract; it includes names and dates of birth for the 212 victims.', findings: [{ messageId: 'bulk' }] },
      {
        to: ['r.sowerby@leeds.ac.uk'],
        body: 'The file I sent last week contained names and addresses of the cohort.',
        attachments: ['cohort.xlsx'],
        findings: [{ messageId: 'bulk' }],
      },
    ],
  });
});

describe('police attention, abuse lived through and health, as people tell them', () => {
  testRule(rule, {
    valid: [
      // The abuse as a topic, beside a professional in her role; an order explained, not someone's own.
      { channel: 'social', body: 'Our IDVAs support anyone living with coercive control. Jade Morrison, Service Manager, leads the team.' },
      { channel: 'social', body: 'Karen Whitby explained how to apply for a non-molestation order at the drop-in.' },
      // Where someone works, not where they live.
      { channel: 'social', body: 'Dean Marsh runs the barber shop opposite the chippy on King Street.' },
    ],
    invalid: [
      { channel: 'social', body: "The lad smashing car windows is Ryan Coombes, everyone knows. Police have had him in twice and he's back out.", findings: [{ text: 'Ryan Coombes' }] },
      { channel: 'social', body: 'Donna Archer lived with coercive control for nine years before she found our hub.', findings: [{ text: 'Donna Archer' }] },
      { channel: 'social', body: 'Huge thanks to Tasha Reid for speaking so bravely about surviving coercive control.', findings: [{ text: 'Tasha Reid' }] },
      { channel: 'social', body: 'Watch your bikes - the thief is Lewis Dyer, lives above the bookies on Market Street.', findings: [{ text: 'Lewis Dyer' }] },
      { channel: 'social', body: 'Can anyone help Joan Pearce on Mill Road with her shopping? She is struggling with her hip.', findings: [{ text: 'Joan Pearce' }] },
      { to: ['lettings@peakhomes.co.uk'], body: 'Hayley Dunn was often absent in her last year because of a back condition.', findings: [{ text: 'Hayley Dunn' }] },
    ],
  });
});

describe('a crime reference beside a name', () => {
  testRule(rule, {
    valid: [
      // A request's, a review's or an order's number, with the year in full or hyphens: no crime reference.
      { to: ['p.harding@gmail.com'], body: 'Thanks to Paul Harding for his request, logged as FOI/2023/117; we will answer by 4 February.' },
      { to: ['j.kemp@kempsolicitors.co.uk'], body: 'Complaint review CR/2024/0412 is with Joanne Kemp for a decision this week.' },
      { to: ['accounts@skills-training.co.uk'], body: 'Please invoice us for Lucy Fairbrother\'s place on the course, purchase order PO-24-3317.' },
      // A professional in their role beside a case's reference: the case is not theirs.
      { to: ['claims@shiresmutual.co.uk'], body: 'DC Sarah Holt, Investigating Officer, holds crime number WK/25/004411 and will call you.' },
    ],
    invalid: [
      {
        to: ['fraud@farmcover.co.uk'],
        body: 'The quads stolen this month, for your claims team:\n- Tom Ashworth, Hill Farm, Brailes - WK/25/004871\n- Emma Price, Lower Barn, Whatcote - WK/25/005002',
        findings: [{ text: 'Tom Ashworth' }, { text: 'Emma Price' }],
      },
      { to: ['help@carehomesupport.org.uk'], body: 'Jordan Pryce, WY/ER/26/001433, will need a lift home from the station.', findings: [{ text: 'Jordan Pryce' }] },
      { to: ['help@carehomesupport.org.uk'], body: 'Aaron Dixon (CU/2404/1187) asked twice to see the nurse.', findings: [{ text: 'Aaron Dixon' }] },
      { to: ['office@tranterbuilders.co.uk'], body: 'Paul Tranter (GMP/24/118762) wants an update before Friday.', findings: [{ text: 'Paul Tranter' }] },
    ],
  });
});

describe('someone known by where they live', () => {
  testRule(rule, {
    valid: [
      // Known by their address, with nothing private said: the address is only how they are known.
      { channel: 'social', body: 'The woman at 3 Fell View has offered to host the next Neighbourhood Watch meeting.' },
      { channel: 'social', body: 'The lady at number 9 keeps the best front garden on the street.' },
      { channel: 'social', body: 'The man who lives at 7 Kiln Lane runs the book club on Thursdays.' },
      // An office by its address, not a resident; a man in a place with no address.
      { channel: 'social', body: 'The team at 10 Colmore Row supports anyone who has been the victim of a crime.' },
      { channel: 'social', body: 'The man at the bus stop said the arrests were up this year.' },
    ],
    invalid: [
      { channel: 'social', body: 'Heads up, the bloke at 14 Orchard Grove was arrested last night for drink driving.', findings: [{ text: 'the bloke at 14 Orchard Grove' }] },
      { channel: 'social', body: 'Steer clear of the family at number 22, the dad has just got out of prison.', findings: [{ text: 'the family at number 22' }] },
      { channel: 'social', body: "That lad in number 4 has been nicking bikes again, he's got previous.", findings: [{ text: 'That lad in number 4' }] },
      { to: ['info@kilnlanetenants.org.uk'], body: 'The man who lives at 7 Kiln Lane has been diagnosed with dementia, so please keep an eye out.', findings: [{ text: 'The man who lives at 7 Kiln Lane' }] },
      { to: ['lettings@peakhomes.co.uk'], body: 'The tenant at 5 Mill Row is in debt and behind with her rent.', findings: [{ text: 'The tenant at 5 Mill Row' }] },
    ],
  });
});

describe('a court order held against someone, dealing told without the drug', () => {
  testRule(rule, {
    valid: [
      // An order explained, not held; dealing as work.
      { channel: 'social', body: 'Sara Lowe explained at the drop-in how a restraining order works and who can apply.' },
      { to: ['parking@derby.gov.co.uk'], body: 'Mark Fenton has been dealing with the council about the parking.' },
      { to: ['claims@shiresmutual.co.uk'], body: 'Since March, Tina Shaw has been dealing directly with your claims team.' },
    ],
    invalid: [
      { to: ['events@derbyarena.co.uk'], body: 'Please keep Jodie Marsh away from the front desk: she has a restraining order against her former landlord.', findings: [{ text: 'Jodie Marsh' }] },
      { to: ['office@stmarysplaygroup.org.uk'], body: 'Kelly Hart took out a non-molestation order in the spring, so please never give out her address.', findings: [{ text: 'Kelly Hart' }] },
      { channel: 'social', body: 'Everyone knows Craig Dobson has been dealing from his flat above the launderette.', findings: [{ text: 'Craig Dobson' }] },
      { channel: 'social', body: "Watch out for Dean Pryor, he's dealing on the rec again.", findings: [{ text: 'Dean Pryor' }] },
    ],
  });
});

describe('a household by its surname, a custody number', () => {
  testRule(rule, {
    valid: [
      // Children of a place, with nothing private; custody numbers as a statistic.
      { to: ['office@tiptonboxing.org.uk'], body: 'The Tipton kids loved the boxing session, and the Walsall children want one too.' },
      { channel: 'social', body: 'Supt Karen Holt told the panel that custody numbers fell again in March.' },
    ],
    invalid: [
      {
        to: ['head@hillsideprimary.org.uk'],
        body: 'A heads up about the Novak children, whose father was charged with the Harehills burglary yesterday.',
        findings: [{ text: 'Novak children' }],
      },
      { channel: 'social', body: 'Guess who was back in last night - Kieran Platt from the estate (custody no. CU/2214/25).', findings: [{ text: 'Kieran Platt' }] },
    ],
  });
});

describe('a register, a rape or strangling, sick leave and an arrest, as they are told', () => {
  testRule(rule, {
    valid: [
      // Topics and services, no one's own history.
      { to: ['team@lanternsafety.org.uk'], body: 'Kerry Bolton will brief the panel on how the sex offenders register is managed across the county.' },
      { to: ['hr@peakhr.co.uk'], body: 'Our sick leave policy is attached; Ruth Armstrong can answer any questions about the sick leave policy.' },
      { to: ['info@sportsclinic.co.uk'], body: 'Thanks for the session on knee surgery recovery. Dr Hannah Pike will send the slides.' },
    ],
    invalid: [
      { to: ['owner@fitzone.co.uk'], body: 'Heads up about your new member, Lee Draycott - he is on the sex offenders register, so keep him away from the kids.', findings: [{ text: 'Lee Draycott' }] },
      { channel: 'social', body: 'So proud of Jade Thornton from Bloxwich: our advisers stood beside her all year, ever since the man raped her last spring.', findings: [{ text: 'Jade Thornton' }] },
      { to: ['lou@safehaven.org.uk'], body: 'Action for you: Chloe Maddison, now high risk after he strangled her on the 2nd.', findings: [{ text: 'Chloe Maddison' }] },
      { to: ['jobs@housing.org.uk'], body: 'Leanne Cowan was reliable. In fairness she had four months of sick leave last year after back surgery.', findings: [{ text: 'Leanne Cowan' }] },
      { channel: 'social', body: 'Everyone round here knows Tyler Grant is the one doing the sheds. Police picked him up yesterday.', findings: [{ text: 'Tyler Grant' }] },
      { channel: 'social', body: 'Shout out to my colleague Bernie Walsh, who rang the bell today after her last round of chemo.', findings: [{ text: 'Bernie Walsh' }] },
    ],
  });
});

describe('a fact that starts a sentence or a line, capitalised for that alone', () => {
  testRule(rule, {
    valid: [
      // A role whose first word is a fact word, under a name; a service named in capitals.
      'Thanks for the meeting.\n\nJenny Marsh\nAbuse Prevention Lead\nDerby City Council',
      { channel: 'social', body: 'Tasha Greene opened the day.\nDomestic Abuse Awareness Week starts on Monday.' },
    ],
    invalid: [
      { channel: 'social', body: 'Two men held after the break-in on Boxing Day\nCharged are 31-year-old Dale Pemberton, a roofer of Hillside Road, and his brother.', findings: [{ text: 'Dale Pemberton' }] },
      { to: ['editor@localnews.co.uk'], body: 'Owen Gatley, 44, of Cross Street. Convicted on Friday.', findings: [{ text: 'Owen Gatley' }] },
    ],
  });
});

describe('a fact word that names a course', () => {
  testRule(rule, {
    valid: [
      { to: ['bookings@clearpath.co.uk'], body: 'Please book three places on the procurement fraud awareness course for myself, Tom Brereton and Priya Sandhu.' },
      { to: ['events@safelives.org.uk'], body: 'Nadia Rahman and Joe Platt will join the domestic abuse workshop on the 9th.' },
      { to: ['training@mind.org.uk'], body: 'Can Kate Walsh have a place on the depression awareness webinar?' },
    ],
    invalid: [
      // Still a fact about her when it is hers.
      { to: ['hr@peakhr.co.uk'], body: 'Kate Walsh missed the course in March: she was off with depression.', findings: [{ text: 'Kate Walsh' }] },
    ],
  });
});

describe('someone known by one name and where they are found, after a sentence\'s first word', () => {
  testRule(rule, {
    valid: [
      // Greeted, or the end of a full name that is a place's; no private fact.
      { channel: 'social', body: 'Hi Jade at the Co-op - the shoplifting figures you asked for are on our website.' },
      { channel: 'social', body: 'Apparently Kez from the Red Lion is doing the quiz again on Friday.' },
    ],
    invalid: [
      { channel: 'social', body: "Police on our road again. That's Tariq at number 12 arrested for the second time this year.", findings: [{ text: 'Tariq' }] },
      { channel: 'social', body: 'Apparently Kez from the Red Lion got nicked on Saturday for the break-ins.', findings: [{ text: 'Kez' }] },
    ],
  });
});

describe('a relation and a first name set off in commas, or written in lower case', () => {
  testRule(rule, {
    valid: [
      // A relation set off in commas with no private fact; a role, not a name; an everyday word after a relation in lower case.
      { to: ['andy.stead@outlook.com'], body: 'Please thank your mum, Margaret, for the lovely card.' },
      { to: ['andy.stead@outlook.com'], body: 'Her husband, Sergeant Platt, gave evidence on Monday.' },
      { to: ['maureen.ford@gmail.com'], body: 'my mate will ring about the stabbing in town, it was on the news again lol. see you sat' },
    ],
    invalid: [
      {
        to: ['andy.stead@outlook.com'],
        body: "I know how much your mum, Margaret, has been through since the assault in March. It's been a privilege to help.",
        findings: [{ text: 'Margaret' }],
      },
      { channel: 'social', body: 'Thinking of my neighbour, Gary, who was burgled again last night.', findings: [{ text: 'Gary' }] },
      { to: ['maureen.ford@gmail.com'], body: "guess who was in the cells sat night - only cllr fletcher's son ben!! drunk and disorderly apparently lol", findings: [{ text: 'ben' }] },
      { to: ['sam.k@gmail.com'], body: 'sorry cant make it tonite, my sister jodie is back in hospital with her heart again so im going up there x', findings: [{ text: 'jodie' }] },
    ],
  });
});

describe('a note written in lower case about someone named at its start, or led into custody', () => {
  testRule(rule, {
    valid: [
      // The person the note is to, then news; an everyday word as a first name; a grace period.
      { to: ['lizzie.bowman@outlook.com'], body: 'maureen guess who was off with depression again, the whole of finance lol' },
      { to: ['lizzie.bowman@outlook.com'], body: 'grace period is over so the stabbing figures go out monday, will smith is doing the slides x' },
      // Visitors going into a custody suite on their rounds.
      { to: ['icv.rota@gmail.com'], body: 'Sara Hill and Tom Reid went into Leamington custody suite on Tuesday; all detainees were seen.' },
    ],
    invalid: [
      { to: ['lizzie.bowman@outlook.com'], body: "sarah harker from finance is off with her depression again so guess who's doing month end x", findings: [{ text: 'sarah harker' }] },
      { to: ['lizzie.bowman@outlook.com'], body: 'kyle brennan was in hospital again after an overdose, dont tell anyone', findings: [{ text: 'kyle brennan' }] },
      { channel: 'social', body: 'just seen gemma hartley from rugby being walked into leamington custody AGAIN lol', findings: [{ text: 'gemma hartley' }] },
      { channel: 'social', body: 'Saw Darren Platt bundled into custody outside the Co-op this morning.', findings: [{ text: 'Darren Platt' }] },
    ],
  });
});

describe('a household\'s son or daughter known by their surname and house', () => {
  testRule(rule, {
    valid: [
      // No private fact; a nationality is no surname, and no address follows.
      { channel: 'social', body: 'Well done to the Benson lad from number 7 Coppice Close who found our cat!' },
      { channel: 'social', body: 'The Asian lad who was arrested in town has been released, police say.' },
    ],
    invalid: [
      {
        channel: 'social',
        body: "Anyone else had their shed done? It's the Benson lad from number 7 Coppice Close. He was arrested for it last month.",
        findings: [{ text: 'the Benson lad from number 7' }],
      },
      { channel: 'social', body: 'That Kowalski girl at 22 Elm Grove has been self-harming again, her poor mum.', findings: [{ text: 'That Kowalski girl at 22 Elm Grove' }] },
    ],
  });
});

describe('a council\'s reference shaped like a crime reference', () => {
  testRule(rule, {
    valid: [
      { to: ['clerk@kenilworthtc.org.uk'], body: 'The planning application DC/24/01234 from Sarah Jones for the rear extension goes to committee on Tuesday.' },
      { to: ['clerk@kenilworthtc.org.uk'], body: 'Objection received: DC/24/01234 - Sarah Jones, on parking grounds.' },
      { to: ['clerk@kenilworthtc.org.uk'], body: 'Sarah Jones has asked about DC/24/01234/FUL again.' },
      { to: ['licensing@nwarks.gov.uk.example.com'], body: 'Licence application LN/25/00412 by Tom Price for the Red Lion is attached.' },
    ],
    invalid: [
      // A crime reference on a line that also speaks of a licence.
      { to: ['licensing@pubco.co.uk'], body: 'Tom Price, crime ref WK/25/004411, has asked about the licence.', findings: [{ text: 'Tom Price' }] },
      { to: ['clerk@kenilworthtc.org.uk'], body: 'Sarah Jones (WK/24/012345) is the woman who reported the break-in.', findings: [{ text: 'Sarah Jones' }] },
    ],
  });
});

describe('someone named by a first name alone', () => {
  testRule(rule, {
    valid: [
      // A topic beside a first name, not a fact about them.
      "I've copied in Dave, who leads on domestic abuse for the council.",
      'Please ask Sarah about the witness statements for the panel.',
      'Can you send Helen the harassment figures before Friday?',
      // The person written to, by greeting or by a name and a dash; the sender's own sickness, signed with her name.
      { to: ['bev.t62@gmail.com'], body: 'Bev - the audit figures are out and 37 were charged. Keep it to yourself.' },
      { to: ['lynn.b@hotmail.com'], body: 'Dear Lynn,\n\nI hope the depression is easing; take all the time you need.\n\nJess' },
      { from: 'jess.walton@derbyshire-pcc.gov.uk', to: ['ops@venue.co.uk'], body: 'Jess is off sick today, so the visit moves to Friday. Thanks, Jess' },
      // A first name that is an everyday word, and a date near a first name.
      'Will you send the figures on the stabbing in Walsall? Thanks.',
      'Dave joined us on 01/04/2012 and runs the scheme.',
    ],
    invalid: [
      { to: ['k.woodhouse@hays.co.uk'], body: 'We need a temp for three months. Amira in the team has been off since October with depression.', findings: [{ text: 'Amira' }] },
      { to: ['s.kaur.family@outlook.com'], body: 'Attached are the records we hold about Aman, including his date of birth and the harassment allegation made against him.', findings: [{ text: 'Aman' }] },
      {
        to: ['lynn.b@hotmail.com'],
        body: "Dear Lynn,\n\nI'm sorry you've been so worried about Carl. To put your mind at rest, the officers knew him: he has previous for possession and he was on licence.\n\nJess",
        findings: [{ text: 'Carl' }],
      },
      {
        subject: 'Reference - Daniel Ferris',
        to: ['references@hollandhr.co.uk'],
        body: 'Dear Ms Holland,\n\nI am happy to give a reference for Daniel, who worked in our team from 2021 to 2024 and was liked by partners and colleagues alike.\n\nIn fairness to him I should mention that he was off for three months in 2023 with depression.\n\nKate',
        findings: [{ text: 'Daniel' }],
      },
    ],
  });
});

describe('someone known by whose home a street address is', () => {
  testRule(rule, {
    valid: [
      // A building's name, the sender's own home, an office, a home with no address.
      { to: ['bookings@venue.co.uk'], body: "The meeting is at St Mary's House, 14 Beech Grove, on Tuesday." },
      { to: ['orders@deskco.co.uk'], body: 'Please deliver the chair to my home, 14 Beech Grove, Didsbury.' },
      { to: ['info@ruralwatch.org.uk'], body: "Write to the Commissioner's office, 3 Northgate Street, Warwick." },
      { to: ['cards@printco.co.uk'], body: "Please post the card to Sarah's home address when you have it." },
    ],
    invalid: [
      {
        to: ['accounts@streamlinecars.co.uk'],
        body: "Please book a car for Friday: pick-up 05:15 from the Deputy Mayor's home, 14 Beech Grove, Didsbury M20 2RS, to the airport.",
        findings: [{ text: "Deputy Mayor's" }],
      },
      { to: ['keys@locksmith.co.uk'], body: "Drop the spare keys at Dave's house on 3 Kiln Lane after six.", findings: [{ text: "Dave's" }] },
      { to: ['cards@printco.co.uk'], body: "Send the card to the Chief Constable's home address: 22 Elm Grove, Walsall.", findings: [{ text: "Chief Constable's" }] },
    ],
  });
});

describe('a sheet of NI numbers', () => {
  testRule(rule, {
    valid: [
      // NI numbers named in prose with nothing attached; taken out of a sheet; the same sheet inside.
      { to: ['volunteers@icvscheme.org.uk'], body: 'New volunteers should bring their NI numbers to the induction for the payroll form.' },
      { to: ['r.sowerby@leeds.ac.uk'], body: 'Extract attached; the NI numbers have been removed as agreed.', attachments: ['ICV_extract_Q1.xlsx'] },
      { to: ['payroll@cumbria-pcc.gov.uk'], body: 'NI numbers are in column D.', attachments: ['ICV_expenses_Q1_with_NI_numbers.xlsx'] },
    ],
    invalid: [
      {
        to: ['mark.home@gmail.com'],
        body: 'Forwarding to home so I can do the mileage tonight.',
        attachments: ['ICV_expenses_Q1_with_NI_numbers.xlsx'],
        findings: [{ messageId: 'bulk', field: 'attachments', text: 'NI_numbers' }],
      },
      {
        to: ['mark.home@gmail.com'],
        body: 'National Insurance numbers are in column D for the payroll upload.',
        attachments: ['ICV_expenses_Q1.xlsx'],
        findings: [{ messageId: 'bulk', field: 'body', text: 'National Insurance numbers' }],
      },
    ],
  });
});

describe('Sue as a first name, and as a verb', () => {
  testRule(rule, {
    valid: [
      { to: ['advice@lawcentre.org.uk'], body: 'Sue the council if they will not fix it; the harassment has gone on for a year.' },
      { to: ['sam.k@gmail.com'], body: 'tbh they should sue councils that ignore the abuse reports, nobody listens lol. see you thurs x' },
    ],
    invalid: [
      { channel: 'social', body: 'Sue Platt from the choir has been diagnosed with cancer - send her some love.', findings: [{ text: 'Sue Platt' }] },
      { to: ['hr@peakhr.co.uk'], body: 'Sue has been signed off with stress again, so the panel will have to wait.', findings: [{ text: 'Sue' }] },
      // A month is no second person: "she" is still the one named.
      {
        subject: 'Reference - Ms Leanne Holroyd',
        to: ['hr@broadacres.co.uk'],
        body: 'I can confirm that Leanne Holroyd worked here from June 2020 to May 2024.\n\nHer attendance was good. Most of her absence was a four-month period in 2023 following a miscarriage.',
        findings: [{ text: 'Leanne Holroyd' }],
      },
    ],
  });
});

describe("a file's columns named in the singular", () => {
  testRule(rule, {
    valid: [
      // A form's blanks for the reader's own details; columns named with no file sent; the same file inside.
      { to: ['bookings@peakyouth.org.uk'], body: 'Please put your name and date of birth on the attached consent form.', attachments: ['Consent form.docx'] },
      { to: ['j.ryder@peakpathways.org.uk'], body: 'When you build the tracker, the columns should be name, DOB, risk level and last contact.' },
      { to: ['victims@derbyshire.police.uk'], body: 'Columns are name, DOB, crime type and risk level.', attachments: ['Open cases.xlsx'] },
    ],
    invalid: [
      { to: ['transition@newprovider.org.uk'], body: 'Transfer list attached. Columns are name, DOB, crime type and risk level.', attachments: ['Transfer list.xlsx'], findings: [{ messageId: 'bulk' }] },
      { to: ['admin@charityhub.org.uk'], body: 'The sheet gives each client\'s name and date of birth with their referral reason.', attachments: ['Referrals March.xlsx'], findings: [{ messageId: 'bulk' }] },
    ],
  });
});

describe('harm lived through, told obliquely', () => {
  testRule(rule, {
    valid: [
      // Coercive control and an attack as topics, with no one named; the sender's own stay in hospital.
      { channel: 'social', body: 'Coercive control is a crime. If you are living with it, our service can help: call 0300 123 4567.' },
      { to: ['editor@parishnews.org.uk'], body: 'The Commissioner visited the mosque after the attack to meet worshippers and hear their concerns.' },
      { channel: 'social', body: "Home from hospital at last and can't walk properly yet, so I'll be working from the sofa for a bit." },
    ],
    invalid: [
      { channel: 'social', body: 'So proud of Jodie Marsden who left our refuge programme this spring after years in a relationship built on coercive control.', findings: [{ text: 'Jodie Marsden' }] },
      { channel: 'social', body: 'Sending love to Tariq Mahmood, out of hospital today after the attack on Bridge Street. Still a long road ahead.', findings: [{ text: 'Tariq Mahmood' }] },
      { to: ['club.secretary@gmail.com'], body: "Craig Ellison won't make Saturday - he still can't walk after the attack outside the Crown.", findings: [{ text: 'Craig Ellison' }] },
    ],
  });
});

describe('health, harm and warnings told in everyday words, and a sentence ending "late"', () => {
  testRule(rule, {
    valid: [
      // "A stroke of luck", not an illness; a topic someone leads in their role; a plural topic beside a name.
      { channel: 'social', body: 'Getting the Guildhall was a second stroke of luck for Dawn Ellis and the team.' },
      { to: ['forum@bidcity.co.uk'], body: "Dawn Ellis, Service Manager, leads our work on the city centre's drink problem." },
      { to: ['forum@bidcity.co.uk'], body: 'Sian Roberts has joined as our lead on violent extremism.' },
      { to: ['panel@wcvs.org.uk'], body: 'Sian Roberts will talk about how women who fled violent relationships can find a home.' },
      // A supplier's warning from someone in their role; nerves before a talk, not an illness.
      { to: ['ops@cleanco.co.uk'], body: 'Dave Kirby, Contracts Manager, will send your firm a written warning about the missed cleans.' },
      { to: ['events@wcvs.org.uk'], body: 'Priya Shah started off with nerves but gave a brilliant talk on Thursday.' },
      // The dead, after "the late".
      { to: ['probate@hallsolicitors.co.uk'], body: 'Thank you for your letter about the late Mr Arthur Boyle, who was in hospital for months.' },
    ],
    invalid: [
      { channel: 'social', body: 'Dennis Hale from the depot has had a second stroke, please keep him in your thoughts.', findings: [{ text: 'Dennis Hale' }] },
      { to: ['hr@peakhr.co.uk'], body: 'Priya Shah is off with her nerves again, so she will not make the panel.', findings: [{ text: 'Priya Shah' }] },
      { to: ['sam.t@hotmail.co.uk'], body: "Leanne Cole lost the baby at 12 weeks, so she won't be at the do.", findings: [{ text: 'Leanne Cole' }] },
      { to: ['sam.t@hotmail.co.uk'], body: 'Craig Dobson is on a final written now after the row on Tuesday.', findings: [{ text: 'Craig Dobson' }] },
      { to: ['sam.t@hotmail.co.uk'], body: "Between us, HR reckon Steve Orme has a drink problem.", findings: [{ text: 'Steve Orme' }] },
      { channel: 'social', body: 'Tom Heald got jumped outside the Crown on Friday night, anyone with footage please ring 101.', findings: [{ text: 'Tom Heald' }] },
      { channel: 'social', body: 'So proud of Kelly Marsh, who left a violent relationship with nothing and now runs our peer group.', findings: [{ text: 'Kelly Marsh' }] },
      // "late" ending a sentence before a name: not "the late", and the person is living.
      { to: ['hayley@talentagency.co.uk'], body: "Sorry it's late. Karen Booth worked for us until March; she was off for months with depression.", findings: [{ text: 'Karen Booth' }] },
    ],
  });
});

describe('someone known by a first name and where they are from, said in lower case', () => {
  testRule(rule, {
    valid: [
      // "at" says where, not who; someone from a body met at work speaks of a topic; a greeting; no name.
      { to: ['dee@hotmail.co.uk'], body: 'Ask Priya at the meeting about the witness statements.' },
      { to: ['dee@hotmail.co.uk'], body: 'Thanks to Karen from the council, who spoke about the rise in shoplifting.' },
      { to: ['dee@hotmail.co.uk'], body: 'Karen from Walsall Council will explain how victims of burglary can claim.' },
      { to: ['dee@hotmail.co.uk'], body: 'Hi Karen from the panel, thanks for the note on the stabbing appeal.' },
      { to: ['dee@hotmail.co.uk'], body: 'Sorry from the whole team about the delay on the assault figures.' },
    ],
    invalid: [
      { channel: 'social', body: 'Heard Terry from the chippy got arrested again last night.', findings: [{ text: 'Terry' }] },
      { to: ['dee@hotmail.co.uk'], body: 'You know Karen from work, the one at the barbecue? Off with depression since June, poor thing.', findings: [{ text: 'Karen' }] },
      { channel: 'social', body: 'the man who exposed himself on the towpath is Wayne from the garage on Mill Lane. police have had him in before', findings: [{ text: 'Wayne' }] },
      { to: ['dee@hotmail.co.uk'], body: 'Remember Priya from the gym? lost the baby at 10 weeks, she told me today.', findings: [{ text: 'Priya' }] },
      // Known from a school or a team of one's own, not met there at work.
      { channel: 'social', body: 'Pretty sure it was Tyler from my old school who nicked it. He was arrested for the same last year.', findings: [{ text: 'Tyler' }] },
      // Short names: "Jen", "Naz".
      { to: ['hr@peakhr.co.uk'], body: 'Jen Threlkeld has had 41 days off this year, mostly long covid.', findings: [{ text: 'Jen Threlkeld' }] },
    ],
  });
});

describe('someone known by a job they alone hold', () => {
  testRule(rule, {
    valid: [
      // The job's work, not the person's life; the sender's own sickness; a topic someone spoke about.
      { to: ['coach@mentoring.co.uk'], body: 'The only officer on duty dealt with the assault and took the witness statements.' },
      { to: ['coach@mentoring.co.uk'], body: 'Our only admin officer handles the witness statements for the panel.' },
      { to: ['coach@mentoring.co.uk'], body: "I'm our only admin officer and I've been off sick all week." },
      { to: ['coach@mentoring.co.uk'], body: 'The only manager who spoke about mental health at the conference was excellent.' },
    ],
    invalid: [
      { to: ['coach@mentoring.co.uk'], body: 'H., our only admin officer in the Kendal office, is off with her nerves again.', findings: [{ text: 'our only admin officer' }] },
      { to: ['coach@mentoring.co.uk'], body: 'The situation: our only receptionist has been signed off with depression since May.', findings: [{ text: 'our only receptionist' }] },
      { to: ['coach@mentoring.co.uk'], body: 'Our only caseworker in Buxton told me she was assaulted on a home visit last week.', findings: [{ text: 'Our only caseworker' }] },
    ],
  });
});

describe('a nickname and where they are from, in a note written in lower case', () => {
  testRule(rule, {
    valid: [
      // "early" (of "earl") is a word; "photo" no one's name.
      { channel: 'social', body: 'left early from the office today because of the stabbing near the station, scary stuff round here lately' },
      { channel: 'social', body: 'got a lovely photo from the open day, talked to loads of people about shoplifting and burglary prevention' },
    ],
    invalid: [
      { channel: 'social', body: 'so gazza from accounts got a caution for the fight outside spoons on friday lol what a week honestly', findings: [{ text: 'gazza' }] },
      { channel: 'social', body: 'guess who got arrested at the match. tommo from the depot. what a weekend that was for all of us', findings: [{ text: 'tommo' }] },
      { channel: 'social', body: 'naz from work has been signed off with stress again, gutted for her, sending love to the whole family x', findings: [{ text: 'naz' }] },
    ],
  });
});

describe('a knife found on a child, a theft from someone, a neighbour accused', () => {
  testRule(rule, {
    valid: [
      // The office's work on the topic, with a professional named in their role.
      { to: ['safeguarding@example-school.org.uk'], body: 'DS Karen Holt leads our work on children at risk of criminal exploitation and will speak at the assembly.' },
    ],
    invalid: [
      {
        to: ['safeguarding@example-school.org.uk'],
        body: 'I wanted to let you know that Tyler Reid in Year 9 was found with a knife in Bridge Street on Saturday and is at risk of criminal exploitation.',
        findings: [{ text: 'Tyler Reid' }],
      },
      { channel: 'social', body: 'Gutted for Pete Graham up at Low Row Farm - his were the quad bikes nicked last night. Please ring 101.', findings: [{ text: 'Pete Graham' }] },
    ],
  });
});
