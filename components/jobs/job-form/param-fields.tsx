"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { labelOf } from "@/lib/format/field-label";
import type { ParamField, ParamForm } from "@/lib/jobs/param-fields";

type Params = Record<string, unknown>;

/** The parameters the JSON text holds, or null while it is not a JSON object. */
function readParams(text: string): Params | null {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Params)
      : null;
  } catch {
    return null;
  }
}

const toText = (params: Params) => JSON.stringify(params, null, 2);

function without(params: Params, name: string): Params {
  const rest = { ...params };
  delete rest[name];
  return rest;
}

const idOf = (name: string) => `job-param-${name}`;

function FieldHelp({ field }: { field: ParamField }) {
  if (!field.help) return null;
  return (
    <p className="text-xs text-muted-foreground" id={`${idOf(field.name)}-help`}>
      {field.help}
    </p>
  );
}

/** One parameter per line; the text keeps the line being typed until it holds something. */
function LinesInput(props: { field: ParamField; value: unknown; set: (value: unknown) => void }) {
  const lines = Array.isArray(props.value) ? props.value.map(String) : [];
  const [draft, setDraft] = useState(lines.join("\n"));
  const parse = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  // The JSON was edited below: show what it holds now.
  const shown = parse(draft).join("\n") === lines.join("\n") ? draft : lines.join("\n");
  return (
    <Textarea
      id={idOf(props.field.name)}
      rows={3}
      className="font-mono text-xs"
      aria-describedby={`${idOf(props.field.name)}-help`}
      value={shown}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = parse(event.target.value);
        props.set(next.length ? next : undefined);
      }}
    />
  );
}

function FieldInput(props: { field: ParamField; value: unknown; set: (value: unknown) => void }) {
  const { field, value, set } = props;
  const common = { id: idOf(field.name), "aria-describedby": `${idOf(field.name)}-help` };
  switch (field.type) {
    case "boolean":
      return (
        <input
          type="checkbox"
          {...common}
          checked={typeof value === "boolean" ? value : (field.defaultValue ?? false)}
          onChange={(event) => set(event.target.checked)}
        />
      );
    case "number":
      return (
        <Input
          type="number"
          inputMode={field.integer ? "numeric" : "decimal"}
          min={field.min}
          max={field.max}
          step={field.integer ? 1 : "any"}
          {...common}
          value={typeof value === "number" ? value : ""}
          onChange={(event) => {
            const text = event.target.value;
            set(text === "" ? undefined : Number(text));
          }}
        />
      );
    case "choice":
      return (
        <Select
          {...common}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => set(event.target.value || undefined)}
        >
          {field.required ? null : <option value="">Default</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      );
    case "text":
      return (
        <Input
          type={field.date ? "date" : "text"}
          autoComplete="off"
          {...common}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => set(event.target.value || undefined)}
        />
      );
    case "lines":
      return <LinesInput field={field} value={value} set={set} />;
  }
}

function Fields(props: {
  fields: ParamField[];
  params: Params;
  onChange: (params: Params) => void;
}) {
  return props.fields.map((field) => {
    const set = (value: unknown) =>
      props.onChange(
        value === undefined
          ? without(props.params, field.name)
          : { ...props.params, [field.name]: value },
      );
    const input = <FieldInput field={field} value={props.params[field.name]} set={set} />;
    return field.type === "boolean" ? (
      <div key={field.name} className="grid gap-1">
        <label className="flex items-center gap-2 text-sm">
          {input}
          {field.label}
        </label>
        <FieldHelp field={field} />
      </div>
    ) : (
      <div key={field.name} className="grid gap-1">
        <Label htmlFor={idOf(field.name)}>
          {field.label}
          {field.required ? "" : " (optional)"}
        </Label>
        {input}
        <FieldHelp field={field} />
      </div>
    );
  });
}

/**
 * The job kind's parameters as fields made from its schema, kept in step with the JSON text the
 * form saves (and the server checks): a field's change rewrites the JSON, an edit of the JSON
 * shows in the fields. Parameters no field can hold are named, to be edited in the JSON.
 */
export function ParamFields(props: {
  form: ParamForm;
  text: string;
  onChange: (text: string) => void;
}) {
  const params = readParams(props.text);
  if (props.form.shape === "json") return null;
  if (!params) {
    return (
      <p className="text-sm text-muted-foreground">
        The parameters below are not a JSON object; mend them to use the fields.
      </p>
    );
  }
  const change = (next: Params) => props.onChange(toText(next));
  let shown: { fields: ParamField[]; rest: string[] } | undefined;
  let chooser = null;
  if (props.form.shape === "variants") {
    const { by, variants } = props.form;
    const current = typeof params[by] === "string" ? (params[by] as string) : "";
    shown = variants[current];
    chooser = (
      <div className="grid gap-1">
        <Label htmlFor={idOf(by)}>{labelOf(by)}</Label>
        <Select
          id={idOf(by)}
          value={current}
          onChange={(event) => change({ [by]: event.target.value })}
        >
          {current ? null : <option value="">Choose…</option>}
          {Object.keys(variants).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </div>
    );
  } else {
    shown = props.form;
  }
  if (!chooser && shown?.fields.length === 0 && shown.rest.length === 0) {
    return <p className="text-sm text-muted-foreground">This kind takes no parameters.</p>;
  }
  return (
    <fieldset className="grid gap-3 rounded-md border p-3" data-testid="job-param-fields">
      <legend className="px-1 text-sm font-medium">Parameters</legend>
      {chooser}
      {shown ? <Fields fields={shown.fields} params={params} onChange={change} /> : null}
      {shown && shown.rest.length > 0 ? (
        <p className="text-xs text-muted-foreground">
          Edited in the JSON below: {shown.rest.join(", ")}.
        </p>
      ) : null}
    </fieldset>
  );
}
