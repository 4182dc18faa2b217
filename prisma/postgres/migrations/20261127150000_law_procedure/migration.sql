-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "identifying" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "acceptRuleId" TEXT,
ADD COLUMN     "demandDiffers" BOOLEAN,
ADD COLUMN     "endGround" TEXT,
ADD COLUMN     "especiallyComplex" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "filingLimitAt" TIMESTAMP(3),
ADD COLUMN     "forwardDueAt" TIMESTAMP(3),
ADD COLUMN     "obstacleDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pausedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "remoteArea" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resolveRuleId" TEXT,
ADD COLUMN     "suspendGround" TEXT,
ADD COLUMN     "withdrawalRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DeadlineRule" ADD COLUMN     "basisArticle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "basisClause" TEXT,
ADD COLUMN     "basisDocument" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "basisStatus" TEXT NOT NULL DEFAULT 'CONFIRMED',
ADD COLUMN     "complexMaxExtensions" INTEGER,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "dialogue" TEXT NOT NULL DEFAULT 'NONE',
ADD COLUMN     "especiallyComplexMaxExtensions" INTEGER,
ADD COLUMN     "pauseOnSuspension" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "sourceNote" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "Holiday" ADD COLUMN     "provisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ProcedureGround" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "basisDocument" TEXT NOT NULL DEFAULT '',
    "basisArticle" TEXT NOT NULL DEFAULT '',
    "basisClause" TEXT,
    "sourceUrl" TEXT,
    "sourceNote" TEXT,
    "basisStatus" TEXT NOT NULL DEFAULT 'CONFIRMED',
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProcedureGround_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProcedureGround_kind_action_idx" ON "ProcedureGround"("kind", "action");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_acceptRuleId_fkey" FOREIGN KEY ("acceptRuleId") REFERENCES "DeadlineRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_resolveRuleId_fkey" FOREIGN KEY ("resolveRuleId") REFERENCES "DeadlineRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data (issue #11): the deadline rules are replaced by the corrected set with
-- structured legal bases (prisma/seed-data/legal-rules.ts), which the seed
-- inserts at the next start (scripts/prepare-db.mjs runs it after migrating).
-- No case refers to the old rows: the columns that do are new in this migration.
DELETE FROM "DeadlineRule";
-- The 2027 Tết and the day next to 2 September 2027 are not officially decided yet.
UPDATE "Holiday" SET "provisional" = true, "source" = 'Dự kiến: chưa có thông báo chính thức của Chính phủ'
  WHERE "date" IN ('2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-09-03');
