/** A plain-text answer of a route handler: a refusal or a problem, said as a sentence. */
export function plainText(status: number, body: string, headers: Record<string, string> = {}) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...headers },
  });
}
