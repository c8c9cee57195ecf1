import { FLUSH_ALARM, enqueue, flushQueue, refreshStates } from '@/src/declarations/queue';
import { GiftPrefillSchema, declarationFormPath } from '@/src/declarations/prefill';
import { DeclarationSchema } from '@/src/declarations/schema';
import { onMessage } from '@/src/messaging';
import { registerFirstRun } from '@/src/settings/first-run';

/** Sends the queue without letting a failure reach the caller: the entries record what went wrong. */
function flushSoon(): void {
  flushQueue().catch((error: unknown) => console.error('Nolan: queue flush failed', error));
}

export default defineBackground(() => {
  registerFirstRun();
  browser.runtime.onStartup.addListener(flushSoon);
  browser.runtime.onInstalled.addListener(flushSoon);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FLUSH_ALARM) flushSoon();
  });

  onMessage('enqueueDeclaration', async ({ data }) => {
    // Messages are an edge: check the declaration before it is stored.
    const entry = await enqueue(DeclarationSchema.parse(data));
    flushSoon();
    return entry;
  });
  onMessage('flushQueue', () => flushSoon());
  onMessage('refreshDeclarations', async () => {
    await refreshStates();
  });
  onMessage('openDeclarationForm', async ({ data }) => {
    const prefill = GiftPrefillSchema.safeParse(data);
    await browser.tabs.create({ url: browser.runtime.getURL(declarationFormPath(prefill.success ? prefill.data : {})) });
  });
});
