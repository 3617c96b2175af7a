"use client";

import { CircleAlert } from "lucide-react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { forgetPolicyDrafts } from "@/components/policy/editor/use-policy-draft";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

type Mode = "password" | "token";

type SignInRequest =
  | { provider: "matrix-password"; userId: string; password: string }
  | { provider: "matrix-token"; accessToken: string };

type SignInFormProps = {
  /** Already checked to be an in-app path (see getSafeCallbackPath). */
  callbackPath: string;
  initialError?: string;
};

// The server's authorize() throws messages written for people; only next-auth's own code needs a
// translation (it is what a provider returning null produces).
function describeError(error: string | null | undefined) {
  if (!error || error === "CredentialsSignin")
    return "Sign-in failed. Check what you entered and try again.";
  return error;
}

export function SignInForm({ callbackPath, initialError }: SignInFormProps) {
  // Whoever signs in next in this tab does not find the last person's unsaved policy drafts.
  useEffect(() => forgetPolicyDrafts(), []);
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("password");
  const [error, setError] = useState(initialError ?? null);
  const [pending, setPending] = useState(false);

  const submit = async ({ provider, ...fields }: SignInRequest) => {
    setPending(true);
    setError(null);
    try {
      const result = await signIn<"credentials">(provider, { ...fields, redirect: false });
      if (!result || result.error) {
        setError(describeError(result?.error));
        setPending(false);
        return;
      }
      // Stay pending: the page is about to change.
      router.push(callbackPath);
      router.refresh();
    } catch {
      setError("Could not reach the console. Check your connection and try again.");
      setPending(false);
    }
  };

  const onPasswordSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const userId = String(data.get("userId") ?? "").trim();
    void submit({
      provider: "matrix-password",
      userId,
      password: String(data.get("password") ?? ""),
    });
  };

  const onTokenSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const accessToken = String(new FormData(event.currentTarget).get("accessToken") ?? "").trim();
    void submit({ provider: "matrix-token", accessToken });
  };

  const changeMode = (value: string) => {
    setMode(value === "token" ? "token" : "password");
    setError(null);
  };

  const errorAlert = error ? (
    <Alert variant="destructive" role="alert">
      <CircleAlert aria-hidden />
      <AlertDescription>{error}</AlertDescription>
    </Alert>
  ) : null;

  const submitButton = (
    <Button type="submit" className="w-full" disabled={pending}>
      {pending ? "Signing in…" : "Sign in"}
    </Button>
  );

  return (
    <Tabs value={mode} onValueChange={changeMode}>
      <TabsList className="w-full">
        <TabsTrigger value="password" disabled={pending}>
          Matrix account
        </TabsTrigger>
        <TabsTrigger value="token" disabled={pending}>
          Access token
        </TabsTrigger>
      </TabsList>

      {/* Panels carry their own names: named after their tab, getByLabel("Access token") would match the panel too. */}
      <TabsContent value="password" aria-label="Sign in with a Matrix account">
        <form onSubmit={onPasswordSubmit} className="flex flex-col gap-4">
          <fieldset disabled={pending} className="flex flex-col gap-4">
            <div className="flex flex-col gap-2">
              <Label htmlFor="sign-in-user-id">User ID or localpart</Label>
              <Input
                id="sign-in-user-id"
                name="userId"
                placeholder="@alice:example.org or alice"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
              />
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor="sign-in-password">Password</Label>
              <Input
                id="sign-in-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
              />
            </div>
          </fieldset>
          {errorAlert}
          {submitButton}
        </form>
      </TabsContent>

      <TabsContent value="token" aria-label="Sign in with a token">
        <form onSubmit={onTokenSubmit} className="flex flex-col gap-4">
          <fieldset disabled={pending} className="flex flex-col gap-2">
            <Label htmlFor="sign-in-access-token">Access token</Label>
            <Input
              id="sign-in-access-token"
              name="accessToken"
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="sign-in-access-token-hint"
              required
            />
            <p id="sign-in-access-token-hint" className="text-xs text-muted-foreground">
              For homeservers that sign in with SSO only. Checked with whoami and not kept.
            </p>
          </fieldset>
          {errorAlert}
          {submitButton}
        </form>
      </TabsContent>
    </Tabs>
  );
}
