import {
  assertCardFits,
  cardBytes,
  CardTooLargeError,
  CARD_BYTES_LIMIT,
  ELLIPSIS,
  truncateText,
  utf8Length
} from '../../../src/bot/cards';
import { userParagraphs } from '../../../src/bot/cards/text';

describe('card size', () => {
  it('counts UTF-8 bytes of the JSON, as Teams does', () => {
    expect(cardBytes({ a: 'x' })).toBe(9);
    expect(utf8Length('é€😀')).toBe(2 + 3 + 4);
    expect(cardBytes({ t: 'é€😀' })).toBe(Buffer.byteLength(JSON.stringify({ t: 'é€😀' }), 'utf8'));
    expect(cardBytes({ t: 'line\n"quoted"' })).toBe(Buffer.byteLength(JSON.stringify({ t: 'line\n"quoted"' })));
  });

  it('passes a card under the limit through and refuses one over it', () => {
    const small = { type: 'AdaptiveCard', body: [] };
    expect(assertCardFits(small)).toBe(small);
    const big = { text: 'x'.repeat(CARD_BYTES_LIMIT) };
    expect(() => assertCardFits(big)).toThrow(CardTooLargeError);
    expect(() => assertCardFits(small, 10)).toThrow(/over the 10-byte limit/);
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('Short.', 10)).toEqual({ text: 'Short.', truncated: false });
  });

  it('cuts long text at a word with an ellipsis and flags it, so the caller links to SharePoint', () => {
    const result = truncateText('The team has a new court timetable and shared rooms', 30);
    expect(result).toEqual({ text: `The team has a new court${ELLIPSIS}`, truncated: true });
    expect(Array.from(result.text).length).toBeLessThanOrEqual(30);
  });

  it('never splits an emoji or goes over the limit', () => {
    const result = truncateText('😀'.repeat(20), 5);
    expect(result.text).toBe(`😀😀😀😀${ELLIPSIS}`);
    expect(result.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('userParagraphs', () => {
  it('splits lines, drops blank ones and caps the number of lines', () => {
    expect(userParagraphs('One.\r\n\r\nTwo.\n\n\nThree.', 100)).toEqual({
      paragraphs: ['One.', 'Two.', 'Three.'],
      truncated: false
    });
    const many = userParagraphs(Array.from({ length: 50 }, (_, i) => `Line ${i}`).join('\n'), 10000, 5);
    expect(many.paragraphs).toHaveLength(5);
    expect(many.paragraphs[4]).toBe(`Line 4${ELLIPSIS}`);
    expect(many.truncated).toBe(true);
  });
});
