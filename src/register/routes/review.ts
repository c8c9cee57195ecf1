import { Hono } from 'hono';
import { PAGE_CSP, renderPage } from '../html';
import type { RouteDeps } from './deps';
import { REVIEW_SCRIPT } from './review-script';

const REVIEW_BODY = `<h1>Review declarations</h1>
<form id="signin">
  <h2>Sign in</h2>
  <label for="token">Reviewer token</label>
  <p id="token-hint">Paste the token your register administrator gave you. It is kept in this browser tab only.</p>
  <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-hint">
  <p><button type="submit">Sign in</button></p>
</form>
<p id="signed-in" hidden>Signed in. <button type="button" id="sign-out">Sign out</button></p>
<p id="status" role="status" aria-live="polite"></p>
<section aria-labelledby="pending-heading">
  <h2 id="pending-heading" tabindex="-1">Pending declarations</h2>
  <div id="list"></div>
</section>
<noscript><p>This page needs JavaScript to call the register. You can also decide with the API: POST /api/declarations/{ref}/decision.</p></noscript>
<p><a href="/register">Public register of gifts and hospitality</a></p>`;

/** The reviewer page (`GET /review`) and its script: pending declarations with Approve and Refuse. */
export function reviewRoutes(_deps: RouteDeps) {
  const app = new Hono();
  app.get('/review', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(renderPage('Review declarations – Nolan register', REVIEW_BODY, { script: '/review.js' }));
  });
  app.get('/review.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(REVIEW_SCRIPT);
  });
  return app;
}
