"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { templateAnswers } from "@/lib/policy";
import { SERVICE_KIND_LABELS } from "@/lib/policy/labels";
import { typo } from "@/lib/policy/text/typography";
import { zServiceKind } from "@/lib/policy/vocabulary";
import { action, formAction } from "@/lib/server/action";
import { createPolicy } from "@/lib/server/create-policy";
import { deletePolicy } from "@/lib/server/delete-policy";
import { duplicatePolicy } from "@/lib/server/duplicate-policy";
import { renamePolicy } from "@/lib/server/rename-policy";
import { zPolicyId, zRenamePolicy } from "@/lib/validation/policy";

const zIdOnly = z.object({ id: zPolicyId });

/** Creates a draft from a business-kind template (or a blank one) and opens it in the wizard. */
const zCreate = z.object({ kind: zServiceKind.optional() });

export const createPolicyAction = formAction<typeof zCreate, object>(zCreate, async ({ kind }, { userId }) => {
  const draft = kind ? templateAnswers(kind) : undefined;
  const title = kind ? `Politique — ${typo(SERVICE_KIND_LABELS[kind])}` : undefined;
  const { id } = await createPolicy({ ownerId: userId, title, draft });
  redirect(`/policies/${id}/edit`);
}, "createPolicyAction");

export const renamePolicyAction = action(zRenamePolicy, async ({ id, title }, { userId }) => {
  await renamePolicy(userId, id, title);
  return { ok: true };
}, "renamePolicyAction");

export const duplicatePolicyAction = action(zIdOnly, async ({ id }, { userId }) => {
  const copy = await duplicatePolicy(userId, id);
  return { ok: true, id: copy.id };
}, "duplicatePolicyAction");

export const deletePolicyAction = action(zIdOnly, async ({ id }, { userId }) => {
  await deletePolicy(userId, id);
  return { ok: true };
}, "deletePolicyAction");
