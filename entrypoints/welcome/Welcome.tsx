import { useState } from 'react';
import { OrganisationField, ProfileFields } from '@/src/settings/SettingsFields';
import { useSettings } from '@/src/settings/use-settings';

/** First run (opened on install): choose the organisation and role, then start writing. */
export function Welcome() {
  const state = useSettings();
  const [isDone, setDone] = useState(false);
  const org = state.managed.org ?? state.user.org;
  return (
    <main className="page">
      <header className="page__header">
        <h1>Welcome to Nolan</h1>
        <p className="lede">
          While you write an email or a post, Nolan checks it against your office’s code of conduct and tells you, before you send, if
          something needs a second look. Everything is checked on this computer: your drafts never leave your browser.
        </p>
      </header>
      {state.isLoaded && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setDone(true);
          }}
        >
          <OrganisationField state={state} />
          <ProfileFields state={state} />
          <button type="submit" className="button" disabled={!org}>
            Done
          </button>
          {isDone && (
            <p role="status" className="confirmation">
              You are set up. Nolan now checks what you write in Gmail, Outlook, X, LinkedIn, Facebook and Bluesky. You can change
              this in Nolan’s settings at any time.
            </p>
          )}
        </form>
      )}
    </main>
  );
}
