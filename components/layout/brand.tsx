import { Waypoints } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { PRODUCT_NAME } from "@/lib/product-name";

const MARK = (
  <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
    <Waypoints aria-hidden className="size-4" />
  </span>
);

/** Logo and name; a link home when `href` is given (the sign-in page has nowhere to link to). */
export function Brand({ href }: { href?: string }) {
  const classes = "flex items-center gap-2.5 rounded-md font-semibold tracking-tight";
  if (!href) {
    return (
      <span className={classes}>
        {MARK}
        {PRODUCT_NAME}
      </span>
    );
  }
  return (
    <IntentLink
      href={href}
      className={`${classes} outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50`}
    >
      {MARK}
      {PRODUCT_NAME}
    </IntentLink>
  );
}
