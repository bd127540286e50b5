import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { insertKnowledgeTemplate, isEmptyPage } from './knowledgeTemplate';

describe('knowledge page template', () => {
  it('fills an empty page once and never writes over text', () => {
    const ydoc = new Y.Doc();
    expect(isEmptyPage(ydoc)).toBe(true);
    expect(insertKnowledgeTemplate(ydoc, ['Praktisch gebruik', 'Valkuilen'])).toBe(true);
    expect(isEmptyPage(ydoc)).toBe(false);
    expect(insertKnowledgeTemplate(ydoc, ['Praktisch gebruik', 'Valkuilen'])).toBe(false);
    expect(JSON.stringify(ydoc.getXmlFragment('default').toJSON())).toContain('Valkuilen');
    expect(ydoc.getXmlFragment('default').length).toBe(4);
  });
});
