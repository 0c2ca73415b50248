"use client";

import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { buildDocument, renderHtmlFragment, type TAnswers, type TDocument } from "@/lib/policy";

export type TPreviewResult = { doc: TDocument | null; html: string; ms: number };

/** Builds and renders the policy in the browser: the same engine and renderer as publishing. */
export function renderPreview(answers: TAnswers): TPreviewResult {
  const t0 = performance.now();
  try {
    const doc = buildDocument(answers);
    const html = renderHtmlFragment(doc, { headingLevel: 2, toc: false });
    return { doc, html, ms: performance.now() - t0 };
  } catch {
    return { doc: null, html: "", ms: performance.now() - t0 };
  }
}

/**
 * The policy as it will be published, updated on every change with no server round trip; the sections
 * that just changed are highlighted for a moment.
 */
export function LivePreview({ answers }: { answers: TAnswers }) {
  const preview = useMemo(() => renderPreview(answers), [answers]);
  const container = useRef<HTMLDivElement>(null);
  const previous = useRef<Map<string, string>>(new Map());

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const next = new Map<string, string>();
    root.querySelectorAll<HTMLElement>("section[id]").forEach((section) => {
      next.set(section.id, section.innerHTML);
      const before = previous.current.get(section.id);
      if (previous.current.size > 0 && before !== section.innerHTML) {
        section.classList.remove("policy-changed");
        void section.offsetWidth;
        section.classList.add("policy-changed");
      }
    });
    previous.current = next;
  }, [preview.html]);

  useEffect(() => {
    container.current?.setAttribute("data-render-ms", preview.ms.toFixed(2));
  }, [preview.ms]);

  if (!preview.doc) {
    return <p className="text-sm text-ink-soft">L’aperçu apparaîtra dès que les premières réponses seront saisies.</p>;
  }
  return (
    <div>
      <nav aria-label="Sommaire de l’aperçu" className="mb-4 rounded-md border border-line bg-paper p-3 text-sm">
        <p className="font-semibold">Sommaire</p>
        <ol className="mt-1 list-inside list-decimal space-y-0.5">
          {preview.doc.sections.filter((s) => s.number).map((s) => (
            <li key={s.anchor}>
              <a href={`#${s.anchor}`} className="text-accent underline-offset-2 hover:underline">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {/* The engine escapes every user string (lib/policy/render/html.ts). */}
      <div ref={container} className="policy-preview" data-testid="apercu" dangerouslySetInnerHTML={{ __html: preview.html }} />
    </div>
  );
}
