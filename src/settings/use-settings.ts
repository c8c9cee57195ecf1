import { useCallback, useEffect, useState } from 'react';
import type { ManagedSettings, UserSettings } from './items';
import { UserSettingsSchema, userSettings } from './items';
import { readManagedSettings } from './effective';

/** Settings pages' view of the settings: the user's own, what the organisation pinned, and a saver. */
export interface SettingsState {
  /** The user's own settings (what they chose), before managed keys are applied. */
  user: UserSettings;
  managed: ManagedSettings;
  isLoaded: boolean;
  /** When the last change was saved (for a "Saved" message), or null before any change. */
  savedAt: number | null;
  /** Saves a change to the user's own settings (storage.sync). */
  update: (patch: Partial<UserSettings>) => Promise<void>;
}

/** Loads and watches the user's settings and the managed ones, for the options and welcome pages. */
export function useSettings(): SettingsState {
  const [user, setUser] = useState<UserSettings>(() => UserSettingsSchema.parse({}));
  const [managed, setManaged] = useState<ManagedSettings>({});
  const [isLoaded, setLoaded] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    const parse = (value: unknown) => {
      const parsed = UserSettingsSchema.safeParse(value ?? {});
      return parsed.success ? parsed.data : UserSettingsSchema.parse({});
    };
    void Promise.all([userSettings.getValue(), readManagedSettings()]).then(([stored, pinned]) => {
      setUser(parse(stored));
      setManaged(pinned);
      setLoaded(true);
    });
    return userSettings.watch((value) => setUser(parse(value)));
  }, []);

  const update = useCallback(async (patch: Partial<UserSettings>) => {
    // Show the change at once (a controlled radio or checkbox must follow the click), then store it.
    setUser((previous) => ({ ...previous, ...patch }));
    const current = UserSettingsSchema.safeParse((await userSettings.getValue()) ?? {});
    const next = { ...(current.success ? current.data : UserSettingsSchema.parse({})), ...patch };
    await userSettings.setValue(next);
    setSavedAt(Date.now());
  }, []);

  return { user, managed, isLoaded, savedAt, update };
}
