import type { ReactNode } from "react";
import { isServiceAccountSpared, type UserEffect } from "@/lib/auth/user-target-access";
import type { SynapseUser } from "@/lib/synapse/user-schemas";
import { LockToggle, ShadowBanToggle, SuspendToggle } from "./user-flag-toggles";

// What every place that offers changes to a user shares (the user page's actions, a report's
// sender): the groups they are shown in, and the rules that withhold some of them.

/** A titled group of controls; not shown when every control in it is withheld. */
export function ActionGroup({ title, children }: { title: string; children: ReactNode }) {
  const shown = [children].flat(2).some((child) => child !== null && child !== false);
  if (!shown) return null;
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-medium text-muted-foreground">{title}</h3>
      <div className="flex flex-wrap gap-2">{children}</div>
    </section>
  );
}

/**
 * Why only an admin may change this user, as the rule of lib/auth/user-target-access.ts says, for
 * what the page knows without asking: the viewer's own account, or a Synapse server admin.
 */
export function adminOnlyReason(user: SynapseUser, viewerId: string): string | null {
  if (user.name === viewerId) return "This is your own account: changing it needs the admin role.";
  if (user.admin) return "This user is a Synapse server admin: changing them needs the admin role.";
  return null;
}

/** Offers a control, or withholds it (and returns null); see serviceAccountFilter. */
export type Offer = (effect: UserEffect, label: string, control: ReactNode) => ReactNode;

/**
 * Offers a control unless it makes a change the console never makes to its own service account
 * (lib/auth/user-target-access.ts); the labels of those withheld are kept, to say so.
 */
export function serviceAccountFilter(serviceAccount: boolean) {
  const withheld: string[] = [];
  const offer: Offer = (effect, label, control) => {
    if (!serviceAccount || !isServiceAccountSpared(effect)) return control;
    withheld.push(label);
    return null;
  };
  return { offer, withheld };
}

/** The user's flags as the toggles take them. */
export function flagsOf(user: SynapseUser) {
  return {
    locked: user.locked,
    suspended: user.suspended ?? false,
    shadowBanned: user.shadow_banned,
    admin: user.admin,
  };
}

/**
 * Lock, suspend and shadow-ban, each offered as `offer` allows; turning one off is a plain change.
 * Controls, not a group, so the group they join can tell when all are withheld.
 */
export function restrictionToggles(user: SynapseUser, own: boolean, offer: Offer): ReactNode[] {
  const flags = flagsOf(user);
  const userId = user.name;
  const effect = (on: boolean, turnOn: UserEffect) => (on ? "change" : turnOn);
  return [
    offer(
      effect(flags.locked, "lock"),
      "Lock",
      <LockToggle key="lock" userId={userId} flags={flags} own={own} />,
    ),
    offer(
      effect(flags.suspended, "suspend"),
      "Suspend",
      <SuspendToggle key="suspend" userId={userId} flags={flags} own={own} />,
    ),
    offer(
      effect(flags.shadowBanned, "shadow_ban"),
      "Shadow-ban",
      <ShadowBanToggle key="shadow-ban" userId={userId} flags={flags} own={own} />,
    ),
  ];
}
