export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __kpTeardown?: () => Promise<void> }).__kpTeardown?.();
}
