/**
 * The organization's support contacts (`public/support-contacts.json`, DESIGN §6), validated:
 * each organization edits this file by hand, so a mistake must give a clear message naming
 * what is wrong, never a crash of the debrief or settings screen (review L7).
 */
import * as z from 'zod/mini';

const bilingual = z.object({
  es: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
// Only web and phone links: a `javascript:` URL in a hand-edited file must not become a link.
const webUrl = z.string().check(z.regex(/^https?:\/\/\S+$/));

const contactSchema = z.object({
  name: bilingual,
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{2,}$/))),
  url: z.optional(webUrl),
  hours: z.optional(bilingual),
});

const supportSchema = z.object({
  organization: z.optional(bilingual),
  contacts: z.array(contactSchema),
});

export type SupportContact = z.infer<typeof contactSchema>;
export type SupportConfig = z.infer<typeof supportSchema>;

export type SupportConfigResult =
  | { ok: true; value: SupportConfig }
  | {
      ok: false;
      problem:
        | { kind: 'unreachable'; status: number }
        | { kind: 'not-json' }
        | { kind: 'invalid'; path: string };
    };

/** Reads the file's text: the first wrong field is named by its path (e.g. `contacts.1.name.es`). */
export function parseSupportConfig(text: string): SupportConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const parsed = supportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    problem: { kind: 'invalid', path: first?.path.map(String).join('.') || '(file)' },
  };
}

export async function loadSupportConfig(
  url = './support-contacts.json',
): Promise<SupportConfigResult> {
  const res = await fetch(url);
  if (!res.ok) return { ok: false, problem: { kind: 'unreachable', status: res.status } };
  return parseSupportConfig(await res.text());
}
