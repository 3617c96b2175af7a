/** The console's name, as the tab titles, the sidebar and the sign-in page show it. */
export const PRODUCT_NAME = "Synapse Console";

/** A page's tab title: what it shows, then the console's name. */
export const tabTitle = (page: string) => `${page} · ${PRODUCT_NAME}`;
