#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Signs in to the sandbox realm the way the app does in a browser, with curl as the browser:
# authorization code + PKCE for the public client lagoon-cli, loopback redirect on any port.
#   examples/oidc-login.sh ISSUER [USER] [PASSWORD]
# ISSUER is the "oidc.issuer" of start.js's JSON line. Prints the token response (JSON).
# The same commands are in README.md; test/oidc.test.js runs this file to prove they work.
set -euo pipefail
issuer="$1"
user="${2:-maintainer@example.com}"
password="${3:-$user}"
redirect="http://127.0.0.1:53682/callback"   # nothing needs to listen: curl does not follow it
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

# 1. PKCE: a random verifier and its S256 challenge.
verifier="$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
challenge="$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"

# 2. The authorization request answers with a redirect to the login page.
login="$(curl -sS -c "$jar" -o /dev/null -w '%{redirect_url}' \
  "$issuer/protocol/openid-connect/auth?client_id=lagoon-cli&response_type=code&scope=openid%20offline_access&redirect_uri=$redirect&code_challenge=$challenge&code_challenge_method=S256&state=s1")"

# 3. Post the login form (field names as Keycloak's); the answer redirects back to the
#    authorization endpoint, which 4. redirects to the app's loopback URL with the code.
resume="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=$user" --data-urlencode "password=$password" "$login/login")"
[ -n "$resume" ] || { echo "login failed for $user" >&2; exit 1; }
callback="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' "$resume")"
code="$(printf %s "$callback" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
[ -n "$code" ] || { echo "no code in $callback" >&2; exit 1; }

# 5. Exchange the code (with the verifier) for access and refresh tokens.
curl -sS "$issuer/protocol/openid-connect/token" \
  -d grant_type=authorization_code -d client_id=lagoon-cli -d "code=$code" \
  -d "redirect_uri=$redirect" -d "code_verifier=$verifier"
echo
