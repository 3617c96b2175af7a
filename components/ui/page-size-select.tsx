"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useTransition } from "react";
import { toast } from "sonner";
import { setPageSize } from "@/lib/actions/set-page-size";
import { PAGE_SIZES } from "@/lib/schemas/page-size";
import { CONSOLE_UNREACHABLE } from "./use-action-mutation";
import { Select } from "./select";

/** The URL parameters that say a list's page or page size; a new size starts from the first page. */
const PAGING_PARAMS = ["from", "page", "stalePage", "limit", "size"];

/**
 * Rows per page, one choice for every list: it is remembered for the person, and the list is shown
 * again from its first page, with its filters, at the new size.
 */
export function PageSizeSelect({ current }: { current: number }) {
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [saving, startSaving] = useTransition();
  const choose = (pageSize: number) =>
    startSaving(async () => {
      const result = await setPageSize({ pageSize }).catch(() => null);
      if (!result?.ok) {
        toast.error(result ? result.error : CONSOLE_UNREACHABLE);
        return;
      }
      const query = new URLSearchParams(searchParams);
      for (const name of PAGING_PARAMS) query.delete(name);
      const text = query.toString();
      router.push(text ? `${pathname}?${text}` : pathname);
      router.refresh();
    });
  return (
    <div className="flex items-center gap-2 text-sm text-muted-foreground">
      <label htmlFor={id}>Rows per page</label>
      <Select
        id={id}
        value={current}
        disabled={saving}
        onChange={(event) => choose(Number(event.target.value))}
        className="w-20"
        data-testid="page-size"
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </Select>
    </div>
  );
}
