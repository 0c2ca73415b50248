import { fieldId } from "./schema-walk";

/**
 * Moves focus to the input of an answer path, opening any closed card around it. Falls back to the
 * nearest existing ancestor (a list item, then the list) when the exact field is not shown.
 */
export function focusField(path: string): boolean {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n -= 1) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join(".")));
    if (!el) continue;
    for (let node: HTMLElement | null = el; node; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement) node.open = true;
    }
    const target = el instanceof HTMLDetailsElement ? (el.querySelector("summary") ?? el) : el;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}
