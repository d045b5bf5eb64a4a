/**
 * A listed claim or certification read from its pieces of text: pairs, "Label: value", chips and sentences, and
 * the decoys around them (dates that are no field, numbers that are no credits, titles with colons).
 */
import { describe, expect, it } from 'vitest';
import { certificationOfPieces, claimOfPieces, type Piece } from '../../../src/capture/ce-portal/item-fields';

const pieces = (...texts: string[]): Piece[] => texts.map((text, i) => ({ text, heading: i === 0 && text.startsWith('#') ? true : false }));
const headed = (title: string, ...texts: string[]): Piece[] => [{ text: 'Claim #CLM-2026-118734', heading: false }, { text: title, heading: true }, ...pieces(...texts)];
const asObject = (found: Map<string, string> | undefined) => (found ? Object.fromEntries(found) : undefined);

describe('a certification read from sentences', () => {
  it('reads "Certified since …", "Expires on …" and a status chip', () => {
    expect(asObject(certificationOfPieces(pieces('CCNP Enterprise', 'Certified since March 14, 2026. Expires on 03/14/2029. Status:', 'Active')))).toEqual({
      name: 'CCNP Enterprise',
      earnedOn: 'March 14, 2026',
      expiresOn: '03/14/2029',
      status: 'active',
    });
  });

  it('reads "held … since", "remains valid until" and "currently active"', () => {
    const found = certificationOfPieces(pieces('CCNA', 'You have held this certification since 14-Mar-2026, and it remains valid until March 14, 2029. It is currently active.'));
    expect(asObject(found)).toEqual({ name: 'CCNA', earnedOn: '14-Mar-2026', expiresOn: 'March 14, 2029', status: 'active' });
  });

  it('takes an exam number for no date and "expired on" for the expiry', () => {
    expect(asObject(certificationOfPieces(pieces('Cisco Certified Specialist - Enterprise Core', 'Earned on 2026-03-14 when you passed 350-401 ENCOR; expires on 2029-03-14.')))).toEqual({
      name: 'Cisco Certified Specialist - Enterprise Core',
      earnedOn: '2026-03-14',
      expiresOn: '2029-03-14',
    });
    expect(certificationOfPieces(pieces('DevNet Associate', 'This certification expired on 09/02/2025.'))?.get('expiresOn')).toBe('09/02/2025');
  });

  it('reads label/value pairs, "Expired" as the expiry label, and the status chip apart from them', () => {
    const found = certificationOfPieces(pieces('Cisco Certified CyberOps Associate', 'Expired', 'Earned', 'Nov 3, 2021', 'Expired', 'Nov 3, 2024'));
    expect(asObject(found)).toEqual({ name: 'Cisco Certified CyberOps Associate', earnedOn: 'Nov 3, 2021', expiresOn: 'Nov 3, 2024', status: 'expired' });
  });

  it('is no certification without a date of its own: "credits earned since …" is a summary', () => {
    expect(certificationOfPieces(pieces('CE Credit Summary', 'Highest certification: CCIE Enterprise', '130 credits earned since 06/18/2024, 108 applicable.'))).toBeUndefined();
    expect(certificationOfPieces(pieces('Scheduled maintenance', 'Posted Oct 28, 2026 — unavailable on 11/15/2026.'))).toBeUndefined();
  });
});

describe('a claim read from a card or sentences', () => {
  it('reads submitted-on, a claim number, a span of dates and the credits claimed from sentences', () => {
    const found = claimOfPieces(
      pieces(
        'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3',
        'You submitted this item on 10/21/2026 (claim CE-0048213). You attended from 10/05/2026 to 10/09/2026 and claimed 64 CE credits.',
        'Status: Earned — 40 credits were added to your balance on 07/08/2026.',
      ),
    );
    expect(asObject(found)).toEqual({
      itemName: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3',
      submittedOn: '10/21/2026',
      startDate: '10/05/2026',
      endDate: '10/09/2026',
      credits: '64',
      status: 'earned',
      claimId: 'CE-0048213',
    });
  });

  it('takes a one-day session as its start and end, keeps a title with a colon, and ignores "resubmit by"', () => {
    const found = claimOfPieces(
      pieces(
        'Cisco Live Las Vegas 2026 – BRKENS-2092: Catalyst 9000 Series Switching Architecture',
        'You submitted this item on 06/10/2026 (claim CE-0044980). The session took place on 06/01/2026 and was worth 8 CE credits.',
        'Status: Rejected. Reason: the code did not match. You may resubmit by 09/08/2026.',
      ),
    );
    expect(found?.get('itemName')).toBe('Cisco Live Las Vegas 2026 – BRKENS-2092: Catalyst 9000 Series Switching Architecture');
    expect([found?.get('startDate'), found?.get('endDate'), found?.get('status'), found?.get('credits')]).toEqual(['06/01/2026', '06/01/2026', 'rejected', '8']);
  });

  it('reads a card: the heading for the name, "Claim #…" for the number, one value holding both dates', () => {
    const found = claimOfPieces(headed('Implementing and Configuring Cisco ISE (SISE) v4.0', 'In Review', 'Course dates', 'Sep 22, 2026 – Sep 26, 2026', 'CE credits', '40', 'Submitted', 'Oct 1, 2026', 'Provider', 'Fast Lane'));
    expect(asObject(found)).toEqual({
      itemName: 'Implementing and Configuring Cisco ISE (SISE) v4.0',
      startDate: 'Sep 22, 2026',
      endDate: 'Sep 26, 2026',
      credits: '40',
      submittedOn: 'Oct 1, 2026',
      status: 'pending',
      claimId: 'CLM-2026-118734',
    });
  });

  it('reads a "Training" row as the dates, not the name, when it holds dates', () => {
    const found = claimOfPieces(pieces('CLCOR v1.2', 'Pending Review', 'Claim', '#CE-2026-55810', 'Training', 'Oct 12, 2026 – Oct 16, 2026', 'Credits', '64 CE'));
    expect(asObject(found)).toEqual({ itemName: 'CLCOR v1.2', status: 'pending', claimId: '#CE-2026-55810', startDate: 'Oct 12, 2026', endDate: 'Oct 16, 2026', credits: '64 CE' });
  });

  it('is no claim without a status, or with a status and nothing else', () => {
    expect(claimOfPieces(pieces('Recommended: ENCOR', 'Starts on 01/12/2027', '64 CE credits'))).toBeUndefined();
    expect(claimOfPieces(pieces('CCIE Security', 'Earned'))).toBeUndefined();
  });

  it('reads a feed line: the quoted name, the date before "you submitted", a claim reference and the chip', () => {
    const found = claimOfPieces(
      pieces('01/12/2026 On 01/12/2026 you submitted “Implementing Cisco ISE (SISE) v4.0” (attended 09/11/2026 – 13/11/2026); 40 CE credits; claim reference 0000-6698; status:', 'Pending'),
    );
    expect(asObject(found)).toEqual({
      itemName: 'Implementing Cisco ISE (SISE) v4.0',
      submittedOn: '01/12/2026',
      startDate: '09/11/2026',
      endDate: '13/11/2026',
      status: 'pending',
      claimId: '0000-6698',
      credits: '40',
    });
  });

  it('reads a mobile card: "Start … · End …", a lone "#number", a big number over "credits", an icon before the status', () => {
    const found = claimOfPieces(pieces('Rev Up to Recert: Python', 'Start 01 Jul 2026 · End 01 Jul 2026', '✕ Rejected', 'Submitted 02 Jul 2026', '#CE26-0000-0209', '15', 'credits'));
    expect(asObject(found)).toEqual({
      itemName: 'Rev Up to Recert: Python',
      claimId: 'CE26-0000-0209',
      startDate: '01 Jul 2026',
      endDate: '01 Jul 2026',
      status: 'rejected',
      submittedOn: '02 Jul 2026',
      credits: '15',
    });
  });

  it('takes the status at the head of a labelled value: "Awarded on Sep 18, 2026" is Awarded', () => {
    expect(claimOfPieces(pieces('ENCOR v1.3', 'Claim number', 'CE-0000-31877', 'Status', 'Awarded on Sep 18, 2026'))?.get('status')).toBe('earned');
  });
});

describe('a certification on a card or tile', () => {
  it('reads "Expires in 825 days (Mar 10, 2029)" as the expiry', () => {
    expect(certificationOfPieces(pieces('CCNA', 'Certified Mar 10, 2026 ·', 'Active', 'Expires in 825 days (Mar 10, 2029)'))?.get('expiresOn')).toBe('Mar 10, 2029');
  });

  it('takes a badge over a "Label: date" line for no label of that date', () => {
    const found = certificationOfPieces(pieces('CCNA Automation', 'Expired', 'Certified: Oct 2, 2023', 'Expired: Oct 2, 2026'));
    expect(asObject(found)).toEqual({ name: 'CCNA Automation', earnedOn: 'Oct 2, 2023', expiresOn: 'Oct 2, 2026', status: 'expired' });
  });

  it('reads "Certification" over a name as the name', () => {
    const found = certificationOfPieces(pieces('Certification', 'CCNP Data Center', 'Date Certified', '30-JAN-2025', 'Expiration Date', '30-JAN-2028', 'Status', 'ACTIVE'));
    expect(asObject(found)).toEqual({ name: 'CCNP Data Center', earnedOn: '30-JAN-2025', expiresOn: '30-JAN-2028', status: 'active' });
  });

  it('reads a day range printed with its month once, and takes no credit value or number for the title', () => {
    expect(asObject(claimOfPieces(pieces('40 CE', 'SCOR v1.0', '12–16 Oct 2026', 'Earned')))).toEqual({
      itemName: 'SCOR v1.0',
      startDate: '12 Oct 2026',
      endDate: '16 Oct 2026',
      status: 'earned',
      credits: '40',
    });
    expect(claimOfPieces(pieces('Nov 2–13, 2026', 'DEVASC v1.1', 'Pending'))?.get('endDate')).toBe('Nov 13, 2026');
  });

  it('reads one line holding the name, its dates in brackets and its status after a dash', () => {
    const found = certificationOfPieces(pieces('CCNP Enterprise (certified 03/14/2026, expires 03/14/2029) — Active'));
    expect(asObject(found)).toEqual({ name: 'CCNP Enterprise', earnedOn: '03/14/2026', expiresOn: '03/14/2029', status: 'active' });
  });
});
