-- CreateIndex
CREATE INDEX "Case_submittedAt_id_idx" ON "Case"("submittedAt", "id");
