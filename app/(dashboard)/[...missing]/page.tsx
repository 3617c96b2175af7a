import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";

/**
 * Any address no page answers. Caught here, inside the dashboard's group, Next shows its
 * not-found page in the console's frame with a 404; unmatched, it would show its bare one. The
 * sign-in comes first, so an anonymous visitor learns nothing of which addresses exist.
 */
export default async function MissingPage(): Promise<never> {
  await requirePageUser();
  notFound();
}
