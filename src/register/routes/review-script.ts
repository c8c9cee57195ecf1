/**
 * The reviewer page's browser script, served as `/review.js` (no inline script, so the page's
 * CSP can forbid it). It keeps the token in session storage and builds the DOM with textContent.
 */
export const REVIEW_SCRIPT = String.raw`'use strict';
(() => {
  const KEY = 'nolan-reviewer-token';
  const form = document.getElementById('signin');
  const tokenInput = document.getElementById('token');
  const signedIn = document.getElementById('signed-in');
  const signOut = document.getElementById('sign-out');
  const list = document.getElementById('list');
  const statusLine = document.getElementById('status');
  const heading = document.getElementById('pending-heading');

  const say = (text) => { statusLine.textContent = text; };
  const token = () => sessionStorage.getItem(KEY) || '';
  const money = (n) => '£' + Number(n).toFixed(2);

  async function api(path, init) {
    const res = await fetch(path, {
      ...init,
      headers: { ...(init && init.headers), Authorization: 'Bearer ' + token(), 'Content-Type': 'application/json' },
    });
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    return { res, body };
  }

  function showSignedIn(isIn) {
    form.hidden = isIn;
    signedIn.hidden = !isIn;
  }

  function row(dl, term, value) {
    if (value === undefined || value === null || value === '') return;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dl.append(dt, dd);
  }

  function describe(item) {
    if (item.type === 'gift-hospitality') {
      return (item.kind === 'gift' ? 'Gift' : 'Hospitality') + ': ' + item.description;
    }
    return 'Interest (' + item.interestType + '): ' + item.organisation;
  }

  function render(items) {
    list.replaceChildren();
    if (items.length === 0) {
      const p = document.createElement('p');
      p.textContent = 'There are no declarations waiting for a decision.';
      list.append(p);
      return;
    }
    for (const item of items) {
      const id = item.ref.replace(/[^A-Za-z0-9-]/g, '');
      const article = document.createElement('article');
      article.setAttribute('aria-labelledby', 'h-' + id);
      const h3 = document.createElement('h3');
      h3.id = 'h-' + id;
      h3.textContent = describe(item) + ' (' + item.ref + ')';
      const dl = document.createElement('dl');
      row(dl, 'Declared by', item.declarant.name + (item.declarant.jobTitle ? ', ' + item.declarant.jobTitle : ''));
      row(dl, 'Declared on', item.createdAt.slice(0, 10));
      if (item.type === 'gift-hospitality') {
        row(dl, 'Date offered', item.dateOffered);
        row(dl, 'Offered by', [item.offeredBy.name, item.offeredBy.organisation].filter(Boolean).join(', '));
        row(dl, 'Relationship', item.relationship);
        row(dl, 'Estimated value', money(item.estimatedValue));
        row(dl, 'Accepted or declined', item.accepted ? 'Accepted' : 'Declined');
        row(dl, 'Reason', item.reason);
        row(dl, 'Approval sought beforehand', item.approval && item.approval.sought ? 'Yes, from ' + (item.approval.by || 'not stated') : 'No');
      } else {
        row(dl, 'Description', item.description);
        row(dl, 'From', item.from);
        row(dl, 'To', item.to || 'Continuing');
      }
      const label = document.createElement('label');
      label.htmlFor = 'note-' + id;
      label.textContent = 'Note for the record (not published)';
      const note = document.createElement('textarea');
      note.id = 'note-' + id;
      note.rows = 2;
      note.maxLength = 2000;
      const buttons = document.createElement('p');
      for (const [decision, text] of [['approved', 'Approve'], ['refused', 'Refuse']]) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = text;
        button.setAttribute('aria-describedby', 'h-' + id);
        button.addEventListener('click', () => decide(item.ref, decision, note.value, article));
        buttons.append(button);
      }
      article.append(h3, dl, label, note, buttons);
      list.append(article);
    }
  }

  async function load() {
    if (!token()) { showSignedIn(false); return; }
    say('Loading pending declarations…');
    const { res, body } = await api('/api/declarations?status=pending&limit=1000');
    if (res.status === 401) { sessionStorage.removeItem(KEY); showSignedIn(false); say('That token is not recognised. Check it and sign in again.'); return; }
    if (res.status === 403) { sessionStorage.removeItem(KEY); showSignedIn(false); say('That token does not belong to a reviewer or administrator.'); return; }
    if (!res.ok || !body) { say('The register could not list declarations (' + res.status + '). Try again shortly.'); return; }
    showSignedIn(true);
    render(body.items);
    say(body.items.length + ' declaration' + (body.items.length === 1 ? '' : 's') + ' waiting for a decision.');
  }

  async function decide(ref, decision, note, article) {
    const { res, body } = await api('/api/declarations/' + encodeURIComponent(ref) + '/decision', {
      method: 'POST',
      body: JSON.stringify({ decision, note }),
    });
    if (!res.ok) { say('Could not record the decision on ' + ref + ': ' + ((body && body.error) || res.status)); return; }
    article.remove();
    say((decision === 'approved' ? 'Approved ' : 'Refused ') + ref + '.');
    heading.focus();
    if (!list.querySelector('article')) render([]);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, tokenInput.value.trim());
    tokenInput.value = '';
    load();
  });
  signOut.addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    list.replaceChildren();
    showSignedIn(false);
    say('Signed out.');
    tokenInput.focus();
  });
  load();
})();
`;
