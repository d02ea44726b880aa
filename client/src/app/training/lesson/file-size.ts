/** "2,4 Mt" / "2.4 MB": a file size in the learner's language. */
export function formatFileSize(bytes: number, intlTag: string, units: { kb: string; mb: string; b: string }): string {
  const format = (value: number) => new Intl.NumberFormat(intlTag, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${format(bytes)} ${units.b}`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} ${units.kb}`;
  return `${format(bytes / (1024 * 1024))} ${units.mb}`;
}

/** A short, readable name for a file type: "PDF", "DOCX", or the subtype. */
export function fileTypeLabel(mimeType: string, fileName: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
  if (extension) return extension.toUpperCase();
  return (mimeType.split('/')[1] ?? mimeType).toUpperCase();
}
