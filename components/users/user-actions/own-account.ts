// What changing your own account does to you, said in the change's confirmation. All but the
// shadow ban end the person's console sessions (lib/operations: the lock, suspension,
// deactivation, password reset and server admin changes end the target's sessions).

const YOURS = "This is your own account:";

export const OWN_ACCOUNT = {
  lock: `${YOURS} you are signed out of the console now, and cannot sign in again until another admin unlocks you.`,
  suspend: `${YOURS} you are signed out of the console now, and cannot sign in again until another admin unsuspends you.`,
  shadowBan: `${YOURS} your own messages and invites will silently reach nobody.`,
  demote: `${YOURS} you are signed out of the console now; if your console role comes from being a server admin, it goes too, and another admin must give it back.`,
  resetPassword: `${YOURS} you are signed out of the console now; sign in again with the password you type here.`,
  deactivate: `${YOURS} you are signed out of the console now and can never sign in with this account again unless another admin reactivates it.`,
} as const;
