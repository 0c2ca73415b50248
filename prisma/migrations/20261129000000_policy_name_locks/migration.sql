-- AlterTable
ALTER TABLE "Policy" ADD COLUMN "titleLocked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "slugLocked" BOOLEAN NOT NULL DEFAULT false;

-- Existing policies: a title or an address that is not one the application generated was chosen by hand.
UPDATE "Policy" SET "titleLocked" = true WHERE "title" NOT LIKE 'Politique — %' AND "title" <> 'Nouvelle politique' AND "title" NOT LIKE 'Copie de %';
UPDATE "Policy" SET "slugLocked" = true WHERE "slug" !~ '^politique-[a-z0-9]{8}$' OR EXISTS (SELECT 1 FROM "PolicySlugRedirect" r WHERE r."policyId" = "Policy"."id");
