/**
 * Files made to hurt the reader, written by the hostile tests at run time (nothing of them is committed): a 2 KB
 * PDF whose page draws a form that draws another ten times, seven levels deep, the last one a line of text. It is
 * a valid PDF, but pdf.js works through a million text runs for it (about a minute and a gigabyte in Node).
 */
export function nestedFormsPdf(depth = 7, fanOut = 10): Buffer {
  const objects = new Map<number, string>();
  const stream = (dict: string, content: string) => `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  objects.set(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 10 0 R >> >> >>');
  objects.set(4, stream('', '/X Do'));
  objects.set(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let level = 0; level < depth; level++) {
    const last = level === depth - 1;
    const resources = last ? '<< /Font << /F1 5 0 R >> >>' : `<< /Font << /F1 5 0 R >> /XObject << /X ${11 + level} 0 R >> >>`;
    const content = last ? 'BT /F1 1 Tf (a) Tj ET' : Array.from({ length: fanOut }, () => '/X Do').join('\n');
    objects.set(10 + level, stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources ${resources}`, content));
  }
  let body = '%PDF-1.7\n';
  const offsets = new Map<number, number>();
  for (const [number, object] of [...objects].sort(([a], [b]) => a - b)) {
    offsets.set(number, body.length);
    body += `${number} 0 obj\n${object}\nendobj\n`;
  }
  const size = Math.max(...objects.keys()) + 1;
  const xref = body.length;
  body += `xref\n0 ${size}\n`;
  for (let n = 0; n < size; n++) body += offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
  body += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
