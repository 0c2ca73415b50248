import { fieldId } from "./schema-walk";

const CONTROLS = "input:not([type=hidden]), select, textarea, button";

/** A container (group, list, checkbox set) hands focus to its first invalid, then first empty, then first control. */
function focusTarget(el: HTMLElement): HTMLElement {
  if (el instanceof HTMLDetailsElement) return el.querySelector<HTMLElement>("summary") ?? el;
  if (el.matches(CONTROLS)) return el;
  const controls = [...el.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => c.offsetParent !== null || c.getClientRects().length > 0);
  return controls.find((c) => c.getAttribute("aria-invalid") === "true")
    ?? controls.find((c) => (c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement) && c.type !== "checkbox" && !c.value)
    ?? controls[0]
    ?? el;
}

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
    const target = focusTarget(el);
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}
