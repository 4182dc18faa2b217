-- CreateTable
CREATE TABLE "DemocracyRule" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ratioNum" INTEGER,
    "ratioDen" INTEGER,
    "ratioStrict" BOOLEAN NOT NULL DEFAULT false,
    "days" INTEGER,
    "dayType" TEXT,
    "secretBallot" BOOLEAN NOT NULL DEFAULT false,
    "onlineBallot" BOOLEAN NOT NULL DEFAULT false,
    "document" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "clause" TEXT,
    "source" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DemocracyRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentArea" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "importedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResidentArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdVoter" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "userId" TEXT,

    CONSTRAINT "HouseholdVoter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocracyMatter" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "areaId" TEXT,
    "ruleId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "meetingPlace" TEXT,
    "thresholdNum" INTEGER NOT NULL,
    "thresholdDen" INTEGER NOT NULL,
    "thresholdStrict" BOOLEAN NOT NULL,
    "quorumNum" INTEGER,
    "quorumDen" INTEGER,
    "quorumStrict" BOOLEAN NOT NULL DEFAULT true,
    "electorate" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "meetingPresent" INTEGER,
    "meetingFor" INTEGER,
    "meetingAgainst" INTEGER,
    "result" TEXT,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "turnout" INTEGER,
    "closedAt" TIMESTAMP(3),
    "noticeId" TEXT,
    "decisionRef" TEXT,
    "decisionText" TEXT,
    "decidedAt" TIMESTAMP(3),
    "openedById" TEXT NOT NULL,
    "submissionToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DemocracyMatter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocracyElector" (
    "matterId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,

    CONSTRAINT "DemocracyElector_pkey" PRIMARY KEY ("matterId","householdId")
);

-- CreateTable
CREATE TABLE "DemocracyVote" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "castById" TEXT NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL,
    "changedAt" TIMESTAMP(3),
    "changes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DemocracyVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocracyBallot" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "householdId" TEXT,
    "boxKey" TEXT,

    CONSTRAINT "DemocracyBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocracyDocument" (
    "id" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "matterId" TEXT,
    "consultationId" TEXT,
    "recommendationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemocracyDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "publishedAt" TIMESTAMP(3),
    "noticeId" TEXT,
    "decisionRef" TEXT,
    "decisionText" TEXT,
    "decidedAt" TIMESTAMP(3),
    "openedById" TEXT NOT NULL,
    "submissionToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "moderation" TEXT NOT NULL DEFAULT 'PENDING',
    "rejectReason" TEXT,
    "moderatedById" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "groupId" TEXT,
    "submissionToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationGroup" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "answer" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionBoard" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "project" TEXT,
    "termFrom" TIMESTAMP(3),
    "termTo" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionBoard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionMember" (
    "boardId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" TIMESTAMP(3),

    CONSTRAINT "SupervisionMember_pkey" PRIMARY KEY ("boardId","userId")
);

-- CreateTable
CREATE TABLE "SupervisionPlan" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "activityFrom" TIMESTAMP(3) NOT NULL,
    "activityTo" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRecommendation" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "sentById" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredOnTime" BOOLEAN,
    "submissionToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocracyConference" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "announceBy" TIMESTAMP(3) NOT NULL,
    "reportDueAt" TIMESTAMP(3) NOT NULL,
    "reportNoticeId" TEXT,
    "reportedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemocracyConference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DemocracyRule_kind_code_idx" ON "DemocracyRule"("kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentArea_unitId_name_key" ON "ResidentArea"("unitId", "name");

-- CreateIndex
CREATE INDEX "Household_areaId_active_code_idx" ON "Household"("areaId", "active", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Household_areaId_code_key" ON "Household"("areaId", "code");

-- CreateIndex
CREATE INDEX "HouseholdVoter_householdId_idx" ON "HouseholdVoter"("householdId");

-- CreateIndex
CREATE INDEX "HouseholdVoter_userId_idx" ON "HouseholdVoter"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DemocracyMatter_submissionToken_key" ON "DemocracyMatter"("submissionToken");

-- CreateIndex
CREATE INDEX "DemocracyMatter_unitId_opensAt_id_idx" ON "DemocracyMatter"("unitId", "opensAt", "id");

-- CreateIndex
CREATE INDEX "DemocracyMatter_unitId_closedAt_idx" ON "DemocracyMatter"("unitId", "closedAt");

-- CreateIndex
CREATE INDEX "DemocracyMatter_areaId_status_idx" ON "DemocracyMatter"("areaId", "status");

-- CreateIndex
CREATE INDEX "DemocracyElector_householdId_idx" ON "DemocracyElector"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "DemocracyVote_matterId_householdId_key" ON "DemocracyVote"("matterId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "DemocracyBallot_boxKey_key" ON "DemocracyBallot"("boxKey");

-- CreateIndex
CREATE INDEX "DemocracyBallot_matterId_choice_idx" ON "DemocracyBallot"("matterId", "choice");

-- CreateIndex
CREATE INDEX "DemocracyBallot_matterId_householdId_idx" ON "DemocracyBallot"("matterId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "DemocracyDocument_attachmentId_key" ON "DemocracyDocument"("attachmentId");

-- CreateIndex
CREATE INDEX "DemocracyDocument_matterId_idx" ON "DemocracyDocument"("matterId");

-- CreateIndex
CREATE INDEX "DemocracyDocument_consultationId_idx" ON "DemocracyDocument"("consultationId");

-- CreateIndex
CREATE INDEX "DemocracyDocument_recommendationId_idx" ON "DemocracyDocument"("recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_submissionToken_key" ON "Consultation"("submissionToken");

-- CreateIndex
CREATE INDEX "Consultation_unitId_opensAt_id_idx" ON "Consultation"("unitId", "opensAt", "id");

-- CreateIndex
CREATE INDEX "Consultation_unitId_closesAt_idx" ON "Consultation"("unitId", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationComment_submissionToken_key" ON "ConsultationComment"("submissionToken");

-- CreateIndex
CREATE INDEX "ConsultationComment_consultationId_createdAt_id_idx" ON "ConsultationComment"("consultationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ConsultationComment_authorId_createdAt_idx" ON "ConsultationComment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationComment_groupId_idx" ON "ConsultationComment"("groupId");

-- CreateIndex
CREATE INDEX "ConsultationGroup_consultationId_sortOrder_idx" ON "ConsultationGroup"("consultationId", "sortOrder");

-- CreateIndex
CREATE INDEX "SupervisionBoard_unitId_kind_idx" ON "SupervisionBoard"("unitId", "kind");

-- CreateIndex
CREATE INDEX "SupervisionMember_userId_idx" ON "SupervisionMember"("userId");

-- CreateIndex
CREATE INDEX "SupervisionPlan_boardId_activityFrom_idx" ON "SupervisionPlan"("boardId", "activityFrom");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionRecommendation_submissionToken_key" ON "SupervisionRecommendation"("submissionToken");

-- CreateIndex
CREATE INDEX "SupervisionRecommendation_unitId_status_dueAt_idx" ON "SupervisionRecommendation"("unitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "SupervisionRecommendation_unitId_sentAt_idx" ON "SupervisionRecommendation"("unitId", "sentAt");

-- CreateIndex
CREATE INDEX "SupervisionRecommendation_boardId_sentAt_id_idx" ON "SupervisionRecommendation"("boardId", "sentAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DemocracyConference_sessionId_key" ON "DemocracyConference"("sessionId");

-- CreateIndex
CREATE INDEX "DemocracyConference_unitId_year_idx" ON "DemocracyConference"("unitId", "year");

-- AddForeignKey
ALTER TABLE "ResidentArea" ADD CONSTRAINT "ResidentArea_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdVoter" ADD CONSTRAINT "HouseholdVoter_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdVoter" ADD CONSTRAINT "HouseholdVoter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyMatter" ADD CONSTRAINT "DemocracyMatter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyMatter" ADD CONSTRAINT "DemocracyMatter_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyMatter" ADD CONSTRAINT "DemocracyMatter_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "DemocracyRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyElector" ADD CONSTRAINT "DemocracyElector_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "DemocracyMatter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyElector" ADD CONSTRAINT "DemocracyElector_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyVote" ADD CONSTRAINT "DemocracyVote_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "DemocracyMatter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyVote" ADD CONSTRAINT "DemocracyVote_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyBallot" ADD CONSTRAINT "DemocracyBallot_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "DemocracyMatter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyDocument" ADD CONSTRAINT "DemocracyDocument_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "DemocracyMatter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyDocument" ADD CONSTRAINT "DemocracyDocument_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemocracyDocument" ADD CONSTRAINT "DemocracyDocument_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "SupervisionRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "DemocracyRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ConsultationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationGroup" ADD CONSTRAINT "ConsultationGroup_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionBoard" ADD CONSTRAINT "SupervisionBoard_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMember" ADD CONSTRAINT "SupervisionMember_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "SupervisionBoard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMember" ADD CONSTRAINT "SupervisionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPlan" ADD CONSTRAINT "SupervisionPlan_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "SupervisionBoard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecommendation" ADD CONSTRAINT "SupervisionRecommendation_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "SupervisionBoard"("id") ON DELETE CASCADE ON UPDATE CASCADE;
