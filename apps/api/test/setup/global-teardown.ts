export default async function globalTeardown(): Promise<void> {
  await globalThis.__THIDUA_EMBEDDED__?.stop();
}
