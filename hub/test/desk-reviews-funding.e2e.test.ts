import { describe, expect, it } from '@jest/globals';
import type { RecordDeskReviewInput } from './generated/graphql.js';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

const RECOMMENDED_NOT_FUNDED = graphql(`query DeskReviewsOf2025 {
  meetings(filter: { kinds: [DESK_SINKRONISASI], from: "2025-01-01", to: "2025-12-31" }, first: 100) {
    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }
  }
}`);

const RECORD = graphql(`mutation DeskReviewRecord($input: RecordDeskReviewInput!) {
  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }
}`);

/** The 2025 desks with their reviews, as the DIRECTORATE reads them (desk reviews are restricted). */
async function desksOf2025(headers: Record<string, string>) {
  const { data, errors } = await fixture.send(headers, RECOMMENDED_NOT_FUNDED);
  expect(errors).toBeUndefined();
  return data!.meetings!.nodes.map((meeting) => ({ ...meeting, deskReviews: meeting.deskReviews! }));
}

describe('desk reviews that lead to funding', () => {
  it('answers "recommended at a desk in 2025 but not funded" in one query', async () => {
    const directorate = bearer(await fixture.token({ roles: ['DIRECTORATE'] }));
    const reviews = (await desksOf2025(directorate)).flatMap((m) => m.deskReviews);
    const recommended = reviews.filter((r) => r.recommendation === 'PRIORITY');
    const unfunded = recommended.filter((r) => r.proposal!.funded.units === 0);
    const funded = recommended.filter((r) => r.proposal!.funded.units > 0);
    expect(unfunded.length).toBeGreaterThan(0);
    expect(funded.length).toBeGreaterThan(0);
    // The demo funds exactly the approved proposals, as proposed.
    for (const review of funded) expect(review.proposal).toMatchObject({ status: 'APPROVED', funded: { modeled: true } });
    for (const review of unfunded) expect(review.proposal!.status).not.toBe('APPROVED');
  });

  it('records a desk review for a BP3KP of the work area, idempotently, and refuses others', async () => {
    const directorate = bearer(await fixture.token({ roles: ['DIRECTORATE'] }));
    const desk = (await desksOf2025(directorate)).find((m) => m.deskReviews.length > 0)!;
    const review = desk.deskReviews[0]!;
    const proposalId = review.proposal!.id;
    const regencyCode = review.regency!.code;
    const provinceCode = regencyCode.slice(0, 2);
    // The unit that held the desk: its work area is every province the desk reviewed.
    const workArea = [...new Set(desk.deskReviews.map((r) => r.regency!.code.slice(0, 2)))];
    const otherProvince = workArea.includes('53') ? '52' : '53';
    const input: RecordDeskReviewInput = {
      meetingId: desk.id,
      proposalId,
      regencyCode,
      scheme: 'BSPS',
      fiscalYear: 2026,
      proposedUnits: 300,
      recommendedUnits: 120,
      recommendation: 'PRIORITY',
      needUsed: {
        indicator: 'UNINHABITABLE_HOMES',
        value: 12618,
        year: 2023,
        sourceCode: 'DEMO-NEED-2023',
        sourceName: 'Demo',
        modeled: true,
      },
      priorityIndicators: [{ code: 'RTLH_BY_NAME_ADDRESS', label: 'RTLH by name and address', met: true }],
      note: 'recorded by the test',
    };
    const anonymous = await fixture.send({}, RECORD, { input });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const pemda = await fixture.send(bearer(await fixture.token({ roles: ['PEMDA'], areas: [regencyCode] })), RECORD, { input });
    expect(codeOf(pemda)).toBe('FORBIDDEN');
    const otherUnit = await fixture.send(bearer(await fixture.token({ roles: ['BP3KP'], areas: [otherProvince] })), RECORD, {
      input,
    });
    expect(codeOf(otherUnit)).toBe('FORBIDDEN');

    const unit = bearer(await fixture.token({ roles: ['BP3KP'], areas: workArea }));
    const first = await fixture.send(unit, RECORD, { input });
    expect(first.errors).toBeUndefined();
    const recorded = first.data!.recordDeskReview;
    expect(recorded).toMatchObject({
      recommendedUnits: 120,
      proposedUnits: 300,
      needUsed: { indicator: 'UNINHABITABLE_HOMES', value: 12618, year: 2023, sourceCode: 'DEMO-NEED-2023', modeled: true },
      meeting: { id: desk.id },
      proposal: { id: proposalId },
    });
    const again = await fixture.send(unit, RECORD, { input });
    expect(again.data!.recordDeskReview.id).toBe(recorded.id);

    const tooMany = await fixture.send(unit, RECORD, { input: { ...input, recommendedUnits: 301 } });
    expect(codeOf(tooMany)).toBe('VALIDATION_FAILED');
    const negative = await fixture.send(unit, RECORD, { input: { ...input, proposedUnits: -1 } });
    expect(codeOf(negative)).toBe('NEGATIVE_NUMBER');
    const unknownArea = await fixture.send(bearer(await fixture.token({ roles: ['DIRECTORATE'] })), RECORD, {
      input: { ...input, regencyCode: `${provinceCode}.99` },
    });
    expect(codeOf(unknownArea)).toBe('UNKNOWN_AREA_CODE');
    // Nothing half-written: the refused inputs left the first review as it was.
    const stored = (await desksOf2025(directorate))
      .find((m) => m.id === desk.id)!
      .deskReviews.filter((r) => r.proposal!.id === proposalId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.recommendedUnits).toBe(120);
    // Audited: the two accepted writes (the first replaced the desk's earlier review, the second repeated it), none of the refused ones.
    const audit = await fixture.send(
      bearer(await fixture.token({ roles: ['ADMIN'] })),
      graphql(`query DeskReviewAudit($id: ID) { auditLog(filter: { entity: "DeskReview", entityId: $id }) {
         edges { node { operation actorId before after } } } }`),
      { id: recorded.id },
    );
    expect(audit.errors).toBeUndefined();
    // `before` and `after` are JSON: the desk review's columns as written.
    const entries = audit.data!.auditLog!.edges.map(({ node }) => ({
      ...node,
      before: node.before as Record<string, unknown>,
      after: node.after as Record<string, unknown>,
    }));
    expect(entries.map((entry) => entry.operation)).toEqual(['recordDeskReview', 'recordDeskReview']);
    expect(entries[1]!.before).toMatchObject({ id: recorded.id });
    expect(entries[1]!.before.recommended_units).not.toBe(120);
    expect(entries[1]!.after).toMatchObject({ recommended_units: 120, proposed_units: 300 });
    expect(entries[0]!.before).toMatchObject({ recommended_units: 120 });
  });
});

describe('pendataan (seed 002)', () => {
  it("answers NTT's 22 kab/kota pendataan and the seed 002 meeting's awards in one query", async () => {
    const { data, errors } = await fixture.query(
      graphql(`query PendataanNttAndAwards {
        province(code: "53") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }
        meetings(filter: { provinceCodes: ["53"], kinds: [EVALUATION], from: "2025-01-01", to: "2025-12-31" }) {
          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }
        }
      }`),
    );
    expect(errors).toBeUndefined();
    const regencies = data!.province!.regencies;
    expect(regencies).toHaveLength(22);
    expect(regencies.every((r) => r.pendataan.length === 1 && r.pendataan[0]!.source.modeled)).toBe(true);
    const [evaluation] = data!.meetings!.nodes;
    expect(evaluation!.title).toMatch(/Pendataan Program 3 Juta Rumah/);
    expect(evaluation!.awards.map((a) => a.rank)).toEqual([1, 2, 3]);
    const share = (r: { pendataan: { verified: number; targetHouseholds: number }[] }) =>
      r.pendataan[0]!.verified / r.pendataan[0]!.targetHouseholds;
    const best = Math.max(...regencies.map(share));
    expect(share(evaluation!.awards[0]!.regency!)).toBe(best);
    expect(evaluation!.awards.every((a) => a.modeled)).toBe(true);
  });
});
