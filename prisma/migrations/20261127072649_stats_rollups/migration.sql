-- CreateTable
CREATE TABLE "StatMonthly" (
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "month", "kind", "categoryId"),
    CONSTRAINT "StatMonthly_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StatDaily" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL DEFAULT '',
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "resolveDaysSum" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "day", "kind", "categoryId"),
    CONSTRAINT "StatDaily_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_StatDaily" ("categoryId", "day", "kind", "ratedCount", "ratingSum", "received", "resolveDaysSum", "resolved", "resolvedOnTime", "satisfiedCount", "unitId") SELECT "categoryId", "day", "kind", "ratedCount", "ratingSum", "received", "resolveDaysSum", "resolved", "resolvedOnTime", "satisfiedCount", "unitId" FROM "StatDaily";
DROP TABLE "StatDaily";
ALTER TABLE "new_StatDaily" RENAME TO "StatDaily";
CREATE INDEX "StatDaily_day_idx" ON "StatDaily"("day");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StatMonthly_month_idx" ON "StatMonthly"("month");

-- CreateIndex
CREATE INDEX "Case_updatedAt_idx" ON "Case"("updatedAt");
