import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { matrixId: string; role: Role };
  }
  interface User {
    id: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    matrixId?: string;
    role?: Role;
  }
}
