// The Synapse requests the console's own client code sends, recorded, so a benchmark's baseline
// can send the very same ones as a plain HTTP client would.

export type RecordedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Milliseconds until the answer's headers came (set once they did). */
  ms?: number;
};

/** Runs `call` and returns what it returned and every HTTP request it sent, in order. */
export async function recordRequests<T>(
  call: () => Promise<T>,
): Promise<{ result: T; requests: RecordedRequest[] }> {
  const realFetch = globalThis.fetch;
  const requests: RecordedRequest[] = [];
  globalThis.fetch = async (input, init) => {
    const request: RecordedRequest = {
      method: init?.method ?? (input instanceof Request ? input.method : "GET"),
      url: input instanceof Request ? input.url : String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
    };
    requests.push(request);
    const started = performance.now();
    const response = await realFetch(input, init);
    request.ms = performance.now() - started;
    return response;
  };
  try {
    return { result: await call(), requests };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** Runs `call` and returns the first HTTP request it sent: URL and headers, authorization included. */
export async function recordRequest(call: () => Promise<unknown>): Promise<RecordedRequest> {
  const { requests } = await recordRequests(call);
  const first = requests[0];
  if (!first) throw new Error("the call sent no request");
  return first;
}

/** Sends a recorded GET as a plain HTTP client would, and returns the parsed JSON answer. */
export async function replay(request: RecordedRequest): Promise<unknown> {
  if (request.method !== "GET") throw new Error(`only GETs are replayed, not ${request.method}`);
  const response = await fetch(request.url, { headers: request.headers, redirect: "manual" });
  const body: unknown = await response.json();
  if (response.status !== 200) throw new Error(`${request.url} answered ${response.status}`);
  return body;
}
