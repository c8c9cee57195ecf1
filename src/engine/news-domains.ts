/**
 * News organisations by mail domain: national and regional UK outlets, agencies and
 * major international ones. Subdomains match too. Packs add their local outlets
 * (`newsDomains`); `looksLikeNewsDomain` catches papers on neither list.
 */
export const NEWS_DOMAINS: readonly string[] = [
  // Broadcasters
  'bbc.co.uk', 'bbc.com', 'itv.com', 'itn.co.uk', 'channel4.com', 'channel5.com', 'sky.uk', 'skynews.com',
  'lbc.co.uk', 'globalradio.com', 'bauermedia.co.uk', 'bauermedia.com', 'talkradio.co.uk', 'gbnews.com', 'gbnews.uk',
  'stv.tv', 'utv.co.uk', 'rte.ie', 'cnn.com', 'aljazeera.net', 'npr.org', 'abc.net.au', 'cbc.ca',
  // Agencies
  'pa.media', 'pamediagroup.com', 'press.net', 'reuters.com', 'thomsonreuters.com', 'ap.org', 'afp.com', 'bloomberg.net', 'bloomberg.com', 'swns.com', 'newsquest.co.uk',
  // National papers and sites
  'theguardian.com', 'guardian.co.uk', 'observer.co.uk', 'thetimes.co.uk', 'sundaytimes.co.uk', 'news.co.uk', 'telegraph.co.uk',
  'ft.com', 'independent.co.uk', 'inews.co.uk', 'dailymail.co.uk', 'mailonline.co.uk', 'mailonsunday.co.uk', 'thesun.co.uk',
  'mirror.co.uk', 'express.co.uk', 'dailystar.co.uk', 'standard.co.uk', 'metro.co.uk', 'huffpost.com', 'huffingtonpost.co.uk',
  'buzzfeed.com', 'vice.com', 'theconversation.com', 'private-eye.co.uk', 'spectator.co.uk', 'newstatesman.co.uk', 'economist.com',
  'opendemocracy.net', 'thebureauinvestigates.com', 'bylinetimes.com', 'politico.eu', 'politico.com', 'nytimes.com', 'washpost.com',
  'washingtonpost.com', 'wsj.com', 'theatlantic.com', 'scotsman.com', 'heraldscotland.com', 'dailyrecord.co.uk', 'walesonline.co.uk',
  'belfasttelegraph.co.uk', 'irishnews.com', 'irishtimes.com', 'newsletter.co.uk', 'pressgazette.co.uk', 'holdthefrontpage.co.uk',
  'policeprofessional.com', 'policingtoday.co.uk', 'localgov.co.uk', 'lgcplus.com', 'publicfinance.co.uk', 'thejusticegap.com',
  // Reach, Newsquest and National World regional titles (a representative set)
  'reachplc.com', 'nationalworld.com',
  // National World's city and county sites.
  'warwickshireworld.com', 'birminghamworld.uk', 'manchesterworld.uk', 'liverpoolworld.uk', 'londonworld.com', 'glasgowworld.com', 'sheffieldworld.uk',
  'jpimedia.co.uk', 'iliffemedia.co.uk', 'newsquestdigital.co.uk', 'birminghammail.co.uk', 'birminghampost.co.uk', 'coventrytelegraph.net', 'expressandstar.com', 'shropshirestar.com',
  'blackcountrylive.co.uk', 'stokesentinel.co.uk', 'derbytelegraph.co.uk', 'nottinghampost.com', 'leicestermercury.co.uk',
  'manchestereveningnews.co.uk', 'liverpoolecho.co.uk', 'chroniclelive.co.uk', 'examinerlive.co.uk', 'yorkshirelive.co.uk',
  'yorkshirepost.co.uk', 'yorkshireeveningpost.co.uk', 'thestar.co.uk', 'thenorthernecho.co.uk', 'northumberlandgazette.co.uk',
  'newsandstar.co.uk', 'nwemail.co.uk', 'thewestmorlandgazette.co.uk', 'cumbriacrack.com', 'cumberlandnews.co.uk', 'timesandstar.co.uk',
  'lancashiretelegraph.co.uk', 'lep.co.uk', 'boltonnews.co.uk', 'theboltonnews.co.uk', 'wigantoday.net', 'warringtonguardian.co.uk',
  'leamingtonobserver.co.uk', 'stratford-herald.com', 'stratfordherald.com', 'nuneatonnews.co.uk', 'rugbyobserver.co.uk',
  'worcesternews.co.uk', 'herefordtimes.com', 'kidderminstershuttle.co.uk', 'redditchadvertiser.co.uk', 'bromsgroveadvertiser.co.uk',
  'buxtonadvertiser.co.uk', 'derbyshiretimes.co.uk', 'matlockmercury.co.uk', 'ripleyheanornews.co.uk', 'burtonmail.co.uk',
  'westsussextoday.co.uk', 'midsussextimes.co.uk', 'theargus.co.uk', 'thetelegraphandargus.co.uk', 'telegraphandargus.co.uk', 'gazette-news.co.uk', 'huntspost.co.uk', 'lynnnews.co.uk',
  'theforestreview.co.uk', 'kentonline.co.uk', 'kentishexpress.co.uk', 'bristolpost.co.uk', 'bristol247.com', 'plymouthherald.co.uk',
  'devonlive.com', 'cornwalllive.com', 'hampshirechronicle.co.uk', 'dailyecho.co.uk', 'oxfordmail.co.uk', 'thisisoxfordshire.co.uk',
  'edp24.co.uk', 'eveningnews24.co.uk', 'eadt.co.uk', 'ipswichstar.co.uk', 'cambridge-news.co.uk', 'essexlive.news', 'echo-news.co.uk',
  'getsurrey.co.uk', 'surreylive.news', 'sussexexpress.co.uk', 'mylondon.news', 'hulldailymail.co.uk', 'grimsbytelegraph.co.uk',
  'lincolnshirelive.co.uk', 'northantslive.news', 'northamptonchron.co.uk', 'bedfordtoday.co.uk', 'lutontoday.co.uk',
  'wealdradio.co.uk', 'nzherald.co.nz', 'stuff.co.nz', 'smh.com.au', 'theage.com.au',
];

/** Webmail and internet providers: never news outlets, whatever their names contain. */
const PERSONAL_MAIL = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'ymail', 'aol', 'icloud', 'me', 'mac', 'btinternet',
  'btopenworld', 'talktalk', 'virginmedia', 'ntlworld', 'sky', 'blueyonder', 'protonmail', 'proton', 'gmx', 'mail', 'zoho', 'tiscali',
]);

/** Words that name newspapers and stations: "Worcester News", "Hunts Post", "The Argus". */
const MASTHEAD_WORDS = [
  'news', 'times', 'gazette', 'herald', 'echo', 'post', 'telegraph', 'observer', 'argus', 'chronicle', 'mercury', 'courier',
  'advertiser', 'journal', 'standard', 'guardian', 'tribune', 'recorder', 'examiner', 'sentinel', 'today', 'review', 'radio',
  'express', 'sound', 'fm', 'live', 'bugle', 'clarion', 'dispatch', 'despatch', 'leader', 'citizen', 'reporter', 'messenger', 'bulletin',
  // "tv", but not a CCTV firm's ("citywatchcctv").
  'podcast', 'pod', 'daily', 'weekly', 'productions', 'films', 'magazine', 'mag', '(?<!cc)tv',
];

/** Words after a masthead word that are still the masthead: "belpernewsonline", "matlockmercurydaily". */
const MASTHEAD_TAILS = ['online', 'daily', 'weekly', 'uk', 'live', 'today', 'digital', 'media'];

/** A masthead word ending the name (or before a tail such as "online"), after "the" at its start, or on either side of a hyphen. */
const MASTHEAD = (() => {
  const words = `(?:${MASTHEAD_WORDS.join('|')})`;
  return new RegExp(`${words}(?:${MASTHEAD_TAILS.join('|')})?$|^the${words}|${words}-|-${words}`);
})();

/** Personal-mail names that say who writes for a living: "nina.okafor.journo@gmail.com", "aidan.price.writes@…". */
const WRITER_MAILBOX = /(journo|journalist|reporter|writes|writer|freelance|media|news|producer|(?:^|[._-])tv(?:$|[._-]))/;

/** Mailbox names that newsrooms use: letters@, newsdesk@, editor@. */
const NEWSROOM_MAILBOXES = new Set([
  'letters', 'letter', 'newsdesk', 'news', 'news.desk', 'newsroom', 'editor', 'editorial', 'the.editor', 'theeditor',
  'studio', 'producer', 'producers', 'presenter', 'pictures', 'picturedesk', 'tips', 'newstips', 'features', 'crime.reporter', 'reporter', 'reporters', 'planning', 'forwardplanning',
]);

/** Labels of organisations' domains, which are never newspapers: "brum-uni.ac.uk", "leics.police.uk". */
const ORGANISATION_LABELS = new Set(['org', 'gov', 'ac', 'sch', 'nhs', 'police', 'mod', 'edu']);
/** Second-level labels under a country code: the name is the label before them ("worcesternews.co.uk"). */
const SECOND_LEVEL_LABELS = new Set(['co', 'com', 'net', 'org']);

/**
 * Names that say "station": "radioabbey", "cityradio", "peakfm". Community stations are charities (.org.uk) too.
 * Medicine starts with "radio" as well: "radiotherapyfund", "radiologyfriends".
 */
const STATION = /^radio(?!therap|log|graph|activ)|radio$|fm$/;

/** The label a domain is named by, before its public suffix: "worcesternews" of "worcesternews.co.uk" and of "news.worcesternews.com". */
function nameOf(labels: readonly string[]): string {
  const secondLevel = labels.length > 2 && SECOND_LEVEL_LABELS.has(labels[labels.length - 2]!);
  return (secondLevel ? labels[labels.length - 3] : labels[labels.length - 2]) ?? '';
}

/**
 * Does the domain's name read like a masthead ("worcesternews", "theargus")? Personal mail never does, nor
 * organisations, but for a community station ("radioabbey.org.uk").
 */
export function isMastheadDomain(domain: string): boolean {
  const labels = domain.split('.');
  const name = nameOf(labels);
  // Of the organisations' labels, a station may carry only "org".
  const organisation = labels.filter((label) => ORGANISATION_LABELS.has(label));
  if (organisation.length > 0) return organisation.every((label) => label === 'org') && STATION.test(name);
  if (PERSONAL_MAIL.has(name)) return false;
  return MASTHEAD.test(name) || STATION.test(name) || labels[labels.length - 1] === 'tv'; // ".tv": broadcasters and production companies
}

/** "fm" in a domain's name, which names facilities-management firms ("kestrelfm", "cityworks-fm") as often as stations ("peakfm"). */
const FM = /fm(?=-|$)/;
const EVERY_FM = /fm(?=-|$)/g;

/**
 * Does the domain read like a masthead only through an "fm" in its name ("northpointfm.co.uk", "arden-fm.co.uk")?
 * Such a firm is as likely to clean the office as to broadcast, so a confidence ("off the record") does not make it press.
 */
export function isFmOnlyDomain(domain: string): boolean {
  const name = nameOf(domain.split('.'));
  if (!FM.test(name)) return false;
  const rest = name.replace(EVERY_FM, '');
  return !MASTHEAD.test(rest) && !STATION.test(rest);
}

/** Is the recipient maybe press only through an "fm" in its domain's name, not through its mailbox (news@, letters@)? */
export function isNewsOnlyByFm(localPart: string, domain: string): boolean {
  return !isPressMailbox(localPart) && isFmOnlyDomain(domain);
}

/** Newsroom mailboxes that say "press" at any domain (news@ at a student paper), where "studio@" or "planning@" would not. */
const PRESS_MAILBOXES = new Set(['letters', 'newsdesk', 'news', 'news.desk', 'newsroom', 'editor', 'editorial', 'the.editor', 'theeditor', 'newstips', 'features', 'reporter', 'reporters', 'crime.reporter']);

/** Is this a mailbox only the press uses, whatever the domain? */
export function isPressMailbox(localPart: string): boolean {
  return PRESS_MAILBOXES.has(localPart);
}

/** Does a personal mailbox's name say its owner writes for a living ("s.mcleod.freelance")? */
export function isWriterMailbox(localPart: string): boolean {
  return WRITER_MAILBOX.test(localPart);
}

/** Is this a mailbox newsrooms use (letters@, newsdesk@, editor@)? */
export function isNewsroomMailbox(localPart: string): boolean {
  return NEWSROOM_MAILBOXES.has(localPart);
}

/** Is this domain personal mail (Gmail, Hotmail, BT Internet and the like)? */
export function isPersonalMailDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.some((label) => PERSONAL_MAIL.has(label)) && labels.length <= 3;
}
