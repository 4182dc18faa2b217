-- CreateTable
CREATE TABLE "DossierStatBalance" (
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolvedEarly" INTEGER NOT NULL DEFAULT 0,
    "resolvedOnTime" INTEGER NOT NULL DEFAULT 0,
    "resolvedLate" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "stopped" INTEGER NOT NULL DEFAULT 0,
    "stoppedLate" INTEGER NOT NULL DEFAULT 0,
    "refusedAtIntake" INTEGER NOT NULL DEFAULT 0,
    "supplementRequests" INTEGER NOT NULL DEFAULT 0,
    "apologies" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "finishedByDue" INTEGER NOT NULL DEFAULT 0,
    "ratedCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "satisfiedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierStatBalance_pkey" PRIMARY KEY ("month","unitId","procedureId")
);

-- CreateIndex
CREATE INDEX "DossierStatBalance_unitId_procedureId_month_idx" ON "DossierStatBalance"("unitId", "procedureId", "month");

