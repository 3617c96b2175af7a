"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveConnection } from "@/lib/actions/save-connection";
import { testConnection } from "@/lib/actions/test-connection";
import { setupRequestSchema } from "@/lib/schemas/homeserver";
import { ConnectionFields, type ConnectionFormValues } from "./connection-fields";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = {
  /** Before the first setup the console asks for the token it printed at start. */
  needsSetupToken: boolean;
  defaultBaseUrl?: string;
  onSaved: () => void;
};

function toRequest(values: ConnectionFormValues) {
  const { method, baseUrl } = values;
  const connection =
    method === "shared_secret"
      ? { method, baseUrl, sharedSecret: values.sharedSecret, localpart: values.localpart }
      : method === "access_token"
        ? { method, baseUrl, accessToken: values.accessToken }
        : { method, baseUrl, userId: values.userId, password: values.password };
  return { setupToken: values.setupToken || undefined, connection };
}

/** Base URL and service account of the homeserver, with "Test connection" and "Save". */
export function ConnectionForm({ needsSetupToken, defaultBaseUrl, onSaved }: Props) {
  const form = useForm<ConnectionFormValues>({
    defaultValues: {
      setupToken: "",
      baseUrl: defaultBaseUrl ?? "",
      method: "shared_secret",
      sharedSecret: "",
      localpart: "console-bot",
      accessToken: "",
      userId: "",
      password: "",
    },
  });
  const [tested, setTested] = useState<string | null>(null);
  // Shown in the form rather than in a toast: the person needs it while fixing the fields.
  const [problem, setProblem] = useState<string | null>(null);

  // Checked in the browser with the action's own schema, so a malformed value never leaves the page.
  const validated = (values: ConnectionFormValues) => {
    const parsed = setupRequestSchema.safeParse(toRequest(values));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path.at(-1)) as keyof ConnectionFormValues;
      form.setError(field, { message: issue.message });
    }
    return null;
  };

  const unreachable = () => setProblem(CONSOLE_UNREACHABLE);
  const test = useMutation({
    mutationFn: testConnection,
    onMutate: () => (setTested(null), setProblem(null)),
    onSuccess: (result) => {
      if (!result.ok) return setProblem(result.error);
      setTested(`Synapse ${result.data.serverVersion}, acting as ${result.data.serviceUserId}.`);
    },
    onError: unreachable,
  });
  const save = useMutation({
    mutationFn: saveConnection,
    onMutate: () => (setTested(null), setProblem(null)),
    onError: unreachable,
    onSuccess: (result) => {
      if (!result.ok) return setProblem(result.error);
      toast.success(
        `Connected to Synapse ${result.data.serverVersion} as ${result.data.serviceUserId}.`,
      );
      onSaved();
    },
  });
  const pending = test.isPending || save.isPending;

  return (
    <form
      className="grid gap-5"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        const request = validated(values);
        if (request) save.mutate(request);
      })}
    >
      <ConnectionFields form={form} needsSetupToken={needsSetupToken} />
      {problem ? (
        <Alert variant="destructive" role="alert">
          <TriangleAlert aria-hidden />
          <AlertTitle>The connection does not work</AlertTitle>
          <AlertDescription>{problem}</AlertDescription>
        </Alert>
      ) : null}
      {tested ? (
        <Alert role="status">
          <CircleCheck aria-hidden />
          <AlertTitle>Connection works</AlertTitle>
          <AlertDescription>{tested}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="outline"
          disabled={pending}
          onClick={() => {
            form.clearErrors();
            const request = validated(form.getValues());
            if (request) test.mutate(request);
          }}
        >
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button type="submit" disabled={pending}>
          {save.isPending ? "Saving…" : "Save connection"}
        </Button>
      </div>
    </form>
  );
}
