// Reads a generated .docx the way Word would: unzip, parse word/document.xml as XML (a parse error
// fails the test, as Word would refuse the file), and list paragraphs with their style and text.
import { JSDOM } from 'jsdom';
import { unzip } from './unzip';

export interface DocParagraph {
  style: string;
  text: string;
  bullet: boolean;
}

export interface OpenedDocx {
  files: Map<string, string>;
  xml: string;
  paragraphs: DocParagraph[];
}

const { DOMParser } = new JSDOM('').window;

export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzip(bytes);
  const xml = files.get('word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  const doc = parseXml(xml);
  const paragraphs = Array.from(doc.getElementsByTagName('w:p')).map((p) => ({
    style: p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? '',
    bullet: p.getElementsByTagName('w:numPr').length > 0,
    text: Array.from(p.getElementsByTagName('*'))
      .map((el) => (el.tagName === 'w:t' ? (el.textContent ?? '') : el.tagName === 'w:br' ? '\n' : ''))
      .join('')
  }));
  return { files, xml, paragraphs };
}
