"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

type UnsavedEdits = { unsaved: boolean; setUnsaved: (unsaved: boolean) => void };

const UnsavedEditsContext = createContext<UnsavedEdits | null>(null);

/**
 * Whether the policy page's editor holds edits not saved as a version, for the page's other
 * controls (the header's "Make a plan", which plans the saved version only).
 */
export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState(false);
  const value = useMemo(() => ({ unsaved, setUnsaved }), [unsaved]);
  return <UnsavedEditsContext value={value}>{children}</UnsavedEditsContext>;
}

/** True while the editor holds unsaved edits. */
export const useHasUnsavedEdits = () => useContext(UnsavedEditsContext)?.unsaved ?? false;

/** The editor says whether it holds unsaved edits; none once it is gone. */
export function useReportUnsavedEdits(unsaved: boolean) {
  const setUnsaved = useContext(UnsavedEditsContext)?.setUnsaved;
  useEffect(() => {
    setUnsaved?.(unsaved);
    return () => setUnsaved?.(false);
  }, [setUnsaved, unsaved]);
}
