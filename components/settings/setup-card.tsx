"use client";

import { useRouter } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ConnectionForm } from "./connection-form";

/** First run: connect the console to its homeserver, then sign in. */
export function SetupCard({ needsSetupToken }: { needsSetupToken: boolean }) {
  const router = useRouter();
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold tracking-tight">Connect your homeserver</h1>
        <CardDescription>
          The console calls Synapse&apos;s admin API through a service account of its own. Its
          secrets are stored encrypted and never reach the browser.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ConnectionForm needsSetupToken={needsSetupToken} onSaved={() => router.push("/sign-in")} />
      </CardContent>
    </Card>
  );
}
