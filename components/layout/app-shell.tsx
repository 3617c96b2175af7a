"use client";

import type { ReactNode } from "react";
import { Brand } from "./brand";
import { MobileNav } from "./mobile-nav";
import { NAV_ITEMS } from "./nav-items";
import { NavigationProgress, useNavigationPending } from "./navigation-pending";
import { ReadOldCopiesAgain } from "./read-old-copies-again";
import { SidebarNav } from "./sidebar-nav";
import { ThemeToggle } from "./theme-toggle";
import { TopBarTitle } from "./top-bar-title";
import { useSearchShortcut } from "./use-search-shortcut";
import { UserMenu, type ShellUser } from "./user-menu";

type AppShellProps = { user: ShellUser; children: ReactNode };

/** Signed-in frame: fixed sidebar from `md` up, a drawer below it, and a top bar on every size. */
export function AppShell({ user, children }: AppShellProps) {
  useSearchShortcut();
  const navigating = useNavigationPending();
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <aside className="fixed inset-y-0 left-0 z-30 hidden w-60 flex-col gap-4 border-r border-sidebar-border bg-sidebar py-3 text-sidebar-foreground md:flex">
        <div className="flex h-8 items-center px-5">
          <Brand href="/" />
        </div>
        <SidebarNav items={NAV_ITEMS} />
      </aside>
      <div className="flex min-h-dvh flex-col md:pl-60">
        <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b bg-background px-3 md:px-6">
          <MobileNav items={NAV_ITEMS} />
          <TopBarTitle items={NAV_ITEMS} />
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
          <NavigationProgress />
          <ReadOldCopiesAgain />
        </header>
        <main
          id="main"
          aria-busy={navigating || undefined}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
