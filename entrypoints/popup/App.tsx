import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { readPopupHash } from '@/src/declarations/prefill';
import { refreshStates } from '@/src/declarations/queue';
import { GiftForm } from './GiftForm';
import { InterestForm } from './InterestForm';
import { MyDeclarations } from './MyDeclarations';

const TABS = [
  { id: 'gift', label: 'Gift or hospitality' },
  { id: 'interest', label: 'Interest' },
  { id: 'mine', label: 'My declarations' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function isTabId(value: string | null): value is TabId {
  return TABS.some((tab) => tab.id === value);
}

/** The popup: declare a gift or hospitality, an interest, or see your declarations. */
export function App() {
  const [initial] = useState(() => readPopupHash(location.hash));
  const [active, setActive] = useState<TabId>(isTabId(initial.tab) ? initial.tab : 'gift');
  // A new prefill (another "Declare this gift" into an open tab) remounts the gift form with it.
  const [prefill, setPrefill] = useState(() => ({ value: initial.prefill, key: 0 }));
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    const onHashChange = () => {
      const route = readPopupHash(location.hash);
      if (isTabId(route.tab)) setActive(route.tab);
      if (route.prefill) setPrefill((current) => ({ value: route.prefill, key: current.key + 1 }));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    // When the popup opens, learn of approvals and refusals; "My declarations" asks again when shown.
    if (initial.tab !== 'mine') refreshStates().catch(() => undefined);
  }, [initial.tab]);

  function select(id: TabId, shouldFocus = false) {
    setActive(id);
    // Keep the tab in the address so a reload (or a full tab) opens where the user was.
    history.replaceState(null, '', `#${id}`);
    if (shouldFocus) tabRefs.current[TABS.findIndex((tab) => tab.id === id)]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((tab) => tab.id === active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(TABS[(next + TABS.length) % TABS.length]!.id, true);
  }

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Nolan</h1>
        <button type="button" className="settings-link" onClick={() => browser.runtime.openOptionsPage().catch(() => undefined)}>
          Settings
        </button>
      </header>
      <div role="tablist" aria-label="Declarations" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={active !== tab.id} tabIndex={0} className="panel">
          {/* Panels stay mounted, so switching tabs keeps what was typed. */}
          {tab.id === 'gift' && <GiftForm key={prefill.key} prefill={prefill.value} />}
          {tab.id === 'interest' && <InterestForm />}
          {tab.id === 'mine' && <MyDeclarations isActive={active === 'mine'} />}
        </div>
      ))}
    </main>
  );
}
