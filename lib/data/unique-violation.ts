import { Prisma } from "@/lib/generated/prisma/client";

/** True for Prisma's unique-constraint error (a key recorded twice). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
