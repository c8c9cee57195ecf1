import { RegisterSettings } from '@/src/declarations/RegisterSettings';
import {
  CategoryFields,
  ExtraSitesField,
  OrganisationField,
  ProfileFields,
  TrustedDomainsField,
} from '@/src/settings/SettingsFields';
import { useSettings } from '@/src/settings/use-settings';

/** The options page: organisation, role, checks, trusted domains, extra sites and the register. */
export function Options() {
  const state = useSettings();
  return (
    <main className="page">
      <header className="page__header">
        <h1>Nolan settings</h1>
        <p className="lede">Changes are saved as you make them, and follow you to other browsers where you are signed in.</p>
      </header>
      <p role="status" className="saved">
        {state.savedAt ? 'Your changes are saved.' : ''}
      </p>
      {state.isLoaded ? (
        <>
          <section aria-labelledby="code-heading">
            <h2 id="code-heading">Your code of conduct</h2>
            <OrganisationField state={state} />
            <ProfileFields state={state} />
            <CategoryFields state={state} />
          </section>
          <section aria-labelledby="where-heading">
            <h2 id="where-heading">Where Nolan checks</h2>
            <TrustedDomainsField state={state} />
            <ExtraSitesField state={state} />
          </section>
          {/* Register: owned by the declarations feature (src/declarations/RegisterSettings.tsx). */}
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">Register</h2>
            <RegisterSettings />
          </section>
        </>
      ) : (
        <p role="status">Loading your settings…</p>
      )}
    </main>
  );
}
