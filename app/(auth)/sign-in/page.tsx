import type { Metadata } from "next";
import { getSafeCallbackPath } from "@/components/auth/callback-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { redirect } from "next/navigation";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { isPageProblem, toPageProblem, type PageProblem } from "@/lib/actions/page-problem";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { PRODUCT_NAME } from "@/lib/product-name";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// next-auth sends people here with ?error=<code> when a page needed a session they did not have.
function describeRedirectError(code: string | string[] | undefined) {
  if (code === undefined) return undefined;
  if (code === "SessionRequired") return "Sign in to continue.";
  return "Sign-in failed. Try again.";
}

// Anyone can open this page: why the homeserver is unavailable (which may name its internal
// address) goes to the server log, not to the page.
function toHiddenProblem(error: unknown): PageProblem {
  if (isDatabaseUnavailable(error)) return { problem: DATABASE_UNAVAILABLE_MESSAGE };
  const problem = toPageProblem(error);
  console.error("[sign-in] the homeserver is not available:", problem.problem);
  return {
    problem:
      "The console cannot reach its homeserver right now, so signing in may fail. Try again later; if this goes on, tell the console's admins.",
  };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  const homeserver = await getHomeserver().catch(toHiddenProblem);
  if (homeserver === null) redirect("/setup");
  if (await getCurrentUser()) redirect(getSafeCallbackPath(callbackUrl));
  return (
    <Card className="mx-auto w-full max-w-sm">
      <CardHeader className="text-center">
        <h1 className="text-xl font-semibold tracking-tight">Sign in to {PRODUCT_NAME}</h1>
        <CardDescription>
          {isPageProblem(homeserver)
            ? "Use your Matrix account on this homeserver."
            : `Use your Matrix account on ${homeserver.serverName}.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {isPageProblem(homeserver) ? (
          <PageProblemAlert
            title={
              homeserver.problem === DATABASE_UNAVAILABLE_MESSAGE
                ? "The console's database is down"
                : "The homeserver cannot be reached"
            }
            problem={homeserver.problem}
          />
        ) : null}
        <SignInForm
          callbackPath={getSafeCallbackPath(callbackUrl)}
          initialError={describeRedirectError(error)}
        />
      </CardContent>
    </Card>
  );
}
