import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Not allowed" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

/** Where requirePageUser sends someone whose role is too low for the page they asked for. */
export default async function NeedsRolePage({ searchParams }: Props) {
  const user = await requirePageUser();
  const { role } = await searchParams;
  const needed = isRole(role) ? `the ${ROLE_LABELS[role]} role` : "a higher role";
  return (
    <PageHeader
      title="Not allowed with your role"
      description={
        <span data-testid="needs-role">
          That page needs {needed}; you are {ROLE_LABELS[user.role]}. A console admin can change
          your role under Settings.
        </span>
      }
    />
  );
}
