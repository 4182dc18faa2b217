-- AlterTable
ALTER TABLE "ReceptionRecord" ADD COLUMN     "classification" TEXT,
ADD COLUMN     "handlingMode" TEXT,
ADD COLUMN     "peopleCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "receptionKind" TEXT NOT NULL DEFAULT 'REGULAR',
ADD COLUMN     "repeatVisit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "representativeCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "representatives" TEXT,
ADD COLUMN     "resolvedBefore" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "visitorAddress" TEXT,
ADD COLUMN     "visitorIdNumber" TEXT;
