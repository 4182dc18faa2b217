-- AlterTable
ALTER TABLE "DialogueSession" ADD COLUMN     "submissionToken" TEXT;

-- AlterTable
ALTER TABLE "ReceptionRecord" ADD COLUMN     "submissionToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DialogueSession_submissionToken_key" ON "DialogueSession"("submissionToken");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionRecord_submissionToken_key" ON "ReceptionRecord"("submissionToken");

