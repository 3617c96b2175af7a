"use client";

import { Menu, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Brand } from "./brand";
import type { NavItem } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";

// Tailwind's `md` breakpoint: from here on the fixed sidebar shows and the drawer must not.
const DESKTOP_QUERY = "(min-width: 48rem)";

/** Menu button plus a slide-over drawer for screens narrower than `md`. */
export function MobileNav({ items }: { items: NavItem[] }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const dialogId = useId();

  const close = () => dialogRef.current?.close();

  useEffect(() => {
    // A modal <dialog> makes the rest of the page inert, so it must not linger once the sidebar shows.
    const media = window.matchMedia(DESKTOP_QUERY);
    const closeOnDesktop = () => media.matches && dialogRef.current?.close();
    media.addEventListener("change", closeOnDesktop);
    return () => media.removeEventListener("change", closeOnDesktop);
  }, []);

  return (
    <>
      <Button
        variant="ghost"
        size="icon-sm"
        className="md:hidden"
        aria-label="Open menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={dialogId}
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        <Menu aria-hidden />
      </Button>
      <dialog
        ref={dialogRef}
        id={dialogId}
        aria-label="Menu"
        onClose={() => setOpen(false)}
        // Clicks on the backdrop land on the <dialog> itself; the panel inside covers the rest.
        onClick={(event) => event.target === event.currentTarget && close()}
        className="fixed inset-y-0 left-0 m-0 h-dvh max-h-none w-72 max-w-[85vw] bg-sidebar p-0 text-sidebar-foreground shadow-xl transition-transform duration-200 backdrop:bg-black/50 md:hidden starting:open:-translate-x-full"
      >
        <div className="flex h-full flex-col gap-4 py-3">
          <div className="flex items-center justify-between px-4">
            <Brand href="/" />
            <Button variant="ghost" size="icon-sm" aria-label="Close menu" onClick={close}>
              <X aria-hidden />
            </Button>
          </div>
          <SidebarNav items={items} onNavigate={close} />
        </div>
      </dialog>
    </>
  );
}
