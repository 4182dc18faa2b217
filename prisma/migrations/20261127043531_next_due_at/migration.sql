-- AlterTable
ALTER TABLE "Case" ADD COLUMN "nextDueAt" DATETIME;

-- CreateIndex
CREATE INDEX "Case_unitId_nextDueAt_id_idx" ON "Case"("unitId", "nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Case_assigneeId_nextDueAt_id_idx" ON "Case"("assigneeId", "nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Case_nextDueAt_idx" ON "Case"("nextDueAt");
