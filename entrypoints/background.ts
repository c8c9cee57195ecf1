import { FLUSH_ALARM, enqueue, flushQueue, refreshStates } from '@/src/declarations/queue';
import { GiftPrefillSchema, declarationFormPath } from '@/src/declarations/prefill';
import { DeclarationSchema } from '@/src/declarations/schema';
import { onMessage } from '@/src/messaging';
import { registerFirstRun } from '@/src/settings/first-run';

/** Sends the queue without letting a failure reach the caller: the entries record what went wrong. */
function flushSoon(force = false): void {
  flushQueue({ force }).catch((error: unknown) => console.error('Nolan: queue flush failed', error));
}

export default defineBackground(() => {
  registerFirstRun();
  // A restart or an update is a good moment to try everything again, back-off or not.
  browser.runtime.onStartup.addListener(() => flushSoon(true));
  browser.runtime.onInstalled.addListener(() => flushSoon(true));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FLUSH_ALARM) flushSoon();
  });

  onMessage('enqueueDeclaration', async ({ data }) => {
    // Messages are an edge: check the declaration before it is stored.
    const entry = await enqueue(DeclarationSchema.parse(data));
    flushSoon();
    return entry;
  });
  onMessage('flushQueue', ({ data }) => flushSoon(data?.force === true));
  onMessage('refreshDeclarations', async () => {
    await refreshStates();
  });
  onMessage('openDeclarationForm', async ({ data }) => {
    const prefill = GiftPrefillSchema.safeParse(data);
    await browser.tabs.create({ url: browser.runtime.getURL(declarationFormPath(prefill.success ? prefill.data : {})) });
  });
});
