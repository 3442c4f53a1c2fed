import type { ReactNode } from "react";
import { safeHref } from "../../data/text.ts";

/** A link only for http(s) addresses, opened without giving the page access to the opener; anything else is text. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const url = safeHref(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
