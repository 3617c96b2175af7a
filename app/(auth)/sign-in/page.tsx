import type { Metadata } from "next";
import { getSafeCallbackPath } from "@/components/auth/callback-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// next-auth sends people here with ?error=<code> when a page needed a session they did not have.
function describeRedirectError(code: string | string[] | undefined) {
  if (code === undefined) return undefined;
  if (code === "SessionRequired") return "Sign in to continue.";
  return "Sign-in failed. Try again.";
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  return (
    <Card className="mx-auto w-full max-w-sm">
      <CardHeader className="text-center">
        <h1 className="text-xl font-semibold tracking-tight">Sign in to Synapse Console</h1>
        <CardDescription>Use your Matrix account on this homeserver.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm
          callbackPath={getSafeCallbackPath(callbackUrl)}
          initialError={describeRedirectError(error)}
        />
      </CardContent>
    </Card>
  );
}
