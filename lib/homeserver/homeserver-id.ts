/**
 * The homeserver every row of the console's tables belongs to today. Tables name it so that one
 * console can later manage several without a rewrite.
 */
export const HOMESERVER_ID = "default";
