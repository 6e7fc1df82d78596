/**
 * The text a key/value table's value stands for when the framework stored it serialized: a JSON string
 * (django-constance, spatie/laravel-settings' `payload`, listmonk's `settings.value` jsonb: `"https://lists.acme.com"`)
 * or a one-line YAML document (rails-settings-cached: `--- smtp.mailgun.org\n`, `--- "…"\n`). Both rules judge
 * that text by the row's key, as they judge a plain value; undefined when the value is neither (then it is read as it is).
 * Only key/value tables' value cells are asked (few, and judged every time).
 */
export function keyedScalar(value: string): string | undefined {
  const first = value.charCodeAt(0);
  if (first === 0x22 /* " */) {
    if (value.length < 2 || value.charCodeAt(value.length - 1) !== 0x22) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === "string" ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (first === 0x2d /* - */ && value.startsWith("--- ")) {
    let end = value.length;
    while (end > 4 && (value.charCodeAt(end - 1) === 0x0a || value.charCodeAt(end - 1) === 0x0d)) end--;
    let text = value.slice(4, end).trim();
    if (text.includes("\n")) return undefined;
    const q = text.charCodeAt(0);
    if ((q === 0x22 || q === 0x27) && text.length >= 2 && text.charCodeAt(text.length - 1) === q) text = text.slice(1, -1);
    return text;
  }
  return undefined;
}
