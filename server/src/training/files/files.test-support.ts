import type { ApiErrorBody, StoredFileInfo } from '@kotopaikka/contracts';

import type { TestAgent } from '../../testing/test-agent';

/** A small but real PDF (one empty page) that PDF readers open. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** The first bytes of a PNG: enough for the type check. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** `PDF` followed by zeros up to `bytes`: still a PDF by its first bytes. */
export function pdfOfSize(bytes: number): Buffer {
  return Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length)]);
}

function form(content: Buffer, name: string, type: string): FormData {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(content)], { type }), name);
  return body;
}

/** `POST /api/files` with one file in the field `file`. */
export function uploadFile(
  agent: TestAgent,
  content: Buffer,
  name: string,
  type = 'application/pdf',
): Promise<{ status: number; body: StoredFileInfo & ApiErrorBody }> {
  return agent.post<StoredFileInfo & ApiErrorBody>('/api/files', form(content, name, type));
}
