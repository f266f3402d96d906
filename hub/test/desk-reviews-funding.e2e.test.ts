// biome-ignore-all lint/suspicious/noExplicitAny: rights tests send string operations and read the answers loosely
import { describe, expect, it } from '@jest/globals';
import { useHubFixture } from './hub-fixture.js';

/** String operations with their answers read loosely (typing them as generated documents is left for issue 8). */
interface LooseAnswer {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
const send = (headers: Record<string, string>, query: string, variables?: Record<string, unknown>) =>
  fixture.send(headers, query, variables) as Promise<LooseAnswer>;

const fixture = useHubFixture();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const RECOMMENDED_NOT_FUNDED = `{
  meetings(filter: { kinds: [DESK_SINKRONISASI], from: "2025-01-01", to: "2025-12-31" }, first: 100) {
    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }
  }
}`;

const RECORD = `mutation Record($input: RecordDeskReviewInput!) {
  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }
}`;

describe('desk reviews that lead to funding', () => {
  it('answers "recommended at a desk in 2025 but not funded" in one query', async () => {
    const directorate = bearer(await fixture.token({ roles: ['DIRECTORATE'] }));
    const { data, errors } = await send(directorate, RECOMMENDED_NOT_FUNDED);
    expect(errors).toBeUndefined();
    const reviews = data.meetings.nodes.flatMap((m: any) => m.deskReviews);
    const recommended = reviews.filter((r: any) => r.recommendation === 'PRIORITY');
    const unfunded = recommended.filter((r: any) => r.proposal.funded.units === 0);
    const funded = recommended.filter((r: any) => r.proposal.funded.units > 0);
    expect(unfunded.length).toBeGreaterThan(0);
    expect(funded.length).toBeGreaterThan(0);
    // The demo funds exactly the approved proposals, as proposed.
    for (const review of funded) expect(review.proposal).toMatchObject({ status: 'APPROVED', funded: { modeled: true } });
    for (const review of unfunded) expect(review.proposal.status).not.toBe('APPROVED');
  });

  it('records a desk review for a BP3KP of the work area, idempotently, and refuses others', async () => {
    const directorate = bearer(await fixture.token({ roles: ['DIRECTORATE'] }));
    const desks = await send(directorate, RECOMMENDED_NOT_FUNDED);
    const desk = desks.data.meetings.nodes.find((m: any) => m.deskReviews.length > 0);
    const review = desk.deskReviews[0];
    const regencyCode: string = review.regency.code;
    const provinceCode = regencyCode.slice(0, 2);
    // The unit that held the desk: its work area is every province the desk reviewed.
    const workArea = [...new Set<string>(desk.deskReviews.map((r: any) => r.regency.code.slice(0, 2)))];
    const otherProvince = workArea.includes('53') ? '52' : '53';
    const input = {
      meetingId: desk.id,
      proposalId: review.proposal.id,
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
    const anonymous = await send({}, RECORD, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pemda = await send(bearer(await fixture.token({ roles: ['PEMDA'], areas: [regencyCode] })), RECORD, { input });
    expect(pemda.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherUnit = await send(bearer(await fixture.token({ roles: ['BP3KP'], areas: [otherProvince] })), RECORD, {
      input,
    });
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unit = bearer(await fixture.token({ roles: ['BP3KP'], areas: workArea }));
    const first = await send(unit, RECORD, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordDeskReview).toMatchObject({
      recommendedUnits: 120,
      proposedUnits: 300,
      needUsed: { indicator: 'UNINHABITABLE_HOMES', value: 12618, year: 2023, sourceCode: 'DEMO-NEED-2023', modeled: true },
      meeting: { id: desk.id },
      proposal: { id: review.proposal.id },
    });
    const again = await send(unit, RECORD, { input });
    expect(again.data.recordDeskReview.id).toBe(first.data.recordDeskReview.id);

    const tooMany = await send(unit, RECORD, { input: { ...input, recommendedUnits: 301 } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const negative = await send(unit, RECORD, { input: { ...input, proposedUnits: -1 } });
    expect(negative.errors?.[0]?.extensions?.code).toBe('NEGATIVE_NUMBER');
    const unknownArea = await send(bearer(await fixture.token({ roles: ['DIRECTORATE'] })), RECORD, {
      input: { ...input, regencyCode: `${provinceCode}.99` },
    });
    expect(unknownArea.errors?.[0]?.extensions?.code).toBe('UNKNOWN_AREA_CODE');
    // Nothing half-written: the refused inputs left the first review as it was.
    const after = await send(directorate, RECOMMENDED_NOT_FUNDED);
    const stored = after.data.meetings.nodes
      .find((m: any) => m.id === desk.id)
      .deskReviews.filter((r: any) => r.proposal.id === review.proposal.id);
    expect(stored).toHaveLength(1);
    expect(stored[0].recommendedUnits).toBe(120);
    // Audited: the two accepted writes (the first replaced the desk's earlier review, the second repeated it), none of the refused ones.
    const audit = await send(
      bearer(await fixture.token({ roles: ['ADMIN'] })),
      `query($id: ID) { auditLog(filter: { entity: "DeskReview", entityId: $id }) {
         edges { node { operation actorId before after } } } }`,
      { id: first.data.recordDeskReview.id },
    );
    expect(audit.errors).toBeUndefined();
    const entries = audit.data.auditLog.edges.map((edge: any) => edge.node);
    expect(entries.map((entry: any) => entry.operation)).toEqual(['recordDeskReview', 'recordDeskReview']);
    expect(entries[1].before).toMatchObject({ id: first.data.recordDeskReview.id });
    expect(entries[1].before.recommended_units).not.toBe(120);
    expect(entries[1].after).toMatchObject({ recommended_units: 120, proposed_units: 300 });
    expect(entries[0].before).toMatchObject({ recommended_units: 120 });
  });
});

describe('pendataan (seed 002)', () => {
  it("answers NTT's 22 kab/kota pendataan and the seed 002 meeting's awards in one query", async () => {
    const { data, errors } = await fixture.query(
      `{
        province(code: "53") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }
        meetings(filter: { provinceCodes: ["53"], kinds: [EVALUATION], from: "2025-01-01", to: "2025-12-31" }) {
          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }
        }
      }` as never,
    );
    expect(errors).toBeUndefined();
    const regencies = (data as any).province.regencies;
    expect(regencies).toHaveLength(22);
    expect(regencies.every((r: any) => r.pendataan.length === 1 && r.pendataan[0].source.modeled)).toBe(true);
    const [evaluation] = (data as any).meetings.nodes;
    expect(evaluation.title).toMatch(/Pendataan Program 3 Juta Rumah/);
    expect(evaluation.awards.map((a: any) => a.rank)).toEqual([1, 2, 3]);
    const share = (r: any) => r.pendataan[0].verified / r.pendataan[0].targetHouseholds;
    const best = Math.max(...regencies.map(share));
    expect(share(evaluation.awards[0].regency)).toBe(best);
    expect(evaluation.awards.every((a: any) => a.modeled)).toBe(true);
  });
});
