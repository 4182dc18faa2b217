-- AlterTable
ALTER TABLE "StatDaily" ADD COLUMN     "declined" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawn" INTEGER NOT NULL DEFAULT 0;

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

    CONSTRAINT "StatMonthly_pkey" PRIMARY KEY ("unitId","month","kind","categoryId")
);

-- CreateIndex
CREATE INDEX "StatMonthly_month_idx" ON "StatMonthly"("month");

-- CreateIndex
CREATE INDEX "Case_updatedAt_idx" ON "Case"("updatedAt");

-- AddForeignKey
ALTER TABLE "StatMonthly" ADD CONSTRAINT "StatMonthly_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
