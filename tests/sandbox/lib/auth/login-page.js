// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The sandbox realm's login form. Field names are Keycloak's (username, password) so a script
// that drives Keycloak's form with curl drives this one too.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderLogin(action, error) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in to lagoon (sandbox)</title></head>
<body>
<h1>Sign in to your account</h1>
${error ? `<p id="input-error" role="alert">${escape(error)}</p>` : ''}
<form id="kc-form-login" method="post" action="${escape(action)}">
<label for="username">Email</label> <input id="username" name="username" type="text" autofocus>
<label for="password">Password</label> <input id="password" name="password" type="password">
<button id="kc-login" type="submit">Sign In</button>
</form>
<p>Sandbox users are the seeded ones (e.g. maintainer@example.com); the password is the e-mail address.</p>
</body></html>
`;
}

export function readForm(req, limit = 65536) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > limit) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(body))));
    req.on('error', reject);
  });
}
