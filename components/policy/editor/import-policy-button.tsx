"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { importPolicy } from "@/lib/actions/import-policy";

type Props = {
  /** A refused file: the editor takes its text, so the person can fix it there. */
  onRefused: (refusal: { fileName: string; text: string; error: string }) => void;
};

/** Uploads a policy file (corporal's or ours) and saves it as a version if it has no errors. */
export function ImportPolicyButton({ onRefused }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      const text = await file.text();
      return {
        text,
        fileName: file.name,
        result: await importPolicy({ content: text, fileName: file.name }),
      };
    },
    onSuccess: ({ text, fileName, result }) => {
      if (!result.ok) return onRefused({ fileName, text, error: result.error });
      toast.success(
        result.data.created
          ? `${fileName} is saved as version ${result.data.number}.`
          : `${fileName} is the same as version ${result.data.number}; nothing new was saved.`,
      );
      router.refresh();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        aria-label="Policy file to import"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) mutation.mutate(file);
        }}
      />
      <Button
        variant="outline"
        disabled={mutation.isPending}
        onClick={() => input.current?.click()}
      >
        {mutation.isPending ? "Importing…" : "Import a file"}
      </Button>
    </>
  );
}
