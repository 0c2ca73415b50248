"use client";

import { signIn } from "next-auth/react";
import { buttonClass } from "@/components/ui/button";

export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (!providers.length) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-line pt-6">
      {providers.map((p) => (
        <button key={p.id} type="button" className={`${buttonClass.secondary} w-full`} onClick={() => signIn(p.id, { callbackUrl })}>
          Continuer avec {p.name}
        </button>
      ))}
    </div>
  );
}
