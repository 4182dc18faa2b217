-- AlterTable
ALTER TABLE "Case" ADD COLUMN "publicAnswer" TEXT;
ALTER TABLE "Case" ADD COLUMN "publicQuestion" TEXT;
ALTER TABLE "Case" ADD COLUMN "publicSearch" TEXT;
ALTER TABLE "Case" ADD COLUMN "publicTitle" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "postedById" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL,
    "minDays" INTEGER NOT NULL DEFAULT 30,
    "takenDownAt" DATETIME,
    "takenDownById" TEXT,
    "takedownReason" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "submissionToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("body", "category", "createdAt", "id", "minDays", "postedAt", "postedById", "takenDownAt", "title", "unitId") SELECT "body", "category", "createdAt", "id", "minDays", "postedAt", "postedById", "takenDownAt", "title", "unitId" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE UNIQUE INDEX "Notice_submissionToken_key" ON "Notice"("submissionToken");
CREATE INDEX "Notice_unitId_category_postedAt_idx" ON "Notice"("unitId", "category", "postedAt");
CREATE INDEX "Notice_unitId_postedAt_id_idx" ON "Notice"("unitId", "postedAt", "id");
CREATE INDEX "Notice_category_postedAt_id_idx" ON "Notice"("category", "postedAt", "id");
CREATE INDEX "Notice_postedAt_id_idx" ON "Notice"("postedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
