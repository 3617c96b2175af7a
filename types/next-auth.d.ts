import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The only thing the cookie carries: the secret of the session's row (lib/data/sessions.ts). */
    sessionSecret?: string;
  }
}
