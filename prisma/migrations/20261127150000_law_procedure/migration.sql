-- CreateTable
CREATE TABLE "ProcedureGround" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "caseId" TEXT,
    "eventId" TEXT,
    "mediationId" TEXT,
    "noticeId" TEXT,
    "pendingToken" TEXT,
    "identifying" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_mediationId_fkey" FOREIGN KEY ("mediationId") REFERENCES "Mediation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attachment" ("caseId", "createdAt", "eventId", "fileName", "id", "mediationId", "mimeType", "noticeId", "pendingToken", "sha256", "size", "storageKey", "uploadedById") SELECT "caseId", "createdAt", "eventId", "fileName", "id", "mediationId", "mimeType", "noticeId", "pendingToken", "sha256", "size", "storageKey", "uploadedById" FROM "Attachment";
DROP TABLE "Attachment";
ALTER TABLE "new_Attachment" RENAME TO "Attachment";
CREATE INDEX "Attachment_caseId_idx" ON "Attachment"("caseId");
CREATE INDEX "Attachment_pendingToken_idx" ON "Attachment"("pendingToken");
CREATE INDEX "Attachment_eventId_idx" ON "Attachment"("eventId");
CREATE INDEX "Attachment_mediationId_idx" ON "Attachment"("mediationId");
CREATE INDEX "Attachment_noticeId_idx" ON "Attachment"("noticeId");
CREATE TABLE "new_Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusBeforeInfo" TEXT,
    "instance" INTEGER NOT NULL DEFAULT 1,
    "unitId" TEXT NOT NULL,
    "originUnitId" TEXT NOT NULL,
    "categoryId" TEXT,
    "citizenId" TEXT,
    "assigneeId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "secretHash" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "locationText" TEXT,
    "decisionText" TEXT,
    "learnedAt" DATETIME,
    "denouncedText" TEXT,
    "searchText" TEXT NOT NULL,
    "submissionToken" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptDueAt" DATETIME,
    "acceptedAt" DATETIME,
    "dueAt" DATETIME,
    "originalDueAt" DATETIME,
    "nextDueAt" DATETIME,
    "extensionCount" INTEGER NOT NULL DEFAULT 0,
    "complex" BOOLEAN NOT NULL DEFAULT false,
    "especiallyComplex" BOOLEAN NOT NULL DEFAULT false,
    "pausedAt" DATETIME,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "acceptRuleId" TEXT,
    "resolveRuleId" TEXT,
    "remoteArea" BOOLEAN NOT NULL DEFAULT false,
    "forwardDueAt" DATETIME,
    "demandDiffers" BOOLEAN,
    "obstacleDays" INTEGER NOT NULL DEFAULT 0,
    "filingLimitAt" DATETIME,
    "suspendGround" TEXT,
    "endGround" TEXT,
    "withdrawalRequestedAt" DATETIME,
    "resolutionText" TEXT,
    "resolutionProposedAt" DATETIME,
    "resolvedAt" DATETIME,
    "resolvedOnTime" BOOLEAN,
    "appealDueAt" DATETIME,
    "closedAt" DATETIME,
    "declineReason" TEXT,
    "declineCode" TEXT,
    "resolutionProposedById" TEXT,
    "appealReason" TEXT,
    "satisfaction" INTEGER,
    "satisfactionComment" TEXT,
    "publishConsent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "publicTitle" TEXT,
    "publicQuestion" TEXT,
    "publicAnswer" TEXT,
    "publicSearch" TEXT,
    "appealOfId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_originUnitId_fkey" FOREIGN KEY ("originUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_acceptRuleId_fkey" FOREIGN KEY ("acceptRuleId") REFERENCES "DeadlineRule" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_resolveRuleId_fkey" FOREIGN KEY ("resolveRuleId") REFERENCES "DeadlineRule" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_appealOfId_fkey" FOREIGN KEY ("appealOfId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("acceptDueAt", "acceptedAt", "anonymous", "appealDueAt", "appealOfId", "appealReason", "assigneeId", "categoryId", "channel", "citizenId", "closedAt", "code", "complex", "contactEmail", "contactName", "contactPhone", "createdAt", "decisionText", "declineCode", "declineReason", "denouncedText", "description", "dueAt", "extensionCount", "id", "instance", "kind", "learnedAt", "locationText", "nextDueAt", "originUnitId", "originalDueAt", "pausedAt", "publicAnswer", "publicQuestion", "publicSearch", "publicTitle", "publishConsent", "publishedAt", "receivedAt", "resolutionProposedAt", "resolutionProposedById", "resolutionText", "resolvedAt", "resolvedOnTime", "satisfaction", "satisfactionComment", "searchText", "secretHash", "status", "statusBeforeInfo", "submissionToken", "submittedAt", "title", "unitId", "updatedAt", "version") SELECT "acceptDueAt", "acceptedAt", "anonymous", "appealDueAt", "appealOfId", "appealReason", "assigneeId", "categoryId", "channel", "citizenId", "closedAt", "code", "complex", "contactEmail", "contactName", "contactPhone", "createdAt", "decisionText", "declineCode", "declineReason", "denouncedText", "description", "dueAt", "extensionCount", "id", "instance", "kind", "learnedAt", "locationText", "nextDueAt", "originUnitId", "originalDueAt", "pausedAt", "publicAnswer", "publicQuestion", "publicSearch", "publicTitle", "publishConsent", "publishedAt", "receivedAt", "resolutionProposedAt", "resolutionProposedById", "resolutionText", "resolvedAt", "resolvedOnTime", "satisfaction", "satisfactionComment", "searchText", "secretHash", "status", "statusBeforeInfo", "submissionToken", "submittedAt", "title", "unitId", "updatedAt", "version" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE UNIQUE INDEX "Case_code_key" ON "Case"("code");
CREATE UNIQUE INDEX "Case_submissionToken_key" ON "Case"("submissionToken");
CREATE UNIQUE INDEX "Case_appealOfId_key" ON "Case"("appealOfId");
CREATE INDEX "Case_unitId_status_dueAt_id_idx" ON "Case"("unitId", "status", "dueAt", "id");
CREATE INDEX "Case_unitId_nextDueAt_id_idx" ON "Case"("unitId", "nextDueAt", "id");
CREATE INDEX "Case_assigneeId_nextDueAt_id_idx" ON "Case"("assigneeId", "nextDueAt", "id");
CREATE INDEX "Case_nextDueAt_idx" ON "Case"("nextDueAt");
CREATE INDEX "Case_unitId_submittedAt_id_idx" ON "Case"("unitId", "submittedAt", "id");
CREATE INDEX "Case_assigneeId_status_dueAt_id_idx" ON "Case"("assigneeId", "status", "dueAt", "id");
CREATE INDEX "Case_citizenId_submittedAt_id_idx" ON "Case"("citizenId", "submittedAt", "id");
CREATE INDEX "Case_citizenId_status_submittedAt_id_idx" ON "Case"("citizenId", "status", "submittedAt", "id");
CREATE INDEX "Case_status_dueAt_idx" ON "Case"("status", "dueAt");
CREATE INDEX "Case_status_appealDueAt_idx" ON "Case"("status", "appealDueAt");
CREATE INDEX "Case_unitId_searchText_idx" ON "Case"("unitId", "searchText");
CREATE INDEX "Case_publishedAt_id_idx" ON "Case"("publishedAt", "id");
CREATE INDEX "Case_updatedAt_idx" ON "Case"("updatedAt");
CREATE INDEX "Case_submittedAt_id_idx" ON "Case"("submittedAt", "id");
CREATE TABLE "new_DeadlineRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "instance" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "dayType" TEXT NOT NULL,
    "complexDays" INTEGER,
    "remoteDays" INTEGER,
    "remoteComplexDays" INTEGER,
    "maxExtensions" INTEGER NOT NULL DEFAULT 0,
    "complexMaxExtensions" INTEGER,
    "especiallyComplexMaxExtensions" INTEGER,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "pauseOnNeedsInfo" BOOLEAN NOT NULL DEFAULT false,
    "pauseOnSuspension" BOOLEAN NOT NULL DEFAULT true,
    "dialogue" TEXT NOT NULL DEFAULT 'NONE',
    "legalBasis" TEXT NOT NULL,
    "basisDocument" TEXT NOT NULL DEFAULT '',
    "basisArticle" TEXT NOT NULL DEFAULT '',
    "basisClause" TEXT,
    "sourceUrl" TEXT,
    "sourceNote" TEXT,
    "basisStatus" TEXT NOT NULL DEFAULT 'CONFIRMED',
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_DeadlineRule" ("complexDays", "dayType", "days", "extensionDays", "id", "instance", "kind", "legalBasis", "maxExtensions", "pauseOnNeedsInfo", "remoteComplexDays", "remoteDays", "stage", "updatedAt", "validFrom", "validTo") SELECT "complexDays", "dayType", "days", "extensionDays", "id", "instance", "kind", "legalBasis", "maxExtensions", "pauseOnNeedsInfo", "remoteComplexDays", "remoteDays", "stage", "updatedAt", "validFrom", "validTo" FROM "DeadlineRule";
DROP TABLE "DeadlineRule";
ALTER TABLE "new_DeadlineRule" RENAME TO "DeadlineRule";
CREATE INDEX "DeadlineRule_kind_stage_idx" ON "DeadlineRule"("kind", "stage");
CREATE TABLE "new_Holiday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HOLIDAY',
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Holiday" ("date", "id", "nameEn", "nameVi", "type") SELECT "date", "id", "nameEn", "nameVi", "type" FROM "Holiday";
DROP TABLE "Holiday";
ALTER TABLE "new_Holiday" RENAME TO "Holiday";
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProcedureGround_kind_action_idx" ON "ProcedureGround"("kind", "action");

-- Data (issue #11): the deadline rules are replaced by the corrected set with
-- structured legal bases (prisma/seed-data/legal-rules.ts), which the seed
-- inserts at the next start (scripts/prepare-db.mjs runs it after migrating).
-- No case refers to the old rows: the columns that do are new in this migration.
DELETE FROM "DeadlineRule";
-- The 2027 Tết and the day next to 2 September 2027 are not officially decided yet.
UPDATE "Holiday" SET "provisional" = true, "source" = 'Dự kiến: chưa có thông báo chính thức của Chính phủ'
  WHERE "date" IN ('2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-09-03');
