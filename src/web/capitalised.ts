/** A label as a heading or a choice starts: "custom networking" -> "Custom networking". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
