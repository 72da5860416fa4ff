// The project descriptors Q4a reports: organization, type, RRH subtype, Coordinated Entry access
// point and residential affiliation as in effect for the period, CoC codes and geocodes.
// Parameters: $1 report start, $2 report end, $3 project IDs.
export type ProjectInfo = {
  projectId: string;
  projectName: string;
  organizationId: string;
  organizationName: string;
  victimServiceProvider: number;
  projectType: number;
  rrhSubType: number | null;
  residentialAffiliation: number | null;
  ceAccessPoint: number | null;
  affiliatedProjectIds: string[];
  cocCodes: string[];
  geocodes: string[];
  /** Funding sources (2.06) in effect during the period. */
  funders: number[];
};

// CE participation (2.09) as of the operating end date when the project closed in the period,
// else as of the report end date; the latest record when several apply.
export const projectInfoQuery = `
SELECT p.project_id, p.project_name, p.project_type, p.rrh_sub_type, p.residential_affiliation,
       o.organization_id, o.organization_name, o.victim_service_provider,
       (SELECT ce.access_point FROM ce_participation ce
         WHERE ce.project_id = p.project_id AND ce.date_deleted IS NULL
           AND ce.ce_participation_status_start_date <= eff.d
           AND (ce.ce_participation_status_end_date IS NULL OR ce.ce_participation_status_end_date >= eff.d)
         ORDER BY ce.ce_participation_status_end_date DESC NULLS FIRST, ce.ce_participation_status_start_date DESC,
                  ce.date_updated DESC
         LIMIT 1) AS ce_access_point,
       coalesce((SELECT array_agg(a.res_project_id ORDER BY a.res_project_id) FROM affiliation a
                 WHERE a.project_id = p.project_id AND a.date_deleted IS NULL), '{}') AS affiliated,
       coalesce((SELECT array_agg(pc.coc_code ORDER BY pc.coc_code) FROM project_coc pc
                 WHERE pc.project_id = p.project_id AND pc.date_deleted IS NULL), '{}') AS coc_codes,
       coalesce((SELECT array_agg(pc.geocode ORDER BY pc.coc_code) FROM project_coc pc
                 WHERE pc.project_id = p.project_id AND pc.date_deleted IS NULL), '{}') AS geocodes,
       coalesce((SELECT array_agg(DISTINCT f.funder) FROM funder f
                 WHERE f.project_id = p.project_id AND f.date_deleted IS NULL
                   AND f.start_date <= $2::date AND (f.end_date IS NULL OR f.end_date >= $1::date)), '{}') AS funders
FROM project p
JOIN organization o ON o.organization_id = p.organization_id
CROSS JOIN LATERAL (
  SELECT CASE WHEN p.operating_end_date >= $1::date AND p.operating_end_date < $2::date
              THEN p.operating_end_date ELSE $2::date END AS d) eff
WHERE p.project_id = ANY($3::varchar[]) AND p.date_deleted IS NULL
ORDER BY p.project_name, p.project_id`;

export function toProjectInfo(r: Record<string, unknown>): ProjectInfo {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    projectId: String(r.project_id),
    projectName: String(r.project_name),
    organizationId: String(r.organization_id),
    organizationName: String(r.organization_name),
    victimServiceProvider: Number(r.victim_service_provider),
    projectType: Number(r.project_type),
    rrhSubType: n(r.rrh_sub_type),
    residentialAffiliation: n(r.residential_affiliation),
    ceAccessPoint: n(r.ce_access_point),
    affiliatedProjectIds: (r.affiliated as string[]) ?? [],
    cocCodes: (r.coc_codes as string[]) ?? [],
    geocodes: (r.geocodes as string[]) ?? [],
    funders: ((r.funders as number[]) ?? []).map(Number),
  };
}
