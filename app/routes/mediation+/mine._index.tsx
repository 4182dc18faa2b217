import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { mediationsOfParty } from "~/modules/mediation/lists.server";
import { pageMeta } from "~/utils/meta";
import { MediationTable } from "./__mediation-table";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A citizen's mediations: those they are a party to. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.role !== "CITIZEN") throw redirect("/mediation");
  const [mediations, t] = await Promise.all([mediationsOfParty(user.id), getT(request)]);
  return json({ title: t("mediation.myHeading"), mediations });
}

export default function MyMediations() {
  const { t } = useTranslation();
  const { mediations } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="my-mediations-title">
      <PageHeader
        titleId="my-mediations-title"
        title={t("mediation.myHeading")}
        subtitle={t("mediation.myIntro")}
        actions={
          <Link to="/mediation/request" className="button primary">
            {t("mediation.requestLink")}
          </Link>
        }
      />
      <MediationTable
        caption={t("mediation.myHeading")}
        rows={mediations}
        empty={t("mediation.myNone")}
        rowKey={(m) => m.code}
        href={(m) => `/mediation/mine/${m.code}`}
        place={{
          label: t("mediation.team"),
          cell: (m) => (
            <>
              {m.team.areaName}, {m.team.unit.name}
            </>
          ),
        }}
        extra={{ label: t("mediation.role"), cell: (m) => t(`mediation.partyRoles.${m.role}`) }}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
