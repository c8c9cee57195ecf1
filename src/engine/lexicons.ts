/**
 * The phrases rules match, by tag. Packs add to any tag through `terms` (e.g.
 * `terms: { 'news-outlet': ['Hexham Courant'] }`) without code changes. Words ending in
 * `*` match any word starting so; matching ignores case, accents and punctuation between
 * words, but never runs across a sentence end.
 */
import { DISCLAIMER_CUE_GROUPS } from './text/zones';

export const LEXICONS = {
  // ── media ──────────────────────────────────────────────────────────────────────────
  /** Calling the recipient a journalist, or writing to a newsroom. */
  'press-address': [
    // A reporter's own work, addressed: "saw your reporting thread on …".
    'your reporting', 'your reporting thread', 'your reporting on',
    'crime reporter', 'court reporter', 'political reporter', 'local democracy reporter', 'crime correspondent', 'home affairs correspondent', 'political correspondent', 'correspondent covering', 'you should be asking', 'you should be looking into',
    'dear editor', 'dear sir editor', 'to the editor', 'sir editor', 'as a journalist', 'as a freelance journalist', 'freelance journalist',
    'any journalists', 'journalists covering', 'journalists looking', 'journalists interested', 'reporters', 'your newsdesk',
    'your news desk', 'your readers', 'your listeners', 'your viewers', 'your letters page', 'letters page', 'letters column',
    'your paper', 'your newspaper', 'your programme', 'your bulletin', 'your station', 'your publication', 'newsdesk', 'news desk',
    'your write-up', 'your piece', 'your article', 'your feature', 'your column', 'your story', 'your documentary', 'your podcast', 'your show', 'your researchers', "show's producer", 'series producer', 'as the producer',
    'drivetime', 'drivetime show', 'breakfast show', 'onto the show', 'pre-record', 'prerecord',
    'freelancing for', 'freelance for', 'freelance reporter', 'as a reporter', "tomorrow's programme", 'the other outlets', 'other outlets',
    'on the podcast', 'the podcast', 'podcast guest', 'guest on the podcast', "you're writing", 'you are writing', 'writing this up for',
    "you're doing a piece", 'doing a piece on', 'working on a story', 'working on a piece', 'news editor', 'news section', 'student newspaper',
    'your producer', 'assistant producer', 'your episode', 'for a story', 'a story going up', 'as producer', 'as a producer', 'as a correspondent',
    "you're producing", 'you are producing', 'now that you produce',
    'as editor of', 'as the editor of',
  ],
  /**
   * Someone saying they are press: read in quoted replies too, where the recipient's own enquiry
   * ("I'm an assistant producer researching…") says who the reply goes to.
   */
  'press-self': [
    "i'm a journalist", 'i am a journalist', "i'm a reporter", 'i am a reporter', "i'm a producer", 'i am a producer', "i'm a freelance",
    'journalist here', 'reporter here', 'news reporter', 'freelance news', 'freelance journalist', 'freelance reporter', 'freelance producer',
    'assistant producer', 'journalist at', 'journalist with', 'reporter at', 'reporter for', 'reporter with', 'correspondent for', 'correspondent at',
    'producer at', 'producer for', 'producer on', 'researcher on', 'researcher for', 'i write for', 'i cover', 'i report on',
    'researching a documentary', 'making a documentary', 'researching a programme', 'researching a feature', 'writing a feature',
    "this week's edition", "next week's edition", "tomorrow's edition", 'our readers', 'our listeners', 'our viewers',
    // A paper's deadline told in the enquiry: "Running something tomorrow", "we're running a piece on Friday".
    'running something tomorrow', 'running something today', 'running something tonight', "we're running something", 'we are running something',
    'running a piece', 'running a story',
    // A programme's maker asking the reader on: "we're doing an episode on youth violence".
    'doing an episode', 'an episode on', 'recording an episode', 'for an episode',
    'give me a line', 'a line on', 'a comment on', 'for comment', 'request for comment', 'my deadline', 'our deadline', 'on deadline',
  ],
  /** Addressing the recipient as press: enough by itself, going outside (LABELS.md: "addresses as a journalist, reporter, editor…"). */
  'press-address-direct': [
    'dear editor', 'to the editor', 'dear sir editor', 'sir editor', 'dear news editor', 'dear features editor', 'as features editor', 'as the features editor', 'as news editor', 'as the producer', 'as a journalist you',
    'as a reporter you', "as the paper's", 'dear newsdesk', 'dear news desk',
  ],
  /** Offering comment, quotes, briefings, interviews or leaks for publication. */
  'press-offer': [
    // Asking not to be quoted is talking on background: "don't quote me by name" (to the press; to a bidder, a confidence).
    "don't quote me", 'do not quote me', "please don't quote me",
    'record the slot', 'record the interview', 'record the episode', 'record the segment', 'record the piece', 'the slot', 'come on and', 'happy to chat', 'dms open', 'can be quoted', 'quote for your', 'quotes for your',
    'you can use this', 'you can use that', 'feel free to use', 'on background', 'describe me as', 'rather not be named',
    "i'd rather not be named", 'not be named', 'for publication', 'in answer to your enquiry', 'in answer to your questions',
    'your enquiry', 'press enquiry', 'media enquiry', 'your questions', 'happy to do the interview', 'do the interview', 'do an interview',
    'give an interview', 'for the interview', 'available for interview', 'available to give comment', 'give comment', 'happy to comment',
    'happy to explain', 'happy to set you straight', 'set you straight', 'come on the', 'in the studio', 'on air', 'i can confirm',
    'i can send you', 'i can tell you', 'data you', 'dm me', 'dms are open', 'my dms', 'message me', 'drop me a message', 'drop me a line',
    'get in touch with me', 'call me on', 'briefing note for', 'grab him', 'grab her', 'interview for', 'after comment', 'comment on the',
    'statement for', 'in a statement', 'said:', 'you can use', 'worth asking',
    'happy to send you', 'can send you', 'happy to talk about', 'happy to brief', 'glad to brief', 'brief your', 'guest slot', "haven't been out before", 'not been out before', 'a quote for', 'here is a quote', "here's a quote",
    'the real story', 'the inside story', 'inside story', 'heads-up for', 'be interviewed', 'interviewed for', 'request for comment', 'drop me a dm', 'to chat about', 'chat about the', "i'll come on", 'i will come on', 'happy to come on', 'plug the', 'give it a plug', 'a plug for',
    // Secrecy asks: a leak when the recipient is press, but said to bidders and friends too.
    'for your report', 'on the record', 'off the record', 'a source at', 'keep my name out', "didn't get this from me", "didn't get it from me", 'did not get this from me', "you didn't hear it from me",
    "didn't come from me", 'did not come from me', "don't say where it came from", 'want a steer', 'a steer on', 'coming on the',
    // Talking off the platform: "my inbox is open", "can give you more if you DM".
    'my inbox is open', 'inbox is open', 'dm open', 'dm is open', 'if you dm', 'if you want to dm',
    // Agreeing to come in and record: "send me the address for the studio", "I can talk through how the scheme works".
    'for the studio', 'to the studio', 'at the studio', 'i can talk through', 'happy to talk through',
    'heard it here first', 'you heard it here first', 'some background', 'background on', 'first-person piece', 'an article', 'offer you a piece',
    'a piece for', 'on-camera interview', 'an interview', 'the interview', 'take part in an interview', 'for the episode', 'the episode', 'see it in your',
    // Briefings and appearances: for publication when the recipient is press.
    'for the piece', 'chat for the piece', 'quote away', 'off record', 'happy to go on record', 'go on record', 'invite to record', 'happy to record', 'help with the documentary',
    'for the documentary', 'in the programme', 'for the series', 'go out on the', 'my name stays out', 'name out of it', 'you were after', 'message you',
    'background briefing', 'background for your', 'a briefing on', 'brief you on', 'go on camera', 'on camera', 'appear on camera', 'start filming', 'before you start filming',
    'sit-down interview', 'do a sit-down',
    // Words for the reader to print: "You can say around 60 vehicles have gone", "you can say a spokesperson said…".
    'you can say',
  ],
  /** Offers that only make sense to the press: enough alone, going outside. */
  'press-offer-strong': [
    'a statement you can run', 'you can run this', 'attribute to a spokesperson', 'attribute it to a spokesperson', "in tomorrow's paper", "for tomorrow's paper", "tomorrow's edition",
    'for your listeners', 'for your readers', 'for your viewers', 'for your story', 'for your piece', 'for your article',
    'for your feature', 'for your coverage', 'your story on', 'your piece on', 'your weekend piece', "tomorrow's piece",
    "saturday's piece", "thursday's paper", 'quote me', 'you can quote', 'lines for your', 'a few lines you can use', 'lines you can use',
    'not for attribution', 'not attributed to me', "as long as it's not attributed", 'not be attributed', 'attribute it to me', 'attribute this to me', 'attribute that to me',
    'letter for publication', 'publish the following', 'publish this letter',
    'grateful if you could publish', 'piece to camera', 'tip-off',
    'tip off', 'background for your piece', 'background for your story', 'background for your article', 'background for your report', "if you're after comment", 'a view for your paper', 'in your story', 'in your piece',
    'in your article', 'use those figures', 'made the following statement', 'the following statement',
    'attribute the following to', 'attribute this to', 'help with your piece', 'with your piece', 'with your story', 'with your article',
    'for your investigation', 'when it runs', 'when it airs', 'a source close to', 'interviewed for the programme', 'interview for the programme',
    // How the reader may attribute what they print: "you can use this as 'a source in the Combined Authority'", "a senior source".
    'as a source in the', 'as a source at the', 'as a source close to', 'a senior source', 'a source inside the', 'a source within the',
  ],
  /** News outlets by name, as written in posts and signatures. */
  'news-outlet': [
    'bbc', 'bbc news', 'bbc radio', 'radio derby', 'radio cumbria', 'bbc cwr', 'midlands today', 'itv', 'itv news', 'itv border', 'itv central',
    'sky news', 'channel 4 news', 'gb news', 'lbc', 'reuters', 'press association', 'pa media', 'the guardian', 'guardian', 'the times',
    'the telegraph', 'daily mail', 'mail on sunday', 'the sun', 'the mirror', 'daily mirror', 'the independent', 'the i paper',
    'financial times', 'evening standard', 'birmingham mail', 'birmingham live', 'express and star', 'express & star', 'coventry telegraph',
    'leamington observer', 'stratford herald', 'derby telegraph', 'derbyshire times', 'manchester evening news', 'men', 'news and star',
    'news & star', 'cumberland news', 'westmorland gazette', 'nw evening mail', 'cumbria crack', 'northern echo', 'yorkshire post',
    'the argus', 'telegraph & argus', 'telegraph and argus', 'newsdesk', 'news desk', 'news team', 'newsroom', 'the observer', 'leeds live', 'derbyshire live', 'coventry live',
    'channel 4', 'channel 5', 'channel five', '5 news', 'bbc one', 'bbc two', 'bbc three', 'bbc four', 'radio 4', 'radio 5 live', 'times radio',
    'talksport', 'talkradio', 'greatest hits radio', 'heart fm', 'capital fm', 'free radio', 'big issue', 'private eye', 'new statesman',
    'the spectator', 'the economist', 'huffpost', 'huffington post', 'buzzfeed news', 'the conversation', 'al jazeera', 'cnn', 'bloomberg',
    'associated press', 'tortoise media', 'the new european', 'byline times', 'the bureau of investigative journalism', 'the canary',
    'nottingham live', 'yorkshire live', 'lancs live', 'stoke live', 'cumbria live', 'wales online', 'the herald', 'the echo', 'the gazette',
  ],
  /**
   * Offering what the public has not been told: "the real numbers behind this", "talk to you on background", "there's a lot
   * the public hasn't been told". To an account a post opens by tagging, with an offer to talk off the platform, a leak (press-contact.ts).
   */
  'press-leak': [
    'on background', 'give you the background', 'give you some background', 'give you background', 'fill you in',
    'the real numbers', 'real numbers', 'the real figures', 'real figures', 'the real story', 'inside story', 'half the story',
    "hasn't been told", 'has not been told', "haven't been told", 'have not been told', 'not being told',
    'more to this than', 'more to it than', "what's really going on", 'really going on', 'actually going on', 'actually gone', 'actually spent',
  ],
  /** A broadcaster's crew, met for an interview: "I'll meet your crew in reception" (press-contact.ts: only beside an interview). */
  'press-crew': ['your crew', 'camera crew', 'film crew', 'filming crew', 'tv crew', 'your cameraman', 'your camerawoman', 'your camera operator', 'the cameraman', 'your sound recordist'],
  /** Sharing or listening, not offering: "worth a listen", "tune in". */
  'press-passive': ['worth a listen', 'worth a read', 'good read', 'tune in', 'watch it', 'listen again', 'read it here', 'fascinating'],
  /** Passing a media contact to the organisation's own press office. */
  'press-deflect': [
    'press office will', 'press office is', 'pass them to', 'passed your email to our press office', 'send you to the press office',
    'send any calls their way', "didn't give her anything", "didn't give him anything", 'not able to comment', 'unable to comment',
    "haven't replied", 'can you pick it up',
  ],

  // ── confidential ───────────────────────────────────────────────────────────────────
  /** In an attachment's name, these words mark the file ("Panel minutes (exempt).pdf"). */
  'marking-file': ['exempt', 'part b', 'part 2', 'part ii', 'partb', 'part2', 'partii', 'not for publication'],
  /** The same in a file's name only when written in capitals ("Counsel advice RESTRICTED.pdf"). */
  'marking-file-caps': ['confidential', 'restricted', 'sensitive', 'protect'],
  /** Protective markings and confidentiality designations (LABELS.md). */
  marking: [
    'official sensitive', 'official-sensitive', 'officialsensitive', 'offical sensitive', 'offical-sensitive', 'not for publication', 'not for publishing',
    'commercial in confidence', 'commercial-in-confidence', 'commercially confidential', 'private and confidential', 'private & confidential',
    // An embargo spoken of as still to lift: "can't say much till Thursday when the embargo lifts".
    'embargo lifts', 'embargo ends',
    'strictly private and confidential', 'strictly confidential', 'embargoed', 'under embargo', 'exempt information', "'exempt' information",
    'exempt item', 'exempt report', 'exempt under paragraph', 'exempt under paragraphs', 'exempt under schedule', 'part 2 exempt', 'part ii exempt', 'part b exempt',
    'schedule 12a', 'part exempt', 'marked as exempt', 'marked exempt', 'fully exempt', 'exempt from publication', 'maintaining the exemption', 'part 2 item', 'part ii item', 'part b item', 'in the part 2', 'the part 2 item', 'taken in part 2', 'gpms restricted', 'gpms confidential', 'protect - personal', 'protect personal', 'protect - commercial', 'protect commercial',
    'locsen', 'official-sensitive personal', 'official-sensitive commercial',
  ],
  /** Legacy markings that count only when written in capitals as a marking (RESTRICTED, SECRET). */
  'marking-caps': ['restricted', 'secret', 'top secret', 'confidential', 'protect', 'in confidence'],
  /** Words that cancel a marking: "not protectively marked", "cleared for public release". */
  'marking-cleared': [
    'not protectively marked', 'not protectively', 'for public release', 'cleared for public release', 'cleared for release',
    'embargo has lifted', 'embargo lifted', 'no longer embargoed', 'no longer confidential', 'now published', 'official - public',
    'now public', 'is now public', "it's now public", 'has been published',
    // Published since: "embargoed until 00:01 this morning – is out now".
    'out now', 'is out now', 'was published', 'published yesterday',
    // The marking talked about, not applied: "the difference between OFFICIAL and OFFICIAL-SENSITIVE".
    'will be excluded', 'be excluded for', 'are excluded', 'excluded for', 'designated as', 'our code says', 'the code says', 'is now live', 'now live', 'the embargo lifted', 'difference between', 'security classifications', 'government security classifications', 'classification scheme', 'what counts as',
    // Markings in general, as a policy speaks of them: "items designated 'not for publication' are handled under the Act".
    'items designated', 'anything designated', 'anything marked', 'any material marked', 'any document marked', 'any documents marked',
    // How to mark something, told: "please mark your envelope 'Private and Confidential'".
    'mark your', 'mark the envelope', 'envelope marked', 'an envelope marked', 'be marked', 'should be marked', 'must be marked', 'mark it', 'mark them',
  ],
  /** A meeting held in private: its discussion must not go outside. */
  'private-meeting': [
    'private session', 'met in private', 'in private today', 'behind closed doors', 'in private session', 'held in private', 'meeting in private', 'closed session', 'in camera', 'press and public excluded', 'press and public were excluded', 'public were excluded', 'public was excluded', 'excluded the public', 'excluded the press and public',
    'taken in private', 'taken in closed session', 'held in closed session', 'taken as a private item',
    'public excluded', 'exclusion of the press and public', 'confidential session', 'part 2 session', 'private part of the meeting',
    'the private part', 'private part', 'private item', 'the private item', 'cleared the public gallery', 'public gallery cleared',
    'cleared the gallery', 'closed bit', 'the closed bit', 'closed part', 'the closed part', 'closed item', 'closed meeting', 'went into private', 'went in to private',
    'go into private', 'went into closed session', 'after the public left', 'once the public left', 'once the press left',
    'private briefing', 'at the private briefing', 'at a private briefing', 'in the private briefing', 'in a private briefing', 'at the confidential briefing',
    'private decision meeting', 'private decision session',
    'private bit', 'the private bit', 'chucked the public out', 'kicked the public out', 'threw the public out', 'chucked out the public', 'kicked out the public',
    // The press or the room sent out before the private part: "after the press were sent out", "when they cleared the room for the last bit".
    'press were sent out', 'public were sent out', 'sent the press out', 'sent the public out', 'sent the press and public out', 'sent the public and press out', 'press were asked to leave', 'public were asked to leave', 'asked the press to leave', 'asked the public to leave', 'cleared the room', 'room was cleared', 'after the press left', 'once the press had left', 'once the public had left',
    // Both sent out at once: "after they'd asked the press and public to leave".
    'press and public to leave', 'public and press to leave', 'press and public were asked to leave', 'press and public left', 'press and public had left',
    'press and public had been excluded', 'public had been excluded', 'press had been excluded',
    // Named by where it was held: "at the Commissioner's private meeting with the Treasurer" (read only after "at" or "in").
    'private meeting',
  ],
  /**
   * "Closed" or "private" before a meeting named with words between: "at the Commissioner's closed strategic board", "at the private
   * SLT meeting yesterday" (read by private-meeting.ts).
   */
  'meeting-closed': ['closed', 'private'],
  /** Telling someone what was said or decided. */
  'disclosure-verb': ['we were shown', 'were shown', 'we were told', 'not supposed to say', 'not meant to say',
    // A hint given all the same: "a private session I'm not supposed to talk about, so all I'll say is: enjoy it while it lasts".
    "all i'll say is", 'all i will say is', "let's just say", "i'll just say", "decision's already made", 'decision is already made', 'already been decided', 'has to come out', 'the outcome is', 'the outcome was', 'asking if', 'asked if', 'asking whether', 'asked whether', 'advised that', 'warned that', 'warned', 'indicated that', 'reported that', 'told members', 'told the panel', 'said', 'told', 'agreed', 'decided', 'revealed', 'announced', 'intends', 'discussed', 'admitted', 'confirmed', 'said that', 'voted', 'minded to', 'came out', 'what came out', 'plans to', 'going to pull', 'going to cut', 'deserve to know', 'spoiler', 'you heard it here first', 'heard it here first', 'is closing', 'are closing', 'is selling', 'are selling', 'selling off', 'sewn up',
    // What was gone over, and the views members took: "they went through the misconduct case", "they weren't keen on it".
    'talked it through', 'talked through', 'went through', 'went over', "weren't keen", 'were not keen', "wasn't keen", 'was not keen', 'were keen', 'was keen',
    'were against', 'was against', 'were in favour', 'pushed back', 'raised concerns', 'objected'],
  /** Tender and procurement context. */
  tender: [
    'the incumbent', 'incumbent',
    'tender', 'tenders', 'bid', 'bids', 'bidder', 'bidders', 'evaluation', 'moderation', 'award', 'clarification stage',
    'procurement', 'contract award', 'clarification answers', 'clarification responses', 'clarification questions', 'itt', 'invitation to tender', 'best and final offer', 'bafo', 'evaluation panel',
    // The stage of a tender where bidders are asked to explain their bids: "before the clarification round", "mention it at clarification".
    'clarification round', 'clarification rounds', 'at clarification',
    // A bid ranked on the two criteria of an evaluation, and the buyer's idiom for asking a bidder to cut their price.
    'first on price', 'second on price', 'third on price', 'top on price', 'ahead on price', 'behind on price',
    'first on quality', 'second on quality', 'third on quality', 'top on quality', 'ahead on quality', 'behind on quality',
    'sharpen your pencil', 'sharpen the pencil', 'sharpen their pencil',
  ],
  /** Tender words used otherwise, or a tender already decided: no disclosure before award. */
  'tender-other': ['after award', 'has now been awarded', 'now been awarded', 'award notice', 'award notice published', 'bid farewell', 'bid goodbye', 'bid adieu', 'has been awarded', 'was awarded', 'were awarded', 'award has been published', 'award has been made', 'after the award', 'now awarded', 'since the award', 'following the award', 'further to the award', 'published on contracts finder'],
  /** The criteria bids are judged on, told as such: "the panel will pick the best bid on quality and price" ranks no bidder (tender-disclosure.ts). */
  'tender-criteria': ['on quality and price', 'on price and quality', 'on quality and cost', 'on cost and quality', 'on both quality and price', 'on both price and quality', 'on quality as well as price', 'on price as well as quality'],
  /** Confidential tender information: scores, rankings, rivals' prices. */
  /** "Award" that names a prize, not a contract's: "the award ceremony", "an award for the winners". */
  'tender-not': ['award ceremony', 'award ceremonies', 'award night', 'award evening', 'award for', 'award winner', 'award winners', 'award-winning', 'award winning', 'long service award', 'bravery award'],
  'tender-detail': [
    // Where a bidder's price stands against the others: "sitting about £6k a year above the other shortlisted bid".
    'points ahead', 'points behind', 'points clear', 'a clear winner', 'above the other', 'below the other', 'other shortlisted bid', 'your pricing', 'price is the lowest',
    'have you on', 'scores so far',
    'between us', 'came out at', 'on quality', 'on price', 'apart over', 'scored', 'scores were', 'evaluation scores', 'quality score', 'your score', 'price came in', 'cheaper', 'under theirs', 'lower than theirs',
    'undercut', "rival's price", 'their price', 'ranked', 'came in at', 'bids came in', 'other bids', 'other two bids', 'room to move', 'strictly between us', 'keep it under your hat', 'ahead of the award', 'informal steer',
    'lowest bid', 'highest bid', 'preferred bidder', "bidder's price", 'came in under',
    'quality scores', 'bids left', 'two bids', 'where the bar is', 'came second', 'came first', 'second on quality', 'the next best', 'came out top', 'out of 100',
    'next best bid', 'against the next', 'ranking', 'current ranking', 'rankings', 'evaluation score', 'top of the pile', 'bottom of the pile',
    // A bidder's price ranked among the others: "second lowest of the five, about £40k above the lowest".
    'second lowest', 'second cheapest', 'lowest of the', 'cheapest of the', 'above the lowest', 'below the lowest',
    // The others' prices set against the reader's: "the other two came in around 8% under you".
    'under you', 'under yours', 'below you', 'below yours', 'above you', 'above yours', 'cheaper than you', 'cheaper than yours', 'dearer than you', 'dearer than yours',
    'cheapest', 'cheapest by', 'most expensive', 'sewn up', 'in the bag', 'front runner', 'front-runner', 'frontrunner', 'in with a shout', 'keep it to yourself', 'price summary',
  ],
  /**
   * Tender details only with a sum after them (tender-disclosure.ts): the rival bidders ("the other two that've gone in
   * are both over £90k") and a bid made superlative ("the best bid on the table is £410k"). Alone, "the other two" are anyone.
   */
  'tender-priced': [
    'the other two', 'the other three', 'the other four', 'the others', 'the other bidder', 'the other bidders', 'other bidders', 'the other firm', 'the other firms',
    'the other supplier', 'the other suppliers', 'the other provider', 'the other providers', 'the competition', 'your competitors', 'your rivals',
    'best bid', 'top bid', 'best offer', 'highest offer',
  ],

  // ── political ──────────────────────────────────────────────────────────────────────
  /** Words that show an election is in view, so "Vote Greaves" or "vote for Gary" reads as a vote ask. */
  election: [
    'election', 'elections', 'by-election', 'mp', 'candidate', 'candidates', 'polling', 'ballot', 'mayoral', 'elected', 'ward', 'councillor', 'hustings',
    'polls', 'polls open', 'polling day', 'the count', 'go to the polls', 'selection meeting', 'constituency', 'marginal', "'s majority", 'his majority', 'her majority',
    'that seat', 'his seat', 'her seat', 'the seat', 'safe seat', 'lose that seat', 'turnout', 'postal votes', 'postal vote', 'general election', 'ballot box', 'voters', 'this seat', 'win this seat',
    'topping the poll', 'top the poll', 'tops the poll', 'topped the poll', 'poll lead', 'next election', 'is standing for', "she's standing for", "he's standing for",
    'campaign for mayor', 'campaign for pcc', 'campaign for commissioner', 'campaign for the council', 'where your cross',
    // "The PCC race", "the race for mayor".
    // A contest's other side: "his opponent has already said he'd scrap it".
    'his opponent', 'her opponent', 'their opponent', 'manifesto launch', 'launching the manifesto', 'launch the manifesto', 'nomination papers', 'chance to elect',
    'pcc race', 'mayoral race', 'the race for mayor', 'the race for commissioner', 'council race', 'by-election race',
    // Someone standing, told of in a relative clause: "Cllr Mottram, who's standing for the other lot in Long Eaton".
    "who's standing for", 'who is standing for', "who's standing again", 'who is standing again',
  ],
  /**
   * Parties named by their colours and emblems ("the red rose", "the blue team"): read as a party only
   * when an election or campaigning is in view (see party-political.ts), as colours are ordinary words.
   */
  'party-colour': [
    'red rose', 'the red rose', 'red team', 'the red team', 'blue team', 'the blue team', 'yellow team', 'the yellow team', 'orange team',
    'blue rosette', 'red rosette', 'yellow rosette', 'green rosette', 'orange rosette', 'blue rosettes', 'red rosettes', 'yellow rosettes', 'green rosettes', 'orange rosettes', 'blue wall', 'red wall', 'the yellow peril',
    'red all the way', 'blue all the way', 'yellow all the way', 'green all the way', 'orange all the way', 'yellow surge', 'red surge',
    'blue surge', 'green surge', 'orange surge', 'the blues', 'the reds', 'the yellows',
    // "The blue lot", "the turquoise lot's candidate" (Reform's colour).
    'blue lot', 'red lot', 'yellow lot', 'orange lot', 'green lot', 'turquoise lot', 'teal lot',
  ],
  /** A party referred to without its name ("my party membership", "our local party's petition", "the opposition's amendment"). */
  'party-ref': [
    'my party membership', 'renewed my party', 'party membership card', 'local party', "local party's", 'constituency association', "constituency association's", 'party branch',
    "the opposition's", 'opposition party', 'opposition parties', 'new councillors', 'our new councillors',
    'her party', 'his party', "the party's conference", "party's spring conference", 'party conference', 'party member', 'party members',
    'selection papers', 'back in government', 'shadow policing team', 'our shadow', 'shadow cabinet', "mayor's party", "the mayor's party", 'conservative association', 'labour group', 'conservative group', 'tory group', 'lib dem group', 'reform group', 'green group', "commissioner's party", "pcc's party", "mp's party", 'ruling party', 'governing party',
    // The Lib Dems' own newsletter: "the new Focus has arrived", "Focus leaflets - Crackley round".
    'focus leaflets', 'focus leaflet',
    "party's fundraising", 'party fundraising',
    'fringe event', 'fringe panel', 'party fundraiser', 'party fundraisers', 'clp', 'our clp', 'the clp', 'constituency labour party', 'constituency party',
  ],
  /** "Vote" itself: before a capitalised name ("Vote Greaves") it is a vote ask when an election is in view. */
  'vote-word': ['vote', 'voting', 'voted'],
  /** Party names, written as names (capitalised); ordinary words are excluded by rule. */
  party: [
    // "labours petition": a possessive as a phone writes it, without its apostrophe.
    'labours', 'labour', 'labour party', 'reform', 'conservative', 'conservatives', 'conservative party', 'tory', 'tories', 'lib dem', 'lib dems', 'libdem', 'libdems',
    'liberal democrat', 'liberal democrats', 'green party', 'greens', 'reform uk', 'reform party', 'snp', 'plaid cymru', 'ukip',
    'workers party', 'alliance party', 'sinn fein', 'dup', 'sdlp', 'co-operative party', 'brexit party',
    'yorkshire party', "women's equality party", 'heritage party', 'social democratic party', 'sdp', 'english democrats', 'liberal party', 'socialist party',
    'communist party', 'alba party', 'mebyon kernow', 'north east party', 'advance uk', 'restore britain', 'monster raving loony', 'loony party',
  ],
  /** Campaign activity for a party or candidate. */
  'campaigning': [
    'campaigning', 'campaigning for', 'out campaigning', 'every vote counts', 'stuff envelopes', 'envelope stuffing',
    'leaflets', 'leaflet', 'stand as a candidate', 'nomination papers', 'election campaign', 'campaign for',
    'mayoral campaign', 'pcc campaign', 'crowdfunder', 'fundraiser', 'fundraising dinner', 'fundraising', 'summer ball', 'spring dinner',
    'campaign', 'association office', 'cheer on', 'backing the campaign', 'get behind', 'getting behind', 'gets behind', 'back us', "they'd back us", 'would back',
    'help us win', 'win back', 'selected as', 'superb mp', 'make a superb', 'donation', 'proceeds', 'tickets are now on sale',
    'gala dinner', 'dinner', 'supper', 'raffle', 'quiz night', 'membership drive', 'membership', 'members', 'to join', 'join', 'joining',
    'keen to support', 'target them', 'disaster', 'never again', 'gutted', 'local candidates', 'fundraisers', 'knocked on',
    'building support', 'message out', 'tickets still available', 'come along', 'ammunition', 'the only ones fighting', 'hustings',
    'delighted to endorse', 'proud to endorse', 'proud to support', 'knocking doors', 'knocking on doors', 'knock doors', 'door knocking', 'door-knocking', 'rosette', 'rosettes', 'canvass', 'canvassing', 'canvassed',
    'joined', 'i joined', 'just joined', 'signed up to', 'to back the', 'back the', 'should back', 'please back', 'must back', 'proud to be backing', 'backing', 'pounded the streets', 'pounding the streets', 'pounded the pavements', 'pounding the pavements', 'pound the pavements', 'pounded the pavement', 'pounding the pavement',
    'delivering for', 'out delivering', 'holding a surgery', 'street stall', 'action day', 'campaign day',
    // "Help on the Lib Dem stall", "hand out leaflets and sign people up": a party's stall or street work, read beside the party.
    'stall', 'ward meeting', 'manifesto', 'hand out leaflets', 'handing out leaflets', 'sign people up', 'signing people up',
    'poster', 'posters', 'window poster', 'rally', 'campaign rally', 'proud to stand with', "we'll win", 'win this', 'branch meeting', 'party meeting',
    // Money raised, candidates chosen, a party's AGM, voters reminded, read beside the party: "raising funds for Bury North Labour",
    // "the Matlock Greens AGM … we're choosing candidates", "I'll be reminding every voter … out with the Labour team".
    'raising funds', 'raise funds', 'raised funds', 'agm', 'choosing candidates', 'choosing our candidate', 'selecting candidates', 'candidate selection', 'selection meeting',
    'reminding every voter', 'remind every voter', 'reminding voters', 'remind voters',
  ],
  /** Campaign activity strong enough with any election, party or party-address context. */
  'campaigning-strong': [
    'canvassing', 'canvass', 'on the doorstep', 'door knocking', 'knocking doors', 'knocking on doors', 'knock doors', 'knock on doors', 'knocked on doors', 'knocked doors', 'knocks doors', 'knocks on doors', 'out knocking', 'door-knocking', 'doorknocking', 'leafleting', 'phone bank', 'phonebank',
    'telling at the polling', 'get out the vote', 'gotv', 'stand as a paper candidate', 'paper candidate', 'get her elected',
    'get him elected', 'get them elected', 're-election fund', 'campaign leaflets', 'campaign hard', 'canvassed', 'leafletting',
    'deliver leaflets', 'delivered leaflets', 'delivering leaflets', 'delivers leaflets', 'phonebanks', 'phone banks', 'our candidate', 'our excellent candidate', 'our candidates',
    'telling at', 'knocking up', 'polling day slots', 're-election', 'candidate training', 'standing for the party', 'fighting fund',
    'ward campaign', 'election leaflets', "candidate's launch", "candidate's campaign", 'through doors', 'through letterboxes', 'through letter boxes', 'leaflet round', 'delivery round', 'towards the campaign', 'donate link',
    'council campaign', 'focus leaflets', 'help deliver', 'party fundraiser', 'party fundraisers', 'the donate link', 'tellers', 'telling shift', 'rosette', 'rosettes', 'party leaflet', 'party leaflets', "commissioner's party", "mayor's party", "the party's vote",
    'focus leaflet', 'poster in your window', 'posters in your windows', 'window poster', 'window posters', 'leaflet drop', 'leaflet drops', "candidate's leaflet", 'candidates leaflet', 'election stall', 'by-election stall', 'campaign stall',
    'leaflet fund', 'campaign fund', 'election fund', 'poster in your front window', 'phone banking', 'phonebanking', 'chat to voters', 'talk to voters',
    'talking to voters', 'speak to voters', 'speaking to voters', 'campaign to win', 'campaign office', 'campaign hq', 'campaign team', "campaign team's", 'win our council back', 'win the council back', 'every door counts', 'the campaign starts now', 'campaign starts now',
  ],
  /** Asking for votes or membership. */
  'vote-ask': [
    // Pointing readers to polling day: "remember that next time you vote", "Remember that on 1 May".
    'next time you vote', 'remember that when you', 'when you pick up the ballot', 'when you pick up your ballot', 'chance to elect', 'remember that on', 'remember this on', 'remember that in may', 'remember that next time',
    'vote for', 'voting for', 'votes for', 'be voting for', "don't vote", 'do not vote', 'never vote', 'retweet if', 'at the ballot box', 'before you vote', 'when you vote',
    'join the', 'membership is', 'become a member', 'sign the', 'petition', 'donate to', 'deserves a', 'collecting signatures', 'add your name',
    'when they go to the polls', 'when you go to the polls', 'waste your vote', 'your vote on', 'your vote in', 'give them your vote', 'vote for them', 'vote them in', 'rt if',
  ],
  /** Asks for a vote that are about an election only when one is in view ("she needs your vote on Thursday", not in the volunteer awards). */
  'vote-ask-election': [
    // Asking to return someone in office: "vote to keep a Commissioner who delivers".
    'needs the votes', 'needs your votes', 'needs our votes', "community's votes",
    'vote to keep', 'vote to re-elect', 'vote to return', 're-elect', 'reelect',
    'need him in', 'need her in', 'get him in', 'get her in', 'gets back in', 'get him back in', 'get her back in', 'need them in', 'needs your vote', 'need your vote', 'deserves your vote', 'deserve your vote', 'earned your vote', 'get your vote', 'anyone but',
    'needs your support on', 'deserves your support on', 'your support on polling day', 'needs to be our next', 'should be our next', 'must be our next', 'deserves to be our next',
    'another four years', 'you know what to do on', 'love your vote', 'have your vote', 'count on your vote', 'appreciate your vote',
    'not a member yet', 'a say in who leads', 'gets you a say in', 'needs every vote', 'every vote he can get', 'every vote she can get', 'win the seat', 'hold this seat',
    'take this seat', 'pick a winner', 'grateful for your vote', 'grateful for your support on',
    // A vote asked for outright, or a side said to merit one: "I wanted to write to ask for your vote", "worth your vote".
    'ask for your vote', 'asking for your vote', 'asks for your vote', 'ask you for your vote', 'asking you for your vote', 'worth your vote', 'worth a vote', 'worth voting for',
    // Carrying a candidate to victory: "let's get her over the line!" (not "get the project over the line", with no pronoun).
    'get her over the line', 'get him over the line', 'get them over the line', 'getting her over the line', 'getting him over the line', 'getting them over the line',
    'count on your support', 'and your vote', "they'll have my cross", 'have my cross', 'get my cross', 'have my vote', 'get my vote', 'getting my vote', "they'll have yours", 'where my cross is going', 'where my cross goes', 'where my cross will go', 'where my vote is going', 'where my vote goes',
    // The cross written as an X: "you know where my X is going".
    'where my x is going', 'where my x goes', 'where my x will go', 'my x is going', 'my x goes to',
    // A seat won from another party: "a real chance to take the seat" (not "take the seat by the door").
    'chance to take the seat', 'chance of taking the seat', 'take the seat from', 'take the seat off', 'could take the seat', 'help take the seat', 'help us take the seat',
  ],
  /** Direct asks that need nothing else: "vote Labour", "has my vote", "#NeverReform". */
  'vote-ask-direct': [
    'neverreform', 'nevertory', 'toriesout', 'torysout', 'labourout', 'neverlabour', 'vote labour', 'vote conservative', 'vote tory',
    'vote green', 'vote lib dem', 'vote reform', 'vote snp', 'vote plaid', 'vote them out', 'vote the lot of them out', 'vote out', 'vote him out', 'vote her out',
    'know where your cross', 'where your cross needs to go', 'where your cross goes', 'where to put your cross', 'vote for literally anyone else', 'has my vote', 'got my vote', 'gets my vote', 'urge every one of you to vote', 'urge you to vote',
    'votelabour', 'voteconservative', 'votetory', 'votegreen', 'votelibdem', 'votereform', 'votesnp', 'remember this at the ballot box',
    'give him your vote', 'give her your vote', 'lend him your vote', 'lend her your vote',
    'canvass returns', 'canvassing returns', 'only one way to vote', 'give him your x', 'give her your x', 'give them your x', 'giving him your vote', 'giving her your vote', 'giving them your vote', 'vote blue', 'vote red', 'vote yellow', 'vote orange',
    'vote anyone but', 'vote for anyone but', 'canvass sheets', 'canvassing sheets', 'four more years', 'vote accordingly', 'lent them my vote', 'lend them your vote', 'door knocking for', 'door-knocking for', 'knocking doors for', 'knocking on doors for', 'canvassing for', 'leafleting for', 'leafletting for',
    // A canvass as a session of its own: "I can do Tuesday for the canvass sessions round Harborne".
    'canvass session', 'canvass sessions', 'canvassing session', 'canvassing sessions', 'not to vote for', 'who to vote for', 'you know which box', 'in the booth', 'put your cross', 'give her their vote', 'give him their vote', 'give them their vote', "don't give them another", "don't give his lot", "don't give her lot", "don't give that lot", "don't give this lot",
  ],
  /** Attacks and praise on party lines. */
  'party-attack': [
    'cuts', 'failure', 'failed', 'disaster', 'typical', 'never forget', 'left', 'good at spending', "other people's money", 'shambles',
    'incompetent', 'broken promises', 'betrayed', 'let down', 'fix it', 'did this', 'would accept any rise', 'better served', 'shame on them', 'shame on', 'cave', 'remember this at the ballot box', 'the only party', 'only party', 'the only one who', "only one who'll", 'voters should know', 'successful result for', 'falling behind', 'behind in the polls', 'victory', 'gets the victory', 'cutting too far', 'stop tory plans', 'brilliant mp', 'will be a brilliant', 'needs a', 'deserves',
    "haven't got a clue", "haven't a clue", 'got a clue', 'clueless', 'soft on crime', 'soft on everything', 'talking sense', 'only ones talking sense', 'had their chance', 'into the ground', 'the only hope', 'only hope', 'useless', 'a disgrace', 'disgraceful', "can't be trusted", 'cannot be trusted', 'out of touch', 'done nothing', 'nothing but',
    'say it straight', 'only lot', 'absolute state', "don't let them", 'deserve better', 'back-of-an-envelope', 'back of an envelope', 'anywhere near', 'what a result', 'voters should remember', 'should be ashamed', 'ashamed of', 'gutting', 'gutted', 'credit where', 'finally a party', 'at last a party', 'a party that gets',
    'never cared', 'want a scalp', 'kicking up', 'playing politics', 'point scoring', 'point-scoring', 'political games', 'want the mayor to fail', 'want him to fail', 'want her to fail',
    'head examined',
    // One side as the voters' only choice ("there's only one choice: Labour"); the other side said to play politics.
    'only one choice', 'the only choice', 'only real choice', 'the only real choice', 'play politics', 'plays politics', 'played politics',
    'to the bone', 'had their chance', 'the only option', 'only option', 'want them gone', 'this lot', 'the other lot', "other lot's", 'current lot',
    'this shower', 'another go', 'time for change', 'timeforchange', 'rolled over',
    // Praise by comparison, which only a partisan makes: "the only ones listening", "when nobody else would".
    'only ones listening', 'the only ones listening', 'only ones who listen', 'only ones who bothered', 'only one party bothered', 'only party that bothered',
    'nobody else bothered', 'no one else bothered', 'none of the others bothered', 'not one of the others bothered', 'when nobody else would', 'when no one else would',
    // Blame pinned on a party: "it was the Tories who cut it".
    'hammer home', 'head read', 'needs their head read', 'the state of', 'absolute shower', 'who cut it', 'who cut them', 'who closed it', 'who scrapped it', 'who axed it', 'who shut it',
  ],

  /**
   * Politicians and government referred to by office or as a group ("the Home Secretary", "our MP",
   * "this lot"), and party leaders by name: attacking or praising them is party-political.
   */
  politician: [
    'the government', 'this government', 'the home secretary', 'home secretary', 'the prime minister', 'prime minister', 'the pm', 'the chancellor',
    'ministers', 'the minister', 'policing minister', 'the policing minister', 'our mp', 'your mp', 'local mp', 'mp for', 'mps', 'our councillor',
    'your councillor', 'councillors', 'the council leader', 'council leader', 'leader of the council', 'the opposition', 'westminster',
    'downing street', 'number 10', 'no 10', 'the cabinet', 'shadow home secretary', 'the shadow', 'this lot', 'the last lot', 'the current lot',
    'the mayor', 'the candidate', 'their candidate', 'starmer', 'keir starmer', 'sunak', 'rishi sunak', 'badenoch', 'kemi badenoch', 'farage',
    'nigel farage', 'ed davey', 'rayner', 'braverman', 'jenrick', 'liz truss', 'corbyn', 'boris', 'the old lot', 'his lot', 'her lot', 'their lot', 'that lot at', 'that lot in',
  ],
  /** Someone standing in an election: a candidate, when an election is in view ("Dave's standing in the Brunswick by-election"). */
  candidacy: ['standing in the', 'standing for election', 'stand as an independent', 'standing as an independent', 'standing for council', 'standing for the council', 'standing for the county council', 'standing for re-election', 'standing as a councillor', 'standing as councillor', 'selected to stand', 'been selected to stand', 'candidate for police and crime commissioner', 'candidate for commissioner',
    'candidate for mayor', 'candidate for the council', 'candidate for county council', 'onto the ballot', 'on the ballot paper', 'get on the ballot',
    "i'm standing for", 'i am standing for', "i'll be standing", 'i will be standing', 'party candidate', 'party candidates',
    'is standing as', 'standing as the', 'labour candidate', 'conservative candidate', 'tory candidate', 'lib dem candidate', 'liberal democrat candidate', 'green party candidate', 'reform candidate', 'reform uk candidate', 'green candidate', 'snp candidate', 'plaid candidate', 'ukip candidate',
    'is standing for', "she's standing for", "he's standing for", 'election agent', "candidate's agent", 'campaign for mayor', 'campaign for pcc', 'campaign for commissioner', 'campaign for the council',
  ],
  /** The office's own equipment and channels, used for party work. */
  /**
   * Material the office publishes or says in public, drafted inside: a speech, newsletter copy, a press release, lines to take.
   * Party content in it uses an official channel for a party-political purpose, whoever the draft itself goes to.
   */
  'official-material': [
    'my speech', 'the speech', 'speech for', 'draft speech', 'final speech', 'his remarks', 'her remarks', "commissioner's remarks", "mayor's remarks", 'remarks for',
    // The office's own e-mailed bulletin to residents: "lead item for the Feb e-bulletin".
    'e-bulletin', 'ebulletin', 'e-newsletter', 'enewsletter',
    'newsletter copy', 'copy for the', 'final copy', 'the bulletin', 'draft bulletin', 'for the bulletin', 'bulletin copy', 'intro for the', 'draft intro', 'community newsletter', 'the newsletter', 'press release', 'news release', 'draft release',
    'lines to take', 'key messages', 'talking points', 'speaking notes', 'briefing note', 'foreword for', 'the foreword', 'annual report foreword',
  ],
  'work-resource': [
    'work laptop', 'the work laptop', 'office printer', 'the office printer', 'office system', 'the office system', 'from work', 'work email', 'my work email',
    'work phone', 'shared drive', 'work account', 'work computer', 'office computer', 'the franking machine', 'office stationery', 'in work time', 'on work time',
    'colour printer', 'the colour printer', 'reprographics', 'run off', 'the photocopier', 'office photocopier',
  ],
  /** Opinion against someone strong enough to be a political attack when it is aimed at a party or politician. */
  'opinion-against': [
    // A vote withheld from those in power: "they've had their chance, not getting my vote next May", "they've lost my vote".
    'not getting my vote', "won't be getting my vote", "won't get my vote", 'never getting my vote', "won't have my vote", 'not having my vote', 'lost my vote', 'not getting our vote', "won't be getting our vote",
    // A party or its office-holder said to hide or twist figures: "sat on the worst of it", "spinning them for votes".
    'sat on the worst', 'sitting on the figures', 'sat on the figures', 'sitting on the report', 'sat on the report', 'spinning them', 'spinning the figures', 'for votes',
    'hand in the till', 'hands in the till', 'neglect', 'snouts in the trough', 'noses in the trough',
    'chancers', 'bunch of chancers', 'clowns', 'bunch of clowns', 'liars', 'liar', 'lying', 'hopeless', 'pathetic', 'shameful', 'a joke',
    'an absolute joke', 'spineless', 'gutless', 'corrupt', 'crooks', 'rubbish', 'waste of space', 'not fit to', 'unfit to', 'get rid of',
    'see the back of', 'kick them out', 'boot them out', 'turf them out', 'get them out', 'chuck them out', 'has to go', 'must go', 'needs to go',
    'turfed out', 'broken promise', 'broken promises', 'your lot', 'should resign', 'clueless', 'useless', 'a disgrace', 'disgraceful', 'shambles', 'shambolic', 'incompetent', 'cannot be trusted',
    "can't be trusted", 'out of touch', 'betrayed', 'lied to', 'lied about', 'broken promises', 'sold us out', 'deserves what they get',
    'deserve what they get', 'failed us', 'let us down', 'absolute state', 'an embarrassment', 'laughing stock', 'arrogant', 'cowards',
    'hypocrites', 'hypocrisy', 'hypocritical', 'idiots', 'muppets', 'numpties', 'scum', 'wrecked', 'ruined', 'trashed', 'gutted policing',
    'decimated', 'slashed', 'to the bone', 'no idea what', 'not a clue', 'never again', 'shame on', 'embarrassing', 'grifter', 'grifters',
    'needs their head looking at', 'need their heads looking at', 'shameless', 'a liability', 'more of the same', "couldn't run a bath", "couldn't organise",
    'u-turn', 'another u-turn', 'boot him out', 'boot her out', 'kick him out', 'kick her out', 'vote him out', 'vote her out', 'get him out', 'get her out',
    // Urging an attack on them: "use it at full council and hammer the Tory Commissioner with it".
    'hammer the', 'hammer him', 'hammer her', 'hammer them', 'lay into', 'tear into', 'rip into', 'go after him', 'go after her', 'go after them',
    'stick the boot in', 'put the boot in', 'stick the knife in', 'twist the knife', 'make him squirm', 'make her squirm', 'make them squirm',
    'anyone who votes for', 'anyone voting for', 'shudder to think', 'roll on may', 'roll on polling day', 'roll on the election', 'roll on the general election', 'head read', 'history books', 'fan fiction', 'done in crayon', 'a proper kicking', 'a good kicking', 'send them packing', 'sent packing', 'send the blues packing', 'send the reds packing', 'wrecking', 'see them gone', 'them gone in', 'voted out', 'be voted out', 'get voted out',
    // "They need voting out in May": a party or those in power wanted out, said in the gerund.
    'need voting out', 'needs voting out', 'want voting out', 'wants voting out', 'deserve voting out', 'deserves voting out',
  ],
  /** Praise that, with an election in view, is support for a candidate or party ("she's been brilliant for this town"). */
  'opinion-for': [
    'brilliant', 'superb', 'fantastic', 'outstanding', 'amazing', 'legend', 'a champion for', 'champion for', 'the real deal', 'tireless',
    'works tirelessly', 'fighting for', 'fights for', 'stands up for', 'always delivers', 'delivered for', 'best mp', 'best candidate',
    'proud to back', 'get behind', 'keep her', 'keep him', 're-elect', 'another term', 'four more years', 'safe pair of hands',
    'actually listens', 'turned up for', 'shows up for', 'the only one who', 'the only candidate', 'deserves another',
    'hold on to', 'hold onto', 'hang on to', 'hang onto', 'manage to hold', 'all the way',
    'good to see', 'great to see', 'time for change', 'time for real change',
    // A party's chances in a contest, hoped for: "the Greens have a real shot in this ward".
    'a real shot', 'real shot', 'a real chance', 'real chance', 'in with a chance', 'in with a real chance', 'in with a shot',
  ],

  // ── gifts ──────────────────────────────────────────────────────────────────────────
  /** Things offered: gifts, hospitality, tickets, meals, vouchers, cash, loans, discounts. */
  'gift-item': [
    // Paying for something of the sender's family: "I can't let you sponsor his team's kit".
    'sponsor his', 'sponsor her', 'sponsor my',
    'gift', 'gifts', 'present', 'hamper', 'hampers', 'voucher', 'vouchers', 'gift card', 'ticket', 'tickets', 'seats', 'box', 'hospitality',
    'hospitality suite', 'dinner', 'lunch', 'meal', 'spa', 'stay', 'hotel stay', 'night stay', 'two-night stay', 'complimentary', 'the weekend at', 'weekend away', 'cake', 'lemon drizzle', 'biscuits', 'bouquet', 'perfume', 'jewellery', 'bottle of wine', 'case of wine', 'golf', 'round of golf', 'concert', 'race day', 'gig', 'drinks', 'a drink', 'bottle', 'bottle of', 'wine', 'champagne', 'whisky',
    'single malt', 'chocolates', 'flowers', 'eggs', 'cash', 'cheque', 'gift basket', 'gift baskets', 'basket', 'baskets', 'meals', 'token of', 'box of', 'corporate gifts', 'money', 'loan', 'lend me', 'flights', 'flight', 'hotel', 'accommodation', 'trip', 'in his will', 'in her will', 'in their will', 'bottle of', 'the bottle', 'villa', 'cottage', 'holiday', 'free places',
    'free place', 'free course', 'discount', 'staff discount', 'upgrade', 'gala dinner', 'awards', 'ball', 'as your guest',
    "as itv's guest", 'as my guest', 'as our guest', 'kind invitation', 'generous invitation', 'kind invite', 'generous invite', 'lovely invite', 'lovely invitation', 'treat', 'hosting me', 'bequest', 'in your will', 'legacy', 'freebie', 'spa day',
    'envelope', 'passes', 'family passes', 'free passes', 'season ticket', 'reception', 'drinks reception', 'book', 'tablet', 'ipad', 'laptop',
    'lodge', 'long weekend', 'weekend at', 'weekend in', 'off membership', 'free membership', 'signed shirt', 'shirt', 'corporate box',
    'golf day', 'little something', 'a little something', 'tin of', 'flapjacks', 'hospitality lounge', 'the lounge', 'tasting menu', 'loan of',
    // A seat at a host's table: "say no to the seat at your table at the gala".
    'seat at your table', 'seats at your table', 'place at your table', 'places at your table',
    'summer party', "firm's party", 'corporate suite', 'hospitality tent', 'scarf', 'food parcel', 'parcel', 'wool throw', 'blanket', 'staff rate', 'spare seat', 'spare place', 'spare places', 'a few places', 'couple of places', 'seat on your table', 'place on your table', 'weekend of the',
    'spare seats', 'spare tickets', 'spare passes', 'their table', 'on their table', 'trade rate', 'your trade rate', 'trade price', 'partner pricing',
    'free of charge', 'putting me up', 'putting us up', 'put me up', 'put us up', 'for the night', 'a table at', 'the fizz', 'fizz', 'prosecco',
    'bubbly', 'the bubbly', 'crate', 'crate of', 'shawl', 'scarf', 'notebook', 'leather notebook', 'half a lamb', 'vip tasting', 'tasting', 'glamping', 'weekend for two', 'framed print',
    'bouncy castle', 'flapjack', 'fountain pen', 'footplate ride', 'afternoon tea', 'bracelet', 'signed copy', 'doughnuts', 'krispy kremes', 'peace lily', 'pot plant',
    'directors lounge', "directors' lounge", 'decanter', 'massage', 'sports massage', 'massage sessions', 'curry', 'delegate fee', 'model car', 'cufflinks', 'cakes', 'brownies', 'homemade', 'coffees', 'taxis', 'free taxis', 'case of beer', 'beers', 'a pint', 'pints', 'a room', 'free room', 'gin', 'rum', 'vodka', 'brandy', 'a few rounds', 'few rounds', 'rounds on', 'a round on',
    // The benefit named by what was not paid: "waiving the fee", "wouldn't take a penny".
    'waiving the fee', 'waive the fee', 'waived the fee', 'waiving the cost', 'not charging', 'not charging us', 'not charging me', 'no charge', "didn't charge",
    "won't charge", "wouldn't take a penny", "wouldn't take my money", "wouldn't let me pay", "wouldn't let us pay", 'on the house', 'for nothing',
    'a tenner', 'a twenty', 'a fiver', 'twenty quid', 'fifty quid', 'tenner', 'lending me', 'lent me', 'lending us', 'lent us', 'the loan of',
    'places on', 'top table', 'a suite', 'bumped up to', 'upgraded to', 'free valet', 'valet', 'tyres', 'mot', 'my mot',
    // Benefits that are not things: a lift, a loan without interest, a rate for friends, a donation made in the sender's name, a job for family.
    'a lift', 'lifts home', 'rides home', 'annual pass', 'season pass', 'interest-free', 'interest free', 'no interest', 'lend you', 'for nowt', 'for nout',
    'not to charge', 'at no cost', 'at no charge', 'without charge', 'for you to keep', 'yours to keep', 'no need to return', 'partner rate', 'mates rate',
    "mate's rate", 'staff rate', 'family rate', 'special rate', 'discounted rate', 'donation in my name', 'donation in your name', 'internship',
    'paid placement', 'summer placement', 'paid work experience', 'remember me in', 'at cost', 'at cost price', 'cost price', 'lamb', 'a whole lamb', 'brace of pheasants', 'pheasants', 'venison', 'side of beef', 'joint of beef', 'joint of lamb',
    'the shoot', 'a shoot', 'shooting day', 'clay shoot', 'pheasant shoot', 'at trade', 'trade plus', 'cases of',
    // Days out as a firm's guest: "a place in our marquee at Cartmel Races".
    'discounts', 'marquee', 'races', 'retreat', 'leadership retreat', 'the races', 'race meeting', 'raceday', 'private box', 'executive box',
    // A meal paid for: "very kind of you to pick up the bill".
    'pick up the bill', 'picking up the bill', 'picked up the bill', 'pick up the tab', 'picking up the tab', 'picked up the tab', 'foot the bill', 'footing the bill',
    // Travel and a stay paid by whoever invites: "to cover my rail fare and two nights at the Balmoral".
    'rail fare', 'train fare', 'travel costs', 'travel and accommodation', 'two nights', 'three nights', 'a night at', 'nights at',
    // Things made for someone: "the quilt the group made for me".
    'quilt', 'knitted', 'painting', 'portrait',
    // A firm's own hospitality and lifts: "a couple of spares in our lounge", "the free runs home".
    'our lounge', 'your lounge', 'their lounge', 'runs home', 'a run home',
    // A seat among a firm's guests: "join your client table on Gold Cup day".
    'client table', 'corporate table',
    // Food and drink laid on by a host: "first drink on us, buffet from 7".
    'buffet', 'buffet lunch', 'hot buffet', 'drink on us', 'first drink', 'first round',
    // A day's sport on someone's land or water: "the kind offer of a day's fishing on the Eden beat".
    "day's fishing", 'fishing trip', 'fishing day', 'day of fishing', "day's shooting", 'day of shooting', "day's sailing",
    // Something lent to the sender: "really appreciate you lending it", "borrowing the Transit for the weekend", "hang onto it through the summer".
    'you lending', 'you lent', 'for lending', 'for the loan', 'borrowing the', 'borrowing your', 'borrow the van', 'hang onto it', 'hang on to it',
    'to borrow the', 'borrow your',
    // A holiday or a break given: "a supplier offers you a free week in Tenerife".
    'free week', 'a free week', 'free holiday', 'a free holiday', 'free trip', 'a free trip', 'free weekend', 'a free weekend', 'free break', 'free stay',
    // A home lent for a stay: "the cottage in Hartington is empty the weekend of the 12th - you and the family are welcome to it".
    'welcome to it', 'welcome to use it', 'welcome to stay',
    // A meal in someone's home: "join you and the family for iftar".
    'iftar', 'for iftar', 'eid dinner', 'sunday dinner', 'sunday lunch', 'family dinner',
    // The office's party paid for by someone else: "fancy sponsoring a Christmas do for the hardest working office" (not the party
    // itself, which is the office's own event: "thanks to everyone who came to the OPCC Christmas party").
    'sponsoring a christmas', 'sponsor a christmas', 'sponsoring our christmas', 'sponsor our christmas', 'sponsoring the christmas', 'sponsor the christmas',
    'sponsoring a xmas', 'sponsor our xmas', 'sponsoring our xmas', 'sponsoring our night out', 'sponsor our night out',
  ],
  /** Thanking for something received. */
  'gift-thanks': [
    "you shouldn't have", "you really shouldn't have", 'what a lovely surprise', 'lovely surprise',
    'really appreciate', 'really grateful', "i'm grateful", 'so kind', "that's so kind", 'shout out to', 'shoutout to', 'massive thanks', 'like to thank', 'to thank', 'thank the', 'thanking', 'kindly inviting me', 'very generous', 'generous of you', 'cheers', 'landed on my desk', 'arrived this morning', 'very thoughtful', 'so thoughtful', 'greatly appreciated', 'it was appreciated', 'appreciate the sentiment', 
    'thank you for', 'thanks', 'thank you', 'thanks so much to', 'thank you so much to', 'thanks very much to', 'big thanks to', 'a big thank you to', 'thank you so much for', 'thank you very much for', 'thanks for', 'thanks so much for', 'thanks to', 'huge thanks to',
    'massive thanks to', 'many thanks for', 'thank you to', 'thanks again for', 'grateful for', 'very grateful', 'so grateful', 'are grateful', 'were grateful', 'so kind', 'very kind', 'kind of you',
    'generous of you', 'generous', 'how kind', 'much appreciated', 'incredibly kind', 'really kind', 'too kind', 'ever so kind', 'you spoil me', 'spoil me', 'best work perk', 'perk', 'shout out to', 'massive shout out', 'top marks to', 'hats off to', 'kudos to', 'grateful to', 'is appreciated', 'good of you', 'decent of you', 'very touched', 'so touched', 'really touched', 'touched that', 'i was touched', 'how touched',
    'genuinely touched', 'truly touched', 'deeply touched',
    // Moved, as touched: "I was genuinely moved that you'd want to remember me in your will".
    'genuinely moved', 'truly moved', 'deeply moved', 'very moved', 'so moved', 'really moved', 'was moved that', 'moved by your',
  ],
  /** Accepting, declining or returning an offer. */
  'gift-respond': [
    // Joining the giver, kept away, or refusing outright: "yes, I'll join you on the table", "I won't be able to come to lunch",
    // "I couldn't possibly be named in your will".
    "i'll join you", 'i will join you', "won't be able to come", 'will not be able to come', "won't be able to join", "couldn't possibly", 'could not possibly',
    'sounds great', 'you can get this one', 'get this one', 'happy to accept', 'delighted to accept', "can't keep", 'cannot keep', 'have to return', 'return the', 'returning it', 'returning the', 
    // Saying yes to a meal someone else pays for: "Lunch on you, then!".
    'lunch on you', 'dinner on you', 'drinks on you', 'coffee on you', 'breakfast on you', 'your treat',
    "i'd love to", 'i would love to', "i'd be glad to", 'glad to join', 'happy to join', 'pleased to join', 'love to join', 'take you up on', 'delighted to join', 'delighted to accept', 'happy to accept', 'pleased to accept',
    // Yes to a favour with a debt owed for it: "borrowing the Transit for the weekend would be a massive help … owe you one!" (not
    // "owe you a pint", which the sender says as often for a favour they asked: "could you have a read of our draft … owe you a pint").
    'owe you one', 'owe you big time',
    // Yes, honoured: "I'd be honoured to join you and the family for iftar"; yes, in the idiom of the north: "would be smashing".
    "i'd be honoured to", 'i would be honoured to', 'would be smashing', "that'd be smashing",
    // No, said as done or about to be: "Politely declined, obviously", "that's going straight back with a polite note", a letter "declining complimentary membership".
    'politely declined', 'i declined', 'declined it', 'i politely declined', 'going straight back', 'sending it straight back', 'sent it straight back', 'straight back to them',
    'declining the', 'declining your', 'declining complimentary', 'declining offer', 'declining invitation', 'declining the offer',
    // Yes, for now: "I've told Steve yes in principle - is that OK for the register?".
    'yes in principle', 'in principle yes', 'agreed in principle', 'accepted in principle',
    'would be brilliant', 'would be lovely', 'would be fantastic', "that'd be grand", 'that would be grand', "that'd be lovely", 'that would be lovely', 'count us in', 'go down a storm', 'down a treat',
    "wouldn't say no", 'would not say no', "won't say no", "i'll have to pass", 'have to pass', 'pass on the', "thought's appreciated", 'thought is appreciated',
    "i'll definitely be there", 'count me in', 'i accept',
    // Moved by the offer itself: "I'm honestly touched you'd offer" (a reply to what the quoted message offers).
    "touched you'd", 'touched that you would', "touched that you'd",
    // Yes for two: "count me and Lou in", "count us both in".
    'count me and', 'count us both in', 'count both of us in', 'count the two of us in', 'must decline', 'have to decline', 'will have to decline', 'decline',
    'not able to accept', 'unable to accept', 'cannot accept', "can't accept", 'able to accept', "won't accept", 'will not accept', "can't take", 'cannot take', 'unable to take', 'not allowed to accept', "aren't allowed to accept",
    // Giving it back: "I've had to post back the £50", "I gave it back".
    'post back', 'posted back', 'posting back', 'sent back', 'send back', 'sending back', 'gave it back', 'give it back', 'given it back', 'handed it back', 'hand it back', 'handed back', 'posted it back', 'sent it back',
    'post it back', 'send it back', 'return it', 'collect it', 'kind offer', 'your offer', 'the offer of', 'offer to lend', 'offer of your',
    'sounds lovely', 'invitation to', 'inviting me', 'invited me',
    'gladly take', "i'll take", 'happy to take', 'gladly accept', 'hang on to it', 'keep it',
    'had to say no', 'had to decline', 'had to turn it down', 'turned down', 'turned it down', 'turn it down', 'turning down', 'sit this one out', "i'll pass", 'have to pass', 'going to have to pass', 'thinking of me',
    // Turning down what someone would pay for: "I can't let you sponsor his team's kit".
    "can't let you", 'cannot let you',
    'not allowed to keep', 'rather than the', 'would it be possible to have it', 'say no to', 'have to say no', 'would it extend to', 'could it extend to', 'extend to my', 'would be lovely', 'go on then', 'never say no to', "i'd never say no", 'twisted my arm', 'yes please', 'could you make it', 'rather than a', 'keep hold of it', "you'd offer", 'touched you', 'jump at the chance', 'pass on the', 'lovely gesture', 'kind gesture', 'generous gesture', 'not permitted to accept', 'not permitted to keep', 'i said yes', 'said yes to', 'recorded the offer', 'made a note for the register', 'lovely offer', 'generous offer',
  ],
  /** Receiving or being offered something: "taken to lunch", "sent me", "courtesy of". */
  'gift-receive': [
    // "have given us 20% off", "left a box of Celebrations at our office".
    'given us', 'gave us', 'left a', 'left us a', 'left me a',
    // Someone else paying: "if Paragon's buying lunch".
    'buying lunch', 'buying dinner', 'buying the drinks', 'buying the lunch', "you're paying", "you're buying",
    'delighted to receive', 'thrilled to receive', 'lovely to receive', 'got handed', 'was handed', 'been handed', 'accepted the', 'i accepted', 'received a', 'received the', 'got a', 'got several', 'sent me', 'send me', 'delivered to me', 'gave me', 'guest of', 'guests of', 'from the team at', 'from the lovely people at', 'from all at', 'from everyone at',
    // Said by whoever gives it: "he kindly said there'd be no charge for us to stay".
    'kindly said', 'kindly agreed', 'very kindly said', 'very kindly agreed', 'kindly told me', 'kindly let me', 'kindly let us',
    'given a', 'kindly offered', 'so kindly offered', 'offered me', 'as you kindly suggested', 'as you kindly offered', 'you kindly suggested', 'courtesy of', 'taken to lunch', 'taken to dinner', 'taken out for',
    'treated to', 'treated us', 'treated me', 'paid for', 'on us', 'came especially for me', 'just for me', 'to host', 'hosted us',
    'hosted me', 'from the client', 'from a client', 'from clients', 'from developers', 'from a supplier', 'from our supplier', 'left me',
    'pressed an envelope', 'pressed on me', 'handed me', 'slipped me', 'got given', 'gave us', 'given to me', 'were given', 'was given',
    'be hosted', 'hosted in', 'hosted by', 'you sent', 'you sent me', 'hosting us', 'for hosting', 'dropped off', 'dropped in',
    'sent us', 'sent over', 'sent round', 'sent into', 'kindly sent', 'has sent', 'have sent', 'sent a', 'sent an', 'dropped round',
    'arrived from', 'look what arrived', 'presented to me', 'presented me with', 'gifted me', 'came into', 'came in to', 'popped into', 'popped in', 'popped round', 'brought in', 'brought me', 'brought us', 'turned up with', 'came in with', 'dropped by', 'press a', 'pressed a',
    'got bumped up', 'bumped up', 'upgraded me', 'got upgraded', 'put on for us', 'laid on', 'hosted by', 'be hosted by',
    'was on the house', 'it was on the house', 'all on the house', "wouldn't take my money", "wouldn't let me pay", 'insisted on paying', 'to say thanks', 'to say thank you',
    'offered a', 'offered an', 'was offered', 'were offered', 'been offered', 'got offered', 'hospitality offer', 'gift offer', 'offer of a', 'offer of an',
    'you dropped', 'dropped into', 'saves me', 'saved me', 'saving me', 'tried to give me', 'wanted to give me', 'insisted on leaving', 'tried to hand me',
    // Given to the whole team, or left with the sender: "sent every one of us a £50 voucher", "a hamper just turned up from Northern Facilities", "took the time to drop off flowers".
    'sent every one of us', 'sent each of us', 'sent all of us', 'gave every one of us', 'gave each of us', 'gave all of us', 'turned up from', 'to drop off', 'drop off a',
    // A bequest: "he wanted to leave me something" (the bequest named in the next sentence).
    'leave me', 'leaving me',
    // Gifts listed as a treat to the sender: "I've been PROPER spoiled - flowers, a spa voucher and a bottle of gin from the partnership".
    'been spoiled', 'been spoilt', 'been proper spoiled', 'been proper spoilt', 'been so spoiled', 'been so spoilt', 'been well spoiled', 'been well spoilt',
    'been really spoiled', 'been really spoilt', 'spoiled rotten', 'spoilt rotten', 'spoiled me', 'spoilt me', 'spoiled us', 'spoilt us',
    // Found waiting for the sender: "got home to a bottle of fizz … on the doorstep from one of the families we've been supporting".
    'got home to', 'came home to', 'on the doorstep from', 'on my doorstep from', 'on my desk from',
  ],
  /**
   * Giving to the sender, said so plainly enough to need no item from the lexicon ("Harrow & Finch
   * sent me a personalised leather notebook", "presented with an engraved decanter"): gifts are an
   * open class of things. "sent me a quote" is work, not a gift (see gift-offer.ts).
   */
  'gift-given': [
    "i'll have to pop it on the register", "i'll pop it on the register", "i'll put it on the register", "i'll have to declare it", "i'll have to let our governance",
    'sent me a', 'sent me an', 'sent me some', 'has sent me', 'have sent me', 'been sent a', 'presented with', 'presented me with', 'been presented with',
    'knitted me', 'baked me', 'bought me', 'insisted on giving me', 'on their tab', "wouldn't let me buy", 'fully funded place', 'offered to waive', 'waive my',
    'waived my', 'addressed to me from', 'for me and mum', 'for me and the kids', 'for me and my', 'courtesy of the hotel', 'sorted the tickets', 'funding my', 'funded my', 'paying for my', 'paid for my', 'sponsor my', 'sponsoring my', 'sponsored my', 'covering my', 'covered my', "wouldn't take a penny", "wouldn't charge me", "didn't charge me", "won't charge me", 'refused to take payment', "wouldn't accept payment",
    'i can borrow', 'let me borrow', 'lets me borrow', 'letting me borrow',
    'kitting me out', 'kitted me out', 'kitted us out', 'kitting us out',
  ],
  /** Asking for a gift, discount or favour. */
  'gift-solicit': [
    // A hint dropped to a supplier: "not that I'm hinting, but … we could easily be won over".
    "not that i'm hinting", 'not that i am hinting', 'hint hint', 'could easily be won over', 'could be won over', 'just saying',
    // A discount asked for oneself: "whether you might be able to do me a bit of a discount".
    'do me a discount', 'bit of a discount', 'the same rate as us', 'same rate as us', 'do him the same rate', 'do her the same rate', 'give me a discount', 'knock a bit off',
    'any chance', 'could sort', 'could you sort', 'include my husband', 'include my wife', 'include my partner', 'my partner come', 'my wife come', 'my husband come', 'partner to come', 'wife to come', 'husband to come',
    // A partner brought along at the host's cost: "my partner would love to come too, so please go ahead and book both flights".
    'my partner would love to', 'my wife would love to', 'my husband would love to', 'my other half would love to',
    'include me and my', 'my husband can come', 'my wife can come', 'my partner can come', 'my husband could come', 'my wife could come', 'my partner could come',
    'cover two nights', 'an extra night', 'extra night', 'second night',
    // A benefit asked for the sender themselves rather than the office: "could the 20% stretch to me personally", "pay it into my own account".
    'to a personal order', 'for a personal order', 'a personal purchase', 'for my own use', 'into my own account', 'into my personal account', 'to my own account',
    'to my personal account', 'pay it to me', 'paid to me directly', 'pay it directly to me', 'paid directly to me', 'pay me directly', 'stretch to me', 'extend that to me', 'extend it to me', 'extend this to me', 'extend the same to me',
    'something off the price', 'something on the price', 'a bit off the price', 'something off the bill',
    'do me a staff rate', 'do me a good rate', 'do me a rate', 'drinks on you', 'on you next', 'your shout', 'to me personally', 'for me personally', 'grateful if you could extend',
    'any chance of', 'any chance you could', 'could you do me', 'do me a deal', 'mates rates', 'free places', 'a couple of free',
    'for free', 'on the house', 'chuck in', 'throw in',
    // An offer's terms pushed for more: "I'll come if he throws in a round for my other half".
    'throws in', 'threw in', 'throwing in', 'chucks in', 'chucked in', 'chucking in', 'sort us out with', 'sort me out with', 'going spare', 'got any spare', 'any spare',
    "don't suppose you've got", "don't suppose you have", 'any room for', "you'd be covering", 'be covering the', 'covering the cost', 'cover the cost of', 'mates rate', "mate's rate", 'favour to ask', 'stretch it to', 'anything going', 'showing their appreciation', 'show their appreciation', 'show your appreciation', "i'm partial to",
    'bring my wife', 'bring my husband', 'bring my partner', 'bring my other half', 'a plus one', 'a plus-one', 'bring a guest', 'bring along a guest',
    // A supplier's discount code asked for: "the partner discount … could you send the code through?" (an item must be near: not a door code).
    'send the code through', 'send the code over', 'send me the code', 'send me a code', 'send us the code', 'pass on the code', 'send the discount code', 'send me the discount code', 'send the code',
    // A hint left open: "if there's ever a spare seat for the Ashes Test, you know where I am".
    'you know where i am', 'you know where to find me', "if there's ever a spare", 'if there is ever a spare', 'if you ever have a spare', "if you've got a spare", 'if you have a spare', 'if you ever get a spare',
    // Asking businesses to pay for the office's do: "any Derby businesses fancy sponsoring a Christmas do for us?".
    'fancy sponsoring', 'fancy paying for', 'fancy treating', 'want to sponsor', 'like to sponsor',
  ],
  /** An order being placed: the whole draft is a purchase ("please can we order 40 tote bags … PO to follow"). */
  purchase: ["i'd like to order", 'i would like to order', 'like to place an order', 'please can we order', 'can we order', "we'd like to order", 'we would like to order', 'po to follow', 'purchase order to follow', 'order to follow', 'our po number', 'po number'],
  /** The organisation buying for itself: booking, ordering, invoicing. */
  procurement: [
    'book', 'booking', 'provisionally book', 'please could we book', 'purchase order', 'invoice', 'invoice the', 'please invoice', 'quote for',
    // An order placed, not a court's ("a child arrangements order") nor "in order to".
    'quote ref', 'an order', 'the order', 'our order', 'your order', 'place an order', 'placed an order', 'order number', 'please could you quote', 'delegates', 'po number', 'our purchase order', "i've bought", 'i bought', 'we bought',
    "we've bought", 'your share', 'quotation', 'your quotation', 'your quote', 'the quote',
    // A discount to the organisation on a contract: "a 10% volume discount on the body-worn video contract … reflect it in the award report".
    'volume discount', 'award report', 'contract award', 'the contract price', 'contract value',
  ],
  /** Gifts between family and friends, outside work. */
  /** Words to a friend: a gift between friends, whatever their address. */
  'private-life': ['my friend', 'love you', 'my turn', 'our turn to host', 'lots of love', 'love from'],
  /** The sender paying their way: a purchase or a debt settled, not a gift ("transferred you the £90 for the tickets"). */
  'sender-paid': ["i've paid for", 'i paid for', 'on my own card', 'receipt attached', 'expenses run', 'through expenses', 'each please', 'transferred you', 'paid you back', 'pay you back', 'my share', 'owe you for', 'sent you the money', 'bank transfer for', 'chipped in', 'chip in', 'whip round', 'whip-round', 'paying for their own', 'paying for our own', 'pay for their own', 'pay for our own', 'paid their own', 'paid our own', 'own share'],
  /** The reason for a gift is the sender's work, even on a family occasion: "the supplier I manage at work sent me a bracelet for my birthday". */
  /** A collection for others: "the gifts you brought for the foodbank collection", "donated to the appeal". */
  'gift-collection': [
    // A running total thanked for: "thanks for all the support so far - we're at £640!".
    'support so far', "we're up to", 'total so far',
    'sponsorship page', 'fundraising page', 'raised towards', 'raised for', 'bake sale', 'cake sale', 'children in need', 'comic relief', 'justgiving', 'sponsored walk', 'we raised', 'has raised', 'raised a total', 'foodbank', 'food bank', 'collection', 'appeal', 'donated', 'donating', 'donations', 'toy appeal',
    // Sponsorship money counted for a cause: "£640 raised so far for the youth mentoring project".
    'raised so far', 'so far raised', 'chosen charity', 'for charity'],
  'work-reason': [
    // The giver known through the sender's role: "Because I work with the congregation through the Combined Authority".
    'because i work with', 'as i work with', 'since i work with', 'through the office', 'in my role', 'because of my role', 'through my role',
    'the supplier i manage', 'a supplier', 'our supplier', 'one of our suppliers', 'from a supplier', 'a contractor', 'our contractor', 'a vendor',
    // A discount for what the sender books at work: "20% off because I've booked the awards there".
    // The giver's thanks for the office's work: "their thank you for the work our office did".
    'the work our office', 'work our office did', 'the work we did',
    "because i've booked", 'because i booked', "because we've booked", 'because we book',
    'through my job', 'through my work', 'knew him through', 'knew her through', 'i ran there for work', 'for my work', 'through work', 'because of my job', 'because of work', 'for all the help', 'the help we gave',
    'as a thank you for the', 'as thanks for the', 'for my trouble', 'good customer', 'such a good customer', 'loyal customer', 'we used for', 'company we used',
    // Someone the sender supported at work: "the wills of people we've supported".
    'our support', "we've supported", 'we supported', 'people we support', 'staff here', 'people i support', "i've supported",
  ],
  /** Family, friends and occasions: a gift in private life, unless an organisation is offering it ("two passes for my mum"). */
  /** A household named by its surname: "the Okafor family", "the Lakatos children" (personal data). */
  household: ['family', 'children', 'kids'],
  /** Someone's home, after whose it is: "the Deputy Mayor's home, 14 Beech Grove" (personal data). */
  dwelling: ['home', 'house'],
  /** Someone known by where they live: "the woman at 3 Fell View", "the bloke at number 12" (personal data). */
  resident: ['woman', 'man', 'lady', 'bloke', 'guy', 'fella', 'fellow', 'chap', 'lad', 'lass', 'girl', 'boy', 'couple', 'family', 'tenant', 'occupant', 'gentleman', 'geezer'],
  /** Who someone is to another, before their first name: "her husband Steve", "my neighbour Gary", "Dave Marsh's lad Connor" (personal data). */
  relation: [
    'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'ex', 'son', 'daughter', 'stepson', 'stepdaughter', 'lad', 'mum', 'dad',
    'brother', 'sister', 'neighbour', 'mate', 'friend', 'pal', 'colleague', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'auntie', 'grandson', 'granddaughter', 'grandad', 'nan', 'gran',
  ],
  family: [
    'best friend', 'bestie', 'best mate', 'birthday', 'with the girls', 'with the lads', 'anniversary', 'wedding', 'christening',
    'my sister', 'little sister', 'my brother', 'my mum', 'mum', 'my dad', 'my nan', 'my gran', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'grandma', 'grandad', 'auntie', 'aunty', 'my aunt', 'my uncle', 'my cousin',
  ],
  /** The gifts policy being discussed rather than an offer. */
  'gift-policy': [
    // An offer already declared, told to the register's keeper: "I turned down the dinner and it's already on the register".
    'already on the register', 'already declared', 'already been declared', 'already logged it', 'already registered it',
    // A reviewer's work on someone else's declaration: "I've approved your declaration of the … tickets you turned down".
    'your declaration', 'approved your declaration', 'the public register',
    'gifts and hospitality register', 'gifts and hospitality policy', 'register of gifts', 'hospitality register', 'gifts policy',
    'policy is to', 'state law prohibits', 'any gift', 'any gifts', 'gifts or hospitality', 'gifts and hospitality', 'should', 'exercise caution', 'it would be expected', 'would normally', 'prohibit', 'prohibits', 'policy', 'rules', 'guidance', 'items of token value', 'token value', 'you should exercise caution', 'q3 entries', 'entries for the',
    'offers you anything', 'offer you anything', 'if you were offered', "if you've been offered", 'if you were given', 'including the ones you', 'even the ones you', 'ones you turned down', 'ones you declined',
    "please don't accept", 'please do not accept', 'if a supplier offers', 'if anyone offers', 'if you are offered', "if you're offered", 'reminder of the rules',
    'know your policy', 'use your register', 'is still a gift', 'any offer', 'every offer', 'all offers', 'must be declared', 'must be recorded',
    // A breach alleged of someone else: "alleges that hospitality from a supplier was not declared".
    'was not declared', 'were not declared', 'not been declared', 'undeclared',
    // The rule told to everyone, of any offer: "declare a gift or hospitality on the register even if you turned it down".
    'gift or hospitality', 'even if you turned it down', 'even if you turn it down', 'even if you declined it', 'even if you decline it', 'even if you said no',
    // The register's entries counted, as its keeper reports them: "nine entries this quarter: four hampers (two declined) …" (gift-offer.ts).
    'entries this quarter', 'entries this month', 'entries this year', 'entries last quarter', 'entries last month', 'entries last year', 'entries in total',
    'declarations this quarter', 'declarations this month', 'declarations this year', 'declarations last quarter',
  ],
  /** Work context that makes a gift a work gift. */
  'work-context': [
    // Help given with a bid the office funds or judges: "for helping with their bid".
    'their bid', 'funding bid', 'grant bid', 'helping with their', 'help with their bid',
    'my talk', 'after my talk', 'safety talk', 'the talk i gave', 'my presentation', 'my session', 'workshop', 'training session',
    'contract', 'supplier', 'tender', 'demo', 'meeting', 'scheme', 'project', 'partnership', 'partners', 'conference', 'awards', 'work',
    'cctv', 'farm watch', 'the office', 'your company', 'grant application', 'estates project', 'banking arrangements', 'commissioner',
    'business', 'job', 'clients', 'client', 'customers', 'officers', 'on duty', 'developers', 'council', 'at work', 'security', 'software', 'ltd', 'limited', 'plc', 'solutions', 'events', 'services', 'consulting',
    'service', 'victims', 'supporting', 'caseworker', 'case', 'volunteer', 'volunteers', 'team', 'colleagues', 'our office', 'opcc', 'pcc', 'police', 'outreach',
    'talk to', 'spoke at', 'speaking at', 'awareness', 'presentation', 'workshop', 'our talk', 'school visit',
    'complaint', 'complaints', 'drop-in', 'casework', 'bidder', 'bidders', 'launch', 'pubwatch', 'business crime',
    'safety day', 'community day', 'open day', 'my talk', 'judged', 'provider', 'providers', 'reception', 'supported', 'licensing', 'burglary',
    // Firms selling to the office: "the tech firm pitching to us today … their sales guy".
    'pitching to us', 'pitching for', 'pitched to us', 'sales guy', 'sales rep', 'salesman', 'saleswoman', 'account manager', 'vendor', 'vendors',
    // Crime the office works on, as its events are named: "after the rural crime walk".
    'rural crime', 'crime walk', 'knife crime', 'crime prevention',
    'suppliers', 'contracts', 'contractor', 'contractors', 'tenders', 'projects', 'meetings', 'schemes', 'vendor', 'vendors', 'expo',
    // Help the office gave the giver: "a grateful mum whose lad we'd helped".
    "we'd helped", 'we helped', "we've helped", 'we had helped',
  ],

  // ── personal ───────────────────────────────────────────────────────────────────────
    /**
   * Sickness and health facts that can only be about a person ("signed off with work-related stress"), not a
   * topic ("the mental health findings"): private facts, and private even for a professional named in their role (HR casework).
   */
  'health-fact': [
    // An injury someone is living with: "the head injury he's still recovering from".
    'head injury', 'head injuries', 'brain injury', 'broken jaw', 'fractured skull', 'still recovering', 'recovering from',
    'off sick', 'fit note', 'signed off', 'signed off sick', 'his gp', 'her gp', 'gp letter', 'panic attacks', 'work-related stress', 'oh referral',
    'phased return', 'sickness absence', 'days of sickness', 'stress-related absence', 'diagnosed with', 'been diagnosed', 'pregnant', 'miscarriage',
    'chemo', 'chemotherapy', 'depression', 'with depression', 'with anxiety', 'off long-term', 'long-term sick', 'long-term sickness',
    'allergy', 'allergies', 'allergic to', 'peanut allergy', 'nut allergy', 'epipen', 'asthma', 'epilepsy', 'epileptic', 'had a seizure', 'epileptic seizure',
    'diabetes', 'adhd', 'ptsd', 'bipolar', 'schizophrenia', 'eating disorder', 'anorexia', 'multiple sclerosis', "alzheimer's", 'alzheimers',
    'hip replacement', 'knee replacement', 'broken leg', 'broken arm', 'broken wrist', 'concussion', 'long covid', 'had a breakdown', 'nervous breakdown',
    'antidepressants', 'learning disability', 'wheelchair user', 'miscarried', 'ivf',
    'hysterectomy', 'mastectomy', 'her operation', 'his operation', 'her op', 'his op', 'into hospital', 'back in hospital', 'in the infirmary',
    'her heart again', 'his heart again', 'heart trouble', 'heart problems', 'her hip', 'his hip', 'back condition',
    // Sick leave, and an operation someone had: "four months' sick leave following back surgery" (not "knee surgery recovery", a topic).
    'sick leave', 'on sick leave', 'had surgery', 'following surgery', 'had back surgery', 'following back surgery', 'after back surgery', 'had knee surgery',
    'following knee surgery', 'after knee surgery', 'had heart surgery', 'following heart surgery', 'had hip surgery',
    // Out of hospital, or still unable to walk: "home from the QE today … still can't walk properly".
    'home from hospital', 'out of hospital', 'discharged from hospital', "can't walk", 'cannot walk', 'unable to walk', "can't walk properly",
    // Health told in everyday words: "after a second stroke", "off with her nerves", "lost the baby at 14 weeks", "a proper drink problem".
    'second stroke', 'off with her nerves', 'off with his nerves', 'lost the baby', 'lost her baby',
    // A mini-stroke, fibromyalgia: "they think it's a TIA", "OH report (fibromyalgia, anxiety)".
    'a tia', 'mini stroke', 'mini-stroke', 'fibromyalgia',
    'spinal surgery', 'back from surgery', 'after surgery', 'her surgery', 'his surgery', 'heart attack', 'bypass op', 'heart bypass', "heart's not good", 'her stroke', 'his stroke', 'had a stroke', 'suspected stroke', 'a suspected heart attack', 'meningitis', 'sepsis', 'leukaemia', 'leukemia', 'brain tumour', 'pneumonia',
  ],
/** Private facts about a person (LABELS.md: DOB, address, health, allegation, victim or witness status, references). */
  'private-fact': [
    'her attacker', 'his attacker', 'their attacker', 'facing her attacker', 'facing his attacker',
    // A crime against someone: "the attack at his shop", "the assault on her".
    'the attack at his', 'the attack at her', 'the attack on him', 'the attack on her', 'the assault on him', 'the assault on her', 'attack at his home', 'attack at her home',
    'dob', 'date of birth', 'born on', "women's refuge", 'the refuge', 'a refuge', 'in a refuge', 'ni number', 'national insurance', 'national insurance number', 'home address', 'lives at', 'lives in',
    'lives three doors', 'lives next door', 'lives just off', 'lives off', 'lives on', 'lives near', 'lives round the corner', 'was attacked', 'been attacked', 'attacked', 'current address', 'address is', 'stabbing', 'survived a stabbing', 'rape', 'rape trial', 'sexual assault', 'sexual offence', 'burgled', 'was burgled', 'harassing', 'harassed', 'stalking', 'ex-partner', 'murder trial', 'her trial', 'his trial', 'court case', 'assaulted', 'abuse', 'overdose', 'self-harm', 'self harm', 'self-harming', 'self harming', 'self-harmed', 'self harmed', 'in his cell', 'in her cell', 'in the cells', 'in a cell', 'suicide', 'dementia', 'autism', 'hiv positive', 'on benefits', 'in debt', 'evicted', 'sectioned', 'prison', 'released from prison', 'on probation', 'sex offender', 'criminal record', 'depression', 'anxiety', 'mental health', 'mental health problems', 'diabetic',
    'insulin-dependent', 'medication', 'sickness', 'in hospital', 'critical condition',
    'broken hip', 'fractured', 'injured', 'injuries', 'cancer', 'hiv', 'disability', 'arrested', 'accused', 'charged with',
    'convicted', 'allegation', 'alleged', 'alleges', 'released under investigation', 'on bail', 'drink driving', 'stealing', 'took cash',
    'possession of', 'knife incident', 'excluded', 'victim of', 'were victims', 'both victims', 'victims of that', 'the victim', 'victim in', 'was the victim', 'witness', 'gave evidence', 'gave statements', 'gave a statement', 'given statements', 'given a statement', 'witness statement', 'witness statements', 'statement to the police', 'statements to the police', 'statement to police', 'statements to police',
    'was stabbed', 'been stabbed', 'was assaulted', 'being stabbed', 'subjected to', 'harassment', 'domestic abuse', 'custody ref',
    'custody reference', 'custody record', 'held overnight', 'bailed', 'bailed pending', 'shoplifting', 'lifted for', 'got lifted', 'parkinson', "parkinson's", 'care home', 'crime ref', 'incident number', 'log number', 'occurrence number', 'crime no', 'magistrates', "magistrates' court", 'magistrates court', 'crown court', 'court heard', 'appeared at', 'appeared before', 'appeared by video link', 'pleaded guilty', 'guilty plea', 'plea: guilty', 'banned from driving', 'fined', 'remanded', 'remanded in custody', 'in custody', 'sentenced', 'sentencing', 'jailed', 'drink driver', 'drink-driving', 'drink-driver', 'over the limit', 'excess alcohol', 'above the limit', 'breath test', 'offence', 'offences', 'defendant', 'assault',
    // Burglary as something that happened to or was done by the person, not the topic ("get a grip on burglary").
    'her burglary', 'his burglary', 'their burglary', 'the burglary at', 'for burglary', 'of burglary', 'burglary at her', 'burglary at his', 'burglaries at', 'admitted driving', 'admitted', 'prosecuted', 'conviction', 'caution', 'charged', 'suspect',  'crime reference', 'crime number', 'disciplinary', 'dismissal', 'complainant', 'detainee',
    'hurt in', 'was hurt', 'badly hurt', 'was attacked', 'been attacked', 'radiotherapy', 'heart condition', 'pacemaker', 'had a stroke', 'terminal', 'terminally ill', 'rehab', 'brought into custody', 'taken into custody',
    'autistic', 'torched', 'got torched', 'set alight', 'glassed', 'got nicked', 'nicked for', 'nicking', 'been nicking', 'lives on', 'still critical', 'stabbed', 'a stroke', 'after a stroke', 'occupational health',     'trafficked', 'was trafficked', 'survivor', 'modern slavery', 'gross misconduct', 'misconduct', 'referred to the police', 'fraud', 'intensive care', 'in intensive care', 'give evidence', 'to give evidence', 'phone scam', 'scam', 'scammed', 'was scammed', 'doorstep con', 'conned',
    'got done over', 'been done over', 'was done over', 'was done for', 'got done for', 'been done for', 'arson',
    // Arrests and offences said as people say them: "after his arrest over the robbery", "picked up again last week", "with a blade".
    'his arrest', 'her arrest', 'their arrest', 'picked up again', 'got picked up', 'he was picked up', 'she was picked up', 'with a blade', 'carrying a blade',
    'in and out of mental health services', 'in and out of prison', 'in and out of hospital', 'on a tag',
    // Someone as the victim of a crime told obliquely: "her ex is finally up in court for what he did to her".
    'alcohol addiction', 'drug addiction', 'gambling addiction', 'addiction', 'recovery from alcohol', 'abusive marriage', 'abusive relationship', 'abusive ex', 'giving evidence',
    'what he did to her', 'what he did to him', 'what she did to him', 'what she did to her', 'what they did to her', 'what they did to him',
    'purse snatched', 'bag snatched', 'phone snatched', 'mugged', 'was mugged', 'got mugged', 'shoved her', 'shoved him', 'punched her', 'punched him',
    'exposed himself', 'exposed herself', 'indecent exposure', 'got previous', 'has previous', 'on a tag', 'electronic tag', 'tagged after', 'previous convictions', 'known to police', 'known to the police',
    // An arrest or offence told in slang, or an employee suspended: "got carted off by the police", "get nicked … for battering someone", "suspended on full pay".
    'get nicked', 'gets nicked', 'getting nicked', 'been nicked', 'carted off by the police', 'carted off by police', 'hauled off by the police', 'hauled off by police',
    'taken away by the police', 'taken away by police', 'led away by police', 'led away in handcuffs', 'in handcuffs', 'dealing drugs', 'drug dealing', 'drug dealer',
    'battering someone', 'battered someone', 'beating someone up', 'beat someone up', 'suspended on full pay', 'suspended from duty', 'suspended from work', 'suspended pending',
    // Police attention and abuse lived through, as people tell them: "the police have had him in twice", "she'd lived with coercive control", "lives above the chippy".
    'police have had him in', 'police have had her in', 'police had him in', 'police had her in', 'lived with coercive control', 'living with coercive control',
    'survived coercive control', 'surviving coercive control', 'years of coercive control', 'her non-molestation order', 'his non-molestation order', 'lives above', 'lives opposite', 'lives behind',
    // A court order someone holds against another, or dealing told without the drug: "has a non-molestation order against Lee", "he's been dealing out the back".
    'non-molestation order against', 'restraining order against', 'occupation order against', 'protection order against', 'has a non-molestation order',
    'has a restraining order', 'got a non-molestation order', 'got a restraining order', 'took out a non-molestation order', 'took out a restraining order',
    'been dealing', "he's dealing", "she's dealing", 'caught dealing', 'dealing out of', 'dealing out the back', 'dealing from his', 'dealing from her',
    // Suspicion told by a neighbour: "gets visits from the police every week … he's the one dealing round here".
    'the one dealing', 'dealing round here', 'visits from the police', 'visit from the police', 'police round every', 'police at his door', 'police at her door',
    // A knife found on a child, and what followed: "was found with a knife in Bridge Street", "referred to the youth offending team" (not "at risk of
    // criminal exploitation", the name of work the office does).
    'found with a knife', 'caught with a knife', 'carrying a knife', 'found carrying', 'caught carrying',
    'referred to the youth offending', 'youth offending team', 'referred to yot',
    // Theft from someone, told plainly: "his were the quad bikes nicked last night".
    'nicked last night', 'nicked overnight', 'stolen last night', 'stolen overnight', 'were nicked', 'was nicked', 'were stolen', 'was stolen',
    // A custody record's number given with a name ("custody no. CU/2214/25"); not "custody numbers", a statistic.
    'custody no', 'custody number',
    // The register someone is on, a rape or strangling they lived through, police lifting someone told plainly: "he's on the sex offenders register", "the man who raped her", "police picked him up".
    'on the sex offenders register', 'on the sex offender register', 'registered sex offender', 'raped', 'was raped', 'strangulation', 'strangled', 'police picked him up', 'police picked her up',
    'drunk and disorderly',
    // Someone led into custody or court, as a bystander tells it: "seen her being walked into custody again".
    'into custody', 'being walked into', 'been walked into', 'was walked into', 'being marched into', 'was marched into', 'frogmarched', 'being frogmarched',
    'on suspicion of', 'arrested on suspicion', 'been lifted', 'got lifted', 'domestic violence', 'dv victim', 'repeat victim', 'getting threats', 'getting the threats', 'been threatened', 'received threats',
    // Coercive control lived through, however long, and an attack someone is over or home after: "after a decade of coercive control", "home after the attack".
    // A disciplinary warning someone is on, a drink problem, an assault or a violent relationship lived through, told plainly: "he's on a final written",
    // "HR think he's got a drink problem", "he was jumped outside the pub", "fled a violent relationship" (a topic beside someone in their role is theirs to speak of: see the rule).
    'drink problem', 'drinking problem', 'final written', 'final written warning', 'written warning', 'was jumped', 'got jumped', 'been jumped', 'violent relationship', 'violent marriage', 'violent ex',
    'exposing himself', 'exposing herself',
    // Social services, a child gone missing, a knife carried, an arrest or an abuser's doing, and where someone lives by their doors, told plainly:
    // "she's been reported to social services before", "he was reported missing 3 times", "after a knife possession arrest",
    // "after what her partner did to her", "lives 2 doors off my nan", "saw him get lifted at the march" (not "the files went missing": a thing's).
    // (A sickness record is private, but not of the HR officer who keeps it: "Jo Reid, HR Adviser, updates the sickness record".)
    'sickness record', 'occupational health report',
    'reported to social services', 'known to social services', 'referred to social services', 'reported missing', 'missing from home', 'missing from care',
    // Someone the police caught for a crime, as a neighbour tells it: "the one they got for all the shed break ins … is only Liam Fisher".
    'the one they got for', 'the lad they got for', 'the man they got for', 'the bloke they got for', 'the guy they got for', 'the woman they got for', 'they got him for', 'they got her for', 'police got him for', 'police got her for',
    'possession arrest', 'did to her', 'did to him', 'doors off', 'doors down from', 'doors up from', 'get lifted', 'getting lifted',
    'coercive control', 'after the attack', 'since the attack', 'in the attack', 'from the attack',
  ],
  /** Bulk personal data: "names, dates of birth and crime references". */
  'bulk-personal': [
    'names home addresses', 'names and home addresses', 'home addresses and dates of birth', 'addresses and dates of birth', 'addresses dob',
    'names dates of birth', 'names and dates of birth', 'names dob', 'names, dob', 'names addresses', 'names and addresses', 'dates of birth and addresses',
    'names custody numbers', 'names and custody numbers', 'names custody records', 'names and custody records', 'names crime numbers', 'names and crime numbers',
    'names crime references', 'names and crime references', 'names and crime refs', 'names crime refs',
    // "DOBs", as lists are labelled: "contact list with home addresses and DOBs".
    'addresses and dobs', 'home addresses and dobs', 'dobs and addresses', 'dobs and home addresses', 'names and dobs', 'names dobs',
    // A sheet of people's NI numbers: "ICV_expenses_Q1_with_NI_numbers.xlsx" (sent only with a file: see the rule).
    'ni numbers', 'national insurance numbers',
    // A file's columns, named in the singular: "columns are name, DOB, crime type" (sent only with a file: see the rule).
    'name, dob', 'name dob', 'name and dob', 'name, date of birth', 'name date of birth', 'name and date of birth', 'name, address, dob', 'name, address and dob'],
  /** Data made safe: pseudonymised, anonymised, removed. */
  // ── zones ──────────────────────────────────────────────────────────────────────────
  /** What a legal disclaimer says of itself: marks the boilerplate at an email's foot (see `zones.ts`). */
  'disclaimer-cue': DISCLAIMER_CUE_GROUPS.flat(),
  'data-safe': ['pseudonymised', 'pseudonymous', 'anonymised', 'anonymized', 'redacted', 'have been removed', 'been removed', 'de-identified', 'taken out', 'been taken out', 'stripped out', 'removed'],
} as const satisfies Record<string, readonly string[]>;

/** The lexicon tags rules can scan for. */
export type LexiconTag = keyof typeof LEXICONS;

/**
 * The `press-offer` phrases that ask for a confidence ("off the record", "you didn't hear it from me"): a leak to the
 * press, but said to bidders and friends as often, so they alone do not make press of a recipient that only may be
 * a station ("kestrelfm.co.uk").
 */
export const PRESS_CONFIDENCES: ReadonlySet<string> = new Set([
  'off the record', 'on the record', 'off record', 'keep my name out', "didn't get this from me", "didn't get it from me", 'did not get this from me',
  "you didn't hear it from me", "didn't come from me", 'did not come from me', "don't say where it came from", 'my name stays out', 'name out of it',
]);
