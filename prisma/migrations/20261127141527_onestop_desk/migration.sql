-- CreateTable
CREATE TABLE "OnestopRule" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameSearch" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "fieldName" TEXT NOT NULL,
    "fieldNameEn" TEXT,
    "level" TEXT NOT NULL,
    "agencyUnitId" TEXT,
    "timeUnit" TEXT NOT NULL,
    "timeAmount" INTEGER NOT NULL,
    "feeText" TEXT,
    "resultText" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "onlineAllowed" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Procedure_agencyUnitId_fkey" FOREIGN KEY ("agencyUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcedurePaper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    CONSTRAINT "ProcedurePaper_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcedureStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "unitId" TEXT,
    "shareHours" INTEGER NOT NULL,
    CONSTRAINT "ProcedureStep_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProcedureStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT,
    "procedureId" TEXT NOT NULL,
    "deskUnitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "supplementStage" TEXT,
    "intakeSupplements" INTEGER NOT NULL DEFAULT 0,
    "processingSupplements" INTEGER NOT NULL DEFAULT 0,
    "supplementRequestedAt" DATETIME,
    "citizenId" TEXT,
    "applicantName" TEXT NOT NULL,
    "applicantEmail" TEXT,
    "applicantPhone" TEXT,
    "applicantAddress" TEXT,
    "details" TEXT,
    "searchText" TEXT NOT NULL,
    "submissionToken" TEXT,
    "submittedAt" DATETIME NOT NULL,
    "checkDueAt" DATETIME,
    "receivedAt" DATETIME,
    "receivedById" TEXT,
    "dueAt" DATETIME,
    "newDueAt" DATETIME,
    "nextDueAt" DATETIME,
    "currentStep" INTEGER,
    "currentStepUnitId" TEXT,
    "stepDueAt" DATETIME,
    "proposedOutcome" TEXT,
    "outcome" TEXT,
    "outcomeReason" TEXT,
    "resultAt" DATETIME,
    "timeliness" TEXT,
    "returnedAt" DATETIME,
    "returnedVia" TEXT,
    "stoppedAt" DATETIME,
    "intakeRefusedAt" DATETIME,
    "refusalCode" TEXT,
    "refusalReason" TEXT,
    "apologyAt" DATETIME,
    "apologyUnitId" TEXT,
    "apologyById" TEXT,
    "apologyReason" TEXT,
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Dossier_deskUnitId_fkey" FOREIGN KEY ("deskUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Dossier_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Dossier_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DossierPaper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dossierId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'NOT_PROVIDED',
    CONSTRAINT "DossierPaper_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DossierFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dossierId" TEXT NOT NULL,
    "paperId" TEXT,
    "kind" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DossierFile_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DossierFile_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "DossierPaper" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DossierStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dossierId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "shareHours" INTEGER NOT NULL,
    "dueAt" DATETIME,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "completedById" TEXT,
    "note" TEXT,
    CONSTRAINT "DossierStep_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DossierStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dossierId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "unitId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'PUBLIC',
    "note" TEXT,
    "data" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DossierCounter" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("unitId", "day")
);

-- CreateTable
CREATE TABLE "DossierStatDaily" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
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

    PRIMARY KEY ("unitId", "day", "procedureId")
);

-- CreateTable
CREATE TABLE "DossierStatMonthly" (
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

    PRIMARY KEY ("unitId", "month", "procedureId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE INDEX "Procedure_active_level_nameSearch_idx" ON "Procedure"("active", "level", "nameSearch");

-- CreateIndex
CREATE INDEX "Procedure_fieldCode_idx" ON "Procedure"("fieldCode");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedurePaper_procedureId_position_key" ON "ProcedurePaper"("procedureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureStep_procedureId_position_key" ON "ProcedureStep"("procedureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_submissionToken_key" ON "Dossier"("submissionToken");

-- CreateIndex
CREATE INDEX "Dossier_deskUnitId_status_nextDueAt_id_idx" ON "Dossier"("deskUnitId", "status", "nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Dossier_currentStepUnitId_status_stepDueAt_id_idx" ON "Dossier"("currentStepUnitId", "status", "stepDueAt", "id");

-- CreateIndex
CREATE INDEX "Dossier_unitId_status_nextDueAt_id_idx" ON "Dossier"("unitId", "status", "nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Dossier_citizenId_submittedAt_id_idx" ON "Dossier"("citizenId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Dossier_unitId_searchText_idx" ON "Dossier"("unitId", "searchText");

-- CreateIndex
CREATE INDEX "Dossier_status_dueAt_idx" ON "Dossier"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Dossier_status_supplementRequestedAt_idx" ON "Dossier"("status", "supplementRequestedAt");

-- CreateIndex
CREATE INDEX "Dossier_updatedAt_idx" ON "Dossier"("updatedAt");

-- CreateIndex
CREATE INDEX "Dossier_receivedAt_idx" ON "Dossier"("receivedAt");

-- CreateIndex
CREATE INDEX "Dossier_resultAt_idx" ON "Dossier"("resultAt");

-- CreateIndex
CREATE INDEX "Dossier_stoppedAt_idx" ON "Dossier"("stoppedAt");

-- CreateIndex
CREATE INDEX "Dossier_intakeRefusedAt_idx" ON "Dossier"("intakeRefusedAt");

-- CreateIndex
CREATE INDEX "Dossier_ratedAt_idx" ON "Dossier"("ratedAt");

-- CreateIndex
CREATE INDEX "Dossier_apologyAt_idx" ON "Dossier"("apologyAt");

-- CreateIndex
CREATE INDEX "Dossier_dueAt_idx" ON "Dossier"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "DossierPaper_dossierId_position_key" ON "DossierPaper"("dossierId", "position");

-- CreateIndex
CREATE INDEX "DossierFile_dossierId_idx" ON "DossierFile"("dossierId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierStep_dossierId_position_key" ON "DossierStep"("dossierId", "position");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_createdAt_idx" ON "DossierEvent"("dossierId", "createdAt");

-- CreateIndex
CREATE INDEX "DossierEvent_type_createdAt_idx" ON "DossierEvent"("type", "createdAt");

-- CreateIndex
CREATE INDEX "DossierStatDaily_day_unitId_procedureId_received_resolvedEarly_resolvedOnTime_resolvedLate_refused_stopped_stoppedLate_refusedAtIntake_supplementRequests_apologies_due_finishedByDue_ratedCount_ratingSum_satisfiedCount_idx" ON "DossierStatDaily"("day", "unitId", "procedureId", "received", "resolvedEarly", "resolvedOnTime", "resolvedLate", "refused", "stopped", "stoppedLate", "refusedAtIntake", "supplementRequests", "apologies", "due", "finishedByDue", "ratedCount", "ratingSum", "satisfiedCount");

-- CreateIndex
CREATE INDEX "DossierStatMonthly_month_unitId_procedureId_received_resolvedEarly_resolvedOnTime_resolvedLate_refused_stopped_stoppedLate_refusedAtIntake_supplementRequests_apologies_due_finishedByDue_ratedCount_ratingSum_satisfiedCount_idx" ON "DossierStatMonthly"("month", "unitId", "procedureId", "received", "resolvedEarly", "resolvedOnTime", "resolvedLate", "refused", "stopped", "stoppedLate", "refusedAtIntake", "supplementRequests", "apologies", "due", "finishedByDue", "ratedCount", "ratingSum", "satisfiedCount");
