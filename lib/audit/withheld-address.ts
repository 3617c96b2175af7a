/**
 * A sign-in's audit entry keeps the address it came from. Addresses are connection facts, which
 * viewers do not see (lib/auth/connection-privacy.ts): a viewer reads, searches and exports these
 * entries without it (lib/data/audit-history.ts), and each such row names what was taken out.
 */
export const WITHHELD_ADDRESS = {
  /** The action whose entries record an address. */
  action: "console.sign_in",
  /** The key of the entry's input that holds it. */
  key: "clientAddress",
  /** How a row names it in its `withheld` list. */
  field: "input.clientAddress",
} as const;
