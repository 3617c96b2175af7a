import type { ReactNode } from "react";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** A filter by part of an ID, in a reports list's form. */
export function ReportTextFilter(props: {
  id: string;
  name: string;
  label: string;
  value?: string;
  placeholder?: string;
  /** The form's main search, which "/" goes to. */
  search?: boolean;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ""}
        placeholder={props.placeholder}
        autoComplete="off"
        {...(props.search ? LIST_SEARCH_FIELD : {})}
      />
    </div>
  );
}

/**
 * A reports list's filter form: its own filters, then the order both lists share (the page size is
 * the reader's one choice for every list, beside the pager).
 * A plain GET form: submitting it rewrites the URL, which is the table's only state.
 */
export function ReportListForm(props: {
  action: string;
  /** Prefix of the order field's ID. */
  idPrefix: string;
  dir: "asc" | "desc";
  children: ReactNode;
}) {
  return (
    <form method="get" action={props.action} className="grid gap-4 md:grid-cols-3" role="search">
      {props.children}
      <div className="space-y-1">
        <Label htmlFor={`${props.idPrefix}-dir`}>Order</Label>
        <Select id={`${props.idPrefix}-dir`} name="dir" defaultValue={props.dir}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </Select>
      </div>
      <div className="flex items-end">
        <Button type="submit">Apply</Button>
      </div>
    </form>
  );
}
