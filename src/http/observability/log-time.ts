// The `time` of a log line as pino writes it (`,"time":"<ISO 8601>"`), formatted at most once per millisecond: a
// busy service logs several requests a millisecond, and formatting a date costs about as much as the rest of the
// line.
let formattedAt = Number.NaN;
let formatted = '';

export function isoTimeOncePerMillisecond(): string {
  const now = Date.now();
  if (now !== formattedAt) {
    formattedAt = now;
    formatted = `,"time":"${new Date(now).toISOString()}"`;
  }
  return formatted;
}
