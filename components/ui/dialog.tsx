"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { createContext, useContext, useState, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/** Whether the dialog around is open: its content is not mounted while it is closed. */
const DialogOpen = createContext(false);

/**
 * Radix's dialog root, open when `open` says (or, without it, once its trigger is pressed). A closed
 * dialog's content is not mounted at all: Radix would mount a presence watcher per part, whose
 * first layout effect is an urgent update, and that makes React run the whole page's effects
 * before the browser draws it (a list with seven closed dialogs showed its rows ~20 ms later).
 */
export function Dialog({
  open,
  defaultOpen = false,
  onOpenChange,
  ...props
}: ComponentProps<typeof DialogPrimitive.Root>) {
  const [openHere, setOpenHere] = useState(defaultOpen);
  const isOpen = open ?? openHere;
  return (
    <DialogOpen.Provider value={isOpen}>
      <DialogPrimitive.Root
        open={isOpen}
        onOpenChange={(next) => {
          setOpenHere(next);
          onOpenChange?.(next);
        }}
        {...props}
      />
    </DialogOpen.Provider>
  );
}
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

type DialogContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  title: string;
  description?: ReactNode;
};

/** A modal with a title, an optional description and a close button; for forms that need room. */
export function DialogContent({
  title,
  description,
  className,
  children,
  ...props
}: DialogContentProps) {
  if (!useContext(DialogOpen)) return null;
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
      <DialogPrimitive.Content
        className={cn(
          // One column no wider than the dialog, and text that breaks anywhere once it must: a long
          // unbroken name (a 255-character user ID) wraps instead of pushing the buttons out.
          "fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 grid-cols-1 gap-4 overflow-y-auto rounded-lg border bg-background p-6 wrap-anywhere shadow-lg",
          className,
        )}
        {...props}
      >
        <div className="space-y-1.5 pr-6">
          <DialogPrimitive.Title className="text-lg font-semibold">{title}</DialogPrimitive.Title>
          {description ? (
            <DialogPrimitive.Description className="text-sm text-muted-foreground">
              {description}
            </DialogPrimitive.Description>
          ) : null}
        </div>
        {children}
        <DialogPrimitive.Close
          className="absolute top-4 right-4 rounded-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
          aria-label="Close"
        >
          <X className="size-4" aria-hidden />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
