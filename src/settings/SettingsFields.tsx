import { useId, useState } from 'react';
import { CATEGORIES, type Category } from '../engine/types';
import { PACK_IDS, getPack } from '../policy/packs';
import { DEFAULT_ORG } from './effective';
import { releaseSitePermission, requestSitePermission, siteOrigin, syncExtraSiteScripts } from './extra-sites';
import type { SettingsState } from './use-settings';

const CATEGORY_LABELS: Record<Category, { name: string; hint: string }> = {
  media: { name: 'Contact with the media', hint: 'Mail to journalists, or offering comment for publication.' },
  confidential: { name: 'Confidential material', hint: 'Protectively marked or confidential material going outside.' },
  political: { name: 'Party-political content', hint: 'Supporting or opposing a party, candidate or politician.' },
  gifts: { name: 'Gifts and hospitality', hint: 'Offers to declare, whether you accept them or not.' },
  personal: { name: 'Personal data', hint: 'Private details about someone else going outside.' },
};

/** Shown beside anything the administrator has pinned. */
export function LockedNote() {
  return <p className="locked">Set by your organisation</p>;
}

/** Choosing the organisation whose code of conduct applies. */
export function OrganisationField({ state }: { state: SettingsState }) {
  const isLocked = state.managed.org !== undefined;
  const current = state.managed.org ?? state.user.org ?? '';
  return (
    <fieldset disabled={isLocked}>
      <legend>Your organisation</legend>
      {isLocked && <LockedNote />}
      <p className="hint">Nolan checks your drafts against this organisation’s code of conduct and cites its clauses.</p>
      {PACK_IDS.map((id) => {
        const pack = getPack(id)!;
        return (
          <label key={id} className="choice">
            <input type="radio" name="org" value={id} checked={current === id} onChange={() => void state.update({ org: id })} />
            <span>
              {pack.name}
              <span className="hint"> — {pack.code}</span>
            </span>
          </label>
        );
      })}
      {!current && <p className="hint">Until you choose, Nolan uses the {getPack(DEFAULT_ORG)!.name} code.</p>}
    </fieldset>
  );
}

/** The user's role: media authorisation and politically restricted post. */
export function ProfileFields({ state }: { state: SettingsState }) {
  const field = (key: 'mediaAuthorised' | 'politicallyRestricted', label: string, hint: string) => {
    const isLocked = state.managed[key] !== undefined;
    const checked = state.managed[key] ?? state.user[key];
    return (
      <div className="choice-block">
        <label className="choice">
          <input type="checkbox" checked={checked} disabled={isLocked} onChange={(event) => void state.update({ [key]: event.target.checked })} />
          <span>{label}</span>
        </label>
        <p className="hint indent">{hint}</p>
        {isLocked && <LockedNote />}
      </div>
    );
  };
  return (
    <fieldset>
      <legend>Your role</legend>
      {field('mediaAuthorised', 'I am authorised to speak to the media', 'Nolan then stops checking contact with the media.')}
      {field(
        'politicallyRestricted',
        'I hold a politically restricted post',
        'Party-political content is then treated more seriously (Local Government and Housing Act 1989).',
      )}
    </fieldset>
  );
}

/** Per-category switches, where the organisation's code lets the user turn a check off. */
export function CategoryFields({ state }: { state: SettingsState }) {
  const pack = getPack(state.managed.org ?? state.user.org ?? DEFAULT_ORG) ?? getPack(DEFAULT_ORG)!;
  const isLocked = state.managed.disabledCategories !== undefined;
  const disabled = new Set(state.managed.disabledCategories ?? state.user.disabledCategories);
  return (
    <fieldset>
      <legend>Checks</legend>
      {isLocked && <LockedNote />}
      {CATEGORIES.map((category) => {
        const isOff = pack.severity[category] === 'off';
        const mayDisable = pack.userMayDisable.includes(category) && !isLocked;
        const checked = !isOff && !disabled.has(category);
        return (
          <div key={category} className="choice-block">
            <label className="choice">
              <input
                type="checkbox"
                checked={checked}
                disabled={!mayDisable}
                onChange={(event) => {
                  const next = new Set(state.user.disabledCategories);
                  if (event.target.checked) next.delete(category);
                  else next.add(category);
                  void state.update({ disabledCategories: [...next] });
                }}
              />
              <span>{CATEGORY_LABELS[category].name}</span>
            </label>
            <p className="hint indent">
              {CATEGORY_LABELS[category].hint}{' '}
              {isOff ? 'Your code does not ask for this check.' : !pack.userMayDisable.includes(category) ? 'Always on under your code.' : ''}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;

/** A list of strings the user adds to and removes from (trusted domains, extra sites). */
function ListField(props: {
  legend: string;
  hint: string;
  inputLabel: string;
  addLabel: string;
  items: readonly string[];
  lockedItems?: readonly string[];
  isLocked: boolean;
  normalise: (value: string) => string | null;
  invalidMessage: string;
  onAdd: (value: string) => Promise<string | null>;
  onRemove: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const value = props.normalise(draft);
    if (!value) {
      setError(props.invalidMessage);
      return;
    }
    const problem = await props.onAdd(value);
    setError(problem);
    if (!problem) setDraft('');
  };
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <p className="hint">{props.hint}</p>
      {props.lockedItems && props.lockedItems.length > 0 && (
        <>
          <ul className="items">
            {props.lockedItems.map((item) => (
              <li key={item}>
                <span>{item}</span> <span className="locked-inline">Set by your organisation</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.isLocked && <LockedNote />}
      {props.items.length > 0 && (
        <ul className="items">
          {props.items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button type="button" className="link-button" onClick={() => props.onRemove(item)} disabled={props.isLocked}>
                Remove<span className="visually-hidden"> {item}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!props.isLocked && (
        <div className="add-row">
          <label htmlFor={id}>{props.inputLabel}</label>
          {error && (
            <p className="error" id={`${id}-error`}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <div className="add-row__controls">
            <input
              id={id}
              type="text"
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void add();
                }
              }}
            />
            <button type="button" className="button secondary" onClick={() => void add()}>
              {props.addLabel}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** Extra domains that count as inside the organisation. */
export function TrustedDomainsField({ state }: { state: SettingsState }) {
  const managed = state.managed.extraTrustedDomains;
  return (
    <ListField
      legend="Trusted domains"
      hint="Mail to these domains (and their subdomains) counts as inside your organisation, as police.uk, gov.uk and nhs.net always do."
      inputLabel="Domain, for example partner.org.uk"
      addLabel="Add domain"
      items={managed ? [] : state.user.extraTrustedDomains}
      lockedItems={managed}
      isLocked={managed !== undefined}
      normalise={(value) => {
        const domain = value.trim().toLowerCase().replace(/^@/, '');
        return DOMAIN.test(domain) ? domain : null;
      }}
      invalidMessage="Enter a domain name such as partner.org.uk"
      onAdd={async (domain) => {
        if (state.user.extraTrustedDomains.includes(domain)) return 'That domain is already in the list';
        await state.update({ extraTrustedDomains: [...state.user.extraTrustedDomains, domain] });
        return null;
      }}
      onRemove={(domain) => void state.update({ extraTrustedDomains: state.user.extraTrustedDomains.filter((d) => d !== domain) })}
    />
  );
}

/** Extra sites where Nolan checks any text box; each needs the browser's permission for that site. */
export function ExtraSitesField({ state }: { state: SettingsState }) {
  const managed = state.managed.extraSites;
  return (
    <ListField
      legend="Other sites"
      hint="Nolan checks Gmail, Outlook, X, LinkedIn, Facebook and Bluesky. Add another site (an intranet or webmail) and your browser will ask you to let Nolan read pages on it."
      inputLabel="Site address, for example https://intranet.example.org"
      addLabel="Add site"
      items={managed ? [] : state.user.extraSites}
      lockedItems={managed}
      isLocked={managed !== undefined}
      normalise={siteOrigin}
      invalidMessage="Enter a site address starting https://, such as https://intranet.example.org"
      onAdd={async (origin) => {
        if (state.user.extraSites.includes(origin)) return 'That site is already in the list';
        // The permission request must be the first thing the click does (a user gesture).
        const isGranted = await requestSitePermission(origin).catch(() => false);
        if (!isGranted) return 'Nolan was not given permission to read that site, so it was not added';
        await state.update({ extraSites: [...state.user.extraSites, origin] });
        await syncExtraSiteScripts();
        return null;
      }}
      onRemove={(origin) => {
        void state
          .update({ extraSites: state.user.extraSites.filter((s) => s !== origin) })
          .then(() => releaseSitePermission(origin))
          .then(syncExtraSiteScripts);
      }}
    />
  );
}
