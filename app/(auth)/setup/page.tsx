import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupCard } from "@/components/settings/setup-card";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  if (await getHomeserver()) redirect("/sign-in");
  // Before the first setup there is always a setup token (lib/homeserver/setup-token.ts).
  return <SetupCard needsSetupToken />;
}
