-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "publicAnswer" TEXT,
ADD COLUMN     "publicQuestion" TEXT,
ADD COLUMN     "publicSearch" TEXT,
ADD COLUMN     "publicTitle" TEXT;

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "submissionToken" TEXT,
ADD COLUMN     "takedownReason" TEXT,
ADD COLUMN     "takenDownById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Notice_submissionToken_key" ON "Notice"("submissionToken");

-- CreateIndex
CREATE INDEX "Notice_unitId_postedAt_id_idx" ON "Notice"("unitId", "postedAt", "id");

-- CreateIndex
CREATE INDEX "Notice_category_postedAt_id_idx" ON "Notice"("category", "postedAt", "id");

-- CreateIndex
CREATE INDEX "Notice_postedAt_id_idx" ON "Notice"("postedAt", "id");

