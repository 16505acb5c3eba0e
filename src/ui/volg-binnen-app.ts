import type { MouseEvent } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * One click handler for all plain links inside an element (event delegation), which follows a link inside the
 * app as React Router's `Link` does, without a `Link` per link: each `Link` resolves its path against the route
 * tree on every render (decision 0070). For links whose href is already an absolute path in the app. A click
 * with a modifier key (new tab, new window), another button, or a link to elsewhere is left to the browser, and
 * a page without script follows the href. Give the links `data-discover="true"`, as `Link` does, so React Router
 * fetches the linked routes ahead.
 */
export function useVolgBinnenApp(): (e: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  return (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    const link = e.target instanceof Element ? e.target.closest("a") : null;
    const naar = link?.getAttribute("href");
    if (!link || !naar?.startsWith("/") || naar.startsWith("//") || link.target || link.hasAttribute("download"))
      return;
    e.preventDefault();
    // As `Link`: the same URL again replaces the history entry instead of adding one.
    void navigate(naar, { replace: naar === pathname + search + hash });
  };
}
