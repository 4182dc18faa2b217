-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "pendingToken" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "appealReason" TEXT,
ADD COLUMN     "declineCode" TEXT,
ADD COLUMN     "resolutionProposedById" TEXT;

-- CreateIndex
CREATE INDEX "Attachment_pendingToken_idx" ON "Attachment"("pendingToken");
