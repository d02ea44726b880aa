import { stripInvisibleCharacters } from '../../platform/errors/text-safety';

/** What an upload really is, decided by its first bytes; the name only separates the formats that share a container. */
export interface DetectedType {
  mimeType: string;
  /** Extensions the name may have for this content. */
  extensions: readonly string[];
}

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const OLE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function startsWith(data: Buffer, bytes: readonly number[] | string, offset = 0): boolean {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return data.length >= offset + expected.length && data.subarray(offset, offset + expected.length).equals(expected);
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The type of the content when it is one we accept and the name agrees with it; null otherwise. */
export function detectFileType(data: Buffer, fileName: string): DetectedType | null {
  const ext = extensionOf(fileName);
  const agree = (type: DetectedType): DetectedType | null => (type.extensions.includes(ext) ? type : null);
  if (startsWith(data, '%PDF-')) return agree({ mimeType: 'application/pdf', extensions: ['pdf'] });
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return agree({ mimeType: 'image/png', extensions: ['png'] });
  if (startsWith(data, [0xff, 0xd8, 0xff])) return agree({ mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] });
  if (startsWith(data, 'GIF87a') || startsWith(data, 'GIF89a'))
    return agree({ mimeType: 'image/gif', extensions: ['gif'] });
  if (startsWith(data, 'RIFF') && startsWith(data, 'WEBP', 8))
    return agree({ mimeType: 'image/webp', extensions: ['webp'] });
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) && OOXML[ext]) return { mimeType: OOXML[ext], extensions: [ext] };
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && OLE[ext])
    return { mimeType: OLE[ext], extensions: [ext] };
  return null;
}

/** Shown in the browser (images, PDF); everything else is downloaded. */
export function isInline(mimeType: string): boolean {
  return mimeType === 'application/pdf' || mimeType.startsWith('image/');
}

/**
 * The name as the uploader gave it, without any path, quotes, control, bidi or other invisible characters
 * (`lasku\u202egpj.pdf` would show as "laskufdp.jpg"), bounded.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = stripInvisibleCharacters(base).replace(/"/g, '').trim().slice(-200);
  return cleaned || 'file';
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so "Perehdytysopas_äö.pdf" survives; cleaned again for names stored before. */
export function contentDisposition(mimeType: string, fileName: string): string {
  const name = cleanFileName(fileName);
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[\\"]/g, '_');
  return `${isInline(mimeType) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
