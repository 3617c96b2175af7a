// Signs in to a running console through next-auth's credentials callback, as the sign-in form does.

/** Cookies as a browser would keep them: the latest value per name. */
function mergeCookies(jar: Map<string, string>, response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (!pair || at < 1) continue;
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Returns the Cookie header of a signed-in session. */
export async function signInToConsole(baseUrl: string, userId: string, password: string) {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/matrix-password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, userId, password, json: "true" }),
  });
  mergeCookies(jar, response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`sign-in as ${userId} failed: ${response.status} ${await response.text()}`);
  }
  return cookieHeader(jar);
}
