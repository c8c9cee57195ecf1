import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Nolan — conduct check',
    description:
      'Checks emails and posts against your office’s staff code of conduct while you write, and makes gift, hospitality and interest declarations quick.',
    // Why each permission is needed is set out in README.md ("Permissions").
    // 'scripting': registers the content script on the extra sites a user or administrator adds
    // (browser.scripting.registerContentScripts), only once host permission for that site is granted.
    permissions: ['storage', 'alarms', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    storage: { managed_schema: 'managed-schema.json' },
  },
});
