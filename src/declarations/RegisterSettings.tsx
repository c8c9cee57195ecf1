import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { isAllowedRegisterUrl, registerToken, userSettings } from '../settings/items';
import { sendMessage } from '../messaging';
import { normaliseRegisterUrl, readRegisterConnection, testConnection, type ConnectionReport } from './register-client';
import './register-settings.css';

/** The permission pattern for a register's host (any port; optional_host_permissions cover it). */
function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Asks for access to the register's host. The register's API also allows requests from
 * extension origins (CORS), so declarations go through without it; with it, they do not
 * depend on CORS surviving proxies in between.
 */
function requestRegisterAccess(url: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

interface Loaded {
  url: string;
  tokenEnd: string;
  isUrlPinned: boolean;
  isTokenPinned: boolean;
}

/**
 * The body of the options page's "Register" section (the page supplies the section and its heading):
 * the register's address, your token and a connection test.
 */
export function RegisterSettings() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ url?: string; token?: string }>({});
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [isTesting, setIsTesting] = useState(false);

  function apply(connection: Awaited<ReturnType<typeof readRegisterConnection>>) {
    setLoaded({
      url: connection.url,
      tokenEnd: connection.token.slice(-4),
      isUrlPinned: connection.isUrlPinned,
      isTokenPinned: connection.isTokenPinned,
    });
    setUrl(connection.url);
  }
  useEffect(() => {
    readRegisterConnection()
      .then(apply)
      .catch(() => undefined);
  }, []);

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!loaded) return;
    const address = normaliseRegisterUrl(url);
    const nextErrors: typeof errors = {};
    if (!loaded.isUrlPinned && !isAllowedRegisterUrl(address)) {
      nextErrors.url = 'Enter the register’s address, starting with https:// (http:// only for localhost)';
    }
    if (!loaded.isTokenPinned && token.trim() === '' && loaded.tokenEnd === '') {
      nextErrors.token = 'Enter the token the register’s administrator gave you';
    }
    setErrors(nextErrors);
    setReport(null);
    if (Object.keys(nextErrors).length > 0) {
      setStatus('');
      document.getElementById(nextErrors.url ? 'register-url' : 'register-token')?.focus();
      return;
    }
    // Asked for first, inside the click, since the browser only shows the prompt during a user gesture.
    const access = requestRegisterAccess(address);
    (async () => {
      if (!loaded.isUrlPinned) await userSettings.setValue({ ...(await userSettings.getValue()), registerUrl: address });
      if (!loaded.isTokenPinned && token.trim() !== '') await registerToken.setValue(token.trim());
      setToken('');
      apply(await readRegisterConnection());
      setStatus('Register settings saved.');
      // Anything held back by a wrong token or address can go now.
      sendMessage('flushQueue', { force: true }).catch(() => undefined);
      const isGranted = await access;
      setStatus(
        isGranted
          ? 'Register settings saved.'
          : 'Register settings saved. Nolan was not given access to the register’s address, so it relies on the register allowing requests from the extension.',
      );
    })().catch(() => setStatus('Could not save the register settings. Try again.'));
  }

  async function onTest() {
    setIsTesting(true);
    setReport(null);
    try {
      const saved = await readRegisterConnection();
      const address = loaded?.isUrlPinned ? saved.url : normaliseRegisterUrl(url);
      const typedToken = loaded?.isTokenPinned ? '' : token.trim();
      setReport(await testConnection({ url: address, token: typedToken || saved.token }));
    } finally {
      setIsTesting(false);
    }
  }

  if (!loaded) return <p>Loading the register settings…</p>;
  const isLocked = loaded.isUrlPinned && loaded.isTokenPinned;
  return (
    <div className="register-settings">
      <p className="hint">Where your gift, hospitality and interest declarations are sent. Your administrator gives you the address and a personal token.</p>
      <form noValidate onSubmit={onSave} aria-label="Register settings">
        <div className="register-field">
          <label htmlFor="register-url">Register address</label>
          <p id="register-url-hint" className="hint">
            {loaded.isUrlPinned ? 'Set by your administrator (locked).' : 'For example https://register.example.gov.uk'}
          </p>
          {errors.url && (
            <p id="register-url-error" className="error">
              <span className="visually-hidden">Error: </span>
              {errors.url}
            </p>
          )}
          <input
            id="register-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={url}
            readOnly={loaded.isUrlPinned}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={['register-url-hint', errors.url && 'register-url-error'].filter(Boolean).join(' ')}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <div className="register-field">
          <label htmlFor="register-token">Register token</label>
          <p id="register-token-hint" className="hint">
            {loaded.isTokenPinned
              ? 'Set by your administrator (locked).'
              : loaded.tokenEnd
                ? `A token ending …${loaded.tokenEnd} is saved. Enter a new one only to replace it.`
                : 'Kept in this browser only; never synced and never shown again.'}
          </p>
          {errors.token && (
            <p id="register-token-error" className="error">
              <span className="visually-hidden">Error: </span>
              {errors.token}
            </p>
          )}
          <input
            id="register-token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            readOnly={loaded.isTokenPinned}
            placeholder={loaded.tokenEnd ? `…${loaded.tokenEnd}` : undefined}
            aria-invalid={errors.token ? true : undefined}
            aria-describedby={['register-token-hint', errors.token && 'register-token-error'].filter(Boolean).join(' ')}
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
        <div className="register-actions">
          {!isLocked && (
            <button type="submit" className="button">
              Save register settings
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => void onTest()} disabled={isTesting}>
            {isTesting ? 'Testing…' : 'Test connection'}
          </button>
        </div>
        <p role="status" className="confirmation">
          {status}
        </p>
        <p role="status" className={report && !report.ok ? 'confirmation confirmation-problem' : 'confirmation'}>
          {report?.message ?? ''}
        </p>
      </form>
    </div>
  );
}
