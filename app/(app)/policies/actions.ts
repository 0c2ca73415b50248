"use server";

import { redirect } from "next/navigation";
import { createPolicy } from "@/lib/server/create-policy";
import { requireUser } from "@/lib/server/current-user";

export async function createPolicyAction(): Promise<void> {
  const user = await requireUser("/policies");
  const { id } = await createPolicy({ ownerId: user.id });
  redirect(`/policies/${id}/edit`);
}
