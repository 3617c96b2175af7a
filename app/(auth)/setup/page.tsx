import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupCard } from "@/components/settings/setup-card";
import { getEnv } from "@/lib/env";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  if (await getHomeserver()) redirect("/sign-in");
  return <SetupCard needsSetupToken={Boolean(getEnv().SETUP_TOKEN)} />;
}
