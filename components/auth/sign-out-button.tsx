"use client";

import { signOut } from "next-auth/react";
import { buttonClass } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <button type="button" className={buttonClass.ghost} onClick={() => signOut({ callbackUrl: "/" })}>
      Se déconnecter
    </button>
  );
}
