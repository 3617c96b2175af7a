"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { grantRole } from "@/lib/actions/grant-role";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { grantRoleSchema, type GrantRoleInput } from "@/lib/schemas/role-grant";

/** Gives a Matrix user a console role. */
export function GrantRoleForm() {
  const router = useRouter();
  const form = useForm<GrantRoleInput>({
    resolver: zodResolver(grantRoleSchema),
    defaultValues: { matrixId: "", role: "viewer" },
  });
  const mutation = useMutation({
    mutationFn: grantRole,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success(`${result.data.matrixId} is now ${result.data.role}.`);
      form.reset();
      router.refresh();
    },
  });
  const error = form.formState.errors.matrixId?.message;
  return (
    <form
      className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
      noValidate
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
    >
      <div className="grid gap-2">
        <Label htmlFor="grant-matrix-id">Matrix user ID</Label>
        <Input
          id="grant-matrix-id"
          placeholder="e.g. @alice:example.org"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby="grant-matrix-id-error"
          {...form.register("matrixId")}
        />
        <FieldError id="grant-matrix-id-error">{error && `Matrix user ID ${error}`}</FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="grant-role">Role</Label>
        <Select id="grant-role" {...form.register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Granting…" : "Grant role"}
      </Button>
    </form>
  );
}
