/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring as a
 * view into its parent (a "sliced string"): a host name or a value kept in a bounded cache or a
 * tally would pin the whole decoded input chunk (half a megabyte) it was cut from, so memory grew
 * with the input (issue 12: RSS of live-host-pointers alone rose from 210 to 347 MB between a 20 MB
 * and a 60 MB dump; a heap snapshot showed whole chunks held by short slices). Concatenating then
 * slicing makes V8 flatten into a fresh string; strings under 13 characters are always copied.
 */
export function detachedString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
