-- AlterTable
ALTER TABLE "Mediation" ADD COLUMN "outcomeDays" INTEGER;
ALTER TABLE "Mediation" ADD COLUMN "submissionToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Mediation_submissionToken_key" ON "Mediation"("submissionToken");

-- CreateIndex
CREATE INDEX "Mediation_teamId_openedAt_id_idx" ON "Mediation"("teamId", "openedAt", "id");

-- CreateIndex
CREATE INDEX "MediationFollowUp_mediationId_checkedAt_idx" ON "MediationFollowUp"("mediationId", "checkedAt");

