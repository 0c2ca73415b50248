"use client";

import { memo, useEffect, useMemo, useRef } from "react";
import { useWatch, type Control } from "react-hook-form";
import { buildDocument, renderHtmlFragment, renderSectionHtml, type TAnswers, type TDocument } from "@/lib/policy";

function build(answers: TAnswers): { doc: TDocument | null; ms: number } {
  const t0 = performance.now();
  try {
    return { doc: buildDocument(answers), ms: performance.now() - t0 };
  } catch {
    return { doc: null, ms: performance.now() - t0 };
  }
}

/** One section of the preview; re-rendered only when its HTML changes, and then highlighted briefly. */
const PreviewSection = memo(function PreviewSection({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (first.current) {
      first.current = false;
      return;
    }
    el.classList.remove("policy-changed");
    void el.offsetWidth;
    el.classList.add("policy-changed");
  }, [html]);
  // The engine escapes every user string (lib/policy/render/html.ts).
  return <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
});

/**
 * The policy as it will be published, rebuilt in the browser on every change with no server round
 * trip: the same engine and renderer as publishing. Watches the form itself, so a keystroke
 * re-renders this panel and the changed sections only, never the form.
 */
export function LivePreview({ control }: { control: Control<TAnswers> }) {
  const answers = useWatch({ control }) as TAnswers;
  const { doc, ms } = useMemo(() => build(answers), [answers]);
  const head = useMemo(() => (doc ? renderHtmlFragment({ ...doc, sections: [] }, { headingLevel: 2, toc: false }) : ""), [doc]);
  const sections = useMemo(() => doc?.sections.map((s) => ({ anchor: s.anchor, title: s.title, number: s.number, html: renderSectionHtml(s, 3) })) ?? [], [doc]);
  if (!doc) {
    return <p className="text-sm text-ink-soft">L’aperçu apparaîtra dès que les premières réponses seront saisies.</p>;
  }
  return (
    <div>
      <nav aria-label="Sommaire de l’aperçu" className="mb-4 rounded-md border border-line bg-paper p-3 text-sm">
        <p className="font-semibold">Sommaire</p>
        <ol className="mt-1 list-inside list-decimal space-y-0.5">
          {sections.filter((s) => s.number).map((s) => (
            <li key={s.anchor}>
              <a href={`#${s.anchor}`} className="inline-flex min-h-11 items-center text-accent underline-offset-2 hover:underline lg:min-h-0">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="policy-preview" data-testid="apercu" data-render-ms={ms.toFixed(2)}>
        <PreviewSection html={head} />
        {sections.map((s) => (
          <PreviewSection key={s.anchor} html={s.html} />
        ))}
      </div>
    </div>
  );
}
