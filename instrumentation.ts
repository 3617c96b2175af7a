// Runs once when a console server starts, however it is started: `npm start` (scripts/start.ts),
// a bare `next start`, `next dev`, a container.

export async function register() {
  // Set by Next itself for each runtime it loads this file in; the edge runtime has no sockets
  // and no database.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { stampPeerAddresses } = await import("./lib/http/peer-address");
  stampPeerAddresses();

  const { describeSetupInvitation } = await import("./lib/homeserver/setup-token");
  try {
    const invitation = await describeSetupInvitation();
    if (invitation) console.log(`[console] ${invitation}`);
  } catch (error) {
    // Setup stays closed without a token (lib/homeserver/setup-access.ts); say why there is none.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[console] could not prepare the setup token: ${reason}`);
  }
}
