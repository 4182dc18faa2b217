-- CreateTable
CREATE TABLE "OnestopRule" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnestopRule_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedurePaper" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,

    CONSTRAINT "ProcedurePaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureStep" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "unitId" TEXT,
    "shareHours" INTEGER NOT NULL,

    CONSTRAINT "ProcedureStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "procedureId" TEXT NOT NULL,
    "deskUnitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "supplementStage" TEXT,
    "intakeSupplements" INTEGER NOT NULL DEFAULT 0,
    "processingSupplements" INTEGER NOT NULL DEFAULT 0,
    "supplementRequestedAt" TIMESTAMP(3),
    "citizenId" TEXT,
    "applicantName" TEXT NOT NULL,
    "applicantEmail" TEXT,
    "applicantPhone" TEXT,
    "applicantAddress" TEXT,
    "details" TEXT,
    "searchText" TEXT NOT NULL,
    "submissionToken" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "checkDueAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3),
    "receivedById" TEXT,
    "dueAt" TIMESTAMP(3),
    "newDueAt" TIMESTAMP(3),
    "nextDueAt" TIMESTAMP(3),
    "currentStep" INTEGER,
    "currentStepUnitId" TEXT,
    "stepDueAt" TIMESTAMP(3),
    "proposedOutcome" TEXT,
    "outcome" TEXT,
    "outcomeReason" TEXT,
    "resultAt" TIMESTAMP(3),
    "timeliness" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnedVia" TEXT,
    "stoppedAt" TIMESTAMP(3),
    "intakeRefusedAt" TIMESTAMP(3),
    "refusalCode" TEXT,
    "refusalReason" TEXT,
    "apologyAt" TIMESTAMP(3),
    "apologyUnitId" TEXT,
    "apologyById" TEXT,
    "apologyReason" TEXT,
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierPaper" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'NOT_PROVIDED',

    CONSTRAINT "DossierPaper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierFile" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "paperId" TEXT,
    "kind" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierStep" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "shareHours" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "note" TEXT,

    CONSTRAINT "DossierStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "unitId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'PUBLIC',
    "note" TEXT,
    "data" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierCounter" (
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierCounter_pkey" PRIMARY KEY ("unitId","day")
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

    CONSTRAINT "DossierStatDaily_pkey" PRIMARY KEY ("unitId","day","procedureId")
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

    CONSTRAINT "DossierStatMonthly_pkey" PRIMARY KEY ("unitId","month","procedureId")
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
CREATE INDEX "DossierStatDaily_day_unitId_procedureId_received_resolvedEa_idx" ON "DossierStatDaily"("day", "unitId", "procedureId", "received", "resolvedEarly", "resolvedOnTime", "resolvedLate", "refused", "stopped", "stoppedLate", "refusedAtIntake", "supplementRequests", "apologies", "due", "finishedByDue", "ratedCount", "ratingSum", "satisfiedCount");

-- CreateIndex
CREATE INDEX "DossierStatMonthly_month_unitId_procedureId_received_resolv_idx" ON "DossierStatMonthly"("month", "unitId", "procedureId", "received", "resolvedEarly", "resolvedOnTime", "resolvedLate", "refused", "stopped", "stoppedLate", "refusedAtIntake", "supplementRequests", "apologies", "due", "finishedByDue", "ratedCount", "ratingSum", "satisfiedCount");

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_agencyUnitId_fkey" FOREIGN KEY ("agencyUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedurePaper" ADD CONSTRAINT "ProcedurePaper_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_deskUnitId_fkey" FOREIGN KEY ("deskUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierPaper" ADD CONSTRAINT "DossierPaper_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "DossierPaper"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierStep" ADD CONSTRAINT "DossierStep_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierStep" ADD CONSTRAINT "DossierStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
