// The subject access export as a readable Word document, in the house styles (docxParts.ts): what is
// held, list by list; each item's fields and its version history; the limits of the search. The
// machine-readable JSON carries the same records. docx is loaded only when the document is made.
import type * as Docx from 'docx';
import type { ExportRecord, SubjectAccessExport } from '../../core/privacy/subjectAccess';
import { summaryLines } from '../../core/privacy/subjectAccess';
import { bullets, type DocxModule, heading, keyValueTable, plain, reportStyles, styled } from './docxParts';

const shown = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? '(empty)'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function recordParts(d: DocxModule, r: ExportRecord): (Docx.Paragraph | Docx.Table)[] {
  const title = typeof r.fields.Title === 'string' && r.fields.Title ? ` "${r.fields.Title}"` : '';
  const parts: (Docx.Paragraph | Docx.Table)[] = [
    heading(d, 3, `${r.list} item ${r.itemId}${title}`),
    plain(d, `Why it is here: ${r.roles.join('; ')}.`),
    keyValueTable(
      d,
      Object.entries(r.fields).map(([label, v]) => ({ label, value: shown(v) }))
    )
  ];
  if (r.versions.length) {
    parts.push(heading(d, 4, `Version history (${r.versions.length})`));
    for (const v of r.versions) {
      parts.push(plain(d, `Version ${v.version}, ${v.at}${v.by ? `, by ${v.by}` : ''}`, true));
      parts.push(
        keyValueTable(
          d,
          Object.entries(v.fields).map(([label, x]) => ({ label, value: shown(x) }))
        )
      );
    }
  }
  return parts;
}

export async function subjectAccessDocx(exp: SubjectAccessExport): Promise<Uint8Array> {
  const d: DocxModule = await import(/* webpackChunkName: 'docx-export' */ 'docx');
  const lists = Array.from(new Set(exp.records.map((r) => r.list)));
  const children: (Docx.Paragraph | Docx.Table)[] = [
    styled(d, 'Marking', 'OFFICIAL-SENSITIVE: PERSONAL'),
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      children: [new d.TextRun({ text: `Subject access: ${exp.subject.email}` })]
    }),
    plain(
      d,
      `Made ${exp.generatedAt} from every list of the Frontline Visits site.${exp.subject.names.length ? ` Names searched: ${exp.subject.names.join(', ')}.` : ''}`
    ),
    heading(d, 1, 'Summary'),
    ...bullets(d, summaryLines(exp), 'Nothing held.')
  ];
  if (exp.unreadable.length) children.push(plain(d, `Lists that could not be read: ${exp.unreadable.join(', ')}.`));
  for (const list of lists) {
    children.push(heading(d, 2, list));
    for (const r of exp.records.filter((x) => x.list === list)) children.push(...recordParts(d, r));
  }
  children.push(heading(d, 1, 'Limits of this search'), ...bullets(d, exp.limits, ''));
  const file = new d.Document({
    title: `Subject access: ${exp.subject.email}`,
    creator: 'Frontline Visits',
    styles: reportStyles(d),
    sections: [{ children }]
  });
  return d.Packer.pack(file, 'uint8array');
}
