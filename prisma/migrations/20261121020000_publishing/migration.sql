-- AlterTable
ALTER TABLE "Policy" ADD COLUMN "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PolicySlugRedirect" (
    "slug" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicySlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "PolicySlugRedirect_policyId_idx" ON "PolicySlugRedirect"("policyId");

-- AddForeignKey
ALTER TABLE "PolicySlugRedirect" ADD CONSTRAINT "PolicySlugRedirect_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
