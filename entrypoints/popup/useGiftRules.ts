import { useEffect, useState } from 'react';
import { DEFAULT_GIFT_RULES, giftRulesFor, type GiftRules } from '@/src/declarations/gift-rules';
import { readManagedSettings } from '@/src/declarations/register-client';
import { userSettings } from '@/src/settings/items';

/** The gift rules of the user's organisation (managed setting first, then their own choice). */
export function useGiftRules(): GiftRules {
  const [rules, setRules] = useState<GiftRules>(DEFAULT_GIFT_RULES);
  useEffect(() => {
    Promise.all([readManagedSettings(), userSettings.getValue()])
      .then(([managed, settings]) => setRules(giftRulesFor(managed.org ?? settings.org)))
      .catch(() => undefined);
  }, []);
  return rules;
}
